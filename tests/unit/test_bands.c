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
typedef struct {
    fingerprint_t fp;
    ww_buf_t full, shrt;   /* the bodies: all parts; no part at all */
    uint8_t *log;
    size_t len;            /* the bytes allocated (400 past the third record) */
    size_t r1, r2, r3;     /* the records' sizes */
    uint64_t pos;          /* log position of log[0] */
} sample_log_t;

static void
sample_log(sample_log_t *s)
{
    s->fp = sample_fp();
    s->full = (ww_buf_t)WW_BUF_INIT;
    s->shrt = (ww_buf_t)WW_BUF_INIT;
    bands_body_t bf = { &s->fp, 16866, 0x99aa06d3014798d8ULL, true, 0xbeef, 16865 };
    bands_body_t bs = { NULL, 0, 0x1122334455667788ULL, false, 0, 0 };
    bands_encode_body(&s->full, &bf);
    bands_encode_body(&s->shrt, &bs);
    s->r1 = BANDS_HEAD + s->full.len + BANDS_COPY + 6;
    s->r2 = BANDS_HEAD + BANDS_BODY_SHORT + 4;
    s->pos = BANDS_SEGMENT - s->r1 - s->r2 - 1;
    s->len = s->r1 + s->r2 + 1 + 400;
    s->log = calloc(1, s->len);
    assert_non_null(s->log);
    assert_int_equal(record(s->log, 42, 7, 1700000000, &s->full, "tass-1"), s->r1);
    assert_int_equal(record(s->log + s->r1, 43, 43, 1700000001, &s->shrt, "ap-9"), s->r2);
    s->r3 = record(s->log + s->r1 + s->r2 + 1, 0x010203040506ULL, 42, 1700000002, &s->full, "x");
}

static void
sample_log_free(sample_log_t *s)
{
    free(s->log);
    ww_buf_free(&s->full);
    ww_buf_free(&s->shrt);
}

/* What bands_next answers for the sample's bytes read from its start, LEN of them. */
static int
first_of(const sample_log_t *s, size_t len, bands_reader_t *rd, bands_record_t *r)
{
    bands_reader_init(rd, s->log, len, s->pos);
    return bands_next(rd, r);
}

static void
test_reader_round_trip_across_segments(void **state)
{
    (void)state;
    sample_log_t s;
    sample_log(&s);
    bands_reader_t rd;
    bands_record_t r;
    assert_int_equal(first_of(&s, s.r1 + s.r2 + 1 + s.r3, &rd, &r), 1);
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
    assert_memory_equal(r.fp.sketch, s.fp.sketch, FP_SKETCH_BYTES);
    assert_int_equal(r.fp.n_marks, FP_MARKS);
    assert_memory_equal(r.fp.marks, s.fp.marks, sizeof s.fp.marks);
    assert_int_equal(r.fp.lead.credit, 0x0102);
    assert_int_equal(r.fp.lead.parties, 0xa1b2c3d4);
    assert_int_equal(r.fp.lead.n, LEAD_SENTENCES);
    assert_memory_equal(r.fp.lead.sig, s.fp.lead.sig, sizeof s.fp.lead.sig);
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
    sample_log_free(&s);
}

/* Bytes cut short or malformed are refused, the reader staying where it is. */
static void
test_reader_refuses_malformed_records(void **state)
{
    (void)state;
    sample_log_t s;
    sample_log(&s);
    bands_reader_t rd;
    bands_record_t r;
    /* cut short: in the middle of the first record, then of its length */
    assert_int_equal(first_of(&s, s.r1 - 1, &rd, &r), -1);
    assert_int_equal(first_of(&s, 1, &rd, &r), -1);
    /* a length too small to hold a body and a root id */
    put_be(s.log, BANDS_HEAD + BANDS_BODY_SHORT, 2);
    assert_int_equal(first_of(&s, s.len, &rd, &r), -1);
    /* a length that leaves no root id after the parts the flags name */
    put_be(s.log, s.r1 - 6, 2);
    assert_int_equal(first_of(&s, s.len, &rd, &r), -1);
    /* marks out of order */
    put_be(s.log, s.r1, 2);
    size_t marks_at = BANDS_HEAD + BANDS_BODY_SHORT + BANDS_EVENT + BANDS_FP_FIXED;
    uint8_t saved = s.log[marks_at];
    s.log[marks_at] = 0xff;
    assert_int_equal(first_of(&s, s.len, &rd, &r), -1);
    s.log[marks_at] = saved;
    /* a lead of more sentences than a record keeps */
    size_t n_lead_at = marks_at + FP_MARK_BYTES * FP_MARKS + BANDS_LEAD_FIXED - 1;
    saved = s.log[n_lead_at];
    s.log[n_lead_at] = LEAD_SENTENCES + 1;
    assert_int_equal(first_of(&s, s.len, &rd, &r), -1);
    s.log[n_lead_at] = saved;
    assert_int_equal(first_of(&s, s.len, &rd, &r), 1);
    /* a record that would cross into the next segment */
    put_be(s.log, s.r1 + s.r2 + 2, 2);
    assert_int_equal(first_of(&s, s.len, &rd, &r), -1);
    sample_log_free(&s);
}

/* Records the reader steps over: a newer worker's, and a segment's zero padding. */
static void
test_reader_skips_newer_records_and_padding(void **state)
{
    (void)state;
    sample_log_t s;
    sample_log(&s);
    bands_reader_t rd;
    bands_record_t r;
    /* flags that name a part this build does not know: skipped whole and counted, the
       record after it read */
    s.log[BANDS_HEAD] |= 0x40;
    assert_int_equal(first_of(&s, s.len, &rd, &r), 1);
    assert_int_equal(rd.newer, 1);
    assert_int_equal(r.seq, 43);
    s.log[BANDS_HEAD] &= (uint8_t)~0x40;
    /* a zero length is padding to the segment's end */
    memset(s.log, 0, s.r1 + s.r2 + 1);
    assert_int_equal(first_of(&s, s.r1 + s.r2 + 1 + s.r3, &rd, &r), 1);
    assert_int_equal(r.root_id.len, 1);
    sample_log_free(&s);
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
        cmocka_unit_test(test_reader_refuses_malformed_records),
        cmocka_unit_test(test_reader_skips_newer_records_and_padding),
        cmocka_unit_test(test_hash_and_days),
    };
    return cmocka_run_group_tests_name("bands", tests, NULL, NULL);
}
