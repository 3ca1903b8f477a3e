// The facilitator's console: the current and next item with the clock at the top, agenda
// control, the moderation queue with flags and likely duplicates, item actions fitted to
// each item's kind and state (answer only questions, approve only what waits, ...), an
// "Undo" for ten seconds after a dismissal, a merge or an archiving (a real command that
// restores the state before), and the projector's view with a live preview.
// The items, counts, agenda and projector view are the store's (store.js), moderators' view.

import { button, el, markSpans } from "./dom.js";
import { announce, clientKey, connect, strings } from "./live.js";
import { inputsConsole } from "./inputs.js";
import { pollConsole } from "./polls.js";
import { createStore } from "./store.js";
// An agenda text in the page's language (agenda events carry English and German).
const own = (item, name) =>
  (document.documentElement.lang === "de" && item[`${name}_de`]) || item[name];


const root = document.querySelector("[data-console]");
const t = strings(root);
const $ = (selector) => root.querySelector(selector);
const store = createStore({ audience: "moderators" });
let premoderationSent = null; // {board, on} while a board_settings change is unanswered
let projectorSent = null; // {mode, option?, timer?} while a projector_show is unanswered
const known = store.state; // items, premoderation, participation, agenda: the store's
// `agenda`: the agenda this page last followed; `board`: the item shown.
const state = { agenda: null, board: null, open: null, selection: null, dismissing: null };
const UNDO_MS = 10000;

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
  else {
    if (reply.into) store.moderated(reply.into);
    if (reply.item) store.moderated(reply.item);
  }
  return reply;
}

// -- Undo: a toast for ten seconds whose button sends the command that restores --------
let toastTimer = null;
function offerUndo(message, undo) {
  const toast = $("[data-toast]");
  $("[data-toast-text]").textContent = message;
  const old = $("[data-toast-undo]");
  const fresh = old.cloneNode(true); // drop the previous toast's handler
  old.replaceWith(fresh);
  fresh.addEventListener("click", async () => {
    hideToast();
    const reply = await undo();
    if (reply && reply.ok) announce(t.undone);
  });
  toast.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(hideToast, UNDO_MS);
}
function hideToast() { $("[data-toast]").hidden = true; window.clearTimeout(toastTimer); }

async function dismissWith(item, reason) {
  const before = item.status;
  const reply = await moderate(item, "dismiss", { reason });
  if (reply.ok) offerUndo(t.dismissedToast, () => moderate(item, "restore", { to: before }));
  return reply;
}

async function mergeInto(item, into) {
  if (!window.confirm(t.mergeConfirm)) return null;
  const reply = await send("board_merge", { id: item.id, into });
  if (reply.ok) offerUndo(t.mergedToast, () => send("board_unmerge", { id: item.id }));
  return reply;
}

async function archive(item) {
  const reply = await moderate(item, "archive");
  if (reply.ok) offerUndo(t.archivedToast, () => moderate(item, "approve"));
  return reply;
}

// -- The dismiss dialog: reasons to choose from or one's own words, nothing pre-filled -----
const dialog = $("[data-dismiss-dialog]");
function openDismiss(item) {
  state.dismissing = item;
  dialog.querySelectorAll("input[type=radio]").forEach((input) => { input.checked = false; });
  dialog.querySelector("[data-reason-text]").value = "";
  dialog.querySelector("[data-dismiss-error]").hidden = true;
  dialog.querySelector("[data-dismiss-quote]").textContent = `“${item.text.slice(0, 200)}”`;
  dialog.showModal();
}
dialog.querySelector("[data-reason-text]").addEventListener("input", () => {
  dialog.querySelector("[data-reason-other]").checked = true;
});
dialog.querySelector("[data-dismiss-cancel]").addEventListener("click", () => dialog.close());
dialog.querySelector("[data-dismiss-form]").addEventListener("submit", async (event) => {
  event.preventDefault();
  const chosen = dialog.querySelector("input[name=dismiss-reason]:checked");
  const reason = chosen && chosen.value ? chosen.value : dialog.querySelector("[data-reason-text]").value.trim();
  if (!chosen || !reason) { dialog.querySelector("[data-dismiss-error]").hidden = false; return; }
  const reply = await dismissWith(state.dismissing, reason);
  if (reply.ok) { dialog.close(); render(); }
});

