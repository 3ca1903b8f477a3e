// Quick polls and word clouds (docs/polls.md): the phone's poll card, the console's poll
// panel and the projector's poll screen. The polls, own answers and held answers are the
// store's (store.js); answers go out as `poll_answer`, the facilitator's acts as
// `poll_create` / `poll_edit` / `poll_delete` (drafts) / `poll_open` / `poll_close` /
// `poll_reveal` / `poll_project` / `poll_moderate`. Text always goes in with textContent, never as HTML.

import { announce, clientKey, el, markSpans, strings } from "./live.js";

const german = () => document.documentElement.lang === "de";
const local = (thing, name) => (german() && thing[`${name}_de`]) || thing[name] || "";
const fill = (text, values) => Object.entries(values).reduce(
  (out, [key, value]) => out.replace(`%(${key})s`, String(value)), text || "");
const FREE_MAX = 60;

// -- Figures: bars for choices and scales, a cloud for words --------------------------------

function entriesOf(poll) {
  const counts = (poll.figures && poll.figures.counts) || {};
  if (poll.kind === "scale") {
    return Object.keys(counts).sort((a, b) => Number(a) - Number(b)).map((key) => [key, key, counts[key]]);
  }
  return poll.choices.map((choice) => [choice.key, local(choice, "label"), counts[choice.key] || 0]);
}

export function figuresNode(poll, t, large = false) {
  const box = el("div", `poll-figures${large ? " poll-figures-large" : ""}`);
  const figures = poll.figures;
  if (!figures || figures.too_few) {
    box.append(el("p", "result-figure poll-too-few", t.tooFew));
    return box;
  }
  const lang = document.documentElement.lang;
  let line = fill(t.answers, { n: figures.n });
  if (poll.kind === "scale" && figures.median !== null) {
    line += ` · ${t.median} ${figures.median.toLocaleString(lang)}`;
  }
  box.append(el("p", "result-figure", line));
  if (poll.kind === "words") {
    if (!figures.words.length) { box.append(el("p", "muted", t.noWords)); return box; }
    const most = Math.max(...figures.words.map((word) => word.count));
    const cloud = el("ul", "word-cloud");
    cloud.setAttribute("aria-label", t.cloud);
    figures.words.forEach((word) => {
      const item = el("li", "cloud-word", word.word);
      // 1 to 3 times the base size by share of the most used word (CSSOM, CSP-safe).
      item.style.setProperty("--weight", String(1 + (2 * (word.count - 1)) / Math.max(1, most - 1)));
      item.append(el("span", "visually-hidden", ` (${word.count})`));
      cloud.append(item);
    });
    box.append(cloud);
    return box;
  }
  const entries = entriesOf(poll);
  const most = Math.max(1, ...entries.map(([, , count]) => count));
  const list = el("ul", "result-bars poll-bars");
  entries.forEach(([key, label, count]) => {
    const row = el("li", "result-row");
    const bar = el("span", "result-bar");
    bar.style.width = `${(count / most) * 100}%`;
    const track = el("span", "result-track");
    track.append(bar);
    row.dataset.choice = key;
    row.append(el("span", "result-label", label), track, el("span", "result-count", String(count)));
    list.append(row);
  });
  box.append(list);
  return box;
}

const KIND_LABEL = (t, kind) => ({ single: t.single, multiple: t.multiple, scale: t.scale, words: t.words })[kind];

// -- The phone: answer the open poll, change it, see revealed results -----------------------

