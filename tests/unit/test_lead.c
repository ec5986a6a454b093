/* SPDX-License-Identifier: MIT
 *
 * test_lead — the credit and lead of a text (workers/dedup/lead.h) and the
 * rule that takes an agency's update for a copy of its first version
 * (fingerprint_verify, FP_NEAR_UPDATE). Every text is written for this test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup/fingerprint.h"
#include "dedup/lead.h"
#include "text/normalise.h"

static uint16_t
credit_of(const char *body)
{
    lead_t l;
    lead_compute(body, strlen(body), &l);
    return l.credit;
}

static const char *
credit_name(const char *body)
{
    const char *name = lead_credit_name(credit_of(body));
    return name != NULL ? name : "-";
}

static void
test_credits(void **state)
{
    (void)state;
    assert_string_equal(credit_name("GENEVA (AP) — The two ministers spoke on Sunday."), "AP");
    assert_string_equal(credit_name("MOSCOW, May 3 (Reuters) - Russia said on Friday..."),
                        "Reuters");
    assert_string_equal(credit_name("MOSCOW, May 3. /TASS/. The ministers discussed Syria."),
                        "TASS");
    assert_string_equal(credit_name("新华社莫斯科5月3日电 俄罗斯外长与美国国务卿通电话。"),
                        "Xinhua");
    assert_string_equal(credit_name("Madrid, 3 may (EFE).- Los ministros hablaron."), "EFE");
    assert_string_equal(credit_name("Source: Associated Press\nThe ministers spoke."), "AP");
    assert_string_equal(credit_name("МОСКВА, 3 мая. /ТАСС/. Министры обсудили Сирию."), "TASS");
    assert_string_equal(credit_name("МОСКВА, 3 мая (Рейтер) - Министры обсудили Сирию."),
                        "Reuters");
    assert_string_equal(credit_name("【法新社莫斯科3日电】俄外长与美国务卿通电话。"), "AFP");
    assert_string_equal(credit_name("（ロイター）ロシアの外相は3日、電話で協議した。"), "Reuters");
    assert_string_equal(credit_name("(서울=연합뉴스) 러시아 외무장관은 3일 통화했다."), "Yonhap");
    assert_string_equal(credit_name("La Habana (Prensa Latina) Los cancilleres hablaron."),
                        "Prensa Latina"); /* the table's last row is indexed too */
    /* the first credit wins: a later agency is quoted, not the source */
    assert_string_equal(credit_name("(Reuters) - The ministers spoke, AFP had reported."),
                        "Reuters");
    /* a name inside a word, or in the wrong case, is no credit */
    assert_string_equal(credit_name("Japan and the map of the tapered sea; the rap."), "-");
    assert_string_equal(credit_name("we will send the ap team and the efe folks"), "-");
    assert_string_equal(credit_name("APEC leaders met in Lima on Saturday."), "-");
    /* only the start of the body is read */
    char late[600];
    memset(late, 'x', sizeof late);
    memcpy(late + 500, " (AP) ", 6);
    late[sizeof late - 1] = '\0';
    for (size_t i = 0; i < 500; i += 10)
        late[i] = ' ';
    assert_string_equal(credit_name(late), "-");
    assert_null(lead_credit_name(0));
}

/* The first take of a story and the agency's update of it (written for
 * this test: the lead's facts kept, its wording changed). */
static const char first_take[] =
    "MOSCOW (AP) — Russia's foreign minister says he has spoken to the U.S. secretary of state "
    "and urged Washington to back a ceasefire in the northern province before the talks in "
    "Geneva.\n"
    "The minister did not say how the American side answered the proposal he made during the "
    "conversation, the ministry said in a short statement.\n"
    "Officials in Washington declined to comment on the call late on Monday evening.";

static const char update[] =
    "MOSCOW (AP) — Russia's foreign minister said he spoke to the U.S. secretary of state by "
    "phone on Monday and urged Washington to back a ceasefire in the northern province ahead "
    "of the talks in Geneva.\n"
    "It was their third conversation this month, as fighting around the provincial capital "
    "has forced thousands of families to leave their homes for camps near the border.\n"
    "The minister did not say how the American side had answered the proposal he made in the "
    "conversation, the ministry said in a short statement.\n"
    "The State Department said the secretary had stressed the need for aid convoys to reach "
    "the besieged districts and had raised the fate of two detained aid workers.\n"
    "Officials in Washington declined to comment further on the call late on Monday evening.\n"
    "The talks in Geneva are due to open on Thursday with delegations from both governments "
    "and the United Nations envoy, who has called the ceasefire the first step.";

