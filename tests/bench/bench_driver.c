/* SPDX-License-Identifier: MIT
 *
 * bench_driver — feeds a pipeline and watches what comes out, for the
 * end-to-end bench (tests/bench/e2e.sh). The same driver feeds wirewatch and
 * the naive Python pipeline (naive.py): it PUSHes raw items (msgpack,
 * PROTOCOL.md) straight to the ingest endpoint and SUBscribes to "item." on
 * the publish endpoint, where it finds each item again by its "id". It
 * stamps each item's send time and measures, per item, ingest to publish.
 *
 *   bench_driver [-n N] [-f FIRST] [-r RATE] [-w WINDOW] [-t IDLE_S] PUSH_EP SUB_EP
 *
 * Items FIRST..FIRST+N-1 (ids "b<k>"), distinct 3 KB texts made here before
 * the clock starts: a TASS-style dateline, then sentences of SENTENCE_WORDS
 * words drawn by a PRNG seeded with k from a vocabulary of wire-copy words
 * written for this bench, in paragraphs of PARAGRAPH_SENTENCES, so no two
 * items are near copies. (Sentences matter: classify's cost grows faster
 * than the length of a sentence, and a 3 KB text without a full stop costs
 * it several times as much.) RATE items/s paces the sending (0: as fast as
 * the window lets); at most WINDOW items are in flight (sent, not yet seen).
 * Stops when every item came out, or after IDLE_S seconds without progress.
 * Prints one line:
 *
 *   bench_driver items=N received=M duplicates=D seconds=… items_per_s=…
 *       p50_ms=… p99_ms=… p999_ms=… max_ms=… driver_cpu_us_per_item=…
 *
 * items_per_s is items received over the time from the first send to the
 * last receipt. Exit status 0 when every item came out exactly once, 1 when
 * not (the line says how many), 64 on usage. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <msgpack.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <zmq.h>

#include "bench_words.h"
#include "ww_alloc.h"
#include "ww_buf.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define BODY_BYTES     3000
#define PUBLISHED_MS   1457265600000LL /* 2016-03-06T12:00:00Z */
#define CONNECT_MS     500             /* for the SUB's subscription to reach the PUB */
#define SEND_HWM       10000           /* ingest-hwm's default */
#define MAX_POLL_MS    100
#define SENTENCE_WORDS 15  /* words per sentence */
#define PARAGRAPH_SENTENCES 4

static const char *const vocabulary[] = {
    "the", "ministers", "discussed", "ceasefire", "in", "syria", "and", "humanitarian",
    "access", "to", "besieged", "towns", "said", "ministry", "statement", "on", "sunday",
    "talks", "geneva", "envoy", "convoys", "monitoring", "group", "sides", "agreed",
    "continue", "contacts", "yemen", "ukraine", "minsk", "agreements", "progress",
    "violations", "reported", "officials", "washington", "moscow", "phone", "call",
    "initiative", "american", "side", "terrorist", "groups", "excluded", "truce", "council",
    "resolution", "border", "crossing", "aid", "trucks", "reached", "province", "governor",
    "refugees", "returned", "schools", "reopened", "market", "prices", "rose", "wheat",
    "harvest", "exports", "ports", "shipping", "insurance", "rates", "fell", "banks",
    "lending", "central", "rate", "inflation", "budget", "deficit", "parliament", "vote",
    "coalition", "opposition", "protest", "police", "arrested", "court", "ruling", "appeal",
    "sentence", "prison", "election", "campaign", "candidate", "polls", "turnout", "results",
    "delegation", "visit", "ankara", "tehran", "friday", "analysts", "agreement", "district",
    "experts", "consultations", "draft", "security", "permanent", "members", "week",
};
#define N_WORDS (sizeof vocabulary / sizeof vocabulary[0])

typedef struct {
    long n, first, window;
    double rate;
    int idle_s;
    ww_buf_t raw;       /* the items, encoded, one after the other */
    size_t *offset;     /* n + 1 offsets into raw */
    int64_t *sent_ns;   /* 0 until sent */
    int64_t *latency;   /* ns; -1 until received */
    long sent, received, duplicates;
    int64_t start_ns, last_ns;
} driver_t;

static int64_t
now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static double
cpu_seconds(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
           ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e6;
}

