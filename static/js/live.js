// The live connection shared by every screen: connect with the page's CSRF token, catch
// up with `sync` on every (re)connect, show the connection state, announce politely.
// Events carrying a `seq` are applied once, in order; those that arrive while a sync is
// in flight wait for it, so a snapshot never overwrites a newer delta.

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

export function connect({ role, text, onSnapshot, onEvent, onSynced }) {
  const root = document.querySelector("[data-session]");
  const indicator = document.querySelector("[data-connection]");
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const socket = io({ auth: { session: root.dataset.session, role, csrf } });
  let lastSeq = -1;
  let syncing = false;
  let queued = [];
  const boards = new Set(); // agenda items whose rooms this socket has joined

  function show(state) {
    if (!indicator) return;
    indicator.textContent = text[state] || state;
    indicator.classList.toggle("live", state === "live");
    indicator.classList.toggle("offline", state !== "live");
  }

  function deliver(name, data) {
    if (data && typeof data.seq === "number") {
      if (data.seq <= lastSeq) return; // already seen (a replay overlapping a live event)
      lastSeq = data.seq;
    }
    onEvent(name, data || {});
    if (name === "agenda") followBoards(data, true);
  }

  // An agenda item added after this socket connected has a room it is not in yet; a sync
  // joins it (the server re-joins every room of the session on sync).
  function followBoards(agenda, resync) {
    const fresh = (agenda.items || []).filter((item) => !boards.has(item.id));
    fresh.forEach((item) => boards.add(item.id));
    if (resync && fresh.length && !syncing) sync();
  }

  function sync() {
    syncing = true;
    socket.emit("sync", { last_seq: lastSeq }, (reply) => {
      syncing = false;
      if (!reply || !reply.ok) reply = { ok: false, mode: "none", events: [], seq: lastSeq };
      if (reply.mode === "snapshot") {
        lastSeq = reply.snapshot.seq;
        if (reply.snapshot.agenda) followBoards(reply.snapshot.agenda, false);
        onSnapshot(reply.snapshot);
      } else {
        reply.events.forEach((event) => deliver(event.event, event.data));
        lastSeq = Math.max(lastSeq, reply.seq);
      }
      const waiting = queued;
      queued = [];
      waiting.forEach(([name, data]) => deliver(name, data));
      show(reply.ok ? "live" : "reconnecting");
      if (onSynced) onSynced();
    });
  }

  socket.on("connect", sync);
  socket.on("disconnect", () => show("reconnecting"));
  socket.on("connect_error", () => show("reconnecting"));
  socket.onAny((name, data) => {
    if (syncing) queued.push([name, data]);
    else deliver(name, data);
  });

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
