/* SPDX-License-Identifier: MIT
 *
 * lock — one wirewatchd per configuration. Two daemons can share one in two
 * ways, so there are two checks:
 *   - the same key prefix on one Redis, from any host: P{w}:lock holds
 *     "host=H pid=P id=R" of the daemon that runs, with an expiry of
 *     LOCK_TTL_MS that it renews every LOCK_RENEW_MS (lock.lua);
 *   - the same ipc:// endpoint on one host: binding an ipc:// endpoint
 *     replaces its socket file and silently cuts off the process listening
 *     on it, so a socket file that accepts a connection is refused.
 * A lock left by a daemon that died on this host (its pid gone, or no longer
 * a wirewatchd) is taken over at once; one left on another host expires.
 * Decides nothing else: main.c logs and exits. */
#ifndef WW_DAEMON_LOCK_H
#define WW_DAEMON_LOCK_H

#include <stddef.h>
#include <stdint.h>

#include "daemon.h"

#define LOCK_TTL_MS 10000  /* a lock its holder stopped renewing frees itself */
#define LOCK_RENEW_MS 2000 /* five renewals fit in the expiry */

/* The script, embedded from daemon/lock.lua. */
extern const char ww_lua_lock[];

typedef enum {
    LOCK_HELD,  /* ours (taken or renewed) */
    LOCK_BUSY,  /* another daemon holds it: one seen running on this host */
    LOCK_AWAY,  /* another daemon holds it, from another host: if that one is
                 * gone, the lock frees itself within LOCK_TTL_MS */
    LOCK_ERROR, /* Redis failed: the connection is closed */
} lock_verdict_t;

/* Takes or renews the lock now. On LOCK_BUSY and LOCK_AWAY writes "host H
 * pid P" of the holder into WHO. */
lock_verdict_t lock_take(daemon_t *d, char *who, size_t wholen);
/* Renews the lock when due (LOCK_HELD when not due). Same verdicts. */
lock_verdict_t lock_keep(daemon_t *d, int64_t now_ms, char *who, size_t wholen);
/* Releases the lock if it is ours. */
void lock_release(daemon_t *d);
/* Returns 0 when ENDPOINT is not an ipc:// path or nothing accepts a
 * connection on it (a file left by a dead process may be replaced), -1 when
 * a process listens on it. */
int lock_check_ipc(const char *endpoint);

#endif
