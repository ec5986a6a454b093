/* SPDX-License-Identifier: MIT
 *
 * fingerprint — SimHash, b-bit MinHash and LSH band keys of a normalised
 * text. The header says what each part is for; this file says how.
 *
 * 1. Shingles. Near-duplicate detection compares sets of overlapping
 *    n-grams ("shingles", Broder 1997). Words are the units of texts that
 *    separate words with spaces: a shingle is 3 consecutive words, enough to
 *    keep word order (a reordered sentence changes its shingles) and short
 *    enough that one changed figure spoils only 3 shingles. Han, Kana,
 *    Hangul, Thai and the other scripts written without spaces have no words
 *    to count, so inside a run of such characters a shingle is 4 consecutive
 *    characters (about two Chinese words). A run shorter than 4 characters is
 *    one shingle. A text with only 1 or 2 words gets one shingle of them all,
 *    so that a headline alone is not "empty".
 *    A word's hash is XXH3-64 of its bytes, after spelling_canon() made
 *    British and American spellings one ("colour" = "color"; spelling.h);
 *    a word shingle's hash is XXH3-64 of its 3 word hashes, so spaces
 *    versus "\n" between words do not matter;
 *    a character shingle's hash is XXH3-64 of its bytes. Shingles are a set:
 *    a repeated shingle counts once (a photo caption repeated by the page
 *    must not weigh twice), and n_shingles is the size of that set.
 *
 * 2. SimHash (Charikar 2002, section 3; Manku et al. 2007, section 2). Each
 *    shingle hash votes +1 on the bits where it has a 1 and -1 where it has a
 *    0; bit i of the SimHash is 1 when the votes for bit i sum above zero.
 *    The probability that two SimHash bits differ is theta / pi, theta the
 *    angle between the two 0/1 shingle vectors, so the Hamming distance of
 *    two fingerprints estimates theta with 64 samples.
 *
 * 3. MinHash by one-permutation hashing (Broder 1997; Li, Owen, Zhang 2012).
 *    Each shingle hash is remixed into 64 fresh bits; the top 6 pick one of
 *    FP_SKETCH_K = 64 bins and the other 58 are the value; each bin keeps its
 *    minimum. For two texts, a bin holds the same minimum with probability J,
 *    the Jaccard resemblance |A n B| / |A u B|. One hash per shingle instead
 *    of 64 independent permutations keeps the cost linear in the text.
 *    Short texts leave bins empty; each empty bin borrows the minimum of a
 *    non-empty bin picked by a fixed pseudo-random probe sequence of its own
 *    ("optimal densification", Shrivastava 2017), which keeps P(match) = J.
 *    Only the low FP_SKETCH_BITS = 8 bits of each minimum are kept (b-bit
 *    minwise hashing, Li & Koenig 2010): unequal minima then still match by
 *    chance with probability 2^-b, which fingerprint_similarity() removes:
 *    J = (P - 2^-b) / (1 - 2^-b).
 *
 * 4. LSH bands (Indyk & Motwani 1998; Broder 1997 section 5). Band j hashes
 *    the full 58-bit minima of bins 3j, 3j+1 and 3j+2 into 32 bits. Two
 *    texts share band j with probability J^3, so with FP_BANDS = 16 bands
 *    they share at least one with probability 1 - (1 - J^3)^16: 0.88 at
 *    J = 0.5, 0.98 at J = 0.6, 0.999 at J = 0.7 (reprints, corrections and
 *    chrome changes are 0.7..1; truncated copies 0.45..0.6, which often have
 *    an earlier copy of their own cluster to meet too), but 0.12 at J = 0.2
 *    (two reports of different calls sharing background paragraphs), 1.6e-5
 *    at J = 0.01. Two rows per band would find truncated copies a little
 *    more often but let five times as many unrelated stories through
 *    (docs/NEAR_DUPLICATES.md, table 2).
 *
 * Memory: one array of shingle hashes, sized from LEN, and one scratch
 * array, sized from the shingle count, that serves the winnowing and then
 * the set of repeats; both freed before returning. */
#include "fingerprint.h"

