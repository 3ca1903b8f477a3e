"""The rules of policy options: create, co-draft, amend, argue, set status, carry over.

Functions take the acting person explicitly (a ``Drafter``) and return plain results;
they raise Refused. No flask.session, no request, no Socket.IO here. Rating and
consent rounds are in rounds.py, their arithmetic in results.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import sqlalchemy as sa
from flask_babel import gettext as _

from ..anonymity import predates_seat
from ..extensions import db
from ..models import (
    Amendment,
    Argument,
    ArgumentVote,
    Contribution,
    DialogueSession,
    OptionRevision,
    PolicyOption,
)
from ..models.board import Status
from ..models.options import ARGUMENT_SIDES, OPTION_STATUSES
from ..refusals import Refused
from .errors import BeforeNewLink, EditConflict, NotFound
from .fields import clean_fields, field_specs

MAX_ARGUMENT = 1000
MAX_REASON = 1000
# Who may change the text in each status; a parked or endorsed option is frozen.
PARTICIPANT_EDITS = ("draft", "discussion")
FACILITATOR_EDITS = ("draft", "discussion", "consolidated")
AMENDABLE = ("draft", "discussion", "consolidated")
LINKABLE_CONTRIBUTIONS = (Status.PUBLISHED, Status.ARCHIVED)


@dataclass(frozen=True)
class Drafter:
    """Who acts: a participant (known only by author_ref) or the session's facilitator."""

    author_ref: str | None = None
    facilitator: bool = False


FACILITATOR = Drafter(facilitator=True)


def as_participant(author_ref: str) -> Drafter:
    return Drafter(author_ref=author_ref)


def require_writable(session: DialogueSession) -> None:
    if session.is_closed:
        raise Refused("closed", _("This session is closed; nothing in it can change any more."))


def options_of(session: DialogueSession) -> list[PolicyOption]:
    return list(db.session.scalars(
        sa.select(PolicyOption).filter_by(session_id=session.id)
        .order_by(PolicyOption.position, PolicyOption.id)))


def in_session(model: type, session: DialogueSession, public_id: object, what: str):
    """The ``model`` row with this public id, if it belongs to ``session``; NotFound else."""
    found = db.session.scalar(sa.select(model).filter_by(
        public_id=str(public_id)[:64], session_id=session.id))
    if found is None:
        raise NotFound(what)
    return found


def option_in(session: DialogueSession, public_id: object) -> PolicyOption:
    return in_session(PolicyOption, session, public_id, "option")


def session_of(option: PolicyOption) -> DialogueSession:
    return db.session.get_one(DialogueSession, option.session_id)


def create_option(session: DialogueSession, drafter: Drafter, values: Mapping[str, object],
                  contribution_ids: Iterable[str] = ()) -> PolicyOption:
    """A new draft option, from scratch or drawn from board contributions (linked to it)."""
    require_writable(session)
    if not drafter.facilitator and not session.participants_may_create_options:
        raise Refused("forbidden", _("In this session only the facilitator creates options."))
    fields = clean_fields(field_specs(session), values)
    contributions = _contributions(session, contribution_ids)
    position = db.session.scalar(sa.select(sa.func.count()).select_from(PolicyOption)
                                 .filter_by(session_id=session.id))
    option = PolicyOption(session_id=session.id, position=position, fields=fields, version=1,
                          contributions=contributions)
    db.session.add(option)
    db.session.flush()
    db.session.add(OptionRevision(session_id=session.id, option_id=option.id, version=1,
                                  kind="created", fields=fields,
                                  author_ref=drafter.author_ref,
                                  by_facilitator=drafter.facilitator))
    db.session.flush()
    return option


def _contributions(session: DialogueSession, public_ids: Iterable[str]) -> list[Contribution]:
    wanted = list(dict.fromkeys(str(each)[:64] for each in public_ids))
    if not wanted:
        return []
    found = list(db.session.scalars(sa.select(Contribution).where(
        Contribution.session_id == session.id, Contribution.public_id.in_(wanted),
        Contribution.status.in_(LINKABLE_CONTRIBUTIONS))))
    if len(found) != len(wanted):
        raise NotFound("contribution")
    return found


