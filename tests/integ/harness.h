/* SPDX-License-Identifier: MIT
 *
 * harness — what every integration test needs: its own temporary directory,
 * its own ipc:// endpoints and Redis key prefix, a config file naming them,
 * the real programs of build/bin started as child processes, and a Redis
 * connection to check what they did. The redis-server is the one
 * tests/integ/run.sh started (WW_TEST_REDIS). Every wait has a timeout. */
#ifndef WW_TESTS_INTEG_HARNESS_H
#define WW_TESTS_INTEG_HARNESS_H

#include <hiredis/hiredis.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "ww_buf.h"
#include "ww_keys.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define HARNESS_MAX_CHILDREN 256 /* the chaos run restarts processes many times */

typedef struct {
    char dir[256];        /* temporary directory of this test */
    char conf[300];       /* its config file */
    char prefix[128];     /* its key prefix */
    char redis_path[256];
    char bindir[300];     /* where the programs are: build/bin unless a test installs them */
    ww_keys_t keys;
    redisContext *redis;
    pid_t child[HARNESS_MAX_CHILDREN];
    size_t n_children;
} harness_t;

/* Sets up a test named NAME; EXTRA_CONF lines (may be NULL) are appended to
 * the config. Returns NULL (and prints why) when WW_TEST_REDIS is not set. */
harness_t *harness_new(const char *name, const char *extra_conf);
/* Kills what is still running, removes the directory and the test's keys. */
void harness_destroy(harness_t **self_p);
/* The same as a cmocka teardown: *STATE is the test's harness (or NULL), so
 * that a test failing half-way still stops what it started. */
int harness_teardown(void **state);

/* Starts BINDIR/PROG [SUB] -c conf [ARGS…] (NULL-terminated; SUB may be
 * NULL), stdout and stderr to DIR/PROG-N.log. Returns the pid. */
pid_t harness_start(harness_t *self, const char *prog, const char *sub, ...);
/* Sends SIG to PID and waits for it (up to 10 s, then SIGKILL). Returns its
 * exit status, or 128 + signal. */
int harness_stop(harness_t *self, pid_t pid, int sig);
/* Runs build/bin/wirewatch with ARGS (NULL-terminated; "-c conf" added after
 * the subcommand), stdout captured into OUT. Returns the exit status. */
int harness_client(harness_t *self, ww_buf_t *out, const char *sub, ...);
/* Waits until PID exits (up to TIMEOUT_MS). Returns its exit status, or -1. */
int harness_wait(harness_t *self, pid_t pid, int timeout_ms);

/* Runs a Redis command on the test's connection (printf-style, hiredis). */
redisReply *harness_redis(harness_t *self, const char *fmt, ...);
/* Waits until the output stream holds N entries. Returns true if it did. */
bool harness_wait_output(harness_t *self, long long n, int timeout_ms);
/* Waits until the input stream is empty (every item committed) and the
 * output holds at least AT_LEAST entries. Returns the output's length, or -1
 * when that did not happen within TIMEOUT_MS. */
long long harness_settle(harness_t *self, long long at_least, int timeout_ms);
/* Writes N JSON Lines items with ids PREFIX-0..N-1 and distinct texts to FILE
 * in the test's directory; returns its path (static buffer). */
const char *harness_write_items(harness_t *self, const char *file, const char *prefix, int n);
void harness_sleep_ms(int ms);
/* Connects a ZeroMQ socket of TYPE to the test's endpoint NAME ("ingest",
 * "ack", "pub", "replay"), HWM 1000, linger 1 s. Caller closes. */
void *harness_connect(harness_t *self, void *ctx, int type, const char *name);


/* Starts a redis-server of the test's own on the unix socket DIR/own-redis.sock:
 * with AOF (appendfsync always) when AOF, else with no persistence at all (a
 * restart comes back empty). Waits for its socket, points the config (a
 * later `redis` line wins) and the test's connection at it. Returns the pid. */
pid_t harness_own_redis(harness_t *self, bool aof);
/* The same, without persistence, with the users of ACLFILE (redis-server
 * --aclfile): the test's connection is then the default user's. */
pid_t harness_own_redis_acl(harness_t *self, const char *aclfile);
/* Starts PROG [SUB] like harness_start, with its stdout into DIR/OUT (stderr
 * to its log). */
pid_t harness_start_out(harness_t *self, const char *out, const char *prog, const char *sub,
                        ...);
/* Reads DIR/NAME into OUT (appended). Returns 0, or -1 when it cannot. */
int harness_read(harness_t *self, const char *name, ww_buf_t *out);
/* True when a log of PROG (DIR/PROG-*.log) contains NEEDLE. */
bool harness_log_has(harness_t *self, const char *prog, const char *needle);

/* Encodes a raw item into OUT (appended): SOURCE and ID (NULL: no id), a
 * title naming them and BODY as the text. */
void harness_item(ww_buf_t *out, const char *source, const char *id, const char *body);
/* Sends ITEM on a DEALER connected to "ack" as [token][item] and waits up to
 * TIMEOUT_MS for the answer, decoded into *ACK (its strings borrow from M).
 * Returns 0, or -1 when nothing (or something undecodable) came back. */
int harness_ack(void *dealer, const ww_buf_t *item, int timeout_ms, ww_zmsg_t *m,
                ww_ack_t *ack);

#endif
