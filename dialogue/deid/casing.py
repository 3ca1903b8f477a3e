"""A text typed without capitals, written with the capitals it would have in print.

On a phone in a real room people type "our sozialamt cant carry it", "bastian frost hier,
ausländerbehörde ostholstein" or "wir bei klima-gerecht fordern mehr": no capital tells a
German organisation noun, a role or a country from a plain word, and the affiliation
grammar reads capitals for that. ``caps_poor`` tells such a text (no word capitalised but
at a sentence start and acronyms), and ``cased`` gives it the capitals its kinds of word
take in print: a German organisation noun or role ("Sozialamt", "Landkreis",
"Sozialarbeiterin"), a country, an English nationality, the pronoun "I", the first word of
each sentence, the place that follows a district or an authority ("landkreis
marburg-biedenkopf", "ausländerbehörde ostholstein") and the organisation that follows the
writer's "bei" ("wir bei klima-gerecht", "ich arbeite bei sika"). Only the first letter of
a word changes, and only where its capital is one character, so every offset of the cased
text is an offset of the text.

Names are not cased here: the name finder reads lower-case text on its own
(names.lower_case_slot, name_senses.lower_case_full_name), and casing a roster word
("kurz", "frank") would make every ordinary use of it a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import affiliation_words as w
from .gazetteer import COUNTRIES, ORGANISATION_ACRONYMS
from .tokens import _german_role, _org

_WORD = re.compile(r"[^\W\d_][\w-]*")
_SENTENCE_END = ".!?:;\"„“(«»"
_ORG_KINDS = {"strong", "weak", "civic"}
# nouns a place follows in print: "Landkreis Marburg-Biedenkopf", "Ausländerbehörde Kiel"
_BEFORE_A_PLACE = ("kreis", "behörde", "amt", "stadt", "gemeinde", "ministerium", "botschaft",
                   "konsulat", "county", "district")
# a country of one word ("kenya", "ghana"), not the parts of longer ones ("the", "cape")
_COUNTRIES = frozenset(name.lower() for country in COUNTRIES for name in country[:2]
                        if name.isalpha())
_WRITER = {"wir", "ich", "uns", "we", "i"}
# ... and the writer's own people: "my colleagues at pik", "unsere leute bei der awo"
_WRITERS_OWN = {"my", "our", "mein", "meine", "unser", "unsere"}
# somebody of an organisation ("die kollegin von der abh"), the German nouns of whom take a
# capital in print (round 17)
_GERMAN_PEOPLE = {"kollege", "kollegin", "kollegen", "kolleginnen", "vertreterin", "vertreter"}
_PEOPLE = _GERMAN_PEOPLE | {"colleague", "colleagues", "leute", "folks", "people"}
# the writer, being from somewhere: "i'm from", "we're from", "i am from"
_WRITER_IS = re.compile(r"(?i)\b(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+$")
# an organisation's short name as it is printed: "bamf" is "BAMF", "dezim" is "DeZIM"
_ACRONYMS = {a.lower(): a for a in ORGANISATION_ACRONYMS if a.isalpha() and len(a) >= 3}
# after a participant's name, the organisation: "kai von domus care", "lotte vom lsvd"
_OF = {"von", "vom", "from", "at", "bei", "beim", "aus"}
_ARTICLES = {"der", "dem", "den", "die", "the"}
_NOT_A_NAME = w.STOP | w.DETERMINERS | w.EN_LINKS | w.DE_LINKS | {
    "and", "und", "oder", "or", "sowie", "mit", "with", "auf", "nach", "seit", "vor"}


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2 or (len(word) > 1 and word[1:2].isupper())


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].rstrip()  # a bounded look back: called per word
    return not before or before[-1] in _SENTENCE_END


def caps_poor(text: str, names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether *text* has at least two words and none capitalised but at a sentence start,
    as an acronym ("BMI", "NesT") or in a participant's name (*names*, their ranges with
    any title: "Herr Lindner vom bamf sagt …", round 15)."""
    plain = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < 2 or _acronym(word) or _sentence_start(text, m.start()) or any(
                a <= m.start() < b for a, b in names):
            continue
        if word[0].isupper():
            return False
        plain += 1
    return plain >= 2


def _takes_a_capital(word: str, low: str) -> bool:
    if low == "i" or low in _COUNTRIES or low in w.NATIONALITIES or low in _GERMAN_PEOPLE:
        return True
    if _org(low, low, "en") is not None:
        return False  # "our team", "the ministry": an English word, lower case in print
    return _org(low.capitalize(), low, "de") in _ORG_KINDS or _german_role(low)