export function pollCard({ store, send }) {
  const card = document.querySelector("[data-poll-card]");
  if (!card) return { sent() {} };
  const t = strings(card);
  const known = store.state;
  const view = { poll: null, draft: null, error: null, status: null, spans: null };

  // The open poll; else the newest revealed one of the current agenda item.
  function current() {
    const polls = [...known.polls.values()];
    const open = polls.find((poll) => poll.state === "open");
    if (open) return open;
    const item = known.agenda && known.agenda.current;
    return polls.find((poll) => poll.state === "closed" && poll.revealed && poll.item === item) || null;
  }

  function own(poll) { return (known.pollMine[poll.id] || {}).value || null; }

  function choiceInputs(poll, form) {
    const set = el("fieldset", "poll-choices");
    set.append(el("legend", "visually-hidden", local(poll, "question")));
    const mine = own(poll);
    const picked = new Set(view.draft ? view.draft.choices || [] : (mine && mine.choices) || []);
    poll.choices.forEach((choice) => {
      const label = el("label", "choice");
      const input = el("input");
      input.type = poll.kind === "single" ? "radio" : "checkbox";
      input.name = "choice";
      input.value = choice.key;
      input.checked = picked.has(choice.key);
      label.append(input, el("span", "", local(choice, "label")));
      set.append(label);
    });
    if (poll.kind === "multiple") set.append(el("p", "hint", t.several));
    form.append(set);
  }

  function scaleInputs(poll, form) {
    const set = el("fieldset", "scale");
    set.append(el("legend", "visually-hidden", local(poll, "question")));
    const row = el("div", "scale-row poll-scale-row");
    row.style.gridTemplateColumns = `repeat(${Math.min(poll.scale_max, 5)}, 1fr)`;
    const mine = own(poll);
    const chosen = view.draft ? view.draft.score : mine && mine.score;
    for (let point = 1; point <= poll.scale_max; point += 1) {
      const label = el("label", "scale-point");
      const input = el("input");
      input.type = "radio";
      input.name = "score";
      input.value = String(point);
      input.checked = chosen === point;
      label.append(input, el("span", "", String(point)));
      row.append(label);
    }
    set.append(row);
    const low = local(poll, "low");
    const high = local(poll, "high");
    if (low || high) {
      const ends = el("p", "scale-ends");
      ends.append(el("span", "", low ? `1 = ${low}` : ""), el("span", "", high ? `${poll.scale_max} = ${high}` : ""));
      set.append(ends);
    }
    form.append(set);
  }

  function wordsInput(poll, form) {
    const field = el("div", "field");
    const label = el("label", "", t.yourWords);
    label.htmlFor = "poll-text";
    const input = el("input");
    input.type = "text";
    input.id = "poll-text";
    input.name = "text";
    input.maxLength = FREE_MAX;
    input.autocomplete = "off";
    const mine = own(poll);
    input.value = view.draft ? view.draft.text || "" : (mine && mine.text) || "";
    const counter = el("p", "counter", `${input.value.length} / ${FREE_MAX}`);
    input.addEventListener("input", () => { counter.textContent = `${input.value.length} / ${FREE_MAX}`; });
    field.append(label, input, counter);
    form.append(field);
  }

  function valueOf(poll, form) {
    // Spaces folded as the server folds them, so a warning's spans fit the text shown.
    if (poll.kind === "words") return { text: form.querySelector("[name=text]").value.split(/\s+/).join(" ").trim() };
    if (poll.kind === "scale") {
      const chosen = form.querySelector("[name=score]:checked");
      return chosen ? { score: Number(chosen.value) } : null;
    }
    const chosen = [...form.querySelectorAll("[name=choice]:checked")].map((input) => input.value);
    return chosen.length ? { choices: chosen } : null;
  }

  async function submit(poll, form, confirm = false) {
    const value = valueOf(poll, form);
    if (!value || (value.text !== undefined && !value.text.trim())) {
      Object.assign(view, { error: t.chooseFirst, status: null });
      render();
      return;
    }
    view.draft = value;
    const reply = await send("poll_answer", { poll: poll.id, ...value, ...(confirm ? { confirm: true } : {}),
      client_key: clientKey() }, { queue: true });
    if (reply.ok) {
      store.pollAnswered(reply.own);
      Object.assign(view, { draft: null, error: null, spans: null,
        status: reply.own.status === "pending" ? t.held : t.saved });
      announce(view.status);
    } else if (reply.queued) {
      Object.assign(view, { error: null, status: t.queued });
    } else if (reply.error === "flagged") {
      Object.assign(view, { error: null, status: null, spans: reply.spans || [] });
    } else {
      Object.assign(view, { error: reply.message, status: null });
      announce(reply.message);
    }
    render();
  }

  function render() {
    const poll = current();
    if (!poll) {
      if (view.poll) announce(t.closed);
      view.poll = null;
      card.hidden = true;
      return;
    }
    // Someone typing keeps their field: while the focus is in the form of the same poll,
    // only the figures are redrawn.
    const typing = card.contains(document.activeElement) && card.dataset.poll === poll.id
      && card.dataset.state === poll.state && document.activeElement.tagName === "INPUT"
      && document.activeElement.type === "text";
    if (typing) {
      const old = card.querySelector(".poll-figures");
      if (old && poll.revealed && poll.figures) old.replaceWith(figuresNode(poll, t));
      return;
    }
    if (view.poll !== poll.id) {
      if (poll.state === "open") announce(t.opened);
      Object.assign(view, { poll: poll.id, draft: null, error: null, status: null, spans: null });
    }
    // Keep what is being typed or chosen across a redraw caused by someone else's event.
    const shown = card.querySelector(".poll-form");
    if (shown && card.dataset.poll === poll.id && poll.state === "open" && !view.draft) {
      const value = valueOf(poll, shown);
      if (value && JSON.stringify(value) !== JSON.stringify(own(poll))) view.draft = value;
    }
    card.hidden = false;
    card.dataset.poll = poll.id;
    card.dataset.state = poll.state;
    const nodes = [el("p", "poll-kind", poll.state === "open" ? t.pollNow : t.results),
      el("h2", "poll-question", local(poll, "question"))];
    nodes[1].id = "poll-h";
    if (poll.state === "open") {
      const form = el("form", "poll-form");
      form.noValidate = true;
      if (poll.kind === "words") wordsInput(poll, form);
      else if (poll.kind === "scale") scaleInputs(poll, form);
      else choiceInputs(poll, form);
      if (view.spans) {
        const warning = el("div", "flag-warning");
        const text = el("p", "flagged-text");
        markSpans(text, view.draft.text, view.spans);
        const anyway = el("button", "button secondary", t.sendAnyway);
        anyway.type = "button";
        anyway.addEventListener("click", () => submit(poll, form, true));
        warning.append(el("p", "", t.flagged), text, anyway);
        form.append(warning);
      }
      const error = el("p", "form-error", view.error || "");
      error.setAttribute("role", "alert");
      error.hidden = !view.error;
      const mine = own(poll);
      const button = el("button", "button primary block", mine ? t.change : t.send);
      button.type = "submit";
      const status = el("p", "round-status poll-status", view.status || "");
      status.setAttribute("role", "status");
      status.hidden = !view.status;
      form.append(error, button, status);
      form.addEventListener("submit", (event) => { event.preventDefault(); submit(poll, form); });
      nodes.push(form);
      const pending = known.pollMine[poll.id] && known.pollMine[poll.id].status;
      if (pending === "pending" && !view.status) nodes.push(el("p", "hint", t.held));
      if (pending === "dismissed" && !view.status) nodes.push(el("p", "hint", t.dismissed));
    }
    if (poll.revealed && poll.figures) nodes.push(figuresNode(poll, t));
    else if (poll.state === "open") nodes.push(el("p", "muted small", t.hidden));
    card.replaceChildren(...nodes);
  }

  store.subscribe(({ name }) => {
    if (["snapshot", "poll", "poll_own", "poll_answered", "tally", "agenda"].includes(name)) render();
  });
  render();
  return {
    // An answer written offline went out on reconnect (live.js's outbox).
    sent(entry, reply) {
      if (entry.name !== "poll_answer") return;
      if (reply.ok) { store.pollAnswered(reply.own); view.status = t.saved; } else view.error = reply.message;
      render();
    },
  };
}

