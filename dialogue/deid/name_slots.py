"""Slots that show a person for a word-like or shortened roster name (round h14s).

``name_context.ambiguous_ok`` and ``names.py`` ask these besides ``name_grammar``:

- ``english_clause_after``: in an English text, a word-like surname that is a *German* word
  ("Sommer", "Klein", "Braun", "Kurz") at the start of a sentence before an English finite
  verb is the surname: an English sentence does not begin with a German noun or adjective
  ("Klein mailed the table", "Braun never said", "Kurz could walk us through", "Roth keeps
  asking");
  "Stone was thrown" or "May was busy" are English words and are left to the other rules;
- ``attributive_after``: a name used as an attribute of a contribution after "the" ("the
  Klein proposal", "the Weber paper"), where a common noun would not stand;
- ``german_clause_after``: the same in German with a verb whose subject is a person and no
  subject pronoun after it ("Klein schickte die Tabelle", not "Kurz schickte er noch …");
  ``german_subject_after``: "Kurz hatte ich überlegt" is an adverb before verb and subject;
- ``sided_with_before``: a verb of agreeing with a person before it ("I agree with hope, …");
- ``determiner_before``: a fuzzy match right after a determiner is a noun ("kein Mensch"
  is not roster Mensah);
- ``short_form``: a prefix of exactly one roster given name, addressed ("Hi Max," for Maximilian);
- ``transliterations``: keys of a surname with its spelling of Arabic or Cyrillic sounds
  normalised ("Dschunaidi" and "Jounaidi" share one), so a German transliteration finds the
  roster's English one and back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .name_words import ENGLISH_ONLY_NAME_WORDS, REPORTING_VERBS

_WORD = re.compile(r"[^\W\d_]+")

# Name words that are English words too: "Stone was thrown", "May was busy", "Will can".
_ENGLISH_WORDS = frozenset({
    "amber", "angel", "april", "art", "august", "autumn", "brand", "can", "carol", "don", "eve",
    "frost", "gene", "glen", "hammer", "honor", "iris", "june", "major", "mark", "marshall",
    "may", "park", "pat", "rex", "ring", "rob", "rose", "sandy", "star", "stone", "sue", "till",
    "will", "winter", "wolf", "constance", "felicity", "harry", "held", "stern", "hart",
    "hell", "arm", "hand", "wild", "bitter", "warm", "horn", "gut", "fels", "kiefer",
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
# After "was"/"is": a place, a presence or an opinion of a person ("Sommer is away", "Klein
# was in Accra"), not a noun phrase ("Kraft is the word").
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
        i += 1  # "Roth also just asked", "Klein never mailed"
    if not tokens or not tokens[i].islower():
        return False
    first, following = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
    if first in _MODALS:
        return following.islower()  # "Kurz could explain", "Braun did mention"
    if first in _COPULA:
        return following in _COPULA_NEXT  # "Sommer is away", not "Sommer is the season"
    return first in _PAST or (first.endswith("ed") and len(first) > 4)


# Contributions a person makes, after "the <name>": "the Klein proposal".
_CONTRIBUTIONS = frozenset({
    "intervention", "proposal", "point", "paper", "suggestion", "remark", "comment", "idea",
    "argument", "question", "presentation", "input", "contribution", "example", "memo",
    "draft", "note", "objection", "critique", "framing", "approach", "amendment", "caveat",
    "statement", "position", "view", "analysis", "concern", "slides", "slide", "figures",
    "numbers", "quote", "option", "compromise", "version", "breakdown", "summary", "reply",
    "answer",
})
# Not "report", "plan", "model", "study": "the Marshall plan", "the Stein report" name
# famous things as often as a participant's work.
# Also behind other names ("the Klein and Osei proposals") and as a compound ("the
# Osei-led panel").
_ATTRIBUTIVE = re.compile(r"[-‐][a-z]|(?:\s*(?:,|/|&|\sand\s)\s*[A-ZÄÖÜ][\w-]*)*[ \t]+"
                          r"([a-z]+)\b")
_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")


# round 15: a German article or determiner right before a capitalised word makes it a noun
# ("auf diese Weise", "über den Brenner", "in der Marina"), but not a relative pronoun after
# a comma ("die Zahlen, die Thomas genannt hat", "über die Olena sprach")
_GERMAN_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:der|die|das|den|dem|des|k?ein|k?eine[mnrs]?|jede[mnrs]?|diese[mnrs]?|"
    r"jene[mnrs]?|welche[mnrs]?)[ \t]+"
    # round 19: and its inflected adjectives, in lower case ("die zuständige Kammer")
    r"(?-i:(?:[a-zäöüß]{3,}(?:e|en|er|es|em)[ \t]+){0,2})$")
_RELATIVE_BEFORE = re.compile(r"[,;(–—][ \t]*(?:\w+[ \t]+)?(?:der|die|das|den|dem)[ \t]+$")
# a saint's name: "kita st. martin", "St. Martin's lantern walk", "Sankt Georg" (round 19)
_SAINT_BEFORE = re.compile(r"(?i)\b(?:st\.|sankt|saint|san|santa|são)[ \t]*$")


def german_determiner_before(text: str, start: int) -> bool:
    """A German article or determiner before the name, right before it or with up to two
    inflected adjectives between ("die zuständige Kammer"), and not a relative pronoun."""
    window = max(0, start - 30)
    return bool(_GERMAN_DETERMINER_BEFORE.search(text, max(0, start - 40), start)
                and not _RELATIVE_BEFORE.search(text, window, start))


def saint_before(text: str, start: int) -> bool:
    """ "St." or "Sankt" right before the name: a saint, a church, a festival or a place."""
    return bool(_SAINT_BEFORE.search(text, max(0, start - 8), start))


# round 16: a capitalised roster word with an adjective's ending opening a German sentence
# right before a noun is that noun's adjective: "Reiche Länder importieren …", "Junge
# Menschen brauchen …" (a name opening a sentence is followed by its verb or a comma)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“„(–—]\s*)$")
_NOUN_AFTER = re.compile(r"[ \t]+([A-ZÄÖÜ][a-zäöüß]{2,})(?=[ \t]+[a-zäöüß])")


def german_adjective_opening(text: str, start: int, end: int,
                             is_name: Callable[[str], bool]) -> bool:
    """An adjective-like roster word opening a German sentence before a noun (above);
    *is_name* tells a roster name part, which makes the pair a full name instead."""
    word = text[start:end]
    if not word[:1].isupper() or not word.endswith(("e", "en", "er", "es", "em")):
        return False
    noun = _NOUN_AFTER.match(text, end)
    return bool(noun and not is_name(noun.group(1))
                and _SENTENCE_OPENS.search(text, max(0, start - 4), start))


def the_before(text: str, start: int) -> bool:
    """An English definite article right before the name ("the Jordan", "the Klein …")."""
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start))


def attributive_after(text: str, end: int) -> bool:
    """A contribution noun after the name: "the Klein proposal", "the Osei paper"."""
    m = _ATTRIBUTIVE.match(text, end)
    if not m:
        return False
    noun = m.group(1)
    return noun is None or noun in _CONTRIBUTIONS or noun[-1:] == "s" and (
        noun[:-1] in _CONTRIBUTIONS)


# German compounds of a name and a contribution: "der Koch-Vorschlag", "das Weber-Papier".
_CONTRIBUTION_COMPOUND = re.compile(
    r"[-‐](?:Vorschlag|Vorschläge|Papier|Beitrag|Idee|Einwand|Hinweis|Punkt|Folien?|Zahlen|"
    r"Frage|Kommentar|Präsentation|Vortrag|Input|Position|Antrag|Entwurf|Memo|Thesen?|"
    r"Proposal|Paper|Point|Slides?|Intervention)(?:s|es|n)?\b")


def contribution_compound(text: str, start: int, end: int) -> bool:
    """ "der Koch-Vorschlag": a capitalised name joined to a contribution noun (not a part
    of a longer compound, "Paul-Ehrlich-Institut")."""
    return (text[start:start + 1].isupper() and not re.match(r"[-‐]", text[start - 1:start])
            and bool(_CONTRIBUTION_COMPOUND.match(text, end)))


_SIDED_WITH = re.compile(r"(?i)(?:\b(?:agree|agreed|agreeing|agrees|disagree|disagreed|concur|"
                         r"side|sided|siding)\s+(?:(?:more|fully|entirely|completely|"
                         r"totally|strongly)\s+)?(?:with|w/)|\baccording\s+to|\bas\s+per|\+1\s+to|"
                         r"(?:^|\s)(?:cc|ping|pinging))\s+$")


_END_OF_ADDRESS = re.compile(r"\s*[,!.;:–—]")


def sided_with_before(text: str, start: int, end: int) -> bool:
    """ "couldn't agree more with hope, …", "+1 to will.", "according to grace,": a verb of
    agreeing with a person or a source before the name and the end of the clause after it
    (not "agree with bill on this", the law)."""
    return bool(_SIDED_WITH.search(text, max(0, start - 40), start)
                and _END_OF_ADDRESS.match(text, end))


# Words after a greeting that are no short form of a given name: "Thanks all," "Hi team,"
_NOT_SHORT_FORMS = frozenset({"all", "everyone", "everybody", "team", "folks", "guys", "both",
                              "again", "much", "alle", "allen", "zusammen", "leute", "you",
                              "for", "und", "and", "the", "mate", "dear", "liebe", "there",
                              "chair", "colleagues", "friends", "moderator", "panel", "so",
                              "world", "kollegen", "kolleginnen", "ihr", "euch"})


# A determiner right before a word: a fuzzy match there is a noun ("kein Mensch").
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|der|die|das|den|dem|des|k?ein|k?eine[mnrs]?|"
                                r"jede[mnrs]?|diese[mnrs]?|jene[mnrs]?)\s+$")


def determiner_before(text: str, start: int) -> bool:
    """A determiner right before the word: a fuzzy match there is a noun ("kein Mensch")."""
    return bool(_DETERMINER_BEFORE.search(text, max(0, start - 12), start))


# A vocative at a sentence's start: "Max, could you …", "Chris, du hattest …".
_VOCATIVE_AFTER = re.compile(r"\s*,\s+(?:[\w']+\s+){0,3}?(?:you|your|du|dich|dir|dein\w*|"
                             r"Sie|Ihnen|euch)\b|\s*,\s+(?:could|can|would|kannst|könntest|"
                             r"könnten|thanks|danke)\b")
_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")


def addressed_short(text: str, start: int, end: int) -> bool:
    """A vocative slot for a short form: "Max, could you …" at a sentence's start."""
    return bool(_START.search(text, max(0, start - 5), start) and _VOCATIVE_AFTER.match(text, end))


