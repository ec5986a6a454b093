/* SPDX-License-Identifier: MIT
 *
 * waker — wakes the publisher the moment the output stream grows, instead
 * of letting it poll the stream every few milliseconds: a second connection
 * to Redis waits in XREAD BLOCK on the output stream past the publisher's
 * cursor, and its socket sits in the main loop's poll set. Decides nothing;
 * the publisher reads and sends as before. While the waker is away (Redis
 * down, a refused XREAD), the publisher polls as it always did. */
#ifndef WW_DAEMON_WAKER_H
#define WW_DAEMON_WAKER_H

#include <stdbool.h>
#include <stdint.h>

#include "daemon.h"

typedef struct waker waker_t;

/* A waker for D's output stream (D borrowed, must outlive it). Connects on
 * first use. Caller destroys. */
waker_t *waker_new(daemon_t *d);
void waker_destroy(waker_t **self_p);

/* Makes sure an XREAD BLOCK waits for entries past CURSOR (connecting when
 * due), and returns the socket to poll, or -1 when there is none now. */
int waker_arm(waker_t *self, uint64_t cursor, int64_t now_ms);

/* Call when the socket is readable. Returns true when the output stream has
 * grown (or the wait ended: look anyway); the waker is then disarmed. */
bool waker_fired(waker_t *self);

/* True while an XREAD waits: the publisher may poll rarely. */
bool waker_armed(const waker_t *self);

#endif
