/* SPDX-License-Identifier: MIT
 *
 * lead — see lead.h.
 *
 * The lead sentences are read from the sentence that holds the credit on
 * (what comes before it is the page's headline, menus and captions), and
 * a pair of texts is as alike as the first of them in one text is to one of
 * them in the other: an update keeps its first version's opening facts in
 * its own opening, while the agency's sidebar of the day repeats them
 * further down, as background.
 *
 * A sentence ends at a line's end, or at '.', '!', '?', '…' or ';' followed
 * by a space and a character that is not a small letter ("a U.S. offer" goes
 * on), or at '。', '！', '？', '؟', '।' whatever follows. Its words are those
 * of its FOLD_KEY form; in a run of a script written without spaces each
 * pair of characters is a word. A sentence of LEAD_MIN_WORDS words or more
 * keeps LEAD_MINIMA minima of its word hashes, each under its own hash
 * function (k-mins MinHash; a sentence has a few dozen words, too few for
 * one-permutation bins): the 16-bit lanes of remixes of the word's hash,
 * and of each minimum its low bit. */
#include "lead_int.h"

#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "text/fold.h"
#include "unsegmented.h"
#include "ww_buf.h"
#include "ww_utf8.h"

/* A bijection that spreads every bit (splitmix64's finaliser); remix k of a
 * word's hash is remix(h + (k + 1) * golden ratio). Not fingerprint.c's
 * mix64 (MurmurHash's): the rule's figures were measured with these minima,
 * and a pair near the threshold goes either way with another family
 * (docs/NEAR_DUPLICATES.md, "Agency updates"). */
static uint64_t
remix(uint64_t x)
{
    x ^= x >> 31;
    x *= UINT64_C(0x7fb5d329728ea185);
    x ^= x >> 27;
    x *= UINT64_C(0x81dadef4bc2dd44d);
    x ^= x >> 33;
    return x;
}

/* Each remix of a word's hash gives LANES values of 16 bits: LEAD_MINIMA /
 * LANES remixes per word instead of LEAD_MINIMA. */
#define LANES 4
#if LEAD_MINIMA % 64 != 0 || LEAD_BITS != 1
#error "lead.c packs 1-bit minima, 64 bits at a time"
#endif

/* The words of one sentence, hashed; a sentence longer than LEAD_MAX_WORDS
 * (a paragraph without a stop) is read for its first ones. */
#define LEAD_MAX_WORDS 96
#define LEAD_SENTENCE_BYTES 2048 /* more than LEAD_MAX_WORDS words of any script */

typedef struct {
    uint64_t hash[LEAD_MAX_WORDS];
    size_t words;
} sentence_t;

static void
add_word(sentence_t *st, const char *w, size_t n)
{
    if (st->words < LEAD_MAX_WORDS)
        st->hash[st->words] = XXH3_64bits(w, n);
    st->words++;
}

/* Writes the 1-bit minima of ST's words into SIG (zeroed). */
static void
sign(const sentence_t *st, uint8_t sig[LEAD_SIG_BYTES])
{
    uint16_t mins[LEAD_MINIMA], v[LEAD_MINIMA];
    memset(mins, 0xff, sizeof mins);
    size_t n = st->words < LEAD_MAX_WORDS ? st->words : LEAD_MAX_WORDS;
    for (size_t w = 0; w < n; w++) {
        for (size_t k = 0; k < LEAD_MINIMA / LANES; k++) {
            uint64_t x = remix(st->hash[w] + UINT64_C(0x9e3779b97f4a7c15) * (k + 1));
            memcpy(v + k * LANES, &x, sizeof x); /* its four 16-bit lanes */
        }
        for (size_t k = 0; k < LEAD_MINIMA; k++) /* a loop the compiler makes vector code of */
            mins[k] = v[k] < mins[k] ? v[k] : mins[k];
    }
    for (size_t k = 0; k < LEAD_MINIMA; k++)
        sig[k / 8] = (uint8_t)(sig[k / 8] | (mins[k] & 1u) << (k % 8));
}

