/* SPDX-License-Identifier: MIT
 *
 * normalise — clean text and dedup key of a wire item (see normalise.h).
 *
 * Three steps, each linear:
 *   1. the title in FOLD_LINE and the body in FOLD_TEXT (fold.h): UTF-8
 *      checked, invisible characters dropped, NFC, spaces collapsed, lines
 *      trimmed;
 *   2. chrome.c judges the body's lines; the kept ones, non-blank, are the
 *      body;
 *   3. the key is the FOLD_KEY of title "\n" body, put together from the
 *      key forms chrome.c made of each line.
 * ZWJ and ZWNJ stay in title and body because they spell Persian and Indic
 * words and emoji; the key drops them (they are default-ignorable). */
#include "normalise.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "chrome.h"
#include "fold.h"
#include "ww_alloc.h"
#include "ww_buf.h"

/* Step 2: the body's kept lines into OUT, joined by '\n', and the key
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
    const char *p = body->ptr, *end = body->ptr + body->len;
    for (size_t k = 0; k + 1 < n; k++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p)); /* there are n - 1 of them */
        lines[k].text = p;
        lines[k].len = (size_t)(nl - p);
        p = nl + 1;
    }
    lines[n - 1].text = p;
    lines[n - 1].len = (size_t)(end - p);
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
    ww_buf_t t = WW_BUF_INIT, b = WW_BUF_INIT, kept = WW_BUF_INIT, key = WW_BUF_INIT;
    int rc = -1;
    if (fold_append(FOLD_LINE, title, title_len, &t) == -1 ||
        fold_append(FOLD_TEXT, body, body_len, &b) == -1)
        goto done;
    t.len = t.len ? chrome_title_len(t.ptr, t.len) : 0;
    strip_chrome(&b, t.ptr, t.len, &kept, &key);

    out->title = ww_xstrndup(t.len ? t.ptr : "", t.len);
    out->title_len = t.len;
    out->body = ww_buf_steal(&kept, &out->body_len);
    out->key = ww_buf_steal(&key, &out->key_len);
    rc = 0;
done:
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
