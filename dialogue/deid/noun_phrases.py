"""The noun phrase that an affiliation phrase is built on (``phrases.phrase_at`` extends it).

``noun_phrase`` walks the tokens from a position: determiners, then up to seven modifiers and
heads (adjectives, nationalities, names, acronyms, organisation and role nouns, joined by
"'s" or "and" between names).  It returns the end (exclusive token index, or None if no head
came), the kinds of word it holds and how many words it took.  Split from ``phrases.py``.
"""

from __future__ import annotations

import re

from . import affiliation_words as w
from .aff_practices import practice_head
from .tokens import _HEADS, _LINKS, _MAX_WORDS, Tokens, _german_role, classify


def noun_phrase(tokens: Tokens, i: int, lang: str,
                loose: bool) -> tuple[int | None, set[str], int]:
    """Walk one noun phrase from token *i*: (index after its last head, kinds, words)."""
    n = len(tokens)
    while i < n and (tokens.text(i).lower() in w.DETERMINERS or _NUMERAL.fullmatch(
            tokens.text(i)) or tokens.text(i).lower() in _QUANTIFIERS) and not (
            tokens.token_blocked(i)):
        i += 1  # "the *only* agency", "*two* language schools", "a *40-person* company"
    if i + 2 < n and tokens.text(i).lower() in _OF_WORDS and (
            tokens.text(i + 1).lower() in {"of", "der", "des", "von"}):
        i += 2  # "*one of* the big staffing agencies", "a *group of* sceptics"
        while i < n and tokens.text(i).lower() in w.DETERMINERS | _QUANTIFIERS:
            i += 1
    last, kinds, words, k = None, set(), 0, i
    while k < n and words < _MAX_WORDS and not tokens.token_blocked(k):
        word = tokens.text(k)
        low = word.lower()
        if low in {"'s", "’s", "'", "’"} and words:  # "desk's", "foreigners' office"
            k += 1
            continue
        pair = f"{low} {tokens.text(k + 1).lower()}" if k + 1 < n else ""
        if pair in w.EN_ORG_STRONG or pair in w.EN_ORG_WEAK:
            kinds.add("strong" if pair in w.EN_ORG_STRONG else "weak")
            k += 2
            words += 2
            last = k
            continue
        if pair in w.EN_ROLES:
            kinds.add("role")
            # "partner at": the link is left for the continuation ("… at a care chain")
            step = 1 if tokens.text(k + 1).lower() in _LINKS else 2
            k += step
            words += step
            last = k
            continue
        if (low in {"-", "‐"} and k and k + 2 < n and tokens.items[k - 1][1] == tokens.items[k][0]
                and tokens.text(k + 1).lower() in {"und", "oder"}):
            k += 2  # "der Zentralen Auslands- und Fachvermittlung"
            continue
        if (low in {"–", "—", "/"} and k and k + 1 < n
                and tokens.items[k - 1][1] == tokens.items[k][0] == tokens.items[k][1] - 1
                and tokens.items[k][1] == tokens.items[k + 1][0]
                and tokens.text(k + 1)[:1].isupper()):
            k += 1  # "the Ghana–Germany diaspora working group", "Nord/Süd"
            continue
        if low in _DURATIONS:  # "… at the embassy for *four years*": a time, not a unit;
            if k + 1 < n and tokens.text(k + 1)[:1].isupper():  # but "vier Jahre
                k += 1  # Konsularbeamter in Lagos": the post follows
                continue
            break
        if (low in {"and", "und", "&"} and last == k and k + 1 < n
                and tokens.text(k + 1)[:1].isupper() and tokens.text(k + 1).lower() not in w.STOP):
            k += 1
            continue
        if (low in {"and", "&"} and words and (last != k or loose) and k + 1 < n
                and _MODIFIER.fullmatch(tokens.text(k - 1))
                and _MODIFIER.fullmatch(tokens.text(k + 1))):
            k += 1  # "our embassy's *trade and labour* desk": modifiers joined before a head
            continue
        if (low in w.STOP and lang == "en" and words and last != k and k + 1 < n and word.islower()
                and classify(tokens.text(k + 1), lang, tokens.known) in {"strong", "weak", "role"}):
            words += 1  # "a refugee *support* group": a noun between a modifier and its head
            k += 1
            continue
        if (low in w.STOP and not _SHOUTED.fullmatch(word)) or low in _LINKS or (
                low in w.DETERMINERS):
            break  # but "an Indian IT company", "the US embassy": an acronym is no pronoun
        kind = classify(word, lang, tokens.known)
        if kind == "other":
            break
        if (kind == "lower" and lang == "de" and last == k and words and not tokens.lower_case
                and _DE_VERB.fullmatch(word) and low not in _DE_NOT_VERBS):
            break  # "Unser Diasporaverein in Frankfurt *schickt* Geld": a German verb after
            # the head ends the phrase; no German noun phrase goes on in lower case (h14z)
        if kind in {"proper", "lower"} and practice_head(tokens, k):
            kind = "strong"  # "Unsere Praxis in Harburg", "at our surgery" (aff_practices)
        if kind == "lower" and tokens.caps_free and lang == "en":
            kind = "proper"
        if kind == "lower" and tokens.lower_case and low in tokens.known:
            kind = "known"  # "bei der iom in genf" in a text written in lower case
        elif kind == "lower" and tokens.lower_case and lang == "de" and _german_role(low):
            kind = "role"  # "ich als mitarbeiterin der …" in a text written in lower case
        if low in w.NATIONAL_HEADS and ("nat" in kinds or _abroad(tokens, k + 1)
                                        or low in _GOVERNMENT and _mine(tokens, k - 1)):
            kind = "strong"  # "the Kenyan side", "die tunesische Regierung", "our government
            # in Tirana": a partner country's, not Germany's; "my government", "meine
            # Regierung" (h14z): one writer's is the partner country's, "our" may be Germany
        if kind in _HEADS or (loose and kind == "lower" and (
                tokens.lower_case or lang == "en" and not (last == k and kinds & _NAMED))):
            last = k + 1  # a loose head in lower case, but not a German verb nor the verb
            # after a name ("from the Union of Care Workers *raised*", "von der Stiftung
            # für Bildung *sagte*", h14z)
        if kind != "lower":
            kinds.add(kind)
        words += 1
        k += 1
    return last, kinds, words


