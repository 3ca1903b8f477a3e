"""The rules of briefing inputs. No request here: the views hand in checked values."""

from __future__ import annotations

from urllib.parse import urlsplit

import sqlalchemy as sa
from flask_babel import format_decimal
from flask_babel import gettext as _

from ..boards.detection import find_flags
from ..extensions import db
from ..facilitate.services import ServiceError, require_open
from ..models import AgendaItem, BriefingInput, DialogueSession
from ..plain_text import is_plain
from .files import FileRefused, clean_pdf, download_name

MAX_TITLE = 200
MAX_TEXT = 20_000  # a text input: a short paper or statement
MAX_NOTE = 1_000  # what a link or a file is about
MAX_URL = 2_000
MAX_SPEAKER = 200


class InputRefused(ServiceError):
    """An input that cannot be attached: the message says why (nothing is stored)."""

    def __init__(self, message: str, code: str = "malformed"):
        super().__init__(message, code)


def inputs_of(session: DialogueSession) -> list[BriefingInput]:
    """The session's inputs in agenda order, then the facilitator's order within an item."""
    positions = {item.id: item.position for item in session.agenda}
    found = db.session.scalars(sa.select(BriefingInput).filter_by(session_id=session.id))
    return sorted(found, key=lambda each: (positions.get(each.agenda_item_id, 0),
                                           each.position, each.id))


def by_item(session: DialogueSession) -> dict[int, list[BriefingInput]]:
    grouped: dict[int, list[BriefingInput]] = {item.id: [] for item in session.agenda}
    for each in inputs_of(session):
        grouped.setdefault(each.agenda_item_id, []).append(each)
    return grouped


def input_in(session: DialogueSession, public_id: str) -> BriefingInput | None:
    """The input with ``public_id`` if it is one of ``session``'s (another session's is
    none, as a wrong id is)."""
    return db.session.scalar(sa.select(BriefingInput).filter_by(public_id=public_id,
                                                                session_id=session.id))


def check_url(url: str) -> str:
    """A link people may open: http or https, with a host, no user name or password in
    it, no spaces or control characters. Returns it stripped."""
    url = (url or "").strip()
    if not url:
        raise InputRefused(_("Give the link's address."))
    if len(url) > MAX_URL:
        raise InputRefused(_("The address is longer than %(n)d characters.", n=MAX_URL))
    if not is_plain(url, multiline=False) or any(char.isspace() for char in url):
        raise InputRefused(_("The address may not contain spaces or control characters."))
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise InputRefused(_("This is not a web address.")) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputRefused(_("Only web links (http:// or https://) can be attached."))
    if not host:
        raise InputRefused(_("This is not a web address."))
    if parts.username is not None or parts.password is not None:
        raise InputRefused(_("The address may not contain a user name or password."))
    return url


def _common(item: AgendaItem, title: str, on_the_record: bool, speaker: str,
            role: str) -> dict:
    require_open(item.session)
    title = (title or "").strip()
    speaker, role = (speaker or "").strip(), (role or "").strip()
    if not title:
        raise InputRefused(_("Give the input a title."))
    if len(title) > MAX_TITLE:
        raise InputRefused(_("The title is longer than %(n)d characters.", n=MAX_TITLE))
    for text in (title, speaker, role):
        if not is_plain(text, multiline=False):
            raise InputRefused(_("A title or name may not contain control characters or "
                                 "line breaks."))
    if len(speaker) > MAX_SPEAKER or len(role) > MAX_SPEAKER:
        raise InputRefused(_("The speaker's name and role may have at most %(n)d "
                             "characters each.", n=MAX_SPEAKER))
    if on_the_record and not speaker:
        raise InputRefused(_("An input on the record needs its speaker's name."))
    if not on_the_record and (speaker or role):
        raise InputRefused(_("A speaker's name is shown only with an input on the record. "
                             "Tick “On the record”, or leave the name and role empty."))
    return {"session_id": item.session_id, "agenda_item_id": item.id, "title": title,
            "on_the_record": bool(on_the_record), "speaker": speaker, "speaker_role": role}


def _body(text: str, limit: int) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        raise InputRefused(_("The text is longer than %(n)d characters.", n=limit))
    if not is_plain(text):
        raise InputRefused(_("The text contains control characters; please remove them."))
    return text


def _add(item: AgendaItem, **values) -> BriefingInput:
    last = db.session.scalar(sa.select(sa.func.max(BriefingInput.position))
                             .filter_by(agenda_item_id=item.id))
    found = BriefingInput(position=(last if last is not None else -1) + 1, **values)
    db.session.add(found)
    db.session.flush()
    return found


def add_text(item: AgendaItem, title: str, text: str, on_the_record: bool = False,
             speaker: str = "", role: str = "") -> BriefingInput:
    values = _common(item, title, on_the_record, speaker, role)
    body = _body(text, MAX_TEXT)
    if not body:
        raise InputRefused(_("Write the input's text."))
    return _add(item, kind="text", body=body, **values)


def add_link(item: AgendaItem, title: str, url: str, note: str = "",
             on_the_record: bool = False, speaker: str = "", role: str = "") -> BriefingInput:
    values = _common(item, title, on_the_record, speaker, role)
    return _add(item, kind="link", url=check_url(url), body=_body(note, MAX_NOTE), **values)


def add_pdf(item: AgendaItem, title: str, data: bytes, limit: int, note: str = "",
            on_the_record: bool = False, speaker: str = "", role: str = "") -> BriefingInput:
    values = _common(item, title, on_the_record, speaker, role)
    body = _body(note, MAX_NOTE)
    if len(data) > limit:
        raise InputRefused(too_large_message(limit), "too_large")
    try:
        cleaned = clean_pdf(data)
    except FileRefused as refused:
        raise InputRefused(str(refused)) from None
    return _add(item, kind="pdf", body=body, file_data=cleaned, file_size=len(cleaned),
                file_name=download_name(values["title"]), **values)


def too_large_message(limit: int) -> str:
    return _("The file is larger than %(size)s; attach a file of at most that size.",
             size=size_text(limit))


def size_text(size: int) -> str:
    """A file size as people read it: "850 KB", "2.4 MB"."""
    if size < 1_000_000:
        return _("%(n)s KB", n=max(1, round(size / 1000)))
    return _("%(n)s MB", n=format_decimal(round(size / 1_000_000, 1)))


def remove(found: BriefingInput) -> None:
    session = db.session.get_one(DialogueSession, found.session_id)
    require_open(session)
    db.session.delete(found)


def warnings(session: DialogueSession, found: BriefingInput) -> list[str]:
    """The words of an input not on the record that may identify someone (the roster-aware
    detector the export review uses): shown to the facilitator, who knows the roster."""
    if found.on_the_record:
        return []
    words = []
    for text in (found.title, found.body):
        words += [text[flag["start"]:flag["end"]] for flag in find_flags(session, text)]
    return list(dict.fromkeys(words))


def input_counts(session: DialogueSession) -> dict[int, int]:
    """How many inputs each agenda item has (by row id), for the pages that link to them."""
    return dict(db.session.execute(
        sa.select(BriefingInput.agenda_item_id, sa.func.count())
        .filter_by(session_id=session.id).group_by(BriefingInput.agenda_item_id)).all())
