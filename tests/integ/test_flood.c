/* SPDX-License-Identifier: MIT
 *
 * test_flood — malformed input at every socket the daemon binds, with valid
 * items interleaved: random bytes, truncated msgpack, wrong types, deep
 * nesting, huge strings, invalid UTF-8, extra frames, empty frames (and the
 * other rejection codes) on the ingest PULL and the ack ROUTER; malformed
 * requests on the replay ROUTER; garbage frames from an XSUB peer to PUB;
 * bytes that are not ZMTP at all on the sockets' files; a 1 GB message
 * declared to PUB; frames over the ingest sockets' size limit. Then:
 *   - the daemon is still up and still takes items;
 *   - every valid item was published once, and every ack item answered ok;
 *   - every bad message on an ingest endpoint is in the dead-letter stream
 *     with the reason ww_proto gives for it (counted per code), and every one
 *     sent to the ack endpoint was answered "rejected";
 *   - every malformed replay request was answered "replay.error", every valid
 *     one "replay.end";
 *   - the daemon's RSS (VmRSS) at the end is within a small margin of what it
 *     was after a warm-up with the same mix (figures printed).
 * WW_FLOOD_MESSAGES sets the number of malformed messages (10,000; `make
 * chaos` runs 100,000). */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <zmq.h>

#include <cmocka.h>

#include "harness.h"
#include "ww_proto.h"
#include "ww_zsock.h"

#define MAX_ITEM_SIZE (64 * 1024) /* the test's max-item-size */
#define VALID_EVERY 10            /* one valid item after this many bad ones, per socket */
#define WARMUP_SHARE 5            /* the first 1/5 of the flood warms up before RSS is read */
#define RSS_MARGIN_KB (8 * 1024)  /* allowed growth after the warm-up */
#define RSS_MARGIN_PCT 10
#define IN_FLIGHT_MAX 200         /* ack and replay requests unanswered at most */
#define OVERSIZE_FRAMES 4         /* frames over the socket limit, each on its own socket */

/* Under AddressSanitizer (the programs are built like this test) freed
 * memory waits in a quarantine of up to 256 MB: RSS says nothing there, and
 * is printed, not checked. */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

/* What one malformed message should come out as. */
typedef enum {
    K_RANDOM, K_TRUNCATED, K_TYPE, K_DEEP, K_HUGE, K_LONG, K_UTF8, K_EXTRA_FRAMES,
    K_EMPTY_FRAME, K_MISSING, K_VERSION, K_TRAILING, K_NOT_MAP, K_KEY, K_EMPTY, K_BOMB,
    K_COUNT
} kind_t;

static uint64_t rng = 0x2545f4914f6cdd1dULL;

static uint32_t
rnd(uint32_t n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return n ? (uint32_t)(rng % n) : 0;
}

static void
pack_str(msgpack_packer *pk, const char *s, size_t len)
{
    msgpack_pack_str(pk, len);
    msgpack_pack_str_body(pk, s, len);
}

/* A raw item whose field FIELD (or none) is written by WRITE; the others
 * are valid. */
typedef void write_fn(msgpack_packer *pk, void *arg);

static void
pack_item(ww_buf_t *b, const char *field, write_fn *write, void *arg, bool drop)
{
    static const char *const names[] = { "v", "id", "source", "url", "title", "body",
                                         "published" };
    msgpack_packer pk;
    msgpack_packer_init(&pk, b, ww_buf_msgpack_write);
    size_t n = 0;
    for (size_t i = 0; i < 7; i++)
        n += !(drop && strcmp(names[i], field) == 0);
    msgpack_pack_map(&pk, n);
    for (size_t i = 0; i < 7; i++) {
        if (drop && strcmp(names[i], field) == 0)
            continue;
        pack_str(&pk, names[i], strlen(names[i]));
        if (field != NULL && strcmp(names[i], field) == 0)
            write(&pk, arg);
        else if (i == 0)
            msgpack_pack_int(&pk, 1);
        else if (i == 6)
            msgpack_pack_int64(&pk, 1457276520000LL);
        else if (i == 1)
            pack_str(&pk, "bad", 3);
        else
            pack_str(&pk, "flood text", 10);
    }
}

