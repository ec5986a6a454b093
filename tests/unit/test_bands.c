/* SPDX-License-Identifier: MIT
 *
 * test_bands — the byte layout of the near-duplicate index: bucket records,
 * candidate extraction with low-bit and age filters, sketch values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "dedup/bands.h"

/* One record as commit.lua appends it. */
static void
record(uint8_t *r, uint16_t lo, uint64_t seq, uint8_t day)
{
    r[0] = (uint8_t)(lo >> 8);
    r[1] = (uint8_t)lo;
    for (int i = 0; i < 6; i++)
        r[2 + i] = (uint8_t)(seq >> (8 * (5 - i)));
    r[8] = day;
}

static void
test_candidates_filter_low_bits_and_age(void **state)
{
    (void)state;
    uint8_t bucket[5 * BANDS_RECORD];
    record(bucket + 0 * BANDS_RECORD, 0x1234, 7, 10);
    record(bucket + 1 * BANDS_RECORD, 0x9999, 8, 10);   /* other low bits */
    record(bucket + 2 * BANDS_RECORD, 0x1234, 9, 250);  /* 16 days old on day 10 */
    record(bucket + 3 * BANDS_RECORD, 0x1234, 0x0102030405ULL, 9);
    record(bucket + 4 * BANDS_RECORD, 0x1234, 7, 10);   /* seen already */
    uint64_t seqs[8];
    size_t n = 0;
    bands_candidates(bucket, sizeof bucket, 0x1234, 10, 7, seqs, &n, 8);
    assert_int_equal(n, 2);
    assert_int_equal(seqs[0], 7);
    assert_int_equal(seqs[1], 0x0102030405ULL);
    n = 0;
    bands_candidates(bucket, sizeof bucket, 0x1234, 10, 7, seqs, &n, 1);
    assert_int_equal(n, 1);
    n = 0;
    bands_candidates(bucket, 4, 0x1234, 10, 7, seqs, &n, 8); /* a torn record is ignored */
    assert_int_equal(n, 0);
}

static void
test_sketch_value_round_trip(void **state)
{
    (void)state;
    fingerprint_t fp;
    memset(&fp, 0, sizeof fp);
    for (int i = 0; i < FP_SKETCH_BYTES; i++)
        fp.sketch[i] = (uint8_t)(i * 7);
    fp.n_shingles = 123456;
    ww_buf_t b = WW_BUF_INIT;
    bands_encode_sketch(&b, &fp, 16866, 0x99aa06d3014798d8ULL);
    assert_int_equal(b.len, BANDS_SKETCH_VALUE);
    ww_buf_puts(&b, "42\ttass-1");
    bands_sketch_t c;
    assert_int_equal(bands_decode_sketch((const uint8_t *)b.ptr, b.len, &c), 0);
    assert_memory_equal(c.fp.sketch, fp.sketch, FP_SKETCH_BYTES);
    assert_int_equal(c.fp.n_shingles, 123456);
    assert_int_equal(c.day, 16866);
    assert_true(c.hash == 0x99aa06d3014798d8ULL);
    assert_int_equal(c.root_seq, 42);
    assert_int_equal(c.root_id.len, 6);
    assert_memory_equal(c.root_id.p, "tass-1", 6);
    assert_int_equal(bands_decode_sketch((const uint8_t *)b.ptr, 10, &c), -1);
    assert_true(bands_hash64("99aa06d3014798d86001c324468d497f") == 0x99aa06d3014798d8ULL);
    ww_buf_free(&b);
}

static void
test_days_and_keys(void **state)
{
    (void)state;
    assert_int_equal(bands_day_of_date("2016-03-06"), 16866);
    assert_int_equal(bands_day_of_date(""), 0);
    assert_int_equal(bands_day_of_date("2016-02-30"), 0);
    assert_int_equal(bands_max_age_days(1000), 1);
    assert_int_equal(bands_max_age_days(7LL * 86400000), 7);
    ww_keys_t k;
    ww_keys_init(&k, "ww:");
    char key[160], field[32];
    bands_bucket_key(&k, 3, 0xabcd1234, key, sizeof key);
    assert_string_equal(key, "ww:{w}:b:3:abcd");
    bands_sketch_key(&k, 2049, key, sizeof key, field, sizeof field);
    assert_string_equal(key, "ww:{w}:s:2");
    assert_string_equal(field, "2049");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_candidates_filter_low_bits_and_age),
        cmocka_unit_test(test_sketch_value_round_trip),
        cmocka_unit_test(test_days_and_keys),
    };
    return cmocka_run_group_tests_name("bands", tests, NULL, NULL);
}
