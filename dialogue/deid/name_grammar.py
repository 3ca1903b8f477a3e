"""Grammar around a word-like roster name that shows a person is meant (English and German).

``name_context.ambiguous_ok`` asks these when a name that is also a word ("Frank", "Hope",
"Sonne") or a very short name ("Ute", "Lan") stands alone. Each cue is a construction that
a noun, adjective or verb of the same spelling does not enter:

- ``speaks_after``: a verb of speaking or knowing after it, also behind a modal ("Frank
  might know", "Hope can confirm", "Will kann das bestätigen"), behind a parenthesis ("Sonne,
  I think, asked …", "Frank, glaube ich, hat …", "Braun, as always, was right"), a copula
  with a person noun ("Rose ist da die richtige Ansprechperson", "Hope is the right
  contact") or being right or wrong ("frank is right", "Koch hat recht");
- ``of_organisation``: an apposition of origin with adjectives before the organisation
  ("Grace vom ghanaischen Arbeitsministerium", "Will from the federal employment agency");
- ``role_apposition``: an apposition with a role ("Rose, our colleague from the embassy,");
- ``addressed_before``: a person is asked ("quick question for will –", "ask hope");
- ``remark_before``: a remark that addresses the person before the name and the end of the
  address after it ("Good point Lan,", "Gute Frage, Ute!", "Good to know Ute!");
- ``greeted``: a greeting or thanks before it and the end of the address after it, which
  shows a name even in lower case ("thanks grace!", "Hi rose, …");
- ``addressed_after``: a vocative without a comma before a question, an opinion or a
  request ("Will do you use …", "Mark I meant your argument …", "Joy bitte schick …").
"""

from __future__ import annotations

import re

from .name_words import REPORTING_VERBS
from .tokens import classify

_FILLERS = (r"(?:(?:probably|surely|certainly|also|best|better|later|briefly|sicher|bestimmt|"
            r"vielleicht|wohl|auch|am\s+besten|das|dazu|dies|mehr|etwas|was|uns|Ihnen|euch|dir|"
            r"gleich|noch|später|kurz|you|us|more)\s+){0,3}")
_MODAL_SPEECH = re.compile(
    r"[ \t]+(?:might|may|can|could|will|would|should|must|kann|könnte|wird|müsste|sollte|"
    r"dürfte|weiß|wüsste)\s+" + _FILLERS
    + r"(?:know|confirm|say|tell|answer|clarify|comment|add|elaborate|share|speak|weigh\s+in|"
    r"bestätigen|sagen|erklären|beantworten|ergänzen|erzählen|berichten|wissen|kommentieren|"
    r"teilen|mehr|Bescheid)\b")
# Verbs of speaking, thinking and knowing that the reporting-verb list leaves out ("Hope
# confirmed …", "Frank sieht das anders", "Grace widersprach").
_SPOKE = REPORTING_VERBS | {
    "confirmed", "confirms", "clarified", "summarised", "summarized", "answered", "answers",
    "replied", "replies", "responded", "added", "adds", "shared", "told", "warned", "warns",
    "disagreed", "disagrees", "emphasised", "emphasized", "stressed", "stresses", "wondered",
    "countered", "objected", "insisted", "believes", "believed", "thought", "feels", "felt",
    "recalled", "reminded", "highlighted", "highlights", "questioned", "reported",
    "commented", "claims", "claimed", "doubts", "doubted", "knows",
    "bestätigt", "bestätigte", "ergänzt", "ergänzte", "antwortet", "antwortete", "fasste",
    "berichtet", "berichtete", "erzählt", "erzählte", "wusste", "kennt", "kannte", "schrieb",
    "schreibt", "fragt", "erwähnt", "betont", "widerspricht", "widersprach", "findet", "fand",
    "glaubt", "glaubte", "denkt", "dachte", "weist", "bezweifelt", "bezweifelte", "fordert",
    "forderte", "kritisiert", "kritisierte", "sprach", "spricht", "möchte", "wollte"}
