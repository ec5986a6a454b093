/* SPDX-License-Identifier: MIT
 *
 * test_board_model — what the board keeps and shows: the page's item JSON
 * taken from a published item, the ring of newest items and the stream in
 * order, an instance's state that never goes back to fewer reports, reports
 * kept per instance and merged with fetched ones, the counters. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "board_model.h"

#define NOW 1700000000000LL

/* A published item as json_from_msgpack gives it. */
static json_t *
msg(json_int_t seq, const char *status, json_int_t of_seq, const char *event)
{
    char id[32];
    snprintf(id, sizeof id, "it-%lld", (long long)seq);
    json_t *dup = json_pack("{s:s, s:f}", "status", status, "similarity", 0.9);
    if (of_seq > 0) {
        char of[32];
        snprintf(of, sizeof of, "it-%lld", (long long)of_seq);
        json_object_set_new(dup, "of", json_string(of));
        json_object_set_new(dup, "of_seq", json_integer(of_seq));
    }
    json_t *m = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:s}", "seq", seq, "id", id,
                          "source", "tass.com", "url", "https://tass.com/1", "title",
                          "<script>x</script>", "lang", "en", "processed",
                          "2016-02-21T10:00:00Z", "dup", dup, "worker", "w1");
    if (event != NULL)
        json_object_set_new(m, "event", json_pack("{s:s, s:s, s:s, s:i, s:f}", "id", event,
                                                  "type", "lavrov_kerry_call", "date",
                                                  "2016-02-21", "reports", 1, "confidence", 0.9));
    else
        json_object_set_new(m, "event", json_null());
    return m;
}

static json_t *
update(const char *id, json_int_t reports, json_int_t first_seq)
{
    return json_pack("{s:I, s:s, s:s, s:s, s:I, s:I, s:I, s:I, s:[s], s:[s]}", "seq", 99, "id",
                     id, "type", "lavrov_kerry_call", "date", "2016-02-21", "reports", reports,
                     "first_seq", first_seq, "first_seen", NOW, "last_seen", NOW, "outlets",
                     "tass.com", "langs", "en");
}

static void
add(board_model_t *m, json_int_t seq, const char *status, json_int_t of, const char *event,
    bool live)
{
    json_t *j = msg(seq, status, of, event);
    json_t *item = board_model_item(j);
    assert_non_null(item);
    board_model_add_item(m, item, live, NOW);
    json_decref(item);
    json_decref(j);
}

static void
test_item_json(void **state)
{
    (void)state;
    json_t *j = msg(7, "near", 3, "lavrov_kerry_call:2016-02-21");
    json_object_set_new(json_object_get(j, "dup"), "also",
                        json_pack("[{s:s, s:i}]", "of", "it-5", "of_seq", 5));
    json_t *item = board_model_item(j);
    assert_non_null(item);
    /* the title as sent: escaping is the page's */
    assert_string_equal(json_string_value(json_object_get(item, "title")), "<script>x</script>");
    assert_int_equal(json_integer_value(json_object_get(item, "seq")), 7);
    json_t *dup = json_object_get(item, "dup");
    assert_string_equal(json_string_value(json_object_get(dup, "status")), "near");
    assert_int_equal(json_integer_value(json_object_get(dup, "of_seq")), 3);
    /* the other earliest copy it names, for "also of" */
    json_t *also = json_array_get(json_object_get(dup, "also"), 0);
    assert_string_equal(json_string_value(json_object_get(also, "of")), "it-5");
    json_t *ev = json_object_get(item, "event");
    assert_string_equal(json_string_value(json_object_get(ev, "id")),
                        "lavrov_kerry_call:2016-02-21");
    assert_null(json_object_get(ev, "confidence"));  /* only what the page shows */
    assert_null(json_object_get(item, "worker"));
    json_t *orig = msg(3, "new", 0, NULL);
    json_t *orig_item = board_model_item(orig);
    board_model_name_original(item, orig_item);
    assert_string_equal(json_string_value(json_object_get(dup, "of_url")), "https://tass.com/1");
    assert_string_equal(json_string_value(json_object_get(dup, "of_source")), "tass.com");
    json_t *upd = update("x:2016-02-21", 1, 1);
    assert_null(board_model_item(upd)); /* not an item */
    json_decref(upd), json_decref(orig_item), json_decref(orig), json_decref(item);
    json_decref(j);
}

