/* SPDX-License-Identifier: MIT
 *
 * bands — see bands.h. */
#include "bands.h"

#include "events/dates.h"

#include <stdlib.h>
#include <string.h>

static uint64_t
read_be(const uint8_t *p, size_t n)
{
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++)
        x = x << 8 | p[i];
    return x;
}

static void
write_be(uint8_t *p, uint64_t x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)(x >> (8 * (n - 1 - i)));
}

void
bands_encode_body(ww_buf_t *out, const fingerprint_t *fp, uint16_t day, uint64_t hash)
{
    uint8_t b[BANDS_BODY_FULL];
    b[0] = fp != NULL ? BANDS_FLAG_FP : 0;
    write_be(b + 1, day, 2);
    write_be(b + 3, hash, 8);
    if (fp == NULL) {
        ww_buf_append(out, b, BANDS_BODY_SHORT);
        return;
    }
    write_be(b + BANDS_BODY_SHORT, fp->n_shingles, 4);
    for (int j = 0; j < FP_BANDS; j++)
        write_be(b + BANDS_BODY_SHORT + 4 + 4 * j, fp->bands[j], 4);
    memcpy(b + BANDS_BODY_SHORT + 4 + 4 * FP_BANDS, fp->sketch, FP_SKETCH_BYTES);
    ww_buf_append(out, b, sizeof b);
}

void
bands_reader_init(bands_reader_t *r, const uint8_t *p, size_t len, uint64_t pos)
{
    *r = (bands_reader_t){ p, len, pos, 0 };
}

int
bands_next(bands_reader_t *r, bands_record_t *out)
{
    for (;;) {
        if (r->off >= r->len)
            return 0;
        size_t left = BANDS_SEGMENT - (size_t)((r->pos + r->off) % BANDS_SEGMENT);
        size_t len = left >= 2 && r->off + 2 <= r->len ? (size_t)read_be(r->p + r->off, 2) : 0;
        if (left < 2 || len == 0) {
            if (left >= 2 && r->off + 2 > r->len)
                return -1; /* a length cut in half */
            r->off += left; /* padding: the record starts the next segment */
            continue;
        }
        const uint8_t *p = r->p + r->off;
        if (len > left || r->off + len > r->len || len < BANDS_HEAD + BANDS_BODY_SHORT + 1)
            return -1;
        memset(out, 0, sizeof *out);
        out->seq = read_be(p + 2, 6);
        out->root_seq = read_be(p + 8, 6);
        out->time = (uint32_t)read_be(p + 14, 4);
        const uint8_t *b = p + BANDS_HEAD;
        out->has_fp = (b[0] & BANDS_FLAG_FP) != 0;
        out->day = (uint16_t)read_be(b + 1, 2);
        out->hash = read_be(b + 3, 8);
        size_t body = out->has_fp ? BANDS_BODY_FULL : BANDS_BODY_SHORT;
        if (len < BANDS_HEAD + body + 1)
            return -1;
        if (out->has_fp) {
            out->fp.n_shingles = (uint32_t)read_be(b + BANDS_BODY_SHORT, 4);
            for (int j = 0; j < FP_BANDS; j++)
                out->fp.bands[j] = (uint32_t)read_be(b + BANDS_BODY_SHORT + 4 + 4 * j, 4);
            memcpy(out->fp.sketch, b + BANDS_BODY_SHORT + 4 + 4 * FP_BANDS, FP_SKETCH_BYTES);
        }
        out->root_id.p = (const char *)b + body;
        out->root_id.len = len - BANDS_HEAD - body;
        r->off += len;
        return 1;
    }
}

uint64_t
bands_hash64(const char hex[33])
{
    char head[17];
    memcpy(head, hex, 16);
    head[16] = '\0';
    return strtoull(head, NULL, 16);
}

uint16_t
bands_day_of_date(const char *date)
{
    int32_t days;
    if (date == NULL || !dates_parse_iso(date, strlen(date), &days) || days <= 0 ||
        days > 0xffff)
        return 0;
    return (uint16_t)days;
}
