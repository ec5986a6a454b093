/* SPDX-License-Identifier: MIT
 *
 * fpindex — a worker's in-memory index of the fingerprint log (bands.h):
 * the records of the items remembered within the retention, found by the
 * winnowing marks they share with a text (near-duplicate candidates: copies
 * that resemble it and copies that contain it or are contained in it) and
 * by exact hash. Pure: no I/O, no clock (times come in as arguments).
 *
 * Records are added in log order and dropped from the oldest end
 * (fpindex_expire), so memory follows the number of records kept: about
 * 450 bytes each (the record, its root id, one link per mark), and about 70
 * more for a text that credits a wire agency (its lead). The tables
 * grow and shrink with it. Not thread-safe; one per worker. */
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
    uint64_t root_seq;  /* its earliest copy (seq for a root) */
    uint64_t hash;      /* first 64 bits of its exact hash */
    uint32_t time;      /* commit time, seconds since the epoch */
    uint16_t day;       /* date the text reports, 0 unknown */
    uint16_t event_type; /* bands_type_hash of its event instance's type, 0: none */
    uint16_t event_day; /* its event instance's day */
    uint8_t similarity; /* to its root, 0..255 */
    bool has_fp;        /* n_shingles, sketch and marks are set */
    uint32_t n_shingles;
    uint8_t sketch[FP_SKETCH_BYTES];
    uint32_t n_marks;
    uint32_t marks[FP_MARKS]; /* ascending */
    uint32_t n_keys;    /* fpindex_keys */
    lead_t *lead;       /* its credit and lead (lead.h), owned by the index; NULL: none */
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

/* The index keys a text by half its marks, the even ones (a consistent
 * sample: two texts that share s marks share about s / 2 keys), and by all
 * of them when it has fewer than FPINDEX_KEY_ALL. A candidate shares
 * FPINDEX_PROBE keys with the text looked up, or all the keys of whichever
 * of the two has fewer. Measured offline (docs/NEAR_DUPLICATES.md): the
 * same pairs on every set and seed as all 32 marks and 3 shared, for half
 * the memory reads of a lookup and of an insert. */
#define FPINDEX_PROBE 2
#define FPINDEX_KEY_ALL 16
/* Holders of one mark a lookup reads, newest first: a mark that many items
 * share is boilerplate (a credit line, a standard sentence). */
#define FPINDEX_MAX_HOLDERS 64

/* True when mark K of FP is one of its keys. */
bool fpindex_is_key(const fingerprint_t *fp, uint32_t k);
/* How many keys FP has. */
uint32_t fpindex_keys(const fingerprint_t *fp);
/* The keys A and B share (fpindex_is_key on both sides). */
uint32_t fpindex_shared_keys(const fingerprint_t *a, const fingerprint_t *b);

/* Stores in OUT (at most MAX) the records with a fingerprint that share
 * enough keys with FP (FPINDEX_PROBE), each once: those sharing most first,
 * then the newest. Returns how many. The pointers stay valid until the next
 * fpindex_add, fpindex_expire or fpindex_clear. */
size_t fpindex_candidates(const fpindex_t *self, const fingerprint_t *fp,
                          const fpindex_rec_t **out, size_t max);
/* The record whose seq is SEQ, or NULL. Same validity. */
const fpindex_rec_t *fpindex_find(const fpindex_t *self, uint64_t seq);
/* The fingerprint of record R, as fingerprint_verify takes it. */
void fpindex_rec_fp(const fpindex_rec_t *r, fingerprint_t *out);
/* The newest record whose exact hash is HASH, or NULL. Same validity. */
const fpindex_rec_t *fpindex_exact(const fpindex_t *self, uint64_t hash);

/* Records kept, and the bytes the index holds for them. */
size_t fpindex_count(const fpindex_t *self);
size_t fpindex_bytes(const fpindex_t *self);

#endif
