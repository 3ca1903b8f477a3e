"""Who is acting: decided once per socket (at connect) or per HTTP request, the same way.

``acting_person(session, wanted)`` is the one resolver: the session's owner (logged in)
for the facilitator's and the projector's roles, else the browser's seat for a
participant. Sockets keep the result per socket id in ``connections``.

On the JSON API (a blueprint passed to ``protect_api``) a request may instead carry a
facilitator's API token, ``Authorization: Bearer dlg_...``. Such a request is judged by
its token alone (its cookie is ignored, and it needs no CSRF token: no cookie speaks for
it); it acts as the token's facilitator on the sessions the token reaches, and as no one
anywhere else. A request without the header sends the cookie and, for a write, the
CSRF token in ``X-CSRFToken``, as before. Tokens work nowhere else: no page and no socket
runs ``protect_api``'s check, so for them a token is no one (docs/api.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from flask import Blueprint, Response, current_app, g, has_request_context, request
from flask_babel import gettext as _
from flask_login import current_user

from ..extensions import db
from ..refusals import Refused

if TYPE_CHECKING:
    from ..join.services import Seat
    from ..models import DialogueSession

ROLES = ("participant", "facilitator", "projector")


@dataclass(frozen=True)
class Actor:
    """The acting person. ``author_ref`` and ``seat_key`` only for participants; never
    sent, and never put on the message queue (see personal.py).

    ``rate_key`` is the person's key in the shared rate limits (rate_limits.person_key).
    ``signed_rate_key`` is the key that writes on their posts signed with a name draw from:
    made from the attribution seed, so nobody reading the rate-limit store can tie a
    signed post's moment to the person's key (docs/security.md).
    """

    role: str
    session_id: int
    session_public_id: str
    participant_id: int | None = None
    facilitator_id: int | None = None
    author_ref: str | None = None
    # The hash of the seat this socket was opened with: a seat replaced since is lost.
    seat_hash: str | None = None
    # The seat votes only on what appeared from then on (RosterEntry.reseated_on).
    votes_from: datetime | None = None
    # What finds this seat's sockets on any process (personal.seat_key); never sent.
    seat_key: str | None = None
    rate_key: str = ""
    # What the refs of this seat's signed posts are made from (anonymity.attribution_seed);
    # never sent, never stored, never on the message queue.
    attribution_seed: str | None = None
    signed_rate_key: str = ""

    @property
    def is_facilitator(self) -> bool:
        return self.role == "facilitator"

    @property
    def is_participant(self) -> bool:
        return self.role == "participant"

    @property
    def ref(self) -> str:
        """The participant's author ref (a command open to participants only needs it)."""
        if self.author_ref is None:
            raise RuntimeError("only a participant has an author ref")
        return self.author_ref


def participant_actor(session: DialogueSession, seat: Seat) -> Actor:
    """The actor of the participant holding ``seat`` (a join Seat: entry and its secret)."""
    from ..anonymity import attribution_seed, author_ref
    from ..rate_limits import person_key
    from .personal import seat_key

    entry = seat.entry
    ref = author_ref(session, seat.secret)
    seed = attribution_seed(session, seat.secret)
    return Actor("participant", session.id, session.public_id, participant_id=entry.id,
                 author_ref=ref, seat_hash=entry.seat_hash, votes_from=entry.reseated_on,
                 seat_key=seat_key(session, entry.seat_hash) if entry.seat_hash else None,
                 rate_key=person_key(session, ref), attribution_seed=seed,
                 signed_rate_key=person_key(session, f"signed:{seed}"))


def owner_actor(session: DialogueSession, facilitator_id: int, role: str = "facilitator"
                ) -> Actor:
    from ..rate_limits import person_key

    return Actor(role, session.id, session.public_id, facilitator_id=facilitator_id,
                 rate_key=person_key(session, f"facilitator:{facilitator_id}"))


def is_owner(session: DialogueSession) -> bool:
    return bool(current_user.is_authenticated and current_user.id == session.owner_id)


@dataclass(frozen=True)
class TokenHolder:
    """A request's verified API token: whose it is and what it reaches (never the secret)."""

    token_id: int
    facilitator_id: int
    all_sessions: bool
    session_ids: frozenset[int]
    last_used_on: date | None

    def reaches(self, session: DialogueSession) -> bool:
        return session.owner_id == self.facilitator_id and (
            self.all_sessions or session.id in self.session_ids)


def api_token() -> TokenHolder | None:
    """The token this API request was authenticated with, if it sent one (set only by
    ``protect_api``'s check, so never on a page or a socket)."""
    return g.get("api_token") if has_request_context() else None


