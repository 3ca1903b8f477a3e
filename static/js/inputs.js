// Briefing inputs on the projector (docs/inputs.md "On the projector"): the console's
// "Show on projector" buttons (inputsConsole: `input_project`, one per input of the current
// agenda item) and the projector's drawing of mode "input" (inputScreen, from the store's
// `projectedInput`). An input under the Rule carries no speaker: none is drawn.

import { el } from "./dom.js";
import { announce, clientKey, strings } from "./live.js";

export function inputsConsole({ store, send }) {
  const panel = document.querySelector("[data-input-panel]");
  if (!panel) return;
  const known = store.state;
  const empty = panel.querySelector("[data-input-none]");

  function render() {
    const current = known.agenda && known.agenda.current;
    const shown = known.projector || {};
    let any = false;
    panel.querySelectorAll("[data-input-entry]").forEach((entry) => {
      const on = entry.dataset.item === current;
      entry.hidden = !on;
      any = any || on;
      const projected = shown.mode === "input" && shown.option === entry.dataset.input;
      entry.classList.toggle("is-projected", projected);
      entry.querySelector("[data-input-project]").setAttribute("aria-pressed", String(projected));
    });
    empty.hidden = any;
  }

  panel.querySelectorAll("[data-input-project]").forEach((button) => {
    button.addEventListener("click", async () => {
      const reply = await send("input_project", { input: button.dataset.inputProject, client_key: clientKey() });
      if (!reply.ok) { announce(reply.message); return; }
      known.projector = reply.projector;
      known.projectedInput = reply.input;
      render();
    });
  });
  store.subscribe(({ name }) => {
    if (["snapshot", "agenda", "projector", "own"].includes(name)) render();
  });
  render();
}

export function inputScreen({ root, store }) {
  const screen = root.querySelector("[data-input-screen]");
  const t = strings(screen);
  return function render(mode) {
    const on = mode.mode === "input";
    screen.hidden = !on;
    if (!on) return;
    const shown = store.state.projectedInput;
    if (!shown || shown.id !== mode.option) { screen.replaceChildren(el("p", "projector-empty", t.noInput)); delete screen.dataset.input; return; }
    const nodes = [el("p", "projector-session", t.input), el("h1", "input-screen-title", shown.title)];
    // Only an input on the record names its speaker (the payload has none otherwise).
    if (shown.on_the_record && shown.speaker) {
      nodes.push(el("p", "input-screen-speaker", shown.role ? `${shown.speaker}, ${shown.role}` : shown.speaker));
    }
    if (shown.kind === "text") {
      nodes.push(el("p", "input-screen-text", shown.text));
      if (shown.cut) nodes.push(el("p", "projector-guiding", t.onPhones));
    } else if (shown.kind === "link") {
      nodes.push(el("p", "input-screen-url", shown.url));
    } else {
      nodes.push(el("p", "input-screen-file", t.pdf.replace("{size}", shown.size)));
    }
    screen.dataset.input = shown.id;
    screen.replaceChildren(...nodes);
  };
}
