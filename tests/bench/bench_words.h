/* SPDX-License-Identifier: MIT
 *
 * bench_words — the pseudo-random words the CPU and index benches build
 * their texts from: xorshift64* (Vigna 2016) and pronounceable words of 1 to
 * 4 syllables, in key form. Header-only: each bench is one translation unit. */
#ifndef WW_TESTS_BENCH_BENCH_WORDS_H
#define WW_TESTS_BENCH_BENCH_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t
next_random(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * UINT64_C(2685821657736338717);
}

/* A pronounceable pseudo-word of 1..4 syllables into OUT (CAP bytes). */
static inline void
make_word(uint64_t *rng, char *out, size_t cap)
{
    static const char *const syllables[] = { "ka", "ro", "mi", "sta", "lav", "ker", "ny",
                                             "de", "on", "tre", "vi", "sku", "pa", "gor",
                                             "ul", "bez", "an", "it", "mos", "ra" };
    size_t n = 1 + next_random(rng) % 4, len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        const char *s = syllables[next_random(rng) % (sizeof syllables / sizeof syllables[0])];
        if (len + strlen(s) + 1 > cap)
            break;
        memcpy(out + len, s, strlen(s) + 1);
        len += strlen(s);
    }
}

#endif
