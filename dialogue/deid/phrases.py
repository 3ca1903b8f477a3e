"""The extent of an affiliation phrase: a noun phrase and the words that complete it.

``phrase_at`` walks the tokens after an anchor: a noun phrase (``noun_phrases.py``:
determiners, then up to seven modifiers and heads: adjectives, nationalities, names,
acronyms, organisation and role nouns), then up to three continuations "in/at/of/for/bei/im/des
+ noun phrase" that add the place, unit or parent organisation ("our consulate *in
Lagos*", "Leiterin *des Referats Migration*").  It stops at verbs, pronouns and other
function words (``affiliation_words.STOP``), at punctuation and at a blocked range (a name
or contact found by another finder).  The phrase reports which kinds of word it holds, so
each anchor can decide whether it reveals anything.
"""

from __future__ import annotations

import re

from . import affiliation_words as w
from .aff_backward import backward_phrase, describing_clause_end
from .noun_phrases import noun_phrase
from .tokens import (
    _HEADS,
    _LINKS,
    _LOOSE_LINKS,
    Phrase,
    Tokens,
    classify,
)

__all__ = ["Phrase", "Tokens", "backward_phrase", "classify", "describing_clause_end",
           "phrase_at"]
# (backward_phrase and describing_clause_end live in aff_backward.py; imported above)


_DASHES = {"–", "—", "-", "("}
_CLOSING = {"–": "–", "—": "—", "-": "-", "(": ")"}
_AFTER_COMMA = {"zuständig": "für", "responsible": "for", "verantwortlich": "für"}
_ADVERBS = {"now", "currently", "still", "jetzt", "derzeit", "inzwischen", "nun"}
_DE_PARTICIPLES_AT_END = {"gearbeitet", "tätig", "beschäftigt", "gewesen", "verbracht",
                          "angestellt", "gedient", "abgeordnet", "versetzt", "entsandt"}


