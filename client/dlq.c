/* SPDX-License-Identifier: MIT
 *
 * dlq — the dead letters, for an operator:
 *   wirewatch dlq [--count N] [--json]   the newest N, oldest first: seq, code,
 *                                        the item's id and source, the reason
 *   wirewatch dlq show SEQ|ID            one in full, the raw item decoded
 *   wirewatch dlq requeue [--keep] SEQ|ID...
 *                                        sends each raw item again through the
 *                                        acknowledged endpoint (once its cause
 *                                        is fixed) and, when it is queued,
 *                                        deletes its dead letter
 * Speaks: XREVRANGE P{w}:dlq (fields code, reason, origin, raw, seq), XDEL;
 * DEALER → ack-endpoint, frames [token][raw item] → [token][ack]. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "cli.h"
#include "ww_keys.h"
#include "ww_proto.h"
#include "ww_redis.h"
#include "ww_zsock.h"

#define SCAN_PAGE 1000      /* dead letters read per XREVRANGE while looking for one */
#define ACK_WAIT_MS 5000    /* how long requeue waits for the daemon's answer */

typedef struct {
    const char *entry;      /* stream entry id */
    const redisReply *code, *reason, *origin, *raw, *seq; /* fields, NULL when absent */
} dead_t;

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch dlq [-c FILE] [--count N] [--json]\n"
                 "       wirewatch dlq show [-c FILE] SEQ|ID\n"
                 "       wirewatch dlq requeue [-c FILE] [--keep] SEQ|ID...\n"
                 "  Lists the newest N (default 20) dead letters: seq, code, the item's id\n"
                 "  and source, and the reason; --json prints them as JSON Lines.\n"
                 "  show prints one in full, its raw item decoded.\n"
                 "  requeue sends the raw items again through the acknowledged endpoint,\n"
                 "  once their cause is fixed, and deletes each dead letter whose item is\n"
                 "  queued (--keep: keeps them). SEQ is the dead letter's seq, ID the item's.\n");
}

static bool
parse_dead(const redisReply *e, dead_t *d)
{
    memset(d, 0, sizeof *d);
    if (e->type != REDIS_REPLY_ARRAY || e->elements != 2 || e->element[1]->type !=
                                                                 REDIS_REPLY_ARRAY)
        return false;
    d->entry = e->element[0]->str;
    const redisReply *f = e->element[1];
    for (size_t i = 0; i + 1 < f->elements; i += 2) {
        const char *k = f->element[i]->str;
        const redisReply *v = f->element[i + 1];
        if (strcmp(k, "code") == 0)
            d->code = v;
        else if (strcmp(k, "reason") == 0)
            d->reason = v;
        else if (strcmp(k, "origin") == 0)
            d->origin = v;
        else if (strcmp(k, "raw") == 0)
            d->raw = v;
        else if (strcmp(k, "seq") == 0)
            d->seq = v;
    }
    return true;
}

static const char *
str(const redisReply *r)
{
    return r != NULL && r->str != NULL ? r->str : "-";
}

/* The item's string field KEY from the raw msgpack, as a new JSON string, or
 * NULL when the raw input is not a map or lacks it. */
static json_t *
raw_field(const dead_t *d, const char *key)
{
    if (d->raw == NULL)
        return NULL;
    msgpack_unpacked u;
    ww_reject_t why;
    json_t *j = NULL;
    if (ww_proto_unpack((const uint8_t *)d->raw->str, d->raw->len, &u, &why) == 0 &&
        u.data.type == MSGPACK_OBJECT_MAP) {
        const msgpack_object *v = ww_proto_get(&u.data, key);
        if (v != NULL && v->type == MSGPACK_OBJECT_STR)
            j = json_stringn(v->via.str.ptr, v->via.str.size);
    }
    msgpack_unpacked_destroy(&u);
    return j;
}

