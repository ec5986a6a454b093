/* SPDX-License-Identifier: MIT
 *
 * spelling — the British/American hashing canon (the rules are in the
 * header). The word is filtered on its length and its last byte (inline,
 * spelling_canon in the header), then on its last three bytes against the
 * endings the rules know (AFTER). Then, reading only, the ending rule that
 * applies and the "our" that applies are looked for; only when one is
 * found is the word checked to be lowercase ASCII and written out. */
#include "spelling.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define LEN(lit) (sizeof(lit) - 1)

#define LETTER(c) (UINT32_C(1) << ((c) - 'a'))

/* The endings of the words some rule changes, by their last three
 * letters: AFTER[last][before] holds the letters that may come before the
 * last two, for an ending rule in its low 32 bits (E) and for the -our
 * rule in its high 32 bits (O). */
#define E(c) ((uint64_t)LETTER(c))
#define O(c) ((uint64_t)LETTER(c) << 32)
static const uint64_t after[26][26] = {
    ['d' - 'a'] = {
        /* -ised -ysed -tred -bred -lled -ogued; -oured -ourised -ourized */
        ['e' - 'a'] = E('s') | E('r') | E('l') | E('u') | O('r') | O('s') | O('z'),
        ['o' - 'a'] = O('o'), /* -ourhood */
    },
    ['e' - 'a'] = {
        ['s' - 'a'] = E('i') | E('y') | O('i'), /* -ise -yse; -ourise */
        ['l' - 'a'] = E('b') | O('b'),          /* -isable; -ourable */
        ['r' - 'a'] = E('t') | E('b'),          /* -tre -bre */
        ['c' - 'a'] = E('n'),                   /* -ence */
        ['u' - 'a'] = E('g'),                   /* -ogue */
        ['m' - 'a'] = E('m'),                   /* -programme */
        ['t' - 'a'] = O('i'),                   /* -ourite */
        ['z' - 'a'] = O('i'),                   /* -ourize */
    },
    ['g' - 'a'] = { ['n' - 'a'] = E('i') | O('i') }, /* -ising -ysing -lling; -ouring */
    ['l' - 'a'] = { ['u' - 'a'] = O('f') },          /* -ourful */
    ['n' - 'a'] = { ['o' - 'a'] = E('i') | O('i') }, /* -isation; -ourisation -ourization */
    ['r' - 'a'] = {
        ['e' - 'a'] = E('s') | E('l') | O('r'), /* -iser -yser -ller; -ourer */
        ['u' - 'a'] = O('o'),                   /* -our */
    },
    ['s' - 'a'] = {
        /* -ises -yses -tres -bres -ences -ogues -programmes; -ourites
         * -ourizes -ourises */
        ['e' - 'a'] = E('s') | E('r') | E('c') | E('u') | E('m') | O('t') | O('z') | O('s'),
        ['r' - 'a'] = E('e') | O('e') | O('u'), /* -isers -ysers -llers; -ourers -ours */
        ['n' - 'a'] = E('o') | O('o'),          /* -isations; -ourisations (not kept) */
        ['d' - 'a'] = O('o'),                   /* -ourhoods */
    },
};

/* An ending rule: the last FROM_LEN bytes FROM become TO. */
typedef struct {
    const char *from;
    const char *to;
    unsigned char from_len;
    unsigned char to_len;
    bool one_l;        /* -lled and kin: only after a stem of two vowels */
} rule_t;

#define RULE(f, t) { f, t, LEN(f), LEN(t), false }
#define RULE_L(f, t) { f, t, LEN(f), LEN(t), true }

/* The ending rules, by last letter; at most one matches a word. */
static const rule_t rules_d[] = {
    RULE("ised", "ized"), RULE("ysed", "yzed"),   RULE("tred", "tered"),
    RULE("bred", "bered"), RULE_L("lled", "led"), RULE("ogued", "oged"),
};
static const rule_t rules_e[] = {
    RULE("ise", "ize"), RULE("yse", "yze"),   RULE("isable", "izable"), RULE("tre", "ter"),
    RULE("bre", "ber"), RULE("ence", "ense"), RULE("ogue", "og"),       RULE("programme", "program"),
};
static const rule_t rules_g[] = {
    RULE("ising", "izing"), RULE("ysing", "yzing"), RULE_L("lling", "ling"),
};
static const rule_t rules_n[] = {
    RULE("isation", "ization"),
};
static const rule_t rules_r[] = {
    RULE("iser", "izer"), RULE("yser", "yzer"), RULE_L("ller", "ler"),
};
static const rule_t rules_s[] = {
    RULE("ises", "izes"),   RULE("yses", "yzes"),       RULE("isers", "izers"),
    RULE("ysers", "yzers"), RULE("isations", "izations"), RULE("tres", "ters"),
    RULE("bres", "bers"),   RULE_L("llers", "lers"),    RULE("ences", "enses"),
    RULE("ogues", "ogs"),   RULE("programmes", "programs"),
};

