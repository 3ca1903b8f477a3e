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

No organisation list is needed: the head is recognised by its kind ("consulate",
"-behörde", "shop steward", "-beauftragte"); known acronyms and the roster's distinctive
words only add evidence.  Every pattern here is roster independent and compiled once per
process, so building a detector for a new roster costs a set of words, not a recompile.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from . import gazetteer
from .affiliation_words import COUNTRY_WORDS
from .phrases import Phrase, Tokens, backward_phrase, phrase_at

_F = re.IGNORECASE
_EN_DET = r"(?:(?:the|a|an)\s+)?"
_DE_AT = (r"(?:beim|bei\s+der|bei\s+dem|bei\s+einer|bei\s+einem|bei|im|in\s+der|in\s+dem|"
          r"in\s+einer|in\s+einem|in|am|an\s+der|vom|von\s+der|von\s+dem|von\s+einer|"
          r"von\s+einem|von|aus\s+dem|aus\s+der|für\s+die|für\s+den|für\s+das|für\s+eine|"
          r"für\s+einen|für)")

# Adverbs between "ich arbeite" and its place: "arbeite ich doch selbst seit Jahren im …"
_DE_FILLER = r"(?:(?:doch|selbst|auch|schon|noch|jetzt|inzwischen|hauptberuflich)\s+){0,3}"