/* The same agency's other story of the day on the same affair. */
static const char sidebar[] =
    "MOSCOW (AP) — Aid groups working in the northern province said on Monday that their "
    "convoys had been stopped at three checkpoints and that food stocks would run out within "
    "a week.\n"
    "The groups asked both governments to press the armed factions to let trucks through the "
    "mountain road before the snow closes it later this month.\n"
    "Officials in Washington declined to comment on the call late on Monday evening.";

static void
test_lead_sentences(void **state)
{
    (void)state;
    lead_t a, b, c;
    lead_compute(first_take, strlen(first_take), &a);
    lead_compute(update, strlen(update), &b);
    lead_compute(sidebar, strlen(sidebar), &c);
    assert_int_equal(a.n, LEAD_SENTENCES);
    assert_int_equal(b.n, LEAD_SENTENCES);
    assert_true(lead_similarity(&a, &b) >= 0.6);   /* the reworded lead */
    /* the sidebar repeats the first take's third sentence word for word, but a sentence
       counts only against the one that opens the other text */
    assert_true(lead_similarity(&a, &c) < 0.4);
    lead_t none;
    const char *plain = "Russia's foreign minister spoke to the U.S. secretary of state on Monday.";
    lead_compute(plain, strlen(plain), &none);
    assert_int_equal(none.credit, 0);   /* no credit: no lead kept */
    assert_int_equal(none.n, 0);
    assert_true(lead_similarity(&a, &none) == 0.0);
    /* "the U.S. secretary" goes on: one sentence, not two short ones */
    lead_t one;
    const char *s = "(AP) — He spoke to the U.S. secretary of state and to the French foreign "
                    "minister on Monday.";
    lead_compute(s, strlen(s), &one);
    assert_int_equal(one.n, 1);
    /* short lines (datelines, headlines, bylines) are no lead sentences */
    s = "(AP)\nBy A Reporter\nMinisters talk\nThey spoke.";
    lead_compute(s, strlen(s), &one);
    assert_int_equal(one.credit, 1);
    assert_int_equal(one.n, 0);
}

/* Sentences of known resemblance: 26 words in common, 4 and 7 of their own, and the
 * credit's "ap" (27 / 38 = 0.71). Over 400 pairs the estimate is unbiased and its
 * spread that of 128 minima of 1 bit: two agree with P = 0.71 + 0.29 / 2 = 0.86, so
 * the estimate's standard error is sqrt(0.86 * 0.14 / 128) / 0.5 = 0.062. */
static void
test_lead_estimate(void **state)
{
    (void)state;
    enum { TRIALS = 400 };
    double sum = 0.0, sum2 = 0.0;
    for (int t = 0; t < TRIALS; t++) {
        char a[1024] = "(AP) ", b[1024] = "(AP) ", w[32];
        for (int i = 0; i < 26; i++) {
            snprintf(w, sizeof w, "c%dx%d ", t, i);
            strcat(a, w);
            strcat(b, w);
        }
        for (int i = 0; i < 4; i++) {
            snprintf(w, sizeof w, "a%dx%d ", t, i);
            strcat(a, w);
        }
        for (int i = 0; i < 7; i++) {
            snprintf(w, sizeof w, "b%dx%d ", t, i);
            strcat(b, w);
        }
        lead_t x, y;
        lead_compute(a, strlen(a), &x);
        lead_compute(b, strlen(b), &y);
        assert_int_equal(x.n, 1);
        double j = lead_similarity(&x, &y);
        sum += j;
        sum2 += j * j;
    }
    double mean = sum / TRIALS, var = sum2 / TRIALS - mean * mean;
    assert_true(mean > 27.0 / 38 - 0.02 && mean < 27.0 / 38 + 0.02);
    assert_true(var > 0.045 * 0.045 && var < 0.08 * 0.08);
}

