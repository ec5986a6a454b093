/* SPDX-License-Identifier: MIT
 *
 * fingerprint — similarity fingerprints of a normalised text, for finding
 * near duplicates (reprints, re-scrapes, corrected and truncated copies)
 * among the items seen before. Pure: no I/O, no clock, no global state.
 *
 * The input is the `key` made by normalise_item(): title, "\n", body, NFKC
 * case-folded, punctuation turned into spaces. It is cut into shingles
 * (word 3-grams; character 4-grams inside runs of Han, Kana, Hangul, Thai
 * and other scripts written without spaces), each hashed with XXH3. From
 * the shingles come three things, the last two in one fingerprint_t:
 *
 *   simhash  64-bit SimHash (Charikar 2002), made on demand by
 *            fingerprint_simhash (the offline evaluator's; the pipeline does
 *            not use it). Near texts get fingerprints a few bits apart;
 *            fingerprint_blocks() gives the keys of the permuted-block
 *            tables of Manku, Jain, Das Sarma 2007 (k = 3).
 *   sketch   a b-bit MinHash sketch (Broder 1997; Li & Koenig 2010), built
 *            by one-permutation hashing with optimal densification. From
 *            two sketches come the estimated resemblance (Jaccard) and, with
 *            n_shingles, the estimated containment of the smaller text.
 *   bands    LSH band keys (Indyk & Motwani 1998) over triples of the full
 *            MinHash minima: texts of resemblance J share at least one band
 *            with probability 1 - (1 - J^3)^FP_BANDS.
 *
 * What the project uses, measured on tests/data/eval (docs/NEAR_DUPLICATES.md):
 * candidates are the earlier items sharing an LSH band; a candidate is near
 * when fingerprint_is_near() says so. SimHash at k = 3 finds only copies that
 * are almost identical after normalisation (7 of the 91 inexact labelled
 * duplicates), so it is only made for the offline evaluator's comparison. The
 * thresholds are in fp_params_t and come from the configuration. */
#ifndef WW_WORKERS_DEDUP_FINGERPRINT_H
#define WW_WORKERS_DEDUP_FINGERPRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lead.h"

/* MinHash minima kept per text. 64 one-byte minima estimate a resemblance
 * of 0.5 with a standard error of 0.063 and cost 64 bytes of Redis state. */
#define FP_SKETCH_K     64
#define FP_SKETCH_BITS  8                              /* b of b-bit minwise hashing */
#define FP_SKETCH_BYTES (FP_SKETCH_K * FP_SKETCH_BITS / 8)

/* Manku et al.'s scheme for k = 3 differing bits: 4 blocks of 16 bits. Two
 * fingerprints within Hamming distance 3 agree on at least one whole block
 * (3 flipped bits touch at most 3 of the 4 blocks). */
#define FP_BLOCKS       4
#define FP_BLOCK_BITS   16

/* LSH over the MinHash minima: FP_BANDS bands of FP_BAND_ROWS minima (bins
 * 0..47). Three rows keep unrelated stories of one topic (J ~ 0.02) out of
 * each other's candidates (P = 1e-4); 16 bands still find a copy of
 * resemblance 0.6 with P = 0.98 and 0.7 with P = 0.999. */
#define FP_BAND_ROWS    3
#define FP_BANDS        16

/* Winnowing marks for containment (Schleimer, Wilkerson, Aiken 2003): in
 * every window of FP_MARK_WINDOW consecutive shingles the smallest 32-bit
 * value is selected, so any run of FP_MARK_WINDOW + 2 words two texts
 * share gives both the same mark (about 2 / (FP_MARK_WINDOW + 1) of the
 * shingles are selected). A mark keeps the top FP_MARK_BITS bits of the
 * value. A text keeps at most FP_MARKS: its first FP_MARKS_LEAD distinct
 * marks in text order (the lead, where briefs and teasers are cut from)
 * and the smallest values of the rest (a consistent sample, for copies that
 * begin further in). Up to about 170 shingles every mark is kept.
 *
 * Why 24 bits: a mark is also a lookup key, and every remembered item holds
 * up to 32 of them, so a mark value is held by chance by N * 32 / 2^bits
 * items: 0.002 at 32 bits, 1.9 at 24 and 490 at 16 bits for N = 10^6. 16
 * bits verify as well as 32 (docs/NEAR_DUPLICATES.md) but make every lookup
 * walk hundreds of chance holders per mark; 24 bits cost 3 bytes a mark. */