/* The raw input for a person: a msgpack item as JSON; anything else (a line
 * that was not JSON reaches us as a bin of its bytes) as its text. */
static json_t *
raw_decoded(const dead_t *d)
{
    if (d->raw == NULL)
        return json_null();
    msgpack_unpacked u;
    ww_reject_t why;
    json_t *j = NULL;
    const char *p = d->raw->str;
    size_t len = d->raw->len;
    /* a whole msgpack object that is not a map (a line that was not JSON is a
     * bin of its bytes) is refused by ww_proto_unpack but unpacked all the same */
    if (ww_proto_unpack((const uint8_t *)p, len, &u, &why) == 0 ||
        why.code == WW_REJECT_NOT_MAP) {
        if (u.data.type == MSGPACK_OBJECT_BIN || u.data.type == MSGPACK_OBJECT_STR)
            j = json_stringn(u.data.via.bin.ptr, u.data.via.bin.size);
        else
            j = json_from_msgpack(&u.data);
    }
    msgpack_unpacked_destroy(&u);
    if (j == NULL)
        j = json_stringn(p, len); /* NULL when not UTF-8 */
    if (j == NULL) {
        msgpack_object o = { .type = MSGPACK_OBJECT_BIN };
        o.via.bin.ptr = p;
        o.via.bin.size = (uint32_t)len;
        j = json_pack("{s:s, s:o}", "encoding", "base64", "bytes", json_from_msgpack(&o));
    }
    return j;
}

static json_t *
dead_json(const dead_t *d, bool full)
{
    json_t *id = raw_field(d, "id"), *source = raw_field(d, "source");
    json_t *j = json_object();
    json_object_set_new(j, "seq", json_integer(d->seq ? atoll(d->seq->str) : 0));
    json_object_set_new(j, "id", id ? id : json_null());
    json_object_set_new(j, "source", source ? source : json_null());
    json_object_set_new(j, "code", json_string(str(d->code)));
    json_object_set_new(j, "reason", json_string(str(d->reason)));
    json_object_set_new(j, "origin", json_string(str(d->origin)));
    json_object_set_new(j, "dlq_entry", json_string(d->entry));
    if (full) {
        json_object_set_new(j, "raw_len", json_integer(d->raw ? (json_int_t)d->raw->len : 0));
        json_object_set_new(j, "raw_complete",
                            json_boolean(d->raw != NULL && d->raw->len < WW_DEAD_RAW_MAX));
        json_object_set_new(j, "raw", raw_decoded(d));
    }
    return j;
}

static void
print_row(const dead_t *d, bool as_json)
{
    json_t *j = dead_json(d, false);
    if (as_json) {
        char *s = json_dump_line(j);
        puts(s);
        free(s);
    } else {
        const char *id = json_string_value(json_object_get(j, "id"));
        const char *source = json_string_value(json_object_get(j, "source"));
        printf("%6s  %-16s %-32s %-20s %s\n", str(d->seq), str(d->code), id ? id : "-",
               source ? source : "-", str(d->reason));
    }
    json_decref(j);
}

static int
list(ww_redis_t *r, const ww_keys_t *keys, long count, bool as_json)
{
    redisReply *rep = ww_redis_cmdf(r, "XREVRANGE %s + - COUNT %ld", keys->dlq, count);
    if (rep == NULL || rep->type != REDIS_REPLY_ARRAY) {
        fprintf(stderr, "wirewatch dlq: XREVRANGE failed: %s\n",
                rep && rep->type == REDIS_REPLY_ERROR ? rep->str : ww_redis_errstr(r));
        if (rep != NULL)
            freeReplyObject(rep);
        return 1;
    }
    if (!as_json && rep->elements > 0)
        printf("%6s  %-16s %-32s %-20s %s\n", "seq", "code", "id", "source", "reason");
    dead_t d;
    for (size_t i = rep->elements; i > 0; i--)
        if (parse_dead(rep->element[i - 1], &d))
            print_row(&d, as_json);
    freeReplyObject(rep);
    return 0;
}

