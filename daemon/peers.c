/* SPDX-License-Identifier: MIT
 *
 * peers — see peers.h. Speaks: zmq_socket_monitor on inproc://ww-peers-<n>,
 * read through a PAIR socket: frames [u16 event, u32 value][endpoint]. */
#include "peers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "ww_alloc.h"
#include "ww_log.h"
#include "ww_zsock.h"

enum { WATCH_PULL, WATCH_ACK, WATCH_COUNT };

typedef struct {
    const char *name;   /* directive of the endpoint */
    void *pair;         /* reads the monitor's events */
    uint64_t *counter;  /* in d->stats */
    bool logged;        /* a disconnection was logged this interval */
} watch_t;

struct peers {
    daemon_t *d;
    watch_t w[WATCH_COUNT];
    ww_zmsg_t m;
};

static int
watch(peers_t *self, watch_t *w, void *sock, const char *name, uint64_t *counter)
{
    char addr[64];
    snprintf(addr, sizeof addr, "inproc://ww-peers-%s", name);
    w->name = name;
    w->counter = counter;
    if (zmq_socket_monitor(sock, addr, ZMQ_EVENT_DISCONNECTED) == -1)
        return -1;
    w->pair = zmq_socket(self->d->zctx, ZMQ_PAIR);
    if (w->pair == NULL)
        return -1;
    int zero = 0;
    zmq_setsockopt(w->pair, ZMQ_LINGER, &zero, sizeof zero);
    return zmq_connect(w->pair, addr);
}

peers_t *
peers_new(daemon_t *d)
{
    peers_t *self = ww_xcalloc(1, sizeof *self);
    self->d = d;
    if (watch(self, &self->w[WATCH_PULL], d->pull, "ingest-endpoint",
              &d->stats.disconnected_pull) == -1 ||
        watch(self, &self->w[WATCH_ACK], d->router, "ack-endpoint",
              &d->stats.disconnected_ack) == -1) {
        ww_log(WW_LOG_WARN, "peers", "no socket monitor (%s): connections ZeroMQ drops for "
               "oversized messages are not counted", zmq_strerror(zmq_errno()));
        peers_destroy(&self);
    }
    return self;
}

void
peers_destroy(peers_t **self_p)
{
    peers_t *self = *self_p;
    if (self == NULL)
        return;
    void *socks[WATCH_COUNT] = { self->d->pull, self->d->router };
    for (size_t i = 0; i < WATCH_COUNT; i++) {
        if (self->w[i].pair == NULL)
            continue;
        zmq_socket_monitor(socks[i], NULL, 0);
        zmq_close(self->w[i].pair);
    }
    ww_zmsg_free(&self->m);
    free(self);
    *self_p = NULL;
}

static void
on_disconnected(peers_t *self, watch_t *w)
{
    (*w->counter)++;
    if (w->logged)
        return;
    w->logged = true;
    long long limit = WW_WIRE_LIMIT(self->d->conf.max_item_size);
    ww_log(WW_LOG_NOTICE, "peers",
           "%s: a peer connection ended: the peer closed it, or ZeroMQ dropped it with a "
           "message over %lld bytes, which is lost (first this interval; counted in "
           "disconnected_%s)",
           w->name, limit, w == &self->w[WATCH_PULL] ? "pull" : "ack");
}

void
peers_check(peers_t *self)
{
    if (self == NULL)
        return;
    for (size_t i = 0; i < WATCH_COUNT; i++) {
        watch_t *w = &self->w[i];
        while (ww_zsock_recv(w->pair, &self->m, ZMQ_DONTWAIT) == 0) {
            uint16_t event = 0;
            if (self->m.n >= 1 && self->m.frame[0].len >= sizeof event)
                memcpy(&event, self->m.frame[0].ptr, sizeof event);
            if (event == ZMQ_EVENT_DISCONNECTED)
                on_disconnected(self, w);
        }
    }
}

void
peers_interval(peers_t *self)
{
    if (self == NULL)
        return;
    for (size_t i = 0; i < WATCH_COUNT; i++)
        self->w[i].logged = false;
}