#ifndef FP_MARKS
#define FP_MARKS        32
#define FP_MARKS_LEAD   16
#endif
#define FP_MARK_WINDOW  10
#ifndef FP_MARK_BITS
#define FP_MARK_BITS    24
#endif
/* The marks as a record part: n_marks (1 byte), then n_marks values of
 * FP_MARK_BYTES bytes each, big-endian, ascending; at most FP_MARKS_RECORD. */
#define FP_MARK_BYTES   ((FP_MARK_BITS + 7) / 8)
#define FP_MARKS_RECORD (1 + FP_MARK_BYTES * FP_MARKS)

/* A plain value: no pointers, nothing to free, copy it freely. Two items are
 * LSH candidates when bands[j] is equal for some j, so the lookup tables are
 * keyed by (j, bands[j]), one table per band. */
typedef struct {
    uint32_t n_shingles;             /* distinct shingle hashes, 0 for an empty text */
    uint8_t sketch[FP_SKETCH_BYTES]; /* low FP_SKETCH_BITS bits of each minimum */
    uint32_t bands[FP_BANDS];        /* LSH band keys; all 0 for an empty text */
    uint16_t day;                    /* date the text reports (days since the epoch), 0 when
                                        unknown; set by the caller, 0 from fingerprint_compute */
    uint32_t n_marks;                /* marks kept, 0..FP_MARKS */
    uint32_t marks[FP_MARKS];        /* winnowed shingle marks, ascending, distinct */
    lead_t lead;                     /* credit, parties and lead sentences (lead.h); set
                                        by the caller, empty from fingerprint_compute */
} fingerprint_t;

/* The verification rule (fingerprint_is_near); values come from the config,
 * FP_PARAMS_DEFAULT are the measured ones (docs/NEAR_DUPLICATES.md). */
typedef struct {
    double min_resemblance;        /* near when estimated Jaccard >= this */
    double min_containment;        /* ... or when the smaller text's estimated
                                      containment in the larger is >= this */
    uint32_t min_containment_size; /* the smaller text needs this many shingles
                                      for the containment test (a 20-word flash
                                      is "contained" in any story of its template) */
    uint32_t min_size;             /* both texts need this many shingles to be
                                      near at all: a sketch of a few shingles
                                      repeats them in every bin, so one chance
                                      b-bit match would match them all */
} fp_params_t;

#define FP_PARAMS_DEFAULT { 0.60, 0.75, 60, 10 }

/* Fingerprints the LEN bytes at KEY (UTF-8, not NUL-terminated; invalid
 * bytes are treated as separators, never read past LEN). KEY may be NULL
 * when LEN is 0. Fills *OUT entirely; cannot fail. */
void fingerprint_compute(const char *key, size_t len, fingerprint_t *out);

/* The SimHash of the text fingerprint_compute would fingerprint (same
 * arguments): 0 for a text without shingles. Cannot fail. */
uint64_t fingerprint_simhash(const char *key, size_t len);

/* Returns the Hamming distance (0..64) between two SimHash values. */
int fingerprint_distance(uint64_t a, uint64_t b);

/* Returns the resemblance (Jaccard index of the shingle sets, 0..1) estimated
 * from the two sketches, corrected for b-bit collisions. 0 when either text
 * has no shingles. */
double fingerprint_similarity(const fingerprint_t *a, const fingerprint_t *b);

/* Returns the estimated containment |A n B| / min(|A|, |B|) (0..1) of the
 * smaller shingle set in the larger, derived from the resemblance and the
 * two set sizes (Broder 1997, section 2). 0 when either text is empty. */
double fingerprint_containment(const fingerprint_t *a, const fingerprint_t *b);

/* Writes the FP_BLOCKS keys of the Manku tables for SIMHASH: key t is
 * (t << FP_BLOCK_BITS) | block t, so keys of different tables never meet
 * and each key fits in a Redis hash field or a short key suffix. */
void fingerprint_blocks(uint64_t simhash, uint32_t keys[FP_BLOCKS]);

/* Applies the verification rule P to two fingerprints: true when both have
 * at least P->min_size shingles and their estimated resemblance or (when
 * the smaller has at least P->min_containment_size shingles) estimated
 * containment reaches its threshold. Texts without shingles are never near.
 * Stores the estimated resemblance in *SIMILARITY when SIMILARITY is not
 * NULL, whatever the answer. */
