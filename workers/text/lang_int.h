/* SPDX-License-Identifier: MIT
 *
 * lang_int — what the files of the lang module share; no other module includes this
 * header. The module's files:
 *
 *   lang_tables.c  the data: language codes, function words, marker letters, script blocks
 *   lang.c         the counting and the choice (every list is a table; the code only counts)
 */
#ifndef WW_WORKERS_TEXT_LANG_INT_H
#define WW_WORKERS_TEXT_LANG_INT_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"

/* Languages told apart below the script level. */
typedef enum {
    L_EN, L_DE, L_FR, L_ES, L_IT, L_PT, L_NL, L_PL, L_TR, L_SV, L_RO, L_CS, L_ID, L_VI,
    L_HA, L_SO,
    L_LATIN_COUNT,
    L_RU = L_LATIN_COUNT, L_UK, L_BE, L_BG, L_SR, L_MK, L_KK, L_TG,
    L_AR, L_FA, L_UR, L_PS,
    L_COUNT
} lang_id_t;

typedef struct {
    int32_t lo, hi;       /* inclusive code point range */
    lang_id_t lang;       /* the language this letter points to */
} marker_t;

typedef struct {
    int32_t lo, hi;
    lang_script_t script;
} script_range_t;

extern const char *const lang_code[L_COUNT];
/* The most common function words of each Latin-script language (lang_tables.c). */
extern const char *const lang_stopwords[L_LATIN_COUNT];
/* Marker letters, sorted, ranges not overlapping; lang_n_markers of them. */
extern const marker_t lang_markers[];
extern const size_t lang_n_markers;
/* Unicode blocks by script, sorted by lo; lang_n_script_ranges of them. */
extern const script_range_t lang_script_ranges[];
extern const size_t lang_n_script_ranges;

#endif