# (kind, language, gate, pattern). The kind says what the phrase after the anchor must
# contain: "poss" (an organisation noun, or a weak one with more words), "belong" (an
# organisation, an acronym or a name), "unit" (an organisation noun), "role"; "role?" also
# needs a first-person sentence. The gate lists words the pattern cannot match without,
# so a text only pays for the few anchors whose words it contains.
_ANCHORS: list[tuple[str, str, str, str]] = [
    # possessives: "our consulate in Lagos", "in my unit at the BMZ", "unser Jobcenter"
    ("poss", "en", "my our",
     r"\b(?:(?:in|at|from|within|for|of|with|on)\s+)?(?:my|our)\s+(?:own\s+)?"),
    ("poss", "de", "mein meine meinem meinen meiner meines unser unsere unserem "
     "unseren unserer unseres",
     r"\b(?:(?:in|aus|von|bei|an|für|mit|zu)\s+)?(?:Sicht\s+)?"
                   r"(?:mein|unser)(?:e|em|en|er|es)?\s+"),
    # verbs of belonging
    ("belong", "en", "we us", r"\b(?:we|us)\s+(?:here\s+)?(?:at|in|from|within|with|on)\s+"),
    ("belong", "en", "work worked working serve served volunteer volunteered intern",
     r"\bI\s+(?:currently\s+|still\s+|now\s+|also\s+)?(?:work|worked|am\s+working|"
                     r"serve|served|volunteer|volunteered|intern)\s+(?:here\s+)?"
                     r"(?:for|at|in|with)\s+"),
    ("belong", "en", "working employed based",
     r"\b(?:working|employed|based)\s+(?:for|at|with|by)\s+"),
    ("belong", "en", "m am",
     r"\bI(?:'m|’m|\s+am)\s+(?:currently\s+|now\s+)?(?:with|from|at|employed\s+by|"
                     r"based\s+at)\s+"),
    ("belong", "en", "coming come came", r"\b(?:coming|I\s+come|I\s+came)\s+from\s+"),
    ("belong", "en", "representing represent speaking writing speak write behalf",
     r"\b(?:representing|I\s+represent|speaking\s+for|writing\s+for|"
                     r"I\s+(?:speak|write)\s+(?:here\s+)?(?:for|on\s+behalf\s+of)|"
                     r"speaking\s+on\s+behalf\s+of|on\s+behalf\s+of)\s+"),
    ("belong", "en", "role capacity function position job work post perspective experience",
     r"\b(?:in|from)\s+my\s+(?:(?:previous|current|former|old|new|day|daily)\s+)?"
     r"(?:role|capacity|function|position|job|work|post|perspective|experience)\s+"
     r"(?:at|with|in|for)\s+"),
    ("belong", "en", "part member",
     r"\bI(?:'m|’m|\s+am|\s+was)\s+(?:a\s+|an\s+active\s+)?(?:part|member)\s+of\s+"),
    ("belong", "en", "perspective view side",
     r"\b(?:from|in)\s+(?:our|my)\s+(?:perspective|view|side|end)\s+(?:at|in)\s+"),
    ("belong", "en", "here", r"\bhere\s*[,:–—-]?\s*(?:from|with|at|for)\s+"),
    ("belong", "en", "someone somebody one",
     r"\bas\s+(?:someone|somebody|one)\s+(?:who\s+(?:works|worked|sits)|working|employed|"
     r"based)\s+"
                     r"(?:at|for|in|with)\s+"),
    ("belong", "en", "joined lead head run chair manage coordinate sit joining having",
     r"\b(?:I\s+(?:joined|lead|head|run|chair|manage|coordinate|sit\s+on)|"
                     r"(?:before|after|since)\s+joining|having\s+(?:worked|served)\s+"
                     r"(?:at|for|in|with))\s+"),
    ("belong", "en", "where", r"\bwhere\s+I\s+(?:sit|work)\s+(?:in|at)\s+"),
    ("belong", "en", "m am", r"\bI(?:'m|’m|\s+am)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s*,?\s+"
                     r"(?:from|with|of)\s+"),
    ("belong", "en", "this name",
     r"\b(?:this\s+is|my\s+name\s+is)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+"
                     r"(?:from|with|of)\s+"),
    ("belong", "de", "arbeite arbeitete bin war sitze",
     rf"\bich\s+(?:arbeite|arbeitete|bin|war|sitze)\s+{_DE_FILLER}(?:seit\s+\S+(?:\s+\S+)?\s+|"
                     rf"hier\s+|derzeit\s+|noch\s+|lange\s+|selbst\s+)?{_DE_AT}\s+"),
    ("belong", "de", "komme kam", r"\bich\s+(?:komme|kam)\s+(?:hier\s+)?"
                     r"(?:vom|von\s+der|von\s+dem|von|aus\s+dem|aus\s+der)\s+"),
    ("belong", "de", "vertrete namen spreche",
     r"\b(?:ich\s+vertrete|vertrete\s+ich|im\s+Namen|ich\s+spreche\s+(?:hier\s+)?"
                     r"(?:für|im\s+Namen))\s+"),
    ("belong", "de", "meiner meinem",
     rf"\b(?:in|bei|aus)\s+meine[mr]\s+(?:(?:früheren|jetzigen|derzeitigen|täglichen)\s+)?"
     rf"(?:Rolle|Funktion|Eigenschaft|Position|Arbeit|Tätigkeit|Erfahrung|Sicht|"
                     rf"Job|Stelle)\s+"
                     rf"{_DE_AT}\s+"),
    ("belong", "de", "uns wir", rf"\b(?:bei\s+uns|wir(?:\s+hier)?)\s+{_DE_AT}\s+"),
    ("belong", "de", "hier",
     r"\bhier\s*[,:–—-]?\s*(?:vom|von\s+der|von\s+dem|von|aus\s+dem|aus\s+der|"
                     r"beim|bei\s+der|im|für\s+die|für\s+den|für\s+das)\s+"),
    ("belong", "de", "leite", r"\bich\s+leite\s+"),
    ("belong", "de", "teil mitglied",
     r"\bich\s+bin\s+(?:hier\s+)?(?:ein\s+|eine\s+)?(?:Teil|Mitglied)\s+"
     r"(?:des|der|eines|einer|vom|von\s+der|im)\s+"),
    ("belong", "de", "arbeite bin war sitze",
     rf"\b(?:arbeite|bin|war|sitze)\s+ich\s+{_DE_FILLER}(?:seit\s+\S+(?:\s+\S+)?\s+|hier\s+|"
                     rf"derzeit\s+|noch\s+|selbst\s+)?{_DE_AT}\s+"),
    ("belong", "de", "jemand einer eine",
     rf"\bals\s+(?:jemand|eine[r]?)\s*,?\s+(?:der|die)\s+(?:selbst\s+)?{_DE_AT}\s+"),
    ("belong", "de", "bin",
     r"\bich\s+bin\s+(?:die\s+|der\s+)?[A-ZÄÖÜ]\w+(?:\s+[A-ZÄÖÜ]\w+)?\s*,?\s+"
                     r"(?:vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der)\s+"),
    # "we as an NGO", "wir als Gewerkschaft": an organisation noun, not "we as Germans"
    ("unit", "en", "as", r"\b(?:we|I)\s+as\s+"),
    ("unit", "en", "re are", r"\bwe(?:'re|’re|\s+are)\s+(?:a|an|the)\s+"),
    ("unit", "en", "we", r"\bwe\s*,\s+(?=the\s|a\s|an\s)"),
    ("unit", "de", "als", r"\b(?:wir|ich)\s+als\s+"),
    # roles
    ("role", "en", "as", r"\b(?:speaking|writing|here|working|talking)\s+as\s+"),
    ("role", "en", "as", r"\bin\s+my\s+(?:role|capacity|function|position)\s+as\s+"),
    ("role", "en", "m am was ve have used work worked serve",
     r"\bI(?:'m|’m|\s+am|\s+was|’ve\s+been|'ve\s+been|\s+have\s+been|"
                   r"\s+used\s+to\s+be|\s+work\s+as|\s+worked\s+as|\s+serve\s+as)\s+"
                   r"(?:(?:one|some)\s+of\s+(?:the|our|its)\s+)?"),
    ("any", "en", "responsible charge",
     r"\bI(?:'m|’m|\s+am)\s+(?:the\s+)?(?:one\s+|person\s+)?(?:responsible|in\s+charge)\s+"
     r"(?:for|of)\s+"),
    ("any", "en", "responsible charge",
     r"\bas\s+(?:the|a|an)\s+(?:person|one|official|officer)\s+(?:responsible|"
                   r"in\s+charge)\s+(?:for|of)\s+"),
    ("role?", "en", "as", r"\bas\s+"),
    ("role", "de", "als", r"\b(?:ich\s+(?:bin\s+)?(?:hier\s+)?)als\s+"),
    ("role", "de", "als", r"\bin\s+meiner\s+(?:Rolle|Funktion|Eigenschaft)\s+als\s+"),
    ("role", "de", "bin war arbeite",
     r"\bich\s+(?:bin|war|arbeite)\s+(?:hier\s+|selbst\s+|seit\s+\S+\s+)?"
                   r"(?:als\s+)?"),
    ("role?", "de", "als", r"\bals\s+"),
]
# "…, where I sit", "…, bei der ich arbeite": the phrase comes before its anchor.
_RELATIVE = re.compile(
    r",?\s*(?:(?:where|which|that|whom)\s+I\s+(?:now\s+|currently\s+)?(?:sit|work|am\s+based|"
    r"serve|represent|lead|head|run|joined|work\s+for|work\s+at)|"
    r"I\s+(?:work|worked)\s+(?:for|at|in|with)(?=\s*[,.;:!?)]|\s+(?:and|but)\b)|"
    r"(?:wo|in\s+der|in\s+dem|bei\s+der|bei\s+dem|für\s+die|für\s+den|für\s+das|das|die|den)"
    r"\s+ich\s+(?:arbeite|sitze|tätig\s+bin|beschäftigt\s+bin|vertrete|leite|arbeite\s+\w+))\b", _F)
