// A participant client for Dialogue's real-time protocol (docs/realtime.md), written from
// the documentation only: Node.js 20+ (built-in fetch), npm's socket.io-client.
//
//   node docs/examples/client.mjs http://127.0.0.1:5000 --code WEKYXU --name "A. Person"
//   node docs/examples/client.mjs http://127.0.0.1:5000 --invite http://127.0.0.1:5000/i/...
//
// It joins (walk-in by code, or a personal invite link), connects, syncs, posts, retries,
// votes, follows the deltas, drops the connection and catches up, and prints one JSON line
// per step, then a summary and everything it received; tests/test_outside_client.py runs it
// against a live server and checks each line.
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { io } from "socket.io-client";

// --- HTTP as a browser does it: cookies kept, redirects followed by hand -------------------
// (fetch would follow a redirect but drop the Set-Cookie of the 302 on the way).
export class Browser {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  get cookie() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(path, { method = "GET", form, json, headers = {} } = {}) {
    let url = new URL(path, this.base);
    let body = form ? new URLSearchParams(form) : json ? JSON.stringify(json) : undefined;
    const type = form ? "application/x-www-form-urlencoded" : json ? "application/json" : null;
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(url, {
        method, body, redirect: "manual",
        headers: { ...headers, ...(type && body ? { "content-type": type } : {}),
                   ...(this.cookies.size ? { cookie: this.cookie } : {}) },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const at = pair.indexOf("=");
        this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        method = "GET";
        body = undefined;
        continue;
      }
      return { status: response.status, url: url.href, text: await response.text() };
    }
    throw new Error("too many redirects");
  }
}

const find = (html, pattern) => (html.match(pattern) || [])[1];
// The page's CSRF token: every page carries it in <meta name="csrf-token">.
export const csrfOf = (html) => find(html, /<meta name="csrf-token" content="([^"]+)"/);

// --- Joining: the join pages, as a person fills them in ------------------------------------
// Walk-in: /join/<code> asks who you are (name, affiliation, stakeholder group), then the
// Chatham House Rule (accept=y); an invite link goes straight to the Rule. The session page
// (/s/<code>) names the session's public id in data-session and holds the socket's token.
export async function join(browser, { code, invite, name, affiliation = "", group }) {
  let page = await browser.request(invite || `/join/${encodeURIComponent(code)}`);
  for (let step = 0; step < 4; step++) {
    const session = find(page.text, /data-session="([0-9a-f]{32})"/);
    if (session) return { session, csrf: csrfOf(page.text), page: page.url };
    const form = { csrf_token: csrfOf(page.text) };
    if (/name="name"/.test(page.text)) {               // the walk-in form
      const groups = [...page.text.matchAll(/<option value="([^"]+)">/g)].map((m) => m[1]);
      Object.assign(form, { name, affiliation, stakeholder_group: group || groups[0] });
    } else if (/name="accept"/.test(page.text)) {      // the Rule
      form.accept = "y";
    } else {
      throw new Error(`cannot join: HTTP ${page.status} at ${page.url}`);
    }
    page = await browser.request(page.url, { method: "POST", form });
  }
  throw new Error("the join pages did not end on the session page");
}

// --- The socket ----------------------------------------------------------------------------
export const newKey = () => randomUUID().replaceAll("-", "");   // a client_key: 32 of [0-9a-f]

// Open a socket; resolve with it once connected, or reject with the refusal's reason.
export function connect(browser, auth, { headers = {}, reconnection = false } = {}) {
  const socket = io(browser.base, {
    auth, reconnection, forceNew: true, timeout: 10000,
    extraHeaders: { cookie: browser.cookie, ...headers },  // Node: the cookie by hand
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => { socket.close(); reject(error); });
  });
}

export const refusal = (promise) => promise.then(
  (socket) => { socket.close(); return "connected"; }, (error) => error.message);

// Every event is acknowledged: emit and wait for the reply.
export const call = (socket, event, payload) =>
  socket.timeout(10000).emitWithAck(event, payload);

