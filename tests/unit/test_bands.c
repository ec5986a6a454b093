/* SPDX-License-Identifier: MIT
 *
 * test_bands — the byte layout of the fingerprint log: record bodies and
 * their optional parts, the reader across segment padding, malformed and
 * cut-short bytes, and the hash, date, type and similarity helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dedup/bands.h"

static void
put_be(uint8_t *p, uint64_t x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)(x >> (8 * (n - 1 - i)));
}

/* Writes a record as commit.lua does into OUT. Returns its size. */
static size_t
record(uint8_t *out, uint64_t seq, uint64_t root_seq, uint32_t time, const ww_buf_t *body,
       const char *root_id)
{
    ww_buf_t b = WW_BUF_INIT;
    bands_encode_record(&b, seq, time, (const uint8_t *)body->ptr, body->len, root_seq, 200,
                        root_id);
    memcpy(out, b.ptr, b.len);
    size_t len = b.len;
    ww_buf_free(&b);
    return len;
}

static fingerprint_t
sample_fp(void)
{
    fingerprint_t fp;
    memset(&fp, 0, sizeof fp);
    for (int i = 0; i < FP_SKETCH_BYTES; i++)
        fp.sketch[i] = (uint8_t)(i * 7);
    fp.n_shingles = 1234;
    fp.n_marks = FP_MARKS;
    for (uint32_t k = 0; k < FP_MARKS; k++)
        fp.marks[k] = 0x10203u * (k + 1);   /* ascending, under 2^24 */
    fp.lead.credit = 0x0102;
    fp.lead.parties = 0xa1b2c3d4;
    fp.lead.n = LEAD_SENTENCES;
    for (int i = 0; i < LEAD_SENTENCES; i++)
        for (int k = 0; k < LEAD_SIG_BYTES; k++)
            fp.lead.sig[i][k] = (uint8_t)(i * 31 + k);
    return fp;
}

static void
test_body_sizes(void **state)
{
    (void)state;
    fingerprint_t fp = sample_fp();
    ww_buf_t b = WW_BUF_INIT;
    bands_body_t full = { &fp, 16866, 0x99aa06d3014798d8ULL, true, 0x1234, 16865 };
    assert_int_equal(bands_encode_body(&b, &full), BANDS_BODY_MAX);
    assert_int_equal(b.len, BANDS_BODY_MAX);
    assert_int_equal((uint8_t)b.ptr[0],
                     BANDS_FLAG_FP | BANDS_FLAG_COPY | BANDS_FLAG_EVENT | BANDS_FLAG_LEAD);
    assert_int_equal(bands_body_len((uint8_t)b.ptr[0], FP_MARKS, LEAD_SENTENCES), BANDS_BODY_MAX);
    ww_buf_reset(&b);
    bands_body_t shrt = { NULL, 0, 1, false, 0, 0 };
    assert_int_equal(bands_encode_body(&b, &shrt), BANDS_BODY_SHORT);
    assert_int_equal(b.ptr[0], 0);
    ww_buf_reset(&b);
    fp.n_marks = 3;
    fp.lead.n = 1;
    bands_body_t few = { &fp, 0, 1, false, 0, 0 };
    size_t len = bands_encode_body(&b, &few);
    assert_int_equal(len, BANDS_BODY_SHORT + BANDS_FP_FIXED + 3 * FP_MARK_BYTES +
                              BANDS_LEAD_FIXED + LEAD_SIG_BYTES);
    assert_int_equal(bands_body_len(BANDS_FLAG_FP | BANDS_FLAG_LEAD, 3, 1), len);
    ww_buf_reset(&b);
    fp.lead.credit = 0; /* no credit: no lead part */
    len = bands_encode_body(&b, &few);
    assert_int_equal(len, BANDS_BODY_SHORT + BANDS_FP_FIXED + 3 * FP_MARK_BYTES);
    assert_int_equal(b.ptr[0], BANDS_FLAG_FP);
    assert_int_equal(bands_body_len(BANDS_FLAG_FP, 3, 0), len);
    ww_buf_free(&b);
}

