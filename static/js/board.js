// The participant's live board: vote, edit or withdraw one's own, sort and filter, and
// follow the agenda (posting is compose.js). The items, votes and agenda are the store's
// (store.js); this page keeps only what it shows. Text is always set with textContent.

import { composer } from "./compose.js";
import { announce, clientKey, connect, el, strings } from "./live.js";
import { pollCard } from "./polls.js";
import { roundCard } from "./round.js";
import { createStore } from "./store.js";
// An agenda text in the page's language (agenda events carry English and German).
const own = (item, name) =>
  (document.documentElement.lang === "de" && item[`${name}_de`]) || item[name];


const board = document.querySelector("[data-board]");
const t = strings(board);
const form = board.querySelector("[data-post-form]");
const textarea = form.querySelector("textarea");
const formError = form.querySelector("[data-post-error]");
const list = board.querySelector("[data-items]");
const empty = board.querySelector("[data-empty]");
const chips = board.querySelector("[data-label-chips]");

const store = createStore();
const known = store.state; // items, voted, mine, premoderation, agenda: the store's
const state = { current: board.dataset.current || null, sort: "popular", label: null, editing: null,
  justPosted: null, outbox: [] };
const nodes = new Map();
const root = document.querySelector("[data-session]");

function visible(item) {
  if (item.board !== state.current) return false;
  if (state.label && !(item.labels || []).includes(state.label)) return false;
  return item.status === "published" || (known.mine.has(item.id)
    && ["pending", "dismissed"].includes(item.status));
}

function itemNode(item) {
  const node = nodes.get(item.id) || el("li", "board-item");
  nodes.set(item.id, node);
  node.dataset.id = item.id;
  if (state.editing === item.id) return node; // live updates wait until the edit is done
  node.replaceChildren();
  const mine = known.mine.has(item.id);
  node.classList.toggle("mine", mine);
  node.classList.toggle("held", item.status !== "published");
  const badges = el("p", "badges");
  if (item.kind === "question") badges.append(el("span", "badge", t.question));
  if (item.answered) badges.append(el("span", "badge badge-open", t.answered));
  if (mine) badges.append(el("span", "badge badge-mine", t.yours));
  if (mine && item.attribution) badges.append(el("span", "badge badge-record", t.underName));
  if (item.status === "pending") badges.append(el("span", "badge badge-locked", t.pending));
  if (item.status === "dismissed") badges.append(el("span", "badge badge-danger", t.dismissedBadge));
  (item.labels || []).forEach((label) => badges.append(el("span", "badge badge-label", label)));
  if (badges.childElementCount) node.append(badges);
  const body = el("p", "item-text", item.text);
  if (item.edited) body.append(el("span", "muted small", ` (${t.edited})`));
  node.append(body);
  // Its author chose to post it under their name (an item on the record).
  if (item.attribution) node.append(el("p", "attribution", `— ${item.attribution}`));
  if (item.status === "dismissed" && item.reason) {
    node.append(el("p", "reason", `${t.reason} ${item.reason}`));
  }
  if (mine && item.redaction_reason) {
    node.append(el("p", "reason", `${t.redactedBecause} ${item.redaction_reason}`));
  }
  const actions = el("div", "item-actions");
  if (item.status === "published") {
    const vote = el("button", "button vote");
    const voted = known.voted.has(item.id);
    vote.type = "button";
    vote.dataset.action = "vote";
    vote.disabled = mine;
    vote.setAttribute("aria-pressed", String(voted));
    vote.append(el("span", "vote-arrow", "▲"), el("span", "visually-hidden", t.voteFor + " "),
      el("span", "vote-count", String(item.votes || 0)), el("span", "visually-hidden", " " + t.votes));
    vote.addEventListener("click", () => castVote(item.id, !voted));
    actions.append(vote);
    if (state.outbox.some((entry) => entry.name === "board_vote" && entry.payload.id === item.id)) {
      actions.append(el("span", "queued-note", t.voteQueued));
    }
  }
  if (mine && !item.answered && ["pending", "published"].includes(item.status)) {
    const edit = el("button", "button secondary", t.edit);
    edit.type = "button";
    edit.dataset.action = "edit";
    edit.addEventListener("click", () => startEdit(node, item));
    const withdraw = el("button", "button danger", t.withdraw);
    withdraw.type = "button";
    withdraw.dataset.action = "withdraw";
    withdraw.addEventListener("click", () => withdrawItem(item.id));
    actions.append(edit, withdraw);
  }
  node.append(actions);
  return node;
}