def cased(text: str, names: Sequence[tuple[int, int]] = (),
          is_name: Callable[[str], bool] = lambda word: False,
          known: frozenset[str] = frozenset()) -> str:
    """*text* with a capital on each word that takes one in print (see the module); the
    ranges of *names* (participants' names found in it) and the words *is_name* knows (a
    word of a participant's name) mark where an organisation may follow ("kai von domus
    care"); *known* holds the short forms of the roster's organisations, folded, which are
    printed with a capital ("gew" for the roster's "GEW, Higher Education Department",
    "kodewerk" for "Kodewerk GmbH", round 17)."""
    chars = list(text)
    words = list(_WORD.finditer(text))
    after_name = _after_names(text, words, [*names, *(
        (m.start(), m.end()) for m in words if is_name(m.group()))])
    for k, m in enumerate(words):
        word = m.group()
        first = word[0]
        if not first.islower() or len(first.upper()) != 1:
            continue
        printed = _ACRONYMS.get(word.lower())
        if printed and len(printed) == len(word) and not _sentence_start(text, m.start()):
            chars[m.start():m.end()] = printed
        elif (k in after_name or _sentence_start(text, m.start())
              or _takes_a_capital(word, word.lower()) or _named_after(text, words, k)
              or len(word) >= 3 and word.lower() in known):
            chars[m.start()] = first.upper()
    return "".join(chars)


def _after_names(text: str, words: list[re.Match[str]],
                 names: Sequence[tuple[int, int]]) -> set[int]:
    """The indexes of the words of an organisation after a name and "von", "vom", "from",
    "at" …: up to three words that a punctuation mark ends ("kai von domus care, wie"), else
    one ("gregor von verdi sagt" is "Verdi")."""
    found: set[int] = set()
    ends = {end for _, end in names}
    for k, m in enumerate(words):
        if m.group().lower() not in _OF or k == 0 or words[k - 1].end() not in ends:
            continue
        if text[words[k - 1].end():m.start()].strip():
            continue
        j = k + 1
        if j < len(words) and words[j].group().lower() in _ARTICLES:
            j += 1
        run = []
        for n in range(j, min(j + 3, len(words))):
            if words[n].group().lower() in _NOT_A_NAME or text[
                    words[n - 1].end():words[n].start()].strip():
                break
            run.append(n)
        # one word ("von verdi sagt"), or all up to a punctuation mark ("von domus care,")
        rest = text[words[run[-1]].end():].lstrip()[:1] if run else ""
        found.update(run if not rest or not rest.isalnum() else run[:1])
    return found


def _is_org_noun(low: str) -> bool:
    return _org(low, low, "en") in _ORG_KINDS or _org(low.capitalize(), low, "de") in _ORG_KINDS


def _named_after(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether words[k] is the name of a place or an organisation by the words before it: a
    district or an authority right before it ("stadt gelsenkirchen"), an organisation noun
    and "in" ("our agency in chisinau"), the writer's "bei" or "at" with at most one word
    between ("wir bei", "ich arbeite bei", "we at"), or "bei uns in der", "wir in der"."""
    low = words[k].group().lower()
    if k == 0 or low in _NOT_A_NAME or len(low) < 3:
        return False
    previous = words[k - 1]
    if text[previous.end():words[k].start()].strip():
        return False  # a comma or a dash between: "das wohnungsamt, in dem"
    before = previous.group().lower()
    if before.endswith(("stadt", "kreis", "gemeinde")) and _org(
            before.capitalize(), before, "de") in _ORG_KINDS:
        return True  # "stadt gelsenkirchen", "landkreis harburg" (low is no plain word)
    if before.endswith(_BEFORE_A_PLACE) and _takes_a_capital(before, before) and (
            _takes_a_capital(low, low) or not text[words[k].end():].strip()[:1].isalpha()
            or low.endswith(("land", "holstein", "berg", "burg", "dorf", "stein", "heim"))
            or "-" in low):
        return True
    if before in {"in", "im"} and k >= 2 and _is_org_noun(words[k - 2].group().lower()):
        return True  # "our agency in chisinau", "unser büro in kassel"
    if before in {"bei", "at"} and any(
            words[j].group().lower() in _WRITER | _WRITERS_OWN
            for j in range(max(0, k - 3), k - 1)):
        return True  # "wir bei klima-gerecht", "für uns bei unhcr", "my colleagues at pik"
    if before == "from" and _WRITER_IS.search(text, max(0, previous.start() - 12),
                                              previous.start()):
        return True  # round 15: "i'm from germanwatch", "we're from the …" has its article
    if k >= 2 and before in _ARTICLES | _WRITERS_OWN and not text[
            words[k - 2].end():previous.start()].strip():
        link = words[k - 2].group().lower()  # round 17: an article or "our" between
        earlier = {w.group().lower() for w in words[max(0, k - 5):k - 2]}
        if link in {"bei", "at"} and (
                before in _WRITERS_OWN or earlier & (_WRITER | _WRITERS_OWN)):
            return True  # "we at the abh aachen", "at our abh in aachen"
        if link in {"von", "vom", "from"} and earlier & _PEOPLE:
            return True  # "die kollegin von der abh", "the colleague from the ba"
    lead = [w.group().lower() for w in words[max(0, k - 4):k]]
    if before not in {"der", "dem", "im", "am", "beim"}:
        return False
    # "bei uns in der abh", "bei uns am pik", "wir in der abh"
    return "bei uns" in " ".join(lead) or lead[-2:-1] == ["in"] and bool(_WRITER & set(lead[:-2]))
