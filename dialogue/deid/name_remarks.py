"""Round 9 (h9a): a capitalised roster name that is a word or very short ("Ian", "Ude",
"Adler") in a slot that only a person fills: a question put to the participant, a remark
credited to them, a vocative that closes the sentence. ``name_addressed.addressed_slot``
asks ``remark_slot``.

- a question with the auxiliary first and a verb of speaking or knowing: ``Can Ian
  confirm the figure?``, ``Did Ude mention the hotline?``, ``Kann Ude die Zahl
  bestätigen?``, ``Hat Ude die Hotline erwähnt?``;
- what the participant said: ``What Ian described …``, ``Was Ude beschrieben hat …``;
- a remark credited: ``Good point from Ian``, ``Gute Frage von Ude``;
- a vocative after "you" that closes the sentence: ``Over to you, Ian.``, ``Thank you,
  Ude!``;
- German verbs of people: ``Ich schließe mich Ian an``, ``Da hat Ude völlig recht``,
  ``Laut Ude fehlen …`` (with a verb after it);
- thanks after a dash at the post's start: ``Adler – thanks, very helpful`` (not "thanks
  to").
"""

from __future__ import annotations

import re

_START = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*|[\"“„(–—]\s*)$")
_PERSON_VERBS = (
    r"confirm|mention|mentioned|say|said|know|clarify|share|explain|send|present|speak|answer|"
    r"comment|add|tell|elaborate|summari[sz]e|respond|react|weigh|expand|remind|walk|give|"
    r"update|join|hear|agree|disagree|think|mean|recall|remember|describe|described|"
    r"bestätigen|bestätigt|sagen|gesagt|erklären|erklärt|erläutern|erläutert|schicken|"
    r"geschickt|teilen|geteilt|ergänzen|ergänzt|kommentieren|antworten|zusammenfassen|"
    r"erwähnen|erwähnt|gemeint|beschreiben|beschrieben|berichten|berichtet|wissen|gewusst|"
    r"vorstellen|vorgestellt|präsentieren|präsentiert")
_AUXILIARY_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|,\s+|\n\s*)(?:(Can|Could|Would|Will|Did|Does|Has|Should|Might)|"
    r"(?:Kann|Könnte|Können|Hat|Hatte|Wird|Würde|Möchte|Will|Darf|Sollte|Muss))[ \t]+$")
# English: the verb right after the name ("Can Ian confirm …?"); German: at the end of the
# clause ("Kann Ude die Zahl bestätigen?")
_EN_VERB_AFTER = re.compile(
    rf"[ \t]+(?:(?:also|still|maybe|perhaps|briefly|quickly|please|just)[ \t]+)?"
    rf"(?:{_PERSON_VERBS})\b[^.!?\n]{{0,120}}\?")
_DE_VERB_AFTER = re.compile(
    rf"(?:[ \t]+[^\W\d_]+){{0,4}}?[ \t]+(?:{_PERSON_VERBS})[ \t]*\?")
_WHAT_BEFORE = re.compile(r"(?:^|[.!?]\s+|,\s+|\n\s*)(?:What|Was)[ \t]+$")
_WHAT_VERB_AFTER = re.compile(
    rf"(?:[ \t]+(?:just|earlier|also|vorhin|eben|gerade|auch|uns|hier|gestern)){{0,2}}[ \t]+"
    rf"(?:{_PERSON_VERBS}|wrote|showed|suggested|proposed|geschrieben|gezeigt|"
    rf"vorgeschlagen)\b")
_REMARK_FROM_BEFORE = re.compile(
    r"(?i)\b(?:(?:good|great|fair|excellent|interesting|important|valid|helpful)[ \t]+"
    r"(?:point|points|question|questions|idea|remark|comment|input|example)|"
    r"(?:gute[rn]?|wichtige[rn]?|berechtigte[rn]?|interessante[rn]?|spannende[rn]?)[ \t]+"
    r"(?:frage|punkt|hinweis|einwand|anmerkung|beitrag|idee|beispiel))[ \t]+(?:from|by|von)"
    r"[ \t]+$")
_YOU_COMMA_BEFORE = re.compile(r"(?i)\b(?:to[ \t]+you|thank[ \t]+you|you|dir|ihnen|euch)"
                               r"[ \t]*,[ \t]*$")
_CLOSE_AFTER = re.compile(r"[ \t]*(?:[.!?]|$)")
_JOIN_BEFORE = re.compile(r"(?i)\b(?:schließe|schließen|schloss|anschließen)[ \t]+(?:mich|"
                          r"uns)[ \t]+(?:da[ \t]+|hier[ \t]+|gern[ \t]+|voll[ \t]+)?$")
_JOIN_AFTER = re.compile(r"[ \t]+(?:(?:da|voll|ganz|gern|gerne)[ \t]+){0,2}an\b")
_RIGHT_BEFORE = re.compile(r"\b(?:hat|hatte)[ \t]+$")
_RIGHT_AFTER = re.compile(r"(?i)[ \t]+(?:(?:da|völlig|total|absolut|wohl|schon|natürlich|auch|"
                          r"sicher|vollkommen)[ \t]+){0,2}(?:recht|unrecht)\b")
_LAUT_BEFORE = re.compile(r"(?:^|[.!?,;:]\s*)[Ll]aut[ \t]+$")
_LAUT_AFTER = re.compile(r"[ \t]+(?:(?:gibt|fehlen|fehlt|sind|ist|dauert|dauern|kommen|kommt|"
                         r"liegt|liegen|hat|haben|wird|werden|war|waren|müssen|muss|kann|"
                         r"können|braucht|brauchen|reicht|reichen)\b)")
_THANKS_AFTER = re.compile(r"(?i)[ \t]*[-–—][ \t]+(?:thanks|thank[ \t]+you|danke|merci|cheers|"
                           r"agreed|exactly|genau|well[ \t]+said|good[ \t]+point|great[ \t]+"
                           r"point|gute[ \t]+frage|guter[ \t]+punkt)\b(?![ \t]+(?:to|für[ \t]+"
                           r"die|an[ \t]+die)\b)")


def remark_slot(text: str, start: int, end: int, word: str) -> bool:
    """Whether the capitalised word at ``text[start:end]`` stands in a slot of a person
    (the module doc)."""
    if not word[:1].isupper():
        return False
    before = text[max(0, start - 60):start]
    aux = _AUXILIARY_BEFORE.search(before)
    if aux and (_EN_VERB_AFTER if aux.group(1) else _DE_VERB_AFTER).match(text, end):
        return True  # "Can Ian confirm the figure?", "Hat Ude die Hotline erwähnt?"
    if _WHAT_BEFORE.search(before) and _WHAT_VERB_AFTER.match(text, end):
        return True  # "What Ian described …", "Was Ude beschrieben hat …"
    if _REMARK_FROM_BEFORE.search(before):
        return True  # "Good point from Ian", "Gute Frage von Ude"
    if _YOU_COMMA_BEFORE.search(before) and _CLOSE_AFTER.match(text, end):
        return True  # "Over to you, Ian."
    if _JOIN_BEFORE.search(before) and _JOIN_AFTER.match(text, end):
        return True  # "Ich schließe mich Ian an"
    if _RIGHT_BEFORE.search(before) and _RIGHT_AFTER.match(text, end):
        return True  # "Da hat Ude völlig recht"
    if _LAUT_BEFORE.search(before) and _LAUT_AFTER.match(text, end):
        return True  # "Laut Ude fehlen die Mittel"
    return bool(_START.search(before) and _THANKS_AFTER.match(text, end))  # "Adler – thanks"
