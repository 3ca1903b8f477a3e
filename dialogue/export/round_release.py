"""The round report's review and release (docs/export.md, "A round, not only a session").

A round is a facilitator's sessions with one ``round_name``. Its report is built from each
session's own redacted export, so its review *is* the sessions' reviews: a text appears
only as that session's report shows it, and a passage not yet decided there is redacted.
The release is a snapshot like a session's: content stored, each format rendered once.

- A redaction in any of the round's sessions (a selected passage, or a kept span changed
  to Redact) **withdraws** the round's releases, as it withdraws the session's own:
  content cut down to its date, files deleted, downloads refused until released anew.
- Any other change to the sessions' reviews (a decision, a redaction shown again, a
  session joining or leaving the round) or to what the report would show makes the
  release **stale**: it still serves what was released, and its page says so.
- Downloads: the facilitator only. A round report spans sessions whose participants
  differ; a participant of one session may not have been in the room of another, so
  the report is not offered to participants. The facilitator circulates it.

No request here: the acting facilitator is passed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import DialogueSession, ExportDecision, ExportRedaction, Facilitator
from ..models.round_release import RoundFile, RoundRelease
from .model import to_dict
from .round import ROUND_FORMATS, RoundExport, build_round, round_from_dict, round_sessions
from .services import ExportError
from .strings import LANGUAGES

MIMETYPES = {"pdf": ("application/pdf", "pdf"),
             "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml."
                      "document", "docx"),
             "html": ("text/html; charset=utf-8", "html"),
             "md": ("text/markdown; charset=utf-8", "md"),
             "json": ("application/json", "json"),
             "csv": ("application/zip", "zip")}
LABELS = {"pdf": "PDF", "docx": "DOCX", "html": "HTML", "md": "Markdown", "json": "JSON",
          "csv": "CSV (zip)"}


def round_of(session: DialogueSession) -> str:
    """The round's name, or a refusal when the session belongs to no round."""
    name = (session.round_name or "").strip()
    if not name:
        raise ExportError(_("This session belongs to no round. Give it a round name on the "
                            "set-up page first."), code="no_round")
    return session.round_name or ""


def round_language(session: DialogueSession, language: str | None) -> str:
    if language in LANGUAGES:
        return str(language)
    return session.language if session.language in LANGUAGES else "en"


def review_digest(sessions: Iterable[DialogueSession]) -> str:
    """A digest of the round's review state: which sessions, and every decision and
    redaction in them. No text is in it (decisions and redactions store none)."""
    sessions = list(sessions)
    ids = [session.id for session in sessions]
    digest = hashlib.sha256()
    digest.update(",".join(session.public_id for session in sessions).encode())
    for row in db.session.execute(sa.select(
            ExportDecision.session_id, ExportDecision.span_key, ExportDecision.decision)
            .where(ExportDecision.session_id.in_(ids))
            .order_by(ExportDecision.session_id, ExportDecision.span_key)):
        digest.update(("|d" + ":".join(map(str, row))).encode())
    for redaction in db.session.execute(sa.select(
            ExportRedaction.session_id, ExportRedaction.passage_key,
            ExportRedaction.text_digest, ExportRedaction.span_start, ExportRedaction.span_end)
            .where(ExportRedaction.session_id.in_(ids))
            .order_by(ExportRedaction.session_id, ExportRedaction.passage_key,
                      ExportRedaction.span_start, ExportRedaction.span_end)):
        digest.update(("|r" + ":".join(map(str, redaction))).encode())
    return digest.hexdigest()


def latest_round_release(owner_id: int, round_name: str) -> RoundRelease | None:
    return db.session.scalar(sa.select(RoundRelease).filter_by(
        facilitator_id=owner_id, round_name=round_name).order_by(
        RoundRelease.id.desc()).limit(1))


def release_round(session: DialogueSession, facilitator: Facilitator,
                  formats: Iterable[str], language: str | None) -> RoundRelease:
    """Release the round report of ``session``'s round as the sessions' reviews leave it."""
    if session.owner_id != facilitator.id:
        raise ExportError(_("Only the round's facilitator can release its report."))
    name = round_of(session)
    wanted = set(formats)
    chosen = [fmt for fmt in ROUND_FORMATS if fmt in wanted]
    if not chosen or wanted - set(ROUND_FORMATS):
        raise ExportError(_("Choose at least one of the formats offered."))
    if language is not None and language not in LANGUAGES:
        raise ExportError(_("Choose English or German as the report's language."))
    language = round_language(session, language)
    report = build_round(facilitator.id, name, language)
    release = RoundRelease(facilitator_id=facilitator.id, round_name=name, formats=chosen,
                           language=language, content=to_dict(report),
                           review_digest=review_digest(round_sessions(facilitator.id, name)))
    db.session.add(release)
    db.session.flush()
    return release


def is_stale(release: RoundRelease, current: RoundExport | None = None) -> bool:
    """Whether the sessions' reviews (or what the report would show) changed since."""
    if release.withdrawn:
        return False
    sessions = round_sessions(release.facilitator_id, release.round_name)
    if not sessions or review_digest(sessions) != release.review_digest:
        return True
    if current is None or current.language != release.language:
        current = build_round(release.facilitator_id, release.round_name, release.language)
    return to_dict(current) != release.content


def withdraw_round_releases(session: DialogueSession) -> int:
    """A passage of ``session`` was redacted: the round's releases carried it. Drop what
    they stored (content and files); the record of who released what, when, stays."""
    if not (session.round_name or "").strip():
        return 0
    releases = list(db.session.scalars(sa.select(RoundRelease).filter_by(
        facilitator_id=session.owner_id, round_name=session.round_name, withdrawn=False)))
    if releases:
        db.session.execute(sa.delete(RoundFile).where(
            RoundFile.release_id.in_([release.id for release in releases])))
    for release in releases:
        release.withdrawn = True
        release.content = {"date": _date(release)}
    return len(releases)


def released_round(release: RoundRelease) -> RoundExport:
    return round_from_dict(release.content)


def _date(release: RoundRelease) -> str:
    sessions = release.content.get("sessions") or []
    return str(sessions[-1]["date"]) if sessions else str(release.content.get("date", ""))


def round_filename(release: RoundRelease, fmt: str) -> str:
    """Named by the day only: the round's name may hold anything."""
    return f"round-report-{_date(release)}.{MIMETYPES[fmt][1]}"


def round_release_file(release: RoundRelease, fmt: str) -> bytes:
    """The release in ``fmt``, rendered the first time and then served as stored."""
    from .round import render_round

    if release.withdrawn:
        raise ExportError(_("A passage was redacted in one of the round's sessions after "
                            "this release; the round report is available again once it is "
                            "released anew."))
    if fmt not in release.formats:
        raise ExportError(_("This release has no such format."), code="unknown_format")
    stored = db.session.scalar(sa.select(RoundFile.data).filter_by(
        release_id=release.id, format=fmt))
    if stored is not None:
        return stored
    data = render_round(released_round(release), fmt)
    db.session.add(RoundFile(release_id=release.id, format=fmt, data=data))
    try:
        db.session.commit()
    except IntegrityError:  # another request stored the same file first
        db.session.rollback()
    return data