def acting_facilitator_id() -> int | None:
    """The facilitator calling the API: the token's, if the request sent one (its cookie
    is then ignored), else the one logged in with the cookie."""
    holder = api_token()
    if holder is not None:
        return holder.facilitator_id
    if current_user.is_authenticated:
        return int(current_user.id)
    return None


def speaks_for_owner(session: DialogueSession) -> bool:
    """Whether this request speaks for ``session``'s owner: its API token reaches the
    session, or (without a token) the owner is logged in."""
    holder = api_token()
    return holder.reaches(session) if holder is not None else is_owner(session)


def acting_person(session: DialogueSession, wanted: str | None = None) -> Actor | None:
    """The actor of this request or socket handshake in ``session``, or None.

    ``wanted`` is the role asked for: "facilitator" or "projector" need the session's owner
    logged in; "participant" needs a seat in the session whose holder accepted the Rule.
    None (the JSON API) takes the owner if logged in, else the seat; an API request with a
    token is the token's facilitator if the token reaches ``session``, else no one.
    """
    from ..join.context import current_seat

    holder = api_token()
    if holder is not None:
        return owner_actor(session, holder.facilitator_id) if (
            wanted in (None, "facilitator") and holder.reaches(session)) else None
    if wanted in ("facilitator", "projector") or (wanted is None and is_owner(session)):
        return owner_actor(session, current_user.id, wanted or "facilitator") \
            if is_owner(session) else None
    seat = current_seat(session)
    if seat is None or not seat.entry.acknowledged_rule or seat.entry.revoked:
        return None
    return participant_actor(session, seat)


# socket id -> Actor. Each socket lives in one process (sticky sessions), so a
# process-local map is enough even when several processes share Redis.
connections: dict[str, Actor] = {}


# -- API tokens on the JSON API ----------------------------------------------------------

BEARER = "bearer"


def _unauthorized(message: str) -> Refused:
    return Refused("unauthorized", message)


def _authenticate(header: str) -> TokenHolder:
    """The holder of the token in ``header`` (``Bearer dlg_...``), or Refused."""
    from ..models import ApiToken
    from ..models.api_token import parse

    scheme, _space, text = header.strip().partition(" ")
    found = parse(text.strip()) if scheme.lower() == BEARER else None
    token = None
    if found is not None:
        public_id, secret = found
        token = db.session.scalar(sa.select(ApiToken).filter_by(public_id=public_id))
        if token is not None and (not token.matches(secret) or token.revoked):
            token = None
    # No guessing limit: a secret has 256 bits, and a wrong one costs one indexed look-up
    # (a limit per address would also lock out joins from the same network).
    if token is None:
        if found is None:
            raise _unauthorized(_("Send the API token as \"Authorization: Bearer "
                                  "<token>\"."))
        raise _unauthorized(_("This API token is not valid: it is unknown or was revoked."))
    return TokenHolder(token.id, token.facilitator_id, token.all_sessions,
                       frozenset(each.id for each in token.sessions), token.last_used_on)


def _check_api_request() -> Response | None:
    """Before every request to a protected API blueprint: a token, or the cookie and CSRF."""
    from ..errors import handle_refused
    from ..extensions import csrf

    header = request.headers.get("Authorization")
    if getattr(current_app.view_functions.get(request.endpoint or ""), "cacheable", False):
        return None  # the same for everyone (the API's description): no one to check
    if header is None:
        # The cookie speaks for this request: writes need the CSRF token, as everywhere
        # (and as the global check, only where CSRF protection is on at all).
        if current_app.config.get("WTF_CSRF_ENABLED", True) and current_app.config.get(
                "WTF_CSRF_CHECK_DEFAULT", True):
            csrf.protect()
        return None
    try:
        g.api_token = _authenticate(header)
    except Refused as refused:
        body, status = handle_refused(refused)
        response = current_app.make_response((body, status))
        if status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="dialogue"'
        return response
    return None


def _note_use(response: Response) -> Response:
    """The day a token was last used (once a day at most; a refused request changes
    nothing, not even this)."""
    from ..models import ApiToken
    from ..models.api_token import today

    holder = api_token()
    if holder is None or response.status_code >= 400 or holder.last_used_on == today():
        return response
    db.session.execute(sa.update(ApiToken).where(ApiToken.id == holder.token_id)
                       .values(last_used_on=today()))
    db.session.commit()
    return response


def protect_api(bp: Blueprint) -> Blueprint:
    """Make ``bp`` a JSON API blueprint: each request is authenticated by an API token
    (``Authorization: Bearer``) or else by the cookie with the CSRF token for writes.
    The global CSRF check skips ``bp``; this check does it instead, for cookie requests."""
    from ..extensions import csrf

    csrf.exempt(bp)
    bp.before_request(_check_api_request)
    bp.after_request(_note_use)
    return bp

