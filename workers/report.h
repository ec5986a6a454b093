/* SPDX-License-Identifier: MIT
 *
 * report — the worker's counters and heartbeat, written into Redis every
 * `heartbeat` as one small hash, P{w}:w:<name> (ww_keys.h): the counters of
 * worker_stats_t since the worker started, its pid, when it started and when
 * it last reported (wall ms). The hash expires REPORT_TTL after the last
 * report, so a dead worker shows as silent for a while and then goes away;
 * a worker that stops cleanly deletes it. The daemon's /metrics and `wirewatch
 * stats` read these hashes: one scrape covers every worker. */
#ifndef WW_WORKERS_REPORT_H
#define WW_WORKERS_REPORT_H

#include <stdint.h>

#include "worker.h"

typedef struct {
    int64_t next_ms;      /* monotonic: when to report next */
    int64_t started_ms;   /* wall clock at start */
} report_t;

/* Starts reporting (the first report goes at the next report_tick). */
void report_init(report_t *r);
/* Writes the report when it is due. A Redis failure is counted in the
 * worker's redis_errors and tried again at the next interval. */
void report_tick(worker_t *w, report_t *r, int64_t now_ms);
/* Deletes the report: the worker is stopping cleanly. */
void report_remove(worker_t *w);

#endif
