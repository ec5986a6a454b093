/* SPDX-License-Identifier: MIT
 *
 * test_fingerprint — SimHash, MinHash sketch, LSH bands and Manku block keys
 * (workers/fingerprint.h). Texts are written in key form, as normalise_item()
 * hands them over: case-folded, punctuation turned into spaces. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup/fingerprint.h"

#define FLIP_TRIALS 20000 /* random fingerprints for the block-key property */

/* A TASS-style report of one call, in key form. */
static const char call_oct[] =
    "lavrov kerry discuss syria air safety by phone\n"
    "moscow october 8 tass russian foreign minister sergey lavrov and u s secretary of state "
    "john kerry discussed by telephone on thursday the need to avoid incidents between russian "
    "and american aircraft over syria the russian foreign ministry said the conversation was "
    "held at the initiative of the american side the ministers agreed that experts of the two "
    "defence ministries should finish work on a memorandum on flight safety within days lavrov "
    "stressed that the russian air group in syria strikes only at the islamic state and other "
    "terrorist groups recognised as such by the un security council and called on washington "
    "to share intelligence on their positions kerry raised the situation around the city of "
    "homs where according to the american side moderate opposition units had been hit the "
    "ministers also touched on the preparations for an international meeting on syria in "
    "vienna which could bring together the countries of the region including iran and saudi "
    "arabia and agreed to stay in touch";

/* The same report, lightly edited by another desk. */
static const char call_oct_edited[] =
    "lavrov kerry discuss syria air safety by phone\n"
    "moscow october 8 tass russian foreign minister sergey lavrov and us secretary of state "
    "john kerry discussed in a telephone conversation on thursday the need to avoid incidents "
    "between russian and american aircraft over syria the russian foreign ministry said the "
    "conversation was held at the initiative of the american side the ministers agreed that "
    "experts of the two defence ministries should finish work on a memorandum on flight safety "
    "within days lavrov stressed that the russian air group in syria strikes only at the "
    "islamic state and other terrorist groups recognised as such by the un security council "
    "and called on washington to share intelligence on their positions kerry raised the "
    "situation around the city of homs where according to the american side moderate "
    "opposition units had been hit the ministers also touched on the preparations for an "
    "international meeting on syria in vienna which could bring together the countries of the "
    "region including iran and saudi arabia and agreed to stay in touch";

/* The same wire template, another call: other date, other details. */
static const char call_mar[] =
    "lavrov kerry discuss yemen ceasefire by phone\n"
    "moscow march 6 tass russian foreign minister sergey lavrov and u s secretary of state "
    "john kerry discussed by telephone on sunday the humanitarian situation in yemen and the "
    "talks on a nationwide truce the russian foreign ministry said the conversation was held "
    "at the initiative of the american side lavrov called for an immediate humanitarian pause "
    "so that the un agencies could deliver food and medicines to sanaa and taiz where hospitals "
    "have run out of fuel kerry briefed his counterpart on the contacts of the special envoy "
    "with the saudi led coalition and the houthi delegation in muscat both ministers welcomed "
    "the release of several detained journalists and agreed that a political settlement "
    "should be sought at talks under the auspices of the united nations in kuwait next month";

static const char chinese[] =
    "俄美外长通电话讨论朝鲜核试验问题 "
    "俄罗斯外交部发表公报说俄外长拉夫罗夫当天与美国国务卿克里通电话"
    "讨论朝鲜宣布进行核试验后的局势"
    "双方对朝鲜违反联合国安理会相关决议的行为表示严重关切";

static const fp_params_t defaults = FP_PARAMS_DEFAULT;

static void
compute(const char *text, fingerprint_t *fp)
{
    fingerprint_compute(text, strlen(text), fp);
}

static uint64_t
simhash(const char *text)
{
    return fingerprint_simhash(text, strlen(text));
}

/* The first FRAC of TEXT, cut after a word, in a buffer the caller frees. */
static char *
prefix_of(const char *text, double frac)
{
    size_t len = (size_t)(strlen(text) * frac);
    while (text[len] != ' ' && text[len] != '\0')
        len++;
    char *copy = malloc(len + 1);
    assert_non_null(copy);
    memcpy(copy, text, len);
    copy[len] = '\0';
    return copy;
}

/* xorshift64*: a fixed pseudo-random sequence, so failures repeat. */
static uint64_t
next_random(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * UINT64_C(2685821657736338717);
}

