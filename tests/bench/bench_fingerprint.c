/* SPDX-License-Identifier: MIT
 *
 * bench_fingerprint — CPU cost of fingerprint_compute() on 3 KB normalised
 * texts. Prints one line:
 *   bench_fingerprint items=N bytes_per_item=3072 ns_per_item=... items_per_s=...
 *
 * The texts are made here, deterministically: words drawn from a vocabulary
 * of pseudo-words with a Zipf-like skew (a few very common words, a long
 * tail, as in news copy), one text in ten in Chinese characters instead, so
 * both shingle paths are timed. A pool of POOL_TEXTS texts is cycled through
 * so that the bench measures hashing rather than cache misses on 60 MB of
 * input. Usage: bench_fingerprint [ITEMS] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_words.h"
#include "dedup/fingerprint.h"
#include "ww_alloc.h"

#define ITEM_BYTES    3072
#define POOL_TEXTS    512
#define VOCABULARY    4096
#define DEFAULT_ITEMS 50000
#define CJK_EVERY     10 /* one text in ten is Chinese */

/* Fills TEXT with ITEM_BYTES bytes of words from VOCAB; skewed towards the
 * first words of the vocabulary (the product of two uniforms). */
static void
make_latin(uint64_t *rng, char (*vocab)[16], char *text)
{
    size_t len = 0;
    while (len < ITEM_BYTES) {
        uint64_t r = (next_random(rng) % VOCABULARY) * (next_random(rng) % VOCABULARY);
        const char *w = vocab[r / VOCABULARY];
        size_t wl = strlen(w);
        for (size_t i = 0; i <= wl && len < ITEM_BYTES; i++)
            text[len++] = i < wl ? w[i] : ' ';
    }
}

/* Fills TEXT with ITEM_BYTES bytes of CJK ideographs (3 bytes each) with a
 * space every 20 or so characters, as punctuation leaves after normalising. */
static void
make_chinese(uint64_t *rng, char *text)
{
    size_t len = 0;
    while (len + 3 <= ITEM_BYTES) {
        if (next_random(rng) % 20 == 0) {
            text[len++] = ' ';
            continue;
        }
        uint32_t cp = 0x4e00 + (uint32_t)(next_random(rng) % 2000); /* common ideographs */
        text[len++] = (char)(0xe0 | (cp >> 12));
        text[len++] = (char)(0x80 | ((cp >> 6) & 0x3f));
        text[len++] = (char)(0x80 | (cp & 0x3f));
    }
    while (len < ITEM_BYTES)
        text[len++] = ' ';
}

static double
now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int
main(int argc, char **argv)
{
    long items = argc > 1 ? atol(argv[1]) : DEFAULT_ITEMS;
    if (items <= 0) {
        fprintf(stderr, "usage: %s [ITEMS]\n", argv[0]);
        return 64;
    }
    uint64_t rng = UINT64_C(0x2545f4914f6cdd1d);
    char (*vocab)[16] = ww_xmalloc(VOCABULARY * sizeof *vocab);
    for (size_t i = 0; i < VOCABULARY; i++)
        make_word(&rng, vocab[i], sizeof vocab[i]);
    char *pool = ww_xmalloc((size_t)POOL_TEXTS * ITEM_BYTES);
    for (size_t i = 0; i < POOL_TEXTS; i++) {
        if (i % CJK_EVERY == CJK_EVERY - 1)
            make_chinese(&rng, pool + i * ITEM_BYTES);
        else
            make_latin(&rng, vocab, pool + i * ITEM_BYTES);
    }
    uint64_t sink = 0;
    fingerprint_t fp;
    double start = now_ns();
    for (long i = 0; i < items; i++) {
        fingerprint_compute(pool + (size_t)(i % POOL_TEXTS) * ITEM_BYTES, ITEM_BYTES, &fp);
        sink ^= fp.sketch[0] ^ fp.bands[0];
    }
    double ns = (now_ns() - start) / (double)items;
    printf("bench_fingerprint items=%ld bytes_per_item=%d ns_per_item=%.0f items_per_s=%.0f\n",
           items, ITEM_BYTES, ns, 1e9 / ns);
    free(pool);
    free(vocab);
    return sink == 42 ? 1 : 0; /* uses the results, so no work is optimised away */
}
