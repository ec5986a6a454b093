/* SPDX-License-Identifier: MIT
 *
 * test_conf — the config file: defaults, units, and errors that name the
 * file, the line and the reason; RFC 3339 times. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "ww_conf.h"
#include "ww_time.h"

static char *
write_conf(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/wwconf-%ld.conf", (long)getpid());
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

static void
test_defaults(void **state)
{
    (void)state;
    ww_conf_t c;
    char err[256];
    assert_int_equal(ww_conf_load(&c, NULL, err, sizeof err), 0);
    assert_string_equal(c.key_prefix, "ww:");
    assert_string_equal(c.ingest_endpoint, "tcp://*:5557");
    assert_int_equal(c.max_item_size, 1024 * 1024);
    assert_int_equal(c.dedup_retention, 7LL * 86400 * 1000);
    ww_conf_free(&c);
}

static void
test_units_and_quotes(void **state)
{
    (void)state;
    ww_conf_t c;
    char err[256];
    char *p = write_conf("# comment\n\nredis /run/redis.sock\nmax-item-size 64kb\n"
                         "claim-idle 250ms\ndedup-retention 2h\nkey-prefix \"news:\"\n"
                         "publish-text yes\n");
    assert_int_equal(ww_conf_load(&c, p, err, sizeof err), 0);
    assert_string_equal(c.redis, "/run/redis.sock");
    assert_int_equal(c.max_item_size, 64 * 1024);
    assert_int_equal(c.claim_idle, 250);
    assert_int_equal(c.dedup_retention, 2LL * 3600 * 1000);
    assert_string_equal(c.key_prefix, "news:");
    assert_int_equal(c.publish_text, 1);
    ww_conf_free(&c);
    unlink(p);
}

static void
expect_error(const char *text, const char *fragment)
{
    ww_conf_t c;
    char err[256] = "";
    char *p = write_conf(text);
    assert_int_equal(ww_conf_load(&c, p, err, sizeof err), -1);
    if (strstr(err, fragment) == NULL)
        fail_msg("error \"%s\" lacks \"%s\"", err, fragment);
    ww_conf_free(&c);
    unlink(p);
}

static void
test_errors_name_file_and_line(void **state)
{
    (void)state;
    expect_error("redis 127.0.0.1:6379\ningest-hwm lots\n", ":2: ingest-hwm: \"lots\" is not a number");
    expect_error("\n\nno-such-thing 1\n", ":3: unknown directive \"no-such-thing\"");
    expect_error("batch-size 0\n", ":1: batch-size: 0 is out of range");
    expect_error("claim-idle 5 weeks\n", ":1: claim-idle");
    expect_error("key-prefix \"open\n", ":1: key-prefix: unbalanced quotes");
    expect_error("log-level loud\n", "log-level");
    expect_error("redis\n", ":1: redis: missing value");
}

/* Values may name environment variables (a unit's CREDENTIALS_DIRECTORY). */
static void
test_environment_in_values(void **state)
{
    (void)state;
    ww_conf_t c;
    char err[256] = "";
    setenv("WW_TEST_DIR", "/run/credentials/wirewatchd.service", 1);
    unsetenv("WW_TEST_UNSET");
    setenv("WW_TEST_EMPTY", "", 1);
    char *p = write_conf("redis ${WW_TEST_DIR}/redis.sock\n"
                         "worker-name \"${WW_TEST_UNSET:-w1}-${WW_TEST_EMPTY:-x}\"\n"
                         "key-prefix $plain{not}:\n");
    assert_int_equal(ww_conf_load(&c, p, err, sizeof err), 0);
    assert_string_equal(c.redis, "/run/credentials/wirewatchd.service/redis.sock");
    assert_string_equal(c.worker_name, "w1-x");
    assert_string_equal(c.key_prefix, "$plain{not}:");
    ww_conf_free(&c);
    unlink(p);
    expect_error("redis ${WW_TEST_UNSET}/x\n", ":1: redis: ${WW_TEST_UNSET} is not set");
    expect_error("redis ${WW_TEST_DIR\n", ":1: redis: bad variable reference");
    expect_error("redis ${}\n", "bad variable reference");
    expect_error("redis ${WW TEST}\n", "bad variable reference");
}

/* CURVE is all or nothing on each side. */
static void
test_curve_directives_go_together(void **state)
{
    (void)state;
    expect_error("curve-secret-key /k_secret\n", "set all three");
    expect_error("curve-feeders /f\ncurve-subscribers /s\n", "set all three");
    expect_error("curve-client-key /c_secret\n", "curve-server-key go together");
    ww_conf_t c;
    char err[256] = "";
    char *p = write_conf("curve-secret-key /k_secret\ncurve-feeders /f\ncurve-subscribers /s\n"
                         "curve-client-key /c_secret\ncurve-server-key /k\n");
    assert_int_equal(ww_conf_load(&c, p, err, sizeof err), 0);
    ww_conf_free(&c);
    unlink(p);
}

static void
test_connect_endpoint(void **state)
{
    (void)state;
    char *e = ww_conf_connect_endpoint("tcp://*:5557");
    assert_string_equal(e, "tcp://127.0.0.1:5557");
    free(e);
    e = ww_conf_connect_endpoint("ipc:///run/ww/ack");
    assert_string_equal(e, "ipc:///run/ww/ack");
    free(e);
}

static char *
dump_of(const ww_conf_t *c)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    ww_conf_dump(c, f);
    fclose(f);
    return text;
}

