/* SPDX-License-Identifier: MIT
 *
 * json — JSON Lines <-> msgpack for the client (see cli.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ww_proto.h"
#include "ww_time.h"

static void pack_json(msgpack_packer *pk, const char *key, json_t *v);

static void
pack_object(msgpack_packer *pk, json_t *obj, bool top)
{
    bool add_v = top && json_object_get(obj, "v") == NULL;
    msgpack_pack_map(pk, json_object_size(obj) + (add_v ? 1 : 0));
    if (add_v) {
        msgpack_pack_str(pk, 1);
        msgpack_pack_str_body(pk, "v", 1);
        msgpack_pack_int(pk, WW_PROTO_VERSION);
    }
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v) {
        msgpack_pack_str(pk, strlen(key));
        msgpack_pack_str_body(pk, key, strlen(key));
        pack_json(pk, top ? key : NULL, v);
    }
}

static void
pack_json(msgpack_packer *pk, const char *key, json_t *v)
{
    int64_t ms;
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        pack_object(pk, v, false);
        break;
    case JSON_ARRAY:
        msgpack_pack_array(pk, json_array_size(v));
        for (size_t i = 0; i < json_array_size(v); i++)
            pack_json(pk, NULL, json_array_get(v, i));
        break;
    case JSON_STRING:
        if (key != NULL && strcmp(key, "published") == 0 &&
            ww_time_parse_rfc3339(json_string_value(v), json_string_length(v), &ms) == 0) {
            msgpack_pack_int64(pk, ms);
        } else {
            msgpack_pack_str(pk, json_string_length(v));
            msgpack_pack_str_body(pk, json_string_value(v), json_string_length(v));
        }
        break;
    case JSON_INTEGER:
        msgpack_pack_int64(pk, json_integer_value(v));
        break;
    case JSON_REAL:
        msgpack_pack_double(pk, json_real_value(v));
        break;
    case JSON_TRUE:
        msgpack_pack_true(pk);
        break;
    case JSON_FALSE:
        msgpack_pack_false(pk);
        break;
    case JSON_NULL:
        msgpack_pack_nil(pk);
        break;
    }
}

int
json_line_to_msgpack(const char *line, size_t len, ww_buf_t *out, char *err, size_t errlen)
{
    msgpack_packer pk;
    msgpack_packer_init(&pk, out, ww_buf_msgpack_write);
    json_error_t jerr;
    json_t *root = json_loadb(line, len, JSON_ALLOW_NUL, &jerr);
    int rc = 0;
    if (root != NULL && json_is_object(root)) {
        pack_object(&pk, root, true);
    } else {
        if (root == NULL)
            snprintf(err, errlen, "%d: invalid JSON: %s", jerr.column, jerr.text);
        else
            snprintf(err, errlen, "1: not a JSON object");
        msgpack_pack_bin(&pk, len);
        msgpack_pack_bin_body(&pk, line, len);
        rc = -1;
    }
    json_decref(root);
    return rc;
}

/* The shortest decimal that reads back as X (at most 17 digits, which always
 * do), with ".0" added to a whole number so that it stays a JSON real. */
static void
put_real(ww_buf_t *b, double x)
{
    char s[40];
    for (int digits = 1; digits <= 17; digits++) {
        snprintf(s, sizeof s, "%.*g", digits, x);
        if (strtod(s, NULL) == x)
            break;
    }
    ww_buf_append(b, s, strlen(s));
    if (strpbrk(s, ".eE") == NULL)
        ww_buf_append(b, ".0", 2);
}

static void
put_encoded(ww_buf_t *b, const json_t *v)
{
    char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    if (s != NULL)
        ww_buf_append(b, s, strlen(s));
    else
        ww_buf_append(b, "null", 4);
    free(s);
}

