#!/usr/bin/env python3
# make_seeds.py — writes the hand-made seeds of the fuzz targets into
# tests/fuzz/corpus/<target>/ (run from the repository root; the files are
# kept in git, and so is every input a fuzz run found a fault with, named
# crash-<what>, which this script never writes). Each seed is a case a reader of
# PROTOCOL.md would try first: a valid message, each rejection, the frame
# layouts of the ROUTER endpoints, and the shapes that break parsers (deep
# nesting, huge declared sizes, invalid UTF-8, numbers at their limits).
import os
import struct


def mp(x):
    """A minimal msgpack encoder: None, bool, int, float, str, bytes, list,
    dict, and Raw for bytes taken as they are."""
    if isinstance(x, Raw):
        return x.b
    if x is None:
        return b"\xc0"
    if x is True:
        return b"\xc3"
    if x is False:
        return b"\xc2"
    if isinstance(x, int):
        if 0 <= x <= 0x7F:
            return bytes([x])
        if -32 <= x < 0:
            return struct.pack("b", x)
        if 0 <= x < 2**64:
            return b"\xcf" + struct.pack(">Q", x)
        return b"\xd3" + struct.pack(">q", x)
    if isinstance(x, float):
        return b"\xcb" + struct.pack(">d", x)
    if isinstance(x, str):
        b = x.encode("utf-8", "surrogatepass")
        return (bytes([0xA0 | len(b)]) if len(b) < 32 else b"\xdb" + struct.pack(">I", len(b))) + b
    if isinstance(x, bytes):
        return b"\xc6" + struct.pack(">I", len(x)) + x
    if isinstance(x, list):
        return b"\xdd" + struct.pack(">I", len(x)) + b"".join(mp(v) for v in x)
    if isinstance(x, dict):
        out = b"\xdf" + struct.pack(">I", len(x))
        for k, v in x.items():
            out += mp(k) + mp(v)
        return out
    raise TypeError(x)


class Raw:
    def __init__(self, b):
        self.b = b


def item(**over):
    it = {"v": 1, "id": "tass-1", "source": "tass.com", "url": "https://tass.com/politics/1",
          "title": "Lavrov, Kerry discuss Syria by phone",
          "body": "MOSCOW, March 6. /TASS/. Russian Foreign Minister Sergey Lavrov and US "
                  "Secretary of State John Kerry discussed Syria by phone on Sunday.",
          "lang": "en", "published": 1457276520000}
    for k, v in over.items():
        if v is Ellipsis:
            it.pop(k, None)
        else:
            it[k] = v
    return it


def frames(*fs):
    """fuzz_frames.h: a count byte, then a 2-byte big-endian length per frame."""
    return bytes([len(fs)]) + b"".join(struct.pack(">H", len(f)) + f for f in fs)


