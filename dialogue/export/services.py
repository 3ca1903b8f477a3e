"""The rules of the outcome export: review flags, decide them, release, share, render.

No request and no flask.session here: the acting facilitator is passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import DialogueSession, ExportDecision, ExportRelease, Facilitator
from ..models.export import ExportFile
from ..refusals import Refused
from .data import write_csv_zip, write_json
from .docx import write_docx
from .flags import CLEARED, CONFIRMED, MANUAL, UNDECIDED, Passage
from .html import write_html
from .markdown import write_markdown
from .model import Export, build_export, from_dict, to_dict
from .pdf import write_pdf
from .strings import LANGUAGES, text_for


class ExportError(Refused):
    """A rule of the export was broken; the message is safe to show to the facilitator."""

    def __init__(self, message: str, code: str = "not_possible"):
        super().__init__(code, message)


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    mimetype: str
    extension: str
    write: Callable[[Export], bytes]


FORMATS: dict[str, Format] = {each.key: each for each in (
    Format("pdf", "PDF", "application/pdf", "pdf", write_pdf),
    Format("docx", "DOCX", "application/vnd.openxmlformats-officedocument."
           "wordprocessingml.document", "docx", write_docx),
    Format("html", "HTML", "text/html; charset=utf-8", "html", write_html),
    Format("md", "Markdown", "text/markdown; charset=utf-8", "md", write_markdown),
    Format("json", "JSON", "application/json", "json", write_json),
    Format("csv", "CSV (zip)", "application/zip", "zip", write_csv_zip),
)}


def render(export: Export, fmt: str, tagged: bool = False) -> bytes:
    """``export`` in ``fmt``; ``tagged``: a PDF in one piece, tagged whatever its size."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown format: {fmt[:20]}. Choose one of {', '.join(FORMATS)}.")
    if fmt == "pdf" and tagged:
        return write_pdf(export, tagged=True)
    return FORMATS[fmt].write(export)


def filename(release: ExportRelease, fmt: str) -> str:
    """Named by the day only; the title may hold anything, so it stays out of the name."""
    return f"outcome-{release.content['date']}.{FORMATS[fmt].extension}"


def language_for(session: DialogueSession, language: str | None) -> str:
    if language in LANGUAGES:
        return language
    return session.language if session.language in LANGUAGES else "en"


def preview(session: DialogueSession, language: str | None = None) -> Export:
    """The report as it will be, with every flagged span kept and marked."""
    return build_export(session, language_for(session, language), redact=False)


def preview_and_ids(session: DialogueSession, language: str | None = None
                    ) -> tuple[Export, dict[int, str]]:
    """The preview and, for the review page only, which option each number is."""
    from .build import ExportBuilder

    builder = ExportBuilder(session, language_for(session, language), redact=False)
    return builder.build(), builder.option_ids


@dataclass(frozen=True)
class FlagRow:
    """One flagged span for the review list: where it is and a little context."""

    key: str
    label: str
    decision: str
    where: str
    before: str
    span: str
    after: str


def flag_rows(export: Export) -> list[FlagRow]:
    return list(_flag_rows(export))


def _flag_rows(export: Export) -> Iterator[FlagRow]:
    t = text_for(export.language)
    yield from _rows(export.next_steps, t("next_steps"))
    for section in export.agenda:
        where = t("item", n=section.number)
        for entry in [*section.contributions, *section.answered_questions]:
            yield from _rows(entry.text, where)
        for entry in section.open_questions:
            yield from _rows(entry.text, f"{where} · {t('open_questions')}")
    for option in export.options:
        where = t("option", n=option.number)
        yield from _rows(option.title, where)
        yield from _rows(option.status_reason, f"{where} · {t('status_reason')}")
        for consent in option.consent_rounds:
            for reason in consent.block_reasons:
                yield from _rows(reason, f"{where} · {t('consent', n=consent.round)} · "
                                         f"{t('block_reasons')}")
        for text in option.fields:
            yield from _rows(text.text, f"{where} · {text.label}")
        for amendment in option.accepted_amendments:
            yield from _rows(amendment.text, f"{where} · {t('amendments')} · {amendment.label}")
        for side in ("arguments_pro", "arguments_contra"):
            for entry in getattr(option, side):
                yield from _rows(entry.text, f"{where} · {t(side)}")
    for briefing in export.inputs:  # dialogue/inputs/report.py
        where = f"{t('item', n=briefing.item)} · {t('inputs')}"
        for passage in (briefing.title, briefing.text, briefing.url):
            yield from _rows(passage, where)


