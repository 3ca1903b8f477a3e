"""Round 9 (h9a): a lone roster name part that means a public namesake, a place or a word.

``names._accept`` asks ``public_or_word`` about a lone name part (also one with a title)
after ``name_shapes.namesake_or_word`` and vetoes it when it says yes. The shapes:

- a rank that no participant bears before the name: a ruler or a religious rank
  (``Sheikh``, ``King``, ``Sultan``, ``Pope``), ``President`` in English, and a military or
  naval rank before a famous surname (``Captain Drake``); a public figure's surname with
  its office as an apposition (``Johansson as Commissioner``); heads of government
  (``Prime Minister``, ``Bundeskanzlerin``);
- a country or nationality that is only a typo away from a roster name (``Sudan`` for
  Sudani): places are not misspelt names;
- an era or a policy of a namesake in a hyphenated compound: ``Mahama-era``,
  ``Brenner-Ära``, and for a public figure ``Johansson-Reformen``;
- an institution, street or county named after somebody, in English word order with
  capitalised words between: ``Haydn Technical College``, ``Brenner County``;
- a ruler: ``Mahama's government``, ``Mahamas Regierung``, ``Haydn's Austria was …``,
  ``Under Drake, England …``;
- the maker of a work or a figure of history: ``Haydn wrote …, symphonies``,
  ``Mahama ruled the region in 1979`` (a deed no participant does and a year before 1990);
- a greeting or a wish that is also a name: ``Shalom aleichem``, ``Shalom to
  everyone``, ``goodluck getting …``, and fixed Latin phrases (``Felix culpa``);
- a thing called by the name: ``The programme is called Amani``; a kunya or patronym that
  is not the participant's (``Abu Tariq``);
- an English word in lower case: after a determiner and perhaps adjectives (``the red
  brick``, ``the entry nail``), inside a lower-case compound (``red-brick``), after a modal
  (``will quickly nail``); an English function word that looks like a German genitive
  (``Thus`` for a roster ``Thu``);
- a German noun after a possessive determiner (``Mein Fuchs``), after ``als`` and an
  adjective (``als gelernter Bäcker``), or as the predicate of a saying (``Der Kunde ist
  Kaiser``).

Each shape leaves the person in a slot that shows one (tests in
``tests/deid/test_deid_h9a_person.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import COUNTRIES
from .name_context import fold, looks_like_english
from .name_grammar import speaks_after
from .name_shapes import FAMOUS_SURNAMES
from .name_things import KNOWN_PLACES

if TYPE_CHECKING:
    from .names import NameMatcher, _Hit

_START = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*|[\"“„(–—]\s*)$")

# --- ranks ------------------------------------------------------------------------------
_RULER_BEFORE = re.compile(
    r"(?:\b(?:Sheikh|Sheikha|Shaikh|Scheich|Scheicha|King|Queen|Sultan|Sultanin|Emir|Amir|"
    r"Emperor|Empress|Kaiserin|Pharaoh|Pharao|Tsar|Czar|Zar|Prince|Princess|Prinz|Prinzessin|"
    r"Königin|Pope|Papst|Saint|Sankt|Ayatollah|Mullah|Maharaja|Shah|Schah|Prime[ \t]+Minister|"
    r"Premierminister(?:in)?|Bundeskanzler(?:in)?|Staatspräsident(?:in)?|"
    r"Bundespräsident(?:in)?)[ \t]+)$")
_PRESIDENT_BEFORE = re.compile(r"(?<![Vv]ice[ -])(?<![Vv]ice)\bPresident[ \t]+$")
_MILITARY_BEFORE = re.compile(r"\b(?:Captain|Kapitän|Admiral|General|Colonel|Commodore|"
                              r"Field[ \t]+Marshal|Feldmarschall)[ \t]+$")
_OFFICE_APPOSITION = re.compile(
    r"[ \t]+(?:as|als)[ \t]+(?:(?:EU|UN|High|Vice|former|then)[ \t-]+)?(?:Commissioner|"
    r"Chancellor|Minister|President|Prime[ \t]+Minister|Secretary[ \t-]+General|Kommissar(?:in)?|"
    r"Kanzler(?:in)?|Minister(?:in)?|Präsident(?:in)?|Generalsekretär(?:in)?)\b")
# Famous bearers of a surname beyond ``name_shapes.FAMOUS_SURNAMES``: explorers, rulers,
# composers and painters that come up in a policy talk as a comparison.
_MORE_FAMOUS = frozenset(fold(w) for w in (
    "Columbus", "Magellan", "Nelson", "Drake", "Sadat", "Händel",
    "Haydn", "Verdi", "Puccini", "Dürer", "Picasso", "Kahlo", "Cobain", "Tucholsky",
    "Rembrandt", "Vermeer", "Monet", "Tolstoy", "Tolstoi", "Cervantes", "Dante"))
_ADDRESSED_AFTER = re.compile(r"[ \t]*,[ \t]*(?:welcome|willkommen|thank|thanks|danke|could|"
                              r"can|would|do|did|könnten|können|haben|bitte)\b")


def _ranked(matcher: NameMatcher, text: str, start: int, end: int, key: str) -> bool:
    """A ruler's or religious rank, ``President`` or a military rank before a famous
    surname: the public bearer, unless the sentence goes on to address them."""
    before = text[max(0, start - 30):start]
    if _ADDRESSED_AFTER.match(text, end):
        return False  # "President Kenyi, welcome to the panel"
    if _RULER_BEFORE.search(before) or _PRESIDENT_BEFORE.search(before):
        return True
    famous = key in FAMOUS_SURNAMES or key in _MORE_FAMOUS or key in matcher._public_family
    if famous and _MILITARY_BEFORE.search(before):
        return True
    return key in matcher._public_family and bool(_OFFICE_APPOSITION.match(text, end))


# --- places, eras, institutions, works, history ----------------------------------------
_PLACES = KNOWN_PLACES | frozenset(fold(w) for c in COUNTRIES for w in c)
_COUNTRY_NAMES = frozenset(fold(w) for c in COUNTRIES for w in c[:2])
_ERA_COMPOUND = re.compile(r"(?i)[-‐](?:era|ära|years|jahre|zeit|zeiten|regime|regierung|"
                           r"government|administration|doctrine|doktrin)\b")
_POLICY_COMPOUND = re.compile(r"(?i)[-‐](?:kürzungen|cuts|reform|reformen|politik|policy|"
                              r"budget|haushalt|sparkurs|plan)\b")
_INSTITUTION_AFTER = re.compile(
    r"(?:[ \t]+(?-i:[A-Z])[a-z]+){0,2}[ \t]+(?:University|Institute|College|School|Academy|"
    r"Foundation|Hospital|Museum|Stadium|Airport|Street|Square|Avenue|Road|Bridge|Prize|"
    r"Award|County|Library|Lecture|Theatre|Theater|Memorial|Mosque|Cathedral|Dam)\b")
# ... not the idiom of a participant: "painted a bleak picture", "malte ein düsteres Bild"
_WORK_VERB_AFTER = re.compile(r"[ \t]+(?:composed|painted|sculpted|komponierte|malte|dichtete)\b"
                              r"(?![^.!?;]{0,40}\b(?:picture|pictures|bild|bilder|scenario)\b)")
_WROTE_AFTER = re.compile(
    r"[ \t]+(?:wrote|schrieb)\b(?:(?!\b(?:that|dass|in[ \t]+the[ \t]+chat|im[ \t]+chat|here|"
    r"hier|earlier|vorhin)\b)[^.!?;]){0,60}?\b(?:opera|operas|novel|novels|symphony|"
    r"symphonies|poem|poems|libretto|cantata|oper|opern|roman|romane|sinfonie|symphonie|"
    r"gedicht|gedichte|theaterstück|kantate)\b", re.IGNORECASE)
# ... deeds no participant does (not "founded", "was born": participants found networks)
_DEED_AFTER = re.compile(
    r"[ \t]+(?:nationalised|nationalized|conquered|ruled|reigned|invaded|annexed|abdicated|"
    r"colonised|colonized|died|was[ \t]+assassinated|was[ \t]+overthrown|was[ \t]+deposed|"
    r"verstaatlichte|eroberte|regierte|herrschte|starb|wurde[ \t]+gestürzt|"
    r"wurde[ \t]+ermordet)\b")
_OLD_YEAR = re.compile(r"\b1(?:[0-8]\d\d|9[0-8]\d)\b")


# A ruler's government or country: "Mahama's government", "Mahamas Regierung", "Haydn's Austria"
_GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s?|s)?[ \t]+(?:(?:government|administration|regime|cabinet|presidency|premiership|"
    r"junta|dictatorship|reign)\b|(?-i:Regierung|Regime|Kabinett|Präsidentschaft|Herrschaft|"
    r"Diktatur|Junta)\b)")
# ... the country as the subject, not before a unit of the participant ("Haydn's Austria office")
_COUNTRY_AFTER = re.compile(r"['’]s?[ \t]+((?-i:[A-Z])[a-z]+)(?=[ \t]*(?:[,.;:!?)–—]|$)|[ \t]+"
                            r"(?:is|was|has|had|will|would|can|could|did|does|remains|became|"
                            r"under|in|of|[a-z]+ed)\b)")
_UNDER_BEFORE = re.compile(r"(?:^|[.!?;]\s+|,\s+)(?:[Uu]nder|[Uu]nter)[ \t]+$")


def _ruler(text: str, start: int, end: int, family: bool) -> bool:
    """ "Mahama's government", and for a surname "Haydn's Austria was …", "Under Drake,
    England …" (not "Efua's Ghana has changed", her Ghana): who governs."""
    if _GOVERNMENT_AFTER.match(text, end):
        return True
    if not family:
        return False
    country = _COUNTRY_AFTER.match(text, end)
    if country and fold(country.group(1)) in _COUNTRY_NAMES:
        return True
    after = re.match(r"[ \t]*,[ \t]*(?:the[ \t]+)?((?-i:[A-ZÄÖÜ])\w+)", text[end:end + 30])
    return bool(_UNDER_BEFORE.search(text, max(0, start - 10), start) and after
                and fold(after.group(1)) in _COUNTRY_NAMES)


