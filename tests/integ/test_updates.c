/* SPDX-License-Identifier: MIT
 *
 * test_updates — an agency's update of its own story is a copy of its first
 * version, through the real pipeline (lead.h, FP_NEAR_UPDATE): an EFE first
 * take, the same agency's sidebar of the day (which shares a sentence with
 * it) and the agency's update (new headline, reworded lead, new paragraphs)
 * of tests/data/updates/efe.jsonl, written for this project. The first and
 * the sidebar are new, the update is near of the first and carries its
 * event. Once with one worker that meets the first version in its batch or
 * its index, once with a second worker that only meets it in the
 * fingerprint log in Redis (the lead part of the record). */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

#define FEED "tests/data/updates/efe.jsonl"

/* The lines of FEED whose ids are in IDS (N of them), in file order. */
static json_t *
lines_of(const char *const *ids, size_t n)
{
    FILE *f = fopen(FEED, "r");
    assert_non_null(f);
    json_t *out = json_array();
    char line[16384];
    while (fgets(line, sizeof line, f) != NULL) {
        json_t *j = json_loads(line, 0, NULL);
        assert_non_null(j);
        const char *id = json_string_value(json_object_get(j, "id"));
        bool want = false;
        for (size_t i = 0; i < n; i++)
            want = want || strcmp(id, ids[i]) == 0;
        if (want)
            json_array_append_new(out, j);
        else
            json_decref(j);
    }
    fclose(f);
    return out;
}

static void
feed(harness_t *h, const char *name, const char *const *ids, size_t n)
{
    json_t *lines = lines_of(ids, n);
    assert_int_equal(json_array_size(lines), n);
    assert_int_equal(output_feed(h, name, lines), 0);
    json_decref(lines);
}

static void
assert_verdicts(harness_t *h)
{
    json_t *lines = output_tail(h, 1, 3, "item.");
    assert_int_equal(json_array_size(lines), 3);
    assert_string_equal(output_dup_status(output_find(lines, "id", "efe-first")), "new");
    assert_string_equal(output_dup_status(output_find(lines, "id", "efe-sidebar")), "new");
    json_t *u = output_find(lines, "id", "efe-update");
    assert_non_null(u);
    assert_string_equal(output_dup_status(u), "near");
    assert_string_equal(output_dup_of(u), "efe-first");
    json_t *first_ev = json_object_get(output_find(lines, "id", "efe-first"), "event");
    json_t *ev = json_object_get(u, "event");
    assert_true(json_is_object(first_ev) && json_is_object(ev));
    assert_string_equal(json_string_value(json_object_get(ev, "id")),
                        json_string_value(json_object_get(first_ev, "id")));
    assert_int_equal(json_integer_value(json_object_get(ev, "reports")), 2);
    json_decref(lines);
}

/* first, sidebar and update, each an item and the two calls an instance's update */
#define OUTPUTS 5

static void
test_update_is_near_its_first_version(void **state)
{
    (void)state;
    harness_t *h = harness_new("updates", NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    static const char *const ids[] = { "efe-first", "efe-sidebar", "efe-update" };
    feed(h, "all.jsonl", ids, 3);
    assert_true(harness_wait_output(h, OUTPUTS, 10000));
    assert_verdicts(h);
    harness_destroy(&h);
}

static void
test_update_meets_the_log(void **state)
{
    (void)state;
    harness_t *h = harness_new("updateslog", NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    pid_t first = harness_start(h, "wirewatch-worker", NULL, NULL);
    static const char *const before[] = { "efe-first", "efe-sidebar" };
    feed(h, "before.jsonl", before, 2);
    assert_true(harness_wait_output(h, 3, 10000));
    assert_int_equal(harness_stop(h, first, SIGTERM), 0);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    static const char *const after[] = { "efe-update" };
    feed(h, "after.jsonl", after, 1);
    assert_true(harness_wait_output(h, OUTPUTS, 10000));
    assert_verdicts(h);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_update_is_near_its_first_version),
        cmocka_unit_test(test_update_meets_the_log),
    };
    return cmocka_run_group_tests_name("updates", tests, NULL, NULL);
}
