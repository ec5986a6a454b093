/* SPDX-License-Identifier: MIT
 *
 * ww_notify — telling systemd how a service is doing (Type=notify), through
 * libsystemd's sd_notify: READY=1 once the program can do its job, STATUS=
 * a one-line summary, RELOADING=1 / READY=1 around a SIGHUP reload,
 * STOPPING=1, and WATCHDOG=1 pings at half the unit's WatchdogSec. Outside
 * systemd (no NOTIFY_SOCKET) every call does nothing. */
#ifndef WW_NOTIFY_H
#define WW_NOTIFY_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    bool ready;           /* READY=1 was sent */
    int64_t interval_ms;  /* watchdog ping interval; 0: no watchdog */
    int64_t next_ms;      /* monotonic: next ping */
} ww_notify_t;

/* Reads the watchdog interval systemd asks for (WATCHDOG_USEC). */
void ww_notify_init(ww_notify_t *n);
/* Sends READY=1 (once) with STATUS. */
void ww_notify_ready(ww_notify_t *n, const char *status);
/* Sends STATUS=<printf-style line>. */
void ww_notify_status(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Sends RELOADING=1 (a reload starts) or READY=1 (it is done). */
void ww_notify_reloading(bool done);
/* Sends STOPPING=1. */
void ww_notify_stopping(void);
/* Pings the watchdog when due. Returns the ms until the next ping (INT64_MAX
 * without a watchdog): the caller's poll must wake by then. */
int64_t ww_notify_tick(ww_notify_t *n, int64_t now_ms);

#endif