def _history(text: str, end: int) -> bool:
    """ "Mahama ruled the region in 1979": a deed of history and an old year."""
    if not _DEED_AFTER.match(text, end):
        return False
    sentence = re.split(r"[.!?]\s", text[end:end + 160], maxsplit=1)[0]
    return bool(_OLD_YEAR.search(sentence))


# --- greetings, wishes, phrases, things called so ----------------------------------------
_GREETINGS = frozenset({"salam", "salaam", "selam", "shalom", "salut", "jambo", "ciao",
                        "aloha", "namaste"})
_GREETING_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]+(?:a?l?[ -]?(?:aleikum|alaikum|alaykum|alejkum|aleykum|alikum|"
    r"aleichem|alechem)|"
    r"(?:to|an)[ \t]+(?:everyone|everybody|all|you[ \t]+all|alle|allen|euch)|"
    r"(?:nach|to)[ \t]+(?-i:[A-ZÄÖÜ])\w+[ \t]+(?:und|and|&)[ \t]+)")
_WISHES = frozenset({"goodluck"})
_WISH_AFTER = re.compile(r"(?i)[ \t]+(?:[a-z]+ing|with|on|to[ \t]+(?:you|all|everyone)|"
                         r"for|mit|bei)\b")
_PHRASES = frozenset({("felix", "culpa"), ("felix", "austria"), ("rosa", "canina"),
                      ("gloria", "patri"), ("victoria", "regia"), ("fortuna", "imperatrix"),
                      ("amor", "fati"), ("pax", "romana"), ("stella", "maris"),
                      ("dolores", "park")})
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_CALLED_BEFORE = re.compile(
    r"(?i)\b(?:project|programme|program|initiative|campaign|app|platform|scheme|fund|"
    r"network|centre|center|course|pilot|projekt|programm|initiative|kampagne|plattform|"
    r"netzwerk|zentrum|fonds|kurs)\b(?:(?!\b(?:lead|leader|manager|coordinator|head|director|"
    r"officer|colleague|contact|person|woman|man|leiterin|leiter|kollegin|kollege|koordinatorin|"
    r"koordinator|chef|chefin)\b)[^.!?;]){0,30}?\b(?:is|was|are|were)?[ \t]*(?:called|"
    r"named|dubbed|heißt|hieß|heißen|namens|genannt)[ \t]+[\"“„'‘]?$")


# --- English words in lower case ----------------------------------------------------------
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(the|this|these|those|its|their)[ \t]+((?:[a-z]+(?:-[a-z]+)?[ \t]+){0,2})$")
# ... "this hammer will present" is somebody: a verb after a demonstrative
_VERB_NEXT = re.compile(r"[ \t]+(?:[a-z]+ed|[a-z]+s|is|was|has|had|will|would|can|could|"
                        r"should|may|might|must|did|does|do)\b")
_PERSON_NOUNS = frozenset({"colleague", "colleagues", "friend", "dear", "chair", "moderator",
                           "speaker", "participant", "guest", "delegate", "expert", "director",
                           "minister", "ambassador", "consul", "person", "one", "lady",
                           "gentleman", "mr", "ms", "mrs", "dr", "prof", "esteemed",
                           "honourable", "honorable"})
_NOT_AFTER_WORD = re.compile(
    r"(?i)['’]s?\b|[ \t]+(?:said|says|wrote|mentioned|asked|argued|noted|suggested|proposed|"
    r"explained|pointed|thinks|agreed|point|points|proposal|paper|idea|question|comment|"
    r"slides|numbers|approach|plan|model|draft|figures|data|study|report|team|argument|"
    r"example|remark|suggestion|input|position|view|take|and[ \t]+[a-z]+[ \t]+(?:said|"
    r"wrote|argued))\b")
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|can|could|should|must|may|might|shall)"
                           r"[ \t]+(?:[a-z]+ly[ \t]+)?$")
