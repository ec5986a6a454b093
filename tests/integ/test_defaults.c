/* SPDX-License-Identifier: MIT
 *
 * test_defaults — a config that names no catalog classifies with the shipped
 * one, and the worker says which catalog it loaded; `catalog none` turns
 * classification off, and says so. */
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

static const char *
write_call(harness_t *h)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/call.jsonl", h->dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "{\"id\": \"call-1\", \"source\": \"example.org\", \"url\": "
               "\"https://example.org/1\", \"title\": \"Lavrov, Kerry discuss Syria by phone\", "
               "\"body\": \"MOSCOW, March 6. /TASS/. Russian Foreign Minister Sergei Lavrov and "
               "US Secretary of State John Kerry discussed the Syrian ceasefire in a telephone "
               "conversation on Sunday, the Russian Foreign Ministry said.\", \"lang\": \"en\", "
               "\"published\": \"2016-03-06T12:00:00Z\"}\n");
    fclose(f);
    return path;
}

static bool
worker_log_has(harness_t *h, const char *needle)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "grep -q '%s' %s/wirewatch-worker-*.log", needle, h->dir);
    for (int i = 0; i < 100; i++) {
        if (system(cmd) == 0)
            return true;
        harness_sleep_ms(50);
    }
    return false;
}

/* Feeds the call and returns its event type ("null" when none). */
static char *
run_call(harness_t *h)
{
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    assert_int_equal(harness_client(h, NULL, "feed", write_call(h), NULL), 0);
    json_t *lines = output_tail(h, 1, 1, "item.");
    json_t *item = output_find(lines, "id", "call-1");
    assert_non_null(item);
    json_t *ev = json_object_get(item, "event");
    char *type = strdup(json_is_object(ev) ? json_string_value(json_object_get(ev, "type"))
                                           : "null");
    json_decref(lines);
    return type;
}

static void
test_no_catalog_line_means_the_shipped_one(void **state)
{
    (void)state;
    harness_t *h = harness_new("defaults_shipped", "catalog \"\"");
    char *type = run_call(h);
    assert_string_equal(type, "lavrov_kerry_call");
    assert_true(worker_log_has(h, "loaded .*events.catalog (the shipped catalog): [0-9]* event"));
    free(type);
    harness_destroy(&h);
}

static void
test_catalog_none_turns_it_off(void **state)
{
    (void)state;
    harness_t *h = harness_new("defaults_none", "catalog none");
    char *type = run_call(h);
    assert_string_equal(type, "null");
    assert_true(worker_log_has(h, "classification is off"));
    free(type);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_catalog_line_means_the_shipped_one),
        cmocka_unit_test(test_catalog_none_turns_it_off),
    };
    return cmocka_run_group_tests_name("defaults", tests, NULL, NULL);
}
