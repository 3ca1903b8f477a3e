"""Round 9 (h9a): slots of a roster name that the other rules miss, when it is a word, very
short, in lower case or misspelt.

``names._accept`` asks ``addressed_slot`` about a lone name part that the later rules would
reject and keeps it when it says yes; ``names._lookup_in_slot`` asks ``slot_lookup`` for a
word that no lookup found. The slots:

- a vocative inside a sentence, between commas, after a clause of the writer's
  (``Tell me if I misread it, Ian, but …``, ``Ich weiß nicht, Ian, ob …``);
- a question put to the participant, a remark credited to them, a vocative closing the
  sentence (``name_remarks``): ``Can Ian confirm …?``, ``Gute Frage von Ude``;
- a dash or colon after the name opening the post, before a question or an aside
  (``May – quick question – is …?``);
- a participant's presence in the meeting: ``Is Ude still online?``, ``Ist Ivy noch da?``,
  ``because Pateince has to leave at three`` (a typo too), ``Ivy muss gleich los``;
- handing the floor: ``I'd like to bring in Iris, because …``, ``over to Ivy``, ``das Wort
  an Iris``;
- two lower-case roster names joined before a verb of people in German, where a lower-case
  word cannot be the noun: ``fuchs und adler haben beide …``;
- chat: ``lol ivy that's exactly …``, ``+1 zu adler``, ``good point fuchs``, ``sorry
  becker, missed that``, ``fuchs und ich waren dort``;
- a self-introduction after a word opening the sentence: ``Nochmal Adler vom Flüchtlingsrat:``;
- the genitive of a name ending in a hissing sound: ``Fuchs' Vorschlag``, ``Ines' point``;
- forms the lookup misses (``slot_lookup``): a short surname with two letters swapped after
  a title (``Herr Dhal`` for Dahl), a lower-case typo after a lower-case title (``frau
  kaltenbch``) or at a chat line's start before ``hat recht`` (``berisa hat recht``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .gazetteer import NOT_NAMES
from .name_context import fold, looks_like_english
from .name_forms import TITLES_BEFORE
from .name_grammar import speaks_after
from .name_neighbours import someone_else
from .name_openings import opening_address
from .name_remarks import remark_slot

if TYPE_CHECKING:
    from .names import NameMatcher, _Hit, _Part

_START = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*|[\"“„(–—]\s*)$")

# --- vocatives ------------------------------------------------------------------------------
# A clause of the writer's before the comma: "Tell me if I misread it,", "Ich weiß nicht,"
_WRITER_CLAUSE_BEFORE = re.compile(
    r"(?i)\b(?:I|I'm|I’m|me|my|we|us|ich|mir|mich|wir|uns)\b[^,.;:!?\n]{0,40},[ \t]*$")
_VOCATIVE_END = re.compile(
    r"[ \t]*,[ \t]+(?:but|and|so|because|if|since|though|I|we|you|do|did|could|can|would|is|"
    r"are|was|the|that|this|aber|denn|ob|wenn|dass|ich|wir|du|Sie|haben|hast|ist|sind|"
    r"kannst|können|könnten)\b")
_DASH_ASIDE_AFTER = re.compile(
    r"(?i)[ \t]*[-–—:][ \t]+(?:quick[ \t]+(?:one|question|q)|one[ \t]+question|a[ \t]+question|"
    r"question|you|your|can[ \t]+you|could[ \t]+you|do[ \t]+you|did[ \t]+you|kurze[ \t]+"
    r"frage|eine[ \t]+frage|frage|du|kannst[ \t]+du|könnten[ \t]+sie|haben[ \t]+sie)\b")

# --- presence in the meeting -------------------------------------------------------------------
_PRESENCE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:Is|Was|Ist|War|is|ist)[ \t]+$")
_PRESENCE_AFTER = re.compile(
    r"(?i)[ \t]+(?:(?:still|already|back|noch|schon|wieder|auch)[ \t]+)?(?:online|here|"
    r"around|with[ \t]+us|on[ \t]+the[ \t]+(?:call|line)|in[ \t]+the[ \t]+(?:room|meeting|"
    r"call|chat)|da|dabei|hier|zugeschaltet|im[ \t]+(?:raum|call|chat|meeting)|in[ \t]+der"
    r"[ \t]+leitung)\b[ \t]*[?,]")
_LEAVING_AFTER = re.compile(
    r"(?i)[ \t]+(?:has[ \t]+to|had[ \t]+to|needs[ \t]+to|must)[ \t]+(?:leave|go|run|drop)\b|"
    r"[ \t]+(?:has|had)[ \t]+(?:left|dropped[ \t]+off|joined)\b|[ \t]+is[ \t]+(?:leaving|"
    r"back|muted|on[ \t]+mute|dialling[ \t]+in|dialing[ \t]+in)\b|[ \t]+(?:muss|musste)"
    r"[ \t]+(?:(?:gleich|früher|bald|leider|um[ \t]+\w+)[ \t]+){0,2}(?:los|weg|gehen)\b|"
    r"[ \t]+ist[ \t]+(?:schon[ \t]+|leider[ \t]+|gerade[ \t]+)?(?:weg|raus|stumm)\b")

# --- the floor ------------------------------------------------------------------------------
_FLOOR_BEFORE = re.compile(
    r"(?i)(?:\b(?:bring|bringing)[ \t]+in|\b(?:hand|handing|pass|passing|turn|turning)"
    r"[ \t]+(?:it[ \t]+|the[ \t]+floor[ \t]+|this[ \t]+)?(?:over[ \t]+)?"
    r"to|\bover[ \t]+to|\bgive[ \t]+the[ \t]+floor[ \t]+to|\bdas[ \t]+wort[ \t]+an|"
    r"\b(?:übergebe|gebe)[ \t]+(?:das[ \t]+wort[ \t]+)?(?:gern[ \t]+|gerne[ \t]+)?an)[ \t]+$")
_FLOOR_END = re.compile(r"(?i)[ \t]*(?:[,.;:!?–—]|$|[ \t](?:for|on|who|because|first|now|"
                        r"next|here|weiter|für|zu|zum|zur|der|die)\b)")

# --- pairs and chat -------------------------------------------------------------------------------
_PAIR_AFTER = re.compile(r"[ \t]+(?:und|and|&)[ \t]+([^\W\d_]+)[ \t]+(?:haben|hatten|sind|waren|"
                         r"sagten|meinten|betonten|fragten|sehen|beide|have|had|both|said|"
                         r"argued|agreed)\b")
_PAIR_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+(?:und|and|&)[ \t]+$")
# German words that are lower case in their ordinary sense (adjectives, adverbs)
_GERMAN_LOWER_WORDS = frozenset({
    "rosa", "frei", "sauer", "wild", "klein", "lang", "lange", "kurz", "jung", "alt", "braun",
    "schwarz", "weiss", "weiß", "kühn", "kuhn", "ernst", "heil", "stark", "fromm", "froh",
    "gut", "reich", "arm", "hart", "fest", "still", "bald", "neu", "schön", "schon", "mild",
    "fein", "klar", "treu", "wahr", "voll", "licht", "roth", "rot", "grün", "blau", "gelb"})
_CHAT_BEFORE = re.compile(r"(?i)(?:^|[.!?…]\s+|\n\s*)(?:lol|lmao|haha+|omg|ok|okay|yes|yeah|"
                          r"yep|oh|wow|ah)[ \t]+$")
_REACTION_AFTER = re.compile(
    r"(?i)[ \t]+(?:(?:that['’]?s|thats|that[ \t]+is|das[ \t]+ist)[ \t]+(?:exactly|so[ \t]+true|"
    r"true|right|what|my|a[ \t]+good|the[ \t]+point|genau|richtig|wahr|so)|exactly|same|so"
    r"[ \t]+true|agreed|genau)\b")
_VERB_NAMES = frozenset({"hope", "will", "trust", "bet", "guess", "wish", "mark", "grant",
                         "bill", "see", "thank", "say"})
# A self-introduction after a word that opens the sentence: "Nochmal Adler vom Flüchtlingsrat:",
# "Again Becker from the return network here"; the opening word is no given name.
_OPENERS = frozenset({"nochmal", "noch", "again", "hier", "here", "kurz", "also", "ja", "so",
                      "okay", "ok", "hallo", "hi", "hello", "moin", "servus", "gut", "danke",
                      "thanks", "sorry", "yes", "well", "nun", "jetzt", "now", "erneut",
                      "wieder", "quick", "briefly", "ergänzend", "kurzum", "und", "and"})
_OPENER_BEFORE = re.compile(r"(?:^|[.!?…]\s+|\n\s*)([^\W\d_]+)[ \t]+$")
# ... an origin and the end of the introduction: a colon or dash, or "here"
_ORIGIN_AFTER = re.compile(r"[ \t]+(?:von|vom|from|at|bei|beim|with)[ \t]+(?:the[ \t]+|der[ \t]+|"
                           r"dem[ \t]+|den[ \t]+)?(?-i:[A-ZÄÖÜ])[\w&.-]*(?:[ \t]+[\w&.-]+){0,3}?"
                           r"(?:[ \t]*[:–—]|[ \t]+(?:here|hier)\b)|[ \t]+(?:here|hier)[ \t]*[:,–—]")
# A lower-case name, also a surname, after a remark or an address and before its end:
# "good point fuchs", "sorry becker, missed that", "Thanks, adler – that helps", "ok adler you win"
_LOWER_ADDRESS_BEFORE = re.compile(
    r"(?i)(?:^|[.!?…]\s+|\n\s*)(?:good[ \t]+point|great[ \t]+point|fair[ \t]+point|good[ \t]+"
    r"question|well[ \t]+said|gute[ \t]+frage|guter[ \t]+punkt|sorry|thanks|thank[ \t]+you|"
    r"thx|danke|merci|ok|okay|hi|hey|hallo|moin|cheers)[ \t]*,?[ \t]+$")
_LOWER_ADDRESS_END = re.compile(r"(?i)[ \t]*(?:[,!?.:;–—)]|$|[ \t]+(?:you|u|du|ihr)\b)")
# ... and a lower-case name with the writer: "fuchs und ich waren dort", "kamara and I went"
_WITH_ME_AFTER = re.compile(r"[ \t]+(?:und|and|&)[ \t]+(?:ich|I|me|mir)\b")
# The genitive of a name ending in a hissing sound, an apostrophe alone: "Fuchs' Vorschlag",
# "Ines' point" (not a word in single quotes: "the 'Fuchs' campaign")
_APOSTROPHE_GENITIVE = re.compile(
    r"['’][ \t]+(?:(?-i:[A-ZÄÖÜ])[a-zäöüß]{2,}|point|points|idea|question|proposal|remark|"
    r"comment|argument|slides|numbers|figures|example|suggestion)\b")
_PLUS_ONE_BEFORE = re.compile(r"(?i)\+1[ \t]+(?:zu|für|bei|an)[ \t]+$")
_ADDRESS_END = re.compile(r"[ \t]*(?:[,.;:!?)–—]|$)")


def _vocative(text: str, start: int, end: int, word: str) -> bool:
    before = text[max(0, start - 60):start]
    if word[:1].isupper() and _WRITER_CLAUSE_BEFORE.search(before) and (
            _VOCATIVE_END.match(text, end)):
        return True  # "Tell me if I misread it, Ian, but …"
    return bool(word[:1].isupper() and _START.search(before)
                and _DASH_ASIDE_AFTER.match(text, end))  # "May – quick question – …"


# round 13: at a sentence's start, said to be here or not: "bach ist heute nicht da",
# "Rose is still online", "Hagel ist gerade nicht im Raum"
_HERE_AFTER = re.compile(
    r"(?i)[ \t]+(?:ist|is|war|was)[ \t]+(?:(?:heute|today|gerade|noch|still|schon|already|"
    r"wohl|leider|jetzt|now)[ \t]+){0,2}(?:(?:nicht|not|no[ \t]+longer|nicht[ \t]+mehr)[ \t]+)?"
    r"(?:da|hier|here|online|offline|dabei|im[ \t]+raum|in[ \t]+the[ \t]+room)\b")


def _in_meeting(text: str, start: int, end: int, word: str) -> bool:
    before = text[max(0, start - 20):start]
    if _PRESENCE_BEFORE.search(before) and _PRESENCE_AFTER.match(text, end):
        return True  # "Is Ude still online?"
    if _START.search(before) and _HERE_AFTER.match(text, end):
        return True  # "bach ist heute nicht da"
    return bool(word[:1].isupper() and _LEAVING_AFTER.match(text, end))  # "Pateince has to leave"


def _pair(matcher: NameMatcher, text: str, start: int, end: int, word: str) -> bool:
    """ "fuchs und adler haben …": two lower-case roster words in a German sentence."""
    if not word.islower() or looks_like_english(text) or fold(word) in _GERMAN_LOWER_WORDS:
        return False
    after = _PAIR_AFTER.match(text, end)
    other = after.group(1) if after else None
    if other is None:
        b = _PAIR_BEFORE.search(text, max(0, start - 30), start)
        if b and re.match(r"[ \t]+(?:haben|hatten|sind|waren|sagten|meinten|betonten|fragten|"
                          r"sehen|beide)\b", text[end:end + 12]):
            other = b.group(1)
    return bool(other and other.islower() and fold(other) in matcher._index
                and fold(other) not in _GERMAN_LOWER_WORDS)


def _lower_address(text: str, start: int, end: int, key: str) -> bool:
    """ "good point mark", "sorry becker, …", "ok adler you win", "fuchs und ich …"; a verb-like
    name not before "you" ("ok will you send it", "ok hope you're well")."""
    if _START.search(text, max(0, start - 5), start) and _WITH_ME_AFTER.match(text, end):
        return key not in {"hope", "wish", "bet", "guess", "trust"}
    if not _LOWER_ADDRESS_BEFORE.search(text, max(0, start - 24), start):
        return False
    close = _LOWER_ADDRESS_END.match(text, end)
    return bool(close and (key not in _VERB_NAMES or not re.search(r"[^\W\d_]", close.group())))


def addressed_slot(matcher: NameMatcher, text: str, hit: _Hit) -> bool:
    """Whether a lone name part that other rules reject stands in a slot of a person: a
    vocative, the meeting, the floor, a German pair, a chat reaction (the module doc)."""
    start, end = hit.start, hit.end
    word = text[start:end]
    key = fold(word)
    if re.match(r"[-‐][a-zäöüß]", text[end:end + 2]):
        return False  # "Faith-based groups": a compound word
    if not hit.fuzzy and (_vocative(text, start, end, word)
                          or remark_slot(text, start, end, word)):
        return True  # "misread it, Ian, but …", "Can Ian confirm …?" (name_remarks)
    if _in_meeting(text, start, end, word):
        return True
    if not hit.fuzzy and opening_address(text, start, end, word):
        return True  # round 15 (name_openings): "Mark – how long …?", "rosa is that …?"
    before = text[max(0, start - 40):start]
    if not hit.fuzzy and word[:1].isupper() and _FLOOR_BEFORE.search(before) and (
            _FLOOR_END.match(text, end)):
        return True  # "bring in Iris, because …"
    if not hit.fuzzy and _pair(matcher, text, start, end, word):
        return True
    if word[:1].isupper() and word[-1] in "sßxzh" and _APOSTROPHE_GENITIVE.match(text, end) and (
            not start or text[start - 1] not in "'‘’") and not someone_else(
            matcher, text, start, end, hit.parts):
        return True  # "Fuchs' Vorschlag", "Ines' point"; not "Gerald Fuchs' Buch" (round 12)
    if word.islower() and key not in _VERB_NAMES and (
            _CHAT_BEFORE.search(text, max(0, start - 12), start)
            and _REACTION_AFTER.match(text, end)):
        return True  # "lol ivy that's exactly …"
    if word.islower() and _lower_address(text, start, end, key):
        return True  # "good point fuchs", "sorry becker, …", "fuchs und ich …"
    if word.islower() and _PLUS_ONE_BEFORE.search(text, max(0, start - 10), start) and (
            _ADDRESS_END.match(text, end)):
        return True  # "+1 zu adler, …"
    opener = _OPENER_BEFORE.search(text, max(0, start - 20), start)
    return bool(opener and opener.group(1).lower() in _OPENERS and not hit.fuzzy
                and _ORIGIN_AFTER.match(text, end))  # "Nochmal Adler vom …:"


# --- forms the lookup misses --------------------------------------------------------------
_COMMON = frozenset(fold(w) for w in NOT_NAMES)
_LOWER_TITLE_BEFORE = re.compile(r"(?i)\b(?:frau|herr|herrn|mr|ms|mrs|dr)\.?[ \t]+$")


def _swapped(a: str, b: str) -> bool:
    """Whether *a* is *b* with two neighbouring letters swapped ("dhal", "dahl")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and (
        a[diff[1]] == b[diff[0]])


