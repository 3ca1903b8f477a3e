"""Round 8 (h14ac): shapes that tell a roster name from its namesakes and its ordinary
sense.

``names._accept`` asks ``namesake_or_word`` about a lone name part (also one with a title)
and vetoes it when it says yes; it asks ``person_slot`` about one that the other rules
would reject and keeps it when it says yes. The shapes:

Somebody else, or a thing (``namesake_or_word``):

- a title, or a German apposition or relative clause, of the sex of a public namesake
  when every participant of that surname is of the other: ``Herr Stamp`` or ``Stamp, der
  Sonderbevollmächtigte, …`` for the envoy when the only participant called Stamp is
  Clara (the sex is read off the participant's given name; a name of either sex says
  nothing, and a title alone neither: writers get a participant's sex wrong; the sexes
  are in ``name_sexes.py``);
- a place named by its kind before the name: ``Lake Victoria``, ``Port Said``, ``Mount
  Kenya``, ``Bad Homburg``;
- a monument or tomb: ``das Mausoleum von Timur``, ``the tomb of Cyrus``, ``Timurs Grab``;
  a composer's or writer's works: ``Bachs Kantaten``;
- an era or a government: ``zu Kohls Zeiten``; for a famous or public surname also ``in
  Brandt's day``, ``Kohls Kanzlerschaft``, ``unter Kohl``; ``the Kohl years``, ``die Ära
  Kohl``;
- an authority quoted: ``in the words of Mandela``, ``frei nach Brecht``, ``um es mit
  Kant zu sagen``, and for a famous or public surname ``quoted Gandhi on dignity``;
- a list with a famous person or public figure whose surname few others bear and who is
  on no roster: ``Strauß oder Kohl, Stamp oder Faeser`` (all of them are famous);
- an English noun: a capitalised word at a sentence's start before a verb that no person
  governs, perhaps with a noun between (``Price matters``, ``Stamp duty applies to …``),
  or an abstract predicate noun (``Price is the real issue``); a lower-case one after a
  determiner and perhaps a noun (``no visa stamp``, ``a rose bush``); a plural beside a
  plural of its kind (``Carpenters and electricians``) or before a plural verb; an
  eponym's idiom (``Baker's dozen``, ``Murphy's law``);
- a German adverb before a participle at a sentence's start (``Heil angekommen ist …``),
  an interjection before a clause addressed to nobody (``Ehrlich, das glaube ich nicht``,
  ``Mann, das dauert``), a trade with a bare plural object (``Jäger von Fachkräften``).

The person, where other rules reject it (``person_slot``): a capitalised name before a
clause addressed to somebody (``Kraft, ich stimme dir zu``); a lower-case one in a vocative
at a sentence's start (``said, could you …``), a given name before a colon opening the
contribution (``said: …``), after ``agree``/``talk``/``meet`` ``with``/``w/`` (``agree w/
bach``), in German chat slots (``wie kraft schon sagte``, ``ich stimme kraft zu``, ``laut
storch``, ``frag mal storch``), a German genitive before a contribution (``storchs
punkt``).

The forms of a name that the lookup misses (pet forms, German spellings of Cyrillic names)
are in ``name_pet_forms``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import COUNTRIES
from .name_context import fold, looks_like_english
from .name_grammar import speaks_after
from .name_sexes import PUBLIC_SEXES, apposition_sex, other_sex, sex_of_given_name
from .name_things import KNOWN_PLACES
from .name_words import TRADE_WORDS

if TYPE_CHECKING:
    from .names import NameMatcher, _Hit

_WORD = re.compile(r"[^\W\d_]+")
_START = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*|[\"“„(–—]\s*)$")

# --- places, monuments, eras, authorities ---------------------------------------------
_PLACE_BEFORE = re.compile(r"(?:\b(?:Lake|Mount|Mt\.?|Cape|Port|Fort|Lac|Mont|Monte|Rio|"
                           r"Río|Lago|Puerto|Porto|Isla|Isle|Kap|Bad|Sankt|Cabo)[ \t]+)$")
_MONUMENT = (r"mausoleum|mausoleums|grabmal|grabmals|grabstätte|denkmal|denkmals|statue|"
             r"büste|standbild|reiterstandbild|tomb|grave|shrine|monument|memorial|bust|"
             r"palace|palast|palastes|schrein|geburtshaus|birthplace|gedenkstätte|"
             r"(?-i:Grab|Grabes)")
_MONUMENT_BEFORE = re.compile(rf"(?i)\b(?:{_MONUMENT})[ \t]+(?:of|von|des|to|für)[ \t]+$")
_MONUMENT_AFTER = re.compile(rf"(?i)(?:['’]s|s|['’])?[ \t]+(?:{_MONUMENT})\b")
# Works of a composer or writer that ``name_kinds`` does not list: "Bachs Kantaten"
_MORE_WORKS_AFTER = re.compile(
    r"(?i)(?:['’]s?|s)?[ \t]+(?:kantaten|kantate|fugen|fuge|passionen|konzerte|klavierkonzerte|"
    r"violinkonzerte|messen|oratorien|oratorium|sonaten|sonate|quartette|suiten|präludien|"
    r"cantatas?|fugues?|concertos?|oratorios?|sonatas?|quartets|suites|preludes|"
    r"masses|requiem|essays|tagebücher|diaries|memoiren|memoirs|speeches|reden|salzmarsch|"
    r"salt[ \t]+march)\b")
# An era, a government: "zu Kohls Zeiten", "in Brandt's day", "the Kohl years", "Ära Kohl"
_ERA_AFTER = re.compile(
    r"(?i)(?:s|['’]s?)?[ \t]+(?:zeiten|era|ära|years|jahre|regierungszeit|kanzlerschaft|"
    r"presidency|chancellorship|administration|doctrine|doktrin|reforms|reformen)\b")
_ERA_IN_BEFORE = re.compile(r"(?i)\b(?:in|zu|since|seit|before|after|vor|nach)[ \t]+$")
_ERA_TIME_AFTER = re.compile(r"(?i)(?:s|['’]s?)?[ \t]+(?:zeiten|zeit|time|times|day|days)\b")
_ERA_ZU_BEFORE = re.compile(r"(?i)\bzu[ \t]+$")
_ERA_ZEITEN_AFTER = re.compile(r"(?i)s?[ \t]+zeiten\b")
_ERA_THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+$")
_ERA_THE_AFTER = re.compile(r"(?i)[ \t]+(?:era|years|government|administration|cabinet|"
                            r"presidency|doctrine|reforms)\b")
_ERA_BEFORE = re.compile(r"(?i)\b(?:ära|regierung|kabinett|kanzlerschaft|ära[ \t]+von)"
                         r"[ \t]+$")
_UNDER_BEFORE = re.compile(r"(?i)\b(?:unter|under)[ \t]+$")
_UNDER_AFTER = re.compile(r"(?i)[ \t]*(?:[,.;:!?)–—]|$|[ \t](?:hat|hatte|haben|wurde|wurden|war|"
                          r"waren|gab|ging|kam|galt|hieß|had|was|were|there|it|the|das|die|"
                          r"der|es|man|wir|we|germany|deutschland|in|im)\b)")
# An authority quoted: "quoted Gandhi on dignity", "in the words of Mandela", "frei nach X"
_QUOTED_BEFORE = re.compile(
    r"(?i)\b(?:paraphrasing|to[ \t]+paraphrase|in[ \t]+the[ \t]+words[ \t]+of|mit[ \t]+den"
    r"[ \t]+worten[ \t]+(?:von[ \t]+)?|frei[ \t]+nach|um[ \t]+es[ \t]+mit)[ \t]+$")
# ... a verb of quoting, for a famous surname only: the press quotes participants too
_QUOTING_BEFORE = re.compile(r"(?i)\b(?:quoted|quoting|cited|citing|invoked|invoking)[ \t]+$")
_QUOTED_NOT_AFTER = re.compile(r"(?i)(?:['’]s?\b|s[ \t]+(?:zahl|zahlen|punkt|folie|mail|"
                               r"beitrag)|[ \t]+(?:earlier|here|just|above|vorhin|eben|"
                               r"gerade|hier|oben)\b)")
# Famous bearers of surnames, besides the public figures of the gazetteer: named alone,
# they are those people in an era, a list or a quotation.
FAMOUS_SURNAMES = frozenset(fold(w) for w in (
    "Gandhi", "Mandela", "Churchill", "Bismarck", "Adenauer", "Brandt", "Kohl", "Strauß",
    "Strauss", "Erhard", "Kiesinger", "Schmidt", "Genscher", "Weizsäcker", "Marx", "Engels",
    "Luther", "Goethe", "Schiller", "Kant", "Hegel", "Brecht", "Einstein", "Freud", "Bach",
    "Beethoven", "Mozart", "Wagner", "Napoleon", "Lincoln", "Kennedy", "Obama", "Thatcher",
    "Reagan", "Roosevelt", "Nehru", "Nkrumah", "Kenyatta", "Lumumba", "Senghor", "Atatürk",
    "Tito", "Timur", "Tamerlan", "Dschingis", "Cicero", "Caesar", "Lenin", "Stalin",
    "Gorbatschow", "Gorbachev", "Havel", "Brandt", "Merkel", "Schröder", "Scholz", "Faeser",
    "Seehofer", "Heil", "Stamp", "Blair", "Clinton", "Macron", "Mitterrand", "Chirac",
    "de Gaulle", "Humboldt", "Darwin", "Newton", "Shakespeare", "Dickens", "Orwell",
    "Arendt", "Weber", "Habermas", "Luxemburg", "Bonhoeffer", "Kissinger", "Keynes",
    "Smith", "Hayek", "Friedman", "Modi", "Marcos", "Aquino", "Bolívar", "Bolivar"))
# Words between the members of a list of surnames.
_LIST_GAP = r"[ \t]*(?:,|/|&|\+|–|—|[ \t](?:und|oder|and|or|vs\.?|versus|gegen|bis|to)[ \t])[ \t]*"
_LIST_AFTER = re.compile(rf"{_LIST_GAP}((?-i:[A-ZÄÖÜ])[\w-]+)\b(?!['’]s)")
_LIST_BEFORE = re.compile(rf"\b((?-i:[A-ZÄÖÜ])[\w-]+){_LIST_GAP}$")

# --- English and German nouns ---------------------------------------------------------
# Verbs that no person governs, after a word at a sentence's start: "Price matters".
_THING_VERB_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:also|just|still|then|now|often|again|never|always|already|only|even|"
    r"too|really|clearly|simply)\b)[a-z]{3,}(?<!ly))?"  # "Stamp duty applies"
    r"[ \t]+(?:applies[ \t]+to|apply[ \t]+to|matters|counts|varies|depends|rises|falls|"
    r"fell|increases|"
    r"decreases|doubles|doubled|halves|halved|drops|dropped|climbs|climbed|soars|soared|"
    r"fluctuates|fluctuated|plummets|plummeted|spikes|spiked|"
    r"skyrockets|skyrocketed|stagnates|stagnated|goes[ \t]+up|went[ \t]+up|goes[ \t]+down|"
    r"went[ \t]+down|tags|caps|hikes|levels|ceilings|floors)\b")
# An abstract noun as the predicate: "Price is the real issue", "Cost was the main topic"
_THING_PREDICATE_AFTER = re.compile(
    r"(?i)[ \t]+(?:is|was|remains|remained|became|becomes)[ \t]+(?:the|a|an|one)[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}?(?:issue|issues|problem|problems|topic|question|concern|factor|"
    r"obstacle|bottleneck|driver|barrier|hurdle|sticking[ \t]+point|deal[ \t]+breaker|"
    r"priority|argument|incentive|constraint|variable|cost|risk)\b")
# An eponym before its idiom: "Murphy's law", "Baker's dozen", "Parkinson's disease"
_EPONYM_AFTER = re.compile(
    r"(?i)['’]s?[ \t]+(?:law|laws|disease|syndrome|razor|dozen|paradox|theorem|choice|box|"
    r"heel|constant|curve|equation|formula|principle[ \t]+of)\b|s?[ \t]+(?-i:Gesetz|"
    r"Krankheit|Syndrom|Paradoxon|Theorem|Konstante|Kurve)\b")
# German interjections and sentence adverbs at a sentence's start before a clause that is
# not addressed to anyone: "Ehrlich, das glaube ich nicht", "Mann, das dauert"
INTERJECTIONS = frozenset({
    "mann", "mensch", "gott", "junge", "ehrlich", "klar", "gut", "schade", "krass",
    "klasse", "toll", "super", "prima", "echt", "genau", "richtig", "stimmt", "sicher",
    "schon", "schön", "wahnsinn", "hammer", "kurz", "leider", "natürlich", "naturlich",
    "sorry", "danke", "bitte", "wow"})
_CLAUSE_AFTER = re.compile(
    r"[ \t]*(?:[,!–—][ \t]*(?:ich|wir|das|es|man|die|der|so|da|dass|ist|war|sind|hat|haben|"
    r"gibt|wird|muss|kann|dauert|geht|was|wie|wer|hier|jetzt|nun|dann|also|aber|und|"
    r"irgendwie|manchmal)\b|[ \t]*!?[ \t]*$)")
_ADDRESSED_LATER = re.compile(r"(?i)\b(?:du|dich|dir|dein\w*|Sie|Ihnen|Ihr\w*|euch|kannst|"
                              r"könntest|hast)\b")
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:a|no|any|every|each|another|some|such)[ \t]+(?:([a-z]+)[ \t]+)?$")
# ... but not a person noun between ("a colleague kraft"), nor a verb after ("no kraft said"),
# nor a reply to somebody ("no worries nadine", round 15)
_NO_WORRIES = frozenset({"worries", "worry", "problem", "problems", "prob", "probs"})
_PERSON_NOUNS = frozenset({"colleague", "colleagues", "friend", "dear", "mr", "ms", "mrs", "dr",
                           "chair", "moderator", "speaker", "participant", "guest", "delegate",
                           "expert", "director", "minister", "ambassador", "kollege",
                           "kollegin", "herr", "frau", "person", "woman", "man", "lady",
                           "gentleman", "one", "mention", "word", "comment", "idea"})
_VERB_AFTER = re.compile(r"[ \t]+(?:is|was|has|had|did|does|didn['’]?t|doesn['’]?t|isn['’]?t|"
                         r"wasn['’]?t|hasn['’]?t|won['’]?t|can['’]?t|will|would|can|could|said|says|thinks|thought|meant|"
                         r"agrees|agreed|knows|asked|wrote|mentioned|hat|ist|war|sagt|sagte|"
                         r"meint|meinte)\b")
_PLURAL_LIST_AFTER = re.compile(r"(?:,|[ \t]+(?:and|or|&|,))[ \t]+(?:other[ \t]+)?[a-z]{3,}s\b")
_PLURAL_LIST_BEFORE = re.compile(r"\b[a-z]{3,}s(?:,|[ \t]+(?:and|or|&))[ \t]+$")
_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:are|were|have|do|don['’]t|earn|need|work|come|"
                                r"get|remain|make|build)\b")
# A German participle and auxiliary after an adverb at a sentence's start: "Heil
# angekommen ist …", "Frei erfunden war das nicht"
_PARTICIPLE_AFTER = re.compile(
    r"[ \t]+(?:[a-zäöüß]{0,8}ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)[ \t]+(?:ist|sind|"
    r"war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|worden|sein)\b")
# A German noun with a bare plural as its object: "Jäger von Fachkräften"
_BARE_OBJECT_AFTER = re.compile(r"[ \t]+von[ \t]+((?-i:[A-ZÄÖÜ])[a-zäöüß]{3,}(?:ern|ungen|"
                                r"innen|ften|kten|nten|aten|eiten|eten)\b)")
_PLACES = KNOWN_PLACES | frozenset(fold(w) for c in COUNTRIES for w in c[:2])
_TRADES = frozenset(fold(w) for w in TRADE_WORDS)


# Surnames of public figures that many other people bear: no sign of a famous list.
_COMMON_SURNAMES = frozenset(fold(w) for w in (
    "Müller", "Weber", "Schmidt", "Schulze", "Wagner", "Bas", "Ahmed", "Silva", "Costa",
    "Michel", "Daniels", "Brunner", "Pope", "Türk", "Rama", "Faye", "Sall", "Smith", "Engels",
    "Bach", "Marcos", "Aquino", "Sánchez", "Brandt", "Heil", "Stamp", "Kohl", "Thomas",
    "Lula", "Sharif", "Ruto", "Petro", "Modi", "Tusk", "Pope", "Marx", "Luther", "Weber"))


def _in_list_with_other(matcher: NameMatcher, text: str, start: int, end: int) -> bool:
    """The name is one of a list of surnames with a famous person or public figure who is
    on no roster and whose surname few others bear ("Strauß oder Kohl, Stamp oder
    Faeser"): all of them are famous."""
    roster = set().union(*matcher._family, *matcher._given) if matcher._family else set()
    famous = (matcher._public_family | FAMOUS_SURNAMES) - roster - _COMMON_SURNAMES
    members: list[str] = []
    at = end
    for _ in range(4):
        m = _LIST_AFTER.match(text, at)
        if not m:
            break
        members.append(m.group(1))
        at = m.end()
    at = start
    for _ in range(4):
        m = _LIST_BEFORE.search(text, max(0, at - 40), at)
        if not m:
            break
        members.append(m.group(1))
        at = m.start()
    return any(fold(w) in famous for w in members)


def _era(matcher: NameMatcher, text: str, start: int, end: int, key: str) -> bool:
    before = text[max(0, start - 30):start]
    famous = key in matcher._public_family or key in FAMOUS_SURNAMES
    if _ERA_ZU_BEFORE.search(before) and _ERA_ZEITEN_AFTER.match(text, end):
        return True  # "zu Kohls Zeiten"
    if famous and _ERA_IN_BEFORE.search(before) and _ERA_TIME_AFTER.match(text, end):
        return True  # "in Brandt's day", "seit Kohls Zeit"
    if _ERA_THE_BEFORE.search(before) and _ERA_THE_AFTER.match(text, end):
        return True  # "the Kohl years", "the Brandt government"
    if _ERA_BEFORE.search(before):
        return True  # "die Ära Kohl", "Kabinett Merkel"
    if famous and _ERA_AFTER.match(text, end) and not re.match(r"\s*['’]", text[end:end + 2]):
        return True  # "Kohls Kanzlerschaft", "Brandt doctrine"
    return famous and bool(_UNDER_BEFORE.search(before) and _UNDER_AFTER.match(text, end))


def namesake_or_word(matcher: NameMatcher, text: str, hit: _Hit, title: str | None) -> bool:
    """Whether the lone roster name part of *hit* means a namesake of another sex, place or
    time, an authority quoted, or an English or German noun (see the module doc)."""
    start, end = hit.start, hit.end
    word = text[start:end]
    parts = [p for p in hit.parts if p.kind != "particle"]
    if not parts:
        return False
    key = fold(word)
    if title is not None:
        given = [g for p in parts for g in matcher._given[p.entry]]
        return other_sex(title, key, parts, given)
    base = key if key in matcher._index else key[:-1]
    before = text[max(0, start - 40):start]
    upper = word[:1].isupper()
    if upper and _PLACE_BEFORE.search(before):
        return True
    sex = apposition_sex(text, end) if upper else None
    if sex is not None and sex in PUBLIC_SEXES.get(key, ()):
        given = [g for p in parts for g in matcher._given[p.entry]]
        sexes = {sex_of_given_name(g) for g in given}
        if all(p.kind == "family" for p in parts) and None not in sexes and sex not in sexes:
            return True  # "Stamp, der Sonderbevollmächtigte, …" for roster Clara Stamp
    if upper and _MORE_WORKS_AFTER.match(text, end):
        return True  # "Bachs Kantaten", "Mozart's concertos"
    if upper and (_MONUMENT_BEFORE.search(before) or _MONUMENT_AFTER.match(text, end)):
        return True
    if upper and _era(matcher, text, start, end, base):
        return True
    famous = base in FAMOUS_SURNAMES or base in matcher._public_family
    if upper and (_QUOTED_BEFORE.search(before) or famous and _QUOTING_BEFORE.search(before)
                  ) and not _QUOTED_NOT_AFTER.match(text, end):
        return True
    if upper and _in_list_with_other(matcher, text, start, end) and not speaks_after(
            text, end):
        return True
    if upper and _START.search(before) and (_THING_VERB_AFTER.match(text, end)
                                            or _THING_PREDICATE_AFTER.match(text, end)):
        return True  # "Price matters", "Price is the real issue" (also in a short text)
    if upper and _EPONYM_AFTER.match(text, end):
        return True  # "Baker's dozen", "Murphy's law"
    det = _DETERMINER_BEFORE.search(before) if word.islower() else None
    if det and (det.group(1) or "") not in _PERSON_NOUNS | _NO_WORRIES and not re.match(
            r"['’]", text[end:end + 1]) and not _VERB_AFTER.match(text, end) and not (
            speaks_after(text, end)):
        return True  # "no visa stamp", "a rose bush"
    if looks_like_english(text):
        if key not in matcher._index and key.endswith("s") and (
                _PLURAL_LIST_AFTER.match(text, end) or _PLURAL_LIST_BEFORE.search(before)
                or upper and _START.search(before) and _PLURAL_VERB_AFTER.match(text, end)):
            return True  # "Carpenters and electricians", "Bakers are …"
        return False
    if upper and _START.search(before) and _PARTICIPLE_AFTER.match(text, end):
        return True  # "Heil angekommen ist …"
    if upper and base in INTERJECTIONS and _START.search(before):
        clause = _CLAUSE_AFTER.match(text, end)
        sentence_end = re.search(r"[.!?\n]|$", text[end:])
        rest = text[end:end + (sentence_end.start() if sentence_end else 0)]
        if clause and not _ADDRESSED_LATER.search(rest) and not speaks_after(text, end):
            return True  # "Ehrlich, das glaube ich nicht", "Mann, das dauert"
    if upper and base in _TRADES and not speaks_after(text, end):
        obj = _BARE_OBJECT_AFTER.match(text, end)
        if obj and fold(obj.group(1)) not in _PLACES and fold(obj.group(1)) not in (
                matcher._index):
            return True  # "Jäger von Fachkräften"
    return False


# --- lower-case names in a slot of a person --------------------------------------------
_VOCATIVE_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:could|can|would|will|do|did|have|are|were)[ \t]+you\b|"
    r"[ \t]*,[ \t]*(?:kannst|könntest|könnten|können|hast|hättest|würdest|magst|bist|"
    r"haben|hätten|würden)[ \t]+(?:du|sie)\b")