static void w_int(msgpack_packer *pk, void *arg) { (void)arg; msgpack_pack_int(pk, 42); }
static void w_nil(msgpack_packer *pk, void *arg) { (void)arg; msgpack_pack_nil(pk); }
static void w_array(msgpack_packer *pk, void *arg) { (void)arg; msgpack_pack_array(pk, 0); }
static void w_str(msgpack_packer *pk, void *arg) { (void)arg; pack_str(pk, "x", 1); }
static void w_two(msgpack_packer *pk, void *arg) { (void)arg; msgpack_pack_int(pk, 2); }

static void
w_deep(msgpack_packer *pk, void *arg)
{
    int depth = *(int *)arg;
    for (int i = 0; i < depth; i++)
        msgpack_pack_array(pk, 1);
    msgpack_pack_nil(pk);
}

static void
w_bytes(msgpack_packer *pk, void *arg)
{
    const ww_buf_t *s = arg;
    pack_str(pk, s->ptr, s->len);
}

/* A bad message of kind K into B (frames beyond the first into EXTRA, which
 * counts them). */
static void
make_bad(kind_t k, ww_buf_t *b, size_t *extra)
{
    static const char *const fields[] = { "v", "id", "source", "url", "title", "body",
                                          "published" };
    static const char *const bad_utf8[] = { "\xff", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x28\xa1",
                                            "\xf8\x88\x80\x80\x80", "ok\xc3" };
    *extra = 0;
    ww_buf_t s = WW_BUF_INIT;
    int depth;
    switch (k) {
    case K_RANDOM:
        for (uint32_t i = 0, n = 1 + rnd(300); i < n; i++)
            ww_buf_putc(b, (char)rnd(256));
        break;
    case K_TRUNCATED:
        pack_item(b, NULL, NULL, NULL, false);
        b->len = 1 + rnd((uint32_t)b->len - 1);
        break;
    case K_TYPE: {
        static write_fn *const wrong[] = { w_str, w_int, w_nil, w_array, w_int, w_array,
                                           w_str };
        uint32_t f = rnd(7);
        pack_item(b, fields[f], wrong[f], NULL, false);
        break;
    }
    case K_DEEP:
        depth = 33 + (int)rnd(3000);
        pack_item(b, "id", w_deep, &depth, false);
        break;
    case K_HUGE:
        for (uint32_t i = 0, n = MAX_ITEM_SIZE + 1 + rnd(MAX_ITEM_SIZE); i < n; i++)
            ww_buf_putc(&s, (char)('a' + i % 26));
        pack_item(b, "body", w_bytes, &s, false);
        break;
    case K_LONG:
        for (uint32_t i = 0, n = WW_MAX_TITLE + 1 + rnd(20000); i < n; i++)
            ww_buf_putc(&s, 'T');
        pack_item(b, "title", w_bytes, &s, false);
        break;
    case K_UTF8:
        ww_buf_puts(&s, "text ");
        ww_buf_puts(&s, bad_utf8[rnd(6)]);
        pack_item(b, fields[1 + rnd(5)], w_bytes, &s, false);
        break;
    case K_EXTRA_FRAMES:
        pack_item(b, NULL, NULL, NULL, false);
        *extra = 1 + rnd(9); /* past 8 frames ww_zsock truncates: still "frames" */
        break;
    case K_EMPTY_FRAME:
        break;
    case K_MISSING:
        pack_item(b, fields[2 + rnd(5)], NULL, NULL, true);
        break;
    case K_VERSION:
        pack_item(b, "v", w_two, NULL, false);
        break;
    case K_TRAILING:
        pack_item(b, NULL, NULL, NULL, false);
        ww_buf_putc(b, (char)0xc0);
        break;
    case K_NOT_MAP:
        ww_buf_append(b, "\x93\x01\x02\x03", 4);
        break;
    case K_KEY:
        ww_buf_append(b, "\x82\x01\x02\xa1v\x01", 6);
        break;
    case K_EMPTY: {
        msgpack_packer pk;
        msgpack_packer_init(&pk, b, ww_buf_msgpack_write);
        msgpack_pack_map(&pk, 6);
        pack_str(&pk, "v", 1), msgpack_pack_int(&pk, 1);
        pack_str(&pk, "source", 6), pack_str(&pk, "s", 1);
        pack_str(&pk, "url", 3), pack_str(&pk, "u", 1);
        pack_str(&pk, "title", 5), pack_str(&pk, "", 0);
        pack_str(&pk, "body", 4), pack_str(&pk, "", 0);
        pack_str(&pk, "published", 9), msgpack_pack_int(&pk, 1);
        break;
    }
    case K_BOMB:
        ww_buf_append(b, "\xdf\xff\xff\xff\xff\x01", 6);
        break;
    case K_COUNT:
        break;
    }
    ww_buf_free(&s);
}

