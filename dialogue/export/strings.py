"""The report's fixed strings in English and German.

The report's language is chosen at release and may differ from the facilitator's page
language, so these live in one small table rather than in the UI catalogue.
"""

from __future__ import annotations

LANGUAGES = ("en", "de")

_EN = {
    "redacted": "[redacted]",
    "report": "Outcome report",
    "rule": "Held under the Chatham House Rule",
    "rule_on_record": "Held on the record",
    "rule_explained": ("Participants may use what was said, but may reveal neither the "
                       "identity nor the affiliation of any speaker or participant."),
    "date": "Date",
    "participation": "Participation",
    "group": "Stakeholder group",
    "participants": "Participants",
    "total": "All participants",
    "no_group": "No group given",
    "fewer_than": "fewer than {k}",
    "not_shown": "not shown",
    "too_few": "too few answers to show",
    "agenda": "Agenda",
    "item": "Agenda item {n}",
    "on_the_record": "On the record",
    "contributions": "Contributions by support",
    "questions": "Answered questions",
    "votes": "votes",
    "vote": "vote",
    "none": "None.",
    "more_contributions": ("{n} further contributions with less support are in the data "
                           "export (JSON, CSV)."),
    "options": "Policy options",
    "option": "Option {n}",
    "status": "Status",
    "status_draft": "Draft",
    "status_discussion": "In discussion",
    "status_consolidated": "Consolidated",
    "status_endorsed": "Endorsed",
    "status_parked": "Parked",
    "arguments_pro": "Arguments for",
    "arguments_contra": "Arguments against",
    "amendments": "Accepted amendments",
    "ratings": "Rating round {n}",
    "consent": "Consent round {n}",
    "criterion": "Criterion",
    "answers": "answers",
    "score": "Score",
    "median": "Median",
    "spread": "Spread (IQR)",
    "consenting": "{c} of {n} consent (agree or can live with it)",
    "blocks": "Blocks",
    "choice_agree": "Agree",
    "choice_live_with": "Can live with it",
    "choice_disagree": "Disagree",
    "choice_block": "Block",
    "consent_key": "Consent bars, from the left:",
    "annex": "Annex: method",
    "method_ratings": (
        "Rating rounds: each participant scores an option from 1 (lowest) to 5 (highest) on "
        "each criterion, once per round. The report gives, per criterion, the number of "
        "answers, the distribution over the five scores and the median. Agreement is shown "
        "by the spread: the interquartile range (IQR), the distance between the first and "
        "third quartile (inclusive method, as in a spreadsheet's QUARTILE.INC). A spread of "
        "0 means at least half the answers were the same score; the larger it is, the less "
        "the group agreed."),
    "method_consent": (
        "Consent rounds: each participant answers agree, can live with it, disagree or "
        "block (a block needs a reason). The consensus figure is the number who consent "
        "(agree or can live with it) out of everyone who answered, always given as "
        "\"x of n\"; blocks are counted separately."),
    "method_groups": (
        "Small numbers stay hidden: a group with fewer than {k} participants (none "
        "included) is shown as \"fewer than {k}\"; while a hidden count could still be "
        "worked out from the shown ones and the total, or the hidden groups together "
        "number fewer than {k}, the next smallest group is \"not shown\" as well, and "
        "the total too if need be. A rating or consent result with fewer than {k} answers "
        "shows no figure at all."),
    "method_order": (
        "Contributions and arguments are listed by the number of votes they received; "
        "equal counts are ordered alphabetically. Only published contributions are "
        "included; only results the facilitator revealed in the session are reported."),
    "method_redaction": (
        "Before release, the facilitator reviewed every passage the de-identification "
        "check flagged (names of participants, contact details, phrases revealing an "
        "affiliation). Passages not cleared appear as \"[redacted]\"."),
    "on_record_items": "Agenda items on the record",
    "on_record_none": "No agenda item was on the record.",
    "figure": "Figure",
}

