/* SPDX-License-Identifier: MIT
 *
 * feed — `wirewatch feed [-c FILE] [--endpoint EP] [--window N] [--timeout S]
 * [--strict] [FILE…]`: reads JSON Lines (files, or stdin when none or "-"),
 * sends each line as one raw item to the acknowledged endpoint (DEALER →
 * ROUTER, frames [token][item]) with up to N items in flight, and resends
 * what is not acknowledged: after an ack timeout, on "retry later" (with
 * backoff), and after the daemon comes back. An item with an `id` is queued
 * exactly once (within the daemon's scraper-id-retention): resent after a
 * lost ack, it is answered "already queued" and counted as such. An item
 * without an id is delivered at least once: resent, it may be queued twice
 * (and comes out the second time as an exact duplicate), never lost. Prints
 * each rejection with its reason and a summary; a line too large for the
 * daemon's socket (WW_WIRE_LIMIT) is reported and not sent. While it waits
 * (the daemon answers "retry later", or does not answer) it says so on
 * stderr, once per change, with the reason;
 * exits 1 when a line could not be delivered within --timeout (and with
 * --strict, when any line was rejected). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "cli.h"
#include "ww_alloc.h"
#include "ww_clock.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define ACK_TIMEOUT_MS 5000   /* resend an item not answered in this time */
#define RETRY_MIN_MS 50       /* backoff after "retry later", doubling */
#define RETRY_MAX_MS 2000
#define EAGAIN_WAIT_MS 100    /* daemon not connected: try to send again */

typedef struct {
    bool busy;
    ww_buf_t msg;         /* the item as msgpack */
    char label[300];      /* "file:line" */
    char json_err[256];   /* "column: the JSON error", or "" for a JSON object */
    uint32_t gen;         /* bumps on reuse: stale answers are ignored */
    int64_t first_ms;     /* first send attempt: for --timeout */
    int64_t due_ms;       /* next (re)send */
    int attempts;
} slot_t;

typedef struct {
    void *sock;
    slot_t *slots;
    size_t window;
    int64_t give_up_ms;
    long long wire_limit; /* the largest item the daemon's socket takes */
    const char *endpoint;
    enum { FLOWING, RETRY, SILENT } state; /* said on stderr at each change */
    char why[160];        /* RETRY: the daemon's reason */
    int64_t waiting_ms;   /* when the wait began */
    int64_t answer_ms;    /* the last answer of any kind */
    char **files;         /* inputs; NULL-terminated */
    FILE *in;
    const char *in_name;
    long line_no;
    char *line;
    size_t line_cap;
    unsigned long lines, accepted, rejected, unsent;
    unsigned long already; /* of the accepted: queued before (sent twice) */
} feed_t;

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch feed [-c FILE] [--endpoint EP] [--window N] [--timeout S]\n"
                 "                      [--strict] [FILE...]\n"
                 "  Sends JSON Lines raw items (stdin when no FILE or \"-\") through the\n"
                 "  acknowledged endpoint and prints how many were accepted and rejected.\n"
                 "  --endpoint EP  connect here instead of ack-endpoint from the config\n"
                 "  --window N     items in flight (default 100)\n"
                 "  --timeout S    give up on an item not acknowledged after S seconds (60)\n"
                 "  --strict       exit 1 when any line was rejected\n");
}

/* Opens the next input. Returns false when there is none left. */
static bool
next_input(feed_t *f)
{
    if (f->in != NULL && f->in != stdin)
        fclose(f->in);
    f->in = NULL;
    while (*f->files != NULL) {
        const char *name = *f->files++;
        f->line_no = 0;
        if (strcmp(name, "-") == 0) {
            f->in = stdin, f->in_name = "stdin";
            return true;
        }
        f->in = fopen(name, "r");
        f->in_name = name;
        if (f->in != NULL)
            return true;
        fprintf(stderr, "wirewatch feed: %s: %s\n", name, strerror(errno));
        f->unsent++;
    }
    return false;
}

/* True (and reported, and counted as not sent) when the item in S is larger
 * than the daemon's socket takes: ZeroMQ would drop it with the connection,
 * without an answer. An item over max-item-size but under that limit is sent:
 * the daemon rejects it as too_large and keeps it as a dead letter. */
static bool
too_large(feed_t *f, const slot_t *s)
{
    if ((long long)s->msg.len <= f->wire_limit)
        return false;
    printf("%s: not sent: too large (%zu bytes; the daemon takes at most %lld, twice "
           "max-item-size and 64 KB)\n", s->label, s->msg.len, f->wire_limit);
    f->unsent++;
    return true;
}

/* Reads the next non-blank line that can be sent into slot S. Returns false
 * at the end. */