#include <stdlib.h>
#include <string.h>
/* The header-only build of XXH3 lets the compiler inline the short-input
 * paths: a word or a 24-byte shingle costs a few nanoseconds instead of a
 * call into the shared library. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "spelling.h"
#include "unsegmented.h"
#include "ww_alloc.h"
#include "ww_utf8.h"

#define WORD_GRAM  3 /* words per shingle */
#define CHAR_GRAM  4 /* characters per shingle in unsegmented scripts */
#define BIN_SHIFT  58 /* 64 - log2(FP_SKETCH_K): the top 6 bits choose the bin */
#define VALUE_MASK ((UINT64_C(1) << BIN_SHIFT) - 1)
/* Remixing constants: the shingle hash feeds SimHash directly, so the
 * MinHash side uses a different function of it (the seed) and the
 * densification probes use a third one. Any odd 64-bit constants do. */
#define MINHASH_SEED UINT64_C(0x9e3779b97f4a7c15)
#define PROBE_SEED   UINT64_C(0xc2b2ae3d27d4eb4f)
#ifndef MARK_SEED
#define MARK_SEED    UINT64_C(0x165667b19e3779f9)
#endif
#define PROBE_LIMIT  (64 * FP_SKETCH_K) /* then fall back to the next full bin */
#define LANE_BITS    UINT64_C(0x0101010101010101) /* bit 0 of each byte */
#define LANE_LIMIT   255 /* shingles a byte lane can count */

#if FP_SKETCH_K != 64 || FP_SKETCH_BITS != 8
#error "fingerprint.c assumes 64 bins of one byte (BIN_SHIFT, sketch packing)"
#endif
#if FP_BLOCKS * FP_BLOCK_BITS != 64
#error "the Manku blocks must cover the 64 SimHash bits"
#endif
#if FP_BANDS * FP_BAND_ROWS > FP_SKETCH_K
#error "LSH bands need FP_BANDS * FP_BAND_ROWS bins"
#endif

/* The shingle hashes of one text, in order of appearance, repeats included. */
typedef struct {
    uint64_t *hash;
    size_t n;
    size_t cap;
} shingles_t;

/* Tokeniser state: the last word hashes and the start of the last
 * characters of the current unsegmented run. */
typedef struct {
    uint64_t words[WORD_GRAM];  /* the last word hashes, oldest first (the last n_words of
                                   them when n_words < WORD_GRAM) */
    size_t n_words;             /* words seen in the whole text */
    size_t run_pos[CHAR_GRAM];  /* ring of byte offsets of the last run characters */
    size_t run_len;             /* characters in the current run */
    size_t run_end;             /* byte offset just past the run's last character */
} scan_t;

/* MurmurHash3's 64-bit finaliser (fmix64): a bijection that spreads every
 * input bit over the output. */
static uint64_t
mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x *= UINT64_C(0xc4ceb9fe1a85ec53);
    x ^= x >> 33;
    return x;
}

static inline void
shingles_add(shingles_t *s, uint64_t h)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 256;
        s->hash = ww_xrealloc(s->hash, s->cap * sizeof *s->hash);
    }
    s->hash[s->n++] = h;
}

static bool
is_separator(int32_t cp)
{
    return cp == -1 || cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f'
           || cp == '\v';
}

/* Ends a word of LEN bytes at P: emits the word shingle that it completes.
 * The word is hashed in its spelling canon (spelling.h), so "colour" and
 * "color" are one word; most words are their own canon and hashed as they
 * are. */
static void
scan_word(scan_t *sc, shingles_t *out, const char *p, size_t len)
{
    char canon[SPELLING_MAX];
    size_t n = spelling_canon(p, len, canon);
    memmove(sc->words, sc->words + 1, (WORD_GRAM - 1) * sizeof sc->words[0]);
    sc->words[WORD_GRAM - 1] = n > 0 ? XXH3_64bits(canon, n) : XXH3_64bits(p, len);
    sc->n_words++;
    if (sc->n_words >= WORD_GRAM)
        shingles_add(out, XXH3_64bits(sc->words, sizeof sc->words));
}

