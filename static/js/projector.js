// The projector: the current item's spotlight and top items with live counts. Read-only.

import { el } from "./dom.js";
import { connect, strings } from "./live.js";

const root = document.querySelector("[data-projector]");
const t = strings(root);
const TOP = 6;
const state = { agenda: null, items: new Map() };

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
  root.querySelector("[data-item-title]").textContent = current ? current.title : t.notOpen;
  root.querySelector("[data-item-question]").textContent = current ? current.question : "";
  const items = [...state.items.values()].filter((item) => current && item.board === current.id);
  const spot = items.find((item) => item.spotlight);
  const spotlight = root.querySelector("[data-spotlight]");
  spotlight.hidden = !spot;
  spotlight.replaceChildren(...(spot ? [itemNode(spot, true)] : []));
  const top = items.filter((item) => item !== spot).sort((a, b) => b.votes - a.votes).slice(0, spot ? TOP - 2 : TOP);
  root.querySelector("[data-top]").replaceChildren(...top.map((item) => itemNode(item)));
  root.querySelector("[data-empty]").hidden = items.length > 0;
}

function onSnapshot(data) {
  state.items.clear();
  Object.values(data.boards || {}).forEach((board) => board.items.forEach((item) => state.items.set(item.id, item)));
  state.agenda = data.agenda;
  render();
}

function onEvent(name, data) {
  if (name === "contribution_added" || name === "contribution_changed") state.items.set(data.id, data);
  else if (name === "contribution_removed") state.items.delete(data.id);
  else if (name === "agenda") state.agenda = data;
  else if (name === "tally") {
    Object.entries(data.counts || {}).forEach(([id, counts]) => {
      const item = state.items.get(id);
      if (item) item.votes = counts.votes;
    });
  } else return;
  render();
}

connect({ role: "projector", text: t, onSnapshot, onEvent });
