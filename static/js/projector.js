// The projector: the current item's spotlight and top items with live counts. Read-only.
// The items, agenda and results are the store's (store.js), in the public view.

import { el } from "./dom.js";
import { connect, strings } from "./live.js";
import { createStore } from "./store.js";
// An agenda text in the page's language (agenda events carry English and German).
const own = (item, name) =>
  (document.documentElement.lang === "de" && item[`${name}_de`]) || item[name];


const root = document.querySelector("[data-projector]");
const t = strings(root);
const TOP = 6;
const store = createStore({ results: JSON.parse(root.querySelector("[data-results]").dataset.initial) });
const state = store.state; // items, agenda, results

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
  node.append(el("h3", "", option.title));
  if (result.kind === "rating") {
    const grid = el("div", "result-grid");
    option.criteria.forEach((criterion) => {
      const lang = document.documentElement.lang;
      const median = criterion.median === null ? "–" : criterion.median.toLocaleString(lang);
      const cell = el("div", "result-criterion");
      if (criterion.too_few) cell.append(el("p", "result-figure", `${own(criterion, "label")}: ${t.tooFew}`));
      else cell.append(el("p", "result-figure", `${own(criterion, "label")}: ${t.median} ${median} (n = ${criterion.n})`),
        bars("rating", Object.entries(criterion.distribution)));
      grid.append(cell);
    });
    node.append(grid);
  } else if (option.too_few) {
    node.append(el("p", "result-figure", t.tooFew));
  } else {
    node.append(el("p", "result-figure", `${option.consenting} ${t.ofPeople} ${option.n} ${t.consenting} · ${option.blocks} ${t.blocks}`),
      bars("consent", Object.entries(option.distribution), t));
  }
  return node;
}

function renderResults() {
  const section = root.querySelector("[data-results]");
  const result = state.results;
  section.hidden = !result;
  root.querySelector("[data-results-body]").replaceChildren(...(result ? result.options.map((option) => optionResult(result, option)) : []));
}

function itemNode(item, large = false) {
  const node = el(large ? "div" : "li", large ? "spotlight-item" : "projector-item");
  node.append(el("p", "projector-text", item.text));
  const meta = el("p", "projector-meta");
  meta.append(el("span", "projector-votes", `▲ ${item.votes}`), el("span", "visually-hidden", ` ${t.votes}`));
  if (item.answered) meta.append(el("span", "badge badge-open", t.answered));
  node.append(meta);
  return node;
}

function render() {
  const agenda = state.agenda;
  const current = agenda && agenda.items.find((item) => item.id === agenda.current);
  root.querySelector("[data-item-title]").textContent = current ? own(current, "title") : t.notOpen;
  root.querySelector("[data-item-question]").textContent = current ? own(current, "question") : "";
  const items = [...state.items.values()].filter((item) => current && item.board === current.id);
  const spot = items.find((item) => item.spotlight);
  const spotlight = root.querySelector("[data-spotlight]");
  spotlight.hidden = !spot;
  spotlight.replaceChildren(...(spot ? [itemNode(spot, true)] : []));
  const top = items.filter((item) => item !== spot).sort((a, b) => b.votes - a.votes).slice(0, spot ? TOP - 2 : TOP);
  root.querySelector("[data-top]").replaceChildren(...top.map((item) => itemNode(item)));
  root.querySelector("[data-empty]").hidden = items.length > 0;
}

store.subscribe(({ name }) => {
  if (name === "results") renderResults();
  else if (["snapshot", "contribution_added", "contribution_changed", "contribution_removed",
    "agenda", "tally"].includes(name)) render();
});

renderResults();
connect({ role: "projector", text: t, store });
