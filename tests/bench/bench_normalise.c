/* SPDX-License-Identifier: MIT
 *
 * bench_normalise — CPU cost of normalise_item() + normalise_hash_hex() and
 * of lang_detect() on 3 KB wire items. Prints one line per case:
 *   bench_normalise lang=en items=N bytes_per_item=3072 ns_per_item=... items_per_s=...
 *   bench_lang lang=en items=N bytes_per_item=3072 ns_per_item=... items_per_s=...
 *
 * The items are made here, deterministically (bench_corpus.h). A pool of POOL_ITEMS items per language is cycled through, so the bench
 * measures the code rather than cache misses.
 * Usage: bench_normalise [ITEMS [LANG]] (LANG: only that case, for a profiler) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_corpus.h"
#include "text/lang.h"
#include "text/normalise.h"
#include "ww_alloc.h"

#define POOL_ITEMS    64
#define DEFAULT_ITEMS 20000

static double
now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void
report(const char *what, const char *code, long items, double ns)
{
    printf("%s lang=%s items=%ld bytes_per_item=%d ns_per_item=%.0f items_per_s=%.0f\n", what,
           code, items, ITEM_BYTES, ns, 1e9 / ns);
}

int
main(int argc, char **argv)
{
    long items = argc > 1 ? atol(argv[1]) : DEFAULT_ITEMS;
    const char *only = argc > 2 ? argv[2] : NULL;
    if (items <= 0) {
        fprintf(stderr, "usage: %s [ITEMS [LANG]]\n", argv[0]);
        return 64;
    }
    uint64_t rng = UINT64_C(0x2545f4914f6cdd1d);
    char *pool = ww_xmalloc((size_t)POOL_ITEMS * ITEM_BYTES);
    uint64_t sink = 0;
    for (size_t c = 0; c < N_ELEMS(corpora); c++) {
        if (only != NULL && strcmp(only, corpora[c].code) != 0)
            continue;
        for (size_t i = 0; i < POOL_ITEMS; i++)
            corpus_make_item(&rng, &corpora[c], pool + i * ITEM_BYTES);

        double start = now_ns();
        for (long i = 0; i < items; i++) {
            char title[32];
            int title_len = snprintf(title, sizeof title, "Item %ld", i + 1);
            normalised_t n;
            if (normalise_item(title, (size_t)title_len,
                               pool + (size_t)(i % POOL_ITEMS) * ITEM_BYTES, ITEM_BYTES,
                               &n) == 0) {
                char hex[NORMALISE_HASH_HEX_LEN + 1];
                normalise_hash_hex(n.key, n.key_len, hex);
                sink += (unsigned char)hex[0] + n.body_len;
                normalised_free(&n);
            }
        }
        report("bench_normalise", corpora[c].code, items, (now_ns() - start) / (double)items);

        start = now_ns();
        for (long i = 0; i < items; i++) {
            const char *code = lang_detect(pool + (size_t)(i % POOL_ITEMS) * ITEM_BYTES,
                                           ITEM_BYTES);
            sink += (unsigned char)code[0];
        }
        report("bench_lang", corpora[c].code, items, (now_ns() - start) / (double)items);
    }
    free(pool);
    return sink == 42 ? 1 : 0; /* uses the results, so no work is optimised away */
}
