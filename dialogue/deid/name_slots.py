"""Slots that show a person for a word-like or shortened roster name (round h14s).

``name_context.ambiguous_ok`` and ``names.py`` ask these besides ``name_grammar``:

- ``english_clause_after``: in an English text, a word-like surname that is a *German* word
  ("Sommer", "Klein", "Braun", "Kurz") at the start of a sentence before an English finite
  verb is the surname: an English sentence does not begin with a German noun or adjective
  ("Klein sent the table", "Braun did say", "Kurz should present", "Roth always says");
  "Stone was thrown" or "May was busy" are English words and are left to the other rules;
- ``attributive_after``: a name used as an attribute of a contribution after "the" ("the
  Koch intervention", "the Weber proposal"), where a common noun would not stand;
- ``sided_with_before``: a verb of agreeing with a person before it ("agree more with hope");
- ``short_form``: a prefix of exactly one roster given name, addressed ("Sorry Wil,");
- ``transliteration``: the key of a surname with its spelling of Arabic sounds normalised
  ("Dschaburi" and "Jabouri" are one key), so a German transliteration finds the roster's.
"""

from __future__ import annotations

import re

from .name_words import ENGLISH_ONLY_NAME_WORDS

_WORD = re.compile(r"[^\W\d_]+")

# Name words that are English words too: "Stone was thrown", "May was busy", "Will can".
_ENGLISH_WORDS = frozenset({
    "amber", "angel", "april", "art", "august", "autumn", "brand", "can", "carol", "don", "eve",
    "frost", "gene", "glen", "hammer", "honor", "iris", "june", "major", "mark", "marshall",
    "may", "park", "pat", "rex", "ring", "rob", "rose", "sandy", "star", "stone", "sue", "till",
    "will", "winter", "wolf", "constance", "felicity", "harry", "held", "stern", "hart",
})
_MODALS = frozenset({"should", "would", "could", "will", "can", "must", "might", "may",
                     "shall", "did", "does", "didnt", "doesnt", "wont", "cant", "couldnt",
                     "wouldnt", "shouldnt", "has", "had", "hasnt", "hadnt"})
_ADVERBS = frozenset({"always", "never", "also", "just", "already", "really", "actually",
                      "rightly", "once", "clearly", "still", "then", "often", "usually",
                      "probably", "apparently", "even", "only", "basically", "kindly"})
# Irregular English past forms that a person does (regular ones end in "-ed").
_PAST = frozenset({
    "sent", "forgot", "did", "went", "gave", "took", "brought", "told", "thought", "found",
    "put", "kept", "left", "met", "ran", "got", "came", "saw", "wrote", "spoke", "made",
    "said", "knew", "led", "set", "sat", "stood", "won", "lost", "paid", "read", "heard",
    "meant", "felt", "held", "built", "taught", "caught", "bought", "chose", "drew", "flew",
    "began", "says", "knows", "thinks", "wants", "means", "sends", "forgets", "keeps",
})
# After "was"/"is": a place, a presence or an opinion of a person ("Sommer was on that
# trip", "Klein is away"), not a noun phrase ("Kraft is the word").
_COPULA = frozenset({"was", "is", "wasnt", "isnt"})
_COPULA_NEXT = frozenset({"on", "in", "at", "there", "here", "away", "not", "also", "right",
                          "wrong", "absolutely", "quite", "spot", "correct", "too", "with",
                          "off", "out", "back", "late", "ill", "sick", "present", "asking",
                          "saying", "talking", "referring", "pointing", "already", "still"})


def english_clause_after(text: str, end: int, word: str) -> bool:
    """Whether the German word-like name *word* ending at *end* (at a sentence's start of an
    English text) is followed by an English finite verb, so that it is the surname."""
    low = word.lower()
    if low in _ENGLISH_WORDS or low in ENGLISH_ONLY_NAME_WORDS or text[end:end + 1] != " ":
        return False
    tokens = _WORD.findall(text[end:end + 50].replace("’", "'").replace("n't", "nt"))
    i = 0
    while i < min(2, len(tokens) - 1) and tokens[i].lower() in _ADVERBS:
        i += 1  # "Roth always says", "Klein also just sent"
    if not tokens or not tokens[i].islower():
        return False
    first, following = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
    if first in _MODALS:
        return following.islower()  # "Kurz should present", "Braun did say"
    if first in _COPULA:
        return following in _COPULA_NEXT  # "Sommer was on that trip", not "… is the word"
    return first in _PAST or (first.endswith("ed") and len(first) > 4)


# Contributions a person makes, after "the <name>": "the Koch intervention".
_CONTRIBUTIONS = frozenset({
    "intervention", "proposal", "point", "paper", "suggestion", "remark", "comment", "idea",
    "argument", "question", "presentation", "input", "contribution", "example", "memo",
    "draft", "note", "objection", "critique", "framing", "approach", "amendment", "caveat",
    "statement", "position", "view", "analysis", "concern", "slides", "slide", "figures",
    "numbers", "plan", "model", "study", "report", "initiative", "quote", "thesis", "option",
    "compromise", "version", "list", "table", "breakdown", "summary", "reply", "answer",
})
_ATTRIBUTIVE = re.compile(r"[ \t]+([a-z]+)\b")
_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")


def the_before(text: str, start: int) -> bool:
    """An English definite article right before the name ("the Sahel", "the Koch …")."""
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start))


def attributive_after(text: str, end: int) -> bool:
    """A contribution noun after the name: "the Koch intervention", "the Rahman proposal"."""
    m = _ATTRIBUTIVE.match(text, end)
    return bool(m and m.group(1) in _CONTRIBUTIONS)


_SIDED_WITH = re.compile(r"(?i)\b(?:agree|agreed|agreeing|agrees|disagree|disagreed|concur|"
                         r"side|sided|siding)\s+(?:(?:more|fully|entirely|completely|"
                         r"totally|strongly)\s+)?with\s+$")


_END_OF_ADDRESS = re.compile(r"\s*[,!.;:–—]")


def sided_with_before(text: str, start: int, end: int) -> bool:
    """ "couldn't agree more with hope, …": a verb of agreeing with a person before the name
    and the end of the clause after it (not "agree with bill on this", the law)."""
    return bool(_SIDED_WITH.search(text, max(0, start - 40), start)
                and _END_OF_ADDRESS.match(text, end))


def short_form(key: str, given_names: list[set[str]]) -> list[int]:
    """Entries whose given name the folded *key* (at least three letters) shortens ("wil"
    for Will, "chris" for Christina); a short form of one participant only."""
    if len(key) < 3:
        return []
    found = [i for i, names in enumerate(given_names)
             if any(n.startswith(key) and len(n) > len(key) for n in names)]
    return found if len(found) == 1 else []


# German and French transliterations of Arabic and other sounds, to one spelling.
_TRANSLIT = (("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("dj", "j"), ("ou", "u"),
             ("oo", "u"), ("ee", "i"), ("kh", "h"), ("ph", "f"), ("w", "u"), ("y", "i"),
             ("ch", "sh"))


def transliteration(key: str) -> str:
    """One spelling of the folded surname *key* for its transliterations ("dschaburi" and
    "jabouri" are both "jaburi"; "scharif" and "sharif" both "sharif")."""
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    return re.sub(r"(.)\1", r"\1", key)
