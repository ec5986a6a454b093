/* SPDX-License-Identifier: MIT
 *
 * ww_proto — see ww_proto.h and PROTOCOL.md. Decoding is table-driven: one
 * row per field (name, type, required, bound, where it goes), so the rules a
 * reader sees in PROTOCOL.md are the rows here. */
#include "ww_proto.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ww_utf8.h"


typedef enum { F_STR, F_INT, F_UINT, F_BOOL } field_type_t;

typedef struct {
    const char *name;
    field_type_t type;
    bool required;
    size_t max_len; /* strings; 0 = the message bound */
    size_t offset;  /* of a ww_str_t, int64_t or uint64_t in the target struct */
} field_t;

static const field_t item_fields[] = {
    { "id", F_STR, false, WW_MAX_ID, offsetof(ww_item_t, id) },
    { "source", F_STR, true, WW_MAX_SOURCE, offsetof(ww_item_t, source) },
    { "url", F_STR, true, WW_MAX_URL, offsetof(ww_item_t, url) },
    { "title", F_STR, true, WW_MAX_TITLE, offsetof(ww_item_t, title) },
    { "body", F_STR, true, 0, offsetof(ww_item_t, body) },
    { "lang", F_STR, false, WW_MAX_LANG, offsetof(ww_item_t, lang) },
    { "published", F_INT, true, 0, offsetof(ww_item_t, published) },
};

static const char *const reject_names[WW_REJECT_COUNT] = {
    [WW_REJECT_NONE] = "none",           [WW_REJECT_TOO_LARGE] = "too_large",
    [WW_REJECT_NOT_MSGPACK] = "not_msgpack", [WW_REJECT_TRAILING] = "trailing",
    [WW_REJECT_NOT_MAP] = "not_map",     [WW_REJECT_BAD_KEY] = "bad_key",
    [WW_REJECT_VERSION] = "version",     [WW_REJECT_MISSING] = "missing",
    [WW_REJECT_TYPE] = "bad_type",       [WW_REJECT_TOO_LONG] = "too_long",
    [WW_REJECT_BAD_UTF8] = "bad_utf8",   [WW_REJECT_EMPTY] = "empty",
    [WW_REJECT_FRAMES] = "frames",
};

static const char *const msgpack_type_names[] = {
    [MSGPACK_OBJECT_NIL] = "nil",          [MSGPACK_OBJECT_BOOLEAN] = "bool",
    [MSGPACK_OBJECT_POSITIVE_INTEGER] = "int", [MSGPACK_OBJECT_NEGATIVE_INTEGER] = "int",
    [MSGPACK_OBJECT_FLOAT32] = "float",    [MSGPACK_OBJECT_FLOAT64] = "float",
    [MSGPACK_OBJECT_STR] = "str",          [MSGPACK_OBJECT_ARRAY] = "array",
    [MSGPACK_OBJECT_MAP] = "map",          [MSGPACK_OBJECT_BIN] = "bin",
    [MSGPACK_OBJECT_EXT] = "ext",
};

const char *
ww_reject_name(ww_reject_code_t code)
{
    return code < WW_REJECT_COUNT ? reject_names[code] : "unknown";
}

static int reject(ww_reject_t *why, ww_reject_code_t code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
reject(ww_reject_t *why, ww_reject_code_t code, const char *fmt, ...)
{
    why->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why->text, sizeof why->text, fmt, ap);
    va_end(ap);
    return -1;
}

/* Sizes of one msgpack header: the header's bytes, where its length field
 * sits (0 = none) and how wide it is, a fixed payload, and whether the length
 * counts elements (array), pairs (map) or bytes. Indexed by the type byte's
 * range in scan_header. */
typedef struct {
    uint8_t head;      /* bytes of the header, type byte included */
    uint8_t len_bytes; /* width of the big-endian length field after the type byte */
    uint8_t fixed;     /* payload bytes that follow regardless of the length */
    uint8_t children;  /* 0: length counts bytes; 1: elements; 2: pairs */
} header_t;

