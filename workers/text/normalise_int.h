/* SPDX-License-Identifier: MIT
 *
 * normalise_int — what the files of the normalise module share; no other
 * module includes this header. The module's files:
 *
 *   normalise.c       normalise_item's passes (clean, compose and collapse,
 *                     strip chrome), normalised_free and the hash
 *   normalise_fold.c  the per-code-point table, segments and the three
 *                     forms: normalise_fold, normalise_casefold(_char)
 *
 * The table lookup (normalise_info_of), decode and the segmenter are here,
 * inline, because every pass runs them once per character. Invariants: a
 * cp_info_t with is_known set never changes again; a segment starts only
 * where its form's bit is set in cp_info_t.starts, so segments normalise
 * independently; the table is process-wide, filled lazily without a lock
 * (callers are single-threaded). */
#ifndef WW_NORMALISE_INT_H
#define WW_NORMALISE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>

#include "normalise.h"
#include "ww_alloc.h"
#include "ww_buf.h"

#define CP_LIMIT    0x110000 /* one past the last code point */
#define PAGE_BITS   8        /* the table is allocated 256 code points at a time */
#define PAGE_CPS    (1 << PAGE_BITS)
#define FORM_BYTES  13       /* longest form of one code point kept in the table */
#define SEGMENT_CPS 64       /* longer segments are normalised on the heap */

/* What pass 1 does with a code point. */
typedef enum { CP_KEEP, CP_SPACE, CP_NEWLINE, CP_DROP } cp_action_t;

/* The three normal forms this module makes. */
typedef enum {
    FORM_NFC,      /* title and body */
    FORM_KEY,      /* NFKC_Casefold, the key (normalise_fold) */
    FORM_CASEFOLD, /* NFC and case folding (normalise_casefold) */
    FORM_COUNT
} form_t;

/* One code point, as normalise_learn found it. */
typedef struct {
    uint8_t is_known;             /* normalise_learn has filled the rest */
    uint8_t action;               /* cp_action_t of pass 1 */
    uint8_t starts;               /* bit per form: a segment starts here */
    uint8_t alone;                /* bit per form: out[form] is the form of the code point
                                     alone (for FORM_KEY with gaps as ' ', Cf dropped) */
    uint8_t same;                 /* bit per form: that form is the code point itself */
    uint8_t key_is_word;          /* the key form alone is not empty and has no gap */
    uint8_t len[FORM_COUNT];
    char out[FORM_COUNT][FORM_BYTES];
} cp_info_t;

/* The table: PAGE_CPS entries per page, pages allocated on first use
 * (normalise_fold.c owns it). */
extern cp_info_t *normalise_pages[CP_LIMIT >> PAGE_BITS];

/* Fills *E, the entry of CP, from utf8proc (normalise_fold.c). */
void normalise_learn(int32_t cp, cp_info_t *e);

/* What pass 1 does with CP, without the table (normalise_fold.c). */
cp_action_t normalise_action_of(int32_t cp);

/* Appends the segment S (LEN bytes of valid UTF-8) in FORM (a raw form:
 * NFC or CASEFOLD) to OUT, through utf8proc (normalise_fold.c). */
void normalise_append_segment(const uint8_t *s, size_t len, form_t form, ww_buf_t *out);

/* The table entry of CP, learnt on first use. */
static inline __attribute__((always_inline)) const cp_info_t *
normalise_info_of(int32_t cp)
{
    cp_info_t *page = normalise_pages[cp >> PAGE_BITS];
    if (page == NULL)
        page = normalise_pages[cp >> PAGE_BITS] = ww_xcalloc(PAGE_CPS, sizeof *page);
    cp_info_t *e = &page[cp & (PAGE_CPS - 1)];
    if (!e->is_known)
        normalise_learn(cp, e);
    return e;
}

/* Decodes the code point at S (LEN > 0 bytes) into *CP and returns its
 * length, or 0 when the bytes are not UTF-8. The rules are utf8proc's:
 * no overlong forms, no surrogates, nothing past U+10FFFF. */
static inline size_t
decode(const uint8_t *s, size_t len, int32_t *cp)
{
    uint32_t c = s[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    if (c - 0xC2 > 0xF4 - 0xC2)
        return 0;
    if (c < 0xE0) {
        if (len < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3Fu));
        return 2;
    }
    if (c < 0xF0) {
        if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xED && s[1] > 0x9F)
            return 0; /* a surrogate */
        uint32_t u = ((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        if (u < 0x800)
            return 0;
        *cp = (int32_t)u;
        return 3;
    }
    if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
        return 0;
    if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
        return 0;
    *cp = (int32_t)(((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                    (s[3] & 0x3Fu));
    return 4;
}

/* ---- segments ------------------------------------------------------------- */

/* Cuts text into segments of one form (see the top of this file). */
typedef struct {
    const uint8_t *s;           /* the text, valid UTF-8 or not */
    size_t len;
    size_t at;                  /* where the next segment starts */
    uint8_t bit;                /* the form's bit in cp_info_t.starts */
    size_t ahead;               /* bytes of the code point at `at`, when already decoded */
    const cp_info_t *ahead_info;
} segmenter_t;

static inline void
segmenter_init(segmenter_t *sg, const char *text, size_t len, form_t form)
{
    sg->s = (const uint8_t *)text;
    sg->len = len;
    sg->at = 0;
    sg->bit = (uint8_t)(1u << form);
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
        n = decode(s + i, sg->len - i, &cp);
        if (n == 0)
            return false;
        first = normalise_info_of(cp);
    }
    size_t j = i + n;
    bool is_single = true;
    while (j < sg->len && s[j] >= 0x80) {
        int32_t cp;
        size_t k = decode(s + j, sg->len - j, &cp);
        if (k == 0)
            return false;
        const cp_info_t *e = normalise_info_of(cp);
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
