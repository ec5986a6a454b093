/* SPDX-License-Identifier: MIT
 *
 * test_proto — the codec of PROTOCOL.md: round trips of every message, and
 * every reason a raw item is rejected. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ww_proto.h"
#include "ww_utf8.h"

#define MAX_LEN (1024 * 1024)

static ww_item_t
sample_item(void)
{
    ww_item_t it;
    memset(&it, 0, sizeof it);
    it.id = (ww_str_t){ "tass-1", 6 };
    it.source = (ww_str_t){ "tass.com", 8 };
    it.url = (ww_str_t){ "https://tass.com/1", 18 };
    it.title = (ww_str_t){ "Лавров и Керри", strlen("Лавров и Керри") };
    it.body = (ww_str_t){ "MOSCOW, March 6. /TASS/. Text.", 30 };
    it.lang = (ww_str_t){ "ru", 2 };
    it.published = 1457276520000LL;
    return it;
}

static void
test_item_round_trip(void **state)
{
    (void)state;
    ww_item_t in = sample_item(), out;
    ww_buf_t b = WW_BUF_INIT;
    ww_proto_encode_item(&b, &in);
    ww_reject_t why;
    assert_int_equal(ww_proto_decode_item((const uint8_t *)b.ptr, b.len, MAX_LEN, &out, &why), 0);
    assert_int_equal(out.published, in.published);
    assert_int_equal(out.title.len, in.title.len);
    assert_memory_equal(out.title.p, in.title.p, in.title.len);
    assert_memory_equal(out.id.p, "tass-1", 6);
    assert_memory_equal(out.lang.p, "ru", 2);
    ww_buf_free(&b);
}

static void
test_optional_fields_absent(void **state)
{
    (void)state;
    ww_item_t in = sample_item(), out;
    in.id = (ww_str_t){ NULL, 0 };
    in.lang = (ww_str_t){ NULL, 0 };
    in.title = (ww_str_t){ "", 0 };
    ww_buf_t b = WW_BUF_INIT;
    ww_proto_encode_item(&b, &in);
    ww_reject_t why;
    assert_int_equal(ww_proto_decode_item((const uint8_t *)b.ptr, b.len, MAX_LEN, &out, &why), 0);
    assert_null(out.id.p);
    assert_null(out.lang.p);
    assert_int_equal(out.title.len, 0);
    ww_buf_free(&b);
}

/* Packs a map of the item's fields where FIELD is replaced by a value written
 * by WRITE (or left out when WRITE is NULL). */
typedef void write_fn(msgpack_packer *pk);

static void
pack_with(ww_buf_t *b, const char *field, write_fn *write, int version)
{
    static const char *const names[] = { "v", "id", "source", "url", "title", "body",
                                         "published" };
    msgpack_packer pk;
    msgpack_packer_init(&pk, b, ww_buf_msgpack_write);
    size_t n = 0;
    for (size_t i = 0; i < 7; i++)
        n += strcmp(names[i], field) != 0 || write != NULL;
    msgpack_pack_map(&pk, n);
    for (size_t i = 0; i < 7; i++) {
        if (strcmp(names[i], field) == 0 && write == NULL)
            continue;
        msgpack_pack_str(&pk, strlen(names[i]));
        msgpack_pack_str_body(&pk, names[i], strlen(names[i]));
        if (strcmp(names[i], field) == 0)
            write(&pk);
        else if (i == 0)
            msgpack_pack_int(&pk, version);
        else if (i == 6)
            msgpack_pack_int64(&pk, 1457276520000LL);
        else {
            msgpack_pack_str(&pk, 4);
            msgpack_pack_str_body(&pk, "text", 4);
        }
    }
}

static ww_reject_code_t
decode_code(const ww_buf_t *b, size_t max)
{
    ww_item_t it;
    ww_reject_t why;
    int rc = ww_proto_decode_item((const uint8_t *)b->ptr, b->len, max, &it, &why);
    assert_true(rc == -1 || why.code == WW_REJECT_NONE);
    if (rc == -1)
        assert_true(strlen(why.text) > 0);
    return rc == 0 ? WW_REJECT_NONE : why.code;
}