/* Reads the header at P (LEFT bytes) into *H and its length into *N.
 * Returns false for the one unused type byte (0xc1). */
static bool
scan_header(const uint8_t *p, size_t left, header_t *h, uint64_t *n)
{
    uint8_t b = p[0];
    *h = (header_t){ 1, 0, 0, 0 };
    *n = 0;
    if (b <= 0x7f || b >= 0xe0 || b == 0xc0 || b == 0xc2 || b == 0xc3)
        return true;
    if (b <= 0x8f || (b >= 0x90 && b <= 0x9f)) {
        h->children = b <= 0x8f ? 2 : 1;
        *n = b & 0x0f;
        return true;
    }
    if (b <= 0xbf) {
        *n = b & 0x1f;
        return true;
    }
    static const header_t table[] = {
        [0xc4 - 0xc4] = { 2, 1, 0, 0 }, { 3, 2, 0, 0 }, { 5, 4, 0, 0 },   /* bin */
        { 3, 1, 0, 0 }, { 4, 2, 0, 0 }, { 6, 4, 0, 0 },                   /* ext */
        { 1, 0, 4, 0 }, { 1, 0, 8, 0 },                                   /* float */
        { 1, 0, 1, 0 }, { 1, 0, 2, 0 }, { 1, 0, 4, 0 }, { 1, 0, 8, 0 },   /* uint */
        { 1, 0, 1, 0 }, { 1, 0, 2, 0 }, { 1, 0, 4, 0 }, { 1, 0, 8, 0 },   /* int */
        { 1, 0, 2, 0 }, { 1, 0, 3, 0 }, { 1, 0, 5, 0 }, { 1, 0, 9, 0 },   /* fixext */
        { 1, 0, 17, 0 },
        { 2, 1, 0, 0 }, { 3, 2, 0, 0 }, { 5, 4, 0, 0 },                   /* str */
        { 3, 2, 0, 1 }, { 5, 4, 0, 1 },                                   /* array */
        { 3, 2, 0, 2 }, { 5, 4, 0, 2 },                                   /* map */
    };
    if (b < 0xc4)
        return false; /* 0xc1 */
    *h = table[b - 0xc4];
    /* ext headers carry a type byte after the length */
    size_t len_at = 1, width = h->len_bytes;
    if (width > 0 && left >= len_at + width)
        for (size_t i = 0; i < width; i++)
            *n = *n << 8 | p[len_at + i];
    return true;
}

/* msgpack-c's unpacker holds at most this many open containers (its fixed
 * parse stack, MSGPACK_EMBED_STACK_SIZE) and fails on a deeper one as if the
 * message were cut short. */
#define MAX_DEPTH 32

/* Walks (P, LEN) before msgpack-c sees it, checking that every array and map
 * declares no more elements than bytes remain (each takes at least one) and
 * that containers nest at most MAX_DEPTH deep. The unpacker allocates for a
 * container's declared size up front, so without this a 9-byte message
 * declaring 2^32 pairs asks for 64 GB (found by tests/fuzz/fuzz_proto); and
 * it would call a JSON object 33 levels deep, which `wirewatch feed` sends
 * as it is, "not a complete msgpack object" (found by tests/fuzz/fuzz_json).
 * Returns 0, or -1 with WHY. */
static int
check_sizes(const uint8_t *p, size_t len, ww_reject_t *why)
{
    uint64_t left[MAX_DEPTH + 1] = { 1 }; /* objects still to read at each open level */
    int depth = 0;
    size_t pos = 0;
    while (depth >= 0) {
        if (left[depth] == 0) {
            depth--;
            continue;
        }
        left[depth]--;
        if (pos >= len)
            return reject(why, WW_REJECT_NOT_MSGPACK, "not a complete msgpack object");
        header_t h;
        uint64_t n;
        if (!scan_header(p + pos, len - pos, &h, &n))
            return reject(why, WW_REJECT_NOT_MSGPACK, "not msgpack (byte 0xc1)");
        uint64_t skip = (uint64_t)h.head + h.fixed + (h.children ? 0 : n);
        if (skip > len - pos)
            return reject(why, WW_REJECT_NOT_MSGPACK, "not a complete msgpack object");
        pos += (size_t)skip;
        uint64_t children = n * h.children;
        if (children > len - pos)
            return reject(why, WW_REJECT_NOT_MSGPACK,
                          "a container declares more elements than the message holds");
        if (children == 0)
            continue;
        if (depth == MAX_DEPTH)
            return reject(why, WW_REJECT_NOT_MSGPACK,
                          "arrays and maps nested deeper than %d levels", MAX_DEPTH);
        left[++depth] = children;
    }
    return 0;
}

