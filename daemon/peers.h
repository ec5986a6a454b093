/* SPDX-License-Identifier: MIT
 *
 * peers — what ZeroMQ does on the ingest sockets behind the daemon's back. A
 * message over the socket limit (WW_WIRE_LIMIT of max-item-size) never
 * reaches the daemon: ZeroMQ drops it together with the connection that
 * carried it. A socket monitor on the PULL and ROUTER sockets sees every
 * dropped connection; each is counted (disconnected_pull, disconnected_ack)
 * and the first of each interval is logged, so that an oversized item leaves
 * a trace. ZeroMQ reports a peer that closed its connection the same way, so
 * the count is an upper bound of the drops. */
#ifndef WW_DAEMON_PEERS_H
#define WW_DAEMON_PEERS_H

#include "daemon.h"

typedef struct peers peers_t;

/* Monitors D->pull and D->router (borrowed; destroy this before closing
 * them). Returns NULL, after logging why, when ZeroMQ refuses a monitor:
 * the daemon then runs without. */
peers_t *peers_new(daemon_t *d);
void peers_destroy(peers_t **self_p);
/* Reads the events waiting, counts and logs them. Never blocks. */
void peers_check(peers_t *self);
/* A new stats interval: the next disconnection is logged again. */
void peers_interval(peers_t *self);

#endif