def _rows(passage: Passage, where: str) -> Iterator[FlagRow]:
    parts = passage.parts
    for index, part in enumerate(parts):
        if part.flag is None:
            continue
        before = "".join(p.text for p in parts[:index])[-60:]
        after = "".join(p.text for p in parts[index + 1:])[:60]
        yield FlagRow(part.flag.key, part.flag.label, part.flag.decision, where, before,
                      part.text, after)


def decide(session: DialogueSession, keys: Iterable[str], decision: str) -> int:
    """Clear (keep) or confirm (redact) the flagged spans ``keys``; returns how many."""
    if decision not in (CLEARED, CONFIRMED):
        raise ExportError("Choose to keep or to redact the passage.")
    known = {flag.key: flag for flag in preview(session).flags() if flag.label != MANUAL}
    wanted = [key for key in dict.fromkeys(keys) if key in known]
    if not wanted:
        raise ExportError("That passage is no longer flagged; reload the preview.")
    existing = {row.span_key: row for row in db.session.scalars(
        sa.select(ExportDecision).where(ExportDecision.session_id == session.id,
                                        ExportDecision.span_key.in_(wanted)))}
    if decision == CONFIRMED and any(known[key].decision == CLEARED for key in wanted):
        withdraw_releases(session)  # a release carried these words
    for key in wanted:
        row = existing.get(key) or ExportDecision(session_id=session.id, span_key=key)
        row.decision = decision
        db.session.add(row)
    return len(wanted)


def undecided_keys(export: Export) -> list[str]:
    return [flag.key for flag in export.flags() if flag.decision == UNDECIDED]


def redact_undecided(session: DialogueSession) -> int:
    """Confirm every flag nobody decided yet (the safe choice, one click)."""
    keys = undecided_keys(preview(session))
    return decide(session, keys, CONFIRMED) if keys else 0


def release_export(session: DialogueSession, facilitator: Facilitator, formats: Iterable[str],
                   language: str | None) -> ExportRelease:
    """Record a release of the reviewed export: who, when, which formats and language."""
    if session.owner_id != facilitator.id:
        raise ExportError("Only the session's facilitator can release its outcome.")
    chosen = [fmt for fmt in FORMATS if fmt in set(formats)]
    if not chosen:
        raise ExportError("Choose at least one format.")
    language = language_for(session, language)
    draft = preview(session, language)
    if undecided_keys(draft):
        raise ExportError("Some flagged passages are still undecided: keep or redact each "
                          "of them first.")
    unexplained = unexplained_statuses(draft)
    if unexplained:
        raise ExportError(_("Record why the status of option %(numbers)s stands against its "
                            "consent result first.",
                            numbers=", ".join(str(number) for number in unexplained)))
    previous = latest_release(session)
    release = ExportRelease(
        session_id=session.id, facilitator_id=facilitator.id, formats=chosen,
        language=language, content=to_dict(build_export(session, language, redact=True)),
        shared_with_participants=bool(previous and previous.shared_with_participants))
    db.session.add(release)
    db.session.flush()
    return release


def unexplained_statuses(export: Export) -> list[int]:
    """Options whose status the latest consent result contradicts and for which the
    facilitator recorded no reason (a release needs one: docs/export.md)."""
    return [o.number for o in export.options if o.status_contradicts and not str(
        o.status_reason).strip()]


