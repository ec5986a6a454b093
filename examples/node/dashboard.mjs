// SPDX-License-Identifier: MIT
//
// dashboard.mjs — a wirewatch subscriber in Node (npm: zeromq, @msgpack/msgpack),
// to copy from; the same as ../dashboard.py.
//
// It subscribes to a topic prefix on the daemon's publish endpoint (SUB) and
// to the heartbeat, decodes each [topic, msgpack] message, and prints one JSON
// line per message in seq order. Every message carries a seq, contiguous over
// all topics; when it sees a gap (a seq past the next one, or a heartbeat
// whose head is past what it has), it asks the replay endpoint (DEALER) for
// the missing range and prints those first. --from SEQ starts with the kept
// messages from SEQ on. A seq already handled (the event.<type> copy of an
// item, a resend) is dropped.
//
//   cd examples/node && npm install
//   node dashboard.mjs --publish tcp://127.0.0.1:5559 --replay tcp://127.0.0.1:5560 --topic item.new
//
// --pause-after N --pause S stops reading for S seconds after N messages, so
// that ZeroMQ drops messages (past --rcvhwm) and the replay shows its worth.
//
// With CURVE on the daemon (curve-secret-key), --client-key names this
// dashboard's secret certificate and --server-key the daemon's public one,
// made by `wirewatch keygen`; the dashboard's public certificate must be in
// the daemon's curve-subscribers.
import { readFileSync } from "node:fs";
import { Dealer, Subscriber } from "zeromq";
import { decode, encode } from "@msgpack/msgpack";

function parseArgs(argv) {
  const a = { publish: "tcp://127.0.0.1:5559", replay: "tcp://127.0.0.1:5560", topic: "item.",
              from: 0, count: 0, timeout: 0, rcvhwm: 1000, pauseAfter: 0, pause: 0,
              clientKey: "", serverKey: "" };
  const names = { "--publish": "publish", "--replay": "replay", "--topic": "topic",
                  "--from": "from", "--count": "count", "--timeout": "timeout",
                  "--rcvhwm": "rcvhwm", "--pause-after": "pauseAfter", "--pause": "pause",
                  "--client-key": "clientKey", "--server-key": "serverKey" };
  for (let i = 2; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (key === undefined || i + 1 >= argv.length) {
      console.error(`usage: node dashboard.mjs [${Object.keys(names).join(" X] [")} X]`);
      process.exit(64);
    }
    a[key] = typeof a[key] === "number" ? Number(argv[i + 1]) : argv[i + 1];
  }
  return a;
}

// A key of a zcert file (CZMQ's certificate format): `public-key = "..."`.
function certKey(path, name) {
  const m = readFileSync(path, "utf8").match(new RegExp(`^\\s*${name}\\s*=\\s*"(.{40})"`, "m"));
  if (m === null) {
    console.error(`dashboard.mjs: no ${name} in ${path}`);
    process.exit(78);
  }
  return m[1];
}

// CURVE client options, or none (plain text).
function curve(a) {
  if (!a.clientKey && !a.serverKey) return {};
  if (!a.clientKey || !a.serverKey) {
    console.error("dashboard.mjs: --client-key and --server-key go together");
    process.exit(64);
  }
  return { curvePublicKey: certKey(a.clientKey, "public-key"),
           curveSecretKey: certKey(a.clientKey, "secret-key"),
           curveServerKey: certKey(a.serverKey, "public-key") };
}

const args = parseArgs(process.argv);
const sub = new Subscriber({ receiveHighWaterMark: args.rcvhwm, ...curve(args) });
sub.connect(args.publish);
sub.subscribe(args.topic);
sub.subscribe("hb");
const dealer = new Dealer({ linger: 0, receiveTimeout: 5000, ...curve(args) });
dealer.connect(args.replay);

let covered = args.from > 0 ? args.from - 1 : null; // every seq <= covered is done
let printed = 0;
let paused = false;
const done = () => args.count > 0 && printed >= args.count;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function show(topic, msg) {
  const seq = Number(msg.seq);
  if (covered !== null && seq <= covered) return; // a copy or a resend
  covered = seq;
  if (done()) return;
  const event = msg.event ?? {};
  const dup = msg.dup ?? {};
  console.log(JSON.stringify({ seq, topic, id: msg.id, source: msg.source, lang: msg.lang,
                               dup: dup.status ?? null, event: event.id ?? null,
                               reports: event.reports ?? null }));
  printed++;
  if (args.pauseAfter && printed === args.pauseAfter && !paused) {
    paused = true;
    await sleep(args.pause * 1000);
  }
}

// Fetches seqs first..last (0: up to the newest) and shows them.
async function replay(first, last) {
  const start = first;
  let got = 0;
  while (!done()) {
    await dealer.send(encode({ v: 1, from: first, to: last, topic: args.topic }));
    let end;
    for (;;) {
      const [topic, body] = await dealer.receive(); // throws after receiveTimeout
      const t = topic.toString();
      const msg = decode(body);
      if (t === "replay.error") throw new Error(`replay refused: ${msg.error}`);
      if (t === "replay.end") {
        end = msg;
        break;
      }
      await show(t, msg);
      got++;
    }
    if (Number(end.last) > (covered ?? 0)) covered = Number(end.last);
    if (!end.more) break;
    first = Number(end.last) + 1;
  }
  console.error(`replayed seq ${start}..${last || "head"}: ${got} messages`);
}

async function onLive(topic, msg) {
  if (topic === "hb") {
    const head = Number(msg.head);
    if (covered === null) covered = head; // start from now
    else if (head > covered) {
      console.error(`gap: heartbeat head ${head}, have ${covered}`);
      await replay(covered + 1, head);
    }
    return;
  }
  const seq = Number(msg.seq);
  if (covered === null) covered = seq - 1;
  else if (seq > covered + 1) {
    console.error(`gap: got seq ${seq}, have ${covered}`);
    await replay(covered + 1, seq - 1);
  }
  await show(topic, msg);
}

async function main() {
  if (covered !== null) await replay(covered + 1, 0);
  sub.receiveTimeout = 1000;
  let last = Date.now();
  while (!done()) {
    if (args.timeout && Date.now() - last > args.timeout * 1000) break;
    let frames;
    try {
      frames = await sub.receive();
    } catch (e) {
      if (e.code === "EAGAIN") continue; // nothing this second
      throw e;
    }
    const before = printed;
    await onLive(frames[0].toString(), decode(frames[1]));
    if (printed > before) last = Date.now();
  }
  sub.close();
  dealer.close();
  return args.count === 0 || printed >= args.count ? 0 : 1;
}

main().then((rc) => process.exit(rc), (e) => {
  console.error(`dashboard.mjs: ${e.message}`);
  process.exit(1);
});