_OBJECT_AFTER = re.compile(r"(?i)[ \t]+(?:that|this|it|them|the|a|an|every|each|our|their|"
                           r"any|all|these|those)\b")
_LOWER_COMPOUND_BEFORE = re.compile(r"([a-z]{2,})[-‐]$")
_ENGLISH_FUNCTION_WORDS = frozenset({"this", "thus", "his", "its", "has", "was", "does",
                                     "goes", "yes", "less", "plus", "us", "as", "is", "bus",
                                     "gas", "whereas", "perhaps", "always"})

# --- German nouns ---------------------------------------------------------------------------
_POSSESSIVE_BEFORE = re.compile(r"\b(?:[Mm]ein|[Dd]ein|[Ss]ein|[Uu]nser|[Ee]uer|[Ee]ure|"
                                r"[Mm]eine|[Dd]eine|[Ss]eine|[Uu]nsere)(?:[mnrs])?[ \t]+$")
_ALS_ADJECTIVE_BEFORE = re.compile(r"(?i)\bals[ \t]+(?-i:[a-zäöüß])[a-zäöüß]{2,}(?:er|e|es)"
                                   r"[ \t]+$")
_SAYING = re.compile(r"(?:^|[.!?]\s+|[\"“„]\s*)(?:Der|Die|Das)[ \t]+(?-i:[A-ZÄÖÜ])[a-zäöüß]+"
                     r"[ \t]+(?:ist|bleibt|war)[ \t]+$")
