/* SPDX-License-Identifier: MIT
 *
 * test_redis_restart — Redis killed with SIGKILL in the middle of a feed and
 * started again on its append-only file: the daemon and the workers
 * reconnect, the feed's unacknowledged items are resent, and every item comes
 * out. This test runs its own redis-server (AOF on, appendfsync always), not
 * the shared one of run.sh. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

#define ITEMS 4000

static pid_t
start_redis(harness_t *h, const char *sock)
{
    pid_t pid = fork();
    if (pid == 0) {
        char log[600];
        snprintf(log, sizeof log, "%s/own-redis.log", h->dir);
        execlp("redis-server", "redis-server", "--port", "0", "--unixsocket", sock, "--dir",
               h->dir, "--appendonly", "yes", "--appendfsync", "always", "--save", "",
               "--logfile", log, (char *)NULL);
        _exit(127);
    }
    struct stat st;
    for (int i = 0; i < 200 && stat(sock, &st) != 0; i++)
        harness_sleep_ms(25);
    return pid;
}

static void
test_redis_killed_and_restarted(void **state)
{
    (void)state;
    char sock[300];
    harness_t *h = harness_new("redisrestart", NULL);
    assert_non_null(h);
    snprintf(sock, sizeof sock, "%s/own-redis.sock", h->dir);
    pid_t redis = start_redis(h, sock);
    FILE *conf = fopen(h->conf, "a");
    fprintf(conf, "redis %s\nredis-timeout 500ms\n", sock);
    fclose(conf);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    const char *items = harness_write_items(h, "items.jsonl", "rr", ITEMS);
    redisFree(h->redis);
    h->redis = redisConnectUnix(sock);
    pid_t feeder = harness_start(h, "wirewatch", "feed", "--window", "10", items, NULL);
    assert_true(harness_wait_output(h, 300, 30000));
    kill(redis, SIGKILL);
    /* the feed must still be running, or the test proves nothing */
    assert_int_equal(harness_wait(h, feeder, 0), -1);
    harness_wait(h, redis, 5000);
    harness_sleep_ms(1000);
    unlink(sock);
    redis = start_redis(h, sock);
    assert_int_equal(harness_wait(h, feeder, 120000), 0);

    redisFree(h->redis);
    h->redis = redisConnectUnix(sock);
    assert_true(harness_wait_output(h, ITEMS, 60000));
    redisFree(h->redis);
    h->redis = redisConnectUnix(getenv("WW_TEST_REDIS"));
    json_t *lines = output_tail(h, 1, ITEMS, "item.new");
    char id[32];
    for (int i = 0; i < ITEMS; i++) {
        snprintf(id, sizeof id, "rr-%d", i);
        if (output_find(lines, "id", id) == NULL)
            fail_msg("%s lost", id);
    }
    json_decref(lines);
    kill(redis, SIGTERM);
    harness_wait(h, redis, 5000);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_redis_killed_and_restarted),
    };
    return cmocka_run_group_tests_name("redis_restart", tests, NULL, NULL);
}
