/* SPDX-License-Identifier: MIT
 *
 * board — `wirewatch board [-c FILE]`: the live event board, a web page on
 * board-listen (default 127.0.0.1:8080). At start it reads the event
 * instances Redis holds (as `wirewatch events` does) and the last
 * BOARD_BACKLOG published seqs (replay), so that a board opened late is
 * complete; then it follows the PUB socket (follow.h: gaps filled from
 * replay, reset notices followed) and pushes every change to the open pages
 * as Server-Sent Events (board_http.h). What it shows is in board_model.h,
 * the page in client/board/. Prints "wirewatch board: http://HOST:PORT/" on
 * stdout once it listens; exits 0 on SIGTERM or SIGINT, 78 on a bad config
 * (or a non-loopback board-listen without board-token-file), 1 when Redis or
 * the sockets fail at start. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "board_http.h"
#include "board_model.h"
#include "cli.h"
#include "follow.h"
#include "instances.h"
#include "ww_clock.h"
#include "ww_keys.h"
#include "ww_proto.h"
#include "ww_sig.h"

#define BOARD_BACKLOG 500       /* seqs replayed at start, for the stream */
#define STATS_EVERY_MS 1000     /* counters to the pages */
#define KEEPALIVE_EVERY_MS 15000
#define LOOKUP_TIMEOUT_MS 1000  /* one original fetched from replay */
#define DETAIL_TIMEOUT_MS 5000  /* an old instance's reports fetched from replay */
#define TOKEN_MIN 16

typedef struct {
    ww_conf_t conf;
    ww_keys_t keys;
    ww_redis_t *redis;
    follow_t *f;
    board_model_t *m;
    board_http_t *http;     /* NULL until the start's backlog is read */
    bool live;              /* past the start: items count towards the rate */
    uint64_t from;          /* the first seq the board follows: what came before is not kept */
    char token[256];
} board_t;

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch board [-c FILE]\n"
                 "  Serves the live event board on board-listen (default 127.0.0.1:8080):\n"
                 "  event instances as reports arrive, each with its reports, the incoming\n"
                 "  items with their duplicate verdicts, counters. Open the address it\n"
                 "  prints in a browser (with ?token=TOKEN when board-token-file is set).\n");
}

/* --- messages ----------------------------------------------------------- */

static json_t *
decode(const ww_buf_t *body)
{
    msgpack_unpacked u;
    ww_reject_t why;
    json_t *j = NULL;
    if (ww_proto_unpack((const uint8_t *)body->ptr, body->len, &u, &why) == 0)
        j = json_from_msgpack(&u.data);
    msgpack_unpacked_destroy(&u);
    return j;
}

static void
send_json(board_t *b, const char *event, const json_t *j)
{
    if (b->http == NULL || board_http_streams(b->http) == 0)
        return;
    char *s = json_dumps(j, JSON_COMPACT);
    if (s != NULL)
        board_http_send(b->http, event, s);
    free(s);
}

typedef struct {
    json_t *found;  /* an item JSON, or NULL */
} one_t;

static bool
keep_one(void *arg, const char *topic, size_t tlen, const ww_buf_t *body, uint64_t seq)
{
    (void)topic, (void)tlen, (void)seq;
    one_t *o = arg;
    json_t *msg = decode(body);
    if (o->found == NULL && msg != NULL)
        o->found = board_model_item(msg);
    json_decref(msg);
    return true;
}

/* Names the original of a duplicate: kept, or fetched from replay. */
static void
name_original(board_t *b, json_t *item)
{
    json_int_t of = json_integer_value(json_object_get(json_object_get(item, "dup"), "of_seq"));
    if (of <= 0)
        return;
    const json_t *kept = board_model_find(b->m, (uint64_t)of);
    if (kept != NULL) {
        board_model_name_original(item, kept);
        return;
    }
    one_t o = { NULL };
    follow_fetch(b->f, (uint64_t)of, (uint64_t)of, "item.", keep_one, &o, LOOKUP_TIMEOUT_MS);
    if (o.found != NULL)
        board_model_name_original(item, o.found);
    json_decref(o.found);
}

