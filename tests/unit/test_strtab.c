/* SPDX-License-Identifier: MIT
 *
 * test_strtab — the one table of byte strings (lib/ww_strtab.h): what is
 * added is found by its bytes and by a hash made a byte at a time, repeated
 * strings give every value, absent ones none, and growth keeps them all. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "ww_strtab.h"

static size_t
count_values(const ww_strtab_t *t, const char *s, uint32_t *sum)
{
    size_t n = 0;
    *sum = 0;
    uint32_t h = WW_STRTAB_SEED;
    for (size_t i = 0; s[i] != '\0'; i++)
        h = ww_strtab_hash_step(h, (uint8_t)s[i]);
    assert_int_equal(h, ww_strtab_hash(s, strlen(s)));
    for (const ww_strtab_entry_t *e = ww_strtab_find(t, s, strlen(s), h); e != NULL;
         e = ww_strtab_next(t, e)) {
        assert_memory_equal(e->text, s, strlen(s));
        *sum += e->value;
        n++;
    }
    return n;
}

static void
test_find_and_repeat(void **state)
{
    (void)state;
    ww_strtab_t t = WW_STRTAB_INIT;
    uint32_t sum;
    assert_int_equal(count_values(&t, "empty", &sum), 0);
    ww_strtab_add(&t, "лавров", strlen("лавров"), 1);
    ww_strtab_add(&t, "kerry", 5, 2);
    ww_strtab_add(&t, "kerry", 5, 40);
    ww_strtab_add(&t, "kerr", 4, 7);
    assert_int_equal(count_values(&t, "лавров", &sum), 1);
    assert_int_equal(sum, 1);
    assert_int_equal(count_values(&t, "kerry", &sum), 2);
    assert_int_equal(sum, 42);
    assert_int_equal(count_values(&t, "kerr", &sum), 1);
    assert_int_equal(count_values(&t, "ker", &sum), 0);
    assert_int_equal(count_values(&t, "kerryy", &sum), 0);
    assert_int_equal(t.max_len, strlen("лавров"));
    ww_strtab_free(&t);
    ww_strtab_free(&t);
}

static void
test_growth_keeps_everything(void **state)
{
    (void)state;
    static char words[5000][12];
    ww_strtab_t t = WW_STRTAB_INIT;
    for (size_t i = 0; i < 5000; i++) {
        snprintf(words[i], sizeof words[i], "w%zu", i % 2500);
        ww_strtab_add(&t, words[i], strlen(words[i]), (uint32_t)i);
    }
    assert_int_equal(t.n, 5000);
    assert_true(2 * t.n <= t.mask + 1);
    for (size_t i = 0; i < 2500; i++) {
        uint32_t sum;
        assert_int_equal(count_values(&t, words[i], &sum), 2);
        assert_int_equal(sum, (uint32_t)(i + i + 2500));
    }
    ww_strtab_free(&t);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_find_and_repeat),
        cmocka_unit_test(test_growth_keeps_everything),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
