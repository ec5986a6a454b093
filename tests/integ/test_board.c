/* SPDX-License-Identifier: MIT
 *
 * test_board — `wirewatch board` against the real pipeline (redis-server,
 * wirewatchd, two workers) fed with sample_feed:
 *   - in Debian's chromium (headless, driven by tests/board/board_check.mjs
 *     through playwright-core): the page lists the events of `wirewatch
 *     events` with their report counts; a report fed while it is open changes
 *     the count in place, without a reload; titles made of HTML (<script>,
 *     <img onerror>) and a javascript: URL show as text and nothing runs; a
 *     click shows an event's reports; neither a laptop nor a phone viewport
 *     scrolls sideways. Screenshots go to build/board-screens/. Skipped when
 *     node, chromium or playwright-core is missing, except in CI (CI=true),
 *     where that fails;
 *   - over plain HTTP: the page and its security headers, the state, one
 *     event's reports, the first Server-Sent Event, a foreign Host refused;
 *   - with board-token-file: data only with the token (query or header);
 *     a board on a non-loopback address without a token, or with a short
 *     one, does not start (exit 78). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

#define SAMPLE_FEED "sample_feed/feed.jsonl"
#define SHOTS "build/board-screens"
#define TOKEN "0123456789abcdef-board-token"

/* Until every accepted item is committed and published. */
static void
wait_published(harness_t *h)
{
    for (int i = 0; i < 1500; i++) {
        redisReply *in = harness_redis(h, "XLEN %s", h->keys.in);
        redisReply *seq = harness_redis(h, "GET %s", h->keys.seq);
        redisReply *pub = harness_redis(h, "GET %s", h->keys.pub);
        bool done = in->integer == 0 && seq->str != NULL && pub->str != NULL &&
                    strcmp(seq->str, pub->str) == 0;
        freeReplyObject(in), freeReplyObject(seq), freeReplyObject(pub);
        if (done)
            return;
        harness_sleep_ms(20);
    }
    fail_msg("the pipeline did not publish everything it accepted");
}

/* Starts the pipeline, feeds sample_feed and then FILLER items that report
 * no event, starts the board. Returns its port. */
static unsigned
start_after(harness_t *h, int filler)
{
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    assert_int_equal(harness_client(h, NULL, "feed", SAMPLE_FEED, NULL), 0);
    if (filler > 0) {
        /* the sample committed first: with two workers, a sample item retried after a
           conflict, or left by a slow worker, would otherwise commit among the filler */
        wait_published(h);
        assert_int_equal(harness_client(h, NULL, "feed",
                                        harness_write_items(h, "filler.jsonl", "f", filler),
                                        NULL), 0);
    }
    wait_published(h);
    harness_start_out(h, "board.out", "wirewatch", "board", NULL);
    for (int i = 0; i < 500; i++) {
        ww_buf_t out = WW_BUF_INIT;
        harness_read(h, "board.out", &out);
        const char *at = out.ptr != NULL ? strstr(out.ptr, "http://127.0.0.1:") : NULL;
        unsigned port = at != NULL ? (unsigned)atoi(at + strlen("http://127.0.0.1:")) : 0;
        ww_buf_free(&out);
        if (port > 0)
            return port;
        harness_sleep_ms(20);
    }
    fail_msg("the board did not print its address");
    return 0;
}

static unsigned
start(harness_t *h)
{
    return start_after(h, 0);
}

/* GET PATH on 127.0.0.1:PORT (HTTP/1.0, EXTRA header lines) into OUT, headers
 * included; for an event stream, up to the first event. Returns the status. */
static int
http_get(unsigned port, const char *path, const char *extra, ww_buf_t *out)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct timeval tv = { 5, 0 };
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
    char req[1024];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.0\r\n%s\r\n", path,
                     extra != NULL ? extra : "Host: 127.0.0.1\r\n");
    assert_int_equal(write(fd, req, (size_t)n), n);
    char buf[4096];
    ssize_t got;
    while ((got = read(fd, buf, sizeof buf)) > 0) {
        ww_buf_append(out, buf, (size_t)got);
        const char *ev = strstr(out->ptr, "event: ");
        if (ev != NULL && strstr(ev, "\n\n") != NULL)
            break;
    }
    close(fd);
    int status = 0;
    if (out->ptr == NULL || sscanf(out->ptr, "HTTP/1.%*d %d", &status) != 1)
        return -1;
    return status;
}

static json_t *
http_json(unsigned port, const char *path)
{
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(http_get(port, path, NULL, &out), 200);
    const char *body = strstr(out.ptr, "\r\n\r\n");
    assert_non_null(body);
    json_error_t e;
    json_t *j = json_loads(body + 4, 0, &e);
    if (j == NULL)
        fail_msg("%s: not JSON: %s", path, e.text);
    ww_buf_free(&out);
    return j;
}