/* Adds the words of KEY (a FOLD_KEY form, LEN bytes) to ST. */
static void
add_words(sentence_t *st, const char *key, size_t len)
{
    size_t i = 0;
    while (i < len) {
        while (i < len && key[i] == ' ')
            i++;
        size_t start = i, prev = SIZE_MAX;
        while (i < len && key[i] != ' ') {
            int32_t cp = -1;
            size_t n = ww_utf8_decode((const uint8_t *)key + i, len - i, &cp);
            if (n == 0)
                n = 1;
            if (cp >= 0x0e00 && unsegmented(cp)) {
                if (start < i && prev == SIZE_MAX) /* letters before the run */
                    add_word(st, key + start, i - start);
                if (prev != SIZE_MAX)
                    add_word(st, key + prev, i + n - prev);
                prev = i;
                start = i + n;
            } else if (prev != SIZE_MAX) {
                prev = SIZE_MAX;
                start = i;
            }
            i += n;
        }
        if (start < i && prev == SIZE_MAX)
            add_word(st, key + start, i - start);
    }
}

static bool
ends_anyway(int32_t cp)
{
    return cp == 0x3002 || cp == 0xff01 || cp == 0xff1f || cp == 0x061f || cp == 0x0964;
}

static bool
ends_before_capital(int32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == 0x2026;
}

/* A small letter of the Latin, Greek or Cyrillic alphabets: a sentence
 * does not begin with one. */
static bool
is_small_letter(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return cp >= 0xc0 && cp < 0x530 && fold_char(FOLD_CASE, cp) == cp;
}

/* The end of the sentence that starts at byte I of S (LEN bytes). */
static size_t
sentence_end(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] != '\n') {
        int32_t cp = -1;
        size_t n = ww_utf8_decode((const uint8_t *)s + i, len - i, &cp);
        if (n == 0)
            n = 1;
        i += n;
        if (ends_anyway(cp))
            return i;
        if (ends_before_capital(cp) && i + 1 < len && s[i] == ' ') {
            int32_t next = -1;
            ww_utf8_decode((const uint8_t *)s + i + 1, len - i - 1, &next);
            if (!is_small_letter(next))
                return i;
        }
    }
    return i;
}

void
lead_compute(const char *body, size_t len, lead_t *out)
{
    memset(out, 0, sizeof *out);
    if (body == NULL || len == 0)
        return;
    size_t at = 0;
    out->credit = lead_credit_of(body, len < LEAD_CREDIT_BYTES ? len : LEAD_CREDIT_BYTES, &at);
    if (out->credit == 0)
        return; /* the rule needs both; an uncredited text keeps none */
    ww_buf_t key = WW_BUF_INIT;
    for (size_t i = 0; i < len && out->n < LEAD_SENTENCES;) {
        size_t end = sentence_end(body, len, i);
        if (end <= at) { /* before the credit: headlines, menus, captions */
            i = end;
            while (i < len && (body[i] == '\n' || body[i] == ' '))
                i++;
            continue;
        }
        ww_buf_reset(&key);
        /* a paragraph without a stop is read for its first LEAD_SENTENCE_BYTES */
        size_t cut = end - i > LEAD_SENTENCE_BYTES
                         ? ww_utf8_align((const uint8_t *)body, len, i + LEAD_SENTENCE_BYTES) - i
                         : end - i;
        fold_append_lossy(FOLD_KEY, body + i, cut, &key);
        sentence_t st;
        st.words = 0;
        add_words(&st, key.ptr, key.len);
        if (st.words >= LEAD_MIN_WORDS)
            sign(&st, out->sig[out->n++]);
        i = end;
        while (i < len && (body[i] == '\n' || body[i] == ' '))
            i++;
    }
    ww_buf_free(&key);
}

/* How many of the 1-bit minima of two signatures are equal. */
static unsigned
same_minima(const uint8_t *a, const uint8_t *b)
{
    unsigned same = 0;
    for (size_t i = 0; i < LEAD_SIG_BYTES; i += 8) {
        uint64_t x, y;
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        uint64_t d = x ^ y;
        same += (unsigned)__builtin_popcountll(~d);
    }
    return same;
}

double
lead_similarity(const lead_t *a, const lead_t *b)
{
    if (a->n == 0 || b->n == 0)
        return 0.0;
    unsigned best = 0;
    for (size_t i = 0; i < a->n; i++) {
        size_t nj = i == 0 ? b->n : 1; /* one of the two sentences opens its text */
        for (size_t j = 0; j < nj; j++) {
            unsigned same = same_minima(a->sig[i], b->sig[j]);
            if (same > best)
                best = same;
        }
    }
    /* unequal minima still agree in their low bit one time in 2 */
    double p = (double)best / LEAD_MINIMA, chance = 1.0 / 2.0;
    double j = (p - chance) / (1.0 - chance);
    return j < 0.0 ? 0.0 : j;
}
