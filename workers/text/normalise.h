/* SPDX-License-Identifier: MIT
 *
 * normalise — turns a scraped wire item (title, body) into clean text and the
 * key that deduplication hashes and shingles.
 *
 * Pure: takes buffers, returns buffers; no socket, clock, environment or I/O.
 * It checks UTF-8, removes invisible characters (zero-width spaces, soft
 * hyphens, BOMs, bidi controls, other controls), turns every Unicode space
 * into ' ', composes to NFC, and removes page chrome line by line (chrome.h
 * says what counts as chrome). It does not guess the language (lang.h) or
 * read dates (dates.h). Work is linear in the input; a few MB are fine.
 * What each normal form does to a code point on its own is learnt from
 * utf8proc the first time the code point is met and kept for the life of
 * the process (a table filled without a lock: call from one thread).
 *
 * Invariants of a filled normalised_t: every string is valid UTF-8 in NFC
 * (the key in NFKC_Casefold), NUL-terminated past its length, and never
 * NULL; title and key hold no '\n', body holds no blank line and no
 * leading or trailing space on any line. */
#ifndef WW_NORMALISE_H
#define WW_NORMALISE_H

#include <stddef.h>
#include <stdint.h>

#include "ww_buf.h"

#define NORMALISE_HASH_HEX_LEN 32 /* XXH3-128 as lowercase hex, without the NUL */

typedef struct {
    char *title; size_t title_len; /* chrome removed, NFC, whitespace collapsed, original case */
    char *body;  size_t body_len;  /* chrome removed, NFC; paragraphs joined by "\n",
                                      spaces collapsed */
    char *key;   size_t key_len;   /* NFKC_Casefold of title + "\n" + body, punctuation/symbols
                                      turned into spaces, runs of whitespace -> one space,
                                      trimmed: the input for the exact-duplicate hash and for
                                      similarity shingles */
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

/* Appends to OUT the key form of TEXT (LEN bytes of UTF-8): NFKC_Casefold,
 * default-ignorable characters dropped, every punctuation, symbol, space
 * and control character turned into a space, runs of spaces made one, no
 * leading or trailing space. The same folding the key gets, so other
 * modules (catalog aliases, chrome tables) can match against keys.
 * Returns 0, or -1 when TEXT is not valid UTF-8 (OUT unchanged). */
int normalise_fold(const char *text, size_t len, ww_buf_t *out);

/* Appends to OUT the NFC of TEXT (LEN bytes of UTF-8) with full Unicode case
 * folding (what utf8proc_map gives with UTF8PROC_STABLE | UTF8PROC_COMPOSE |
 * UTF8PROC_CASEFOLD): the form lang_detect compares words in. Returns 0, or
 * -1 when TEXT is not valid UTF-8 (OUT's length unchanged). */
int normalise_casefold(const char *text, size_t len, ww_buf_t *out);

/* For callers that fold a code point at a time: returns what
 * normalise_casefold makes of CP when CP folds to one code point that
 * nothing before it can combine with, else -1 (a combining mark, a letter
 * folding to several, Hangul jamo, not a code point). A text whose every
 * code point has an answer here folds to those answers, in order. */
int32_t normalise_casefold_char(int32_t cp);

#endif