_PARENTHESIS = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)|[,(–—]\s*(?:I\s+think|I\s+believe|I\s+guess|if\s+I\s+(?:remember|recall)(?:\s+"
    r"(?:correctly|rightly))?|iirc|glaube\s+ich|ich\s+glaube|meine\s+ich|wenn\s+ich\s+mich\s+"
    r"(?:recht\s+|richtig\s+)?erinnere|as\s+always|as\s+usual|as\s+ever|once\s+again|"
    r"of\s+course|wie\s+immer|wie\s+üblich|natürlich|einmal\s+mehr)\s*[,)–—])\s*([^\W\d_]+)")
# "Will (BMAS) said", "Braun, as always, was right"
# A person is right or wrong: "frank is right", "Hope was spot on", "Koch hat recht".
# ("ist recht knapp" is "quite short": German "recht" only after "hat").
_RIGHT = re.compile(r"[ \t]+(?:(?:is|was)\s+(?:so\s+|totally\s+|absolutely\s+|again\s+)?"
                    r"(?:right|wrong|correct|spot\s+on)|(?:hat|hatte)\s+(?:völlig\s+|total\s+|"
                    r"da\s+|wieder\s+|schon\s+)?(?:recht|unrecht)|(?:ist|war)\s+im\s+recht)"
                    r"\b")
_PERSON_PREDICATE = re.compile(
    r"(?i)[ \t]+(?:is|was|ist|war)\s+(?:(?:da|hier|here|really|definitely|also|auch|wirklich|"
    r"sicher|übrigens|dafür)\s+)?(?:the|die|der|our|unsere?|my|meine?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:person|contact|expert|one\s+to\s+ask|ansprechperson|ansprechpartner(?:in)?|"
    r"kontaktperson|expert(?:e|in))\b")
_OF_ORGANISATION = re.compile(
    r"[ \t]+(?:vom|von\s+der|von\s+dem|aus\s+dem|aus\s+der|bei\s+der|beim|from\s+the|at\s+the|"
    r"with\s+the)\s+((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)")
_REMARK = (r"(?:(?:good|great|fair|interesting|excellent|nice|valid|important)\s+(?:point|question|"
           r"idea|example|catch|to\s+know|to\s+hear)|agreed|exactly|well\s+said|spot\s+on|"
           r"absolutely|gute\s+frage|guter\s+punkt|gute\s+idee|gutes\s+beispiel|genau|stimmt|"
           r"bravo|gut\s+zu\s+wissen|willkommen|welcome)")
_REMARK_BEFORE = re.compile(rf"(?i)(?:^|[.!?…]\s+|\n\s*){_REMARK}\s*,?\s*$")
_END_OF_ADDRESS = re.compile(r"\s*[,!.?:;–—)]")
_ASKED_BEFORE = re.compile(r"(?i)\b(?:ask|asking|(?:question|questions|q|qs)\s+(?:for|to)|"
                           r"(?:frage|fragen)\s+an)\s+$")
_VOCATIVE_NO_COMMA = re.compile(
    r"[ \t]+(?:(?:do|did|have|are|were)\s+you\b|(?:I|ich)\s+(?:think|thought|meant|mean|"
    r"believe|guess|denke|dachte|meine|meinte|glaube)\b|(?:bitte|please)\s+[a-zäöüß])")
_WORD = re.compile(r"[^\W\d_]+")
# "Rose, our colleague from the embassy, …", "Joy, die Attachée der Botschaft, …"
_ROLE_APPOSITION = re.compile(r"(?i)\s*,\s+(?:the|our|my|die|der|unsere?|meine?)\s+"
                              r"((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)")


# Verbs that follow any noun as well ("Ende Mai hat das BAMF …"): not enough for a name that
# is short enough to be a word or an abbreviation.
_WEAK = {"has", "had", "hat", "hatte", "made", "makes", "shows", "showed", "zeigt", "zeigte",
         "sieht", "sah", "brachte", "stellte", "wies", "schlug"}


# What a participant does with a point: explains, sums up, adds, objects ("Kern erläutert die
# Zahlen", "Sturm fasst zusammen"). A weather word or an animal does none of these, so even a
# word-like name opening a sentence is the person before one (``name_context.ambiguous_ok``).
POINT_VERBS_DE = frozenset({
    "erläutert", "erläuterte", "fasst", "korrigiert", "korrigierte", "präzisiert",
    "relativiert", "bemerkt", "bemerkte", "merkt", "unterstreicht", "unterstrich",
    "bekräftigt", "befürwortet", "kommentiert", "kommentierte", "entgegnet", "entgegnete",
    "erwidert", "erwiderte", "hinterfragt", "postet", "verlinkt", "bewertet", "begründet",
    "spricht", "schreibt", "erzählt", "moderiert", "moderierte", "berichtet", "ergänzt",
    "nickt", "seufzt",
})


# round 17: a German perfect of speaking, its participle closing the clause: "brand hatte
# auch von den 10 wochen erzählt", "Kaya hat vorhin im Plenum gesagt" (not the subjunctive:
# "C. G. Jung hätte darüber ein Buch geschrieben")
_PERFECT_SPEECH = re.compile(
    r"(?i)[ \t]+(?:hat|hatte|habe)(?:[ \t]+[\w§%-]+){0,8}?[ \t]+(?:gesagt|erzählt|"
    r"erwähnt|gefragt|geschrieben|berichtet|erklärt|betont|angesprochen|vorgestellt|gemeint|"
    r"geschickt|gezeigt|vorgeschlagen)\b")


def speaks_after(text: str, end: int, strict: bool = False) -> bool:
    """A verb of speaking or knowing follows the name, directly or behind a modal, a
    parenthesis ("Sonne, I think, asked") or a copula with a person noun; *strict*: not a
    verb that follows any noun ("has", "hat")."""
    following = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if following and following.group().lower() in _SPOKE and not (
            strict and following.group().lower() in _WEAK):
        return True
    if (_MODAL_SPEECH.match(text, end) or _PERSON_PREDICATE.match(text, end)
            or _RIGHT.match(text, end) or _PERFECT_SPEECH.match(text, end)):
        return True
    aside = _PARENTHESIS.match(text, end)
    return bool(aside and (aside.group(1).lower() in _SPOKE
                           or _MODAL_SPEECH.match(text, aside.start(1) - 1)
                           or _RIGHT.match(text, aside.start(1) - 1)))


def role_apposition(text: str, end: int) -> bool:
    """ "Rose, our colleague from the embassy, …": an apposition with a person's role."""
    m = _ROLE_APPOSITION.match(text, end)
    return bool(m and any(w.lower() in {"colleague", "kollegin", "kollege"} or classify(
        w, "en", frozenset()) == "role" for w in m.group(1).split()))


def of_organisation(text: str, end: int) -> bool:
    """ "Grace vom ghanaischen Arbeitsministerium", "Will from the labour ministry": an
    apposition of origin whose head is an organisation noun."""
    m = _OF_ORGANISATION.match(text, end)
    if not m:
        return False
    lang = "de" if m.group().lstrip()[:1] in "vab" else "en"
    return any(classify(w, lang, frozenset()) in {"strong", "weak"} for w in m.group(1).split())


def addressed_before(text: str, start: int) -> bool:
    """ "quick question for will –", "ask hope": a person is asked."""
    return bool(_ASKED_BEFORE.search(text, max(0, start - 40), start))


def remark_before(text: str, start: int, end: int) -> bool:
    """A remark, then the name, then the end of the address ("Good to know Ute!")."""
    return bool(_REMARK_BEFORE.search(text, max(0, start - 40), start)
                and _END_OF_ADDRESS.match(text, end))


_GREETING_BEFORE = re.compile(r"(?i)(?:^|[.!?…]\s+|\n\s*)(?:thanks|thank\s+you|thx|ty|danke|"
                              r"merci|hi|hello|hallo|hey|dear|liebe|lieber|sorry|cheers|moin|"
                              r"servus)\s*,?\s*$")


def greeted(text: str, start: int, end: int) -> bool:
    """A greeting or thanks before the name and the end of the address after it, also in
    lower case ("thanks grace!", "Hi rose, …", "sorry joy,"; not "Thanks, will do")."""
    return bool(_GREETING_BEFORE.search(text, max(0, start - 20), start)
                and _END_OF_ADDRESS.match(text, end))


def addressed_after(text: str, end: int) -> bool:
    """ "Will do you use …", "Mark I meant your argument": a vocative with no comma."""
    return bool(_VOCATIVE_NO_COMMA.match(text, end))
