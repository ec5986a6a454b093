/* SPDX-License-Identifier: MIT
 *
 * test_containment — winnowing marks, fingerprint_verify() and the
 * in-memory candidate index (workers/dedup/fingerprint.h, memindex.h).
 * Texts are written for this test in key form (case-folded, punctuation as
 * spaces); the long stories are a written lead followed by pseudo-words
 * drawn from a fixed sequence, so that their length, not their words, is
 * what the tests vary. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup/fingerprint.h"
#include "dedup/memindex.h"

/* A wire report of one call, in key form (about 160 words). */
static const char lead[] =
    "ministers discuss grain corridor by phone "
    "ankara june 14 the foreign ministers of the two countries spoke by telephone on tuesday "
    "about reopening the grain corridor across the black sea the ministry said in a statement "
    "issued late in the evening the call had been requested by the turkish side which is "
    "hosting talks between the shipping companies and the insurers later this week the "
    "ministers agreed that inspections of the vessels should resume at the entrance of the "
    "bosporus within ten days and that a joint centre in istanbul would publish a weekly list "
    "of the ships allowed to sail both sides stressed that the corridor served countries in "
    "africa and the middle east that depend on imported wheat and asked the united nations to "
    "keep its coordinator in place until the end of the year the statement said the two men "
    "would meet in person at the regional conference in baku next month";

/* The same template, another call: other date, other details. */
static const char other_call[] =
    "ministers discuss fishing quotas by phone "
    "ankara march 3 the foreign ministers of the two countries spoke by telephone on friday "
    "about the quotas for the coming season in the shared waters the ministry said in a "
    "statement issued in the afternoon the call had been requested by the other side which "
    "wants the commission of experts to meet before the boats leave port the ministers "
    "agreed that the scientific survey of the stocks should be repeated in april and that "
    "the catch of young fish would be limited in the northern zone both sides stressed that "
    "the coastal villages depend on the season and asked the regional fisheries body to "
    "publish its figures earlier than last year the statement said the two men would meet in "
    "person at the regional conference in baku next month";

/* WORDS pseudo-words (4 to 8 letters) from the sequence SEED, space-separated,
 * in a buffer the caller frees. */
static char *
filler(uint64_t seed, size_t words)
{
    char *s = malloc(words * 9 + 1);
    assert_non_null(s);
    size_t len = 0;
    uint64_t x = seed * UINT64_C(0x9e3779b97f4a7c15) + 1;
    for (size_t w = 0; w < words; w++) {
        x ^= x >> 12, x ^= x << 25, x ^= x >> 27;
        uint64_t r = x * UINT64_C(2685821657736338717);
        size_t n = 4 + (size_t)(r % 5);
        for (size_t i = 0; i < n; i++)
            s[len++] = (char)('a' + (r >> (8 + 5 * i)) % 26);
        s[len++] = ' ';
    }
    s[len > 0 ? len - 1 : 0] = '\0';
    return s;
}

/* A + " " + B in a buffer the caller frees. */
static char *
join(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = malloc(la + lb + 2);
    assert_non_null(s);
    memcpy(s, a, la);
    s[la] = ' ';
    memcpy(s + la + 1, b, lb + 1);
    return s;
}

/* The first WORDS words of TEXT, in a buffer the caller frees. */
static char *
first_words(const char *text, size_t words)
{
    size_t len = 0;
    for (size_t w = 0; text[len] != '\0' && w < words; len++)
        w += text[len] == ' ';
    if (len > 0 && text[len - 1] == ' ')
        len--;
    char *s = malloc(len + 1);
    assert_non_null(s);
    memcpy(s, text, len);
    s[len] = '\0';
    return s;
}

static void
compute(const char *text, fingerprint_t *fp)
{
    fingerprint_compute(text, strlen(text), fp);
}

static const fp_rule_t rule = FP_RULE_DEFAULT;

static bool
shares_band(const fingerprint_t *a, const fingerprint_t *b)
{
    for (int j = 0; j < FP_BANDS; j++) {
        if (a->bands[j] == b->bands[j])
            return true;
    }
    return false;
}

/* A brief cut from the first paragraph of a long story: the bands cannot
 * see it (resemblance about 0.1), the marks retrieve and verify it. */
