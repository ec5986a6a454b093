/* SPDX-License-Identifier: MIT
 *
 * normalise — clean text and dedup key of a wire item (see normalise.h).
 *
 * Four passes, each linear:
 *   1. clean: validate UTF-8 while mapping every code point by the table
 *      below (Unicode spaces to ' ', line breaks to '\n', invisible
 *      characters and other controls dropped);
 *   2. compose to NFC (what utf8proc_map gives with UTF8PROC_STABLE |
 *      UTF8PROC_COMPOSE) and, in the same pass, collapse runs of spaces,
 *      trim every line, keep at most one blank line in a row; the title
 *      becomes one line;
 *   3. chrome.c judges the body's lines; the kept ones, non-blank, are the
 *      body;
 *   4. the key is normalise_fold(title "\n" body), put together from the
 *      key forms chrome.c made of each line.
 * ZWJ and ZWNJ stay in title and body because they spell Persian and Indic
 * words and emoji; the key drops them (they are default-ignorable).
 *
 * Speed. utf8proc_map decomposes and recomposes every character and
 * allocates its result, which made it most of the cost of an item. Here
 * the text is cut into segments instead: a segment starts at a code point
 * that nothing before it can combine with or reorder across (UAX #15,
 * "stable code points"; ASCII always is one, learn() finds the others), so
 * each segment normalises on its own and the results, end to end, are what
 * utf8proc_map gives for the whole text. A segment of one code point,
 * nearly every segment of running text, is looked up in a table of what
 * each form does to that code point alone, filled from utf8proc the first
 * time the code point is seen. Only longer segments (a letter followed by
 * combining marks, Hangul jamo) go through utf8proc, one at a time and on
 * the stack. The table is process-wide and filled lazily without a lock:
 * the worker is single-threaded. */
#include "normalise.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#include "chrome.h"
#include "ww_alloc.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

#define CP_LIMIT    0x110000 /* one past the last code point */
#define PAGE_BITS   8        /* the table is allocated 256 code points at a time */
#define PAGE_CPS    (1 << PAGE_BITS)
#define FORM_BYTES  13       /* longest form of one code point kept in the table */
#define DECOMP_MAX  32       /* longest decomposition learn() looks at (U+FDFA: 18) */
#define SEGMENT_CPS 64       /* longer segments are normalised on the heap */

/* What pass 1 does with a code point. */
typedef enum { CP_KEEP, CP_SPACE, CP_NEWLINE, CP_DROP } cp_action_t;

typedef struct {
    int32_t lo, hi;
    cp_action_t action;
} cp_rule_t;

/* Code points with a fixed fate; every other Zs is a space, every other Cc
 * is dropped, everything else is kept. */
static const cp_rule_t cp_rules[] = {
    { 0x0009, 0x0009, CP_SPACE },   /* tab */
    { 0x000A, 0x000D, CP_NEWLINE }, /* LF VT FF CR (CR LF is one break) */
    { 0x0085, 0x0085, CP_NEWLINE }, /* next line */
    { 0x00AD, 0x00AD, CP_DROP },    /* soft hyphen */
    { 0x061C, 0x061C, CP_DROP },    /* Arabic letter mark */
    { 0x180E, 0x180E, CP_DROP },    /* Mongolian vowel separator */
    { 0x200B, 0x200B, CP_DROP },    /* zero-width space */
    { 0x200E, 0x200F, CP_DROP },    /* left-to-right, right-to-left marks */
    { 0x2028, 0x2029, CP_NEWLINE }, /* line and paragraph separators */
    { 0x202A, 0x202E, CP_DROP },    /* bidi embeddings and overrides */
    { 0x2060, 0x2064, CP_DROP },    /* word joiner, invisible operators */
    { 0x2066, 0x2069, CP_DROP },    /* bidi isolates */
    { 0xFEFF, 0xFEFF, CP_DROP },    /* BOM, zero-width no-break space */
};

static cp_action_t
action_of(int32_t cp)
{
    if (cp >= 0x20 && cp < 0x7F)
        return CP_KEEP;
    for (size_t i = 0; i < N_ELEMS(cp_rules); i++)
        if (cp >= cp_rules[i].lo && cp <= cp_rules[i].hi)
            return cp_rules[i].action;
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_ZS)
        return CP_SPACE;
    if (cat == UTF8PROC_CATEGORY_CC)
        return CP_DROP;
    return CP_KEEP;
}

