/* SPDX-License-Identifier: MIT
 *
 * ww_proto_item — the item messages of PROTOCOL.md: the raw item a scraper
 * sends (its field table, decoder and encoder), the enriched item a worker
 * writes, and what the commit adds before it is published: `seq`, the
 * duplicate verdict and the event (ww_proto_finish_item, by re-packing the
 * worker's map), the dup status names and PUB topics. Also ww_proto_add_seq
 * and ww_proto_seq, which share the re-packing. Core: ww_proto.c. */
#include "ww_proto.h"

#include <string.h>

#include "ww_proto_int.h"

static const field_t item_fields[] = {
    { "id", F_STR, false, WW_MAX_ID, offsetof(ww_item_t, id) },
    { "source", F_STR, true, WW_MAX_SOURCE, offsetof(ww_item_t, source) },
    { "url", F_STR, true, WW_MAX_URL, offsetof(ww_item_t, url) },
    { "title", F_STR, true, WW_MAX_TITLE, offsetof(ww_item_t, title) },
    { "body", F_STR, true, 0, offsetof(ww_item_t, body) },
    { "lang", F_STR, false, WW_MAX_LANG, offsetof(ww_item_t, lang) },
    { "published", F_INT, true, 0, offsetof(ww_item_t, published) },
};

int
ww_proto_decode_item(const uint8_t *p, size_t len, size_t max_len, ww_item_t *item,
                     ww_reject_t *why)
{
    memset(item, 0, sizeof *item);
    if (len > max_len)
        return proto_reject(why, WW_REJECT_TOO_LARGE, "message larger than max-item-size");
    if (proto_decode_message(p, len, item_fields, sizeof item_fields / sizeof item_fields[0],
                             max_len, item, why) == -1)
        return -1;
    if (item->title.len == 0 && item->body.len == 0)
        return proto_reject(why, WW_REJECT_EMPTY, "title and body are both empty");
    return 0;
}

void
ww_proto_encode_item(ww_buf_t *out, const ww_item_t *item)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    bool has_id = item->id.p != NULL, has_lang = item->lang.p != NULL;
    msgpack_pack_map(&pk, 6 + has_id + has_lang);
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    if (has_id)
        proto_pack_kstr(&pk, "id", item->id);
    proto_pack_kstr(&pk, "source", item->source);
    proto_pack_kstr(&pk, "url", item->url);
    proto_pack_kstr(&pk, "title", item->title);
    proto_pack_kstr(&pk, "body", item->body);
    if (has_lang)
        proto_pack_kstr(&pk, "lang", item->lang);
    proto_pack_kint(&pk, "published", item->published);
}

static void
pack_dateline(msgpack_packer *pk, const ww_enriched_t *e)
{
    proto_pack_key(pk, "dateline");
    if (e->dateline_place == NULL) {
        msgpack_pack_nil(pk);
        return;
    }
    msgpack_pack_map(pk, 2);
    proto_pack_kcstr(pk, "place", e->dateline_place);
    proto_pack_kcstr(pk, "date", e->dateline_date);
}

void
ww_proto_encode_enriched(ww_buf_t *out, const ww_enriched_t *e)
{
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    msgpack_pack_map(&pk, 16 + (e->with_text ? 1 : 0));
    proto_pack_kint(&pk, "v", WW_PROTO_VERSION);
    proto_pack_kstr(&pk, "id", e->id);
    proto_pack_kuint(&pk, "ingest_seq", e->ingest_seq);
    proto_pack_kstr(&pk, "source", e->item->source);
    proto_pack_kstr(&pk, "url", e->item->url);
    proto_pack_kstr(&pk, "title", e->item->title);
    proto_pack_kcstr(&pk, "lang", e->lang);
    proto_pack_key(&pk, "lang_given");
    e->lang_given ? msgpack_pack_true(&pk) : msgpack_pack_false(&pk);
    proto_pack_kint(&pk, "published", e->item->published);
    proto_pack_kint(&pk, "received", e->received);
    proto_pack_kint(&pk, "processed", e->processed);
    proto_pack_kuint(&pk, "body_len", e->item->body.len);
    pack_dateline(&pk, e);
    proto_pack_kcstr(&pk, "worker", e->worker);
    proto_pack_key(&pk, "event");
    if (e->event == NULL)
        msgpack_pack_nil(&pk);
    else
        ww_buf_append(out, e->event, e->event_len);
    proto_pack_key(&pk, "scraper_id");
    if (e->item->id.p != NULL)
        proto_pack_str(&pk, e->item->id.p, e->item->id.len);
    else
        msgpack_pack_nil(&pk);
    if (e->with_text) {
        proto_pack_key(&pk, "text");
        msgpack_pack_map(&pk, 2);
        proto_pack_kstr(&pk, "title", e->text_title);
        proto_pack_kstr(&pk, "body", e->text_body);
    }
}