/* The code ww_proto gives a message (what the daemon must dead-letter it
 * with); for the designed kinds it must be the one they were made for. */
static ww_reject_code_t
expected_code(kind_t k, const ww_buf_t *b, size_t extra)
{
    static const ww_reject_code_t designed[K_COUNT] = {
        [K_RANDOM] = WW_REJECT_NONE, [K_TRUNCATED] = WW_REJECT_NOT_MSGPACK,
        [K_TYPE] = WW_REJECT_TYPE, [K_DEEP] = WW_REJECT_NOT_MSGPACK,
        [K_HUGE] = WW_REJECT_TOO_LARGE, [K_LONG] = WW_REJECT_TOO_LONG,
        [K_UTF8] = WW_REJECT_BAD_UTF8, [K_EXTRA_FRAMES] = WW_REJECT_FRAMES,
        [K_EMPTY_FRAME] = WW_REJECT_NOT_MSGPACK, [K_MISSING] = WW_REJECT_MISSING,
        [K_VERSION] = WW_REJECT_VERSION, [K_TRAILING] = WW_REJECT_TRAILING,
        [K_NOT_MAP] = WW_REJECT_NOT_MAP, [K_KEY] = WW_REJECT_BAD_KEY,
        [K_EMPTY] = WW_REJECT_EMPTY, [K_BOMB] = WW_REJECT_NOT_MSGPACK,
    };
    if (extra > 0)
        return WW_REJECT_FRAMES;
    ww_item_t item;
    ww_reject_t why;
    ww_reject_code_t code = ww_proto_decode_item((const uint8_t *)b->ptr, b->len, MAX_ITEM_SIZE,
                                                 &item, &why) == 0
                                ? WW_REJECT_NONE
                                : why.code;
    if (k != K_RANDOM && code != designed[k])
        fail_msg("kind %d: ww_proto says %s, made for %s", (int)k, ww_reject_name(code),
                 ww_reject_name(designed[k]));
    return code;
}

typedef struct {
    harness_t *h;
    void *push, *dealer, *replay, *xsub;
    long sent_bad_ingest;          /* bad messages on PULL and ack */
    long expected[WW_REJECT_COUNT];
    long valid_pull, valid_ack;
    long bad_ack;                  /* of the bad ones, sent to the ack endpoint */
    long ack_out, ack_ok, ack_rejected, ack_other;
    long replay_bad, replay_good, replay_out, replay_errors, replay_ends;
    long xsub_frames, raw_connections;
    long item_no;
} flood_t;

static void
send_frames(void *sock, const void *const *f, const size_t *l, size_t n)
{
    assert_int_equal(ww_zsock_send(sock, f, l, n, 0), 0);
}