# a German finite verb's ending, and the prepositions and adverbs with that ending
_DE_VERB = re.compile(r"[a-zäöüß]{2,}(?:t|en)")
_DE_NOT_VERBS = {"mit", "seit", "nicht", "jetzt", "selbst", "zuletzt", "erst", "meist", "oben",
                 "unten", "neben", "gegen", "zwischen", "innen", "außen", "hinten", "vorne",
                 "samt", "halbwegs", "bereits", "damit", "somit", "insgesamt", "gut", "acht",
                 "sieben", "elf", "zehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert"}
_GOVERNMENT = {"government", "regierung"}
_MINE = {"my", "mein", "meine", "meiner", "meinem", "meinen", "meines"}


def _mine(tokens: Tokens, k: int) -> bool:
    """Whether token *k* is a singular first-person possessive ("my", "meine")."""
    return k >= 0 and tokens.text(k).lower() in _MINE


_NAMED = {"proper", "strong", "weak", "acronym", "known"}


def _abroad(tokens: Tokens, i: int) -> bool:
    """Whether tokens from *i* say "in <a capital city abroad>" ("in Rabat", not "in Berlin")."""
    return (i + 1 < len(tokens) and tokens.text(i).lower() == "in"
            and tokens.text(i + 1)[:1].isupper() and tokens.text(i + 1).lower() not in _HOME_SEATS)


_HOME_SEATS = {"berlin", "bonn", "deutschland", "germany", "europe", "europa", "brüssel",
               "brussels", "der", "den", "the", "kiel", "hannover", "düsseldorf", "mainz",
               "wiesbaden", "stuttgart", "münchen", "munich", "dresden", "erfurt", "magdeburg",
               "potsdam", "schwerin", "saarbrücken", "hamburg", "bremen"}  # and the Länder's
_DURATIONS = {"years", "months", "weeks", "days", "decades", "jahre", "jahren", "monate",
              "monaten", "wochen", "tage", "tagen", "jahrzehnte"}
_SHOUTED = re.compile(r"[A-ZÄÖÜ]{2,}")
_MODIFIER = re.compile(r"[a-z][a-z-]+")
_NUMERAL = re.compile(r"\d[\d.,]*(?:-[^\W\d_]+)*")
_QUANTIFIERS = {"only", "two", "three", "four", "five", "several", "various", "sole", "zwei",
                "drei", "vier", "fünf", "mehrere", "einzige", "einzigen", "einziges", "six",
                "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "sechs", "sieben",
                "acht", "neun", "zehn", "elf", "zwölf", "zwanzig"}
# "one of the agencies", "einer der Verbände", "a group of sceptics", "die Gruppe der …":
# what follows is the head
_OF_WORDS = {"one", "einer", "eine", "einem", "group", "gruppe", "number", "handful", "couple",
             "bunch", "lot", "reihe", "menge", "anzahl"}
