/* SPDX-License-Identifier: MIT
 *
 * slowsub — a subscriber that cannot keep up: a SUB socket with a receive
 * high-water mark of SLOW_RCVHWM, sleeping after every message, so that the
 * daemon's PUB drops what it cannot queue for it (publish-hwm). It records
 * the seq of every message it does get; the checker fetches the rest from
 * the replay endpoint. See chaos.h. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zmq.h>

#include "chaos.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define SLOW_RCVHWM 10

static volatile sig_atomic_t stop;

static void
on_term(int sig)
{
    (void)sig;
    stop = 1;
}

int
slowsub_main(const char *endpoint, const char *out, long sleep_us)
{
    signal(SIGTERM, on_term);
    void *ctx = zmq_ctx_new();
    char err[256];
    ww_zsock_opts_t o = { 1000, SLOW_RCVHWM, 0, -1 };
    void *sub = ww_zsock_new(ctx, ZMQ_SUB, endpoint, false, &o, err, sizeof err);
    if (sub == NULL) {
        fprintf(stderr, "slow subscriber: %s\n", err);
        return 1;
    }
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "", 0);
    size_t cap = 1 << 16, n = 0;
    uint64_t *seqs = malloc(cap * sizeof *seqs);
    ww_zmsg_t m = { 0 };
    struct timespec nap = { sleep_us / 1000000, (sleep_us % 1000000) * 1000 };
    while (!stop) {
        zmq_pollitem_t pi = { sub, 0, ZMQ_POLLIN, 0 };
        if (zmq_poll(&pi, 1, 100) <= 0 || ww_zsock_recv(sub, &m, ZMQ_DONTWAIT) == -1)
            continue;
        if (m.n != 2 || strcmp(m.frame[0].ptr, WW_TOPIC_HEARTBEAT) == 0 ||
            strcmp(m.frame[0].ptr, WW_TOPIC_RESET) == 0)
            continue;
        uint64_t seq = ww_proto_seq((const uint8_t *)m.frame[1].ptr, m.frame[1].len);
        if (seq == 0)
            continue;
        if (n == cap)
            seqs = realloc(seqs, (cap *= 2) * sizeof *seqs);
        seqs[n++] = seq;
        nanosleep(&nap, NULL);
    }
    FILE *f = fopen(out, "w");
    for (size_t i = 0; f != NULL && i < n; i++)
        fprintf(f, "%llu\n", (unsigned long long)seqs[i]);
    if (f != NULL)
        fclose(f);
    free(seqs);
    ww_zmsg_free(&m);
    zmq_close(sub);
    zmq_ctx_term(ctx);
    return f != NULL ? 0 : 1;
}
