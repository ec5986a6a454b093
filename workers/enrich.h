/* SPDX-License-Identifier: MIT
 *
 * enrich — the pure part of a worker's job on one raw item: normalise the
 * text, hash it for exact-duplicate detection, detect the language when the
 * scraper gave none, find the dateline, and encode the worker's part of the
 * enriched message. No Redis, no clock: times come in through enrich_meta_t.
 * The duplicate verdict and seq are not decided here (commit.lua does that). */
#ifndef WW_WORKERS_ENRICH_H
#define WW_WORKERS_ENRICH_H

#include <stdbool.h>
#include <stdint.h>

#include "events/classify.h"
#include "text/normalise.h"
#include "ww_buf.h"
#include "ww_proto.h"

typedef struct {
    normalised_t norm;          /* owned: cleaned title/body and the dedup key */
    char hash[33];              /* exact-duplicate hash of norm.key (hex) */
    char lang[WW_MAX_LANG + 1]; /* given or detected ("und" when unknown) */
    bool lang_given;
    bool has_dateline;
    char place[64];             /* dateline place, when has_dateline */
    char date[11];              /* dateline date resolved against published, or "" */
} enrich_t;

typedef struct {
    uint64_t ingest_seq;
    int64_t received;   /* ms */
    int64_t processed;  /* ms */
    const char *worker; /* consumer name, borrowed */
    bool with_text;     /* publish-text */
} enrich_meta_t;

/* Analyses ITEM (borrowed) into *OUT (caller frees with enrich_free).
 * Returns 0, or -1 with *WHY when the text is not valid UTF-8. */
int enrich_analyse(const ww_item_t *item, enrich_t *out, ww_reject_t *why);
void enrich_free(enrich_t *e);

/* The item's id: the scraper's, or "ww-<ingest_seq>" when it gave none.
 * Written NUL-terminated into ID (at least WW_MAX_ID + 1 bytes). */
void enrich_item_id(const ww_item_t *item, uint64_t ingest_seq, char *id);

/* Encodes the worker's part of the enriched message into OUT. EVENT is an
 * encoded msgpack map or NULL. */
void enrich_encode(ww_buf_t *out, const ww_item_t *item, const enrich_t *e,
                   const enrich_meta_t *meta, const char *id, const ww_buf_t *event);

/* Encodes the event verdict C (which has a type) as a msgpack map into OUT:
 * type, id, date, confidence, date_from_text, actors, action, topics; the
 * commit adds reports and first_report. Writes the instance id
 * "<type>:<date>" into ID (IDLEN bytes). */
void enrich_encode_event(ww_buf_t *out, const classify_result_t *c, char *id, size_t idlen);

#endif
