"""Contact details: e-mail addresses, phone numbers, URLs and social-media handles.

Everything here is pattern based and roster independent.  The patterns are deliberately
conservative about numbers: policy texts are full of years ("2019-2023"), dates
("01.03.2024"), statute sections ("§ 16d"), citations ("(EU) 2024/1760") and figures
("10,000"), so a phone number must start with "+" or with a trunk prefix "0" plus at least
two more digits and have at least seven digits in total, or have a shape of its own: a
one-digit area code with one separator throughout and nine digits ("01 42 68 53 00"), the
North American "(202) 555-0147", a toll-free "1800 599 2141", or six digits right after a
word for a phone ("Tel.", "the toll-free line at", "kostenlos unter"; not a date).
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
    "ly|gd|me|gl|social|app|link|page|to|cc|tv|xyz|online|site|news|network|blog|world|"
    # more country codes and new generic or city TLDs that are no ordinary word
    "ie|pt|gr|cz|hu|ro|bg|hr|si|sk|lt|lv|ee|lu|za|et|rw|ug|tz|sy|iq|af|bd|lk|np|cn|jp|kr|sg|"
    "cl|pe|ru|az|mn|nz|ae|sa|qa|lb|ps|il|ir|gm|sl|lr|bf|sd|ss|zm|zw|mz|ao|cd|"
    "berlin|hamburg|koeln|bayern|nrw|ruhr|wien|swiss|africa|asia|global|agency|foundation|"
    "ngo|ong|charity|digital|jobs|careers|legal|health|gmbh|ai|dev|tech"
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
    r"\.[a-z]{2,13}/[\w#?~%][^\s<>\"'»«]*")
# A hyphen in the name part too: "@rlc-hamburg.bsky.social", "@fair-work" (a chat mention
# "@Anna-Lena" of a roster name stays a name: ``chat_mention``).
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_]{2,30}(?:-[A-Za-z0-9_]+)*"
                     r"(?:[.@][A-Za-z0-9-]+|:(?=[A-Za-z0-9-]+\.[a-z])[A-Za-z0-9-]+)*"
                     r"(?<![.-])\b")  # and a Matrix ID "@lena:matrix.org"
# A chat mention ("@Frank kannst du …", "@haddad your stats") is a person in the room, not
# a social-media handle: a bare "@" + one word that the caller knows as a name, with no
# domain and no network named after it ("@frank on Instagram" is a handle again).
_MENTION_BODY = re.compile(r"@([^\W\d_]{2,30}(?:-[^\W\d_]{2,30})*)")
_NETWORK_AFTER = re.compile(
    r"(?i)\s*(?:\(|\s(?:on|auf|bei|via|at)\s+)(?:instagram|insta|twitter|x|linkedin|bluesky|"
    r"bsky|mastodon|tiktok|facebook|threads|youtube|telegram|github|xing)\b")
# Written-out addresses: "k.mueller (at) bmz.de", "name [at] example dot org", "d.name (ät)
# botschaft (punkt) de", "name at bmz dot de", "frank punkt bauer at jobcenter punkt example".
# A bracketed or German "ät" or a spaced "name @ bmz.de" is a mark of its own; a bare "at"
# needs a spelled-out dot, and no other "at" may follow the domain ("write to me at jonas dot
# fischer at bmas dot de" is the address after "me at").
_AT = r"(?:\s*[(\[{<]\s*(?:at|ät|aet|@)\s*[)\]}>]\s*|\s+(?:at|ät|@)\s+)"
_DOT = r"(?:\s*(?:\.|[(\[{<]\s*(?:dot|punkt|pkt)\s*[)\]}>])\s*|\s+(?:dot|punkt)\s+)"
_EMAIL_SPELLED = re.compile(
    rf"(?i)(?<![\w.+-])[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)+(?![\w-])"
    r"(?!\s*[(\[{<]?\s*(?:at|ät)\b)")
# "k.weber at giz.de": a bare "at" before a domain with a known TLD, after a local part that
# is no pronoun or verb ("write to us at giz.de", "I work at giz.de" keep only the domain).
_LOCAL_AT = re.compile(r"(?<![\w.+-])([\w+-]+(?:\.[\w+-]+)*)\s+(?i:at)\s+$")
_NOT_LOCAL = frozenset({
    "me", "us", "him", "her", "them", "you", "it", "mich", "uns", "dich", "euch", "work",
    "works", "worked", "working", "am", "is", "are", "was", "were", "be", "been", "based",
    "met", "meet", "look", "find", "found", "available", "here", "there", "online", "live",
    "posted", "published", "see", "read", "apply", "applied", "register", "registered",
    "listed"})
_SPELLED_MARK = re.compile(r"(?i)[(\[{<]\s*(?:at|ät|aet|@|dot|punkt|pkt)\s*[)\]}>]|"
                           r"\b(?:dot|punkt)\b|(?<!\w)ät(?!\w)|\s@\s")
# International: +CC, optional "(0)" or "(area)", then 2-6 digit groups.
# "00" + country code is international too when "(0)" or an area code in brackets follows:
# "0049 (0) 30 12345".
_PHONE_INTL = re.compile(
    r"(?<![\w+])(?:\(\+\d{1,3}\)|\+\d{1,3}|00[1-9]\d{0,2}(?=[ ./-]?\(\d))(?:[ ./-]?\(\d{1,5}\))?"
    r"(?:[ ./-]?\d{1,6}){2,6}(?![\w])"
)
# German national: "030 1234567", "0171/1234567", "(030) 123 45 67", "0228 99 535-3712",
# "(0)30 1234 5678", "030.1234567" (a dot only as the first separator), "0800 4 5555 00" (a
# group of one digit when more follow, round 15).
_PHONE_DE = re.compile(
    r"(?<![\w+/.,])(?<!\d[-–])(?:\(0\d{2,5}\)|\(0\)\s?\d{2,5}|0\d{2,5})"
    r"(?:[ ]?[/–-][ ]?\d{1,8}|[ ]\d{2,8}|[ ]\d(?=[ -]\d)|"
    r"\.\d{5,8})(?:[ -]\d{1,8}){0,4}(?![\w])"
)
# A one-digit area code after the trunk 0 (Paris "01 42 68 53 00", Vienna "01 534 5678",
# Brussels "02 511 12 34"): one separator throughout and at least nine digits, so a date
# "01.03.2024" (eight) or "01.03.2024 10:00" (two separators) is not one.
_PHONE_SHORT_AREA = re.compile(
    r"(?<![\w+/.,])(?<!\d[-–])(?:\(0[1-9]\)|0[1-9])([ .-])\d{2,4}(?:\1\d{2,4}){1,3}"
    r"(?![\w]|[.,/-]\d)")
# North American: "(202) 555-0147", "202-555-0147", "1-800-555-0199", "202.555.0147".
_PHONE_NANP = re.compile(
    r"(?<![\w+/.,-])(?:1[ .-])?(?:\(\d{3}\)[ .-]?\d{3}[ .-]|\d{3}([.-])\d{3}\1)\d{4}"
    r"(?![\w]|[.,/-]\d)")
# Toll-free numbers of their own shape (h9b): "1800 599 2141" (India), "1300 555 123",
# "1800 180 155" (Australia); "1-800-555-0199" is North American above.
_PHONE_TOLL_FREE = re.compile(r"(?<![\w+/.,-])1[38]00[ -]\d{3}[ -]?\d{3,4}(?![\w]|[.,/-]\d)")
# a date is no phone after a cue: "call the next meeting on 12.05.2025"
_DATE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})")
# Any number right after a word for a phone ("Tel. 555 01 47", "hotline: 116 117", "Handy
# 47 11 08 15"), at least six digits; "the helpline had 2,100 calls" has no number there.
_PHONE_CUE = re.compile(
    r"(?i)\b(?:tel|telefon|telephone|phone|fon|mobil|mobile|handy|cell|fax|whatsapp|hotline|"
    r"helpline|helpdesk|rufnummer|telefonnummer|handynummer|durchwahl|erreichbar\s+unter|"
    r"(?:call|ring|text|reach|contact)\s+(?:me|us)\s+(?:on|at)|ruf\w*\s+(?:mich|uns)\s+an|"
    r"(?:my|our|mein\w*|unser\w*)\s+(?:(?:office|mobile|direct|private|work|phone|landline|"
    r"desk|büro|dienst|privat|handy|mobil)\s+)?(?:number|nummer)(?:\s+(?:in|im|at|for|für)"
    r"\s+[\w-]+)?|"
    # a free line: "the toll-free line at 1800 …", "kostenlos unter 116 …"
    r"(?:toll[- ]?free|freephone|free\s*phone|gebührenfrei\w*|kostenlos\w*)(?:\s+(?:line|"
    r"number|hotline|helpline|nummer|rufnummer))?(?:\s+(?:at|on|unter))?|"
    r"(?:call|ring|dial|phone|text)\s+(?:[\w-]+\s+){0,3}?(?:on|at)|"
    r"(?:anrufen|erreichen|melden)\s+unter|unter\s+der\s+(?:nummer|rufnummer))\b\.?"
    r"(?:\s+(?:number|nummer))?(?:\s*:|\s+(?:is|ist|lautet|unter|on|at))?\s*$")
_DIGIT_RUN = re.compile(r"(?<![\w(])\(?\d[\d ()./–-]{4,}\d(?![\w]|[.,]\d)")
# years ("2023/2024") and figures with thousands separators ("1.234.567") are not phones
_YEARS = re.compile(r"(?:19|20)\d{2}\s*[/–-]\s*(?:19|20)?\d{2}|\d{1,3}(?:[.,]\d{3})+")
# An extension after a number: "Durchwahl -3311", "ext. 212", "App. 17"
_EXTENSION = re.compile(r"(?i)\b(?:durchwahl|dw|ext|extension|nebenstelle|app|apparat)\.?:?\s*"
                        r"(-?\d{2,6})(?![\w])")
_MIN_PHONE_DIGITS = 7
# The European harmonised helplines of six digits, "116 016", "116 111", "116117" (round 17):
# a phone by form, unless a unit or a noun makes it a count ("116 000 Menschen")
_HARMONISED = re.compile(r"(?<![\w+/.,-])116[ ]?[01]\d{2}(?![\w]|[.,/-]\d)"
                         r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:oder|or|und|and|ist|is|an|anrufen|call|"
                         r"erreichbar|reachable|available|wählen|dial|–|-)(?:\s|[.,;:!?]|$))")
# Between a number and its extension: "030 201 0950-Durchwahl 34", "+44 20 7946 0321 ext. 12"
_EXTENSION_GAP = re.compile(r"[ \t]*[(/–-]?[ \t]*")  # after a comma it stands alone
# A case, file or ticket number is no phone: "Vorgangsnummer 2024-0815-3377", "Fallnr.
# 0176/2024", "Aktenzeichen: 0123-45", "ticket no. 0815 4471", "case number 0176/2024"
# ("Telefonnummer", "Handynr." and "Rufnummer" are words for a phone and stay cues).
_CASE_CUE = re.compile(
    r"(?i)(?:\b[a-zäöüß]{3,}(?<!fon)(?<!handy)(?<!ruf)(?<!fax)(?<!mobil)(?<!netz)(?<!hotline)"
    r"(?<!kontakt)(?<!service)(?<!durchwahl)(?<!whatsapp)(?<!signal)(?<!threema)(?<!büro)"
    r"(?<!privat)(?<!direkt)(?<!zentral)(?<!sammel)(?<!dienst)(?<!funk)(?<!phone)(?<!sms)"
    r"(?<!notfall)(?:nummer|nr\.?)|"
    r"\b(?:aktenzeichen|geschäftszeichen|az\b\.?|gz\.|vorgang|reference|ref\.|"
    r"(?:case|file|ticket|reference|ref|application|customer|client|invoice|order|claim|"
    r"docket|tracking|account|booking|registration|permit|passport)\s*(?:no\.?|nr\.?|number|"
    r"#|id)|ticket|case))\s*[:#]?\s*(?:(?:is|ist|lautet|was|war)\s+)?[\w/.–-]*$")
# Budget, accounting and postal numbers are no phone either (h14z): "Kostenstelle 4711 0815",
# "Haushaltstitel 0603 684 05", "Kapitel 0603 Titel 684 05", "PLZ 50667", "budget line
# 0603 684 05", "cost centre 0815 4711"; a few words or a year may stand between ("das
# Budget 2024: 0603 684 05", "auf der Kostenstelle Nr. 0421 3377").
_ACCOUNT_CUE = re.compile(
    r"(?i)\b(?:[a-zäöüß]*kostenstelle[n]?|[a-zäöüß]*titel|kapitel|haushalts\w*|kassenzeichen|"
    r"buchungs\w*|plz|postleitzahl|postcode|post\s+code|zip(?:\s+code)?|budget(?:\s+(?:line|"
    r"item|heading|code))?|line\s+item|cost\s+(?:centre|center|code)s?|account(?:ing)?\s+"
    r"code|budget\w*|etat\w*|projektnummer|förderkennzeichen|sachkonto|konto)"
    r"(?:\s+[\w.]+){0,2}?\s*[:#]?\s*(?:(?:no\.?|nr\.?|is|ist|lautet)\s*)?$")
# A number before a unit is a quantity: "0176 000 Euro", "030 000 km", "0800 123 456 EUR"
_UNIT_AFTER = re.compile(
    r"\s*(?:€|\$|%|(?:Euro|EUR|Dollar|USD|Cedi|GHS|Schilling|KES|Franken|CHF|Pfund|GBP|km|"
    r"Kilometer|Meter|m²|qm|Quadratmeter|Tonnen|Stunden|hours|Menschen|people|Personen|"
    r"Fälle|cases|Plätze|places|Betten|beds|Prozent|percent|Stück)\b(?!-))")


def not_a_phone(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is an account, budget, postal or file number
    by the word before it, or a quantity by the unit after it."""
    return bool(_CASE_CUE.search(text, max(0, start - 40), start)
                or _ACCOUNT_CUE.search(text, max(0, start - 40), start)
                or _UNIT_AFTER.match(text, end)
                and not _PHONE_CUE.search(text, max(0, start - 40), start))


