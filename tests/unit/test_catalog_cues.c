/* SPDX-License-Identifier: MIT
 *
 * test_catalog_cues — the catalog's cue and word sections (background, deal, denial,
 * subordinate, conjunction, complement, additive) and an action's `adverb` and `readout`
 * lines: the kind of their hits, their reach per language, the sections they belong to. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "catalog_cases.h"
#include "events/catalog.h"
#include "text/fold.h"
#include "ww_buf.h"

/* A deal word is a cue of its own kind, with its reach, in the "deal" section only. */
static void
test_deal_words(void **state)
{
    (void)state;
    static const char text[] = "actor a\n  alias en Lavrov\n"
                               "deal\n  before en \"reached by\"\n  before ru 5 достигнутых\n";
    catalog_t *c = parse_or_fail(text);
    check_scan(c, "the deal reached by Lavrov", "deal:- actor:a");
    check_hit(c, "договоренностей, достигнутых Lavrov", 2, 0, CATALOG_DEAL, 5);
    catalog_destroy(&c);
    check_error("deal\n  after en \"reached by\"\n",
                "test.catalog:2: \"after\" outside the section");
    c = parse_or_fail("action phone_call\n  phrase de Telefonat\n"
                      "setting\n  before de \"in einem\"\n");
    check_scan(c, "in einem Telefonat", "setting:- action:phone_call");
    catalog_destroy(&c);
}

/* One cue word in two languages keeps each language's reach: English "no" reaches one word,
   Spanish "no" two. */
static void
test_cue_reach_per_language(void **state)
{
    (void)state;
    catalog_t *c = parse_or_fail("negation\n  before en 1 no\n  before es 2 no\n");
    catalog_hits_t hits = { 0 };
    scan_folded(c, "no", &hits);
    assert_int_equal(hits.n, 2);
    assert_int_equal(hits.v[0].reach + hits.v[1].reach, 3);
    assert_false(catalog_langs_equal(hits.v[0].langs, hits.v[1].langs));
    catalog_hits_free(&hits);
    catalog_destroy(&c);
}

/* An action's `adverb` line: its phrases are the action's, marked CATALOG_ADVERBIAL; a
   `phrase` line's are not; `adverb` outside an action is an error. */
static void
test_adverb_phrases(void **state)
{
    (void)state;
    catalog_t *c = parse_or_fail("action meeting\n  phrase en met\n"
                                 "  adverb en \"face to face\"\n");
    catalog_hits_t hits = { 0 };
    scan_folded(c, "they met face to face", &hits);
    assert_int_equal(hits.n, 2);
    assert_int_equal(hits.v[0].kind, CATALOG_ACTION);
    assert_int_equal(hits.v[1].kind, CATALOG_ACTION);
    assert_int_equal(hits.v[0].ref, hits.v[1].ref);
    assert_int_equal(hits.v[0].reach, 0);
    assert_int_equal(hits.v[1].reach, CATALOG_ADVERBIAL);
    catalog_hits_free(&hits);
    catalog_destroy(&c);
    check_error("topic syria\n  adverb en aleppo\n",
                "test.catalog:2: \"adverb\" outside the section");
}

/* `plan` alone opens the section of cues of what is to come: negation cues whose ref is
   CATALOG_CUE_PLAN (a `negation` section's have 0); in an action's section, `plan LANG
   TERM...` lists its phrases told to come (reach CATALOG_PLANNED), and makes the action one
   that may be announced; a `plan` line with terms elsewhere is an error. */
