/* SPDX-License-Identifier: MIT
 *
 * fuzz_ack — what the ingest endpoints make of a message (daemon/frames.c):
 * the envelope of the ack endpoint's ROUTER ([identity][""]?[token]?[item]),
 * the one frame of PULL, and the item's validation; then the answer and the
 * dead letter the daemon would build from the verdict, which must decode
 * again. The input is split into frames by fuzz_frames.h. Aborts when a
 * property breaks: an envelope that is not 1..3 frames, a payload index out
 * of range, a valid verdict without a payload, an item field that does not
 * point into the payload, or an answer or dead letter that does not decode. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frames.h"
#include "fuzz_frames.h"
#include "ww_proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ITEM_SIZE 4096 /* small, so that too_large is reached too */

static void
check(bool ok)
{
    if (!ok)
        abort();
}

static bool
inside(ww_str_t s, const ww_buf_t *frame)
{
    return s.len == 0 ||
           (s.p >= frame->ptr && s.p + s.len <= frame->ptr + frame->len);
}

static void
check_answer(const ww_reject_t *why, bool valid)
{
    ww_ack_t ack = { valid ? WW_ACK_OK : WW_ACK_REJECTED, valid ? 7 : 0,
                     { valid ? NULL : why->text, valid ? 0 : strlen(why->text) }, false };
    ww_buf_t b = WW_BUF_INIT;
    ww_proto_encode_ack(&b, &ack);
    ww_ack_t back;
    ww_reject_t err;
    check(ww_proto_decode_ack((const uint8_t *)b.ptr, b.len, &back, &err) == 0);
    check(back.status == ack.status);
    check(valid ? back.ingest_seq == 7
                : back.reason.len == ack.reason.len &&
                      memcmp(back.reason.p, ack.reason.p, ack.reason.len) == 0);
    ww_buf_free(&b);
}

static void
check_dead(const ww_reject_t *why, const ww_buf_t *raw)
{
    ww_dead_t dead = { why->text, ww_reject_name(why->code), "ingest", 1457276520000LL,
                       raw ? (const uint8_t *)raw->ptr : NULL, raw ? raw->len : 0 };
    ww_buf_t b = WW_BUF_INIT;
    ww_proto_encode_dead(&b, &dead);
    msgpack_unpacked u;
    ww_reject_t err;
    check(ww_proto_unpack((const uint8_t *)b.ptr, b.len, &u, &err) == 0);
    const msgpack_object *len = ww_proto_get(&u.data, "raw_len");
    check(len != NULL && len->via.u64 == dead.raw_len);
    msgpack_unpacked_destroy(&u);
    ww_buf_free(&b);
}

static void
one(const ww_zmsg_t *m, bool routed)
{
    frames_t f;
    ww_item_t item;
    ww_reject_t why;
    int rc = frames_item(m, routed, MAX_ITEM_SIZE, &f, &item, &why);
    if (routed)
        check(f.n_route >= 1 && f.n_route <= 3 && f.n_route <= m->n);
    else
        check(f.n_route == 0);
    if (f.has_payload)
        check(f.payload == f.n_route && m->n == f.payload + 1 && !m->truncated);
    if (rc == 0) {
        const ww_buf_t *p = &m->frame[f.payload];
        check(f.has_payload && p->len <= MAX_ITEM_SIZE);
        check(inside(item.id, p) && inside(item.source, p) && inside(item.url, p) &&
              inside(item.title, p) && inside(item.body, p) && inside(item.lang, p));
        check(item.title.len > 0 || item.body.len > 0);
    } else {
        check(why.code > WW_REJECT_NONE && why.code < WW_REJECT_COUNT && why.text[0] != '\0');
        check((why.code == WW_REJECT_FRAMES) == !f.has_payload);
        /* the daemon keeps the payload (on PULL the first frame) */
        check_dead(&why, f.has_payload ? &m->frame[f.payload] : routed ? NULL : &m->frame[0]);
    }
    check_answer(&why, rc == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ww_zmsg_t m;
    fuzz_frames_split(data, size, &m);
    one(&m, false);
    one(&m, true);
    return 0;
}
