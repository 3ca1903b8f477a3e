"""The rules of quick polls: create (and change or delete a draft), open, answer, moderate
held answers, reveal, close.

One answer per person and poll, keyed by the author ref and changed in place while the
poll is open. The figures (results.summary) are recomputed only once k answers were given
or changed since the last figures, so no single tap moves what anyone sees; closing the
poll computes the final figures and deletes its answers. See docs/polls.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import gettext as _

from ..anonymity import predates_seat, predates_seat_message
from ..boards import detection, word_filter
from ..extensions import db
from ..models import DialogueSession, Poll, PollAnswer
from ..models.base import utcnow
from ..models.polls import POLL_KINDS
from ..plain_text import is_plain
from ..refusals import Refused
from . import results

MAX_QUESTION = 300
MAX_CHOICES = 10
MAX_CHOICE = 80
MAX_END = 40


@dataclass
class Changed:
    """What a write changed, for the announcement: the poll, whether its figures moved,
    and a held answer whose state the moderators must see."""

    poll: Poll
    figures_moved: bool = False
    held: list[dict] = field(default_factory=list)  # held_view of each


def held_view(row: PollAnswer, poll: Poll, status: str | None = None) -> dict:
    """A free answer as the moderators' queue shows it: its text and the detector's spans
    (built before the commit: a closing poll's rows are gone after it)."""
    return {"id": row.public_id, "poll": poll.public_id, "text": row.value.get("text", ""),
            "flags": list(row.flags or []), "status": status or row.status}


def require_open_session(session: DialogueSession) -> None:
    if session.is_closed:
        raise Refused("session_closed", _("This session is closed."))


def polls_of(session: DialogueSession) -> list[Poll]:
    """The session's polls, newest first (they are the facilitator's: their order is his)."""
    return list(db.session.scalars(sa.select(Poll).filter_by(session_id=session.id)
                                   .order_by(Poll.id.desc())))


def poll_in(session: DialogueSession, public_id: str) -> Poll:
    found = db.session.scalar(sa.select(Poll).filter_by(session_id=session.id,
                                                         public_id=public_id))
    if found is None:
        raise Refused("not_found", _("No such poll in this session."))
    return found


def answer_in(session: DialogueSession, public_id: str) -> PollAnswer:
    found = db.session.scalar(sa.select(PollAnswer).filter_by(session_id=session.id,
                                                               public_id=public_id))
    if found is None:
        raise Refused("not_found", _("No such answer in this session."))
    return found


def _line(value: object, limit: int, what: str, required: bool = True) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not isinstance(value, str | type(None)) or not is_plain(text, multiline=False):
        raise Refused("invalid", _("%(what)s must be one line of text.", what=what))
    if required and not text:
        raise Refused("empty", _("%(what)s is missing.", what=what))
    if len(text) > limit:
        raise Refused("too_long", _("%(what)s can be at most %(n)d characters.", what=what,
                                    n=limit))
    return text


def _fields(spec: dict) -> dict:
    """A poll's checked fields from the facilitator's *spec* (see create_poll)."""
    kind = spec.get("kind")
    if kind not in POLL_KINDS:
        raise Refused("invalid", _("A poll is single choice, multiple choice, a scale or "
                                   "free words."))
    question = _line(spec.get("question"), MAX_QUESTION, _("The question"))
    question_de = _line(spec.get("question_de", ""), MAX_QUESTION, _("The German question"),
                        required=False)
    choices: list[dict] = []
    if kind in ("single", "multiple"):
        labels = spec.get("choices") or []
        german = spec.get("choices_de") or []
        if not 2 <= len(labels) <= MAX_CHOICES or len(german) > len(labels):
            raise Refused("invalid", _("Give 2 to %(n)d choices.", n=MAX_CHOICES))
        seen: set[str] = set()
        for index, label in enumerate(labels):
            text = _line(label, MAX_CHOICE, _("A choice"))
            if text.casefold() in seen:
                raise Refused("invalid", _("Each choice must differ from the others."))
            seen.add(text.casefold())
            de = _line(german[index] if index < len(german) else "", MAX_CHOICE,
                       _("A choice"), required=False)
            choices.append({"key": f"c{index + 1}", "label": text, "label_de": de})
    scale_max = spec.get("scale_max", 5)
    if kind == "scale" and (isinstance(scale_max, bool) or not isinstance(scale_max, int)
                            or not 2 <= scale_max <= results.SCALE_MAX):
        raise Refused("invalid", _("A scale runs from 1 to between 2 and %(n)d.",
                                   n=results.SCALE_MAX))
    ends = {name: _line(spec.get(name, ""), MAX_END, _("The label of an end of the scale"),
                        required=False) if kind == "scale" else ""
            for name in ("low", "high", "low_de", "high_de")}
    return {"kind": kind, "question": question, "question_de": question_de,
            "choices": choices, "scale_max": scale_max if kind == "scale" else 5,
            "revealed": bool(spec.get("live")), **ends}


def create_poll(session: DialogueSession, spec: dict) -> Poll:
    """The facilitator drafts a poll for the current agenda item (none open: the session's).

    ``spec``: kind, question, question_de, choices / choices_de (labels), scale_max, low,
    high, low_de, high_de, live (results shown while it runs, else hidden until revealed).
    """
    require_open_session(session)
    fields = _fields(spec)
    current = session.current_item
    poll = Poll(session_id=session.id, agenda_item_id=current.id if current else None,
                state="draft", changes=0, **fields)
    db.session.add(poll)
    db.session.flush()
    return poll


def _require_draft(session: DialogueSession, poll: Poll) -> None:
    require_open_session(session)
    if poll.state != "draft":
        raise Refused("wrong_state", _("Only a draft poll can be changed or deleted: this "
                                       "one has been opened."))


def edit_poll(session: DialogueSession, poll: Poll, spec: dict) -> Poll:
    """The facilitator rewrites a draft (a whole spec, as for create_poll; its agenda item
    stays). Nobody has seen a draft, so nothing else changes."""
    _require_draft(session, poll)
    for name, value in _fields(spec).items():
        setattr(poll, name, value)
    db.session.flush()
    return poll


def delete_poll(session: DialogueSession, poll: Poll) -> str:
    """The facilitator deletes a draft; its public id, for the consoles."""
    _require_draft(session, poll)
    public_id = poll.public_id
    db.session.delete(poll)
    db.session.flush()
    return public_id


def open_poll(session: DialogueSession, poll: Poll) -> Changed:
    """Open a drafted poll; one poll is open at a time in a session."""
    require_open_session(session)
    if poll.state != "draft":
        raise Refused("wrong_state", _("Only a poll that has not run yet can be opened."))
    if db.session.scalar(sa.select(Poll.id).filter_by(session_id=session.id, state="open")):
        raise Refused("wrong_state", _("Close the open poll first."))
    poll.state, poll.opened_at = "open", utcnow()
    poll.figures = figures(session, poll)
    return Changed(poll, figures_moved=True)


def close_poll(session: DialogueSession, poll: Poll) -> Changed:
    """Close: the final figures are kept, every answer is deleted (held ones never count)."""
    require_open_session(session)
    if poll.state != "open":
        raise Refused("wrong_state", _("This poll is not open."))
    held = list(db.session.scalars(sa.select(PollAnswer).filter_by(poll_id=poll.id,
                                                                    status="pending")))
    # The moderators' queue forgets them: they never counted, and their rows go now.
    views = [held_view(row, poll, "dismissed") for row in held]
    freeze(session, poll)
    return Changed(poll, figures_moved=True, held=views)


def freeze(session: DialogueSession, poll: Poll) -> None:
    """The final figures, then the answers go: nothing per person is left of the poll."""
    poll.figures = figures(session, poll)
    poll.state, poll.changes = "closed", 0
    db.session.execute(sa.delete(PollAnswer).where(PollAnswer.poll_id == poll.id))


def close_session_polls(session: DialogueSession) -> None:
    """At the session's close (facilitate.services.close_session): every poll still open
    closes with its final figures; drafts that never ran stay drafts (not in the report)."""
    for poll in polls_of(session):
        if poll.state == "open":
            freeze(session, poll)


def reveal(session: DialogueSession, poll: Poll, on: bool) -> Changed:
    require_open_session(session)
    if poll.state == "draft" and on:
        raise Refused("wrong_state", _("Open the poll first."))
    poll.revealed = on
    return Changed(poll)


def figures(session: DialogueSession, poll: Poll) -> dict:
    """The poll's figures from its counted answers now (results.summary)."""
    if poll.state == "closed" and poll.figures is not None:
        return poll.figures
    values = list(db.session.scalars(sa.select(PollAnswer.value).filter_by(
        poll_id=poll.id, status="counted")))
    return results.summary(poll.kind, values, [choice["key"] for choice in poll.choices],
                           poll.scale_max, session.k_anonymity)


def _counted(session: DialogueSession, poll: Poll) -> bool:
    """One more answer given or changed: the figures move once k such changes piled up,
    so the change one person just made is always among at least k (never alone)."""
    # Counted in the database, so two answers at once on two processes both count.
    changes = db.session.execute(
        sa.update(Poll).where(Poll.id == poll.id).values(changes=Poll.changes + 1)
        .returning(Poll.changes)).scalar_one()
    if changes < session.k_anonymity:
        return False
    poll.changes = 0
    poll.figures = figures(session, poll)
    return True


def answered_count(session: DialogueSession, poll: Poll) -> int:
    """How many answers count, in steps of k (0: fewer than k), for the console."""
    if poll.state == "closed":
        n = (poll.figures or {}).get("n") or 0
    else:
        n = db.session.scalar(sa.select(sa.func.count()).select_from(PollAnswer).where(
            PollAnswer.poll_id == poll.id, PollAnswer.status == "counted")) or 0
    return n - n % session.k_anonymity


def _value(poll: Poll, values: dict) -> dict:
    """The answer's value from the payload, checked against the poll's kind."""
    given = {name for name in ("choices", "score", "text") if name in values}
    wanted = {"single": "choices", "multiple": "choices", "scale": "score",
              "words": "text"}[poll.kind]
    if given != {wanted}:
        raise Refused("invalid", _("This answer does not fit the poll."))
    if wanted == "choices":
        keys = {choice["key"] for choice in poll.choices}
        chosen = list(dict.fromkeys(values["choices"]))
        if not chosen or any(key not in keys for key in chosen) or (
                poll.kind == "single" and len(chosen) != 1):
            raise Refused("invalid", _("Choose one of the answers.") if poll.kind == "single"
                          else _("Choose one or more of the answers."))
        return {"choices": sorted(chosen)}
    if wanted == "score":
        score = values["score"]
        if not 1 <= score <= poll.scale_max:
            raise Refused("out_of_range", _("Choose a point from 1 to %(n)d.",
                                            n=poll.scale_max))
        return {"score": score}
    text = " ".join(values["text"].split())
    if not text:
        raise Refused("empty", _("Write something first."))
    if len(text) > results.FREE_MAX:
        raise Refused("too_long", _("Please keep it under %(max)d characters.",
                                    max=results.FREE_MAX))
    return {"text": text}


def answer(session: DialogueSession, poll: Poll, author_ref: str, values: dict,
           votes_from=None) -> tuple[Changed, PollAnswer]:
    """A participant answers the open poll, or changes their answer (in place).

    A free answer passes the detector: a warned one comes back ``flagged`` unless sent
    with ``confirm``, and is then held for a moderator, as a post is (boards.services);
    the word filter holds one too. A held answer counts only once a moderator approves.
    """
    require_open_session(session)
    if poll.state != "open":
        raise Refused("wrong_state", _("This poll is not open."))
    if poll.opened_at is not None and predates_seat(poll.opened_at, votes_from):
        raise Refused("before_new_link", predates_seat_message())
    value = _value(poll, values)
    status, flags = "counted", []
    if poll.kind == "words":
        text = value["text"]
        confirm = bool(values.get("confirm"))
        if not confirm and (warning := detection.author_warning(text)):
            raise Refused("flagged", _("This may identify someone. Edit it, or send it "
                                       "anyway."), spans=warning)
        flags = detection.find_flags(session, text)
        if word_filter.matches(text) or (confirm and detection.author_warning(text)):
            status = "pending"
    row = db.session.scalar(sa.select(PollAnswer).filter_by(poll_id=poll.id,
                                                             author_ref=author_ref))
    before = row.status if row is not None else None
    was_counted = before == "counted"
    if row is None:
        row = PollAnswer(session_id=session.id, poll_id=poll.id, author_ref=author_ref)
        db.session.add(row)
    elif row.value == value and row.status == status:
        return Changed(poll), row  # the same answer again: nothing changes
    row.value, row.status, row.flags = value, status, flags
    db.session.flush()
    # The moderators' queue follows a held answer, and one that leaves it by a rewrite.
    changed = Changed(poll, held=[held_view(row, poll)] if "pending" in (status, before)
                      else [])
    # An answer leaving the count (now held) is a change of the figures too.
    if status == "counted" or was_counted:
        changed.figures_moved = _counted(session, poll)
    return changed, row


def moderate(session: DialogueSession, row: PollAnswer, action: str) -> Changed:
    """A moderator approves a held free answer (it counts) or dismisses it (it never
    counts; its author may still change it while the poll is open)."""
    require_open_session(session)
    poll = db.session.get_one(Poll, row.poll_id)
    if poll.state != "open":
        raise Refused("wrong_state", _("This poll is not open."))
    if row.status != "pending":
        raise Refused("wrong_state", _("This answer is not waiting for a moderator."))
    changed = Changed(poll)
    if action == "approve":
        row.status = "counted"
        changed.figures_moved = _counted(session, poll)
    else:
        row.status = "dismissed"
    changed.held = [held_view(row, poll)]
    return changed


def own_answer(poll: Poll, author_ref: str) -> PollAnswer | None:
    return db.session.scalar(sa.select(PollAnswer).filter_by(poll_id=poll.id,
                                                              author_ref=author_ref))


def held_answers(session: DialogueSession) -> list[PollAnswer]:
    """The free answers waiting for a moderator, in the order of their (random) ids."""
    return list(db.session.scalars(sa.select(PollAnswer).filter_by(
        session_id=session.id, status="pending").order_by(PollAnswer.public_id)))
