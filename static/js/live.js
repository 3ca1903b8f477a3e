// The live connection shared by every screen: connect with the page's CSRF token, catch
// up with `sync` on every (re)connect, show the connection state, announce politely.
// What arrives goes to the page's store (store.js), which applies each `seq` once, in
// order, and holds what arrives while a sync is in flight.

/* global io */

export function strings(element) {
  try { return JSON.parse(element.dataset.strings || "{}"); } catch { return {}; }
}

export function announce(text) {
  const region = document.getElementById("announcer");
  if (!region || !text) return;
  region.textContent = "";
  // A fresh text node after a tick, so screen readers announce a repeated message too.
  window.setTimeout(() => { region.textContent = text; }, 50);
}

export function clientKey() {
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function connect({ role, text, store, onSynced }) {
  const root = document.querySelector("[data-session]");
  const indicator = document.querySelector("[data-connection]");
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const socket = io({ auth: { session: root.dataset.session, role, csrf } });

  function show(state) {
    if (!indicator) return;
    indicator.textContent = text[state] || state;
    indicator.classList.toggle("live", state === "live");
    indicator.classList.toggle("offline", state !== "live");
  }

  // The store keeps the sequence, holds what arrives during a sync and applies the reply.
  function sync() {
    socket.emit("sync", store.beginSync(), (reply) => {
      show(store.endSync(reply) ? "live" : "reconnecting");
      if (onSynced) onSynced();
    });
  }

  store.subscribe((change) => { if (change.resync) sync(); });
  socket.on("connect", sync);
  socket.on("disconnect", () => show("reconnecting"));
  socket.on("connect_error", () => show("reconnecting"));
  socket.onAny((name, data) => store.receive(name, data));

  // Writes carry an idempotency key; a timed-out write is sent again with the same key,
  // so the server applies it at most once.
  function send(name, payload, attempts = 2) {
    return new Promise((resolve) => {
      socket.timeout(8000).emit(name, payload, (error, reply) => {
        if (!error) return resolve(reply);
        if (attempts > 1) return resolve(send(name, payload, attempts - 1));
        resolve({ ok: false, error: "timeout", message: text.failed || "Not sent." });
      });
    });
  }

  return { socket, send };
}