static void
drain(flood_t *fl, long keep)
{
    ww_zmsg_t m = { 0 };
    while (fl->ack_out > keep || fl->replay_out > keep) {
        zmq_pollitem_t pi[2] = { { fl->dealer, 0, ZMQ_POLLIN, 0 },
                                 { fl->replay, 0, ZMQ_POLLIN, 0 } };
        if (zmq_poll(pi, 2, 20000) <= 0)
            fail_msg("no answer for 20 s: %ld ack and %ld replay requests open", fl->ack_out,
                     fl->replay_out);
        while (ww_zsock_recv(fl->dealer, &m, ZMQ_DONTWAIT) == 0) {
            ww_ack_t ack;
            ww_reject_t why;
            const ww_buf_t *body = &m.frame[m.n - 1];
            fl->ack_out--;
            if (ww_proto_decode_ack((const uint8_t *)body->ptr, body->len, &ack, &why) == -1)
                fl->ack_other++;
            else if (ack.status == WW_ACK_OK)
                fl->ack_ok++;
            else if (ack.status == WW_ACK_REJECTED)
                fl->ack_rejected++;
            else
                fl->ack_other++;
        }
        while (ww_zsock_recv(fl->replay, &m, ZMQ_DONTWAIT) == 0) {
            if (m.n == 2 && strcmp(m.frame[0].ptr, WW_TOPIC_REPLAY_ERROR) == 0)
                fl->replay_errors++, fl->replay_out--;
            else if (m.n == 2 && strcmp(m.frame[0].ptr, WW_TOPIC_REPLAY_END) == 0)
                fl->replay_ends++, fl->replay_out--;
        }
    }
    ww_zmsg_free(&m);
}

static void
send_valid(flood_t *fl, bool ack)
{
    char id[64], body[160];
    snprintf(id, sizeof id, "flood-%ld", fl->item_no);
    snprintf(body, sizeof body, "MOSCOW. Flood item %ld, sent through %s, word%ld word%ld.",
             fl->item_no, ack ? "the ack endpoint" : "PUSH", fl->item_no * 7, fl->item_no * 13);
    fl->item_no++;
    ww_buf_t b = WW_BUF_INIT;
    harness_item(&b, ack ? "flood.ack" : "flood.push", id, body);
    const void *f[2] = { "t", b.ptr };
    size_t l[2] = { 1, b.len };
    if (ack) {
        send_frames(fl->dealer, f, l, 2);
        fl->ack_out++, fl->valid_ack++;
    } else {
        send_frames(fl->push, f + 1, l + 1, 1);
        fl->valid_pull++;
    }
    ww_buf_free(&b);
}

/* One bad message on PULL (ACK false) or through the ack endpoint. */
static void
send_bad_item(flood_t *fl, bool ack)
{
    kind_t k = (kind_t)rnd(K_COUNT);
    ww_buf_t b = WW_BUF_INIT;
    size_t extra;
    make_bad(k, &b, &extra);
    ww_reject_code_t code = expected_code(k, &b, extra);
    const void *f[12];
    size_t l[12], n = 0;
    if (ack && k != K_EMPTY_FRAME)
        f[n] = "tok", l[n++] = 3;
    f[n] = b.ptr ? b.ptr : "", l[n++] = b.len;
    for (size_t i = 0; i < extra; i++)
        f[n] = "x", l[n++] = 1;
    if (code == WW_REJECT_NONE) {
        /* random bytes that make a valid item: sent, and published */
        ack ? fl->valid_ack++ : fl->valid_pull++;
    } else {
        fl->expected[code]++;
        fl->sent_bad_ingest++;
        fl->bad_ack += ack;
    }
    send_frames(ack ? fl->dealer : fl->push, f, l, n);
    if (ack)
        fl->ack_out++;
    ww_buf_free(&b);
}

