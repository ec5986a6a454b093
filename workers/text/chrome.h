/* SPDX-License-Identifier: MIT
 *
 * chrome — decides which lines of a scraped news page are site furniture
 * rather than the article: navigation and section names, share / subscribe /
 * login / comment widgets, "Read also" lists, cookie and advert notices,
 * site taglines, photo captions and credits, menus in a script foreign to the
 * article, and the headline repeated in the body.
 *
 * The phrases are data (tables in chrome_tables.c, in several languages,
 * compared in FOLD_KEY, see fold.h); the rules only say how a line may match:
 *   - a short line (≤ CHROME_SHORT_WORDS words) equal to, or starting with,
 *     a table phrase; notices may be longer but must start with one;
 *   - a caption: starts with ©, "Photo:", "Фото:", "(archive)"..., or ends
 *     with a credit ("Name/TASS", "EPA/NAME / POOL", " - Sputnik
 *     International") and does not end like a sentence; a caption repeated
 *     next to a copy of itself with a credit appended loses both copies;
 *   - a short line whose letters are mostly in a script other than the
 *     article's dominant script, and the short items of a menu made mostly
 *     of such lines.
 * A line that ends like a sentence and is longer than the limits above is
 * never dropped, whatever it contains. Pure, linear in the input.
 * Used by normalise.c; nothing else needs it. */
#ifndef WW_WORKERS_TEXT_CHROME_H
#define WW_WORKERS_TEXT_CHROME_H

#include <stddef.h>

#include "ww_buf.h"

#define CHROME_SHORT_WORDS 8 /* a menu item, a button, a label: never a sentence */

/* Why a line was kept or dropped; CHROME_KEEP is 0. */
typedef enum {
    CHROME_KEEP,       /* article text */
    CHROME_BLANK,      /* an empty line: a paragraph break, nothing to keep */
    CHROME_NO_LETTERS, /* comment counters, separators, a lone "0" */
    CHROME_MENU,       /* navigation, section and site names, language switchers */
    CHROME_WIDGET,     /* share, subscribe, login and comment prompts */
    CHROME_RELATED,    /* "Read also" headers, their items, teaser links after a photo */
    CHROME_NOTICE,     /* cookie, copyright and advert notices, site taglines */
    CHROME_CAPTION,    /* photo captions and credits */
    CHROME_SCRIPT,     /* short lines in a script foreign to the article */
    CHROME_TITLE,      /* the headline repeated in the body */
    CHROME_WHY_COUNT
} chrome_why_t;

/* One line of the page: NFC, valid UTF-8, spaces collapsed, trimmed, no '\n'. */
typedef struct {
    const char *text; /* borrowed; may be NULL when len is 0 */
    size_t len;       /* 0 for a blank line */
} chrome_line_t;

/* Classifies each of the N LINES of one page and stores the verdict in
 * WHY[i] (an array of N the caller owns). TITLE (TITLE_LEN bytes, same form
 * as a line, may be empty) is the item's separate headline: a body line equal
 * to it after folding is CHROME_TITLE. Blank lines are CHROME_BLANK.
 * When KEY is not NULL, appends to it the key form of the title and the
 * kept lines: the same bytes as the FOLD_KEY of title "\n" the CHROME_KEEP
 * lines joined by "\n", from the folding done here anyway. */
void chrome_mark(const chrome_line_t *lines, size_t n, const char *title, size_t title_len,
                 chrome_why_t *why, ww_buf_t *key);

/* Returns the length of TITLE without a trailing site name such as
 * " - Sputnik International" or " | TASS" (and the spaces before it);
 * LEN when there is none. */
size_t chrome_title_len(const char *title, size_t len);

/* A short lower-case name for WHY ("menu", "caption", ...); never NULL. */
const char *chrome_why_str(chrome_why_t why);

/* The I-th phrase of all chrome tables, in FOLD_KEY as the lookups see it;
 * NULL past the last one. Borrowed, lives as long as the process. */
const char *chrome_phrase(size_t i);

#endif
