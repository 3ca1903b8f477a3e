"""The board, the console and the projector draw from one client-side store
(static/js/store.js): a change made on one screen reads the same on all three, and a
page that loads afresh (a snapshot) shows what the others built from deltas.

The second test drives the store module itself in a page: sequence numbers, events held
during a sync, snapshots and the two views of an item (public and moderators')."""

from __future__ import annotations

import pytest

from .conftest import LAPTOP
from .steps import console_with_an_open_item, projector_on, wait_live, walk_in_on_phones

pytestmark = pytest.mark.browser

FIRST = "Shared apprenticeships need one contact point per region"
DUPLICATE = "One regional contact point for shared apprenticeships"
EDITED = "Shared apprenticeships need one contact point in each region"
ON_BOARD, ON_SCREEN = ".board-item", ".projector-item"


def published(console, text: str):
    """The console's published item with this text (not one that only looks like it)."""
    return console.locator("[data-published] .board-item").filter(
        has=console.locator(".item-text", has_text=text))


def test_a_change_on_one_screen_reads_the_same_on_all_three(people):
    facilitator = people("facilitator", **LAPTOP)
    setup, code = console_with_an_open_item(facilitator)
    console = facilitator.page
    projector = projector_on(people, setup)
    room = projector.page
    ana, ben = walk_in_on_phones(people, code, Ana="Ana Store", Ben="Ben Store")

    # Ana posts twice (the second says the same again); every screen has both.
    for text in (FIRST, DUPLICATE):
        ana.page.get_by_label("Add a contribution or question").fill(text)
        ana.page.locator("[data-post-submit]").click()
        ana.page.locator(".board-item.mine", has_text=text).wait_for()
    for text in (FIRST, DUPLICATE):
        ben.page.locator(".board-item", has_text=text).wait_for()
        room.locator(".projector-item", has_text=text).wait_for()
        published(console, text).wait_for()

    # Ben supports the duplicate: its count moves on Ana's phone, the projector and the
    # console alike.
    ben.page.locator(".board-item", has_text=DUPLICATE).locator("button.vote").tap()
    ana.page.locator(".board-item", has_text=DUPLICATE).locator(".vote-count",
                                                               has_text="1").wait_for()
    room.locator(".projector-item", has_text=DUPLICATE).locator(".projector-votes",
                                                                has_text="1").wait_for()
    console.locator('[data-count="votes"]', has_text="1").wait_for()

    # The facilitator edits the first post: the new text is on every screen, the old gone.
    first = published(console, FIRST)
    first.locator(".more-actions > summary").click()  # the rarer actions are under "More…"
    first.get_by_role("button", name="Edit", exact=True).click()
    first.locator("form.inline-edit textarea").fill(EDITED)
    first.get_by_role("button", name="Save").click()
    for shown in (ana.page.locator(ON_BOARD, has_text=EDITED),
                  ben.page.locator(ON_BOARD, has_text=EDITED),
                  room.locator(ON_SCREEN, has_text=EDITED), published(console, EDITED)):
        shown.wait_for()
    for gone in (ana.page.locator(ON_BOARD, has_text=FIRST),
                 ben.page.locator(ON_BOARD, has_text=FIRST),
                 room.locator(ON_SCREEN, has_text=FIRST), published(console, FIRST)):
        assert gone.count() == 0

    # The duplicate is merged into it: it leaves every screen, Ben's vote moves over
    # (his board shows it as his), and the counts agree everywhere.
    console.once("dialog", lambda dialog: dialog.accept())  # "Merge this post into ...?"
    published(console, DUPLICATE).locator(".more-actions > summary").click()
    published(console, DUPLICATE).locator("select.merge-select").select_option(label=EDITED)
    for gone in (ana.page.locator(ON_BOARD, has_text=DUPLICATE),
                 ben.page.locator(ON_BOARD, has_text=DUPLICATE),
                 room.locator(ON_SCREEN, has_text=DUPLICATE), published(console, DUPLICATE)):
        gone.wait_for(state="detached")
    room.locator(".projector-item", has_text=EDITED).locator(".projector-votes",
                                                             has_text="1").wait_for()
    ana.page.locator(".board-item.mine", has_text=EDITED).locator(".vote-count",
                                                                  has_text="1").wait_for()
    ben.page.locator(".board-item", has_text=EDITED).locator(
        "button.vote[aria-pressed=true]").wait_for()
    published(console, EDITED).locator(".badge", has_text="1 vote").wait_for()

    # Loaded afresh, each page's snapshot shows what the deltas built.
    for person in (ana, ben, projector, facilitator):
        person.page.reload()
        wait_live(person)
    assert room.locator(".projector-item").count() == 1
    assert room.locator(".projector-item .projector-votes").inner_text().startswith("▲ 1")
    assert ana.page.locator(".board-item").count() == 1
    assert ana.page.locator(".board-item.mine .vote-count").inner_text() == "1"
    assert ben.page.locator(".board-item button.vote").get_attribute("aria-pressed") == "true"
    assert console.locator("[data-published] .board-item").count() == 1
    assert console.locator('[data-count="votes"]').inner_text() == "1"


