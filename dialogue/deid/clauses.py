"""Clause-level affiliation rules: the long tail that word lists of verbs keep missing.

The anchors in ``anchors.py`` list verbs of belonging. Writers use many more ("ich
promoviere am DeZIM", "ich melde mich aus der Rechtsabteilung des …", "I volunteer with
…"), so this module looks at the *clause* instead of the verb:

- **first person + any verb + preposition + organisation**: a first-person subject (also in
  inverted German order, or a subordinate clause with the verb at the end) whose verb is
  not one of opinion, speech, wish or obligation, followed within a few words by a
  preposition and a phrase headed by an organisation noun, an acronym or a known name;
  the span runs from the subject to the end of the clause;
- **second and third person in the room**: "Sie als Vertreterin der …", "ihr bei der
  Handwerkskammer", "you at the Handwerkskammer", the formal "Ihr Referat im …"
  mid-sentence; a third-person pronoun only right after a roster name ("… mit Kwame Asante
  telefoniert – der Diasporarat, den er leitet");
- **appositions after a pronoun**: "We – that's the … team at GIZ –", "Wir – Elektrobetrieb,
  14 Leute, Gelsenkirchen –", "Wir, das Kommunale Integrationszentrum …";
- **signatures after a name**: "Nino Beridze – State Employment Support Agency, Tbilisi –",
  "Helmut (IHK)", "Hope Adeyemi, nigerianisches Arbeitsministerium, Referat …";
- **extents**: a disclosure continued by a description ("Our union represents about
  60,000 workers in elder care", "We are the only ministry that …"), by an apposition in
  dashes or after a comma ("Wir im BMAS, Referat …"), and neighbouring disclosures joined
  by a comma or "and" ("Our agency in Manila and the two partner hospitals … we work with").

Nothing here depends on the roster; every pattern is compiled once per process.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import affiliation_words as words
from .aff_verbs import _NOT_DISCLOSING, reports_contact
from .anchors import _NEGATED, _VISIT
from .phrases import Phrase, Tokens, backward_phrase, phrase_at
from .tokens import classify

_F = re.IGNORECASE
_ORG = {"strong", "acronym", "known"}
# not "an"/"zum"/"zur": "ich arbeite an einem Projekt zur Anerkennung" is a task
_DE_PREP = (r"(?:beim|bei|im|ins|am|vom|von|aus|für|in|als)")
_EN_PREP = r"(?:at|with|for|in|from|as|within|inside)"
_DE_SUBJECT = re.compile(
    rf"\b(?:(?:ich|wir)\s+(?:(?P<v1>[a-zäöüß]\w+)\s+)?(?:mich\s+|uns\s+)?|"
    rf"(?P<v2>[A-Za-zÄÖÜäöüß]\w+)\s+(?:ich|wir)\s+(?:mich\s+|uns\s+)?)"
    rf"(?=(?:[\w.,-]+\s+){{0,4}}?{_DE_PREP}\s)", _F)
_EN_SUBJECT = re.compile(
    rf"\b(?i:I|we)(?:['’](?:ve|d|m|re))?\s+(?:(?:also|currently|now|still|actually)\s+)?"
    rf"(?P<v1>[a-z][\w-]*)\s+(?=(?:[\w,-]+\s+){{0,4}}?{_EN_PREP}\s)")
_CLAUSE_END = re.compile(r"[.;:!?()\n–—]|,\s|\s(?:und|and|but|aber|sondern|weil|because|"
                         r"daher|deshalb|so)\s")
_SECOND_PERSON = re.compile(
    r"\b(?:(?:Sie|du|ihr|[Uu]ns|[Mm]ir)\s*,?\s+als|you\s+as|(?:[Ii]hr|[Yy]ou|(?:(?<=^)|(?<=[.!?]\s)"
    r"|(?<=\n))Sie|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=Dear\s)|(?<=Liebe\s))(?:Colleagues|"
    r"Kolleg(?::innen|\*innen|Innen|innen|en)))\s+(?:guys\s+|all\s+|two\s+)?"
    r"(?:bei\s+der|bei\s+dem|beim|bei|im|vom|von\s+der|in\s+der|in\s+den|at|from|in|with))\s+")
# a condition before a second person: "wenn du als …", "if you as …" is anyone's case
_GENERIC_IF = re.compile(r"(?i)\b(?:wenn|falls|sobald|if|when|once)\s+$")
_YOUR = re.compile(r"\b[Yy]our\s+")  # to a participant named in the text
_FORMAL_POSSESSIVE = re.compile(r"(?<=[\w,;]\s)(?:Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\s+")
_THIRD_RELATIVE = re.compile(
    r",?\s*(?:den|die|das|wo|which|that|where|bei\s+der|bei\s+dem|in\s+der|in\s+dem)\s+"
    r"(?:er|sie|he|she)\s+(?:(?:[\w-]+\s+){0,3}?(?:leitet|führt|vertritt|arbeitet|"
    r"gegründet\s+hat|aufgebaut\s+hat|runs|leads|heads|founded|works))\b")
# "…, die ich aufbaue", "… where I volunteer", "the hospitals we work with" (no comma: a
# comma with no relative word starts a new clause, "As a steward, I see this")
_FIRST_RELATIVE = re.compile(
    r"(?:,?\s*(?:den|die|das|dem|der|wo|which|that|where|whom|with\s+which)\s+|(?<=\w)\s+)"
    r"\b(?:ich|wir|I|we)\s+(?:(?:[\w-]+\s+){0,3}?)(?P<v>[a-zäöüß][\w-]*)"
    r"(?:\s+(?:with|for|at|in|mit|für))?(?=\s*(?:[,.;:!?)–—]|$))")
# German has no contact clause without a relative word: "… verstehe ich nicht" is inverted
_NO_RELATIVE_DE = re.compile(r"\s*(?:ich|wir)\b", re.IGNORECASE)
_PRONOUN_DASH = re.compile(r"\b(?:we|I|wir|uns|ich)\s*[–—]\s*(?P<body>[^–—\n]{3,120}?)\s*[–—]",
                           _F)
_PRONOUN_COMMA = re.compile(r"\b(?:Wir|wir|We|we)\s*,\s+(?=(?:das|die|der|ein|eine|the|a|an)\s)")
_SIGNATURE = re.compile(r"\s*(?:(?:hier|here)\s*)?(?:\((?P<br>[^()\n]{2,100})\)|[–—]\s*"
                        r"(?P<da>[^–—\n]{3,100}?)\s*(?:[–—]|$)|,\s*(?P<co>[^\n.!?]{3,120}))")
_SIDE = re.compile(r"\b(?:reporting|writing|speaking|greetings|hello)\s+from\s+the\s+"
                   r"(?P<nat>[A-Z]\w+)\s+side\b|\b(?:hier|grüße)\s+von\s+der\s+"
                   r"(?P<nat2>\w+)\s+Seite\b", _F)
_HERE_WRITES = re.compile(r"\b(?:hier|here)\s+(?:schreibt|spricht|meldet\s+sich|writes|speaks)"
                          r"\s+", _F)
_DESCRIBES = re.compile(
    r"\s+(?:vertritt|vertreten|beschäftigt|beschäftigen|betreibt|betreiben|betreut|betreuen|"
    r"begleitet|begleiten|umfasst|represents|represent|employs|employ|runs|run|operates|"
    r"operate|covers|serves|serve)\s")
_WE_AT = re.compile(r"(?:we|wir)\s+(?:here\s+|hier\s+)?(?:at|bei|in|im|beim)\b", re.IGNORECASE)
# people as the object of a first-person verb ("wir suchen Leute aus der Unterkunft")
_PEOPLE_OBJECTS = {"leute", "menschen", "personen", "kinder", "frauen", "männer", "familien",
                   "jugendliche", "jugendlichen", "bewohner", "bewohnerinnen", "geflüchtete",
                   "geflüchteten", "klienten", "klientinnen", "people", "persons", "children",
                   "kids", "families", "residents", "refugees", "clients", "women", "men"}
_LOWER_WORD = re.compile(r"(?-i:[a-zäöüß])[\w-]*\b")
# "We are the only ministry that …": a unique organisation is named by its clause
_ONLY_THAT = re.compile(r"\s+(?:that|which|der|die|das)\s")
_ONLY = re.compile(r"\b(?:only|einzige[nrs]?)\b", _F)
_COPULAS = {"bin", "sind", "war", "waren", "am", "are", "was", "were"}
_CONTACT_VERBS = {"run", "lead", "head", "manage", "founded", "built", "coordinate", "chair",
                  "volunteer", "work"}
# what may close a clause after its phrase: "… gewechselt bin", "… lizenziert"
_VERB_END = re.compile(r"\s+(?:[a-zäöüß][\w-]*\s+)?(?!(?:das|es|dies|sie|ihn|uns|euch|mich|"
                       r"dich|this|that|it|them|so|auch|nicht|not)\b)[a-zäöüß][\w-]*"
                       r"(?=\s*(?:[,.;:!?)]|$))")
_REPRESENT_COUNT = re.compile(r"\b(?:we|wir)\s+(?:represent|vertreten|employ|beschäftigen)\s+"
                              r"(?:about|around|over|some|rund|etwa|über|knapp|fast|"
                              r"nearly|almost)?\s*\d", _F)
_VERB_COMMA = re.compile(r"\s*([a-zäöüß]+)\s*,")
_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|und))\s*")


def _speaks_about(verb: str) -> bool:
    """Whether *verb* (in any of its plain inflections: "erwarten", "cooperated", "cites")
    speaks about something rather than disclosing a membership."""
    return any(form in _NOT_DISCLOSING for form in (
        verb, verb[:-1], verb[:-2], verb[:-1] + "e" if verb.endswith("d") else verb))


def _lang(text: str) -> str:
    from .name_context import looks_like_english

    return "en" if looks_like_english(text) else "de"


def _orgish(phrase: Phrase | None) -> bool:
    return bool(phrase and (phrase.kinds & _ORG or ("weak" in phrase.kinds and phrase.detailed)
                            or phrase.employer))


def _clause_end(text: str, pos: int, limit: int = 100) -> int:
    m = _CLAUSE_END.search(text, pos, min(len(text), pos + limit))
    end = m.start() if m else min(len(text), pos + limit)
    if not m and end < len(text):
        return pos
    return len(text[:end].rstrip())


def _any_org_word(tokens: Tokens, start: int, end: int, lang: str) -> bool:
    i = tokens.at(start)
    while i < len(tokens) and tokens.items[i][1] <= end:
        kind = classify(tokens.text(i), lang, tokens.known)
        if kind in _ORG or kind == "role":
            return True
        i += 1
    return False


def find_clauses(text: str, tokens: Tokens, names: Sequence[tuple[int, int]]) -> list[
        tuple[int, int]]:
    """Affiliation spans from the clause-level rules (see the module docstring)."""
    lang = _lang(text)
    found: list[tuple[int, int]] = []
    subject = _DE_SUBJECT if lang == "de" else _EN_SUBJECT
    for m in subject.finditer(text):
        verb = (m.group("v1") or (m.groupdict().get("v2") or "")).lower()
        said = _VERB_COMMA.match(text, m.end()) if not verb else None
        if said:  # "Ich finde, die Länder sollten bei der …": an opinion before its comma
            verb = said.group(1).lower()
        copula = verb in _COPULAS  # only "wir sind als Vermittlungsagentur …" counts
        if _VISIT.search(text, m.start(), min(len(text), m.end() + 60)):
            continue  # "ich habe gestern beim Amt angerufen": a visit, not a post
        if verb == "been" and text.startswith("to ", m.end()):
            continue  # "I've been to three job fairs in Accra": a visit
        if _speaks_about(verb) and not copula or tokens.is_blocked(m.start(), m.end()):
            continue
        i = tokens.at(m.start()) + 1  # after the subject or the inverted verb: "ich beim …"
        for j in range(i, min(i + 7, len(tokens))):
            word = tokens.text(j)
            if not re.fullmatch(_DE_PREP if lang == "de" else _EN_PREP, word, _F) or copula and (
                    word.lower() not in {"als", "as"}):
                if word in {".", ";", ":", "!", "?"}:
                    break
                continue
            if j > i and tokens.text(j - 1).lower() in _PEOPLE_OBJECTS and not copula:
                break  # "suchen wir noch vier Leute aus der Unterkunft": the people are from
                # there, not the writer (h14z)
            nxt = tokens.items[j + 1][0] if j + 1 < len(tokens) else len(text)
            phrase = phrase_at(tokens, nxt, lang)
            if _NEGATED.search(text, m.start(), tokens.items[j][0]):
                break  # "Ich bin nicht vom BMAS": a denial
            if phrase and not tokens.is_blocked(m.start(), phrase.end) and (
                    _orgish(phrase) or word.lower() == "als" and phrase.role):
                tail = _VERB_END.match(text, phrase.end)
                end = tail.end() if tail else phrase.end
                if _DESCRIBES.match(" " + verb + " "):  # "Wir vertreten als Dachverband rund
                    end = max(end, _clause_end(text, end))  # 30 Vereine in NRW"
                found.append((m.start(), end))
                break
    for m in _SECOND_PERSON.finditer(text):
        if _GENERIC_IF.search(text, max(0, m.start() - 12), m.start()):
            continue  # round 16: "Wenn du als kleiner Pflegedienst …": anyone, not a person
        phrase = phrase_at(tokens, m.end(), lang)
        if phrase and (_orgish(phrase) or phrase.role) and not tokens.is_blocked(
                m.end(), phrase.end):
            found.append((m.start(), phrase.end))
    for m in _YOUR.finditer(text) if names else ():  # "hanna – your counselling centre"
        phrase = phrase_at(tokens, m.end(), "en")
        if phrase and phrase.head & {"strong", "weak"} and not tokens.is_blocked(
                m.end(), phrase.end):
            found.append((m.start(), phrase.end))
    for m in _FORMAL_POSSESSIVE.finditer(text):
        phrase = phrase_at(tokens, m.end(), "de")
        if phrase and phrase.head & {"strong", "weak"} and not tokens.is_blocked(
                m.end(), phrase.end):
            found.append((m.start(), phrase.end))
    for m in _PRONOUN_DASH.finditer(text):
        if _any_org_word(tokens, m.start("body"), m.end("body"), lang) and not tokens.is_blocked(
                m.start(), m.end()):
            found.append((m.start(), m.end("body")))
    for m in _PRONOUN_COMMA.finditer(text):
        phrase = phrase_at(tokens, m.end(), lang)
        if _orgish(phrase) and phrase is not None:
            found.append((m.start(), phrase.end))
    for m in _SIDE.finditer(text):
        nat = (m.group("nat") or m.group("nat2") or "").lower()
        if classify(nat, "en", frozenset()) == "nat" or nat in words.COUNTRY_WORDS:
            found.append((m.start(), m.end()))
    for m in _HERE_WRITES.finditer(text):
        phrase = phrase_at(tokens, m.end(), lang)
        if phrase and (phrase.role or _orgish(phrase)):
            found.append((m.start(), phrase.end))
    for m in _REPRESENT_COUNT.finditer(text):
        found.append((m.start(), _clause_end(text, m.end())))
    for m in _FIRST_RELATIVE.finditer(text):
        if _speaks_about(m.group("v").lower()) or _NO_RELATIVE_DE.match(m.group()) or (
                reports_contact(m.group())):
            continue  # "Bei der Rückkehrberatung verstehe ich nicht": a German main clause;
            # "the BAMF, which I contacted twice", "die Caritas, die ich sehr schätze"
        if not re.match(r",?\s*\w", m.group()) or m.group().lstrip(", ")[:1] in "IiWw" and (
                re.match(r"\s*(?:I|we)\b", m.group())):
            # a contact clause without a relative word: only a verb of belonging or a verb
            # with its preposition left at the end ("the hospitals we work with")
            if not (m.group("v").lower() in _CONTACT_VERBS or re.search(
                    r"\s(?:with|for|at|in)$", m.group())):
                continue
        phrase = backward_phrase(tokens, m.start())
        if phrase and phrase.strong and m.start() - phrase.end <= 1:
            found.append((phrase.start, m.end()))
    for _, b in names:
        sig = _SIGNATURE.match(text, b)
        if sig:
            found += _signature(text, tokens, sig, lang)
        rel = _THIRD_RELATIVE.search(text, b, min(len(text), b + 120))
        if rel:
            phrase = backward_phrase(tokens, rel.start())
            if phrase and phrase.strong and phrase.start >= b:
                found.append((phrase.start, rel.end()))
    return found


# a part of a signature may open with a link or a time ("…, previously at the …")
_PART_OPENERS = {"at", "in", "bei", "beim", "im", "with", "für", "for", "of", "from", "vom", "von",
                 "previously", "formerly", "früher", "vorher", "davor", "zuvor", "ehemals",
                 "ehemalige", "ehemaliger", "now", "jetzt", "currently", "derzeit", "seconded",
                 "abgeordnet", "based", "zuständig", "responsible", "ex"}


# English units are written in lower case ("…, GIZ, returns programme"): there only an
# auxiliary or a verb of speaking ends the parts ("…, chair of the board, is right")
_EN_CLAUSE_VERBS = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
                    "could", "should", "must", "may", "might", "did", "does", "do", "said",
                    "says", "asked", "asks", "made", "makes", "raised", "raises", "agrees",
                    "agreed", "thinks", "thought", "argued", "argues", "noted", "notes",
                    "mentioned", "mentions", "wrote", "writes", "pointed", "suggested"}


def _parts_end(text: str, tokens: Tokens, end: int, stop: int, lang: str) -> int:
    """The end of "Name, ORG, unit, place": comma parts after *end* (up to *stop*) while
    each opens, in German, with a capital, a digit, an organisation word, a link or a time
    ("…, hat recht" is a verb), in English with no auxiliary nor verb of speaking (h14z)."""
    while True:
        m = re.match(r",\s*([^,\n]+)", text[end:stop])
        if not m:
            break
        word = m.group(1).split()[0] if m.group(1).split() else ""
        if lang == "en" and word.lower() in _EN_CLAUSE_VERBS or lang != "en" and not (
                word[:1].isupper() or word[:1].isdigit() or word.lower() in _PART_OPENERS
                or classify(word, lang, tokens.known) in {"strong", "weak", "role", "acronym",
                                                          "known"}):
            break
        end += m.end()
    return len(text[:end].rstrip())


def _signature(text: str, tokens: Tokens, sig: re.Match[str], lang: str) -> list[
        tuple[int, int]]:
    """"Name (ORG, unit)", "Name – ORG, place –", "Name, ORG, unit." at the end."""
    for group in ("br", "da"):
        if sig.group(group) and _any_org_word(tokens, sig.start(group), sig.end(group), lang):
            return [(sig.start(group), sig.end(group))]
    if sig.group("co"):
        start = sig.start("co")
        phrase = phrase_at(tokens, start, lang)
        co = sig.group("co").rstrip()
        if (len(text) - sig.end("co") <= 3 and re.fullmatch(r"[\s.!]*", text[sig.end("co"):])
                and co[:1].isupper()
                and all(len(c.split()) <= 4 for c in co.split(","))
                and _any_org_word(tokens, start, start + len(co), lang)
                and not tokens.is_blocked(start, start + len(co))):
            return [(start, start + len(co))]  # "MfG R. Sommer, Stadt Leipzig, Ausländerbehörde"
        if not _orgish(phrase) or phrase is None or tokens.is_blocked(start, phrase.end):
            return []
        if re.match(r"\s*(?:[,.]|$)", text[phrase.end:]):
            return [(start, _parts_end(text, tokens, phrase.end, sig.end("co"), lang))]
        # "Khalid Al-Masri, Jordanian embassy: we …", "Frank Koch, HR director at … – we"
        stop = re.compile(r"\s*(?::|;|\s[–—-]\s)").search(text, phrase.end, sig.end("co"))
        if stop:
            return [(start, stop.start())]
    return []


_PRECISELY = re.compile(r"\s*,\s*(?:genauer\s+gesagt|genauer|und\s+zwar|more\s+precisely|"
                        r"to\s+be\s+precise|specifically|namely)\s*,?\s+", re.IGNORECASE)
_SIZE = re.compile(r"\s+(?:mit|with)\s+(?:rund\s+|über\s+|etwa\s+|about\s+|around\s+|over\s+)?"
                   r"\d[\d.,]*\s+[^\W\d_][\w-]*(?:\s+(?:in|im|near|bei)\s+(?:der\s+|den\s+|"
                   r"dem\s+|the\s+)?[A-ZÄÖÜ][\w-]+)?")


_WHEN = r"(?:first|then|now|later|previously|initially|zuerst|erst|dann|jetzt|später|danach)"
_PLACE = r"(?:in|at|im|bei)\s+(?-i:[A-ZÄÖÜ])[\w-]+"
_POSTINGS = re.compile(rf",\s*{_WHEN}\s+{_PLACE}(?:\s*(?:,|and|und)\s*(?:{_WHEN}\s+)?{_PLACE})*",
                       re.IGNORECASE)


def extend(text: str, tokens: Tokens, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Run a disclosure on over its description and apposition, and join neighbours."""
    out: list[tuple[int, int]] = []
    lang = _lang(text)
    for a, b in sorted(spans):
        if tokens.is_blocked(b - 1):
            out.append((a, b))
            continue
        dash = re.match(r"\s*[–—]\s*([^–—\n]{3,100}?)\s*[–—]", text[b:])
        if dash and not tokens.is_blocked(b, b + dash.end(1)):
            b += dash.end(1)
        elif (_DESCRIBES.match(text, b) and not _WE_AT.match(text, a) or _ONLY_THAT.match(
                text, b) and _ONLY.search(text, a, b)) and not tokens.is_blocked(b, b + 1):
            # (after "We at the Quakers in Bristol" the verb is of "we": "… run a hostel")
            end = _clause_end(text, b)
            if end > b and not tokens.is_blocked(b, end):
                b = end
        precise = _PRECISELY.match(text, b)  # "die Diakonie, genauer gesagt die Beratungsstelle …"
        phrase = phrase_at(tokens, precise.end(), lang) if precise else None
        if phrase and (phrase.head | phrase.kinds) & {"strong", "weak", "role", "acronym",
                                                      "known"} and not tokens.is_blocked(
                b, phrase.end):
            b = phrase.end
        size = _SIZE.match(text, b)  # "einer Hotelgruppe mit 14 Häusern in den Alpen"
        if size and not tokens.is_blocked(b, size.end()):
            b = size.end()
        postings = _POSTINGS.match(text, b)  # "with UNHCR, first in Amman and now in Berlin"
        if postings and not tokens.is_blocked(b, postings.end()):
            b = postings.end()
        unit = re.match(r",\s+(?=\w)", text[b:])  # "…, Referat M3,", "…, integration department"
        if unit and lang == "de" and _LOWER_WORD.match(text, b + unit.end()):
            unit = None  # "…, für den ich arbeite, *sucht* Dolmetscher": a verb (h14z)
        if unit:
            phrase = phrase_at(tokens, b + unit.end(), lang)
            if phrase and phrase.head & {"strong", "weak", "role"} and re.match(
                    r"\s*(?:[,.;:!?–—)]|$)", text[phrase.end:]) and not tokens.is_blocked(
                    b, phrase.end):
                b = phrase.end
        if out and _JOIN.fullmatch(text[out[-1][1]:a]) and a >= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out
