/* SPDX-License-Identifier: MIT
 *
 * test_dashboards — the example subscribers of examples/ (Python: pyzmq and
 * msgpack; Node: zeromq and @msgpack/msgpack) run against the real daemon:
 * started late with --from 1 they catch up through replay; then, paused
 * while items are published to a subscriber whose high-water marks are 1
 * (publish-hwm 1, --rcvhwm 1), they lose messages on PUB, see the gap and
 * fetch it from replay. Each prints every item exactly once, in seq order,
 * decoded. A test skips when its language or library is not installed. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

#define HALF 100

static int
lines_in(const char *path)
{
    FILE *f = fopen(path, "r");
    int n = 0, c;
    while (f != NULL && (c = fgetc(f)) != EOF)
        n += c == '\n';
    if (f != NULL)
        fclose(f);
    return n;
}

/* Runs the example COMMAND (its options appended) and checks what it did. */
static void
run_example(harness_t *h, const char *command)
{
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    assert_int_equal(harness_client(h, NULL, "feed", harness_write_items(h, "a.jsonl", "a", HALF),
                                    NULL), 0);
    if (harness_settle(h, HALF, 30000) < 0)
        fail_msg("the pipeline did not settle");

    char out[400], err[400], cmd[2048];
    snprintf(out, sizeof out, "%s/dashboard.out", h->dir);
    snprintf(err, sizeof err, "%s/dashboard.err", h->dir);
    snprintf(cmd, sizeof cmd,
             "exec %s --publish ipc://%s/pub --replay ipc://%s/replay --topic item. --from 1 "
             "--count %d --timeout 30 --rcvhwm 1 --pause-after %d --pause 3 >%s 2>%s",
             command, h->dir, h->dir, 2 * HALF, HALF, out, err);
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    /* caught up through replay, it pauses: publish the second half now */
    for (int i = 0; i < 400 && lines_in(out) < HALF; i++)
        harness_sleep_ms(50);
    assert_int_equal(lines_in(out), HALF);
    assert_int_equal(harness_client(h, NULL, "feed", harness_write_items(h, "b.jsonl", "b", HALF),
                                    NULL), 0);
    int rc = harness_wait(h, pid, 60000);
    if (rc == -1) {
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
    }
    char show[900];
    snprintf(show, sizeof show, "cat %s >&2", err);
    if (rc != 0 && system(show) == 0)
        fail_msg("%s exited %d", command, rc);
    assert_int_equal(rc, 0);

    ww_buf_t text = WW_BUF_INIT;
    FILE *f = fopen(out, "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        ww_buf_append(&text, buf, n);
    fclose(f);
    json_t *lines = output_parse_lines(&text);
    assert_int_equal(json_array_size(lines), 2 * HALF);
    json_t *ids = json_object();
    for (size_t i = 0; i < json_array_size(lines); i++) {
        json_t *m = json_array_get(lines, i);
        assert_int_equal(json_integer_value(json_object_get(m, "seq")), (json_int_t)i + 1);
        /* b-i repeats a-i's words (the same generator): a copy of it */
        const char *topic = json_string_value(json_object_get(m, "topic"));
        assert_true(strncmp(topic, i < HALF ? "item.new" : "item.dup.", 9) == 0);
        assert_string_equal(json_string_value(json_object_get(m, "dup")),
                            i < HALF ? "new" : topic + strlen("item.dup."));
        assert_string_equal(json_string_value(json_object_get(m, "source")), "test.example");
        json_object_set_new(ids, json_string_value(json_object_get(m, "id")), json_true());
    }
    assert_int_equal(json_object_size(ids), 2 * HALF);
    assert_non_null(json_object_get(ids, "a-0"));
    assert_non_null(json_object_get(ids, "b-99"));

    /* the late start and the gap after the pause both came from replay */
    char grep[900];
    snprintf(grep, sizeof grep, "grep -q '^replayed seq 1\\.\\.head: %d messages' %s", HALF, err);
    assert_int_equal(system(grep), 0);
    snprintf(grep, sizeof grep, "grep -q '^gap: ' %s && grep '^replayed seq' %s | "
                                "awk '$3 > %d && $4 > 0 {ok=1} END {exit !ok}'", err, err, HALF);
    assert_int_equal(system(grep), 0);
    json_decref(ids), json_decref(lines);
    ww_buf_free(&text);
}

static void
test_python_dashboard(void **state)
{
    static const char *const pythons[] = { "python3", "/usr/bin/python3" };
    const char *python = NULL;
    for (size_t i = 0; i < sizeof pythons / sizeof pythons[0] && python == NULL; i++) {
        char cmd[200];
        snprintf(cmd, sizeof cmd, "%s -c 'import zmq, msgpack' 2>/dev/null", pythons[i]);
        if (system(cmd) == 0)
            python = pythons[i];
    }
    if (python == NULL) {
        fprintf(stderr, "skipped: no python3 with zmq and msgpack (python3-zmq python3-msgpack)\n");
        skip();
    }
    harness_t *h = *state = harness_new("dash_py", "publish-hwm 1\nheartbeat 200ms");
    char command[300];
    snprintf(command, sizeof command, "%s examples/dashboard.py", python);
    run_example(h, command);
}

static void
test_node_dashboard(void **state)
{
    if (system("command -v node >/dev/null") != 0) {
        fprintf(stderr, "skipped: no node\n");
        skip();
    }
    if (access("examples/node/node_modules/zeromq", F_OK) != 0 &&
        system("cd examples/node && npm ci --no-audit --no-fund >/dev/null 2>&1") != 0) {
        fprintf(stderr, "skipped: npm could not install examples/node's packages\n");
        skip();
    }
    harness_t *h = *state = harness_new("dash_node", "publish-hwm 1\nheartbeat 200ms");
    run_example(h, "node examples/node/dashboard.mjs");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_python_dashboard, harness_teardown),
        cmocka_unit_test_teardown(test_node_dashboard, harness_teardown),
    };
    return cmocka_run_group_tests_name("dashboards", tests, NULL, NULL);
}
