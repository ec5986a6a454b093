/* SPDX-License-Identifier: MIT
 *
 * normalise_fold — the Unicode machinery of normalise (see normalise.h and
 * normalise_int.h): the per-code-point table, segments, and the three forms
 * made from them: NFC for normalise.c's pass 2, normalise_fold (the key)
 * and normalise_casefold.
 *
 * Speed. utf8proc_map decomposes and recomposes every character and
 * allocates its result, which made it most of the cost of an item. Here
 * the text is cut into segments instead: a segment starts at a code point
 * that nothing before it can combine with or reorder across (UAX #15,
 * "stable code points"; ASCII always is one, normalise_learn finds the others), so
 * each segment normalises on its own and the results, end to end, are what
 * utf8proc_map gives for the whole text. A segment of one code point,
 * nearly every segment of running text, is looked up in a table of what
 * each form does to that code point alone, filled from utf8proc the first
 * time the code point is seen. Only longer segments (a letter followed by
 * combining marks, Hangul jamo) go through utf8proc, one at a time and on
 * the stack. The table is process-wide and filled lazily without a lock:
 * the worker is single-threaded. Invariant: every function here gives,
 * byte for byte, what utf8proc_map gives for the whole text. */
#include "normalise_int.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ww_alloc.h"
#include "ww_buf.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

#define DECOMP_MAX  32       /* longest decomposition normalise_learn looks at (U+FDFA: 18) */

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
normalise_action_of(int32_t cp)
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

static const utf8proc_option_t form_options[FORM_COUNT] = {
    [FORM_NFC] = UTF8PROC_STABLE | UTF8PROC_COMPOSE,
    [FORM_KEY] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                 UTF8PROC_IGNORE,
    [FORM_CASEFOLD] = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD,
};

cp_info_t *normalise_pages[CP_LIMIT >> PAGE_BITS]; /* see normalise_int.h */

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

void
normalise_learn(int32_t cp, cp_info_t *e)
{
    if (!has_combines_back)
        learn_combining_back();
    uint8_t enc[4];
    size_t n = (size_t)utf8proc_encode_char(cp, enc);
    e->action = (uint8_t)normalise_action_of(cp);
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

void
normalise_append_segment(const uint8_t *s, size_t len, form_t form, ww_buf_t *out)
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
            normalise_append_segment(s + i, end - i, form, out);
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
    const cp_info_t *e = normalise_info_of(cp);
    uint8_t bit = 1u << FORM_CASEFOLD;
    if (!(e->starts & bit) || !(e->alone & bit) || e->len[FORM_CASEFOLD] == 0)
        return -1;
    int32_t folded;
    size_t k = decode((const uint8_t *)e->out[FORM_CASEFOLD], e->len[FORM_CASEFOLD], &folded);
    return k == e->len[FORM_CASEFOLD] ? folded : -1;
}
