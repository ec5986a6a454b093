/* SPDX-License-Identifier: MIT
 *
 * journal — the Redis side of ingest: accepted items go into the input stream
 * with an ingest seq (ingest.lua), refused input goes to the dead-letter stream
 * and the output stream (reject.lua). Decides nothing; ingest.c does. Every
 * function returns -1 when Redis failed: the connection is then closed and
 * the caller keeps what it could not write. */
#ifndef WW_DAEMON_JOURNAL_H
#define WW_DAEMON_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "daemon.h"
#include "ww_proto.h"

/* The scripts, embedded from daemon/ingest.lua and daemon/reject.lua. */
extern const char ww_lua_ingest[];
extern const char ww_lua_reject[];

/* The length of a scraper-id key: key-prefix, {w}:k:, 32 hex digits, NUL. */
#define JOURNAL_IDKEY_MAX 192

/* One item to queue, borrowed: the validated raw msgpack, and the key that
 * remembers its (source, id), or NULL when it has no scraper id. */
typedef struct {
    const ww_buf_t *raw;
    const char *idkey;
} journal_item_t;

/* What became of one item: SEQ is its ingest seq (0: not queued, "retry
 * later"); ALREADY when it had been queued before under that seq. */
typedef struct {
    uint64_t seq;
    bool already;
} journal_ack_t;

/* Writes the scraper-id key of ITEM (an id of length > 0) into KEY. */
void journal_idkey(const daemon_t *d, const ww_item_t *item, char key[JOURNAL_IDKEY_MAX]);
/* Queues ITEMS[0..N), each at most once per scraper-id key within
 * scraper-id-retention. Unless FORCE, items past backlog-limit are not queued
 * and get seq 0 ("retry later"). Writes one ack per item into ACKS and the
 * backlog after the batch into *BACKLOG. */
int journal_append(daemon_t *d, const journal_item_t *items, size_t n, bool force,
                   int64_t received, journal_ack_t *acks, uint64_t *backlog);
/* Dead-letters RAW (borrowed) with WHY. */
int journal_reject(daemon_t *d, const uint8_t *raw, size_t len, const ww_reject_t *why,
                   int64_t received);
/* Reads the backlog (entries waiting in the input stream). */
int journal_backlog(daemon_t *d, uint64_t *backlog);

#endif
