/* SPDX-License-Identifier: MIT
 *
 * url_words — the headline a page's address spells: most news sites put the
 * headline's words in the path ("/news-siergiej-lawrow-i-john-kerry-
 * rozmawiali-o-sytuacji-w-syrii,nId,2252631"). A scraper that sends a teaser
 * or an excerpt without its title still sends that address, and the
 * classifier reads these words as the title (never the near-duplicate key:
 * copies on two sites have two addresses).
 *
 * Pure. The segment of the path (percent-decoded, valid UTF-8) with the most
 * words is taken, when it has at least URL_WORDS_MIN of them and they are at
 * least half its tokens; tokens are split at - _ + . , ; = and spaces; a token
 * with a digit (an id, a date, "g20") is left out, as is a file extension. */
#ifndef WW_WORKERS_TEXT_URL_WORDS_H
#define WW_WORKERS_TEXT_URL_WORDS_H

#include <stddef.h>

#define URL_WORDS_MIN 3     /* fewer words are a section name ("world", "news-europe") */
#define URL_WORDS_MAX 512   /* bytes of words written at most, with the NUL */

/* Writes the words of URL (LEN bytes) into OUT, joined by single spaces and
   NUL-terminated, and returns their length; returns 0 (OUT "") when the
   address spells no headline. OUT holds URL_WORDS_MAX bytes. */
size_t url_words(const char *url, size_t len, char out[URL_WORDS_MAX]);

/* The title the classifier reads: TITLE (*LEN bytes) when it is not empty, else the words of
   URL (URL_LEN bytes) written into BUF, their length in *LEN. */
const char *url_words_title(const char *title, size_t *len, const char *url, size_t url_len,
                            char buf[URL_WORDS_MAX]);

#endif
