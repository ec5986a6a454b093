/* SPDX-License-Identifier: MIT
 *
 * stats — wirewatchd's counters. Per-item events are counted here, never
 * logged one by one; stats_log writes the summary line every stats-interval,
 * and the first rejection of each kind in an interval is logged once. */
#ifndef WW_DAEMON_STATS_H
#define WW_DAEMON_STATS_H

#include <stdbool.h>
#include <stdint.h>

#include "published.h"
#include "ww_proto.h"

typedef struct {
    uint64_t received;                   /* messages read from ingest sockets */
    uint64_t accepted;                   /* queued in Redis */
    uint64_t already;                    /* sent again: queued before, not again */
    uint64_t retry;                      /* answered "retry later" */
    uint64_t rejected[WW_REJECT_COUNT];  /* dead-lettered, by reason */
    uint64_t published;                  /* messages sent on PUB */
    uint64_t trimmed;                    /* seqs trimmed before they were published */
    uint64_t replay_requests;
    uint64_t replay_sent;
    uint64_t replay_errors;              /* malformed replay requests */
    uint64_t redis_errors;               /* lost connections and error replies */
    uint64_t redis_lost;                 /* times Redis was found without its state */
    uint64_t disconnected_pull;          /* peer connections ended on ingest-endpoint */
    uint64_t disconnected_ack;           /* ... on ack-endpoint (see peers.h) */
    published_t out;                     /* what went out on PUB, for /metrics */
    bool seen[WW_REJECT_COUNT];          /* rejection logged in this interval */
} stats_t;

/* Counts a rejection; logs its reason if it is the first of its kind in the
 * current interval. */
void stats_reject(stats_t *s, const ww_reject_t *why);
/* Logs the summary line and starts a new interval. */
void stats_log(stats_t *s, uint64_t backlog);

#endif
