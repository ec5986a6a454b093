/* SPDX-License-Identifier: MIT
 *
 * ww_proto — the wire format of PROTOCOL.md (version 1), implemented once and
 * used by every program and test. Every message is a msgpack map with short
 * string keys and a `v` field. Decoders are strict about what they need
 * (required fields present with the right type, bounded lengths, valid UTF-8,
 * no trailing bytes) and tolerant of what they don't (unknown keys are
 * ignored). Encoders write into a caller-owned ww_buf_t.
 *
 * Strings in decoded structs are BORROWED from the input buffer: they are
 * (ptr, len) pairs, not NUL-terminated, valid as long as that buffer is. */
#ifndef WW_PROTO_H
#define WW_PROTO_H

#include <msgpack.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ww_buf.h"

#define WW_PROTO_VERSION 1

/* The largest ZeroMQ frame the daemon's ingest sockets take (ZMQ_MAXMSGSIZE)
 * for a given max-item-size: items up to it are read and, when over
 * max-item-size, dead-lettered as too_large; a larger one is dropped by
 * ZeroMQ with its connection, so clients must not send it. */
#define WW_WIRE_LIMIT(max_item_size) (2 * (long long)(max_item_size) + 64 * 1024)

/* Bounds on raw item fields (bytes). The body is bounded by max-item-size. */
#define WW_MAX_ID 256
#define WW_MAX_SOURCE 256
#define WW_MAX_URL 4096
#define WW_MAX_TITLE 4096
#define WW_MAX_LANG 16
/* Other earliest copies a duplicate verdict names at most (ww_dup_t also). */
#define WW_MAX_ALSO 3

typedef enum {
    WW_REJECT_NONE,
    WW_REJECT_TOO_LARGE,   /* over max-item-size */
    WW_REJECT_NOT_MSGPACK, /* not a complete msgpack object */
    WW_REJECT_TRAILING,    /* bytes after the object */
    WW_REJECT_NOT_MAP,     /* the object is not a map */
    WW_REJECT_BAD_KEY,     /* a key that is not a string */
    WW_REJECT_VERSION,     /* `v` is not a version we speak */
    WW_REJECT_MISSING,     /* a required field is absent */
    WW_REJECT_TYPE,        /* a field has the wrong type */
    WW_REJECT_TOO_LONG,    /* a string is over its bound */
    WW_REJECT_BAD_UTF8,    /* a string is not valid UTF-8 */
    WW_REJECT_EMPTY,       /* title and body are both empty */
    WW_REJECT_FRAMES,      /* a ZeroMQ message with unexpected frames */
    WW_REJECT_COUNT
} ww_reject_code_t;

typedef struct {
    ww_reject_code_t code;
    char text[128]; /* "missing field: source", "title: expected str, got int" */
} ww_reject_t;

/* The short stable name of a code ("missing", "bad_utf8"…), for counters. */
const char *ww_reject_name(ww_reject_code_t code);

typedef struct {
    const char *p;
    size_t len;
} ww_str_t;

/* A raw item as a scraper sends it. */
typedef struct {
    ww_str_t id;       /* the scraper's id; len 0 when absent */
    ww_str_t source;   /* required */
    ww_str_t url;      /* required */
    ww_str_t title;    /* required, may be empty */
    ww_str_t body;     /* required, may be empty when the title is not */
    ww_str_t lang;     /* optional */
    int64_t published; /* required: ms since the Unix epoch, UTC */
} ww_item_t;

/* Decodes a raw item from (P, LEN). Returns 0, or -1 with *WHY filled. */
int ww_proto_decode_item(const uint8_t *p, size_t len, size_t max_len, ww_item_t *item,
                         ww_reject_t *why);
void ww_proto_encode_item(ww_buf_t *out, const ww_item_t *item);

/* The worker's part of an enriched item: everything except seq and the
 * duplicate verdict, which the commit decides in Redis. */
