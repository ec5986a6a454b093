/* SPDX-License-Identifier: MIT
 *
 * fuzz_replay — what the replay endpoint makes of a request
 * (daemon/frames.c: [identity][""]?[{v, from, to?, topic?}]), and the
 * answers it would send. The input is split into frames by fuzz_frames.h.
 * Aborts when a property breaks: an envelope that is not 1..2 frames, a
 * payload index out of range, a topic that does not point into the request,
 * a decoded request that does not encode and decode to itself, or an
 * answer that does not decode. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frames.h"
#include "fuzz_frames.h"
#include "ww_proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(bool ok)
{
    if (!ok)
        abort();
}

static void
check_roundtrip(const ww_replay_req_t *req)
{
    ww_buf_t b = WW_BUF_INIT;
    ww_proto_encode_replay_req(&b, req);
    ww_replay_req_t back;
    ww_reject_t why;
    check(ww_proto_decode_replay_req((const uint8_t *)b.ptr, b.len, &back, &why) == 0);
    check(back.from == req->from && back.to == req->to && back.topic.len == req->topic.len &&
          (req->topic.len == 0 || memcmp(back.topic.p, req->topic.p, req->topic.len) == 0));
    ww_buf_free(&b);
}

static void
check_error_answer(const ww_reject_t *why)
{
    ww_buf_t b = WW_BUF_INIT;
    ww_proto_encode_replay_error(&b, why->text, 42);
    msgpack_unpacked u;
    ww_reject_t err;
    check(ww_proto_unpack((const uint8_t *)b.ptr, b.len, &u, &err) == 0);
    const msgpack_object *e = ww_proto_get(&u.data, "error");
    check(e != NULL && e->type == MSGPACK_OBJECT_STR && e->via.str.size == strlen(why->text));
    msgpack_unpacked_destroy(&u);
    ww_buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ww_zmsg_t m;
    fuzz_frames_split(data, size, &m);
    frames_t f;
    ww_replay_req_t req;
    ww_reject_t why;
    int rc = frames_replay(&m, &f, &req, &why);
    check(f.n_route >= 1 && f.n_route <= 2 && f.n_route <= m.n);
    if (f.has_payload)
        check(f.payload == f.n_route && m.n == f.payload + 1 && !m.truncated);
    if (rc == 0) {
        const ww_buf_t *p = &m.frame[f.payload];
        check(f.has_payload);
        check(req.topic.len == 0 ||
              (req.topic.p >= p->ptr && req.topic.p + req.topic.len <= p->ptr + p->len));
        check_roundtrip(&req);
    } else {
        check(why.text[0] != '\0');
        check_error_answer(&why);
    }
    return 0;
}
