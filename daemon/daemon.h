/* SPDX-License-Identifier: MIT
 *
 * daemon — the state wirewatchd's modules share: config, Redis, sockets and
 * counters. main.c owns it; ingest, journal, publish and replay borrow it. */
#ifndef WW_DAEMON_DAEMON_H
#define WW_DAEMON_DAEMON_H

#include <stdint.h>

#include "stats.h"
#include "ww_conf.h"
#include "ww_curve.h"
#include "ww_keys.h"
#include "ww_redis.h"

enum { SCRIPT_INGEST, SCRIPT_REJECT, SCRIPT_LOCK, SCRIPT_COUNT };

typedef struct {
    ww_conf_t conf;
    ww_keys_t keys;
    ww_script_t scripts[SCRIPT_COUNT];
    ww_redis_t *redis;
    void *zctx;
    ww_curve_t *curve; /* CURVE on every endpoint; NULL: plain text */
    void *pull;   /* ingest-endpoint */
    void *router; /* ack-endpoint */
    void *pub;    /* publish-endpoint */
    void *replay; /* replay-endpoint */
    struct metrics *metrics; /* metrics-endpoint (metrics.h); NULL when off */
    stats_t stats;
    char epoch[128]; /* run id of the Redis state in force ("" before the first check) */
    char lock_holder[128]; /* "host=H pid=P id=R": this daemon in the instance lock */
    int64_t lock_renew_ms; /* when the instance lock is next renewed */
} daemon_t;

#endif