_DE = {
    "redacted": "[entfernt]",
    "report": "Ergebnisbericht",
    "rule": "Unter der Chatham-House-Regel abgehalten",
    "rule_on_record": "Öffentlich (on the record) abgehalten",
    "rule_explained": ("Das Gesagte darf verwendet werden, aber weder die Identität noch die "
                       "Zugehörigkeit der Sprechenden oder Teilnehmenden darf offengelegt "
                       "werden."),
    "date": "Datum",
    "participation": "Teilnahme",
    "group": "Gruppe",
    "participants": "Teilnehmende",
    "total": "Alle Teilnehmenden",
    "no_group": "Ohne Angabe",
    "fewer_than": "weniger als {k}",
    "not_shown": "nicht angegeben",
    "too_few": "zu wenige Antworten für eine Angabe",
    "agenda": "Tagesordnung",
    "item": "Tagesordnungspunkt {n}",
    "on_the_record": "Öffentlich (on the record)",
    "contributions": "Beiträge nach Zustimmung",
    "questions": "Beantwortete Fragen",
    "votes": "Stimmen",
    "vote": "Stimme",
    "none": "Keine.",
    "more_contributions": ("{n} weitere Beiträge mit weniger Zustimmung stehen im "
                           "Datenexport (JSON, CSV)."),
    "options": "Politikoptionen",
    "option": "Option {n}",
    "status": "Status",
    "status_draft": "Entwurf",
    "status_discussion": "In Diskussion",
    "status_consolidated": "Konsolidiert",
    "status_endorsed": "Befürwortet",
    "status_parked": "Zurückgestellt",
    "arguments_pro": "Argumente dafür",
    "arguments_contra": "Argumente dagegen",
    "amendments": "Angenommene Änderungen",
    "ratings": "Bewertungsrunde {n}",
    "consent": "Konsensrunde {n}",
    "criterion": "Kriterium",
    "answers": "Antworten",
    "score": "Wert",
    "median": "Median",
    "spread": "Streuung (IQR)",
    "consenting": "{c} von {n} stimmen zu (Zustimmung oder mittragbar)",
    "blocks": "Vetos",
    "choice_agree": "Zustimmung",
    "choice_live_with": "Mittragbar",
    "choice_disagree": "Ablehnung",
    "choice_block": "Veto",
    "consent_key": "Konsensbalken, von links:",
    "annex": "Anhang: Methode",
    "method_ratings": (
        "Bewertungsrunden: Alle Teilnehmenden bewerten eine Option je Kriterium einmal pro "
        "Runde von 1 (niedrigste) bis 5 (höchste). Der Bericht nennt je Kriterium die Zahl "
        "der Antworten, die Verteilung auf die fünf Werte und den Median. Die Einigkeit "
        "zeigt die Streuung: der Interquartilsabstand (IQR) zwischen erstem und drittem "
        "Quartil (inklusive Methode, wie QUARTILE.INC in Tabellenkalkulationen). Eine "
        "Streuung von 0 heißt, mindestens die Hälfte gab denselben Wert; je größer sie ist, "
        "desto weniger einig war die Gruppe."),
    "method_consent": (
        "Konsensrunden: Alle Teilnehmenden antworten mit Zustimmung, mittragbar, Ablehnung "
        "oder Veto (ein Veto braucht eine Begründung). Die Konsenszahl ist die Zahl derer, "
        "die zustimmen oder mittragen, von allen, die geantwortet haben, stets als "
        "\"x von n\"; Vetos werden eigens gezählt."),
    "method_groups": (
        "Kleine Zahlen bleiben verborgen: Eine Gruppe mit weniger als {k} Teilnehmenden "
        "(auch keiner) erscheint als \"weniger als {k}\"; solange sich eine verborgene Zahl "
        "noch aus den gezeigten und der Summe errechnen ließe oder die verborgenen Gruppen "
        "zusammen weniger als {k} zählen, wird auch die nächstkleinere \"nicht angegeben\", "
        "nötigenfalls auch die Summe. Ein Bewertungs- oder Konsensergebnis mit weniger als "
        "{k} Antworten zeigt keine Zahl."),
    "method_order": (
        "Beiträge und Argumente stehen in der Reihenfolge der erhaltenen Stimmen, bei "
        "Gleichstand alphabetisch. Nur veröffentlichte Beiträge sind enthalten; berichtet "
        "werden nur Ergebnisse, die in der Sitzung gezeigt wurden."),
    "method_redaction": (
        "Vor der Freigabe hat die Moderation jede Stelle geprüft, die die "
        "De-Identifizierung markiert hat (Namen von Teilnehmenden, Kontaktdaten, Hinweise "
        "auf die Zugehörigkeit). Nicht freigegebene Stellen erscheinen als \"[entfernt]\"."),
    "on_record_items": "Öffentliche Tagesordnungspunkte",
    "on_record_none": "Kein Tagesordnungspunkt war öffentlich.",
    "figure": "Abbildung",
}

# Labels of the core option fields and actor/level choices (see options/fields.py).
_FIELDS_DE = {
    "Title": "Titel",
    "Problem it addresses": "Problem, das sie löst",
    "Proposed measure": "Vorgeschlagene Maßnahme",
    "Who would act": "Wer handeln müsste",
    "Level": "Ebene",
    "Time frame": "Zeitrahmen",
    "Costs and risks": "Kosten und Risiken",
    "Open questions": "Offene Fragen",
    "Federal ministries": "Bundesministerien",
    "Partner countries": "Partnerländer",
    "EU": "EU",
    "Business": "Wirtschaft",
    "Civil society": "Zivilgesellschaft",
    "National": "National",
    "Partner country": "Partnerland",
}

STRINGS = {"en": _EN, "de": _DE}


def text_for(language: str):
    """A lookup ``t(key, **values)`` for the report's fixed strings in ``language``."""
    table = STRINGS.get(language, _EN)

    def t(key: str, **values: object) -> str:
        if key == "votes" and values.get("n") == 1:
            key, values = "vote", {}
        value = table[key]
        return value.format(**values) if values and "{" in value else value

    return t


def field_label(label: str, language: str) -> str:
    """A core field or choice label in ``language``; the session's own labels stay as set."""
    return _FIELDS_DE.get(label, label) if language == "de" else label