static bool
read_line(feed_t *f, slot_t *s)
{
    for (;;) {
        if (f->in == NULL && !next_input(f))
            return false;
        ssize_t n = getline(&f->line, &f->line_cap, f->in);
        if (n < 0) {
            if (!next_input(f))
                return false;
            continue;
        }
        f->line_no++;
        while (n > 0 && (f->line[n - 1] == '\n' || f->line[n - 1] == '\r'))
            n--;
        if (n == 0)
            continue;
        ww_buf_reset(&s->msg);
        s->json_err[0] = '\0';
        json_line_to_msgpack(f->line, (size_t)n, &s->msg, s->json_err, sizeof s->json_err);
        snprintf(s->label, sizeof s->label, "%s:%ld", f->in_name, f->line_no);
        f->lines++;
        if (too_large(f, s))
            continue;
        return true;
    }
}

static void
fill(feed_t *f, bool *eof, int64_t now)
{
    for (size_t i = 0; i < f->window && !*eof; i++) {
        slot_t *s = &f->slots[i];
        if (s->busy)
            continue;
        if (!read_line(f, s)) {
            *eof = true;
            return;
        }
        s->busy = true;
        s->gen++;
        s->first_ms = 0;
        s->due_ms = now;
        s->attempts = 0;
    }
}

static void
send_due(feed_t *f, int64_t now)
{
    for (size_t i = 0; i < f->window; i++) {
        slot_t *s = &f->slots[i];
        if (!s->busy || s->due_ms > now)
            continue;
        if (s->first_ms == 0)
            s->first_ms = now;
        if (now - s->first_ms > f->give_up_ms) {
            printf("%s: not acknowledged after %llds, giving up\n", s->label,
                   (long long)f->give_up_ms / 1000);
            f->unsent++;
            s->busy = false;
            continue;
        }
        char token[32];
        int tlen = snprintf(token, sizeof token, "%zu:%u", i, s->gen);
        const void *frames[2] = { token, s->msg.ptr };
        size_t lens[2] = { (size_t)tlen, s->msg.len };
        if (ww_zsock_send(f->sock, frames, lens, 2, ZMQ_DONTWAIT) == -1) {
            s->due_ms = now + EAGAIN_WAIT_MS;
            continue;
        }
        s->attempts++;
        s->due_ms = now + ACK_TIMEOUT_MS;
    }
}

/* The feed's state changes are told on stderr, once each: waiting because the
 * daemon answers "retry later" (and why), waiting because it does not answer,
 * flowing again. */
static void
say_waiting(feed_t *f, ww_str_t reason, int64_t now)
{
    char why[sizeof f->why];
    snprintf(why, sizeof why, "%.*s", (int)reason.len, reason.p);
    if (f->state == RETRY && strcmp(why, f->why) == 0)
        return;
    if (f->state == FLOWING)
        f->waiting_ms = now;
    f->state = RETRY;
    snprintf(f->why, sizeof f->why, "%s", why);
    fprintf(stderr, "wirewatch feed: waiting: the daemon answers \"retry later\" (%s); "
                    "resending with backoff\n", why);
}

static void
say_silent(feed_t *f, int64_t now)
{
    if (f->state == SILENT || now - f->answer_ms < ACK_TIMEOUT_MS)
        return;
    if (f->state == FLOWING)
        f->waiting_ms = f->answer_ms; /* the wait began with the last answer */
    f->state = SILENT;
    fprintf(stderr, "wirewatch feed: waiting: no answer from %s for %d s (the daemon is down "
                    "or stalled); resending\n", f->endpoint, ACK_TIMEOUT_MS / 1000);
}

static void
say_flowing(feed_t *f, int64_t now)
{
    fprintf(stderr, "wirewatch feed: the daemon accepts items again, after %.1f s of "
                    "waiting\n", (double)(now - f->waiting_ms) / 1000);
    f->state = FLOWING;
}

static void
on_reply(feed_t *f, const ww_zmsg_t *m, int64_t now)
{
    size_t idx;
    unsigned gen;
    if (m->n != 2 || sscanf(m->frame[0].ptr, "%zu:%u", &idx, &gen) != 2 || idx >= f->window)
        return;
    slot_t *s = &f->slots[idx];
    ww_ack_t ack;
    ww_reject_t why;
    if (!s->busy || s->gen != gen ||
        ww_proto_decode_ack((const uint8_t *)m->frame[1].ptr, m->frame[1].len, &ack, &why) == -1)
        return;
    f->answer_ms = now;
    if (ack.status == WW_ACK_RETRY)
        say_waiting(f, ack.reason, now);
    else if (f->state != FLOWING)
        say_flowing(f, now);
    if (ack.status == WW_ACK_OK) {
        f->accepted++;
        f->already += ack.already;
        s->busy = false;
    } else if (ack.status == WW_ACK_REJECTED) {
        if (s->json_err[0] != '\0')
            printf("%s:%s (rejected: %.*s)\n", s->label, s->json_err, (int)ack.reason.len,
                   ack.reason.p);
        else
            printf("%s: rejected: %.*s\n", s->label, (int)ack.reason.len, ack.reason.p);
        f->rejected++;
        s->busy = false;
    } else {
        int64_t backoff = RETRY_MIN_MS << (s->attempts < 6 ? s->attempts : 6);
        s->due_ms = now + (backoff > RETRY_MAX_MS ? RETRY_MAX_MS : backoff);
    }
}

