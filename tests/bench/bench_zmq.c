/* SPDX-License-Identifier: MIT
 *
 * bench_zmq — the ceiling ZeroMQ sets: raw PUSH/PULL and PUB/SUB of 3 KB
 * messages between two processes on this machine, over ipc:// and
 * tcp://127.0.0.1, with nothing else done per message. The receiving side
 * is a forked child; it times from its first message to its last and
 * reports through a pipe. One line per case:
 *
 *   bench_zmq pattern=push_pull transport=ipc msg_bytes=3072 sent=N received=N
 *       msgs_per_s=… MB_per_s=…
 *
 * As in the pipeline, the receiver binds for PUSH/PULL (the daemon's PULL)
 * and the publisher binds for PUB/SUB (the daemon's PUB, whose messages are
 * [topic, body]); the high-water marks are the config's defaults
 * (ingest-hwm 10000, publish-hwm 100000; the subscriber's 100000). A
 * subscriber that falls behind loses what overflows them: received < sent
 * then, and the rate is of what it got.
 * Usage: bench_zmq [MESSAGES] (default 100000). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#include "ww_zsock.h"

#define MSG_BYTES        3072
#define DEFAULT_MESSAGES 100000
#define INGEST_HWM       10000  /* ingest-hwm's default */
#define PUBLISH_HWM      100000 /* publish-hwm's default */
#define IDLE_MS          1000   /* a receiver that got nothing for this long stops */
#define SUBSCRIBE_MS     300    /* time for a subscription to reach the publisher */
#define TOPIC            "item.new"

typedef struct {
    long received;
    int64_t first_ns, last_ns;
} result_t;

static int64_t
now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The child: receives up to N messages on a PULL (binds) or SUB (connects)
 * socket, tells the parent when it is ready and what it got. */
static int
receive(bool pubsub, const char *ep, long n, int ready_fd, int result_fd)
{
    void *ctx = zmq_ctx_new();
    ww_zsock_opts_t o = { PUBLISH_HWM, pubsub ? PUBLISH_HWM : INGEST_HWM, 0, -1 };
    char err[256];
    void *s = ww_zsock_new(ctx, pubsub ? ZMQ_SUB : ZMQ_PULL, ep, !pubsub, &o, err, sizeof err);
    if (s == NULL) {
        fprintf(stderr, "bench_zmq: %s\n", err);
        return 1;
    }
    int timeout = IDLE_MS;
    zmq_setsockopt(s, ZMQ_RCVTIMEO, &timeout, sizeof timeout);
    if (pubsub)
        zmq_setsockopt(s, ZMQ_SUBSCRIBE, "item.", 5);
    char c = 'r';
    if (write(ready_fd, &c, 1) != 1)
        return 1;
    static char buf[MSG_BYTES + 64];
    result_t r = { 0, 0, 0 };
    while (r.received < n) {
        int more = 0;
        size_t more_len = sizeof more;
        do {
            if (zmq_recv(s, buf, sizeof buf, 0) == -1) {
                if (errno == EINTR)
                    continue;
                goto done; /* idle: the rest was dropped */
            }
            zmq_getsockopt(s, ZMQ_RCVMORE, &more, &more_len);
        } while (more);
        r.last_ns = now_ns();
        if (r.received++ == 0)
            r.first_ns = r.last_ns;
    }
done:
    zmq_close(s);
    zmq_ctx_term(ctx);
    return write(result_fd, &r, sizeof r) == sizeof r ? 0 : 1;
}

static int
run_case(bool pubsub, const char *transport, const char *ep, long n)
{
    int ready[2], result[2];
    if (pipe(ready) == -1 || pipe(result) == -1)
        return -1;
    pid_t pid = fork();
    if (pid == -1)
        return -1;
    if (pid == 0)
        _exit(receive(pubsub, ep, n, ready[1], result[1]));
    char c;
    if (read(ready[0], &c, 1) != 1)
        return -1;
    void *ctx = zmq_ctx_new();
    ww_zsock_opts_t o = { pubsub ? PUBLISH_HWM : INGEST_HWM, PUBLISH_HWM, 5000, -1 };
    char err[256];
    void *s = ww_zsock_new(ctx, pubsub ? ZMQ_PUB : ZMQ_PUSH, ep, pubsub, &o, err, sizeof err);
    if (s == NULL) {
        fprintf(stderr, "bench_zmq: %s\n", err);
        return -1;
    }
    if (pubsub)
        usleep(SUBSCRIBE_MS * 1000);
    static char body[MSG_BYTES];
    memset(body, 'x', sizeof body);
    for (long i = 0; i < n; i++) {
        memcpy(body, &i, sizeof i);
        if ((pubsub && zmq_send(s, TOPIC, strlen(TOPIC), ZMQ_SNDMORE) == -1) ||
            zmq_send(s, body, sizeof body, 0) == -1) {
            if (errno == EINTR) {
                i--;
                continue;
            }
            fprintf(stderr, "bench_zmq: send: %s\n", zmq_strerror(errno));
            break;
        }
    }
    result_t r = { 0, 0, 0 };
    ssize_t got = read(result[0], &r, sizeof r);
    int status;
    waitpid(pid, &status, 0);
    zmq_close(s);
    zmq_ctx_term(ctx);
    close(ready[0]), close(ready[1]), close(result[0]), close(result[1]);
    if (got != sizeof r)
        return -1;
    double secs = (double)(r.last_ns - r.first_ns) / 1e9;
    double rate = secs > 0 ? (double)(r.received - 1) / secs : 0;
    printf("bench_zmq pattern=%s transport=%s msg_bytes=%d sent=%ld received=%ld msgs_per_s=%.0f "
           "MB_per_s=%.0f\n",
           pubsub ? "pub_sub" : "push_pull", transport, MSG_BYTES, n, r.received, rate,
           rate * MSG_BYTES / 1e6);
    fflush(stdout);
    return 0;
}

int
main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : DEFAULT_MESSAGES;
    if (n <= 1) {
        fprintf(stderr, "usage: %s [MESSAGES]\n", argv[0]);
        return 64;
    }
    char ipc[128], tcp[64];
    snprintf(ipc, sizeof ipc, "ipc:///tmp/wwbench-zmq-%ld", (long)getpid());
    int rc = 0;
    for (int pubsub = 0; pubsub <= 1; pubsub++) {
        /* tcp: a port of our own, picked by the kernel through a bound probe */
        void *ctx = zmq_ctx_new();
        void *probe = zmq_socket(ctx, ZMQ_PULL);
        size_t len = sizeof tcp;
        if (zmq_bind(probe, "tcp://127.0.0.1:*") == -1 ||
            zmq_getsockopt(probe, ZMQ_LAST_ENDPOINT, tcp, &len) == -1)
            return 1;
        zmq_close(probe);
        zmq_ctx_term(ctx);
        rc |= run_case(pubsub, "ipc", ipc, n);
        rc |= run_case(pubsub, "tcp", tcp, n);
    }
    unlink(ipc + strlen("ipc://"));
    return rc == 0 ? 0 : 1;
}
