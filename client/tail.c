/* SPDX-License-Identifier: MIT
 *
 * tail — `wirewatch tail [-c FILE] [--topic PREFIX] [--count N] [--timeout S]
 * [--from SEQ]`: prints published messages as JSON Lines, one object per
 * message, with its "topic": each matching message exactly once, in seq
 * order, gaps filled from replay and reset notices followed (follow.h).
 * Exits after N messages, or after S seconds without one; exits 1 when fewer
 * than N came, or when the daemon did not answer at all (no heartbeat within
 * 10 s or three heartbeat intervals). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "cli.h"
#include "follow.h"
#include "ww_clock.h"
#include "ww_proto.h"

#define NO_ANSWER_MS 10000 /* at least: the daemon heartbeats every `heartbeat` */

typedef struct {
    follow_t *f;
    long printed;
    long count;          /* stop after this many (0 = never) */
    bool brief;          /* one human-readable line per message instead of JSON */
    int64_t no_answer_ms; /* give up after this long without hearing from it */
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
        snprintf(event, sizeof event, "  [%s, report %lld%s]", str_of(ev, "id"),
                 json_integer_value(json_object_get(ev, "reports")),
                 json_is_true(json_object_get(ev, "joined")) ? ", joined" : "");
    printf("%6lld %-15s %-30s %-3s %s%s\n", seq, topic, str_of(j, "id"), str_of(j, "lang"),
           verdict, event);
}

static bool
print_message(void *arg, const char *topic, size_t tlen, const ww_buf_t *body, uint64_t seq)
{
    (void)seq;
    tail_t *t = arg;
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
    return t->count == 0 || t->printed < t->count;
}

static void
run(tail_t *t, long timeout_s, bool has_from)
{
    if (has_from && follow_replay(t->f) == -1)
        fprintf(stderr, "wirewatch tail: the replay endpoint did not answer\n");
    int64_t last = ww_clock_mono_ms(), start = last;
    while (!follow_done(t->f)) {
        long wait = -1;
        if (timeout_s > 0) {
            wait = (long)(last + timeout_s * 1000 - ww_clock_mono_ms());
            if (wait <= 0)
                break;
        }
        if (!follow_heard(t->f)) {
            long left = (long)(start + t->no_answer_ms - ww_clock_mono_ms());
            if (left <= 0)
                break;
            wait = wait < 0 || left < wait ? left : wait;
        }
        zmq_pollitem_t item = { follow_socket(t->f), 0, ZMQ_POLLIN, 0 };
        int rc = zmq_poll(&item, 1, wait);
        if (rc == -1 && errno == EINTR)
            break;
        if (rc > 0 && follow_run(t->f) > 0)
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
    const char *config = NULL, *topic = "";
    tail_t t;
    memset(&t, 0, sizeof t);
    long timeout = 0;
    long long from = -1;
    int c;
    while ((c = getopt_long(argc, argv, "c:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 't': topic = optarg; break;
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
    void *ctx = zmq_ctx_new();
    char err[256];
    int rc = 1;
    follow_opts_t fo = { "wirewatch tail", topic, print_message, NULL, &t };
    t.f = follow_new(ctx, &conf, &fo, err, sizeof err);
    if (t.f == NULL) {
        fprintf(stderr, "wirewatch tail: %s\n", err);
    } else {
        if (from > 0)
            follow_start_at(t.f, (uint64_t)from);
        t.no_answer_ms = conf.heartbeat * 3 > NO_ANSWER_MS ? conf.heartbeat * 3 : NO_ANSWER_MS;
        run(&t, timeout, from > 0);
        if (follow_lost(t.f) > 0)
            fprintf(stderr, "wirewatch tail: %lu messages could not be recovered\n",
                    follow_lost(t.f));
        rc = t.count > 0 && t.printed < t.count ? 1 : 0;
        if (!follow_heard(t.f)) {
            char *pub_ep = ww_conf_connect_endpoint(conf.publish_endpoint);
            char *rep_ep = ww_conf_connect_endpoint(conf.replay_endpoint);
            fprintf(stderr, "wirewatch tail: no answer from the daemon at %s and %s\n", pub_ep,
                    rep_ep);
            free(pub_ep), free(rep_ep);
            rc = 1;
        }
    }
    follow_destroy(&t.f);
    zmq_ctx_term(ctx);
    ww_conf_free(&conf);
    return rc;
}
