// The participant's post form: a character counter, the de-identification warning with
// "Edit" and "Post anyway", and one idempotency key per text, so a retry posts once.

import { announce, clientKey, markSpans } from "./live.js";

export function composer({ form, t, send, board, onPosted }) {
  const textarea = form.querySelector("textarea");
  const counter = form.querySelector("[data-counter]");
  const warning = form.querySelector("[data-flag-warning]");
  const error = form.querySelector("[data-post-error]");
  let pending = null; // {text, key}: the same text keeps its key across retries

  function count() {
    counter.textContent = (t.count || "%(n)s / %(max)s")
      .replace("%(n)s", textarea.value.length).replace("%(max)s", textarea.maxLength);
  }

  async function submit(confirm) {
    const text = textarea.value.trim();
    if (!text || !board()) return;
    error.hidden = true;
    pending = pending && pending.text === text ? pending : { text, key: clientKey() };
    const kind = form.querySelector('input[name="kind"]:checked').value;
    const reply = await send("board_post", {
      board: board(), text, kind, confirm, client_key: pending.key });
    if (reply.ok) {
      textarea.value = "";
      pending = null;
      warning.hidden = true;
      count();
      announce(reply.item.status === "pending" ? t.held : t.posted);
      onPosted(reply.item);
    } else if (reply.error === "flagged") {
      markSpans(warning.querySelector("[data-flagged-text]"), text, reply.spans);
      warning.hidden = false;
      warning.querySelector("[data-flag-edit]").focus();
    } else {
      error.textContent = reply.message;
      error.hidden = false;
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); submit(false); });
  textarea.addEventListener("input", () => { count(); warning.hidden = true; });
  warning.querySelector("[data-flag-edit]").addEventListener("click", () => {
    warning.hidden = true;
    textarea.focus();
  });
  warning.querySelector("[data-flag-post]").addEventListener("click", () => submit(true));
  count();
}
