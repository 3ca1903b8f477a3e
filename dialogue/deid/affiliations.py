"""AFFILIATION detection: phrases in which writers reveal their own organisation or post.

An organisation named as the *subject* of a sentence ("the BMZ should lead ...") is fine
under the Chatham House Rule; what must go is the self-reference that ties the writer to
it.  The grammar has two parts:

- an **anchor** in the first person: a possessive ("our", "unser"), a verb of belonging
  ("I work for", "coming from", "representing", "ich arbeite bei", "wir von der"), a role
  marker ("speaking as", "I'm a", "als" in a first-person sentence), a self-introduction
  ("… here, from", "… hier, vom"), a relative clause after the phrase ("…, where I sit",
  "…, bei der ich arbeite") or a fronted place ("At GIZ, we", "Im Jobcenter … erleben wir");
- an **extent** (``phrases.py``): the noun phrase after the anchor, over adjectives,
  nationalities, organisation nouns, names and acronyms, and on through "in/at/of + place
  or unit", possessive "'s" chains and genitives, up to the words that complete it.

Beside the anchors, shapes with no anchor word of their own each have a module:
``aff_relatives`` (the organisation first, then "…, where I sit"), ``aff_signatures``
(signature blocks and openings: "Name | ORG, unit | mail", "BMI, Referat M I 4, wir …"),
``aff_addressed`` (a named participant: "Name of the …", "Name, as you're with …"),
``in_room``, ``aff_room_roles`` and ``aff_someone`` (other people in the room; ``aff_someone``
also a job told by its work or field), ``aff_members`` ("wir bei den Maltesern in Köln"),
``clauses`` (clause shapes),
and ``aff_anchors`` adds anchors of periods, moves and perspectives ("In my eight years
with …", "I'll be moving to …", "Aus unserer Sicht als …").

No organisation list is needed: the head is recognised by its kind ("consulate",
"-behörde", "shop steward", "-beauftragte"); known acronyms and the roster's distinctive
words only add evidence.  Every pattern here is roster independent and compiled once per
process, so building a detector for a new roster costs a set of words, not a recompile.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from . import gazetteer
from .aff_addressed import find_addressed
from .aff_anchor_checks import (
    CLOSED,
    COMPOUND_HEAD,
    GENITIVE_POSS,
    HABE,
    MEDIA,
    comparison_or_other_subject,
    customer_of,
    home_place,
    named_before,
    plural_kind,
    received_as_client,
)
from .aff_backward import backward_over_genitive
from .aff_members import find_members
from .aff_predicates import find_predicates
from .aff_present import find_present
from .aff_relatives import find_relatives
from .aff_roles import find_agent_roles
from .aff_sides import from_a_side
from .aff_signatures import find_openings, find_signatures
from .aff_someone import find_someone
from .aff_verbs import reports_client
from .aff_you import find_you_and_present
from .affiliation_words import COUNTRY_WORDS
from .anchors import (
    _COMPILED,
    _F,
    _FIRST_PERSON,
    _FRONT,
    _FRONT_FOLLOWS,
    _FRONTED,
    _NEGATED,
    _RELATIVE,
    _SENTENCE_END,
    _TEXT_WORD,
    _VISIT,
)
from .clauses import _lang, extend, find_clauses
from .in_room import find_in_room
from .phrases import (
    Phrase,
    Tokens,
    backward_phrase,
    classify,
    describing_clause_end,
    phrase_at,
)

# German verbs of representation: whatever capitalised noun follows is the one represented
# ("ich spreche hier für den Paritätischen", "ich vertrete die Arbeiterwohlfahrt").
_SPEAKS_FOR = re.compile(r"\b(?:vertrete|spreche|Namen)\b", _F)
_OPINIONS = {"meinung", "ansicht", "auffassung", "position", "standpunkt", "these", "haltung",
             "sicht", "linie", "idee", "überzeugung", "ansatz", "argument", "vorschlag",
             "forderung", "interessen", "sache", "seite", "perspektive"}
_GENERIC_FIRST_WORDS = {
    "federal", "embassy", "deutsche", "deutscher", "deutsches", "international", "european",
    "zentrale", "bundesministerium", "ministry", "german", "the", "republic", "office",
    "national", "kingdom", "der", "die", "das",
}


def _known_words(affiliations: Iterable[str]) -> frozenset[str]:
    """Short forms of known organisations, folded: acronyms ("BMZ", from the gazetteer, from
    "(…)" in a roster affiliation, or its capitals) and a distinctive first word
    ("Pflegepartner"). Ordinary words of a long name ("Migration", "Policy") are left out:
    they would make "coming from a migration background" an affiliation."""
    words = {a.lower() for a in gazetteer.ORGANISATION_ACRONYMS}
    for affiliation in affiliations:
        found = set(re.findall(r"\(([^()]{2,20})\)", affiliation))
        parts = re.sub(r"\([^()]*\)", " ", affiliation).split()
        capitals = "".join(p[0] for p in parts if p[:1].isupper())
        if len(capitals) >= 3:
            found.add(capitals)
        found |= {p for p in parts if p.isupper() and len(p) >= 2 or "." in p.strip(".")}
        if parts and len(parts[0]) >= 4 and parts[0].lower() not in _GENERIC_FIRST_WORDS \
                and parts[0].lower() not in COUNTRY_WORDS:
            found.add(parts[0])
        words |= {f.strip().lower() for f in found if len(f.strip()) >= 2}
    return frozenset(words)




class AffiliationMatcher:
    """Find self-referential affiliation phrases; cheap to build per roster."""

    def __init__(self, affiliations: Iterable[str] = ()):
        self.known = _known_words(affiliations)

    def find(self, text: str, blocked: Sequence[tuple[int, int]] = (),
             names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Return (start, end) ranges of affiliation disclosures, possibly overlapping.

        *blocked* ranges (names, contacts) are never part of a phrase; *names* are the
        PERSON spans, after which "from the BAMF" ties that participant to the BAMF."""
        tokens = Tokens(text, blocked, self.known)
        found: list[tuple[int, int]] = []
        present = set(_TEXT_WORD.findall(text.lower()))
        for kind, lang, gate, pattern in _COMPILED:
            if not gate & present:
                continue
            for m in pattern.finditer(text):
                if tokens.is_blocked(m.start()) or kind.startswith("belong") and _NEGATED.search(
                        m.group()):
                    continue  # "ich bin nicht vom BMAS": a denial, not a post
                if kind == "intro" and not any(
                        0 <= m.start() - e <= 2 for e in tokens.blocked.ends):
                    continue  # "<name> here, co-founder of …", not "glad to be here, the BAMF …"
                if m.group()[:4].lower() == "here" and not named_before(text, tokens, m.start()):
                    continue  # "Tom here, from the …", not "people already here with a Duldung"
                if kind.endswith("?") and (not self._first_person_sentence(text, m.start())
                                           or comparison_or_other_subject(text, m.start())):
                    continue  # "schwerer zu finden als ein Manager", "Fischer hat als …"
                obj = kind.endswith("+obj")
                kind = kind.removesuffix("+obj")
                phrase = phrase_at(tokens, m.end(), lang, loose=kind == "any")
                if phrase and kind == "belong" and (
                        _VISIT.search(m.group()) or _VISIT.match(text, phrase.end)):
                    continue  # "ich war schon mal in der …", "I was at the embassy yesterday"
                if phrase and lang == "de" and HABE.match(m.group()) and received_as_client(
                        text, phrase.end):
                    continue  # "Ich habe bei der Caritas einen Kurs gemacht": a client (h14z)
                if phrase and lang == "de" and phrase.proper and kind == "belong" and (
                        phrase.closed or re.search(r"\b(?:bei|für)\s+$", m.group(), _F)
                        and phrase.start == m.end() or _SPEAKS_FOR.search(m.group())
                        and text[phrase.start:phrase.end].split()[0].lower() not in _OPINIONS):
                    phrase.kinds.add("employer")  # "bei Siemens", "bei der AWO … tätig"
                if phrase and kind == "poss" and (home_place(text, m.group(), phrase)
                                                  or customer_of(text, m.group(), phrase)
                                                  or COMPOUND_HEAD.match(text, phrase.end)
                                                  or text[phrase.start:phrase.end].lower()
                                                  in {"employer", "employers", "boss"}):
                    continue  # "In meinem Landkreis gibt es …": where the writer lives; "our
                    # office hours", "my hospital stay": the organisation only a modifier; "my
                    # employer" alone names nobody (but "my employer, a care home in …")
                if phrase and kind.startswith("belong") and lang == "de" and phrase.head == {
                        "role"} and re.search(r"\bbei(?:m|\s+der|\s+dem)?\s+$", m.group(), _F):
                    continue  # "vorher war ich beim Arzt": a visit to somebody's practice
                if phrase and kind == "self-org" and not CLOSED.match(text, phrase.end):
                    continue  # "I'm ZAV, by the way", not "I'm IT literate", "I'm BA student"
                if phrase and _accept(kind.rstrip("?"), lang, phrase):
                    start = self._start(text, m, tokens)
                    if kind == "poss":
                        start = self._owner_before(tokens, start)
                    end = describing_clause_end(text, tokens, phrase)
                    if obj:  # "ich betreue bei der ZAV *die Vermittlung von Pflegekräften*"
                        task = phrase_at(tokens, end, lang, loose=True)
                        if task and tokens.at(task.start) - tokens.at(end) <= 1:
                            end = task.end
                    found.append((start, end))
        for m in _FRONT.finditer(text):
            word = m.group().split()[0].lower()
            lang = "en" if word in {"as", "for"} else "de"
            phrase = phrase_at(tokens, m.end(), lang)
            if (phrase and not tokens.is_blocked(m.start(), phrase.end)
                    and (_accept("front" if word in {"as", "als"} else "front-org", lang, phrase)
                         or word == "for" and phrase.proper)  # "For Acme, I can say"
                    and _FRONT_FOLLOWS[word].match(text, phrase.end)
                    and not (word in {"for", "für", "aus"} and plural_kind(text, phrase))
                    and not (word == "aus" and MEDIA.match(text, phrase.start))):
                found.append((m.start(), describing_clause_end(text, tokens, phrase)))
        for m in _RELATIVE.finditer(text):
            end = self._clause_end(tokens, m.end())
            before = [i for i, (_, b) in enumerate(found) if m.start() - 2 <= b <= m.start()]
            if before:  # "In unserer Klinik in Bielefeld, wo ich die Pflegedirektion leite"
                i = before[0]
                found[i] = (found[i][0], end)
                continue
            phrase = backward_phrase(tokens, m.start()) or backward_over_genitive(
                tokens, m.start())  # "Die Botschaft der Republik Kenia, die ich vertrete"
            if phrase and phrase.strong:
                found.append((phrase.start, end))
        found += find_in_room(text, tokens, names)
        for m in _FRONTED.finditer(text):
            if re.match(r"(?:mein|unser|my|our)", text[m.end():], _F):
                continue  # "In unserem Referat": the possessive anchor has it
            lang = "en" if m.group()[:2] in {"He", "At", "Wi"} or m.group() == "In " else "de"
            phrase = phrase_at(tokens, m.end(), lang)
            if phrase and (phrase.strong or phrase.known or phrase.acronym):
                after = re.match(r",?\s*(?:\w+\s+)?(?:we|I|wir|ich)\b", text[phrase.end:])
                clause = re.split(r"[.;:!?]", text[phrase.end:], maxsplit=1)[0]
                if after and not reports_client(clause):  # "Bei der Caritas, wo ich mich
                    # beraten ließ, …": a client
                    found.append((m.start(), phrase.end + after.end()))
        found += find_clauses(text, tokens, names)
        lang = _lang(text)
        found += find_relatives(text, tokens, lang)
        found += find_someone(text, tokens, lang)
        found += find_members(text, tokens)  # "wir bei den Maltesern in Köln"
        found += find_you_and_present(text, tokens, lang)  # "bei Ihnen im Ministerium"
        found += find_present(text, tokens, lang)  # "die anwesenden Kammern", "jemand vom …"
        found += from_a_side(text, tokens, lang)  # "From the BMZ side: …"
        found += find_agent_roles(text, tokens, lang)  # "as a psychotherapist I …"
        found += find_addressed(text, tokens, names, lang) if names else []
        named = set(names)
        contacts = [r for r in blocked if r not in named]
        found += find_signatures(text, tokens, names, contacts)
        found += find_openings(text, tokens, contacts, lang)
        found += find_predicates(text, tokens, names, found, lang)  # "X ist der …", "you are with"
        return extend(text, tokens, found)

    @staticmethod
    def _start(text: str, m: re.Match[str], tokens: Tokens) -> int:
        """Self-introductions start at the preposition ("from the …"), not at the name; a
        phrase never starts before a name inside its anchor ("ich bin Tom Braun aus …")."""
        here = re.match(r"here\s*[,:–—-]?\s*|hier\s*[,:–—-]?\s*", m.group(), _F)
        if here:
            return m.start() + here.end()
        intro = re.match(r"(?:this\s+is|my\s+name\s+is|I(?:'m|’m|\s+am)|ich\s+bin)\s+"
                         r"(?:die\s+|der\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s*,?\s+"
                         r"(?=from|with|of|vom|von|aus)", m.group())
        if intro and not re.match(r"I(?:'m|’m|\s+am)\s+(?:with|from|at|in|on)\b|ich\s+bin\s+"
                                  r"(?:vom|von|aus)\b", m.group(), _F):
            return m.start() + intro.end()
        start = m.start()
        for a, b in zip(tokens.blocked.starts, tokens.blocked.ends, strict=True):
            if start <= a < m.end():
                start = b
        return start

    @staticmethod
    def _owner_before(tokens: Tokens, start: int) -> int:
        """"the trade section at our embassy": a unit before "at/in/of + our …" belongs to it."""
        i = tokens.at(start)
        if 0 < i < len(tokens) and tokens.text(i).lower() in GENITIVE_POSS:
            # "Der Arbeitsattaché unserer Botschaft", "in der Konsularabteilung unseres
            # Konsulats": a post or unit in the genitive's noun before it
            before = tokens.text(i - 1)
            if before[:1].isupper() and classify(before, "de", tokens.known) in {
                    "role", "strong", "weak"} and not tokens.token_blocked(i - 1):
                j = i - 1
                if j > 0 and tokens.text(j - 1).lower() in {"der", "die", "das", "des", "dem",
                                                            "den"}:
                    j -= 1
                return tokens.items[j][0]
        if i >= len(tokens) or tokens.text(i).lower() not in {"at", "in", "of", "within", "bei",
                                                             "im", "an"}:
            return start
        phrase = backward_phrase(tokens, start)
        return phrase.start if phrase and phrase.kinds & {"weak", "strong", "role"} else start

    @staticmethod
    def _clause_end(tokens: Tokens, end: int) -> int:
        """A relative clause runs on over its place: "The foreigners' office I run in Kassel"."""
        i = tokens.at(end)
        if i < len(tokens) and tokens.text(i).lower() in {"in", "at", "im"}:
            phrase = phrase_at(tokens, tokens.items[i][0], "en")
            if phrase is None and i + 1 < len(tokens):
                nxt = tokens.items[i + 1]
                if nxt[2][:1].isupper():
                    return nxt[1]
        return end

    @staticmethod
    def _first_person_sentence(text: str, pos: int) -> bool:
        """Whether the sentence around *pos* is in the first person ("As a nurse, I …")."""
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, pos)), default=0)
        end_m = _SENTENCE_END.search(text, pos)
        end = end_m.start() if end_m else len(text)
        return bool(_FIRST_PERSON.search(text, start, end))