/* Appends item K, encoded, to OUT. */
static void
make_item(ww_buf_t *out, long k)
{
    uint64_t rng = UINT64_C(0x9e3779b97f4a7c15) ^ (uint64_t)(k + 1) * UINT64_C(0xbf58476d1ce4e5b9);
    for (int i = 0; i < 4; i++)
        next_random(&rng);
    char body[BODY_BYTES + 32];
    size_t len = (size_t)snprintf(body, sizeof body, "MOSCOW, March 6. /TASS/.");
    for (size_t words = 0; len < BODY_BYTES; words++) {
        const char *w = vocabulary[next_random(&rng) % N_WORDS];
        size_t wl = strlen(w);
        body[len++] = ' ';
        memcpy(body + len, w, wl);
        if (words % SENTENCE_WORDS == 0) /* a sentence starts with a capital */
            body[len] -= 'a' - 'A';
        len += wl;
        if (words % SENTENCE_WORDS == SENTENCE_WORDS - 1) {
            body[len++] = '.';
            if (words % (SENTENCE_WORDS * PARAGRAPH_SENTENCES) ==
                SENTENCE_WORDS * PARAGRAPH_SENTENCES - 1)
                body[len++] = '\n';
        }
    }
    body[len++] = '.';
    char id[32], url[64], title[32];
    snprintf(id, sizeof id, "b%ld", k);
    snprintf(url, sizeof url, "https://bench.example/%ld", k);
    snprintf(title, sizeof title, "Item %ld", k);
    ww_item_t it = { .id = { id, strlen(id) },
                     .source = { "bench", 5 },
                     .url = { url, strlen(url) },
                     .title = { title, strlen(title) },
                     .body = { body, len },
                     .published = PUBLISHED_MS };
    ww_proto_encode_item(out, &it);
}

/* The item number in the "id" of a published msgpack map, or -1. */
static long
published_number(const char *p, size_t len)
{
    msgpack_unpacked u;
    msgpack_unpacked_init(&u);
    long k = -1;
    if (msgpack_unpack_next(&u, p, len, NULL) == MSGPACK_UNPACK_SUCCESS &&
        u.data.type == MSGPACK_OBJECT_MAP) {
        const msgpack_object_map *m = &u.data.via.map;
        for (uint32_t i = 0; i < m->size; i++) {
            const msgpack_object *key = &m->ptr[i].key, *v = &m->ptr[i].val;
            if (key->type != MSGPACK_OBJECT_STR || key->via.str.size != 2 ||
                memcmp(key->via.str.ptr, "id", 2) != 0 || v->type != MSGPACK_OBJECT_STR)
                continue;
            char buf[32];
            size_t n = v->via.str.size;
            if (n >= 2 && n < sizeof buf && v->via.str.ptr[0] == 'b') {
                memcpy(buf, v->via.str.ptr + 1, n - 1);
                buf[n - 1] = '\0';
                char *end;
                k = strtol(buf, &end, 10);
                if (*end != '\0')
                    k = -1;
            }
            break;
        }
    }
    msgpack_unpacked_destroy(&u);
    return k;
}

/* Whether item number d->sent may go now; else *WAIT_MS is how long until
 * it may (for the rate), or -1 (the window is full). */
static bool
may_send(const driver_t *d, int64_t now, int *wait_ms)
{
    *wait_ms = -1;
    if (d->sent >= d->n || d->sent - d->received >= d->window)
        return false;
    if (d->rate <= 0)
        return true;
    int64_t due = d->start_ns + (int64_t)((double)d->sent * 1e9 / d->rate);
    if (due <= now)
        return true;
    *wait_ms = (int)((due - now + 999999) / 1000000); /* rounded up: poll does not spin */
    return false;
}

static void
send_some(driver_t *d, void *push)
{
    int wait_ms;
    while (may_send(d, now_ns(), &wait_ms)) {
        size_t off = d->offset[d->sent], len = d->offset[d->sent + 1] - off;
        d->sent_ns[d->sent] = now_ns();
        if (zmq_send(push, d->raw.ptr + off, len, ZMQ_DONTWAIT) == -1) {
            d->sent_ns[d->sent] = 0;
            return; /* EAGAIN: the HWM; EINTR: again on the next turn */
        }
        d->sent++;
    }
}

static void
receive_all(driver_t *d, void *sub, ww_zmsg_t *m)
{
    while (ww_zsock_recv(sub, m, ZMQ_DONTWAIT) == 0) {
        int64_t now = now_ns();
        if (m->n != 2)
            continue;
        long k = published_number(m->frame[1].ptr, m->frame[1].len) - d->first;
        if (k < 0 || k >= d->sent || d->sent_ns[k] == 0)
            continue;
        if (d->latency[k] >= 0) {
            d->duplicates++;
            continue;
        }
        d->latency[k] = now - d->sent_ns[k];
        d->received++;
        d->last_ns = now;
    }
}

static int
cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static double
percentile_ms(const int64_t *sorted, long n, double q)
{
    if (n == 0)
        return 0;
    long i = (long)(q * (double)n);
    return (double)sorted[i < n ? i : n - 1] / 1e6;
}

