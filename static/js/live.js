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

// The Socket.IO client, once its script has run. The board loads it `async` (a phone on a
// slow network can use the page before it arrives: docs/phone.md); other pages load it
// before their module, so it is there at once.
function socketClient() {
  if (typeof window.io === "function") return Promise.resolve(window.io);
  const tag = document.querySelector("script[data-socket-client]");
  if (!tag) return Promise.reject(new Error("no Socket.IO client on this page"));
  return new Promise((resolve, reject) => {
    tag.addEventListener("load", () => resolve(window.io), { once: true });
    tag.addEventListener("error", reject, { once: true });
  });
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
  let socket = null; // made once the Socket.IO client has loaded (see socketClient)
  let stopped = false;
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

  const connected = () => Boolean(socket && socket.connected);

  const ready = socketClient().then((io) => {
    if (stopped) return null;
    // WebSocket first (one round trip to connect instead of four over long-polling, which
    // on a slow phone network is a second or more); long-polling if it cannot connect.
    socket = io({ auth: { session: root.dataset.session, role, csrf },
      transports: ["websocket", "polling"], tryAllTransports: true });
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
    return socket;
  }, () => { show("reconnecting"); return null; });
  // The browser knows first when the network is gone (a phone leaving the Wi-Fi): say
  // so at once rather than after the heartbeat times out, and come back when it returns.
  window.addEventListener("offline", () => { if (socket) socket.disconnect(); show("offline"); });
  window.addEventListener("online", () => {
    if (socket && !socket.connected && !ended) socket.connect();
  });

  // Writes carry an idempotency key; a timed-out write is sent again with the same key,
  // so the server applies it at most once.
  function emit(name, payload, attempts = 2) {
    const failed = { ok: false, error: "timeout", message: text.failed || "Not sent." };
    return ready.then((live) => new Promise((resolve) => {
      if (!live) return resolve(failed);
      live.timeout(8000).emit(name, payload, (error, reply) => {
        if (!error) return resolve(reply);
        if (attempts > 1 && live.connected) return resolve(emit(name, payload, attempts - 1));
        resolve(failed);
      });
    }));
  }

  function enqueue(name, payload) {
    if (!memory.some((entry) => entry.payload.client_key === payload.client_key)) {
      keep([...memory, { name, payload }]);
    }
    return { ok: false, error: "queued", queued: true, message: text.queued || "" };
  }

  // `queue`: a write that may wait for the connection (a post, a vote, an answer).
  async function send(name, payload, { queue = false } = {}) {
    if (queue && !connected() && !ended) return enqueue(name, payload);
    const reply = await emit(name, payload);
    if (queue && reply.error === "timeout" && !connected()) return enqueue(name, payload);
    return reply;
  }

  async function flush() {
    if (flushing) return;
    flushing = true;
    try {
      while (connected() && memory.length) {
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
    stopped = true;
    if (socket) socket.disconnect();
    if (banner) banner.hidden = true;
  }

  if (memory.length) keep(memory); // written before a reload: shown, sent on connect
  return {
    // The socket once it exists; before that, a stand-in whose disconnect() stops it
    // from being made.
    get socket() { return socket || { disconnect() { stopped = true; } }; },
    ready,
    send,
    waiting,
    stop,
  };
}

// Small DOM helpers shared by the live screens (dom.js re-exports them). They live in this
// file so that the board, on a phone, loads one module less: over HTTP/1.1 a seventh file
// waits a whole round trip for a free connection (docs/phone.md). Text always goes in as
// text nodes, never as HTML, so nothing a participant writes can become markup.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label, onClick, className = "button secondary") {
  const node = el("button", className, label);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

// Fill `node` with `text`, wrapping the detector's spans ([{start, end}]) in <mark>.
export function markSpans(node, text, spans) {
  node.replaceChildren();
  let at = 0;
  (spans || []).forEach((span) => {
    node.append(document.createTextNode(text.slice(at, span.start)),
      el("mark", "", text.slice(span.start, span.end)));
    at = span.end;
  });
  node.append(document.createTextNode(text.slice(at)));
  return node;
}