static bool
on_message(void *arg, const char *topic, size_t tlen, const ww_buf_t *body, uint64_t seq)
{
    (void)tlen, (void)seq;
    board_t *b = arg;
    bool is_item = strncmp(topic, "item.", 5) == 0;
    bool is_update = strncmp(topic, WW_TOPIC_UPDATE, strlen(WW_TOPIC_UPDATE)) == 0;
    if (!is_item && !is_update)
        return true; /* event.* copies, dead letters */
    json_t *msg = decode(body);
    if (msg == NULL) {
        fprintf(stderr, "wirewatch board: undecodable message on %s\n", topic);
        return true;
    }
    if (is_item) {
        json_t *item = board_model_item(msg);
        if (item != NULL) {
            name_original(b, item);
            board_model_add_item(b->m, item, b->live, ww_clock_wall_ms());
            send_json(b, "item", item);
            json_decref(item);
        }
    } else {
        const json_t *state = board_model_update(b->m, msg);
        if (state != NULL)
            send_json(b, "instance", state);
    }
    json_decref(msg);
    return true;
}

/* --- state from Redis --------------------------------------------------- */

/* Forgets everything and reads the instances Redis holds; items from seq
 * FROM on are to come. Returns -1 when Redis failed. */
static int
load(board_t *b, uint64_t from)
{
    b->from = from;
    board_model_clear(b->m, from);
    json_t *ids = json_array();
    int rc = instances_scan(b->redis, &b->keys, "", ids);
    size_t i;
    json_t *id;
    json_array_foreach(ids, i, id) {
        json_t *state = instances_get(b->redis, &b->keys, json_string_value(id));
        if (state != NULL)
            board_model_load(b->m, state);
    }
    json_decref(ids);
    return rc;
}

/* The seq the start's backlog begins with: BOARD_BACKLOG before the newest
 * in the output stream (entry ids are "<seq>-0"; XREVRANGE, which the
 * read-only Redis user may run). Every instance read after it is at least as
 * new. */
static uint64_t
backlog_start(board_t *b)
{
    redisReply *r = ww_redis_cmdf(b->redis, "XREVRANGE %s + - COUNT 1", b->keys.out);
    uint64_t last = 0;
    if (r != NULL && r->type == REDIS_REPLY_ARRAY && r->elements == 1 &&
        r->element[0]->type == REDIS_REPLY_ARRAY && r->element[0]->elements == 2)
        last = strtoull(r->element[0]->element[0]->str, NULL, 10);
    if (r != NULL)
        freeReplyObject(r);
    return last > BOARD_BACKLOG ? last - BOARD_BACKLOG + 1 : 1;
}

static void
on_reset(void *arg, uint64_t head)
{
    board_t *b = arg;
    if (load(b, head + 1) == -1)
        fprintf(stderr, "wirewatch board: reading the event instances failed: %s\n",
                ww_redis_errstr(b->redis));
    json_t *snap = board_model_snapshot(b->m, ww_clock_wall_ms());
    send_json(b, "snapshot", snap);
    json_decref(snap);
}

/* --- /api --------------------------------------------------------------- */

typedef struct {
    const char *id;
    json_t *items;
} collect_t;

static bool
collect(void *arg, const char *topic, size_t tlen, const ww_buf_t *body, uint64_t seq)
{
    (void)topic, (void)tlen, (void)seq;
    collect_t *c = arg;
    json_t *msg = decode(body);
    json_t *item = msg != NULL ? board_model_item(msg) : NULL;
    const char *id = json_string_value(json_object_get(json_object_get(item, "event"), "id"));
    if (id != NULL && strcmp(id, c->id) == 0)
        json_array_append(c->items, item);
    json_decref(item);
    json_decref(msg);
    return true;
}