/* One replay request, malformed unless GOOD. */
static void
send_replay(flood_t *fl, bool good)
{
    ww_buf_t b = WW_BUF_INIT;
    const void *f[10];
    size_t l[10], n = 1;
    if (good) {
        ww_replay_req_t req = { 1, 1, { "item.", 5 } };
        ww_proto_encode_replay_req(&b, &req);
        fl->replay_good++;
    } else {
        uint32_t k = rnd(8);
        msgpack_packer pk;
        msgpack_packer_init(&pk, &b, ww_buf_msgpack_write);
        if (k == 0) {
            for (uint32_t i = 0, len = rnd(200); i < len; i++)
                ww_buf_putc(&b, (char)rnd(256));
            /* rarely, random bytes are a request: then it is a good one */
            ww_replay_req_t req;
            ww_reject_t why;
            good = ww_proto_decode_replay_req((const uint8_t *)b.ptr, b.len, &req, &why) == 0;
        } else if (k == 1) {
            msgpack_pack_map(&pk, 2);
            pack_str(&pk, "v", 1), msgpack_pack_int(&pk, 1);
            pack_str(&pk, "from", 4), pack_str(&pk, "1", 1);
        } else if (k == 2) {
            msgpack_pack_map(&pk, 1);
            pack_str(&pk, "v", 1), msgpack_pack_int(&pk, 1);
        } else if (k == 3) {
            msgpack_pack_array(&pk, 1), msgpack_pack_int(&pk, 1);
        } else if (k == 4) {
            ww_replay_req_t req = { 5, 0, { NULL, 0 } };
            ww_proto_encode_replay_req(&b, &req);
            b.len--; /* cut */
        } else if (k == 5) {
            ww_replay_req_t req = { 5, 0, { NULL, 0 } };
            ww_proto_encode_replay_req(&b, &req);
            for (size_t i = 1 + rnd(8); i > 0; i--) /* extra frames */
                f[n] = "x", l[n++] = 1;
        } else if (k == 6) {
            int depth = 40;
            msgpack_pack_map(&pk, 2);
            pack_str(&pk, "v", 1), msgpack_pack_int(&pk, 1);
            pack_str(&pk, "from", 4), w_deep(&pk, &depth);
        } else {
            /* an empty frame */
        }
        good ? fl->replay_good++ : fl->replay_bad++;
    }
    f[0] = b.ptr ? b.ptr : "", l[0] = b.len;
    send_frames(fl->replay, f, l, n);
    fl->replay_out++;
    ww_buf_free(&b);
}

/* Frames from an XSUB peer to PUB: PUB ignores all but (un)subscriptions
 * (a first byte of 1 or 0). Subscriptions (SUBSCRIBE true) to random
 * prefixes are kept by libzmq while the peer stays connected, a trie node per
 * byte (measured: ~900 of up to 300 bytes grow the daemon by ~10 MB, not
 * given back when the peer leaves): they are sent during the warm-up only,
 * so that the RSS check measures the daemon's own handling of input. */
static void
send_xsub_garbage(flood_t *fl, bool subscribe)
{
    char buf[300];
    size_t len = 1 + rnd(sizeof buf - 1);
    for (size_t i = 0; i < len; i++)
        buf[i] = (char)rnd(256);
    if (subscribe && rnd(4) == 0)
        buf[0] = (char)rnd(2); /* a (un)subscription to a random prefix */
    else if ((unsigned char)buf[0] < 2)
        buf[0] = (char)(2 + rnd(254));
    const void *f[1] = { buf };
    size_t l[1] = { len };
    send_frames(fl->xsub, f, l, 1);
    fl->xsub_frames++;
}

/* Bytes that are not ZMTP on a socket file: libzmq drops the connection.
 * Random bytes on PUB and replay; libzmq takes a stream that does not start
 * with a ZMTP 3 greeting for an unversioned (ZMTP 1.0) peer and may read
 * frames out of it, which on an ingest socket become dead letters this test
 * could not count, so there the bytes are a ZMTP 3 greeting with an unknown
 * security mechanism, then junk: refused in the handshake. */
static void
send_raw_garbage(flood_t *fl, const char *name, bool greeting)
{
    struct sockaddr_un a = { .sun_family = AF_UNIX };
    char path[sizeof fl->h->dir + 16];
    snprintf(path, sizeof path, "%s/%s", fl->h->dir, name);
    assert_true(strlen(path) < sizeof a.sun_path);
    memcpy(a.sun_path, path, strlen(path) + 1);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    assert_true(fd >= 0);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0) {
        char buf[512];
        for (size_t i = 0; i < sizeof buf; i++)
            buf[i] = (char)rnd(256);
        if (greeting)
            memcpy(buf, "\xff\0\0\0\0\0\0\0\x01\x7f\x03\x00JUNK", 16);
        ssize_t w = write(fd, buf, (greeting ? 64 : 1) + rnd(sizeof buf - 64));
        (void)w;
        fl->raw_connections++;
    }
    close(fd);
}

/* A ZMTP 1.0 frame header on PUB's socket file declaring a 1 GB message,
 * then DECLARED_SENT bytes of it; the connection is left open (the caller
 * closes FD after the RSS is read). PUB takes subscriptions only, up to a
 * small limit: the daemon drops the connection at the header instead of
 * allocating the message and holding what arrives. */