/* deploy/wirewatch.conf is the reference: loaded as shipped it gives the
 * defaults (every directive is commented), and each `#directive value` line,
 * uncommented, states the true default. */
static void
test_shipped_conf_is_the_defaults(void **state)
{
    (void)state;
    ww_conf_t def, shipped, shown;
    char err[256] = "";
    assert_int_equal(ww_conf_load(&def, NULL, err, sizeof err), 0);
    assert_int_equal(ww_conf_load(&shipped, "deploy/wirewatch.conf", err, sizeof err), 0);
    assert_int_equal(ww_conf_load(&shown, NULL, err, sizeof err), 0);
    FILE *f = fopen("deploy/wirewatch.conf", "r");
    assert_non_null(f);
    char line[1024];
    int n_shown = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        if (line[0] != '#' || line[1] < 'a' || line[1] > 'z' || strchr(line, ' ') == NULL)
            continue;
        if (ww_conf_set(&shown, line + 1, err, sizeof err) == 0)
            n_shown++;
    }
    fclose(f);
    char *a = dump_of(&def), *b = dump_of(&shipped), *c = dump_of(&shown);
    assert_string_equal(a, b);
    assert_string_equal(a, c);
    assert_true(n_shown >= 25);
    free(a), free(b), free(c);
    ww_conf_free(&def), ww_conf_free(&shipped), ww_conf_free(&shown);
}

/* -t prints values the way the file takes them, and what it prints reads back
 * the same. */
static void
test_dump_uses_units_and_reads_back(void **state)
{
    (void)state;
    ww_conf_t c, back;
    char err[256] = "";
    char *p = write_conf("claim-idle 250ms\nmax-item-size 1500\nevent-retention 36h\n");
    assert_int_equal(ww_conf_load(&c, p, err, sizeof err), 0);
    char *text = dump_of(&c);
    static const char *const want[] = { "dedup-retention 7d\n", "redis-timeout 2s\n",
                                        "stats-interval 1m\n", "claim-idle 250ms\n",
                                        "max-item-size 1500b\n", "event-retention 36h\n" };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        if (strstr(text, want[i]) == NULL)
            fail_msg("\"%s\" not in the dump:\n%s", want[i], text);
    p = write_conf(text);
    assert_int_equal(ww_conf_load(&back, p, err, sizeof err), 0);
    char *again = dump_of(&back);
    assert_string_equal(text, again);
    free(text), free(again);
    ww_conf_free(&c), ww_conf_free(&back);
    unlink(p);
}

static void
test_catalog_default_and_none(void **state)
{
    (void)state;
    ww_conf_t c;
    char err[256] = "";
    bool shipped = false;
    assert_int_equal(ww_conf_load(&c, NULL, err, sizeof err), 0);
    const char *path = ww_conf_catalog(&c, &shipped);
    assert_non_null(path);
    assert_true(shipped);
    assert_int_equal(access(path, R_OK), 0); /* installed, or this tree's */
    assert_int_equal(ww_conf_set(&c, "catalog none", err, sizeof err), 0);
    assert_null(ww_conf_catalog(&c, &shipped));
    assert_int_equal(ww_conf_set(&c, "catalog /srv/ww/mine.catalog", err, sizeof err), 0);
    assert_string_equal(ww_conf_catalog(&c, &shipped), "/srv/ww/mine.catalog");
    assert_false(shipped);
    ww_conf_free(&c);
}

static void
test_rfc3339(void **state)
{
    (void)state;
    int64_t ms;
    assert_int_equal(ww_time_parse_rfc3339("2016-03-06T15:42:00Z", 20, &ms), 0);
    assert_int_equal(ms, 1457278920000LL);
    const char *tz = "2016-03-06T18:42:00.250+03:00";
    assert_int_equal(ww_time_parse_rfc3339(tz, strlen(tz), &ms), 0);
    assert_int_equal(ms, 1457278920250LL);
    char out[32];
    ww_time_format_rfc3339(1457278920250LL, out);
    assert_string_equal(out, "2016-03-06T15:42:00.250Z");
    ww_time_format_rfc3339(1457278920000LL, out);
    assert_string_equal(out, "2016-03-06T15:42:00Z");
    ww_time_format_rfc3339(-1, out);
    assert_string_equal(out, "1969-12-31T23:59:59.999Z");
    /* any int64 comes from a scraper's `published` (found by fuzz_json) */
    ww_time_format_rfc3339(INT64_MIN, out);
    assert_string_equal(out, "-292275055-05-16T16:47:04.192Z");
    ww_time_format_rfc3339(INT64_MAX, out);
    assert_string_equal(out, "292278994-08-17T07:12:55.807Z");
    static const char *const bad[] = { "yesterday afternoon", "2016-02-30T00:00:00Z",
                                       "2016-03-06T15:42:00", "2016-03-06T25:00:00Z",
                                       "2016-03-06T15:42:00Zjunk" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(ww_time_parse_rfc3339(bad[i], strlen(bad[i]), &ms), -1);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_units_and_quotes),
        cmocka_unit_test(test_errors_name_file_and_line),
        cmocka_unit_test(test_environment_in_values),
        cmocka_unit_test(test_curve_directives_go_together),
        cmocka_unit_test(test_connect_endpoint),
        cmocka_unit_test(test_shipped_conf_is_the_defaults),
        cmocka_unit_test(test_catalog_default_and_none),
        cmocka_unit_test(test_dump_uses_units_and_reads_back),
        cmocka_unit_test(test_rfc3339),
    };
    return cmocka_run_group_tests_name("conf", tests, NULL, NULL);
}
