/* SPDX-License-Identifier: MIT
 *
 * ww_zsock — creates ZeroMQ sockets with every option set explicitly (HWM,
 * LINGER, MAXMSGSIZE) instead of trusting libzmq's defaults, and sends or
 * receives multipart messages as arrays of frames. */
#ifndef WW_ZSOCK_H
#define WW_ZSOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ww_buf.h"

typedef struct {
    int sndhwm;        /* 0 = unlimited */
    int rcvhwm;
    int linger_ms;     /* how long close waits for unsent messages */
    int64_t maxmsgsize; /* -1 = unlimited; larger inbound messages drop the peer */
} ww_zsock_opts_t;

/* Creates a socket of TYPE, applies OPTS, then binds (BIND) or connects to
 * ENDPOINT. Returns the socket (caller closes with zmq_close), or NULL with the
 * reason in ERR. */
void *ww_zsock_new(void *ctx, int type, const char *endpoint, bool bind,
                   const ww_zsock_opts_t *opts, char *err, size_t errlen);
/* The two halves of ww_zsock_new, for a socket that needs more options (its
 * security: ww_curve.h) before it binds or connects. ww_zsock_open returns
 * the socket (caller closes) or NULL with ERR; ww_zsock_attach returns 0, or
 * -1 with ERR (the socket stays open: the caller closes it). */
void *ww_zsock_open(void *ctx, int type, const ww_zsock_opts_t *opts, char *err, size_t errlen);
int ww_zsock_attach(void *sock, const char *endpoint, bool bind, char *err, size_t errlen);

#define WW_ZSOCK_MAX_FRAMES 8

typedef struct {
    size_t n;                            /* frames received */
    ww_buf_t frame[WW_ZSOCK_MAX_FRAMES]; /* owned; reused between calls */
    bool truncated;                      /* more frames than WW_ZSOCK_MAX_FRAMES: rest dropped */
} ww_zmsg_t;

/* Receives one whole multipart message into MSG (frames past the limit are read
 * and discarded, and MSG->truncated is set). FLAGS as for zmq_msg_recv
 * (ZMQ_DONTWAIT). Returns 0, or -1 with errno (EAGAIN, EINTR, ETERM). */
int ww_zsock_recv(void *sock, ww_zmsg_t *msg, int flags);
/* Sends N frames as one message. Returns 0 or -1 with errno. */
int ww_zsock_send(void *sock, const void *const *frames, const size_t *lens, size_t n,
                  int flags);
void ww_zmsg_free(ww_zmsg_t *msg);

#endif
