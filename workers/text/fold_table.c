/* SPDX-License-Identifier: MIT
 *
 * fold_table — the per-code-point table of the fold engine (see fold.h and
 * fold_int.h), and the slow path it is learnt from.
 *
 * Speed. utf8proc_map decomposes and recomposes every character and
 * allocates its result. The engine cuts text into segments instead: a
 * segment starts at a code point that nothing before it can combine with or
 * reorder across (UAX #15's "stable code points"; ASCII always is one,
 * learn_starts finds the others), so each segment folds on its own. A
 * segment of one code point, nearly every segment of running text, is
 * looked up in the table of what each column gives for that code point
 * alone, filled through fold_segment the first time the code point is
 * met. Only longer segments (a letter and its combining marks, Hangul jamo)
 * go through fold_segment each time.
 *
 * The letter fold (FOLD_MATCH and FOLD_KEY): punctuation premapped
 * (apostrophes, hyphens); compatibility decomposition, full case folding
 * and canonical order (utf8proc); marks dropped by drops_mark; letter
 * variants and digits mapped by letter_variant; recomposed (NFC). */
#include "fold_int.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ww_alloc.h"
#include "ww_buf.h"
#include "ww_utf8.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

#define DECOMP_MAX 32 /* longest decomposition learn_starts looks at (U+FDFA: 18) */

cp_info_t *fold_pages[CP_LIMIT >> PAGE_BITS]; /* see fold_int.h */

/* ---- FOLD_TEXT's first pass ---------------------------------------------- */

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

cp_action_t
fold_action_of(int32_t cp)
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

/* ---- the letter fold ------------------------------------------------------ */

/* Punctuation made one, before anything else (so that U+00B4, which
 * decomposes to a space and a combining accent, is an apostrophe) and
 * again after decomposition (U+0149 decomposes to U+02BC n). */
static utf8proc_int32_t
premap(utf8proc_int32_t cp, void *unused)
{
    (void)unused;
    switch (cp) {
    case 0x0060: case 0x00B4: case 0x02B9: case 0x02BC: case 0x2018: case 0x2019:
    case 0x201B: case 0x2032: case 0xFF07:
        return '\'';
    case 0x2010: case 0x2011: case 0x05BE:
        return '-';
    default:
        return cp;
    }
}

/* Latin, Greek and Cyrillic letters: their diacritics come off. */
static bool
is_lgc(int32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 0x00C0 && cp <= 0x052F) || (cp >= 0x1C80 && cp <= 0x1C8F) ||
           (cp >= 0x1D00 && cp <= 0x1FFF) || (cp >= 0x2C60 && cp <= 0x2C7F) ||
           (cp >= 0x2DE0 && cp <= 0x2DFF) || (cp >= 0xA640 && cp <= 0xA69F) ||
           (cp >= 0xA720 && cp <= 0xA7FF) || (cp >= 0xAB30 && cp <= 0xAB6F);
}

/* True when the combining mark MARK after the letter BASE is dropped. */
static bool
drops_mark(int32_t mark, int32_t base)
{
    if ((mark >= 0x0591 && mark <= 0x05C7) ||                               /* Hebrew points */
        (mark >= 0x0610 && mark <= 0x061A) || (mark >= 0x064B && mark <= 0x065F) ||
        mark == 0x0670 || (mark >= 0x06D6 && mark <= 0x06ED) ||            /* Arabic */
        mark == 0x093C)                                                     /* nukta */
        return true;
    return is_lgc(base);
}

/* The value of the decimal digit CP (category Nd): decimal digits come in
 * runs of ten, 0 to 9, and some runs follow one another. */
static int
digit_value(int32_t cp)
{
    int32_t start = cp;
    while (start > 0 && utf8proc_category(start - 1) == UTF8PROC_CATEGORY_ND)
        start--;
    return (int)((cp - start) % 10);
}

/* The letter variants made one, digits made ASCII; -1 drops CP. */
static int32_t
letter_variant(int32_t cp)
{
    switch (cp) {
    case 0x0640: return -1;     /* tatweel */
    case 0x0671: return 0x0627; /* alef wasla -> alef */
    case 0x0649: case 0x06CC: return 0x064A; /* alef maqsura, Farsi yeh -> yeh */
    case 0x06A9: return 0x0643; /* keheh -> kaf */
    case 0x0629: return 0x0647; /* teh marbuta -> heh */
    /* Latin letters whose stroke or missing dot is part of the letter, not a combining mark,
       so decomposition leaves them: a copy typed without them ("Disisleri", "Wlochy") is the
       same text. Not ø: Danish "møde" (a meeting) would be English "mode" */
    case 0x0131: return 'i';    /* Turkish dotless i */
    case 0x0142: return 'l';    /* l with stroke (Polish, Sorbian) */
    case 0x0111: return 'd';    /* d with stroke (Serbo-Croatian, Vietnamese) */
    default: break;
    }
    if (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ND)
        return '0' + digit_value(cp);
    return cp;
}

/* The letter fold of the valid UTF-8 S (LEN bytes), as code points in *CPS:
 * BUF (SEGMENT_CPS elements) when they fit, else a malloc'd array that the
 * caller frees when *CPS != BUF. Returns how many there are. */