static void write_int(msgpack_packer *pk) { msgpack_pack_int(pk, 42); }
static void write_bad_utf8(msgpack_packer *pk) { msgpack_pack_str(pk, 2); msgpack_pack_str_body(pk, "\xc3\x28", 2); }
static void write_long_title(msgpack_packer *pk)
{
    static char big[WW_MAX_TITLE + 1];
    memset(big, 'a', sizeof big);
    msgpack_pack_str(pk, sizeof big);
    msgpack_pack_str_body(pk, big, sizeof big);
}
static void write_empty(msgpack_packer *pk) { msgpack_pack_str(pk, 0); }

static void
test_reject_missing_and_types(void **state)
{
    (void)state;
    ww_buf_t b = WW_BUF_INIT;
    pack_with(&b, "source", NULL, 1);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_MISSING);
    ww_buf_reset(&b);
    pack_with(&b, "published", NULL, 1);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_MISSING);
    ww_buf_reset(&b);
    pack_with(&b, "v", NULL, 1);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_MISSING);
    ww_buf_reset(&b);
    pack_with(&b, "title", write_int, 1);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_TYPE);
    ww_buf_reset(&b);
    pack_with(&b, "x", NULL, 2);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_VERSION);
    ww_buf_free(&b);
}

static void
test_reject_utf8_length_empty(void **state)
{
    (void)state;
    ww_buf_t b = WW_BUF_INIT;
    pack_with(&b, "body", write_bad_utf8, 1);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_BAD_UTF8);
    ww_buf_reset(&b);
    pack_with(&b, "title", write_long_title, 1);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_TOO_LONG);
    ww_buf_reset(&b);
    pack_with(&b, "x", NULL, 1);
    assert_int_equal(decode_code(&b, 10), WW_REJECT_TOO_LARGE);
    ww_buf_free(&b);

    ww_item_t in = sample_item();
    in.title = (ww_str_t){ "", 0 };
    in.body = (ww_str_t){ "", 0 };
    ww_proto_encode_item(&b, &in);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_EMPTY);
    ww_buf_reset(&b);
    pack_with(&b, "title", write_empty, 1);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_NONE);
    ww_buf_free(&b);
}

static void
test_reject_not_msgpack_trailing_not_map(void **state)
{
    (void)state;
    ww_buf_t b = WW_BUF_INIT;
    ww_buf_append(&b, "\xde\xad", 2); /* map16 header cut short */
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_NOT_MSGPACK);
    ww_buf_reset(&b);
    ww_item_t in = sample_item();
    ww_proto_encode_item(&b, &in);
    ww_buf_putc(&b, '\x01');
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_TRAILING);
    ww_buf_reset(&b);
    ww_buf_append(&b, "\x92\x01\x02", 3); /* [1, 2] */
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_NOT_MAP);
    ww_buf_reset(&b);
    /* a map declaring 0xdfdfdfdf pairs in 9 bytes: refused before msgpack-c
     * would allocate for them (found by fuzz_proto) */
    ww_buf_append(&b, "\xdf\xdf\xdf\xdf\xdf\xdf\xdf\x08\x08", 9);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_NOT_MSGPACK);
    ww_buf_reset(&b);
    ww_buf_append(&b, "\x91\xdd\xff\xff\xff\xff", 6); /* nested array32 */
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_NOT_MSGPACK);
    ww_buf_reset(&b);
    ww_buf_append(&b, "\x81\x01\x02", 3); /* {1: 2} */
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_BAD_KEY);
    ww_buf_free(&b);
}