bool fingerprint_is_near(const fingerprint_t *a, const fingerprint_t *b,
                         const fp_params_t *p, double *similarity);

/* The verification rule with containment (fingerprint_verify). */
typedef struct {
    fp_params_t sketch;            /* resemblance, or containment from the sketch */
    double min_mark_containment;   /* ... or shared marks / marks of the text with fewer
                                      reaches this */
    uint32_t min_shared_marks;     /* ... with at least this many marks shared: the
                                      contained part is long enough (10 marks ~ 55 words) */
    double same_text;              /* resemblance from which two texts are copies even
                                      when the days they report differ */
    double min_lead;               /* an agency's update: same credit, same day, a lead
                                      sentence this alike (lead_similarity) ... */
    uint32_t min_update_marks;     /* ... and this many marks shared */
} fp_rule_t;

#define FP_RULE_DEFAULT { FP_PARAMS_DEFAULT, 0.50, 10, 0.90, 0.60, 5 }

/* A copy near records of two roots (a page near both a brief and a rewrite of
 * one story, which are not near each other) names the second root too when
 * the two records it matched share this many marks: two copies of one story
 * share a part, while a page with another story's lead appended as a teaser
 * matches two stories that share none (docs/NEAR_DUPLICATES.md, "Two roots"). */
#define FP_ALSO_SHARED_MARKS 6

/* Which part of the rule decided (FP_OTHER_DAY: not near, the days differ). */
typedef enum {
    FP_NOT_NEAR,
    FP_NEAR_RESEMBLANCE,
    FP_NEAR_SKETCH_CONTAINMENT,
    FP_NEAR_MARKS,
    FP_NEAR_UPDATE,
    FP_OTHER_DAY
} fp_why_t;

typedef struct {
    bool is_near;
    fp_why_t why;
    double resemblance;   /* estimated from the sketches */
    double containment;   /* shared marks / marks of the text with fewer */
    uint32_t shared;      /* marks shared */
    double coverage;      /* shared marks / marks of A: how much of A the other text holds */
    double score;         /* the larger of resemblance and containment: ranks the
                             verified candidates of one item */
} fp_verdict_t;

/* Decides whether A and B are copies of one text. Two texts that report
 * different days (both day fields set) are not, unless their resemblance
 * reaches RULE->same_text (a relative date resolved against two publication
 * times). Otherwise they are when fingerprint_is_near(A, B, &RULE->sketch)
 * holds, or when both have at least RULE->sketch.min_size shingles, share
 * at least RULE->min_shared_marks marks and the shared marks are at least
 * RULE->min_mark_containment of the marks of the text that has fewer (the
 * shorter text is mostly contained in the longer). Fills *OUT whatever the
 * answer; returns OUT->is_near. */
bool fingerprint_verify(const fingerprint_t *a, const fingerprint_t *b, const fp_rule_t *rule,
                        fp_verdict_t *out);

/* How a verified candidate B ranks among those of one item A (fingerprint_verify(A, B)):
 * by the larger of resemblance and containment (the score), then by how much of A the
 * candidate holds, then by resemblance. The score saturates: a page that holds its own story
 * and another story's brief appended as a teaser holds both whole (1.0 each), but its own
 * story holds more of it. (The score moves in steps of 1/64 or more, a sketch bin or a mark
 * of 32; the coverage term adds 1/64 at most.) */
static inline double
fingerprint_rank(const fp_verdict_t *v)
{
    return v->score + v->coverage / 64.0 + v->resemblance / 8192.0;
}

/* Returns how many marks A and B share. */
uint32_t fingerprint_shared_marks(const fingerprint_t *a, const fingerprint_t *b);

/* Writes the marks of FP (1 + FP_MARK_BYTES * n_marks bytes, at most
 * FP_MARKS_RECORD) into OUT. Returns the bytes written. */
size_t fingerprint_marks_encode(const fingerprint_t *fp, uint8_t out[FP_MARKS_RECORD]);

/* Reads the marks part at P (LEN bytes available) into FP's n_marks and
 * marks. Returns the bytes it took, or 0 when LEN is short, n_marks exceeds
 * FP_MARKS or the marks are not strictly ascending (FP's marks then
 * unchanged). */
size_t fingerprint_marks_decode(const uint8_t *p, size_t len, fingerprint_t *fp);

#endif
