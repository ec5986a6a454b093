/* SPDX-License-Identifier: MIT
 *
 * fuzz_json — the client's JSON side (client/json.c) on untrusted bytes:
 * `wirewatch feed` turning a JSON Lines line into the raw item it sends, and
 * `tail` / `dlq show` turning a received msgpack message (a dead letter's
 * raw item is whatever a scraper sent) into a JSON line. Aborts when a
 * property breaks: feed's message must be one whole msgpack object that the
 * daemon can read (a map for a JSON object, else a bin holding the line's
 * bytes, with the error said); the JSON line printed for a message must
 * parse again as JSON. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ww_proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(bool ok)
{
    if (!ok)
        abort();
}

/* feed: line -> msgpack, then what the daemon makes of it: never "not a
 * complete msgpack object" or "trailing bytes" (only nesting deeper than
 * msgpack-c reads, with that reason), a map for a JSON object, and a line
 * that is not one comes as a bin of its bytes. */
static void
line_to_item(const uint8_t *data, size_t size)
{
    ww_buf_t out = WW_BUF_INIT;
    char err[256] = "";
    int rc = json_line_to_msgpack((const char *)data, size, &out, err, sizeof err);
    check(out.len > 0);
    ww_item_t item;
    ww_reject_t why;
    int drc = ww_proto_decode_item((const uint8_t *)out.ptr, out.len, 1 << 20, &item, &why);
    if (drc == -1) {
        check(why.code != WW_REJECT_TRAILING);
        check(why.code != WW_REJECT_NOT_MSGPACK || strstr(why.text, "nested deeper") != NULL);
        check(rc == -1 || why.code != WW_REJECT_NOT_MAP);
    }
    if (rc == -1) {
        check(err[0] != '\0');
        msgpack_unpacked u;
        msgpack_unpacked_init(&u);
        size_t off = 0;
        check(msgpack_unpack_next(&u, out.ptr, out.len, &off) == MSGPACK_UNPACK_SUCCESS);
        check(off == out.len && u.data.type == MSGPACK_OBJECT_BIN &&
              u.data.via.bin.size == size &&
              (size == 0 || memcmp(u.data.via.bin.ptr, data, size) == 0));
        msgpack_unpacked_destroy(&u);
    }
    ww_buf_free(&out);
}

/* tail, dlq show: msgpack -> one JSON line, which must read back. */
static void
message_to_line(const uint8_t *data, size_t size)
{
    msgpack_unpacked u;
    ww_reject_t why;
    int rc = ww_proto_unpack(data, size, &u, &why);
    if (rc == 0 || why.code == WW_REJECT_NOT_MAP) {
        json_t *j = json_from_msgpack(&u.data);
        if (j != NULL) {
            char *line = json_dump_line(j);
            check(line != NULL && strchr(line, '\n') == NULL);
            json_error_t jerr;
            json_t *back = json_loads(line, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
            check(back != NULL);
            json_decref(back);
            free(line);
            json_decref(j);
        }
    }
    msgpack_unpacked_destroy(&u);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    line_to_item(data, size);
    message_to_line(data, size);
    return 0;
}