_AGREE_BEFORE = re.compile(
    r"(?i)(?:\b(?:agree|agreed|agrees|agreeing|concur|side|sided|siding|talk|talked|talking|"
    r"spoke|speak|speaking|chat|chatted|met|meet|meeting|sync|synced|check|checked|"
    r"catch[ \t]+up|caught[ \t]+up|call|called)[ \t]+(?:with|w/|w(?=[ \t]))|"
    r"\+1[ \t]+(?:to|for|w/)?)"
    r"[ \t]*$")
_AGREE_AFTER = re.compile(r"[ \t]*(?:[,.;:!?)–—]|$|[ \t]+(?:on|about|here|there|that|re|and|"
                          r"but|too|completely|entirely|fully|100|yesterday|today|earlier|"
                          r"this|last|after|before|during|over|at|in|again|briefly)\b)")
# German chat slots of a person around a lower-case name: "wie kraft schon sagte", "ich
# stimme kraft zu", "laut storch sind es …", "frag mal storch", "mit kraft gesprochen"
_GERMAN_SLOTS = (
    (re.compile(r"(?i)\bwie[ \t]+$"),
     re.compile(r"(?i)[ \t]+(?:(?:schon|gerade|vorhin|eben|ja|auch|richtig|gestern|heute)"
                r"[ \t]+){0,2}(?:sagte|meinte|sagt|meint|schrieb|schreibt|erwähnte|erwähnt|"
                r"betonte|betont|gesagt|geschrieben|erwähnt)\b")),
    (re.compile(r"(?i)\b(?:stimme|stimmen|stimmt|stimmte)[ \t]+(?:da[ \t]+|hier[ \t]+)?$"),
     re.compile(r"(?i)[ \t]+(?:(?:da|hier|voll|völlig|ganz|total)[ \t]+){0,2}zu\b")),
    (re.compile(r"(?i)(?:^|[.!?,;:]\s*)laut[ \t]+$"),
     re.compile(r"(?i)[ \t]*(?:,|[ \t](?:sind|ist|gibt|hat|haben|kommt|kommen|dauert|wird|"
                r"werden|war|waren|geht|fehlt|fehlen|liegt|liegen)\b)")),
    (re.compile(r"(?i)\b(?:frag|fragt|fragen|frage|ask)[ \t]+(?:(?:mal|doch|einfach|lieber|"
                r"besser)[ \t]+){0,2}$"),
     re.compile(r"[ \t]*(?:[,.;:!?)–—]|$|[ \t]+(?:dazu|danach|nach|ob|wegen|die|der|er|sie|"
                r"about|if|whether)\b)")),
    (re.compile(r"(?i)\bmit[ \t]+$"),
     re.compile(r"(?i)[ \t]+(?:(?:schon|gestern|heute|kurz|noch|mal|telefonisch)[ \t]+){0,2}"
                r"(?:gesprochen|telefoniert|geredet|geschrieben|gemailt|abgestimmt|"
                r"reden|sprechen|telefonieren|klären|abstimmen)\b")),
)
CONTRIBUTION_AFTER = re.compile(
    r"(?i)[ \t]+(?:punkt|punkte|vorschlag|frage|fragen|einwand|beitrag|idee|hinweis|"
    r"kommentar|argument|zahlen|zahl|beispiel|anmerkung|folien|papier|position|"
    r"einschätzung|bedenken|kritik|input|antwort|antworten|gutachten|studie|bericht|"
    r"aussage|daten|erfahrung|point|points|idea|question|comment|proposal|numbers|slides|"
    r"suggestion|example|answer|report|study|data|remark|figures)\b")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:des|der|dem|den|die|das|eines|einer|the|a)[ \t]+$")