static const char *const dup_names[] = { "new", "exact", "near" };
static const char *const dup_topics[] = { WW_TOPIC_NEW, WW_TOPIC_EXACT, WW_TOPIC_NEAR };

const char *
ww_dup_status_name(ww_dup_status_t status)
{
    return dup_names[status];
}

const char *
ww_proto_item_topic(ww_dup_status_t status)
{
    return dup_topics[status];
}

/* Re-packing an encoded map with EXTRA pairs written first (so that `seq`
 * and `dup` lead the message a person reads): repack_begin unpacks (P, LEN),
 * writes the map header and leaves *PK ready for the caller's pairs;
 * repack_end copies the original pairs except the keys in SKIP (which the
 * caller replaced) and frees *U. */
static bool
skipped(const msgpack_object *k, const char *const *skip)
{
    for (const char *const *s = skip; *s != NULL; s++)
        if (k->type == MSGPACK_OBJECT_STR && k->via.str.size == strlen(*s) &&
            memcmp(k->via.str.ptr, *s, k->via.str.size) == 0)
            return true;
    return false;
}

static int
repack_begin(ww_buf_t *out, const uint8_t *p, size_t len, size_t extra,
             const char *const *skip, msgpack_packer *pk, msgpack_unpacked *u)
{
    ww_reject_t why;
    if (ww_proto_unpack(p, len, u, &why) == -1)
        return -1;
    proto_packer_init(pk, out);
    const msgpack_object_map *m = &u->data.via.map;
    size_t kept = 0;
    for (uint32_t i = 0; i < m->size; i++)
        kept += !skipped(&m->ptr[i].key, skip);
    msgpack_pack_map(pk, kept + extra);
    return 0;
}

static void
repack_end(msgpack_packer *pk, msgpack_unpacked *u, const char *const *skip)
{
    const msgpack_object_map *m = &u->data.via.map;
    for (uint32_t i = 0; i < m->size; i++) {
        if (skipped(&m->ptr[i].key, skip))
            continue;
        msgpack_pack_object(pk, m->ptr[i].key);
        msgpack_pack_object(pk, m->ptr[i].val);
    }
}

/* True when string object O equals S. */
static bool
str_is(const msgpack_object *o, ww_str_t s)
{
    return o != NULL && o->type == MSGPACK_OBJECT_STR && o->via.str.size == s.len &&
           memcmp(o->via.str.ptr, s.p, s.len) == 0;
}

/* Writes the value of "event": the commit's instance and counts first, then
 * the worker's own keys of map O (O may be NULL) when O names the same type,
 * or when the item is no copy (its own text's verdict, counted in the
 * instance of another type it may be: talks joined to a call). */
static void
pack_event(msgpack_packer *pk, const msgpack_object *o, const ww_verdict_t *v)
{
    static const char *const skip[] = { "reports", "first_report", "joined", NULL };
    static const char *const skip_ids[] = { "reports", "first_report", "joined", "type", "id",
                                            "date", NULL };
    bool named = v->type.len > 0;
    bool own = o != NULL && o->type == MSGPACK_OBJECT_MAP &&
               (!named || v->dup.status == WW_DUP_NEW ||
                str_is(ww_proto_get(o, "type"), v->type));
    const char *const *drop = named ? skip_ids : skip;
    size_t kept = 0;
    for (uint32_t i = 0; own && i < o->via.map.size; i++)
        kept += !skipped(&o->via.map.ptr[i].key, drop);
    msgpack_pack_map(pk, kept + 2 + (named ? 3 : 0) + (v->joined ? 1 : 0));
    if (named) {
        proto_pack_kstr(pk, "type", v->type);
        proto_pack_kstr(pk, "id", v->id);
        proto_pack_kstr(pk, "date", v->date);
    }
    proto_pack_kuint(pk, "reports", v->reports);
    proto_pack_key(pk, "first_report");
    v->first_report ? msgpack_pack_true(pk) : msgpack_pack_false(pk);
    if (v->joined) {
        proto_pack_key(pk, "joined");
        msgpack_pack_true(pk);
    }
    for (uint32_t i = 0; own && i < o->via.map.size; i++) {
        if (skipped(&o->via.map.ptr[i].key, drop))
            continue;
        msgpack_pack_object(pk, o->via.map.ptr[i].key);
        msgpack_pack_object(pk, o->via.map.ptr[i].val);
    }
}

