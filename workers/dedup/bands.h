/* SPDX-License-Identifier: MIT
 *
 * bands — the fingerprint log as Redis stores it, in bytes; pure. Every item
 * the index remembers (a new item, or a near copy) is one record appended to
 * the log by commit.lua, in seq order:
 *
 *     len (2) | seq (6) | time (4)                              head (commit.lua)
 *     | flags (1) | day (2) | exact hash (8)                    body (the worker)
 *     [ | event type (2) | event day (2) ]                        flag EVENT
 *     [ | n_shingles (2) | sketch (FP_SKETCH_BYTES)
 *       | n_marks (1) | marks (n_marks x FP_MARK_BYTES) ]         flag FP
 *     [ | credit (2) | parties (4) | n_lead (1) | n_lead x LEAD_SIG_BYTES ]   flag LEAD (with FP)
 *     [ | root seq (6) | similarity (1) ]                         flag COPY (commit.lua)
 *     | root id (the rest: 1..WW_MAX_ID bytes)
 *
 * all integers big-endian. len counts the whole record; time is the commit
 * time (seconds since the epoch); day is the date the text reports (days
 * since the epoch, 0 unknown): two texts that report different dates are
 * different stories, however alike their words (fingerprint_verify); the
 * exact hash is the first 64 bits of the normalised text's XXH3-128.
 * The event part names the event instance the item counts in: a 16-bit hash
 * of its type's name (bands_type_hash; the worker finds the name in its
 * catalog) and the instance's day. The fingerprint part is there for a text
 * long enough for the near-duplicate rule: its shingle count (saturated at
 * 65535), MinHash sketch and winnowing marks (fingerprint.h). A near copy
 * (flag COPY) carries its root's seq and its estimated similarity to the
 * root (0..255 for 0..1); a root's root seq is its own seq and its
 * similarity 1. The root id is the id of the earliest copy of the text.
 * commit.lua reads the exact hash and the marks of the records it scans, and
 * rewrites the event day of a body whose item joins another instance.
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
 * 64 KiB jemalloc class (about 340 records). */
#define BANDS_SEGMENT 65472
#define BANDS_HEAD 12                   /* len, seq, time */
#define BANDS_BODY_SHORT 11             /* flags, day, hash */
#define BANDS_EVENT 4                   /* event type, event day */
#define BANDS_FP_FIXED (2 + FP_SKETCH_BYTES + 1) /* n_shingles, sketch, n_marks */
#define BANDS_LEAD_FIXED 7              /* credit, parties, n_lead */
#define BANDS_BODY_MAX (BANDS_BODY_SHORT + BANDS_EVENT + BANDS_FP_FIXED + FP_MARK_BYTES * FP_MARKS \
                        + BANDS_LEAD_FIXED + LEAD_SENTENCES * LEAD_SIG_BYTES)
#define BANDS_COPY 7                    /* root seq, similarity */
#define BANDS_FLAG_FP 1
#define BANDS_FLAG_COPY 2
#define BANDS_FLAG_EVENT 4
#define BANDS_FLAG_LEAD 8
#define BANDS_FLAGS_KNOWN (BANDS_FLAG_FP | BANDS_FLAG_COPY | BANDS_FLAG_EVENT | BANDS_FLAG_LEAD)

/* What the worker puts in a record's body. */
typedef struct {
    const fingerprint_t *fp; /* NULL: a text too short for the near rule; its lead
                                goes in when it has a credit and a sentence */
    uint16_t day;            /* date the text reports, 0 unknown */
    uint64_t hash;           /* first 64 bits of the exact hash */
    bool copy;               /* a near copy: commit.lua appends root seq and similarity */
    uint16_t event_type;     /* bands_type_hash of the event type, 0: no event */
    uint16_t event_day;      /* the instance's day */
} bands_body_t;

typedef struct {
    uint64_t seq;         /* the item's publication seq */
    uint64_t root_seq;    /* its earliest copy (seq for a root) */
    uint32_t time;        /* commit time, seconds since the epoch */
    bool has_fp;          /* fp's n_shingles, sketch and marks are set */
    bool copy;            /* a near copy of root_seq */
    uint16_t day;         /* date the text reports, 0 unknown */
    uint64_t hash;        /* first 64 bits of its exact hash */
    uint16_t event_type;  /* 0: no event */
    uint16_t event_day;
    uint8_t similarity;   /* to the root, 0..255 (255 for a root) */
    fingerprint_t fp;     /* n_shingles, sketch, marks, day, lead (credit 0: none) */
    ww_str_t root_id;     /* borrowed from the decoded bytes */
} bands_record_t;

/* Appends the body B describes to OUT. Returns its length (at most
 * BANDS_BODY_MAX). */
size_t bands_encode_body(ww_buf_t *out, const bands_body_t *b);

/* The length a body starting with FLAGS has when its fingerprint part holds
 * N_MARKS marks and its lead part N_LEAD sentences (what commit.lua checks). */
size_t bands_body_len(uint8_t flags, uint8_t n_marks, uint8_t n_lead);

/* Appends a whole record to OUT as commit.lua writes it (for tests and
 * benches): head, BODY (BODY_LEN bytes), the copy part when the body's flags
 * say so, ROOT_ID. */
void bands_encode_record(ww_buf_t *out, uint64_t seq, uint32_t time, const uint8_t *body,
                         size_t body_len, uint64_t root_seq, uint8_t similarity,
                         const char *root_id);

/* Walks log bytes: P[0..LEN) are the bytes at positions POS.. of the log. */
typedef struct {
    const uint8_t *p;
    size_t len;
    uint64_t pos;  /* log position of p[0] */
    size_t off;    /* next byte to read */
    size_t newer;  /* records skipped: their flags name a part this build does not know
                      (a newer worker wrote them) */
} bands_reader_t;

void bands_reader_init(bands_reader_t *r, const uint8_t *p, size_t len, uint64_t pos);
/* Decodes the next record into *OUT (borrowing from the bytes). Returns 1,
 * 0 at the end of the bytes, or -1 when a record is malformed or cut short
 * (the reader then stays where it is). A whole record whose flags name a
 * part this build does not know is skipped and counted in R->newer: its
 * length still says where the next one starts. */
int bands_next(bands_reader_t *r, bands_record_t *out);

/* The first 64 bits of an exact hash written as 32 hex digits. */
uint64_t bands_hash64(const char hex[33]);
/* "YYYY-MM-DD" as days since the epoch, 0 for "" or a malformed date. */
uint16_t bands_day_of_date(const char *date);
/* The record's name for an event type NAME: 16 bits of its XXH3, never 0. */
uint16_t bands_type_hash(const char *name);
/* A similarity 0..1 as the record's byte, and back. */
uint8_t bands_similarity_byte(double sim);
double bands_similarity(uint8_t b);

#endif
