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
from ..texts import group_label, localized
from .flags import Flagger, Passage
from .model import (
    SCHEMA,
    AgendaSection,
    Attendance,
    ConsentRoundResult,
    CriterionResult,
    Entry,
    Export,
    FieldText,
    GroupCount,
    OptionSection,
    RatingRoundResult,
)
from .strings import LANGUAGES, text_for

STATUS_ORDER = STATUS_REPORT_ORDER


def by_support(entries: list[Entry]) -> list[Entry]:
    """Most votes first; equal votes by text (never by id or creation)."""
    return sorted(entries, key=lambda e: (-e.votes, str(e.text).casefold(), str(e.text)))


class ExportBuilder:
    def __init__(self, session: DialogueSession, language: str | None, redact: bool):
        self.session = session
        self.language = language if language in LANGUAGES else (
            session.language if session.language in LANGUAGES else "en")
        self.t = text_for(self.language)
        self.flagger = Flagger(session, self.t("redacted"), redact)

    def build(self) -> Export:
        with force_locale(self.language):  # labels from data and catalog: the export's language
            return self._build()

    def _build(self) -> Export:
        session = self.session
        return Export(
            schema=SCHEMA, language=self.language, title=localized(session, "title"),
            date=(session.meets_on or session.held_on.date()).isoformat(),
            rule="on_the_record" if session.rule == "on_the_record" else "chatham_house",
            agenda=self.agenda(), options=self.options(), attendance=self.attendance())

    def agenda(self) -> list[AgendaSection]:
        rows = db.session.execute(
            sa.select(Contribution.public_id, Contribution.agenda_item_id, Contribution.kind,
                      Contribution.text, Contribution.vote_count, Contribution.answered,
                      Contribution.cleared_flags)
            .where(Contribution.session_id == self.session.id,
                   Contribution.status == "published"))
        contributions: dict[int, list[Entry]] = defaultdict(list)
        questions: dict[int, list[Entry]] = defaultdict(list)
        for public_id, item_id, kind, text, votes, answered, cleared in rows:
            if kind == "question" and not answered:
                continue
            before = frozenset((f.get("start"), f.get("end")) for f in (cleared or [])
                               if isinstance(f, dict))
            entry = Entry(self.flagger.passage(f"contribution:{public_id}", "text", text, before),
                          votes or 0)
            (questions if kind == "question" else contributions)[item_id].append(entry)
        return [AgendaSection(number=number, title=localized(item, "title"),
                              question=localized(item, "question"),
                              on_the_record=bool(item.on_the_record),
                              contributions=by_support(contributions[item.id]),
                              answered_questions=by_support(questions[item.id]))
                for number, item in enumerate(self.session.agenda, start=1)]

    def options(self) -> list[OptionSection]:
        options = list(db.session.scalars(
            sa.select(PolicyOption).filter_by(session_id=self.session.id)))
        titles = {option.id: self.flagger.passage(f"option:{option.public_id}", "title",
                                                  option.title) for option in options}
        rank = {status: index for index, status in enumerate(STATUS_ORDER)}
        options.sort(key=lambda o: (rank.get(o.status, len(rank)),
                                    str(titles[o.id]).casefold(), str(titles[o.id])))
        arguments = self._arguments()
        amendments = self._amendments()
        ratings, consents = self._results()
        specs = field_specs(self.session)
        sections = []
        for number, option in enumerate(options, start=1):
            fields = []
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
                if str(passage):
                    fields.append(FieldText(spec.key, label, passage))
            sections.append(OptionSection(
                number=number, title=titles[option.id], status=option.status, fields=fields,
                arguments_pro=by_support(arguments[option.id, "pro"]),
                arguments_contra=by_support(arguments[option.id, "contra"]),
                accepted_amendments=self._amended(amendments[option.id], specs),
                rating_rounds=ratings[option.id], consent_rounds=consents[option.id]))
        return sections

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
                    consents[option_id].append(ConsentRoundResult(
                        numbers["consent"], result["n"], dict(result["distribution"]),
                        result["consenting"], result["consent_share"], result["blocks"],
                        result["too_few"]))
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