/* Adds the unsegmented character at byte offset POS (LEN bytes) to the
 * current run, emitting the character shingle that it completes. */
static void
scan_char(scan_t *sc, shingles_t *out, const char *text, size_t pos, size_t len)
{
    sc->run_pos[sc->run_len % CHAR_GRAM] = pos;
    sc->run_len++;
    sc->run_end = pos + len;
    if (sc->run_len < CHAR_GRAM)
        return;
    size_t first = sc->run_pos[sc->run_len % CHAR_GRAM];
    shingles_add(out, XXH3_64bits(text + first, sc->run_end - first));
}

/* Ends the current unsegmented run: a run too short for one full shingle
 * becomes a shingle on its own. */
static void
scan_end_run(scan_t *sc, shingles_t *out, const char *text)
{
    if (sc->run_len > 0 && sc->run_len < CHAR_GRAM) {
        size_t first = sc->run_pos[0];
        shingles_add(out, XXH3_64bits(text + first, sc->run_end - first));
    }
    sc->run_len = 0;
}

/* Returns the length of the character at POS when it is one of the common
 * word characters, else 0 (also at the end of TEXT): ASCII letters, digits
 * and marks (0x21..0x7f) and the valid 2-byte characters (U+0080..U+07FF:
 * Latin, Greek, Cyrillic, Arabic, Hebrew ...). None of them is a separator
 * or unsegmented (all are below U+0E00), so inside a word they only extend
 * it; any other character is left to the general path of shingle_text. */
static inline size_t
word_char_len(const char *text, size_t pos, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    if (pos >= len)
        return 0;
    if (s[pos] - 0x21u < 0x5fu)
        return 1;
    if (s[pos] - 0xc2u < 0x1eu && pos + 1 < len && (s[pos + 1] & 0xc0) == 0x80)
        return 2;
    return 0;
}

/* Returns the offset of the first byte from POS on that is not ASCII
 * 0x21..0x7f, or LEN. On little-endian machines eight bytes a step: a byte
 * is flagged when it is below 0x21 (the subtraction borrows into its high
 * bit) or at least 0x80, and the lowest flag is exact, because a borrow
 * only runs upwards, into bytes after the one that caused it. Only when the
 * byte at POS is one: a Cyrillic or Arabic word would pay for a load that
 * stops at once. */
static inline size_t
skip_ascii(const char *text, size_t pos, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = UINT64_C(0x0101010101010101);
    while (len - pos >= sizeof(uint64_t) && s[pos] - 0x21u < 0x5fu) {
        uint64_t w;
        memcpy(&w, s + pos, sizeof w);
        uint64_t stops = (((w - ones * 0x21) & ~w) | w) & (ones * 0x80);
        if (stops != 0)
            return pos + (size_t)__builtin_ctzll(stops) / 8;
        pos += sizeof w;
    }
#endif
    while (pos < len && s[pos] - 0x21u < 0x5fu)
        pos++;
    return pos;
}

/* Returns the offset of the first byte from POS on that may end the current
 * word: most bytes of a text are inside words, and this loop takes them
 * without the separator and run bookkeeping of shingle_text. It takes the
 * characters word_char_len takes: runs of ASCII, then runs of 2-byte
 * characters, until neither follows. */
static size_t
skip_word(const char *text, size_t pos, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    for (;;) {
        pos = skip_ascii(text, pos, len);
        size_t start = pos;   /* then the 2-byte characters (Cyrillic, Arabic ...) */
        while (pos + 1 < len && s[pos] - 0xc2u < 0x1eu && (s[pos + 1] & 0xc0) == 0x80)
            pos += 2;
        if (pos == start || pos == len || s[pos] - 0x21u >= 0x5fu)
            return pos;
    }
}

/* Returns the length of the character at POS when it is a valid character
 * of an unsegmented script, else 0 (also at the end of TEXT). */
