/* SPDX-License-Identifier: MIT
 *
 * test_service — wirewatch as a systemd service, with this test in systemd's
 * place (a NOTIFY_SOCKET of its own, WATCHDOG_USEC set): the daemon and a
 * worker send READY=1 with a STATUS, ping the watchdog, answer SIGHUP with
 * RELOADING=1 / READY=1 and apply the new log-level while items keep
 * flowing; on SIGTERM with items in flight they send STOPPING=1 and exit 0
 * within stop-timeout, and once restarted every item fed is published, none
 * twice as new. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

#define N_ITEMS 12000

typedef struct {
    harness_t *h;
    pid_t reader;              /* systemd's stand-in: notify datagrams to a file */
    char log[400];             /* that file, one datagram per line */
    long pos;                  /* how far wait_for has read it */
} fixture_t;

/* Reads datagrams on FD for ever, each as one line of LOG (as systemd, it
 * never lets the senders block on a full queue). */
static void
read_notifications(int fd, const char *log)
{
    FILE *out = fopen(log, "a");
    char buf[1024];
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
        if (n <= 0)
            continue;
        for (ssize_t i = 0; i < n; i++)
            buf[i] = buf[i] == '\n' ? ' ' : buf[i];
        buf[n] = '\0';
        fprintf(out, "%s\n", buf);
        fflush(out);
    }
}

/* Waits up to MS for a notification containing WHAT after the last one
 * matched; returns whether it came. */
static bool
wait_for(fixture_t *f, const char *what, int ms)
{
    for (int waited = 0; waited <= ms; waited += 20) {
        FILE *in = fopen(f->log, "r");
        char line[1200];
        if (in != NULL && fseek(in, f->pos, SEEK_SET) == 0) {
            while (fgets(line, sizeof line, in) != NULL) {
                if (strstr(line, what) != NULL) {
                    f->pos = ftell(in);
                    fclose(in);
                    return true;
                }
            }
        }
        if (in != NULL)
            fclose(in);
        harness_sleep_ms(20);
    }
    return false;
}

static int
count_of(fixture_t *f, const char *what, int ms)
{
    harness_sleep_ms(ms);
    int n = 0;
    while (wait_for(f, what, 0))
        n++;
    return n;
}

static bool
log_has(harness_t *h, const char *prog, const char *needle)
{
    char cmd[800];
    snprintf(cmd, sizeof cmd, "grep -q '%s' %s/%s-*.log", needle, h->dir, prog);
    for (int i = 0; i < 100; i++) {
        if (system(cmd) == 0)
            return true;
        harness_sleep_ms(50);
    }
    return false;
}

static pid_t
start_notified(fixture_t *f, const char *prog)
{
    char path[400];
    snprintf(path, sizeof path, "%s/notify", f->h->dir);
    setenv("NOTIFY_SOCKET", path, 1);
    setenv("WATCHDOG_USEC", "400000", 1);
    pid_t pid = harness_start(f->h, prog, NULL, NULL);
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    return pid;
}

static void
test_notify_reload_and_graceful_stop(void **state)
{
    fixture_t *f = *state;
    harness_t *h = f->h;
    pid_t d = start_notified(f, "wirewatchd");
    assert_true(wait_for(f, "READY=1", 10000));
    pid_t w = start_notified(f, "wirewatch-worker");
    assert_true(wait_for(f, "READY=1", 10000));
    assert_true(count_of(f, "WATCHDOG=1", 1500) >= 2);

    /* SIGTERM with items in flight (the feed goes on sending): STOPPING,
     * exit 0 within stop-timeout (3 s), nothing read left unqueued */
    const char *items = harness_write_items(h, "items.jsonl", "svc", N_ITEMS);
    pid_t feed = harness_start(h, "wirewatch", "feed", items, NULL);
    harness_sleep_ms(50);
    time_t t0 = time(NULL);
    kill(w, SIGTERM);
    assert_int_equal(harness_stop(h, d, SIGTERM), 0);
    assert_true(wait_for(f, "STOPPING=1", 2000));
    assert_true(time(NULL) - t0 <= 4);
    assert_int_equal(harness_wait(h, w, 10000), 0);
    assert_false(log_has(h, "wirewatchd", "items read but not queued"));
    char cmd[600];
    snprintf(cmd, sizeof cmd, "tail -n 1 %s/wirewatchd-0.log | grep -q 'accepted=%d '", h->dir,
             N_ITEMS);
    assert_int_not_equal(system(cmd), 0); /* it was stopped mid-feed */

    /* back again: the feed resends what was not acknowledged */
    d = start_notified(f, "wirewatchd");
    assert_true(wait_for(f, "READY=1", 10000));
    w = start_notified(f, "wirewatch-worker");
    assert_true(wait_for(f, "READY=1", 10000));
    harness_start(h, "wirewatch-worker", NULL, NULL);

    /* SIGHUP: a new log-level, applied, while items keep flowing */
    FILE *c = fopen(h->conf, "a");
    fputs("log-level info\n", c);
    fclose(c);
    kill(d, SIGHUP);
    assert_true(wait_for(f, "RELOADING=1", 5000));
    assert_true(wait_for(f, "READY=1", 5000));
    assert_true(log_has(h, "wirewatchd", "reloaded .*log-level=info"));
    kill(w, SIGHUP);
    assert_true(log_has(h, "wirewatch-worker", "reloaded: log-level=info"));
    assert_int_equal(harness_wait(h, feed, 90000), 0);
    assert_true(wait_for(f, "STATUS=accepted=", 5000)); /* every stats-interval (2 s) */
    json_t *lines = output_tail(h, 1, N_ITEMS, "item.");
    assert_int_equal(json_array_size(lines), N_ITEMS);
    json_t *seen = json_object();
    for (size_t i = 0; i < json_array_size(lines); i++) {
        json_t *m = json_array_get(lines, i);
        const char *id = json_string_value(json_object_get(m, "id"));
        const char *topic = json_string_value(json_object_get(m, "topic"));
        if (json_object_get(seen, id) != NULL)
            fail_msg("%s published twice (%s)", id, topic);
        json_object_set_new(seen, id, json_true());
    }
    assert_int_equal(json_object_size(seen), N_ITEMS);
    json_decref(seen), json_decref(lines);
}

static int
setup(void **state)
{
    fixture_t *f = calloc(1, sizeof *f);
    f->h = harness_new("service", "stop-timeout 3s\nbatch-size 16");
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un a = { .sun_family = AF_UNIX };
    char path[400];
    snprintf(path, sizeof path, "%s/notify", f->h->dir);
    snprintf(f->log, sizeof f->log, "%s/notify.log", f->h->dir);
    if (strlen(path) >= sizeof a.sun_path)
        return -1;
    memcpy(a.sun_path, path, strlen(path) + 1);
    if (bind(fd, (struct sockaddr *)&a, sizeof a) != 0)
        return -1;
    f->reader = fork();
    if (f->reader == 0)
        read_notifications(fd, f->log);
    close(fd);
    *state = f;
    return 0;
}

static int
teardown(void **state)
{
    fixture_t *f = *state;
    kill(f->reader, SIGKILL);
    waitpid(f->reader, NULL, 0);
    harness_destroy(&f->h);
    free(f);
    return 0;
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_notify_reload_and_graceful_stop, setup, teardown),
    };
    return cmocka_run_group_tests_name("service", tests, NULL, NULL);
}