#define DECLARED_SENT (16 << 20)
static int
send_declared(flood_t *fl)
{
    struct sockaddr_un a = { .sun_family = AF_UNIX };
    char path[sizeof fl->h->dir + 16];
    snprintf(path, sizeof path, "%s/pub", fl->h->dir);
    memcpy(a.sun_path, path, strlen(path) + 1);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    assert_true(fd >= 0);
    assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
    static char chunk[65536];
    memcpy(chunk, "\xff\0\0\0\0\x40\0\0\x01\0", 10); /* length 2^30 + 1, flags */
    size_t sent = 0;
    for (int waited = 0; sent < DECLARED_SENT && waited < 5000;) {
        ssize_t w = send(fd, chunk, sizeof chunk, MSG_NOSIGNAL);
        if (w > 0) {
            sent += (size_t)w;
            memset(chunk, 'x', 10);
        } else if (w == -1 && errno == EAGAIN) {
            harness_sleep_ms(10), waited += 10;
        } else {
            break; /* dropped */
        }
    }
    printf("# a 1 GB message declared on PUB: %zu bytes of it sent before the daemon %s\n",
           sent, sent < DECLARED_SENT ? "dropped the connection" : "read them all");
    return fd;
}

static long
rss_kb(pid_t pid)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%ld/status", (long)pid);
    FILE *f = fopen(path, "r");
    long kb = -1;
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        if (sscanf(line, "VmRSS: %ld kB", &kb) == 1)
            break;
    if (f != NULL)
        fclose(f);
    return kb;
}

/* Sends N malformed messages spread over the sockets, a valid item after
 * every VALID_EVERY bad ones on PULL and ack (WARMUP: subscriptions too). */
static void
flood(flood_t *fl, long n, bool warmup)
{
    static const char *const files[] = { "ingest", "ack", "pub", "replay" };
    long on_pull = 0, on_ack = 0;
    for (long i = 0; i < n; i++) {
        uint32_t r = rnd(100);
        if (r < 40) {
            send_bad_item(fl, false);
            if (++on_pull % VALID_EVERY == 0)
                send_valid(fl, false);
        } else if (r < 80) {
            send_bad_item(fl, true);
            if (++on_ack % VALID_EVERY == 0)
                send_valid(fl, true);
        } else if (r < 93) {
            send_replay(fl, false);
            if (rnd(VALID_EVERY) == 0)
                send_replay(fl, true);
        } else if (r < 99) {
            send_xsub_garbage(fl, warmup);
        } else {
            uint32_t f = rnd(4);
            send_raw_garbage(fl, files[f], f < 2);
        }
        if (fl->ack_out > IN_FLIGHT_MAX || fl->replay_out > IN_FLIGHT_MAX)
            drain(fl, IN_FLIGHT_MAX / 2);
    }
    drain(fl, 0);
}

/* Frames over the ingest sockets' limit: ZeroMQ drops each with its
 * connection before the daemon reads it (counted as disconnected_*). */
static void
send_oversize(flood_t *fl, void *ctx)
{
    size_t len = (size_t)WW_WIRE_LIMIT(MAX_ITEM_SIZE) + 1024;
    char *big = calloc(1, len);
    for (int i = 0; i < OVERSIZE_FRAMES; i++) {
        void *s = harness_connect(fl->h, ctx, i % 2 ? ZMQ_DEALER : ZMQ_PUSH,
                                  i % 2 ? "ack" : "ingest");
        const void *f[1] = { big };
        size_t l[1] = { len };
        send_frames(s, f, l, 1);
        zmq_close(s);
    }
    free(big);
}

static long long
redis_int(harness_t *h, const char *cmd, const char *key)
{
    redisReply *r = harness_redis(h, "%s %s", cmd, key);
    long long v = r != NULL && r->type == REDIS_REPLY_INTEGER ? r->integer : -1;
    if (r != NULL)
        freeReplyObject(r);
    return v;
}

/* Every valid item once in the output stream (by id), and how many dead
 * letters it holds. */