static void
test_ring_and_stream(void **state)
{
    (void)state;
    board_model_t *m = board_model_new();
    for (json_int_t s = 1; s <= BOARD_ITEMS + 10; s++)
        add(m, s, "new", 0, NULL, false);
    assert_null(board_model_find(m, 10));  /* dropped: the ring keeps the newest */
    assert_non_null(board_model_find(m, 11));
    assert_non_null(board_model_find(m, BOARD_ITEMS + 10));
    json_t *snap = board_model_snapshot(m, NOW);
    json_t *stream = json_object_get(snap, "stream");
    assert_int_equal(json_array_size(stream), BOARD_STREAM);
    /* oldest first, ending with the newest */
    assert_int_equal(json_integer_value(json_object_get(json_array_get(stream, 0), "seq")),
                     BOARD_ITEMS + 10 - BOARD_STREAM + 1);
    assert_int_equal(json_integer_value(json_object_get(
                         json_array_get(stream, BOARD_STREAM - 1), "seq")),
                     BOARD_ITEMS + 10);
    json_decref(snap);
    board_model_clear(m, 1);
    assert_null(board_model_find(m, BOARD_ITEMS + 10));
    board_model_destroy(&m);
    assert_null(m);
}

static void
test_update_never_goes_back(void **state)
{
    (void)state;
    board_model_t *m = board_model_new();
    const char *id = "lavrov_kerry_call:2016-02-21";
    json_t *u3 = update(id, 3, 1), *u2 = update(id, 2, 1), *u4 = update(id, 4, 1);
    assert_non_null(board_model_update(m, u3));
    assert_null(board_model_update(m, u2)); /* older than what is known */
    const json_t *s = board_model_update(m, u4);
    assert_non_null(s);
    assert_int_equal(json_integer_value(json_object_get(s, "reports")), 4);
    assert_null(json_object_get(s, "seq"));
    json_t *snap = board_model_snapshot(m, NOW);
    assert_int_equal(json_array_size(json_object_get(snap, "instances")), 1);
    json_decref(snap), json_decref(u3), json_decref(u2), json_decref(u4);
    board_model_destroy(&m);
}

static void
test_reports_kept_and_fetched(void **state)
{
    (void)state;
    board_model_t *m = board_model_new();
    const char *id = "lavrov_kerry_call:2016-02-21";
    board_model_clear(m, 100); /* the board saw seqs from 100 on */
    board_model_load(m, update(id, 3, 50));
    assert_false(board_model_complete(m, id)); /* its first report is older */
    assert_true(board_model_complete(m, "unknown:2016-01-01"));
    add(m, 120, "new", 0, id, true);
    add(m, 121, "exact", 120, id, true);
    json_t *d = board_model_detail(m, id);
    assert_int_equal(json_array_size(json_object_get(d, "reports")), 2);
    assert_false(json_is_true(json_object_get(d, "complete")));
    json_decref(d);
    /* fetched from replay: 50 and 60; what came later is kept after them */
    json_t *fetched = json_array();
    for (json_int_t s = 50; s <= 60; s += 10) {
        json_t *j = msg(s, "new", 0, id);
        json_array_append_new(fetched, board_model_item(j));
        json_decref(j);
    }
    board_model_set_reports(m, id, fetched);
    assert_true(board_model_complete(m, id));
    d = board_model_detail(m, id);
    json_t *reports = json_object_get(d, "reports");
    assert_int_equal(json_array_size(reports), 4);
    json_int_t want[] = { 50, 60, 120, 121 };
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(json_integer_value(json_object_get(json_array_get(reports, i), "seq")),
                         want[i]);
    json_decref(d);
    assert_null(board_model_detail(m, "unknown:2016-01-01"));
    board_model_destroy(&m);
}

static void
test_counters(void **state)
{
    (void)state;
    board_model_t *m = board_model_new();
    add(m, 1, "new", 0, NULL, false); /* the start's backlog: not in the rate */
    add(m, 2, "exact", 1, NULL, true);
    add(m, 3, "near", 1, NULL, true);
    add(m, 4, "new", 0, NULL, true);
    json_t *s = board_model_stats(m, NOW);
    assert_int_equal(json_integer_value(json_object_get(s, "items")), 4);
    assert_int_equal(json_integer_value(json_object_get(s, "exact")), 1);
    assert_int_equal(json_integer_value(json_object_get(s, "near")), 1);
    assert_true(json_real_value(json_object_get(s, "rate")) == 0.3);
    json_decref(s);
    s = board_model_stats(m, NOW + 60000); /* a minute later: nothing recent */
    assert_true(json_real_value(json_object_get(s, "rate")) == 0.0);
    json_decref(s);
    board_model_destroy(&m);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_item_json),
        cmocka_unit_test(test_ring_and_stream),
        cmocka_unit_test(test_update_never_goes_back),
        cmocka_unit_test(test_reports_kept_and_fetched),
        cmocka_unit_test(test_counters),
    };
    return cmocka_run_group_tests_name("board_model", tests, NULL, NULL);
}
