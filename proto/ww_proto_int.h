/* SPDX-License-Identifier: MIT
 *
 * ww_proto_int — internal to proto/: what ww_proto.c (the core) shares with
 * ww_proto_item.c and ww_proto_control.c. No other file includes it; the
 * public API is ww_proto.h. */
#ifndef WW_PROTO_INT_H
#define WW_PROTO_INT_H

#include "ww_proto.h"

/* One row of a message's field table: the decoders are driven by these. */
typedef enum { F_STR, F_INT, F_UINT, F_BOOL } field_type_t;

typedef struct {
    const char *name;
    field_type_t type;
    bool required;
    size_t max_len; /* strings; 0 = the message bound */
    size_t offset;  /* of a ww_str_t, int64_t or uint64_t in the target struct */
} field_t;

/* Fills *WHY with CODE and the printf-style text; always returns -1. */
int proto_reject(ww_reject_t *why, ww_reject_code_t code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Unpacks (P, LEN) and decodes its map through the N rows of FIELDS into
 * TARGET (zeroed by the caller); MAX_LEN bounds strings whose row gives none.
 * Strings are borrowed from P. Returns 0, or -1 with *WHY filled. */
int proto_decode_message(const uint8_t *p, size_t len, const field_t *fields, size_t n,
                         size_t max_len, void *target, ww_reject_t *why);

/* Encoding helpers: every key is a short str; a NULL S of pack_kcstr is nil.
 * proto_packer_init makes *PK append to OUT. */
void proto_pack_str(msgpack_packer *pk, const char *p, size_t len);
void proto_pack_key(msgpack_packer *pk, const char *key);
void proto_pack_kstr(msgpack_packer *pk, const char *key, ww_str_t s);
void proto_pack_kcstr(msgpack_packer *pk, const char *key, const char *s);
void proto_pack_kint(msgpack_packer *pk, const char *key, int64_t x);
void proto_pack_kuint(msgpack_packer *pk, const char *key, uint64_t x);
void proto_packer_init(msgpack_packer *pk, ww_buf_t *out);

#endif
