/* SPDX-License-Identifier: MIT
 *
 * ww_proto_control — the messages of PROTOCOL.md other than items: an event
 * instance's state, dead letters, the acknowledged endpoint's acks, replay
 * requests and the end or error of their answers, heartbeats and reset
 * notices; each with its field table where it is decoded. Core: ww_proto.c. */
#include "ww_proto.h"

#include <string.h>

#include "ww_proto_int.h"

/* Packs a tab-separated list as an array of strings. */
static void
pack_list(msgpack_packer *pk, const char *key, ww_str_t list)
{
    size_t n = list.len > 0 ? 1 : 0;
    for (size_t i = 0; i < list.len; i++)
        n += list.p[i] == '\t';
    proto_pack_key(pk, key);
    msgpack_pack_array(pk, n);
    const char *start = list.p, *end = list.p + list.len;
    for (const char *q = list.p; n > 0 && q <= end; q++) {
        if (q == end || *q == '\t') {
            proto_pack_str(pk, start, (size_t)(q - start));
            start = q + 1;
        }
    }
}

void
ww_proto_encode_event_state(ww_buf_t *out, uint64_t seq, const ww_event_state_t *e)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    msgpack_pack_map(&pk, 11);
    proto_pack_kuint(&pk, "seq", seq);
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kstr(&pk, "id", e->id);
    proto_pack_kstr(&pk, "type", e->type);
    proto_pack_kstr(&pk, "date", e->date);
    proto_pack_kuint(&pk, "reports", e->reports);
    proto_pack_kuint(&pk, "first_seq", e->first_seq);
    proto_pack_kint(&pk, "first_seen", e->first_seen);
    proto_pack_kint(&pk, "last_seen", e->last_seen);
    pack_list(&pk, "outlets", e->outlets);
    pack_list(&pk, "langs", e->langs);
}

void
ww_proto_encode_dead(ww_buf_t *out, const ww_dead_t *d)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    msgpack_pack_map(&pk, 7);
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kcstr(&pk, "reason", d->reason);
    proto_pack_kcstr(&pk, "code", d->code);
    proto_pack_kcstr(&pk, "origin", d->origin);
    proto_pack_kint(&pk, "received", d->received);
    proto_pack_kuint(&pk, "raw_len", d->raw_len);
    size_t n = d->raw_len < WW_DEAD_RAW_MAX ? d->raw_len : WW_DEAD_RAW_MAX;
    proto_pack_key(&pk, "raw");
    msgpack_pack_bin(&pk, n);
    msgpack_pack_bin_body(&pk, d->raw, n);
}

static const char *const ack_names[] = { "ok", "rejected", "retry" };

void
ww_proto_encode_ack(ww_buf_t *out, const ww_ack_t *ack)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    bool already = ack->status == WW_ACK_OK && ack->already;
    msgpack_pack_map(&pk, 3 + already);
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kcstr(&pk, "status", ack_names[ack->status]);
    if (ack->status == WW_ACK_OK)
        proto_pack_kuint(&pk, "ingest_seq", ack->ingest_seq);
    else
        proto_pack_kstr(&pk, "reason", ack->reason);
    if (already) {
        proto_pack_key(&pk, "already");
        msgpack_pack_true(&pk);
    }
}

typedef struct {
    ww_str_t status;
    uint64_t ingest_seq;
    ww_str_t reason;
    bool already;
} ack_wire_t;

static const field_t ack_fields[] = {
    { "status", F_STR, true, 16, offsetof(ack_wire_t, status) },
    { "ingest_seq", F_UINT, false, 0, offsetof(ack_wire_t, ingest_seq) },
    { "reason", F_STR, false, 256, offsetof(ack_wire_t, reason) },
    { "already", F_BOOL, false, 0, offsetof(ack_wire_t, already) },
};

int
ww_proto_decode_ack(const uint8_t *p, size_t len, ww_ack_t *ack, ww_reject_t *why)
{
    ack_wire_t w;
    memset(&w, 0, sizeof w);
    memset(ack, 0, sizeof *ack);
    if (proto_decode_message(p, len, ack_fields, sizeof ack_fields / sizeof ack_fields[0], len, &w,
                             why) == -1)
        return -1;
    for (size_t i = 0; i < sizeof ack_names / sizeof ack_names[0]; i++) {
        if (w.status.len == strlen(ack_names[i]) &&
            memcmp(w.status.p, ack_names[i], w.status.len) == 0) {
            ack->status = (ww_ack_status_t)i;
            ack->ingest_seq = w.ingest_seq;
            ack->reason = w.reason;
            ack->already = w.already && ack->status == WW_ACK_OK;
            return 0;
        }
    }
    return proto_reject(why, WW_REJECT_TYPE, "status: unknown value");
}

