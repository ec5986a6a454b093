/* SPDX-License-Identifier: MIT
 *
 * stats — see stats.h. */
#include "stats.h"

#include <string.h>

#include "ww_buf.h"
#include "ww_log.h"

void
stats_reject(stats_t *s, const ww_reject_t *why)
{
    s->rejected[why->code]++;
    if (!s->seen[why->code]) {
        s->seen[why->code] = true;
        ww_log(WW_LOG_WARN, "ingest", "rejected input code=%s reason=\"%s\" (first this interval)",
               ww_reject_name(why->code), why->text);
    }
}

void
stats_log(stats_t *s, uint64_t backlog)
{
    ww_buf_t rej = WW_BUF_INIT;
    uint64_t total = 0;
    for (int i = 1; i < WW_REJECT_COUNT; i++) {
        if (s->rejected[i] == 0)
            continue;
        total += s->rejected[i];
        ww_buf_printf(&rej, " rejected_%s=%llu", ww_reject_name((ww_reject_code_t)i),
                      (unsigned long long)s->rejected[i]);
    }
    ww_log(WW_LOG_NOTICE, "stats",
           "received=%llu accepted=%llu already=%llu retry=%llu rejected=%llu published=%llu trimmed=%llu "
           "replay_requests=%llu replay_sent=%llu replay_errors=%llu redis_errors=%llu redis_lost=%llu "
           "disconnected_pull=%llu disconnected_ack=%llu backlog=%llu%s",
           (unsigned long long)s->received, (unsigned long long)s->accepted,
           (unsigned long long)s->already,           (unsigned long long)s->retry, (unsigned long long)total,
           (unsigned long long)s->published, (unsigned long long)s->trimmed,
           (unsigned long long)s->replay_requests, (unsigned long long)s->replay_sent,
           (unsigned long long)s->replay_errors,
           (unsigned long long)s->redis_errors, (unsigned long long)s->redis_lost,
           (unsigned long long)s->disconnected_pull, (unsigned long long)s->disconnected_ack,
           (unsigned long long)backlog,
           rej.ptr ? rej.ptr : "");
    ww_buf_free(&rej);
    memset(s->seen, 0, sizeof s->seen);
}
