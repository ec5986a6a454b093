/* SPDX-License-Identifier: MIT
 *
 * test_metrics — an operator's view, from the tree `make install` put under
 * DESTDIR: the installed daemon (metrics-endpoint on) and two installed
 * workers run sample_feed; one scrape of /metrics has the counters of what
 * was fed and of what went out on PUB (as tail saw it), every worker
 * labelled; /health answers 200, then 503 with the reason once the workers
 * are gone and items wait; `wirewatch stats` prints it for a person. */
#include <netinet/in.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <arpa/inet.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

#define SAMPLE_FEED "sample_feed/feed.jsonl"
#define SAMPLE_LINES 43

/* The port the daemon logged it serves metrics on. */
static int
metrics_port(harness_t *h)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "sed -n 's/.*serving GET .* (port \\([0-9]*\\)).*/\\1/p' "
                              "%s/wirewatchd-0.log", h->dir);
    for (int i = 0; i < 200; i++) {
        FILE *p = popen(cmd, "r");
        int port = 0;
        if (fscanf(p, "%d", &port) != 1)
            port = 0;
        pclose(p);
        if (port > 0)
            return port;
        harness_sleep_ms(25);
    }
    fail_msg("the daemon did not say where it serves metrics");
    return 0;
}

/* GET PATH from 127.0.0.1:PORT; the body into OUT. Returns the status. */
static int
get(int port, const char *path, ww_buf_t *out)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
    char req[200];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.0\r\n\r\n", path);
    assert_int_equal(write(fd, req, (size_t)n), n);
    ww_buf_t raw = WW_BUF_INIT;
    char buf[8192];
    ssize_t got;
    while ((got = read(fd, buf, sizeof buf)) > 0)
        ww_buf_append(&raw, buf, (size_t)got);
    close(fd);
    int status = 0;
    assert_int_equal(sscanf(raw.ptr, "HTTP/1.%*d %d", &status), 1);
    const char *body = strstr(raw.ptr, "\r\n\r\n");
    assert_non_null(body);
    ww_buf_reset(out);
    ww_buf_puts(out, body + 4);
    ww_buf_free(&raw);
    return status;
}

/* The value of the series LINE ("name" or "name{labels}") in TEXT; -1 when absent. */
static double
series(const ww_buf_t *text, const char *line)
{
    char needle[300];
    snprintf(needle, sizeof needle, "\n%s ", line);
    const char *p = strstr(text->ptr, needle);
    return p != NULL ? strtod(p + strlen(needle), NULL) : -1;
}

static double
sum_of(const ww_buf_t *text, const char *name)
{
    char needle[200];
    snprintf(needle, sizeof needle, "\n%s{", name);
    double total = 0;
    for (const char *p = strstr(text->ptr, needle); p != NULL; p = strstr(p + 1, needle))
        total += strtod(strchr(strchr(p, '}'), ' ') + 1, NULL);
    return total;
}

static void
expect(const ww_buf_t *text, const char *line, double want)
{
    double got = series(text, line);
    if (got != want)
        fail_msg("%s is %g, want %g", line, got, want);
}

/* Installs this tree under DIR/root (PREFIX=/usr), as an operator would. */
static int
install_under(const char *dir)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s "
                              "--no-print-directory install PREFIX=/usr DESTDIR=%s/root "
                              ">/dev/null 2>&1", dir);
    return system(cmd);
}