static void
test_brief_cut_from_long_story_is_found(void **state)
{
    (void)state;
    char *rest = filler(1, 900);
    char *story = join(lead, rest);
    char *brief = first_words(lead, 100);
    fingerprint_t s, b;
    compute(story, &s);
    compute(brief, &b);
    assert_int_equal(s.n_marks, FP_MARKS);
    assert_true(fingerprint_similarity(&s, &b) < 0.25);
    assert_false(shares_band(&s, &b));
    memindex_t *index = memindex_new(MEMINDEX_PROBE_DEFAULT);
    assert_int_equal(memindex_add(index, &s, 7), 0);
    uint64_t found[4];
    assert_int_equal(memindex_query(index, &b, found, 4), 1);
    assert_int_equal(found[0], 7);
    fp_verdict_t v;
    assert_true(fingerprint_verify(&b, &s, &rule, &v));
    assert_true(v.shared >= rule.min_shared_marks);
    assert_true(v.containment >= 0.8);
    fp_rule_t marks_only = rule;   /* the sketch part of the rule turned off */
    marks_only.sketch.min_resemblance = marks_only.sketch.min_containment = 1.01;
    assert_true(fingerprint_verify(&b, &s, &marks_only, &v));
    assert_int_equal(v.why, FP_NEAR_MARKS);
    memindex_destroy(&index);
    assert_null(index);
    free(brief);
    free(story);
    free(rest);
}

/* A copy with unrelated teasers appended, twice as long as the story. */
static void
test_copy_with_teasers_appended_is_found(void **state)
{
    (void)state;
    char *teasers = filler(2, 320);
    char *copy = join(lead, teasers);
    fingerprint_t s, c;
    compute(lead, &s);
    compute(copy, &c);
    assert_true(fingerprint_similarity(&s, &c) < rule.sketch.min_resemblance);
    fp_verdict_t v;
    fp_rule_t marks_only = rule;   /* the sketch part of the rule turned off */
    marks_only.sketch.min_resemblance = marks_only.sketch.min_containment = 1.01;
    assert_true(fingerprint_verify(&c, &s, &marks_only, &v));
    assert_int_equal(v.why, FP_NEAR_MARKS);
    memindex_t *index = memindex_new(MEMINDEX_PROBE_DEFAULT);
    memindex_add(index, &s, 1);
    uint64_t found[4];
    assert_int_equal(memindex_query(index, &c, found, 4), 1);
    memindex_destroy(&index);
    free(copy);
    free(teasers);
}

/* A page with another story's brief appended as a teaser holds both the brief and its own
 * story whole: both verify with a score of 1, and the rank prefers its own story, which
 * holds more of it. */
static void
test_teaser_page_ranks_its_own_story_first(void **state)
{
    (void)state;
    char *own = filler(3, 100);     /* short enough that the page keeps all its marks */
    char *brief = first_words(lead, 65);
    char *page = join(own, brief);
    fingerprint_t p, o, b;
    compute(page, &p);
    compute(own, &o);
    compute(brief, &b);
    fp_verdict_t vo, vb;
    assert_true(fingerprint_verify(&p, &o, &rule, &vo));
    assert_true(fingerprint_verify(&p, &b, &rule, &vb));
    assert_true(vo.containment >= 0.9 && vb.containment >= 0.9);
    assert_true(vo.coverage > vb.coverage);
    assert_true(fingerprint_rank(&vo) > fingerprint_rank(&vb));
    free(page);
    free(brief);
    free(own);
}

/* The same template about another call: not a copy, with or without the
 * days the texts report. */
static void
test_template_with_other_date_is_not_merged(void **state)
{
    (void)state;
    fingerprint_t a, b;
    compute(lead, &a);
    compute(other_call, &b);
    fp_verdict_t v;
    assert_false(fingerprint_verify(&a, &b, &rule, &v));
    assert_true(v.containment < rule.min_mark_containment);
    a.day = 19000;
    b.day = 18900;
    assert_false(fingerprint_verify(&a, &b, &rule, &v));
    assert_int_equal(v.why, FP_OTHER_DAY);
}

