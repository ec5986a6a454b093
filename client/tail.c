/* SPDX-License-Identifier: MIT
 *
 * tail — `wirewatch tail [-c FILE] [--topic PREFIX] [--count N] [--timeout S]
 * [--from SEQ]`: prints published messages as JSON Lines, one object per
 * message, with its "topic". It subscribes (SUB) to PREFIX and to heartbeats,
 * and fills every gap in seq — a message ZeroMQ dropped, a late start, the
 * quiet after a drop that only a heartbeat reveals — from the replay endpoint
 * (DEALER → ROUTER), so it prints each matching message exactly once, in seq
 * order. When the daemon reports that Redis lost its data (a "reset" notice,
 * or a heartbeat naming another epoch when the notice was missed) it says so
 * on stderr and follows the new history: seqs above the notice's head start
 * over. Exits after N messages, or after S seconds without one; exits 1 when
 * fewer than N came, or when the daemon did not answer at all (no heartbeat
 * within 10 s or three heartbeat intervals). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "cli.h"
#include "ww_clock.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define REPLAY_TIMEOUT_MS 5000
#define NO_ANSWER_MS 10000 /* at least: the daemon heartbeats every `heartbeat` */

typedef struct {
    void *sub;
    void *dealer;
    const char *topic;
    bool started;        /* covered is known */
    uint64_t covered;    /* every seq <= covered was printed or is known not to match */
    long printed;
    long count;          /* stop after this many (0 = never) */
    bool brief;          /* one human-readable line per message instead of JSON */
    unsigned long lost;  /* seqs that replay could no longer give */
    char epoch[160];     /* run id of the daemon's Redis state; "" until known */
    bool heard;          /* the daemon answered: a heartbeat, a message or a replay */
    int64_t no_answer_ms; /* give up after this long without hearing from it */
    ww_zmsg_t m;
} tail_t;

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch tail [-c FILE] [--topic PREFIX] [--count N] [--timeout S]\n"
                 "                      [--from SEQ] [--brief]\n"
                 "  Prints published messages as JSON Lines (\"topic\" added), in seq order,\n"
                 "  filling gaps from the replay endpoint.\n"
                 "  --topic PREFIX  only topics starting with PREFIX (item.new, item.dup., dead)\n"
                 "  --count N       exit after N messages\n"
                 "  --timeout S     exit after S seconds without a message\n"
                 "  --from SEQ      start with the kept messages from SEQ on\n"
                 "  --brief         one readable line per message instead of JSON\n");
}

static const char *
str_of(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s != NULL ? s : "-";
}

/* seq, topic, then what a person scans for: the item's id, language, duplicate
 * verdict and event, or a dead letter's reason, or an event's state. */
static void
print_brief(json_t *j)
{
    long long seq = json_integer_value(json_object_get(j, "seq"));
    const char *topic = str_of(j, "topic");
    if (strcmp(topic, WW_TOPIC_DEAD) == 0) {
        printf("%6lld %-15s %s: %s\n", seq, topic, str_of(j, "code"), str_of(j, "reason"));
        return;
    }
    if (strncmp(topic, WW_TOPIC_UPDATE, strlen(WW_TOPIC_UPDATE)) == 0) {
        printf("%6lld %-15s %s reports=%lld outlets=%zu langs=%zu\n", seq, "update", str_of(j, "id"),
               json_integer_value(json_object_get(j, "reports")),
               json_array_size(json_object_get(j, "outlets")),
               json_array_size(json_object_get(j, "langs")));
        return;
    }
    json_t *dup = json_object_get(j, "dup"), *ev = json_object_get(j, "event");
    char verdict[160] = "new", event[160] = "";
    if (strcmp(str_of(dup, "status"), "new") != 0)
        snprintf(verdict, sizeof verdict, "%s of %s", str_of(dup, "status"), str_of(dup, "of"));
    if (json_is_object(ev))
        snprintf(event, sizeof event, "  [%s, report %lld]", str_of(ev, "id"),
                 json_integer_value(json_object_get(ev, "reports")));
    printf("%6lld %-15s %-30s %-3s %s%s\n", seq, topic, str_of(j, "id"), str_of(j, "lang"),
           verdict, event);
}