static size_t
unseg_len(const char *text, size_t pos, size_t len)
{
    /* Most characters of a Chinese or Japanese run are CJK unified
     * ideographs U+4E00..U+9FFF, E4 B8..BF xx and E5..E9 xx xx in UTF-8
     * (lead bytes without overlong or surrogate forms): told from the bytes
     * before decoding anything. */
    const unsigned char *s = (const unsigned char *)text;
    if (pos + 2 < len && (s[pos + 1] & 0xc0) == 0x80 && (s[pos + 2] & 0xc0) == 0x80
        && (s[pos] - 0xe5u < 5u || (s[pos] == 0xe4 && s[pos + 1] >= 0xb8)))
        return 3;
    int32_t cp = 0;
    size_t n = pos < len ? ww_utf8_decode((const uint8_t *)text + pos, len - pos, &cp) : 0;
    return n > 0 && cp >= 0x0e00 && unsegmented(cp) ? n : 0;
}

/* Cuts TEXT into shingles (section 1 at the top of the file). */
static void
shingle_text(const char *text, size_t len, shingles_t *out)
{
    scan_t sc;
    memset(&sc, 0, sizeof sc);
    size_t word_start = 0;
    bool in_word = false;
    size_t pos = 0;
    while (pos < len) {
        if (in_word) {
            pos = skip_word(text, pos, len);
            if (pos == len)
                break;
            /* The common case, one space and the next word: what the general
             * path below does in two steps (end the word at the space, start
             * one at the next character; no run is open inside a word). */
            if (text[pos] == ' ' && word_char_len(text, pos + 1, len) > 0) {
                scan_word(&sc, out, text + word_start, pos - word_start);
                word_start = ++pos;
                continue;
            }
        }
        int32_t cp = (unsigned char)text[pos];
        size_t n = 1;
        if (cp >= 0x80 && (n = ww_utf8_decode((const uint8_t *)text + pos, len - pos, &cp)) == 0)
            n = 1, cp = -1; /* an invalid byte: a separator */
        bool unseg = cp >= 0x0e00 && unsegmented(cp);
        if (in_word && (unseg || is_separator(cp))) {
            scan_word(&sc, out, text + word_start, pos - word_start);
            in_word = false;
        }
        if (unseg) {
            /* The rest of the run, without the word bookkeeping: no word is
             * open inside a run. */
            do {
                scan_char(&sc, out, text, pos, n);
                pos += n;
            } while ((n = unseg_len(text, pos, len)) > 0);
            continue;
        }
        scan_end_run(&sc, out, text);
        if (!is_separator(cp) && !in_word) {
            word_start = pos;
            in_word = true;
        }
        pos += n;
    }
    if (in_word)
        scan_word(&sc, out, text + word_start, pos - word_start);
    scan_end_run(&sc, out, text);
    if (sc.n_words > 0 && sc.n_words < WORD_GRAM)
        shingles_add(out, XXH3_64bits(sc.words + WORD_GRAM - sc.n_words,
                                      sc.n_words * sizeof sc.words[0]));
}

/* The slots of the set shingles_unique uses for N hashes: a power of two,
 * at least twice N. Also the size of the scratch array of marks_of (2 N). */
static size_t
set_slots(size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    return cap;
}

/* Removes repeated hashes from S, keeping first occurrences in order, with an
 * open-addressing set twice the size of S that holds positions in S (the
 * hashes are uniform, so their low bits serve as the slot; 4-byte slots
 * clear faster than the hashes themselves would; a text has far fewer than
 * 2^32 shingles, max-item-size bounding its length). SET is the caller's
 * scratch of set_slots(S->n) values, cleared here. */
static void
shingles_unique(shingles_t *s, uint32_t *set)
{
    size_t cap = set_slots(s->n);
    memset(set, 0, cap * sizeof *set); /* 1 + the position of a kept hash; 0 empty */
    size_t kept = 0;
    for (size_t i = 0; i < s->n; i++) {
        uint64_t h = s->hash[i];
        size_t slot = (size_t)h & (cap - 1);
        while (set[slot] != 0 && s->hash[set[slot] - 1] != h)
            slot = (slot + 1) & (cap - 1);
        if (set[slot] != 0)
            continue;
        s->hash[kept] = h;
        set[slot] = (uint32_t)++kept;
    }
    s->n = kept;
}

/* Adds the byte-lane counters of LANES into ONES and clears them: byte k of
 * lanes[g] counts the shingles with bit 8k + g set. */