static int64_t
next_due(const feed_t *f, int64_t now)
{
    int64_t t = ACK_TIMEOUT_MS;
    for (size_t i = 0; i < f->window; i++)
        if (f->slots[i].busy && f->slots[i].due_ms - now < t)
            t = f->slots[i].due_ms - now;
    return t < 0 ? 0 : t;
}

static bool
any_busy(const feed_t *f)
{
    for (size_t i = 0; i < f->window; i++)
        if (f->slots[i].busy)
            return true;
    return false;
}

static void
run(feed_t *f)
{
    bool eof = false;
    ww_zmsg_t m = { 0 };
    f->answer_ms = ww_clock_mono_ms();
    for (;;) {
        int64_t now = ww_clock_mono_ms();
        fill(f, &eof, now);
        if (eof && !any_busy(f))
            break;
        if (any_busy(f))
            say_silent(f, now);
        else
            f->answer_ms = now; /* nothing asked: silence is no sign */
        send_due(f, now);
        zmq_pollitem_t item = { f->sock, 0, ZMQ_POLLIN, 0 };
        if (zmq_poll(&item, 1, (long)next_due(f, ww_clock_mono_ms())) > 0) {
            while (ww_zsock_recv(f->sock, &m, ZMQ_DONTWAIT) == 0)
                on_reply(f, &m, ww_clock_mono_ms());
        }
    }
    ww_zmsg_free(&m);
}

int
cli_feed(int argc, char **argv)
{
    static const struct option longs[] = {
        { "config", required_argument, NULL, 'c' }, { "endpoint", required_argument, NULL, 'e' },
        { "window", required_argument, NULL, 'w' }, { "timeout", required_argument, NULL, 'T' },
        { "strict", no_argument, NULL, 's' },       { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    const char *config = NULL, *endpoint = NULL;
    long window = 100, timeout = 60;
    bool strict = false;
    int c;
    while ((c = getopt_long(argc, argv, "c:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 'e': endpoint = optarg; break;
        case 'w': window = atol(optarg); break;
        case 'T': timeout = atol(optarg); break;
        case 's': strict = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (window < 1 || window > 100000 || timeout < 1) {
        fprintf(stderr, "wirewatch feed: --window must be 1..100000 and --timeout positive\n");
        return EXIT_USAGE;
    }
    ww_conf_t conf;
    if (cli_load_conf(&conf, config) == -1)
        return EXIT_CONFIG;
    char *ep = ww_conf_connect_endpoint(endpoint ? endpoint : conf.ack_endpoint);
    static char *stdin_only[] = { (char *)"-", NULL };
    feed_t f;
    memset(&f, 0, sizeof f);
    f.window = (size_t)window;
    f.give_up_ms = timeout * 1000;
    f.wire_limit = WW_WIRE_LIMIT(conf.max_item_size);
    f.endpoint = ep;
    f.files = optind < argc ? argv + optind : stdin_only;
    f.slots = ww_xcalloc(f.window, sizeof *f.slots);
    void *ctx = zmq_ctx_new();
    char err[256];
    ww_zsock_opts_t o = { (int)window * 2, (int)window * 2, 0, -1 };
    f.sock = cli_connect(ctx, ZMQ_DEALER, ep, &o, &conf, err, sizeof err);
    int rc = 0;
    if (f.sock == NULL) {
        fprintf(stderr, "wirewatch feed: %s\n", err);
        rc = 1;
    } else {
        int one = 1;
        zmq_setsockopt(f.sock, ZMQ_IMMEDIATE, &one, sizeof one);
        run(&f);
        printf("fed %lu lines to %s: %lu accepted, %lu rejected, %lu not sent; "
               "%lu of the accepted were already queued\n",
               f.lines, ep, f.accepted, f.rejected, f.unsent, f.already);
        rc = f.unsent > 0 || (strict && f.rejected > 0) ? 1 : 0;
        zmq_close(f.sock);
    }
    for (size_t i = 0; i < f.window; i++)
        ww_buf_free(&f.slots[i].msg);
    free(f.slots);
    free(f.line);
    zmq_ctx_term(ctx);
    free(ep);
    ww_conf_free(&conf);
    return rc;
}
