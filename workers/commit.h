/* SPDX-License-Identifier: MIT
 *
 * commit — hands a batch of results to commit.lua in one EVALSHA: for each
 * entry, the conflict check (a copy committed to the fingerprint log since
 * the worker read it), XACK (stop if already acknowledged), the next seq, the
 * duplicate verdict, the event instance's report, and XADD to the output
 * stream; or, for a dead letter, XADD to the dead-letter stream and the
 * output stream; then one XDEL for the batch and one log record per new or
 * near item. What crosses to the script is stated once, in
 * commit_contract.h. A crash before the call leaves the entries pending
 * (another worker claims them); the script runs whole or not at all. */
#ifndef WW_WORKERS_COMMIT_H
#define WW_WORKERS_COMMIT_H

#include <stdbool.h>
#include <stddef.h>

#include "dedup/fingerprint.h"
#include "worker.h"
#include "ww_proto.h"

/* The script, embedded from workers/commit.lua. */
extern const char ww_lua_commit[];

/* The days next to an uncertain event date whose instance an item may join. */
#define UNSURE_BEFORE 1
#define UNSURE_AFTER 2

typedef struct {
    const entry_t *entry;  /* borrowed */
    bool has_fp;           /* item long enough for the near-duplicate rule */
    fingerprint_t fp;      /* fp.day = day */
    uint16_t day;          /* the date the text reports, days since the epoch; 0 unknown */
    uint32_t parties;      /* the people it names (classify.h), for the update rule */
    const char *own_type;  /* the event type the classifier found (borrowed from the
                              catalog), NULL: none */
    char own_date[11];     /* ... and its date */
    uint8_t own_unsure;    /* ... which may be a day off: UNSURE_BEFORE, UNSURE_AFTER, both
                              (the dateline's or the publication day), 0 (sure) */
    const char *own_alt;   /* ... or the type it may be instead (classify_result_t alt_type):
                              commit.lua counts it in that type's instance of its day when
                              its own type has none there and that one exists; NULL: none */
    const char *ev_type;   /* the event instance the item counts in: its own, or for a
                              copy its root's (near.c); NULL: none */
    char ev_date[11];      /* ... its date */
    uint8_t ev_unsure;     /* its own, with an uncertain date: commit.lua may count it
                              in the same type's instance of the day before or after */
    const char *ev_alt;    /* its own alternative type (own_alt); NULL for a copy */
    uint16_t event_type;   /* bands_type_hash(ev_type), 0: none (the record's) */
    uint16_t event_day;    /* ev_date's day */
    uint64_t hash64;       /* first 64 bits of hash: the index's exact test */
    bool near;             /* near.c found a verified near copy */
    bool exact;            /* ... which has the same text (exact hash) */
    size_t near_index;     /* ... which is this batch's entry near_index - 1 (0: in the log) */
    uint64_t root_seq;     /* ... the earliest copy of that near copy */
    char root_id[WW_MAX_ID + 1];
    double similarity;     /* ... and the estimated similarity (fingerprint_verify's
                              score) to the copy matched; for an exact copy, that copy's
                              similarity to the root */
    double match_rank;     /* ... how the copy matched ranked among the verified candidates
                              (near.c: the score, then the resemblance) */
    size_t n_also;         /* ... and the other roots it is a copy of too (near.c,
                              name_other_roots): a root of the log (also_entry 0: its seq
                              and id), or the root of this batch's entry also_entry - 1 */
    size_t also_entry[WW_MAX_ALSO];
    uint64_t also_seq[WW_MAX_ALSO];
    char also_id[WW_MAX_ALSO][WW_MAX_ID + 1];
    bool conflict;         /* out: a copy was committed meanwhile; look again */
    char origin[300];      /* "source\tlang" */
    bool dead;             /* dead letter instead of an item */
    const char *ident;     /* item id, or the reason code of a dead letter */
    char reason[128];      /* dead letter: the reason text */
    char hash[33];         /* item: exact-duplicate hash (hex) */
    ww_buf_t msg;          /* owned: the encoded message (without seq/verdict) */
    uint64_t seq;          /* out: publication seq, 0 = someone else committed it */
} result_t;

/* Commits RESULTS[0..N) with the log position the worker has followed the
 * log to (w->log.pos) as the watermark, and applies the log bytes the
 * script answers to the worker's index (near_apply), which moves the
 * watermark to the log's new end. A result that shares enough marks
 * (FPINDEX_PROBE) or the exact hash with a record committed after the
 * watermark is not committed
 * but marked conflict (its near verdict must be taken again, now that the
 * index holds that record). *STALE is set, and nothing done, when the log
 * has moved too far past the watermark for one call: near_catch_up, then
 * call again. Returns 0 (each result's seq or conflict is set unless
 * *STALE), or -1 when Redis failed (nothing is known: the entries stay
 * pending and are read again after the reconnect). */
int commit_batch(worker_t *w, result_t *results, size_t n, bool *stale);

#endif