def may_edit(option: PolicyOption, drafter: Drafter) -> bool:
    return option.status in (FACILITATOR_EDITS if drafter.facilitator else PARTICIPANT_EDITS)


def _require_editable(option: PolicyOption, drafter: Drafter) -> None:
    if option.status == "parked":
        raise Refused("parked", _("This option is parked and cannot be edited."))
    if option.status == "endorsed":
        raise Refused("endorsed", _("This option is endorsed; its text is final."))
    if not may_edit(option, drafter):
        raise Refused("consolidated", _("This option is consolidated: propose an amendment "
                             "to a field instead."))


def edit_option(option: PolicyOption, drafter: Drafter, base_version: int,
                values: Mapping[str, object]) -> OptionRevision | None:
    """Apply an edit made on ``base_version``; None if it changes nothing.

    Field-wise merge (docs/options.md, "Co-drafting without lost words"): if the option
    moved on since ``base_version``, the fields this edit changed are laid over the
    current text, as long as nobody else changed the same field in the meantime (or
    changed it to the very same text). A field changed on both sides is a conflict:
    EditConflict carries both versions and a proposal that keeps both, and nothing is
    written. Fields absent from ``values`` are left as they were in the base version,
    i.e. unchanged by this edit.
    """
    session = session_of(option)
    require_writable(session)
    _require_editable(option, drafter)
    specs = field_specs(session)
    for _attempt in range(3):  # a concurrent writer between reading and writing: merge again
        base = _base_fields(option, base_version)
        mine = clean_fields(specs, values, base=base)
        merged, conflicts = merge_fields(base, dict(option.fields), mine)
        if conflicts:
            raise EditConflict(option.version, dict(option.fields), mine, conflicts,
                               combine(specs, dict(option.fields), merged, mine, conflicts))
        if merged == option.fields:
            return None
        revision = _try_revision(option, option.version, merged, "edited",
                                 drafter.author_ref, drafter.facilitator)
        if revision is not None:
            return revision
    raise EditConflict(option.version, dict(option.fields), mine, [], dict(option.fields))


def _base_fields(option: PolicyOption, base_version: object) -> dict:
    """The option's text as it was at ``base_version`` (the editor's starting point)."""
    if (isinstance(base_version, bool) or not isinstance(base_version, int)
            or not 1 <= base_version <= option.version):
        raise Refused("invalid", _("This edit does not start from a version of this option; "
                                   "open the edit page again."))
    if base_version == option.version:
        return dict(option.fields)
    revision = db.session.scalar(sa.select(OptionRevision).filter_by(
        option_id=option.id, version=base_version))
    if revision is None:  # a carried-over option's history starts where it arrived
        raise Refused("invalid", _("This edit does not start from a version of this option; "
                                   "open the edit page again."))
    return dict(revision.fields)


def merge_fields(base: Mapping[str, object], current: Mapping[str, object],
                 mine: Mapping[str, object]) -> tuple[dict, list[str]]:
    """Three-way merge by field: (merged fields, keys changed on both sides differently).

    A field takes ``mine`` when this edit changed it from ``base``, else ``current``;
    when both changed it to different values it is a conflict (and keeps ``current``
    in the merged result, which is then not written)."""
    merged: dict = {}
    conflicts: list[str] = []
    for key in dict.fromkeys([*current, *mine]):
        ours, theirs, was = mine.get(key), current.get(key), base.get(key)
        if key not in mine or ours == was:
            merged[key] = theirs if key in current else ours
        elif theirs == was or theirs == ours or key not in current:
            merged[key] = ours
        else:
            merged[key] = theirs
            conflicts.append(key)
    return merged, conflicts


