/* SPDX-License-Identifier: MIT
 *
 * normalise — turns a scraped wire item (title, body) into clean text and the
 * key that deduplication hashes and shingles.
 *
 * Pure: takes buffers, returns buffers; no socket, clock, environment or I/O.
 * It checks UTF-8, removes invisible characters, turns every Unicode space
 * into ' ', composes to NFC (the forms FOLD_LINE and FOLD_TEXT of fold.h),
 * and removes page chrome line by line (chrome.h says what counts as
 * chrome). The key is in FOLD_KEY. It does not guess the language (lang.h)
 * or read dates (events/dates.h). Work is linear in the input; a few MB are
 * fine. Call from one thread (fold.h's table).
 *
 * Invariants of a filled normalised_t: every string is valid UTF-8 in NFC
 * (the key in FOLD_KEY), NUL-terminated past its length, and never
 * NULL; title and key hold no '\n', body holds no blank line and no
 * leading or trailing space on any line. */
#ifndef WW_WORKERS_TEXT_NORMALISE_H
#define WW_WORKERS_TEXT_NORMALISE_H

#include <stddef.h>
#include <stdint.h>

#include "ww_buf.h"

#define NORMALISE_HASH_HEX_LEN 32 /* XXH3-128 as lowercase hex, without the NUL */

typedef struct {
    char *title; size_t title_len; /* chrome removed, NFC, whitespace collapsed, original case */
    char *body;  size_t body_len;  /* chrome removed, NFC; paragraphs joined by "\n",
                                      spaces collapsed */
    char *key;   size_t key_len;   /* FOLD_KEY of title + "\n" + body (fold.h): the input
                                      for the exact-duplicate hash and for similarity shingles */
} normalised_t;

/* Returns 0 and fills *out (caller frees with normalised_free), or -1 when title or body is not
   valid UTF-8 (out untouched). Inputs are (ptr,len), not NUL-terminated. Title may be empty
   (and NULL when its length is 0; so may body). A body line equal to the title (after folding)
   is removed, as is a trailing " - <site name>" on the title. */
int normalise_item(const char *title, size_t title_len, const char *body, size_t body_len,
                   normalised_t *out);

/* Frees the three strings and zeroes *n. NULL-safe, idempotent. */
void normalised_free(normalised_t *n);

/* Exact-duplicate hash of a key: XXH3 128-bit rendered as 32 lowercase hex chars + NUL into
   hex[33]. The high 64 bits come first (XXH128 canonical order). */
void normalise_hash_hex(const char *key, size_t key_len, char hex[33]);

#endif