def short_form(key: str, given_names: list[set[str]]) -> list[int]:
    """Entries whose given name the folded *key* (at least three letters) shortens ("wil"
    for Will, "chris" for Christina); a short form of one participant only."""
    if len(key) < 3 or key in _NOT_SHORT_FORMS:
        return []
    found = [i for i, names in enumerate(given_names)
             if any(n.startswith(key) and len(n) > len(key) for n in names)]
    return found if len(found) == 1 else []


# German and English transliterations of Arabic, Cyrillic and other sounds, to one spelling:
# German "dsch", "sch", "tsch", "w" are English "j", "sh", "ch", "v"; German "ch" is also
# English "kh" (a second key).
_TRANSLIT = (("dsch", "j"), ("dj", "j"), ("sch", "sh"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
             ("ph", "f"), ("q", "k"), ("ai", "ei"), ("y", "i"), ("w", "v"), ("tsh", "ch"))
_DOUBLE = re.compile(r"(.)\1")


def transliterations(key: str) -> set[str]:
    """Spellings of the folded surname *key* for its transliterations: "dschunaidi" and
    "jounaidi" share "juneidi", "schewtschenko" and "shevchenko" share "shevchenko",
    "chalil" and "khalil" share "chalil", "hussain" and "hussein" share "husein"."""
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    key = _DOUBLE.sub(r"\1", key)
    if key.startswith("el") and len(key) > 5:
        key = "al" + key[2:]  # "Eldschunaidi" written together for al-Jounaidi
    return {key, key.replace("kh", "ch")}


# German finite verbs whose subject is a person: after a word-like surname at the start of a
# sentence they show the name ("Klein schickte die Tabelle", "Braun vergaß zu erwähnen").
# An adjective in the first place is followed by the subject instead ("Kurz schickte er
# noch eine Mail hinterher", "Klein kann man das nicht nennen").
_GERMAN_PERSON_VERBS = frozenset({
    "schickte", "schickt", "vergaß", "vergisst", "präsentierte", "präsentiert", "berichtete",
    "berichtet", "schrieb", "schreibt", "sprach", "spricht", "rief", "ruft", "meldete",
    "meldet", "leitete", "leitet", "moderierte", "moderiert", "organisierte", "organisiert",
    "plant", "plante", "arbeitet", "arbeitete", "kennt", "kannte", "erzählte", "erzählt",
    "widersprach", "widerspricht", "bestätigte", "bestätigt", "ergänzte", "ergänzt",
    "antwortete", "antwortet", "fragt", "betont", "erwähnt", "erklärt", "schlägt", "fordert",
    "forderte", "kritisierte", "kritisiert", "warnte", "warnt", "verwies", "verweist",
    "teilte", "teilt", "schilderte", "schildert", "wollte", "möchte", "sollte",
    "könnte", "kann", "muss", "hatte", "war", "ist",
})
# Nominative pronouns and "der" only: after a verb of a person "die", "das", "es" or "sie"
# start its object as often as a subject ("Klein schickte die Tabelle", "Klein hat es
# gesagt"), but "Kurz erklärte der Minister …" has its subject after the verb.
_GERMAN_SUBJECTS = frozenset({"er", "man", "ich", "wir", "du", "jemand", "niemand", "der"})
# After "war"/"ist": a place or presence ("Sommer war auch auf der Reise"), not a predicate.
_GERMAN_COPULA_NEXT = frozenset({"dabei", "da", "dort", "hier", "krank", "verhindert",
                                 "unterwegs", "zugeschaltet", "online", "zurück", "weg"})
_GERMAN_FILLERS = frozenset({"auch", "leider", "heute", "gestern", "ja", "doch", "noch"})


# A finite verb, a negation and the end of the clause: the word before is its subject
# ("Wolff übertreibt nicht.", "Stern irrt sich nie,"), as an adverb would need one after.
_NEGATED_VERB = re.compile(r"[ \t]+(?-i:[a-zäöüß]{3,}t)(?:[ \t]+sich)?[ \t]+"
                           r"(?:nicht|nie|selten|kaum)[ \t]*[,.;:!?–—]")


def german_clause_after(text: str, end: int, word: str) -> bool:
    """Whether a German finite verb of a person follows the word-like surname *word* at the
    start of a sentence, with no other subject after it."""
    if text[end:end + 1] != " ":
        return False
    tokens = _WORD.findall(text[end:end + 40])
    if tokens and _NEGATED_VERB.match(text, end):
        return True  # "Wolff übertreibt nicht, …": no other subject is left for the verb
    if not tokens or tokens[0] not in _GERMAN_PERSON_VERBS:
        return False
    following = tokens[1] if len(tokens) > 1 else ""
    if following.lower() in {"wurde", "wurden", "worden", "wird", "werden"}:
        return False  # "Scharf kritisiert wurde die Regel": a participle, in the passive
    if following.lower() in _GERMAN_SUBJECTS:
        return False  # "Kurz schickte er …", "Klein ist das Problem nicht"
    if tokens[0] in {"war", "ist"}:
        rest = [t for t in tokens[1:4] if t not in _GERMAN_FILLERS]
        return bool(rest) and rest[0] in _GERMAN_COPULA_NEXT  # "Sommer war auch dabei"
    return True


def german_subject_after(text: str, end: int) -> bool:
    """A subject pronoun right after the verb that follows the word: "Kurz hatte ich
    überlegt", "Klein hat man angefangen" – the word is an adverb, not the subject."""
    tokens = _WORD.findall(text[end:end + 30])
    return (len(tokens) > 1 and tokens[1] in _GERMAN_SUBJECTS
            and (tokens[0] in _GERMAN_PERSON_VERBS or tokens[0] in REPORTING_VERBS))


# What only a person does: after an English word-like name at a sentence's start ("Hope
# forwarded the link", "Mark did say so", "Grace should present it") the name is meant;
# abstract nouns rise, fade, grow and remain, but do not mail or present.
_PERSON_ACTIONS = frozenset({
    "sent", "forgot", "mailed", "emailed", "presented", "promised", "offered", "phoned",
    "volunteered", "circulated", "forwarded", "posted", "uploaded", "drafted", "chaired",
    "moderated", "organised", "organized", "invited", "introduced", "interviewed", "visited",
    "attended", "travelled", "traveled", "contacted", "recommended", "apologised",
    "apologized", "sends", "forgets", "presents", "promises", "chairs", "moderates",
    "organises", "organizes", "invites", "recommends", "emails", "mails",
})
_PERSON_ACTIONS_BASE = frozenset({
    "send", "forget", "present", "promise", "phone", "call", "circulate", "forward", "post",
    "upload", "draft", "chair", "moderate", "organise", "organize", "invite", "introduce",
    "visit", "attend", "contact", "recommend", "walk", "share", "explain", "mention", "say",
    "tell", "ask", "answer", "confirm", "clarify", "comment", "email", "mail", "apologise",
    "apologize",
})


def person_action_after(text: str, end: int) -> bool:
    """An English verb that only a person does after the name ("Hope forwarded …", "Mark
    did say …", "Grace should present …"), also behind an adverb ("Will also sent")."""
    if text[end:end + 1] != " ":
        return False
    tokens = _WORD.findall(text[end:end + 50].replace("’", "'").replace("n't", "nt"))
    i = 0
    while i < min(2, len(tokens) - 1) and tokens[i].lower() in _ADVERBS:
        i += 1
    if not tokens or not tokens[i].islower():
        return False
    if tokens[i] in _PERSON_ACTIONS:
        return True
    return (tokens[i] in _MODALS and i + 1 < len(tokens)
            and tokens[i + 1] in _PERSON_ACTIONS_BASE)


# After a short form of a given name: its participant's family name ("Alex Wolff").
_NEXT_WORD = re.compile(r"(?:[ \t]{1,2}|\s?[-‐]\s?)([^\W\d_]+)")
_SHORT_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")


def short_form_slot(text: str, start: int, end: int, given: set[str], family: set[str],
                    common: bool = False) -> bool:
    """Whether the short form at ``text[start:end]`` of a participant's given name (their
    only one in the roster) means them: before their family name ("Alex Wolff"), in a text
    that also names them in full ("Alexandra – or Alex, as you prefer"), or at a sentence's
    start before a verb of speaking ("Alex hat die Zahlen vorgestellt", "Alex said …"). A
    short form that is a first name of its own ("Christian" for Christiane) needs one of
    the first two."""
    from .name_context import fold
    from .name_grammar import speaks_after

    following = _NEXT_WORD.match(text, end)
    if following and fold(following.group(1)) in family:
        return True
    words = {fold(w) for w in _WORD.findall(text)}
    if words & given:
        return True
    if common:
        return False
    return bool(_SHORT_SENTENCE_START.search(text, max(0, start - 10), start) and (
        speaks_after(text, end) or german_clause_after(text, end, text[start:end])))