/* ---- what each form does to one code point ------------------------------- */

/* The three normal forms this module makes. */
typedef enum {
    FORM_NFC,      /* title and body */
    FORM_KEY,      /* NFKC_Casefold, the key (normalise_fold) */
    FORM_CASEFOLD, /* NFC and case folding (normalise_casefold) */
    FORM_COUNT
} form_t;

static const utf8proc_option_t form_options[FORM_COUNT] = {
    [FORM_NFC] = UTF8PROC_STABLE | UTF8PROC_COMPOSE,
    [FORM_KEY] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                 UTF8PROC_IGNORE,
    [FORM_CASEFOLD] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
};

/* One code point, as learn() found it. */
typedef struct {
    uint8_t is_known;             /* learn() has filled the rest */
    uint8_t action;               /* cp_action_t of pass 1 */
    uint8_t starts;               /* bit per form: a segment starts here */
    uint8_t alone;                /* bit per form: out[form] is the form of the code point
                                     alone (for FORM_KEY with gaps as ' ', Cf dropped) */
    uint8_t same;                 /* bit per form: that form is the code point itself */
    uint8_t key_is_word;          /* the key form alone is not empty and has no gap */
    uint8_t len[FORM_COUNT];
    char out[FORM_COUNT][FORM_BYTES];
} cp_info_t;

static cp_info_t *pages[CP_LIMIT >> PAGE_BITS];

/* Code points that may compose with a starter before them: the second and
 * later code points of every canonical decomposition, and the Hangul
 * vowels and trailing consonants. */
static uint8_t combines_back[CP_LIMIT / 8];
static bool has_combines_back;

static bool
is_combining_back(int32_t cp)
{
    return (combines_back[cp >> 3] >> (cp & 7)) & 1;
}

static void
mark_combining_back(int32_t cp)
{
    combines_back[cp >> 3] |= (uint8_t)(1u << (cp & 7));
}

static void
learn_combining_back(void)
{
    for (int32_t cp = 0; cp < CP_LIMIT; cp++) {
        if (utf8proc_get_property(cp)->decomp_seqindex == UINT16_MAX)
            continue; /* no decomposition of any kind */
        utf8proc_int32_t d[DECOMP_MAX];
        int boundclass = 0;
        utf8proc_ssize_t n = utf8proc_decompose_char(cp, d, DECOMP_MAX, UTF8PROC_DECOMPOSE,
                                                     &boundclass);
        for (utf8proc_ssize_t k = 1; k < n && k < DECOMP_MAX; k++)
            mark_combining_back(d[k]);
    }
    /* Hangul syllables compose by arithmetic, not by table: L+V, LV+T
     * (0x11A7 too, in case a composer takes "no T" for a T). */
    for (int32_t cp = 0x1161; cp <= 0x1175; cp++)
        mark_combining_back(cp);
    for (int32_t cp = 0x11A7; cp <= 0x11C2; cp++)
        mark_combining_back(cp);
    has_combines_back = true;
}

/* utf8proc_map with OPTIONS on valid UTF-8; returns its malloc'd result
 * (caller frees) and the length in *OUT_LEN, or NULL on invalid input. */
static uint8_t *
map(const uint8_t *s, size_t len, utf8proc_option_t options, size_t *out_len)
{
    uint8_t *m = NULL;
    utf8proc_ssize_t r = utf8proc_map(s, (utf8proc_ssize_t)len, &m, options);
    if (r == UTF8PROC_ERROR_NOMEM)
        abort(); /* the ww_alloc policy: out of memory is fatal */
    if (r < 0)
        return NULL;
    *out_len = (size_t)r;
    return m;
}

/* True when a segment of FORM may start at CP: the first code point it
 * decomposes into is a starter that combines with nothing before it. A
 * code point that vanishes (ignorable) or decomposes into more than
 * DECOMP_MAX code points is glued to the segment before; that is never
 * wrong, only slower. */