static void
print_message(tail_t *t, const char *topic, size_t tlen, const ww_buf_t *body)
{
    msgpack_unpacked u;
    ww_reject_t why;
    if (ww_proto_unpack((const uint8_t *)body->ptr, body->len, &u, &why) == 0) {
        json_t *j = json_object();
        json_object_set_new(j, "topic", json_stringn(topic, tlen));
        json_t *body_json = json_from_msgpack(&u.data);
        json_object_update(j, body_json);
        json_decref(body_json);
        if (t->brief) {
            print_brief(j);
        } else {
            char *s = json_dump_line(j);
            puts(s);
            free(s);
        }
        fflush(stdout);
        json_decref(j);
        t->printed++;
    } else {
        fprintf(stderr, "wirewatch tail: undecodable message on %.*s: %s\n", (int)tlen, topic,
                why.text);
    }
    msgpack_unpacked_destroy(&u);
}

static uint64_t
seq_of(const ww_buf_t *body)
{
    msgpack_unpacked u;
    ww_reject_t why;
    uint64_t seq = 0;
    if (ww_proto_unpack((const uint8_t *)body->ptr, body->len, &u, &why) == 0) {
        const msgpack_object *s = ww_proto_get(&u.data, "seq");
        if (s != NULL && s->type == MSGPACK_OBJECT_POSITIVE_INTEGER)
            seq = s->via.u64;
    }
    msgpack_unpacked_destroy(&u);
    return seq;
}

static bool
done(const tail_t *t)
{
    return t->count > 0 && t->printed >= t->count;
}

/* Asks the replay endpoint for (covered, to] (to = 0: up to the newest) and
 * prints what comes back. Returns -1 when the daemon did not answer. */
static int
replay(tail_t *t, uint64_t to)
{
    while (!done(t)) {
        ww_replay_req_t req = { t->covered + 1, to, { t->topic, strlen(t->topic) } };
        ww_buf_t b = WW_BUF_INIT;
        ww_proto_encode_replay_req(&b, &req);
        const void *frames[1] = { b.ptr };
        size_t lens[1] = { b.len };
        int rc = ww_zsock_send(t->dealer, frames, lens, 1, 0);
        ww_buf_free(&b);
        if (rc == -1)
            return -1;
        for (;;) {
            zmq_pollitem_t item = { t->dealer, 0, ZMQ_POLLIN, 0 };
            if (zmq_poll(&item, 1, REPLAY_TIMEOUT_MS) <= 0 ||
                ww_zsock_recv(t->dealer, &t->m, 0) == -1 || t->m.n != 2)
                return -1;
            const ww_buf_t *topic = &t->m.frame[0], *body = &t->m.frame[1];
            t->heard = true;
            if (strcmp(topic->ptr, WW_TOPIC_REPLAY_ERROR) == 0) {
                fprintf(stderr, "wirewatch tail: replay refused the request\n");
                return -1;
            }
            if (strcmp(topic->ptr, WW_TOPIC_REPLAY_END) != 0) {
                uint64_t seq = seq_of(body);
                if (seq > t->covered && !done(t)) {
                    print_message(t, topic->ptr, topic->len, body);
                    t->covered = seq;
                }
                continue;
            }
            ww_replay_end_t end;
            ww_reject_t why;
            if (ww_proto_decode_replay_end((const uint8_t *)body->ptr, body->len, &end, &why))
                return -1;
            if (end.first > t->covered + 1 && end.last >= end.first) {
                t->lost += end.first - t->covered - 1;
                fprintf(stderr, "wirewatch tail: seq %llu..%llu no longer kept\n",
                        (unsigned long long)t->covered + 1, (unsigned long long)end.first - 1);
            }
            if (end.last > t->covered)
                t->covered = end.last;
            if (!end.more)
                return 0;
            break;
        }
    }
    return 0;
}

