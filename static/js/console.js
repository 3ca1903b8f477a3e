// The facilitator's console: agenda control, the moderation queue with flags and likely
// duplicates, item actions (answer, spotlight, label, edit, archive, dismiss, merge).
// The items, counts and agenda are the store's (store.js), in the moderators' view.

import { button, el, markSpans } from "./dom.js";
import { announce, clientKey, connect, strings } from "./live.js";
import { createStore } from "./store.js";
// An agenda text in the page's language (agenda events carry English and German).
const own = (item, name) =>
  (document.documentElement.lang === "de" && item[`${name}_de`]) || item[name];


const root = document.querySelector("[data-console]");
const t = strings(root);
const $ = (selector) => root.querySelector(selector);
const store = createStore({ audience: "moderators" });
const known = store.state; // items, premoderation, participation, agenda: the store's
// `agenda`: the agenda this page last followed; `board`: the item shown.
const state = { agenda: null, board: null, open: null, selection: null };

// The passage last selected inside one item's text, as offsets into that text: kept as
// numbers, so a re-render (which replaces the nodes) does not lose it.
document.addEventListener("selectionchange", () => {
  const chosen = window.getSelection();
  if (!chosen || chosen.isCollapsed || !chosen.rangeCount) return;
  const range = chosen.getRangeAt(0);
  const holder = range.commonAncestorContainer.nodeType === Node.ELEMENT_NODE
    ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement;
  const textNode = holder && holder.closest("[data-item-text]");
  if (!textNode || !root.contains(textNode)) return;
  const before = document.createRange();
  before.selectNodeContents(textNode);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  state.selection = { id: textNode.dataset.itemText, start, end: start + range.toString().length };
});

async function send(name, payload) {
  const reply = await live.send(name, { ...payload, client_key: clientKey() });
  if (!reply.ok) announce(reply.message);
  else if (reply.item) store.moderated(reply.item);
  return reply;
}

const moderate = (item, action, extra = {}) => send("board_moderate", { id: item.id, action, ...extra });

function marked(item) {
  const node = markSpans(el("p", "item-text"), item.text, item.flags);
  node.dataset.itemText = item.id;
  return node;
}

function redactSelection(item) {
  const chosen = state.selection;
  if (!chosen || chosen.id !== item.id || chosen.end <= chosen.start) { announce(t.selectFirst); return; }
  state.open = [item.id, "redact", [chosen.start, chosen.end]];
  render();
}

// An inline form (reason, labels, text) opened under an item; one at a time.
function inlineForm(item, kind, label, value, submit) {
  const form = el("form", "inline-edit");
  const field = el(kind === "text" ? "textarea" : "input");
  field.value = value;
  field.setAttribute("aria-label", label);
  const ok = el("button", "button primary", t.save);
  form.append(el("label", "small", label), field,
    button(t.cancel, () => { state.open = null; render(); }), ok);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const reply = await submit(field.value);
    if (reply.ok) { state.open = null; render(); }
  });
  window.setTimeout(() => field.focus(), 0);
  return form;
}

function actionsFor(item) {
  const bar = el("div", "toolbar");
  const open = (what) => () => { state.open = [item.id, what]; render(); };
  if (item.status === "pending") {
    bar.append(button(t.approve, () => moderate(item, "approve"), "button primary"),
      button(t.editApprove, open("approve")), button(t.dismiss, open("dismiss"), "button danger"));
  } else if (item.status === "published") {
    bar.append(
      button(item.answered ? t.unmarkAnswered : t.markAnswered, () => moderate(item, "answer", { on: !item.answered })),
      button(item.spotlight ? t.unspotlight : t.spotlight, () => moderate(item, "spotlight", { on: !item.spotlight }),
        item.spotlight ? "button primary" : "button secondary"),
      button(t.setLabels, open("label")), button(t.edit, open("edit")),
      button(t.archive, () => moderate(item, "archive")), button(t.dismiss, open("dismiss"), "button danger"));
  } else {
    bar.append(button(t.restore, () => moderate(item, "approve")));
  }
  bar.append(button(t.redact, () => redactSelection(item)));
  if (["pending", "published"].includes(item.status)) bar.append(mergeSelect(item));
  return bar;
}