int
ww_proto_unpack(const uint8_t *p, size_t len, msgpack_unpacked *u, ww_reject_t *why)
{
    msgpack_unpacked_init(u);
    if (check_sizes(p, len, why) == -1)
        return -1;
    size_t off = 0;
    msgpack_unpack_return rc = msgpack_unpack_next(u, (const char *)p, len, &off);
    if (rc != MSGPACK_UNPACK_SUCCESS)
        return reject(why, WW_REJECT_NOT_MSGPACK, "not a complete msgpack object");
    if (off != len)
        return reject(why, WW_REJECT_TRAILING, "trailing bytes after the msgpack object");
    if (u->data.type != MSGPACK_OBJECT_MAP)
        return reject(why, WW_REJECT_NOT_MAP, "expected a map, got %s", msgpack_type_names[u->data.type]);
    return 0;
}

const msgpack_object *
ww_proto_get(const msgpack_object *map, const char *key)
{
    if (map == NULL || map->type != MSGPACK_OBJECT_MAP)
        return NULL;
    size_t klen = strlen(key);
    for (uint32_t i = 0; i < map->via.map.size; i++) {
        const msgpack_object *k = &map->via.map.ptr[i].key;
        if (k->type == MSGPACK_OBJECT_STR && k->via.str.size == klen &&
            memcmp(k->via.str.ptr, key, klen) == 0)
            return &map->via.map.ptr[i].val;
    }
    return NULL;
}

static int
decode_field(const field_t *f, const msgpack_object *o, size_t max_len, void *target,
             ww_reject_t *why)
{
    char *dst = (char *)target + f->offset;
    switch (f->type) {
    case F_STR: {
        if (o->type != MSGPACK_OBJECT_STR)
            return reject(why, WW_REJECT_TYPE, "%s: expected str, got %s", f->name,
                          msgpack_type_names[o->type]);
        size_t bound = f->max_len ? f->max_len : max_len;
        if (o->via.str.size > bound)
            return reject(why, WW_REJECT_TOO_LONG, "%s: longer than its bound (%zu bytes)", f->name, bound);
        if (!ww_utf8_valid(o->via.str.ptr, o->via.str.size))
            return reject(why, WW_REJECT_BAD_UTF8, "%s: invalid UTF-8", f->name);
        ww_str_t *s = (ww_str_t *)(void *)dst;
        s->p = o->via.str.ptr;
        s->len = o->via.str.size;
        return 0;
    }
    case F_INT:
        if (o->type == MSGPACK_OBJECT_POSITIVE_INTEGER && o->via.u64 <= INT64_MAX)
            *(int64_t *)(void *)dst = (int64_t)o->via.u64;
        else if (o->type == MSGPACK_OBJECT_NEGATIVE_INTEGER)
            *(int64_t *)(void *)dst = o->via.i64;
        else
            return reject(why, WW_REJECT_TYPE, "%s: expected int, got %s", f->name,
                          msgpack_type_names[o->type]);
        return 0;
    case F_UINT:
        if (o->type != MSGPACK_OBJECT_POSITIVE_INTEGER)
            return reject(why, WW_REJECT_TYPE, "%s: expected unsigned int, got %s", f->name,
                          msgpack_type_names[o->type]);
        *(uint64_t *)(void *)dst = o->via.u64;
        return 0;
    case F_BOOL:
        if (o->type != MSGPACK_OBJECT_BOOLEAN)
            return reject(why, WW_REJECT_TYPE, "%s: expected bool, got %s", f->name,
                          msgpack_type_names[o->type]);
        *(bool *)(void *)dst = o->via.boolean;
        return 0;
    }
    return -1;
}

