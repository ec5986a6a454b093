/* SPDX-License-Identifier: MIT
 *
 * dates_tokens — the tokens dates_scan's grammar reads, and the lexicon words they spell
 * (internal to workers/events). Folded text is cut into numbers, words and single
 * punctuation marks; a Han, Kana or Hangul character is a word of its own, a Thai, Myanmar
 * or Khmer run is cut at the lexicon's words, and a web address is no token. */
#ifndef WW_WORKERS_EVENTS_DATES_TOKENS_H
#define WW_WORKERS_EVENTS_DATES_TOKENS_H

#include <stdlib.h>

#include "dates_int.h"

#define MAX_JOIN 4           /* words of a multi-word or CJK lexicon entry */
#define TOKENS_INLINE 128    /* tokens kept on the stack before the heap */

typedef enum { T_NUM, T_WORD, T_PUNCT } tok_type_t;

typedef struct {
    size_t start, end;
    uint8_t type;       /* tok_type_t */
    bool space_before;  /* whitespace separates it from the previous token */
    bool cjk;           /* one Han, Kana or Hangul character */
    uint8_t ndigits;    /* T_NUM: digits (capped at 9) */
    int32_t value;      /* T_NUM: the number; T_PUNCT: the code point */
} tok_t;

typedef struct {
    tok_t small[TOKENS_INLINE];
    tok_t *v;
    size_t n, cap;
} toks_t;

#define TOKS_INIT(t) { .v = (t).small, .n = 0, .cap = TOKENS_INLINE }

/* Cuts TEXT (LEN bytes, folded) into T, which starts as TOKS_INIT; allocates only past
   TOKENS_INLINE tokens. */
void dates_tokenize(const dates_lex_t *lex, const char *text, size_t len, toks_t *t);

/* Frees what dates_tokenize allocated in T. */
static inline void
dates_toks_free(toks_t *t)
{
    if (t->v != t->small)
        free(t->v);
}

/* The lexicon word, allowed for LANG, that tokens T[i..i+k) spell for the largest k that is
   one, or NULL; *USED gets k. */
const lex_word_t *dates_word_at(const dates_lex_t *lex, const char *text, const toks_t *t,
                                size_t i, const char *lang, size_t *used);

#endif