/* The reports of an instance older than the board, from replay: the event
 * copies of its type from its first seq up to where the board began (what
 * came later is kept). */
static void
fetch_reports(board_t *b, const char *id)
{
    json_t *detail = board_model_detail(b->m, id);
    const json_t *state = json_object_get(detail, "instance");
    char topic[300];
    snprintf(topic, sizeof topic, "%s%s", WW_TOPIC_EVENT,
             json_string_value(json_object_get(state, "type")));
    uint64_t first = (uint64_t)json_integer_value(json_object_get(state, "first_seq"));
    collect_t c = { id, json_array() };
    if (first == 0 || first >= b->from)
        first = 1;
    if (follow_fetch(b->f, first, b->from - 1, topic, collect, &c, DETAIL_TIMEOUT_MS) == 0) {
        size_t i;
        json_t *item;
        json_array_foreach(c.items, i, item) {
            const json_t *orig = board_model_find(
                b->m, (uint64_t)json_integer_value(
                          json_object_get(json_object_get(item, "dup"), "of_seq")));
            if (orig != NULL)
                board_model_name_original(item, orig);
        }
        board_model_set_reports(b->m, id, c.items);
    } else {
        fprintf(stderr, "wirewatch board: the reports of %s could not be fetched from replay\n",
                id);
        json_decref(c.items);
    }
    json_decref(detail);
}

static unsigned
api(void *arg, const char *what, const char *id, ww_buf_t *out)
{
    board_t *b = arg;
    json_t *j = NULL;
    unsigned status = 200;
    if (strcmp(what, "state") == 0) {
        j = board_model_snapshot(b->m, ww_clock_wall_ms());
    } else if (strcmp(what, "event") == 0 && id != NULL) {
        if (!board_model_complete(b->m, id))
            fetch_reports(b, id);
        j = board_model_detail(b->m, id);
        if (j == NULL)
            j = json_pack("{s:s}", "error", "no such event instance"), status = 404;
    } else {
        j = json_pack("{s:s}", "error", "unknown: /api/state, /api/event?id=TYPE:DATE");
        status = 404;
    }
    char *s = json_dumps(j, JSON_COMPACT);
    ww_buf_puts(out, s != NULL ? s : "{}");
    free(s);
    json_decref(j);
    return status;
}

/* --- the process -------------------------------------------------------- */

/* Reads the first line of board-token-file into B->token. */
static int
read_token(board_t *b)
{
    const char *path = b->conf.board_token_file;
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fprintf(stderr, "wirewatch board: board-token-file %s: %s\n", path, strerror(errno));
        return -1;
    }
    char *ok = fgets(b->token, sizeof b->token, f);
    fclose(f);
    if (ok != NULL)
        b->token[strcspn(b->token, "\r\n")] = '\0';
    if (ok == NULL || strlen(b->token) < TOKEN_MIN) {
        fprintf(stderr, "wirewatch board: board-token-file %s: the first line must hold a "
                        "token of at least %d characters (e.g. `head -c 24 /dev/urandom | "
                        "base64`)\n", path, TOKEN_MIN);
        return -1;
    }
    return 0;
}

