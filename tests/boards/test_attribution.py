"""Attribution by choice (issue 19, h19a): on an item on the record a participant may post
under their name; only that post is attributed, with a ref of its own that ties it to none
of the author's other rows (docs/security.md § "Attribution by choice")."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import AgendaItem, Contribution, authored_models

from ..live_harness import actor_of, new_key


def _on_record(room, index: int = 0, on: bool = True) -> None:
    db.session.remove()
    item = db.session.scalar(sa.select(AgendaItem).filter_by(public_id=room.boards[index]))
    item.on_the_record = on
    db.session.commit()


@pytest.fixture
def signed(room):
    """Ada (who will sign one post) and Bob on a board that is on the record."""
    _on_record(room)
    ada = room.participant(name="Ada Held", affiliation="BMZ")
    bob = room.participant(name="Bob Brandt", affiliation="GIZ")
    return room, ada, bob


def _all_refs() -> list[str]:
    db.session.remove()
    refs: list[str] = []
    for model in authored_models():
        refs += [ref for ref in db.session.scalars(sa.select(model.author_ref)) if ref]
    return refs


def test_a_signed_post_carries_the_roster_name_and_a_ref_of_its_own(signed):
    room, ada, bob = signed
    plain = ada.post(room.board, "An unsigned point")
    reply = ada.post(room.board, "I will say this under my name", attributed=True)
    assert reply["ok"], reply
    assert reply["item"]["attribution"] == "Ada Held, BMZ"
    assert reply["item"]["mine"] is True
    assert plain["item"]["attribution"] is None
    other = bob.post(room.board, "Bob's point")
    assert ada.vote(other["item"]["id"])["ok"]
    second = ada.post(room.board, "A second signed point", attributed=True)

    row = room.contribution(reply["item"]["id"])
    assert row.attribution == "Ada Held, BMZ"
    ada_ref = actor_of(ada).author_ref
    assert row.author_ref != ada_ref
    # Her unsigned post and her vote carry her ref; the signed posts' refs match nothing.
    assert room.contribution(plain["item"]["id"]).author_ref == ada_ref
    refs = _all_refs()
    assert refs.count(ada_ref) == 2  # the unsigned post and the vote
    signed_refs = {row.author_ref, room.contribution(second["item"]["id"]).author_ref}
    assert len(signed_refs) == 2
    for ref in signed_refs:
        assert refs.count(ref) == 1
        assert ref != actor_of(bob).author_ref

    # Everyone sees the name on it; nothing else about Ada.
    added = [each for each in bob.named("contribution_added")
             if each["id"] == reply["item"]["id"]]
    assert added and added[0]["attribution"] == "Ada Held, BMZ"
    assert "mine" not in added[0]


def test_the_author_still_owns_a_signed_post_and_nobody_else_does(signed):
    room, ada, bob = signed
    item = ada.post(room.board, "Under my name", attributed=True)["item"]
    mine = ada.emit("board_mine", {})
    assert item["id"] in [each["id"] for each in mine["items"]]
    assert [each for each in mine["items"] if each["id"] == item["id"]][0]["mine"] is True
    assert item["id"] not in [each["id"] for each in bob.emit("board_mine", {})["items"]]
    snapshot = ada.emit("sync", {"last_seq": -1})["snapshot"]
    own = [each for each in snapshot["boards"][room.board]["items"]
           if each["id"] == item["id"]]
    assert own and own[0]["mine"] is True and own[0]["attribution"] == "Ada Held, BMZ"
    theirs = bob.emit("sync", {"last_seq": -1})["snapshot"]
    seen = [each for each in theirs["boards"][room.board]["items"]
            if each["id"] == item["id"]]
    assert seen and "mine" not in seen[0] and seen[0]["attribution"] == "Ada Held, BMZ"
    assert ada.vote(item["id"])["error"] == "own_item"
    assert bob.emit("board_edit", {"id": item["id"], "text": "Hijacked"})["error"] == "not_yours"
    assert bob.emit("board_withdraw", {"id": item["id"]})["error"] == "not_yours"
    assert bob.vote(item["id"])["ok"]

    # The name comes off by withdrawing, not by an edit: an edit takes no attribution field.
    before = room.state()
    refused = ada.emit("board_edit", {"id": item["id"], "text": "Reworded", "attributed": False})
    assert refused["error"] == "malformed" and room.state() == before
    edited = ada.emit("board_edit", {"id": item["id"], "text": "Under my name, reworded"})
    assert edited["ok"], edited
    assert edited["item"]["attribution"] == "Ada Held, BMZ"  # an edit keeps the name
    assert room.contribution(item["id"]).text == "Under my name, reworded"
    assert ada.emit("board_withdraw", {"id": item["id"]})["ok"]
    row = room.contribution(item["id"])
    assert row.status == "withdrawn" and row.attribution is None  # withdrawing takes it off


def test_a_moderators_dismissal_reaches_the_signed_posts_author_only(signed):
    room, ada, bob = signed
    console = room.facilitator()
    item = ada.post(room.board, "Signed, and off topic", attributed=True)["item"]
    ada.events(), bob.events()
    reply = console.moderate(item["id"], "dismiss", reason="Off topic")
    assert reply["ok"], reply
    notices = ada.named("own_contribution")
    assert [each["status"] for each in notices if each["id"] == item["id"]] == ["dismissed"]
    assert not bob.named("own_contribution")
    moderated = [each for each in console.named("moderation_item") if each["id"] == item["id"]]
    assert moderated and moderated[0]["attribution"] == "Ada Held, BMZ"


@pytest.mark.parametrize("extra, code", [
    ({"attributed": "yes"}, "malformed"),
    ({"attributed": 1}, "malformed"),
    ({"attributed": True, "attribution": "Someone Else, Evil Corp"}, "malformed"),
    ({"attributed": True, "name": "Someone Else"}, "malformed"),
])
def test_hostile_attribution_is_refused_and_stores_nothing(signed, extra, code):
    room, ada, _ = signed
    before = room.state()
    reply = ada.post(room.board, "Who am I", **extra)
    assert reply["ok"] is False and reply["error"] == code, reply
    assert reply["message"]
    assert room.state() == before


def test_attributed_on_an_item_off_the_record_is_refused(room):
    _on_record(room, 0, on=False)
    ada = room.participant(name="Ada Held", affiliation="BMZ")
    before = room.state()
    reply = ada.post(room.board, "Please sign this", attributed=True)
    assert reply == {"ok": False, "error": "not_on_record", "message": reply["message"]}
    assert room.state() == before
    db.session.remove()
    assert not db.session.scalar(sa.select(sa.func.count()).select_from(Contribution)
                                 .where(Contribution.attribution.is_not(None)))
    # attributed: false is an ordinary post
    assert ada.post(room.board, "Unsigned", attributed=False)["item"]["attribution"] is None


@pytest.mark.parametrize("affiliation, shown", [("Kiezladen e.V.", "Kim Park, Kiezladen e.V."),
                                                 ("", "Kim Park")])
def test_a_walk_in_signs_with_the_name_and_affiliation_they_typed(room, affiliation, shown):
    from ..conftest import Browser

    _on_record(room)
    browser = Browser(room.app.test_client())
    walk_in_url = browser.post("/join", {"code": room.code}).headers["Location"]
    response = browser.post(walk_in_url, {
        "name": "Kim Park", "affiliation": affiliation, "accept": "y",
        "stakeholder_group": room.session.stakeholder_groups[0]}, token_from=walk_in_url)
    assert response.status_code == 302
    walk_in = room._connect(browser.client, f"/s/{room.code}", "participant")
    reply = walk_in.post(room.board, "A walk-in's signed post", attributed=True)
    assert reply["item"]["attribution"] == shown
    assert f"Shown as: {shown}" in browser.get(f"/s/{room.code}").get_data(as_text=True)


def test_the_post_form_offers_the_box_only_where_an_item_is_on_the_record(room):
    ada = room.participant(name="Ada Held", affiliation="BMZ")
    page = ada.client.get(f"/s/{room.code}").get_data(as_text=True)
    assert "Post under my name" not in page and "Ada Held" not in page
    _on_record(room)
    page = ada.client.get(f"/s/{room.code}").get_data(as_text=True)
    assert "Post under my name" in page
    assert "Shown as: Ada Held, BMZ" in page
    assert "data-attribute hidden" not in page  # the open item is on the record
    _on_record(room, 0, on=False)
    _on_record(room, 1, on=True)
    page = ada.client.get(f"/s/{room.code}").get_data(as_text=True)
    assert "data-attribute hidden" in page  # offered once the item on the record opens


def test_close_keeps_the_name_and_clears_the_ref(signed, facilitator_browser):
    room, ada, _ = signed
    item = ada.post(room.board, "On the record, signed", attributed=True)["item"]
    setup = f"/facilitate/{room.sid}"
    facilitator_browser.post(f"{setup}/next", token_from=setup)
    response = facilitator_browser.post(f"{setup}/close", {"confirm": "y"}, token_from=setup)
    assert response.status_code == 302
    row = room.contribution(item["id"])
    assert row.attribution == "Ada Held, BMZ"
    assert row.author_ref is None


def test_a_signed_posts_notice_finds_only_its_authors_sockets(signed):
    """On the message queue a notice for a signed post's author is a one-time address
    (a fresh nonce and tag each time); only the author's socket recomputes it."""
    from dialogue.realtime import personal

    room, ada, bob = signed
    item = ada.post(room.board, "Signed for the queue test", attributed=True)["item"]
    ref = room.contribution(item["id"]).author_ref
    first = personal.envelope(ref, "signed", "own_contribution", {}, post=item["id"])
    again = personal.envelope(ref, "signed", "own_contribution", {}, post=item["id"])
    assert first["tag"] != again["tag"] and ref not in str(first)
    sids = personal.local_sids(first)
    assert len(sids) == 1
    from dialogue.realtime.actors import connections

    assert connections[sids[0]].participant_id == ada.entry.id
    # the same address for another post, or by the author ref, finds no one
    assert personal.local_sids({**first, "post": "0" * 32}) == []
    assert personal.local_sids({**first, "by": "author"}) == []


