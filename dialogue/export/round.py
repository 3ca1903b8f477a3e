"""The round report: one outcome across the sessions of a round (same facilitator, same
``round_name``), each option as it evolved.

Built from each session's own export (``ExportBuilder``, redacted): every text in it is
the text that session's report carries, under that session's review (its flags,
decisions and redactions) and its small-number rule (k, too few answers, withheld block
reasons). Nothing is read that a session's report would not show. Options are linked
across sessions by ``PolicyOption.origin_id`` (carry_over.py).

For each option: its first and latest wording (the text in the first and the last
session that held it), which fields changed in which session, its support in every
session (latest consent round: consenting of n, blocks, reached; latest rating round:
median per criterion with n) and its final status.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from ..extensions import db
from ..models import DialogueSession, PolicyOption
from .build import STATUS_ORDER, ExportBuilder, support_key
from .flags import Passage
from .model import ConsentRoundResult, FieldText, OptionSection, RatingRoundResult
from .strings import LANGUAGES

ROUND_SCHEMA = "dialogue-round-export/1"


@dataclass
class RoundSession:
    number: int
    title: str
    date: str


@dataclass
class RoundChange:
    """What changed in one session, against the option's text in the session before."""

    session: int
    fields: list[str]


@dataclass
class RoundSupport:
    session: int
    status: str
    consent: ConsentRoundResult | None = None
    rating: RatingRoundResult | None = None


@dataclass
class RoundOption:
    number: int
    title: Passage
    final_status: str
    first_session: int
    last_session: int
    first_fields: list[FieldText] = field(default_factory=list)
    latest_fields: list[FieldText] = field(default_factory=list)
    changes: list[RoundChange] = field(default_factory=list)
    support: list[RoundSupport] = field(default_factory=list)
    first_title: Passage = Passage.plain("")


@dataclass
class RoundExport:
    schema: str
    language: str
    round_name: str
    sessions: list[RoundSession]
    options: list[RoundOption]


def round_sessions(owner_id: int, round_name: str) -> list[DialogueSession]:
    """The sessions of the round, in the order they were held."""
    return list(db.session.scalars(sa.select(DialogueSession).filter_by(
        owner_id=owner_id, round_name=round_name).order_by(DialogueSession.held_on,
                                                           DialogueSession.id)))


def _texts(section: OptionSection) -> dict[str, str]:
    return {"title": str(section.title), **{f.key: str(f.text) for f in section.fields}}


def _labels(section: OptionSection) -> dict[str, str]:
    return {f.key: f.label for f in section.fields}


def build_round(owner_id: int, round_name: str, language: str = "en") -> RoundExport:
    language = language if language in LANGUAGES else "en"
    sessions = round_sessions(owner_id, round_name)
    if not sessions:
        raise ValueError("no session of that round")
    found: dict[str, tuple[int, OptionSection]] = {}  # option public id -> (session, section)
    listed: list[RoundSession] = []
    title_label = ""  # the field label "Title", in the report's language
    for number, session in enumerate(sessions, start=1):
        builder = ExportBuilder(session, language, redact=True)
        export = builder.build()
        listed.append(RoundSession(number, export.title, export.date))
        for section in export.options:
            found[builder.option_ids[section.number]] = (number, section)
        title_label = title_label or builder.t("option_title")
    ids = [session.id for session in sessions]
    rows = db.session.execute(sa.select(PolicyOption.id, PolicyOption.public_id,
                                        PolicyOption.origin_id)
                              .where(PolicyOption.session_id.in_(ids))).all()
    public = {row_id: public_id for row_id, public_id, _ in rows}
    origin = {public_id: public.get(origin_id) if origin_id is not None else None
              for _, public_id, origin_id in rows}
    continued = {parent for parent in origin.values() if parent}
    options: list[tuple[RoundOption, OptionSection]] = []
    for public_id in found:
        if public_id in continued:
            continue  # carried into a later session: that one ends the chain
        chain: list[tuple[int, OptionSection]] = []
        step: str | None = public_id
        while step is not None and step in found:
            chain.append(found[step])
            step = origin.get(step)
        chain.reverse()
        (first_session, first), (last_session, last) = chain[0], chain[-1]
        changes: list[RoundChange] = []
        for (_, before), (number, after) in zip(chain, chain[1:], strict=False):
            old, new = _texts(before), _texts(after)
            labels = {"title": title_label, **_labels(before), **_labels(after)}
            changed = [labels.get(key, key) for key in dict.fromkeys([*new, *old])
                       if old.get(key, "") != new.get(key, "")]
            if changed:
                changes.append(RoundChange(number, changed))
        options.append((RoundOption(
            number=0, title=last.title, final_status=last.status, first_session=first_session,
            last_session=last_session, first_fields=first.fields, latest_fields=last.fields,
            changes=changes, first_title=first.title,
            support=[RoundSupport(number, section.status, section.latest_consent,
                                  section.latest_rating) for number, section in chain]), last))
    # Options still in the latest session first; then by final status and support there.
    rank = {status: index for index, status in enumerate(STATUS_ORDER)}
    options.sort(key=lambda pair: (-pair[0].last_session,
                                   rank.get(pair[0].final_status, len(rank)),
                                   support_key(pair[1])))
    for number, (option, _) in enumerate(options, start=1):
        option.number = number
    return RoundExport(ROUND_SCHEMA, language, round_name, listed,
                       [option for option, _ in options])