static void
test_identical_is_distance_zero(void **state)
{
    (void)state;
    fingerprint_t a, b;
    compute(call_oct, &a);
    compute(call_oct, &b);
    assert_int_equal(fingerprint_distance(simhash(call_oct), simhash(call_oct)), 0);
    assert_memory_equal(&a, &b, sizeof a);
    assert_true(fingerprint_similarity(&a, &b) == 1.0);
    double sim = 0.0;
    assert_true(fingerprint_is_near(&a, &b, &defaults, &sim));
    assert_true(sim == 1.0);
}

static void
test_light_edit_is_near(void **state)
{
    (void)state;
    fingerprint_t a, b;
    compute(call_oct, &a);
    compute(call_oct_edited, &b);
    double sim = 0.0;
    assert_true(fingerprint_is_near(&a, &b, &defaults, &sim));
    assert_true(sim >= 0.8);
    assert_true(fingerprint_distance(simhash(call_oct), simhash(call_oct_edited)) < 16);
}

static void
test_template_call_on_other_date_is_not_near(void **state)
{
    (void)state;
    fingerprint_t a, b;
    compute(call_oct, &a);
    compute(call_mar, &b);
    double sim = 1.0;
    assert_false(fingerprint_is_near(&a, &b, &defaults, &sim));
    assert_true(sim < 0.3);
    assert_true(fingerprint_containment(&a, &b) < 0.5);
}

static void
test_truncated_copy_is_near_by_containment(void **state)
{
    (void)state;
    char *head = prefix_of(call_oct, 0.6);
    fingerprint_t a, b;
    compute(call_oct, &a);
    compute(head, &b);
    assert_true(b.n_shingles < a.n_shingles);
    assert_true(fingerprint_containment(&a, &b) >= defaults.min_containment);
    assert_true(fingerprint_is_near(&a, &b, &defaults, NULL));
    /* The containment test needs enough text on the smaller side. */
    fp_params_t strict = defaults;
    strict.min_resemblance = 1.01;
    strict.min_containment_size = b.n_shingles + 1;
    assert_false(fingerprint_is_near(&a, &b, &strict, NULL));
    free(head);
}

static void
test_thresholds_are_parameters(void **state)
{
    (void)state;
    fingerprint_t a, b;
    compute(call_oct, &a);
    compute(call_mar, &b);
    fp_params_t loose = { 0.0, 1.01, 0, 1 };
    assert_true(fingerprint_is_near(&a, &b, &loose, NULL));
    fp_params_t strict = { 1.01, 1.01, 0, 1 };
    compute(call_oct_edited, &b);
    assert_false(fingerprint_is_near(&a, &b, &strict, NULL));
}

static void
test_cjk_text_gets_character_shingles(void **state)
{
    (void)state;
    fingerprint_t a, b;
    compute(chinese, &a);
    /* Two runs (the headline, then the text) of 16 and 72 characters give
     * 13 + 69 character 4-grams; 4 of the headline's recur in the text. */
    assert_int_equal(a.n_shingles, 13 + 69 - 4);
    assert_int_not_equal(simhash(chinese), 0);

    /* One character changed spoils at most 4 of the 78 shingles. */
    char edited[sizeof chinese];
    memcpy(edited, chinese, sizeof chinese);
    char *day = strstr(edited, "当天");
    assert_non_null(day);
    memcpy(day, "昨天", strlen("昨天"));
    compute(edited, &b);
    assert_true(fingerprint_is_near(&a, &b, &defaults, NULL));
    assert_true(fingerprint_similarity(&a, &b) < 1.0);
}

static void
test_short_texts_still_get_a_shingle(void **state)
{
    (void)state;
    fingerprint_t one, two, run;
    compute("lavrov", &one);
    compute("lavrov kerry", &two);
    compute("克里", &run);
    assert_int_equal(one.n_shingles, 1);
    assert_int_equal(two.n_shingles, 1);
    assert_int_equal(run.n_shingles, 1);
    /* One shingle fills every bin with the same minimum, so one chance
     * match of its low byte would make the whole sketch match: texts that
     * small are never near, only exact duplicates. */
    fp_params_t any = { 0.0, 0.0, 0, defaults.min_size };
    assert_false(fingerprint_is_near(&one, &one, &any, NULL));
    any.min_size = 1;
    assert_true(fingerprint_is_near(&one, &one, &any, NULL));
}

static void
test_repeated_shingles_count_once(void **state)
{
    (void)state;
    fingerprint_t once, twice;
    compute("photo by alexander shcherbak tass", &once);
    compute("photo by alexander shcherbak tass photo by alexander shcherbak tass", &twice);
    assert_int_equal(once.n_shingles, 3);
    /* the repeat adds only the 2 shingles across the seam */
    assert_int_equal(twice.n_shingles, 5);
}