def write(target, name, data):
    d = os.path.join("tests/fuzz/corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


GOOD = mp(item())
BAD_ITEMS = {
    "no-source": mp(item(source=...)),
    "title-int": mp(item(title=7)),
    "bad-utf8": mp(item(title=Raw(b"\xa2\xc3\x28"))),
    "surrogate": mp(item(body=Raw(b"\xa3\xed\xa0\x80"))),
    "overlong": mp(item(body=Raw(b"\xa2\xc0\xaf"))),
    "v2": mp(item(v=2)),
    "empty": mp(item(title="", body="")),
    "trailing": GOOD + b"\xc0",
    "truncated": GOOD[: len(GOOD) // 2],
    "not-map": mp(["a", 1]),
    "int-key": Raw(b"\x81\x01\x02").b,
    "long-id": mp(item(id="x" * 300)),
    "huge-declared": b"\xdb\xff\xff\xff\xff" + b"x" * 8,
    "map32-declared": b"\xdf\xff\xff\xff\xff\x01",
    "deep": b"\x91" * 5000,
    "published-min": mp(item(published=-(2**63))),
}

# fuzz_ack: the ack endpoint's and PULL's frames
write("fuzz_ack", "pull-item", frames(GOOD))
write("fuzz_ack", "dealer-token-item", frames(b"\x00\x6b\x8b\x45\x67", b"0:1", GOOD))
write("fuzz_ack", "dealer-item", frames(b"\x00\x6b\x8b\x45\x67", GOOD))
write("fuzz_ack", "req-delimiter-item", frames(b"\x00\x6b\x8b\x45\x67", b"", GOOD))
write("fuzz_ack", "req-delimiter-token-item", frames(b"\x00\x6b\x8b\x45\x67", b"", b"t1", GOOD))
write("fuzz_ack", "empty-token", frames(b"\x00\x6b\x8b\x45\x67", b"", b"", GOOD))
write("fuzz_ack", "extra-frames", frames(b"id", b"", b"t", GOOD, b"extra"))
write("fuzz_ack", "identity-only", frames(b"id"))
write("fuzz_ack", "nine-frames", frames(*([b"x"] * 9)))
write("fuzz_ack", "empty-frames", frames(b"", b"", b""))
for name, body in BAD_ITEMS.items():
    write("fuzz_ack", "token-" + name, frames(b"id", b"tok", body))

# fuzz_replay: the replay endpoint's requests
def req(**kw):
    r = {"v": 1, "from": 1}
    r.update(kw)
    return mp(r)

write("fuzz_replay", "dealer-from", frames(b"\x00\x6b\x8b\x45\x67", req()))
write("fuzz_replay", "req-from-to-topic",
      frames(b"\x00\x6b\x8b\x45\x67", b"", req(to=100, topic="item.new")))
write("fuzz_replay", "no-from", frames(b"id", mp({"v": 1, "to": 5})))
write("fuzz_replay", "from-str", frames(b"id", req(**{"from": "1"})))
write("fuzz_replay", "from-negative", frames(b"id", req(**{"from": -1})))
write("fuzz_replay", "from-max", frames(b"id", req(**{"from": 2**64 - 1, "to": 0})))
write("fuzz_replay", "topic-bad-utf8", frames(b"id", req(topic=Raw(b"\xa2\xff\xfe"))))
write("fuzz_replay", "topic-long", frames(b"id", req(topic="t" * 5000)))
write("fuzz_replay", "two-requests", frames(b"id", req(), req()))
write("fuzz_replay", "trailing", frames(b"id", req() + b"\x00"))
write("fuzz_replay", "not-msgpack", frames(b"id", b"\xc1"))
write("fuzz_replay", "empty", frames(b"id", b""))
write("fuzz_replay", "deep", frames(b"id", b"\x81\xa1a" * 2000))
write("fuzz_replay", "map32-bomb", frames(b"id", b"\xdf\xff\xff\xff\xff\x01"))

# fuzz_json: feed's JSON lines, and messages a reader turns into JSON
LINE = ('{"id": "tass-1", "source": "tass.com", "url": "https://tass.com/1", '
        '"title": "Lavrov, Kerry discuss Syria", "body": "MOSCOW, March 6. /TASS/. Text.", '
        '"published": "2016-03-06T15:42:00Z"}')
json_lines = {
    "item": LINE,
    "item-offset": LINE.replace("15:42:00Z", "18:42:00.250+03:00"),
    "published-int": LINE.replace('"2016-03-06T15:42:00Z"', "1457276520000"),
    "published-bad": LINE.replace("2016-03-06T15:42:00Z", "2016-02-30T25:61:00Z"),
    "published-year0": LINE.replace("2016-03-06T15:42:00Z", "0000-01-01T00:00:00Z"),
    "published-year9999": LINE.replace("2016-03-06T15:42:00Z", "9999-12-31T23:59:59.999-23:59"),
    "nul-escape": '{"title": "a\\u0000b", "body": "x"}',
    "lone-surrogate": '{"title": "\\ud800", "body": "x"}',
    "pair-surrogate": '{"title": "\\ud83d\\ude00", "body": "x"}',
    "array": "[1, 2, 3]",
    "string": '"just a string"',
    "not-json": "this is not JSON",
    "cut": LINE[:40],
    "numbers": '{"a": 1e400, "b": -0, "c": 99999999999999999999, "d": -9223372036854775808, '
               '"e": 0.1, "f": 1.7976931348623157e308}',
    "nested": '{"a": ' * 100 + "1" + "}" * 100,
    "deep-array": "[" * 3000 + "]" * 3000,
    "dup-keys": '{"v": 2, "v": 1, "title": "t", "title": 5}',
    "v-given": '{"v": "one", "title": "t"}',
    "nul-key": '{"a\\u0000b": 1}',
}
for name, line in json_lines.items():
    write("fuzz_json", "line-" + name, line.encode("utf-8", "surrogatepass"))
write("fuzz_json", "line-bad-utf8", b'{"title": "\xff\xfe", "body": "x"}')
write("fuzz_json", "line-bom", b"\xef\xbb\xbf" + LINE.encode())
msgs = {
    "item": GOOD,
    "dead": mp({"v": 1, "seq": 9, "code": "not_map", "reason": "expected a map, got bin",
                "origin": "ingest", "received": 1457276520000, "raw_len": 5,
                "raw": b"hello"}),
    "times-extreme": mp({"published": -(2**63), "received": 2**63 - 1,
                         "processed": 2**64 - 1, "at": -1}),
    "str-bad-utf8": mp({"title": Raw(b"\xa3\xe2\x28\xa1")}),
    "floats": mp({"nan": float("nan"), "inf": float("inf"), "tiny": 5e-324, "x": 0.85}),
    "float32": mp({"f": Raw(b"\xca\x7f\xc0\x00\x00")}),
    "ext": mp({"e": Raw(b"\xd4\x01\x02"), "e8": Raw(b"\xc7\x03\x05abc")}),
    "nested": mp({"a": [[{"b": [1, None, True]}]]}),
    "int-keys": Raw(b"\x82\x01\x02\xa1k\x03").b,
    "nul-key": mp({"a\x00b": 1}),
    "map32-bomb": b"\xdf\xff\xff\xff\xff\x01",
    "deep": b"\x91" * 3000 + b"\xc0",
}
for name, m in msgs.items():
    write("fuzz_json", "msgpack-" + name, m)

# the older targets had no seeds of their own in the tree
for name, body in BAD_ITEMS.items():
    write("fuzz_proto", name, body)
write("fuzz_proto", "item", GOOD)
write("fuzz_proto", "ack", mp({"v": 1, "status": "ok", "ingest_seq": 3, "already": True}))
write("fuzz_proto", "replay-end", mp({"v": 1, "last": 5, "head": 9, "first": 1, "more": 1}))
write("fuzz_proto", "heartbeat", mp({"v": 1, "head": 9, "at": 1457276520000, "epoch": "e1"}))
write("fuzz_proto", "reset", mp({"v": 1, "epoch": "e2", "head": 0, "was": 9,
                                 "reason": "gone", "at": 1}))
TEXT = ("MOSCOW, March 6. /TASS/. Russian Foreign Minister Sergey Lavrov and US Secretary "
        "of State John Kerry discussed Syria by phone on Sunday, the ministry said.")
write("fuzz_text", "dateline", b"Title\x00" + TEXT.encode())
write("fuzz_text", "cyrillic", "Лавров и Керри\x00МОСКВА, 6 марта. /ТАСС/. Лавров и Керри "
      "обсудили по телефону Сирию.".encode())
write("fuzz_text", "bad-utf8", b"\xff\xfe\x00\xc0\xaf\xed\xa0\x80")
write("fuzz_classify", "call", b"Lavrov, Kerry discuss Syria\x00" + TEXT.encode())
write("fuzz_classify", "meeting", b"Lavrov meets Kerry\x00GENEVA, Jan 25. Lavrov met Kerry "
      b"in Geneva on Monday.")
with open("deploy/catalog/events.catalog", "rb") as f:
    head = f.read(3000)
write("fuzz_catalog", "shipped-head", head[: head.rindex(b"\n") + 1])
write("fuzz_catalog", "garbage", b"version 1\nevent x\nactor\n\xff\xfe\n| | |\n  alias en \"a\n")
write("fuzz_conf", "size", b"max-item-size 1mb")
write("fuzz_conf", "duration", b"claim-idle 30s")
write("fuzz_conf", "bad", b"redis-timeout -5ms")
write("fuzz_conf", "time", b"2016-03-06T18:42:00.250+03:00")