// The person's own held posts, then the one they just posted, stay at the top of their
// own view (in either order), so what they wrote is in sight without scrolling.
function pinned(item) {
  if (known.mine.has(item.id) && item.status === "pending") return 2;
  return item.id === state.justPosted ? 1 : 0;
}

function sorted(items) {
  const byRecent = (a, b) => b.order - a.order;
  const byPin = (a, b) => pinned(b) - pinned(a);
  if (state.sort === "recent") return items.sort((a, b) => byPin(a, b) || byRecent(a, b));
  return items.sort((a, b) => byPin(a, b) || (b.votes || 0) - (a.votes || 0) || byRecent(a, b));
}

// Posts written offline, waiting in the outbox: shown first, marked as not sent yet.
function queuedNodes() {
  return state.outbox.filter((entry) => entry.name === "board_post" && entry.payload.board === state.current)
    .map((entry) => {
      const node = el("li", "board-item mine held queued");
      node.dataset.queued = entry.payload.client_key;
      const badges = el("p", "badges");
      badges.append(el("span", "badge badge-mine", t.yours), el("span", "badge badge-locked", t.queued));
      node.append(badges, el("p", "item-text", entry.payload.text));
      return node;
    });
}

function render() {
  // Nodes are rebuilt in place; remember which button had focus to give it back after.
  const focused = document.activeElement;
  const owner = focused && focused.closest ? focused.closest(".board-item") : null;
  const refocus = owner && focused.dataset.action ? [owner.dataset.id, focused.dataset.action] : null;
  const shown = sorted([...known.items.values()].filter(visible));
  const keep = new Set(shown.map((item) => item.id));
  for (const [id, node] of nodes) if (!keep.has(id)) { node.remove(); nodes.delete(id); }
  list.querySelectorAll("[data-queued]").forEach((node) => node.remove());
  const waiting = queuedNodes();
  waiting.forEach((node, index) => list.insertBefore(node, list.children[index] || null));
  shown.forEach((item, index) => {
    const node = itemNode(item);
    const at = waiting.length + index;
    if (list.children[at] !== node) list.insertBefore(node, list.children[at] || null);
  });
  empty.hidden = shown.length + waiting.length > 0;
  renderChips();
  if (refocus && nodes.has(refocus[0])) {
    const again = nodes.get(refocus[0]).querySelector(`[data-action="${refocus[1]}"]`);
    if (again) again.focus();
  }
}

function renderChips() {
  const labels = new Set();
  known.items.forEach((item) => {
    if (item.board === state.current && item.status === "published") {
      (item.labels || []).forEach((label) => labels.add(label));
    }
  });
  chips.replaceChildren();
  if (!labels.size) return;
  [null, ...[...labels].sort()].forEach((label) => {
    const chip = el("button", "button chip", label || t.all);
    chip.type = "button";
    chip.setAttribute("aria-pressed", String(state.label === label));
    chip.addEventListener("click", () => { state.label = label; render(); });
    chips.append(chip);
  });
}