MAX_NEXT_STEPS = 5000
MAX_STATUS_REASON = 1000


def set_next_steps(session: DialogueSession, text: object) -> None:
    """The agreed next steps, as the facilitator writes them for the report."""
    if not isinstance(text, str):
        raise ExportError(_("Write the next steps as text."))
    text = text.replace("\r\n", "\n").strip()
    if len(text) > MAX_NEXT_STEPS:
        raise ExportError(_("The next steps can be at most %(n)d characters.",
                            n=MAX_NEXT_STEPS))
    session.next_steps = text


def set_status_reason(session: DialogueSession, option_id: object, text: object) -> None:
    """Why an option has the status it has although its consent result says otherwise."""
    from ..models import PolicyOption

    option = db.session.scalar(sa.select(PolicyOption).filter_by(
        session_id=session.id, public_id=str(option_id)[:64])) if option_id else None
    if option is None:
        raise ExportError(_("That option is not in this session; reload the page."))
    if not isinstance(text, str):
        raise ExportError(_("Write the reason as text."))
    text = text.replace("\r\n", "\n").strip()
    if len(text) > MAX_STATUS_REASON:
        raise ExportError(_("The reason can be at most %(n)d characters.",
                            n=MAX_STATUS_REASON))
    option.status_reason = text


def withdraw_releases(session: DialogueSession) -> int:
    """A passage that earlier releases showed is now redacted: drop what they stored (their
    content and files carry the words). The record of who released what, when, stays."""
    releases = list(db.session.scalars(sa.select(ExportRelease).filter_by(
        session_id=session.id, withdrawn=False)))
    if releases:
        db.session.execute(sa.delete(ExportFile).where(
            ExportFile.release_id.in_([release.id for release in releases])))
    for release in releases:
        release.withdrawn = True
        release.content = {"date": release.content.get("date")}
    from .round_release import withdraw_round_releases

    withdraw_round_releases(session)  # the round's report carried the same words
    return len(releases)


def latest_release(session: DialogueSession) -> ExportRelease | None:
    return db.session.scalar(sa.select(ExportRelease).filter_by(session_id=session.id)
                             .order_by(ExportRelease.id.desc()).limit(1))


def set_shared(session: DialogueSession, shared: bool) -> ExportRelease:
    """The "share with participants" switch; it acts on the release in force."""
    release = latest_release(session)
    if release is None:
        raise ExportError("Release the outcome before sharing it.")
    release.shared_with_participants = shared
    return release


def released_export(release: ExportRelease) -> Export:
    return from_dict(release.content)


def release_file(release: ExportRelease, fmt: str) -> bytes:
    """The release in ``fmt``: rendered the first time, then served as stored.

    A release never changes, so its files do not either; they are keyed by the release,
    so a new release renders its own. Formats it was not released in are rendered and not
    stored. The file is committed on its own, whatever the caller does next. A withdrawn
    release (a passage was redacted after it) serves nothing.
    """
    if release.withdrawn:
        raise ExportError(_("A passage was redacted after this release; the outcome is "
                            "available again once it is released anew."))
    if fmt in release.formats:
        stored = db.session.scalar(sa.select(ExportFile.data).filter_by(
            release_id=release.id, format=fmt))
        if stored is not None:
            return stored
    # A released PDF is always tagged (accessible), also when it is large: laid out in
    # one piece, slower, but only once (pdf.write_pdf, docs/export.md "Speed").
    data = render(released_export(release), fmt, tagged=True)
    if fmt in release.formats:
        db.session.add(ExportFile(release_id=release.id, format=fmt, data=data))
        try:
            db.session.commit()
        except IntegrityError:  # another request stored the same file first
            db.session.rollback()
    return data


def shared_release(session: DialogueSession) -> ExportRelease | None:
    """The release participants may download, if the facilitator shares one."""
    release = latest_release(session)
    return (release if release is not None and release.shared_with_participants
            and not release.withdrawn else None)
