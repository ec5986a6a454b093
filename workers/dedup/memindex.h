/* SPDX-License-Identifier: MIT
 *
 * memindex — an in-memory candidate index over the winnowing marks of
 * remembered items (fingerprint.h): which earlier items share at least
 * min_shared marks with a text. Pure: no I/O, no clock; one thread.
 *
 * Items are named by their seq and must be added in increasing seq order
 * (a worker following the fingerprint log does). Each mark keeps the seqs of
 * the items that hold it, oldest first, at most MEMINDEX_MAX_POSTINGS: a mark
 * that many items share is boilerplate (a credit line, a standard sentence),
 * and keeping only its newest holders bounds what one lookup reads. Expiry
 * is by seq: memindex_expire(min_seq) forgets every item below min_seq. */
#ifndef WW_WORKERS_DEDUP_MEMINDEX_H
#define WW_WORKERS_DEDUP_MEMINDEX_H

#include <stddef.h>
#include <stdint.h>

#include "fingerprint.h"

#define MEMINDEX_PROBE_DEFAULT 3   /* marks shared to be a candidate (measured: 2..4 equal) */
#define MEMINDEX_MAX_POSTINGS  64  /* newest holders kept per mark */

typedef struct memindex memindex_t;

/* A new empty index whose lookups return items sharing at least MIN_SHARED
 * (>= 1) marks. Caller destroys. Out of memory aborts (ww_alloc.h). */
memindex_t *memindex_new(uint32_t min_shared);

/* Destroys *SELF_P if not NULL and sets it to NULL. */
void memindex_destroy(memindex_t **self_p);

/* Remembers the marks of FP under SEQ, which must be above every seq added
 * before (else the call is ignored and returns -1). Returns 0. */
int memindex_add(memindex_t *self, const fingerprint_t *fp, uint64_t seq);

/* Writes into OUT (at most MAX) the seqs of the remembered items, not
 * expired, that share at least min_shared marks with FP: those sharing most
 * first, then the newest first. Returns how many were written. */
size_t memindex_query(const memindex_t *self, const fingerprint_t *fp, uint64_t *out,
                      size_t max);

/* Forgets every item whose seq is below MIN_SEQ; frees what they held. */
void memindex_expire(memindex_t *self, uint64_t min_seq);

/* Marks held and postings stored (for memory figures). */
void memindex_size(const memindex_t *self, size_t *marks, size_t *postings);

#endif