def combine(specs: list, current: Mapping, merged: Mapping, mine: Mapping,
            conflicts: list[str]) -> dict:
    """What the form offers after a conflict: the merge, and in each conflicting field
    both versions (the saved one first), so saving it again as it is loses no one's
    words. Choice fields take both sets."""
    proposal = dict(merged)
    kinds = {spec.key: spec for spec in specs}
    for key in conflicts:
        spec = kinds.get(key)
        theirs, ours = current.get(key), mine.get(key)
        if spec is not None and spec.kind == "choices":
            chosen = set(theirs or []) | set(ours or [])
            proposal[key] = [each for each in (spec.choices or {}) if each in chosen]
            continue
        theirs, ours = str(theirs or ""), str(ours or "")
        together = " / ".join([theirs, ours]) if spec is not None and spec.kind == "line" \
            else f"{theirs}\n\n{ours}"
        limit = spec.max_length if spec is not None else len(together)
        # Too long for the field together: the form keys both texts shown in full above it.
        proposal[key] = together if len(together) <= limit else ours
    return proposal


def _try_revision(option: PolicyOption, base_version: int, fields: dict, kind: str,
                  author_ref: str | None, by_facilitator: bool) -> OptionRevision | None:
    """Move the option to base_version + 1, unless somebody else did first (then None)."""
    # An UPDATE's result is a CursorResult (it has a rowcount); Session.execute is typed
    # with the general Result.
    moved = cast(sa.CursorResult[Any], db.session.execute(
        sa.update(PolicyOption)
        .where(PolicyOption.id == option.id, PolicyOption.version == base_version)
        .values(version=base_version + 1, fields=fields)
        .execution_options(synchronize_session=False)))
    db.session.refresh(option)
    if moved.rowcount != 1:
        return None
    revision = OptionRevision(session_id=option.session_id, option_id=option.id,
                              version=base_version + 1, kind=kind, fields=fields,
                              author_ref=author_ref, by_facilitator=by_facilitator)
    db.session.add(revision)
    db.session.flush()
    return revision


def _new_revision(option: PolicyOption, base_version: int, fields: dict, kind: str,
                  author_ref: str | None, by_facilitator: bool) -> OptionRevision:
    """Move the option to base_version + 1, but only if nobody else did first."""
    revision = _try_revision(option, base_version, fields, kind, author_ref, by_facilitator)
    if revision is None:
        raise EditConflict(option.version, dict(option.fields), fields)
    return revision


def set_status(option: PolicyOption, status: str) -> None:
    """Facilitator only: move the option through draft, discussion, consolidated, ..."""
    require_writable(session_of(option))
    if status not in OPTION_STATUSES:
        raise Refused("invalid", _("Unknown status."))
    option.status = status


def propose_amendment(option: PolicyOption, author_ref: str, field_key: str, text: str,
                      reason: str = "") -> Amendment:
    """A participant proposes a new text for one field; the facilitator decides."""
    session = session_of(option)
    require_writable(session)
    if option.status not in AMENDABLE:
        raise Refused(option.status, _("This option can no longer be amended."))
    specs = {spec.key: spec for spec in field_specs(session)}
    if field_key not in specs or specs[field_key].kind == "choices":
        raise Refused("invalid", _("Amendments are for the text fields of an option."))
    proposed = clean_fields(list(specs.values()), {field_key: text}, base=option.fields)
    if proposed[field_key] == option.fields.get(field_key):
        raise Refused("unchanged", _("The amendment is the same as the current text."))
    reason = (reason or "").strip()
    if len(reason) > MAX_REASON:
        raise Refused("invalid", _("The reason can be at most %(n)d characters.", n=MAX_REASON))
    amendment = Amendment(session_id=session.id, option_id=option.id, field_key=field_key,
                          text=proposed[field_key], reason=reason,
                          base_version=option.version, author_ref=author_ref)
    db.session.add(amendment)
    db.session.flush()
    return amendment


def amendment_in(session: DialogueSession, public_id: object) -> Amendment:
    return in_session(Amendment, session, public_id, "amendment")


def pending_amendments(session: DialogueSession) -> list[Amendment]:
    return list(db.session.scalars(sa.select(Amendment).filter_by(
        session_id=session.id, status="pending").order_by(Amendment.id)))


def own_amendments(session: DialogueSession, author_ref: str,
                   option: PolicyOption | None = None) -> list[Amendment]:
    """This person's own amendments (every status), oldest first: for their screen only."""
    query = sa.select(Amendment).filter_by(session_id=session.id, author_ref=author_ref)
    if option is not None:
        query = query.filter_by(option_id=option.id)
    return list(db.session.scalars(query.order_by(Amendment.id)))


