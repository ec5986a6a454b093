/* SPDX-License-Identifier: MIT
 *
 * lang — guesses the language of a piece of text and names the script of a
 * code point. Pure: no I/O, no clock, no global state that changes what a
 * call returns (facts about code points are cached on first use, without a
 * lock: call from one thread).
 *
 * lang_detect looks at the script first (Cyrillic, Arabic, Greek, Han, Kana,
 * Hangul, ...) and only for Latin text scores the most common function words
 * of each candidate language. It samples at most LANG_SAMPLE_BYTES of the
 * input, so its cost does not grow with the text. It is a guess for
 * routing and display, not a classifier to bet on: a two-word headline, a
 * list of names or a mix of languages may come back "und". */
#ifndef WW_WORKERS_TEXT_LANG_H
#define WW_WORKERS_TEXT_LANG_H

#include <stddef.h>
#include <stdint.h>

#define LANG_SAMPLE_BYTES 4096 /* the first 4 KB decide; enough for any paragraph */

/* Writing systems that lang_detect and the chrome filter tell apart. */
typedef enum {
    LANG_SCRIPT_NONE,       /* not a letter: digit, punctuation, space, mark */
    LANG_SCRIPT_LATIN,
    LANG_SCRIPT_GREEK,
    LANG_SCRIPT_CYRILLIC,
    LANG_SCRIPT_ARMENIAN,
    LANG_SCRIPT_HEBREW,
    LANG_SCRIPT_ARABIC,
    LANG_SCRIPT_DEVANAGARI,
    LANG_SCRIPT_THAI,
    LANG_SCRIPT_GEORGIAN,
    LANG_SCRIPT_HANGUL,
    LANG_SCRIPT_KANA,
    LANG_SCRIPT_HAN,
    LANG_SCRIPT_OTHER,      /* a letter of any other script */
    LANG_SCRIPT_COUNT
} lang_script_t;

/* Returns the ISO 639-1 code of the language of TEXT (LEN bytes, UTF-8, not
 * NUL-terminated; invalid bytes are skipped), or "und" when it cannot tell
 * (too short, no letters, an unsupported script, no function words found).
 * The string is static: never free it. TEXT may be NULL when LEN is 0. */
const char *lang_detect(const char *text, size_t len);

/* Returns the script of code point CP when it is a letter (Unicode category
 * L*), LANG_SCRIPT_NONE otherwise. */
lang_script_t lang_script_of(int32_t cp);

/* Adds to COUNTS[s] how many letters of script s (lang_script_of) TEXT
 * holds (LEN bytes of UTF-8; an invalid byte is skipped; TEXT may be NULL
 * when LEN is 0). Characters that are not letters are not counted:
 * COUNTS[LANG_SCRIPT_NONE] is left as it is. */
void lang_count_scripts(const char *text, size_t len, size_t counts[LANG_SCRIPT_COUNT]);

#endif