static void
pack_dup(msgpack_packer *pk, const ww_dup_t *dup)
{
    proto_pack_key(pk, "dup");
    msgpack_pack_map(pk, dup->n_also > 0 ? 5 : 4);
    proto_pack_kcstr(pk, "status", dup_names[dup->status]);
    proto_pack_key(pk, "of");
    if (dup->status == WW_DUP_NEW)
        msgpack_pack_nil(pk);
    else
        proto_pack_str(pk, dup->of.p, dup->of.len);
    proto_pack_key(pk, "of_seq");
    if (dup->status == WW_DUP_NEW)
        msgpack_pack_nil(pk);
    else
        msgpack_pack_uint64(pk, dup->of_seq);
    proto_pack_key(pk, "similarity");
    msgpack_pack_double(pk, dup->similarity);
    if (dup->n_also == 0)
        return;
    proto_pack_key(pk, "also");
    msgpack_pack_array(pk, dup->n_also);
    for (size_t k = 0; k < dup->n_also; k++) {
        msgpack_pack_map(pk, 2);
        proto_pack_key(pk, "of");
        proto_pack_str(pk, dup->also[k].p, dup->also[k].len);
        proto_pack_kuint(pk, "of_seq", dup->also_seq[k]);
    }
}

int
ww_proto_finish_item(ww_buf_t *out, const uint8_t *p, size_t len, uint64_t seq,
                     const ww_verdict_t *v)
{
    static const char *const skip[] = { "seq", "dup", NULL };
    static const char *const skip_event[] = { "seq", "dup", "event", NULL };
    msgpack_unpacked u;
    ww_reject_t why;
    if (ww_proto_unpack(p, len, &u, &why) == -1) {
        msgpack_unpacked_destroy(&u);
        return -1;
    }
    const msgpack_object *event = ww_proto_get(&u.data, "event");
    /* an event the worker found but the commit did not count (a copy of a
     * root that reports none) goes: the copy carries its root's verdict */
    bool drop_own = !v->has_event && event != NULL && event->type == MSGPACK_OBJECT_MAP;
    bool patch = v->has_event &&
                 (v->type.len > 0 || (event != NULL && event->type == MSGPACK_OBJECT_MAP));
    const char *const *drop = patch || drop_own ? skip_event : skip;
    msgpack_packer pk;
    proto_packer_init(&pk, out);
    const msgpack_object_map *m = &u.data.via.map;
    size_t kept = 0;
    for (uint32_t i = 0; i < m->size; i++)
        kept += !skipped(&m->ptr[i].key, drop);
    msgpack_pack_map(&pk, kept + 2 + (patch || drop_own ? 1 : 0));
    proto_pack_kuint(&pk, "seq", seq);
    pack_dup(&pk, &v->dup);
    if (patch) {
        proto_pack_key(&pk, "event");
        pack_event(&pk, event, v);
    } else if (drop_own) {
        proto_pack_key(&pk, "event");
        msgpack_pack_nil(&pk);
    }
    repack_end(&pk, &u, drop);
    msgpack_unpacked_destroy(&u);
    return 0;
}

int
ww_proto_add_seq(ww_buf_t *out, const uint8_t *p, size_t len, uint64_t seq)
{
    static const char *const skip[] = { "seq", NULL };
    msgpack_packer pk;
    msgpack_unpacked u;
    int rc = repack_begin(out, p, len, 1, skip, &pk, &u);
    if (rc == 0) {
        proto_pack_kuint(&pk, "seq", seq);
        repack_end(&pk, &u, skip);
    }
    msgpack_unpacked_destroy(&u);
    return rc;
}

uint64_t
ww_proto_seq(const uint8_t *p, size_t len)
{
    msgpack_unpacked u;
    ww_reject_t why;
    uint64_t seq = 0;
    if (ww_proto_unpack(p, len, &u, &why) == 0) {
        const msgpack_object *s = ww_proto_get(&u.data, "seq");
        if (s != NULL && s->type == MSGPACK_OBJECT_POSITIVE_INTEGER)
            seq = s->via.u64;
    }
    msgpack_unpacked_destroy(&u);
    return seq;
}