static void
flush_lanes(uint64_t lanes[8], uint32_t ones[64])
{
    for (int g = 0; g < 8; g++) {
        for (int k = 0; k < 8; k++)
            ones[8 * k + g] += (uint32_t)((lanes[g] >> (8 * k)) & 0xff);
        lanes[g] = 0;
    }
}

/* SimHash of the shingle set (section 2). Counting the 1 bits of each
 * position one by one would cost 64 steps per shingle; instead the bits
 * g, g+8, ..., g+56 of a hash are added at once into the 8 byte lanes of
 * lanes[g], 8 steps per shingle, and the lanes are emptied into 32-bit
 * counts before any byte can overflow (every LANE_LIMIT shingles). */
static uint64_t
simhash_of(const shingles_t *s)
{
    uint32_t ones[64] = { 0 };
    uint64_t lanes[8] = { 0 };
    size_t pending = 0;
    for (size_t i = 0; i < s->n; i++) {
        uint64_t h = s->hash[i];
        for (int g = 0; g < 8; g++)
            lanes[g] += (h >> g) & LANE_BITS;
        if (++pending == LANE_LIMIT) {
            flush_lanes(lanes, ones);
            pending = 0;
        }
    }
    flush_lanes(lanes, ones);
    uint64_t sim = 0;
    for (int bit = 0; bit < 64; bit++) {
        if (2 * (uint64_t)ones[bit] > s->n)
            sim |= UINT64_C(1) << bit;
    }
    return sim;
}

/* Fills the empty bins of MINS (UINT64_MAX) by optimal densification
 * (section 3). At least one bin must be full. */
static void
densify(uint64_t mins[FP_SKETCH_K])
{
    bool full[FP_SKETCH_K];
    for (int i = 0; i < FP_SKETCH_K; i++)
        full[i] = mins[i] != UINT64_MAX;
    for (int i = 0; i < FP_SKETCH_K; i++) {
        if (full[i])
            continue;
        int donor = -1;
        for (uint64_t probe = 0; probe < PROBE_LIMIT && donor < 0; probe++) {
            int j = (int)(mix64(PROBE_SEED ^ ((uint64_t)i << 32) ^ probe) % FP_SKETCH_K);
            if (full[j])
                donor = j;
        }
        for (int step = 1; donor < 0; step++) {
            if (full[(i + step) % FP_SKETCH_K])
                donor = (i + step) % FP_SKETCH_K;
        }
        mins[i] = mins[donor];
    }
}

/* MinHash sketch and LSH band keys of the shingle set (sections 3 and 4). */
static void
minhash_of(const shingles_t *s, fingerprint_t *out)
{
    uint64_t mins[FP_SKETCH_K];
    for (int i = 0; i < FP_SKETCH_K; i++)
        mins[i] = UINT64_MAX;
    for (size_t i = 0; i < s->n; i++) {
        uint64_t h = mix64(s->hash[i] ^ MINHASH_SEED);
        size_t bin = (size_t)(h >> BIN_SHIFT);
        uint64_t value = h & VALUE_MASK;
        if (value < mins[bin])
            mins[bin] = value;
    }
    densify(mins);
    for (int i = 0; i < FP_SKETCH_K; i++)
        out->sketch[i] = (uint8_t)mins[i];
    for (int j = 0; j < FP_BANDS; j++)
        out->bands[j] = (uint32_t)XXH3_64bits(&mins[j * FP_BAND_ROWS],
                                              FP_BAND_ROWS * sizeof mins[0]);
}

static bool
has_mark(const uint32_t *v, size_t n, uint32_t x)
{
    for (size_t i = 0; i < n; i++) {
        if (v[i] == x)
            return true;
    }
    return false;
}

/* Keeps in the ascending array V (*N values, at most CAP) the CAP smallest
 * distinct values offered. */
static void
keep_smallest(uint32_t *v, size_t *n, size_t cap, uint32_t x)
{
    if ((*n == cap && x >= v[cap - 1]) || has_mark(v, *n, x))
        return;
    size_t i = *n < cap ? (*n)++ : cap - 1;   /* when full, the largest goes */
    for (; i > 0 && v[i - 1] > x; i--)
        v[i] = v[i - 1];
    v[i] = x;
}