static void
fill_gap(tail_t *t, uint64_t to)
{
    if (to > t->covered && replay(t, to) == -1) {
        fprintf(stderr, "wirewatch tail: replay of seq %llu..%llu failed\n",
                (unsigned long long)t->covered + 1, (unsigned long long)to);
        t->lost += to - t->covered;
        t->covered = to;
    }
}

static bool
same_epoch(const tail_t *t, ww_str_t epoch)
{
    return epoch.len == 0 || epoch.len >= sizeof t->epoch ||
           (strlen(t->epoch) == epoch.len && memcmp(t->epoch, epoch.p, epoch.len) == 0);
}

static void
set_epoch(tail_t *t, ww_str_t epoch)
{
    memcpy(t->epoch, epoch.p, epoch.len);
    t->epoch[epoch.len] = '\0';
}

static void
on_reset(tail_t *t, const ww_buf_t *body)
{
    ww_reset_t r;
    ww_reject_t why;
    if (ww_proto_decode_reset((const uint8_t *)body->ptr, body->len, &r, &why) == -1 ||
        same_epoch(t, r.epoch))
        return;
    if (t->epoch[0] != '\0' || (t->started && t->covered > r.head))
        fprintf(stderr, "wirewatch tail: the daemon reports that Redis lost its data (%.*s): "
                        "seqs after %llu start over (it had published up to %llu)\n",
                (int)r.reason.len, r.reason.p, (unsigned long long)r.head,
                (unsigned long long)r.was);
    set_epoch(t, r.epoch);
    t->started = true;
    t->covered = r.head;
}

static void
on_heartbeat(tail_t *t, const ww_buf_t *body)
{
    ww_heartbeat_t hb;
    ww_reject_t why;
    if (ww_proto_decode_heartbeat((const uint8_t *)body->ptr, body->len, &hb, &why))
        return;
    if (!same_epoch(t, hb.epoch)) {
        if (t->epoch[0] != '\0') {
            /* The notice was missed: where the new history overlaps the old
             * one is unknown, so everything Redis now holds is fetched again. */
            fprintf(stderr, "wirewatch tail: the daemon's Redis state changed (epoch %.*s) and "
                            "its reset notice was missed: replaying what it holds\n",
                    (int)hb.epoch.len, hb.epoch.p);
            t->covered = 0;
        }
        set_epoch(t, hb.epoch);
    }
    if (!t->started)
        t->started = true, t->covered = hb.head;
    fill_gap(t, hb.head);
}

static void
on_live(tail_t *t)
{
    const ww_buf_t *topic = &t->m.frame[0], *body = &t->m.frame[1];
    t->heard = true;
    if (strcmp(topic->ptr, WW_TOPIC_HEARTBEAT) == 0) {
        on_heartbeat(t, body);
        return;
    }
    if (strcmp(topic->ptr, WW_TOPIC_RESET) == 0) {
        on_reset(t, body);
        return;
    }
    if (strncmp(topic->ptr, t->topic, strlen(t->topic)) != 0)
        return;
    uint64_t seq = seq_of(body);
    if (!t->started)
        t->started = true, t->covered = seq - 1;
    if (seq <= t->covered)
        return;
    ww_buf_t copy = WW_BUF_INIT;
    ww_buf_t topic_copy = WW_BUF_INIT;
    ww_buf_append(&copy, body->ptr, body->len);
    ww_buf_append(&topic_copy, topic->ptr, topic->len);
    fill_gap(t, seq - 1);
    if (!done(t)) {
        print_message(t, topic_copy.ptr, topic_copy.len, &copy);
        t->covered = seq;
    }
    ww_buf_free(&copy);
    ww_buf_free(&topic_copy);
}