static bool
matches(const dead_t *d, const char *key)
{
    if (d->seq != NULL && strcmp(d->seq->str, key) == 0)
        return true;
    json_t *id = raw_field(d, "id");
    bool hit = id != NULL && strcmp(json_string_value(id), key) == 0;
    json_decref(id);
    return hit;
}

/* Finds the newest dead letter whose seq or item id is KEY. Returns the reply
 * holding it (caller frees) with *E pointing into it, or NULL (and says why). */
static redisReply *
find(ww_redis_t *r, const ww_keys_t *keys, const char *key, const redisReply **e)
{
    char from[64] = "+";
    for (;;) {
        redisReply *rep = ww_redis_cmdf(r, "XREVRANGE %s %s - COUNT %d", keys->dlq, from,
                                        SCAN_PAGE);
        if (rep == NULL || rep->type != REDIS_REPLY_ARRAY) {
            fprintf(stderr, "wirewatch dlq: XREVRANGE failed: %s\n", ww_redis_errstr(r));
            if (rep != NULL)
                freeReplyObject(rep);
            return NULL;
        }
        dead_t d;
        for (size_t i = 0; i < rep->elements; i++) {
            if (parse_dead(rep->element[i], &d) && matches(&d, key)) {
                *e = rep->element[i];
                return rep;
            }
        }
        if (rep->elements < SCAN_PAGE) {
            freeReplyObject(rep);
            fprintf(stderr, "wirewatch dlq: no dead letter with seq or id \"%s\"\n", key);
            return NULL;
        }
        snprintf(from, sizeof from, "(%s", rep->element[rep->elements - 1]->element[0]->str);
        freeReplyObject(rep);
    }
}

static int
show(ww_redis_t *r, const ww_keys_t *keys, const char *key)
{
    const redisReply *e;
    redisReply *rep = find(r, keys, key, &e);
    if (rep == NULL)
        return 1;
    dead_t d;
    parse_dead(e, &d);
    json_t *j = dead_json(&d, true);
    char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    puts(s);
    free(s);
    json_decref(j);
    freeReplyObject(rep);
    return 0;
}

/* Sends RAW to the acknowledged endpoint and waits for its answer. Returns 0
 * when it was queued (*SEQ its ingest seq), -1 otherwise (and says why). */
static int
send_raw(void *sock, const char *label, const redisReply *raw, uint64_t *seq)
{
    const void *frames[2] = { label, raw->str };
    size_t lens[2] = { strlen(label), raw->len };
    ww_zmsg_t m = { 0 };
    int rc = -1;
    if (ww_zsock_send(sock, frames, lens, 2, 0) == -1) {
        fprintf(stderr, "wirewatch dlq: %s: not sent: %s\n", label, zmq_strerror(zmq_errno()));
        return -1;
    }
    zmq_pollitem_t item = { sock, 0, ZMQ_POLLIN, 0 };
    while (zmq_poll(&item, 1, ACK_WAIT_MS) > 0 && ww_zsock_recv(sock, &m, 0) == 0) {
        ww_ack_t ack;
        ww_reject_t why;
        if (m.n != 2 || m.frame[0].len != strlen(label) ||
            memcmp(m.frame[0].ptr, label, m.frame[0].len) != 0 ||
            ww_proto_decode_ack((const uint8_t *)m.frame[1].ptr, m.frame[1].len, &ack, &why))
            continue; /* an answer to an earlier item */
        if (ack.status == WW_ACK_OK) {
            *seq = ack.ingest_seq;
            rc = 0;
        } else {
            printf("%s: %s: %.*s\n", label, ack.status == WW_ACK_RETRY ? "retry later"
                                                                       : "rejected again",
                   (int)ack.reason.len, ack.reason.p);
        }
        ww_zmsg_free(&m);
        return rc;
    }
    printf("%s: the daemon did not answer within %ds\n", label, ACK_WAIT_MS / 1000);
    ww_zmsg_free(&m);
    return -1;
}

