"""Things that share a roster name: big cities, companies and countries ("Florence",
"Ford"), a name in a list of such things, and a name glossed as a word of another language.

Small decisions of the name finder (``names.py``), split from ``name_senses.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .gazetteer import COUNTRIES
from .name_context import fold
from .name_talk import sentence_around
from .name_words import COMMON_FIRST_NAMES

# Big cities and companies whose names are also given names or surnames ("Florence",
# "Ford"): a list whose other members are such places or firms is a list of them.
KNOWN_PLACES = frozenset(fold(w) for w in (
    "Berlin", "Hamburg", "München", "Munich", "Köln", "Cologne", "Frankfurt", "Stuttgart",
    "Düsseldorf", "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Hanover",
    "Nürnberg", "Nuremberg", "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster",
    "Mannheim", "Karlsruhe", "Augsburg", "Wiesbaden", "Kiel", "Rostock", "Kassel", "Erfurt",
    "Mainz", "Magdeburg", "Freiburg", "Lübeck", "Potsdam", "Halle", "Chemnitz", "Aachen",
    "Regensburg", "Würzburg", "Ulm", "Jena", "Trier", "Passau", "Celle", "Emden", "Hof",
    "Schwerin", "Saarbrücken", "Osnabrück", "Oldenburg", "Göttingen", "Heidelberg",
    "Wien", "Vienna", "Zürich", "Zurich", "Genf", "Geneva", "Basel", "Bern", "Paris",
    "London", "Madrid", "Barcelona", "Lisbon", "Lissabon", "Rome", "Rom", "Milan", "Mailand",
    "Naples", "Neapel", "Turin", "Venice", "Venedig", "Athens", "Athen", "Amsterdam",
    "Rotterdam", "Brussels", "Brüssel", "Copenhagen", "Kopenhagen", "Stockholm", "Oslo",
    "Helsinki", "Warsaw", "Warschau", "Prague", "Prag", "Budapest", "Bucharest", "Bukarest",
    "Sofia", "Belgrade", "Belgrad", "Zagreb", "Sarajevo", "Tirana", "Pristina", "Skopje",
    "Kyiv", "Kiew", "Moscow", "Moskau", "Istanbul", "Ankara", "Izmir", "Dublin", "Manchester",
    "Birmingham", "Glasgow", "Edinburgh", "Marseille", "Lyon", "Palermo", "Lampedusa",
    "Lagos", "Accra", "Nairobi", "Mombasa", "Dakar", "Cairo", "Kairo", "Tunis", "Rabat",
    "Casablanca", "Addis", "Kampala", "Kinshasa", "Johannesburg", "Delhi", "Mumbai", "Dhaka",
    "Karachi", "Lahore", "Kabul", "Tehran", "Teheran", "Baghdad", "Bagdad", "Damascus",
    "Damaskus", "Beirut", "Amman", "Dubai", "Doha", "Manila", "Jakarta", "Bangkok", "Hanoi",
    "Beijing", "Peking", "Shanghai", "Tokyo", "Tokio", "Seoul", "Sydney", "Melbourne",
    "Toronto", "Montreal", "Vancouver", "Chicago", "Boston", "Houston", "Dallas", "Austin",
    "Denver", "Phoenix", "Atlanta", "Miami", "Seattle", "Lima", "Bogotá", "Bogota", "Quito",
    "Santiago", "Caracas", "Havana", "Mexico", "Florence", "Florenz", "Valencia", "Seville",
    "Sevilla", "Porto", "Geneva", "Lyon", "Bordeaux", "Toulouse", "Nice", "Nizza"))
KNOWN_COMPANIES = frozenset(fold(w) for w in (
    "Bosch", "Siemens", "BMW", "VW", "Volkswagen", "Audi", "Porsche", "Opel", "Ford", "Renault",
    "Peugeot", "Fiat", "Toyota", "Honda", "Daimler", "Mercedes", "BASF", "Bayer", "SAP",
    "Telekom", "Lufthansa", "Allianz", "Adidas", "Puma", "Aldi", "Lidl", "Rewe", "Edeka",
    "Amazon", "Google", "Apple", "Microsoft", "Tesla", "Miele", "Henkel", "Thyssenkrupp",
    "Continental", "DHL", "Zalando", "IKEA", "Nestlé", "Nestle", "Unilever", "Samsung",
    "Philips", "Nokia", "Ericsson", "Vodafone", "Airbus", "Boeing", "Uber", "Deliveroo",
    "Lieferando", "Netflix", "Spotify", "Meta", "Facebook", "Bertelsmann", "Zeiss", "Merck",
    "Fresenius", "Otto", "Tchibo", "Haribo", "Nivea", "Ferrari", "Lamborghini", "Chanel",
    "Dior", "Gucci", "Prada", "Armani", "Versace", "Benetton", "Zara", "Primark"))
COUNTRY_NAMES = frozenset(fold(w) for c in COUNTRIES for w in c[:2]) | {
    "europe", "europa", "asia", "asien", "africa", "afrika", "america", "amerika"}
# The name is the subject of a copula that calls it a place, a firm or a character: "Ford is
# also a carmaker", "Florenz ist übrigens auch eine Stadt", "Sydney is where …", "Darcy in
# Pride and Prejudice is the character …", "Buddenbrook ist die Hauptfigur des Romans".
_THING_AFTER = re.compile(
    r"(?i)(?:[ \t]+(?:in|aus|from)(?:[ \t]+(?:(?-i:[A-Z])[\w'-]*|and|of|the|und|der|die|das))"
    r"{1,6}|[ \t]+(?:der|die|das|the)[ \t]+(?-i:[A-ZÄÖÜ])\w+)?[ \t]+(?:is|was|ist|war)"
    r"[ \t]+(?:(?:also|auch|übrigens|eigentlich|just|nur|really|ja|by\s+the\s+way)[ \t]+){0,3}"
    r"(?:a|an|the|eine?|die|der|das)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:city|town|village|port|"
    r"capital|region|river|mountain|island|state|country|province|county|brand|company|"
    r"carmaker|character|protagonist|hero|heroine|villain|book|novel|film|movie|song|"
    r"\w*stadt|ort|dorf|gemeinde|region|landschaft|fluss|insel|bundesstaat|staat|provinz|"
    r"\w*marke|firma|konzern|autobauer|\w*figur|held|heldin|\w*buch|roman|film|lied)\b|"
    r"[ \t]+is[ \t]+where\b|[ \t]+ist[ \t]+(?:dort|da),?"
    r"[ \t]+wo\b")
# A list of three or more capitalised words ("Mercedes, Bosch and Siemens"), and nouns that
# say what such a list holds when it is no list of people ("small towns", "die Tierwörter").
_ANY_LIST = re.compile(r"[A-ZÄÖÜ][\w-]*(?:[ \t]*,[ \t]*[A-ZÄÖÜ][\w-]*)+(?:,?[ \t]+(?:and|und|or|"
                       r"oder|&)[ \t]+[A-ZÄÖÜ][\w-]*)?")
_LIST_ITEM = re.compile(r"[A-ZÄÖÜ][\w-]*")
_CATEGORY_NOUN = re.compile(
    r"(?i)\b(?:words|\w*wörter\w*|begriffe?|vokabeln?|vocabulary|towns?|cities|villages?|"
    r"places|städte\w*|\w*städte|orte|dörfer\w*|gemeinden|brands?|marken|companies|firms|"
    r"firmen|konzerne|carmakers|autobauer|rivers|flüsse\w*|animals?|\w*tiere|birds|\w*vögel|"
    r"picture\s+books?|bilderb\w+|\w*blumen|flowers|pflanzen|plants|farben|colou?rs|fruits|"
    r"früchte|obst|gemüse|vegetables|herbs|kräuter|trees|bäume)\b")
_ADDRESSEE = re.compile(r"(?i:\b(?:you|your|du|dein\w*|euch|euer\w*)\b)|\b(?:Sie|Ihnen|Ihr)\b")
_NOT_LIST_WORDS = frozenset({"und", "and", "or", "oder"})


# A famous namesake by the office they held: "Brandt war Bundeskanzler", "Carter was
# President of the United States" (a participant is not introduced by a past head of state).
_HEAD_OF_STATE_AFTER = re.compile(
    r"[ \t]+(?:war|was|wurde|became)[ \t]+(?:(?:der|die|the|einst|once|later|später)[ \t]+)?"
    r"(?:Bundeskanzler(?:in)?|Reichskanzler|Kanzler(?:in)?|Chancellor|Bundespräsident(?:in)?|"
    r"US-Präsident(?:in)?|Präsident(?:in)?\s+der\s+USA|President\s+of\s+the\s+United\s+"
    r"States|Papst|Pope|Kaiser|Emperor|Prime\s+Minister|Premierminister(?:in)?)\b")


def names_a_thing(text: str, start: int, end: int, roster_index: Mapping[str, Any]) -> bool:
    """Whether the lone name at ``text[start:end]`` names a place, a firm or a character:
    the subject of "is a city / the character" (``_THING_AFTER``), or one of a list of three
    or more capitalised words whose other members are known places or firms and no roster
    name ("Florence, Rome and Naples", "Ford, Opel und Renault"), or whose sentence says
    what the list holds ("Specht, Dachs, Igel – the animal words", "Ulm, Hof, Celle: small
    towns")."""
    if _THING_AFTER.match(text, end) or _HEAD_OF_STATE_AFTER.match(text, end):
        return True
    for m in _ANY_LIST.finditer(text, max(0, start - 120), min(len(text), end + 120)):
        if not m.start() <= start < m.end():
            continue
        items = [w.group() for w in _LIST_ITEM.finditer(m.group())]
        others = [fold(w) for w in items if fold(w) != fold(text[start:end])
                  and w.lower() not in _NOT_LIST_WORDS]
        if len(others) < 2:
            return False
        if any(o in COMMON_FIRST_NAMES for o in others):
            return False
        sentence = sentence_around(text, start, end)
        if _ADDRESSEE.search(sentence):
            return False  # "Ulm, Hof, Celle: your words" is said to people
        if _CATEGORY_NOUN.search(sentence):
            return True
        if any(o in roster_index for o in others):
            return False
        return any(o in KNOWN_PLACES or o in KNOWN_COMPANIES or o in COUNTRY_NAMES
                   for o in others)
    return False


# A word glossed in another language: "Baraka, Swahili for blessing", "Imani (Swahili für
# Glaube)", "faith, or imani as they say in Mombasa", "Tailors, or Schneider, were …".
_LANGUAGE = (r"(?:Ki)?[Ss]wahili|Turkish|Türkisch|Arabic|Arabisch|Hebrew|Hebräisch|Latin|"
             r"Latein|Greek|Griechisch|Persian|Persisch|Farsi|Urdu|Hindi|Yoruba|Hausa|Igbo|Twi|"
             r"Wolof|Amharic|Amharisch|Somali|Tigrinya|Lingala|Zulu|Serbian|Serbisch|Albanian|"
             r"Albanisch|Polish|Polnisch|Russian|Russisch|Spanish|Spanisch|Italian|Italienisch|"
             r"French|Französisch|Portuguese|Portugiesisch|German|Deutsch|English|Englisch|Dutch|"
             r"Niederländisch|Kurdish|Kurdisch|Pashto|Dari|Tamil|Bengali")
_GLOSS_AFTER = re.compile(rf"[ \t]*[,(–—:][ \t]*(?:auf[ \t]+|in[ \t]+)?(?:{_LANGUAGE})[ \t]+"
                          r"(?:for|für|word\s+for|für\s+das\s+Wort)\b")
_SAY_AFTER = re.compile(r"(?i),?[ \t]+(?:as[ \t]+(?:they|people|we|you|one|locals)[ \t]+"
                        r"(?:say|call\s+it)|wie[ \t]+(?:man|sie)[ \t]+(?:in[ \t]+[\w-]+[ \t]+)?"
                        r"(?:sagt|sagen))\b")
_OR_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*[,(][ \t]*(?:or|oder|auch|i\.\s?e\.|d\.\s?h\.)[ \t]+$")


def glossed(text: str, start: int, end: int, roster_index: Mapping[str, Any]) -> bool:
    """Whether the lone name is a word glossed or translated: "Baraka, Swahili for
    blessing", "faith, or imani as they say", "Tailors, or Schneider, were …" – but not
    "Alexandra, or Alex, as you prefer" (the word before "or" is a roster name)."""
    if _GLOSS_AFTER.match(text, end) or _SAY_AFTER.match(text, end):
        return True
    before = _OR_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and fold(before.group(1)) not in roster_index
                and fold(before.group(1)) not in COMMON_FIRST_NAMES
                and not before.group(1)[:1].islower()
                and text[end:end + 1] in {",", ")"})
