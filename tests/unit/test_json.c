/* SPDX-License-Identifier: MIT
 *
 * test_json — the client's JSON side (client/json.c): numbers written the
 * shortest way that reads back the same, and a line that is not JSON named
 * with its column and jansson's reason (a lone surrogate escape, a byte that
 * is not UTF-8), while its bytes are still sent for the daemon to judge. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cli.h" /* client/, see the Makefile */

static void
expect_dump(json_t *j, const char *want)
{
    char *s = json_dump_line(j);
    assert_string_equal(s, want);
    free(s);
    json_decref(j);
}

static void
test_reals_are_shortest(void **state)
{
    (void)state;
    expect_dump(json_real(0.85), "0.85");
    expect_dump(json_real(0.1 + 0.2), "0.30000000000000004");
    expect_dump(json_real(1.0), "1.0");
    expect_dump(json_real(1e-7), "1e-07");
    expect_dump(json_real(2.0 / 3.0), "0.6666666666666666");
    static const double samples[] = { 0.6, 0.75, 0.123456789, 1e300, 5e-324, 0.84999999999 };
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        json_t *j = json_real(samples[i]);
        char *s = json_dump_line(j);
        assert_true(strtod(s, NULL) == samples[i]);
        free(s);
        json_decref(j);
    }
}

static void
test_objects_keep_order_and_escape(void **state)
{
    (void)state;
    json_t *j = json_pack("{s:i, s:s, s:[f, b, n], s:{s:f}}", "seq", 7, "ti\"tle", "Лавров\n",
                          "a", 0.25, 1, "dup", "similarity", 0.85);
    expect_dump(j, "{\"seq\":7,\"ti\\\"tle\":\"Лавров\\n\",\"a\":[0.25,true,null],"
                   "\"dup\":{\"similarity\":0.85}}");
}

static void
expect_json_error(const char *line, size_t len, const char *fragment)
{
    ww_buf_t out = WW_BUF_INIT;
    char err[256] = "";
    assert_int_equal(json_line_to_msgpack(line, len, &out, err, sizeof err), -1);
    if (strstr(err, fragment) == NULL)
        fail_msg("error \"%s\" lacks \"%s\"", err, fragment);
    /* the bytes still go out, as a bin, for the daemon to dead-letter */
    assert_true(out.len > len && memcmp(out.ptr + out.len - len, line, len) == 0);
    ww_buf_free(&out);
}

static void
test_json_errors_have_a_column(void **state)
{
    (void)state;
    const char *s = "{\"id\": \"a\", \"title\": \"x\\ud800y\"}";
    expect_json_error(s, strlen(s), "invalid Unicode");
    s = "{\"id\": \"a\", \"title\": \"caf\xff\"}";
    expect_json_error(s, strlen(s), "unable to decode byte 0xff");
    s = "{\"id\": \"a\",, }";
    expect_json_error(s, strlen(s), "12: invalid JSON");
    s = "[1, 2]";
    expect_json_error(s, strlen(s), "not a JSON object");
    ww_buf_t out = WW_BUF_INIT;
    char err[256] = "";
    s = "{\"source\": \"x\", \"published\": \"2016-03-06T12:00:00Z\", \"confidence\": 0.85}";
    assert_int_equal(json_line_to_msgpack(s, strlen(s), &out, err, sizeof err), 0);
    assert_string_equal(err, "");
    ww_buf_free(&out);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reals_are_shortest),
        cmocka_unit_test(test_objects_keep_order_and_escape),
        cmocka_unit_test(test_json_errors_have_a_column),
    };
    return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
