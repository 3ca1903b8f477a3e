"""A roster name talked about, not meant: a name as a word ("Demir means iron", "Müller ist
der häufigste Nachname") or a person the writer says is somebody else ("no relation to anyone
here"); and the sentence around a name, which several name rules read.

Small decisions of the name finder (``names.py``), split from ``name_senses.py``.
"""

from __future__ import annotations

import re

# A name as a word: "X means ...", "X heißt Stern", "X is (also) the/a ... name/word for".
# Also behind a closing quote, for a pair ("Hope and Grace are the names of …") and with an
# adverb ("Meister ist übrigens das Stichwort").
_AS_WORD_AFTER = re.compile(
    r"(?i)[\"“”’']?(?:\s+(?:and|und|&)\s+[^\W\d_]+)?[ \t]+(?:means|meant|stands\s+for|heißt|"
    r"hieß|bedeutet|(?:is|was|are|were|ist|war|sind|waren)\s+(?:(?:also|auch|just|nur|"
    r"übrigens|by\s+the\s+way|eigentlich|really)\s+)?(?:the|a|an|der|die|das|ein|eine|ein\s+sehr)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:sur|first\s+|family\s+|given\s+)?names?|words?|terms?|"
    r"keywords?|buzzwords?|(?:nach|vor|familien|ruf)?namen?|wort|begriff|stichwort|"
    r"schlagwort)\b|(?:(?:hat|ist|is|works|klingt|sounds)\s+)?(?:als|as\s+an?)\s+"
    r"(?:(?:first|given|family|sur)\s*name|(?:vor|nach|familien|ruf)name)\b)")
# A sentence about names as names: "der häufigste Nachname", "the most common surname".
_ABOUT_NAMES = re.compile(
    r"(?i)\b(?:häufigst\w*|verbreitetst\w*|most\s+common|commonest|popular|beliebtest\w*)"
    r"\s+(?:[\w-]+\s+)?(?:sur|family\s+|first\s+)?(?:names?|(?:nach|vor|familien)namen?)\b")
# The writer says the person named is somebody else.
_DISCLAIMER = re.compile(
    r"(?i)\b(?:no\s+relation|not\s+related\s+to|not\s+(?:our|the)\s+(?:colleague|"
    r"participant|one\s+(?:here|in\s+the\s+room))|nothing\s+to\s+do\s+with\s+(?:anyone|"
    r"anybody|our|the\s+one|us)|(?:a|an|my)\s+(?:[\w-]+\s+)?(?:friend|neighbou?r|cousin|"
    r"uncle|aunt)\s+of\s+mine|nicht\s+verwandt|nicht\s+(?:mit\s+)?(?:unser\w*|dem|der)\s+"
    r"Kolleg|nichts\s+zu\s+tun|gemeint\s+ist\s+(?:der|die|nicht)|kein(?:e|en)?\s+"
    r"(?:Verwandt|Kolleg)\w*\s+(?:von\s+)?(?:uns|hier))")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# The name said to be a common one: "X is such a common first name there", "X ist auf dem
# Balkan ein häufiger Name" (the name the subject of its clause, not "X, is this common?").
_A_COMMON_NAME_AFTER = re.compile(
    r"(?i)[ \t]+(?:is|was|ist|war)[ \t]+(?:[^\W\d_]+[ \t]+){0,5}?(?:common|usual|typical|"
    r"frequent|popular|widespread|häufige[rs]?|verbreitete[rs]?|gängige[rs]?|typische[rs]?|"
    r"übliche[rs]?)[ \t]+(?:(?:first|given|family|sur)[ \t]*)?(?:names?|(?:vor|nach|familien|"
    r"ruf)?namen?)\b")


# round 15: a word glossed in a language ("Meister in German, are …", "a Pfleger in German",
# "Zimmermann in old German usage"), and a job title beside its other gender ("Pfleger,
# Pflegerin, Pflegefachfrau", "Lehrerinnen und Lehrer"): a word, not a person
_IN_A_LANGUAGE_AFTER = re.compile(
    r"(?i)[ \t]+(?:in|auf)[ \t]+(?:(?:old|modern|plain|everyday|standard|colloquial|alt|"
    r"umgangs)\w*[ \t]+)?(?:German|English|French|Spanish|Turkish|Arabic|Deutsch|Englisch|"
    r"Französisch|Spanisch|Türkisch|Arabisch)(?:[ \t]+usage)?(?=[ \t]*(?:[,.;:!?)–—]|$))")
_PAIR_JOIN = r"[ \t]*(?:,|/|\bund\b|\boder\b|\band\b|\bor\b)[ \t]*"
# ... and before it (round 20): "In old German an Ackermann was a ploughman"
_IN_A_LANGUAGE_BEFORE = re.compile(
    r"(?i)\b(?:in|auf)[ \t]+(?:(?:old|modern|plain|everyday|standard|colloquial|alt|umgangs)"
    r"\w*[ \t]+)?(?:German|English|French|Deutsch|Englisch|Französisch)[ \t]*,?[ \t]*"
    r"(?:(?:an?|the|der|die|das|ein|eine[nm]?|heißt|hieß|is|was)[ \t]+)*$")


