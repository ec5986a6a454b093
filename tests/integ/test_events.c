/* SPDX-License-Identifier: MIT
 *
 * test_events — `wirewatch events` agrees with what went out on PUB: after
 * sample_feed, every event instance it lists has the state of the last
 * update.* message sent for it (reports, outlets, languages, first seq), and
 * `events show ID` gives the seqs of its reports, which are the items that
 * went out counted in it (copies included). --type and --since filter. */
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
#define SAMPLE_LINES 43

static json_t *
sorted(json_t *a)
{
    json_t *copy = json_deep_copy(a);
    size_t n = json_array_size(copy);
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0; j--) {
            const char *x = json_string_value(json_array_get(copy, j - 1));
            const char *y = json_string_value(json_array_get(copy, j));
            if (strcmp(x, y) <= 0)
                break;
            json_t *t = json_incref(json_array_get(copy, j - 1));
            json_array_set(copy, j - 1, json_array_get(copy, j));
            json_array_set_new(copy, j, t);
        }
    return copy;
}

static void
assert_same(json_t *a, json_t *b, const char *what, const char *id)
{
    if (!json_equal(a, b)) {
        char *x = json_dumps(a, JSON_ENCODE_ANY), *y = json_dumps(b, JSON_ENCODE_ANY);
        fail_msg("%s of %s: events says %s, PUB said %s", what, id, x, y);
    }
}

static json_t *
client_lines(harness_t *h, int want_rc, const char *a, const char *b, const char *c,
             const char *d)
{
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &out, "events", "--json", a, b, c, d, NULL), want_rc);
    json_t *lines = output_parse_lines(&out);
    ww_buf_free(&out);
    return lines;
}

static void
test_events_agree_with_updates(void **state)
{
    harness_t *h = *state = harness_new("events", NULL);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    assert_int_equal(harness_client(h, NULL, "feed", SAMPLE_FEED, NULL), 0);
    long long total = harness_settle(h, SAMPLE_LINES, 30000);
    if (total < 0)
        fail_msg("the pipeline did not settle");
    json_t *pub = output_tail(h, 1, total, "");
    assert_int_equal(json_array_size(pub), total);

    /* the last update.* per instance: its state as PUB told it */
    json_t *last = json_object();
    for (size_t i = 0; i < json_array_size(pub); i++) {
        json_t *m = json_array_get(pub, i);
        if (strncmp(json_string_value(json_object_get(m, "topic")), "update.", 7) == 0)
            json_object_set(last, json_string_value(json_object_get(m, "id")), m);
    }
    assert_true(json_object_size(last) >= 2);

    json_t *listed = client_lines(h, 0, NULL, NULL, NULL, NULL);
    assert_int_equal(json_array_size(listed), json_object_size(last));
    for (size_t i = 0; i < json_array_size(listed); i++) {
        json_t *ev = json_array_get(listed, i);
        const char *id = json_string_value(json_object_get(ev, "id"));
        json_t *u = json_object_get(last, id);
        if (u == NULL)
            fail_msg("events lists %s, which no update announced", id);
        static const char *const same[] = { "type", "date", "reports", "first_seq" };
        for (size_t k = 0; k < sizeof same / sizeof same[0]; k++)
            assert_same(json_object_get(ev, same[k]), json_object_get(u, same[k]), same[k], id);
        json_t *o = sorted(json_object_get(u, "outlets")), *l = sorted(json_object_get(u, "langs"));
        assert_same(json_object_get(ev, "outlets"), o, "outlets", id);
        assert_same(json_object_get(ev, "langs"), l, "langs", id);
        json_decref(o), json_decref(l);

        /* show: the report seqs are the items that went out counted in it */
        json_t *shown = client_lines(h, 0, "show", id, NULL, NULL);
        json_t *seqs = json_object_get(json_array_get(shown, 0), "report_seqs");
        assert_int_equal(json_array_size(seqs), json_integer_value(json_object_get(u, "reports")));
        assert_int_equal(json_integer_value(json_array_get(seqs, 0)),
                         json_integer_value(json_object_get(u, "first_seq")));
        size_t reported_new = 0;
        for (size_t k = 0; k < json_array_size(pub); k++) {
            json_t *m = json_array_get(pub, k), *e = json_object_get(m, "event");
            if (!json_is_object(e) ||
                strcmp(json_string_value(json_object_get(e, "id")), id) != 0 ||
                strncmp(json_string_value(json_object_get(m, "topic")), "item.", 5) != 0)
                continue;
            reported_new++;
            bool listed_seq = false;
            for (size_t s = 0; s < json_array_size(seqs); s++)
                listed_seq |= json_equal(json_array_get(seqs, s), json_object_get(m, "seq"));
            assert_true(listed_seq);
        }
        assert_int_equal(reported_new, json_array_size(seqs));
        json_decref(shown);
    }

    /* filters */
    const char *type = json_string_value(json_object_get(json_array_get(listed, 0), "type"));
    json_t *one = client_lines(h, 0, "--type", type, NULL, NULL);
    assert_true(json_array_size(one) >= 1 && json_array_size(one) <= json_array_size(listed));
    for (size_t i = 0; i < json_array_size(one); i++)
        assert_string_equal(json_string_value(json_object_get(json_array_get(one, i), "type")),
                            type);
    json_t *none = client_lines(h, 0, "--since", "2999-01-01", NULL, NULL);
    assert_int_equal(json_array_size(none), 0);
    json_t *missing = client_lines(h, 1, "show", "no_such_type:2016-01-01", NULL, NULL);
    assert_int_equal(json_array_size(missing), 0);
    json_decref(one), json_decref(none), json_decref(missing);
    json_decref(listed), json_decref(last), json_decref(pub);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_events_agree_with_updates, harness_teardown),
    };
    return cmocka_run_group_tests_name("events", tests, NULL, NULL);
}