/* Containment alone never joins texts that report different days ... */
static void
test_brief_with_other_day_is_not_merged(void **state)
{
    (void)state;
    char *brief = first_words(lead, 100);
    fingerprint_t a, b;
    compute(lead, &a);
    compute(brief, &b);
    fp_verdict_t v;
    assert_true(fingerprint_verify(&a, &b, &rule, &v));
    a.day = 19000;
    b.day = 19001;
    assert_false(fingerprint_verify(&a, &b, &rule, &v));
    assert_int_equal(v.why, FP_OTHER_DAY);
    free(brief);
}

/* ... but one text whose relative date resolved to another day is a copy. */
static void
test_same_text_on_other_day_is_near(void **state)
{
    (void)state;
    fingerprint_t a, b;
    compute(lead, &a);
    compute(lead, &b);
    a.day = 19000;
    b.day = 19001;
    fp_verdict_t v;
    assert_true(fingerprint_verify(&a, &b, &rule, &v));
    fp_rule_t strict = rule;
    strict.same_text = 1.01;
    assert_false(fingerprint_verify(&a, &b, &strict, &v));
}

/* A long story of its own that quotes one paragraph of another. */
static void
test_quoted_paragraph_is_not_a_copy(void **state)
{
    (void)state;
    char *own = filler(3, 300);
    char *quote = first_words(lead + 160, 45);
    char *story = join(own, quote);
    fingerprint_t q, s;
    compute(lead, &q);
    compute(story, &s);
    fp_verdict_t v;
    assert_false(fingerprint_verify(&s, &q, &rule, &v));
    assert_true(v.shared > 0);
    free(story);
    free(quote);
    free(own);
}

/* Too little in common to count as contained: fewer than min_shared marks. */
static void
test_short_overlap_needs_enough_marks(void **state)
{
    (void)state;
    char *flash = first_words(lead, 30);
    fingerprint_t a, b;
    compute(lead, &a);
    compute(flash, &b);
    fp_verdict_t v;
    fingerprint_verify(&a, &b, &rule, &v);
    assert_true(v.shared < rule.min_shared_marks);
    assert_int_not_equal(v.why, FP_NEAR_MARKS);
    free(flash);
}

static void
test_marks_are_bounded_sorted_and_distinct(void **state)
{
    (void)state;
    char *text = filler(4, 2000);
    fingerprint_t a;
    compute(text, &a);
    assert_int_equal(a.n_marks, FP_MARKS);
    for (uint32_t i = 1; i < a.n_marks; i++)
        assert_true(a.marks[i - 1] < a.marks[i]);
    fingerprint_t e;
    fingerprint_compute(NULL, 0, &e);
    assert_int_equal(e.n_marks, 0);
    fingerprint_t r;   /* a paragraph repeated keeps the marks of one */
    char *twice = join(lead, lead);
    compute(twice, &r);
    compute(lead, &a);
    assert_true(fingerprint_shared_marks(&a, &r) == a.n_marks);
    free(twice);
    free(text);
}

static void
test_marks_record_round_trip(void **state)
{
    (void)state;
    fingerprint_t a, b;
    compute(lead, &a);
    memset(&b, 0, sizeof b);
    uint8_t rec[FP_MARKS_RECORD];
    assert_true(a.n_marks >= 2);
    for (uint32_t k = 0; k < a.n_marks; k++)
        assert_true(a.marks[k] < (UINT32_C(1) << FP_MARK_BITS));
    size_t len = fingerprint_marks_encode(&a, rec);
    assert_int_equal(len, 1 + FP_MARK_BYTES * a.n_marks);
    assert_int_equal(fingerprint_marks_decode(rec, len, &b), len);
    assert_int_equal(b.n_marks, a.n_marks);
    assert_memory_equal(b.marks, a.marks, a.n_marks * sizeof a.marks[0]);
    assert_int_equal(fingerprint_marks_decode(rec, len - 1, &b), 0);
    rec[0] = FP_MARKS + 1;
    assert_int_equal(fingerprint_marks_decode(rec, sizeof rec, &b), 0);
    fingerprint_marks_encode(&a, rec);
    /* two equal marks: not ascending */
    memcpy(rec + 1 + FP_MARK_BYTES, rec + 1, FP_MARK_BYTES);
    assert_int_equal(fingerprint_marks_decode(rec, len, &b), 0);
    assert_int_equal(b.n_marks, a.n_marks);
}

