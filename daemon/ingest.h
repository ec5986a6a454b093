/* SPDX-License-Identifier: MIT
 *
 * ingest — reads raw items from the two ingest sockets, validates them with
 * ww_proto, and hands them to the journal in batches.
 *
 *   PULL   (ingest-endpoint): frames [item]. Nothing is answered, so nothing
 *          read is ever dropped: while Redis is away or the backlog is over
 *          backlog-limit the batch is kept and the socket is not read, and
 *          the scrapers' PUSH sockets block at their high-water mark.
 *   ROUTER (ack-endpoint): frames [identity][""]?[token]?[item] from DEALER
 *          or REQ peers. Each item is answered [identity][""]?[token]?[ack]
 *          once it is in Redis: ok with its ingest seq, rejected with the
 *          reason, or retry when the backlog is full or Redis is away.
 * On both, an item with a scraper id that was queued before (same source and
 * id, within scraper-id-retention) is not queued again; on ROUTER it is
 * answered ok with its first ingest seq and `already`. */
#ifndef WW_DAEMON_INGEST_H
#define WW_DAEMON_INGEST_H

#include <stdbool.h>
#include <stdint.h>

#include "daemon.h"

typedef struct ingest ingest_t;

/* D is borrowed and must outlive the ingest. Caller destroys. */
ingest_t *ingest_new(daemon_t *d);
void ingest_destroy(ingest_t **self_p);

/* Reads and handles what is waiting on the PULL / ROUTER socket. */
void ingest_on_pull(ingest_t *self);
void ingest_on_router(ingest_t *self);
/* False while PULL must not be read (batch held back, backlog full). */
bool ingest_wants_pull(const ingest_t *self);
/* Retries a held batch and rechecks the backlog. Returns the ms until it
 * wants to be called again. */
int64_t ingest_tick(ingest_t *self, int64_t now_ms);
/* Items read but not yet in Redis (for shutdown). */
size_t ingest_held(const ingest_t *self);

#endif
