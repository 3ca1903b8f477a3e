// Options pages, live: argument support counts update in place; any other change to what
// the page shows (the text, a round, results, an amendment) brings up a "reload" notice.
// The pages work fully without this script. Text is set with textContent only.

import { announce, connect, strings } from "./live.js";
import { createStore } from "./store.js";

const root = document.querySelector("[data-options-live]");
if (root) {
  const t = strings(root);
  const optionId = root.dataset.option || null;
  const notice = document.querySelector("[data-options-notice]");

  const stale = () => {
    if (notice && notice.hidden) {
      notice.hidden = false;
      announce(t.changed);
    }
  };

  const concerns = (name, data) => {
    if (name === "option") return !optionId || data.id === optionId;
    if (name === "argument") return !optionId || data.option === optionId;
    if (name === "round" || name === "results") return true;
    return name === "amendment" && root.dataset.role === "facilitator";
  };

  // The store keeps the sequence; this page only looks at what each event says.
  const role = root.dataset.role || "participant";
  const store = createStore({ audience: role === "facilitator" ? "moderators" : "public" });
  store.subscribe(({ name, data, local }) => {
    if (local || name === "snapshot") return;
    if (name === "tally" && data.kind === "argument") {
      Object.entries(data.counts || {}).forEach(([id, counts]) => {
        const node = document.querySelector(`#argument-${CSS.escape(id)} [data-count]`);
        if (node) node.textContent = (t.support || "%d").replace("%d", counts.votes);
      });
    } else if (concerns(name, data)) {
      stale();
    }
  });
  connect({ role, text: t, store });
}
