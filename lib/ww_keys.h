/* SPDX-License-Identifier: MIT
 *
 * ww_keys — every Redis key wirewatch uses. All keys start with key-prefix P
 * and share the hash tag {w}, so that every script's keys live in one slot
 * and the same scripts run unchanged on Redis Cluster.
 *
 *   P{w}:iseq        string  last ingest sequence number (INCR)
 *   P{w}:in          stream  accepted items waiting for a worker; fields
 *                            m (raw msgpack), s (ingest seq), r (received ms).
 *                            Consumer group "workers". An entry is deleted when
 *                            committed, so XLEN is the backlog.
 *   P{w}:seq         string  last publication sequence number (INCR)
 *   P{w}:out         stream  everything to publish, entry id "<seq>-0"; fields
 *                            k (item|dead|update), m (msgpack without
 *                            seq/verdict), st/of/os/sim (duplicate verdict of
 *                            an item), et/eid/ed/er/ef/ej (the event instance
 *                            the item counted in: type, id, date, reports,
 *                            first report, joined another day's).
 *                            Trimmed to output-maxlen (MAXLEN ~): the replay window.
 *   P{w}:dlq         stream  dead letters: reason, code, origin, raw, seq.
 *                            Trimmed to deadletter-maxlen.
 *   P{w}:pub         string  last seq the publisher sent (its cursor).
 *   P{w}:lend        string  the fingerprint log's end: bytes ever written to it.
 *   P{w}:l:<n>       string  segment n of the fingerprint log: log bytes
 *                            [n * 65472, (n + 1) * 65472), one record per
 *                            remembered item (workers/dedup/bands.h); created
 *                            whole, written in place by commit.lua, expires
 *                            dedup-retention after its last record. Each
 *                            worker follows the log into its own index.
 *   P{w}:e:<type>:<date>  hash  event instance: reports (copies included),
 *                            first_seq, first_seen, last_seen, outlets and
 *                            langs (tab-separated); expires after
 *                            event-retention. commit.lua also reads (EXISTS)
 *                            the same type's instances of the day before and
 *                            after, for an item whose date is uncertain.
 *
 * Operations:
 *
 *   P{w}:w:<name>    hash    a worker's report, written every `heartbeat` by
 *                            the worker named <name> (workers/report.c): its
 *                            counters since it started (read, claimed,
 *                            committed, ...), pid, started and hb (wall ms of
 *                            the last report); expires 60 s (or ten heartbeats)
 *                            after the last. The daemon's /metrics reads them.
 *
 * The daemon's own bookkeeping (daemon/):
 *
 *   P{w}:k:<hash>    string  ingest seq of an accepted item that carried a
 *                            scraper id; <hash> is XXH3-128 (32 hex) of its
 *                            (source, id). Set by ingest.lua, expires after
 *                            scraper-id-retention: a resent item is answered
 *                            "already queued" instead of being queued again.
 *   P{w}:epoch       string  run id of this Redis state, written by the first
 *                            daemon that finds none; gone or another one on
 *                            reconnect means Redis lost its data (daemon/epoch.h).
 *   P{w}:lock        string  "host=H pid=P id=R" of the one daemon running on
 *                            this prefix; expires unless renewed (daemon/lock.h).
 */
#ifndef WW_KEYS_H
#define WW_KEYS_H

#include <stddef.h>

#define WW_GROUP "workers"

typedef struct {
    char iseq[128];
    char in[128];
    char seq[128];
    char out[128];
    char dlq[128];
    char pub[128];
    char log_end[128];  /* the fingerprint log's end */
    char log[128];      /* prefix of the log segments: append the segment number */
    char events[128];   /* prefix of the event instances: append type:date */

    /* daemon bookkeeping */
    char ids[128];      /* prefix of the scraper-id keys: append the hash */
    char epoch[128];    /* run id of the Redis state */
    char lock[128];     /* the daemon's instance lock */

    /* operations */
    char workers[128];  /* prefix of the workers' reports: append the worker's name */
} ww_keys_t;

/* Builds every key name from PREFIX. Returns 0, or -1 if PREFIX is too long. */
int ww_keys_init(ww_keys_t *keys, const char *prefix);

#endif
