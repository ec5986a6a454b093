/* SPDX-License-Identifier: MIT
 *
 * spelling — one canonical form for the British and the American spelling
 * of an English word, so that a reprint respelled by another desk
 * ("colour", "recognised", "centre", "travelled", "defence", "catalogue",
 * "programme") keeps its shingles (fingerprint.c hashes the canonical form
 * of every word). Pure: no I/O, no allocation, no global state.
 *
 * A HASHING CANON, never shown to anyone: the output need not be a word of
 * either spelling ("hatred" gives "hatered", "exercise" "exercize").
 * What holds is that both spellings of a word give the same output. Two
 * distinct words that differ only in the ways below get one form too
 * ("filled" and "filed" do not: see the -lled rule, but "refilled" and
 * "refiled" do); that merges a few shingles, which the verification rule
 * tolerates. The rules are suffix rules on lowercase ASCII letters, not a
 * word list; a word gets at most one ending rule and the -our rule:
 *
 *   ending  -ise -ised -ises -ising -iser -isers -isable -isation -isations
 *           -> the same with z ("recognised" = "recognized");
 *           -yse -ysed -yses -ysing -yser -ysers -> with z ("analyse");
 *           t or b + -re -res -red -> -ter -ters -tered ("centre", "fibres",
 *           "centred"; also "hatred", harmlessly);
 *           -lled -lling -ller -llers -> one l, when the part before "ll"
 *           has two vowels or more ("travelled", "fuelled", "cancelling";
 *           not "called", "filled", "spelling": one-syllable stems keep ll
 *           in both spellings);
 *           -ence -ences -> -ense -enses ("defence", and every other -ence);
 *           -ogue -ogues -ogued -> -og -ogs -oged ("dialogue", "catalogued");
 *           -programme -programmes -> -program -programs.
 *   our     and "our" + one of "", s, ed, ing, er, ers, ite, ites, able,
 *           ful, hood, hoods, and the -ise and -ize forms of -ise/-isation,
 *           at the end of a word, with 3 letters or more before it -> "or"
 *           ("colour", "favourite", "neighbourhood", "colourised" =
 *           "colorized"; also "devour" and "contour", harmlessly; not
 *           "hour", "flour", "yours").
 *
 * Only words of lowercase ASCII letters, SPELLING_MIN..SPELLING_MAX - 2
 * bytes long, are looked at: the key is folded (lowercase, diacritics
 * stripped), so every English word is one. Any other word (digits, other
 * scripts, shorter, longer) is its own canonical form. Not covered: other
 * spelling families (-lment/-llment, -ae-/-e-, -oe-/-e-, grey/gray,
 * -ize inside a longer suffix such as -isational), abbreviations ("u s" and
 * "us" stay two words and one), and words in other languages that happen to
 * end like these (harmless: both copies of such a word change alike). */
#ifndef WW_WORKERS_DEDUP_SPELLING_H
#define WW_WORKERS_DEDUP_SPELLING_H

#include <stddef.h>

/* Words shorter than SPELLING_MIN bytes are their own canonical form, and
 * so are words of SPELLING_MAX - 1 bytes or more; SPELLING_MAX is the size
 * of the output buffer. */
#define SPELLING_MIN 5
#define SPELLING_MAX 32

/* The slow part of spelling_canon, for words that pass its first checks
 * (the same contract); call spelling_canon. */
size_t spelling_canon_rest(const char *word, size_t len, char out[SPELLING_MAX]);

/* The last letters of the words some rule changes: d e g l n r s. */
#define SPELLING_LAST_LETTERS                                                                  \
    ((1u << ('d' - 'a')) | (1u << ('e' - 'a')) | (1u << ('g' - 'a')) | (1u << ('l' - 'a'))     \
     | (1u << ('n' - 'a')) | (1u << ('r' - 'a')) | (1u << ('s' - 'a')))

/* Writes the canonical form of the LEN bytes at WORD (not NUL-terminated)
 * into OUT (not NUL-terminated; at most LEN + 1 <= SPELLING_MAX - 1 bytes,
 * never past OUT[SPELLING_MAX - 1]) and returns its length. Returns 0, and
 * leaves OUT untouched, when WORD is its own canonical form: the caller then
 * hashes WORD itself. Inline, so that most words return 0 after a look at
 * their length and last byte without a call. Cannot fail. */
static inline size_t
spelling_canon(const char *word, size_t len, char out[SPELLING_MAX])
{
    if (len < SPELLING_MIN || len > SPELLING_MAX - 2)
        return 0;
    unsigned last = (unsigned char)word[len - 1] - (unsigned)'a';
    if (last >= 26 || !(SPELLING_LAST_LETTERS >> last & 1))
        return 0;
    return spelling_canon_rest(word, len, out);
}

#endif