static bool
learn_starts(int32_t cp, utf8proc_option_t options)
{
    utf8proc_int32_t d[DECOMP_MAX];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, d, DECOMP_MAX, options, &boundclass);
    return n >= 1 && n <= DECOMP_MAX && utf8proc_get_property(d[0])->combining_class == 0 &&
           !is_combining_back(d[0]);
}

static bool
is_gap(utf8proc_category_t cat)
{
    return (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_ZP) ||
           cat == UTF8PROC_CATEGORY_CC;
}

/* The key form of M (LEN bytes, what utf8proc_map made): every gap
 * character as ' ', Cf characters dropped. Returns the length written to
 * DST (CAP bytes), or CAP + 1 when it does not fit. */
static size_t
key_of_mapped(const uint8_t *m, size_t len, char *dst, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(m + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0)
            break;
        utf8proc_category_t cat = utf8proc_category(cp);
        size_t add = is_gap(cat) ? 1 : cat == UTF8PROC_CATEGORY_CF ? 0 : (size_t)k;
        if (n + add > cap)
            return cap + 1;
        if (is_gap(cat))
            dst[n] = ' ';
        else
            memcpy(dst + n, m + i, add);
        n += add;
        i += (size_t)k;
    }
    return n;
}

static void
learn(int32_t cp, cp_info_t *e)
{
    if (!has_combines_back)
        learn_combining_back();
    uint8_t enc[4];
    size_t n = (size_t)utf8proc_encode_char(cp, enc);
    e->action = (uint8_t)action_of(cp);
    for (int f = 0; f < FORM_COUNT; f++) {
        if (learn_starts(cp, form_options[f]))
            e->starts |= (uint8_t)(1u << f);
        size_t mlen = 0;
        uint8_t *m = map(enc, n, form_options[f], &mlen);
        if (m == NULL)
            continue;
        if (f == FORM_KEY)
            mlen = key_of_mapped(m, mlen, e->out[f], FORM_BYTES);
        else if (mlen <= FORM_BYTES)
            memcpy(e->out[f], m, mlen);
        if (mlen <= FORM_BYTES) {
            e->len[f] = (uint8_t)mlen;
            e->alone |= (uint8_t)(1u << f);
            if (mlen == n && memcmp(e->out[f], enc, n) == 0)
                e->same |= (uint8_t)(1u << f);
            if (f == FORM_KEY)
                e->key_is_word = mlen > 0 && memchr(e->out[f], ' ', mlen) == NULL;
        }
        free(m);
    }
    e->is_known = 1;
}