ROUND_FORMATS = ("pdf", "docx", "html", "md", "json", "csv")


def round_from_dict(data: dict) -> RoundExport:
    """A round report back from its ``to_dict`` data (a round release's stored content)."""
    from .model import _load

    return _load(RoundExport, data)


def render_round(report: RoundExport, fmt: str) -> bytes:
    """The round report in ``fmt`` (pdf, docx, html, md, json, csv as a zip)."""
    if fmt == "docx":
        from .round_formats import write_round_docx

        return write_round_docx(report)
    if fmt == "csv":
        from .round_formats import write_round_csv_zip

        return write_round_csv_zip(report)
    if fmt == "json":
        import json

        from .model import to_dict

        return json.dumps(to_dict(report), ensure_ascii=False, separators=(",", ":")).encode()
    if fmt == "md":
        return write_round_markdown(report)
    if fmt == "html":
        return write_round_html(report)
    if fmt == "pdf":
        from . import pdf

        return pdf._numbered(pdf.render_apart([write_round_html(report)], tagged=True),
                             report.language)
    raise ValueError(f"unknown format {fmt[:20]!r}")


def _consent_text(result: ConsentRoundResult | None, t) -> str:
    if result is None:
        return t("no_consent_result")
    if result.too_few:
        return t("too_few")
    verdict = t("consent_reached") if result.reached else t("consent_not_reached")
    return (f"{t('consenting', c=result.consenting, n=result.n)} · "
            f"{t('blocked_of', b=result.blocks, n=result.n)} · {verdict}")


def _rating_lines(result: RatingRoundResult | None, t) -> list[str]:
    """A line per criterion (the HTML/PDF and DOCX tables break between them)."""
    if result is None:
        return [t("no_rating_result")]
    return [f"{c.label}: {t('too_few')}" if c.too_few else
            t("median_of", label=c.label, m=t.number(c.median), n=c.n)
            for c in result.criteria]


def _rating_text(result: RatingRoundResult | None, t) -> str:
    return "; ".join(_rating_lines(result, t))


def round_context(report: RoundExport) -> dict:
    from .charts import stacked_bar
    from .html import CONSENT_CHOICES
    from .strings import text_for

    t = text_for(report.language)

    def consent_bar(result: ConsentRoundResult | None):
        """The consent bar of the session reports (the same chart code), or nothing."""
        if result is None or result.too_few:
            return ""
        return stacked_bar([(t(f"choice_{choice}"), result.distribution.get(choice, 0))
                            for choice in CONSENT_CHOICES], t("summary_consent"))

    return {"report": report, "t": t, "consent_text": lambda r: _consent_text(r, t),
            "rating_text": lambda r: _rating_text(r, t), "consent_bar": consent_bar,
            "rating_lines": lambda r: _rating_lines(r, t),
            "consent_labels": [t(f"choice_{choice}") for choice in CONSENT_CHOICES]
            if any(s.consent and not s.consent.too_few for o in report.options
                   for s in o.support) else []}


def write_round_html(report: RoundExport) -> bytes:
    from flask import current_app, render_template

    from .html import _stylesheet

    return render_template("export/round.html", report_css=_stylesheet(
        current_app.static_folder), **round_context(report)).encode("utf-8")


def write_round_markdown(report: RoundExport) -> bytes:
    from .markdown import _table, escape_md
    from .strings import text_for

    t = text_for(report.language)
    out = [f"# {escape_md(report.round_name)}", "", f"*{t('round_report')}*", "",
           f"## {t('round_sessions')}", ""]
    out += [f"{s.number}. {escape_md(s.title)} ({t.date(s.date)})" for s in report.sessions]
    out += ["", f"## {t('round_options')}", ""]
    if not report.options:
        out += [t("round_none"), ""]
    for o in report.options:
        span = (t("round_only", n=o.first_session) if o.first_session == o.last_session
                else t("round_span", first=o.first_session, last=o.last_session))
        out += [f"### {t('option', n=o.number)}: {escape_md(o.title)}", "",
                f"{t('final_status')}: **{t('status_' + o.final_status)}** · {span}", ""]
        out += [f"#### {t('support_by_session')}", ""]
        out += _table([t("session_col"), t("status"), t("summary_consent"),
                       t("summary_support")], [
            [str(s.session), t("status_" + s.status), escape_md(_consent_text(s.consent, t)),
             escape_md(_rating_text(s.rating, t))] for s in o.support])
        out += [f"#### {t('changes')}", ""]
        if o.changes:
            out += [f"- {escape_md(t('changed_in', n=c.session, fields=', '.join(c.fields)))}"
                    for c in o.changes] + [""]
            for key, number, title, fields in (
                    ("first_wording", o.first_session, o.first_title, o.first_fields),
                    ("latest_wording", o.last_session, o.title, o.latest_fields)):
                out += [f"#### {t(key, n=number)}", "", f"**{escape_md(title)}**", ""]
                for f in fields:
                    out += [f"**{escape_md(f.label)}**", "", escape_md(f.text), ""]
        else:
            out += [t("unchanged"), ""]
            for f in o.latest_fields:
                out += [f"**{escape_md(f.label)}**", "", escape_md(f.text), ""]
    out += [f"## {t('annex')}", "", escape_md(t("round_method")), "",
            escape_md(t("method_consent")), ""]
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")
