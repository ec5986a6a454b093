/* SPDX-License-Identifier: MIT
 *
 * test_copies — a duplicate carries its original's event verdict, through
 * the real pipeline: a blog reprint of a TASS call report (which the
 * classifier, on its own, takes for a meeting) and exact copies of the
 * reprint all publish the TASS report's event instance (type, id, date),
 * each counts as a report of it (reports 1, 2, 3 ...; outlets and languages
 * grow), and an exact copy of the reprint shows the reprint's similarity to
 * the root, not 1.0. Once with the copies in the same batch as their root,
 * once with a copy that meets the reprint in the fingerprint log. The texts
 * are sample_feed's (written for this project). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

#define SAMPLE_FEED "sample_feed/feed.jsonl"
#define ROOT "tass-20150404-2"
#define REPRINT "blog-20150405-1"
#define INSTANCE "lavrov_kerry_call:2015-04-04"

/* The line of sample_feed whose id is ID (caller decrefs), or NULL. */
static json_t *
sample_line(const char *id)
{
    FILE *f = fopen(SAMPLE_FEED, "r");
    assert_non_null(f);
    char line[65536];
    json_t *found = NULL;
    while (found == NULL && fgets(line, sizeof line, f) != NULL) {
        json_t *j = json_loads(line, 0, NULL);
        const char *v = j ? json_string_value(json_object_get(j, "id")) : NULL;
        if (v != NULL && strcmp(v, id) == 0)
            found = j;
        else
            json_decref(j);
    }
    fclose(f);
    return found;
}

/* A copy of sample line ID under NEW_ID from SOURCE. */
static json_t *
copy_of(const char *id, const char *new_id, const char *source)
{
    json_t *j = sample_line(id);
    assert_non_null(j);
    json_object_set_new(j, "id", json_string(new_id));
    json_object_set_new(j, "source", json_string(source));
    return j;
}

static json_t *
event_of(json_t *lines, const char *id)
{
    json_t *item = output_find(lines, "id", id);
    if (item == NULL)
        fail_msg("%s was not published", id);
    json_t *ev = json_object_get(item, "event");
    if (!json_is_object(ev))
        fail_msg("%s: no event", id);
    const char *type = json_string_value(json_object_get(ev, "type"));
    const char *eid = json_string_value(json_object_get(ev, "id"));
    const char *date = json_string_value(json_object_get(ev, "date"));
    if (type == NULL || strcmp(type, "lavrov_kerry_call") != 0 || eid == NULL ||
        strcmp(eid, INSTANCE) != 0 || date == NULL || strcmp(date, "2015-04-04") != 0)
        fail_msg("%s: event %s %s %s, want the root's %s", id, type ? type : "-",
                 eid ? eid : "-", date ? date : "-", INSTANCE);
    return ev;
}

static double
similarity_of(json_t *lines, const char *id)
{
    json_t *dup = json_object_get(output_find(lines, "id", id), "dup");
    return json_real_value(json_object_get(dup, "similarity"));
}

static void
test_copies_carry_the_root_event(void **state)
{
    (void)state;
    harness_t *h = harness_new("copies", NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    json_t *batch = json_array();
    json_array_append_new(batch, sample_line(ROOT));
    json_array_append_new(batch, sample_line(REPRINT));
    json_array_append_new(batch, copy_of(REPRINT, "mirror-1", "mirror.example"));
    assert_int_equal(output_feed(h, "first.jsonl", batch), 0);
    json_decref(batch);
    /* 3 items, each followed by its instance's update */
    assert_true(harness_wait_output(h, 6, 10000));
    json_t *later = json_array();
    json_array_append_new(later, copy_of(REPRINT, "mirror-2", "other-mirror.example"));
    assert_int_equal(output_feed(h, "later.jsonl", later), 0);
    json_decref(later);
    assert_true(harness_wait_output(h, 8, 10000));

    json_t *lines = output_tail(h, 1, 4, "item.");
    assert_int_equal(json_array_size(lines), 4);
    assert_string_equal(output_dup_status(output_find(lines, "id", ROOT)), "new");
    assert_string_equal(output_dup_status(output_find(lines, "id", REPRINT)), "near");
    long want = 1;
    static const char *const ids[] = { ROOT, REPRINT, "mirror-1", "mirror-2" };
    for (size_t i = 0; i < 4; i++) {
        json_t *ev = event_of(lines, ids[i]);
        /* every copy is a report of the root's instance: never 0 */
        assert_int_equal(json_integer_value(json_object_get(ev, "reports")), want++);
        assert_true(json_is_true(json_object_get(ev, "first_report")) == (i == 0));
        if (i > 0)
            assert_string_equal(output_dup_of(output_find(lines, "id", ids[i])), ROOT);
    }
    /* an exact copy of the reprint is as similar to the root as the reprint */
    double sim = similarity_of(lines, REPRINT);
    assert_true(sim > 0.0 && sim < 0.999);
    for (size_t i = 2; i < 4; i++) {
        assert_string_equal(output_dup_status(output_find(lines, "id", ids[i])), "exact");
        assert_true(similarity_of(lines, ids[i]) > sim - 0.005);
        assert_true(similarity_of(lines, ids[i]) < sim + 0.005);
    }
    json_decref(lines);

    json_t *updates = output_tail(h, 1, 4, "update.");
    assert_int_equal(json_array_size(updates), 4);
    json_t *last = json_array_get(updates, 3);
    assert_string_equal(json_string_value(json_object_get(last, "id")), INSTANCE);
    assert_int_equal(json_integer_value(json_object_get(last, "reports")), 4);
    assert_int_equal(json_array_size(json_object_get(last, "outlets")), 4);
    json_decref(updates);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_copies_carry_the_root_event),
    };
    return cmocka_run_group_tests_name("copies", tests, NULL, NULL);
}