static void
test_utf8_validator(void **state)
{
    (void)state;
    assert_true(ww_utf8_valid("héllo Лавров 克里 🙂", strlen("héllo Лавров 克里 🙂")));
    assert_false(ww_utf8_valid("\xc0\xaf", 2));         /* overlong */
    assert_false(ww_utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
    assert_false(ww_utf8_valid("\xf4\x90\x80\x80", 4)); /* past U+10FFFF */
    assert_false(ww_utf8_valid("\xe2\x82", 2));         /* cut short */
    assert_true(ww_utf8_valid("", 0));
}

/* What ww_utf8_valid must say: ww_utf8_decode finds a whole character at
 * every step. */
static bool
valid_by_decode(const uint8_t *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t n = ww_utf8_decode(s + i, len - i, &cp);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

/* Every string of up to four bytes from the bytes where the rules change,
 * alone and inside ASCII at every offset of the eight-byte steps. */
static void
test_utf8_validator_agrees_with_decode(void **state)
{
    (void)state;
    static const uint8_t edges[] = { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                     0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0, 0xE2, 0xED, 0xEE,
                                     0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF };
    const size_t ne = sizeof edges;
    uint8_t buf[32];
    size_t checked = 0, valid = 0;
    for (size_t len = 1; len <= 4; len++) {
        size_t combos = 1;
        for (size_t k = 0; k < len; k++)
            combos *= ne;
        for (size_t c = 0; c < combos; c++) {
            uint8_t t[4];
            for (size_t k = 0, x = c; k < len; k++, x /= ne)
                t[k] = edges[x % ne];
            /* alone, then after and before ASCII at a few offsets */
            for (size_t pad = 0; pad < 12; pad += (c % 3) + 1) {
                memset(buf, 'a', sizeof buf);
                memcpy(buf + pad, t, len);
                size_t n = pad + len + (c + pad) % 10;
                bool want = valid_by_decode(buf, n);
                assert_int_equal(ww_utf8_valid((const char *)buf, n), want);
                checked++;
                valid += want;
            }
        }
    }
    assert_true(valid > 0 && valid < checked);
}

static void
test_finish_item_adds_seq_and_dup(void **state)
{
    (void)state;
    ww_item_t it = sample_item();
    ww_enriched_t e;
    memset(&e, 0, sizeof e);
    e.item = &it;
    e.id = it.id;
    e.ingest_seq = 7;
    e.lang = "ru";
    e.worker = "w1";
    ww_buf_t part = WW_BUF_INIT, full = WW_BUF_INIT;
    ww_proto_encode_enriched(&part, &e);
    ww_verdict_t v;
    memset(&v, 0, sizeof v);
    v.dup = (ww_dup_t){ .status = WW_DUP_EXACT, .of = { "tass-0", 6 }, .of_seq = 3,
                        .similarity = 1.0 };
    assert_int_equal(ww_proto_finish_item(&full, (const uint8_t *)part.ptr, part.len, 9, &v), 0);
    msgpack_unpacked u;
    ww_reject_t why;
    assert_int_equal(ww_proto_unpack((const uint8_t *)full.ptr, full.len, &u, &why), 0);
    assert_int_equal(ww_proto_get(&u.data, "seq")->via.u64, 9);
    assert_int_equal(ww_proto_get(&u.data, "ingest_seq")->via.u64, 7);
    assert_int_equal(ww_proto_seq((const uint8_t *)full.ptr, full.len), 9);
    assert_int_equal(ww_proto_seq((const uint8_t *)part.ptr, part.len), 0);
    assert_int_equal(ww_proto_seq((const uint8_t *)"\x93", 1), 0);
    const msgpack_object *d = ww_proto_get(&u.data, "dup");
    assert_memory_equal(ww_proto_get(d, "status")->via.str.ptr, "exact", 5);
    assert_memory_equal(ww_proto_get(d, "of")->via.str.ptr, "tass-0", 6);
    assert_int_equal(ww_proto_get(d, "of_seq")->via.u64, 3);
    assert_null(ww_proto_get(d, "also")); /* a copy of one root only */
    assert_int_equal(ww_proto_get(&u.data, "event")->type, MSGPACK_OBJECT_NIL);
    msgpack_unpacked_destroy(&u);

    /* a copy that shows two earlier roots to be one story names the other too */
    v.dup.n_also = 1;
    v.dup.also[0] = (ww_str_t){ "afp-1", 5 };
    v.dup.also_seq[0] = 5;
    ww_buf_reset(&full);
    assert_int_equal(ww_proto_finish_item(&full, (const uint8_t *)part.ptr, part.len, 9, &v), 0);
    assert_int_equal(ww_proto_unpack((const uint8_t *)full.ptr, full.len, &u, &why), 0);
    const msgpack_object *also = ww_proto_get(ww_proto_get(&u.data, "dup"), "also");
    assert_non_null(also);
    assert_int_equal(also->type, MSGPACK_OBJECT_ARRAY);
    assert_int_equal(also->via.array.size, 1);
    assert_memory_equal(ww_proto_get(&also->via.array.ptr[0], "of")->via.str.ptr, "afp-1", 5);
    assert_int_equal(ww_proto_get(&also->via.array.ptr[0], "of_seq")->via.u64, 5);
    msgpack_unpacked_destroy(&u);
    assert_string_equal(ww_proto_item_topic(WW_DUP_EXACT), "item.dup.exact");
    assert_string_equal(ww_proto_item_topic(WW_DUP_NEW), "item.new");
    ww_buf_free(&part);
    ww_buf_free(&full);
}

static void
test_finish_item_adds_event_counts(void **state)
{
    (void)state;
    ww_item_t it = sample_item();
    ww_enriched_t e;
    memset(&e, 0, sizeof e);
    e.item = &it;
    e.id = it.id;
    e.lang = "ru";
    ww_buf_t event = WW_BUF_INIT, part = WW_BUF_INIT, full = WW_BUF_INIT;
    msgpack_packer pk;
    msgpack_packer_init(&pk, &event, ww_buf_msgpack_write);
    msgpack_pack_map(&pk, 1);
    msgpack_pack_str(&pk, 4);
    msgpack_pack_str_body(&pk, "type", 4);
    msgpack_pack_str(&pk, 17);
    msgpack_pack_str_body(&pk, "lavrov_kerry_call", 17);
    e.event = (const uint8_t *)event.ptr;
    e.event_len = event.len;
    ww_proto_encode_enriched(&part, &e);
    ww_verdict_t v;
    memset(&v, 0, sizeof v);
    v.dup = (ww_dup_t){ .status = WW_DUP_NEW };
    v.has_event = true;
    v.reports = 4;
    assert_int_equal(ww_proto_finish_item(&full, (const uint8_t *)part.ptr, part.len, 12, &v), 0);
    msgpack_unpacked u;
    ww_reject_t why;
    assert_int_equal(ww_proto_unpack((const uint8_t *)full.ptr, full.len, &u, &why), 0);
    const msgpack_object *ev = ww_proto_get(&u.data, "event");
    assert_int_equal(ww_proto_get(ev, "reports")->via.u64, 4);
    assert_false(ww_proto_get(ev, "first_report")->via.boolean);
    assert_memory_equal(ww_proto_get(ev, "type")->via.str.ptr, "lavrov_kerry_call", 17);
    assert_int_equal(ww_proto_get(&u.data, "seq")->via.u64, 12);
    msgpack_unpacked_destroy(&u);

    /* the commit's instance: the same type keeps the worker's keys and takes
     * the instance's id and date (an adjacent day's, joined) */
    v.type = (ww_str_t){ "lavrov_kerry_call", 17 };
    v.id = (ww_str_t){ "lavrov_kerry_call:2016-03-05", 28 };
    v.date = (ww_str_t){ "2016-03-05", 10 };
    v.joined = true;
    ww_buf_reset(&full);
    assert_int_equal(ww_proto_finish_item(&full, (const uint8_t *)part.ptr, part.len, 13, &v), 0);
    assert_int_equal(ww_proto_unpack((const uint8_t *)full.ptr, full.len, &u, &why), 0);
    ev = ww_proto_get(&u.data, "event");
    assert_int_equal(ev->via.map.size, 6);  /* type once, id, date, counts, joined */
    assert_memory_equal(ww_proto_get(ev, "id")->via.str.ptr, "lavrov_kerry_call:2016-03-05", 28);
    assert_memory_equal(ww_proto_get(ev, "date")->via.str.ptr, "2016-03-05", 10);
    assert_true(ww_proto_get(ev, "joined")->via.boolean);
    msgpack_unpacked_destroy(&u);

    /* a copy whose root counts in another type's instance: only the instance */
    v.type = (ww_str_t){ "putin_obama_call", 16 };
    v.joined = false;
    ww_buf_reset(&full);
    assert_int_equal(ww_proto_finish_item(&full, (const uint8_t *)part.ptr, part.len, 14, &v), 0);
    assert_int_equal(ww_proto_unpack((const uint8_t *)full.ptr, full.len, &u, &why), 0);
    ev = ww_proto_get(&u.data, "event");
    assert_int_equal(ev->via.map.size, 5);
    assert_memory_equal(ww_proto_get(ev, "type")->via.str.ptr, "putin_obama_call", 16);
    assert_null(ww_proto_get(ev, "joined"));
    msgpack_unpacked_destroy(&u);

    /* a copy whose root counts in none: no event, whatever its own text says */
    v.has_event = false;
    ww_buf_reset(&full);
    assert_int_equal(ww_proto_finish_item(&full, (const uint8_t *)part.ptr, part.len, 15, &v), 0);
    assert_int_equal(ww_proto_unpack((const uint8_t *)full.ptr, full.len, &u, &why), 0);
    assert_int_equal(ww_proto_get(&u.data, "event")->type, MSGPACK_OBJECT_NIL);
    msgpack_unpacked_destroy(&u);

    /* an item without an event map of its own gets the instance's */
    ww_buf_t bare = WW_BUF_INIT;
    e.event = NULL;
    e.event_len = 0;
    ww_proto_encode_enriched(&bare, &e);
    v.has_event = true;
    ww_buf_reset(&full);
    assert_int_equal(ww_proto_finish_item(&full, (const uint8_t *)bare.ptr, bare.len, 16, &v), 0);
    assert_int_equal(ww_proto_unpack((const uint8_t *)full.ptr, full.len, &u, &why), 0);
    ev = ww_proto_get(&u.data, "event");
    assert_int_equal(ev->type, MSGPACK_OBJECT_MAP);
    assert_int_equal(ww_proto_get(ev, "reports")->via.u64, 4);
    msgpack_unpacked_destroy(&u);
    ww_buf_free(&bare);
    ww_buf_free(&event);
    ww_buf_free(&part);
    ww_buf_free(&full);
}

static void
test_event_state_lists(void **state)
{
    (void)state;
    ww_event_state_t st = { { "t:2016-03-06", 12 }, { "t", 1 }, { "2016-03-06", 10 }, 3, 17, 1,
                            2, { "tass.com\treuters.com", 21 }, { "en", 2 } };
    ww_buf_t b = WW_BUF_INIT;
    ww_proto_encode_event_state(&b, 40, &st);
    msgpack_unpacked u;
    ww_reject_t why;
    assert_int_equal(ww_proto_unpack((const uint8_t *)b.ptr, b.len, &u, &why), 0);
    const msgpack_object *o = ww_proto_get(&u.data, "outlets");
    assert_int_equal(o->via.array.size, 2);
    assert_memory_equal(o->via.array.ptr[1].via.str.ptr, "reuters.com", 11);
    assert_int_equal(ww_proto_get(&u.data, "langs")->via.array.size, 1);
    assert_int_equal(ww_proto_get(&u.data, "seq")->via.u64, 40);
    msgpack_unpacked_destroy(&u);
    ww_buf_free(&b);
}

static void
test_ack_and_replay_round_trip(void **state)
{
    (void)state;
    ww_buf_t b = WW_BUF_INIT;
    ww_ack_t a = { WW_ACK_REJECTED, 0, { "missing field: source", 21 }, false }, a2;
    ww_reject_t why;
    ww_proto_encode_ack(&b, &a);
    assert_int_equal(ww_proto_decode_ack((const uint8_t *)b.ptr, b.len, &a2, &why), 0);
    assert_int_equal(a2.status, WW_ACK_REJECTED);
    assert_memory_equal(a2.reason.p, "missing field: source", 21);
    assert_false(a2.already);
    ww_buf_reset(&b);
    ww_ack_t again = { WW_ACK_OK, 17, { NULL, 0 }, true };
    ww_proto_encode_ack(&b, &again);
    assert_int_equal(ww_proto_decode_ack((const uint8_t *)b.ptr, b.len, &a2, &why), 0);
    assert_int_equal(a2.status, WW_ACK_OK);
    assert_int_equal(a2.ingest_seq, 17);
    assert_true(a2.already);
    ww_buf_reset(&b);
    ww_replay_req_t r = { 5, 9, { "item.", 5 } }, r2;
    ww_proto_encode_replay_req(&b, &r);
    assert_int_equal(ww_proto_decode_replay_req((const uint8_t *)b.ptr, b.len, &r2, &why), 0);
    assert_int_equal(r2.from, 5);
    assert_int_equal(r2.to, 9);
    assert_memory_equal(r2.topic.p, "item.", 5);
    ww_buf_reset(&b);
    ww_replay_end_t e = { 9, 12, 2, true }, e2;
    ww_proto_encode_replay_end(&b, &e);
    assert_int_equal(ww_proto_decode_replay_end((const uint8_t *)b.ptr, b.len, &e2, &why), 0);
    assert_int_equal(e2.last, 9);
    assert_int_equal(e2.head, 12);
    assert_true(e2.more);
    ww_buf_reset(&b);
    ww_heartbeat_t hb = { 77, 1000, { "e1", 2 } }, hb2;
    ww_proto_encode_heartbeat(&b, &hb);
    assert_int_equal(ww_proto_decode_heartbeat((const uint8_t *)b.ptr, b.len, &hb2, &why), 0);
    assert_int_equal(hb2.head, 77);
    assert_int_equal(hb2.epoch.len, 2);
    assert_memory_equal(hb2.epoch.p, "e1", 2);
    ww_buf_reset(&b);
    ww_reset_t rs = { { "e2", 2 }, 0, 1234, { "gone", 4 }, 1000 }, rs2;
    ww_proto_encode_reset(&b, &rs);
    assert_int_equal(ww_proto_decode_reset((const uint8_t *)b.ptr, b.len, &rs2, &why), 0);
    assert_int_equal(rs2.head, 0);
    assert_int_equal(rs2.was, 1234);
    assert_memory_equal(rs2.epoch.p, "e2", 2);
    assert_int_equal(ww_proto_decode_reset((const uint8_t *)b.ptr, b.len - 1, &rs2, &why), -1);
    ww_buf_free(&b);
}

static int depth; /* arrays write_nested packs, one inside the other */

static void
write_nested(msgpack_packer *pk)
{
    for (int i = 0; i < depth; i++)
        msgpack_pack_array(pk, 1);
    msgpack_pack_nil(pk);
}

/* msgpack-c reads 32 nested containers and fails on 33 as if the message
 * were cut short: the reason says what is wrong (found by fuzz_json, with a
 * JSON line nested 100 deep that feed sent as it was). */
static void
test_reject_nested_too_deep(void **state)
{
    (void)state;
    ww_buf_t b = WW_BUF_INIT;
    depth = 31; /* the item's map, then 31 arrays: read, and refused for its type */
    pack_with(&b, "id", write_nested, 1);
    assert_int_equal(decode_code(&b, MAX_LEN), WW_REJECT_TYPE);
    ww_buf_reset(&b);
    depth = 32;
    pack_with(&b, "id", write_nested, 1);
    ww_item_t it;
    ww_reject_t why;
    assert_int_equal(ww_proto_decode_item((const uint8_t *)b.ptr, b.len, MAX_LEN, &it, &why), -1);
    assert_int_equal(why.code, WW_REJECT_NOT_MSGPACK);
    assert_non_null(strstr(why.text, "nested deeper than 32 levels"));
    ww_buf_free(&b);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_item_round_trip),
        cmocka_unit_test(test_optional_fields_absent),
        cmocka_unit_test(test_reject_missing_and_types),
        cmocka_unit_test(test_reject_utf8_length_empty),
        cmocka_unit_test(test_reject_not_msgpack_trailing_not_map),
        cmocka_unit_test(test_reject_nested_too_deep),
        cmocka_unit_test(test_utf8_validator),
        cmocka_unit_test(test_utf8_validator_agrees_with_decode),
        cmocka_unit_test(test_finish_item_adds_seq_and_dup),
        cmocka_unit_test(test_finish_item_adds_event_counts),
        cmocka_unit_test(test_event_state_lists),
        cmocka_unit_test(test_ack_and_replay_round_trip),
    };
    return cmocka_run_group_tests_name("proto", tests, NULL, NULL);
}
