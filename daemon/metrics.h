/* SPDX-License-Identifier: MIT
 *
 * metrics — the daemon's HTTP endpoint for operators (libmicrohttpd, run from
 * the daemon's own poll loop: no thread):
 *   GET /metrics  Prometheus text: the daemon's counters, what went out on
 *                 PUB (published.h), the queue, and every worker's report
 *                 from Redis (P{w}:w:<name>, workers/report.h), each labelled
 *                 worker="<name>"; one scrape covers the whole pipeline
 *   GET /health   200 {"status":"ok",...} when Redis answers and the queue
 *                 moves; 503 {"status":"fail","reason":...} otherwise
 * Bound to `metrics-endpoint` HOST:PORT; off when that is empty. */
#ifndef WW_DAEMON_METRICS_H
#define WW_DAEMON_METRICS_H

#include <stdint.h>

#include "daemon.h"
#include "ww_buf.h"

typedef struct metrics metrics_t;

/* Serves on D's metrics-endpoint (D borrowed; must outlive it). Returns NULL
 * with ERR set when the endpoint is malformed or cannot be bound. Caller
 * destroys. */
metrics_t *metrics_new(daemon_t *d, char *err, size_t errlen);
void metrics_destroy(metrics_t **self_p);
/* The file descriptor to poll for input (-1 for SELF NULL). */
int metrics_fd(const metrics_t *self);
/* Answers what is ready (never blocks). Returns the ms until it wants to run
 * again when nothing arrives (a connection's timeout), at most MAX_MS. */
int64_t metrics_run(metrics_t *self, int64_t max_ms);
/* The port it is bound to (useful when metrics-endpoint asked for port 0). */
unsigned metrics_port(const metrics_t *self);

/* Renders the Prometheus text into OUT; the Redis parts are left out (and
 * wirewatch_redis_up is 0) when Redis does not answer. */
void metrics_render(daemon_t *d, ww_buf_t *out);

#endif
