/* SPDX-License-Identifier: MIT
 *
 * test_excerpts — a scraper that sends an excerpt of a page without its
 * title still sends the page's address, and the words of the address are the
 * title the classifier reads: through the real daemon, worker and Redis,
 *  - an excerpt that names nobody, under an address that spells "Lavrov and
 *    Kerry discussed Syria by phone", is their call;
 *  - an excerpt of the same kind under an address that is only an id is no
 *    event;
 *  - the address is not part of the text copies are found by: the first
 *    excerpt sent again under another address is its exact copy, and counts
 *    in its call. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

static const char *const told =
    "The conversation took place at the initiative of the American side, the ministry said. "
    "The ministers discussed the humanitarian situation in Aleppo and the next steps towards a "
    "ceasefire.";
static const char *const untold =
    "According to the foreign ministry, it was Washington that asked for the conversation. Both "
    "diplomats talked over the truce in Yemen, aid deliveries and their next contacts.";

static void
test_address_words_are_the_title(void **state)
{
    (void)state;
    harness_t *h = harness_new("excerpts", NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    static const struct {
        const char *id, *url, *body, *published;
    } items[] = {
        { "idonly", "https://b.example/news/1021239125.html", untold, "2016-09-20T09:00:00Z" },
        { "slug", "https://a.example/world/lavrov-and-kerry-discussed-syria-by-phone", told,
          "2016-09-20T10:00:00Z" },
        { "copy", "https://c.example/news/7167910.html", told, "2016-09-20T11:00:00Z" },
    };
    json_t *feed = json_array();
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        json_t *j = json_pack("{s:s, s:s+, s:s, s:s, s:s, s:s, s:s}", "id", items[i].id, "source",
                              items[i].id, ".example", "url", items[i].url, "title", "", "body",
                              items[i].body, "lang", "en", "published", items[i].published);
        assert_non_null(j);
        json_array_append_new(feed, j);
    }
    assert_int_equal(output_feed(h, "excerpts.jsonl", feed), 0);
    json_decref(feed);
    assert_true(harness_wait_output(h, 5, 10000));   /* three items, two updates of the call */

    json_t *lines = output_tail(h, 1, 3, "item.");
    assert_int_equal(json_array_size(lines), 3);
    json_t *idonly = output_find(lines, "id", "idonly"), *slug = output_find(lines, "id", "slug"),
           *copy = output_find(lines, "id", "copy");
    assert_non_null(idonly);
    assert_non_null(slug);
    assert_non_null(copy);
    assert_null(json_object_get(json_object_get(idonly, "event"), "id"));
    json_t *ev = json_object_get(slug, "event");
    assert_string_equal(json_string_value(json_object_get(ev, "id")),
                        "lavrov_kerry_call:2016-09-20");
    assert_int_equal(json_integer_value(json_object_get(ev, "reports")), 1);
    /* the title sent is the title published: empty */
    assert_string_equal(json_string_value(json_object_get(slug, "title")), "");
    assert_string_equal(output_dup_status(slug), "new");
    assert_string_equal(output_dup_status(copy), "exact");
    ev = json_object_get(copy, "event");
    assert_string_equal(json_string_value(json_object_get(ev, "id")),
                        "lavrov_kerry_call:2016-09-20");
    assert_int_equal(json_integer_value(json_object_get(ev, "reports")), 2);
    json_decref(lines);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_address_words_are_the_title),
    };
    return cmocka_run_group_tests_name("excerpts", tests, NULL, NULL);
}
