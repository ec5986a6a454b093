/* SPDX-License-Identifier: MIT
 *
 * spelling — the British/American hashing canon (the rules are in the
 * header). The word is filtered on its length and its last two bytes
 * against the endings the rules know (TAILS), then checked to be lowercase
 * ASCII, copied and rewritten: first its ending, then an "our" before one
 * of the -our suffixes. */
#include "spelling.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define LETTER(c) (UINT32_C(1) << ((c) - 'a'))

/* For each last letter, the letters that may come before it in a word some
 * rule changes: "ed" (-ised, -ysed, -tred, -lled, -ogued, -oured, -ized),
 * "od" (-hood), "se" "le" "re" "ce" "ue" "me" "te" "ze" (-ise, -isable,
 * -tre, -ence, -ogue, -programme, -ourite, -ourize), "ng" (-ising, -lling,
 * -ouring), "ul" (-ourful), "on" (-isation), "er" "ur" (-iser, -ller,
 * -our), "es" "rs" "ns" "ds" (-ises, -isers, -isations, -ourhoods). */
static const uint32_t tails[26] = {
    ['d' - 'a'] = LETTER('e') | LETTER('o'),
    ['e' - 'a'] = LETTER('s') | LETTER('l') | LETTER('r') | LETTER('c') | LETTER('u')
                  | LETTER('m') | LETTER('t') | LETTER('z'),
    ['g' - 'a'] = LETTER('n'),
    ['l' - 'a'] = LETTER('u'),
    ['n' - 'a'] = LETTER('o'),
    ['r' - 'a'] = LETTER('e') | LETTER('u'),
    ['s' - 'a'] = LETTER('e') | LETTER('r') | LETTER('n') | LETTER('d'),
};

/* What may follow "our" for it to become "or" (after the ending rules, so
 * "-ourise" is seen as "-ourize"). */
static const char *const our_suffixes[] = {
    "",     "s",     "ed",  "ing",  "er",   "ers",   "ite",   "ites",   "able",
    "ful",  "hood",  "hoods", "ize", "izes", "ized", "izing", "ization",
};
#define OUR_SUFFIX_MAX 7 /* the longest of them */
#define OUR_STEM_MIN   3 /* letters before "our": not "hour", "flour", "yours" */

static bool
ends(const char *w, size_t n, const char *suffix, size_t len)
{
    return n >= len && memcmp(w + n - len, suffix, len) == 0;
}
#define ENDS(w, n, lit) ends((w), (n), (lit), sizeof(lit) - 1)

/* Removes the byte at POS of the N bytes at W. */
static void
drop(char *w, size_t *n, size_t pos)
{
    memmove(w + pos, w + pos + 1, *n - pos - 1);
    (*n)--;
}

/* True when the LEN bytes at W hold two vowels or more: a stem of two
 * syllables or more ("trave", "fue", "cance"), whose final l British
 * spelling doubles, unlike one-syllable "ca(ll)", "fi(ll)", "spe(ll)". */
static bool
two_vowels(const char *w, size_t len)
{
    int vowels = 0;
    for (size_t i = 0; i < len; i++)
        vowels += w[i] == 'a' || w[i] == 'e' || w[i] == 'i' || w[i] == 'o' || w[i] == 'u';
    return vowels >= 2;
}

/* -ll- + SUFFIX_LEN bytes at the end of W: drops one l when the stem has
 * two vowels. */
static bool
single_l(char *w, size_t *n, size_t suffix_len)
{
    size_t stem = *n - suffix_len - 2;
    if (!two_vowels(w, stem))
        return false;
    drop(w, n, stem);
    return true;
}

/* The ending rules on the N letters at W (room for N + 1). True when one
 * changed W. */