def decide_amendment(amendment: Amendment, accept: bool) -> OptionRevision | None:
    """Facilitator only. An accepted amendment becomes a revision credited to its author."""
    option = amendment.option
    require_writable(session_of(option))
    if amendment.status != "pending":
        raise Refused("decided", _("This amendment has already been decided."))
    if accept:
        _require_editable(option, FACILITATOR)
        fields = {**option.fields, amendment.field_key: amendment.text}
        revision = _new_revision(option, option.version, fields, "amendment",
                                 amendment.author_ref, False)
    else:
        revision = None
    amendment.status = "accepted" if accept else "rejected"
    return revision


def add_argument(option: PolicyOption, author_ref: str, side: str, text: str) -> Argument:
    require_writable(session_of(option))
    if option.status == "parked":
        raise Refused("parked", _("This option is parked."))
    if side not in ARGUMENT_SIDES:
        raise Refused("invalid", _("An argument is either pro or contra."))
    text = (text or "").strip() if isinstance(text, str) else ""
    if not text or len(text) > MAX_ARGUMENT:
        raise Refused("invalid", _("Write an argument of 1 to %(n)d characters.",
                                       n=MAX_ARGUMENT))
    argument = Argument(session_id=option.session_id, option_id=option.id, side=side,
                        text=text, author_ref=author_ref)
    db.session.add(argument)
    db.session.flush()
    return argument


# Most votes first, equal votes by text: never by id, which the close deals anew (and
# which before it is the order of writing).
_BY_SUPPORT = (Argument.vote_count.desc(), Argument.text, Argument.public_id)


def arguments_of(option: PolicyOption) -> list[Argument]:
    return list(db.session.scalars(sa.select(Argument).filter_by(option_id=option.id)
                                   .order_by(*_BY_SUPPORT)))


def arguments_in_order(session: DialogueSession, options: list[PolicyOption]
                       ) -> list[Argument]:
    """Every argument on these options in one query: option by option (in the order
    given), each option's as ``arguments_of`` orders them."""
    found: dict[int, list[Argument]] = {option.id: [] for option in options}
    for argument in db.session.scalars(sa.select(Argument).filter_by(session_id=session.id)
                                       .order_by(*_BY_SUPPORT)):
        if argument.option_id in found:
            found[argument.option_id].append(argument)
    return [argument for option in options for argument in found[option.id]]


def argument_in(session: DialogueSession, public_id: object) -> Argument:
    return in_session(Argument, session, public_id, "argument")


def vote_argument(argument: Argument, author_ref: str,
                  votes_from: datetime | None = None) -> Argument:
    """One upvote per person: the unique vote row and the counter in one transaction.

    ``votes_from``: the seat replaced an earlier one then (anonymity.predates_seat)."""
    session = db.session.get_one(DialogueSession, argument.session_id)
    require_writable(session)
    if predates_seat(argument.created_at, votes_from):
        raise BeforeNewLink()
    if argument.author_ref is not None and argument.author_ref == author_ref:
        # as on the boards (own_item): support counts what others think of it
        raise Refused("own_item", _("You cannot support your own argument."))
    already = db.session.scalar(sa.select(ArgumentVote.id).filter_by(
        argument_id=argument.id, author_ref=author_ref))
    if already is not None:
        raise Refused("already_voted", _("You have already supported this argument."))
    db.session.add(ArgumentVote(session_id=argument.session_id, argument_id=argument.id,
                                author_ref=author_ref))
    db.session.flush()  # the unique constraint catches a concurrent double vote here
    db.session.execute(sa.update(Argument).where(Argument.id == argument.id)
                       .values(vote_count=Argument.vote_count + 1)
                       .execution_options(synchronize_session=False))
    db.session.refresh(argument)
    return argument


def voted_arguments(session: DialogueSession, author_ref: str) -> set[int]:
    """The ids of arguments this person supported (for their own screen only)."""
    return set(db.session.scalars(sa.select(ArgumentVote.argument_id).filter_by(
        session_id=session.id, author_ref=author_ref)))

