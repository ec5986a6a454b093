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

/* Queues ITEMS[0..N) (validated raw msgpack, borrowed). Unless FORCE, items
 * past backlog-limit are not queued and get seq 0 ("retry later"). Writes one
 * seq per item into SEQS and the backlog after the batch into *BACKLOG. */
int journal_append(daemon_t *d, const ww_buf_t *const *items, size_t n, bool force,
                   int64_t received, uint64_t *seqs, uint64_t *backlog);
/* Dead-letters RAW (borrowed) with WHY. */
int journal_reject(daemon_t *d, const uint8_t *raw, size_t len, const ww_reject_t *why,
                   int64_t received);
/* Reads the backlog (entries waiting in the input stream). */
int journal_backlog(daemon_t *d, uint64_t *backlog);

#endif