# A clause addressed to somebody after the name and a comma: "Kraft, ich stimme dir zu",
# "Adler, haben Sie die Zahlen?"; the name is its vocative.
_ADDRESSED_CLAUSE_AFTER = re.compile(
    r"[ \t]*,[ \t]+(?=(?:ich|wir|das|es|da|hier|haben|hast|hättest|hätten|kannst|könntest|"
    r"könnten|können|wie|was|wann|wo|warum|danke|stimme|sehe|finde|glaube|denke|I|we|do|did|"
    r"could|can|would|thanks|that|this|what|how|when|where|why)\b)"  # not "bleib bei …"
    r"(?:[\w'’]+[ \t]+){0,5}?(?:du|dich|dir|dein\w*|euch|euer|eure\w*|"
    r"(?-i:Sie|Ihnen|Ihr|Ihre\w*)|you|your)\b")


def person_slot(matcher: NameMatcher, text: str, hit: _Hit) -> bool:
    """Whether a lone name part that other rules reject is the person: a capitalised one
    before a clause addressed to somebody at a sentence's start, a lower-case one in a
    vocative, the one agreed with, a genitive before a contribution."""
    start, end = hit.start, hit.end
    word = text[start:end]
    before = text[max(0, start - 30):start]
    if (word[:1].isupper() and not hit.fuzzy and _START.search(before)
            and fold(word) not in INTERJECTIONS | _TRADES
            and _ADDRESSED_CLAUSE_AFTER.match(text, end)):
        return True  # "Kraft, ich stimme dir zu"; not "Schuster, bleib bei deinen Leisten"
    if not word.islower() or hit.fuzzy:
        return False
    given = any(p.kind == "given" for p in hit.parts)
    if _START.search(before) and _VOCATIVE_AFTER.match(text, end) or (
            given and start == 0 and text[end:end + 1] == ":"):
        return True  # "said, could you …", "kraft, kannst du …", "said: the figures …"
    if any(b.search(before) and a.match(text, end) for b, a in _GERMAN_SLOTS):
        return True  # "wie kraft schon sagte", "ich stimme kraft zu", "laut storch"
    if _AGREE_BEFORE.search(before) and _AGREE_AFTER.match(text, end) and (
            word not in {"bill", "grant"}):
        return True  # "agree w/ bach, …"
    key = fold(word)
    return (key not in matcher._index and key.endswith("s")
            and bool(CONTRIBUTION_AFTER.match(text, end))
            and not _ARTICLE_BEFORE.search(before))  # "storchs punkt"