static void
run(board_t *b, int sig_fd)
{
    int64_t next_stats = 0, next_keepalive = ww_clock_mono_ms() + KEEPALIVE_EVERY_MS;
    for (;;) {
        int64_t now = ww_clock_mono_ms();
        if (now >= next_stats) {
            json_t *s = board_model_stats(b->m, ww_clock_wall_ms());
            send_json(b, "stats", s);
            json_decref(s);
            next_stats = now + STATS_EVERY_MS;
        }
        if (now >= next_keepalive) {
            board_http_send(b->http, NULL, NULL);
            next_keepalive = now + KEEPALIVE_EVERY_MS;
        }
        int64_t wait = board_http_run(b->http, next_stats - now);
        zmq_pollitem_t items[] = {
            { follow_socket(b->f), 0, ZMQ_POLLIN, 0 },
            { NULL, board_http_fd(b->http), ZMQ_POLLIN, 0 },
            { NULL, sig_fd, ZMQ_POLLIN, 0 },
        };
        int rc = zmq_poll(items, 3, wait > 0 ? (long)wait : 0);
        if (rc == -1 && errno != EINTR)
            break;
        if (rc > 0 && (items[2].revents & ZMQ_POLLIN) != 0 && ww_sig_take().stop)
            break;
        if (rc > 0 && (items[0].revents & ZMQ_POLLIN) != 0)
            follow_run(b->f);
    }
}

static int
serve(board_t *b, void *ctx)
{
    char err[512];
    /* listening first: a bad address is a config error, found at once; what
     * comes before the backlog is read waits in the kernel's queue */
    board_http_opts_t ho = { b->conf.board_listen, b->token[0] ? b->token : NULL, api, b };
    b->http = board_http_new(&ho, err, sizeof err);
    if (b->http == NULL) {
        fprintf(stderr, "wirewatch board: %s\n", err);
        return EXIT_CONFIG;
    }
    follow_opts_t fo = { "wirewatch board", "", on_message, on_reset, b };
    b->f = follow_new(ctx, &b->conf, &fo, err, sizeof err);
    if (b->f == NULL) {
        fprintf(stderr, "wirewatch board: %s\n", err);
        return 1;
    }
    uint64_t from = backlog_start(b);
    if (load(b, from) == -1) {
        fprintf(stderr, "wirewatch board: reading the event instances failed: %s\n",
                ww_redis_errstr(b->redis));
        return 1;
    }
    follow_start_at(b->f, from);
    if (follow_replay(b->f) == -1)
        fprintf(stderr, "wirewatch board: the replay endpoint did not answer: the stream "
                        "starts empty\n");
    b->live = true;
    char host[256];
    const char *colon = strrchr(b->conf.board_listen, ':');
    snprintf(host, sizeof host, "%.*s", (int)(colon - b->conf.board_listen),
             b->conf.board_listen);
    if (host[0] == '\0' || strcmp(host, "*") == 0 || strcmp(host, "0.0.0.0") == 0)
        snprintf(host, sizeof host, "127.0.0.1");
    printf("wirewatch board: http://%s:%u/%s\n", host, board_http_port(b->http),
           b->token[0] ? " (add ?token= and the token of board-token-file)" : "");
    fflush(stdout);
    int sig_fd = ww_sig_init();
    if (sig_fd == -1) {
        fprintf(stderr, "wirewatch board: signals: %s\n", strerror(errno));
        return 1;
    }
    run(b, sig_fd);
    return 0;
}

int
cli_board(int argc, char **argv)
{
    static const struct option longs[] = {
        { "config", required_argument, NULL, 'c' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    const char *config = NULL;
    int c;
    while ((c = getopt_long(argc, argv, "c:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    board_t b;
    memset(&b, 0, sizeof b);
    if (cli_load_conf(&b.conf, config) == -1)
        return EXIT_CONFIG;
    int rc = EXIT_CONFIG;
    if (b.conf.board_token_file[0] != '\0' && read_token(&b) == -1)
        goto done;
    ww_keys_init(&b.keys, b.conf.key_prefix);
    rc = 1;
    b.redis = cli_redis(&b.conf, "board");
    if (b.redis == NULL)
        goto done;
    b.m = board_model_new();
    void *ctx = zmq_ctx_new();
    rc = serve(&b, ctx);
    board_http_destroy(&b.http);
    follow_destroy(&b.f);
    zmq_ctx_term(ctx);
done:
    board_model_destroy(&b.m);
    ww_redis_destroy(&b.redis);
    ww_conf_free(&b.conf);
    return rc;
}
