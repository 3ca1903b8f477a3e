// The one client-side store of live board state. Every socket event and every sync reply
// is folded in here, and only here; the board, console, projector and options pages
// subscribe and draw from `store.state`. The wire protocol is docs/realtime.md.
//
// Sequence bookkeeping: the highest `seq` applied is kept; an event at or below it is
// dropped (a replay overlapping a live event). Events that arrive while a `sync` is in
// flight wait until its reply is applied, so a snapshot never overwrites a newer delta.
//
// Two views of an item, by audience: the public one (participants and the projector) is
// folded from `contribution_*` and, for a participant, `own_contribution`; the
// moderators' one (the console) from `moderation_item`, which replaces the whole item.

const GONE_FOR_AUTHOR = ["withdrawn", "merged", "archived"];
const GONE_FOR_MODERATORS = ["withdrawn", "merged"];

export function createStore({ audience = "public", results } = {}) {
  const moderators = audience === "moderators";
  const state = {
    seq: -1,
    agenda: null,
    items: new Map(), // item id -> the latest view of it; `order`: when first seen
    voted: new Set(), // participant: the ids this person voted for
    mine: new Set(), // participant: the ids of this person's own items
    premoderation: {}, // board id -> on/off
    participation: undefined, // console: the banded people counts
    results, // projector: the latest revealed results
    // Rounds (options.md): the open or revealed rounds by id, the options' latest views,
    // a participant's own answers ({round: {option: answer}}) and, for the console, how
    // many answered each open round (in steps of k, never who).
    rounds: new Map(),
    options: new Map(),
    answers: {},
    answeredCounts: {},
    projector: undefined, // what the projector shows: {mode, option} (projector_show)
    // Quick polls (docs/polls.md): by id, as this audience sees them; a participant's own
    // answers ({poll: {value, status}}); the console's queue of held free answers.
    polls: new Map(),
    pollMine: {},
    pollHeld: new Map(),
    // Briefing inputs (docs/inputs.md): the one on the projector (mode "input"), or null.
    projectedInput: null,
  };
  const listeners = new Set();
  const boards = new Set(); // agenda items whose rooms this socket has joined
  let order = 0;
  let syncing = false;
  let queued = [];

  const notify = (change) => listeners.forEach((listener) => listener(change, state));

  // The public view of an item merges into what is known (a participant's own view keeps
  // its status, reason and redaction reason); the moderators' view replaces it.
  function merge(item, mine = false) {
    const known = state.items.get(item.id);
    const merged = { status: "published", ...(known || {}), ...item };
    merged.order = known ? known.order : ++order;
    if (mine || item.mine) state.mine.add(item.id);
    state.items.set(item.id, merged);
  }

  function replace(item) {
    const known = state.items.get(item.id);
    state.items.set(item.id, { ...item, order: known ? known.order : ++order });
  }

  function setVotes(counts) {
    Object.entries(counts || {}).forEach(([id, count]) => {
      const item = state.items.get(id);
      if (item) item.votes = count.votes;
    });
  }

  // Fold one event into the state; false when it is not board state.
  function fold(name, data) {
    if (name === "contribution_added" || name === "contribution_changed") {
      if (moderators) return false; // the console's view comes as moderation_item
      merge({ ...data, status: "published" });
    } else if (name === "contribution_removed") {
      if (moderators) return false;
      if (data.merged_into && state.voted.has(data.id)) state.voted.add(data.merged_into);
      if (!state.mine.has(data.id)) state.items.delete(data.id); // own_contribution says
    } else if (name === "own_contribution") {
      merge(data, true);
      if (GONE_FOR_AUTHOR.includes(data.status)) state.items.delete(data.id);
    } else if (name === "moderation_item") {
      if (GONE_FOR_MODERATORS.includes(data.status)) state.items.delete(data.id);
      else replace(data);
    } else if (name === "round") {
      state.rounds.set(data.id, data);
    } else if (name === "option") {
      state.options.set(data.id, data);
    } else if (name === "tally" && data.kind === "round") {
      Object.entries(data.counts || {}).forEach(([id, count]) => {
        state.answeredCounts[id] = count.answered;
      });
    } else if (name === "poll" || name === "poll_console") {
      if (moderators !== (name === "poll_console")) return false; // each audience its own view
      state.polls.set(data.id, data);
    } else if (name === "poll_deleted") {
      if (!moderators) return false; // a draft: only the consoles had it
      state.polls.delete(data.id);
    } else if (name === "poll_held") {
      if (data.status === "pending") state.pollHeld.set(data.id, data); else state.pollHeld.delete(data.id);
    } else if (name === "poll_own") {
      state.pollMine[data.poll] = data;
    } else if (name === "tally" && (data.kind === "poll" || data.kind === "poll_console")) {
      if (moderators !== (data.kind === "poll_console")) return false;
      Object.entries(data.counts || {}).forEach(([id, counts]) => {
        const poll = state.polls.get(id);
        if (poll) state.polls.set(id, { ...poll, ...counts });
      });
    } else if (name === "tally" && data.kind === "participation") {
      state.participation = Object.values(data.counts || {})[0] || state.participation;
    } else if (name === "tally") {
      setVotes(data.counts);
    } else if (name === "agenda") {
      state.agenda = data;
    } else if (name === "board_changed") {
      state.premoderation[data.board] = data.premoderation;
    } else if (name === "results") {
      state.results = data;
    } else if (name === "projected_input") {
      state.projectedInput = data && data.id ? data : null;
    } else if (name === "projector") {
      state.projector = { mode: data.mode, option: data.option || null, timer: Boolean(data.timer) };
    } else {
      return false;
    }
    return true;
  }

  // Remember the agenda's boards; true when one is new (its room is not joined yet).
  function follow(agenda) {
    const fresh = ((agenda && agenda.items) || []).filter((item) => !boards.has(item.id));
    fresh.forEach((item) => boards.add(item.id));
    return fresh.length > 0;
  }

  function deliver(name, data) {
    data = data || {};
    if (typeof data.seq === "number") {
      if (data.seq <= state.seq) return;
      state.seq = data.seq;
    }
    const isNew = Boolean(data.id) && !state.items.has(data.id);
    const folded = fold(name, data);
    // An agenda item added after this socket connected has a room it is not in yet; a
    // sync joins it (the server re-joins every room of the session on sync).
    const resync = name === "agenda" && follow(data) && !syncing;
    notify({ name, data, isNew, folded, resync });
  }

  function snapshot(data) {
    state.items.clear();
    state.mine.clear();
    if (!moderators) state.voted = new Set(data.voted || []);
    Object.entries(data.boards || {}).forEach(([id, board]) => {
      state.premoderation[id] = board.premoderation;
      // Newest first on the wire; first seen (`order`) counts from the oldest.
      board.items.forEach((item, index) => {
        state.items.set(item.id, { status: "published", ...item,
          order: order + board.items.length - index });
        if (item.mine) state.mine.add(item.id);
      });
      order += board.items.length;
    });
    if (moderators) state.participation = data.participation;
    if (data.options) {
      state.rounds = new Map((data.options.rounds || []).map((each) => [each.id, each]));
      state.options = new Map((data.options.items || []).map((each) => [each.id, each]));
      state.answers = data.options.my_answers || {};
      state.answeredCounts = data.options.answered_counts || {};
    }
    if (data.polls) {
      state.polls = new Map((data.polls.items || []).map((each) => [each.id, each]));
      state.pollMine = data.polls.mine || {};
      state.pollHeld = new Map((data.polls.held || []).map((each) => [each.id, each]));
    }
    state.agenda = data.agenda || state.agenda;
    if ("projected_input" in data) state.projectedInput = data.projected_input || null;
    state.projector = data.projector || state.projector;
    notify({ name: "snapshot", data, folded: true, resync: false });
  }

  return {
    state,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    // A socket event as it arrives.
    receive(name, data) {
      if (syncing) queued.push([name, data]);
      else deliver(name, data);
    },

    // The `sync` request to send on every (re)connect.
    beginSync() {
      syncing = true;
      return { last_seq: state.seq };
    },

    // Its reply: a snapshot, or the missed events in order; then what waited for it.
    // True when the reply was a good one.
    endSync(reply) {
      syncing = false;
      if (!reply || !reply.ok) reply = { ok: false, mode: "none", events: [], seq: state.seq };
      if (reply.mode === "snapshot") {
        state.seq = reply.snapshot.seq;
        follow(reply.snapshot.agenda);
        snapshot(reply.snapshot);
      } else {
        reply.events.forEach((event) => deliver(event.event, event.data));
        state.seq = Math.max(state.seq, reply.seq);
      }
      const waiting = queued;
      queued = [];
      waiting.forEach(([name, data]) => deliver(name, data));
      return reply.ok;
    },

    // Replies to this client's own writes, folded as the notice they stand for.
    own(item) { // a participant's own view (board_post, board_edit)
      fold("own_contribution", item);
      notify({ name: "own", data: item, folded: true, local: true });
    },
    moderated(item) { // the moderators' view (board_moderate, board_merge)
      fold("moderation_item", item);
      notify({ name: "moderated", data: item, folded: true, local: true });
    },
    mineReply(reply) { // board_mine: the own items and the votes
      reply.items.forEach((item) => merge(item, true));
      state.voted = new Set(reply.voted);
      notify({ name: "mine", data: reply, folded: true, local: true });
    },
    // A participant's own answer in a round, as the server accepted it.
    answered(round, option, answer) {
      state.answers[round] = { ...(state.answers[round] || {}), [option]: answer };
      notify({ name: "answered", data: { round, option, answer }, folded: true, local: true });
    },
    // A participant's own poll answer, as the server accepted it (poll_answer's reply).
    pollAnswered(own) {
      state.pollMine[own.poll] = own;
      notify({ name: "poll_answered", data: own, folded: true, local: true });
    },
    // The console's view of a poll or a held answer, from the reply to its own write.
    pollChanged(poll) {
      state.polls.set(poll.id, poll);
      notify({ name: "poll_changed", data: poll, folded: true, local: true });
    },
    withdrawn(id) {
      state.items.delete(id);
      notify({ name: "withdrawn", data: { id }, folded: true, local: true });
    },
    // A vote shown before the server confirms it (the tally corrects the count); a
    // refused one is taken back with the opposite call.
    vote(id, up) {
      const item = state.items.get(id);
      if (up) state.voted.add(id); else state.voted.delete(id);
      if (item) item.votes = Math.max(0, (item.votes || 0) + (up ? 1 : -1));
      notify({ name: "vote", data: { id, up }, folded: true, local: true });
    },
  };
}
