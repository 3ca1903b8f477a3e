// Checks of docs/realtime.md that need the facilitator as well as a participant, made the
// way an outside client would, on the documented example's helpers
// (docs/examples/client.mjs). Run by tests/test_outside_client.py:
//   node tests/outside_client_checks.mjs URL --sid SID --code CODE --email E --password P
// Prints one JSON line per check, then everything received.
import {
  Browser, Store, call, connect, csrfOf, join, newKey, refusal, waitFor,
} from "../docs/examples/client.mjs";

const [base, ...rest] = process.argv.slice(2);
const opt = (flag) => rest[rest.indexOf(flag) + 1];
const out = (step, data) => console.log(JSON.stringify({ step, ...data }));
const received = [];
const sid = opt("--sid");
const answerOf = (reply) => (reply.ok ? reply.mode : reply.error);

async function live(browser, role, csrf, who = role) {
  const store = new Store();
  const socket = await connect(browser, { session: sid, role, csrf });
  socket.onAny((event, data) => { received.push({ role: who, event, data }); store.receive(event, data); });
  const ack = async (event, payload) => {
    const reply = await call(socket, event, payload);
    received.push({ role: who, ack: event, reply });
    return reply;
  };
  store.syncs = 0;
  const sync = async () => { store.syncs++; const reply = await store.sync(socket); received.push({ role: who, ack: "sync", reply }); return reply; };
  await sync();
  return { socket, store, ack, sync };
}

