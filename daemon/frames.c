/* SPDX-License-Identifier: MIT
 *
 * frames — see frames.h. */
#include "frames.h"

#include <stdio.h>

static void
frames_error(ww_reject_t *why, const char *text)
{
    why->code = WW_REJECT_FRAMES;
    snprintf(why->text, sizeof why->text, "%s", text);
}

/* The ack endpoint's envelope: the identity, the empty delimiter a REQ peer
 * adds (an empty second frame of three or more), and a token when exactly
 * two frames follow it. */
static size_t
ack_route(const ww_zmsg_t *m)
{
    bool delimiter = m->n > 2 && m->frame[1].len == 0;
    size_t after = m->n - 1 - (delimiter ? 1 : 0);
    return 1 + (delimiter ? 1 : 0) + (after == 2 ? 1 : 0);
}

int
frames_item(const ww_zmsg_t *m, bool routed, size_t max_item_size, frames_t *f,
            ww_item_t *item, ww_reject_t *why)
{
    f->n_route = routed && m->n > 0 ? ack_route(m) : 0;
    f->payload = f->n_route;
    f->has_payload = m->n == f->n_route + 1 && !m->truncated;
    if (!f->has_payload) {
        frames_error(why, routed ? "expected [token] item after the envelope"
                                 : "expected one frame (the item)");
        return -1;
    }
    const ww_buf_t *p = &m->frame[f->payload];
    return ww_proto_decode_item((const uint8_t *)p->ptr, p->len, max_item_size, item, why);
}

int
frames_replay(const ww_zmsg_t *m, frames_t *f, ww_replay_req_t *req, ww_reject_t *why)
{
    f->n_route = m->n >= 3 && m->frame[1].len == 0 ? 2 : m->n > 0 ? 1 : 0;
    f->payload = f->n_route;
    f->has_payload = m->n == f->n_route + 1 && !m->truncated;
    if (!f->has_payload) {
        frames_error(why, "expected one frame: the request");
        return -1;
    }
    const ww_buf_t *p = &m->frame[f->payload];
    return ww_proto_decode_replay_req((const uint8_t *)p->ptr, p->len, req, why);
}