static int
requeue_one(ww_redis_t *r, const ww_keys_t *keys, void *sock, const char *key, bool keep)
{
    const redisReply *e;
    redisReply *rep = find(r, keys, key, &e);
    if (rep == NULL)
        return -1;
    dead_t d;
    parse_dead(e, &d);
    int rc = -1;
    uint64_t seq = 0;
    if (d.raw == NULL || d.raw->len >= WW_DEAD_RAW_MAX) {
        printf("%s: only the first %d bytes of this item were kept: it cannot be requeued\n",
               key, WW_DEAD_RAW_MAX);
    } else if (send_raw(sock, key, d.raw, &seq) == 0) {
        printf("%s: queued again as ingest seq %llu%s\n", key, (unsigned long long)seq,
               keep ? "" : "; dead letter deleted");
        if (!keep) {
            redisReply *x = ww_redis_cmdf(r, "XDEL %s %s", keys->dlq, d.entry);
            if (x != NULL)
                freeReplyObject(x);
        }
        rc = 0;
    }
    freeReplyObject(rep);
    return rc;
}

static int
requeue(ww_redis_t *r, const ww_conf_t *conf, const ww_keys_t *keys, char **which, int n,
        bool keep)
{
    char *ep = ww_conf_connect_endpoint(conf->ack_endpoint);
    void *ctx = zmq_ctx_new();
    char err[256];
    ww_zsock_opts_t o = { 1000, 1000, 0, -1 };
    void *sock = cli_connect(ctx, ZMQ_DEALER, ep, &o, conf, err, sizeof err);
    int failed = 0;
    if (sock == NULL) {
        fprintf(stderr, "wirewatch dlq: %s\n", err);
        failed = n;
    } else {
        for (int i = 0; i < n; i++)
            if (requeue_one(r, keys, sock, which[i], keep) == -1)
                failed++;
        zmq_close(sock);
    }
    zmq_ctx_term(ctx);
    free(ep);
    return failed > 0 ? 1 : 0;
}

int
cli_dlq(int argc, char **argv)
{
    static const struct option longs[] = {
        { "config", required_argument, NULL, 'c' }, { "count", required_argument, NULL, 'n' },
        { "json", no_argument, NULL, 'j' },         { "keep", no_argument, NULL, 'k' },
        { "help", no_argument, NULL, 'h' },         { NULL, 0, NULL, 0 },
    };
    const char *config = NULL;
    long count = 20;
    bool as_json = false, keep = false;
    int c;
    while ((c = getopt_long(argc, argv, "c:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 'n': count = atol(optarg); break;
        case 'j': as_json = true; break;
        case 'k': keep = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    const char *verb = optind < argc ? argv[optind++] : "list";
    int nargs = argc - optind;
    bool ok = (strcmp(verb, "list") == 0 && nargs == 0 && count > 0) ||
              (strcmp(verb, "show") == 0 && nargs == 1) ||
              (strcmp(verb, "requeue") == 0 && nargs >= 1);
    if (!ok) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ww_conf_t conf;
    if (cli_load_conf(&conf, config) == -1)
        return EXIT_CONFIG;
    ww_keys_t keys;
    ww_keys_init(&keys, conf.key_prefix);
    ww_redis_t *r = cli_redis(&conf, "dlq");
    int rc = 1;
    if (r != NULL && verb[0] == 'l')
        rc = list(r, &keys, count, as_json);
    else if (r != NULL && verb[0] == 's')
        rc = show(r, &keys, argv[optind]);
    else if (r != NULL)
        rc = requeue(r, &conf, &keys, argv + optind, nargs, keep);
    ww_redis_destroy(&r);
    ww_conf_free(&conf);
    return rc;
}