static const field_t replay_req_fields[] = {
    { "from", F_UINT, true, 0, offsetof(ww_replay_req_t, from) },
    { "to", F_UINT, false, 0, offsetof(ww_replay_req_t, to) },
    { "topic", F_STR, false, 256, offsetof(ww_replay_req_t, topic) },
};

void
ww_proto_encode_replay_req(ww_buf_t *out, const ww_replay_req_t *r)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    msgpack_pack_map(&pk, 4);
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kuint(&pk, "from", r->from);
    proto_pack_kuint(&pk, "to", r->to);
    proto_pack_kstr(&pk, "topic", r->topic);
}

int
ww_proto_decode_replay_req(const uint8_t *p, size_t len, ww_replay_req_t *r, ww_reject_t *why)
{
    memset(r, 0, sizeof *r);
    return proto_decode_message(p, len, replay_req_fields,
                                sizeof replay_req_fields / sizeof replay_req_fields[0], len, r,
                                why);
}

typedef struct {
    uint64_t last, head, first, more;
} replay_end_wire_t;

static const field_t replay_end_fields[] = {
    { "last", F_UINT, true, 0, offsetof(replay_end_wire_t, last) },
    { "head", F_UINT, true, 0, offsetof(replay_end_wire_t, head) },
    { "first", F_UINT, true, 0, offsetof(replay_end_wire_t, first) },
    { "more", F_UINT, true, 0, offsetof(replay_end_wire_t, more) },
};

void
ww_proto_encode_replay_end(ww_buf_t *out, const ww_replay_end_t *e)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    msgpack_pack_map(&pk, 5);
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kuint(&pk, "last", e->last);
    proto_pack_kuint(&pk, "head", e->head);
    proto_pack_kuint(&pk, "first", e->first);
    proto_pack_kuint(&pk, "more", e->more ? 1 : 0);
}

int
ww_proto_decode_replay_end(const uint8_t *p, size_t len, ww_replay_end_t *e, ww_reject_t *why)
{
    replay_end_wire_t w;
    memset(&w, 0, sizeof w);
    if (proto_decode_message(p, len, replay_end_fields,
                             sizeof replay_end_fields / sizeof replay_end_fields[0], len, &w,
                             why) == -1)
        return -1;
    e->last = w.last;
    e->head = w.head;
    e->first = w.first;
    e->more = w.more != 0;
    return 0;
}

void
ww_proto_encode_replay_error(ww_buf_t *out, const char *error, uint64_t head)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    msgpack_pack_map(&pk, 3);
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kcstr(&pk, "error", error);
    proto_pack_kuint(&pk, "head", head);
}

#define WW_MAX_EPOCH 128

static const field_t heartbeat_fields[] = {
    { "head", F_UINT, true, 0, offsetof(ww_heartbeat_t, head) },
    { "at", F_INT, false, 0, offsetof(ww_heartbeat_t, at) },
    { "epoch", F_STR, false, WW_MAX_EPOCH, offsetof(ww_heartbeat_t, epoch) },
};

void
ww_proto_encode_heartbeat(ww_buf_t *out, const ww_heartbeat_t *hb)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    msgpack_pack_map(&pk, 3 + (hb->epoch.len > 0));
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kuint(&pk, "head", hb->head);
    proto_pack_kint(&pk, "at", hb->at);
    if (hb->epoch.len > 0)
        proto_pack_kstr(&pk, "epoch", hb->epoch);
}

int
ww_proto_decode_heartbeat(const uint8_t *p, size_t len, ww_heartbeat_t *hb, ww_reject_t *why)
{
    memset(hb, 0, sizeof *hb);
    return proto_decode_message(p, len, heartbeat_fields,
                                sizeof heartbeat_fields / sizeof heartbeat_fields[0], len, hb, why);
}

static const field_t reset_fields[] = {
    { "epoch", F_STR, true, WW_MAX_EPOCH, offsetof(ww_reset_t, epoch) },
    { "head", F_UINT, true, 0, offsetof(ww_reset_t, head) },
    { "was", F_UINT, true, 0, offsetof(ww_reset_t, was) },
    { "reason", F_STR, false, 256, offsetof(ww_reset_t, reason) },
    { "at", F_INT, false, 0, offsetof(ww_reset_t, at) },
};

void
ww_proto_encode_reset(ww_buf_t *out, const ww_reset_t *r)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    msgpack_pack_map(&pk, 6);
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kstr(&pk, "epoch", r->epoch);
    proto_pack_kuint(&pk, "head", r->head);
    proto_pack_kuint(&pk, "was", r->was);
    proto_pack_kstr(&pk, "reason", r->reason);
    proto_pack_kint(&pk, "at", r->at);
}

int
ww_proto_decode_reset(const uint8_t *p, size_t len, ww_reset_t *r, ww_reject_t *why)
{
    memset(r, 0, sizeof *r);
    return proto_decode_message(p, len, reset_fields, sizeof reset_fields / sizeof reset_fields[0],
                                len, r, why);
}
