// The projector: what the facilitator chose on the console (boards/projector.py): the
// board's top items, the newest, the spotlighted item alone, one option's results, the
// join screen or a pause. Read-only. The page never scrolls: after each drawing the text
// is scaled down (the --fit custom property) until the page fits the screen.
// The items, agenda, results and the chosen view are the store's (store.js).

import { el } from "./dom.js";
import { inputScreen } from "./inputs.js";
import { connect, strings } from "./live.js";
import { pollScreen } from "./polls.js";
import { createStore } from "./store.js";
// An agenda text in the page's language (agenda events carry English and German).
const own = (item, name) =>
  (document.documentElement.lang === "de" && item[`${name}_de`]) || item[name];

const root = document.querySelector("[data-projector]");
const t = strings(root);
const MAX_ITEMS = 10; // the most a board shows at once
const $ = (selector) => root.querySelector(selector);
const results = $("[data-results]");
const every = JSON.parse(results.dataset.every || "[]");
const store = createStore({ results: JSON.parse(results.dataset.initial) });
const state = store.state; // items, agenda, results, projector, polls
const renderPoll = pollScreen({ root, store });
const renderInput = inputScreen({ root, store });
// What shows until the snapshot says: the view the page was rendered with.
state.projector = { mode: root.dataset.mode || "board", option: root.dataset.option || null,
  timer: root.dataset.timer === "on" };
// Stable orders: the consent answers always in this order; a rating's scale ascending.
const CONSENT_ORDER = ["agree", "live_with", "disagree", "block"];

function ordered(kind, distribution) {
  const entries = Object.entries(distribution || {});
  if (kind === "consent") {
    return CONSENT_ORDER.filter((key) => key in distribution).map((key) => [key, distribution[key]])
      .concat(entries.filter(([key]) => !CONSENT_ORDER.includes(key)));
  }
  return entries.sort(([a], [b]) => Number(a) - Number(b));
}

// One bar per value: its width is the value's share of the largest (set through the CSSOM,
// which the Content-Security-Policy allows), its count written beside it.
function bars(className, entries, labels = {}) {
  const most = Math.max(1, ...entries.map(([, count]) => count));
  const list = el("ul", `result-bars ${className}`);
  entries.forEach(([value, count]) => {
    const row = el("li", "result-row");
    const bar = el("span", `result-bar bar-${value}`);
    bar.style.width = `${(count / most) * 100}%`;
    const track = el("span", "result-track");
    track.append(bar);
    row.append(el("span", "result-label", labels[value] || value), track, el("span", "result-count", String(count)));
    list.append(row);
  });
  return list;
}

function optionResult(result, option) {
  const node = el("article", "result-option");
  node.dataset.option = option.option;
  node.append(el("h3", "", option.title));
  if (result.kind === "rating") {
    const grid = el("div", "result-grid");
    option.criteria.forEach((criterion) => {
      const lang = document.documentElement.lang;
      const median = criterion.median === null ? "–" : criterion.median.toLocaleString(lang);
      const cell = el("div", "result-criterion");
      if (criterion.too_few) cell.append(el("p", "result-figure", `${own(criterion, "label")}: ${t.tooFew}`));
      else cell.append(el("p", "result-figure", `${own(criterion, "label")}: ${t.median} ${median} (n = ${criterion.n})`),
        bars("rating", ordered("rating", criterion.distribution)));
      grid.append(cell);
    });
    node.append(grid);
  } else if (option.too_few) {
    node.append(el("p", "result-figure", t.tooFew));
  } else {
    node.append(el("p", "result-figure", `${option.consenting} ${t.ofPeople} ${option.n} ${t.consenting} · ${option.blocks} ${t.blocks}`),
      bars("consent", ordered("consent", option.distribution), t));
  }
  return node;
}

// The chosen option's figures: from the latest revealed round, else an earlier one.
function resultOf(optionId) {
  const rounds = [state.results, ...every].filter(Boolean);
  for (const result of rounds) {
    const option = result.options.find((each) => each.option === optionId);
    if (option) return [result, option];
  }
  return null;
}

function renderResults(mode) {
  let shown = [];
  if (mode.mode === "results") {
    const found = resultOf(mode.option);
    shown = found ? [optionResult(found[0], found[1])] : [el("p", "projector-empty", t.noResults)];
  }
  results.hidden = mode.mode !== "results";
  $("[data-results-body]").replaceChildren(...shown);
}

