"""The export model: one set of dataclasses, built by ``build_export``, feeds every writer.

It holds only what a reader of the outcome may see (DESIGN.md §2): no names, no
affiliations, no author refs, no ids (items and options are numbered in the report's
own order), no time finer than the day, nothing dismissed or withdrawn, and no order
that follows creation (by votes, ties by text).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field

from ..models import DialogueSession
from .flags import Flag, Passage

if typing.TYPE_CHECKING:
    from _typeshed import DataclassInstance

SCHEMA = "dialogue-export/1"
# The report formats list the best-supported contributions of each agenda item; the data
# formats (JSON, CSV) always hold all of them. See docs/export.md for why.
REPORT_LIMIT = 50


@dataclass
class Entry:
    """A contribution, question or argument: its text and its support."""

    text: Passage
    votes: int
    # "Name, Affiliation": its author chose to post it under their name on an item on the
    # record (consented, shown as is); None for everything else (docs/export.md).
    attribution: str | None = None


@dataclass
class AgendaSection:
    number: int
    title: str
    question: str
    on_the_record: bool
    contributions: list[Entry] = field(default_factory=list)
    answered_questions: list[Entry] = field(default_factory=list)
    # Published questions nobody answered: the natural follow-ups ("Open questions").
    open_questions: list[Entry] = field(default_factory=list)


@dataclass
class FieldText:
    key: str
    label: str
    text: Passage


@dataclass
class CriterionResult:
    """One criterion's figures; with ``too_few`` (fewer than k answered) there are none."""

    label: str
    n: int | None
    distribution: dict[str, int]
    median: float | None
    q1: float | None
    q3: float | None
    iqr: float | None
    too_few: bool = False


@dataclass
class RatingRoundResult:
    round: int
    criteria: list[CriterionResult]


@dataclass
class ConsentRoundResult:
    round: int
    n: int | None
    distribution: dict[str, int]
    consenting: int | None
    consent_share: float | None
    blocks: int | None
    too_few: bool = False
    # The reasons given with the blocks, alphabetically, de-identified like every text;
    # none when fewer than k answered (results.too_few).
    block_reasons: list[Passage] = field(default_factory=list)
    # Consent under the published method (docs/method.md): at least k answered, nobody
    # blocked and more than half consent. None with too few answers.
    reached: bool | None = None


EMPTY = Passage.plain("")


@dataclass
class OptionSection:
    number: int
    title: Passage
    status: str
    fields: list[FieldText] = field(default_factory=list)
    arguments_pro: list[Entry] = field(default_factory=list)
    arguments_contra: list[Entry] = field(default_factory=list)
    accepted_amendments: list[FieldText] = field(default_factory=list)
    rating_rounds: list[RatingRoundResult] = field(default_factory=list)
    consent_rounds: list[ConsentRoundResult] = field(default_factory=list)
    # Text fields of the template the option left empty (said, not silently dropped).
    empty_fields: list[str] = field(default_factory=list)
    # Whether consent was reached in the latest consent round (None: no such result).
    consent_reached: bool | None = None
    # The status says otherwise than the result (endorsed without consent, parked with it).
    status_contradicts: bool = False
    # The facilitator's recorded reason for that status (docs/export.md).
    status_reason: Passage = EMPTY

    @property
    def latest_consent(self) -> ConsentRoundResult | None:
        return self.consent_rounds[-1] if self.consent_rounds else None

    @property
    def latest_rating(self) -> RatingRoundResult | None:
        return self.rating_rounds[-1] if self.rating_rounds else None

    def amendments_shown(self) -> list[tuple[str, Passage | None]]:
        """Accepted amendments for the report: (field label, text), the text left out
        (None) where it is the field's final text already, so it is not printed twice."""
        final = {f.key: str(f.text) for f in self.fields}
        return [(a.label, None if final.get(a.key) == str(a.text) else a.text)
                for a in self.accepted_amendments]


@dataclass
class GroupCount:
    """Participants of one stakeholder group; ``count`` is None when suppressed, and
    ``reason`` says why ("small": fewer than k; "withheld": so small ones stay hidden)."""

    group: str
    count: int | None
    suppressed: bool
    reason: str | None = None


@dataclass
class Attendance:
    """Who took part, by group, under the small-numbers rule (options/results.suppress)."""

    k: int
    total: int | None
    groups: list[GroupCount]
    total_reason: str | None = None

    def count_text(self, count: int | None, reason: str | None, t) -> str:
        """A cell or the total as the report prints it."""
        if reason == "small":
            return t("fewer_than", k=self.k)
        return t("not_shown") if reason else str(count)


@dataclass
class ModerationCount:
    """How many items a moderator dismissed, merged, edited or redacted, for one reason
    (``reason``: a key of the console's offered reasons, "other" for one a moderator
    wrote, "none" where none is asked). Counts only: no item, no day, no author."""

    action: str
    reason: str
    count: int


@dataclass
class BriefingInputEntry:
    """A briefing input of an agenda item (dialogue/inputs/): its title and text reviewed
    like every text; ``speaker`` and ``speaker_role`` only for an input on the record
    (empty otherwise: the Rule). A PDF is listed by its download name and size."""

    item: int
    kind: str
    title: Passage
    text: Passage = EMPTY
    url: Passage = EMPTY
    file_name: str = ""
    file_size: int = 0
    on_the_record: bool = False
    speaker: str = ""
    speaker_role: str = ""