static void
test_plan_cues_and_phrases(void **state)
{
    (void)state;
    catalog_t *c = parse_or_fail("action meeting\n  phrase en meeting\n"
                                 "  plan en \"will meet\"\n"
                                 "action phone_call\n  phrase en \"by phone\"\n"
                                 "negation\n  before en not\nplan\n  before en 2 next\n"
                                 "  after en tomorrow\n");
    catalog_hits_t hits = { 0 };
    scan_folded(c, "not the next meeting they will meet tomorrow", &hits);
    assert_int_equal(hits.n, 5);
    assert_int_equal(hits.v[0].kind, CATALOG_NEG_BEFORE);
    assert_int_equal(hits.v[0].ref, 0);
    assert_int_equal(hits.v[1].kind, CATALOG_NEG_BEFORE);
    assert_int_equal(hits.v[1].ref, CATALOG_CUE_PLAN);
    assert_int_equal(hits.v[1].reach, 2);
    assert_int_equal(hits.v[2].kind, CATALOG_ACTION);
    assert_int_equal(hits.v[2].reach, 0);
    assert_int_equal(hits.v[3].kind, CATALOG_ACTION);
    assert_int_equal(hits.v[3].reach, CATALOG_PLANNED);
    assert_int_equal(hits.v[4].kind, CATALOG_NEG_AFTER);
    assert_int_equal(hits.v[4].ref, CATALOG_CUE_PLAN);
    assert_true(catalog_action_is_previewed(c, hits.v[3].ref));
    catalog_hits_free(&hits);
    scan_folded(c, "by phone", &hits);
    assert_int_equal(hits.n, 1);
    assert_false(catalog_action_is_previewed(c, hits.v[0].ref));
    catalog_hits_free(&hits);
    catalog_destroy(&c);
    check_error("topic syria\n  plan en \"will meet\"\n",
                "test.catalog:2: plan LANG TERM... belongs");
}

/* An action's `readout` line: pair words whose ref is 1 + the action; a `pair` section's
   words have ref 0; `readout` outside an action is an error. */
static void
test_readout_words(void **state)
{
    (void)state;
    catalog_t *c = parse_or_fail("action meeting\n  phrase en met\n"
                                 "action phone_call\n  phrase en \"by phone\"\n"
                                 "  readout en \"at the initiative of the American side\"\n"
                                 "pair\n  word en \"the two ministers\"\n");
    catalog_hits_t hits = { 0 };
    scan_folded(c, "the two ministers spoke at the initiative of the american side", &hits);
    assert_int_equal(hits.n, 2);
    assert_int_equal(hits.v[0].kind, CATALOG_PAIR);
    assert_int_equal(hits.v[0].ref, 0);
    assert_int_equal(hits.v[1].kind, CATALOG_PAIR);
    assert_int_equal(hits.v[1].ref, 2);   /* 1 + phone_call, the second action */
    catalog_hits_free(&hits);
    catalog_destroy(&c);
    check_error("topic syria\n  readout en \"at the initiative of\"\n",
                "test.catalog:2: \"readout\" outside the section");
}

/* An `additive` section's words are hits of their own kind, with no reach; a reach number is
   a term there ("word en 3" would be the word "3"), and `word` outside a section that takes it
   is an error. */
static void
test_additive_words(void **state)
{
    (void)state;
    catalog_t *c = parse_or_fail("additive\n  word en \"in addition\" meanwhile\n");
    catalog_hits_t hits = { 0 };
    scan_folded(c, "in addition lavrov spoke meanwhile", &hits);
    assert_int_equal(hits.n, 2);
    assert_int_equal(hits.v[0].kind, CATALOG_ADDITIVE);
    assert_int_equal(hits.v[1].kind, CATALOG_ADDITIVE);
    assert_int_equal(hits.v[0].reach, 0);
    catalog_hits_free(&hits);
    catalog_destroy(&c);
    check_error("action meeting\n  word en also\n", "test.catalog:2: \"word\" outside the section");
}

/* Conjunctions and complements: "word" lines, only in their sections, with no reach. */
static void
test_conjunction_words(void **state)
{
    (void)state;
    catalog_t *c = parse_or_fail("action phone_call\n  phrase en \"by phone\"\nconjunction\n"
                                 "  word en but\n  word sv men\n");
    check_scan(c, "spoke by phone but did not agree", "action:phone_call conj:-");
    check_hit(c, "men", 1, 0, CATALOG_CONJUNCTION, 0);
    catalog_destroy(&c);
    check_error("negation\n  word en but\n", "test.catalog:2: \"word\" outside the section");
    check_error("conjunction\n  before en but\n",
                "test.catalog:2: \"before\" outside the section");
    /* complement words: the same lines in their own section */
    c = parse_or_fail("action informed\n  object 3\n  phrase en informed\ncomplement\n"
                      "  word en that\n  word es que\n");
    check_scan(c, "the ministry informed that", "action:informed compl:-");
    check_hit(c, "que", 1, 0, CATALOG_COMPLEMENT, 0);
    catalog_destroy(&c);
    check_error("complement\n  after en that\n", "test.catalog:2: \"after\" outside the section");
    c = parse_or_fail("relative\n  word en who\n  word ru который\n");
    check_hit(c, "который", 1, 0, CATALOG_RELATIVE, 0);
    catalog_destroy(&c);
}