_SAYING_END = re.compile(r"[ \t]*(?:[,.;:!?\"“”–—]|$)")


def _english_word(matcher: NameMatcher, text: str, start: int, end: int, word: str) -> bool:
    """A lower-case roster word in a text that has capitals, used as an English word."""
    if not word.islower() or text == text.lower() or not looks_like_english(text):
        return False
    before = text[max(0, start - 40):start]
    det = _DETERMINER_BEFORE.search(before)
    if det and not any(w in _PERSON_NOUNS for w in det.group(2).split()) and not (
            _NOT_AFTER_WORD.match(text, end) or speaks_after(text, end)
            or det.group(1).lower() != "the" and _VERB_NEXT.match(text, end)):
        return True  # "the red brick of the station", "the entry nail in the door"
    compound = _LOWER_COMPOUND_BEFORE.search(before)
    if compound and fold(compound.group(1)) not in matcher._index:
        return True  # "red-brick", but not "al-sayed" (the participant's particle)
    return bool(_MODAL_BEFORE.search(before) and _OBJECT_AFTER.match(text, end))


def _german_noun(text: str, start: int, end: int, word: str, family: bool) -> bool:
    """A capitalised German noun: a surname after a possessive ("Mein Fuchs", not "unsere
    Greta"), after "als" and an adjective, or the predicate of a saying ("Der Kunde ist
    Kaiser")."""
    if not word[:1].isupper() or looks_like_english(text):
        return False
    before = text[max(0, start - 40):start]
    if family and _POSSESSIVE_BEFORE.search(before) or _ALS_ADJECTIVE_BEFORE.search(before):
        return True
    return bool(_SAYING.search(before) and _SAYING_END.match(text, end))