static void
put_value(ww_buf_t *b, const json_t *v)
{
    if (json_is_real(v)) {
        put_real(b, json_real_value(v));
    } else if (json_is_array(v)) {
        ww_buf_putc(b, '[');
        for (size_t i = 0; i < json_array_size(v); i++) {
            if (i > 0)
                ww_buf_putc(b, ',');
            put_value(b, json_array_get(v, i));
        }
        ww_buf_putc(b, ']');
    } else if (json_is_object(v)) {
        ww_buf_putc(b, '{');
        const char *key;
        json_t *x;
        bool first = true;
        json_object_foreach((json_t *)v, key, x) {
            if (!first)
                ww_buf_putc(b, ',');
            first = false;
            json_t *k = json_string(key);
            put_encoded(b, k);
            json_decref(k);
            ww_buf_putc(b, ':');
            put_value(b, x);
        }
        ww_buf_putc(b, '}');
    } else {
        put_encoded(b, v);
    }
}

char *
json_dump_line(const json_t *j)
{
    ww_buf_t b = WW_BUF_INIT;
    put_value(&b, j);
    return ww_buf_steal(&b, NULL);
}

static json_t *
base64(const char *p, size_t len)
{
    static const char table[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    ww_buf_t b = WW_BUF_INIT;
    const unsigned char *s = (const unsigned char *)p;
    for (size_t i = 0; i < len; i += 3) {
        unsigned v = (unsigned)s[i] << 16 | (i + 1 < len ? (unsigned)s[i + 1] << 8 : 0) |
                     (i + 2 < len ? s[i + 2] : 0);
        ww_buf_putc(&b, table[v >> 18 & 63]);
        ww_buf_putc(&b, table[v >> 12 & 63]);
        ww_buf_putc(&b, i + 1 < len ? table[v >> 6 & 63] : '=');
        ww_buf_putc(&b, i + 2 < len ? table[v & 63] : '=');
    }
    json_t *j = json_stringn(b.ptr ? b.ptr : "", b.len);
    ww_buf_free(&b);
    return j;
}

static bool
is_time_key(const msgpack_object *k)
{
    static const char *const keys[] = { "published", "received", "processed", "at" };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (k->via.str.size == strlen(keys[i]) &&
            memcmp(k->via.str.ptr, keys[i], k->via.str.size) == 0)
            return true;
    return false;
}

static json_t *
from_map(const msgpack_object_map *m)
{
    json_t *obj = json_object();
    for (uint32_t i = 0; i < m->size; i++) {
        const msgpack_object *k = &m->ptr[i].key, *v = &m->ptr[i].val;
        if (k->type != MSGPACK_OBJECT_STR)
            continue;
        json_t *jv;
        if (is_time_key(k) && (v->type == MSGPACK_OBJECT_POSITIVE_INTEGER ||
                               v->type == MSGPACK_OBJECT_NEGATIVE_INTEGER)) {
            char t[32];
            ww_time_format_rfc3339(v->via.i64, t);
            jv = json_string(t);
        } else {
            jv = json_from_msgpack(v);
        }
        char *key = strndup(k->via.str.ptr, k->via.str.size);
        json_object_set_new(obj, key, jv);
        free(key);
    }
    return obj;
}

json_t *
json_from_msgpack(const msgpack_object *o)
{
    switch (o->type) {
    case MSGPACK_OBJECT_BOOLEAN:
        return json_boolean(o->via.boolean);
    case MSGPACK_OBJECT_POSITIVE_INTEGER:
        return o->via.u64 <= INT64_MAX ? json_integer((json_int_t)o->via.u64)
                                       : json_real((double)o->via.u64);
    case MSGPACK_OBJECT_NEGATIVE_INTEGER:
        return json_integer(o->via.i64);
    case MSGPACK_OBJECT_FLOAT32:
    case MSGPACK_OBJECT_FLOAT64:
        return json_real(o->via.f64);
    case MSGPACK_OBJECT_STR: {
        json_t *s = json_stringn(o->via.str.ptr, o->via.str.size);
        return s != NULL ? s : base64(o->via.str.ptr, o->via.str.size);
    }
    case MSGPACK_OBJECT_BIN:
        return base64(o->via.bin.ptr, o->via.bin.size);
    case MSGPACK_OBJECT_ARRAY: {
        json_t *a = json_array();
        for (uint32_t i = 0; i < o->via.array.size; i++)
            json_array_append_new(a, json_from_msgpack(&o->via.array.ptr[i]));
        return a;
    }
    case MSGPACK_OBJECT_MAP:
        return from_map(&o->via.map);
    default:
        return json_null();
    }
}
