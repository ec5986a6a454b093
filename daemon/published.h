/* SPDX-License-Identifier: MIT
 *
 * published — counts what the publisher sent, as the metrics endpoint shows
 * it: item messages, duplicates by kind, items by event type, dead letters by
 * reason (ingest's and the workers'), and the time from ingest (the item's
 * `received`) to publication as a histogram. Counted once per seq, when it is
 * first sent on PUB; a seq sent again after a restart is counted again. Pure
 * bookkeeping: no socket, no Redis. */
#ifndef WW_DAEMON_PUBLISHED_H
#define WW_DAEMON_PUBLISHED_H

#include <stddef.h>
#include <stdint.h>

#define PUBLISHED_MAX_LABELS 256 /* distinct event types / reasons counted; more go to "other" */
#define PUBLISHED_LABEL_MAX 64
#define PUBLISHED_BUCKETS 14

typedef struct {
    char name[PUBLISHED_LABEL_MAX];
    uint64_t count;
} published_label_t;

typedef struct {
    size_t n;
    published_label_t label[PUBLISHED_MAX_LABELS];
} published_set_t;

typedef struct {
    uint64_t messages;       /* seqs published, of every kind */
    uint64_t items;          /* item.* messages */
    uint64_t exact, near;    /* of which duplicates */
    uint64_t updates;        /* update.* messages */
    published_set_t events;  /* items by the event type they report */
    published_set_t dead;    /* dead letters by reason code */
    uint64_t latency[PUBLISHED_BUCKETS]; /* items published within bucket i (not cumulative) */
    uint64_t latency_count;
    double latency_sum;      /* seconds */
} published_t;

/* The upper bounds of the latency buckets, in seconds; the last is +Inf. */
extern const double published_bounds[PUBLISHED_BUCKETS];

/* Counts one published seq: TOPIC is its first message's topic, EVENT_TYPE
 * the event.<type> copy's type or NULL, BODY (LEN bytes) its msgpack;
 * NOW_MS the wall clock. Malformed bodies are counted without latency. */
void published_count(published_t *p, const char *topic, const char *event_type,
                     const uint8_t *body, size_t len, int64_t now_ms);

#endif