/* Two records at the end of segment 0 (the second leaves 1 byte: padding),
 * one at the start of segment 1, read from a position inside segment 0. */
static void
test_reader_round_trip_across_segments(void **state)
{
    (void)state;
    fingerprint_t fp = sample_fp();
    ww_buf_t full = WW_BUF_INIT, shrt = WW_BUF_INIT;
    bands_body_t bf = { &fp, 16866, 0x99aa06d3014798d8ULL, true, 0xbeef, 16865 };
    bands_body_t bs = { NULL, 0, 0x1122334455667788ULL, false, 0, 0 };
    bands_encode_body(&full, &bf);
    bands_encode_body(&shrt, &bs);
    size_t r1 = BANDS_HEAD + full.len + BANDS_COPY + 6, r2 = BANDS_HEAD + BANDS_BODY_SHORT + 4;
    uint64_t pos = BANDS_SEGMENT - r1 - r2 - 1; /* log position of the first byte */
    size_t len = r1 + r2 + 1 + 400;
    uint8_t *log = calloc(1, len);
    assert_int_equal(record(log, 42, 7, 1700000000, &full, "tass-1"), r1);
    assert_int_equal(record(log + r1, 43, 43, 1700000001, &shrt, "ap-9"), r2);
    size_t r3 = record(log + r1 + r2 + 1, 0x010203040506ULL, 42, 1700000002, &full, "x");

    bands_reader_t rd;
    bands_record_t r;
    bands_reader_init(&rd, log, r1 + r2 + 1 + r3, pos);
    assert_int_equal(bands_next(&rd, &r), 1);
    assert_int_equal(r.seq, 42);
    assert_int_equal(r.root_seq, 7);
    assert_true(r.copy);
    assert_int_equal(r.similarity, 200);
    assert_int_equal(r.time, 1700000000);
    assert_true(r.has_fp);
    assert_int_equal(r.day, 16866);
    assert_int_equal(r.fp.day, 16866);
    assert_int_equal(r.event_type, 0xbeef);
    assert_int_equal(r.event_day, 16865);
    assert_true(r.hash == 0x99aa06d3014798d8ULL);
    assert_int_equal(r.fp.n_shingles, 1234);
    assert_memory_equal(r.fp.sketch, fp.sketch, FP_SKETCH_BYTES);
    assert_int_equal(r.fp.n_marks, FP_MARKS);
    assert_memory_equal(r.fp.marks, fp.marks, sizeof fp.marks);
    assert_int_equal(r.fp.lead.credit, 0x0102);
    assert_int_equal(r.fp.lead.parties, 0xa1b2c3d4);
    assert_int_equal(r.fp.lead.n, LEAD_SENTENCES);
    assert_memory_equal(r.fp.lead.sig, fp.lead.sig, sizeof fp.lead.sig);
    assert_int_equal(r.root_id.len, 6);
    assert_memory_equal(r.root_id.p, "tass-1", 6);
    assert_int_equal(bands_next(&rd, &r), 1);
    assert_int_equal(r.seq, 43);
    assert_int_equal(r.root_seq, 43);   /* a root: no copy part */
    assert_false(r.copy);
    assert_int_equal(r.similarity, 255);
    assert_false(r.has_fp);
    assert_int_equal(r.fp.lead.credit, 0);
    assert_int_equal(r.event_type, 0);
    assert_true(r.hash == 0x1122334455667788ULL);
    assert_int_equal(r.root_id.len, 4);
    assert_int_equal(bands_next(&rd, &r), 1); /* past the padding byte */
    assert_true(r.seq == 0x010203040506ULL);
    assert_int_equal(r.root_id.len, 1);
    assert_int_equal(bands_next(&rd, &r), 0);

    /* cut short: in the middle of the first record, then of its length */
    bands_reader_init(&rd, log, r1 - 1, pos);
    assert_int_equal(bands_next(&rd, &r), -1);
    bands_reader_init(&rd, log, 1, pos);
    assert_int_equal(bands_next(&rd, &r), -1);
    /* a length too small to hold a body and a root id */
    put_be(log, BANDS_HEAD + BANDS_BODY_SHORT, 2);
    bands_reader_init(&rd, log, len, pos);
    assert_int_equal(bands_next(&rd, &r), -1);
    /* a length that leaves no root id after the parts the flags name */
    put_be(log, r1 - 6, 2);
    bands_reader_init(&rd, log, len, pos);
    assert_int_equal(bands_next(&rd, &r), -1);
    /* marks out of order */
    put_be(log, r1, 2);
    size_t marks_at = BANDS_HEAD + BANDS_BODY_SHORT + BANDS_EVENT + BANDS_FP_FIXED;
    uint8_t saved = log[marks_at];
    log[marks_at] = 0xff;
    bands_reader_init(&rd, log, len, pos);
    assert_int_equal(bands_next(&rd, &r), -1);
    log[marks_at] = saved;
    /* a lead of more sentences than a record keeps */
    size_t n_lead_at = marks_at + FP_MARK_BYTES * FP_MARKS + BANDS_LEAD_FIXED - 1;
    saved = log[n_lead_at];
    log[n_lead_at] = LEAD_SENTENCES + 1;
    bands_reader_init(&rd, log, len, pos);
    assert_int_equal(bands_next(&rd, &r), -1);
    log[n_lead_at] = saved;
    bands_reader_init(&rd, log, len, pos);
    assert_int_equal(bands_next(&rd, &r), 1);
    /* a record whose flags name a part this build does not know (a newer worker's) is
       skipped whole and counted; the record after it is read */
    log[BANDS_HEAD] |= 0x40;
    bands_reader_init(&rd, log, len, pos);
    assert_int_equal(bands_next(&rd, &r), 1);
    assert_int_equal(rd.newer, 1);
    assert_int_equal(r.seq, 43);
    log[BANDS_HEAD] &= (uint8_t)~0x40;
    /* a record that would cross into the next segment */
    put_be(log, r1 + r2 + 2, 2);
    bands_reader_init(&rd, log, len, pos);
    assert_int_equal(bands_next(&rd, &r), -1);
    /* a zero length is padding to the segment's end */
    memset(log, 0, r1 + r2 + 1);
    bands_reader_init(&rd, log, r1 + r2 + 1 + r3, pos);
    assert_int_equal(bands_next(&rd, &r), 1);
    assert_int_equal(r.root_id.len, 1);
    free(log);
    ww_buf_free(&full);
    ww_buf_free(&shrt);
}

static void
test_hash_and_days(void **state)
{
    (void)state;
    assert_true(bands_hash64("99aa06d3014798d86001c324468d497f") == 0x99aa06d3014798d8ULL);
    assert_int_equal(bands_day_of_date("2016-03-06"), 16866);
    assert_int_equal(bands_day_of_date(""), 0);
    assert_int_equal(bands_day_of_date("2016-02-30"), 0);
    assert_int_equal(bands_type_hash("lavrov_kerry_call"), bands_type_hash("lavrov_kerry_call"));
    assert_true(bands_type_hash("lavrov_kerry_call") != bands_type_hash("lavrov_kerry_meeting"));
    assert_true(bands_type_hash("") != 0);
    assert_int_equal(bands_similarity_byte(1.0), 255);
    assert_int_equal(bands_similarity_byte(-0.5), 0);
    assert_true(bands_similarity(bands_similarity_byte(0.734)) > 0.73);
    assert_true(bands_similarity(bands_similarity_byte(0.734)) < 0.74);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_body_sizes),
        cmocka_unit_test(test_reader_round_trip_across_segments),
        cmocka_unit_test(test_hash_and_days),
    };
    return cmocka_run_group_tests_name("bands", tests, NULL, NULL);
}