async function main() {
  // The facilitator logs in through the login form; any page then holds the CSRF token.
  const desk = new Browser(base);
  const login = await desk.request("/facilitate/login");
  const home = await desk.request(login.url, { method: "POST", form: {
    csrf_token: csrfOf(login.text), email: opt("--email"), password: opt("--password") } });
  const setup = await desk.request(`/facilitate/${sid}`);
  out("login", { ok: setup.status === 200 && !/name="password"/.test(home.text) });
  const consoleCsrf = csrfOf(setup.text);
  const mod = await live(desk, "facilitator", consoleCsrf);

  const person = new Browser(base);
  const seat = await join(person, { code: opt("--code"), name: opt("--name"),
                                    affiliation: opt("--affiliation") });
  const alice = await live(person, "participant", seat.csrf);

  // No seat, or a seat whose person has not yet accepted the Rule: forbidden.
  const stranger = new Browser(base);
  const entry = await stranger.request(`/join/${opt("--code")}`);
  const noSeat = await refusal(connect(stranger, { session: sid, role: "participant",
                                                   csrf: csrfOf(entry.text) }));
  const groups = [...entry.text.matchAll(/<option value="([^"]+)">/g)].map((m) => m[1]);
  const rule = await stranger.request(entry.url, { method: "POST", form: {
    csrf_token: csrfOf(entry.text), name: opt("--name") + " Three", affiliation: "",
    stakeholder_group: groups[0] } });
  const notAccepted = await refusal(connect(stranger, { session: sid, role: "participant",
                                                        csrf: csrfOf(rule.text) }));
  out("not_seated", { no_seat: noSeat, rule_page: /name="accept"/.test(rule.text),
                      rule_not_accepted: notAccepted });

  // A board added after connecting: the set-up page's "Add an agenda item" form, then
  // agenda_control open; a post on it reaches the sockets opened before, with no new sync.
  const known = new Set(alice.store.agenda.items.map((item) => item.id));
  const form = setup.text.match(/<form[^>]*action="[^"]*\/agenda"[^>]*>([\s\S]*?)<\/form>/)[1];
  const fields = {};
  for (const m of form.matchAll(/<input[^>]*name="([^"]+)"[^>]*?(?:value="([^"]*)")?[^>]*>/g)) {
    if (/type="checkbox"/.test(m[0])) continue;
    fields[m[1]] = m[2] ?? "";
  }
  for (const name of Object.keys(fields)) {
    if (name.endsWith("csrf_token")) fields[name] = consoleCsrf;
    if (name.endsWith("-title")) fields[name] = "Returns";
    if (name.endsWith("-minutes")) fields[name] = "10";
  }
  const kind = form.match(/<select[^>]*name="([^"]*board_kind)"/)[1];
  fields[kind] = "contributions";
  fields[kind.replace("board_kind", "question")] = "What works?";
  const added = await desk.request(`/facilitate/${sid}/agenda`, { method: "POST", form: fields });
  await waitFor(() => alice.store.agenda.items.some((item) => !known.has(item.id)));
  const fresh = alice.store.agenda.items.find((item) => !known.has(item.id));
  const opened = fresh && await mod.ack("agenda_control", { action: "open", item: fresh.id,
                                                            client_key: newKey() });
  const syncsBefore = alice.store.syncs;
  const post = fresh && await alice.ack("board_post", { board: fresh.id, text: "Return counselling",
                                                        client_key: newKey() });
  const heard = await waitFor(() => alice.store.items.get(post?.item?.id)?.board === fresh.id);
  const consoleHeard = await waitFor(() => received.some((r) => r.role === "facilitator" &&
    r.event === "moderation_item" && r.data.id === post?.item?.id));
  out("board_added", { status: added.status, opened: opened?.ok === true,
                       posted: post?.ok === true, heard_on_new_board: heard,
                       console_heard: consoleHeard, synced_again: alice.store.syncs > syncsBefore });
  const item = post.item.id;

  // Labels: up to 5, each up to 30 characters; beyond: invalid. Not a list: malformed.
  const label = (labels) => mod.ack("board_moderate", { id: item, action: "label", labels,
                                                         client_key: newKey() });
  out("labels", { six: (await label(["a", "b", "c", "d", "e", "f"])).error,
                  long: (await label(["x".repeat(31)])).error,
                  thirty: (await label(["y".repeat(30)])).ok,
                  not_a_list: (await label("a,b")).error });
  out("actions", {
    moderate: (await mod.ack("board_moderate", { id: item, action: "explode", client_key: newKey() })).error,
    agenda: (await mod.ack("agenda_control", { action: "explode", client_key: newKey() })).error,
  });

  // The size limit is counted on compact JSON, each character once.
  const edit = (text) => mod.ack("board_moderate", { id: item, action: "edit", text, client_key: newKey() });
  const cyrillic = await edit("Ж".repeat(3600));
  // At the limit exactly: JSON.stringify of the payload is 16,000 characters, then 16,001.
  const sized = (length) => {
    const payload = { id: item, action: "edit", text: "", client_key: newKey() };
    payload.text = "Ж".repeat(length - JSON.stringify(payload).length);
    return mod.ack("board_moderate", payload);
  };
  out("size", { cyrillic_3600: cyrillic.ok ? "ok" : cyrillic.error,
                over_16000: (await edit("a".repeat(16001))).error,
                at_16000: (await sized(16000)).error, at_16001: (await sized(16001)).error });

  // A facilitator's write retried with the same key.
  const settings = { board: fresh.id, premoderation: true, client_key: newKey() };
  const first = await mod.ack("board_settings", settings);
  const again = await mod.ack("board_settings", settings);
  const { replayed, ...rest2 } = again;
  out("replayed", { first: first.replayed === true, again: replayed === true,
                    same: JSON.stringify(rest2) === JSON.stringify(first) });

  // The console misses a post and gets it back by replay, numbered in its own sequence.
  const from = mod.store.lastSeq;
  mod.socket.disconnect();
  const missed = await alice.ack("board_post", { board: seat && alice.store.agenda.current || fresh.id,
                                                 text: "Mentoring for trainees", client_key: newKey() });
  mod.socket.connect();
  await waitFor(() => mod.socket.connected);
  const replay = await mod.sync();
  const names = (replay.events || []).map((e) => [e.event, e.data.id]);
  out("console_replay", { mode: replay.mode, from, seq: replay.seq,
    moderation_item: names.some(([e, id]) => e === "moderation_item" && id === missed.item?.id),
    contiguous: (replay.events || []).every((e, i) => e.data.seq === from + 1 + i),
    gaps: mod.store.counts.gaps + alice.store.counts.gaps });

  // The same client_key with another payload: the first reply again, nothing new applied.
  const key = newKey();
  const once = await alice.ack("board_post", { board: fresh.id, text: "Language courses first", client_key: key });
  const other = await alice.ack("board_post", { board: fresh.id, text: "Something else", client_key: key });
  const mine = await alice.ack("board_mine", {});
  out("same_key", { replayed: other.replayed === true, same_item: other.item?.id === once.item?.id,
                    text: other.item?.text,
                    stored: mine.items.filter((i) => i.text === "Something else").length });

  // Who sees a held post: its author (mine: true) and the console, not another participant
  // nor the projector.
  const held = missed.item.id;
  const find = (reply) => Object.values(reply.snapshot.boards).flatMap((b) => b.items)
    .find((i) => i.id === held);
  const view = (reply) => { const i = find(reply); return i ? (i.mine ? `mine ${i.status}` : i.status ?? "public") : "absent"; };
  const bobBrowser = new Browser(base);
  const bobSeat = await join(bobBrowser, { code: opt("--code"), name: opt("--name") + " Two",
                                      affiliation: opt("--affiliation") });
  const bob = await live(bobBrowser, "participant", bobSeat.csrf, "bob");
  const projector = await live(desk, "projector", consoleCsrf);
  const fresh2 = async (who) => who.ack("sync", { last_seq: -1 });
  out("held_views", { author: view(await fresh2(alice)), other: view(await fresh2(bob)),
                      projector: view(await fresh2(projector)), console: view(await fresh2(mod)) });
  projector.socket.close();

  // The facilitator removes bob's seat (the set-up page's "Remove"): bob hears removed,
  // is disconnected, and cannot connect again.
  const roster = await desk.request(`/facilitate/${sid}`);
  const row = roster.text.split("<tr>").find((r) => r.includes(`${opt("--name")} Two`));
  const revoke = row.match(/action="([^"]*\/revoke)"/)[1];
  const bobDropped = new Promise((resolve) => bob.socket.once("disconnect", resolve));
  await desk.request(revoke, { method: "POST", form: { csrf_token: csrfOf(roster.text) } });
  const why = await Promise.race([bobDropped, new Promise((r) => setTimeout(() => r("still open"), 5000))]);
  const notice = received.find((r) => r.event === "removed");
  const toBob = notice?.role === "bob";
  out("removed", { notice: notice?.data, to_bob: toBob, disconnect: why,
                   again: await refusal(connect(bobBrowser, { session: sid, role: "participant",
                                                              csrf: bobSeat.csrf })) });

  // The JSON API: the same refusals, with an HTTP status and the same shape.
  const api = async (path, json, headers = { "x-csrftoken": seat.csrf }) => {
    const reply = await person.request(`/api/v1/sessions/${sid}${path}`, { method: "POST", json, headers });
    let body; try { body = JSON.parse(reply.text); } catch { body = reply.text.slice(0, 80); }
    received.push({ role: "participant", http: path, reply: body });
    return `${reply.status} ${body?.error ?? body}`;
  };
  out("api", {
    too_large: await api(`/boards/${fresh.id}/contributions`, { text: "a".repeat(16001), client_key: newKey() }),
    not_found: await api(`/boards/${"0".repeat(32)}/contributions`, { text: "Hello there", client_key: newKey() }),
    no_key: await api(`/boards/${fresh.id}/contributions`, { text: "Hello there" }),
    no_csrf: await api(`/boards/${fresh.id}/contributions`, { text: "Hello there", client_key: newKey() }, {}),
    forbidden: await api("/agenda", { action: "next", client_key: newKey() }),
  });

  // sync: a number the audience never reached gets a snapshot; a payload that is not
  // {last_seq: integer} is, like any other event's, malformed.
  out("sync_input", {
    far_ahead: answerOf(await alice.ack("sync", { last_seq: 10 ** 9 })),
    not_a_number: answerOf(await alice.ack("sync", { last_seq: "x" })),
    unknown_field: answerOf(await alice.ack("sync", { last_seq: -1, foo: 1 })),
    not_an_object: answerOf(await alice.ack("sync", "hello")),
  });

  // A message over 64 KB closes the connection.
  const closed = new Promise((resolve) => alice.socket.once("disconnect", resolve));
  alice.socket.emit("board_post", { board: fresh.id, text: "a".repeat(70000), client_key: newKey() });
  const reason = await Promise.race([closed, new Promise((r) => setTimeout(() => r("still open"), 5000))]);
  out("too_big_message", { reason });

  // Closing the session: session_closed {} to the session; afterwards no socket opens.
  alice.socket.connect();
  await waitFor(() => alice.socket.connected);
  const page = await desk.request(`/facilitate/${sid}`);
  await desk.request(`/facilitate/${sid}/close`, { method: "POST",
    form: { csrf_token: csrfOf(page.text), confirm: "y" } });
  const heardClosed = await waitFor(() => received.some((r) => r.role === "participant" &&
                                                          r.event === "session_closed"));
  const closedPayload = received.find((r) => r.event === "session_closed")?.data;
  const dropped = await waitFor(() => !alice.socket.connected, 3000);
  const write = alice.socket.connected ? (await alice.ack("board_post", { board: fresh.id,
    text: "After the close", client_key: newKey() })).error : "not connected";
  const read = alice.socket.connected ? answerOf(await alice.ack("sync", { last_seq: -1 })) : "not connected";
  const after = await refusal(connect(person, { session: sid, role: "participant", csrf: seat.csrf }));
  out("closed", { heard: heardClosed, payload: closedPayload, disconnected: dropped,
                  post_after: write, sync_after: read, reconnect: after });

  out("received", { payloads: received });
  mod.socket.close();
  alice.socket.close();
}

main().then(() => process.exit(0), (error) => {
  console.log(JSON.stringify({ step: "error", message: String(error?.stack || error) }));
  process.exit(1);
});
