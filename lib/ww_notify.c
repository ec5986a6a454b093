/* SPDX-License-Identifier: MIT
 *
 * ww_notify — see ww_notify.h. */
#include "ww_notify.h"

#include <stdarg.h>
#include <stdio.h>
#include <systemd/sd-daemon.h>

void
ww_notify_init(ww_notify_t *n)
{
    uint64_t usec = 0;
    n->ready = false;
    n->interval_ms = sd_watchdog_enabled(0, &usec) > 0 ? (int64_t)(usec / 2000) : 0;
    if (n->interval_ms == 0 && usec > 0)
        n->interval_ms = 1;
    n->next_ms = 0;
}

void
ww_notify_ready(ww_notify_t *n, const char *status)
{
    if (n->ready)
        return;
    n->ready = true;
    sd_notifyf(0, "READY=1\nSTATUS=%s", status);
}

void
ww_notify_status(const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    sd_notifyf(0, "STATUS=%s", line);
}

void
ww_notify_reloading(bool done)
{
    sd_notify(0, done ? "READY=1" : "RELOADING=1");
}

void
ww_notify_stopping(void)
{
    sd_notify(0, "STOPPING=1");
}

int64_t
ww_notify_tick(ww_notify_t *n, int64_t now_ms)
{
    if (n->interval_ms == 0)
        return INT64_MAX;
    if (now_ms >= n->next_ms) {
        sd_notify(0, "WATCHDOG=1");
        n->next_ms = now_ms + n->interval_ms;
    }
    return n->next_ms - now_ms;
}