/* Appends a line to the test's config. */
static void
add_conf(harness_t *h, const char *name, const char *value)
{
    FILE *f = fopen(h->conf, "a");
    assert_non_null(f);
    fprintf(f, "%s %s\n", name, value);
    fclose(f);
}

/* Writes TEXT and a newline to DIR/NAME; returns its path (static). */
static const char *
write_file(harness_t *h, const char *name, const char *text)
{
    static char path[400];
    snprintf(path, sizeof path, "%s/%s", h->dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "%s\n", text);
    fclose(f);
    return path;
}

static bool
ci(void)
{
    const char *v = getenv("CI");
    return v != NULL && strcmp(v, "true") == 0;
}

/* Skips with WHY, or fails in CI, which installs what the test needs. */
static void
missing(const char *why)
{
    if (ci())
        fail_msg("CI must run the browser test, but %s", why);
    fprintf(stderr, "skipped: %s\n", why);
    skip();
}

static void
test_board_in_chromium(void **state)
{
    if (system("command -v node >/dev/null") != 0)
        missing("no node (Debian: nodejs)");
    if (access("/usr/bin/chromium", X_OK) != 0)
        missing("no /usr/bin/chromium (Debian: chromium)");
    if (access("tests/board/node_modules/playwright-core", F_OK) != 0 &&
        system("cd tests/board && npm ci --no-audit --no-fund >/dev/null 2>&1") != 0)
        missing("npm could not install tests/board's playwright-core");
    harness_t *h = *state = harness_new("board", "board-listen 127.0.0.1:0\nheartbeat 200ms");
    unsigned port = start(h);

    /* a new report of lavrov_kerry_call:2016-02-21, with markup for a title
     * and a javascript: URL, and an item with an <img onerror> title */
    char extra[400];
    snprintf(extra, sizeof extra, "%s/extra.jsonl", h->dir);
    FILE *f = fopen(extra, "w");
    assert_non_null(f);
    fputs("{\"id\": \"board-1\", \"source\": \"wire.example\", \"url\": "
          "\"javascript:window.__xss=3\", \"title\": \"<script>window.__xss=1</script>Kerry and "
          "Lavrov talk again\", \"lang\": \"en\", \"published\": \"2016-02-21T19:30:00Z\", "
          "\"body\": \"WASHINGTON, Feb 21 - U.S. Secretary of State John Kerry spoke by telephone "
          "with Russian Foreign Minister Sergei Lavrov on Sunday, a State Department official "
          "told reporters travelling with him. The two men went over the remaining details of a "
          "plan for a cessation of hostilities in Syria, which Washington hopes to announce "
          "within days, and agreed that their experts would keep working overnight in Geneva. "
          "The official declined to say whether the call had settled the question of which "
          "armed groups the truce would cover.\"}\n", f);
    fputs("{\"id\": \"board-2\", \"source\": \"wire.example\", \"url\": "
          "\"https://wire.example/markup\", \"title\": \"<img src=x onerror=\\\"window.__xss=2\\\">"
          " Weather in the capital\", \"lang\": \"en\", \"published\": \"2016-02-21T19:35:00Z\", "
          "\"body\": \"Forecasters expect heavy snow in the capital overnight, with temperatures "
          "falling to minus ten degrees by Monday morning and icy roads across the region "
          "during the rush hour.\"}\n", f);
    fclose(f);

    char cmd[4096], out[400];
    snprintf(out, sizeof out, "%s/check.out", h->dir);
    snprintf(cmd, sizeof cmd,
             "node tests/board/board_check.mjs --url http://127.0.0.1:%u/ "
             "--events-cmd '%s/wirewatch events -c %s --json' "
             "--feed-cmd '%s/wirewatch feed -c %s %s' --shots " SHOTS " >%s 2>&1",
             port, h->bindir, h->conf, h->bindir, h->conf, extra, out);
    int rc = system(cmd);
    snprintf(cmd, sizeof cmd, "cat %s >&2", out);
    if (system(cmd) != 0)
        fail_msg("cannot show %s", out);
    if (WIFEXITED(rc) && WEXITSTATUS(rc) == 77)
        missing("board_check.mjs could not start the browser");
    assert_int_equal(rc, 0);
    assert_int_equal(access(SHOTS "/board-laptop.png", R_OK), 0);
    assert_int_equal(access(SHOTS "/board-phone.png", R_OK), 0);
}

/* /api/event gives every report of the instance LINE (of `wirewatch events
 * --json`): as many as it counts (a duplicate is a report too), each naming
 * it, the first one new. */
