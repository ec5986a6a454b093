/* SPDX-License-Identifier: MIT
 *
 * bands — the near-duplicate index as Redis stores it, in bytes; pure. The
 * index has one bucket per (band, top 16 bits of the band value): an
 * append-only string of BANDS_RECORD-byte records
 *
 *     lo16 (2, big-endian) | seq (6, big-endian) | day (1: days since the epoch mod 256)
 *
 * kept in seq order (commit.lua appends them with the seq it just took). A
 * remembered item's sketch sits in a hash of 1024 consecutive seqs:
 *
 *     P{w}:s:<seq / 1024>   field <seq>  =  sketch (FP_SKETCH_BYTES) | n_shingles (4, BE)
 *                                           | day (2, BE) | exact hash (8, BE)
 *                                           | root seq (decimal) "\t" root id
 *
 * where the root is the earliest copy of the item's text and day is the date
 * the text reports (days since the epoch; 0 when unknown): two texts that
 * report different dates are different stories, however alike their words
 * (wire templates: "Lavrov, Kerry discuss Syria by phone" on two dates).
 * The exact hash (the first 64 bits of the normalised text's XXH3-128) makes
 * the index find exact copies too: an exact copy has the same bands, so it is
 * always a candidate, and an equal hash makes it exact. Only texts too short
 * for the index keep a key of their own (P{w}:x:<hash>). Bucket keys are
 * P{w}:b:<band>:<hi16 as 4 hex digits>. Both expire dedup-retention after
 * their last write; commit.lua also drops records older than the retention
 * from the front of a bucket when it appends, so a busy bucket stays bounded. */
#ifndef WW_WORKERS_DEDUP_BANDS_H
#define WW_WORKERS_DEDUP_BANDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fingerprint.h"
#include "ww_buf.h"
#include "ww_keys.h"
#include "ww_proto.h"

#define BANDS_RECORD 9
#define BANDS_SKETCH_VALUE (FP_SKETCH_BYTES + 14) /* before the root */
#define BANDS_SEQS_PER_HASH 1024

/* Writes the bucket key of band BAND with value VALUE into OUT (N bytes). */
void bands_bucket_key(const ww_keys_t *keys, int band, uint32_t value, char *out, size_t n);
/* The low 16 bits of every band value of FP, 2 bytes each, big-endian, as
 * commit.lua takes them: OUT gets FP_BANDS * 2 bytes. */
void bands_lows(const fingerprint_t *fp, uint8_t out[FP_BANDS * 2]);
/* Every band value of FP, 4 bytes each, big-endian, as commit.lua takes
 * them: OUT gets FP_BANDS * 4 bytes. */
void bands_values(const fingerprint_t *fp, uint8_t out[FP_BANDS * 4]);
/* Appends to SEQS (holding *N, at most MAX) the seqs of the records of bucket
 * (P, LEN) whose lo16 is LO and that are at most MAX_AGE_DAYS old on day
 * TODAY (mod 256); a seq already in SEQS is not added twice. */
void bands_candidates(const uint8_t *p, size_t len, uint16_t lo, unsigned today,
                      unsigned max_age_days, uint64_t *seqs, size_t *n, size_t max);
/* The hash key and field of SEQ's sketch. */
void bands_sketch_key(const ww_keys_t *keys, uint64_t seq, char *key, size_t kn, char *field,
                      size_t fn);
/* The sketch part of a sketch value (BANDS_SKETCH_VALUE bytes into OUT). */
void bands_encode_sketch(ww_buf_t *out, const fingerprint_t *fp, uint16_t day, uint64_t hash);

typedef struct {
    fingerprint_t fp;     /* sketch and n_shingles only */
    uint16_t day;         /* date the text reports, 0 unknown */
    uint64_t hash;        /* first 64 bits of its exact hash */
    uint64_t root_seq;    /* its earliest copy */
    ww_str_t root_id;     /* borrowed from the decoded bytes */
} bands_sketch_t;

/* Decodes a sketch value (P, LEN) into *OUT. Returns 0, or -1 when malformed. */
int bands_decode_sketch(const uint8_t *p, size_t len, bands_sketch_t *out);
/* The first 64 bits of an exact hash written as 32 hex digits. */
uint64_t bands_hash64(const char hex[33]);
/* "YYYY-MM-DD" as days since the epoch, 0 for "" or a malformed date. */
uint16_t bands_day_of_date(const char *date);
/* Days since the Unix epoch, mod 256, of NOW_MS. */
unsigned bands_day(int64_t now_ms);
/* Retention in whole days (at least 1), for record ages. */
unsigned bands_max_age_days(long long retention_ms);

#endif
