"""PERSON detection: roster participants' names in the many ways people write them.

The roster is compiled once into a dictionary from *folded* name parts (lower case,
diacritics removed, both "ü"->"u" and "ü"->"ue" variants) to the participants they belong
to.  ``find`` then walks the words of a text once, looks each word up (exactly, as a German
genitive "Müllers", or within one edit via rapidfuzz), joins neighbouring words of the same
participant into one run ("Katharina Müller", "von Stein-Hartmann") and decides per run
whether it really is a reference to that participant.  The decision rules are the place to
look when a name is missed or over-flagged; they are spelled out in ``_accept``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import gazetteer
from .contacts import Ranges
from .name_addressed import addressed_slot, slot_lookup
from .name_context import (
    _NAMED_AFTER,
    _NAMED_AFTER_CHAIN,
    _OFFICE_BEFORE,
    ambiguous_ok,
    fold,
    introduced,
)
from .name_context import (
    looks_like_english as _looks_english,
)
from .name_forms import TITLE_WORDS as _TITLE_WORDS  # noqa: F401 (warning.py reads it here)
from .name_forms import (
    TITLES_BEFORE,
    initials_after,
    lower_case_slot,
    short_genitive,
    speech_after,
)
from .name_grammar import greeted, speaks_after
from .name_index import (
    _MIN_FUZZY_LEN,
    _NAME_LIKE,
    _NOT_NAMES,
    _WORD,
    NameIndex,
    _Hit,
    _Part,
)
from .name_kinds import named_in_passing
from .name_kinds import ordinary_sense as ordinary_kind
from .name_neighbours import neighbour, same_person_next, someone_else
from .name_noun_senses import noun_pair
from .name_nouns import listed_with_organisations, noun_form
from .name_offices import office_of_another
from .name_openings import closing_address
from .name_ordinary import ordinary_sense
from .name_pet_forms import pet_form
from .name_plain_words import article_and_adjectives_before, plain_word
from .name_public_senses import public_or_word
from .name_senses import (
    in_fiction,
    initial_before,
    is_form_of_address,
    lower_case_full_name,
    other_sense,
)
from .name_shapes import namesake_or_word, person_slot
from .name_slots import (
    addressed_short,
    attributive_after,
    contribution_compound,
    determiner_before,
    german_adjective_opening,
    german_determiner_before,
    saint_before,
    short_form,
    short_form_slot,
    the_before,
)
from .name_talk import (
    disclaimed,
    famous_namesake_disclaimed,
    introduced_by_name,
    spoken_of_as_word,
)
from .name_things import glossed, names_a_thing

_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")
# Gap allowed between two words of one name: spaces or a hyphen.
_JOIN = re.compile(r"[ \t]{1,2}|\s?[-‐]\s?|['’]")  # "N'Diaye" is one run
_ENGLISH_ONLY = frozenset(gazetteer.ENGLISH_ONLY_NAME_WORDS)
# "the Pope's visit", "the Dean's office": after "the", a possessive before a noun is an
# office's or a thing's; a name takes no article ("the Osei paper" is attributive) (round 15)
_THE_NAMES_AFTER = re.compile(r"[ \t]+[a-z]")


def _search_before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """Match *pattern* (anchored with ``$``) against a short window ending at *end*.

    Looking only at the last 60 characters keeps ``find`` linear in the text length.
    """
    return pattern.search(text, max(0, end - 60), end)


class NameMatcher(NameIndex):
    """Find roster names in text; build once per roster, call ``find`` per post (the index
    of the roster's names and its lookup are ``name_index.NameIndex``)."""
    def find(self, text: str, blocked: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Return (start, end) ranges of roster names in *text*, skipping *blocked* ranges."""
        return self.find_with_vetoes(text, blocked)[0]

    def find_with_vetoes(self, text: str, blocked: Sequence[tuple[int, int]] = ()
                         ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The names of ``find``, and the ranges of roster words that a rule says mean
        somebody or something else (a public figure or brand, a name talked about as a word,
        a trade, a fixed phrase, "across the Jordan"): the learned tagger may not add those
        back."""
        vetoes: list[tuple[int, int]] = []
        ranges = Ranges(blocked)
        hits: list[_Hit] = []
        skip_until = 0
        for m in _WORD.finditer(text):
            if m.start() < skip_until:
                continue
            if ranges.starts and ranges.overlaps(m.start(), m.end()):
                continue
            word = m.group()
            public = self._public.get(fold(word))
            if public and (pm := public.match(text, m.start())) and not (
                    self._namesake_introduced(text, pm)):
                skip_until = pm.end()  # "Gerhard Schröder's": nobody from the roster
                vetoes.append((m.start(), pm.end()))
                continue
            parts, fuzzy = self._lookup(word)
            if not parts:
                parts, fuzzy = self._lookup_in_slot(text, m, hits)
            if parts:
                hits.append(_Hit(m.start(), m.end(), list(parts), fuzzy))
        spans = []
        for run in self._runs(text, hits):
            span = self._accept(text, run, vetoes)
            if span:
                spans.append(span)
        return spans, vetoes

    def _namesake_introduced(self, text: str, public: re.Match[str]) -> bool:
        """ "Thomas Müller from the Regionaldirektion Bayern": the participant who shares a
        public figure's whole name, introduced as somebody in the room."""
        return (" ".join(fold(w) for w in _WORD.findall(public.group())) in self._full
                and introduced(text, public.end()))

    def _lookup_in_slot(self, text: str, m: re.Match[str],
                        hits: list[_Hit]) -> tuple[list[_Part], bool]:
        """Forms that count only in a slot that shows a name (``name_forms``): a lower-case
        typo before a verb of speaking ("what kowalcyk wrote") or after the participant's
        given name ("grace fisher"), a short name's genitive ("Lis Hinweis")."""
        word = m.group()
        key = fold(word)
        if pet := pet_form(self, text, m):
            return pet, False  # round 8 (name_pet_forms): "vicky do you …", "doro heil"
        if typo := slot_lookup(self, text, m):
            return typo, True  # round 9 (name_addressed): "Herr Dhal", "frau kaltenbch"
        if short_genitive(text, m) and key[:-1] in self._index:
            return [p for p in self._index[key[:-1]] if p.kind == "given"], False
        if word[:1].isupper() and (greeted(text, m.start(), m.end())
                                   or addressed_short(text, m.start(), m.end())):
            found = short_form(key, self._given)  # "Hi Max," for Maximilian
            return [_Part(entry, "given", False) for entry in found], False
        entries = self._prefixes.get(key, ())
        if len(entries) == 1 and word[:1].isupper() and key not in _NAME_LIKE:
            entry = next(iter(entries))
            if short_form_slot(text, m.start(), m.end(), self._given[entry], self._family[entry],
                               common=key in self._first_names):
                return [_Part(entry, "given", False)], False  # "Alex said", "Alex Wolff"
        prev = hits[-1] if hits and _JOIN.fullmatch(text[hits[-1].end:m.start()]) else None
        given = {p.entry for p in prev.parts if p.kind == "given"} if prev else set()
        if given and word[:1].isupper() and len(key) >= _MIN_FUZZY_LEN:
            # round 18: the participant's own surname two letters off, right after their
            # given name: "Baraka Mwakusya" for Baraka Mwakyusa
            own = [(e, f) for e in sorted(given) for f in self._family[e]
                   if len(f) >= _MIN_FUZZY_LEN and f[:1] == key[:1]]
            near = [e for e, f in own if OSA.distance(key, f) <= 2]
            if near:
                return [_Part(e, "family", False) for e in near], True
        if (len(key) < _MIN_FUZZY_LEN + 1 or not word.islower() or key in _NOT_NAMES
                or key in self._first_names or not (given or lower_case_slot(text, m))):
            return [], False
        best = process.extractOne(key, self._fuzzy_keys, scorer=OSA.distance, score_cutoff=1)
        if best is None:
            return [], False
        return [p for p in self._index[best[0]] if p.kind == "family" and (
            p.entry in given if given else not p.ambiguous)], True

    def _is_roster_word(self, word: str) -> bool:
        return fold(word) in self._index

    def _affiliations_of(self, run: list[_Hit]) -> list[str]:
        entries = {p.entry for h in run for p in h.parts}
        return [self._affiliations[e] for e in sorted(entries) if e < len(self._affiliations)]

    @staticmethod
    def _runs(text: str, hits: list[_Hit]) -> list[list[_Hit]]:
        """Group adjacent hits that can belong to one participant ("Katharina Müller")."""
        runs: list[list[_Hit]] = []
        current: list[_Hit] = []
        entries: set[int] = set()
        for hit in hits:
            hit_entries = {p.entry for p in hit.parts}
            if current and _JOIN.fullmatch(text[current[-1].end:hit.start]) and (
                entries & hit_entries
            ):
                current.append(hit)
                entries &= hit_entries
                continue
            if current:
                runs.append(current)
            current, entries = [hit], hit_entries
        if current:
            runs.append(current)
        # Keep only the parts of the participant the whole run agrees on.
        for run in runs:
            shared = set.intersection(*({p.entry for p in h.parts} for h in run))
            for h in run:
                h.parts = [p for p in h.parts if p.entry in shared]
        return runs

    def _accept(self, text: str, run: list[_Hit],
                vetoes: list[tuple[int, int]]) -> tuple[int, int] | None:
        start, end = run[0].start, run[-1].end
        if _NAMED_AFTER.match(text, end) or _NAMED_AFTER_CHAIN.search(
                text, max(0, start - 60), start):
            return None  # "Goethe-Institut", "Willy-Brandt-Platz": named after somebody
        if _OFFICE_BEFORE.search(text, max(0, start - 40), start) and any(
                fold(h.word(text)) in self._public_family for h in run):
            vetoes.append((start, end))  # round 8: nor may the tagger add "Ex-Minister Heil"
            return None  # "Chancellor Scholz", "Präsident Ruto": the office holder
        if office_of_another(text, start, self._affiliations_of(run), end):
            vetoes.append((start, end))
            return None  # round 15 (name_offices): "Außenminister Wadephul", not the DGB's
        if in_fiction(text, end):
            return None  # a namesake in fiction: "Herr Weber aus dem Kinderbuch"
        title = _search_before(TITLES_BEFORE, text, start)
        possessive = _POSSESSIVE_AFTER.match(text, end)
        span = (title.start() if title else start, possessive.end() if possessive else end)
        if start and text[start - 1] == "@":
            return span  # a chat mention "@Rose" (the contact finder left it to us)
        real = [h for h in run if any(p.kind != "particle" for p in h.parts)]
        if len(real) >= 2:
            if all(p.ambiguous for h in real for p in h.parts) and not any(
                    text[h.start].isupper() for h in real) and not lower_case_full_name(
                    text, real[0].start, [p.kind for p in real[0].parts],
                    [p.kind for p in real[-1].parts]):
                return None  # "we will grant": words, even side by side
            return span  # two name parts of one participant side by side
        if not real:
            return None  # a lone "von" or "El"
        hit = real[0]
        parts = [p for p in hit.parts if p.kind != "particle"]
        word = text[hit.start:hit.end]
        initials = initials_after(text, end, [self._initials[p.entry] for p in parts
                                              if p.kind == "given"])
        if initials:
            return span[0], initials  # "Joy M.-B.": the given name and the family initials
        if disclaimed(text, start, end) and not (
                fold(word) in self._public_family and famous_namesake_disclaimed(text, end)):
            vetoes.append(span)
            return None  # "Mr Fischer – no relation to anyone here"; not "R. Merkel (no relation)"
        if not title and (spoken_of_as_word(text, start, end)
                          or introduced_by_name(text, start, end)):
            vetoes.append((start, end))
            return None  # "Demir means iron", "a nurse named Florian"
        if not title and (names_a_thing(text, start, end, self._index)
                          or glossed(text, start, end, self._index)):
            vetoes.append((start, end))
            return None  # "Florence, Rome and Naples", "Baraka, Swahili for blessing"
        if not title and ordinary_sense(text, start, end, word,
                                        any(p.kind == "family" for p in parts), self._index):
            vetoes.append((start, end))
            return None  # "Wolke zieht auf", "Kenya exports", "King David" (name_ordinary)
        if not title and ordinary_kind(self, text, hit):
            vetoes.append((start, end))
            return None  # round 7 (name_kinds): "Storm Daniel", "on Sunday", "Felix the Cat"
        if namesake_or_word(self, text, hit, title.group() if title else None):
            vetoes.append(span)
            return None  # round 8 (name_shapes): "Herr Stamp" for Clara, "Lake Victoria"
        if public_or_word(self, text, hit, title.group() if title else None):
            vetoes.append(span)
            return None  # round 9 (name_public_senses): "Sheikh Tariq", "the red brick"
        if not title and closing_address(text, start, end, word,
                                         any(p.kind == "given" for p in parts),
                                         all(p.ambiguous for p in parts)):
            return span  # round 15 (name_openings): "welches projekt war das tobias?"
        if not title and plain_word(text, start, end):
            vetoes.append((start, end))
            return None  # round 9 (name_plain_words): "Cash transfers help", "the fast lane"
        initial = initial_before(text, start, {g for p in parts if p.kind == "family"
                                               for g in self._given[p.entry]})
        if initial is not None:
            return initial, span[1]  # "MfG R. Sommer": the initial of the given name
        if title:
            if (word.islower() and (all(p.ambiguous for p in parts)
                                    or title.group()[:1].isupper())
                    and not is_form_of_address(title.group())):
                return None  # "the minister will announce", "Der Minister malte": a word
            return span
        if named_in_passing(text, start, end, hit.fuzzy, parts, self._index):
            return span  # round 7 (name_kinds): "Kranisch – pardon, Kranich –", "an Gärtner"
        if person_slot(self, text, hit):
            return span  # round 8 (name_shapes): "said, could you …", "agree w/ bach"
        if addressed_slot(self, text, hit):
            return span  # round 9 (name_addressed): "misread it, Ian, but", "Is Ude online?"
        if contribution_compound(text, start, end):
            return span  # "der Koch-Vorschlag": the name and a contribution
        if other_sense(text, start, end, word, self._index):
            vetoes.append((start, end))
            return None  # "Ein Müller in Franken", "Im Park", "Schneider sind selten"
        # Inside a hyphenated compound only an unambiguous surname counts: "Müller-Papier"
        # is about Müller, "Paul-Ehrlich-Institut" and "Rose-tinted" are not about anybody.
        before, after = text[max(0, start - 2):start], text[end:end + 2]
        in_compound = bool(re.fullmatch(r"\w[-‐]", before) or re.fullmatch(r"[-‐]\w", after))
        if in_compound and (hit.fuzzy or not any(p.kind == "family" and not p.ambiguous
                                                 for p in parts)):
            return None
        if hit.fuzzy and not word[0].isupper() and not (speaks_after(text, end)
                                                        or speech_after(text, end)):
            return None  # but "what kowalcyk wrote": a typo in a slot for a name
        if hit.fuzzy and all(p.ambiguous for p in parts):
            return None  # "Webber" is Weber only with a title: "Herrn Webber"
        if hit.fuzzy and (determiner_before(text, start) or article_and_adjectives_before(
                text, start)) and not attributive_after(text, end):
            return None  # "kein Mensch" is not Mensah: a typo of a name has no article
        genitive = fold(word) not in self._index
        if not title and noun_form(text, end, word, genitive, hit.fuzzy, _looks_english(text),
                                   {n for p in parts for n in self._family[p.entry]}):
            vetoes.append((start, end))
            return None  # round 17 (name_nouns): "the nurses from Kerala", "Sonntags kommen"
        if saint_before(text, start):
            vetoes.append((start, end))
            return None  # round 19: "kita st. martin", "St. Martin's lantern walk"
        if not title and word[:1].isupper() and listed_with_organisations(
                text, start, end, _looks_english(text), self._is_roster_word):
            vetoes.append((start, end))
            return None  # round 18 (name_nouns): "Zoll, Polizei und Arbeitsschutz"
        # German capitalises nouns, so a capitalised "Grant" or "Hope" there may be the
        # English loan word; a lower-case one is not German at all, so it is the name.
        english_word_in_german = (word.islower() and fold(word) in _ENGLISH_ONLY
                                  and len(word) > 3 and not _looks_english(text))
        if (word[:1].isupper() and not _looks_english(text) and german_determiner_before(
                text, start) and not in_compound and not attributive_after(text, end)):
            vetoes.append((start, end))
            return None  # round 15: "auf diese Weise", "über den Brenner": a German noun
        if (not _looks_english(text) and not in_compound and not genitive
                and german_adjective_opening(text, start, end, self._is_roster_word)):
            vetoes.append((start, end))
            return None  # round 16: "Reiche Länder importieren …": an adjective
        if the_before(text, start) and not attributive_after(text, end) and (
                not possessive or _THE_NAMES_AFTER.match(text, possessive.end())):
            vetoes.append((start, end))
            return None  # "across the Jordan": a place, not "the Osei paper"
        if (all(p.ambiguous for p in parts) and not english_word_in_german
                and not ambiguous_ok(text, start, end, word, genitive,
                                     given=any(p.kind == "given" for p in parts),
                                     neighbour=neighbour(self, text, start, end, parts))):
            return None
        if (all(p.ambiguous for p in parts) and _looks_english(text)
                and re.match(r"[ \t]+[A-Z][a-z]", text[end:end + 3])
                and not same_person_next(self, text, end, parts)):
            return None  # "Grant Thornton", "Weber Shandwick": another name, not ours
        if (not all(p.ambiguous for p in parts) and not _looks_english(text)
                and word[:1].isupper() and not speaks_after(text, end)
                and noun_pair(text, start, end)
                and neighbour(self, text, start, end, parts) < 0):
            vetoes.append((start, end))
            return None  # "Roggen und Weizen werden angebaut": German nouns, no people
        if someone_else(self, text, start, end, parts):
            vetoes.append((start, end))  # round 7: nor may the tagger add "Levi Strauss"
            return None
        return span