// The state a client keeps: the highest seq applied, and the board items.
export class Store {
  constructor() {
    this.lastSeq = -1;
    this.items = new Map();
    this.boards = new Set();
    this.agenda = null;
    this.voted = new Set();
    this.syncing = false;
    this.held = [];                                     // deltas that came during a sync
    this.counts = { applied: 0, ignored: 0, gaps: 0 };
    this.heard = [];
  }

  snapshot(snap) {
    this.lastSeq = snap.seq;
    this.agenda = snap.agenda;
    this.items.clear();
    for (const [id, board] of Object.entries(snap.boards)) {
      this.boards.add(id);
      for (const item of board.items) this.items.set(item.id, item);
    }
    this.voted = new Set(snap.voted || []);
  }

  receive(event, data) {
    if (this.syncing) this.held.push([event, data]);
    else this.apply(event, data);
  }

  apply(event, data) {
    if (data && Number.isInteger(data.seq)) {
      if (data.seq <= this.lastSeq) { this.counts.ignored++; return; }  // seen already
      if (data.seq !== this.lastSeq + 1) this.counts.gaps++;
      this.lastSeq = data.seq;
      this.counts.applied++;
    }
    this.heard.push(event);
    if (event === "contribution_added" || event === "contribution_changed") {
      this.items.set(data.id, { ...this.items.get(data.id), ...data });
      this.boards.add(data.board);
    } else if (event === "contribution_removed") {
      this.items.delete(data.id);
    } else if (event === "tally" && data.kind === "contribution") {
      for (const [id, counts] of Object.entries(data.counts)) {
        if (this.items.has(id)) this.items.get(id).votes = counts.votes;
      }
    } else if (event === "agenda") {
      this.agenda = data;
      for (const item of data.items) if (item.board) this.boards.add(item.board);
    } else if (event === "own_contribution") {
      this.items.set(data.id, { ...this.items.get(data.id), ...data });
    }
  }

