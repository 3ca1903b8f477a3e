"""Contact details: e-mail addresses, phone numbers, URLs and social-media handles.

Everything here is pattern based and roster independent.  The patterns are deliberately
conservative about numbers: policy texts are full of years ("2019-2023"), dates
("01.03.2024"), statute sections ("§ 16d") and figures ("10,000"), so a phone number must
start with "+" or with a German trunk prefix "0" plus at least two more digits, and have
at least seven digits in total.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

# Top-level domains accepted for bare domains such as "diw.de/studie"; without a scheme or
# "www." we only trust TLDs that occur in this dialogue, in lower case, so that
# abbreviations like "z.B." or "Co.KG" never look like domains.
_TLDS = (
    "de|org|com|net|int|eu|gov|edu|info|io|in|ke|ge|uz|ma|co|md|kg|gh|ph|uk|fr|at|ch|nl|"
    "be|it|es|pl|se|dk|no|fi|tr|ua|al|rs|tj|kz|pk|ng|tn|sn|id|vn|br|mx|jo|eg|us|ca|au|"
    # link shorteners and social hosts: bit.ly, is.gd, t.me, goo.gl, bsky.social, …
    "ly|gd|me|gl|social|app|link|page|to|cc|tv|xyz|online|site|news|network|blog|world"
)
_TRAILING = ".,;:!?)]}'\"”’»"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'»«]+")
_BARE_DOMAIN = re.compile(
    r"(?<![\w@.-])(?i:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.(?i:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?))*"
    rf"\.(?:{_TLDS})(?![\w-])(?:/[^\s<>\"'»«]*)?"
)
# "@svr_migration", and with a domain: "@name.bsky.social", "@name@mastodon.social".
# A domain with a path is an address whatever its top-level domain: "example.berlin/x",
# "fairlabour-ghana.example/onepager.pdf" (new and reserved TLDs are not in the list).
_DOMAIN_WITH_PATH = re.compile(
    r"(?<![\w@.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
    r"\.[a-z]{2,13}/[\w][^\s<>\"'»«]*")
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_]{2,30}(?:[.@][A-Za-z0-9-]+)*(?<![.-])\b")
# A chat mention ("@Frank kannst du …", "@haddad your stats") is a person in the room, not
# a social-media handle: a bare "@" + one word that the caller knows as a name, with no
# domain and no network named after it ("@frank on Instagram" is a handle again).
_MENTION_BODY = re.compile(r"@([^\W\d_]{2,30})")
_NETWORK_AFTER = re.compile(
    r"(?i)\s*(?:\(|\s(?:on|auf|bei|via|at)\s+)(?:instagram|insta|twitter|x|linkedin|bluesky|"
    r"bsky|mastodon|tiktok|facebook|threads|youtube|telegram|github|xing)\b")
# Written-out addresses: "k.mueller (at) bmz.de", "name [at] example dot org".
_EMAIL_SPELLED = re.compile(
    r"(?i)[\w.+-]+\s*(?:\(at\)|\[at\]|\{at\})\s*[\w-]+(?:\s*(?:\.|[(\[](?:dot|punkt)[)\]]|"
    r"\s+dot\s+|\s+punkt\s+)\s*[\w-]+)+"
    # "name at bmz dot de", "frank punkt bauer at jobcenter-duisburg punkt example"
    r"|[\w.+-]+(?:\s+(?:dot|punkt)\s+[\w-]+)*\s+at\s+[\w-]+(?:\s*(?:\.|\s+dot\s+|"
    r"\s+punkt\s+)\s*[\w-]+)*\s+(?:dot|punkt)\s+[\w-]+")
_SPELLED_MARK = re.compile(r"(?i)\(at\)|\[at\]|\{at\}|\bdot\b|\(dot\)|\[dot\]|\bpunkt\b")
# International: +CC, optional "(0)" or "(area)", then 2-6 digit groups.
_PHONE_INTL = re.compile(
    r"(?<![\w+])(?:\(\+\d{1,3}\)|\+\d{1,3})(?:[ ./-]?\(\d{1,5}\))?(?:[ ./-]?\d{1,6}){2,6}(?![\w])"
)
# German national: "030 1234567", "0171/1234567", "(030) 123 45 67", "0228 99 535-3712".
_PHONE_DE = re.compile(
    r"(?<![\w+/.,])(?:\(0\d{2,5}\)|0\d{2,5})(?:[ ]?[/-][ ]?\d{1,8}|[ ]\d{2,8})(?:[ -]\d{1,8}){0,4}"
    r"(?![\w])"
)
# An extension after a number: "Durchwahl -3311", "ext. 212", "App. 17"
_EXTENSION = re.compile(r"(?i)\b(?:durchwahl|dw|ext|extension|nebenstelle|app|apparat)\.?:?\s*"
                        r"(-?\d{2,6})(?![\w])")
_MIN_PHONE_DIGITS = 7


def _strip_trailing(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation that a greedy URL pattern swallowed."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


class Ranges:
    """Character ranges that other finders must skip, with a quick overlap test."""

    def __init__(self, ranges: Sequence[tuple[int, int]] = ()):
        merged: list[list[int]] = []
        for a, b in sorted(ranges):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def chat_mention(text: str, start: int, end: int, is_name: Callable[[str], bool]) -> bool:
    """Whether the handle ``text[start:end]`` is a chat mention of a name ("@Rose")."""
    m = _MENTION_BODY.fullmatch(text, start, end)
    return bool(m and is_name(m.group(1)) and not _NETWORK_AFTER.match(text, end))


def find_contacts(text: str, mention: Callable[[str], bool] | None = None
                  ) -> list[tuple[int, int]]:
    """Return (start, end) ranges of contact details in *text*, possibly overlapping.

    *mention*: whether a word is a name, so that a chat mention of it ("@Rose") is left to
    the name finder instead of taken for a handle."""
    found: list[tuple[int, int]] = []
    for m in _EMAIL.finditer(text):
        found.append(m.span())
    for m in _URL.finditer(text):
        found.append((m.start(), _strip_trailing(text, m.start(), m.end())))
    for pattern in (_BARE_DOMAIN, _DOMAIN_WITH_PATH) if "/" in text else (_BARE_DOMAIN,):
        for m in pattern.finditer(text):
            found.append((m.start(), _strip_trailing(text, m.start(), m.end())))
    for m in _HANDLE.finditer(text):
        if mention is None or not chat_mention(text, m.start(), m.end(), mention):
            found.append(m.span())
    # "at" and a dot are ordinary English ("we met at the BMZ. Then"): only a bracketed
    # "(at)" or a spelled-out "dot" makes it an address (and is worth the slow pattern).
    if _SPELLED_MARK.search(text):
        for m in _EMAIL_SPELLED.finditer(text):
            if _SPELLED_MARK.search(m.group()):
                found.append(m.span())
    for pattern in (_PHONE_INTL, _PHONE_DE):
        for m in pattern.finditer(text):
            if sum(ch.isdigit() for ch in m.group()) >= _MIN_PHONE_DIGITS:
                found.append(m.span())
    if found:  # an extension only next to a number or address already found
        found += [m.span(1) for m in _EXTENSION.finditer(text)]
    return found
