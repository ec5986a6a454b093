/* SPDX-License-Identifier: MIT
 *
 * url_words — see url_words.h. */
#include "url_words.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "ww_utf8.h"

#define SEGMENT_MAX 1024   /* bytes of a decoded path segment read; a longer one is no slug */

static const char *const extensions[] = { "html", "htm", "shtml", "php", "asp", "aspx", "jsp",
                                          "cms", "amp" };

static int
hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Percent-decodes S[0..LEN) into OUT (SEGMENT_MAX bytes); returns the length, or 0 when the
   segment is too long. An escape that is not two hex digits stays as written. */
static size_t
decode(const char *s, size_t len, char *out)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (n == SEGMENT_MAX)
            return 0;
        int hi, lo;
        if (s[i] == '%' && i + 2 < len && (hi = hex_value(s[i + 1])) >= 0 &&
            (lo = hex_value(s[i + 2])) >= 0) {
            out[n++] = (char)(hi << 4 | lo);
            i += 2;
        } else {
            out[n++] = s[i];
        }
    }
    return n;
}

static bool
is_delimiter(char c)
{
    return c == '-' || c == '_' || c == '+' || c == '.' || c == ',' || c == ';' || c == '=' ||
           c == ' ' || c == '~';
}

/* A word: no digit, at least one letter (any non-ASCII character counts as one), and not a
   file extension. */
static bool
is_word(const char *t, size_t n)
{
    bool letter = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c >= '0' && c <= '9')
            return false;
        if (c >= 0x80 || (unsigned)((c | 0x20) - 'a') < 26u)
            letter = true;
    }
    if (!letter)
        return false;
    for (size_t i = 0; i < sizeof extensions / sizeof extensions[0]; i++)
        if (strlen(extensions[i]) == n && strncasecmp(t, extensions[i], n) == 0)
            return false;
    return true;
}

/* Returns how many words SEG (N bytes) holds, and in *TOKENS how many tokens; with OUT,
   also writes the words (whole words, within CAP bytes with the NUL) and their length in
   *OUT_LEN. */
static size_t
words_of(const char *seg, size_t n, size_t *tokens, char *out, size_t cap, size_t *out_len)
{
    size_t words = 0, w = 0;
    *tokens = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && is_delimiter(seg[i]))
            i++;
        size_t b = i;
        while (i < n && !is_delimiter(seg[i]))
            i++;
        if (i == b)
            break;
        ++*tokens;
        if (!is_word(seg + b, i - b))
            continue;
        if (out != NULL) {
            if (w + (words > 0) + (i - b) + 1 > cap)
                break;   /* a whole word or none */
            if (words > 0)
                out[w++] = ' ';
            memcpy(out + w, seg + b, i - b);
            w += i - b;
            out[w] = '\0';
        }
        words++;
    }
    if (out_len != NULL)
        *out_len = w;
    return words;
}

size_t
url_words(const char *url, size_t len, char out[URL_WORDS_MAX])
{
    out[0] = '\0';
    const char *end = url + len, *p = url;
    for (const char *q = url; q + 3 <= end && q < url + 16; q++)
        if (memcmp(q, "://", 3) == 0) {
            p = memchr(q + 3, '/', (size_t)(end - q - 3));
            if (p == NULL)
                return 0;   /* a host alone */
            break;
        }
    for (const char *q = p; q < end; q++)
        if (*q == '?' || *q == '#') {
            end = q;
            break;
        }
    char seg[SEGMENT_MAX], best[SEGMENT_MAX];
    size_t best_len = 0, best_words = 0;
    while (p < end) {
        while (p < end && *p == '/')
            p++;
        const char *s = p;
        while (p < end && *p != '/')
            p++;
        size_t n = decode(s, (size_t)(p - s), seg), tokens;
        if (n == 0 || !ww_utf8_valid(seg, n))
            continue;
        size_t words = words_of(seg, n, &tokens, NULL, 0, NULL);
        /* the later of two equal segments: the slug comes after the section */
        if (words >= URL_WORDS_MIN && words * 2 >= tokens && words >= best_words) {
            memcpy(best, seg, n);
            best_len = n;
            best_words = words;
        }
    }
    if (best_words == 0)
        return 0;
    size_t tokens, len_out = 0;
    words_of(best, best_len, &tokens, out, URL_WORDS_MAX, &len_out);
    return len_out;
}

const char *
url_words_title(const char *title, size_t *len, const char *url, size_t url_len,
                char buf[URL_WORDS_MAX])
{
    if (*len > 0)
        return title;
    *len = url != NULL ? url_words(url, url_len, buf) : 0;
    return *len > 0 ? buf : title;
}