// -- The console: create, open, close, reveal, project; the queue of held answers ----------

export function pollConsole({ store, send }) {
  const panel = document.querySelector("[data-poll-panel]");
  if (!panel) return;
  const t = strings(panel);
  const known = store.state;
  const form = panel.querySelector("[data-poll-form]");
  const list = panel.querySelector("[data-poll-list]");
  const queue = panel.querySelector("[data-poll-held]");
  const error = panel.querySelector("[data-poll-error]");
  const kind = form.querySelector("[name=kind]");

  const lines = (name) => form.querySelector(`[name=${name}]`).value.split("\n").map((line) => line.trim()).filter(Boolean);
  const field = (name) => form.querySelector(`[name=${name}]`).value.trim();

  function showKind() {
    form.querySelectorAll("[data-for-kind]").forEach((node) => {
      node.hidden = !node.dataset.forKind.split(" ").includes(kind.value);
    });
  }
  kind.addEventListener("change", showKind);
  showKind();

  async function act(name, payload) {
    const reply = await send(name, { ...payload, client_key: clientKey() });
    if (!reply.ok) { announce(reply.message); return reply; }
    if (reply.poll) store.pollChanged(reply.poll);
    return reply;
  }

  // Editing a draft fills this same form; its submit then sends `poll_edit`.
  const submitButton = form.querySelector("[type=submit]");
  const cancel = form.querySelector("[data-poll-cancel]");
  let editing = null;

  function stopEditing() {
    editing = null;
    form.reset();
    showKind();
    submitButton.textContent = t.createPoll;
    cancel.hidden = true;
  }
  cancel.addEventListener("click", stopEditing);

  function edit(poll) {
    stopEditing();
    editing = poll.id;
    const set = (name, value) => { form.querySelector(`[name=${name}]`).value = value; };
    kind.value = poll.kind;
    ["question", "question_de", "low", "high", "low_de", "high_de"].forEach((name) => set(name, poll[name] || ""));
    set("choices", poll.choices.map((choice) => choice.label).join("\n"));
    set("choices_de", poll.choices.map((choice) => choice.label_de).filter(Boolean).join("\n"));
    set("scale_max", String(poll.scale_max));
    form.querySelector("[name=live]").checked = poll.revealed;
    showKind();
    submitButton.textContent = t.saveDraft;
    cancel.hidden = false;
    form.closest("details").open = true;
    form.querySelector("[name=question]").focus();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const spec = { kind: kind.value, question: field("question"), live: form.querySelector("[name=live]").checked };
    if (field("question_de")) spec.question_de = field("question_de");
    if (["single", "multiple"].includes(kind.value)) {
      spec.choices = lines("choices");
      if (lines("choices_de").length) spec.choices_de = lines("choices_de");
    }
    if (kind.value === "scale") {
      spec.scale_max = Number(field("scale_max")) || 5;
      ["low", "high", "low_de", "high_de"].forEach((name) => { if (field(name)) spec[name] = field(name); });
    }
    const wasEditing = editing;
    const reply = await act(wasEditing ? "poll_edit" : "poll_create", wasEditing ? { poll: wasEditing, ...spec } : spec);
    error.hidden = reply.ok;
    error.textContent = reply.ok ? "" : reply.message;
    if (reply.ok) { stopEditing(); announce(wasEditing ? t.draftSaved : t.created); }
  });

  function control(label, onClick, className = "button secondary") {
    const node = el("button", className, label);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  function pollNode(poll) {
    const node = el("li", `poll-entry state-${poll.state}`);
    node.dataset.poll = poll.id;
    const head = el("p", "poll-entry-head");
    head.append(el("strong", "", local(poll, "question")), el("span", "badge", t[`state_${poll.state}`]),
      el("span", "muted small", ` ${KIND_LABEL(t, poll.kind)}`));
    node.append(head);
    if (poll.state !== "draft") {
      node.append(el("p", "small", `${t.answered}: ${poll.answered ? fill(t.atLeast, { n: poll.answered }) : t.fewer}`));
      node.append(el("p", "small muted", poll.revealed ? t.shownToAll : t.hiddenFromAll));
      node.append(figuresNode(poll, t));
    }
    const tools = el("div", "toolbar");
    if (poll.state === "draft") {
      tools.append(control(t.open, () => act("poll_open", { poll: poll.id }), "button primary"));
      tools.append(control(t.editDraft, () => edit(poll)));
      tools.append(control(t.deleteDraft, async () => {
        const reply = await act("poll_delete", { poll: poll.id });
        if (!reply.ok) return;
        known.polls.delete(poll.id);
        if (editing === poll.id) stopEditing();
        render();
        announce(t.draftDeleted);
      }));
    }
    if (poll.state === "open") tools.append(control(t.close, () => act("poll_close", { poll: poll.id })));
    if (poll.state !== "draft") {
      tools.append(control(poll.revealed ? t.hide : t.reveal, () => act("poll_reveal", { poll: poll.id, on: !poll.revealed })));
      tools.append(control(t.project, async () => {
        const reply = await act("poll_project", { poll: poll.id });
        if (reply.ok) { known.projector = reply.projector; announce(t.projected); }
      }));
    }
    node.append(tools);
    return node;
  }

  function heldNode(answer) {
    const node = el("li", "board-item poll-held-item");
    node.dataset.answer = answer.id;
    const text = el("p", "item-text");
    markSpans(text, answer.text, answer.flags);
    const tools = el("div", "toolbar");
    tools.append(control(t.approve, () => act("poll_moderate", { answer: answer.id, action: "approve" }).then((reply) => {
      if (reply.ok) { known.pollHeld.delete(answer.id); render(); }
    }), "button primary"));
    tools.append(control(t.dismiss, () => act("poll_moderate", { answer: answer.id, action: "dismiss" }).then((reply) => {
      if (reply.ok) { known.pollHeld.delete(answer.id); render(); }
    })));
    node.append(text, tools);
    return node;
  }

  function render() {
    const polls = [...known.polls.values()];
    list.replaceChildren(...polls.map(pollNode));
    if (!polls.length) list.append(el("li", "muted", t.none));
    const held = [...known.pollHeld.values()];
    queue.replaceChildren(...held.map(heldNode));
    panel.querySelector("[data-poll-held-count]").textContent = String(held.length);
  }

  store.subscribe(({ name, data }) => {
    if (name === "poll_held" && data.status === "pending") announce(t.newHeld);
    if (["snapshot", "poll_console", "poll_held", "poll_changed", "poll_deleted", "tally"].includes(name)) render();
  });
  render();
}

