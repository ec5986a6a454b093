/* SPDX-License-Identifier: MIT
 *
 * bands — the fingerprint log as Redis stores it, in bytes; pure. Every item
 * the index remembers (a new item, or a near copy) is one record appended to
 * the log by commit.lua, in seq order:
 *
 *     len (2) | seq (6) | root seq (6) | time (4)          head, written by commit.lua
 *     | flags (1) | day (2) | exact hash (8)               body, made by the worker
 *     [ | n_shingles (4) | band values (FP_BANDS x 4) | sketch (FP_SKETCH_BYTES) ]
 *     | root id (the rest: 1..WW_MAX_ID bytes)
 *
 * all integers big-endian. len counts the whole record; time is the commit
 * time (seconds since the epoch); flags bit 0 says the bracketed part is
 * there (a text long enough for the band index); day is the date the text
 * reports (days since the epoch, 0 unknown): two texts that report different
 * dates are different stories, however alike their words; the exact hash is
 * the first 64 bits of the normalised text's XXH3-128; the root is the
 * earliest copy of the text.
 *
 * The log is a sequence of bytes numbered from 0 (its position), cut into
 * segments of BANDS_SEGMENT bytes, each one Redis string P{w}:l:<pos /
 * BANDS_SEGMENT> created whole (zero-filled) and written in place. A record
 * never straddles two segments: when it does not fit in what is left of one,
 * the rest of that segment stays zero and the record starts the next. So a
 * reader that meets a zero length, or fewer than 2 bytes before the segment's
 * end, goes on at the next segment; and each segment starts with a record. */
#ifndef WW_WORKERS_DEDUP_BANDS_H
#define WW_WORKERS_DEDUP_BANDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fingerprint.h"
#include "ww_buf.h"
#include "ww_proto.h"

/* 64 KiB less the string's header, so that Redis allocates a segment in one
 * 64 KiB jemalloc class (about 380 records). */
#define BANDS_SEGMENT 65472
#define BANDS_HEAD 18                          /* len, seq, root seq, time */
#define BANDS_BODY_SHORT 11                    /* flags, day, hash */
#define BANDS_BODY_FULL (BANDS_BODY_SHORT + 4 + FP_BANDS * 4 + FP_SKETCH_BYTES)
#define BANDS_FLAG_FP 1

typedef struct {
    uint64_t seq;         /* the item's publication seq */
    uint64_t root_seq;    /* its earliest copy */
    uint32_t time;        /* commit time, seconds since the epoch */
    bool has_fp;          /* fp's n_shingles, bands and sketch are set */
    uint16_t day;         /* date the text reports, 0 unknown */
    uint64_t hash;        /* first 64 bits of its exact hash */
    fingerprint_t fp;     /* n_shingles, bands, sketch (simhash 0) */
    ww_str_t root_id;     /* borrowed from the decoded bytes */
} bands_record_t;

/* Appends the body of a record to OUT: BANDS_BODY_FULL bytes with FP,
 * BANDS_BODY_SHORT without (FP NULL). */
void bands_encode_body(ww_buf_t *out, const fingerprint_t *fp, uint16_t day, uint64_t hash);

/* Walks log bytes: P[0..LEN) are the bytes at positions POS.. of the log. */
typedef struct {
    const uint8_t *p;
    size_t len;
    uint64_t pos;  /* log position of p[0] */
    size_t off;    /* next byte to read */
} bands_reader_t;

void bands_reader_init(bands_reader_t *r, const uint8_t *p, size_t len, uint64_t pos);
/* Decodes the next record into *OUT (borrowing from the bytes). Returns 1,
 * 0 at the end of the bytes, or -1 when a record is malformed or cut short
 * (the reader then stays where it is). */
int bands_next(bands_reader_t *r, bands_record_t *out);

/* The first 64 bits of an exact hash written as 32 hex digits. */
uint64_t bands_hash64(const char hex[33]);
/* "YYYY-MM-DD" as days since the epoch, 0 for "" or a malformed date. */
uint16_t bands_day_of_date(const char *date);

#endif