static void
check_output(flood_t *fl)
{
    harness_t *h = fl->h;
    long items = fl->valid_pull + fl->valid_ack;
    long dead_expected = fl->sent_bad_ingest;
    /* wait for all of it */
    long long want = items + dead_expected;
    for (int waited = 0; waited < 60000 && redis_int(h, "XLEN", h->keys.out) < want; waited += 100)
        harness_sleep_ms(100);
    harness_sleep_ms(500);
    long long have = redis_int(h, "XLEN", h->keys.out);
    if (have != want)
        fail_msg("output stream holds %lld entries, want %ld items + %ld dead letters", have,
                 items, dead_expected);
    redisReply *r = harness_redis(h, "XRANGE %s - +", h->keys.out);
    assert_non_null(r);
    unsigned char *seen = calloc((size_t)fl->item_no + 1, 1);
    long n_items = 0, n_dead = 0, other = 0;
    for (size_t i = 0; i < r->elements; i++) {
        redisReply *f = r->element[i]->element[1];
        const char *kind = f->element[1]->str;
        if (strcmp(kind, "dead") == 0) {
            n_dead++;
            continue;
        }
        n_items++;
        for (size_t j = 0; j + 1 < f->elements; j += 2) {
            if (strcmp(f->element[j]->str, "m") != 0)
                continue;
            msgpack_unpacked u;
            ww_reject_t why;
            assert_int_equal(ww_proto_unpack((const uint8_t *)f->element[j + 1]->str,
                                             f->element[j + 1]->len, &u, &why), 0);
            const msgpack_object *id = ww_proto_get(&u.data, "id");
            long k = -1;
            if (id != NULL && id->type == MSGPACK_OBJECT_STR && id->via.str.size > 6 &&
                memcmp(id->via.str.ptr, "flood-", 6) == 0)
                k = strtol(id->via.str.ptr + 6, NULL, 10);
            if (k >= 0 && k < fl->item_no) {
                if (seen[k]++)
                    fail_msg("flood-%ld published twice", k);
            } else {
                other++; /* random bytes that happened to be an item */
            }
            msgpack_unpacked_destroy(&u);
        }
    }
    freeReplyObject(r);
    for (long k = 0; k < fl->item_no; k++)
        if (!seen[k])
            fail_msg("flood-%ld was not published", k);
    free(seen);
    assert_int_equal(n_items, items);
    assert_int_equal(n_dead, dead_expected);
    printf("# published %ld valid items (%ld by PUSH, %ld by the ack endpoint, %ld of them "
           "random bytes that were items) and %ld dead letters\n",
           n_items, fl->valid_pull, fl->valid_ack, other, n_dead);
}

/* The dead-letter stream: one entry per bad ingest message, per code. */
static void
check_dead_letters(flood_t *fl)
{
    harness_t *h = fl->h;
    long got[WW_REJECT_COUNT] = { 0 };
    redisReply *r = harness_redis(h, "XRANGE %s - +", h->keys.dlq);
    assert_non_null(r);
    for (size_t i = 0; i < r->elements; i++) {
        redisReply *f = r->element[i]->element[1];
        const char *code = NULL, *reason = NULL;
        for (size_t j = 0; j + 1 < f->elements; j += 2) {
            if (strcmp(f->element[j]->str, "code") == 0)
                code = f->element[j + 1]->str;
            else if (strcmp(f->element[j]->str, "reason") == 0)
                reason = f->element[j + 1]->str;
        }
        assert_non_null(code);
        assert_true(reason != NULL && strlen(reason) > 5);
        int c = 1;
        while (c < WW_REJECT_COUNT && strcmp(ww_reject_name((ww_reject_code_t)c), code) != 0)
            c++;
        if (c == WW_REJECT_COUNT)
            fail_msg("dead letter with unknown code %s", code);
        got[c]++;
    }
    freeReplyObject(r);
    printf("# dead letters by code (sent = dead-lettered):");
    for (int c = 1; c < WW_REJECT_COUNT; c++) {
        if (got[c] != fl->expected[c])
            fail_msg("code %s: %ld dead letters, %ld sent", ww_reject_name((ww_reject_code_t)c),
                     got[c], fl->expected[c]);
        if (got[c] > 0)
            printf(" %s=%ld", ww_reject_name((ww_reject_code_t)c), got[c]);
    }
    printf("\n");
}