static int
check_version(const msgpack_object *map, ww_reject_t *why)
{
    const msgpack_object *v = ww_proto_get(map, "v");
    if (v == NULL)
        return reject(why, WW_REJECT_MISSING, "missing field: v");
    if (v->type != MSGPACK_OBJECT_POSITIVE_INTEGER)
        return reject(why, WW_REJECT_TYPE, "v: expected int, got %s", msgpack_type_names[v->type]);
    if (v->via.u64 != WW_PROTO_VERSION)
        return reject(why, WW_REJECT_VERSION, "v: unsupported version");
    return 0;
}

/* Decodes MAP through the rows of FIELDS into TARGET (zeroed by the caller). */
static int
decode_fields(const msgpack_object *map, const field_t *fields, size_t n, size_t max_len,
              void *target, ww_reject_t *why)
{
    for (uint32_t i = 0; i < map->via.map.size; i++)
        if (map->via.map.ptr[i].key.type != MSGPACK_OBJECT_STR)
            return reject(why, WW_REJECT_BAD_KEY, "a key is %s, not str",
                          msgpack_type_names[map->via.map.ptr[i].key.type]);
    if (check_version(map, why) == -1)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const msgpack_object *o = ww_proto_get(map, fields[i].name);
        if (o == NULL) {
            if (fields[i].required)
                return reject(why, WW_REJECT_MISSING, "missing field: %s", fields[i].name);
            continue;
        }
        if (decode_field(&fields[i], o, max_len, target, why) == -1)
            return -1;
    }
    return 0;
}

/* Unpacks (P, LEN) and decodes it through FIELDS: the shared path of every
 * typed decoder. Strings stay borrowed from P: msgpack_unpack_next references
 * the input buffer instead of copying, so the zone can go. */
static int
decode_message(const uint8_t *p, size_t len, const field_t *fields, size_t n, size_t max_len,
               void *target, ww_reject_t *why)
{
    msgpack_unpacked u;
    why->code = WW_REJECT_NONE;
    why->text[0] = '\0';
    int rc = ww_proto_unpack(p, len, &u, why);
    if (rc == 0)
        rc = decode_fields(&u.data, fields, n, max_len, target, why);
    msgpack_unpacked_destroy(&u);
    return rc;
}

int
ww_proto_decode_item(const uint8_t *p, size_t len, size_t max_len, ww_item_t *item,
                     ww_reject_t *why)
{
    memset(item, 0, sizeof *item);
    if (len > max_len)
        return reject(why, WW_REJECT_TOO_LARGE, "message larger than max-item-size");
    if (decode_message(p, len, item_fields, sizeof item_fields / sizeof item_fields[0], max_len,
                       item, why) == -1)
        return -1;
    if (item->title.len == 0 && item->body.len == 0)
        return reject(why, WW_REJECT_EMPTY, "title and body are both empty");
    return 0;
}

/* Encoding helpers: every key is a short str. */
static void
pack_str(msgpack_packer *pk, const char *p, size_t len)
{
    msgpack_pack_str(pk, len);
    msgpack_pack_str_body(pk, p, len);
}

static void
pack_key(msgpack_packer *pk, const char *key)
{
    pack_str(pk, key, strlen(key));
}

static void
pack_kstr(msgpack_packer *pk, const char *key, ww_str_t s)
{
    pack_key(pk, key);
    pack_str(pk, s.p, s.len);
}

static void
pack_kcstr(msgpack_packer *pk, const char *key, const char *s)
{
    pack_key(pk, key);
    if (s == NULL)
        msgpack_pack_nil(pk);
    else
        pack_str(pk, s, strlen(s));
}

static void
pack_kint(msgpack_packer *pk, const char *key, int64_t x)
{
    pack_key(pk, key);
    msgpack_pack_int64(pk, x);
}