# "At GIZ, we …", "Im Jobcenter Duisburg erleben wir …": a fronted place, then the writer.
_FRONTED = re.compile(r"(?:^|(?<=[.!?:;]\s))(?:Here\s+at|At|In|Within|Bei\s+der|Beim|Bei|Im|"
                      r"In\s+der|Am)\s+")
_FIRST_PERSON = re.compile(
    r"\b(?:I|me|my|we|us|our|myself|ich|mir|mich|mein\w*|wir|uns|unser\w*)\b", _F)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


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


_COMPILED = [(kind, lang, frozenset(gate.split()), re.compile(p, _F))
             for kind, lang, gate, p in _ANCHORS]
_TEXT_WORD = re.compile(r"[^\W\d_]+")


class AffiliationMatcher:
    """Find self-referential affiliation phrases; cheap to build per roster."""

    def __init__(self, affiliations: Iterable[str] = ()):
        self.known = _known_words(affiliations)

    def find(self, text: str, blocked: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Return (start, end) ranges of affiliation disclosures, possibly overlapping."""
        tokens = Tokens(text, blocked, self.known)
        found: list[tuple[int, int]] = []
        present = set(_TEXT_WORD.findall(text.lower()))
        for kind, lang, gate, pattern in _COMPILED:
            if not gate & present:
                continue
            for m in pattern.finditer(text):
                if tokens.is_blocked(m.start()):
                    continue
                if kind.endswith("?") and not self._first_person_sentence(text, m.start()):
                    continue
                phrase = phrase_at(tokens, m.end(), lang, loose=kind == "any")
                if phrase and _accept(kind.rstrip("?"), lang, phrase):
                    found.append((self._start(text, m), phrase.end))
        for m in _RELATIVE.finditer(text):
            phrase = backward_phrase(tokens, m.start())
            if phrase and phrase.strong:
                found.append((phrase.start, m.end()))
        for m in _FRONTED.finditer(text):
            if re.match(r"(?:mein|unser|my|our)", text[m.end():], _F):
                continue  # "In unserem Referat": the possessive anchor has it
            lang = "en" if m.group()[:2] in {"He", "At", "Wi"} or m.group() == "In " else "de"
            phrase = phrase_at(tokens, m.end(), lang)
            if phrase and (phrase.strong or phrase.known or phrase.acronym):
                after = re.match(r",?\s*(?:\w+\s+)?(?:we|I|wir|ich)\b", text[phrase.end:])
                if after:
                    found.append((m.start(), phrase.end + after.end()))
        return found

    @staticmethod
    def _start(text: str, m: re.Match[str]) -> int:
        """Self-introductions start at the preposition ("from the …"), not at the name."""
        here = re.match(r"here\s*[,:–—-]?\s*|hier\s*[,:–—-]?\s*", m.group(), _F)
        if here:
            return m.start() + here.end()
        intro = re.match(r"(?:this\s+is|my\s+name\s+is)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+",
                         m.group(), _F)
        return m.start() + intro.end() if intro else m.start()

    @staticmethod
    def _first_person_sentence(text: str, pos: int) -> bool:
        """Whether the sentence around *pos* is in the first person ("As a nurse, I …")."""
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, pos)), default=0)
        end_m = _SENTENCE_END.search(text, pos)
        end = end_m.start() if end_m else len(text)
        return bool(_FIRST_PERSON.search(text, start, end))


def _accept(kind: str, lang: str, phrase: Phrase) -> bool:
    """Whether the phrase after an anchor of *kind* reveals an organisation or post."""
    if kind == "role":
        return phrase.role or phrase.roles
    if kind == "any":  # "as the person responsible for visas at our consulate"
        return True
    if kind == "unit":
        return (phrase.strong or phrase.weak or phrase.acronym or phrase.known or phrase.role
                or phrase.roles)
    if kind == "poss":  # the possessed noun itself must be an organisation or a post
        head = phrase.head
        return bool(head & {"strong", "role"} or (head & {"weak", "roles"} and phrase.detailed))
    # belong: an organisation, an acronym, a known name; in English also any proper name
    # that is not a place ("I work for Acme"); German capitalises every noun, so there a
    # capital alone proves nothing ("wir in der Praxis").
    return (phrase.strong or phrase.weak or phrase.acronym or phrase.known or phrase.role
            or phrase.roles or (lang == "en" and phrase.proper))