static void
test_malformed_flood(void **state)
{
    (void)state;
    long n = getenv("WW_FLOOD_MESSAGES") ? atol(getenv("WW_FLOOD_MESSAGES")) : 10000;
    assert_true(n >= 100);
    char conf[160];
    snprintf(conf, sizeof conf, "max-item-size %d\ndeadletter-maxlen %ld\n", MAX_ITEM_SIZE,
             n + 1000);
    harness_t *h = harness_new("flood", conf);
    assert_non_null(h);
    pid_t daemon = harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    void *ctx = zmq_ctx_new();
    flood_t fl;
    memset(&fl, 0, sizeof fl);
    fl.h = h;
    fl.push = harness_connect(h, ctx, ZMQ_PUSH, "ingest");
    fl.dealer = harness_connect(h, ctx, ZMQ_DEALER, "ack");
    fl.replay = harness_connect(h, ctx, ZMQ_DEALER, "replay");
    fl.xsub = harness_connect(h, ctx, ZMQ_XSUB, "pub");
    assert_true(fl.push && fl.dealer && fl.replay && fl.xsub);
    /* the first answer says the daemon is up (and seq 1 exists for replay) */
    send_valid(&fl, true);
    drain(&fl, 0);
    assert_int_equal(fl.ack_ok, 1);

    long warmup = n / WARMUP_SHARE;
    flood(&fl, warmup, true);
    assert_true(harness_wait_output(h, fl.valid_pull + fl.valid_ack + fl.sent_bad_ingest,
                                    60000));
    long rss_start = rss_kb(daemon);
    int declared = send_declared(&fl);
    flood(&fl, n - warmup, false);
    send_oversize(&fl, ctx);
    check_output(&fl);
    long rss_end = rss_kb(daemon);
    close(declared);

    /* still up, still taking items */
    assert_int_equal(harness_wait(h, daemon, 0), -1);
    long before = fl.ack_ok;
    send_valid(&fl, true);
    drain(&fl, 0);
    assert_int_equal(fl.ack_ok, before + 1);

    check_dead_letters(&fl);
    assert_int_equal(fl.ack_other, 0);
    assert_int_equal(fl.ack_ok, fl.valid_ack);
    /* the bad ones sent through the ack endpoint, each answered "rejected" */
    assert_int_equal(fl.ack_rejected, fl.bad_ack);
    assert_int_equal(fl.replay_errors, fl.replay_bad);
    assert_int_equal(fl.replay_ends, fl.replay_good);
    printf("# %ld malformed messages: %ld to the ingest endpoints (%ld answered rejected on "
           "ack), %ld replay requests (answered replay.error), %ld frames from an XSUB to PUB, "
           "%ld raw non-ZMTP connections, %d frames over the size limit; %ld valid replay "
           "requests answered\n",
           n, fl.sent_bad_ingest, fl.ack_rejected, fl.replay_bad, fl.xsub_frames,
           fl.raw_connections, OVERSIZE_FRAMES, fl.replay_good);
    long margin = RSS_MARGIN_KB > rss_start * RSS_MARGIN_PCT / 100
                      ? RSS_MARGIN_KB
                      : rss_start * RSS_MARGIN_PCT / 100;
    printf("# daemon RSS: %ld kB after the warm-up (%ld messages), %ld kB at the end "
           "(%+ld kB; margin %ld kB)\n",
           rss_start, warmup, rss_end, rss_end - rss_start, margin);
    assert_true(rss_start > 0 && rss_end > 0);
    if (UNDER_ASAN)
        printf("# (built with AddressSanitizer: RSS not checked, its quarantine keeps freed "
               "memory)\n");
    else if (rss_end > rss_start + margin)
        fail_msg("daemon RSS grew from %ld kB to %ld kB", rss_start, rss_end);
    zmq_close(fl.push);
    zmq_close(fl.dealer);
    zmq_close(fl.replay);
    zmq_close(fl.xsub);
    zmq_ctx_term(ctx);
    assert_int_equal(harness_stop(h, daemon, SIGTERM), 0);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_malformed_flood),
    };
    return cmocka_run_group_tests_name("flood", tests, NULL, NULL);
}