# An Arabic kunya or patronym before the name: "Abu Tariq" (a place, or somebody's father)
_KUNYA_BEFORE = re.compile(r"(?i)\b(abu|abou|ibn|bin|bint|umm|ould)[ \t]+$")


def _kunya(matcher: NameMatcher, text: str, hit: _Hit) -> bool:
    """ "Abu Tariq runs the bakery": a kunya that is not the participant's own name part."""
    m = _KUNYA_BEFORE.search(text, max(0, hit.start - 8), hit.start)
    if not m or not text[hit.start].isupper() or (
            m.group(1).lower() == "bin" and not looks_like_english(text)):
        return False  # German "Ich bin Tariq"
    own = {p.entry for p in hit.parts}
    return not any(p.entry in own for p in matcher._index.get(m.group(1).lower(), ()))


def public_or_word(matcher: NameMatcher, text: str, hit: _Hit, title: str | None) -> bool:
    """Whether the lone roster name part of *hit* means a public namesake, a place, a
    greeting or a word (see the module doc)."""
    start, end = hit.start, hit.end
    word = text[start:end]
    key = fold(word)
    base = key if key in matcher._index else key[:-1]
    if _ranked(matcher, text, start, end, base):
        return True
    if title is not None:
        return False
    if hit.fuzzy and key in _PLACES:
        return True  # "Sudan" is not a typo of Sudani
    if _kunya(matcher, text, hit):
        return True  # "Abu Tariq": a place or another man
    famous = base in FAMOUS_SURNAMES or base in _MORE_FAMOUS or base in matcher._public_family
    if word[:1].isupper():
        if _ERA_COMPOUND.match(text, end) or famous and _POLICY_COMPOUND.match(text, end):
            return True  # "Mahama-era", "Johansson-Reformen"
        if _INSTITUTION_AFTER.match(text, end):
            return True  # "Haydn Technical College", "Brenner County"
        if _WORK_VERB_AFTER.match(text, end) or _WROTE_AFTER.match(text, end):
            return True  # "Haydn wrote more than a hundred symphonies"
        if _history(text, end):
            return True  # "Mahama ruled the region in 1979"
        if _ruler(text, start, end, all(p.kind == "family" for p in hit.parts)):
            return True  # "Mahama's government", "Haydn's Austria was …"
        if _CALLED_BEFORE.search(text, max(0, start - 70), start):
            return True  # "The programme is called Amani"
    at_start = bool(_START.search(text, max(0, start - 5), start))
    if at_start and key in _GREETINGS and _GREETING_AFTER.match(text, end):
        return True  # "Shalom aleichem", "Shalom to everyone joining from …"
    if at_start and key in _WISHES and _WISH_AFTER.match(text, end):
        return True  # "goodluck getting the embassy to …"
    following = _NEXT_WORD.match(text, end)
    if following and (key, fold(following.group(1))) in _PHRASES:
        return True  # "Felix culpa"
    if key not in matcher._index and word.lower() in _ENGLISH_FUNCTION_WORDS and (
            looks_like_english(text)):
        return True  # "Thus the pilot ended" is no genitive of a roster "Thu"
    family = all(p.kind == "family" for p in hit.parts if p.kind != "particle")
    return _english_word(matcher, text, start, end, word) or _german_noun(
        text, start, end, word, family)
