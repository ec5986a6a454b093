/* SPDX-License-Identifier: MIT
 *
 * normalise — clean text and dedup key of a wire item (see normalise.h).
 *
 * Four passes, each linear:
 *   1. clean: validate UTF-8 while mapping every code point by the code
 *      point table (Unicode spaces to ' ', line breaks to '\n', invisible
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
 * The Unicode work (the code point table, segments, the forms) is in
 * normalise_fold.c; this file holds the passes and the hash. */
#include "normalise.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "chrome.h"
#include "normalise_int.h"
#include "ww_alloc.h"
#include "ww_buf.h"

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
        cp_action_t action = c < 0x80 ? normalise_action_of(cp)
                                      : (cp_action_t)normalise_info_of(cp)->action;
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
            normalise_append_segment(s + i, end - i, FORM_NFC, &seg);
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