STORE_SCRIPT = """async () => {
  const { createStore } = await import("/static/js/store.js");
  const out = {};
  const item = (id, extra = {}) => ({ id, board: "b1", kind: "contribution", text: id,
    answered: false, labels: [], votes: 0, edited: false, spotlight: false, ...extra });

  // Public view: seq once and in order; what arrives during a sync waits for its reply.
  const board = createStore();
  const heard = [];
  board.subscribe((change) => heard.push(change.name));
  board.endSync({ ok: true, mode: "snapshot", snapshot: { seq: 3, voted: ["missed"],
    agenda: { current: "b1", items: [{ id: "b1" }] },
    boards: { b1: { premoderation: true, items: [item("new", { votes: 2 }),
                                                 item("old", { mine: true })] } } } });
  out.snapshot = { seq: board.state.seq, mine: [...board.state.mine],
    order: ["old", "new"].map((id) => board.state.items.get(id).order),
    premoderation: board.state.premoderation.b1, voted: [...board.state.voted] };
  board.receive("contribution_added", { seq: 3, ...item("stale") });
  out.staleDropped = !board.state.items.has("stale");
  out.request = board.beginSync();
  board.receive("contribution_added", { seq: 6, ...item("during") });
  out.heldDuringSync = !board.state.items.has("during");
  board.endSync({ ok: true, mode: "replay", seq: 5, events: [
    { event: "contribution_added", data: { seq: 4, ...item("missed") } },
    { event: "tally", data: { seq: 5, kind: "contribution", counts: { new: { votes: 7 } } } }] });
  out.afterReplay = { seq: board.state.seq, votes: board.state.items.get("new").votes,
    ids: [...board.state.items.keys()] };
  board.receive("contribution_removed", { seq: 7, id: "old", board: "b1", merged_into: null });
  out.ownKeptOnRemoval = board.state.items.has("old");
  board.receive("own_contribution", { ...item("old"), status: "withdrawn", mine: true });
  out.ownGoneOnWithdrawal = !board.state.items.has("old");
  board.receive("contribution_removed", { seq: 8, id: "missed", board: "b1", merged_into: "new" });
  out.votedFollowsMerge = board.state.voted.has("new");
  board.receive("contribution_removed", { seq: 9, id: "during", board: "b1", merged_into: "new" });
  out.otherGone = !board.state.items.has("during");
  const resync = [];
  board.subscribe((change) => resync.push(change.resync));
  board.receive("agenda", { seq: 10, current: "b1", items: [{ id: "b1" }] });
  board.receive("agenda", { seq: 11, current: "b2", items: [{ id: "b1" }, { id: "b2" }] });
  out.resync = resync;
  out.heard = heard.slice(0, 4);

  // Moderators' view: moderation_item replaces the item; contribution_* are not theirs.
  const desk = createStore({ audience: "moderators" });
  desk.endSync({ ok: true, mode: "snapshot", snapshot: { seq: 0, agenda: { items: [] },
    participation: { joined: 5, boards: {} }, boards: { b1: { premoderation: false,
    items: [item("held", { status: "pending", reason: "" })] } } } });
  desk.receive("contribution_added", { seq: 1, ...item("public") });
  out.moderatorsSkipPublic = !desk.state.items.has("public");
  desk.receive("moderation_item", { seq: 2, ...item("held", { status: "published" }) });
  out.replaced = { status: desk.state.items.get("held").status,
    reason: "reason" in desk.state.items.get("held") };
  desk.receive("tally", { seq: 3, kind: "participation",
    counts: { s: { k: 5, joined: 10, boards: {} } } });
  out.joined = desk.state.participation.joined;
  desk.receive("moderation_item", { seq: 4, ...item("held", { status: "withdrawn" }) });
  out.withdrawnGone = !desk.state.items.has("held");
  return out;
}"""


def test_the_store_folds_each_event_once_and_in_order(people, live_server):
    page = people("reader").page
    page.goto(live_server.url + "/join")
    out = page.evaluate(STORE_SCRIPT)
    assert out["snapshot"] == {"seq": 3, "mine": ["old"], "order": [1, 2],
                               "premoderation": True, "voted": ["missed"]}
    assert out["staleDropped"] and out["request"] == {"last_seq": 3}
    assert out["heldDuringSync"]
    assert out["afterReplay"] == {"seq": 6, "votes": 7, "ids": ["new", "old", "missed", "during"]}
    assert out["ownKeptOnRemoval"] and out["ownGoneOnWithdrawal"]
    assert out["votedFollowsMerge"]  # a vote for a merged item counts for its target
    assert out["otherGone"]
    assert out["resync"] == [False, True]  # only an agenda with a new board asks for a sync
    assert out["heard"] == ["snapshot", "contribution_added", "tally", "contribution_added"]
    assert out["moderatorsSkipPublic"]
    assert out["replaced"] == {"status": "published", "reason": False}
    assert out["joined"] == 10
    assert out["withdrawnGone"]