# a running number of a year: "0176/2024" (a phone has more digits after an area code)
_NUMBER_OF_YEAR = re.compile(r"0\d{2,4}\s?/\s?(?:19|20)\d{2}")
# A messenger's user name or ID after its network: "Signal-Username: lena.07", "on Signal,
# username lena.07", "Threema ID is 7HXK2P9M", "Skype: anna.meier". The ID must have a
# letter and a digit, dot or "_" (or be an upper-case code); networks that are also common
# words ("Wire", "Matrix", "Session", "Element", "Line") need the word for an ID.
_ID_WORD = (r"(?:user\s*-?\s*name|user\s*-?\s*id|id|handle|nick(?:name)?|account|konto|"
            r"(?:be)?nutzer(?:innen)?name|kennung|name|nummer)")
_MESSENGER_ID = re.compile(
    r"(?i)\b(?:(?:signal|threema|telegram|whatsapp|skype|discord|wickr|viber|wechat|"
    rf"kik|snapchat)(?:[ \t]*[,-]?[ \t]*{_ID_WORD})?|(?:wire|matrix|session|element|line|"
    rf"jabber|xmpp)[ \t]*[,-]?[ \t]*{_ID_WORD})"
    r"(?:[ \t]*[:=]|[ \t]+(?:is|ist|lautet|als|as|unter))?[ \t]*"
    r"(?:[(\[\"„“'][ \t]*)?"
    r"((?:live:\.?)?(?=[\w.-]*[^\W\d_])(?=[\w.-]*?(?:[\d_]|\.\w))[^\W_][\w.-]{1,40}[^\W_]|"
    r"(?-i:[A-Z0-9]{8}))(?![\w@])")