static void
test_empty_text(void **state)
{
    (void)state;
    fingerprint_t a, b, c;
    fingerprint_compute(NULL, 0, &a);
    compute("   \n  ", &b);
    compute(call_oct, &c);
    assert_int_equal(a.n_shingles, 0);
    assert_int_equal(b.n_shingles, 0);
    assert_true(fingerprint_simhash(NULL, 0) == 0);
    assert_true(simhash("   \n  ") == 0);
    assert_true(fingerprint_similarity(&a, &b) == 0.0);
    assert_true(fingerprint_containment(&a, &c) == 0.0);
    double sim = 1.0;
    assert_false(fingerprint_is_near(&a, &b, &defaults, &sim));
    assert_true(sim == 0.0);
    assert_false(fingerprint_is_near(&a, &c, &defaults, NULL));
}

static void
test_invalid_utf8_is_a_separator(void **state)
{
    (void)state;
    static const char bad[] = "lavrov\xff" "kerry\xc3 phone \xe4\xb8 call\xf0\x9f\x98";
    fingerprint_t a, b;
    fingerprint_compute(bad, sizeof bad - 1, &a);
    compute("lavrov kerry phone call", &b);
    assert_int_equal(a.n_shingles, 2);
    assert_memory_equal(&a, &b, sizeof a);
}

static void
test_distance_counts_differing_bits(void **state)
{
    (void)state;
    assert_int_equal(fingerprint_distance(0, 0), 0);
    assert_int_equal(fingerprint_distance(0, UINT64_MAX), 64);
    assert_int_equal(fingerprint_distance(UINT64_C(0x8000000000000001), 1), 1);
    assert_int_equal(fingerprint_distance(UINT64_C(0xf0f0), UINT64_C(0x0ff0)), 8);
}

static void
test_block_keys_are_distinct_per_table(void **state)
{
    (void)state;
    uint32_t keys[FP_BLOCKS];
    fingerprint_blocks(UINT64_C(0x1234123412341234), keys);
    for (int t = 0; t < FP_BLOCKS; t++) {
        assert_int_equal(keys[t] >> FP_BLOCK_BITS, t);
        assert_int_equal(keys[t] & 0xffff, 0x1234);
    }
}

/* Manku et al.'s guarantee: within Hamming distance 3, some block is intact. */
static void
test_block_keys_shared_within_three_bits(void **state)
{
    (void)state;
    uint64_t rng = UINT64_C(0x9e3779b97f4a7c15);
    for (int trial = 0; trial < FLIP_TRIALS; trial++) {
        uint64_t a = next_random(&rng);
        uint64_t b = a;
        int flips = trial % 4; /* 0..3 distinct bits */
        while (fingerprint_distance(a, b) < flips)
            b ^= UINT64_C(1) << (next_random(&rng) % 64);
        uint32_t ka[FP_BLOCKS], kb[FP_BLOCKS];
        fingerprint_blocks(a, ka);
        fingerprint_blocks(b, kb);
        int shared = 0;
        for (int t = 0; t < FP_BLOCKS; t++)
            shared += ka[t] == kb[t];
        assert_true(shared >= FP_BLOCKS - flips);
    }
}

static void
test_near_copies_share_a_band(void **state)
{
    (void)state;
    fingerprint_t a, b, c;
    compute(call_oct, &a);
    compute(call_oct_edited, &b);
    compute(call_mar, &c);
    int with_edit = 0, with_other = 0;
    for (int j = 0; j < FP_BANDS; j++) {
        with_edit += a.bands[j] == b.bands[j];
        with_other += a.bands[j] == c.bands[j];
    }
    assert_true(with_edit > 0);
    assert_int_equal(with_other, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identical_is_distance_zero),
        cmocka_unit_test(test_light_edit_is_near),
        cmocka_unit_test(test_template_call_on_other_date_is_not_near),
        cmocka_unit_test(test_truncated_copy_is_near_by_containment),
        cmocka_unit_test(test_thresholds_are_parameters),
        cmocka_unit_test(test_cjk_text_gets_character_shingles),
        cmocka_unit_test(test_short_texts_still_get_a_shingle),
        cmocka_unit_test(test_repeated_shingles_count_once),
        cmocka_unit_test(test_empty_text),
        cmocka_unit_test(test_invalid_utf8_is_a_separator),
        cmocka_unit_test(test_distance_counts_differing_bits),
        cmocka_unit_test(test_block_keys_are_distinct_per_table),
        cmocka_unit_test(test_block_keys_shared_within_three_bits),
        cmocka_unit_test(test_near_copies_share_a_band),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