def test_the_http_api_signs_the_same_way_and_refuses_alike(room):
    from ..conftest import csrf_from
    from ..live_harness import new_key

    _on_record(room)
    joined = room.factory.join(room.reload(), name="Ada Held", affiliation="BMZ")
    headers = {"X-CSRFToken": csrf_from(joined.client.get(f"/s/{room.code}")
                                        .get_data(as_text=True))}
    url = f"/api/v1/sessions/{room.sid}/boards/{room.board}/contributions"
    before = room.state()
    for body in ({"text": "x", "attributed": True, "name": "Eve"},
                 {"text": "x", "attributed": "true"}):
        refused = joined.client.post(url, json={**body, "client_key": new_key()},
                                     headers=headers)
        assert refused.status_code == 400 and refused.json["error"] == "malformed"
    assert room.state() == before
    posted = joined.client.post(url, json={"text": "Signed over HTTP", "attributed": True,
                                           "client_key": new_key()}, headers=headers)
    assert posted.status_code == 200, posted.json
    item = posted.json["item"]
    assert item["attribution"] == "Ada Held, BMZ" and item["mine"] is True
    mine = joined.client.get(f"/api/v1/sessions/{room.sid}/mine").json
    assert item["id"] in [each["id"] for each in mine["items"]]
    _on_record(room, 0, on=False)
    off = joined.client.post(url, json={"text": "Now off the record", "attributed": True,
                                        "client_key": new_key()}, headers=headers)
    assert off.status_code == 400 and off.json["error"] == "not_on_record"