# a regulation, directive or printed-paper number: "2024/3015", "20/9470", "21-5566/2024"
_CITATION = re.compile(r"[1-9](?:\d|\d{3})/\d{1,5}|[1-9]\d{0,3}[-–]\d{1,6}/(?:\d{2}|\d{4})")


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
    """Whether the handle ``text[start:end]`` is a chat mention of a name ("@Rose",
    "@Mensah-Boateng": every part of it a roster name's word)."""
    m = _MENTION_BODY.fullmatch(text, start, end)
    return bool(m and all(is_name(part) for part in m.group(1).split("-"))
                and not _NETWORK_AFTER.match(text, end))


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
            end = _strip_trailing(text, m.start(), m.end())
            found.append((m.start(), end))
            if text[max(0, m.start() - 4):m.start()].lower().rstrip().endswith(" at"):
                local = _LOCAL_AT.search(text, max(0, m.start() - 80), m.start())
                if local and local.group(1).lower() not in _NOT_LOCAL:
                    found.append((local.start(), end))  # "k.weber at giz.de"
    for m in _HANDLE.finditer(text):
        if mention is None or not chat_mention(text, m.start(), m.end(), mention):
            found.append(m.span())
    # "at" and a dot are ordinary English ("we met at the BMZ. Then"): only a bracketed
    # "(at)" or a spelled-out "dot" makes it an address (and is worth the slow pattern).
    if _SPELLED_MARK.search(text):
        for m in _EMAIL_SPELLED.finditer(text):
            if _SPELLED_MARK.search(m.group()):
                found.append(m.span())
    for pattern, least in ((_PHONE_INTL, _MIN_PHONE_DIGITS), (_PHONE_DE, _MIN_PHONE_DIGITS),
                           (_PHONE_SHORT_AREA, 9), (_PHONE_NANP, 10), (_PHONE_TOLL_FREE, 10)):
        for m in pattern.finditer(text):
            if sum(ch.isdigit() for ch in m.group()) >= least and not (
                    not_a_phone(text, m.start(), m.end())
                    or _NUMBER_OF_YEAR.fullmatch(m.group())):
                found.append(m.span())
    found += [m.span() for m in _HARMONISED.finditer(text)]
    found += _messenger_ids(text)
    for m in _DIGIT_RUN.finditer(text):  # six digits after a word for a phone
        number = m.group().rstrip(" ./–-(")
        if sum(ch.isdigit() for ch in number) >= 6 and not (
                _YEARS.fullmatch(number) or _CITATION.fullmatch(number)
                or _DATE.fullmatch(number) or _UNIT_AFTER.match(text, m.start() + len(number))
                ) and _PHONE_CUE.search(
                    text, max(0, m.start() - 40), m.start()):
            found.append((m.start(), m.start() + len(number)))
    if found:  # an extension only next to a number or address already found
        found += [_with_extension(text, m, found) for m in _EXTENSION.finditer(text)]
    return found