static void
run(tail_t *t, long timeout_s, bool has_from)
{
    if (has_from && replay(t, 0) == -1)
        fprintf(stderr, "wirewatch tail: the replay endpoint did not answer\n");
    int64_t last = ww_clock_mono_ms(), start = last;
    while (!done(t)) {
        long wait = -1;
        if (timeout_s > 0) {
            wait = (long)(last + timeout_s * 1000 - ww_clock_mono_ms());
            if (wait <= 0)
                break;
        }
        if (!t->heard) {
            long left = (long)(start + t->no_answer_ms - ww_clock_mono_ms());
            if (left <= 0)
                break;
            wait = wait < 0 || left < wait ? left : wait;
        }
        zmq_pollitem_t item = { t->sub, 0, ZMQ_POLLIN, 0 };
        int rc = zmq_poll(&item, 1, wait);
        if (rc == -1 && errno == EINTR)
            break;
        if (rc <= 0)
            continue;
        long before = t->printed;
        while (!done(t) && ww_zsock_recv(t->sub, &t->m, ZMQ_DONTWAIT) == 0)
            if (t->m.n == 2)
                on_live(t);
        if (t->printed > before)
            last = ww_clock_mono_ms();
    }
}

int
cli_tail(int argc, char **argv)
{
    static const struct option longs[] = {
        { "config", required_argument, NULL, 'c' }, { "topic", required_argument, NULL, 't' },
        { "count", required_argument, NULL, 'n' },  { "timeout", required_argument, NULL, 'T' },
        { "from", required_argument, NULL, 'f' },   { "brief", no_argument, NULL, 'b' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    const char *config = NULL;
    tail_t t;
    memset(&t, 0, sizeof t);
    t.topic = "";
    long timeout = 0;
    long long from = -1;
    int c;
    while ((c = getopt_long(argc, argv, "c:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 't': t.topic = optarg; break;
        case 'n': t.count = atol(optarg); break;
        case 'T': timeout = atol(optarg); break;
        case 'f': from = atoll(optarg); break;
        case 'b': t.brief = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc || t.count < 0 || timeout < 0 || from == 0) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ww_conf_t conf;
    if (cli_load_conf(&conf, config) == -1)
        return EXIT_CONFIG;
    char *pub_ep = ww_conf_connect_endpoint(conf.publish_endpoint);
    char *rep_ep = ww_conf_connect_endpoint(conf.replay_endpoint);
    void *ctx = zmq_ctx_new();
    char err[256];
    ww_zsock_opts_t o = { 1000, 0, 0, -1 };
    int rc = 1;
    t.sub = cli_connect(ctx, ZMQ_SUB, pub_ep, &o, &conf, err, sizeof err);
    if (t.sub != NULL)
        t.dealer = cli_connect(ctx, ZMQ_DEALER, rep_ep, &o, &conf, err, sizeof err);
    if (t.sub == NULL || t.dealer == NULL) {
        fprintf(stderr, "wirewatch tail: %s\n", err);
    } else {
        zmq_setsockopt(t.sub, ZMQ_SUBSCRIBE, t.topic, strlen(t.topic));
        zmq_setsockopt(t.sub, ZMQ_SUBSCRIBE, WW_TOPIC_HEARTBEAT, strlen(WW_TOPIC_HEARTBEAT));
        zmq_setsockopt(t.sub, ZMQ_SUBSCRIBE, WW_TOPIC_RESET, strlen(WW_TOPIC_RESET));
        if (from > 0)
            t.started = true, t.covered = (uint64_t)from - 1;
        t.no_answer_ms = conf.heartbeat * 3 > NO_ANSWER_MS ? conf.heartbeat * 3 : NO_ANSWER_MS;
        run(&t, timeout, from > 0);
        if (t.lost > 0)
            fprintf(stderr, "wirewatch tail: %lu messages could not be recovered\n", t.lost);
        rc = t.count > 0 && t.printed < t.count ? 1 : 0;
        if (!t.heard) {
            fprintf(stderr, "wirewatch tail: no answer from the daemon at %s and %s\n", pub_ep,
                    rep_ep);
            rc = 1;
        }
    }
    if (t.sub != NULL)
        zmq_close(t.sub);
    if (t.dealer != NULL)
        zmq_close(t.dealer);
    ww_zmsg_free(&t.m);
    zmq_ctx_term(ctx);
    free(pub_ep);
    free(rep_ep);
    ww_conf_free(&conf);
    return rc;
}
