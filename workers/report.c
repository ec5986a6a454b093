/* SPDX-License-Identifier: MIT
 *
 * report — see report.h. Speaks: HSET P{w}:w:<name> field value ... and
 * PEXPIRE (pipelined); DEL on a clean stop. */
#include "report.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ww_clock.h"

#define REPORT_TTL_MIN_MS 60000 /* a silent worker stays visible this long at least */
#define REPORT_TTL_BEATS 10     /* ... or ten heartbeats */

typedef struct {
    const char *name;
    size_t offset;
} counter_t;

/* Every counter of worker_stats_t, under the name the metrics use. */
static const counter_t counters[] = {
    { "read", offsetof(worker_stats_t, read) },
    { "claimed", offsetof(worker_stats_t, claimed) },
    { "committed", offsetof(worker_stats_t, committed) },
    { "exact", offsetof(worker_stats_t, exact) },
    { "near", offsetof(worker_stats_t, near) },
    { "dead", offsetof(worker_stats_t, dead) },
    { "lost_race", offsetof(worker_stats_t, lost_race) },
    { "candidates", offsetof(worker_stats_t, candidates) },
    { "conflicts", offsetof(worker_stats_t, conflicts) },
    { "stale", offsetof(worker_stats_t, stale) },
    { "log_records", offsetof(worker_stats_t, log_records) },
    { "log_newer", offsetof(worker_stats_t, log_newer) },
    { "events", offsetof(worker_stats_t, events) },
    { "redis_errors", offsetof(worker_stats_t, redis_errors) },
};
#define N_COUNTERS (sizeof counters / sizeof counters[0])
#define N_FIXED 3 /* pid, started, hb */

void
report_init(report_t *r)
{
    r->next_ms = 0;
    r->started_ms = ww_clock_wall_ms();
}

static void
key_of(const worker_t *w, char *key, size_t len)
{
    snprintf(key, len, "%s%s", w->keys.workers, w->name);
}

void
report_tick(worker_t *w, report_t *r, int64_t now_ms)
{
    if (now_ms < r->next_ms || !ww_redis_connected(w->redis))
        return;
    r->next_ms = now_ms + w->conf.heartbeat;
    char key[300], values[N_COUNTERS + N_FIXED][24], ttl[24];
    const char *argv[2 + 2 * (N_COUNTERS + N_FIXED)];
    int argc = 0;
    key_of(w, key, sizeof key);
    argv[argc++] = "HSET";
    argv[argc++] = key;
    for (size_t i = 0; i < N_COUNTERS; i++) {
        const uint64_t *v = (const uint64_t *)(const void *)((const char *)&w->stats +
                                                             counters[i].offset);
        snprintf(values[i], sizeof values[i], "%llu", (unsigned long long)*v);
        argv[argc++] = counters[i].name;
        argv[argc++] = values[i];
    }
    static const char *const fixed[N_FIXED] = { "pid", "started", "hb" };
    long long fixed_v[N_FIXED] = { (long long)getpid(), (long long)r->started_ms,
                                   (long long)ww_clock_wall_ms() };
    for (size_t i = 0; i < N_FIXED; i++) {
        snprintf(values[N_COUNTERS + i], sizeof values[0], "%lld", fixed_v[i]);
        argv[argc++] = fixed[i];
        argv[argc++] = values[N_COUNTERS + i];
    }
    long long beats = w->conf.heartbeat * REPORT_TTL_BEATS;
    snprintf(ttl, sizeof ttl, "%lld", beats > REPORT_TTL_MIN_MS ? beats : REPORT_TTL_MIN_MS);
    const char *expire[3] = { "PEXPIRE", key, ttl };
    if (ww_redis_append(w->redis, argc, argv, NULL) == -1 ||
        ww_redis_append(w->redis, 3, expire, NULL) == -1) {
        w->stats.redis_errors++;
        return;
    }
    for (int i = 0; i < 2; i++) {
        redisReply *rep = ww_redis_reply(w->redis);
        if (rep == NULL || rep->type == REDIS_REPLY_ERROR)
            w->stats.redis_errors++;
        if (rep != NULL)
            freeReplyObject(rep);
        if (rep == NULL)
            return;
    }
}

void
report_remove(worker_t *w)
{
    if (!ww_redis_connected(w->redis))
        return;
    char key[300];
    key_of(w, key, sizeof key);
    redisReply *rep = ww_redis_cmdf(w->redis, "DEL %s", key);
    if (rep != NULL)
        freeReplyObject(rep);
}
