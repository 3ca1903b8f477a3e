"""The organisation first, then a first-person clause that ties the writer to it.

"The Kenyan embassy, where I handle diaspora issues, …", "The counselling service I
coordinate at Caritas has …", "the agency, for whom I run the German desk", "Die
Pflegeschule, an der ich unterrichte", "Die Stadt Duisburg, deren Integrationsamt ich
leite", "die Botschaft, für die ich spreche", "That recognition office is where I work",
"the Bureau of Emigration, my employer". Any verb will do here, as the relative word (or
the contact clause right after a definite organisation) already says the writer is inside;
what the clause may not be is a visit, a contact or an opinion ("the BAMF, which I
contacted twice", "die Behörde, bei der ich meinen Antrag gestellt habe", "the IOM, whose
work I admire"). The span runs from the organisation to the end of the clause.
"""

from __future__ import annotations

import re

from .aff_verbs import reports_contact
from .phrases import Tokens, backward_phrase, classify

_F = re.IGNORECASE
# English: "…, where I …", "…, for whom I …", "… whose X I …"; German: "…, an der ich …",
# "…, wo ich …", "…, deren Abteilung ich …" (the verb at the end).
_EN_RELATIVE = re.compile(
    r",?\s*(?:where|(?:for|with|at|in|on)\s+(?:whom|which)|whose\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"I(?:['’](?:ve|d|m))?\s+", _F)
_DE_RELATIVE = re.compile(
    r",\s*(?:wo|(?:(?:an|bei|in|für|mit|von|aus|unter|zu)\s+)?(?:der|dem|die|das|den|denen|"
    r"welche[mrns]?)|(?:deren|dessen)\s+[\w-]+)\s+(?:[\w-]+\s+)?ich\s+")
# A contact clause after a definite organisation: "The service I coordinate", "the team I
# joined last spring", "the ministry that I report to": only verbs of running, joining or
# answering to.
_EN_CONTACT = re.compile(
    r"\s+(?:that\s+|which\s+)?I\s+(?:now\s+|currently\s+|also\s+)?(?:joined|coordinate|"
    r"coordinated|run|ran|lead|led|report\s+to|reported\s+to|answer\s+to|"
    r"head|headed|manage|managed|chair|chaired|direct|founded|co-founded|set\s+up|built|"
    r"volunteer\s+(?:with|at|for)|work\s+(?:for|at|in|with)|worked\s+(?:for|at|in|with)|"
    r"represent|belong\s+to)\b", _F)
_IS_WHERE = re.compile(r"\s+(?:is|was)\s+where\s+I\s+(?:work|worked|sit|sat|am\s+based|"
                       r"volunteer|started|trained)\b", _F)
_MY_EMPLOYER = re.compile(r",\s*(?:my|our|mein|meine|unser|unsere)\s+(?:current\s+|former\s+|"
                          r"frühere[rs]?\s+|jetzige[rs]?\s+)?(?:employer|organisation|"
                          r"organization|workplace|home\s+institution|Arbeitgeber(?:in)?|"
                          r"Dienststelle|Dienstherr|Haus)\b(?=\s*[,.;:!?)–—]|\s*$)", _F)
# The end of the clause: punctuation, a dash, or (English) the main verb taking over.
_CLAUSE_STOP = re.compile(r"\s*(?:[,.;:!?()\n–—]|\s-\s)|\s+(?=(?:has|have|had|is|are|was|were|"
                          r"will|would|can|could|should|must|may|does|did|gets|sees|needs|"
                          r"takes|makes|offers|places|receives|wants|says|shows)\b)")
_MAX_CLAUSE = 120
_PEOPLE = {"leute", "people", "kollegen", "kolleginnen", "colleagues", "staff", "mitarbeitende",
           "mitarbeitenden"}



# "As the person who signs off our hospital group's contracts, I …", "as the one handling the
# migration file at the Tunisian embassy": the writer described by what they do there
_AS_THE_ONE = re.compile(r"\bas\s+(?:the|a)\s+(?:person|one|colleague|woman|man)\s+"
                         r"(?:who\s+(?:now\s+|also\s+)?)?(?=[a-z]+(?:s|ing)\b)", _F)
_ORG_WORDS = {"strong", "weak", "acronym", "known", "civic"}


def find_relatives(text: str, tokens: Tokens, lang: str) -> list[tuple[int, int]]:
    """Spans "organisation + first-person clause" (see the module docstring)."""
    found: list[tuple[int, int]] = []
    for m in _AS_THE_ONE.finditer(text) if lang == "en" else ():
        end = _clause_end(text, m.end())
        if (_names_organisation(tokens, m.end(), end) and not reports_contact(text[m.end():end])
                and re.search(r"\b(?:I|we|my|our)\b", text[max(0, m.start() - 120):end + 120])
                and not tokens.is_blocked(m.start(), end)):
            found.append((m.start(), end))
    if lang == "en":
        if re.search(r"\bI\b", text):
            found += _clauses(text, tokens, _EN_RELATIVE, definite=False)
            found += _clauses(text, tokens, _EN_CONTACT, definite=True)
            found += _clauses(text, tokens, _IS_WHERE, definite=False)
    elif re.search(r"\bich\b", text, _F):
        found += _clauses(text, tokens, _DE_RELATIVE, definite=False)
    for m in _MY_EMPLOYER.finditer(text):
        phrase = backward_phrase(tokens, m.start())
        if phrase and phrase.strong and not tokens.is_blocked(phrase.start, m.end()):
            found.append((phrase.start, m.end()))
    return found


def _clauses(text: str, tokens: Tokens, pattern: re.Pattern[str],
             definite: bool) -> list[tuple[int, int]]:
    found = []
    for m in pattern.finditer(text):
        phrase = backward_phrase(tokens, m.start())
        if not phrase or not phrase.strong or m.start() - phrase.end > 1 or (
                text[phrase.start:phrase.end].split()[-1].lower() in _PEOPLE):
            continue  # "die Leute, mit denen ich …" are people, not an organisation
        if definite and not re.search(r"\b(?:the|that|this|our)\s+\S", text[
                max(0, phrase.start - 5):phrase.end], _F):
            continue  # "… a team I joined" is somebody's, "the team I joined" the writer's
        end = _clause_end(text, m.end())
        clause = text[m.start():end]
        if reports_contact(clause) or tokens.is_blocked(phrase.start, end):
            continue
        found.append((_unit_before(text, tokens, phrase.start), end))
    return found


# "Das Zentrum Migration und Soziales der Diakonie, das ich leite": a unit's name before a
# genitive organisation belongs to the span
_UNIT_GENITIVE = re.compile(r"\b(?:das|die|der|the)\s+([\w-]+)(?:\s+[\w-]+){0,4}?\s+$", _F)


def _unit_before(text: str, tokens: Tokens, start: int) -> int:
    """The start of a unit named before a genitive ("der …", "des …", "of the …") phrase."""
    if not re.match(r"(?:der|des|of)\s", text[start:start + 4], _F):
        return start
    m = _UNIT_GENITIVE.search(text, max(0, start - 60), start)
    if m and classify(m.group(1), "de" if text[start] == "d" else "en",
                      tokens.known) in {"strong", "weak"} and not any(
            c in text[m.start():start] for c in ",.;:!?"):
        return m.start()
    return start


def _names_organisation(tokens: Tokens, start: int, end: int) -> bool:
    """Whether a word between *start* and *end* is an organisation's (or "our"/"my")."""
    for i in range(tokens.at(start), tokens.at(end)):
        word = tokens.text(i)
        if word.lower() in {"our", "my"} or classify(word, "en", tokens.known) in _ORG_WORDS:
            return True
    return False


def _clause_end(text: str, pos: int) -> int:
    stop = _CLAUSE_STOP.search(text, pos, min(len(text), pos + _MAX_CLAUSE))
    end = stop.start() if stop else min(len(text), pos + _MAX_CLAUSE)
    return len(text[:end].rstrip())

