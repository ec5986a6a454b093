/* SPDX-License-Identifier: MIT
 *
 * service — wirewatchd as a systemd service (Type=notify, ww_notify.h):
 * READY=1 once the sockets are bound and Redis answers, a STATUS line every
 * stats interval, WATCHDOG=1 pings, RELOADING=1 / READY=1 around a SIGHUP
 * reload, STOPPING=1. A reload reads the config file again and applies its
 * log-level; the other directives need a restart (it says which changed). */
#ifndef WW_DAEMON_SERVICE_H
#define WW_DAEMON_SERVICE_H

#include <stdint.h>

#include "daemon.h"
#include "ww_notify.h"

typedef struct {
    ww_notify_t notify;
    const char *config;   /* the -c file (borrowed from argv); NULL: defaults */
} service_t;

void service_init(service_t *s, const char *config);
/* Each turn of the loop: READY=1 once Redis answers, the watchdog. Returns
 * the ms until it must run again. */
int64_t service_tick(service_t *s, const daemon_t *d, int64_t now_ms);
/* STATUS=<one line> from the counters and the backlog. */
void service_status(const daemon_t *d, uint64_t backlog);
/* SIGHUP: reads the config again and applies its log-level. */
void service_reload(service_t *s, daemon_t *d);
void service_stopping(void);

#endif
