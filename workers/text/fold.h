/* SPDX-License-Identifier: MIT
 *
 * fold — the one fold engine: every form in which wirewatch reads, compares
 * or hashes text, made by one engine from one table of what each form does
 * to each code point (learnt from utf8proc the first time the code point is
 * met, kept for the life of the process: call from one thread). Pure.
 *
 *   FOLD_TEXT   what a reader sees: invisible characters (zero-width spaces,
 *               soft hyphens, BOMs, bidi controls, other controls) dropped,
 *               every Unicode space ' ', every line break '\n', NFC; runs
 *               of spaces one, every line trimmed, at most one blank line
 *               in a row, none at the start. Case is kept.
 *   FOLD_LINE   FOLD_TEXT on one line: line breaks are spaces too (titles).
 *   FOLD_CASE   NFC with full Unicode case folding, nothing else: the form
 *               language detection compares function words in.
 *   FOLD_MATCH  the match form: the letter fold below, punctuation kept but
 *               made one (every apostrophe ', every hyphen -), spaces ' '
 *               (one for a run, none after a line break or at the start),
 *               line breaks kept. Catalog terms, the text classify scans,
 *               the date lexicon and chrome's credit lines are all in it,
 *               so they meet byte for byte.
 *   FOLD_KEY    the dedup key form: the letter fold below; every other
 *               character (punctuation, symbol, space, line break,
 *               control) a gap, one ' ' for a run of gaps, none at either
 *               end. Exact hashes and similarity shingles are made of it.
 *
 * The letter fold, shared by FOLD_MATCH and FOLD_KEY so that a word is the
 * same word in both: compatibility decomposition and full case folding
 * (NFKC_Casefold: ﬁ → fi, Ｔ → t, ß → ss); diacritics taken off Latin,
 * Greek and Cyrillic letters (é → e, ё → е, ά → α, İ → i), and ı ł đ made
 * i l d (a stroke or a missing dot is no combining mark); Arabic and
 * Hebrew points, the tatweel and the Devanagari nukta dropped; Arabic
 * letter variants made one (أ إ آ ٱ → ا, ى ی → ي, ک → ك, ة → ه); every
 * decimal digit ASCII (١٢ → 12); then NFC. Default-ignorable characters
 * vanish. Both forms are idempotent, and fold(KEY, fold(MATCH, s)) equals
 * fold(KEY, s). */
#ifndef WW_WORKERS_TEXT_FOLD_H
#define WW_WORKERS_TEXT_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "ww_buf.h"

typedef enum { FOLD_TEXT, FOLD_LINE, FOLD_CASE, FOLD_MATCH, FOLD_KEY } fold_form_t;

/* Appends the FORM of S (LEN bytes of UTF-8; S may be NULL when LEN is 0)
 * to OUT, NUL-terminated past its length. FOLD_MATCH continues what OUT
 * holds (no space after a space or a line break already there); the other
 * forms start afresh at OUT's end. Returns 0, or -1 when S is not valid
 * UTF-8 (OUT's length and contents as they were). */
int fold_append(fold_form_t form, const char *s, size_t len, ww_buf_t *out);

/* The definition fold_append must meet, byte for byte: the FORM of S made
 * by the slow path over the whole text at once, without the table or
 * segments (slow; for tests). Returns as fold_append does. */
int fold_reference(fold_form_t form, const char *s, size_t len, ww_buf_t *out);

/* fold_append for text that may not be valid UTF-8: each byte that starts
 * no valid character reads as U+FFFD. Never fails. */
void fold_append_lossy(fold_form_t form, const char *s, size_t len, ww_buf_t *out);

/* What FORM (FOLD_CASE or FOLD_MATCH) makes of the code point CP when that
 * is one code point that nothing before it combines with; -1 otherwise (a
 * combining mark, a letter that folds to several or to none, a space in
 * FOLD_MATCH, not a code point, another form). For scanners that fold a
 * character at a time: a text whose every code point has an answer here
 * folds to those answers, in order. */
int32_t fold_char(fold_form_t form, int32_t cp);

#endif