static void
pack_kuint(msgpack_packer *pk, const char *key, uint64_t x)
{
    pack_key(pk, key);
    msgpack_pack_uint64(pk, x);
}

static void
packer_init(msgpack_packer *pk, ww_buf_t *out)
{
    msgpack_packer_init(pk, out, ww_buf_msgpack_write);
}

void
ww_proto_encode_item(ww_buf_t *out, const ww_item_t *item)
{
    msgpack_packer pk;
    packer_init(&pk, out);
    bool has_id = item->id.p != NULL, has_lang = item->lang.p != NULL;
    msgpack_pack_map(&pk, 6 + has_id + has_lang);
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    if (has_id)
        pack_kstr(&pk, "id", item->id);
    pack_kstr(&pk, "source", item->source);
    pack_kstr(&pk, "url", item->url);
    pack_kstr(&pk, "title", item->title);
    pack_kstr(&pk, "body", item->body);
    if (has_lang)
        pack_kstr(&pk, "lang", item->lang);
    pack_kint(&pk, "published", item->published);
}

static void
pack_dateline(msgpack_packer *pk, const ww_enriched_t *e)
{
    pack_key(pk, "dateline");
    if (e->dateline_place == NULL) {
        msgpack_pack_nil(pk);
        return;
    }
    msgpack_pack_map(pk, 2);
    pack_kcstr(pk, "place", e->dateline_place);
    pack_kcstr(pk, "date", e->dateline_date);
}

