/* SPDX-License-Identifier: MIT
 *
 * commit — see commit.h. Speaks: EVALSHA commit.lua with KEYS in, seq, out,
 * dlq and one exact-duplicate key per entry (all under the {w} tag). */
#include "commit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"
#include "ww_log.h"

#define FIXED_KEYS 4
#define FIXED_ARGS 4
#define ARGS_PER_ENTRY 6

int
commit_batch(worker_t *w, result_t *results, size_t n)
{
    if (n == 0)
        return 0;
    size_t argc = FIXED_KEYS + n + FIXED_ARGS + n * ARGS_PER_ENTRY;
    const char **argv = ww_xcalloc(argc, sizeof *argv);
    size_t *lens = ww_xcalloc(argc, sizeof *lens);
    char (*keys)[160] = ww_xcalloc(n, sizeof *keys);
    char outmax[32], dlqmax[32], ttl[32];
    snprintf(outmax, sizeof outmax, "%lld", w->conf.output_maxlen);
    snprintf(dlqmax, sizeof dlqmax, "%lld", w->conf.deadletter_maxlen);
    snprintf(ttl, sizeof ttl, "%lld", w->conf.dedup_retention);
    size_t a = 0;
    argv[a++] = w->keys.in;
    argv[a++] = w->keys.seq;
    argv[a++] = w->keys.out;
    argv[a++] = w->keys.dlq;
    for (size_t i = 0; i < n; i++) {
        /* A dead letter has no hash; its key slot names a key never written. */
        snprintf(keys[i], sizeof keys[i], "%s%s", w->keys.exact,
                 results[i].dead ? "none" : results[i].hash);
        argv[a++] = keys[i];
    }
    argv[a++] = WW_GROUP;
    argv[a++] = outmax;
    argv[a++] = dlqmax;
    argv[a++] = ttl;
    for (size_t i = 0; i < a; i++)
        lens[i] = strlen(argv[i]);
    for (size_t i = 0; i < n; i++) {
        const result_t *r = &results[i];
        const char *raw = r->dead && r->entry->raw.ptr ? r->entry->raw.ptr : "";
        size_t raw_len = r->dead ? r->entry->raw.len : 0;
        if (raw_len > WW_DEAD_RAW_MAX)
            raw_len = WW_DEAD_RAW_MAX;
        const char *vals[ARGS_PER_ENTRY] = { r->entry->id, r->dead ? "dead" : "item", r->ident,
                                             r->msg.ptr, raw, r->dead ? r->reason : "" };
        size_t vlens[ARGS_PER_ENTRY] = { strlen(vals[0]), strlen(vals[1]), strlen(vals[2]),
                                         r->msg.len, raw_len, strlen(vals[5]) };
        for (size_t j = 0; j < ARGS_PER_ENTRY; j++, a++)
            argv[a] = vals[j], lens[a] = vlens[j];
    }
    redisReply *rep = ww_redis_eval(w->redis, &w->scripts[SCRIPT_COMMIT], (int)(FIXED_KEYS + n),
                                    (int)argc, argv, lens);
    int rc = -1;
    if (rep != NULL && rep->type == REDIS_REPLY_ARRAY && rep->elements == n) {
        for (size_t i = 0; i < n; i++)
            results[i].seq = (uint64_t)rep->element[i]->integer;
        rc = 0;
    } else if (rep != NULL) {
        ww_log(WW_LOG_ERROR, "commit", "commit script failed: %s",
               rep->type == REDIS_REPLY_ERROR ? rep->str : "unexpected reply");
    }
    if (rep != NULL)
        freeReplyObject(rep);
    free(argv);
    free(lens);
    free(keys);
    return rc;
}