function itemNode(item, large = false) {
  const node = el(large ? "div" : "li", large ? "spotlight-item" : "projector-item");
  node.dataset.id = item.id;
  if (item.answered) node.classList.add("is-answered");
  if (item.answered) node.append(el("p", "answered-banner", `✓ ${t.answered}`));
  node.append(el("p", "projector-text", item.text));
  // Its author chose to post it under their name (an item on the record).
  if (item.attribution) node.append(el("p", "attribution", `— ${item.attribution}`));
  const meta = el("p", "projector-meta");
  meta.append(el("span", "projector-votes", `▲ ${item.votes}`), el("span", "visually-hidden", ` ${t.votes}`));
  if (item.kind === "question") meta.append(el("span", "projector-kind", t.question));
  node.append(meta);
  return node;
}

// Most votes first, ties by the item's (random) id: the same order on every screen and
// after a reload (when an item was first seen differs between a live page and a reload).
const byVotes = (a, b) => (b.votes - a.votes) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newestFirst = (a, b) => b.order - a.order;

function render() {
  const mode = state.projector || { mode: "board" };
  root.dataset.mode = mode.mode;
  const agenda = state.agenda;
  const current = agenda && agenda.items.find((item) => item.id === agenda.current);
  $("[data-item-title]").textContent = current ? own(current, "title") : t.notOpen;
  $("[data-item-question]").textContent = current ? own(current, "question") : "";
  const items = [...state.items.values()].filter((item) => current && item.board === current.id
    && item.status === "published");
  const spot = items.find((item) => item.spotlight);
  const boardModes = ["board", "new", "spotlight"];
  const onBoard = boardModes.includes(mode.mode);
  $("[data-head]").hidden = !(onBoard || mode.mode === "results");
  $("[data-join-corner]").hidden = mode.mode === "results";
  const spotlight = $("[data-spotlight]");
  const showSpot = (mode.mode === "board" || mode.mode === "spotlight") && spot;
  spotlight.hidden = !showSpot;
  spotlight.replaceChildren(...(showSpot ? [itemNode(spot, true)] : []));
  let list = [];
  if (mode.mode === "board") list = items.filter((item) => item !== spot).sort(byVotes).slice(0, spot ? MAX_ITEMS - 2 : MAX_ITEMS);
  else if (mode.mode === "new") list = items.sort(newestFirst).slice(0, MAX_ITEMS);
  $("[data-top]").replaceChildren(...list.map((item) => itemNode(item)));
  $("[data-top]").hidden = !list.length;
  const caption = $("[data-caption]");
  caption.hidden = !["board", "new"].includes(mode.mode) || !list.length;
  caption.textContent = mode.mode === "new" ? t.newest : t.top;
  const empty = $("[data-empty]");
  empty.hidden = !onBoard || (mode.mode === "spotlight" ? Boolean(spot) : items.length > 0);
  empty.textContent = mode.mode === "spotlight" ? t.noSpotlight : t.waiting;
  $("[data-join-screen]").hidden = mode.mode !== "join";
  $("[data-pause]").hidden = mode.mode !== "pause";
  renderResults(mode);
  renderPoll(mode);
  renderInput(mode);
  renderTimer();
  fit();
}

// The current item's clock against its plan, if the facilitator put it on the screen.
function renderTimer() {
  const node = $("[data-projector-timer]");
  const agenda = state.agenda;
  const current = agenda && agenda.items.find((item) => item.id === agenda.current);
  const on = Boolean(state.projector && state.projector.timer && current && current.started);
  node.hidden = !on;
  if (!on) return;
  const seconds = Math.max(0, Math.floor((current.ended || Date.now() / 1000) - current.started));
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  node.textContent = current.minutes ? `${clock} / ${t.minutes.replace("{n}", String(current.minutes))}` : clock;
  node.classList.toggle("over", Boolean(current.minutes && seconds > current.minutes * 60));
}
window.setInterval(renderTimer, 1000);

// Scale the text (every size is a multiple of --fit) until nothing scrolls.
function fit() {
  const page = document.scrollingElement || document.documentElement;
  let scale = 1;
  root.style.setProperty("--fit", "1");
  while (page.scrollHeight > window.innerHeight && scale > 0.3) {
    scale = Math.round((scale - 0.04) * 100) / 100;
    root.style.setProperty("--fit", String(scale));
  }
  root.dataset.fit = String(scale);
}

store.subscribe(({ name, data }) => {
  // Results revealed just now go up at once, their first option (the console keeps it so).
  if (name === "results" && data && data.options && data.options.length) {
    state.projector = { mode: "results", option: data.options[0].option };
  }
  if (["snapshot", "contribution_added", "contribution_changed", "contribution_removed",
    "agenda", "tally", "results", "projector", "poll", "projected_input"].includes(name)) render();
});
window.addEventListener("resize", fit);

render();
connect({ role: "projector", text: t, store });
