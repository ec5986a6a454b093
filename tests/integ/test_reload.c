/* SPDX-License-Identifier: MIT
 *
 * test_reload — the event catalog is data: a new event type appended to the
 * catalog file is recognised on the next item after SIGHUP, with no restart
 * and no item lost; a catalog that does not parse is reported with its file
 * and line, and the one in force stays. */
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

static const char new_type[] =
    "\nactor zorblat\n  alias en Zorblat\nactor quux\n  alias en Quux\n"
    "event zorblat_quux_call actors zorblat quux action phone_call\n";

static void
write_item(harness_t *h, const char *file, const char *id, int day)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", h->dir, file);
    FILE *f = fopen(path, "w");
    fprintf(f,
            "{\"id\": \"%s\", \"source\": \"example.org\", \"url\": \"https://example.org/%s\", "
            "\"title\": \"Zorblat, Quux discuss harbour dispute by phone\", \"body\": "
            "\"GENEVA, March %d (Reuters) - Foreign Minister Zorblat and Chancellor Quux spoke "
            "by phone on the harbour dispute, officials said, the %s report on it.\", "
            "\"lang\": \"en\", \"published\": \"2016-03-%02dT12:00:00Z\"}\n",
            id, id, day, id, day);
    fclose(f);
}

static const char *
event_type_of(harness_t *h, const char *id, long seq_from)
{
    static char type[64];
    json_t *lines = output_tail(h, seq_from, 1, "item.");
    json_t *item = output_find(lines, "id", id);
    json_t *ev = item ? json_object_get(item, "event") : NULL;
    snprintf(type, sizeof type, "%s",
             ev && json_is_object(ev) ? json_string_value(json_object_get(ev, "type")) : "null");
    json_decref(lines);
    return type;
}

static void
feed(harness_t *h, const char *file)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", h->dir, file);
    assert_int_equal(harness_client(h, NULL, "feed", path, NULL), 0);
}

static bool
log_has(harness_t *h, const char *needle)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "grep -q '%s' %s/wirewatch-worker-*.log", needle, h->dir);
    return system(cmd) == 0;
}

static void
test_sighup_reloads_catalog(void **state)
{
    (void)state;
    harness_t *h = harness_new("reload", NULL);
    assert_non_null(h);
    char catalog[512], conf_line[600];
    snprintf(catalog, sizeof catalog, "%s/events.catalog", h->dir);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "cp deploy/catalog/events.catalog %s", catalog);
    assert_int_equal(system(cmd), 0);
    FILE *conf = fopen(h->conf, "a");
    snprintf(conf_line, sizeof conf_line, "catalog %s\n", catalog);
    fputs(conf_line, conf);
    fclose(conf);
    harness_start(h, "wirewatchd", NULL, NULL);
    pid_t worker = harness_start(h, "wirewatch-worker", NULL, NULL);

    write_item(h, "a.jsonl", "call-a", 6);
    feed(h, "a.jsonl");
    assert_true(harness_wait_output(h, 1, 10000));
    assert_string_equal(event_type_of(h, "call-a", 1), "null");

    FILE *f = fopen(catalog, "a");
    fputs(new_type, f);
    fclose(f);
    kill(worker, SIGHUP);
    for (int i = 0; i < 100 && !log_has(h, "reloaded"); i++)
        harness_sleep_ms(50);
    assert_true(log_has(h, "reloaded"));
    write_item(h, "b.jsonl", "call-b", 7);
    feed(h, "b.jsonl");
    assert_true(harness_wait_output(h, 3, 10000)); /* the item and its event update */
    assert_string_equal(event_type_of(h, "call-b", 2), "zorblat_quux_call");

    f = fopen(catalog, "a");
    fputs("\nevent broken actors nobody action phone_call\n", f);
    fclose(f);
    kill(worker, SIGHUP);
    for (int i = 0; i < 100 && !log_has(h, "previous catalog stays"); i++)
        harness_sleep_ms(50);
    assert_true(log_has(h, "events.catalog:[0-9]*: .*previous catalog stays in force"));
    write_item(h, "c.jsonl", "call-c", 8);
    feed(h, "c.jsonl");
    assert_true(harness_wait_output(h, 5, 10000));
    assert_string_equal(event_type_of(h, "call-c", 4), "zorblat_quux_call");
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sighup_reloads_catalog),
    };
    return cmocka_run_group_tests_name("reload", tests, NULL, NULL);
}
