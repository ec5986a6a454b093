#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""dashboard.py — a wirewatch subscriber in Python (Debian: python3-zmq
python3-msgpack), to copy from.

It subscribes to a topic prefix on the daemon's publish endpoint (SUB) and to
the heartbeat, decodes each [topic, msgpack] message, and prints one JSON line
per message in seq order. Every message carries a seq, contiguous over all
topics; when it sees a gap (a seq past the next one, or a heartbeat whose
head is past what it has), it asks the replay endpoint (DEALER) for the
missing range and prints those first. --from SEQ starts with the kept
messages from SEQ on (a late start is a gap too). An item that reports an
event also goes out as event.<type> with the same seq: a seq already handled
is dropped.

    python3 examples/dashboard.py --publish tcp://127.0.0.1:5559 \\
        --replay tcp://127.0.0.1:5560 --topic item.new

--pause-after N --pause S stops reading for S seconds after N messages, so
that ZeroMQ drops messages (past --rcvhwm) and the replay shows its worth.

With CURVE on the daemon (curve-secret-key), give this dashboard's secret
certificate and the daemon's public one, made by `wirewatch keygen`; the
dashboard's public certificate must be in the daemon's curve-subscribers:

    python3 examples/dashboard.py --client-key dash_secret --server-key server
"""
import argparse
import json
import sys
import time

import msgpack
import zmq


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--publish", default="tcp://127.0.0.1:5559", help="publish-endpoint")
    ap.add_argument("--replay", default="tcp://127.0.0.1:5560", help="replay-endpoint")
    ap.add_argument("--topic", default="item.", help="topic prefix (item., item.new, event., update.)")
    ap.add_argument("--from", dest="start", type=int, default=0, help="start with the kept seqs from SEQ")
    ap.add_argument("--count", type=int, default=0, help="exit after N messages")
    ap.add_argument("--timeout", type=float, default=0, help="exit after S seconds without one")
    ap.add_argument("--rcvhwm", type=int, default=1000, help="SUB receive high-water mark")
    ap.add_argument("--pause-after", type=int, default=0, help="demo: pause after N messages")
    ap.add_argument("--pause", type=float, default=0, help="demo: seconds to pause")
    ap.add_argument("--client-key", help="CURVE: this dashboard's secret certificate (PATH_secret)")
    ap.add_argument("--server-key", help="CURVE: the daemon's public certificate")
    args = ap.parse_args()
    if bool(args.client_key) != bool(args.server_key):
        ap.error("--client-key and --server-key go together")
    return args


def curve(sock, args):
    """Makes SOCK a CURVE client of the daemon (before it connects). The
    certificates are CZMQ's zcert files, which pyzmq reads as they are."""
    if not args.client_key:
        return
    import zmq.auth
    public, secret = zmq.auth.load_certificate(args.client_key)
    server, _ = zmq.auth.load_certificate(args.server_key)
    if secret is None:
        raise SystemExit("dashboard.py: %s holds no secret key (give PATH_secret)" % args.client_key)
    sock.curve_publickey, sock.curve_secretkey, sock.curve_serverkey = public, secret, server


class Dashboard:
    def __init__(self, args):
        self.args = args
        self.ctx = zmq.Context()
        self.sub = self.ctx.socket(zmq.SUB)
        self.sub.setsockopt(zmq.RCVHWM, args.rcvhwm)
        curve(self.sub, args)
        self.sub.connect(args.publish)
        self.sub.setsockopt(zmq.SUBSCRIBE, args.topic.encode())
        self.sub.setsockopt(zmq.SUBSCRIBE, b"hb")
        self.dealer = self.ctx.socket(zmq.DEALER)
        self.dealer.setsockopt(zmq.LINGER, 0)
        curve(self.dealer, args)
        self.dealer.connect(args.replay)
        self.covered = args.start - 1 if args.start > 0 else None  # every seq <= covered is done
        self.printed = 0
        self.paused = False

    def done(self):
        return self.args.count > 0 and self.printed >= self.args.count

    def show(self, topic, msg):
        seq = msg["seq"]
        if self.covered is not None and seq <= self.covered:
            return  # a copy (event.<type>) or a resend of a seq already handled
        self.covered = seq
        if self.done():
            return
        event = msg.get("event") or {}
        dup = msg.get("dup") or {}
        print(json.dumps({"seq": seq, "topic": topic, "id": msg.get("id"),
                          "source": msg.get("source"), "lang": msg.get("lang"),
                          "dup": dup.get("status"), "event": event.get("id"),
                          "reports": event.get("reports")}), flush=True)
        self.printed += 1
        if self.args.pause_after and self.printed == self.args.pause_after and not self.paused:
            self.paused = True
            time.sleep(self.args.pause)

    def replay(self, first, last):
        """Fetches seqs first..last (0: up to the newest) and shows them."""
        got, start = 0, first
        while not self.done():
            req = {"v": 1, "from": first, "to": last, "topic": self.args.topic}
            self.dealer.send(msgpack.packb(req))
            while True:
                if not self.dealer.poll(5000):
                    raise SystemExit("dashboard.py: the replay endpoint does not answer")
                topic, body = self.dealer.recv_multipart()
                msg = msgpack.unpackb(body, raw=False)
                if topic == b"replay.error":
                    raise SystemExit("dashboard.py: replay refused: " + msg["error"])
                if topic != b"replay.end":
                    self.show(topic.decode(), msg)
                    got += 1
                    continue
                if msg["last"] > (self.covered or 0):
                    self.covered = msg["last"]
                break
            if not msg["more"]:
                break
            first = msg["last"] + 1
        print("replayed seq %d..%s: %d messages" % (start, last or "head", got),
              file=sys.stderr, flush=True)

    def on_live(self, topic, msg):
        if topic == b"hb":
            head = msg["head"]
            if self.covered is None:
                self.covered = head  # start from now
            elif head > self.covered:
                print("gap: heartbeat head %d, have %d" % (head, self.covered), file=sys.stderr)
                self.replay(self.covered + 1, head)
            return
        seq = msg["seq"]
        if self.covered is None:
            self.covered = seq - 1
        elif seq > self.covered + 1:
            print("gap: got seq %d, have %d" % (seq, self.covered), file=sys.stderr)
            self.replay(self.covered + 1, seq - 1)
        self.show(topic.decode(), msg)

    def run(self):
        if self.covered is not None:
            self.replay(self.covered + 1, 0)
        last = time.monotonic()
        while not self.done():
            wait = 1000
            if self.args.timeout:
                left = last + self.args.timeout - time.monotonic()
                if left <= 0:
                    break
                wait = int(min(left, 1) * 1000)
            if not self.sub.poll(wait):
                continue
            before = self.printed
            topic, body = self.sub.recv_multipart()
            self.on_live(topic, msgpack.unpackb(body, raw=False))
            if self.printed > before:
                last = time.monotonic()
        return 0 if self.args.count == 0 or self.printed >= self.args.count else 1


if __name__ == "__main__":
    sys.exit(Dashboard(parse_args()).run())