static void
assert_reports(unsigned port, json_t *line)
{
    const char *id = json_string_value(json_object_get(line, "id"));
    char path[300];
    snprintf(path, sizeof path, "/api/event?id=%s", id);
    json_t *detail = http_json(port, path);
    json_t *reports = json_object_get(detail, "reports");
    size_t i;
    json_t *it;
    json_array_foreach(reports, i, it)
        assert_string_equal(json_string_value(json_object_get(json_object_get(it, "event"), "id")),
                            id);
    const char *first = json_string_value(
        json_object_get(json_object_get(json_array_get(reports, 0), "dup"), "status"));
    assert_string_equal(first != NULL ? first : "(none)", "new");
    if ((json_int_t)json_array_size(reports) != json_integer_value(json_object_get(line, "reports")))
        fail_msg("%s: %zu reports on the board, wirewatch events counts %lld", id,
                 json_array_size(reports),
                 (long long)json_integer_value(json_object_get(line, "reports")));
    assert_true(json_is_true(json_object_get(detail, "complete")));
    json_decref(detail);
}

/* NULL when /api/state lists the instances `wirewatch events` lists, with
 * the same report counts; else what differs (static). */
static const char *
board_differs(harness_t *h, unsigned port)
{
    static char why[300];
    ww_buf_t ev = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &ev, "events", "--json", NULL), 0);
    json_t *lines = output_parse_lines(&ev);
    json_t *snap = http_json(port, "/api/state");
    json_t *instances = json_object_get(snap, "instances");
    const char *differs = NULL;
    if (json_array_size(instances) != json_array_size(lines)) {
        snprintf(why, sizeof why, "%zu instances on the board, wirewatch events lists %zu",
                 json_array_size(instances), json_array_size(lines));
        differs = why;
    }
    size_t i, j;
    json_t *line, *inst;
    json_array_foreach(lines, i, line) {
        const char *id = json_string_value(json_object_get(line, "id"));
        json_int_t want = json_integer_value(json_object_get(line, "reports")), got = -1;
        json_array_foreach(instances, j, inst)
            if (strcmp(json_string_value(json_object_get(inst, "id")), id) == 0)
                got = json_integer_value(json_object_get(inst, "reports"));
        if (got != want && differs == NULL) {
            snprintf(why, sizeof why, "%s: %lld reports on the board (-1: absent), %lld in "
                     "wirewatch events", id, (long long)got, (long long)want);
            differs = why;
        }
    }
    json_decref(snap), json_decref(lines);
    ww_buf_free(&ev);
    return differs;
}

static void
test_board_http(void **state)
{
    harness_t *h = *state = harness_new("board_http", "board-listen 127.0.0.1:0");
    unsigned port = start(h);

    ww_buf_t page = WW_BUF_INIT;
    assert_int_equal(http_get(port, "/", NULL, &page), 200);
    assert_non_null(strstr(page.ptr, "<title>wirewatch board</title>"));
    assert_non_null(strstr(page.ptr, "Content-Security-Policy: default-src 'none'; "
                                     "script-src 'self'"));
    assert_non_null(strstr(page.ptr, "Referrer-Policy: no-referrer"));
    ww_buf_free(&page);

    /* the state lists what `wirewatch events` lists, with the same counts */
    const char *why = board_differs(h, port);
    if (why != NULL)
        fail_msg("%s", why);
    ww_buf_t ev = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &ev, "events", "--json", NULL), 0);
    json_t *lines = output_parse_lines(&ev);
    assert_true(json_array_size(lines) > 0);
    json_t *snap = http_json(port, "/api/state");
    assert_true(json_array_size(json_object_get(snap, "stream")) > 30);

    /* one event's reports: as many as it counts */
    assert_reports(port, json_array_get(lines, 0));

    /* the event stream starts with the snapshot */
    ww_buf_t sse = WW_BUF_INIT;
    assert_int_equal(http_get(port, "/events", NULL, &sse), 200);
    assert_non_null(strstr(sse.ptr, "Content-Type: text/event-stream"));
    assert_non_null(strstr(sse.ptr, "event: snapshot\ndata: {\"instances\":"));
    ww_buf_free(&sse);

    /* a name that is not loopback (DNS rebinding) gets nothing */
    ww_buf_t foreign = WW_BUF_INIT;
    assert_int_equal(http_get(port, "/api/state", "Host: board.attacker.example\r\n", &foreign),
                     403);
    ww_buf_free(&foreign);
    ww_buf_t missing_page = WW_BUF_INIT;
    assert_int_equal(http_get(port, "/nothing", NULL, &missing_page), 404);
    ww_buf_free(&missing_page);
    json_decref(snap), json_decref(lines);
    ww_buf_free(&ev);
}

/* Instances older than the seqs the board read at start (500): their reports
 * come from replay when asked for. */