def _continue(tokens: Tokens, last: int, lang: str, kinds: set[str]) -> int:
    """Extend over up to four "in/at/of/bei/des + noun phrase" links, "…, responsible for
    …", "… now working at …" and a closing German participle; returns the new end."""
    n = len(tokens)
    placed = False  # the last link named a bare place ("in Eidelstedt")
    for _ in range(4):
        if last >= n or tokens.token_blocked(last):
            break
        link = tokens.text(last).lower()
        if link in _DE_PARTICIPLES_AT_END:
            kinds.add("closed")  # "bei der Arbeiterwohlfahrt tätig": an employer
            last += 1  # "… für das UNHCR in Amman gearbeitet"
            if not (last + 1 < n and tokens.text(last) == "," and tokens.text(last + 1).lower()
                    in _LINKS):
                return last  # but "an das BAMF abgeordnet, in die Außenstelle Chemnitz"
            continue
        if link in {"here", "hier"} and last + 2 < n and tokens.text(last + 1).lower() in {
                "in", "at", "im"}:
            last += 1  # "Kenya's embassy *here in Berlin*, where I …"
            link = tokens.text(last).lower()
        if link in _ADVERBS and last + 1 < n and tokens.text(last + 1).lower() in w.PARTICIPLES:
            last += 1  # "a nurse from Manila *now* working at a Berlin clinic"
            link = tokens.text(last).lower()
        if _AFTER_COMMA.get(link) and last + 2 < n and (
                tokens.text(last + 1).lower() == _AFTER_COMMA[link]):
            sub_last, _, _ = noun_phrase(tokens, last + 2, lang, loose=True)
            if sub_last is not None:  # round 16: "Ich bin im BMAS *zuständig für die
                last = sub_last  # Westbalkanregelung*", the post's field after its place
                kinds.add("detailed")
                continue
        focus = _focus_end(tokens, last, lang)
        if focus:  # "Staatsanwältin *mit Schwerpunkt Menschenhandel*", "a lawyer *with a
            last = focus  # focus on labour law*": the post's field completes it
            kinds.add("detailed")
            continue
        if link == "," and last + 2 < n:
            after = tokens.text(last + 1).lower()
            if after in w.PARTICIPLES and tokens.text(last + 2).lower() in _LINKS | {"to"}:
                sub_last, sub_kinds, _ = noun_phrase(tokens, last + 3, lang, loose=False)
                if sub_last is not None and sub_kinds & {"strong", "acronym", "known"}:
                    last = sub_last  # "rapporteur for the group, *seconded from the …*"
                    kinds |= sub_kinds | {"detailed"}
                    continue
            if _AFTER_COMMA.get(after) == tokens.text(last + 2).lower():
                sub_last, sub_kinds, _ = noun_phrase(tokens, last + 3, lang, loose=True)
                if sub_last is None:
                    break
                last = sub_last  # "Referentin im BMBF, zuständig für die Anerkennung"
                last = _continue(tokens, last, lang, kinds)
                break
            if after in _LINKS:  # "Here at the BMBF, in the recognition unit"
                sub_last, sub_kinds, _ = noun_phrase(tokens, last + 2, lang, loose=False)
                if sub_last is None or not sub_kinds & {"strong", "weak"}:
                    break
                last = sub_last
                kinds |= sub_kinds
                continue
            unit = _unit_after_comma(tokens, last + 1)
            if unit:  # round 16: "at the DGB, international dept", "Uni Bielefeld,
                last = unit  # Fakultät Soziologie": the unit, named after its organisation
                kinds.add("detailed")
            break
        if (link in w.PARTICIPLES and last + 1 < n
                and tokens.text(last + 1).lower() in _LINKS | {"with", "mit"}):
            last += 1  # "a small NGO *working with* returnees"
            link = "of"  # what follows is loose: "with returnees"
        if link == "to" and last + 1 < n and (
                classify(tokens.text(last - 1), lang, tokens.known) in {"role", "roles"}):
            sub_last, sub_kinds, _ = noun_phrase(tokens, last + 1, lang, loose=False)
            if sub_last is None or not sub_kinds & {"strong", "acronym", "known", "proper"}:
                break  # "an adviser *to the Dutch Association …*", not "a nurse to the core"
            last = sub_last
            kinds |= sub_kinds | {"detailed"}
            continue
        if link == "with" and last + 1 < n:  # "a placement officer *with the Philippine
            sub_last, sub_kinds, _ = noun_phrase(tokens, last + 1, lang, loose=False)
            branches = sub_last is not None and "weak" in sub_kinds and sub_last < n and (
                tokens.text(sub_last).lower() in {"in", "across", "im"})
            if sub_last is None or not (sub_kinds & {"strong", "acronym", "known"} or branches):
                break  # Overseas Labour Office*", not "an NGO working with returnees"; but
                # "a staffing agency *with branches in Bremen and Hamburg*"
            last = sub_last
            kinds |= sub_kinds | {"detailed"}
            continue
        if link not in _LINKS:
            break
        sub_last, sub_kinds, _ = noun_phrase(tokens, last + 1, lang, loose=link in _LOOSE_LINKS)
        if sub_last is None:
            break
        closing = sub_last < n and tokens.text(sub_last).lower() in _CLOSING_WORDS
        if link in _LOOSE_LINKS and not closing and (placed or lang == "en" and not (
                tokens.lower_case) and (
                tokens.text(last - 1)[:1].isupper() and _all_lower(tokens, last + 1, sub_last))):
            break  # "unsere Praxis in Eidelstedt *für Neuaufnahmen*", "the Labour Inspectorate
            # *for the slides*": after a place, or a name's capitals, no part of the name (h14z)
        placed = link in {"in", "at", "im"} and not sub_kinds & _ORG_KINDS
        last = _coordinated(tokens, sub_last) if link in {"für", "for", "of"} else sub_last
        kinds |= sub_kinds | {"detailed"}
    return last


# the words for a unit inside an organisation, which may follow it after a comma
_UNITS = frozenset({"dept", "dept.", "department", "unit", "section", "division", "desk",
                    "team", "referat", "abteilung", "fachbereich", "fakultät", "faculty",
                    "lehrstuhl", "stabsstelle", "sachgebiet", "directorate", "bureau"})