static void
test_installed_tree_scraped(void **state)
{
    harness_t *h = *state = harness_new("metrics", "metrics-endpoint 127.0.0.1:0\ncatalog \"\"");
    assert_int_equal(install_under(h->dir), 0);
    snprintf(h->bindir, sizeof h->bindir, "%s/root/usr/bin", h->dir);
    harness_start(h, "wirewatchd", NULL, NULL);
    pid_t w1 = harness_start(h, "wirewatch-worker", NULL, NULL);
    pid_t w2 = harness_start(h, "wirewatch-worker", NULL, NULL);
    int port = metrics_port(h);
    assert_int_equal(harness_client(h, NULL, "feed", SAMPLE_FEED, NULL), 0);
    long long total = harness_settle(h, SAMPLE_LINES, 30000);
    if (total < 0)
        fail_msg("the pipeline did not settle");
    json_t *pub = output_tail(h, 1, total, "");
    assert_int_equal(json_array_size(pub), total);
    harness_sleep_ms(1500); /* a heartbeat: both workers' reports are current */

    ww_buf_t m = WW_BUF_INIT;
    assert_int_equal(get(port, "/metrics", &m), 200);
    expect(&m, "wirewatch_items_received_total", SAMPLE_LINES);
    expect(&m, "wirewatch_items_accepted_total", 38);
    assert_true(sum_of(&m, "wirewatch_items_rejected_total") == 5);
    assert_true(sum_of(&m, "wirewatch_dead_letters_total") == 5);
    expect(&m, "wirewatch_items_rejected_total{reason=\"missing\"}", 1);
    expect(&m, "wirewatch_dead_letters_total{reason=\"missing\"}", 1);
    expect(&m, "wirewatch_items_published_total", 38);
    expect(&m, "wirewatch_messages_published_total", (double)total);
    expect(&m, "wirewatch_latency_seconds_count", 38);
    expect(&m, "wirewatch_latency_seconds_bucket{le=\"+Inf\"}", 38);
    expect(&m, "wirewatch_queue_length", 0);
    expect(&m, "wirewatch_workers_alive", 2);
    assert_true(sum_of(&m, "wirewatch_worker_committed_total") == 38);
    assert_true(sum_of(&m, "wirewatch_worker_up") == 2);

    /* what PUB sent, as tail saw it */
    int exact = 0, near = 0, updates = 0;
    json_t *by_type = json_object();
    for (size_t i = 0; i < json_array_size(pub); i++) {
        json_t *msg = json_array_get(pub, i), *ev = json_object_get(msg, "event");
        const char *topic = json_string_value(json_object_get(msg, "topic"));
        exact += strcmp(topic, "item.dup.exact") == 0;
        near += strcmp(topic, "item.dup.near") == 0;
        updates += strncmp(topic, "update.", 7) == 0;
        if (strncmp(topic, "item.", 5) == 0 && json_is_object(ev)) {
            const char *type = json_string_value(json_object_get(ev, "type"));
            json_int_t n = json_integer_value(json_object_get(by_type, type));
            json_object_set_new(by_type, type, json_integer(n + 1));
        }
    }
    expect(&m, "wirewatch_duplicates_total{kind=\"exact\"}", exact);
    expect(&m, "wirewatch_duplicates_total{kind=\"near\"}", near);
    expect(&m, "wirewatch_event_updates_total", updates);
    assert_true(json_object_size(by_type) >= 2);
    const char *type;
    json_t *count;
    json_object_foreach(by_type, type, count) {
        char line[200];
        snprintf(line, sizeof line, "wirewatch_events_total{type=\"%s\"}", type);
        expect(&m, line, (double)json_integer_value(count));
    }

    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(get(port, "/health", &out), 200);
    assert_non_null(strstr(out.ptr, "\"status\":\"ok\""));

    /* for a person: the same figures */
    char conf2[400], cmd[900];
    snprintf(conf2, sizeof conf2, "%s/stats.conf", h->dir);
    snprintf(cmd, sizeof cmd, "sed 's/127.0.0.1:0/127.0.0.1:%d/' %s > %s", port, h->conf, conf2);
    assert_int_equal(system(cmd), 0);
    ww_buf_reset(&out);
    assert_int_equal(harness_client(h, &out, "stats", "-c", conf2, NULL), 0);
    assert_non_null(strstr(out.ptr, "received 43, accepted 38"));
    assert_non_null(strstr(out.ptr, "2 alive"));

    /* the workers gone and items waiting: 503, and why */
    assert_int_equal(harness_stop(h, w1, SIGTERM), 0);
    assert_int_equal(harness_stop(h, w2, SIGTERM), 0);
    assert_int_equal(harness_client(h, NULL, "feed", harness_write_items(h, "more.jsonl", "more",
                                                                          3), NULL), 0);
    assert_int_equal(get(port, "/health", &out), 503);
    assert_non_null(strstr(out.ptr, "no worker alive, 3 items waiting"));
    ww_buf_reset(&m);
    assert_int_equal(get(port, "/metrics", &m), 200);
    expect(&m, "wirewatch_workers_alive", 0);
    expect(&m, "wirewatch_queue_length", 3);
    assert_true(series(&m, "wirewatch_queue_oldest_seconds") >= 0);
    json_decref(by_type), json_decref(pub);
    ww_buf_free(&m), ww_buf_free(&out);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_installed_tree_scraped, harness_teardown),
    };
    return cmocka_run_group_tests_name("metrics", tests, NULL, NULL);
}
