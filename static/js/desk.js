// The facilitator's set-up pages: copy buttons, the print button and the set-up page's
// sections (one shown at a time, chosen from the section nav or the address's #anchor).
// Without JavaScript every section shows and the links jump to it.
(function () {
  "use strict";

  function announce(text) {
    const region = document.getElementById("announcer");
    if (!region || !text) return;
    region.textContent = "";
    window.setTimeout(() => { region.textContent = text; }, 50);
  }

  // The Clipboard API needs a secure context; over plain http on a LAN it is missing, so
  // fall back to selecting the text and the old copy command.
  function copyText(text, source) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise((resolve, reject) => {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.append(area);
      area.select();
      const done = document.execCommand && document.execCommand("copy");
      area.remove();
      if (done) { resolve(); return; }
      if (source && source.select) source.select();
      reject(new Error("copy refused"));
    });
  }

  // What cannot be undone asks first (removing an agenda item or a participant).
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });

  document.querySelectorAll("[data-copy]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      const source = document.getElementById(button.dataset.copy);
      if (!source) return;
      const text = source.value !== undefined ? source.value : source.textContent.trim();
      copyText(text, source).then(
        () => announce(button.dataset.copied),
        () => announce(button.dataset.copyFailed));
    });
  });

  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });

  const nav = document.querySelector("[data-section-nav]");
  if (!nav) return;
  document.querySelectorAll(".setup-grid").forEach((grid) => grid.classList.add("tabbed"));
  const links = Array.from(nav.querySelectorAll("a[href^='#']"));
  const sections = links.map((link) => document.getElementById(link.hash.slice(1)))
    .filter(Boolean);

  function show(id, focus) {
    const target = sections.find((section) => section.id === id) || sections[0];
    sections.forEach((section) => { section.hidden = section !== target; });
    links.forEach((link) => {
      if (link.hash.slice(1) === target.id) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
    if (focus) {
      const heading = target.querySelector("h2");
      if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
    }
  }

  // A form that came back with errors opens its section; otherwise the address says.
  const invalid = document.querySelector(".has-error, .errors");
  const withError = invalid && sections.find((section) => section.contains(invalid));
  const fromHash = sections.find((section) => section.id === window.location.hash.slice(1))
    || sections.find((section) => section.querySelector(`[id="${window.location.hash.slice(1)}"]`));
  show(withError ? withError.id : (fromHash ? fromHash.id : sections[0].id), false);

  links.forEach((link) => {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      window.history.replaceState(null, "", link.hash);
      show(link.hash.slice(1), true);
    });
  });
  window.addEventListener("hashchange", () => show(window.location.hash.slice(1), false));
})();
