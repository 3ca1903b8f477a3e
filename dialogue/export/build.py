"""Reads a session from the database into the export model (see model.build_export)."""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from flask_babel import force_locale, gettext

from ..extensions import db
from ..facilitate.services import attendance_by_group
from ..models import Amendment, Argument, Contribution, DialogueSession, PolicyOption, RatingRound
from ..models.options import STATUS_REPORT_ORDER
from ..options.fields import display_text, field_specs
from ..options.results import SMALL, WITHHELD, suppress
from ..options.rounds import round_results
from ..polls.export import poll_results
from ..texts import group_label, localized
from .flags import Flagger, Passage, text_digest
from .model import (
    EMPTY,
    SCHEMA,
    AgendaSection,
    Attendance,
    BriefingInputEntry,
    ConsentRoundResult,
    CriterionResult,
    Entry,
    Export,
    FieldText,
    GroupCount,
    ModerationCount,
    OptionSection,
    RatingRoundResult,
)
from .strings import LANGUAGES, text_for

# The reasons the console offers for a dismissal (templates/boards/console.html), by key:
# a reason a moderator wrote themselves is counted as "other", never quoted.
OFFERED_REASONS = {
    "off_topic": "Off topic for this item",
    "said_before": "Already said in another post",
    "identifies": "It could identify someone",
    "rules": "It breaks the rules of this session",
}


def moderation_counts_for_report(session: DialogueSession) -> list[ModerationCount]:
    """The annex's moderation counts (boards.moderation.moderation_counts), with the
    offered reasons as keys (stored in the moderator's language) and any other text as
    \"other\", so no words a moderator wrote reach the report."""
    from ..boards.moderation import moderation_counts

    keys: dict[str, str] = {}
    for key, msgid in OFFERED_REASONS.items():
        keys[msgid] = key
        for language in LANGUAGES:
            with force_locale(language):
                keys[gettext(msgid)] = key
    found = []
    for action, by_reason in moderation_counts(session).items():
        merged: dict[str, int] = defaultdict(int)
        for reason, count in by_reason.items():
            merged[keys.get(reason, "other") if reason else "none"] += count
        found += [ModerationCount(action, reason, count)
                  for reason, count in sorted(merged.items())]
    return found

STATUS_ORDER = STATUS_REPORT_ORDER


def by_support(entries: list[Entry]) -> list[Entry]:
    """Most votes first; equal votes by text (never by id or creation)."""
    return sorted(entries, key=lambda e: (-e.votes, str(e.text).casefold(), str(e.text)))


def consent_reached(result: ConsentRoundResult) -> bool | None:
    """Consent under the published method (docs/method.md, "Consent rounds"): nobody
    blocked and more than half of those who answered consent (agree or can live with
    it). None when the result has too few answers to show."""
    if result.too_few or not result.n:
        return None
    return result.blocks == 0 and 2 * (result.consenting or 0) > result.n


def contradicts(status: str, reached: bool | None) -> bool:
    """A status the latest consent result does not bear out: endorsed although consent
    was not reached, or parked although it was."""
    return (status == "endorsed" and reached is False) or (status == "parked" and reached is True)


def support_key(option: OptionSection) -> tuple:
    """Within a status: the larger share consenting in the latest consent round first,
    then the higher median of the first criterion in the latest rating round; options
    without a result shown after those with one; then by title (docs/export.md)."""
    consent = option.latest_consent
    share = (consent.consenting / consent.n) if (
        consent and not consent.too_few and consent.n and consent.consenting is not None) \
        else None
    rating = option.latest_rating
    first = rating.criteria[0] if rating and rating.criteria else None
    median = first.median if first is not None and not first.too_few else None
    title = str(option.title)
    return (share is None, -(share or 0), median is None, -(median or 0), title.casefold(),
            title)