function applyAgenda(agenda) {
  const moved = state.current && agenda.current && agenda.current !== state.current;
  state.current = agenda.current;
  const item = agenda.items.find((each) => each.id === agenda.current);
  const head = document.querySelector("[data-current-item]");
  if (head) {
    head.querySelector("h1").textContent = item ? own(item, "title") : t.notOpen;
    let question = head.querySelector(".question");
    if (!question) { question = el("p", "question"); head.append(question); }
    question.textContent = item ? own(item, "question") : "";
    collapse(question);
  }
  const agendaList = document.querySelector("[data-agenda]");
  if (agendaList) {
    agendaList.querySelectorAll("li").forEach((li, index) => {
      const each = agenda.items[index];
      if (each) li.className = `state-${each.state}`;
    });
  }
  const locked = !item || item.state !== "open";
  form.querySelectorAll("textarea, button, input").forEach((field) => { field.disabled = locked; });
  formError.hidden = !locked;
  formError.textContent = !item ? t.notOpen : (item.state === "locked" ? t.locked : "");
  if (!item || item.state === "open") formError.hidden = true;
  showPremoderation();
  // "Post under my name": only on an item that is on the record (h19a).
  const sign = form.querySelector("[data-attribute]");
  if (sign) {
    sign.hidden = !(item && item.on_the_record);
    if (sign.hidden) sign.querySelector("input").checked = false;
  }
  if (moved) announce(t.agendaChanged);
  render();
}

// A long guiding question is cut to a few lines on a phone, with "Show all", so the post
// form stays in the first screen.
function collapse(question) {
  let toggle = question.nextElementSibling;
  if (!toggle || !toggle.matches("[data-question-toggle]")) {
    toggle = el("button", "link question-toggle");
    toggle.type = "button";
    toggle.dataset.questionToggle = "";
    toggle.addEventListener("click", () => {
      const open = question.classList.toggle("clamped") === false;
      toggle.textContent = open ? t.less : t.more;
      toggle.setAttribute("aria-expanded", String(open));
    });
    question.after(toggle);
  }
  question.classList.add("clamped");
  const long = question.scrollHeight > question.clientHeight + 2;
  if (!long) question.classList.remove("clamped");
  toggle.hidden = !long;
  toggle.textContent = t.more;
  toggle.setAttribute("aria-expanded", "false");
}

// Briefing inputs (dialogue/inputs/): each agenda item's "Inputs (n)" link and the
// "Briefing inputs" button follow the counts; a new one on the current item is announced.
const inputCounts = {};
function showInputs(data, fresh) {
  const counts = data.items || {};
  let any = false;
  document.querySelectorAll("[data-item-inputs]").forEach((link) => {
    const id = link.dataset.itemInputs;
    const n = counts[id] || 0;
    link.textContent = t.inputsN.replace("%(n)s", n);
    link.hidden = n === 0;
    any = any || n > 0;
  });
  const button = document.querySelector("[data-inputs-button]");
  if (button) button.hidden = !any;
  const current = state.current;
  if (fresh && current && (counts[current] || 0) > (inputCounts[current] || 0)) announce(t.newInput);
  Object.assign(inputCounts, counts);
}

function showPremoderation() {
  form.querySelector("[data-premoderation-hint]").hidden = !known.premoderation[state.current];
}

async function refreshMine() {
  const reply = await live.send("board_mine", {});
  if (!reply.ok) return;
  store.mineReply(reply);
}

store.subscribe(({ name, data, local }) => {
  if (local) { render(); return; } // a reply to this page's own write
  if (name === "snapshot") {
    if (data.inputs) showInputs(data.inputs, false);
    if (data.agenda) applyAgenda(data.agenda); else render();
    return;
  }
  if (name === "inputs") { showInputs(data, true); return; }
  if (name === "contribution_added" && data.board === state.current && !known.mine.has(data.id)) {
    announce(t.newItems);
  } else if (name === "own_contribution" && data.status === "dismissed") {
    announce(t.dismissed);
  } else if (name === "own_contribution" && data.status === "merged") {
    // The post left the board: say why, where the list was (h17c, issue 17).
    const notice = board.querySelector("[data-merged-notice]");
    notice.textContent = `${t.merged} “${data.text.slice(0, 120)}”`;
    notice.hidden = false;
    announce(t.merged);
  } else if (name === "agenda") {
    applyAgenda(data);
    return;
  } else if (name === "board_changed") {
    showPremoderation();
  } else if (name === "session_closed") {
    // The "Session ended" screen: thanks, and the outcome once it is shared.
    live.stop();
    window.location.assign(root.dataset.endedUrl);
    return;
  } else if (name === "removed") {
    // Nothing more can be posted, but the reason stays in view (it sits in the form).
    form.classList.add("ended");
    formError.hidden = false;
    formError.textContent = data.reason === "new_link" ? t.newLink : t.removed;
    announce(formError.textContent);
    live.stop();
  }
  render();
});

