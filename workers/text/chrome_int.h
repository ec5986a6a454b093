/* SPDX-License-Identifier: MIT
 *
 * chrome_int — what the files of the chrome module share; no other module
 * includes this header. The module's files:
 *
 *   chrome.c         the line judgement: analysing each line, the rules of
 *                    chrome.h, captions and credits, menus, page edges, the key
 *   chrome_tables.c  the phrase tables (data, in several languages), their
 *                    hash set, and the agency, outlet and caption-prefix lists
 *
 * Invariants: the tables are checked in chrome_tables[] order and, within
 * a table, the first phrase that matches wins. The folded lists and the
 * hash set are built on first use, without a lock (callers are
 * single-threaded). */
#ifndef WW_WORKERS_TEXT_CHROME_INT_H
#define WW_WORKERS_TEXT_CHROME_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "chrome.h"
#include "lang.h"

#define CHROME_N_TABLES 6        /* entries of chrome_tables[] */
#define CHROME_NO_MATCH SIZE_MAX /* no phrase of a table matched */

typedef enum { MATCH_EXACT, MATCH_PREFIX } match_t;

typedef struct {
    const char *const *phrases;
    size_t n;
    match_t how;
    size_t max_words;  /* longer lines never match this table */
    chrome_why_t why;
} table_t;

/* Checked in this order; the first hit names the reason. */
extern const table_t chrome_tables[CHROME_N_TABLES];

/* Looks up every prefix of F (LEN > 0 bytes of key form) that ends at a
 * word boundary in the phrase hash set. For each table t, EXACT[t] gets the
 * lowest index of a phrase equal to all of F, and FIRST[t] the lowest index
 * of a phrase that matches the way the table matches (all of F, or for a
 * MATCH_PREFIX table a prefix of it); CHROME_NO_MATCH when none does. */
void chrome_phrase_hits(const char *f, size_t len, size_t exact[CHROME_N_TABLES],
                        size_t first[CHROME_N_TABLES]);

/* True when F (LEN bytes of key form) is a site name ("sputnik international"). */
bool chrome_is_outlet(const char *f, size_t len);

/* True when S (in FOLD_MATCH), spaces and a trailing year ("AFP 2023") aside,
 * is a photo agency or pool credit. */
bool chrome_is_agency(const char *s, size_t len);

/* True when S (in FOLD_MATCH) ends with an agency as a whole word ("... John Kerry EPA"). */
bool chrome_ends_with_agency(const char *s, size_t len);

/* True when HEAD (N bytes in FOLD_MATCH) starts with a caption or credit
 * opening ("©", "photo:", "(archive)"). */
bool chrome_has_caption_prefix(const char *head, size_t n);

/* Han, Kana and Hangul count as one family: a Japanese page is not "foreign"
 * to its own Kanji. */
static inline lang_script_t
family_of(lang_script_t s)
{
    return s == LANG_SCRIPT_KANA || s == LANG_SCRIPT_HANGUL ? LANG_SCRIPT_HAN : s;
}

#endif