/* Winnowing (section 5): the marks selected from the shingle sequence S
 * (in text order, repeats included) into SEL, in order; returns how many.
 * Robust winnowing: in each window of FP_MARK_WINDOW consecutive values the
 * rightmost minimum is selected, once for as long as it stays the minimum. */
static size_t
winnow(const uint32_t *v, size_t n, uint32_t *sel)
{
    size_t w = FP_MARK_WINDOW < n ? FP_MARK_WINDOW : n;
    size_t n_sel = 0, last = SIZE_MAX, min_pos = SIZE_MAX;
    for (size_t end = w - 1; end < n; end++) {
        size_t start = end + 1 - w;
        if (min_pos == SIZE_MAX || min_pos < start) {
            min_pos = start;   /* the minimum left the window: scan it again */
            for (size_t i = start + 1; i <= end; i++) {
                if (v[i] <= v[min_pos])
                    min_pos = i;
            }
        } else if (v[end] <= v[min_pos]) {
            min_pos = end;
        }
        if (min_pos != last)
            sel[n_sel++] = v[min_pos];
        last = min_pos;
    }
    return n_sel;
}

/* The marks of the shingle sequence S into OUT (section 5). V is the
 * caller's scratch of 2 S->n values. */
static void
marks_of(const shingles_t *s, fingerprint_t *out, uint32_t *v)
{
    if (s->n == 0)
        return;
    uint32_t *sel = v + s->n;
    for (size_t i = 0; i < s->n; i++)
        v[i] = (uint32_t)(mix64(s->hash[i] ^ MARK_SEED) >> 32);
    size_t n_sel = winnow(v, s->n, sel);
    size_t n_lead = 0, i = 0;
    for (; i < n_sel && n_lead < FP_MARKS_LEAD; i++) {
        if (!has_mark(out->marks, n_lead, sel[i]))
            out->marks[n_lead++] = sel[i];
    }
    /* Bit x % 64 is set for every lead mark x: most values are told apart
     * from the lead by one bit test instead of a walk over the 16 marks. */
    uint64_t lead_bits = 0;
    for (size_t k = 0; k < n_lead; k++)
        lead_bits |= UINT64_C(1) << (out->marks[k] & 63);
    uint32_t rest[FP_MARKS - FP_MARKS_LEAD];
    size_t n_rest = 0;
    for (; i < n_sel; i++) {
        if (n_rest == FP_MARKS - FP_MARKS_LEAD && sel[i] >= rest[n_rest - 1])
            continue;   /* larger than every kept one */
        if ((lead_bits >> (sel[i] & 63) & 1) && has_mark(out->marks, n_lead, sel[i]))
            continue;   /* a lead mark already */
        keep_smallest(rest, &n_rest, FP_MARKS - FP_MARKS_LEAD, sel[i]);
    }
    memcpy(out->marks + n_lead, rest, n_rest * sizeof *rest);
    size_t n = n_lead + n_rest;
    /* Winnowing selects minima, and the sample the smallest of them: the
     * selected values crowd the bottom of their range. A mark is a lookup
     * key, so it keeps FP_MARK_BITS bits of a remix of the value instead
     * (uniform; two texts that select one value still get one mark). */
    for (size_t k = 0; k < n; k++)
        out->marks[k] = (uint32_t)(mix64(out->marks[k] ^ MARK_SEED) >> (64 - FP_MARK_BITS));
    for (size_t k = 1; k < n; k++) {   /* ascending: insertion sort of <= 32 */
        uint32_t x = out->marks[k];
        size_t j = k;
        for (; j > 0 && out->marks[j - 1] > x; j--)
            out->marks[j] = out->marks[j - 1];
        out->marks[j] = x;
    }
    size_t kept = 0;   /* two values that remix to one mark count once */
    for (size_t k = 0; k < n; k++) {
        if (kept == 0 || out->marks[kept - 1] != out->marks[k])
            out->marks[kept++] = out->marks[k];
    }
    out->n_marks = (uint32_t)kept;
}