const moderate = (item, action, extra = {}) => send("board_moderate", { id: item.id, action, ...extra });

function marked(item) {
  const node = markSpans(el("p", "item-text"), item.text, item.flags);
  node.dataset.itemText = item.id;
  // Its author chose to post it under their name (an item on the record): shown, never
  // redacted (consented); the text above still goes through the detector and review.
  if (item.attribution) {
    const wrap = el("div", "item-text-wrap");
    wrap.append(node, el("p", "attribution", `— ${item.attribution}`));
    return wrap;
  }
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

// Only the actions that fit the item's kind and state; the rarer ones under "More…".
// A button for one item action, named for the tests and tools (data-action).
function act(action, label, onClick, className) {
  const node = button(label, onClick, className);
  node.dataset.action = action;
  return node;
}

function actionsFor(item) {
  const bar = el("div", "toolbar");
  const open = (what) => () => { state.open = [item.id, what]; render(); };
  const more = el("details", "more-actions");
  more.append(el("summary", "button secondary", t.more));
  const menu = el("div", "toolbar");
  more.append(menu);
  const live = ["pending", "published"].includes(item.status);
  if (item.status === "pending") {
    bar.append(act("approve", t.approve, () => moderate(item, "approve"), "button primary"),
      act("edit-approve", t.editApprove, open("approve")), act("dismiss", t.dismiss, () => openDismiss(item), "button danger"));
  } else if (item.status === "published") {
    if (item.kind === "question") {
      bar.append(act("answer", item.answered ? t.unmarkAnswered : t.markAnswered,
        () => moderate(item, "answer", { on: !item.answered }), item.answered ? "button secondary" : "button primary"));
    }
    bar.append(act("spotlight", item.spotlight ? t.unspotlight : t.spotlight, () => moderate(item, "spotlight", { on: !item.spotlight }),
      item.spotlight ? "button primary" : "button secondary"),
    act("dismiss", t.dismiss, () => openDismiss(item), "button danger"));
    menu.append(act("label", t.setLabels, open("label")), act("edit", t.edit, open("edit")),
      act("archive", t.archive, () => archive(item)));
  } else {
    bar.append(act("publish-again", t.restore, () => moderate(item, "approve")));
  }
  // A flagged text may need redacting at once: then "Redact selection" is not hidden.
  ((item.flags && item.flags.length) ? bar : menu).append(act("redact", t.redact, () => redactSelection(item)));
  if (live && liveItems().some((other) => other.id !== item.id)) menu.append(mergeSelect(item));
  bar.append(more);
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
    if (select.value) mergeInto(item, select.value).then(() => { select.value = ""; });
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
  // The closest likely duplicate only (the merge list under "More…" has the others).
  (item.similar || []).filter((hit) => known.items.has(hit.id)).slice(0, 1).forEach((hit) => {
    const other = known.items.get(hit.id);
    const row = el("p", "similar", `${t.similar} “${other.text.slice(0, 80)}” (${hit.score}%) `);
    row.append(button(t.merge, () => mergeInto(item, hit.id)));
    node.append(row);
  });
  node.append(actionsFor(item));
  if (state.open && state.open[0] === item.id) {
    const what = state.open[1];
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

const clock = (seconds) => {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600); const m = Math.floor((s % 3600) / 60); const r = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${r}` : `${m}:${r}`;
};
const nowSeconds = () => Date.now() / 1000;
const spent = (item) => (item.started ? (item.ended || nowSeconds()) - item.started : 0);
const planned = (item) => (item.minutes ? t.minutes.replace("{n}", String(item.minutes)) : t.noPlan);

function currentAndNext() {
  const items = state.agenda ? state.agenda.items : [];
  const current = items.find((item) => item.id === (state.agenda && state.agenda.current))
    || items.find((item) => item.state === "locked");
  const started = items.map((item, index) => (item.state !== "pending" ? index : -1)).filter((i) => i >= 0);
  const from = started.length ? started[started.length - 1] + 1 : 0;
  const next = items.slice(from).find((item) => item.state === "pending");
  return { items, current, next };
}

function agendaControl(item) {
  const bar = el("div", "toolbar");
  const control = (action, cls) => button(t[action], () => send("agenda_control", { action, item: item.id }), cls);
  if (item.state === "pending") bar.append(control("open"));
  if (item.state === "done") bar.append(control("open"));
  if (item.state === "locked") bar.append(control("unlock"));
  if (item.state === "open") bar.append(control("lock"));
  if (["open", "locked"].includes(item.state)) bar.append(control("finish"));
  return bar;
}

// The clock: time on the current item against its plan, and the session's total so far.
function renderClock() {
  const { items, current } = currentAndNext();
  const timer = $("[data-timer]");
  if (current) {
    const seconds = spent(current);
    timer.textContent = clock(seconds);
    const over = current.minutes && seconds > current.minutes * 60;
    timer.classList.toggle("over", Boolean(over));
    $("[data-timer-plan]").textContent = `/ ${planned(current)}${over ? ` · ${t.overTime}` : ""}`;
  } else {
    timer.textContent = "–";
    $("[data-timer-plan]").textContent = "";
  }
  const begun = items.filter((item) => item.started);
  const total = begun.reduce((sum, item) => sum + spent(item), 0);
  const plannedSoFar = begun.reduce((sum, item) => sum + (item.minutes || 0), 0);
  const plannedAll = items.reduce((sum, item) => sum + (item.minutes || 0), 0);
  const totalNode = $("[data-total]");
  totalNode.textContent = clock(total);
  totalNode.classList.toggle("over", plannedSoFar > 0 && total > plannedSoFar * 60);
  $("[data-total-plan]").textContent = `/ ${t.minutes.replace("{n}", String(plannedSoFar))} · ${t.minutes.replace("{n}", String(plannedAll))}`;
}

function renderNow() {
  const { current, next } = currentAndNext();
  $("[data-now-title]").textContent = current ? own(current, "title") : t.noneOpen;
  $("[data-now-controls]").replaceChildren(...(current ? [agendaControl(current)] : []));
  $("[data-next-title]").textContent = next ? `${own(next, "title")} · ${planned(next)}` : t.nothingNext;
  $("[data-agenda-next]").disabled = !next;
  renderClock();
}

function renderAgenda() {
  const list = $("[data-agenda-list]");
  list.replaceChildren();
  (state.agenda ? state.agenda.items : []).forEach((item) => {
    const li = el("li", `agenda-item state-${item.state}`);
    const pick = button(own(item, "title"), () => { state.board = item.id; render(); }, "link");
    pick.setAttribute("aria-current", String(item.id === state.board));
    li.append(pick, el("span", `badge badge-${item.state}`, t.states[item.state] || item.state),
      el("span", "muted small agenda-plan", ` ${planned(item)}`));
    if (item.started) li.append(el("span", "muted small", ` · ${clock(spent(item))}`));
    li.append(agendaControl(item));
    list.append(li);
  });
}

// -- The projector: its view, chosen here, and the preview (the projector page, framed) ---
function renderProjectorChoice() {
  // While a change is on its way, the controls show what the facilitator chose: a redraw
  // for another event must not flip them back before the server has answered.
  const shown = { ...(known.projector || { mode: "board", option: null }), ...(projectorSent || {}) };
  root.querySelectorAll("[data-mode-choice]").forEach((input) => { input.checked = input.value === shown.mode; });
  const select = $("[data-projector-option]");
  const seen = new Set([...select.options].map((option) => option.value));
  ((known.results && known.results.options) || []).forEach((option) => {
    if (!seen.has(option.option)) select.append(new Option(option.title, option.option));
  });
  if (shown.mode === "results" && shown.option) select.value = shown.option;
  $("[data-projector-timer]").checked = Boolean(shown.timer);
}

function showOnProjector(mode, extra = {}) {
  const option = $("[data-projector-option]").value;
  if (mode === "results" && !option) { $("[data-projector-option]").focus(); announce(t.mode); renderProjectorChoice(); return; }
  const sent = { ...(mode === "results" ? { mode, option } : { mode }), ...extra };
  projectorSent = sent;
  send("projector_show", sent).then((reply) => {
    if (projectorSent === sent) projectorSent = null;
    if (reply.ok) known.projector = reply.projector;
    renderProjectorChoice();
  });
}
root.querySelectorAll("[data-mode-choice]").forEach((input) => {
  input.addEventListener("change", () => { if (input.checked) showOnProjector(input.value); });
});
$("[data-projector-timer]").addEventListener("change", (event) => {
  const shown = known.projector || { mode: "board" };
  showOnProjector(shown.mode, { timer: event.target.checked });
});
$("[data-projector-option]").addEventListener("change", (event) => {
  if (event.target.value) showOnProjector("results");
});
// The frame holds the projector page at 1920 × 1080, scaled to the panel's width.
const frame = $("[data-preview]");
function scalePreview() {
  const box = $("[data-preview-frame]");
  frame.style.transform = `scale(${box.clientWidth / 1920})`;
}
new ResizeObserver(scalePreview).observe($("[data-preview-frame]"));

function render() {
  renderNow();
  renderAgenda();
  renderProjectorChoice();
  const agendaItem = state.agenda && state.agenda.items.find((item) => item.id === state.board);
  $("[data-board-title]").textContent = agendaItem ? own(agendaItem, "title") : "";
  // While a change of the setting is on its way, the box shows what the facilitator chose
  // (a render for another event must not flip it back before the server has answered).
  $("[data-premoderation]").checked = premoderationSent && premoderationSent.board === state.board
    ? premoderationSent.on : Boolean(known.premoderation[state.board]);
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
  if (name === "results" && data && data.options && data.options.length) {
    // Revealed results go on the projector (it switches by itself); kept for a reload.
    send("projector_show", { mode: "results", option: data.options[0].option }).then((reply) => {
      if (reply.ok) { known.projector = reply.projector; renderProjectorChoice(); }
    });
  }
  if (name === "moderation_item") {
    if (isNew && data.status === "pending") announce(t.newInQueue);
  } else if (name === "agenda") {
    applyAgenda(data);
  } else if (!["tally", "board_changed", "projector", "results"].includes(name)) {
    return;
  }
  if (!state.open) render();
});

$("[data-agenda-next]").addEventListener("click", () => send("agenda_control", { action: "next" }));
$("[data-premoderation]").addEventListener("change", async (event) => {
  const sent = { board: state.board, on: event.target.checked };
  premoderationSent = sent;
  const reply = await send("board_settings", { board: sent.board, premoderation: sent.on });
  if (premoderationSent === sent) premoderationSent = null;
  render();
});

window.setInterval(renderClock, 1000);
const live = connect({ role: "facilitator", text: t, store });
pollConsole({ store, send: live.send });
inputsConsole({ store, send: live.send });

// How many answered the open round (in steps of k, 0: fewer than k; never who).
store.subscribe(({ name }) => {
  if (!["snapshot", "round", "tally"].includes(name)) return;
  const open = [...known.rounds.values()].filter((each) => each.open).pop();
  const box = $("[data-round-answered]");
  box.hidden = !open;
  const count = open ? known.answeredCounts[open.id] || 0 : 0;
  box.querySelector("[data-count]").textContent = count ? t.atLeast.replace("{n}", String(count)) : t.fewer;
});
// The side panels stick below the "now" bar, whatever its height.
new ResizeObserver(([entry]) => {
  document.documentElement.style.setProperty("--now-height", `${Math.ceil(entry.target.getBoundingClientRect().height) + 8}px`);
}).observe($("[data-now]"));