def slot_lookup(matcher: NameMatcher, text: str, m: re.Match[str]) -> list[_Part]:
    """Family-name parts for a word no lookup found, in a slot that shows a name: after a
    title with two letters swapped ("Herr Dhal"), a lower-case typo after a lower-case
    title ("frau kaltenbch") or opening a chat line before "hat recht" ("berisa hat
    recht"). Asked for nearly every word of a text, so the cheap tests come first."""
    word = m.group()
    start = m.start()
    if start and text[start - 1] not in " \t\n":
        return []
    first = word[:1]
    if first.isupper():
        if len(word) != 4 or not TITLES_BEFORE.search(text, max(0, start - 30), start):
            return []
        key = fold(word)
        return [p for k, parts in matcher._index.items() if len(k) == 4 and _swapped(key, k)
                for p in parts if p.kind == "family"]
    if len(word) < 5 or not word.islower():
        return []
    titled = bool(_LOWER_TITLE_BEFORE.search(text, max(0, start - 8), start))
    if not titled and not (_START.search(text, max(0, start - 5), start)
                           and speaks_after(text, m.end(), strict=True)):
        return []
    key = fold(word)
    if key in _COMMON or key in matcher._first_names:
        return []
    best = process.extractOne(key, matcher._fuzzy_keys, scorer=OSA.distance, score_cutoff=1)
    if best is None:
        return []
    return [p for p in matcher._index[best[0]] if p.kind == "family"
            and (titled or not p.ambiguous)]  # "frau hamer": a title makes a word a name