async function castVote(id, up) {
  store.vote(id, up); // shown at once; the tally corrects the count
  const reply = await live.send("board_vote", { id, up, client_key: clientKey() }, { queue: true });
  if (reply.queued) {
    announce(t.voteQueued);
  } else if (!reply.ok) {
    store.vote(id, !up);
    announce(reply.message);
  }
}

function startEdit(node, item) {
  const editor = el("form", "edit-form");
  const field = el("textarea");
  field.value = item.text;
  field.maxLength = textarea.maxLength;
  field.setAttribute("aria-label", t.edit);
  const save = el("button", "button primary", t.save);
  const cancel = el("button", "button secondary", t.cancel);
  cancel.type = "button";
  const error = el("p", "form-error");
  error.hidden = true;
  let confirm = false;
  editor.append(field, error, el("div", "toolbar"));
  editor.lastChild.append(save, cancel);
  editor.addEventListener("submit", async (event) => {
    event.preventDefault();
    const reply = await live.send("board_edit", { id: item.id, text: field.value, confirm, client_key: clientKey() });
    if (reply.ok) { state.editing = null; store.own(reply.item); return; }
    error.textContent = reply.message;
    error.hidden = false;
    confirm = reply.error === "flagged"; // a second save posts anyway
  });
  cancel.addEventListener("click", () => { state.editing = null; render(); });
  state.editing = item.id;
  node.replaceChildren(editor);
  field.focus();
}

async function withdrawItem(id) {
  if (!window.confirm(t.confirmWithdraw)) return;
  const reply = await live.send("board_withdraw", { id, client_key: clientKey() });
  if (reply.ok) store.withdrawn(id); else announce(reply.message);
}

board.querySelectorAll("[data-sort]").forEach((button) => button.addEventListener("click", () => {
  state.sort = button.dataset.sort;
  state.justPosted = null; // a chosen order wins over "the post just made, on top"
  board.querySelectorAll("[data-sort]").forEach((each) => each.setAttribute("aria-pressed", String(each === button)));
  render();
}));

// After posting: the post (or its "Waiting for approval" badge) at the top, in view.
function posted(item) {
  state.justPosted = item.id;
  store.own(item);
  const node = nodes.get(item.id);
  if (node) node.scrollIntoView({ block: "nearest" });
}

// A write from the outbox went out on reconnect (live.js): fold what it did.
function sent(entry, reply) {
  if (entry.name === "board_post") {
    if (reply.ok) { posted(reply.item); compose.tell(t.sentLater); } else compose.returned(entry.payload, reply);
  } else if (entry.name === "board_vote" && !reply.ok) {
    announce(reply.message);
  }
  if (rounds) rounds.sent(entry, reply);
  if (polls) polls.sent(entry, reply);
}

let compose = null;
let rounds = null;
let polls = null;
const live = connect({ role: "participant", text: t, store, onSynced: refreshMine, onSent: sent,
  onOutbox: (waiting) => { state.outbox = waiting; if (compose) render(); } });
compose = composer({ form, t, send: live.send, board: () => state.current, onPosted: posted,
  onQueued: () => { state.outbox = live.waiting(); render(); } });
rounds = roundCard({ root, store, send: live.send, t });
polls = pollCard({ store, send: live.send });
state.outbox = live.waiting();
render();
const question = document.querySelector("[data-current-item] .question");
if (question) collapse(question);
