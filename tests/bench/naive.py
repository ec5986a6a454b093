#!/usr/bin/python3
# naive.py REDIS_SOCKET PULL_ENDPOINT PUB_ENDPOINT — the obvious Python
# pipeline that make bench measures wirewatch against (Debian's python3-zmq,
# python3-redis, python3-msgpack): PULL a raw item, regex clean-up, SHA-1,
# SET NX, PUB. Exact duplicates only: no near copies, no events, no replay.
import hashlib, re, sys
import msgpack, redis, zmq

r = redis.Redis(unix_socket_path=sys.argv[1])
ctx = zmq.Context()
pull = ctx.socket(zmq.PULL)
pull.bind(sys.argv[2])
pub = ctx.socket(zmq.PUB)
pub.setsockopt(zmq.SNDHWM, 100000)
pub.bind(sys.argv[3])
tags, space = re.compile(r"<[^>]*>"), re.compile(r"\s+")
seq = 0
while True:
    item = msgpack.unpackb(pull.recv())
    text = space.sub(" ", tags.sub(" ", item["title"] + "\n" + item["body"])).strip().lower()
    digest = hashlib.sha1(text.encode()).hexdigest()
    new = r.set("naive:" + digest, item.get("id", ""), nx=True, ex=86400)
    seq += 1
    out = {k: v for k, v in item.items() if k != "body"}
    out.update(seq=seq, dup="new" if new else "exact", hash=digest)
    pub.send_multipart([b"item.new" if new else b"item.dup.exact", msgpack.packb(out)])
