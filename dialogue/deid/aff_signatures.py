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

The same parts open an answer with no name at all ("BMI, Referat M I 4, wir sind …",
"ver.di, public services section, sorry", "ZAV Bonn employer team checking in"):
``find_openings`` takes them at the text's start when an acronym, a known name or an
organisation noun comes first and the writer follows ("wir", "I", "sorry").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .affiliation_words import DETERMINERS, STOP
from .clauses import _SIZE
from .phrases import Tokens, classify, phrase_at

_ORG_KINDS = {"strong", "weak", "acronym", "known", "role", "roles", "civic"}
_SEPARATOR = re.compile(r"\s*(?:\||,|;|[–—]|\s-\s)\s*")
_INITIALS = re.compile(r"(?:\s+[A-ZÄÖÜ]\.(?:-?[A-ZÄÖÜ]\.)*)+")  # "Joy M.-B."
_REMARK = re.compile(r"\s*\([^()\n]{1,40}\)")  # "0151 … (auch Signal)"
_CONTACT_WORD = re.compile(r"(?:Tel|Tel\.|Telefon|Fon|Phone|Mobil|Mob\.|Mobile|Fax|E-Mail|"
                           r"Email|Mail|Web)\b\.?:?\s*", re.IGNORECASE)
_SEPARATOR_AFTER = re.compile(r"[\w)]\s*(?:\||,|;|[–—]|\s-\s)")
_PART_END = re.compile(r"\s*(?:\||,|;|[–—]|\s-\s)|[.?!](?=\s|$)|\n|$")
_LINE_END = re.compile(r"[\s.!]*(?:\n|$)")
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZÄÖÜ]|\s*$)")
_MAX_PART_WORDS = 6
_PERSONAL_CONTACT = re.compile(r"@|\d{3}")  # an address or a number, not a web page
_MORE_NAME = re.compile(r"(?:\s+[A-ZÄÖÜ][\w-]+)*")
_SECOND_PERSON = re.compile(r"\b(?:euch|ihr|Ihnen|dir|dich|you|your)\b", re.IGNORECASE)
# function words that a unit's name does not hold ("Team Rückkehr und Reintegration" may)
_VERBISH = STOP - {"und", "and", "of", "for", "für", "bei", "mit", "with", "at", "zu", "zur",
                   "zum", "as", "als", "to", "über", "unter", "nach"}
_GREETING = re.compile(r"(?:(?:hi|hello|hey|morning|good\s+morning|hallo|moin|servus|"
                       r"guten\s+(?:morgen|tag)|dear\s+all|liebe\s+alle|zum\s+thema)\b"
                       r"[^,:.!?\n]{0,20}[,:!]\s*|[^,:.!?\n]{2,40}:\s+)", re.IGNORECASE)
_CHECKING_IN = re.compile(r"(?P<org>[^,.!?\n]{3,60}?)\s+(?:checking\s+in|here|hier|"
                          r"speaking|reporting)\b", re.IGNORECASE)
_THEN_WRITER = re.compile(r"(?:wir|we|ich|I|uns|sorry|no\s+sorry|by\s+the\s+way)\b",
                          re.IGNORECASE)
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
    for a, b in sorted(contacts):
        if not _PERSONAL_CONTACT.search(text[a:b]):
            continue  # "Infos: www.bamf.de – Bundesamt für …": a public page, not a signature
        remark = _REMARK.match(text, b)
        found += _block(text, tokens, remark.end() if remark else b, contacts, lang,
                        intro=False)
    return found


def _block(text: str, tokens: Tokens, pos: int, contacts: Sequence[tuple[int, int]],
           lang: str, intro: bool) -> list[tuple[int, int]]:
    sep = _SEPARATOR.match(text, pos)
    if not sep or sep.end() == pos:
        return []
    runs, pos = _walk(text, tokens, sep.end(), contacts, lang, "|" in sep.group())
    closes = _LINE_END.match(text, pos) or intro and _SENTENCE_END.match(text, pos)
    return runs if closes else []


def _walk(text: str, tokens: Tokens, pos: int, contacts: Sequence[tuple[int, int]],
          lang: str, piped: bool) -> tuple[list[tuple[int, int]], int]:
    """The runs of organisation parts from *pos*, and where the walk stopped."""
    runs: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
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
    return runs, pos


