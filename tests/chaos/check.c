/* SPDX-License-Identifier: MIT
 *
 * check — what came out of a chaos run, against what went in (chaos.h).
 * Reads the output stream (every publication seq, and for each item its id
 * and ingest seq), the Redis counters, the slow subscriber's record of what
 * PUB gave it (the rest fetched from the replay endpoint) and what `wirewatch
 * tail --from 1` prints, and says:
 *   - acknowledged items: each published exactly once, with the ingest seq
 *     its ack named;
 *   - journaled items (every ingest seq, from either endpoint): each
 *     published exactly once;
 *   - PUSHed items: published at most once; those that never reached Redis
 *     (fire and forget: lost in a PUSH queue or in the daemon's read batch
 *     when it was killed) are counted, not promised;
 *   - publication seqs 1..seq without a gap, on PUB + replay as in Redis;
 *   - nothing left queued or pending;
 *   - the counters agree (ingest and publication counters, the publisher's
 *     cursor, the dead-letter stream; the stats lines are printed).
 * Each failed check prints "FAIL: ..." and counts one. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "chaos.h"
#include "output.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define XRANGE_COUNT 5000
#define REPLAY_WAIT_MS 10000

typedef struct {
    long long seq, iseq, pub, len_out, len_in, pending, len_dlq;
    unsigned char *iseq_seen;  /* per ingest seq: times published as an item */
    unsigned char *ack_seen, *push_seen;
    uint64_t *ack_out_iseq;    /* the ingest seq an ack item was published with */
    long items, dead, updates, unknown, gaps, bad_entries;
} out_t;

static int failed;

