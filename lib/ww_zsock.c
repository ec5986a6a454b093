/* SPDX-License-Identifier: MIT
 *
 * ww_zsock — see ww_zsock.h. */
#include "ww_zsock.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <zmq.h>

void *
ww_zsock_open(void *ctx, int type, const ww_zsock_opts_t *opts, char *err, size_t errlen)
{
    void *s = zmq_socket(ctx, type);
    if (s == NULL) {
        snprintf(err, errlen, "zmq_socket: %s", zmq_strerror(errno));
        return NULL;
    }
    int rc = zmq_setsockopt(s, ZMQ_SNDHWM, &opts->sndhwm, sizeof opts->sndhwm);
    rc |= zmq_setsockopt(s, ZMQ_RCVHWM, &opts->rcvhwm, sizeof opts->rcvhwm);
    rc |= zmq_setsockopt(s, ZMQ_LINGER, &opts->linger_ms, sizeof opts->linger_ms);
    rc |= zmq_setsockopt(s, ZMQ_MAXMSGSIZE, &opts->maxmsgsize, sizeof opts->maxmsgsize);
    if (rc != 0) {
        snprintf(err, errlen, "zmq_setsockopt: %s", zmq_strerror(errno));
        zmq_close(s);
        return NULL;
    }
    return s;
}

int
ww_zsock_attach(void *sock, const char *endpoint, bool bind, char *err, size_t errlen)
{
    if ((bind ? zmq_bind(sock, endpoint) : zmq_connect(sock, endpoint)) == 0)
        return 0;
    snprintf(err, errlen, "%s %s: %s", bind ? "bind" : "connect", endpoint, zmq_strerror(errno));
    return -1;
}

void *
ww_zsock_new(void *ctx, int type, const char *endpoint, bool bind,
             const ww_zsock_opts_t *opts, char *err, size_t errlen)
{
    void *s = ww_zsock_open(ctx, type, opts, err, errlen);
    if (s != NULL && ww_zsock_attach(s, endpoint, bind, err, errlen) == -1) {
        zmq_close(s);
        return NULL;
    }
    return s;
}

int
ww_zsock_recv(void *sock, ww_zmsg_t *msg, int flags)
{
    msg->n = 0;
    msg->truncated = false;
    int more = 1;
    while (more) {
        zmq_msg_t part;
        zmq_msg_init(&part);
        /* Only the first frame may fail with EAGAIN: the rest of a message
         * arrives atomically with it. */
        if (zmq_msg_recv(&part, sock, msg->n == 0 && !msg->truncated ? flags : 0) == -1) {
            int saved = errno;
            zmq_msg_close(&part);
            errno = saved;
            return -1;
        }
        if (msg->n < WW_ZSOCK_MAX_FRAMES) {
            ww_buf_t *f = &msg->frame[msg->n++];
            ww_buf_reset(f);
            ww_buf_append(f, zmq_msg_data(&part), zmq_msg_size(&part));
        } else {
            msg->truncated = true;
        }
        more = zmq_msg_more(&part);
        zmq_msg_close(&part);
    }
    return 0;
}

int
ww_zsock_send(void *sock, const void *const *frames, const size_t *lens, size_t n, int flags)
{
    for (size_t i = 0; i < n; i++) {
        int f = flags | (i + 1 < n ? ZMQ_SNDMORE : 0);
        if (zmq_send(sock, frames[i], lens[i], f) == -1)
            return -1;
    }
    return 0;
}

void
ww_zmsg_free(ww_zmsg_t *msg)
{
    for (size_t i = 0; i < WW_ZSOCK_MAX_FRAMES; i++)
        ww_buf_free(&msg->frame[i]);
    msg->n = 0;
}
