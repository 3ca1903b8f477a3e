// A rating or consent round on the participant's phone: when the facilitator opens one, a
// card ("Rate the options now: 2 of 5 done") opens a phone-sized form per option, with a
// labelled 1-5 scale (the criterion's own words for its ends), "next option", errors
// beside the field, and the person's own answers shown so they can change them until the
// round closes. The rounds, options and own answers are the store's (store.js); answers go
// out as `rating_submit` / `consent_submit` (docs/options.md), offline ones wait in the
// outbox (live.js). Text is always set with textContent.

import { announce, clientKey, el } from "./live.js";

const CHOICES = ["agree", "live_with", "disagree", "block"];
const SCALE = [1, 2, 3, 4, 5];

const german = () => document.documentElement.lang === "de";
const local = (thing, name) => (german() && thing[`${name}_de`]) || thing[name] || "";
const fill = (text, values) => Object.entries(values).reduce(
  (out, [key, value]) => out.replace(`%(${key})s`, String(value)), text || "");

export function roundCard({ root, store, send, t }) {
  const card = document.querySelector("[data-round-card]");
  if (!card) return { sent() {} };
  const known = store.state;
  const title = card.querySelector("[data-round-title]");
  const progress = card.querySelector("[data-round-progress]");
  const start = card.querySelector("[data-round-start]");
  const panel = card.querySelector("[data-round-panel]");
  const view = { round: null, index: 0, open: false, error: null, errorCode: null, status: null,
    draft: null };

  // The newest open round (a facilitator runs one at a time; the newest wins if not).
  function current() {
    const open = [...known.rounds.values()].filter((each) => each.open);
    return open.length ? open[open.length - 1] : null;
  }

  const answers = (round) => known.answers[round.id] || {};
  const done = (round) => round.options.filter((id) => answers(round)[id]).length;
  const optionTitle = (id) => {
    const option = known.options.get(id);
    return (option && option.fields && option.fields.title) || "";
  };

  function render() {
    const round = current();
    if (!round) {
      if (view.round) announce(t.roundClosed);
      view.round = null;
      card.hidden = true;
      return;
    }
    if (!view.round || view.round !== round.id) {
      if (view.round === null && !card.dataset.seen) announce(t.roundOpened);
      card.dataset.seen = "1";
      Object.assign(view, { round: round.id, index: firstUnanswered(round), error: null,
        errorCode: null, status: null, draft: null, open: false });
    }
    card.hidden = false;
    const count = done(round);
    title.textContent = round.kind === "rating" ? t.roundRating : t.roundConsent;
    progress.textContent = count === round.options.length ? t.roundAllDone
      : fill(t.roundProgress, { done: count, n: round.options.length });
    start.textContent = view.open ? t.roundHide : (count ? t.roundContinue : t.roundStart);
    start.className = `button block ${view.open ? "secondary" : "primary"}`;
    start.setAttribute("aria-expanded", String(view.open));
    panel.hidden = !view.open;
    if (view.open) drawOption(round);
  }

  function firstUnanswered(round) {
    const index = round.options.findIndex((id) => !answers(round)[id]);
    return index < 0 ? 0 : index;
  }

  function drawOption(round) {
    const optionId = round.options[view.index];
    const answer = answers(round)[optionId];
    const draft = view.draft && view.draft.option === optionId ? view.draft : null;
    const form = el("form", "round-form");
    form.noValidate = true;
    form.dataset.option = optionId;
    const head = el("div", "round-option-head");
    head.append(el("p", "muted small", fill(t.roundOf, { i: view.index + 1, n: round.options.length })));
    const name = el("h3", "round-option-title", optionTitle(optionId));
    name.id = `round-option-${optionId}`;
    head.append(name);
    if (answer) head.append(el("span", "badge badge-open", t.answeredBadge));
    const read = el("a", "text-link small", t.readOption);
    read.href = `${root.dataset.optionsUrl}/${encodeURIComponent(optionId)}`;
    head.append(read);
    form.append(head);
    const errorId = `round-error-${optionId}`;
    if (round.kind === "rating") {
      round.criteria.forEach((criterion) => form.append(scale(criterion, optionId,
        (draft && draft.scores) || (answer && answer.scores) || {}, errorId)));
    } else {
      form.append(consent(optionId, (draft && draft) || answer || {}, errorId));
    }
    // The error sits beside what it is about: above the scales or choices, or, for a
    // block without a reason, between the reason's label and its box.
    const error = el("p", "form-error", view.error || "");
    error.id = errorId;
    error.setAttribute("role", "alert");
    error.hidden = !view.error;
    head.after(error);
    const reasonField = form.querySelector(".reason-field");
    if (view.errorCode === "reason_required" && reasonField) {
      reasonField.querySelector("label").after(error);
      reasonField.classList.add("has-error");
      reasonField.querySelector("textarea").setAttribute("aria-invalid", "true");
    }
    const status = el("p", "round-status", view.status || "");
    status.setAttribute("role", "status");
    status.hidden = !view.status;
    form.append(status);
    const last = view.index === round.options.length - 1;
    const save = el("button", "button primary block", last ? t.save : t.saveNext);
    save.type = "submit";
    form.append(save);
    const nav = el("div", "round-nav");
    const previous = el("button", "button secondary", t.previous);
    previous.type = "button";
    previous.disabled = view.index === 0;
    previous.addEventListener("click", () => move(round, -1));
    const next = el("button", "button secondary", t.next);
    next.type = "button";
    next.disabled = last;
    next.addEventListener("click", () => move(round, 1));
    nav.append(previous, next);
    form.append(nav);
    form.addEventListener("submit", (event) => { event.preventDefault(); submit(round, form); });
    form.addEventListener("change", () => { view.draft = read_(round, form); });
    panel.replaceChildren(form);
    if (view.error) {
      const bad = form.querySelector("[aria-invalid=true]") || form.querySelector("input");
      if (bad) bad.focus({ preventScroll: true });
    }
  }

  // One criterion: five radio buttons in one row, the ends named in the criterion's words.
  function scale(criterion, optionId, scores, errorId) {
    const set = el("fieldset", "scale");
    const legend = el("legend", "", local(criterion, "label"));
    set.append(legend);
    const description = local(criterion, "description");
    const low = local(criterion, "low") || t.low;
    const high = local(criterion, "high") || t.high;
    const hintId = `scale-${optionId}-${criterion.key}`;
    if (description) set.append(el("p", "hint", description));
    const row = el("div", "scale-row");
    SCALE.forEach((value) => {
      const label = el("label", "scale-point");
      const input = el("input");
      input.type = "radio";
      input.name = `score-${criterion.key}`;
      input.value = String(value);
      input.checked = scores[criterion.key] === value;
      input.setAttribute("aria-describedby", `${hintId} ${errorId}`);
      label.append(input, el("span", "", String(value)));
      row.append(label);
    });
    set.append(row);
    const ends = el("p", "scale-ends");
    ends.id = hintId;
    ends.append(el("span", "", `1 = ${low}`), el("span", "", `5 = ${high}`));
    set.append(ends);
    return set;
  }

  function consent(optionId, answer, errorId) {
    const box = el("div", "consent");
    const set = el("fieldset", "consent-choices");
    set.append(el("legend", "visually-hidden", t.roundConsent));
    CHOICES.forEach((choice) => {
      const label = el("label", "choice");
      const input = el("input");
      input.type = "radio";
      input.name = "choice";
      input.value = choice;
      input.checked = answer.choice === choice;
      input.setAttribute("aria-describedby", errorId);
      label.append(input, el("span", "", t[choice]));
      set.append(label);
    });
    box.append(set);
    const field = el("div", "field reason-field");
    const label = el("label", "", t.blockReason);
    label.htmlFor = `reason-${optionId}`;
    const reason = el("textarea");
    reason.id = `reason-${optionId}`;
    reason.name = "reason";
    reason.rows = 3;
    reason.maxLength = 1000;
    reason.value = answer.reason || "";
    reason.setAttribute("aria-describedby", errorId);
    field.append(label, reason);
    field.hidden = answer.choice !== "block";
    set.addEventListener("change", () => {
      field.hidden = set.querySelector("input:checked").value !== "block";
    });
    box.append(field);
    return box;
  }

  // What the form holds now: {option, scores} or {option, choice, reason}.
  function read_(round, form) {
    const option = form.dataset.option;
    if (round.kind === "rating") {
      const scores = {};
      round.criteria.forEach((criterion) => {
        const checked = form.querySelector(`input[name="score-${criterion.key}"]:checked`);
        if (checked) scores[criterion.key] = Number(checked.value);
      });
      return { option, scores };
    }
    const checked = form.querySelector('input[name="choice"]:checked');
    return { option, choice: checked ? checked.value : "", reason: form.querySelector("textarea").value };
  }

  function move(round, step) {
    view.index = Math.max(0, Math.min(round.options.length - 1, view.index + step));
    Object.assign(view, { error: null, errorCode: null, status: null, draft: null });
    render();
    const heading = panel.querySelector(".round-option-title");
    if (heading) { heading.tabIndex = -1; heading.focus(); }
  }

  async function submit(round, form) {
    const answer = read_(round, form);
    view.draft = answer;
    let payload;
    if (round.kind === "rating") {
      if (!Object.keys(answer.scores).length) return refuse(t.chooseScore, form);
      payload = { round: round.id, option: answer.option, scores: answer.scores };
    } else {
      if (!answer.choice) return refuse(t.chooseConsent, form);
      payload = { round: round.id, option: answer.option, choice: answer.choice };
      if (answer.choice === "block") payload.reason = answer.reason;
    }
    const name = round.kind === "rating" ? "rating_submit" : "consent_submit";
    const reply = await send(name, { ...payload, client_key: clientKey() }, { queue: true });
    if (reply.queued) {
      Object.assign(view, { error: null, errorCode: null, status: t.queued });
      render();
      return;
    }
    if (!reply.ok) return refuse(reply.message, form, reply.error);
    accepted(round.id, payload);
    const last = view.index === round.options.length - 1;
    Object.assign(view, { error: null, errorCode: null, status: t.saved, draft: null });
    if (!last) view.index += 1;
    render();
    if (!last) {
      const heading = panel.querySelector(".round-option-title");
      if (heading) { heading.tabIndex = -1; heading.focus(); }
    }
    announce(t.saved);
  }

  function accepted(roundId, payload) {
    store.answered(roundId, payload.option, payload.scores ? { scores: payload.scores }
      : { choice: payload.choice, reason: payload.choice === "block" ? payload.reason : "" });
  }

  // The error beside the form, in view, focus on the field it is about; nothing reloads.
  function refuse(message, form, code) {
    Object.assign(view, { error: message, errorCode: code || null, status: null });
    render();
    const drawn = panel.querySelector("form");
    if (!drawn) return;
    const target = code === "reason_required" ? drawn.querySelector("textarea")
      : drawn.querySelector("input");
    if (target) target.focus({ preventScroll: true });
    const error = drawn.querySelector(".form-error");
    if (error) error.scrollIntoView({ block: "center" });
  }

  start.addEventListener("click", () => {
    view.open = !view.open;
    render();
    if (view.open) {
      const heading = panel.querySelector(".round-option-title");
      if (heading) { heading.tabIndex = -1; heading.focus(); }
    }
  });

  store.subscribe(({ name }) => {
    if (["snapshot", "round", "option", "answered"].includes(name)) render();
  });

  return {
    // An answer from the outbox went out on reconnect.
    sent(entry, reply) {
      if (!["rating_submit", "consent_submit"].includes(entry.name)) return;
      if (reply.ok) {
        accepted(entry.payload.round, entry.payload);
        if (view.status === t.queued) view.status = t.saved;
      } else {
        view.error = reply.message;
      }
      render();
    },
  };
}