function mergeSelect(item) {
  const select = el("select", "merge-select");
  select.setAttribute("aria-label", t.mergeInto);
  select.append(new Option(t.mergeInto, ""));
  liveItems().filter((other) => other.id !== item.id).forEach((other) => {
    select.append(new Option(other.text.slice(0, 60), other.id));
  });
  select.addEventListener("change", () => {
    if (select.value) send("board_merge", { id: item.id, into: select.value });
  });
  return select;
}

function itemNode(item) {
  const node = el("li", `board-item status-${item.status}`);
  const badges = el("p", "badges");
  if (item.kind === "question") badges.append(el("span", "badge", t.question));
  if (item.answered) badges.append(el("span", "badge badge-open", t.answered));
  if (item.spotlight) badges.append(el("span", "badge badge-record", t.spotlight));
  if (item.status !== "published") badges.append(el("span", "badge badge-locked", t[item.status] || item.status));
  (item.labels || []).forEach((label) => badges.append(el("span", "badge badge-label", label)));
  badges.append(el("span", "badge", `${item.votes} ${item.votes === 1 ? t.vote : t.votes}`));
  node.append(badges, marked(item));
  if (item.flags && item.flags.length) {
    node.append(el("p", "flag-note", `${t.flagged} ${item.flags.map((f) => f.label).join(", ")}`));
  }
  if (item.filtered && item.filtered.length) node.append(el("p", "flag-note", `${t.filtered} ${item.filtered.join(", ")}`));
  if (item.reason) node.append(el("p", "reason", item.reason));
  if (item.redaction_reason) node.append(el("p", "reason", `${t.redactedBecause} ${item.redaction_reason}`));
  (item.similar || []).filter((hit) => known.items.has(hit.id)).forEach((hit) => {
    const other = known.items.get(hit.id);
    const row = el("p", "similar", `${t.similar} “${other.text.slice(0, 80)}” (${hit.score}%) `);
    row.append(button(t.merge, () => send("board_merge", { id: item.id, into: hit.id })));
    node.append(row);
  });
  node.append(actionsFor(item));
  if (state.open && state.open[0] === item.id) {
    const what = state.open[1];
    if (what === "dismiss") node.append(inlineForm(item, "line", t.reasonLabel, t.reasonDefault, (reason) => moderate(item, "dismiss", { reason })));
    if (what === "label") node.append(inlineForm(item, "line", t.labels, (item.labels || []).join(", "), (value) => moderate(item, "label", { labels: value.split(",").map((s) => s.trim()).filter(Boolean) })));
    if (what === "redact") {
      const span = state.open[2];
      node.append(el("p", "small", `“${item.text.slice(span[0], span[1])}”`),
        inlineForm(item, "line", t.redactReason, t.redactDefault, (reason) => moderate(item, "redact", { spans: [span], reason })));
    }
    if (what === "edit" || what === "approve") node.append(inlineForm(item, "text", t.edit, item.text, (text) => moderate(item, what, { text })));
  }
  return node;
}

function liveItems() {
  return [...known.items.values()].filter((item) => item.board === state.board && ["pending", "published"].includes(item.status));
}

function renderAgenda() {
  const list = $("[data-agenda-list]");
  list.replaceChildren();
  (state.agenda ? state.agenda.items : []).forEach((item) => {
    const li = el("li", `agenda-item state-${item.state}`);
    const pick = button(own(item, "title"), () => { state.board = item.id; render(); }, "link");
    pick.setAttribute("aria-current", String(item.id === state.board));
    li.append(pick, el("span", `badge badge-${item.state}`, t.states[item.state] || item.state));
    const bar = el("div", "toolbar");
    const control = (action) => button(t[action], () => send("agenda_control", { action, item: item.id }));
    if (item.state !== "open") bar.append(control(item.state === "locked" ? "unlock" : "open"));
    if (item.state === "open") bar.append(control("lock"));
    if (["open", "locked"].includes(item.state)) bar.append(control("finish"));
    li.append(bar);
    list.append(li);
  });
}