static void
test_unsegmented_leads(void **state)
{
    (void)state;
    const char *a = "新华社莫斯科5月3日电 俄罗斯外长3日与美国国务卿通电话，双方讨论了叙利亚北部停火问题。";
    const char *b = "新华社莫斯科5月3日电 俄罗斯外长3日与美国国务卿通电话，讨论叙利亚北部停火和日内瓦会谈。";
    const char *c = "新华社北京5月3日电 中国外交部发言人3日表示，中方欢迎有关各方恢复谈判。";
    lead_t la, lb, lc;
    lead_compute(a, strlen(a), &la);
    lead_compute(b, strlen(b), &lb);
    lead_compute(c, strlen(c), &lc);
    assert_int_equal(la.n, 1);
    assert_true(lead_similarity(&la, &lb) >= 0.5);
    assert_true(lead_similarity(&la, &lc) < 0.3);
}

/* A megabyte paragraph without a stop is one sentence, read for its start; bytes that are
 * not UTF-8 are gaps, never read past the end. */
static void
test_huge_and_invalid_bodies(void **state)
{
    (void)state;
    size_t len = 1 << 20;
    char *big = malloc(len);
    assert_non_null(big);
    memcpy(big, "(AP) ", 5);
    for (size_t i = 5; i < len; i++)
        big[i] = "word "[i % 5];
    lead_t l;
    lead_compute(big, len, &l);
    assert_int_equal(l.credit, 1);
    assert_int_equal(l.n, 1);
    for (size_t i = 5; i < len; i += 7)
        big[i] = (char)0xff;   /* invalid bytes */
    big[len - 1] = (char)0xe6; /* a sequence cut at the end */
    lead_compute(big, len, &l);
    assert_int_equal(l.credit, 1);
    lead_compute(big + 5, len - 5, &l);   /* no credit at all */
    assert_int_equal(l.credit, 0);
    free(big);
}

/* The fingerprint of BODY as the worker makes it, reporting DAY. */
static fingerprint_t
fp_of(const char *body, uint16_t day)
{
    normalised_t n;
    assert_int_equal(normalise_item("", 0, body, strlen(body), &n), 0);
    fingerprint_t fp;
    fingerprint_compute(n.key, n.key_len, &fp);
    lead_compute(n.body, n.body_len, &fp.lead);
    fp.day = day;
    normalised_free(&n);
    return fp;
}

static void
test_update_rule(void **state)
{
    (void)state;
    const fp_rule_t rule = FP_RULE_DEFAULT;
    fp_verdict_t v;
    fingerprint_t a = fp_of(first_take, 17000), b = fp_of(update, 17000);
    /* the update keeps too little of the first take for the other rules */
    fp_rule_t no_update = rule;
    no_update.min_lead = 2.0;
    assert_false(fingerprint_verify(&b, &a, &no_update, &v));
    assert_true(fingerprint_verify(&b, &a, &rule, &v));
    assert_int_equal(v.why, FP_NEAR_UPDATE);
    assert_true(fingerprint_verify(&a, &b, &rule, &v)); /* either way round */
    /* neither day known: the same */
    fingerprint_t a0 = fp_of(first_take, 0), b0 = fp_of(update, 0);
    assert_true(fingerprint_verify(&b0, &a0, &rule, &v));
    /* another day, or one day unknown: not an update */
    fingerprint_t later = fp_of(update, 17001);
    assert_false(fingerprint_verify(&later, &a, &rule, &v));
    assert_false(fingerprint_verify(&b0, &a, &rule, &v));
    /* the same agency's report of a call with another minister: other parties, no */
    fingerprint_t p = fp_of(update, 17000);
    p.lead.parties = a.lead.parties + 1;
    assert_false(fingerprint_verify(&p, &a, &rule, &v));
    /* another agency's text of the same words: no */
    char other[sizeof update];
    memcpy(other, update, sizeof update);
    memcpy(other + strlen("MOSCOW ("), "UPI", 3);
    fingerprint_t o = fp_of(other, 17000);
    assert_false(fingerprint_verify(&o, &a, &rule, &v));
    /* the agency's sidebar shares a sentence and the credit, but not the lead's marks */
    fingerprint_t s = fp_of(sidebar, 17000);
    assert_false(fingerprint_verify(&s, &a, &rule, &v));
    assert_false(fingerprint_verify(&s, &b, &rule, &v));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_credits),
        cmocka_unit_test(test_lead_sentences),
        cmocka_unit_test(test_lead_estimate),
        cmocka_unit_test(test_unsegmented_leads),
        cmocka_unit_test(test_update_rule),
        cmocka_unit_test(test_huge_and_invalid_bodies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
