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

// Writes made while the connection is down wait in this browser's outbox (localStorage,
// per session) with their idempotency key, and are sent once, in order, on reconnect: a
// retry with the same `client_key` is answered with the first reply (docs/realtime.md).
const OUTBOX = "dialogue.outbox.";

function outboxOf(session) {
  const key = OUTBOX + session;
  return {
    load() {
      try { return JSON.parse(window.localStorage.getItem(key) || "[]"); } catch { return []; }
    },
    save(list) {
      try {
        if (list.length) window.localStorage.setItem(key, JSON.stringify(list));
        else window.localStorage.removeItem(key);
      } catch { /* private mode: the outbox lives as long as the page */ }
    },
  };
}

export function connect({ role, text, store, onSynced, onSent, onOutbox }) {
  const root = document.querySelector("[data-session]");
  const indicator = document.querySelector("[data-connection]");
  const banner = document.querySelector("[data-offline-banner]");
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const socket = io({ auth: { session: root.dataset.session, role, csrf } });
  const outbox = outboxOf(root.dataset.session);
  let memory = outbox.load(); // also kept here, if localStorage is unavailable
  let flushing = false;
  let ended = false; // removed, or the session closed: no reconnecting, no outbox

  function show(state) {
    if (banner) banner.hidden = state === "live" || ended;
    if (!indicator) return;
    indicator.textContent = text[state] || state;
    indicator.classList.toggle("live", state === "live");
    indicator.classList.toggle("offline", state !== "live");
  }

  function waiting() { return memory.slice(); }

  function keep(list) {
    memory = list;
    outbox.save(list);
    const count = document.querySelector("[data-outbox-count]");
    if (count) {
      count.textContent = list.length && text.outbox
        ? text.outbox.replace("%(n)s", String(list.length)) : "";
    }
    if (onOutbox) onOutbox(waiting());
  }

  // The store keeps the sequence, holds what arrives during a sync and applies the reply;
  // then what waited in the outbox goes out, then the page asks for its own state.
  function sync() {
    socket.emit("sync", store.beginSync(), async (reply) => {
      show(store.endSync(reply) ? "live" : "reconnecting");
      await flush();
      if (onSynced) onSynced();
    });
  }

  store.subscribe((change) => { if (change.resync) sync(); });
  socket.on("connect", sync);
  socket.on("disconnect", () => show("reconnecting"));
  socket.on("connect_error", (error) => {
    show("reconnecting");
    // The session closed while this page was away: show its "Session ended" screen.
    if (error && error.message === "unknown_session" && root.dataset.endedUrl) {
      window.location.assign(root.dataset.endedUrl);
    }
  });
  socket.onAny((name, data) => store.receive(name, data));
  // The browser knows first when the network is gone (a phone leaving the Wi-Fi): say
  // so at once rather than after the heartbeat times out, and come back when it returns.
  window.addEventListener("offline", () => { socket.disconnect(); show("offline"); });
  window.addEventListener("online", () => { if (!socket.connected && !ended) socket.connect(); });

  // Writes carry an idempotency key; a timed-out write is sent again with the same key,
  // so the server applies it at most once.
  function emit(name, payload, attempts = 2) {
    return new Promise((resolve) => {
      socket.timeout(8000).emit(name, payload, (error, reply) => {
        if (!error) return resolve(reply);
        if (attempts > 1 && socket.connected) return resolve(emit(name, payload, attempts - 1));
        resolve({ ok: false, error: "timeout", message: text.failed || "Not sent." });
      });
    });
  }

  function enqueue(name, payload) {
    if (!memory.some((entry) => entry.payload.client_key === payload.client_key)) {
      keep([...memory, { name, payload }]);
    }
    return { ok: false, error: "queued", queued: true, message: text.queued || "" };
  }

  // `queue`: a write that may wait for the connection (a post, a vote, an answer).
  async function send(name, payload, { queue = false } = {}) {
    if (queue && !socket.connected && !ended) return enqueue(name, payload);
    const reply = await emit(name, payload);
    if (queue && reply.error === "timeout" && !socket.connected) return enqueue(name, payload);
    return reply;
  }

  async function flush() {
    if (flushing) return;
    flushing = true;
    try {
      while (socket.connected && memory.length) {
        const entry = memory[0];
        const reply = await emit(entry.name, entry.payload);
        if (reply.error === "timeout") break; // not through yet: at the next connect
        keep(memory.filter((each) => each.payload.client_key !== entry.payload.client_key));
        if (onSent) onSent(entry, reply);
      }
    } finally {
      flushing = false;
    }
  }

  // The page is done with the session (removed from it, or it closed).
  function stop() {
    ended = true;
    socket.disconnect();
    if (banner) banner.hidden = true;
  }

  if (memory.length) keep(memory); // written before a reload: shown, sent on connect
  return { socket, send, waiting, stop };
}