function render() {
  renderAgenda();
  const agendaItem = state.agenda && state.agenda.items.find((item) => item.id === state.board);
  $("[data-board-title]").textContent = agendaItem ? own(agendaItem, "title") : "";
  $("[data-premoderation]").checked = Boolean(known.premoderation[state.board]);
  const mine = [...known.items.values()].filter((item) => item.board === state.board);
  const byVotes = (a, b) => b.votes - a.votes;
  const fill = (selector, items, emptyText) => {
    const list = $(selector);
    list.replaceChildren(...items.map(itemNode));
    if (!items.length && emptyText) list.append(el("li", "muted", emptyText));
  };
  const queue = mine.filter((item) => item.status === "pending");
  const published = mine.filter((item) => item.status === "published").sort(byVotes);
  fill("[data-queue]", queue, t.queueEmpty);
  fill("[data-published]", published, t.boardEmpty);
  fill("[data-removed]", mine.filter((item) => ["dismissed", "archived"].includes(item.status)));
  $("[data-queue-count]").textContent = String(queue.length);
  root.querySelector('[data-count="published"]').textContent = String(published.length);
  root.querySelector('[data-count="pending"]').textContent = String(queue.length);
  root.querySelector('[data-count="votes"]').textContent = String(published.reduce((n, item) => n + item.votes, 0));
  // People counts come in steps of k (0: fewer than k), never exact: see participation.py.
  const people = known.participation || { joined: 0, boards: {} };
  const onBoard = people.boards[state.board] || { posting: 0, voting: 0 };
  const band = (count) => (count ? t.atLeast.replace("{n}", String(count)) : t.fewer);
  root.querySelector('[data-count="joined"]').textContent = band(people.joined);
  root.querySelector('[data-count="posting"]').textContent = band(onBoard.posting);
  root.querySelector('[data-count="voting"]').textContent = band(onBoard.voting);
  const spot = published.find((item) => item.spotlight);
  $("[data-spotlight-preview]").textContent = spot ? spot.text : "—";
}

function applyAgenda(agenda) {
  const followCurrent = !state.agenda || state.board === state.agenda.current || !state.board;
  state.agenda = agenda;
  if (followCurrent) state.board = agenda.current || (agenda.items[0] && agenda.items[0].id);
}

store.subscribe(({ name, data, isNew, local }) => {
  if (local) { render(); return; } // a reply to this page's own write
  if (name === "snapshot") {
    applyAgenda(data.agenda);
    render();
    return;
  }
  if (name === "moderation_item") {
    if (isNew && data.status === "pending") announce(t.newInQueue);
  } else if (name === "agenda") {
    applyAgenda(data);
  } else if (!["tally", "board_changed"].includes(name)) {
    return;
  }
  if (!state.open) render();
});

$("[data-agenda-next]").addEventListener("click", () => send("agenda_control", { action: "next" }));
$("[data-premoderation]").addEventListener("change", (event) => {
  send("board_settings", { board: state.board, premoderation: event.target.checked });
});

const live = connect({ role: "facilitator", text: t, store });

// How many answered the open round (in steps of k, 0: fewer than k; never who).
store.subscribe(({ name }) => {
  if (!["snapshot", "round", "tally"].includes(name)) return;
  const open = [...known.rounds.values()].filter((each) => each.open).pop();
  const box = $("[data-round-answered]");
  box.hidden = !open;
  const count = open ? known.answeredCounts[open.id] || 0 : 0;
  box.querySelector("[data-count]").textContent = count ? t.atLeast.replace("{n}", String(count)) : t.fewer;
});