class ExportBuilder:
    def __init__(self, session: DialogueSession, language: str | None, redact: bool):
        self.session = session
        self.language = language if language in LANGUAGES else (
            session.language if session.language in LANGUAGES else "en")
        self.t = text_for(self.language)
        self.flagger = Flagger(session, self.t("redacted"), redact)
        self.option_ids: dict[int, str] = {}

    def build(self) -> Export:
        with force_locale(self.language):  # labels from data and catalog: the export's language
            return self._build()

    def _build(self) -> Export:
        session = self.session
        next_steps = (self.flagger.passage(f"session:{session.public_id}", "next_steps",
                                           session.next_steps)
                      if (session.next_steps or "").strip() else EMPTY)
        return Export(
            schema=SCHEMA, language=self.language, title=localized(session, "title"),
            date=(session.meets_on or session.held_on.date()).isoformat(),
            rule="on_the_record" if session.rule == "on_the_record" else "chatham_house",
            agenda=self.agenda(), options=self.options(), attendance=self.attendance(),
            question=localized(session, "description").strip(), next_steps=next_steps,
            moderation=moderation_counts_for_report(session), inputs=self.inputs(),
            polls=poll_results(session, self.language))

    def agenda(self) -> list[AgendaSection]:
        rows = db.session.execute(
            sa.select(Contribution.public_id, Contribution.agenda_item_id, Contribution.kind,
                      Contribution.text, Contribution.vote_count, Contribution.answered,
                      Contribution.cleared_flags, Contribution.attribution)
            .where(Contribution.session_id == self.session.id,
                   Contribution.status == "published"))
        # A signed post's name shows only while its item is on the record (h19a).
        on_record = {item.id for item in self.session.agenda if item.on_the_record}
        contributions: dict[int, list[Entry]] = defaultdict(list)
        questions: dict[int, list[Entry]] = defaultdict(list)
        open_questions: dict[int, list[Entry]] = defaultdict(list)
        for public_id, item_id, kind, text, votes, answered, cleared, signed in rows:
            before = frozenset((f.get("start"), f.get("end")) for f in (cleared or [])
                               if isinstance(f, dict))
            entry = Entry(self.flagger.passage(f"contribution:{public_id}", "text", text, before),
                          votes or 0, signed if item_id in on_record else None)
            (contributions if kind != "question" else questions if answered
             else open_questions)[item_id].append(entry)
        return [AgendaSection(number=number, title=localized(item, "title"),
                              question=localized(item, "question"),
                              on_the_record=bool(item.on_the_record),
                              contributions=by_support(contributions[item.id]),
                              answered_questions=by_support(questions[item.id]),
                              open_questions=by_support(open_questions[item.id]))
                for number, item in enumerate(self.session.agenda, start=1)]

    def inputs(self) -> list[BriefingInputEntry]:
        from ..inputs.report import report_inputs

        return report_inputs(self.session, self.flagger)

    def options(self) -> list[OptionSection]:
        options = list(db.session.scalars(
            sa.select(PolicyOption).filter_by(session_id=self.session.id)))
        titles = {option.id: self.flagger.passage(f"option:{option.public_id}", "title",
                                                  option.title) for option in options}
        arguments = self._arguments()
        amendments = self._amendments()
        ratings, consents = self._results()
        specs = field_specs(self.session)
        sections = []
        for option in options:
            fields, empty = [], []
            for spec in specs:
                if spec.key == "title":
                    continue
                value = option.fields.get(spec.key)
                label = gettext(spec.label)  # a catalog msgid, or the session's own label
                if spec.kind == "choices":
                    passage = Passage.plain(display_text(spec, value))
                else:
                    passage = self.flagger.passage(f"option:{option.public_id}", spec.key,
                                                   display_text(spec, value))
                if str(passage).strip():
                    fields.append(FieldText(spec.key, label, passage))
                else:
                    empty.append(label)
            latest = consents[option.id][-1] if consents[option.id] else None
            reached = latest.reached if latest is not None else None
            reason = (option.status_reason or "").strip()
            section = OptionSection(
                number=0, title=titles[option.id], status=option.status, fields=fields,
                arguments_pro=by_support(arguments[option.id, "pro"]),
                arguments_contra=by_support(arguments[option.id, "contra"]),
                accepted_amendments=self._amended(amendments[option.id], specs),
                rating_rounds=ratings[option.id], consent_rounds=consents[option.id],
                empty_fields=empty, consent_reached=reached,
                status_contradicts=contradicts(option.status, reached),
                status_reason=self.flagger.passage(f"option:{option.public_id}",
                                                   "status_reason", reason)
                if reason else EMPTY)
            sections.append((section, option.public_id))
        rank = {status: index for index, status in enumerate(STATUS_ORDER)}
        sections.sort(key=lambda pair: (rank.get(pair[0].status, len(rank)),
                                        support_key(pair[0])))
        # The report's numbers, and which option each is (for the facilitator's review
        # page only: public ids never leave in an export).
        self.option_ids = {}
        for number, (section, public_id) in enumerate(sections, start=1):
            section.number = number
            self.option_ids[number] = public_id
        return [section for section, _ in sections]

    def _arguments(self) -> dict[tuple[int, str], list[Entry]]:
        found: dict[tuple[int, str], list[Entry]] = defaultdict(list)
        for public_id, option_id, side, text, votes in db.session.execute(
                sa.select(Argument.public_id, Argument.option_id, Argument.side, Argument.text,
                          Argument.vote_count).filter_by(session_id=self.session.id)):
            found[option_id, side].append(
                Entry(self.flagger.passage(f"argument:{public_id}", "text", text), votes or 0))
        return found

    def _amendments(self) -> dict[int, list[tuple[str, Passage]]]:
        found: dict[int, list[tuple[str, Passage]]] = defaultdict(list)
        for public_id, option_id, key, text in db.session.execute(
                sa.select(Amendment.public_id, Amendment.option_id, Amendment.field_key,
                          Amendment.text).filter_by(session_id=self.session.id,
                                                    status="accepted")):
            found[option_id].append((key, self.flagger.passage(f"amendment:{public_id}", "text",
                                                               text)))
        return found

    def _amended(self, amendments: list[tuple[str, Passage]], specs) -> list[FieldText]:
        order = {spec.key: index for index, spec in enumerate(specs)}
        labels = {spec.key: gettext(spec.label) for spec in specs}
        ordered = sorted(amendments, key=lambda a: (order.get(a[0], len(order)),
                                                    str(a[1]).casefold()))
        return [FieldText(key, labels.get(key, key), text) for key, text in ordered]

    def _results(self):
        """Revealed rounds only, numbered per kind in the order the facilitator ran them."""
        ratings: dict[int, list[RatingRoundResult]] = defaultdict(list)
        consents: dict[int, list[ConsentRoundResult]] = defaultdict(list)
        rounds = list(db.session.scalars(sa.select(RatingRound).filter_by(
            session_id=self.session.id, revealed=True).order_by(RatingRound.opened_at,
                                                                RatingRound.id)))
        ids = {option.public_id: option.id for found in rounds for option in found.options}
        numbers: dict[str, int] = defaultdict(int)
        for found in rounds:
            numbers[found.kind] += 1
            results = round_results(found)
            for result in results["options"]:
                option_id = ids[result["option"]]
                if found.kind == "rating":
                    ratings[option_id].append(RatingRoundResult(numbers["rating"], [
                        CriterionResult((c.get("label_de") or c["label"]) if self.language == "de"
                                        else c["label"],
                                        c["n"], dict(c["distribution"]),
                                        c["median"], c["q1"], c["q3"], c["iqr"],
                                        c["too_few"])
                        for c in result["criteria"]]))
                else:
                    source = f"round:{found.public_id}:{result['option']}"
                    # Withheld with the figures when fewer than k answered (method.md).
                    reasons = [] if result["too_few"] else [
                        self.flagger.passage(source, f"block:{text_digest(reason)[:16]}",
                                             reason)
                        for reason in result.get("block_reasons") or []
                        if str(reason).strip()]
                    consent = ConsentRoundResult(
                        numbers["consent"], result["n"], dict(result["distribution"]),
                        result["consenting"], result["consent_share"], result["blocks"],
                        result["too_few"], sorted(reasons, key=lambda p: (
                            str(p).casefold(), str(p))))
                    consent.reached = consent_reached(consent)
                    consents[option_id].append(consent)
        return ratings, consents

    def attendance(self) -> Attendance:
        counts = attendance_by_group(self.session)
        k = self.session.k_anonymity
        ordered = list(dict.fromkeys([*self.session.stakeholder_groups, *sorted(counts)]))
        counts = {group: counts.get(group, 0) for group in ordered}
        rule = suppress(counts, k)
        groups = [GroupCount(group_label(self.session, group) if group else group,
                             None if group in rule.cells else counts[group],
                             group in rule.cells, rule.cells.get(group)) for group in ordered]
        total = sum(counts.values())
        reason = (SMALL if total < k else WITHHELD) if rule.total_hidden else None
        return Attendance(k=k, total=None if reason else total, groups=groups,
                          total_reason=reason)
