/* SPDX-License-Identifier: MIT
 *
 * worker — the state wirewatch-worker's modules share. main.c owns it;
 * consume and commit borrow it. */
#ifndef WW_WORKERS_WORKER_H
#define WW_WORKERS_WORKER_H

#include <stdbool.h>
#include <stdint.h>

#include "dedup/fpindex.h"
#include "events/catalog.h"
#include "ww_buf.h"
#include "ww_conf.h"
#include "ww_keys.h"
#include "ww_redis.h"

enum { SCRIPT_COMMIT, SCRIPT_COUNT };

typedef struct {
    uint64_t read;        /* entries read from the stream */
    uint64_t claimed;     /* entries taken over from a silent worker */
    uint64_t committed;   /* results appended to the output stream */
    uint64_t exact;       /* of which exact duplicates (decided in Redis) */
    uint64_t dead;        /* dead-lettered (bad input, too many deliveries) */
    uint64_t lost_race;   /* already acknowledged by another worker: nothing published */
    uint64_t near;        /* near duplicates found */
    uint64_t candidates;  /* near-duplicate candidates verified */
    uint64_t conflicts;   /* near verdicts taken again after a concurrent commit */
    uint64_t stale;       /* commits turned away until the worker caught up with the log */
    uint64_t log_records; /* fingerprint log records read into the index */
    uint64_t log_newer;   /* ... and skipped: written by a newer worker (bands.h) */
    uint64_t events;      /* items that report a known event */
    uint64_t redis_errors;
} worker_stats_t;

/* The worker's copy of the fingerprint log (near.c follows it). */
typedef struct {
    fpindex_t *index;     /* owned: every record before pos, within the retention */
    uint64_t pos;         /* log position followed to: the commit's watermark */
    bool loaded;          /* false: load from the oldest segment at the next catch-up */
    bool warned_newer;    /* the log line for records of a newer worker was written */
} worker_log_t;

typedef struct {
    ww_conf_t conf;
    ww_keys_t keys;
    ww_script_t scripts[SCRIPT_COUNT];
    ww_redis_t *redis;
    catalog_t *catalog;   /* NULL: no classification; swapped whole on SIGHUP */
    char name[128];       /* consumer name */
    worker_log_t log;
    worker_stats_t stats;
} worker_t;

/* One entry of the input stream, as read. */
typedef struct {
    char id[48];          /* stream entry id */
    ww_buf_t raw;         /* field m: the raw item */
    uint64_t ingest_seq;  /* field s */
    int64_t received;     /* field r */
    uint64_t deliveries;  /* times delivered, this one included */
} entry_t;

#endif