static inline __attribute__((always_inline)) const cp_info_t *
info_of(int32_t cp)
{
    cp_info_t *page = pages[cp >> PAGE_BITS];
    if (page == NULL)
        page = pages[cp >> PAGE_BITS] = ww_xcalloc(PAGE_CPS, sizeof *page);
    cp_info_t *e = &page[cp & (PAGE_CPS - 1)];
    if (!e->is_known)
        learn(cp, e);
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

static void
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
        first = info_of(cp);
    }
    size_t j = i + n;
    bool is_single = true;
    while (j < sg->len && s[j] >= 0x80) {
        int32_t cp;
        size_t k = decode(s + j, sg->len - j, &cp);
        if (k == 0)
            return false;
        const cp_info_t *e = info_of(cp);
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

/* Normalises one segment S (LEN bytes of valid UTF-8) the way utf8proc_map
 * would with OPTIONS, leaving the code points in *CPS: BUF (SEGMENT_CPS + 1
 * elements) when they fit, else a malloc'd array, which the caller frees
 * when *CPS != BUF. Returns how many there are. */
static size_t
normalise_segment(const uint8_t *s, size_t len, utf8proc_option_t options,
                  utf8proc_int32_t *buf, utf8proc_int32_t **cps)
{
    *cps = buf;
    utf8proc_ssize_t n = utf8proc_decompose(s, (utf8proc_ssize_t)len, buf, SEGMENT_CPS, options);
    if (n > SEGMENT_CPS) {
        *cps = ww_xmalloc(((size_t)n + 1) * sizeof **cps);
        n = utf8proc_decompose(s, (utf8proc_ssize_t)len, *cps, n, options);
    }
    if (n < 0)
        abort(); /* the caller checked the UTF-8; only out of memory is left */
    n = utf8proc_normalize_utf32(*cps, n, options);
    return n < 0 ? 0 : (size_t)n;
}

/* Appends the segment S (LEN bytes) in FORM (a raw form: NFC or CASEFOLD). */
static void
append_slow_segment(const uint8_t *s, size_t len, form_t form, ww_buf_t *out)
{
    utf8proc_int32_t buf[SEGMENT_CPS + 1], *cps;
    size_t n = normalise_segment(s, len, form_options[form], buf, &cps);
    ww_buf_reserve(out, 4 * n);
    for (size_t i = 0; i < n; i++)
        out->len += (size_t)utf8proc_encode_char(cps[i], (uint8_t *)out->ptr + out->len);
    out->ptr[out->len] = '\0';
    if (cps != buf)
        free(cps);
}

/* Appends TEXT (LEN bytes) in FORM (NFC or CASEFOLD) to OUT. Returns false,
 * with OUT's length as it was, on invalid UTF-8. */
static bool
append_form(const char *text, size_t len, form_t form, ww_buf_t *out)
{
    size_t undo = out->len;
    segmenter_t sg;
    segmenter_init(&sg, text, len, form);
    const uint8_t *s = sg.s;
    bool lower = form == FORM_CASEFOLD;
    ww_buf_reserve(out, len + FORM_BYTES);
    char *w = out->ptr + out->len;
    char *limit = out->ptr + out->cap - FORM_BYTES - 1; /* room for one more table entry */
    size_t i = 0;
    for (;;) {
        if (w >= limit) {
            out->len = (size_t)(w - out->ptr);
            ww_buf_reserve(out, (len - i) + FORM_BYTES);
            w = out->ptr + out->len;
            limit = out->ptr + out->cap - FORM_BYTES - 1;
        }
        if (i >= len)
            break;
        /* ASCII followed by ASCII: a segment of its own, and its own form */
        if (s[i] < 0x80 && (i + 1 == len || s[i + 1] < 0x80)) {
            uint8_t c = s[i++];
            *w++ = (char)(lower && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            continue;
        }
        size_t end;
        const cp_info_t *one;
        sg.at = i;
        if (!next_segment(&sg, &end, &one)) {
            out->len = undo;
            out->ptr[undo] = '\0';
            return false;
        }
        if (end == i + 1) {
            uint8_t c = s[i];
            *w++ = (char)(lower && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        } else if (one != NULL && (one->alone & sg.bit)) {
            memcpy(w, one->out[form], FORM_BYTES);
            w += one->len[form];
        } else {
            out->len = (size_t)(w - out->ptr);
            append_slow_segment(s + i, end - i, form, out);
            ww_buf_reserve(out, (len - end) + FORM_BYTES);
            w = out->ptr + out->len;
            limit = out->ptr + out->cap - FORM_BYTES - 1;
        }
        i = end;
    }
    out->len = (size_t)(w - out->ptr);
    *w = '\0';
    return true;
}

/* ---- pass 1 --------------------------------------------------------------- */

/* Pass 1 into OUT. Returns -1 on invalid UTF-8 (OUT then holds junk). */
static int
clean(const char *text, size_t len, ww_buf_t *out)
{
    const uint8_t *s = (const uint8_t *)text;
    ww_buf_reserve(out, len); /* nothing here grows */
    char *w = out->ptr + out->len;
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        if (c >= 0x20 && c < 0x7F) {
            *w++ = (char)c;
            i++;
            continue;
        }
        int32_t cp;
        size_t k = decode(s + i, len - i, &cp);
        if (k == 0) {
            out->len = (size_t)(w - out->ptr);
            return -1;
        }
        cp_action_t action = c < 0x80 ? action_of(cp) : (cp_action_t)info_of(cp)->action;
        switch (action) {
        case CP_KEEP:
            for (size_t j = 0; j < k; j++)
                *w++ = (char)s[i + j];
            break;
        case CP_SPACE:
            *w++ = ' ';
            break;
        case CP_NEWLINE:
            *w++ = '\n';
            if (cp == '\r' && i + 1 < len && s[i + 1] == '\n')
                k++;
            break;
        case CP_DROP:
            break;
        }
        i += k;
    }
    out->len = (size_t)(w - out->ptr);
    *w = '\0';
    return 0;
}

/* ---- pass 2 --------------------------------------------------------------- */

/* Collapses spaces and blank lines of NFC text fed a byte at a time into a
 * buffer whose room the feeder reserves. Positions are pointers held here,
 * not out->len, so that the compiler can keep them in registers. */
typedef struct {
    char *base;       /* out->ptr */
    char *w;          /* out->ptr + out->len */
    char *line_start;
    bool is_one_line; /* every line break becomes a space */
    bool pending;     /* a space is owed before the next visible byte */
} collapse_t;

static inline void
collapse_byte(collapse_t *c, char ch)
{
    if (ch == ' ' || (ch == '\n' && c->is_one_line)) {
        c->pending = c->w > c->line_start;
    } else if (ch == '\n') {
        /* one blank line is as good a paragraph break as ten */
        bool blank_run = c->w == c->base ||
                         (c->w - c->base >= 2 && c->w[-1] == '\n' && c->w[-2] == '\n');
        if (!blank_run)
            *c->w++ = '\n';
        c->line_start = c->w;
        c->pending = false;
    } else {
        if (c->pending)
            *c->w++ = ' ';
        c->pending = false;
        *c->w++ = ch;
    }
}

/* Makes room in OUT for N more bytes after what C has written. */
static void
collapse_reserve(collapse_t *c, ww_buf_t *out, size_t n)
{
    size_t used = (size_t)(c->w - c->base), line = (size_t)(c->line_start - c->base);
    out->len = used;
    ww_buf_reserve(out, n);
    c->base = out->ptr;
    c->w = out->ptr + used;
    c->line_start = out->ptr + line;
}

/* Pass 2: NFC, spaces collapsed, each line trimmed; with ONE_LINE every
 * line break becomes a space too. Collapsing never writes more than it is
 * fed, plus one owed space, so the reserves below are enough. */
static void
compose_and_collapse(const ww_buf_t *in, bool one_line, ww_buf_t *out)
{
    size_t len = in->len;
    ww_buf_reserve(out, len);
    collapse_t c = { .base = out->ptr, .w = out->ptr + out->len,
                     .line_start = out->ptr + out->len, .is_one_line = one_line,
                     .pending = false };
    segmenter_t sg;
    segmenter_init(&sg, in->ptr, len, FORM_NFC);
    const uint8_t *s = sg.s;
    size_t i = 0;
    for (;;) {
        /* ASCII followed by ASCII: a segment of its own, and its own NFC */
        while (i + 1 < len && (s[i] | s[i + 1]) < 0x80)
            collapse_byte(&c, (char)s[i++]);
        if (i + 1 == len && s[i] < 0x80)
            collapse_byte(&c, (char)s[i++]);
        if (i >= len)
            break;
        size_t end;
        const cp_info_t *one;
        sg.at = i;
        if (!next_segment(&sg, &end, &one))
            break; /* pass 1 checked the UTF-8 */
        if (end == i + 1 || (one != NULL && (one->same & sg.bit))) {
            for (size_t k = i; k < end; k++)
                collapse_byte(&c, (char)s[k]);
        } else if (one != NULL && (one->alone & sg.bit)) {
            collapse_reserve(&c, out, (len - end) + one->len[FORM_NFC] + 2);
            for (size_t k = 0; k < one->len[FORM_NFC]; k++)
                collapse_byte(&c, one->out[FORM_NFC][k]);
        } else {
            ww_buf_t seg = WW_BUF_INIT;
            append_slow_segment(s + i, end - i, FORM_NFC, &seg);
            collapse_reserve(&c, out, (len - end) + seg.len + 2);
            for (size_t k = 0; k < seg.len; k++)
                collapse_byte(&c, seg.ptr[k]);
            ww_buf_free(&seg);
        }
        i = end;
    }
    out->len = (size_t)(c.w - c.base);
    *c.w = '\0';
}

/* Pass 3: the body's kept lines into OUT, joined by '\n', and the key
 * into KEY (chrome_mark folds every line anyway). */
static void
strip_chrome(const ww_buf_t *body, const char *title, size_t title_len, ww_buf_t *out,
             ww_buf_t *key)
{
    size_t n = 1;
    for (const char *p = body->ptr, *end = body->ptr + body->len;
         p != NULL && (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        n++;
    chrome_line_t *lines = ww_xcalloc(n, sizeof *lines);
    chrome_why_t *why = ww_xcalloc(n, sizeof *why);
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= body->len; i++) {
        if (i < body->len && body->ptr[i] != '\n')
            continue;
        lines[k].text = body->ptr ? body->ptr + start : NULL;
        lines[k].len = i - start;
        k++;
        start = i + 1;
    }
    chrome_mark(lines, n, title, title_len, why, key);
    ww_buf_reserve(out, body->len);
    for (size_t i = 0; i < n; i++) {
        if (why[i] != CHROME_KEEP)
            continue;
        if (out->len > 0)
            ww_buf_putc(out, '\n');
        ww_buf_append(out, lines[i].text, lines[i].len);
    }
    free(why);
    free(lines);
}

/* ---- the key -------------------------------------------------------------- */

/* Writes key-form bytes with the gap rule: a ' ' is a gap, owed as one
 * space before the next visible byte and never at either end. Like
 * collapse_t, it never writes more than it is fed plus one owed space. */
typedef struct {
    char *base;   /* out->ptr */
    char *w;      /* out->ptr + out->len */
    char *start;  /* where the text began */
    bool pending;
} key_writer_t;

static inline void
key_byte(key_writer_t *kw, char c)
{
    if (c == ' ') {
        kw->pending = kw->w > kw->start;
        return;
    }
    if (kw->pending)
        *kw->w++ = ' ';
    kw->pending = false;
    *kw->w++ = c;
}

/* Makes room in OUT for N more bytes after what KW has written. */
static void
key_reserve(key_writer_t *kw, ww_buf_t *out, size_t n)
{
    size_t used = (size_t)(kw->w - kw->base), start = (size_t)(kw->start - kw->base);
    out->len = used;
    ww_buf_reserve(out, n);
    kw->base = out->ptr;
    kw->w = out->ptr + used;
    kw->start = out->ptr + start;
}

static const char ascii_key[128] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5', ['6'] = '6',
    ['7'] = '7', ['8'] = '8', ['9'] = '9',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
};

/* The key form of an ASCII byte: a lower-case letter or digit, or ' ' for
 * a gap (every other ASCII character is punctuation, a symbol, a space or
 * a control). */
static inline char
key_of_ascii(uint8_t c)
{
    return ascii_key[c] ? ascii_key[c] : ' ';
}

/* A segment that the table cannot answer for, through utf8proc; LEFT is
 * the number of bytes of text after it. */
static void
key_slow_segment(key_writer_t *kw, ww_buf_t *out, const uint8_t *s, size_t len, size_t left)
{
    utf8proc_int32_t buf[SEGMENT_CPS + 1], *cps;
    size_t n = normalise_segment(s, len, form_options[FORM_KEY], buf, &cps);
    key_reserve(kw, out, left + 5 * n + FORM_BYTES + 1);
    for (size_t i = 0; i < n; i++) {
        utf8proc_category_t cat = utf8proc_category(cps[i]);
        if (is_gap(cat)) {
            key_byte(kw, ' ');
        } else if (cat != UTF8PROC_CATEGORY_CF) {
            uint8_t enc[4];
            utf8proc_ssize_t k = utf8proc_encode_char(cps[i], enc);
            for (utf8proc_ssize_t j = 0; j < k; j++)
                key_byte(kw, (char)enc[j]);
        }
    }
    if (cps != buf)
        free(cps);
}

int
normalise_fold(const char *text, size_t len, ww_buf_t *out)
{
    if (len == 0)
        return 0;
    size_t undo = out->len;
    /* Room for every byte of the text, one owed space and one table entry
     * copied whole: enough while nothing writes more than it reads, and
     * what grows reserves more. */
    ww_buf_reserve(out, len + FORM_BYTES + 1);
    key_writer_t kw = { .base = out->ptr, .w = out->ptr + out->len,
                        .start = out->ptr + out->len, .pending = false };
    segmenter_t sg;
    segmenter_init(&sg, text, len, FORM_KEY);
    const uint8_t *s = sg.s;
    size_t i = 0;
    for (;;) {
        while (i + 1 < len && (s[i] | s[i + 1]) < 0x80)
            key_byte(&kw, key_of_ascii(s[i++]));
        if (i + 1 == len && s[i] < 0x80)
            key_byte(&kw, key_of_ascii(s[i++]));
        if (i >= len)
            break;
        size_t end;
        const cp_info_t *one;
        sg.at = i;
        if (!next_segment(&sg, &end, &one)) {
            out->len = undo;
            out->ptr[undo] = '\0';
            return -1;
        }
        if (end == i + 1) {
            key_byte(&kw, key_of_ascii(s[i]));
        } else if (one != NULL && (one->alone & sg.bit)) {
            size_t n = one->len[FORM_KEY];
            if (n > end - i)
                key_reserve(&kw, out, (len - i) + n + FORM_BYTES + 1);
            if (one->key_is_word) {
                /* letters only: the common case, one copy */
                if (kw.pending)
                    *kw.w++ = ' ';
                kw.pending = false;
                memcpy(kw.w, one->out[FORM_KEY], FORM_BYTES);
                kw.w += n;
            } else {
                for (size_t k = 0; k < n; k++)
                    key_byte(&kw, one->out[FORM_KEY][k]);
            }
        } else {
            key_slow_segment(&kw, out, s + i, end - i, len - end);
        }
        i = end;
    }
    out->len = (size_t)(kw.w - kw.base);
    *kw.w = '\0';
    return 0;
}

int
normalise_casefold(const char *text, size_t len, ww_buf_t *out)
{
    if (len == 0)
        return 0;
    return append_form(text, len, FORM_CASEFOLD, out) ? 0 : -1;
}

int32_t
normalise_casefold_char(int32_t cp)
{
    if (cp < 0 || cp >= CP_LIMIT || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
    const cp_info_t *e = info_of(cp);
    uint8_t bit = 1u << FORM_CASEFOLD;
    if (!(e->starts & bit) || !(e->alone & bit) || e->len[FORM_CASEFOLD] == 0)
        return -1;
    int32_t folded;
    size_t k = decode((const uint8_t *)e->out[FORM_CASEFOLD], e->len[FORM_CASEFOLD], &folded);
    return k == e->len[FORM_CASEFOLD] ? folded : -1;
}

int
normalise_item(const char *title, size_t title_len, const char *body, size_t body_len,
               normalised_t *out)
{
    ww_buf_t raw_title = WW_BUF_INIT, raw_body = WW_BUF_INIT;
    ww_buf_t t = WW_BUF_INIT, b = WW_BUF_INIT, kept = WW_BUF_INIT, key = WW_BUF_INIT;
    int rc = -1;
    if (clean(title, title_len, &raw_title) == -1 || clean(body, body_len, &raw_body) == -1)
        goto done;
    compose_and_collapse(&raw_title, true, &t);
    compose_and_collapse(&raw_body, false, &b);
    t.len = t.len ? chrome_title_len(t.ptr, t.len) : 0;
    strip_chrome(&b, t.ptr, t.len, &kept, &key);

    out->title = ww_xstrndup(t.len ? t.ptr : "", t.len);
    out->title_len = t.len;
    out->body = ww_buf_steal(&kept, &out->body_len);
    out->key = ww_buf_steal(&key, &out->key_len);
    rc = 0;
done:
    ww_buf_free(&raw_title);
    ww_buf_free(&raw_body);
    ww_buf_free(&t);
    ww_buf_free(&b);
    ww_buf_free(&kept);
    ww_buf_free(&key);
    return rc;
}

void
normalised_free(normalised_t *n)
{
    if (n == NULL)
        return;
    free(n->title);
    free(n->body);
    free(n->key);
    memset(n, 0, sizeof *n);
}

void
normalise_hash_hex(const char *key, size_t key_len, char hex[33])
{
    XXH128_hash_t h = XXH3_128bits(key_len ? key : "", key_len);
    snprintf(hex, NORMALISE_HASH_HEX_LEN + 1, "%016" PRIx64 "%016" PRIx64,
             (uint64_t)h.high64, (uint64_t)h.low64);
}
