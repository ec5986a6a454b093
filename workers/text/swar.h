/* SPDX-License-Identifier: MIT
 *
 * swar — the two pieces of SIMD-within-a-register arithmetic the text layer's
 * eight-bytes-a-step loops share (fold.c, chrome.c, lang.c). Pure, inline. */
#ifndef WW_WORKERS_TEXT_SWAR_H
#define WW_WORKERS_TEXT_SWAR_H

#include <stddef.h>
#include <stdint.h>

/* The byte B in every byte of a 64-bit word. */
#define SWAR_BYTES(b) (UINT64_C(0x0101010101010101) * (uint64_t)(b))

/* How many bytes of a word have their top bit set, given TOPS, the word with every bit but
   the top ones cleared (TOPS & ~SWAR_BYTES(0x80) is 0): the sum of the eight 0 or 1. */
static inline size_t
swar_count_tops(uint64_t tops)
{
    return (size_t)(((tops >> 7) * SWAR_BYTES(1)) >> 56);
}

#endif