@dataclass
class PollFigure:
    """One bar of a poll's result (a choice, a point of the scale) or one shown word."""

    label: str
    count: int


@dataclass
class PollResult:
    """A quick poll that ran (dialogue/polls): its question and, if the facilitator
    revealed it in the session, its final figures; ``too_few`` below k (no figure at all).
    No answer, no author, no time: the answers were deleted when the poll closed."""

    number: int
    item: int | None  # the agenda item's number it was asked during
    kind: str  # single, multiple, scale, words
    question: str
    revealed: bool
    too_few: bool
    n: int | None
    median: float | None = None
    figures: list[PollFigure] = field(default_factory=list)  # choices or scale points
    words: list[PollFigure] = field(default_factory=list)  # a word cloud's shown words


def poll_lines(poll: PollResult, t) -> list[str]:
    """A poll's figures as lines of text, for every report format alike."""
    if not poll.revealed:
        return [t("poll_not_revealed")]
    if poll.too_few:
        return [t("too_few")]
    head = t("poll_n", n=t.number(poll.n))
    if poll.median is not None:
        head += f" · {t('poll_median', m=t.number(poll.median))}"
    if poll.kind == "words":
        shown = [f"{each.label} ({t.number(each.count)})" for each in poll.words]
        return [head, ", ".join(shown) if shown else t("poll_words_none")]
    return [head, *[f"{each.label}: {t.number(each.count)}" for each in poll.figures]]


def poll_title(poll: PollResult, t) -> str:
    where = f" ({t('item', n=poll.item)})" if poll.item else ""
    return f"{t('poll', n=poll.number)}{where}: {poll.question}"


@dataclass
class Export:
    schema: str
    language: str
    title: str
    date: str
    rule: str
    agenda: list[AgendaSection]
    options: list[OptionSection]
    attendance: Attendance
    report_limit: int = REPORT_LIMIT
    # The session's question (its description), and the next steps the group agreed, as
    # the facilitator wrote them down (DialogueSession.next_steps, reviewed like any text).
    question: str = ""
    next_steps: Passage = EMPTY
    moderation: list[ModerationCount] = field(default_factory=list)
    # Briefing inputs, by agenda item number, in the facilitator's order within an item.
    inputs: list[BriefingInputEntry] = field(default_factory=list)
    polls: list[PollResult] = field(default_factory=list)

    @property
    def open_questions(self) -> list[AgendaSection]:
        return [section for section in self.agenda if section.open_questions]

    @property
    def on_the_record(self) -> list[AgendaSection]:
        return [section for section in self.agenda if section.on_the_record]

    def passages(self) -> dict[str, Passage]:
        """Every text that can be redacted, by its key (only a fresh build has keys)."""
        found: dict[str, Passage] = {}
        _walk(self, lambda passage: found.setdefault(passage.key, passage)
              if passage.key else None)
        return found

    def flags(self) -> list[Flag]:
        """Every flag of every passage (only a preview built with redact=False has any)."""
        found: list[Flag] = []
        _walk(self, lambda passage: found.extend(passage.flags))
        return found


def moderation_lines(export: Export, t) -> list[str]:
    """The annex's moderation counts as lines: "Dismissed: 3 (off topic for the item: 2,
    another reason: 1)", one per action with any; [] when nothing was moderated."""
    lines = []
    for action in ("dismissed", "merged", "edited", "redacted"):
        counts = [each for each in export.moderation if each.action == action]
        total = sum(each.count for each in counts)
        if not total:
            continue
        reasons = [f"{t('reason_' + each.reason)}: {t.number(each.count)}" for each in counts
                   if each.reason != "none"]
        detail = f" ({', '.join(reasons)})" if reasons else ""
        lines.append(f"{t('moderation_' + action)}: {t.number(total)}{detail}")
    return lines


def build_export(session: DialogueSession, language: str | None = None,
                 redact: bool = True) -> Export:
    """The session's outcome as an Export, in ``language`` (default: the session's).

    With ``redact`` every flagged span not cleared reads "[redacted]" ("[entfernt]");
    without it the spans keep their words and carry their flags (the preview).
    """
    from .build import ExportBuilder

    return ExportBuilder(session, language, redact).build()


def to_dict(export: DataclassInstance) -> dict:
    """The export as plain JSON data (the documented schema, docs/export-schema.json).
    Any export dataclass converts alike: an ``Export``, or the round report's
    ``RoundExport``."""
    def convert(value):
        if isinstance(value, Passage):
            return str(value)
        if dataclasses.is_dataclass(value):
            return {f.name: convert(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, list):
            return [convert(each) for each in value]
        if isinstance(value, dict):
            return {key: convert(each) for key, each in value.items()}
        return value

    return convert(export)


def from_dict(data: dict) -> Export:
    """An Export back from ``to_dict`` data (a release's stored content)."""
    return _load(Export, data)


def _load(kind, value):
    if kind is Passage:
        return Passage.plain(str(value))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):  # a class, never an instance
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: _load(hints[f.name], value[f.name])
                       for f in dataclasses.fields(kind) if f.name in value})
    origin = typing.get_origin(kind)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [_load(item, each) for each in value]
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (kind,) = [each for each in typing.get_args(kind) if each is not type(None)]
        return _load(kind, value)
    return value


def _walk(value, visit) -> None:
    if isinstance(value, Passage):
        visit(value)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), visit)
    elif isinstance(value, list):
        for each in value:
            _walk(each, visit)
