"""Round 15: an office before a roster surname that is not the participant's office.

"Außenminister Wadephul hat angekündigt …", "Innenminister Dobrindt", "der frühere
AfDB-Präsident Adesina": a minister, president or commissioner named by office is a public
figure, not the participant who shares the surname, unless the participant holds that
office: the roster says so ("Stadt Hanau, Bürgermeisterin" for "Mayor Kraft", "Vice-President
for International Affairs" for "Vizepräsidentin Hell"). ``office_of_another`` reads the office
right before the name (a compound too: "Bundesinnenministerin", "EU-Kommissar") and looks for
it, in either language, in the affiliations of the participants the name can stand for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# an office and the words that name it in an affiliation, German or English
_OFFICES = {
    "minister": ("minister",),
    "präsident": ("präsident", "president"),
    "president": ("präsident", "president"),
    "kanzler": ("kanzler", "chancellor"),
    "chancellor": ("kanzler", "chancellor"),
    "kommissar": ("kommissar", "commissioner"),
    "commissioner": ("kommissar", "commissioner"),
    "bürgermeister": ("bürgermeister", "mayor"),
    "mayor": ("bürgermeister", "mayor"),
    "sekretär": ("sekretär", "secretary"),
    "secretary": ("sekretär", "secretary"),
    "gouverneur": ("gouverneur", "governor"),
    "governor": ("gouverneur", "governor"),
}
_OFFICE_BEFORE = re.compile(
    r"(?i)(?<![\w-])[\w-]*?(" + "|".join(_OFFICES) + r")(?:in|innen)?"
    r"(?:[ \t]+(?:a\.[ \t]?d\.|general))?[ \t]+$")


def office_of_another(text: str, start: int, affiliations: Sequence[str],
                      end: int | None = None) -> bool:
    """Whether an office stands right before the name at *start* (ending at *end*) and
    each of *affiliations* (those of the participants the name can stand for) is known and
    holds another post. A participant whose affiliation the roster leaves empty may hold
    any office, and one addressed in the room is there ("President Kenyi, welcome to the
    panel – could you start?")."""
    office = _OFFICE_BEFORE.search(text, max(0, start - 50), start)
    if office is None:
        return False
    if end is not None and _ADDRESSED_AFTER.match(text, end):
        return False
    known = [a for a in affiliations if a.strip()]
    words = _OFFICES[office.group(1).lower()]
    holds = re.compile(r"(?i)" + "|".join(w + r"(?:in|innen)?\b" for w in words))
    return bool(known) and len(known) == len(list(affiliations)) and not any(
        holds.search(a) for a in known)


# the name addressed: a comma, then a greeting or a second person in the same sentence
_ADDRESSED_AFTER = re.compile(r"(?i)[ \t]*,[^.!?\n]{0,80}?\b(?:you|your|welcome|du|dich|dir|"
                              r"(?-i:Sie|Ihnen)|willkommen|danke|thanks|thank)\b")