def _beside_other_gender(text: str, start: int, end: int) -> bool:
    word = re.escape(text[start:end])
    return bool(re.compile(_PAIR_JOIN + word + r"(?:in|innen)\b", re.IGNORECASE).match(
        text, end) or re.compile(word + r"(?:in|innen)" + _PAIR_JOIN + "$", re.IGNORECASE
                                 ).search(text, max(0, start - 2 * (end - start) - 12), start))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (at most 300 characters either side) holding ``text[start:end]``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
               default=max(0, start - 300))
    right = _SENTENCE_END.search(text, end, end + 300)
    return text[left:right.start() if right else end + 300]


# Names as such in a sentence: "surnames", "Nachnamen", "first names", "Vornamen".
_NAME_NOUN = re.compile(r"(?i)\b(?:(?:sur|first\s+|family\s+|given\s+|last\s+)names?|"
                        r"(?:nach|vor|familien|ruf)namen?)\b")
# A list of three capitalised words with the name among them: "Klein, Braun, Sommer –".
_CAPITAL_LIST = re.compile(r"[A-ZÄÖÜ][\w-]*(?:\s*,\s*[A-ZÄÖÜ][\w-]*){2,}")


def spoken_of_as_word(text: str, start: int, end: int) -> bool:
    """Whether the lone name part at ``text[start:end]`` is talked about as a word, also in
    a list of names in a sentence about names ("Klein, Braun, Sommer – many surnames are
    ordinary words", "Meier, Müller, Schmidt sind die häufigsten Nachnamen")."""
    if _AS_WORD_AFTER.match(text, end) or _A_COMMON_NAME_AFTER.match(text, end):
        return True
    if _IN_A_LANGUAGE_AFTER.match(text, end) or _beside_other_gender(text, start, end) or (
            _IN_A_LANGUAGE_BEFORE.search(text, max(0, start - 40), start)):
        return True
    sentence = sentence_around(text, start, end)
    if _ABOUT_NAMES.search(sentence):
        return True
    return bool(_NAME_NOUN.search(sentence) and any(
        m.start() <= start < m.end() for m in _CAPITAL_LIST.finditer(
            text, max(0, start - 120), min(len(text), end + 120))))


# Somebody introduced by their name, so not a participant everyone knows: "a nurse named
# Florian", "a client called Joy", "ein Pfleger namens Till", "viele Frauen heißen dort
# Honey, Joy oder Precious".
_NAMED_BEFORE = re.compile(r"(?i)\b(?:named|nicknamed|namens|genannt)[ \t]+$")
_CALLED_BEFORE = re.compile(r"(?i)\b([\w-]+)[ \t]+called[ \t]+$")
# "I called Joy" is a call, and "my colleague here is called Amani" names a participant
_NOT_A_CALLED_NAME = {"i", "we", "you", "he", "she", "they", "just", "also", "already", "have",
                      "has", "had", "then", "and", "who", "never", "recently", "finally",
                      "is", "was", "are", "were", "be", "been", "being", "am"}
# names as names, in the plural: "viele Frauen heißen dort Honey, Joy oder Precious" (not
# "die Kollegin hier heißt Amani", as "is called")
_IS_CALLED_BEFORE = re.compile(r"(?i)\b(?:heißen|hießen)[ \t]+((?:[^\W\d_]+,?[ \t]+){0,5})$")
_NOT_IN_BETWEEN = {"von", "bei", "mit", "an", "für", "zu", "ich", "wir", "du", "ihr", "sie",
                   "uns", "euch", "das", "dem"}
_END_OF_LIST = re.compile(r"(?:\s*(?:[,.;!?)]|\s(?:und|oder|and|or)\b)|\s*$)")


def introduced_by_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` introduces somebody by their name (see
    ``_NAMED_BEFORE``): a person the writer has to name for the room is not in it."""
    window = text[max(0, start - 80):start]
    if _NAMED_BEFORE.search(window):
        return True
    called = _CALLED_BEFORE.search(window)
    if called:
        return called.group(1).lower() not in _NOT_A_CALLED_NAME
    between = _IS_CALLED_BEFORE.search(window)
    return bool(between and _END_OF_LIST.match(text, end) and not any(
        word.strip(",").lower() in _NOT_IN_BETWEEN for word in between.group(1).split()))


def disclaimed(text: str, start: int, end: int) -> bool:
    """Whether the sentence of the name says it is somebody else ("no relation")."""
    return bool(_DISCLAIMER.search(sentence_around(text, start, end)))


# Right after the name, a bare "(no relation)" to the famous bearer of the surname: the
# participant is meant ("R. Merkel (no relation) will …"), unlike "no relation to anyone
# here", which says the person named is not in the room.
_NAMESAKE_DISCLAIMED = re.compile(
    r"(?i)\s*(?:(?:there|here|hier|da)\s*)?[(,–—-]\s*(?:no\s+relation|not\s+related|"
    r"nicht\s+verwandt)\b"
    r"(?!\s+(?:to|with|mit)\s+(?:anyone|anybody|our|us|the\s+one|any\s+of|unser\w*|"
    r"jemandem))")


def famous_namesake_disclaimed(text: str, end: int) -> bool:
    """ "R. Merkel (no relation, she insists)": a participant who shares a public figure's
    surname and disclaims the relation, so the participant is meant."""
    return bool(_NAMESAKE_DISCLAIMED.match(text, end))