static void
report(driver_t *d, double cpu)
{
    int64_t *lat = ww_xmalloc((size_t)(d->n ? d->n : 1) * sizeof *lat);
    long k = 0;
    for (long i = 0; i < d->n; i++)
        if (d->latency[i] >= 0)
            lat[k++] = d->latency[i];
    qsort(lat, (size_t)k, sizeof *lat, cmp_i64);
    double secs = d->received > 0 ? (double)(d->last_ns - d->start_ns) / 1e9 : 0;
    printf("bench_driver items=%ld received=%ld duplicates=%ld seconds=%.2f items_per_s=%.0f "
           "p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f driver_cpu_us_per_item=%.1f\n",
           d->n, d->received, d->duplicates, secs, secs > 0 ? (double)d->received / secs : 0,
           percentile_ms(lat, k, 0.50), percentile_ms(lat, k, 0.99), percentile_ms(lat, k, 0.999),
           k > 0 ? (double)lat[k - 1] / 1e6 : 0, cpu * 1e6 / (double)(d->n ? d->n : 1));
    free(lat);
}

static int
run(driver_t *d, const char *push_ep, const char *sub_ep)
{
    void *ctx = zmq_ctx_new();
    char err[256];
    ww_zsock_opts_t po = { SEND_HWM, SEND_HWM, 0, -1 }, so = { 0, 0, 0, -1 };
    void *push = ww_zsock_new(ctx, ZMQ_PUSH, push_ep, false, &po, err, sizeof err);
    void *sub = push ? ww_zsock_new(ctx, ZMQ_SUB, sub_ep, false, &so, err, sizeof err) : NULL;
    if (push == NULL || sub == NULL) {
        fprintf(stderr, "bench_driver: %s\n", err);
        return 1;
    }
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "item.", 5);
    usleep(CONNECT_MS * 1000);
    ww_zmsg_t m = { 0 };
    double cpu0 = cpu_seconds();
    d->start_ns = d->last_ns = now_ns();
    int64_t progress_ns = d->start_ns;
    long seen = 0;
    while (d->received < d->n) {
        send_some(d, push);
        int wait_ms;
        may_send(d, now_ns(), &wait_ms);
        zmq_pollitem_t items[2] = { { sub, 0, ZMQ_POLLIN, 0 }, { push, 0, 0, 0 } };
        if (d->sent < d->n && d->sent - d->received < d->window && wait_ms < 0)
            items[1].events = ZMQ_POLLOUT; /* blocked by the HWM */
        int timeout = wait_ms >= 0 && wait_ms < MAX_POLL_MS ? wait_ms : MAX_POLL_MS;
        if (zmq_poll(items, 2, timeout) == -1 && errno != EINTR)
            break;
        receive_all(d, sub, &m);
        int64_t now = now_ns();
        if (d->received + d->sent != seen) {
            seen = d->received + d->sent;
            progress_ns = now;
        } else if (now - progress_ns > (int64_t)d->idle_s * 1000000000) {
            break;
        }
    }
    report(d, cpu_seconds() - cpu0);
    ww_zmsg_free(&m);
    zmq_close(push);
    zmq_close(sub);
    zmq_ctx_term(ctx);
    return d->received == d->n && d->duplicates == 0 ? 0 : 1;
}

int
main(int argc, char **argv)
{
    driver_t d = { .n = 20000, .first = 0, .window = 1000, .rate = 0, .idle_s = 30 };
    int opt;
    while ((opt = getopt(argc, argv, "n:f:r:w:t:")) != -1) {
        switch (opt) {
        case 'n': d.n = atol(optarg); break;
        case 'f': d.first = atol(optarg); break;
        case 'r': d.rate = atof(optarg); break;
        case 'w': d.window = atol(optarg); break;
        case 't': d.idle_s = atoi(optarg); break;
        default: goto usage;
        }
    }
    if (argc - optind != 2 || d.n <= 0 || d.first < 0 || d.window <= 0 || d.idle_s <= 0)
        goto usage;
    d.raw = (ww_buf_t)WW_BUF_INIT;
    d.offset = ww_xmalloc((size_t)(d.n + 1) * sizeof *d.offset);
    d.sent_ns = ww_xcalloc((size_t)d.n, sizeof *d.sent_ns);
    d.latency = ww_xmalloc((size_t)d.n * sizeof *d.latency);
    for (long i = 0; i < d.n; i++) {
        d.offset[i] = d.raw.len;
        make_item(&d.raw, d.first + i);
        d.latency[i] = -1;
    }
    d.offset[d.n] = d.raw.len;
    int rc = run(&d, argv[optind], argv[optind + 1]);
    ww_buf_free(&d.raw);
    free(d.offset);
    free(d.sent_ns);
    free(d.latency);
    return rc;
usage:
    fprintf(stderr, "usage: %s [-n N] [-f FIRST] [-r RATE] [-w WINDOW] [-t IDLE_S] PUSH_EP SUB_EP\n",
            argv[0]);
    return 64;
}
