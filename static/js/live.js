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

export function connect({ role, text, store, onSynced }) {
  const root = document.querySelector("[data-session]");
  const indicator = document.querySelector("[data-connection]");
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  let socket = null;
  let stopped = false;

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

  const ready = socketClient().then((io) => {
    if (stopped) return null;
    // WebSocket first (one round trip to connect instead of four over long-polling, which
    // on a slow phone network is a second or more); long-polling if it cannot connect.
    socket = io({ auth: { session: root.dataset.session, role, csrf },
      transports: ["websocket", "polling"], tryAllTransports: true });
    store.subscribe((change) => { if (change.resync) sync(); });
    socket.on("connect", sync);
    socket.on("disconnect", () => show("reconnecting"));
    socket.on("connect_error", () => show("reconnecting"));
    socket.onAny((name, data) => store.receive(name, data));
    return socket;
  }, () => { show("reconnecting"); return null; });

  // Writes carry an idempotency key; a timed-out write is sent again with the same key,
  // so the server applies it at most once.
  function send(name, payload, attempts = 2) {
    return ready.then((live) => new Promise((resolve) => {
      if (!live) return resolve({ ok: false, error: "timeout", message: text.failed || "Not sent." });
      live.timeout(8000).emit(name, payload, (error, reply) => {
        if (!error) return resolve(reply);
        if (attempts > 1) return resolve(send(name, payload, attempts - 1));
        resolve({ ok: false, error: "timeout", message: text.failed || "Not sent." });
      });
    }));
  }

  return {
    // The socket once it exists; before that, a stand-in whose disconnect() stops it
    // from being made.
    get socket() { return socket || { disconnect() { stopped = true; } }; },
    ready,
    send,
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