typedef struct {
    const ww_item_t *item;  /* borrowed */
    ww_str_t id;            /* the item's id (the scraper's, or one assigned at ingest) */
    uint64_t ingest_seq;    /* order of acceptance */
    int64_t received;       /* ms, when the daemon accepted it */
    int64_t processed;      /* ms, when the worker enriched it */
    const char *lang;       /* detected or given; NUL-terminated, borrowed */
    bool lang_given;        /* true when the scraper gave it */
    const char *dateline_place; /* NULL when there is no dateline */
    const char *dateline_date;  /* "YYYY-MM-DD" or NULL */
    const char *worker;     /* consumer name */
    ww_str_t text_title;    /* cleaned text, sent only when publish-text is on */
    ww_str_t text_body;
    bool with_text;
    const uint8_t *event;   /* an encoded msgpack object (map) or NULL for nil */
    size_t event_len;
} ww_enriched_t;

void ww_proto_encode_enriched(ww_buf_t *out, const ww_enriched_t *e);

typedef enum { WW_DUP_NEW, WW_DUP_EXACT, WW_DUP_NEAR } ww_dup_status_t;

typedef struct {
    ww_dup_status_t status;
    ww_str_t of;          /* id of the earliest copy; len 0 when new */
    uint64_t of_seq;      /* its seq; 0 when new */
    double similarity;    /* 1.0 for exact; estimated for near; 0 when new */
    size_t n_also;        /* other earliest copies the item is also a copy of: stories
                             published apart that this copy shows to be one (`also`) */
    ww_str_t also[WW_MAX_ALSO];
    uint64_t also_seq[WW_MAX_ALSO];
} ww_dup_t;

/* What the commit decided about an item, beside its seq. */
typedef struct {
    ww_dup_t dup;
    bool has_event;       /* the item counts in an event instance: the fields below are known */
    uint64_t reports;     /* reports of its event instance so far, this one included */
    bool first_report;    /* this item created the event instance */
    ww_str_t type;        /* the instance's type, id and date (len 0: the worker's own) */
    ww_str_t id;
    ww_str_t date;
    bool joined;          /* its own date was uncertain and it joined an adjacent day's */
} ww_verdict_t;

/* Adds `seq`, `dup` and the event the commit decided to the worker's encoded
 * enriched map (P, LEN) and writes the message a subscriber receives. With
 * V->has_event, `event` gets the instance's type, id and date, `reports`,
 * `first_report` and (when set) `joined`; the worker's own keys
 * (confidence, actors, ...) stay when its own type is that type, and are
 * left out otherwise (a copy counts in its root's instance). Without it,
 * `event` is nil. Returns 0, or -1 when (P, LEN) is not a map. */
int ww_proto_finish_item(ww_buf_t *out, const uint8_t *p, size_t len, uint64_t seq,
                         const ww_verdict_t *v);

/* The state of an event instance, published whenever it gains a report. */
typedef struct {
    ww_str_t id;          /* "<type>:<date>" */
    ww_str_t type;
    ww_str_t date;        /* YYYY-MM-DD */
    uint64_t reports;     /* reports so far (duplicates count once) */
    uint64_t first_seq;   /* seq of the first report */
    int64_t first_seen;   /* ms */
    int64_t last_seen;    /* ms */
    ww_str_t outlets;     /* sources, separated by tabs */
    ww_str_t langs;       /* languages, separated by tabs */
} ww_event_state_t;
void ww_proto_encode_event_state(ww_buf_t *out, uint64_t seq, const ww_event_state_t *e);
/* Adds `seq` to an encoded map (a dead letter, an event update). */
int ww_proto_add_seq(ww_buf_t *out, const uint8_t *p, size_t len, uint64_t seq);
/* The `seq` of an encoded message; 0 when it has none (or is no map). */
uint64_t ww_proto_seq(const uint8_t *p, size_t len);

/* A dead letter: input that was refused, with why. RAW is kept up to
 * WW_DEAD_RAW_MAX bytes. */
#define WW_DEAD_RAW_MAX 16384
typedef struct {
    const char *reason;   /* NUL-terminated */
    const char *code;     /* ww_reject_name() or "deliveries" */
    const char *origin;   /* "ingest" or "worker" */
    int64_t received;
    const uint8_t *raw;
    size_t raw_len;       /* the full length; at most WW_DEAD_RAW_MAX is written */
} ww_dead_t;
void ww_proto_encode_dead(ww_buf_t *out, const ww_dead_t *d);