/* What may follow "our" for it to become "or"; the -ise forms are there
 * because "colourise" becomes "colorize" (the ending rule and this one). */
static const char *const our_suffixes[] = {
    "",     "s",      "ed",     "ing",     "er",      "ers",   "ite",   "ites",
    "able", "ful",    "hood",   "hoods",   "ize",     "izes",  "ized",  "izing",
    "ise",  "ises",   "ised",   "ising",   "ization", "isation",
};
#define OUR_SUFFIX_MAX 7 /* the longest of them */
#define OUR_STEM_MIN   3 /* letters before "our": not "hour", "flour", "yours" */

/* True when the N bytes at W end with the LEN bytes at SUFFIX; compares
 * from the end, where words differ first. */
static inline bool
ends(const char *w, size_t n, const char *suffix, size_t len)
{
    if (n < len)
        return false;
    for (size_t i = 1; i <= len; i++) {
        if (w[n - i] != suffix[len - i])
            return false;
    }
    return true;
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

/* The ending rule that applies to the LEN bytes at W, or NULL. */
static const rule_t *
find_ending(const char *w, size_t len)
{
    const rule_t *r;
    size_t n;
    switch (w[len - 1]) {
    case 'd': r = rules_d, n = sizeof rules_d / sizeof *r; break;
    case 'e': r = rules_e, n = sizeof rules_e / sizeof *r; break;
    case 'g': r = rules_g, n = sizeof rules_g / sizeof *r; break;
    case 'n': r = rules_n, n = sizeof rules_n / sizeof *r; break;
    case 'r': r = rules_r, n = sizeof rules_r / sizeof *r; break;
    case 's': r = rules_s, n = sizeof rules_s / sizeof *r; break;
    default: return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (ends(w, len, r[i].from, r[i].from_len))
            return r[i].one_l && !two_vowels(w, len - r[i].from_len) ? NULL : &r[i];
    }
    return NULL;
}

/* The offset of the u of an "our" that becomes "or" in the LEN bytes at W,
 * or 0: "our" after OUR_STEM_MIN letters or more, then one of
 * our_suffixes to the end. */
static size_t
find_our(const char *w, size_t len)
{
    if (len < OUR_STEM_MIN + 3)
        return 0;
    size_t lowest = len - 3 > OUR_STEM_MIN + OUR_SUFFIX_MAX ? len - 3 - OUR_SUFFIX_MAX
                                                            : OUR_STEM_MIN;
    for (size_t p = len - 3 + 1; p-- > lowest;) {
        if (w[p + 1] != 'u' || w[p] != 'o' || w[p + 2] != 'r')
            continue;
        size_t rest = len - p - 3;
        for (size_t i = 0; i < sizeof our_suffixes / sizeof our_suffixes[0]; i++) {
            if (strlen(our_suffixes[i]) == rest && memcmp(w + p + 3, our_suffixes[i], rest) == 0)
                return p + 1;
        }
        return 0; /* no suffix contains "our": an earlier one has none to follow */
    }
    return 0;
}

size_t
spelling_canon_rest(const char *word, size_t len, char out[SPELLING_MAX])
{
    if (len < SPELLING_MIN || len > SPELLING_MAX - 2)
        return 0;
    unsigned last = (unsigned char)word[len - 1] - (unsigned)'a';
    unsigned before = (unsigned char)word[len - 2] - (unsigned)'a';
    unsigned third = (unsigned char)word[len - 3] - (unsigned)'a';
    if (last >= 26 || before >= 26 || third >= 26)
        return 0;
    uint64_t may = after[last][before] >> third;
    if (!(may & (1 | UINT64_C(1) << 32)))
        return 0;
    const rule_t *r = may & 1 ? find_ending(word, len) : NULL;
    size_t u = may & UINT64_C(1) << 32 ? find_our(word, len) : 0;
    if (r == NULL && u == 0)
        return 0;
    for (size_t i = 0; i < len - 3; i++) {
        if ((unsigned char)word[i] - (unsigned)'a' >= 26)
            return 0;
    }
    /* The ending lies after the "our" (no rule's FROM holds "our"), so the
     * u is dropped from the part copied as it is; checked all the same. */
    size_t keep = r != NULL ? len - r->from_len : len;
    if (u + 2 > keep)
        u = 0;
    size_t n = 0;
    if (u != 0) {
        memcpy(out, word, u);
        memcpy(out + u, word + u + 1, keep - u - 1);
        n = keep - 1;
    } else {
        memcpy(out, word, keep);
        n = keep;
    }
    if (r != NULL) {
        memcpy(out + n, r->to, r->to_len);
        n += r->to_len;
    }
    return n;
}