  // sync {last_seq}: -1 on first load; then apply the snapshot or the replay, then what
  // arrived meanwhile (anything at or below the new seq is ignored).
  async sync(socket) {
    this.syncing = true;
    try {
      const reply = await call(socket, "sync", { last_seq: this.lastSeq });
      if (!reply.ok) throw new Error(`sync refused: ${reply.error}`);
      if (reply.mode === "snapshot") this.snapshot(reply.snapshot);
      else for (const { event, data } of reply.events) this.apply(event, data);
      if (reply.mode === "replay") this.lastSeq = Math.max(this.lastSeq, reply.seq);
      return reply;
    } finally {
      this.syncing = false;
      for (const [event, data] of this.held.splice(0)) this.apply(event, data);
    }
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(test, ms = 10000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (test()) return true;
  return false;
}

// --- The walk-through ----------------------------------------------------------------------
async function main(argv) {
  const [base, ...rest] = argv;
  const opt = (flag) => (rest.includes(flag) ? rest[rest.indexOf(flag) + 1] : undefined);
  const received = [];                                  // every payload, for the summary
  const out = (step, data) => console.log(JSON.stringify({ step, ...data }));
  const browser = new Browser(base);

  const seat = await join(browser, { code: opt("--code"), invite: opt("--invite"),
    name: opt("--name") || "Example Participant", affiliation: opt("--affiliation") || "",
    group: opt("--group") });
  out("join", { ok: true, session: seat.session });

  // Refused connections: connect_error, its message the reason.
  const auth = { session: seat.session, role: "participant", csrf: seat.csrf };
  out("refused", {
    csrf: await refusal(connect(browser, { ...auth, csrf: "forged" })),
    unknown_session: await refusal(connect(browser, { ...auth, session: newKey() })),
    forbidden: await refusal(connect(browser, { ...auth, role: "facilitator" })),
    origin: await refusal(connect(browser, auth, { headers: { origin: "http://evil.example" } })),
  });
  // A foreign Origin is refused by the transport, before Socket.IO: plain HTTP 400.
  const handshake = await fetch(new URL("/socket.io/?EIO=4&transport=polling", base),
                                { headers: { origin: "http://evil.example" } });
  out("origin", { status: handshake.status, body: await handshake.text() });

  const store = new Store();
  const socket = await connect(browser, auth, { reconnection: true });
  const syncs = [];
  socket.onAny((event, data) => {
    received.push({ event, data });
    store.receive(event, data);
    if (event === "removed" || event === "session_closed") out(event, { data });
  });
  socket.on("connect", async () => {                    // every (re)connect: catch up
    const reply = await store.sync(socket);
    received.push({ ack: "sync", reply });
    syncs.push(reply);
  });
  const first = await store.sync(socket);
  received.push({ ack: "sync", reply: first });
  out("sync", { mode: first.mode, seq: store.lastSeq, boards: store.boards.size,
                items: store.items.size });

  const ack = async (event, payload) => {
    const reply = await call(socket, event, payload);
    received.push({ ack: event, reply });
    return reply;
  };
  const board = store.agenda.current;                   // a board's id is its agenda item's id

  // A post, and its retry with the same client_key.
  const post = { board, text: "Shared training budgets across ministries", client_key: newKey() };
  const posted = await ack("board_post", post);
  out("post", { ok: posted.ok, error: posted.error, status: posted.item?.status,
                mine: posted.item?.mine, replayed: posted.replayed === true });
  const again = await ack("board_post", post);
  out("retry", { ok: again.ok, replayed: again.replayed === true,
                 same_item: again.item?.id === posted.item?.id });

  // A vote for someone else's published item.
  const other = [...store.items.values()].find((item) => item.board === board && !item.mine &&
                                                (item.status ?? "published") === "published");
  const vote = other ? await ack("board_vote", { id: other.id, up: true, client_key: newKey() })
                     : { ok: false, error: "nothing to vote on" };
  out("vote", { ok: vote.ok, error: vote.error, voted: vote.voted });
  const seen = await waitFor(() => store.items.get(posted.item?.id)?.text === post.text &&
                                    store.items.get(other?.id)?.votes >= 1);
  out("deltas", { seen, heard: [...new Set(store.heard)].sort(), ...store.counts });

  // Unknown events and oversized payloads are answered too.
  const unknown = await ack("board_explode", {});
  const long = (text) => ack("board_post", { board, text, client_key: newKey() });
  const cyrillic = await long("Ж".repeat(3600));   // 3,600 characters: too long, not too large
  const huge = await long("a".repeat(16001));
  out("refusals", { unknown_event: unknown.error, cyrillic_3600: cyrillic.error,
                    over_16000: huge.error,
                    messages: [unknown, cyrillic, huge].every((reply) => reply.message) });

  // Drop the connection, miss a post (sent over the JSON API meanwhile), come back.
  const before = store.lastSeq;
  socket.disconnect();
  const api = await browser.request(
    `/api/v1/sessions/${seat.session}/boards/${board}/contributions`,
    { method: "POST", headers: { "x-csrftoken": seat.csrf },
      json: { text: "Recognise diplomas faster", client_key: newKey() } });
  const missed = JSON.parse(api.text);
  received.push({ http: "POST contributions", reply: missed });
  socket.connect();                                     // "connect" fires: sync {last_seq}
  await waitFor(() => syncs.length > 0);
  const replay = syncs[0] || {};
  await waitFor(() => store.items.has(missed.item?.id));
  out("resync", { status: api.status, mode: replay.mode, from: before, seq: replay.seq,
                  events: (replay.events || []).map((e) => e.event),
                  caught_up: store.items.has(missed.item?.id) });

  // A delta delivered twice (here: the same replay asked for again) is ignored by seq.
  const ignoredBefore = store.counts.ignored;
  const twice = await ack("sync", { last_seq: before });
  for (const { event, data } of twice.events || []) store.apply(event, data);
  out("duplicates", { events: twice.events?.length,
                      ignored: store.counts.ignored - ignoredBefore });

  // Private state is not replayed: ask for it.
  const mine = await ack("board_mine", {});
  out("mine", { ok: mine.ok, items: mine.items?.length, voted: mine.voted?.includes(other?.id) });

  out("summary", { last_seq: store.lastSeq, items: store.items.size, ...store.counts });
  out("received", { payloads: received });
  socket.close();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(() => process.exit(0), (error) => {
    console.log(JSON.stringify({ step: "error", message: String(error?.stack || error) }));
    process.exit(1);
  });
}
