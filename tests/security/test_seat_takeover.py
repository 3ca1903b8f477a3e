"""A facilitator holds every invite link: a new link opens a new seat, never a person's
authorship. The person's posts, votes, supported arguments and answers stay theirs alone
(the author ref comes from a secret only their browser held); one vote per person stays
honest across the new link; the person's own browser is told its seat was given away."""

from __future__ import annotations

import csv
import io

import sqlalchemy as sa

from dialogue.extensions import db, socketio
from dialogue.models import Argument, Contribution, Rating, RosterEntry, Vote

from ..conftest import Browser, csrf_from
from ..live_harness import actor_of, run_command, with_client_key
from ..options.conftest import OptionKit
from .test_socket_closing import closed_within

TAKEN = "before_new_link"


class Api:
    """A browser's cookie used as a JSON API client (with the CSRF header)."""

    def __init__(self, client, code: str, sid: str):
        self.client = client
        self.token = csrf_from(client.get(f"/s/{code}").get_data(as_text=True))
        self.base = f"/api/v1/sessions/{sid}"

    def call(self, method: str, path: str, body=None):
        return getattr(self.client, method)(self.base + path, json=body,
                                            headers={"X-CSRFToken": self.token})


def _reissue(room, entry: RosterEntry) -> str:
    """The facilitator clicks "New link" and takes the link from the invite list."""
    setup = f"/facilitate/{room.sid}"
    response = room.facilitator_browser.post(f"{setup}/roster/{entry.public_id}/reissue", {},
                                             token_from=setup)
    assert response.status_code == 302
    listing = room.facilitator_browser.get(f"{setup}/invites.csv").get_data(as_text=True)
    link = next(row["invite_link"] for row in csv.DictReader(io.StringIO(listing))
                if row["name"] == entry.name)
    return link.removeprefix("http://dialogue.test")


def _open_in_another_browser(room, link: str):
    """Open the link in a fresh client, accept the Rule, connect a socket."""
    browser = Browser(room.app.test_client())
    assert browser.client.get(link).status_code == 302
    rule = f"/s/{room.code}/rule"
    assert browser.post(rule, {"accept": "y"}, token_from=rule).status_code == 302
    api = Api(browser.client, room.code, room.sid)
    db.session.remove()  # the socket's handlers share this test's database session
    socket = socketio.test_client(room.app, flask_test_client=browser.client, auth={
        "session": room.sid, "role": "participant", "csrf": api.token})
    assert socket.is_connected()
    return api, socket


def _ack(socket, event: str, data: dict) -> dict:
    return socket.emit(event, with_client_key(event, data), callback=True)


def _marks(snapshot: dict) -> dict:
    """Everything a snapshot marks as the receiver's own."""
    items = [item for board in snapshot["boards"].values() for item in board["items"]]
    return {"mine": [item["id"] for item in items if item.get("mine")],
            "voted": snapshot.get("voted"),
            "supported": snapshot["options"].get("supported"),
            "answered": {round_id: options for round_id, options
                         in snapshot["options"].get("answered", {}).items() if options}}


def _tallies(bobs_item: str, bobs_argument: str) -> tuple:
    db.session.remove()
    return (db.session.scalar(sa.select(Contribution.vote_count).filter_by(public_id=bobs_item)),
            db.session.scalar(sa.select(Argument.vote_count).filter_by(public_id=bobs_argument)),
            db.session.scalar(sa.select(sa.func.count()).select_from(Vote)),
            db.session.scalar(sa.select(sa.func.count()).select_from(Rating)))