static size_t
letter_fold(const uint8_t *s, size_t len, utf8proc_int32_t *buf, utf8proc_int32_t **cps)
{
    const utf8proc_option_t options = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                      UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
    *cps = buf;
    utf8proc_ssize_t n = utf8proc_decompose_custom(s, (utf8proc_ssize_t)len, buf, SEGMENT_CPS,
                                                   options, premap, NULL);
    if (n > SEGMENT_CPS) {
        *cps = ww_xmalloc((size_t)n * sizeof **cps);
        n = utf8proc_decompose_custom(s, (utf8proc_ssize_t)len, *cps, n, options, premap, NULL);
    }
    if (n < 0)
        abort(); /* the caller checked the UTF-8; only out of memory is left */
    utf8proc_int32_t *c = *cps;
    int32_t base = 0;
    size_t k = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        utf8proc_category_t cat = utf8proc_category(c[i]);
        if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME) {
            if (drops_mark(c[i], base))
                continue;
        } else {
            base = c[i];
        }
        int32_t v = letter_variant(premap(c[i], NULL)); /* ŉ gives ʼ n: ' n */
        if (v >= 0)
            c[k++] = v;
    }
    utf8proc_ssize_t m = utf8proc_normalize_utf32(c, (utf8proc_ssize_t)k,
                                                  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    return m < 0 ? 0 : (size_t)m;
}

/* ---- the slow path -------------------------------------------------------- */

static const utf8proc_option_t raw_options[] = {
    [COL_NFC] = UTF8PROC_STABLE | UTF8PROC_COMPOSE,
    [COL_CASE] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
};

/* NFC or CASE of the segment S as utf8proc_map gives it, into *CPS (as
 * letter_fold). */
static size_t
raw_fold(const uint8_t *s, size_t len, column_t col, utf8proc_int32_t *buf,
         utf8proc_int32_t **cps)
{
    *cps = buf;
    utf8proc_option_t options = raw_options[col];
    utf8proc_ssize_t n = utf8proc_decompose(s, (utf8proc_ssize_t)len, buf, SEGMENT_CPS, options);
    if (n > SEGMENT_CPS) {
        *cps = ww_xmalloc(((size_t)n + 1) * sizeof **cps);
        n = utf8proc_decompose(s, (utf8proc_ssize_t)len, *cps, n, options);
    }
    if (n < 0)
        abort();
    n = utf8proc_normalize_utf32(*cps, n, options);
    return n < 0 ? 0 : (size_t)n;
}

static bool
is_gap(utf8proc_category_t cat)
{
    return (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_ZP) ||
           cat == UTF8PROC_CATEGORY_CC;
}

/* What column COL writes for the folded code point CP: 0 when nothing,
 * else the code point (' ' and '\n' for spaces and breaks). */
static int32_t
column_char(int32_t cp, column_t col)
{
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_CF)
        return 0;
    if (col == COL_KEY)
        return is_gap(cat) ? ' ' : cp;
    if (col == COL_MATCH) {
        if (cp == '\n' || cp == 0x85 || cat == UTF8PROC_CATEGORY_ZL ||
            cat == UTF8PROC_CATEGORY_ZP)
            return '\n';
        if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_CC)
            return ' ';
    }
    return cp;
}

void
fold_segment(const uint8_t *s, size_t len, column_t col, ww_buf_t *out)
{
    utf8proc_int32_t buf[SEGMENT_CPS + 1], *cps;
    bool letters = col == COL_MATCH || col == COL_KEY;
    size_t n = letters ? letter_fold(s, len, buf, &cps) : raw_fold(s, len, col, buf, &cps);
    ww_buf_reserve(out, WW_UTF8_MAX * n);
    for (size_t i = 0; i < n; i++) {
        int32_t c = letters ? column_char(cps[i], col) : cps[i];
        if (c != 0)
            out->len += ww_utf8_encode(c, (uint8_t *)out->ptr + out->len);
    }
    out->ptr[out->len] = '\0';
    if (cps != buf)
        free(cps);
}

/* ---- learning an entry ---------------------------------------------------- */

static const utf8proc_option_t start_options[COL_COUNT] = {
    [COL_NFC] = UTF8PROC_STABLE | UTF8PROC_COMPOSE,
    [COL_CASE] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
    [COL_MATCH] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                  UTF8PROC_IGNORE,
    [COL_KEY] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                UTF8PROC_IGNORE,
};

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

/* True when a segment of a column may start at CP: the first code point it
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

void
fold_learn(int32_t cp, cp_info_t *e)
{
    if (!has_combines_back)
        learn_combining_back();
    uint8_t enc[WW_UTF8_MAX];
    size_t n = ww_utf8_encode(cp, enc);
    e->action = (uint8_t)fold_action_of(cp);
    ww_buf_t m = WW_BUF_INIT;
    for (int col = 0; col < COL_COUNT; col++) {
        uint8_t bit = (uint8_t)(1u << col);
        if (learn_starts(cp, start_options[col]))
            e->starts |= bit;
        ww_buf_reset(&m);
        fold_segment(enc, n, (column_t)col, &m);
        if (m.len > FORM_BYTES)
            continue;
        memcpy(e->out[col], m.ptr, m.len);
        e->len[col] = (uint8_t)m.len;
        e->alone |= bit;
        if (m.len == n && memcmp(m.ptr, enc, n) == 0)
            e->same |= bit;
        if (m.len > 0 && memchr(m.ptr, ' ', m.len) == NULL && memchr(m.ptr, '\n', m.len) == NULL)
            e->is_word |= bit;
    }
    ww_buf_free(&m);
    e->is_known = 1;
}
