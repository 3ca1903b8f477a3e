// The "Session ended" screen (templates/join/ended.html): while the outcome is not shared
// yet, look again every minute and show its download as soon as the facilitator shares
// it, without a reload. The new part is taken from this same page, rendered by the server.

import { announce } from "./live.js";

const screen = document.querySelector("[data-session-ended]");
if (screen && screen.querySelector("[data-outcome-waiting]")) {
  const timer = window.setInterval(async () => {
    try {
      const response = await fetch(window.location.href, { credentials: "same-origin" });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.querySelector("[data-session-ended]");
      if (!fresh || !fresh.querySelector("[data-outcome-downloads]")) return;
      window.clearInterval(timer);
      screen.replaceChildren(...fresh.childNodes);
      announce(screen.querySelector("[data-outcome-downloads]").previousElementSibling.textContent);
    } catch { /* offline for now: the next minute tries again */ }
  }, 60000);
}
