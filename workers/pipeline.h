/* SPDX-License-Identifier: MIT
 *
 * pipeline — what a worker does with a batch of entries read from the input
 * stream: turn each entry into a result (decode, enrich, classify,
 * fingerprint; or a dead letter), then take the near verdicts and commit,
 * looking again at the items a concurrent commit turned away. main.c runs it
 * on every batch; tests/bench/bench_index.c runs pipeline_commit on its own
 * results. Counts into W->stats; logs dead letters and leftover conflicts. */
#ifndef WW_WORKERS_PIPELINE_H
#define WW_WORKERS_PIPELINE_H

#include <stddef.h>

#include "commit.h"
#include "worker.h"

/* Turns entry E (borrowed) into *R: an enriched item (R->msg, its
 * fingerprint, hash, event) or a dead letter (bad input, or delivered more
 * than max-deliveries times). ID (WW_MAX_ID + 1 bytes) receives the item id
 * and must outlive R, which points to it. R->msg is the caller's to free. */
void pipeline_process(worker_t *w, const entry_t *e, result_t *r, char *id);

/* Takes the near verdicts of RESULTS[0..N) from the worker's index and
 * commits them; a result turned away because a copy was committed meanwhile
 * is looked up again with the records that commit's reply brought, and a
 * commit turned away because the worker's copy of the log is too far behind
 * is made again after catching up. Up to N + a margin of rounds (a result
 * still in conflict then stays pending: its seq is 0 and it is logged).
 * Loads the log first when the worker has not yet. Reorders RESULTS.
 * Returns 0, or -1 when Redis failed (the entries stay pending). */
int pipeline_commit(worker_t *w, result_t *results, size_t n);

/* What a worker with nothing to do does: follows the log, so that its next
 * commit finds its copy up to date. Returns 0, or -1 when Redis failed. */
int pipeline_idle(worker_t *w);

/* Processes and commits ENTRIES[0..N) using RESULTS[0..N) as scratch (their
 * messages are freed before returning). Returns 0, or -1 when Redis failed. */
int pipeline_batch(worker_t *w, const entry_t *entries, result_t *results, size_t n);

#endif