/* Subordinate words: before and after lines, CATALOG_REACH_SUB words unless a line says. */
static void
test_subordinate_words(void **state)
{
    (void)state;
    catalog_t *c = parse_or_fail("actor lavrov\n  alias en Lavrov\nsubordinate\n"
                                 "  after en \"*'s deputy\"\n  before ru 2 заместитель\n");
    check_scan(c, "Lavrov's deputy", "actor:lavrov sub:-");
    check_hit(c, "Lavrov's deputy", 2, 1, CATALOG_SUB_AFTER, CATALOG_REACH_SUB);
    check_hit(c, "заместитель", 1, 0, CATALOG_SUB_BEFORE, 2);
    catalog_destroy(&c);
    check_error("subordinate\n  word en deputy\n", "test.catalog:2: \"word\" outside the section");
    /* a partner word after the name */
    c = parse_or_fail("partner\n  before de mit\n  after tr ile\n");
    check_hit(c, "ile", 1, 0, CATALOG_PARTNER_AFTER, CATALOG_REACH_PARTNER_AFTER);
    catalog_destroy(&c);
}

/* Denial words: before and after lines, CATALOG_REACH_DENY words unless a line says. */
static void
test_denial_words(void **state)
{
    (void)state;
    catalog_t *c = parse_or_fail("action phone_call\n  phrase en \"by phone\"\ndenial\n"
                                 "  before en denied\n  after tr 3 yalanladı\n");
    check_scan(c, "denied they spoke by phone", "deny:- action:phone_call");
    check_hit(c, "by phone yalanladı", 2, 1, CATALOG_DENY_AFTER, 3);
    check_hit(c, "denied", 1, 0, CATALOG_DENY_BEFORE, CATALOG_REACH_DENY);
    catalog_destroy(&c);
}

static void
test_background_cues(void **state)
{
    (void)state;
    static const char text[] =
        "action phone_call\n  phrase en \"phone call\"\n"
        "background\n  before en 14 \"recalled that\"\n  before en earlier\n"
        "  after tr 1 önceki\n"
        "negation\n  before en not\n";
    catalog_t *c = parse_or_fail(text);
    ww_buf_t f = WW_BUF_INIT;
    catalog_hits_t hits = { 0 };
    static const char s[] = "he recalled that an earlier phone call was not";
    fold_append_lossy(FOLD_MATCH, s, sizeof s - 1, &f);
    catalog_scan(c, f.ptr, f.len, &hits);
    assert_int_equal(hits.n, 4);
    assert_int_equal(hits.v[0].kind, CATALOG_BG_BEFORE);
    assert_int_equal(hits.v[0].reach, 14);
    assert_int_equal(hits.v[1].kind, CATALOG_BG_BEFORE);
    assert_int_equal(hits.v[1].reach, CATALOG_REACH_BG_BEFORE);
    assert_int_equal(hits.v[2].kind, CATALOG_ACTION);
    assert_int_equal(hits.v[3].kind, CATALOG_NEG_BEFORE);
    assert_true(catalog_langs_equal(hits.v[0].langs, catalog_lang_mask(c, "en")));
    catalog_hits_free(&hits);
    ww_buf_free(&f);
    catalog_destroy(&c);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deal_words),
        cmocka_unit_test(test_cue_reach_per_language),
        cmocka_unit_test(test_adverb_phrases),
        cmocka_unit_test(test_readout_words),
        cmocka_unit_test(test_plan_cues_and_phrases),
        cmocka_unit_test(test_additive_words),
        cmocka_unit_test(test_conjunction_words),
        cmocka_unit_test(test_subordinate_words),
        cmocka_unit_test(test_denial_words),
        cmocka_unit_test(test_background_cues),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