static bool
canon_ending(char *w, size_t *n)
{
    size_t len = *n;
    switch (w[len - 1]) {
    case 'e':
        if (ENDS(w, len, "ise") || ENDS(w, len, "yse")) {
            w[len - 2] = 'z';
        } else if (ENDS(w, len, "isable")) {
            w[len - 5] = 'z';
        } else if (ENDS(w, len, "tre") || ENDS(w, len, "bre")) {
            w[len - 2] = 'e';
            w[len - 1] = 'r';
        } else if (ENDS(w, len, "ence")) {
            w[len - 2] = 's';
        } else if (ENDS(w, len, "ogue") || ENDS(w, len, "programme")) {
            *n -= 2;
        } else {
            return false;
        }
        return true;
    case 'd':
        if (ENDS(w, len, "ised") || ENDS(w, len, "ysed")) {
            w[len - 3] = 'z';
        } else if (ENDS(w, len, "tred") || ENDS(w, len, "bred")) {
            memcpy(w + len - 3, "ered", 4); /* "centred" -> "centered" */
            *n = len + 1;
        } else if (ENDS(w, len, "lled")) {
            return single_l(w, n, 2);
        } else if (ENDS(w, len, "ogued")) {
            drop(w, n, len - 3);
        } else {
            return false;
        }
        return true;
    case 's':
        if (ENDS(w, len, "ises") || ENDS(w, len, "yses")) {
            w[len - 3] = 'z';
        } else if (ENDS(w, len, "isers") || ENDS(w, len, "ysers")) {
            w[len - 4] = 'z';
        } else if (ENDS(w, len, "isations")) {
            w[len - 7] = 'z';
        } else if (ENDS(w, len, "tres") || ENDS(w, len, "bres")) {
            w[len - 3] = 'e';
            w[len - 2] = 'r';
        } else if (ENDS(w, len, "llers")) {
            return single_l(w, n, 3);
        } else if (ENDS(w, len, "ences")) {
            w[len - 3] = 's';
        } else if (ENDS(w, len, "ogues") || ENDS(w, len, "programmes")) {
            w[len - 3] = 's';
            *n -= 2;
        } else {
            return false;
        }
        return true;
    case 'g':
        if (ENDS(w, len, "ising") || ENDS(w, len, "ysing")) {
            w[len - 4] = 'z';
            return true;
        }
        return ENDS(w, len, "lling") && single_l(w, n, 3);
    case 'r':
        if (ENDS(w, len, "iser") || ENDS(w, len, "yser")) {
            w[len - 3] = 'z';
            return true;
        }
        return ENDS(w, len, "ller") && single_l(w, n, 2);
    case 'n':
        if (ENDS(w, len, "isation")) {
            w[len - 6] = 'z';
            return true;
        }
        return false;
    default:
        return false;
    }
}

/* The -our rule on the N letters at W. True when it changed W. */
static bool
canon_our(char *w, size_t *n)
{
    size_t len = *n;
    if (len < OUR_STEM_MIN + 3)
        return false;
    size_t lowest = len - 3 > OUR_STEM_MIN + OUR_SUFFIX_MAX ? len - 3 - OUR_SUFFIX_MAX
                                                            : OUR_STEM_MIN;
    for (size_t p = len - 3 + 1; p-- > lowest;) {
        if (w[p] != 'o' || w[p + 1] != 'u' || w[p + 2] != 'r')
            continue;
        size_t rest = len - p - 3;
        for (size_t i = 0; i < sizeof our_suffixes / sizeof our_suffixes[0]; i++) {
            if (strlen(our_suffixes[i]) == rest && memcmp(w + p + 3, our_suffixes[i], rest) == 0) {
                drop(w, n, p + 1);
                return true;
            }
        }
        return false; /* the last "our" is the one the suffixes may follow */
    }
    return false;
}

size_t
spelling_canon(const char *word, size_t len, char out[SPELLING_MAX])
{
    if (len < SPELLING_MIN || len > SPELLING_MAX - 2)
        return 0;
    unsigned last = (unsigned char)word[len - 1] - (unsigned)'a';
    unsigned before = (unsigned char)word[len - 2] - (unsigned)'a';
    if (last >= 26 || before >= 26 || !(tails[last] >> before & 1))
        return 0;
    for (size_t i = 0; i < len - 2; i++) {
        if ((unsigned char)word[i] - (unsigned)'a' >= 26)
            return 0;
    }
    char w[SPELLING_MAX];
    memcpy(w, word, len);
    size_t n = len;
    bool changed = canon_ending(w, &n);
    changed |= canon_our(w, &n);
    if (!changed)
        return 0;
    memcpy(out, w, n);
    return n;
}
