/* SPDX-License-Identifier: MIT
 *
 * service — see service.h. */
#include "service.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ww_log.h"

void
service_init(service_t *s, const char *config)
{
    ww_notify_init(&s->notify);
    s->config = config;
}

int64_t
service_tick(service_t *s, const daemon_t *d, int64_t now_ms)
{
    if (!s->notify.ready && ww_redis_connected(d->redis)) {
        ww_notify_ready(&s->notify, "serving; Redis answers");
        ww_log(WW_LOG_INFO, "main", "ready: sockets bound, Redis answers");
    }
    return ww_notify_tick(&s->notify, now_ms);
}

void
service_status(const daemon_t *d, uint64_t backlog)
{
    const stats_t *st = &d->stats;
    ww_notify_status("accepted=%llu published=%llu items, %llu dead; backlog=%llu; redis %s",
                     (unsigned long long)st->accepted, (unsigned long long)st->out.items,
                     (unsigned long long)(st->out.messages - st->out.items - st->out.updates),
                     (unsigned long long)backlog,
                     ww_redis_connected(d->redis) ? "up" : "DOWN");
}

/* Names the directives whose value differs between A and B (not applied). */
static void
changed(const ww_conf_t *a, const ww_conf_t *b, char *out, size_t len)
{
    char *x = NULL, *y = NULL;
    size_t xn = 0, yn = 0;
    FILE *fa = open_memstream(&x, &xn), *fb = open_memstream(&y, &yn);
    ww_conf_dump(a, fa);
    ww_conf_dump(b, fb);
    fclose(fa);
    fclose(fb);
    out[0] = '\0';
    size_t used = 0;
    char *sa = NULL, *sb = NULL;
    for (char *la = strtok_r(x, "\n", &sa), *lb = strtok_r(y, "\n", &sb); la && lb;
         la = strtok_r(NULL, "\n", &sa), lb = strtok_r(NULL, "\n", &sb)) {
        if (strcmp(la, lb) != 0 && strncmp(la, "log-level ", 10) != 0 && used < len)
            used += (size_t)snprintf(out + used, len - used, " %.*s", (int)strcspn(la, " "),
                                     la);
    }
    free(x);
    free(y);
}

void
service_reload(service_t *s, daemon_t *d)
{
    ww_notify_reloading(false);
    ww_conf_t fresh;
    char err[512] = "";
    if (ww_conf_load(&fresh, s->config, err, sizeof err) == -1) {
        ww_log(WW_LOG_ERROR, "main", "reload: %s (nothing changed)", err);
    } else {
        char others[512];
        changed(&d->conf, &fresh, others, sizeof others);
        free(d->conf.log_level);
        d->conf.log_level = fresh.log_level;
        fresh.log_level = NULL;
        ww_log(WW_LOG_NOTICE, "main", "reloaded %s: log-level=%s%s%s",
               s->config ? s->config : "(defaults)", d->conf.log_level,
               others[0] ? "; needs a restart to apply:" : "", others);
    }
    ww_conf_free(&fresh);
    ww_notify_reloading(true);
}

void
service_stopping(void)
{
    ww_notify_stopping();
}