void
fingerprint_compute(const char *key, size_t len, fingerprint_t *out)
{
    memset(out, 0, sizeof *out);
    /* A shingle ends at a word (at least 2 bytes with its separator), at a
     * character of 3 bytes, or at a short run (at least 4 bytes with its
     * separator): LEN / 2 + 2 shingles is an upper bound, so one allocation
     * serves the whole text. */
    shingles_t s = { NULL, 0, 0 };
    if (len > 0) {
        s.cap = len / 2 + 2;
        s.hash = ww_xmalloc(s.cap * sizeof *s.hash);
        shingle_text(key, len, &s);
    }
    /* One scratch array serves the marks and then the set of the repeats:
     * one allocation per text instead of two. */
    uint32_t *scratch = ww_xmalloc(set_slots(s.n) * sizeof *scratch);
    marks_of(&s, out, scratch);
    shingles_unique(&s, scratch);
    if (s.n > 0) {
        out->n_shingles = s.n > UINT32_MAX ? UINT32_MAX : (uint32_t)s.n;
        minhash_of(&s, out);
    }
    free(scratch);
    free(s.hash);
}

uint64_t
fingerprint_simhash(const char *key, size_t len)
{
    shingles_t s = { NULL, 0, 0 };
    if (len > 0) {
        s.cap = len / 2 + 2;
        s.hash = ww_xmalloc(s.cap * sizeof *s.hash);
        shingle_text(key, len, &s);
    }
    uint32_t *set = ww_xmalloc(set_slots(s.n) * sizeof *set);
    shingles_unique(&s, set);
    free(set);
    uint64_t sim = s.n > 0 ? simhash_of(&s) : 0;
    free(s.hash);
    return sim;
}

int
fingerprint_distance(uint64_t a, uint64_t b)
{
    /* SWAR population count; compilers turn it into popcnt where they can. */
    uint64_t x = a ^ b;
    x = x - ((x >> 1) & UINT64_C(0x5555555555555555));
    x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
    x = (x + (x >> 4)) & UINT64_C(0x0f0f0f0f0f0f0f0f);
    return (int)((x * UINT64_C(0x0101010101010101)) >> 56);
}

double
fingerprint_similarity(const fingerprint_t *a, const fingerprint_t *b)
{
    if (a->n_shingles == 0 || b->n_shingles == 0)
        return 0.0;
    int equal = 0;
    for (int i = 0; i < FP_SKETCH_BYTES; i++)
        equal += a->sketch[i] == b->sketch[i];
    const double chance = 1.0 / (1 << FP_SKETCH_BITS);
    double j = ((double)equal / FP_SKETCH_K - chance) / (1.0 - chance);
    return j < 0.0 ? 0.0 : j > 1.0 ? 1.0 : j;
}

double
fingerprint_containment(const fingerprint_t *a, const fingerprint_t *b)
{
    if (a->n_shingles == 0 || b->n_shingles == 0)
        return 0.0;
    /* |A n B| = J (|A| + |B|) / (1 + J), because |A u B| = |A| + |B| - |A n B|. */
    double j = fingerprint_similarity(a, b);
    double common = j * ((double)a->n_shingles + b->n_shingles) / (1.0 + j);
    uint32_t smaller = a->n_shingles < b->n_shingles ? a->n_shingles : b->n_shingles;
    double c = common / smaller;
    return c > 1.0 ? 1.0 : c;
}

void
fingerprint_blocks(uint64_t simhash, uint32_t keys[FP_BLOCKS])
{
    const uint64_t mask = (UINT64_C(1) << FP_BLOCK_BITS) - 1;
    for (uint32_t t = 0; t < FP_BLOCKS; t++)
        keys[t] = (t << FP_BLOCK_BITS) | (uint32_t)((simhash >> (t * FP_BLOCK_BITS)) & mask);
}

uint32_t
fingerprint_shared_marks(const fingerprint_t *a, const fingerprint_t *b)
{
    uint32_t i = 0, j = 0, shared = 0;
    while (i < a->n_marks && j < b->n_marks) {
        if (a->marks[i] < b->marks[j])
            i++;
        else if (a->marks[i] > b->marks[j])
            j++;
        else
            shared++, i++, j++;
    }
    return shared;
}