def test_a_reissued_link_shows_nothing_of_the_persons_authorship_and_votes_nothing_twice(room):
    alice, bob = room.participant(), room.participant()
    mod = room.facilitator()
    option = OptionKit(room.factory).option(room.reload()).public_id
    rating = mod.emit("round_open", {"kind": "rating", "options": [option]})["round"]
    consent = mod.emit("round_open", {"kind": "consent", "options": [option]})["round"]
    bobs_item = bob.post(room.board, "Pool the training budgets")["item"]["id"]
    bobs_argument = _ack(bob.socket, "argument_add", {"option": option, "side": "pro",
                                                      "text": "It costs less"})["argument"]
    alices_item = alice.post(room.board, "A fund both countries pay into")["item"]["id"]
    assert alice.vote(bobs_item)["voted"] is True
    assert _ack(alice.socket, "argument_vote", {"argument": bobs_argument})["ok"]
    assert _ack(alice.socket, "rating_submit", {"round": rating, "option": option,
                                                "scores": {"support": 2}})["ok"]
    assert _ack(alice.socket, "consent_submit", {"round": consent, "option": option,
                                                 "choice": "block",
                                                 "reason": "Not with this budget"})["ok"]
    # Alice's own screen shows her marks (so their absence below means something).
    hers = _marks(alice.emit("sync", {})["snapshot"])
    assert hers["mine"] == [alices_item] and hers["voted"] == [bobs_item]
    assert hers["supported"] == [bobs_argument]
    assert hers["answered"] == {rating: [option], consent: [option]}
    before = _tallies(bobs_item, bobs_argument)

    link = _reissue(room, alice.entry)
    impostor, socket = _open_in_another_browser(room, link)

    # Nothing of Alice's is the impostor's: not in the JSON API, not in the socket snapshot.
    listing = impostor.call("get", "/boards").json
    assert not [item for board in listing["boards"].values() for item in board["items"]
                if item.get("mine")]
    assert listing["voted"] == []
    assert impostor.call("get", "/mine").json == {"ok": True, "items": [], "voted": []}
    assert _marks(_ack(socket, "sync", {})["snapshot"]) == {
        "mine": [], "voted": [], "supported": [], "answered": {}}
    page = impostor.client.get(f"/s/{room.code}/options/{option}").get_data(as_text=True)
    assert "You have rated this option" not in page and "you support this" not in page

    # Nor can it change her post.
    edit = impostor.call("patch", f"/contributions/{alices_item}",
                         {"text": "Rewritten by someone else", "client_key": "k" * 16})
    withdraw = impostor.call("post", f"/contributions/{alices_item}/withdraw",
                             {"client_key": "l" * 16})
    assert (edit.status_code, edit.json["error"]) == (403, "not_yours")
    assert (withdraw.status_code, withdraw.json["error"]) == (403, "not_yours")

    # One vote per person holds: nothing Alice could have voted on is open to the new seat.
    vote = impostor.call("post", f"/contributions/{bobs_item}/vote",
                         {"up": True, "client_key": "m" * 16})
    assert (vote.status_code, vote.json["error"]) == (409, TAKEN)
    assert _ack(socket, "argument_vote", {"argument": bobs_argument})["error"] == TAKEN
    assert _ack(socket, "rating_submit", {"round": rating, "option": option,
                                          "scores": {"support": 5}})["error"] == TAKEN
    assert _ack(socket, "consent_submit", {"round": consent, "option": option,
                                           "choice": "agree"})["error"] == TAKEN
    assert _tallies(bobs_item, bobs_argument) == before
    db.session.remove()
    assert db.session.scalar(sa.select(Contribution.text).filter_by(
        public_id=alices_item)) == "A fund both countries pay into"

    # What appears after the new link, the new seat votes on like anyone, once.
    later = bob.post(room.board, "Recognise diplomas faster")["item"]["id"]
    assert impostor.call("post", f"/contributions/{later}/vote",
                         {"up": True, "client_key": "n" * 16}).json["voted"] is True

    # Alice's own browser lost the seat and is told so, on the socket and on the page.
    assert closed_within([alice.socket])
    assert {"name": "removed", "args": [{"reason": "new_link"}], "namespace": "/"} in \
        alice.socket.queue
    told = alice.client.get(f"/s/{room.code}")
    assert told.status_code == 403 and "new invitation link" in told.get_data(as_text=True)
    socket.disconnect()


def test_a_reissued_link_cannot_rate_or_vote_through_the_option_pages_either(room, factory):
    alice = room.participant()
    bob = room.participant()
    never_used = factory.roster_entry(room.reload())
    db.session.refresh(never_used)
    db.session.expunge(never_used)  # kept as it was: public id and name are all we need
    mod = room.facilitator()
    option = OptionKit(room.factory).option(room.reload()).public_id
    rating = mod.emit("round_open", {"kind": "rating", "options": [option]})["round"]
    argument = _ack(bob.socket, "argument_add", {"option": option, "side": "contra",
                                                 "text": "Too slow"})["argument"]
    impostor, socket = _open_in_another_browser(room, _reissue(room, alice.entry))
    socket.disconnect()
    browser = Browser(impostor.client)
    url = f"/s/{room.code}/options/{option}"
    rated = browser.post(f"{url}/rounds/{rating}/rate", {"rate-c_support": "5"},
                         token_from=url)
    supported = browser.post(f"{url}/arguments/{argument}/support", {}, token_from=url)
    for response in (rated, supported):
        assert response.status_code == 409, response.status_code
        assert "before your new invitation link" in response.get_data(as_text=True)
    db.session.remove()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Rating)) == 0
    assert db.session.scalar(sa.select(Argument.vote_count).filter_by(public_id=argument)) == 0
    # A link resent before anyone used it: nobody held that seat, so nothing is barred.
    fresh, socket = _open_in_another_browser(room, _reissue(room, never_used))
    socket.disconnect()
    assert Browser(fresh.client).post(f"{url}/arguments/{argument}/support", {},
                                      token_from=url).status_code == 302


def test_the_old_seats_socket_can_do_nothing_in_the_moment_before_it_is_closed(room):
    """Between "New link" and the kick reaching the old browser's socket, its writes are
    refused: the seat it opened with is not the entry's seat any more."""
    from dialogue.facilitate.services import reissue_invite

    alice = room.participant()
    option = OptionKit(room.factory).option(room.reload()).public_id
    actor = actor_of(alice)
    db.session.remove()
    reissue_invite(db.session.get(RosterEntry, alice.entry.id))  # no kick is sent here
    db.session.commit()
    assert alice.socket.is_connected()
    reply = run_command(actor, "board_post", {"board": room.board, "text": "Still me?",
                                              "client_key": "p" * 16})
    assert reply["error"] == "forbidden"
    assert _ack(alice.socket, "argument_add", {"option": option, "side": "pro",
                                               "text": "Still me?"})["error"] == "forbidden"
    db.session.remove()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Argument)) == 0