def find_openings(text: str, tokens: Tokens, contacts: Sequence[tuple[int, int]],
                  lang: str) -> list[tuple[int, int]]:
    """An answer that opens with the writer's organisation and unit, then the writer: "BMI,
    Referat M I 4, wir sind federführend", "VHS Görlitz, ich schick die Details", "ver.di,
    public services section, sorry", "Morning all, ZAV Bonn employer team checking in." Not a
    list of organisations ("BAMF, BA und ZAV, wir alle …") nor lone acronyms ("IOM, UNHCR,
    wir …"), nor an organisation with an article ("Das BAMF, wir wissen es, …")."""
    lead = _GREETING.match(text)
    pos = lead.end() if lead else 0
    first = tokens.at(pos)
    if first >= len(tokens):
        return []
    kind = classify(tokens.text(first), lang, tokens.known)
    if kind in {"role", "weak"} or kind == "acronym" and first + 1 < len(tokens) and classify(
            tokens.text(first + 1), lang, tokens.known) == "role":
        return _post_opening(text, tokens, pos, lang)  # "HR director at PflegePlus, a …"
    if kind not in {"acronym", "known", "strong"}:
        return []  # "Long post, sorry", "Welches Haus? Sorry", "Several of the embassies here"
    checking = _CHECKING_IN.match(text, pos)
    if checking and _part_kind(text, tokens, pos, checking.end("org"), contacts, lang,
                               False) == "org":
        return [(pos, checking.end("org"))]
    runs, stop = _walk(text, tokens, pos, contacts, lang, False)
    if not runs or runs[0][0] != pos or not _THEN_WRITER.match(text, stop) or (
            _SECOND_PERSON.search(re.split(r"[.!?]", text[stop:], maxsplit=1)[0])):
        return []  # "Jobcenter Essen, wir haben ein Problem mit euch": the one addressed
    start, end = runs[0]
    if all(re.fullmatch(r"[\w.&-]+", p.strip()) for p in re.split(r"[,|;–—]", text[start:end])):
        return []  # "IOM, UNHCR, wir …": acronyms alone
    return [runs[0]]


def _post_opening(text: str, tokens: Tokens, pos: int, lang: str) -> list[tuple[int, int]]:
    """A self-introduction by post and organisation with no name and no pronoun: "For those
    who don't know me: HR director at PflegePlus, a care provider in …", "Hallo, Leitung
    Pflegedirektion eines Uniklinikums in Sachsen, ich knüpfe an …". The post needs its
    organisation (not "Director's cut, anyone?") and the writer or the sentence's end after."""
    phrase = phrase_at(tokens, pos, lang)
    if not phrase or phrase.start != pos or not phrase.kinds & {"strong", "acronym", "known"}:
        return []
    if "roles" in phrase.head or tokens.text(tokens.at(pos)).lower().endswith("innen"):
        return []  # "Sachbearbeiterinnen in den Ausländerbehörden bekommen …": a group
    size = _SIZE.match(text, phrase.end)  # "… a care provider with 40 homes in Lower Saxony"
    end = size.end() if size else phrase.end
    more = _MORE_NAME.match(text, end)  # "… in Lower *Saxony*"
    end = more.end() if more else end
    rest = text[end:]
    if "detailed" not in phrase.kinds or _SECOND_PERSON.search(rest.split(".")[0]) or not (
            re.match(r",\s*(?:wir|we|ich|I)\b|[.!]?\s*$", rest)):
        return []  # "Team der Caritas, wir danken euch!": the readers addressed
    return [(phrase.start, end)]


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
    if not (words[0][2][:1].isupper() or "." in words[0][2] or tokens.lower_case) and (
            any(w.lower() in STOP | DETERMINERS for _, _, w in words)):
        return "other"  # "the chamber should publish this", not "public services section"
    if any(w.islower() and len(w) > 2 and w in _VERBISH for _, _, w in words):
        return "other"  # "VHS Kurse sind voll": a sentence, not a unit
    if sum(classify(w, lang, tokens.known) in {"acronym", "known"} for _, _, w in words) > 1 and (
            any(w.lower() in {"und", "and", "&"} for _, _, w in words)):
        return "other"  # "BA und ZAV": a list of organisations
    if any(classify(w, lang, tokens.known) in _ORG_KINDS for _, _, w in words):
        return "org"
    capitals = all(w[:1].isupper() or w.lower() in {"für", "of", "for", "and", "und", "de"}
                   for _, _, w in words)
    # "| Ausbildungsleitung LogiTrans Nord |", not "| Berlin | Tuesday"
    return "org" if piped and capitals and len(words) >= 2 else "other"
