/* SPDX-License-Identifier: MIT
 *
 * lead — what an agency's update keeps of its first version: the agency's
 * credit, the people named and the words of the lead sentences. Pure: no
 * I/O, no clock.
 *
 * An agency rewrites its own story as it grows (a writethrough): new
 * headline, new paragraphs, the lead reworded ("says he has spoken to" →
 * "said he spoke to ... by phone on Friday"), a quarter to half of the
 * first version kept. The two share too few shingles for the resemblance
 * and containment rules, but they keep the agency's credit ("(AP) —",
 * "/TASS/", "(Reuters) -"), the people and the lead's facts, so most of the
 * words of the opening sentence. fingerprint_verify takes such a pair for a
 * copy when it also reports the same day and shares a few marks
 * (docs/NEAR_DUPLICATES.md, "Agency updates").
 *
 * The credit is an agency name (lead_credit.c's table: the world's wire
 * agencies under their names in the scripts they are credited in) found in
 * the first LEAD_CREDIT_BYTES of the body. The lead is the first
 * LEAD_SENTENCES sentences of at least LEAD_MIN_WORDS words from the one
 * that holds the credit on, each kept as a b-bit MinHash of its word set
 * (Li & König 2010: 128 minima of 1 bit, 16 bytes, estimate a resemblance
 * of 0.7 within 0.06; words in FOLD_KEY; in scripts written without spaces,
 * pairs of characters).
 * The parties are the people the classifier finds named in the text
 * (classify.h): the same agency's template report of another minister's
 * call the same day ("Lavrov and Zarif discussed ..." against "Lavrov and
 * Kerry discussed ...") has a lead as alike, and differs there. */
#ifndef WW_WORKERS_DEDUP_LEAD_H
#define WW_WORKERS_DEDUP_LEAD_H

#include <stddef.h>
#include <stdint.h>

#define LEAD_SENTENCES    3
#define LEAD_MINIMA       128  /* minima per sentence ... */
#define LEAD_BITS         1    /* ... of which the low bit is kept (b-bit MinHash) */
#define LEAD_SIG_BYTES    (LEAD_MINIMA * LEAD_BITS / 8) /* one sentence's signature */
#define LEAD_MIN_WORDS    10
#define LEAD_CREDIT_BYTES 400

typedef struct {
    uint16_t credit;                        /* agency id (lead_credit_name), 0: none */
    uint32_t parties;                       /* the people it names (classify.h's parties);
                                               set by the caller, 0 from lead_compute */
    uint8_t n;                              /* sentences kept, 0..LEAD_SENTENCES */
    uint8_t sig[LEAD_SENTENCES][LEAD_SIG_BYTES]; /* the low bit of each minimum */
} lead_t;

/* Fills *OUT from BODY (LEN bytes of UTF-8 in FOLD_TEXT: paragraphs on
 * lines, original case; may be NULL when LEN is 0). Cannot fail; invalid
 * bytes read as gaps. */
void lead_compute(const char *body, size_t len, lead_t *out);

/* The largest resemblance (0..1) estimated between the first lead sentence
 * of one of A and B and a lead sentence of the other; 0 when either has
 * none. */
double lead_similarity(const lead_t *a, const lead_t *b);

/* The agency's name for credit ID, or NULL. */
const char *lead_credit_name(uint16_t id);

#endif
