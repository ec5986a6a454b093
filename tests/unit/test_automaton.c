/* SPDX-License-Identifier: MIT
 *
 * test_automaton — the Aho–Corasick automaton (workers/events/automaton.h)
 * finds exactly the occurrences a naive search finds: the textbook keys,
 * keys that share bytes, and random keys over a small alphabet in random
 * texts (deep states, dense and sparse ones, long failure chains). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "events/automaton.h"

/* Counts the (key, end) hits of scanning TEXT, and checks each against the text. */
static size_t
scan_count(const automaton_t *ac, const char *const *keys, const uint32_t *lens,
           const uint32_t *next, const char *text, size_t len)
{
    size_t hits = 0;
    uint32_t s = 0;
    for (size_t i = 0; i < len; i++) {
        s = automaton_step(ac, s, (uint8_t)text[i]);
        for (uint32_t u = ac->first[s]; u != AUTOMATON_NONE; u = ac->dict[u]) {
            for (uint32_t k = ac->out[u]; k != AUTOMATON_NONE; k = next[k]) {
                assert_true(lens[k] <= i + 1);
                assert_memory_equal(text + i + 1 - lens[k], keys[k], lens[k]);
                hits++;
            }
        }
    }
    return hits;
}

/* The same count the way catalog_scan takes it, with automaton_run. */
static size_t
run_count(const automaton_t *ac, const uint32_t *next, const uint8_t *text, size_t len)
{
    size_t hits = 0;
    uint32_t s = 0;
    for (size_t i = 0; i < len;) {
        i = automaton_run(ac, &s, text, i, len);
        for (uint32_t u = ac->first[s]; u != AUTOMATON_NONE; u = ac->dict[u])
            for (uint32_t k = ac->out[u]; k != AUTOMATON_NONE; k = next[k])
                hits++;
    }
    return hits;
}

static size_t
naive_count(const char *const *keys, const uint32_t *lens, size_t n, const char *text,
            size_t len)
{
    size_t hits = 0;
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i + lens[k] <= len; i++)
            hits += memcmp(text + i, keys[k], lens[k]) == 0;
    return hits;
}

static void
test_textbook(void **state)
{
    (void)state;
    static const char *const keys[] = { "he", "she", "his", "hers", "he" };
    uint32_t lens[5], next[5];
    for (size_t i = 0; i < 5; i++)
        lens[i] = (uint32_t)strlen(keys[i]);
    automaton_t ac;
    memset(&ac, 0, sizeof ac);
    automaton_build(&ac, keys, lens, 5, next);
    /* the two "he" keys share a state and are chained */
    assert_true(next[4] == 0 || next[0] == 4);
    static const char text[] = "ushers and his shepherd: she said hers";
    size_t n = scan_count(&ac, keys, lens, next, text, sizeof text - 1);
    assert_int_equal(n, naive_count(keys, lens, 5, text, sizeof text - 1));
    assert_true(n >= 8);
    automaton_free(&ac);
    automaton_free(&ac);
}

static void
test_random_against_naive(void **state)
{
    (void)state;
    uint32_t seed = 12345;
    for (int round = 0; round < 40; round++) {
        size_t n = 1 + (size_t)(round * 7 % 300);
        char **keys = calloc(n, sizeof *keys);
        uint32_t *lens = calloc(n, sizeof *lens), *next = calloc(n, sizeof *next);
        for (size_t k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            lens[k] = 1 + (seed >> 16) % 14;   /* past AUTOMATON_DENSE_DEPTH */
            keys[k] = malloc(lens[k]);
            for (uint32_t j = 0; j < lens[k]; j++) {
                seed = seed * 1103515245u + 12345u;
                keys[k][j] = (char)("abcd\xd0\xb0\xff"[(seed >> 16) % 7]);
            }
        }
        automaton_t ac;
        memset(&ac, 0, sizeof ac);
        automaton_build(&ac, (const char *const *)keys, lens, n, next);
        char text[2000];
        for (size_t i = 0; i < sizeof text; i++) {
            seed = seed * 1103515245u + 12345u;
            text[i] = (char)("abcd\xd0\xb0\xff"[(seed >> 16) % 7]);
        }
        size_t naive = naive_count((const char *const *)keys, lens, n, text, sizeof text);
        assert_int_equal(scan_count(&ac, (const char *const *)keys, lens, next, text, sizeof text),
                         naive);
        assert_int_equal(run_count(&ac, next, (const uint8_t *)text, sizeof text), naive);
        automaton_free(&ac);
        for (size_t k = 0; k < n; k++)
            free(keys[k]);
        free(keys);
        free(lens);
        free(next);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_textbook),
        cmocka_unit_test(test_random_against_naive),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