static void
verdict(bool ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
verdict(bool ok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("check: %s", ok ? "ok   " : "FAIL ");
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    failed += !ok;
}

static long long
redis_num(harness_t *h, const char *fmt, const char *key)
{
    redisReply *r = harness_redis(h, fmt, key);
    long long v = -1;
    if (r != NULL && r->type == REDIS_REPLY_INTEGER)
        v = r->integer;
    else if (r != NULL && r->type == REDIS_REPLY_STRING)
        v = atoll(r->str);
    else if (r != NULL && r->type == REDIS_REPLY_ARRAY && r->elements > 0 &&
             r->element[0]->type == REDIS_REPLY_INTEGER)
        v = r->element[0]->integer;
    if (r != NULL)
        freeReplyObject(r);
    return v;
}

static void
take_item(out_t *o, const fed_t *fed, const char *m, size_t len)
{
    msgpack_unpacked u;
    ww_reject_t why;
    if (ww_proto_unpack((const uint8_t *)m, len, &u, &why) == -1) {
        o->bad_entries++;
        return;
    }
    const msgpack_object *id = ww_proto_get(&u.data, "id");
    const msgpack_object *is = ww_proto_get(&u.data, "ingest_seq");
    char name[64] = "";
    if (id != NULL && id->type == MSGPACK_OBJECT_STR && id->via.str.size < sizeof name)
        memcpy(name, id->via.str.ptr, id->via.str.size), name[id->via.str.size] = '\0';
    uint64_t iseq = is != NULL && is->type == MSGPACK_OBJECT_POSITIVE_INTEGER ? is->via.u64 : 0;
    if (iseq >= 1 && iseq <= (uint64_t)o->iseq) {
        if (o->iseq_seen[iseq] < 255)
            o->iseq_seen[iseq]++;
    } else {
        o->bad_entries++;
    }
    long k;
    char tail;
    if (sscanf(name, "ack-%ld%c", &k, &tail) == 1 && k >= 0 && k < fed->n_ack) {
        if (o->ack_seen[k] < 255)
            o->ack_seen[k]++;
        o->ack_out_iseq[k] = iseq;
    } else if (sscanf(name, "push-%ld%c", &k, &tail) == 1 && k >= 0 && k < fed->n_push) {
        if (o->push_seen[k] < 255)
            o->push_seen[k]++;
    } else {
        o->unknown++;
    }
    msgpack_unpacked_destroy(&u);
}

/* Reads the whole output stream, XRANGE_COUNT entries at a time. */
static void
read_output(harness_t *h, const fed_t *fed, out_t *o)
{
    long long next = 1;
    for (;;) {
        redisReply *r = harness_redis(h, "XRANGE %s %lld-0 + COUNT %d", h->keys.out, next,
                                      XRANGE_COUNT);
        if (r == NULL || r->type != REDIS_REPLY_ARRAY || r->elements == 0) {
            if (r != NULL)
                freeReplyObject(r);
            return;
        }
        for (size_t i = 0; i < r->elements; i++) {
            long long seq = atoll(r->element[i]->element[0]->str);
            if (seq != next)
                o->gaps++;
            next = seq + 1;
            redisReply *f = r->element[i]->element[1];
            const char *kind = NULL, *m = NULL;
            size_t mlen = 0;
            for (size_t j = 0; j + 1 < f->elements; j += 2) {
                if (strcmp(f->element[j]->str, "k") == 0)
                    kind = f->element[j + 1]->str;
                else if (strcmp(f->element[j]->str, "m") == 0)
                    m = f->element[j + 1]->str, mlen = f->element[j + 1]->len;
            }
            if (kind != NULL && strcmp(kind, "item") == 0 && m != NULL)
                o->items++, take_item(o, fed, m, mlen);
            else if (kind != NULL && strcmp(kind, "dead") == 0)
                o->dead++;
            else if (kind != NULL && strcmp(kind, "update") == 0)
                o->updates++;
            else
                o->bad_entries++;
        }
        freeReplyObject(r);
    }
}

static void
check_items(const fed_t *fed, const out_t *o, long *lost, long *dup)
{
    long acked = 0, ack_lost = 0, ack_dup = 0, ack_wrong = 0;
    for (long i = 0; i < fed->n_ack; i++) {
        if (fed->ack_seq[i] == 0) {
            ack_dup += o->ack_seen[i] > 1;
            continue;
        }
        acked++;
        ack_lost += o->ack_seen[i] == 0;
        ack_dup += o->ack_seen[i] > 1;
        ack_wrong += o->ack_seen[i] == 1 && o->ack_out_iseq[i] != fed->ack_seq[i];
    }
    verdict(acked == fed->n_ack && ack_lost == 0 && ack_dup == 0 && ack_wrong == 0,
            "acknowledged items: %ld of %ld acknowledged; published exactly once: %ld "
            "(lost %ld, duplicated %ld, with another ingest seq than the ack said %ld; "
            "ok answers that disagreed %ld)",
            acked, fed->n_ack, acked - ack_lost - ack_dup, ack_lost, ack_dup, ack_wrong,
            fed->ack_mismatch);
    long j_missing = 0, j_dup = 0;
    for (long long s = 1; s <= o->iseq; s++)
        j_missing += o->iseq_seen[s] == 0, j_dup += o->iseq_seen[s] > 1;
    verdict(j_missing == 0 && j_dup == 0 && o->bad_entries == 0,
            "journaled items (ingest seqs 1..%lld, both endpoints): each published exactly "
            "once (lost %ld, duplicated %ld, undecodable entries %ld)",
            o->iseq, j_missing, j_dup, o->bad_entries);
    long p_pub = 0, p_dup = 0;
    for (long i = 0; i < fed->n_push; i++)
        p_pub += o->push_seen[i] >= 1, p_dup += o->push_seen[i] > 1;
    verdict(p_dup == 0 && fed->push_sent == fed->n_push,
            "PUSHed items: %ld sent, %ld published once, %ld twice or more; %ld never reached "
            "Redis (fire and forget: a PUSH queue or a read batch lost with a killed daemon)",
            fed->push_sent, p_pub - p_dup, p_dup, fed->push_sent - p_pub);
    verdict(o->unknown == 0 && o->items == o->iseq,
            "items in the output stream: %ld, ingest counter %lld, items not fed %ld", o->items,
            o->iseq, o->unknown);
    *lost = ack_lost + j_missing;
    *dup = ack_dup + j_dup + p_dup;
}

static void
check_counters(harness_t *h, const out_t *o)
{
    verdict(o->gaps == 0 && o->len_out == o->seq,
            "publication seqs: 1..%lld in the output stream without a gap (%ld gaps; %lld "
            "entries: %ld items, %ld dead letters, %ld event updates)",
            o->seq, o->gaps, o->len_out, o->items, o->dead, o->updates);
    verdict(o->pub == o->seq, "publisher's cursor %lld = last seq %lld", o->pub, o->seq);
    verdict(o->len_in == 0 && o->pending == 0,
            "nothing left: input stream length %lld, pending entries (XPENDING) %lld",
            o->len_in, o->pending);
    verdict(o->len_dlq == o->dead && o->dead == 0,
            "dead letters: %lld in the dead-letter stream, %ld published (every item was "
            "valid: none expected)",
            o->len_dlq, o->dead);
    verdict(!harness_log_has(h, "wirewatchd", "REDIS LOST ITS DATA"),
            "Redis never lost its data (AOF): no reset notice in the daemon's logs");
}

/* The seqs the slow subscriber got live; the rest from the replay endpoint. */
static void
check_slow_subscriber(harness_t *h, const out_t *o, const char *path)
{
    size_t n = (size_t)o->seq + 1;
    unsigned char *got = calloc(n, 1);
    long live = 0, twice = 0;
    FILE *f = fopen(path, "r");
    unsigned long long s;
    while (f != NULL && fscanf(f, "%llu", &s) == 1) {
        if (s >= 1 && s < n) {
            twice += got[s] > 0;
            live += got[s] == 0;
            got[s] = 1;
        }
    }
    if (f != NULL)
        fclose(f);
    long missing = 0, replayed = 0;
    for (size_t i = 1; i < n; i++)
        missing += !got[i];
    void *ctx = zmq_ctx_new();
    void *d = harness_connect(h, ctx, ZMQ_DEALER, "replay");
    ww_zmsg_t m = { 0 };
    uint64_t from = 1;
    bool stuck = false;
    while (d != NULL && !stuck) {
        while (from < n && got[from])
            from++;
        if (from >= n)
            break;
        ww_replay_req_t req = { from, 0, { NULL, 0 } };
        ww_buf_t b = WW_BUF_INIT;
        ww_proto_encode_replay_req(&b, &req);
        const void *fr[1] = { b.ptr };
        size_t l[1] = { b.len };
        ww_zsock_send(d, fr, l, 1, 0);
        ww_buf_free(&b);
        for (;;) {
            zmq_pollitem_t pi = { d, 0, ZMQ_POLLIN, 0 };
            if (zmq_poll(&pi, 1, REPLAY_WAIT_MS) <= 0 || ww_zsock_recv(d, &m, 0) == -1 ||
                m.n != 2) {
                stuck = true;
                break;
            }
            msgpack_unpacked u;
            ww_reject_t why;
            if (ww_proto_unpack((const uint8_t *)m.frame[1].ptr, m.frame[1].len, &u, &why)) {
                stuck = true;
                break;
            }
            bool end = strcmp(m.frame[0].ptr, WW_TOPIC_REPLAY_END) == 0;
            const msgpack_object *v = ww_proto_get(&u.data, end ? "last" : "seq");
            uint64_t seq = v != NULL ? v->via.u64 : 0;
            msgpack_unpacked_destroy(&u);
            if (end) {
                if (seq + 1 <= from)
                    stuck = true; /* nothing covered: Redis away? */
                from = seq + 1;
                break;
            }
            if (seq >= 1 && seq < n && !got[seq])
                got[seq] = 1, replayed++;
        }
    }
    long still = 0;
    for (size_t i = 1; i < n; i++)
        still += !got[i];
    ww_zmsg_free(&m);
    if (d != NULL)
        zmq_close(d);
    zmq_ctx_term(ctx);
    free(got);
    verdict(still == 0,
            "slow subscriber (RCVHWM 10, a pause per message): %ld seqs received live (%ld "
            "again after a daemon restart), %ld not (dropped by PUB for it); replay gave %ld of "
            "them; missing after replay: %ld",
            live, twice, missing, replayed, still);
}

/* The reference client from seq 1: every seq once, in order. */
static void
check_tail(harness_t *h, const out_t *o)
{
    char count[32];
    snprintf(count, sizeof count, "%lld", o->seq);
    ww_buf_t out = WW_BUF_INIT;
    int rc = harness_client(h, &out, "tail", "--from", "1", "--count", count, "--timeout", "30",
                            NULL);
    json_t *lines = output_parse_lines(&out);
    ww_buf_free(&out);
    long in_order = 0;
    for (size_t i = 0; i < json_array_size(lines); i++)
        in_order += json_integer_value(json_object_get(json_array_get(lines, i), "seq")) ==
                    (json_int_t)i + 1;
    verdict(rc == 0 && (long long)json_array_size(lines) == o->seq && in_order == o->seq,
            "wirewatch tail --from 1 (replay, then PUB): %zu messages, %ld with seq = line "
            "number, exit %d",
            json_array_size(lines), in_order, rc);
    json_decref(lines);
}

/* The last stats line of every worker and daemon process, summed: figures
 * only (a process killed with SIGKILL did work after its last line). */
static void
print_stats(harness_t *h)
{
    static const char *const keys[] = { "committed=", "claimed=", "lost_race=", "dead=" };
    unsigned long long sum[4] = { 0 };
    unsigned long long d_already = 0, d_retry = 0, d_redis_errors = 0;
    int workers = 0, daemons = 0;
    for (size_t i = 0; i < HARNESS_MAX_CHILDREN; i++) {
        char name[64];
        for (int prog = 0; prog < 2; prog++) {
            snprintf(name, sizeof name, "%s-%zu.log", prog ? "wirewatchd" : "wirewatch-worker",
                     i);
            ww_buf_t b = WW_BUF_INIT;
            if (harness_read(h, name, &b) == -1 || b.ptr == NULL) {
                ww_buf_free(&b);
                continue;
            }
            const char *last = NULL;
            for (const char *p = strstr(b.ptr, "stats: "); p; p = strstr(p + 1, "stats: "))
                last = p;
            if (last != NULL && prog == 0) {
                workers++;
                for (int k = 0; k < 4; k++) {
                    const char *v = strstr(last, keys[k]);
                    sum[k] += v ? strtoull(v + strlen(keys[k]), NULL, 10) : 0;
                }
            } else if (last != NULL) {
                daemons++;
                const char *v = strstr(last, "already=");
                d_already += v ? strtoull(v + 8, NULL, 10) : 0;
                v = strstr(last, "retry=");
                d_retry += v ? strtoull(v + 6, NULL, 10) : 0;
                v = strstr(last, "redis_errors=");
                d_redis_errors += v ? strtoull(v + 13, NULL, 10) : 0;
            }
            ww_buf_free(&b);
        }
    }
    printf("check: stats lines (the last of each process; a killed one's work after it is "
           "missing): %d workers committed=%llu claimed=%llu lost_race=%llu dead=%llu; %d "
           "daemons already=%llu retry=%llu redis_errors=%llu\n",
           workers, sum[0], sum[1], sum[2], sum[3], daemons, d_already, d_retry,
           d_redis_errors);
}

int
check_all(harness_t *h, const fed_t *fed, const char *slow_out)
{
    out_t o;
    memset(&o, 0, sizeof o);
    o.seq = redis_num(h, "GET %s", h->keys.seq);
    o.iseq = redis_num(h, "GET %s", h->keys.iseq);
    o.pub = redis_num(h, "GET %s", h->keys.pub);
    o.len_out = redis_num(h, "XLEN %s", h->keys.out);
    o.len_in = redis_num(h, "XLEN %s", h->keys.in);
    o.pending = redis_num(h, "XPENDING %s " WW_GROUP, h->keys.in);
    o.len_dlq = redis_num(h, "XLEN %s", h->keys.dlq);
    if (o.seq < 0 || o.iseq < 0) {
        verdict(false, "Redis counters unreadable (seq %lld, iseq %lld)", o.seq, o.iseq);
        return failed;
    }
    o.iseq_seen = calloc((size_t)o.iseq + 1, 1);
    o.ack_seen = calloc((size_t)fed->n_ack + 1, 1);
    o.push_seen = calloc((size_t)fed->n_push + 1, 1);
    o.ack_out_iseq = calloc((size_t)fed->n_ack + 1, sizeof *o.ack_out_iseq);
    read_output(h, fed, &o);
    long lost = 0, dup = 0;
    check_items(fed, &o, &lost, &dup);
    verdict(fed->ack_rejected == 0, "ack answers 'rejected': %ld", fed->ack_rejected);
    check_counters(h, &o);
    check_slow_subscriber(h, &o, slow_out);
    check_tail(h, &o);
    print_stats(h);
    printf("chaos: RESULT %ld lost, %ld duplicated (%s)\n", lost, dup,
           failed == 0 ? "every check passed" : "some checks FAILED");
    free(o.iseq_seen);
    free(o.ack_seen);
    free(o.push_seen);
    free(o.ack_out_iseq);
    return failed;
}
