/* SPDX-License-Identifier: MIT
 *
 * ww_utf8 — see ww_utf8.h. */
#include "ww_utf8.h"

size_t
ww_utf8_cut_tail(const uint8_t *s, size_t len)
{
    for (size_t back = 1; back <= WW_UTF8_MAX - 1 && back <= len; back++) {
        uint8_t c = s[len - back];
        if ((c & 0xC0) == 0x80)
            continue; /* a continuation byte: look further back */
        size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

/* The rules of ww_utf8_decode, checked a byte at a time with no decoding:
 * runs of ASCII eight bytes a step, runs of two-byte characters (Latin
 * with accents, Greek, Cyrillic, Hebrew, Arabic) and of three-byte ones
 * (the rest of the BMP: CJK, Indic) each in a loop of their own. Equal to
 * "ww_utf8_decode finds a whole character at every step"
 * (tests/unit/test_proto.c compares them). */
bool
ww_utf8_valid(const char *s, size_t len)
{
    const uint8_t *p = (const uint8_t *)s, *end = p + len;
    while (p < end) {
        uint32_t c = *p;
        if (c < 0x80) {
            if (end - p > 1 && p[1] >= 0x80)
                p++; /* a space between words of another script */
            else
                p += ww_utf8_ascii_len(p, (size_t)(end - p));
        } else if (c < 0xE0) {
            /* C2..DF and one continuation byte; C0, C1 would be overlong */
            if (c < 0xC2 || end - p < 2 || (p[1] & 0xC0) != 0x80)
                return false;
            p += 2;
            while (end - p >= 2 && (uint32_t)*p - 0xC2 <= 0xDF - 0xC2 && (p[1] & 0xC0) == 0x80)
                p += 2;
        } else if (c < 0xF0) {
            do {
                if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
                    return false;
                if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
                    return false; /* overlong, or a surrogate */
                p += 3;
            } while (p < end && (c = *p) >= 0xE0 && c < 0xF0);
        } else {
            if (c > 0xF4 || end - p < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
                (p[3] & 0xC0) != 0x80)
                return false;
            if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
                return false; /* overlong, or past U+10FFFF */
            p += 4;
        }
    }
    return true;
}