static fingerprint_t
marks_of(const uint32_t *marks, uint32_t n)
{
    fingerprint_t fp;
    memset(&fp, 0, sizeof fp);
    fp.n_marks = n;
    memcpy(fp.marks, marks, n * sizeof *marks);
    return fp;
}

static void
test_memindex_counts_shared_marks_and_expires(void **state)
{
    (void)state;
    memindex_t *index = memindex_new(2);
    const uint32_t m1[] = { 1, 2, 3, 4 }, m2[] = { 3, 4, 5 }, m3[] = { 4, 9 };
    fingerprint_t a = marks_of(m1, 4), b = marks_of(m2, 3), c = marks_of(m3, 2);
    assert_int_equal(memindex_add(index, &a, 10), 0);
    assert_int_equal(memindex_add(index, &b, 11), 0);
    assert_int_equal(memindex_add(index, &c, 11), -1);   /* seqs must grow */
    assert_int_equal(memindex_add(index, &c, 12), 0);
    const uint32_t q[] = { 2, 3, 4, 9 };
    fingerprint_t query = marks_of(q, 4);
    uint64_t found[8];
    /* 10 shares 3 marks, 11 shares 2, 12 shares 2: most shared, then newest */
    assert_int_equal(memindex_query(index, &query, found, 8), 3);
    assert_int_equal(found[0], 10);
    assert_int_equal(found[1], 12);
    assert_int_equal(found[2], 11);
    assert_int_equal(memindex_query(index, &query, found, 1), 1);
    memindex_expire(index, 11);
    assert_int_equal(memindex_query(index, &query, found, 8), 2);
    assert_int_equal(found[0], 12);
    size_t marks, postings;
    memindex_size(index, &marks, &postings);
    assert_int_equal(marks, 4);      /* 3, 4, 5, 9 */
    assert_int_equal(postings, 5);
    memindex_destroy(&index);
    memindex_destroy(&index);
}

static void
test_memindex_keeps_the_newest_holders_of_a_mark(void **state)
{
    (void)state;
    memindex_t *index = memindex_new(1);
    const uint32_t common[] = { 77 };
    fingerprint_t fp = marks_of(common, 1);
    for (uint64_t seq = 1; seq <= 3 * MEMINDEX_MAX_POSTINGS; seq++)
        memindex_add(index, &fp, seq);
    uint64_t found[4 * MEMINDEX_MAX_POSTINGS];
    size_t n = memindex_query(index, &fp, found, 4 * MEMINDEX_MAX_POSTINGS);
    assert_int_equal(n, MEMINDEX_MAX_POSTINGS);
    assert_int_equal(found[0], 3 * MEMINDEX_MAX_POSTINGS);
    assert_int_equal(found[n - 1], 2 * MEMINDEX_MAX_POSTINGS + 1);
    /* many distinct marks: the table grows and still finds each */
    for (uint32_t k = 0; k < 5000; k++) {
        uint32_t m = k * 2654435761u;
        fingerprint_t one = marks_of(&m, 1);
        memindex_add(index, &one, 1000 + k);
    }
    uint32_t m = 4321 * 2654435761u;
    fingerprint_t one = marks_of(&m, 1);
    assert_int_equal(memindex_query(index, &one, found, 4), 1);
    assert_int_equal(found[0], 1000 + 4321);
    memindex_destroy(&index);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_brief_cut_from_long_story_is_found),
        cmocka_unit_test(test_copy_with_teasers_appended_is_found),
        cmocka_unit_test(test_teaser_page_ranks_its_own_story_first),
        cmocka_unit_test(test_template_with_other_date_is_not_merged),
        cmocka_unit_test(test_brief_with_other_day_is_not_merged),
        cmocka_unit_test(test_same_text_on_other_day_is_near),
        cmocka_unit_test(test_quoted_paragraph_is_not_a_copy),
        cmocka_unit_test(test_short_overlap_needs_enough_marks),
        cmocka_unit_test(test_marks_are_bounded_sorted_and_distinct),
        cmocka_unit_test(test_marks_record_round_trip),
        cmocka_unit_test(test_memindex_counts_shared_marks_and_expires),
        cmocka_unit_test(test_memindex_keeps_the_newest_holders_of_a_mark),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
