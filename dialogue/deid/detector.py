"""The public de-identification API: ``RosterEntry``, ``Span``, ``Detector`` and ``redact``.

``Detector`` compiles everything roster-dependent once in ``__init__`` and then runs three
independent finders per text: contacts first (their ranges are blocked for the name finder,
so "k.mueller@bmz.bund.de" is one CONTACT and not also a PERSON "mueller"), then names,
then affiliation phrases.  Overlapping results are merged into one span carrying the label
of the longest contributor, so callers always get sorted, non-overlapping spans.  Last, the
learned tagger (``learned.py``, docs/deid-learned.md) may widen those spans or add one it is
sure of; ``Detector(roster, learned=False)`` is the rules alone.  The tagger's own contacts
must have a contact's shape (``contacts.tagger_contact``), and every AFFILIATION span, the
rules' and the tagger's, is asked ``aff_not_disclosures.not_disclosure`` last. A text typed
without capitals is read by the affiliation grammar as it would be printed too
(``casing.py``), on the same offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .aff_look_alikes import drop as look_alike
from .aff_look_alikes import keep as kept
from .aff_not_disclosures import not_disclosure, roster_organisation_words
from .affiliations import AffiliationMatcher
from .casing import caps_poor, cased
from .contacts import find_contacts, tagger_contact
from .learned import combine as combine_learned
from .learned import tag as tag_learned
from .learned_features import roster_words
from .names import NameMatcher

PERSON = "PERSON"
CONTACT = "CONTACT"
AFFILIATION = "AFFILIATION"
LABELS = (PERSON, CONTACT, AFFILIATION)


@dataclass(frozen=True)
class RosterEntry:
    """One dialogue participant as listed in the roster CSV."""

    name: str
    email: str = ""
    affiliation: str = ""
    stakeholder_group: str = ""


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of *text* with its label."""

    start: int
    end: int
    label: str

    def text(self, source: str) -> str:
        return source[self.start:self.end]


class Detector:
    """Find PERSON, CONTACT and AFFILIATION spans in English and German contributions."""

    def __init__(self, roster: Iterable[RosterEntry] = (), *, learned: bool = True):
        self.roster = tuple(roster)
        named = [e for e in self.roster if e.name.strip()]
        self._names = NameMatcher((e.name for e in named), [e.affiliation for e in named])
        self._affiliations = AffiliationMatcher(
            e.affiliation.strip() for e in self.roster if e.affiliation.strip())
        # the words that keep a look-alike a disclosure ("Hello from Bosch" when a participant
        # works at Robert Bosch GmbH): aff_not_disclosures.roster_organisation_words
        self._known_organisations = self._affiliations.known | roster_organisation_words(
            e.affiliation for e in self.roster)
        # Roster e-mail addresses are caught by the generic e-mail pattern already; they
        # need no list of their own.
        # The learned tagger (learned.py; learned=False: the rules alone) reads the roster's
        # words; its model is loaded on the first text, not here.
        self._learned = roster_words((e.name for e in self.roster),
                                     (e.affiliation for e in self.roster)) if learned else None

    def find(self, text: str) -> list[Span]:
        """Return sorted, non-overlapping spans found in *text*."""
        contacts = find_contacts(text, mention=self._names.is_mention)
        found = [Span(a, b, CONTACT) for a, b in contacts]
        names, vetoes = self._names.find_with_vetoes(text, blocked=contacts)
        found += [Span(a, b, PERSON) for a, b in names]
        # An affiliation phrase stops before a name or contact, so "Hope here, from the
        # Labour Department" stays a PERSON and an AFFILIATION, not one merged span.
        phrases = list(self._affiliations.find(text, contacts + names, names))
        # typed without capitals ("our sozialamt", "ausländerbehörde ostholstein"): the
        # grammar reads the text as it would be printed too (casing.py), same offsets
        in_print = (cased(text, names, self._names.is_mention, self._affiliations.known)
                    if caps_poor(text, names) else text)
        if in_print != text:
            phrases += self._affiliations.find(in_print, contacts + names, names)
        found += [Span(a, b, AFFILIATION) for a, b in stop_before(text, phrases, contacts)]
        spans = merge(s for s in found if s.end > s.start)
        if self._learned is not None:  # the tagger's contacts must have a contact's shape
            learned = [f for f in tag_learned(text, self._learned)
                       if f[0][2] != CONTACT or tagger_contact(text, f[0][0], f[0][1])]
            combined = combine_learned([(s.start, s.end, s.label) for s in spans], learned)
            # a roster word the name rules took for another sense ("Klein, Braun, Sommer –
            # many surnames are words") is not a PERSON the tagger may add back
            spans = [Span(*t) for t in combined if t[2] != PERSON or _overlaps(t, names)
                     or not _overlaps(t, vetoes)]
        # look-alikes of a disclosure ("Greetings from Leipzig"): aff_not_disclosures.py
        # and more of them, and one friend kept (aff_look_alikes.py)
        return [s for s in spans if s.label != AFFILIATION
                or self._disclosure(text, s)
                or in_print != text and self._disclosure(in_print, s)]

    def _disclosure(self, text: str, span: Span) -> bool:
        """Whether an AFFILIATION span of *text* is kept: not a look-alike of one."""
        return kept(text, span.start, span.end) or not (
            not_disclosure(text, span.start, span.end, self._known_organisations)
            or look_alike(text, span.start, span.end))


def _overlaps(span: tuple[int, int, str], ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in ranges)


def stop_before(text: str, phrases: Iterable[tuple[int, int]],
                contacts: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each phrase cut short where a contact begins inside it ("… for our ministry to
    bit.ly/…" keeps "… for our ministry"), so a contact stays a CONTACT of its own and is
    not merged into a longer affiliation (a rule that does not stop at blocked ranges)."""
    for start, end in phrases:
        if not any(a < end and b > start for a, b in contacts):
            yield start, end
            continue
        for a, b in contacts:  # one that began before the phrase: the phrase starts after it
            if a <= start < b:
                start = b
        while start < end and not text[start].isalnum():
            start += 1
        cut = min((a for a, _ in contacts if start <= a < end), default=end)
        while cut > start and not text[cut - 1].isalnum():
            cut -= 1
        if cut > start:
            yield start, cut


def merge(spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping spans; the merged span takes the label of its longest member."""
    result: list[Span] = []
    longest: list[Span] = []  # the longest member of each merged span, for its label
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if result and span.start < result[-1].end:
            last = result[-1]
            if span.end - span.start > longest[-1].end - longest[-1].start:
                longest[-1] = span
            result[-1] = Span(last.start, max(last.end, span.end), longest[-1].label)
        else:
            result.append(span)
            longest.append(span)
    return result


def redact(text: str, spans: Sequence[Span], placeholder: str = "[redacted]") -> str:
    """Replace every span of *text* by *placeholder* (spans may come unsorted)."""
    pieces: list[str] = []
    pos = 0
    for span in merge(spans):
        pieces.append(text[pos:span.start])
        pieces.append(placeholder)
        pos = span.end
    pieces.append(text[pos:])
    return "".join(pieces)
