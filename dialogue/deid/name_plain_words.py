"""A roster name part used as a plain word, told by grammar alone, so no word list is needed.

The lists of word-like names (``name_words``) hold the words their authors thought of; a
roster brings others (a surname "Cash", "Field" or "Hoch", a given name "Moss"). For a lone
name part without a title, three shapes say it is a word whatever the word is:

- **a plural subject at a sentence's start**: the name part, a lower-case word ending in
  "s" and a verb of the plural ("Cash transfers help", "Field offices need staff", "Small
  employers cannot wait"). A person's name is followed by its own verb ("Price says we …",
  "Price thinks", "Price agrees"), never by a second, plural one;
- **a lower-case word after a determiner**, with up to two lower-case words between ("the
  fast lane", "a field trip", "unser kleiner brunnen"), unless a word for a person comes
  between ("our colleague lane", "die liebe jörg"), a contribution follows ("the lane
  proposal") or a verb does ("the point ketevan made": its "that" left out); a
  lower-case name in a chat has no article;
- **a lower-case predicate after a copula** ("Die Zahlen sind hoch.", "the risk is small",
  "costs are too high"), unless the subject is "this", "that", "it", "das", "hier" or the
  first person ("this is jane", "das ist jörg", "ich bin kai"), which introduce a person;
- **a German verb in second place** (round 10): lower case between a capitalised noun or
  acronym and an article, a number or an adverb ("Der Bericht der OECD malte 2023 ein
  gemischtes Bild"), not after a greeting or a preposition ("Danke malte, …").

``plain_word`` is a veto: ``names.NameMatcher`` drops such a run (and the tagger may not add
it back).
"""

from __future__ import annotations

import re

from .name_context import looks_like_english
from .name_slots import attributive_after
from .name_words import REPORTING_VERBS

_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*|[\"“„(]\s*)$")
_PLURAL_VERBS = (r"are|were|have|do|don['’]t|did|didn['’]t|can|cannot|can['’]t|could|couldn['’]t|"
                 r"will|won['’]t|would|wouldn['’]t|should|shouldn['’]t|must|may|might|need|"
                 r"remain|help|make|get|seem|tend|face|take|cost|lack|come|go")
_PLURAL_SUBJECT_AFTER = re.compile(
    rf"[ \t]+(?P<noun>[a-z]{{2,}}[a-rt-z]s)[ \t]+(?:(?:often|rarely|still|never|also|just|"
    rf"usually|always|already|really|simply|now)[ \t]+)?(?:{_PLURAL_VERBS})\b")
_BETWEEN = r"[ \t]+(?P<between>(?:[a-zäöüß][\w-]*[ \t]+){0,2})$"
_DETERMINER_BEFORE = {
    "en": re.compile(r"(?i:\b(?:the|a|an|this|these|those|our|your|their|its|any|some|every|"
                     r"each))" + _BETWEEN),
    "de": re.compile(r"(?i:\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|"
                     r"keine|keinen|keinem|keiner|unser\w*|euer|eure\w*))" + _BETWEEN)}
_PERSON_WORDS = frozenset({
    "colleague", "colleagues", "friend", "friends", "dear", "lovely", "fellow", "partner",
    "kollege", "kollegin", "kollegen", "liebe", "lieber", "lieben", "freund", "freundin",
    "mr", "ms", "mrs", "dr", "prof", "frau", "herr", "herrn", "good", "old", "great", "guter",
    "gute", "alte", "alter", "wonderful", "brilliant"})
_INFLECTED = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)")
_FUNCTION_WORDS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "must", "may", "might", "said", "says", "and", "or", "but", "to", "of",
    "for", "with", "from", "thanks", "thank", "i", "we", "you", "ask", "asked", "told", "cc"})
_VERB_AFTER = re.compile(r"[ \t]+(?:(?:just|also|already|rightly|then)[ \t]+)?(?:[a-z]+ed|"
                         + "|".join(sorted(REPORTING_VERBS)) + r"|made|gave|put|brought|took|"
                         r"did|does|is|was|knows|knew|thought|meant|spoke|told|sent|shared)\b")
_COPULA_BEFORE = re.compile(
    r"(?i:\b(?P<subject>[^\W\d_]+|[^\W\d_]+['’]s)[ \t]+(?:is|are|was|were|seems?|seemed|looks?|"
    r"remains?|stays?|gets?|becomes?|ist|sind|war|waren|wird|werden|bleibt|bleiben|scheint|"
    r"wirkt)[ \t]+(?:(?:too|very|so|quite|rather|really|pretty|fairly|extremely|zu|sehr|so|"
    r"ziemlich|recht|extrem|viel|eher|nicht|not)[ \t]+){0,2})$")