def test_signed_writes_draw_on_a_rate_key_of_their_own(signed, limits_without_refill):
    """Someone reading the rate-limit store (Redis) sees when a key was hit: a signed post,
    its edit and its withdrawal must not hit the person's own key, or its moment would tie
    the named post to the key behind all their unsigned writes."""
    from dialogue import rate_limits

    room, ada, bob = signed
    actor = actor_of(ada)
    assert actor.signed_rate_key and actor.signed_rate_key != actor.rate_key
    capacity = limits_without_refill["write"]
    with room.app.test_request_context():
        def left(key: str) -> int:
            stats = rate_limits.limiter.limiter.get_window_stats(
                rate_limits.rates()["write"], rate_limits.NAMESPACE, key, "write")
            return stats.remaining

        signed_post = ada.post(room.board, "Under my name", attributed=True)["item"]
        assert ada.emit("board_edit", {"id": signed_post["id"], "text": "Under my name, still",
                                       "client_key": new_key()})["ok"]
        assert (left(actor.rate_key), left(actor.signed_rate_key)) == (capacity, capacity - 2)

        for n in range(capacity):  # her unsigned writes use up her own key only
            assert ada.post(room.board, f"Unsigned point {n}")["ok"]
        assert ada.post(room.board, "One too many")["error"] == "rate_limited"
        assert ada.emit("board_withdraw", {"id": signed_post["id"],
                                           "client_key": new_key()})["ok"]
        assert (left(actor.rate_key), left(actor.signed_rate_key)) == (0, capacity - 3)
    # and the signed key is no back door: once used up, signing is refused too
    for n in range(capacity - 3):
        assert ada.post(room.board, f"Signed point {n}", attributed=True)["ok"]
    before = room.state()
    refused = ada.post(room.board, "Signed, one too many", attributed=True)
    assert (refused["ok"], refused["error"]) == (False, "rate_limited")
    assert room.state() == before
    assert bob.post(room.board, "Bob is not limited by Ada")["ok"]
