/* SPDX-License-Identifier: MIT
 *
 * frames — the pure reading of what the daemon's input sockets receive:
 * which frames are the envelope an answer goes back with, which one is the
 * payload, and whether the payload is what the endpoint takes. No socket,
 * no Redis, no log: ingest.c and replay.c call these on every message, and
 * the fuzz targets (tests/fuzz/fuzz_ack.c, fuzz_replay.c) call them the same
 * way on untrusted bytes.
 *
 *   ingest (PULL)    [item]
 *   ack (ROUTER)     [identity][""]?[token]?[item]   a REQ peer adds ""
 *   replay (ROUTER)  [identity][""]?[request]
 *
 * Decoded strings borrow from M's frames: valid until M is received into
 * again. */
#ifndef WW_DAEMON_FRAMES_H
#define WW_DAEMON_FRAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "ww_proto.h"
#include "ww_zsock.h"

typedef struct {
    size_t n_route; /* envelope frames to repeat in an answer: 0 on PULL, 1..3 on ROUTER */
    bool has_payload; /* false when the frames were not as expected */
    size_t payload; /* index of the payload frame, when has_payload */
} frames_t;

/* Reads an item message: on PULL (ROUTED false) one frame, on the ack
 * endpoint (ROUTED true) the envelope and one frame. Fills *F always, and
 * decodes the item (at most MAX_ITEM_SIZE bytes) into *ITEM. Returns 0 for a
 * valid item, or -1 with WHY: WW_REJECT_FRAMES when the frames were not as
 * expected (F->has_payload is then false), else the item's own reason. */
int frames_item(const ww_zmsg_t *m, bool routed, size_t max_item_size, frames_t *f,
                ww_item_t *item, ww_reject_t *why);

/* Reads a replay request: the envelope and one frame holding {v, from, to?,
 * topic?}. Fills *F always and *REQ on success. Returns 0, or -1 with WHY
 * (its text is what the answer "replay.error" says). */
int frames_replay(const ww_zmsg_t *m, frames_t *f, ww_replay_req_t *req, ww_reject_t *why);

#endif