def _unit_after_comma(tokens: Tokens, k: int) -> int | None:
    """The end of "<up to two words> <unit> <one capitalised word>?" from token *k*, or None
    when no unit word comes within three tokens or a function word comes first."""
    n = len(tokens)
    for i in range(k, min(k + 3, n)):
        word = tokens.text(i).lower()
        if tokens.token_blocked(i) or word in w.STOP or not word[:1].isalpha():
            return None
        if word in _UNITS:
            end = i + 1
            if end < n and tokens.text(end)[:1].isupper() and not tokens.token_blocked(end):
                end += 1  # "Fakultät Soziologie", "Referat M3"
            return end
    return None


def _coordinated(tokens: Tokens, last: int) -> int:
    """After "für <Noun>", the other fields of an authority's name (round 16): "Landesamt für
    Arbeitsschutz*, Verbraucherschutz und Gesundheit*", "Ministry of Labour*, Social Affairs
    and Family*": capitalised words joined by commas, ending in "und"/"and" and one more."""
    n, k = len(tokens), last

    def capital(i: int) -> bool:
        return i < n and tokens.text(i)[:1].isupper() and not tokens.token_blocked(i)

    while k + 1 < n and tokens.text(k) == "," and capital(k + 1):
        k += 2
        while capital(k) and k - last < 12:  # "Social Affairs"
            k += 1
    if k + 1 < n and tokens.text(k).lower() in {"und", "and", "&"} and capital(k + 1):
        k += 2
        while capital(k) and k - last < 14:
            k += 1
        return k
    return last


# "… in Berlin für die Programme *zuständig*": a post's field, closed by its adjective
_CLOSING_WORDS = {"zuständig", "verantwortlich", "tätig", "engagiert", "responsible"} | (
    _DE_PARTICIPLES_AT_END)
_ORG_KINDS = {"strong", "weak", "acronym", "known", "role", "roles"}


def _all_lower(tokens: Tokens, start: int, end: int) -> bool:
    """Whether every word from token *start* to *end* but the determiners is in lower case."""
    return all(not tokens.text(k)[:1].isupper() for k in range(start, end)
               if tokens.text(k).lower() not in w.DETERMINERS)


# The field of a post: "mit Schwerpunkt (auf) …", "with a focus on …", "with responsibility
# for …" (after a role only: "ein Haus mit Schwerpunkt" is left to the words before it)
_FOCUS = {("mit", "schwerpunkt"), ("mit", "fokus"), ("mit", "zuständigkeit"),
          ("with", "a"), ("with", "responsibility")}
_FOCUS_EN = {"focus", "specialism", "specialisation", "specialization", "background"}


def _focus_end(tokens: Tokens, last: int, lang: str) -> int:
    """The end after a post's field at token *last*, or 0."""
    n = len(tokens)
    if last + 2 >= n or classify(tokens.text(last - 1), lang, tokens.known) not in {
            "role", "roles"}:
        return 0
    pair = (tokens.text(last).lower(), tokens.text(last + 1).lower())
    if pair not in _FOCUS:
        return 0
    k = last + 2
    if pair == ("with", "a"):
        if tokens.text(k).lower() not in _FOCUS_EN or k + 2 >= n:
            return 0
        k += 1
    if tokens.text(k).lower() in {"on", "in", "for", "auf", "für", "im"}:
        k += 1
    sub_last, _, _ = noun_phrase(tokens, k, lang, loose=True)
    return sub_last or 0


def phrase_at(tokens: Tokens, pos: int, lang: str, loose: bool = False,
              place: bool = False) -> Phrase | None:
    """The phrase starting at character *pos*, or None if no head follows (with *loose*,
    any noun-like word is a head: "responsible for *visas*"; with *place*, a place or a
    nationality is one: "aus Georgien", "the Ghanaian one")."""
    i = tokens.at(pos)
    if i >= len(tokens):
        return None
    last, kinds, words = noun_phrase(tokens, i, lang, loose=loose)
    if loose and last is not None:
        kinds.add("lower")
    heads = _HEADS | {"lower"} if place else (_HEADS | {"lower"}) - {"place"}
    if place and last is None and "nat" in kinds:
        last = i + 1
        while last < len(tokens) and classify(tokens.text(last), lang, tokens.known) in {
                "nat", "lower"} and last - i < 3:
            last += 1
    if last is None or not (kinds & (heads | {"nat"} if place else heads)):
        return None
    head = set(kinds)
    while tokens.text(i).lower() in w.DETERMINERS:
        i += 1
    if last - i > 1:  # words before the head: "our *migration* team", "our desk's team"
        kinds.add("detailed")
    last = _continue(tokens, last, lang, kinds)
    # An apposition that says what it is: "my employer, a care home in Hamburg,", "our
    # organisation – a small NGO in Accra –", "our office (the one in Kumasi)"
    last = _apposition(tokens, last, lang, kinds)
    phrase = Phrase(tokens.items[i][0], tokens.items[last - 1][1], kinds, words)
    phrase.head = head
    return phrase