// -- The projector: the question, then the bars or the word cloud once revealed ------------

export function pollScreen({ root, store }) {
  const screen = root.querySelector("[data-poll-screen]");
  const t = strings(screen);
  return function render(mode) {
    const on = mode.mode === "poll";
    screen.hidden = !on;
    if (!on) return;
    const poll = store.state.polls.get(mode.option);
    if (!poll) { screen.replaceChildren(el("p", "projector-empty", t.noPoll)); return; }
    const nodes = [el("p", "projector-session", poll.state === "open" ? t.answerNow : t.results),
      el("h1", "poll-screen-question", local(poll, "question"))];
    if (poll.kind === "scale" && (local(poll, "low") || local(poll, "high"))) {
      nodes.push(el("p", "projector-guiding", `1 = ${local(poll, "low")} · ${poll.scale_max} = ${local(poll, "high")}`));
    }
    if (poll.revealed && poll.figures) nodes.push(figuresNode(poll, t, true));
    else {
      if (poll.choices.length) {
        const choices = el("ul", "poll-screen-choices");
        poll.choices.forEach((choice) => choices.append(el("li", "", local(choice, "label"))));
        nodes.push(choices);
      }
      nodes.push(el("p", "projector-guiding", poll.state === "open" ? t.hiddenUntil : t.notRevealed));
    }
    screen.dataset.poll = poll.id;
    screen.replaceChildren(...nodes);
  };
}
