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

bool
ww_utf8_valid(const char *s, size_t len)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        /* ASCII eight bytes at a time: most text is mostly ASCII */
        while (i + 8 <= len) {
            uint64_t w = 0;
            for (size_t k = 0; k < 8; k++)
                w |= (uint64_t)p[i + k] << (8 * k);
            if (w & UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        int32_t cp;
        size_t n = ww_utf8_decode(p + i, len - i, &cp);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}
