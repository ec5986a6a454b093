/* SPDX-License-Identifier: MIT
 *
 * fold_int — what the files of the fold module share; no other module
 * includes this header. The module's files:
 *
 *   fold_table.c  the per-code-point table, and the slow path every entry
 *                 is learnt from: utf8proc plus the letter fold of fold.h
 *   fold.c        the forms, written from the table a segment at a time
 *
 * The table lookup and the segmenter are here, inline, because every form
 * runs them once per character. Invariants: an entry with is_known set
 * never changes again; a segment starts only where its form's bit is set in
 * cp_info_t.starts, so segments fold independently and the folds of the
 * segments, end to end, are the fold of the text; the table is process-wide
 * and filled lazily without a lock (callers are single-threaded). */
#ifndef WW_WORKERS_TEXT_FOLD_INT_H
#define WW_WORKERS_TEXT_FOLD_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fold.h"
#include "ww_alloc.h"
#include "ww_buf.h"
#include "ww_utf8.h"

#define CP_LIMIT    0x110000 /* one past the last code point */
#define PAGE_BITS   8        /* the table is allocated 256 code points at a time */
#define PAGE_CPS    (1 << PAGE_BITS)
#define FORM_BYTES  13       /* longest form of one code point kept in the table */
#define SEGMENT_CPS 64       /* longer segments are folded on the heap */

/* What FOLD_TEXT's first pass does with a code point. */
typedef enum { CP_KEEP, CP_SPACE, CP_NEWLINE, CP_DROP } cp_action_t;

/* The table's columns: the forms as one code point alone gives them. */
typedef enum {
    COL_NFC,   /* FOLD_TEXT and FOLD_LINE, before collapsing */
    COL_CASE,  /* FOLD_CASE */
    COL_MATCH, /* FOLD_MATCH, before collapsing: spaces as ' ', line breaks as '\n' */
    COL_KEY,   /* FOLD_KEY, before collapsing: every gap as ' ' */
    COL_COUNT
} column_t;

/* One code point, as fold_learn found it. */
typedef struct {
    uint8_t is_known;   /* fold_learn has filled the rest */
    uint8_t action;     /* cp_action_t of FOLD_TEXT's first pass */
    uint8_t starts;     /* bit per column: a segment starts here */
    uint8_t alone;      /* bit per column: out[col] is the column of the code point alone */
    uint8_t same;       /* bit per column: that is the code point itself */
    uint8_t is_word;    /* bit per column: out[col] is not empty and has no ' ' or '\n' */
    uint8_t len[COL_COUNT];
    char out[COL_COUNT][FORM_BYTES];
} cp_info_t;

/* The table: PAGE_CPS entries per page, pages allocated on first use
 * (fold_table.c owns it). */
extern cp_info_t *fold_pages[CP_LIMIT >> PAGE_BITS];

/* Fills *E, the entry of CP (fold_table.c). */
void fold_learn(int32_t cp, cp_info_t *e);

/* What FOLD_TEXT's first pass does with CP, without the table. */
cp_action_t fold_action_of(int32_t cp);

/* Appends column COL of the segment S (LEN bytes of valid UTF-8) to OUT
 * through the slow path: NFC and CASE as utf8proc_map gives them, MATCH
 * and KEY as fold.h defines them (before collapsing). */
void fold_segment(const uint8_t *s, size_t len, column_t col, ww_buf_t *out);

/* The table entry of CP, learnt on first use. */
static inline __attribute__((always_inline)) const cp_info_t *
fold_info_of(int32_t cp)
{
    cp_info_t *page = fold_pages[cp >> PAGE_BITS];
    if (page == NULL)
        page = fold_pages[cp >> PAGE_BITS] = ww_xcalloc(PAGE_CPS, sizeof *page);
    cp_info_t *e = &page[cp & (PAGE_CPS - 1)];
    if (!e->is_known)
        fold_learn(cp, e);
    return e;
}

/* ---- segments ------------------------------------------------------------- */

/* Cuts text into the segments of one column (see the top of this file). */
typedef struct {
    const uint8_t *s;           /* the text, valid UTF-8 or not */
    size_t len;
    size_t at;                  /* where the next segment starts */
    uint8_t bit;                /* the column's bit in cp_info_t.starts */
    size_t ahead;               /* bytes of the code point at `at`, when already decoded */
    const cp_info_t *ahead_info;
} segmenter_t;

static inline void
segmenter_init(segmenter_t *sg, const char *text, size_t len, column_t col)
{
    sg->s = (const uint8_t *)text;
    sg->len = len;
    sg->at = 0;
    sg->bit = (uint8_t)(1u << col);
    sg->ahead = 0;
    sg->ahead_info = NULL;
}

/* The segment starting at sg->at, which is not past the end: its end in
 * *END and, when it is one non-ASCII code point, that code point's info in
 * *ONE (else NULL). Returns false on invalid UTF-8. */
static inline __attribute__((always_inline)) bool
next_segment(segmenter_t *sg, size_t *end, const cp_info_t **one)
{
    const uint8_t *s = sg->s;
    size_t i = sg->at, n;
    const cp_info_t *first = NULL;
    if (sg->ahead > 0) {
        n = sg->ahead;
        first = sg->ahead_info;
        sg->ahead = 0;
    } else if (s[i] < 0x80) {
        n = 1;
    } else {
        int32_t cp;
        n = ww_utf8_decode(s + i, sg->len - i, &cp);
        if (n == 0)
            return false;
        first = fold_info_of(cp);
    }
    size_t j = i + n;
    bool is_single = true;
    while (j < sg->len && s[j] >= 0x80) {
        int32_t cp;
        size_t k = ww_utf8_decode(s + j, sg->len - j, &cp);
        if (k == 0)
            return false;
        const cp_info_t *e = fold_info_of(cp);
        if (e->starts & sg->bit) {
            sg->ahead = k;
            sg->ahead_info = e;
            break;
        }
        j += k;
        is_single = false;
    }
    *end = j;
    *one = is_single ? first : NULL;
    sg->at = j;
    return true;
}

#endif