bool
fingerprint_is_near(const fingerprint_t *a, const fingerprint_t *b, const fp_params_t *p,
                    double *similarity)
{
    double j = fingerprint_similarity(a, b);
    if (similarity != NULL)
        *similarity = j;
    uint32_t smaller = a->n_shingles < b->n_shingles ? a->n_shingles : b->n_shingles;
    if (smaller == 0 || smaller < p->min_size)
        return false;
    if (j >= p->min_resemblance)
        return true;
    return smaller >= p->min_containment_size
           && fingerprint_containment(a, b) >= p->min_containment;
}

bool
fingerprint_verify(const fingerprint_t *a, const fingerprint_t *b, const fp_rule_t *rule,
                   fp_verdict_t *out)
{
    memset(out, 0, sizeof *out);
    out->shared = fingerprint_shared_marks(a, b);
    uint32_t fewer = a->n_marks < b->n_marks ? a->n_marks : b->n_marks;
    out->containment = fewer ? (double)out->shared / fewer : 0.0;
    out->coverage = a->n_marks ? (double)out->shared / a->n_marks : 0.0;
    bool near = fingerprint_is_near(a, b, &rule->sketch, &out->resemblance);
    out->score = out->resemblance > out->containment ? out->resemblance : out->containment;
    uint32_t smaller = a->n_shingles < b->n_shingles ? a->n_shingles : b->n_shingles;
    if (a->day != 0 && b->day != 0 && a->day != b->day && out->resemblance < rule->same_text) {
        /* alike words about two different dates: a template, not a copy */
        out->why = FP_OTHER_DAY;
        return false;
    }
    if (near)
        out->why = out->resemblance >= rule->sketch.min_resemblance ? FP_NEAR_RESEMBLANCE
                                                                    : FP_NEAR_SKETCH_CONTAINMENT;
    else if (smaller > 0 && smaller >= rule->sketch.min_size
             && out->shared >= rule->min_shared_marks
             && out->containment >= rule->min_mark_containment)
        out->why = FP_NEAR_MARKS;
    else if (a->lead.credit != 0 && a->lead.credit == b->lead.credit
             && a->lead.parties == b->lead.parties
             && a->day == b->day && out->shared >= rule->min_update_marks
             && lead_similarity(&a->lead, &b->lead) >= rule->min_lead)
        out->why = FP_NEAR_UPDATE;
    out->is_near = out->why != FP_NOT_NEAR;
    return out->is_near;
}

size_t
fingerprint_marks_encode(const fingerprint_t *fp, uint8_t out[FP_MARKS_RECORD])
{
    out[0] = (uint8_t)fp->n_marks;
    for (uint32_t i = 0; i < fp->n_marks; i++) {
        uint8_t *p = out + 1 + FP_MARK_BYTES * i;
        for (int b = 0; b < FP_MARK_BYTES; b++)
            p[b] = (uint8_t)(fp->marks[i] >> (8 * (FP_MARK_BYTES - 1 - b)));
    }
    return 1 + FP_MARK_BYTES * (size_t)fp->n_marks;
}

size_t
fingerprint_marks_decode(const uint8_t *p, size_t len, fingerprint_t *fp)
{
    if (len < 1 || p[0] > FP_MARKS || len < 1 + FP_MARK_BYTES * (size_t)p[0])
        return 0;
    uint32_t marks[FP_MARKS];
    for (uint32_t i = 0; i < p[0]; i++) {
        const uint8_t *q = p + 1 + FP_MARK_BYTES * i;
        marks[i] = 0;
        for (int b = 0; b < FP_MARK_BYTES; b++)
            marks[i] = marks[i] << 8 | q[b];
        if (i > 0 && marks[i] <= marks[i - 1])
            return 0;
    }
    fp->n_marks = p[0];
    memcpy(fp->marks, marks, p[0] * sizeof marks[0]);
    return 1 + FP_MARK_BYTES * (size_t)p[0];
}
