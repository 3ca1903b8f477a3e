"""The sex of a title and of a given name (round 8, h14ac; split from ``name_shapes.py``).

"Herr Stamp" is not roster Clara Stamp when the public namesake of that surname is a man:
``other_sex`` tells a title of the other sex than the participant's given name, and
``apposition_sex`` the sex an apposition gives ("Stamp, the minister, said he …");
``sex_of_given_name`` guesses a given name's sex from short lists and endings, and
``PUBLIC_SEXES`` holds the sexes of the public figures of each surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .gazetteer import PUBLIC_FIGURES
from .name_context import fold

if TYPE_CHECKING:
    from .names import _Part

_WORD = re.compile(r"[^\W\d_]+")
_MALE_TITLES = frozenset({"herr", "herrn", "mr", "mister", "monsieur", "señor", "senor",
                          "signor", "sr", "sir", "kollege", "don"})
_FEMALE_TITLES = frozenset({"frau", "ms", "mrs", "miss", "madam", "madame", "mme", "mlle",
                            "señora", "senora", "signora", "sra", "dame", "fräulein", "ibu",
                            "smt"})
# Given names of one sex. Names ending in "-a", "-ine", "-ette", "-elle" are women's unless
# listed among the men's; names of either sex are listed apart and say nothing.
_WOMEN = frozenset({
    "ulrike", "sabine", "lea", "leah", "helene", "rose", "joy", "tamar", "ida", "birgit",
    "ruth", "esther", "miriam", "sarah", "rachel", "rebecca", "grace", "hope", "faith",
    "charity", "patience", "mercy", "blessing", "precious", "comfort", "ingrid", "astrid",
    "sigrid", "gudrun", "karin", "doris", "iris", "agnes", "beate", "heike", "silke",
    "elke", "anke", "frauke", "wiebke", "maike", "meike", "imke", "ute", "gisela", "hannelore",
    "gertrud", "edith", "mechthild", "brigitte", "renate", "annette", "susanne", "stefanie",
    "stephanie", "melanie", "nicole", "jacqueline", "michelle", "isabel", "isabelle",
    "marie", "sophie", "julie", "anne", "anja", "katrin", "kathrin", "carmen", "mercedes",
    "dolores", "pilar", "rocío", "rocio", "luz", "inés", "ines", "beatriz", "raquel",
    "isabell", "elisabeth", "elizabeth", "margaret", "jennifer", "emily", "amy", "lucy",
    "kate", "catherine", "katherine", "helen", "ellen", "alice", "caroline", "claire",
    "sue", "jane", "joan", "ann", "megan", "abigail", "hazel", "ivy", "lily",
    "pearl", "ruby", "violet", "holly", "heather", "dawn", "summer", "fatou", "aïssatou",
    "aissatou", "mariam", "maryam", "nour", "noor", "yasmin", "jasmin", "zeynep", "elif",
    "ayse", "ayşe", "gül", "gul", "hatice", "nilüfer", "leyla", "aigerim", "gulnara",
    "dilnoza", "nigora", "kavita", "priya", "anjali", "sunita", "lakshmi", "deepika",
    "nanami", "mei", "lin", "ngozi", "chioma", "adaeze", "abena", "akosua", "efua",
    "ama", "esi", "wanjiru", "njeri", "wambui", "achieng", "nia", "imani", "zawadi",
    "ingeborg", "irmgard", "waltraud", "elfriede", "hildegard", "liesel", "margit", "jutta",
    "dagmar", "heidrun", "rut", "judith", "maren", "karen", "kirsten", "carolin", "sigrun",
    "mareike", "merle", "maj", "marit", "frances", "sharon", "shirley", "beverly", "nancy",
    "svenja", "annalena", "bärbel", "barbel", "ursula", "ylva", "kaja",
})
_MEN = frozenset({
    "henrik", "jan", "nils", "moritz", "tobias", "konrad", "felix", "lukas", "dean", "said",
    "timur", "jonas", "anton", "joachim", "helmut", "hubertus", "thomas", "peter", "paul",
    "michael", "hans", "klaus", "jürgen", "jurgen", "wolfgang", "stefan", "stephan",
    "markus", "marcus", "martin", "frank", "uwe", "andreas", "christian", "daniel", "david",
    "max", "leon", "ben", "finn", "jakob", "jacob", "johannes", "matthias", "sebastian",
    "florian", "alexander", "oliver", "philipp", "simon", "tim", "tom", "karl", "carl",
    "heinz", "dieter", "rainer", "werner", "walter", "günter", "gunter", "günther", "horst",
    "manfred", "gerhard", "olaf", "friedrich", "robert", "john", "james", "william",
    "richard", "george", "edward", "charles", "mark", "steven", "stephen", "kevin", "brian",
    "mohamed", "mohammed", "muhammad", "ahmed", "ahmad", "ali", "omar", "yusuf", "youssef",
    "ibrahim", "hassan", "hussein", "mehmet", "mustafa", "kwame", "kofi", "kwabena",
    "emeka", "chinedu", "ivan", "dmitri", "dmitry", "sergei", "sergey", "igor", "oleg",
    "bakhtiyor", "rustam", "azamat", "nurlan", "farhod", "rahul", "arjun", "vikram",
    "ravi", "raj", "amit", "sanjay", "juan", "carlos", "pedro", "diego", "jorge", "luis",
    "josé", "jose", "miguel", "marco", "mario", "luca", "ilya", "misha", "pasha", "grisha",
    "kostya", "vanya", "joshua", "musa", "yahya", "hamza", "zakaria", "costa", "akira",
    "konstantin", "benedikt", "leonhard", "bernd", "jens", "lars",
    "sven", "dirk", "jörg", "jorg", "rolf", "ralf", "ulrich", "volker", "norbert", "otto",
    "hugo", "bruno", "emil", "oskar", "oscar", "theo", "leo", "noah", "elias", "hannes",
    "henning", "ole", "lennart", "malte", "arne", "bjarne", "fritz", "franz", "josef",
    "joseph", "georg", "gregor", "vincent", "victor", "viktor", "adam", "samuel", "aaron",
    "nathan", "ethan", "ryan", "sean", "patrick", "liam", "harry", "jack", "henry", "arthur",
    "alfred", "douglas", "ernst", "gustav", "hermann", "kurt", "ludwig", "rudolf",
    "siegfried", "wilhelm", "boris", "aleksandar", "goran", "dragan", "milan",
    "tamás", "tamas", "giorgi", "levan", "irakli", "davit", "temur", "ulugbek", "sherzod",
    "aziz", "karim", "rachid", "hicham", "mehdi", "abdel", "abdul", "samir", "tarek",
    "khalid", "youssouf", "mamadou", "moussa", "ousmane", "ibrahima", "cheikh", "abdoulaye",
    "obinna", "chukwuma", "themba", "juma", "attila", "kuba", "sava", "usama", "osama",
    "taha", "reza", "mirza", "abdulla", "abdullah", "zakariya", "yeshua",
})
# Given names of either sex (and short ones of both): no title says anything about them.
_EITHER = frozenset({
    "kim", "robin", "alex", "sam", "chris", "charlie", "jo", "toni", "kai", "drew", "jamie",
    "dana", "jordan", "taylor", "morgan", "nikola", "eike", "noa", "ariel",
    "jesse", "billie", "frankie", "maxime", "dominique", "claude", "camille", "ashley",
    "sunny", "justice", "gift", "favour", "wisdom", "shannon", "casey", "riley",
    "avery", "quinn", "rene", "rené", "luka",
    "hikaru", "nur", "chidi", "kelechi", "chinonso", "amal", "amani",
    "nana", "sasha", "eli", "lee", "andrea", "sascha", "elia", "jona", "mika", "isa",
    "nikita", "yuki", "jean", "baraka", "ezra",
})
_WOMEN_ENDINGS = ("a", "ine", "ette", "elle")


def _sex_of_title(title: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(title)]
    if any(w in _MALE_TITLES for w in words):
        return "m"
    if any(w in _FEMALE_TITLES or len(w) >= 6 and w.endswith("in") for w in words):
        return "f"  # "Botschafterin", "Ministerin", "Kollegin"
    return None


def sex_of_given_name(name: str) -> str | None:
    """ "f", "m" or None (either, or unknown) for the folded or written given name."""
    low = name.lower()
    if low in _EITHER:
        return None
    if low in _MEN:
        return "m"
    if low in _WOMEN or low.endswith(_WOMEN_ENDINGS) and len(low) > 3:
        return "f"
    return None


def _public_sexes() -> dict[str, set[str]]:
    sexes: dict[str, set[str]] = {}
    for name in PUBLIC_FIGURES:
        words = _WORD.findall(name)
        sex = sex_of_given_name(fold(words[0]))
        if sex is not None:
            for w in words[1:]:
                sexes.setdefault(fold(w), set()).add(sex)
    return sexes


PUBLIC_SEXES = _public_sexes()


# A German apposition or relative clause after the name tells its sex by the article or
# pronoun: "Stamp, der Sonderbevollmächtigte, …", "Stamp, die das Referat leitet, …"
_APPOSITION_AFTER = re.compile(
    r"[ \t]*,[ \t]*(der|die)[ \t]+(?:(?:(?:neue|frühere|ehemalige|heutige|jetzige|damalige)"
    r"[ \t]+)?(?-i:[A-ZÄÖÜ])[a-zäöüß]+(?:te|ter|er|ent|or|ar|at|ist|eur|ige|in)"
    r"(?:[ \t]+[^,.;:!?]{0,60}?)?[ \t]*[,;(–—]|(?:das|den|die|dem|seit|im|in|als|für|mit|bei|"
    r"uns|gestern|heute|jetzt|schon|noch)[ \t]+[^,.;:!?]{0,60}?[a-zäöüß]{2,}(?:t|te|en|n)"
    r"[ \t]*,)")


def apposition_sex(text: str, end: int) -> str | None:
    m = _APPOSITION_AFTER.match(text, end)
    return None if m is None else ("m" if m.group(1) == "der" else "f")


def other_sex(title: str, key: str, parts: Sequence[_Part], given_names: Sequence[str]) -> bool:
    """A title of one sex before a family name that a public figure of that sex bears and
    only participants of the other sex ("Herr Stamp" for the envoy, not Clara Stamp). A
    title alone says nothing: writers get the sex of a participant wrong ("Mr Young" for
    Amelia Young), so it takes a public namesake whom the title fits."""
    if not all(p.kind == "family" for p in parts):
        return False
    sex = _sex_of_title(title) if title.strip() else None
    if sex is None or sex not in PUBLIC_SEXES.get(key, ()):
        return False
    sexes = {sex_of_given_name(g) for g in given_names}
    return None not in sexes and sex not in sexes
