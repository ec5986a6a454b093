/* SPDX-License-Identifier: MIT
 *
 * unsegmented — which letters belong to scripts written without spaces
 * between words, where the fingerprint's and the lead's words are made of
 * characters instead. */
#ifndef WW_WORKERS_DEDUP_UNSEGMENTED_H
#define WW_WORKERS_DEDUP_UNSEGMENTED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True for letters of scripts written without spaces between words, where a
 * "word" would be a whole clause: Thai, Lao, Myanmar, Khmer, Hiragana,
 * Katakana, CJK ideographs (BMP and supplementary planes), Hangul (which
 * does use spaces, but between phrases several syllables long). */
static inline bool
unsegmented(int32_t cp)
{
    static const int32_t ranges[][2] = {
        { 0x0e00, 0x0eff },   /* Thai, Lao */
        { 0x1000, 0x109f },   /* Myanmar */
        { 0x1100, 0x11ff },   /* Hangul Jamo */
        { 0x1780, 0x17ff },   /* Khmer */
        { 0x3040, 0x30ff },   /* Hiragana, Katakana */
        { 0x3130, 0x318f },   /* Hangul compatibility Jamo */
        { 0x31f0, 0x31ff },   /* Katakana phonetic extensions */
        { 0x3400, 0x4dbf },   /* CJK extension A */
        { 0x4e00, 0x9fff },   /* CJK unified ideographs */
        { 0xac00, 0xd7af },   /* Hangul syllables */
        { 0xf900, 0xfaff },   /* CJK compatibility ideographs */
        { 0xff66, 0xff9f },   /* halfwidth Katakana */
        { 0x20000, 0x3134f }, /* CJK extensions B..G */
    };
    if (cp >= 0x4e00 && cp <= 0x9fff)
        return true; /* most of them, in Chinese and Japanese */
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        if (cp < ranges[i][0])
            return false;
        if (cp <= ranges[i][1])
            return true;
    }
    return false;
}

#endif
