/* SPDX-License-Identifier: MIT
 *
 * fpindex — a worker's in-memory index of the fingerprint log (bands.h):
 * the records of the items remembered within the retention, found by LSH
 * band value (near-duplicate candidates) and by exact hash. Pure: no I/O, no
 * clock (times come in as arguments).
 *
 * Records are added in log order and dropped from the oldest end
 * (fpindex_expire), so memory follows the number of records kept: about
 * 400 bytes each (the record, its root id, and one link per band). The
 * tables grow and shrink with it. Not thread-safe; one per worker. */
#ifndef WW_WORKERS_DEDUP_FPINDEX_H
#define WW_WORKERS_DEDUP_FPINDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bands.h"
#include "fingerprint.h"

typedef struct fpindex fpindex_t;

/* One remembered item, as the index keeps it. */
typedef struct {
    uint64_t seq;       /* its publication seq */
    uint64_t root_seq;  /* its earliest copy */
    uint64_t hash;      /* first 64 bits of its exact hash */
    uint32_t time;      /* commit time, seconds since the epoch */
    uint16_t day;       /* date the text reports, 0 unknown */
    bool has_fp;        /* n_shingles, bands and sketch are set */
    uint32_t n_shingles;
    uint32_t bands[FP_BANDS];
    uint8_t sketch[FP_SKETCH_BYTES];
    char *root_id;      /* owned by the index, NUL-terminated */
} fpindex_rec_t;

fpindex_t *fpindex_new(void);
void fpindex_destroy(fpindex_t **self_p);
/* Drops every record. */
void fpindex_clear(fpindex_t *self);

/* Adds record R (copied; its root id too). Records must come in log order. */
void fpindex_add(fpindex_t *self, const bands_record_t *r);
/* Drops the oldest records while their time is before BEFORE (seconds). */
void fpindex_expire(fpindex_t *self, uint32_t before);

/* Stores in OUT (at most MAX) the records that share at least one band value
 * with BANDS (same band, same value) and have a fingerprint, each once,
 * newest first band by band. Returns how many. The pointers stay valid until
 * the next fpindex_add, fpindex_expire or fpindex_clear. */
size_t fpindex_candidates(const fpindex_t *self, const uint32_t bands[FP_BANDS],
                          const fpindex_rec_t **out, size_t max);
/* The newest record whose exact hash is HASH, or NULL. Same validity. */
const fpindex_rec_t *fpindex_exact(const fpindex_t *self, uint64_t hash);

/* Records kept, and the bytes the index holds for them. */
size_t fpindex_count(const fpindex_t *self);
size_t fpindex_bytes(const fpindex_t *self);

#endif