/* Replies of the acknowledged ingest endpoint. */
typedef enum { WW_ACK_OK, WW_ACK_REJECTED, WW_ACK_RETRY } ww_ack_status_t;
typedef struct {
    ww_ack_status_t status;
    uint64_t ingest_seq;  /* when OK */
    ww_str_t reason;      /* when REJECTED or RETRY */
    bool already;         /* when OK: queued before under the same (source, id), not again */
} ww_ack_t;
void ww_proto_encode_ack(ww_buf_t *out, const ww_ack_t *ack);
int ww_proto_decode_ack(const uint8_t *p, size_t len, ww_ack_t *ack, ww_reject_t *why);

/* Replay: request from a subscriber, and the last message of the answer. */
typedef struct {
    uint64_t from;        /* first seq wanted */
    uint64_t to;          /* last seq wanted; 0 = up to the newest */
    ww_str_t topic;       /* only messages whose topic starts with it */
} ww_replay_req_t;
void ww_proto_encode_replay_req(ww_buf_t *out, const ww_replay_req_t *r);
int ww_proto_decode_replay_req(const uint8_t *p, size_t len, ww_replay_req_t *r,
                               ww_reject_t *why);

typedef struct {
    uint64_t last;        /* last seq scanned by this answer (0 if none) */
    uint64_t head;        /* newest seq published */
    uint64_t first;       /* oldest seq still kept (0 if none) */
    bool more;            /* the answer stopped early: ask again from last + 1 */
} ww_replay_end_t;
void ww_proto_encode_replay_end(ww_buf_t *out, const ww_replay_end_t *e);
int ww_proto_decode_replay_end(const uint8_t *p, size_t len, ww_replay_end_t *e,
                               ww_reject_t *why);

/* The answer to a request that is not a valid replay request, on the topic
 * "replay.error": {v, error: why, head}. Nothing else is sent for it. */
void ww_proto_encode_replay_error(ww_buf_t *out, const char *error, uint64_t head);

/* Heartbeat on the "hb" topic: the newest seq published, counted in the
 * Redis state named by EPOCH (len 0 when the sender gave none). */
typedef struct {
    uint64_t head;
    int64_t at;           /* ms */
    ww_str_t epoch;
} ww_heartbeat_t;
void ww_proto_encode_heartbeat(ww_buf_t *out, const ww_heartbeat_t *hb);
int ww_proto_decode_heartbeat(const uint8_t *p, size_t len, ww_heartbeat_t *hb,
                              ww_reject_t *why);

/* Notice on the "reset" topic: the daemon found Redis without the state it
 * was publishing from (restarted empty, flushed, restored from an older
 * copy) and starts again from what Redis holds. */
typedef struct {
    ww_str_t epoch;       /* the run id of the state published from now on */
    uint64_t head;        /* newest seq Redis holds: publication goes on at head + 1 */
    uint64_t was;         /* newest seq published before: seqs above head are reused */
    ww_str_t reason;
    int64_t at;           /* ms */
} ww_reset_t;
void ww_proto_encode_reset(ww_buf_t *out, const ww_reset_t *r);
int ww_proto_decode_reset(const uint8_t *p, size_t len, ww_reset_t *r, ww_reject_t *why);

/* PUB topics (PROTOCOL.md lists them). */
#define WW_TOPIC_NEW "item.new"
#define WW_TOPIC_EXACT "item.dup.exact"
#define WW_TOPIC_NEAR "item.dup.near"
#define WW_TOPIC_DEAD "dead"
#define WW_TOPIC_HEARTBEAT "hb"
#define WW_TOPIC_RESET "reset"
#define WW_TOPIC_REPLAY_END "replay.end"
#define WW_TOPIC_REPLAY_ERROR "replay.error"
#define WW_TOPIC_EVENT "event."   /* + type: a copy of each item reporting that event type */
#define WW_TOPIC_UPDATE "update." /* + type: an event instance's state when it gains a report */
const char *ww_proto_item_topic(ww_dup_status_t status);
const char *ww_dup_status_name(ww_dup_status_t status);

/* Generic access for readers (tail, tests): unpacks (P, LEN) into *U (caller
 * destroys with msgpack_unpacked_destroy). Returns 0 or -1 with WHY. */
int ww_proto_unpack(const uint8_t *p, size_t len, msgpack_unpacked *u, ww_reject_t *why);
/* The value of KEY in MAP, or NULL (also when MAP is not a map). Borrowed. */
const msgpack_object *ww_proto_get(const msgpack_object *map, const char *key);

#endif
