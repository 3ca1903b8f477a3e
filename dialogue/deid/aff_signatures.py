"""Signature blocks: the organisation and unit in the parts after a name or a contact.

Writers sign off or introduce themselves without any first-person word: "Best, Kofi Mensah
| Ghana Immigration Service, Legal Unit | k.mensah@… | +233 …", "Viele Grüße, Petra
Lindqvist, Stadt Bielefeld, Ausländerbehörde, 0521 51-0", "Erreichbar unter 0521 12 34 56
– Migrationsberatung der Diakonie in Minden.", "Arjun Rao, Nasscom, Talent Desk. We …".
The block after the name (or after a contact) is cut into parts at "|", ",", "–", ";"; a
part is a contact (a found contact, or "Tel./Fon/Mail" + one), an organisation part (at
most six words with an organisation, unit or role word; in a block separated by "|" any
short capitalised part), or something else, which ends the block. A block counts only
where it closes the line or text, or – for a self-introduction at the very start – the
first sentence; so "Thanks, Ugo, the chamber should publish this" is no signature. Each
run of neighbouring organisation parts is one span (separators inside it included).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .phrases import Tokens, classify

_ORG_KINDS = {"strong", "weak", "acronym", "known", "role", "roles", "civic"}
_SEPARATOR = re.compile(r"\s*(?:\||,|;|[–—]|\s-\s)\s*")
_INITIALS = re.compile(r"(?:\s+[A-ZÄÖÜ]\.(?:-?[A-ZÄÖÜ]\.)*)+")  # "Joy M.-B."
_REMARK = re.compile(r"\s*\([^()\n]{1,40}\)")  # "0151 … (auch Signal)"
_CONTACT_WORD = re.compile(r"(?:Tel|Tel\.|Telefon|Fon|Phone|Mobil|Mob\.|Mobile|Fax|E-Mail|"
                           r"Email|Mail|Web)\b\.?:?\s*", re.IGNORECASE)
_SEPARATOR_AFTER = re.compile(r"[\w)]\s*(?:\||,|;|[–—]|\s-\s)")
_PART_END = re.compile(r"\s*(?:\||,|;|[–—]|\s-\s)|\.(?=\s|$)|\n|$")
_LINE_END = re.compile(r"[\s.!]*(?:\n|$)")
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZÄÖÜ]|\s*$)")
_MAX_PART_WORDS = 6
_MAX_LEAD = 30  # "Hi all, " / "Morning everyone – " before a self-introduction


def find_signatures(text: str, tokens: Tokens, names: Sequence[tuple[int, int]],
                    contacts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of organisation parts in signature blocks after names and contacts."""
    from .name_context import looks_like_english

    found: list[tuple[int, int]] = []
    if not _SEPARATOR_AFTER.search(text):
        return found
    lang = "en" if looks_like_english(text) else "de"
    for a, b in sorted(names):
        init = _INITIALS.match(text, b)
        found += _block(text, tokens, init.end() if init else b, contacts, lang,
                        intro=a <= _MAX_LEAD and "." not in text[:a])
    for _, b in sorted(contacts):
        remark = _REMARK.match(text, b)
        found += _block(text, tokens, remark.end() if remark else b, contacts, lang,
                        intro=False)
    return found


def _block(text: str, tokens: Tokens, pos: int, contacts: Sequence[tuple[int, int]],
           lang: str, intro: bool) -> list[tuple[int, int]]:
    sep = _SEPARATOR.match(text, pos)
    if not sep or sep.end() == pos:
        return []
    piped = "|" in sep.group()
    runs: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    pos = sep.end()
    while pos < len(text):
        end = _part_end(text, pos)
        part = text[pos:end].rstrip(" .")
        kind = _part_kind(text, tokens, pos, pos + len(part), contacts, lang, piped)
        if kind == "other":
            break
        if kind == "org":
            run = (run[0] if run else pos, pos + len(part))
        elif run:
            runs.append(run)
            run = None
        nxt = _SEPARATOR.match(text, end)
        if not nxt or nxt.end() == end or "\n" in nxt.group():
            pos = end
            break
        piped = piped or "|" in nxt.group()
        pos = nxt.end()
    if run:
        runs.append(run)
    closes = _LINE_END.match(text, pos) or intro and _SENTENCE_END.match(text, pos)
    return runs if closes else []


def _part_end(text: str, pos: int) -> int:
    """Where the part from *pos* ends: before the next separator or the sentence's end."""
    m = _PART_END.search(text, pos)
    return m.start() if m else len(text)


def _part_kind(text: str, tokens: Tokens, start: int, end: int,
               contacts: Sequence[tuple[int, int]], lang: str, piped: bool) -> str:
    """"contact", "org" or "other" for the part text[start:end]."""
    if start >= end:
        return "other"
    lead = _CONTACT_WORD.match(text, start)
    first = lead.end() if lead else start
    if any(a <= first < b or start <= a < end for a, b in contacts):
        return "contact"
    words = [t for t in tokens.items[tokens.at(start):tokens.at(end)] if t[2][:1].isalnum()]
    if not words or len(words) > _MAX_PART_WORDS or tokens.is_blocked(start, end):
        return "other"
    if not (words[0][2][:1].isupper() or "." in words[0][2] or tokens.lower_case):
        return "other"
    if any(classify(w, lang, tokens.known) in _ORG_KINDS for _, _, w in words):
        return "org"
    capitals = all(w[:1].isupper() or w.lower() in {"für", "of", "for", "and", "und", "de"}
                   for _, _, w in words)
    return "org" if piped and capitals else "other"