def _apposition(tokens: Tokens, last: int, lang: str, kinds: set[str]) -> int:
    """The end after an apposition to the phrase ending at token *last* (exclusive)."""
    n = len(tokens)
    if last + 2 >= n or tokens.token_blocked(last):
        return last
    sep = tokens.text(last)
    if sep == "," and _named_apposition(tokens, last + 1, lang):
        # "my organisation, Fair Recruit Ghana, …": a name between commas
        k = last + 1
        while k < n and tokens.text(k) not in {",", ".", ";", ":", "!", "?", ")"}:
            k += 1
        kinds.add("detailed")
        return k
    if sep == "," and tokens.text(last + 1).lower() in w.DETERMINERS - {"this", "that"}:
        app_last, app_kinds, _ = noun_phrase(tokens, last + 1, lang, loose=False)
        if app_last is not None and app_kinds & {"strong", "weak"}:
            kinds |= app_kinds | {"detailed"}
            if lang == "de" and tokens.text(last + 1).lower() in {"der", "die", "das"} and (
                    _verb_closes(tokens, app_last)):
                return app_last + 1  # "der Gruppe, die die Rückkehrberatung *macht*": a
                # relative clause (h14z), not an apposition cut before its verb
            return _continue(tokens, app_last, lang, kinds)
        return last
    if sep not in _DASHES:
        return last
    # a dash or bracket: the words up to the closing one, if it comes soon and no sentence
    # ends before it ("– the one in Kumasi –", "(Kenyan embassy, labour desk)")
    for k in range(last + 1, min(n, last + 14)):
        word = tokens.text(k)
        if word == _CLOSING[sep]:
            if k == last + 1:
                return last
            app_last, app_kinds, _ = noun_phrase(tokens, last + 1, lang, loose=True)
            if app_last is None and not any(tokens.text(j).lower() in _LINKS
                                            for j in range(last + 1, k)):
                return last
            kinds |= app_kinds | {"detailed"}
            return k + 1 if sep == "(" else k
        if word in {".", "!", "?", ";", ":"} or tokens.token_blocked(k) or (
                sep != "(" and word.lower() in w.STOP - {"and", "und"}):
            return last
    return last


_CLOSES = {",", ".", ";", ":", "!", "?", ")", "–", "—"}


def _verb_closes(tokens: Tokens, k: int) -> bool:
    """Whether token *k* is a lower-case German finite verb that ends its clause."""
    word = tokens.text(k) if k < len(tokens) else ""
    return bool(re.fullmatch(r"[a-zäöüß]{3,}(?:t|en)", word)) and (
        k + 1 >= len(tokens) or tokens.text(k + 1) in _CLOSES)


def _named_apposition(tokens: Tokens, i: int, lang: str) -> bool:
    """Whether tokens from *i* are a short name closed by a comma or the sentence's end:
    capitalised words (in German only an acronym or a known name, as nouns are capitals)."""
    n = len(tokens)
    k = i
    kinds = set()
    while k < n and k - i < 5 and not tokens.token_blocked(k):
        word = tokens.text(k)
        if word in {",", ".", ";", ":", "!", "?", ")"}:
            break
        kind = classify(word, lang, tokens.known)
        if not word[:1].isupper() or word.lower() in w.STOP | w.DETERMINERS:
            return False
        kinds.add(kind)
        k += 1
    if k == i or k - i >= 5 or k >= n or tokens.text(k) not in {",", ".", ";", ")"}:
        return False
    return bool(kinds & {"acronym", "known"} or lang == "en" and kinds & {"proper"})
