/* SPDX-License-Identifier: MIT
 *
 * ww_utf8 — the one UTF-8 layer: decode, encode, step back, validate. Every
 * module that reads or writes UTF-8 byte by byte uses these. The rules are
 * RFC 3629's (and utf8proc's): no overlong form, no surrogate, nothing past
 * U+10FFFF. Pure; the decoders are inline because scanners call them once
 * per character. */
#ifndef WW_UTF8_H
#define WW_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define WW_UTF8_REPLACEMENT 0xFFFD /* what ww_utf8_next reads an invalid byte as */
#define WW_UTF8_MAX 4              /* bytes of the longest character */

/* Decodes the character at S (LEN > 0 bytes) into *CP and returns its
 * length, 1 to 4; returns 0, *CP untouched, when the bytes at S are not a
 * whole valid character (a stray or missing continuation byte, an overlong
 * form, a surrogate, past U+10FFFF, cut off by LEN). */
static inline __attribute__((always_inline)) size_t
ww_utf8_decode(const uint8_t *s, size_t len, int32_t *cp)
{
    uint32_t c = s[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    if (c - 0xC2 > 0xF4 - 0xC2)
        return 0; /* a continuation byte, an overlong lead, or past U+10FFFF */
    if (c < 0xE0) {
        if (len < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3Fu));
        return 2;
    }
    if (c < 0xF0) {
        if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
            return 0; /* overlong, or a surrogate */
        *cp = (int32_t)(((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu));
        return 3;
    }
    if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
        return 0;
    if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
        return 0; /* overlong, or past U+10FFFF */
    *cp = (int32_t)(((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                    (s[3] & 0x3Fu));
    return 4;
}

/* How many bytes at the start of S (LEN bytes) are ASCII: eight bytes a
 * step, then one at a time. */
static inline size_t
ww_utf8_ascii_len(const uint8_t *s, size_t len)
{
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        if (w & UINT64_C(0x8080808080808080))
            break;
    }
    while (i < len && s[i] < 0x80)
        i++;
    return i;
}

/* The character at S (LEN > 0 bytes) for scanners that must go on past bad
 * bytes: an invalid byte reads as WW_UTF8_REPLACEMENT, one byte long. The
 * length is written to *N. */
static inline int32_t
ww_utf8_next(const uint8_t *s, size_t len, size_t *n)
{
    int32_t cp;
    *n = ww_utf8_decode(s, len, &cp);
    if (*n == 0) {
        *n = 1;
        return WW_UTF8_REPLACEMENT;
    }
    return cp;
}

/* Writes CP (a Unicode scalar value) at OUT and returns its length, 1 to 4. */
static inline size_t
ww_utf8_encode(int32_t cp, uint8_t out[WW_UTF8_MAX])
{
    uint32_t c = (uint32_t)cp;
    if (c < 0x80) {
        out[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (uint8_t)(0xC0 | (c >> 6));
        out[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (c >> 12));
        out[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | (c >> 18));
    out[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

/* Where the character that ends just before byte I of S starts (I > 0): I
 * stepped back over at most three continuation bytes and their lead. */
static inline size_t
ww_utf8_back(const uint8_t *s, size_t i)
{
    size_t j = i - 1;
    while (j > 0 && i - j < WW_UTF8_MAX && (s[j] & 0xC0) == 0x80)
        j--;
    return j;
}

/* The first character boundary at or after byte I of S (LEN bytes): I
 * stepped forward over continuation bytes, at most to LEN. */
static inline size_t
ww_utf8_align(const uint8_t *s, size_t len, size_t i)
{
    while (i < len && (s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

/* How many bytes at the end of S (LEN bytes) are a character cut off by
 * the end (at most 3); 0 when S ends on a whole character. */
size_t ww_utf8_cut_tail(const uint8_t *s, size_t len);

/* True when S[0..LEN) is valid UTF-8. */
bool ww_utf8_valid(const char *s, size_t len);

#endif