def _accept(kind: str, lang: str, phrase: Phrase) -> bool:
    """Whether the phrase after an anchor of *kind* reveals an organisation or post."""
    if phrase.civic and not phrase.kinds & {"strong", "weak", "acronym", "known", "role",
                                            "roles", "proper"}:
        return False  # "we in the city", "a small town in Ghana", but "the city of Bochum"
    if kind == "role":
        return phrase.role or phrase.roles
    if kind == "any":  # "as the person responsible for visas at our consulate"
        return True
    if kind == "post":  # "In my time at …": an organisation or post, a weak noun with more
        return bool(phrase.kinds & {"strong", "acronym", "known", "role", "roles"}
                    or ("weak" in phrase.kinds and phrase.detailed))
    if kind in {"unit", "intro"}:
        return (phrase.strong or phrase.weak or phrase.acronym or phrase.known or phrase.role
                or phrase.roles or phrase.civic)
    if kind in {"poss", "own", "front", "front-org", "self-org"}:
        # the possessed noun itself must be an organisation or a post ("our ministry", not
        # "our team"); after a verb or a fronted "As/Für" an acronym or known name will do
        head = phrase.head
        if kind in {"front-org", "self-org"}:
            head = head - {"role", "roles"}
            return bool(head & {"strong", "acronym", "known"} or "weak" in head
                        and phrase.detailed)
        return bool(head & {"strong", "role"} or (head & {"weak", "roles"} and phrase.detailed)
                    or (kind != "poss" and phrase.kinds & {"acronym", "known"}))
    # belong: an organisation, an acronym, a known name; in English also any proper name
    # that is not a place ("I work for Acme"); German capitalises every noun, so there a
    # capital alone proves nothing ("wir in der Praxis").
    return (phrase.strong or phrase.weak or phrase.acronym or phrase.known or phrase.role
            or phrase.roles or phrase.employer or (lang == "en" and phrase.proper)
            or phrase.civic)
