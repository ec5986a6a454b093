/* SPDX-License-Identifier: MIT
 *
 * near — the Redis side of near-duplicate lookup: for a batch of items, read
 * the index buckets of their bands (GET P{w}:b:…, pipelined), collect the
 * candidates, read their sketches (HGET P{w}:s:…), and verify each with
 * fingerprint_is_near; the best verified candidate gives the item its near
 * verdict. Reads only: commit.lua decides, and turns an item away (conflict)
 * when a matching record was appended after WATERMARK, so two near copies
 * committed at the same moment by two workers give exactly one "new". */
#ifndef WW_WORKERS_NEAR_H
#define WW_WORKERS_NEAR_H

#include <stddef.h>
#include <stdint.h>

#include "commit.h"
#include "dedup/fingerprint.h"
#include "worker.h"

/* Sets near/root_seq/root_id/similarity of every result with has_fp, and
 * *WATERMARK. Returns 0, or -1 when Redis failed. */
int near_lookup(worker_t *w, result_t *results, size_t n, uint64_t *watermark);

#endif
