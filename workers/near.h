/* SPDX-License-Identifier: MIT
 *
 * near — the worker's side of the near-duplicate index. The worker follows
 * the fingerprint log in Redis (workers/dedup/bands.h) into its own index
 * (workers/dedup/fpindex.h) and looks items up there: lookups cost Redis
 * nothing. Following costs one GET of the log's end and GETRANGEs of the
 * segments behind it (near_catch_up: at start, when a commit answers
 * "stale", when idle); a commit brings the log bytes written since the
 * worker's watermark in its reply (near_apply). The verdicts are checked in
 * commit.lua, which turns an item away (conflict) when a record committed
 * after the watermark shares enough marks or the exact hash with it, so two
 * near copies committed at the same moment by two workers give exactly one
 * "new". Records older than dedup-retention leave the index. */
#ifndef WW_WORKERS_NEAR_H
#define WW_WORKERS_NEAR_H

#include <stddef.h>
#include <stdint.h>

#include "commit.h"
#include "worker.h"

/* Reads the log from w->log.pos (or, when not loaded yet or the log went
 * back, from its oldest segment into an emptied index) to its end. A
 * segment that expired is skipped. Returns 0, or -1 when Redis failed. */
int near_catch_up(worker_t *w);

/* Adds the records of the log bytes P[0..LEN), which start at w->log.pos,
 * to the index and moves w->log.pos past them. Malformed bytes are logged
 * and make the next near_catch_up reload the log. */
void near_apply(worker_t *w, const uint8_t *p, size_t len);

/* Sets near/exact/root_seq/root_id/similarity/near_index of every item of
 * RESULTS[0..N) from the index and from the batch's earlier items, after
 * dropping the records past the retention. No Redis. */
void near_lookup(worker_t *w, result_t *results, size_t n);

/* Frees the index. */
void near_free(worker_t *w);

#endif
