/* SPDX-License-Identifier: MIT
 *
 * replay — see replay.h. Speaks: XRANGE P{w}:out <from>-0 <to>-0 COUNT n and
 * XRANGE P{w}:out - + COUNT 1 (the oldest kept). */
#include "replay.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "frames.h"
#include "publish.h"
#include "ww_log.h"
#include "ww_zsock.h"

#define REPLAY_BURST 64 /* requests answered per wake-up, so ingest is not starved */

typedef struct {
    const void *frames[4];
    size_t lens[4];
    size_t n_env; /* identity and delimiter */
} envelope_t;

static void
send_with(daemon_t *d, envelope_t *env, const char *topic, const ww_buf_t *msg)
{
    size_t n = env->n_env;
    env->frames[n] = topic, env->lens[n] = strlen(topic);
    env->frames[n + 1] = msg->ptr, env->lens[n + 1] = msg->len;
    if (ww_zsock_send(d->replay, env->frames, env->lens, n + 2, ZMQ_DONTWAIT) == -1)
        ww_log(WW_LOG_INFO, "replay", "answer not sent: %s", zmq_strerror(errno));
}

static uint64_t
oldest_kept(daemon_t *d)
{
    redisReply *r = ww_redis_cmdf(d->redis, "XRANGE %s - + COUNT 1", d->keys.out);
    uint64_t first = 0;
    if (r != NULL && r->type == REDIS_REPLY_ARRAY && r->elements == 1)
        first = strtoull(r->element[0]->element[0]->str, NULL, 10);
    if (r != NULL)
        freeReplyObject(r);
    return first;
}

static bool
topic_matches(const char *topic, ww_str_t prefix)
{
    return strlen(topic) >= prefix.len && memcmp(topic, prefix.p, prefix.len) == 0;
}

/* Sends the kept messages of REQ and fills END. Returns -1 if Redis failed. */
static int
answer(daemon_t *d, envelope_t *env, const ww_replay_req_t *req, uint64_t head,
       ww_replay_end_t *end)
{
    uint64_t to = req->to == 0 || req->to > head ? head : req->to;
    end->head = head;
    end->last = req->from > 0 ? req->from - 1 : 0;
    end->more = false;
    end->first = oldest_kept(d);
    if (req->from > to)
        return 0;
    redisReply *r = ww_redis_cmdf(d->redis, "XRANGE %s %llu-0 %llu-0 COUNT %d", d->keys.out,
                                  (unsigned long long)req->from, (unsigned long long)to,
                                  REPLAY_MAX);
    if (r == NULL || r->type != REDIS_REPLY_ARRAY) {
        if (r != NULL)
            freeReplyObject(r);
        return -1;
    }
    pubmsg_t msg = { 0 };
    for (size_t i = 0; i < r->elements; i++) {
        uint64_t seq;
        if (publish_assemble(r->element[i], &seq, &msg) == -1)
            continue;
        end->last = seq;
        /* Every copy whose topic matches, as live PUB sends them: an item
         * reporting an event goes out as item.* and as event.<type>. */
        for (size_t k = 0; k < msg.n; k++) {
            if (!topic_matches(msg.topic[k], req->topic))
                continue;
            send_with(d, env, msg.topic[k], &msg.body);
            d->stats.replay_sent++;
        }
    }
    if (r->elements == REPLAY_MAX && end->last < to)
        end->more = true;
    else
        end->last = to;
    ww_buf_free(&msg.body);
    freeReplyObject(r);
    return 0;
}

/* Answers one request: the kept messages and "replay.end", or "replay.error"
 * alone when the request is malformed. */
static void
handle(daemon_t *d, const ww_zmsg_t *m, uint64_t head)
{
    frames_t f;
    ww_replay_req_t req;
    ww_reject_t why;
    int rc = frames_replay(m, &f, &req, &why);
    envelope_t env;
    env.n_env = f.n_route;
    for (size_t i = 0; i < env.n_env; i++)
        env.frames[i] = m->frame[i].ptr, env.lens[i] = m->frame[i].len;
    ww_replay_end_t end = { 0, head, 0, false };
    ww_buf_t out = WW_BUF_INIT;
    if (rc == -1) {
        ww_log(WW_LOG_INFO, "replay", "bad request: %s", why.text);
        d->stats.replay_errors++;
        ww_proto_encode_replay_error(&out, why.text, head);
        send_with(d, &env, WW_TOPIC_REPLAY_ERROR, &out);
        ww_buf_free(&out);
        return;
    }
    if (!ww_redis_connected(d->redis) || answer(d, &env, &req, head, &end) == -1) {
        d->stats.redis_errors++;
        end.more = true; /* nothing sent: the client asks again */
        end.last = req.from > 0 ? req.from - 1 : 0;
    }
    ww_proto_encode_replay_end(&out, &end);
    send_with(d, &env, WW_TOPIC_REPLAY_END, &out);
    ww_buf_free(&out);
}

void
replay_on_request(daemon_t *d, uint64_t head)
{
    ww_zmsg_t m = { 0 };
    for (int i = 0; i < REPLAY_BURST; i++) {
        if (ww_zsock_recv(d->replay, &m, ZMQ_DONTWAIT) == -1)
            break;
        d->stats.replay_requests++;
        handle(d, &m, head);
    }
    ww_zmsg_free(&m);
}