void
ww_proto_encode_enriched(ww_buf_t *out, const ww_enriched_t *e)
{
    msgpack_packer pk;
    packer_init(&pk, out);
    msgpack_pack_map(&pk, 16 + (e->with_text ? 1 : 0));
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kstr(&pk, "id", e->id);
    pack_kuint(&pk, "ingest_seq", e->ingest_seq);
    pack_kstr(&pk, "source", e->item->source);
    pack_kstr(&pk, "url", e->item->url);
    pack_kstr(&pk, "title", e->item->title);
    pack_kcstr(&pk, "lang", e->lang);
    pack_key(&pk, "lang_given");
    e->lang_given ? msgpack_pack_true(&pk) : msgpack_pack_false(&pk);
    pack_kint(&pk, "published", e->item->published);
    pack_kint(&pk, "received", e->received);
    pack_kint(&pk, "processed", e->processed);
    pack_kuint(&pk, "body_len", e->item->body.len);
    pack_dateline(&pk, e);
    pack_kcstr(&pk, "worker", e->worker);
    pack_key(&pk, "event");
    if (e->event == NULL)
        msgpack_pack_nil(&pk);
    else
        ww_buf_append(out, e->event, e->event_len);
    pack_key(&pk, "scraper_id");
    if (e->item->id.p != NULL)
        pack_str(&pk, e->item->id.p, e->item->id.len);
    else
        msgpack_pack_nil(&pk);
    if (e->with_text) {
        pack_key(&pk, "text");
        msgpack_pack_map(&pk, 2);
        pack_kstr(&pk, "title", e->text_title);
        pack_kstr(&pk, "body", e->text_body);
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
    packer_init(pk, out);
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
 * the worker's own keys of map O when O names the same type (O may be NULL). */
static void
pack_event(msgpack_packer *pk, const msgpack_object *o, const ww_verdict_t *v)
{
    static const char *const skip[] = { "reports", "first_report", "joined", NULL };
    static const char *const skip_ids[] = { "reports", "first_report", "joined", "type", "id",
                                            "date", NULL };
    bool named = v->type.len > 0;
    bool own = o != NULL && o->type == MSGPACK_OBJECT_MAP &&
               (!named || str_is(ww_proto_get(o, "type"), v->type));
    const char *const *drop = named ? skip_ids : skip;
    size_t kept = 0;
    for (uint32_t i = 0; own && i < o->via.map.size; i++)
        kept += !skipped(&o->via.map.ptr[i].key, drop);
    msgpack_pack_map(pk, kept + 2 + (named ? 3 : 0) + (v->joined ? 1 : 0));
    if (named) {
        pack_kstr(pk, "type", v->type);
        pack_kstr(pk, "id", v->id);
        pack_kstr(pk, "date", v->date);
    }
    pack_kuint(pk, "reports", v->reports);
    pack_key(pk, "first_report");
    v->first_report ? msgpack_pack_true(pk) : msgpack_pack_false(pk);
    if (v->joined) {
        pack_key(pk, "joined");
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
    pack_key(pk, "dup");
    msgpack_pack_map(pk, 4);
    pack_kcstr(pk, "status", dup_names[dup->status]);
    pack_key(pk, "of");
    if (dup->status == WW_DUP_NEW)
        msgpack_pack_nil(pk);
    else
        pack_str(pk, dup->of.p, dup->of.len);
    pack_key(pk, "of_seq");
    if (dup->status == WW_DUP_NEW)
        msgpack_pack_nil(pk);
    else
        msgpack_pack_uint64(pk, dup->of_seq);
    pack_key(pk, "similarity");
    msgpack_pack_double(pk, dup->similarity);
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
    packer_init(&pk, out);
    const msgpack_object_map *m = &u.data.via.map;
    size_t kept = 0;
    for (uint32_t i = 0; i < m->size; i++)
        kept += !skipped(&m->ptr[i].key, drop);
    msgpack_pack_map(&pk, kept + 2 + (patch || drop_own ? 1 : 0));
    pack_kuint(&pk, "seq", seq);
    pack_dup(&pk, &v->dup);
    if (patch) {
        pack_key(&pk, "event");
        pack_event(&pk, event, v);
    } else if (drop_own) {
        pack_key(&pk, "event");
        msgpack_pack_nil(&pk);
    }
    repack_end(&pk, &u, drop);
    msgpack_unpacked_destroy(&u);
    return 0;
}

/* Packs a tab-separated list as an array of strings. */
static void
pack_list(msgpack_packer *pk, const char *key, ww_str_t list)
{
    size_t n = list.len > 0 ? 1 : 0;
    for (size_t i = 0; i < list.len; i++)
        n += list.p[i] == '\t';
    pack_key(pk, key);
    msgpack_pack_array(pk, n);
    const char *start = list.p, *end = list.p + list.len;
    for (const char *q = list.p; n > 0 && q <= end; q++) {
        if (q == end || *q == '\t') {
            pack_str(pk, start, (size_t)(q - start));
            start = q + 1;
        }
    }
}

void
ww_proto_encode_event_state(ww_buf_t *out, uint64_t seq, const ww_event_state_t *e)
{
    msgpack_packer pk;
    packer_init(&pk, out);
    msgpack_pack_map(&pk, 11);
    pack_kuint(&pk, "seq", seq);
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kstr(&pk, "id", e->id);
    pack_kstr(&pk, "type", e->type);
    pack_kstr(&pk, "date", e->date);
    pack_kuint(&pk, "reports", e->reports);
    pack_kuint(&pk, "first_seq", e->first_seq);
    pack_kint(&pk, "first_seen", e->first_seen);
    pack_kint(&pk, "last_seen", e->last_seen);
    pack_list(&pk, "outlets", e->outlets);
    pack_list(&pk, "langs", e->langs);
}

int
ww_proto_add_seq(ww_buf_t *out, const uint8_t *p, size_t len, uint64_t seq)
{
    static const char *const skip[] = { "seq", NULL };
    msgpack_packer pk;
    msgpack_unpacked u;
    int rc = repack_begin(out, p, len, 1, skip, &pk, &u);
    if (rc == 0) {
        pack_kuint(&pk, "seq", seq);
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

void
ww_proto_encode_dead(ww_buf_t *out, const ww_dead_t *d)
{
    msgpack_packer pk;
    packer_init(&pk, out);
    msgpack_pack_map(&pk, 7);
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kcstr(&pk, "reason", d->reason);
    pack_kcstr(&pk, "code", d->code);
    pack_kcstr(&pk, "origin", d->origin);
    pack_kint(&pk, "received", d->received);
    pack_kuint(&pk, "raw_len", d->raw_len);
    size_t n = d->raw_len < WW_DEAD_RAW_MAX ? d->raw_len : WW_DEAD_RAW_MAX;
    pack_key(&pk, "raw");
    msgpack_pack_bin(&pk, n);
    msgpack_pack_bin_body(&pk, d->raw, n);
}

static const char *const ack_names[] = { "ok", "rejected", "retry" };

void
ww_proto_encode_ack(ww_buf_t *out, const ww_ack_t *ack)
{
    msgpack_packer pk;
    packer_init(&pk, out);
    bool already = ack->status == WW_ACK_OK && ack->already;
    msgpack_pack_map(&pk, 3 + already);
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kcstr(&pk, "status", ack_names[ack->status]);
    if (ack->status == WW_ACK_OK)
        pack_kuint(&pk, "ingest_seq", ack->ingest_seq);
    else
        pack_kstr(&pk, "reason", ack->reason);
    if (already) {
        pack_key(&pk, "already");
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
    if (decode_message(p, len, ack_fields, sizeof ack_fields / sizeof ack_fields[0], len, &w,
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
    return reject(why, WW_REJECT_TYPE, "status: unknown value");
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
    packer_init(&pk, out);
    msgpack_pack_map(&pk, 4);
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kuint(&pk, "from", r->from);
    pack_kuint(&pk, "to", r->to);
    pack_kstr(&pk, "topic", r->topic);
}

int
ww_proto_decode_replay_req(const uint8_t *p, size_t len, ww_replay_req_t *r, ww_reject_t *why)
{
    memset(r, 0, sizeof *r);
    return decode_message(p, len, replay_req_fields,
                          sizeof replay_req_fields / sizeof replay_req_fields[0], len, r, why);
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
    packer_init(&pk, out);
    msgpack_pack_map(&pk, 5);
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kuint(&pk, "last", e->last);
    pack_kuint(&pk, "head", e->head);
    pack_kuint(&pk, "first", e->first);
    pack_kuint(&pk, "more", e->more ? 1 : 0);
}

int
ww_proto_decode_replay_end(const uint8_t *p, size_t len, ww_replay_end_t *e, ww_reject_t *why)
{
    replay_end_wire_t w;
    memset(&w, 0, sizeof w);
    if (decode_message(p, len, replay_end_fields,
                       sizeof replay_end_fields / sizeof replay_end_fields[0], len, &w, why) == -1)
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
    packer_init(&pk, out);
    msgpack_pack_map(&pk, 3);
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kcstr(&pk, "error", error);
    pack_kuint(&pk, "head", head);
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
    packer_init(&pk, out);
    msgpack_pack_map(&pk, 3 + (hb->epoch.len > 0));
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kuint(&pk, "head", hb->head);
    pack_kint(&pk, "at", hb->at);
    if (hb->epoch.len > 0)
        pack_kstr(&pk, "epoch", hb->epoch);
}

int
ww_proto_decode_heartbeat(const uint8_t *p, size_t len, ww_heartbeat_t *hb, ww_reject_t *why)
{
    memset(hb, 0, sizeof *hb);
    return decode_message(p, len, heartbeat_fields,
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
    packer_init(&pk, out);
    msgpack_pack_map(&pk, 6);
    pack_kint(&pk, "v", WW_PROTO_VERSION);
    pack_kstr(&pk, "epoch", r->epoch);
    pack_kuint(&pk, "head", r->head);
    pack_kuint(&pk, "was", r->was);
    pack_kstr(&pk, "reason", r->reason);
    pack_kint(&pk, "at", r->at);
}

int
ww_proto_decode_reset(const uint8_t *p, size_t len, ww_reset_t *r, ww_reject_t *why)
{
    memset(r, 0, sizeof *r);
    return decode_message(p, len, reset_fields, sizeof reset_fields / sizeof reset_fields[0],
                          len, r, why);
}
