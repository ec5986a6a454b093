/* SPDX-License-Identifier: MIT
 *
 * consume — reads the input stream through the consumer group "workers".
 *
 *   XREADGROUP GROUP workers <name> COUNT n BLOCK ms STREAMS P{w}:in >|0
 *       new entries (">"), or this consumer's own pending ones ("0") after a
 *       (re)connect, when a commit may have been lost;
 *   XAUTOCLAIM P{w}:in workers <name> <claim-idle> <cursor> COUNT n
 *       entries a silent worker left pending for claim-idle;
 *   XPENDING P{w}:in workers <first> <last> n <name>
 *       their delivery counts, so that a poison entry is dead-lettered after
 *       max-deliveries instead of killing workers forever.
 * Every function returns -1 when Redis failed (the connection is closed). */
#ifndef WW_WORKERS_CONSUME_H
#define WW_WORKERS_CONSUME_H

#include <stdbool.h>
#include <stddef.h>

#include "worker.h"

/* Creates the consumer group if it does not exist. */
int consume_create_group(worker_t *w);
/* Reads up to MAX entries into ENTRIES (their buffers are reused), OWN_PENDING
 * selects this consumer's pending entries instead of new ones. */
int consume_read(worker_t *w, entry_t *entries, size_t max, bool own_pending, int block_ms,
                 size_t *n);
/* Claims up to MAX entries idle for claim-idle; *CURSOR carries the scan
 * position between calls ("0-0" to start; back to "0-0" after a full scan). */
int consume_claim(worker_t *w, entry_t *entries, size_t max, char cursor[48], size_t *n);
void entry_free(entry_t *e);

#endif
