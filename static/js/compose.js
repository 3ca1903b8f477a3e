// The participant's post form: a character counter, the de-identification warning with
// "Edit" and "Post anyway", and one idempotency key per text, so a retry posts once. A
// post made offline waits in the outbox (live.js) and says so under the button.

import { announce, clientKey, markSpans } from "./live.js";

export function composer({ form, t, send, board, onPosted, onQueued }) {
  const textarea = form.querySelector("textarea");
  const counter = form.querySelector("[data-counter]");
  const warning = form.querySelector("[data-flag-warning]");
  const error = form.querySelector("[data-post-error]");
  const status = form.querySelector("[data-post-status]");

  // What became of the last post, in view under the button (and announced).
  function tell(text) {
    if (status) {
      status.textContent = text || "";
      status.hidden = !text;
      if (text) status.scrollIntoView({ block: "nearest" });
    }
    announce(text);
  }
  let pending = null; // {text, key}: the same text keeps its key across retries

  function count() {
    counter.textContent = (t.count || "%(n)s / %(max)s")
      .replace("%(n)s", textarea.value.length).replace("%(max)s", textarea.maxLength);
  }

  async function submit(confirm) {
    const text = textarea.value.trim();
    if (!text || !board()) return;
    error.hidden = true;
    tell("");
    pending = pending && pending.text === text ? pending : { text, key: clientKey() };
    const kind = form.querySelector('input[name="kind"]:checked').value;
    // "Post under my name" (only shown on an item on the record): the client says only
    // yes; the name comes from the server's roster.
    const sign = form.querySelector("[data-attribute]");
    const signBox = sign && !sign.hidden ? sign.querySelector("input") : null;
    const signed = signBox ? { attributed: signBox.checked } : {};
    const reply = await send("board_post", {
      board: board(), text, kind, confirm, ...signed, client_key: pending.key }, { queue: true });
    if (reply.ok || reply.queued) {
      textarea.value = "";
      if (signBox) signBox.checked = false;
      pending = null;
      warning.hidden = true;
      count();
      if (reply.queued) {
        tell(t.queued);
        if (onQueued) onQueued();
      } else {
        tell(reply.item.status === "pending" ? t.held : (t.postedHere || t.posted));
        onPosted(reply.item);
      }
    } else if (reply.error === "flagged") {
      markSpans(warning.querySelector("[data-flagged-text]"), text, reply.spans);
      warning.hidden = false;
      warning.querySelector("[data-flag-edit]").focus();
    } else {
      error.textContent = reply.message;
      error.hidden = false;
    }
  }

  // A post written offline that the server refused once it was sent: the text comes back
  // into the box (if the box is empty) with the reason, or the warning, beside it.
  function returned(payload, reply) {
    if (!textarea.value.trim()) {
      textarea.value = payload.text;
      pending = { text: payload.text, key: payload.client_key };
      count();
    }
    if (reply.error === "flagged" && textarea.value.trim() === payload.text) {
      markSpans(warning.querySelector("[data-flagged-text]"), payload.text, reply.spans);
      warning.hidden = false;
    } else {
      error.textContent = `${t.notSentLater || ""} ${reply.message || ""}`.trim();
      error.hidden = false;
    }
    tell("");
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); submit(false); });
  textarea.addEventListener("input", () => { count(); warning.hidden = true; });
  warning.querySelector("[data-flag-edit]").addEventListener("click", () => {
    warning.hidden = true;
    textarea.focus();
  });
  warning.querySelector("[data-flag-post]").addEventListener("click", () => submit(true));
  count();
  return { returned, tell };
}
