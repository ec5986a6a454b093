/* SPDX-License-Identifier: MIT
 *
 * commit — hands a batch of results to commit.lua in one EVALSHA: for each
 * entry, XACK (stop if already acknowledged), XDEL, the duplicate verdict
 * (SET NX of the exact hash), INCR seq, XADD to the output stream; or, for a
 * dead letter, XADD to the dead-letter stream and the output stream. A crash
 * before the call leaves the entries pending (another worker claims them); the
 * script runs whole or not at all. */
#ifndef COMMIT_H
#define COMMIT_H

#include <stdbool.h>
#include <stddef.h>

#include "worker.h"
#include "ww_proto.h"

typedef struct {
    const entry_t *entry;  /* borrowed */
    bool dead;             /* dead letter instead of an item */
    const char *ident;     /* item id, or the reason code of a dead letter */
    char reason[128];      /* dead letter: the reason text */
    char hash[33];         /* item: exact-duplicate hash (hex) */
    ww_buf_t msg;          /* owned: the encoded message (without seq/verdict) */
    uint64_t seq;          /* out: publication seq, 0 = someone else committed it */
} result_t;

/* Commits RESULTS[0..N). Returns 0 (each result's seq is set), or -1 when
 * Redis failed (nothing is known: the entries stay pending and are read again
 * after the reconnect). */
int commit_batch(worker_t *w, result_t *results, size_t n);

#endif
