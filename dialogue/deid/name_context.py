"""Context rules for roster names that are also ordinary words, and for namesakes.

A word-like name alone ("Hope", "Mark", "Koch", "Weber", "Asante") is a name only in a
context that shows it: a title, a possessive ("Frank's example", "Webers Vorschlag"), a
vocative with a second person ("Mark, you said …", "Mark, kannst du …"), a
self-introduction ("Tom here, …"), "<name> from the …", a reporting verb after it at the
start of a sentence ("Hope pointed out …"), or simply a capital in the middle of a
sentence not after an article ("I agree with Hope"). After an article or a contracted
preposition, even with adjectives between, it is the word ("die schlesischen Weber",
"die Ausbildung zum Koch").

``looks_like_given_name`` is for famous namesakes: "Joschka Fischer", "Roland Koch" are
somebody else than roster Tobias Fischer or Frank Koch even when "Joschka" is in no list,
because a capitalised word that is not a title, role, organisation or function word right
before a surname is that person's given name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import affiliation_words as words
from . import gazetteer
from .name_grammar import (
    POINT_VERBS_DE,
    addressed_after,
    addressed_before,
    greeted,
    of_organisation,
    remark_before,
    role_apposition,
    speaks_after,
)
from .name_slots import (
    attributive_after,
    english_clause_after,
    german_clause_after,
    german_subject_after,
    person_action_after,
    sided_with_before,
    the_before,
)

_WORD = re.compile(r"[^\W\d_]+")
# An article, then at most two lower-case words: in English any ("the famous Weber"), in
# German adjectives only ("die schlesischen Weber", but "Das hat Adler gesagt" is a name).
# The words between are lower case ("the Ruhr and Ida asked" has no article before Ida), and
# English "an" stands before a vowel only (German "an Graces Beitrag" is a preposition).
_ARTICLE_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|a|an(?=\s+[aeiouh])|this|that)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}|"
    r"(?<!\bI\s)\b(?:der|die|das|den|dem|des|k?ein|k?eine|k?einen|k?einem|k?einer|jede[rnms]?|"
    r"diese[rnms]?|manche[rnms]?|welche[rnms]?|zum|zur|vom|beim|im|am|"
    r"ins)\s+"  # but not English "I am Hope"; "kein Koch", "jeder Weber"
    r"(?:(?-i:[a-zäöüß])[\w-]*(?:e|en|er|es|em|n)\s+){0,2})$")
_ADJECTIVE_NEXT = re.compile(r"[ \t]+(?!mit\b|damit\b|dass\b|wenn\b|und\b|aber\b|so\b)"
                             r"[a-zäöüß]")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[\"“„(]\s*)$")
_POSSESSIVE = re.compile(r"['’]s?\b")
_SELF_INTRO = re.compile(r"\s+(?:here|hier)\s*[,:–—-]")
_VOCATIVE = re.compile(r"\s*[,:–—]\s+(?:[\w']+\s+){0,3}?(?:you|your|du|dich|dir|dein\w*|Sie|Ihnen|"
                       r"ihr|euch|could|can|would|kannst|könnten|würden)\b|"
                       # "Rose, thanks for the numbers", "Grace, I agree", "Frank, genau"
                       r"\s*[,:–—]\s+(?:I\s+|ich\s+)?(?:thanks|thank|danke|agree|agreed|exactly|"
                       r"stimme|genau|stimmt|good\s+point|great\s+point|fair\s+point|"
                       r"well\s+said|good\s+question|guter\s+punkt|gute\s+frage)\b|"
                       # "lea could you re-send", "joy thanks for", "duc sag mal"
                       r"\s+(?:(?:could|can|would|will)\s+you|thanks|thank\s+you|danke|"
                       r"(?:kannst|könntest|weißt|hast)\s+du|sag\s+mal|könnten\s+Sie)\b|"
                       # "Mark, with respect, the numbers you quoted"
                       r"\s*,\s+[^.!?\n]{0,80}?\b(?:you|your|du|dich|dir|euch|Ihnen)\b",
                       re.IGNORECASE)
# At a sentence's start, a name and a comma before a question: "Bo, how many cases ...?"
_QUESTION_AFTER = re.compile(r"\s*,\s+[^.!?\n]{0,150}\?")
# A sign-off at the end: "– Duc", "(Ali)", "sorry Ivy", "Thx Duc 👍"
_SIGN_OFF_BEFORE = re.compile(r"(?i)(?:[–—(]|\s-|\b(?:thx|ty|sorry|merci|cheers|lg|vg|mfg))"
                              r"\s*$")
_SIGN_OFF_AFTER = re.compile(r"\)?[\W_]{0,6}$")
# A given name alone after the last sentence signs the post: "… call me on +44 20 …. Will"
_LAST_SENTENCE_BEFORE = re.compile(r"\w[\w)]*[.!?…]\s+$")
_NOTHING_AFTER = re.compile(r"[^\w.,;:?]{0,6}$")  # a "!" or an emoji at most: "Will 🙂"
# A surname, a comma and a question that starts with its verb addresses the person:
# "Vogel, ist der Entwurf schon abgestimmt?", "Fischer, is the draft final?"
_VERB_QUESTION_AFTER = re.compile(
    r"\s*,\s+(?:ist|sind|hat|haben|gibt|gab|kann|können|wird|werden|war|waren|wäre|hätte|"
    r"sollte|sollten|müsste|liegt|steht|kommt|geht|weiß|is|are|has|have|did|does|do|was|"
    r"were|will|should|wie|was|wann|wo|warum|wieso|weshalb|welche[rsnm]?|wer|how|what|when|"
    r"where|why|which|who)\b[^.!?\n]{0,150}\?")  # or a question word: "Vogel, wie weit …?"
# Chat before a lower-case name that is addressed: "lol deniz you're too kind", "haha hope u"
_CHAT_BEFORE = re.compile(r"(?i)(?:^|[.!?…]\s+|\n\s*)(?:lol|lmao|haha+|hah|omg|ok|okay|yes|"
                          r"yeah|yep|nope|oh|wow|ugh|sorry|ja|naja)[ \t]+$")
_YOU_AFTER = re.compile(r"(?i)\s*,?\s+(?:you|you're|youre|ur|u|du|dich|your)\b")
# Names that are verbs before "you" ("lol hope you're well", "ok will you send it"): no address
_VERB_NAMES = frozenset({"hope", "will", "trust", "bet", "guess", "wish", "mark", "grant",
                         "bill", "see", "thank"})
_FROM_ORG = re.compile(r"\s+(?:from|of|at|vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der|bei\s+der|"
                       r"beim)\s+(?:the\s+|a\s+)?[A-ZÄÖÜ]")
# "Rose from the embassy", "Will at the ministry": a lower-case organisation noun after it
_FROM_ORG_NOUN = re.compile(r"\s+(?:from|at|with)\s+(?:the|our|your|their|his|her)\s+"
                            r"([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
_NOT_GIVEN = (
    {"laut", "dank", "wie", "mit", "ask", "thanks", "thank", "dear", "liebe", "lieber",
     "hallo", "hello", "hi", "hey", "sorry", "also", "even", "only", "like", "unlike", "per",
     "via", "sehr", "geehrte", "geehrter", "bitte", "please", "kudos", "congrats", "danke",
     "mr", "mrs", "ms", "dr", "prof", "herr", "frau", "senator", "mayor", "governor"}
    | gazetteer.REPORTING_VERBS | words.STOP | words.DETERMINERS | words.COUNTRY_WORDS
    | words.NATIONALITIES
)
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "ment", "nis",
                 "rat", "rät", "rätin", "meister", "meisterin")


# Institutions, places and prizes named after a person: a roster "Goethe" or "Brandt" is not
# meant in "Goethe-Institut", "Willy-Brandt-Platz", "Heinrich-Böll-Stiftung".
_NAMED = (r"Institut|Institute|Instituts|Stiftung|Universität|Hochschule|Schule|Gymnasium|"
          r"Platz|Straße|Strasse|Allee|Ring|Preis|Prize|Award|Haus|Zentrum|Center|Centre|"
          r"Programm|Programme|Foundation|Lecture|Kaserne|Brücke|Bericht|Report|Kommission|"
          r"Commission|Plan|Klinik|Krankenhaus")
_NAMED_AFTER = re.compile(rf"(?:[-‐][A-ZÄÖÜ][\w]*)*[-‐](?:{_NAMED})\b")
_NAMED_AFTER_CHAIN = re.compile(r"[A-ZÄÖÜ]\w*[-‐]$")  # the run continues a compound
_OFFICE_BEFORE = re.compile(
    r"(?i)\b(?:chancellor|president|prime\s+minister|premier|commissioner|pope|king|queen|"
    r"bundeskanzler(?:in)?|kanzler(?:in)?|präsident(?:in)?|bundespräsident(?:in)?|"
    r"ministerpräsident(?:in)?|kommissar(?:in)?|minister(?:in)?|secretary)\s+$")


EN_MARKERS = {"the", "and", "of", "to", "is", "that", "with", "we", "for", "on", "are", "be",
               "was", "a", "an", "not", "it", "this", "i", "you", "has", "have",
               # and the short English words no German text has ("Let's hear from X first.")
               "from", "at", "by", "or", "but", "they", "he", "she", "our", "my", "your",
               "can", "would", "should", "could", "let", "what", "how", "there", "their",
               "does", "did", "if", "about", "just", "first"}
DE_MARKERS = {"der", "die", "das", "und", "ist", "nicht", "mit", "wir", "den", "zu", "sich",
               "ich", "ein", "eine", "war", "es", "auch", "hat", "sind", "dass",
               "von", "auf", "für", "im", "dem", "des", "sie", "er", "oder", "aber", "wie",
               "noch", "wenn", "kann", "wird", "bei", "nach", "aus", "uns", "unser", "schon"}


@lru_cache(maxsize=8)
def looks_like_english(text: str) -> bool:
    """Crude language guess from function words, for the rules that depend on capitals.

    Cached per text (a string's hash is cached too): the name and clause rules ask it once
    per candidate, which made a long text quadratic."""
    words = _WORD.findall(text.lower())
    en = sum(w in EN_MARKERS for w in words)
    de = sum(w in DE_MARKERS for w in words)
    return en > de


# Words before a name that show a person: "Thanks Ion", "with Joy and …", "wie Lan sagte"
_PERSON_BEFORE = re.compile(r"(?i)\b(?:thanks|thank\s+you|danke|with|mit|wie|like|dear|"
                            r"liebe|lieber|grüße|gruß|regards|cheers|best|greetings|thx|"
                            r"(?:reminder|note|message|nachricht|hinweis)\s+(?:from|von))"
                            r"\s*,?\s*$")


# German verbs of people around the name: agreeing ("Ich stimme Kai voll zu") and, after
# an adverb that opens the sentence, knowing or saying ("Vielleicht weiß Ivy das").
_AGREE_BEFORE = re.compile(r"\b(?:[Ss]timme|stimmt|stimmen|stimmte|stimmten)[ \t]+"
                           r"(?:(?:da|hier|ganz|voll|völlig|absolut|gern|gerne)[ \t]+)?$")
_ZU_AFTER = re.compile(r"[ \t]+(?:(?:da|hier|ganz|voll|völlig|absolut|ausdrücklich|"
                       r"vollkommen|nur|teilweise)[ \t]+)?zu\b")
_KNOWS_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:Vielleicht|Sicher|Bestimmt|Wahrscheinlich|"
                           r"Dazu|Hier|Da|Das|Darauf|Genau|Eventuell|Womöglich)[ \t]+"
                           r"(?:weiß|kennt|sagt|meint|findet|glaubt|denkt|schreibt)[ \t]+$")
_KNOWS_AFTER = re.compile(r"[ \t]+(?:das|es|mehr|Bescheid|dazu|etwas|schon|sicher|noch|"
                          r"genau|recht|gleich|morgen|gern|gerne)\b")


# Thanks to a lower-case name, also a surname: "thanks fuchs", "danke koch", "thx weber"
_THANKS_BEFORE = re.compile(r"(?i)\b(?:thanks|thank\s+you|thx|ty|danke|merci|cheers)[ \t]+$")
# Hearing from somebody: "I'd rather hear from Ay on …", "Ich würde gern von Ay hören".
_HEAR_FROM_BEFORE = re.compile(r"(?i)\b(?:hear|heard|hearing)[ \t]+(?:(?:more|again|first|"
                               r"directly|back)[ \t]+)?from[ \t]+$")
_VON_BEFORE = re.compile(r"(?i)\bvon[ \t]+$")
_HEAR_AFTER = re.compile(r"(?i)[ \t]+(?:(?:dazu|mehr|noch|gern|gerne|lieber|zuerst|etwas|"
                         r"direkt)[ \t]+){0,2}(?:hören|erfahren|gehört)\b")


def ambiguous_ok(text: str, start: int, end: int, word: str, genitive: bool,
                 given: bool = True, neighbour: int = 0) -> bool:
    """Whether the word-like name *word* at ``text[start:end]`` is meant as a name.

    *given*: the word is a roster given name (a bare surname is not addressed as a
    vocative: "Schuster, bleib bei deinen Leisten"); *neighbour*: +1 when a list or pair
    joins it to another roster name ("Rose und Faith", "Will, Sabine, Martina"), -1 when
    the pair's other word is a capitalised word that is no name ("Mark und Bein",
    "Richterinnen und Richter", "Rose und Nelke")."""
    if neighbour < 0 and not speaks_after(text, end):
        return False  # "Mark und Bein", but "… in Offenbach and Ewa asked me"
    if neighbour > 0 and (word[:1].isupper() or _all_lower_case(text)):
        return True  # not "Dr. Scholz, will the ordinance …": a lower-case word in a list
    sentence_start = start == 0 or bool(_SENTENCE_START.search(text, max(0, start - 60), start))
    if not word[:1].isupper():
        if sentence_start and speaks_after(text, end):
            return True  # "ernst hatte letzte Woche gesagt": the adjective has no verb
        if given and (addressed_before(text, start) or greeted(text, start, end)
                      or sided_with_before(text, start, end)
                      or (sentence_start or _CHAT_BEFORE.search(text, max(0, start - 20), start))
                      and _YOU_AFTER.match(text, end) and word not in _VERB_NAMES):
            return True  # "quick question for will –", "ask hope", "lol hope you're right"
        if word not in _VERB_NAMES and _THANKS_BEFORE.search(text, max(0, start - 12), start):
            return True  # "Great, thanks fuchs": a surname thanked in a hurry
        if not _all_lower_case(text):
            return False
        # a text all in lower case has no capitals to go by: only a context that shows a
        # name counts ("rose said it already", "grace from the embassy", "hope's point")
        return bool(_POSSESSIVE.match(text, end) or _SELF_INTRO.match(text, end)
                    or _VOCATIVE.match(text, end) or _from_organisation_noun(text, end)
                    or of_organisation(text, end) or speaks_after(text, end))
    if the_before(text, start) and attributive_after(text, end):
        return True  # "the Klein proposal": a contribution of the person
    if _ARTICLE_BEFORE.search(text, max(0, start - 60), start):
        return False
    if sentence_start and _VERB_QUESTION_AFTER.match(text, end):
        return True  # "Vogel, ist der Entwurf schon abgestimmt?": the person is asked
    if not looks_like_english(text) and german_subject_after(text, end):
        return False  # "Kurz hatte ich überlegt": an adverb before the verb and subject
    # not "Schuster, bleib bei deinen Leisten", but a surname asked a question is addressed
    # ("Koch, could you share …?", "Kurz, kannst du …?")
    addressed = (given or word.lower() not in gazetteer.WORD_LIKE_NAMES
                 or bool(_VOCATIVE.match(text, end) and _QUESTION_AFTER.match(text, end)))
    if given and _NOTHING_AFTER.match(text, end) and _LAST_SENTENCE_BEFORE.search(
            text, max(0, start - 40), start):
        return True  # a sign-off after the message: "… call me on +44 20 7946 0321. Will"
    if (_POSSESSIVE.match(text, end) or _SELF_INTRO.match(text, end)
            or (addressed and _VOCATIVE.match(text, end)) or _FROM_ORG.match(text, end)
            or _from_organisation_noun(text, end) or of_organisation(text, end)
            or role_apposition(text, end)):
        return True
    if addressed and (sentence_start and addressed_after(text, end)
                      or remark_before(text, start, end) or addressed_before(text, start)
                      or given and greeted(text, start, end)):  # "Sorry Bo, I mixed up"
        return True  # "Will do you use …", "Good to know Ute!", "Frage an Lan: …"
    if speaks_after(text, end, strict=len(word) <= 3 and not sentence_start):
        return True  # "Frank might know", "Sonne, I think, asked", "and Ewa asked me"
    if addressed and (_SIGN_OFF_AFTER.match(text, end) and _SIGN_OFF_BEFORE.search(
            text, max(0, start - 12), start) or _QUESTION_AFTER.match(text, end)
            and _SENTENCE_START.search(text, max(0, start - 60), start)):
        return True
    if _AGREE_BEFORE.search(text, max(0, start - 24), start) and _ZU_AFTER.match(text, end) or (
            _KNOWS_BEFORE.search(text, max(0, start - 30), start)
            and _KNOWS_AFTER.match(text, end)):
        return True  # "Ich stimme Kai zu", "Vielleicht weiß Ivy das": a person's verb
    if _PERSON_BEFORE.search(text, max(0, start - 20), start) or (
            _HEAR_FROM_BEFORE.search(text, max(0, start - 30), start)) or (
            _VON_BEFORE.search(text, max(0, start - 5), start) and _HEAR_AFTER.match(text, end)):
        return True  # "hear from Ay on this", "lieber von Ay dazu hören"
    if len(word) <= 3 and not (genitive or _SENTENCE_START.search(
            text, max(0, start - 60), start)):
        return False
    if genitive:
        return True  # "Webers Vorschlag": a German genitive is a name's, not a trade's
    if not _SENTENCE_START.search(text, max(0, start - 60), start):
        return True
    following = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    verb = following.group().lower() if following else ""
    if following is None:  # no word follows
        return verb in gazetteer.REPORTING_VERBS
    if looks_like_english(text) and (english_clause_after(text, end, word)
                                     or person_action_after(text, end)):
        return True  # "Klein mailed the table", "Kurz could explain": no German word
    if not looks_like_english(text) and german_clause_after(text, end, word):
        return True  # "Klein schickte die Tabelle", not "Kurz schickte er noch …"
    if verb in gazetteer.COPULAS:
        after = _WORD.match(text, following.end() + 1)
        if not after or after.group().lower() not in gazetteer.COPULA_NAME_WORDS:
            return False
        # "Kurz ist recht knapp", "Klein ist richtig teuer": "recht" as "quite"
        return not (after.group().lower() in {"recht", "richtig"}
                    and _ADJECTIVE_NEXT.match(text, after.end()))
    if verb in {"and", "und"}:  # "Grace and I ran it", "Grace and Paul disagreed"
        other = _WORD.match(text, following.end() + 1)
        if not other or other.group() in {"I", "me", "ich", "mir", "mich"}:
            return bool(other)
        if verb == "and":
            return other.group()[:1].isupper()
        # German capitalises every noun ("Wolf und Schaf an einem Tisch"): two names only
        # before a verb that people do ("Koch und Weber haben recht", "… sagten")
        then = _WORD.match(text, other.end() + 1)
        return bool(then and then.group().lower() in _PAIR_VERBS
                    and f"{word.lower()} {other.group().lower()}" not in _WORD_PAIRS)
    return verb in gazetteer.REPORTING_VERBS or verb in POINT_VERBS_DE  # "Sturm erläutert"


# Fixed German pairs of words that are also surnames: "Jung und Alt sind betroffen".
_WORD_PAIRS = {"jung alt", "alt jung", "arm reich", "reich arm", "groß klein", "klein groß",
               "schwarz weiß", "weiß schwarz", "lang kurz", "kurz lang", "braun grün",
               "schwarz rot", "rot grün", "frei gleich", "sommer winter", "winter sommer"}
_PAIR_VERBS = gazetteer.REPORTING_VERBS | {
    "haben", "sind", "hatten", "waren", "sagten", "meinten", "sehen", "fordern", "halten",
    "schlagen", "fragten", "betonten", "erklärten", "zeigten", "stimmen", "stimmten"}


@lru_cache(maxsize=8)
def _all_lower_case(text: str) -> bool:
    """Once per text, not per word (a string's hash is cached, so the lookup is cheap)."""
    return text == text.lower()


def introduced(text: str, end: int) -> bool:
    """A self-introduction or an apposition of origin after a name: "… here,", "… from the
    Regionaldirektion Bayern", "… vom ghanaischen Arbeitsministerium"."""
    return bool(_SELF_INTRO.match(text, end) or _FROM_ORG.match(text, end)
                or _from_organisation_noun(text, end) or of_organisation(text, end))


def _from_organisation_noun(text: str, end: int) -> bool:
    m = _FROM_ORG_NOUN.match(text, end)
    if not m:
        return False
    from .phrases import classify

    return any(w and classify(w, "en", frozenset()) in {"strong", "weak"} for w in m.groups())


def looks_like_given_name(word: str) -> bool:
    """A capitalised word that can only be somebody's given name before a surname."""
    from .phrases import classify

    low = word.lower()
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
        return False
    if low in _NOT_GIVEN or low in gazetteer.NOT_NAMES or low.endswith(_NOUN_ENDINGS):
        return False
    return classify(word, "de", frozenset()) in {"proper", "lower"}


# Letters that Unicode does not decompose into a base letter and a mark.
_NO_DECOMPOSITION = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe",
                                   "þ": "th", "ð": "d"})


@lru_cache(maxsize=65536)
def fold(word: str, german: bool = False) -> str:
    """Lower-case *word* and drop diacritics; with *german*, "ü" becomes "ue" etc."""
    if word.isascii():
        return word.lower()  # the common case; no need for Unicode decomposition
    s = word.lower().replace("ß", "ss").replace("ı", "i").translate(_NO_DECOMPOSITION)
    if german:
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _public_figures() -> dict[str, re.Pattern[str]]:
    """Public figures' patterns by their first word, so that the common case (a word that
    starts no public figure's name) costs one set lookup instead of a regex scan. They do
    not depend on the roster: compiled once per process, not on every roster change."""
    from .name_ordinary import TITLED_BRANDS

    by_first: dict[str, list[str]] = {}
    for figure in gazetteer.PUBLIC_FIGURES + gazetteer.NAMED_BRANDS + TITLED_BRANDS:
        by_first.setdefault(fold(_WORD.findall(figure)[0]), []).append(figure)
    return {
        first: re.compile(
            r"(?i)(?:" + "|".join(re.escape(f) for f in sorted(figs, key=len, reverse=True))
            + r")(?:['’]s|s)?\b"
        )
        for first, figs in by_first.items()
    }
