/* SPDX-License-Identifier: MIT
 *
 * ww_proto — see ww_proto.h and PROTOCOL.md. This file is the shared core:
 * reject codes and their names, the size and header checks every message
 * passes before msgpack-c sees it, unpacking and key lookup, the table-driven
 * decoder (one row per field: name, type, required, bound, where it goes, so
 * the rules a reader sees in PROTOCOL.md are the rows of each message's
 * table) and the small encoding helpers. The messages themselves are in
 * ww_proto_item.c (raw and enriched items) and ww_proto_control.c (event
 * state, dead letters, acks, replay, heartbeats, resets); what they share
 * with this file is declared in ww_proto_int.h. */
#include "ww_proto.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ww_proto_int.h"
#include "ww_utf8.h"

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

int
proto_reject(ww_reject_t *why, ww_reject_code_t code, const char *fmt, ...)
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
            return proto_reject(why, WW_REJECT_NOT_MSGPACK, "not a complete msgpack object");
        header_t h;
        uint64_t n;
        if (!scan_header(p + pos, len - pos, &h, &n))
            return proto_reject(why, WW_REJECT_NOT_MSGPACK, "not msgpack (byte 0xc1)");
        uint64_t skip = (uint64_t)h.head + h.fixed + (h.children ? 0 : n);
        if (skip > len - pos)
            return proto_reject(why, WW_REJECT_NOT_MSGPACK, "not a complete msgpack object");
        pos += (size_t)skip;
        uint64_t children = n * h.children;
        if (children > len - pos)
            return proto_reject(why, WW_REJECT_NOT_MSGPACK,
                                "a container declares more elements than the message holds");
        if (children == 0)
            continue;
        if (depth == MAX_DEPTH)
            return proto_reject(why, WW_REJECT_NOT_MSGPACK,
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
        return proto_reject(why, WW_REJECT_NOT_MSGPACK, "not a complete msgpack object");
    if (off != len)
        return proto_reject(why, WW_REJECT_TRAILING, "trailing bytes after the msgpack object");
    if (u->data.type != MSGPACK_OBJECT_MAP)
        return proto_reject(why, WW_REJECT_NOT_MAP, "expected a map, got %s",
                            msgpack_type_names[u->data.type]);
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
            return proto_reject(why, WW_REJECT_TYPE, "%s: expected str, got %s", f->name,
                                msgpack_type_names[o->type]);
        size_t bound = f->max_len ? f->max_len : max_len;
        if (o->via.str.size > bound)
            return proto_reject(why, WW_REJECT_TOO_LONG, "%s: longer than its bound (%zu bytes)",
                                f->name, bound);
        if (!ww_utf8_valid(o->via.str.ptr, o->via.str.size))
            return proto_reject(why, WW_REJECT_BAD_UTF8, "%s: invalid UTF-8", f->name);
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
            return proto_reject(why, WW_REJECT_TYPE, "%s: expected int, got %s", f->name,
                                msgpack_type_names[o->type]);
        return 0;
    case F_UINT:
        if (o->type != MSGPACK_OBJECT_POSITIVE_INTEGER)
            return proto_reject(why, WW_REJECT_TYPE, "%s: expected unsigned int, got %s", f->name,
                                msgpack_type_names[o->type]);
        *(uint64_t *)(void *)dst = o->via.u64;
        return 0;
    case F_BOOL:
        if (o->type != MSGPACK_OBJECT_BOOLEAN)
            return proto_reject(why, WW_REJECT_TYPE, "%s: expected bool, got %s", f->name,
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
        return proto_reject(why, WW_REJECT_MISSING, "missing field: v");
    if (v->type != MSGPACK_OBJECT_POSITIVE_INTEGER)
        return proto_reject(why, WW_REJECT_TYPE, "v: expected int, got %s",
                            msgpack_type_names[v->type]);
    if (v->via.u64 != WW_PROTO_VERSION)
        return proto_reject(why, WW_REJECT_VERSION, "v: unsupported version");
    return 0;
}

/* Decodes MAP through the rows of FIELDS into TARGET (zeroed by the caller). */
static int
decode_fields(const msgpack_object *map, const field_t *fields, size_t n, size_t max_len,
              void *target, ww_reject_t *why)
{
    for (uint32_t i = 0; i < map->via.map.size; i++)
        if (map->via.map.ptr[i].key.type != MSGPACK_OBJECT_STR)
            return proto_reject(why, WW_REJECT_BAD_KEY, "a key is %s, not str",
                                msgpack_type_names[map->via.map.ptr[i].key.type]);
    if (check_version(map, why) == -1)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const msgpack_object *o = ww_proto_get(map, fields[i].name);
        if (o == NULL) {
            if (fields[i].required)
                return proto_reject(why, WW_REJECT_MISSING, "missing field: %s", fields[i].name);
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
int
proto_decode_message(const uint8_t *p, size_t len, const field_t *fields, size_t n, size_t max_len,
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

/* Encoding helpers: every key is a short str. */
void
proto_pack_str(msgpack_packer *pk, const char *p, size_t len)
{
    msgpack_pack_str(pk, len);
    msgpack_pack_str_body(pk, p, len);
}

void
proto_pack_key(msgpack_packer *pk, const char *key)
{
    proto_pack_str(pk, key, strlen(key));
}

void
proto_pack_kstr(msgpack_packer *pk, const char *key, ww_str_t s)
{
    proto_pack_key(pk, key);
    proto_pack_str(pk, s.p, s.len);
}

void
proto_pack_kcstr(msgpack_packer *pk, const char *key, const char *s)
{
    proto_pack_key(pk, key);
    if (s == NULL)
        msgpack_pack_nil(pk);
    else
        proto_pack_str(pk, s, strlen(s));
}

void
proto_pack_kint(msgpack_packer *pk, const char *key, int64_t x)
{
    proto_pack_key(pk, key);
    msgpack_pack_int64(pk, x);
}

void
proto_pack_kuint(msgpack_packer *pk, const char *key, uint64_t x)
{
    proto_pack_key(pk, key);
    msgpack_pack_uint64(pk, x);
}

void
proto_packer_init(msgpack_packer *pk, ww_buf_t *out)
{
    msgpack_packer_init(pk, out, ww_buf_msgpack_write);
}