static void
test_board_fetches_old_reports(void **state)
{
    harness_t *h = *state = harness_new("board_old", "board-listen 127.0.0.1:0");
    unsigned port = start_after(h, 600);
    ww_buf_t ev = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &ev, "events", "--json", NULL), 0);
    json_t *lines = output_parse_lines(&ev);
    assert_true(json_array_size(lines) > 0);
    redisReply *seq = harness_redis(h, "GET %s", h->keys.seq);
    json_int_t last = strtoll(seq->str, NULL, 10);
    freeReplyObject(seq);
    size_t i;
    json_t *line;
    json_array_foreach(lines, i, line) {
        /* every instance is older than what the board read at start: fetched now */
        assert_true(json_integer_value(json_object_get(line, "first_seq")) < last - 500 + 1);
        assert_reports(port, line);
    }
    json_decref(lines);
    ww_buf_free(&ev);
}

/* Redis emptied under the board: the daemon's reset notice makes it read the
 * (empty) state again; what is fed after shows as before. */
static void
test_board_follows_reset(void **state)
{
    harness_t *h = *state = harness_new("board_reset", "board-listen 127.0.0.1:0\nheartbeat 200ms");
    harness_own_redis(h, false);
    unsigned port = start(h);
    assert_null(board_differs(h, port));
    redisReply *r = harness_redis(h, "FLUSHALL");
    assert_non_null(r);
    freeReplyObject(r);
    size_t left = 1;
    for (int i = 0; i < 100 && left > 0; i++) {
        harness_sleep_ms(100);
        json_t *snap = http_json(port, "/api/state");
        left = json_array_size(json_object_get(snap, "instances")) +
               json_array_size(json_object_get(snap, "stream"));
        json_decref(snap);
    }
    if (left > 0)
        fail_msg("the board still shows what Redis lost");
    assert_true(harness_log_has(h, "wirewatch", "Redis lost its data"));
    assert_int_equal(harness_client(h, NULL, "feed", SAMPLE_FEED, NULL), 0);
    wait_published(h);
    const char *why = "not checked";
    for (int i = 0; i < 100 && why != NULL; i++) {
        harness_sleep_ms(100);
        why = board_differs(h, port);
    }
    if (why != NULL)
        fail_msg("after the reset: %s", why);
}

static void
test_board_token(void **state)
{
    harness_t *h = *state = harness_new("board_token", "board-listen 127.0.0.1:0");
    add_conf(h, "board-token-file", write_file(h, "token", TOKEN));
    unsigned port = start(h);

    ww_buf_t b = WW_BUF_INIT;
    assert_int_equal(http_get(port, "/", NULL, &b), 200); /* the page holds no data */
    ww_buf_reset(&b);
    assert_int_equal(http_get(port, "/api/state", NULL, &b), 401);
    ww_buf_reset(&b);
    assert_int_equal(http_get(port, "/events", NULL, &b), 401);
    ww_buf_reset(&b);
    assert_int_equal(http_get(port, "/api/state?token=0123456789abcdef-board-tokeX", NULL, &b),
                     401);
    ww_buf_reset(&b);
    assert_int_equal(http_get(port, "/api/state?token=0123456789abcdef", NULL, &b), 401);
    ww_buf_reset(&b);
    assert_int_equal(http_get(port, "/api/state?token=" TOKEN, NULL, &b), 200);
    ww_buf_reset(&b);
    assert_int_equal(http_get(port, "/api/state", "Host: 127.0.0.1\r\n"
                                                  "Authorization: Bearer " TOKEN "\r\n", &b),
                     200);
    ww_buf_reset(&b);
    /* with a token, any Host (a board reached by its public name) */
    assert_int_equal(http_get(port, "/events?token=" TOKEN, "Host: board.example\r\n", &b), 200);
    ww_buf_free(&b);
}

static void
test_board_open_address_needs_token(void **state)
{
    harness_t *h = *state = harness_new("board_open", "board-listen 0.0.0.0:0");
    pid_t pid = harness_start(h, "wirewatch", "board", NULL);
    assert_int_equal(harness_wait(h, pid, 10000), 78);
    assert_true(harness_log_has(h, "wirewatch", "is not a loopback address: set "
                                               "board-token-file"));
    /* a token too short to be one */
    add_conf(h, "board-token-file", write_file(h, "short", "abc"));
    pid = harness_start(h, "wirewatch", "board", NULL);
    assert_int_equal(harness_wait(h, pid, 10000), 78);
    assert_true(harness_log_has(h, "wirewatch", "at least 16 characters"));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_board_in_chromium, harness_teardown),
        cmocka_unit_test_teardown(test_board_http, harness_teardown),
        cmocka_unit_test_teardown(test_board_fetches_old_reports, harness_teardown),
        cmocka_unit_test_teardown(test_board_follows_reset, harness_teardown),
        cmocka_unit_test_teardown(test_board_token, harness_teardown),
        cmocka_unit_test_teardown(test_board_open_address_needs_token, harness_teardown),
    };
    return cmocka_run_group_tests_name("board", tests, NULL, NULL);
}