_INTRODUCING = frozenset({"this", "that", "it", "here", "das", "dies", "hier", "es", "i", "ich",
                          "name", "i'm", "it's", "that's", "this's", "who", "wer", "he", "she",
                          "er", "sie", "du", "you", "ihr"})
_PREDICATE_ENDS = re.compile(r"[ \t]*(?:[.!?,;:)]|$|[ \t](?:and|or|but|und|oder|aber|for|für)\b)")


def _plural_subject(text: str, start: int, end: int, word: str) -> bool:
    if not word[:1].isupper():
        return False  # the verbs are English; a short English text may not look English
    if not _SENTENCE_START.search(text, max(0, start - 4), start):
        return False
    return bool(_PLURAL_SUBJECT_AFTER.match(text, end))


def _after_determiner(text: str, start: int, end: int, word: str) -> bool:
    if not word.islower():
        return False
    lang = "en" if looks_like_english(text) else "de"  # "an" is a German preposition
    m = _DETERMINER_BEFORE[lang].search(text, max(0, start - 50), start)
    if not m:
        return False
    between = [w.lower() for w in m.group("between").split()]
    if not between and attributive_after(text, end):
        return False  # "the lane proposal": a participant's contribution
    if any(w in _PERSON_WORDS for w in between):
        return False
    if lang == "de":  # adjectives after a German article are inflected: "einen alten …"
        return all(_INFLECTED.fullmatch(w) for w in between)
    if between and _VERB_AFTER.match(text, end):
        return False  # "the point ketevan made": a clause with its "that" left out
    return not any(w in _FUNCTION_WORDS for w in between)  # "this is lane": no adjective


def _predicate(text: str, start: int, end: int, word: str) -> bool:
    if not word.islower():
        return False
    m = _COPULA_BEFORE.search(text, max(0, start - 50), start)
    if not m or m.group("subject").lower() in _INTRODUCING:
        return False
    return bool(_PREDICATE_ENDS.match(text, end))


# German word order puts the finite verb second: "Der Bericht der OECD malte 2023 ein Bild".
# A lower-case name part right after a capitalised noun or acronym and before an article, a
# number or an adverb of time is that verb (not after a greeting: "Danke malte, …").
_AFTER_NOUN = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?P<noun>[A-ZÄÖÜ][\w-]+)[ \t]+$")
_GREETINGS = frozenset({"danke", "hallo", "hi", "hey", "liebe", "lieber", "moin", "servus",
                        "gruß", "grüße", "dank", "frage", "an", "mit", "von", "für", "und",
                        "oder", "wie", "laut", "ja", "nein", "sorry", "ok", "okay", "sehr",
                        "guten", "morgen", "abend", "tag", "thanks", "thx", "cc", "bitte"})
_OBJECT_AFTER = re.compile(r"[ \t]+(?:ein|eine|einen|einem|einer|der|die|das|den|dem|des|kein\w*|"
                           r"gestern|heute|damals|vorher|zuletzt|\d+|sich|nicht|auch|noch|"
                           r"schon|bereits)\b")
_VERB_ENDINGS = ("te", "ten", "t", "en", "e", "st")


def _german_verb(text: str, start: int, end: int, word: str) -> bool:
    if not word.islower() or not word.endswith(_VERB_ENDINGS) or looks_like_english(text):
        return False
    m = _AFTER_NOUN.search(text, max(0, start - 40), start)
    return bool(m and m.group("noun").lower() not in _GREETINGS
                and _OBJECT_AFTER.match(text, end))


# A fuzzy match after a German article and inflected adjectives is a noun: "ein kleiner
# Markt" is no typo of roster Marit (``names`` already drops one right after an article).
_ARTICLE_ADJECTIVES = re.compile(
    r"(?i:\b(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|der|die|das|"
    r"den|dem|des|unser\w*|mein\w*))[ \t]+(?:[a-zäöüß]+(?:e|en|er|es|em)[ \t]+){1,2}$")


def article_and_adjectives_before(text: str, start: int) -> bool:
    """Whether a German article and one or two inflected adjectives come right before."""
    return bool(_ARTICLE_ADJECTIVES.search(text, max(0, start - 50), start))


def plain_word(text: str, start: int, end: int) -> bool:
    """Whether the lone name part ``text[start:end]`` is a plain word by one of the shapes
    of this module's doc."""
    word = text[start:end]
    return (_plural_subject(text, start, end, word) or _after_determiner(text, start, end, word)
            or _predicate(text, start, end, word) or _german_verb(text, start, end, word))