def _messenger_ids(text: str) -> list[tuple[int, int]]:
    """User names and IDs after a messenger's name ("Threema ID: 7HXK2P9M"), and any word
    after its word for a user name and a colon ("Signal-Username: milica")."""
    if not _MESSENGER_WORD.search(text):
        return []
    return [(m.start(1), _strip_trailing(text, m.start(1), m.end(1)))
            for pattern in (_MESSENGER_ID, _MESSENGER_USER_NAME) for m in pattern.finditer(text)]


_MESSENGER_USER_NAME = re.compile(
    r"(?i)\b(?:signal|threema|telegram|whatsapp|skype|discord|wickr|viber|wechat|kik|snapchat|"
    r"wire|matrix|session|element|jabber|xmpp)[ \t]*[-]?[ \t]*(?:user\s*-?\s*name|handle|"
    r"nick(?:name)?|(?:be)?nutzer(?:innen)?name)[ \t]*:[ \t]*([^\W\d_][\w.-]{2,40})(?![\w@])")
_MESSENGER_WORD = re.compile(r"(?i)signal|threema|telegram|whatsapp|skype|discord|wickr|viber|"
                             r"wechat|kik|snapchat|wire|matrix|session|element|line|jabber|xmpp")


def _with_extension(text: str, m: re.Match[str], found: list[tuple[int, int]]
                    ) -> tuple[int, int]:
    """The extension with the number right before it, as one contact ("030 201 0950-Durchwahl
    34", "+44 20 7946 0321 ext. 12"); alone when no number ends just before it."""
    for start, end in found:
        if end <= m.start() and _EXTENSION_GAP.fullmatch(text, end, m.start()):
            return start, m.end(1)
    return m.span(1)


