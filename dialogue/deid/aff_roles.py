"""Round 15: the writer's role by the shape of its noun, where the role lexicon has no entry.

"as a psychotherapist I can tell you …", "As a forensic pathologist, I …", "als
Rechtsmediziner halte ich …", "kurz als Europarechtlerin: …". The role lexicon
(affiliation_words) lists the common roles; a profession it lacks is still a noun of a
person doing something, and English and German mark those by their endings (-ist, -er, -or,
-ian, -ant, -ent; -er/-erin, -ist/-istin, -loge/-login, -iker/-ikerin …). The span is "as a
…"/"als …" when the writer follows at once: "I"/"we" after it in English, the inverted verb
and "ich"/"wir" in German, or a colon at the sentence's start. Not "as a result, we …", "as a
rule I …", "as a mother I …" (a person's life, no post), "as a German I …" (an origin),
"Als Arbeitgeber muss der Staat …" (no writer).
"""

from __future__ import annotations

import re

from .affiliation_words import NATIONALITIES
from .phrases import Tokens, classify

_OPENS = (r"(?:^|(?<=[.!?:;,–—(]\s)|(?<=\n)|"
          + "|".join(rf"(?<=\b{w}\s)" for w in ("kurz", "nur", "hier", "just", "briefly",
                                                  "speaking", "here"))
          + ")")
_EN = re.compile(
    _OPENS + r"(?P<span>as\s+(?:a|an)\s+(?:(?:former|retired|trained|practising|practicing|"
    r"qualified|senior|junior|local|[a-z]+al|[a-z]+ic)\s+){0,2}(?P<noun>[a-z][a-z-]+))"
    r"(?=\s*,?\s*(?:I|i|we)\b(?!['’]s))", re.IGNORECASE)
_DE = re.compile(
    _OPENS + r"(?P<span>als\s+(?:(?:ehemalige[rn]?|frühere[rn]?|gelernte[rn]?|"
    r"niedergelassene[rn]?|[a-zäöüß]+ische[rn]?|[a-zäöüß]+liche[rn]?)\s+){0,2}"
    r"(?P<noun>[a-zäöüß][\wäöüß-]+))"
    r"(?=\s+[a-zäöüß]\w*\s+(?:ich|wir)\b|\s*:\s)", re.IGNORECASE)
_EN_AGENT = re.compile(r"(?:ist|[^aeiou]er|or|ian|ant|ent|eer|man|woman|person|wife|smith|"
                       r"ologist|apist|ician)$")
_DE_AGENT = re.compile(r"(?:er|erin|ist|istin|eur|eurin|ant|antin|ent|entin|or|orin|loge|"
                       r"login|iker|ikerin|mann|frau)$")
# nouns with those endings that are no post: a life, a role everybody has, a thing
_NOT_POSTS = frozenset({
    "matter", "number", "result", "consequence", "member", "mother", "father", "parent",
    "daughter", "brother", "sister", "grandmother", "grandfather", "citizen", "taxpayer",
    "voter", "consumer", "user", "customer", "foreigner", "outsider", "newcomer", "beginner",
    "layman", "laywoman", "layperson", "person", "human", "woman", "man", "patient",
    "migrant", "immigrant", "emigrant", "student", "resident", "partner", "insider",
    "listener", "reader", "viewer", "observer", "believer", "christian", "muslim", "other",
    "whole", "rule", "first", "former", "latter", "reminder", "aside", "starter", "sender",
    "bürger", "bürgerin", "mutter", "vater", "tochter", "bruder", "schwester", "steuerzahler",
    "steuerzahlerin", "wähler", "wählerin", "verbraucher", "verbraucherin", "kunde",
    "kundin", "außenstehender", "außenstehende", "laie", "christ", "christin", "mensch",
    "frau", "mann", "partnerin", "patientin", "migrantin",
    "studentin", "arbeitgeber", "erster", "letzter", "einzelner", "beobachter",
    "beobachterin", "leser", "leserin", "zuhörer", "zuhörerin", "europäer", "europäerin",
    "deutscher", "deutsche", "ausländer", "ausländerin", "nachbar", "nachbarin"})


# "Wir als Hersteller der Erfassungsgeräte haben …", "we as manufacturers of the scanners":
# the writer, "as", a profession, and what it makes or serves
_WE_AS = re.compile(
    r"(?i)\b(?P<span>(?:wir|ich|we|I)[ \t]*,?[ \t]+(?:als|as)[ \t]+(?:(?:a|an)[ \t]+)?"
    r"(?P<noun>[^\W\d_][\w-]+)(?:[ \t]+(?:der|des|von|of|for|für)[ \t]+(?:(?:der|die|das|den|"
    r"dem|the)[ \t]+)?[^\W\d_][\w-]+)?)")
# "Wir Kommunen können nicht …", "we NGOs": the writer and their kind of organisation
_WE_KIND = re.compile(r"(?i)\b(?P<span>(?:(?:für|bei|for)[ \t]+uns|wir|we|us)[ \t]+"
                      r"(?P<noun>[^\W\d_][\w-]+))"
                      r"(?=[ \t]*,|[ \t]+[a-zäöüß])")
_ORG_KINDS = {"strong", "weak", "civic", "acronym", "known", "role", "roles"}
# public bodies in the plural, which the lexicon reads as plain nouns
_PUBLIC_PLURALS = frozenset({
    "kommunen", "städte", "gemeinden", "landkreise", "kreise", "bundesländer", "behörden",
    "träger", "verbände", "kammern", "kirchen", "hochschulen", "universitäten", "unis",
    "municipalities", "cities", "councils", "agencies", "unions", "charities", "chambers",
    "embassies", "consulates", "universities", "employers"})


def find_agent_roles(text: str, tokens: Tokens, lang: str) -> list[tuple[int, int]]:
    """The writer's "as a <profession>" / "als <Beruf>" phrases of *text* (the module), also
    after "wir"/"we" with what the profession serves ("Wir als Hersteller der
    Erfassungsgeräte"), and "wir" with a kind of organisation ("Wir Kommunen")."""
    found = []
    for m in _WE_AS.finditer(text):
        noun = m.group("noun").lower()
        if (noun not in _NOT_POSTS and noun not in NATIONALITIES
                and ((_DE_AGENT if lang == "de" else _EN_AGENT).search(noun)
                     or noun in _PUBLIC_PLURALS)  # "Wir als Kommunen"
                and not tokens.is_blocked(m.start("span"), m.end("span"))):
            found.append((m.start("span"), m.end("span")))
    for m in _WE_KIND.finditer(text):
        noun = m.group("noun")
        if not (noun[:1].isupper() if lang == "de" else noun.endswith("s") or noun.isupper()):
            continue  # a verb: "we fund …", "wir müssen"; German nouns take capitals
        if (noun.lower() in _PUBLIC_PLURALS or classify(noun, lang, tokens.known) in _ORG_KINDS
                ) and not tokens.is_blocked(m.start("span"), m.end("span")):
            found.append((m.start("span"), m.end("span")))
    for pattern, agent in ((_EN, _EN_AGENT), (_DE, _DE_AGENT)):
        for m in pattern.finditer(text):
            noun = m.group("noun").lower()
            if (noun in _NOT_POSTS or noun in NATIONALITIES or not agent.search(noun)
                    or tokens.is_blocked(m.start("span"), m.end("span"))):
                continue
            found.append((m.start("span"), m.end("span")))
    return found
