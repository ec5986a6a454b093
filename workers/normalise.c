/* SPDX-License-Identifier: MIT
 *
 * normalise — clean text and dedup key of a wire item (see normalise.h).
 *
 * Four passes, each linear:
 *   1. clean: validate UTF-8 while mapping every code point by the table
 *      below (Unicode spaces to ' ', line breaks to '\n', invisible
 *      characters and other controls dropped);
 *   2. compose to NFC (utf8proc_map, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
 *   3. collapse runs of spaces, trim every line, keep at most one blank
 *      line in a row; the title becomes one line;
 *   4. chrome.c judges the body's lines; the kept ones, non-blank, are the
 *      body. The key is normalise_fold(title "\n" body).
 * ZWJ and ZWNJ stay in title and body because they spell Persian and Indic
 * words and emoji; the key drops them (they are default-ignorable). */
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

/* Pass 1 into OUT. Returns -1 on invalid UTF-8 (OUT then holds junk). */
static int
clean(const char *s, size_t len, ww_buf_t *out)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    ww_buf_reserve(out, len);
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0)
            return -1;
        switch (action_of(cp)) {
        case CP_KEEP:
            ww_buf_append(out, p + i, (size_t)k);
            break;
        case CP_SPACE:
            ww_buf_putc(out, ' ');
            break;
        case CP_NEWLINE:
            ww_buf_putc(out, '\n');
            if (cp == '\r' && i + 1 < len && p[i + 1] == '\n')
                k++;
            break;
        case CP_DROP:
            break;
        }
        i += (size_t)k;
    }
    return 0;
}

/* utf8proc_map with OPTIONS on valid UTF-8; returns its malloc'd result
 * (caller frees) and the length in *OUT_LEN, or NULL on invalid input. */
static uint8_t *
map(const char *s, size_t len, utf8proc_option_t options, size_t *out_len)
{
    uint8_t *m = NULL;
    utf8proc_ssize_t r = utf8proc_map((const uint8_t *)s, (utf8proc_ssize_t)len, &m, options);
    if (r == UTF8PROC_ERROR_NOMEM)
        abort(); /* the ww_alloc policy: out of memory is fatal */
    if (r < 0)
        return NULL;
    *out_len = (size_t)r;
    return m;
}

/* Passes 2 and 3: NFC, spaces collapsed, each line trimmed; with ONE_LINE
 * every line break becomes a space too. */
static void
compose_and_collapse(const ww_buf_t *in, bool one_line, ww_buf_t *out)
{
    size_t n = 0;
    uint8_t *nfc = in->len ? map(in->ptr, in->len, UTF8PROC_STABLE | UTF8PROC_COMPOSE, &n)
                           : NULL;
    ww_buf_reserve(out, n);
    bool pending = false;   /* a space is owed before the next visible byte */
    size_t line_start = out->len;
    for (size_t i = 0; i < n; i++) {
        char c = (char)nfc[i];
        if (c == ' ' || (c == '\n' && one_line)) {
            pending = out->len > line_start;
        } else if (c == '\n') {
            /* one blank line is as good a paragraph break as ten */
            bool blank_run = out->len == 0 ||
                             (out->len >= 2 && out->ptr[out->len - 1] == '\n' &&
                              out->ptr[out->len - 2] == '\n');
            if (!blank_run)
                ww_buf_putc(out, '\n');
            line_start = out->len;
            pending = false;
        } else {
            if (pending)
                ww_buf_putc(out, ' ');
            pending = false;
            ww_buf_putc(out, c);
        }
    }
    free(nfc);
}

/* Pass 4: the body's kept lines into OUT, joined by '\n'. */
static void
strip_chrome(const ww_buf_t *body, const char *title, size_t title_len, ww_buf_t *out)
{
    size_t n = 1;
    for (size_t i = 0; i < body->len; i++)
        n += body->ptr[i] == '\n';
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
    chrome_mark(lines, n, title, title_len, why);
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

static bool
is_gap(utf8proc_category_t cat)
{
    return (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_ZP) ||
           cat == UTF8PROC_CATEGORY_CC;
}

/* ASCII-only text (most lines of most pages) needs no Unicode tables:
 * NFKC_Casefold of ASCII is lower case, and every ASCII character that is
 * not a letter or digit is punctuation, a symbol, a space or a control. */
static bool
is_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

static void
fold_ascii(const char *s, size_t len, ww_buf_t *out)
{
    size_t start = out->len;
    bool pending = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            pending = out->len > start;
            continue;
        }
        if (pending)
            out->ptr[out->len++] = ' ';
        pending = false;
        out->ptr[out->len++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    out->ptr[out->len] = '\0';
}

int
normalise_fold(const char *text, size_t len, ww_buf_t *out)
{
    if (len == 0)
        return 0;
    if (is_ascii(text, len)) {
        ww_buf_reserve(out, len); /* the fold of ASCII is never longer */
        fold_ascii(text, len, out);
        return 0;
    }
    size_t n = 0;
    uint8_t *m = map(text, len, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                    UTF8PROC_CASEFOLD | UTF8PROC_IGNORE, &n);
    if (m == NULL)
        return -1;
    ww_buf_reserve(out, n);
    out->ptr[out->len] = '\0'; /* stays a string even when nothing is appended */
    size_t start = out->len;
    bool pending = false;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(m + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            break;
        utf8proc_category_t cat = utf8proc_category(cp);
        if (is_gap(cat)) {
            pending = out->len > start;
        } else if (cat != UTF8PROC_CATEGORY_CF) {
            if (pending)
                ww_buf_putc(out, ' ');
            pending = false;
            ww_buf_append(out, m + i, (size_t)k);
        }
        i += (size_t)k;
    }
    free(m);
    return 0;
}

int
normalise_item(const char *title, size_t title_len, const char *body, size_t body_len,
               normalised_t *out)
{
    ww_buf_t raw_title = WW_BUF_INIT, raw_body = WW_BUF_INIT;
    ww_buf_t t = WW_BUF_INIT, b = WW_BUF_INIT, kept = WW_BUF_INIT, key = WW_BUF_INIT;
    ww_buf_t joined = WW_BUF_INIT;
    int rc = -1;
    if (clean(title, title_len, &raw_title) == -1 || clean(body, body_len, &raw_body) == -1)
        goto done;
    compose_and_collapse(&raw_title, true, &t);
    compose_and_collapse(&raw_body, false, &b);
    t.len = t.len ? chrome_title_len(t.ptr, t.len) : 0;
    strip_chrome(&b, t.ptr, t.len, &kept);

    ww_buf_append(&joined, t.ptr, t.len);
    ww_buf_putc(&joined, '\n');
    ww_buf_append(&joined, kept.ptr, kept.len);
    normalise_fold(joined.ptr, joined.len, &key);

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
    ww_buf_free(&joined);
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
