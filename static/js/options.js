// Options pages, live (docs/options.md, "Live pages"). Events are applied in place:
// - the option page: title, status, fields, arguments and their support, the reader's own
//   amendments (the private `amendment` notice), and the round and results parts, which
//   are taken from a fresh copy of the page (server-rendered forms) unless the person is
//   using them;
// - the edit page: a field that changed underneath is updated if the person has not
//   touched it, else a notice beside it shows the new text (the form is never disturbed);
// - the options list: new options, titles, status and "round open" marks.
// The pages work fully without this script. Text is set with textContent only.

import { el } from "./live.js";
import { announce, connect, strings } from "./live.js";
import { createStore } from "./store.js";

const root = document.querySelector("[data-options-live]");
if (root) {
  const t = strings(root);
  const optionId = root.dataset.option || null;
  const role = root.dataset.role || "participant";
  const $ = (selector, scope = document) => scope.querySelector(selector);
  const $$ = (selector, scope = document) => Array.from(scope.querySelectorAll(selector));
  const same = (a, b) => JSON.stringify(a ?? "") === JSON.stringify(b ?? "");
  const display = (key, value) => (Array.isArray(value)
    ? value.map((choice) => ((t.choices || {})[key] || {})[choice] || choice).join(", ")
    : (value || ""));

  const setStatus = (holder, status) => {
    const badge = holder && $(".badge", holder);
    if (!badge) return;
    badge.className = `badge badge-option-${status}`;
    badge.textContent = (t.statuses || {})[status] || status;
  };

  // ---- the option page -------------------------------------------------------------
  const amendForm = $("[data-amend-form]");
  let amendTexts = {};
  try { amendTexts = JSON.parse(amendForm ? amendForm.dataset.current : "{}"); } catch { /* none */ }
  if (amendForm) {
    // Choosing another field starts the box from that field's current text, unless the
    // person has already written their own.
    const select = $("select", amendForm);
    const box = $("textarea[name$='text']", amendForm);
    if (select && box) {
      select.addEventListener("change", () => {
        const untouched = Object.values(amendTexts).includes(box.value) || !box.value.trim();
        if (untouched) box.value = amendTexts[select.value] || "";
      });
    }
  }

  function showOption(data, quiet = false) {
    if (data.id !== optionId) return;
    const title = $("[data-option-title]");
    if (title && !same(title.textContent, data.fields.title)) title.textContent = data.fields.title;
    setStatus($("[data-option-status]"), data.status);
    let changed = false;
    $$("dd[data-field]").forEach((dd) => {
      const key = dd.dataset.field;
      const text = display(key, data.fields[key]);
      const node = $("[data-field-text]", dd);
      if (node.textContent === text) return;
      node.textContent = text;
      $("[data-field-empty]", dd).hidden = Boolean(text);
      dd.classList.add("just-changed");
      changed = true;
    });
    $$("[data-may-edit]").forEach((link) => {
      link.hidden = !link.dataset.mayEdit.split(" ").includes(data.status);
    });
    if (amendForm) {
      const box = $("textarea[name$='text']", amendForm);
      const select = $("select", amendForm);
      const shown = select ? amendTexts[select.value] : undefined;
      Object.keys(amendTexts).forEach((key) => { amendTexts[key] = data.fields[key] || ""; });
      if (box && select && box.value === shown) box.value = amendTexts[select.value];
      amendForm.dataset.current = JSON.stringify(amendTexts);
    }
    const notice = $("[data-option-updated]");
    if (changed && notice && !quiet) {
      notice.textContent = t.updated || "";
      notice.hidden = false;
      announce(t.updated);
    }
  }

  function addArgument(data) {
    if (data.option !== optionId || document.getElementById(`argument-${data.id}`)) return;
    const list = $(`[data-arguments="${CSS.escape(data.side)}"]`);
    if (!list) return;
    $$("[data-none]", list).forEach((node) => node.remove());
    const item = el("li");
    item.id = `argument-${data.id}`;
    const count = el("span", "count", (t.support || "%d").replace("%d", data.votes || 0));
    count.dataset.count = "";
    item.append(el("p", "", data.text), count);
    if (list.dataset.supportUrl) {
      const form = el("form", "inline");
      form.method = "post";
      form.action = list.dataset.supportUrl.replace("ARGUMENT", encodeURIComponent(data.id));
      const token = el("input");
      token.type = "hidden";
      token.name = "csrf_token";
      token.value = $('meta[name="csrf-token"]').content;
      const submit = el("button", "button secondary", t.supportButton || "Support");
      submit.type = "submit";
      form.append(token, submit);
      item.append(" ", form);
    }
    list.append(item);
  }

  function showOwnAmendment(data) {
    const section = $("[data-own-amendments]");
    if (!section || data.option !== optionId) return;
    const list = $("[data-own-amendment-list]", section);
    let item = document.getElementById(`amendment-${data.id}`);
    const fresh = !item;
    if (fresh) {
      item = el("li");
      item.id = `amendment-${data.id}`;
      const head = el("p");
      const label = $(`select option[value="${CSS.escape(data.field)}"]`, amendForm || document);
      const field = el("strong", "", label ? label.textContent : data.field);
      const badge = el("span", "badge");
      badge.dataset.amendmentStatus = "";
      head.append(field, " ", badge);
      const text = el("p", "version-text", data.text);
      item.append(head, text);
      list.append(item);
    } else if (item.dataset.status === data.status) {
      return;
    }
    item.dataset.status = data.status;
    const badge = $("[data-amendment-status]", item);
    badge.className = `badge badge-amendment-${data.status}`;
    badge.textContent = (t.amendmentStatuses || {})[data.status] || data.status;
    section.hidden = false;
    if (!fresh) announce(t.ownAmendmentUpdate);
  }

  // Rounds and results come as server-rendered parts of a fresh copy of this page (the
  // forms need the page's own labels, token and k rule); a part the person is using is
  // left alone and a notice says that it changed.
  const busy = new WeakSet();
  $$("[data-live-part]").forEach((part) => part.addEventListener("input", () => busy.add(part)));
  async function refreshParts() {
    let fresh;
    try {
      const response = await fetch(window.location.pathname, { credentials: "same-origin" });
      if (!response.ok) return;
      fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    } catch { return; }
    $$("[data-live-part]").forEach((part) => {
      const replacement = $(`[data-live-part="${part.dataset.livePart}"]`, fresh);
      if (!replacement || part.isEqualNode(replacement)) return;
      if (busy.has(part) || part.contains(document.activeElement)) {
        const notice = $("[data-options-notice]");
        if (notice) { notice.hidden = false; announce(t.roundsChanged); }
        return;
      }
      part.replaceWith(document.importNode(replacement, true));
      const placed = $(`[data-live-part="${part.dataset.livePart}"]`);
      placed.addEventListener("input", () => busy.add(placed));
      announce(t.roundsChanged);
    });
  }

  // ---- the edit page -----------------------------------------------------------------
  const editForm = $("[data-option-form]");
  let base = {};
  try { base = JSON.parse(editForm ? editForm.dataset.base || "{}" : "{}"); } catch { /* none */ }
  const loaded = {}; // what each text box held when the page was drawn
  if (editForm) {
    $$("[data-option-field]", editForm).forEach((wrapper) => {
      const box = $("textarea, input[type=text]", wrapper);
      if (box) loaded[wrapper.dataset.optionField] = box.value;
    });
  }

  function showUnderneath(data) {
    if (!editForm || data.id !== optionId) return;
    $$("[data-option-field]", editForm).forEach((wrapper) => {
      const key = wrapper.dataset.optionField;
      if (same(data.fields[key], base[key])) return;
      const box = $("textarea, input[type=text]", wrapper);
      const notice = $("[data-field-notice]", wrapper);
      const touched = !box || box.value !== loaded[key];
      if (!touched) {
        // Nobody is typing here: show their text in the box (saving keeps it).
        box.value = data.fields[key] || "";
        loaded[key] = box.value;
        $("[data-field-notice-head]", notice).textContent = t.fieldChangedUntouched || "";
        $("[data-field-notice-text]", notice).textContent = "";
      } else {
        $("[data-field-notice-head]", notice).textContent = t.fieldChangedTouched || "";
        $("[data-field-notice-text]", notice).textContent = display(key, data.fields[key]);
      }
      notice.hidden = false;
      base[key] = data.fields[key];
      announce(notice.textContent);
    });
  }

  // ---- the options list --------------------------------------------------------------
  const list = $("[data-options]");
  const openRounds = new Map(); // round id -> option ids, while the round is open

  function markRounds() {
    const inRound = new Set([...openRounds.values()].flat());
    $$("[data-option-round]", list).forEach((badge) => {
      badge.hidden = !inRound.has(badge.closest("li").id.replace(/^option-/, ""));
    });
  }

  function listOption(data) {
    let item = document.getElementById(`option-${data.id}`);
    if (!item) {
      $$("[data-none]", list).forEach((node) => node.remove());
      item = el("li", "card option-summary");
      item.id = `option-${data.id}`;
      const link = el("a");
      link.href = list.dataset.optionUrl.replace("OPTION", encodeURIComponent(data.id));
      const title = el("strong");
      title.dataset.optionTitle = "";
      link.append(title);
      const status = el("span");
      status.dataset.optionStatus = "";
      status.append(el("span", "badge"));
      const round = el("span", "badge badge-round", ($("[data-option-round]", list) || {}).textContent || "");
      round.dataset.optionRound = "";
      round.hidden = true;
      item.append(link, " ", status, " ", round);
      list.append(item);
      announce(t.newOption);
    }
    $("[data-option-title]", item).textContent = data.fields.title;
    setStatus($("[data-option-status]", item), data.status);
    markRounds();
  }

  function showRound(data) {
    if (data.open) openRounds.set(data.id, data.options || []);
    else openRounds.delete(data.id);
    if (list) markRounds();
    if (optionId && (data.options || []).includes(optionId)) refreshParts();
  }

  function fromSnapshot(data) {
    const options = data.options || {};
    openRounds.clear();
    (options.rounds || []).filter((each) => each.open).forEach((each) => {
      openRounds.set(each.id, each.options || []);
    });
    (options.items || []).forEach((item) => {
      if (list) listOption(item);
      if (item.id === optionId) {
        showOption(item, true);
        showUnderneath(item);
      }
    });
    (options.arguments || []).forEach(addArgument);
    (options.own_amendments || []).forEach(showOwnAmendment);
    if (list) markRounds();
  }

  // The facilitator's workspace draws nothing live yet: it offers a reload.
  const workspace = !optionId && !list;
  const stale = () => {
    const notice = $("[data-options-notice]");
    if (notice && notice.hidden) { notice.hidden = false; announce(t.changed); }
  };

  const store = createStore({ audience: role === "facilitator" ? "moderators" : "public" });
  store.subscribe(({ name, data, local }) => {
    if (local) return;
    if (workspace) {
      if (["option", "argument", "amendment", "round", "results"].includes(name)) stale();
      return;
    }
    if (name === "snapshot") fromSnapshot(data);
    else if (name === "tally" && data.kind === "argument") {
      Object.entries(data.counts || {}).forEach(([id, counts]) => {
        const node = document.querySelector(`#argument-${CSS.escape(id)} [data-count]`);
        if (node) node.textContent = (t.support || "%d").replace("%d", counts.votes);
      });
    } else if (name === "option") {
      if (list) listOption(data);
      showOption(data);
      showUnderneath(data);
    } else if (name === "argument") {
      addArgument(data);
    } else if (name === "amendment") {
      showOwnAmendment(data);
    } else if (name === "round") {
      showRound(data);
    } else if (name === "results") {
      if (optionId && (data.options || []).some((each) => each.option === optionId)) refreshParts();
    }
  });
  connect({ role, text: t, store });
}