_ADDRESS_SHAPE = re.compile(r"(?i)@|\b(?:https?://|www\.)|[a-z0-9-]\.[a-z]{2,}\b|[a-z0-9]_[a-z0-9]|"
                            r"[(\[{<]\s*(?:at|ät|aet)\s*[)\]}>]|\b(?:dot|punkt)\b|(?<!\w)ät(?!\w)")
_NUMBER_SHAPE = re.compile(r"[+(]?\d[\d ()./–-]*\d")


def contact_shaped(span: str) -> bool:
    """Whether *span* can be a contact at all: something with an address mark ("@", a
    domain, a handle's "_", a spelled "(at)" or "dot") or a number of phone shape with at
    least six digits that is not a citation, years or a figure ("(EU) 2024/3015", "2023/24",
    "1.234.567").
    The learned tagger's own CONTACT spans must pass it ("2024/3015 products" does not)."""
    if _ADDRESS_SHAPE.search(span):
        return True
    number = _NUMBER_SHAPE.fullmatch(span.strip())
    return bool(number and sum(ch.isdigit() for ch in span) >= 6
                and not _YEARS.fullmatch(span.strip()) and not _CITATION.fullmatch(span.strip()))


def tagger_contact(text: str, start: int, end: int) -> bool:
    """Whether the learned tagger's CONTACT ``text[start:end]`` may stand: a contact's shape
    (``contact_shaped``), and no account, budget, postal or file number nor a quantity
    (``not_a_phone``) when it is a bare number."""
    span = text[start:end]
    if not contact_shaped(span):
        return False
    return bool(_ADDRESS_SHAPE.search(span)) or not not_a_phone(text, start, end)
