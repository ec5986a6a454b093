/* SPDX-License-Identifier: MIT
 *
 * bands — see bands.h. */
#include "bands.h"

#include "events/dates.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

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

size_t
bands_body_len(uint8_t flags, uint8_t n_marks, uint8_t n_lead)
{
    size_t len = BANDS_BODY_SHORT;
    if (flags & BANDS_FLAG_EVENT)
        len += BANDS_EVENT;
    if (flags & BANDS_FLAG_FP)
        len += BANDS_FP_FIXED + FP_MARK_BYTES * (size_t)n_marks;
    if (flags & BANDS_FLAG_LEAD)
        len += BANDS_LEAD_FIXED + LEAD_SIG_BYTES * (size_t)n_lead;
    return len;
}

/* True when FP (NULL: none) has a lead the record keeps. */
static bool
has_lead(const fingerprint_t *fp)
{
    return fp != NULL && fp->lead.credit != 0 && fp->lead.n > 0;
}

size_t
bands_encode_body(ww_buf_t *out, const bands_body_t *b)
{
    uint8_t p[BANDS_BODY_MAX];
    p[0] = (uint8_t)((b->fp != NULL ? BANDS_FLAG_FP : 0) | (b->copy ? BANDS_FLAG_COPY : 0) |
                     (b->event_type != 0 ? BANDS_FLAG_EVENT : 0) |
                     (has_lead(b->fp) ? BANDS_FLAG_LEAD : 0));
    write_be(p + 1, b->day, 2);
    write_be(p + 3, b->hash, 8);
    size_t len = BANDS_BODY_SHORT;
    if (b->event_type != 0) {
        write_be(p + len, b->event_type, 2);
        write_be(p + len + 2, b->event_day, 2);
        len += BANDS_EVENT;
    }
    if (b->fp != NULL) {
        write_be(p + len, b->fp->n_shingles > 0xffff ? 0xffff : b->fp->n_shingles, 2);
        memcpy(p + len + 2, b->fp->sketch, FP_SKETCH_BYTES);
        len += 2 + FP_SKETCH_BYTES;
        len += fingerprint_marks_encode(b->fp, p + len);
    }
    if (has_lead(b->fp)) {
        const lead_t *l = &b->fp->lead;
        write_be(p + len, l->credit, 2);
        write_be(p + len + 2, l->parties, 4);
        p[len + 6] = l->n;
        len += BANDS_LEAD_FIXED;
        for (size_t i = 0; i < l->n; i++, len += LEAD_SIG_BYTES)
            memcpy(p + len, l->sig[i], LEAD_SIG_BYTES);
    }
    ww_buf_append(out, p, len);
    return len;
}

void
bands_encode_record(ww_buf_t *out, uint64_t seq, uint32_t time, const uint8_t *body,
                    size_t body_len, uint64_t root_seq, uint8_t similarity, const char *root_id)
{
    bool copy = body_len > 0 && (body[0] & BANDS_FLAG_COPY);
    size_t len = BANDS_HEAD + body_len + (copy ? BANDS_COPY : 0) + strlen(root_id);
    uint8_t head[BANDS_HEAD], tail[BANDS_COPY];
    write_be(head, len, 2);
    write_be(head + 2, seq, 6);
    write_be(head + 8, time, 4);
    ww_buf_append(out, head, sizeof head);
    ww_buf_append(out, body, body_len);
    if (copy) {
        write_be(tail, root_seq, 6);
        tail[6] = similarity;
        ww_buf_append(out, tail, sizeof tail);
    }
    ww_buf_append(out, root_id, strlen(root_id));
}

void
bands_reader_init(bands_reader_t *r, const uint8_t *p, size_t len, uint64_t pos)
{
    *r = (bands_reader_t){ p, len, pos, 0, 0 };
}

/* Decodes the body at B (LEN bytes up to the record's end) into OUT.
 * Returns its length, or 0 when it is malformed. */
static size_t
decode_body(const uint8_t *b, size_t len, bands_record_t *out)
{
    if (len < BANDS_BODY_SHORT)
        return 0;
    out->has_fp = (b[0] & BANDS_FLAG_FP) != 0;
    out->copy = (b[0] & BANDS_FLAG_COPY) != 0;
    out->day = (uint16_t)read_be(b + 1, 2);
    out->hash = read_be(b + 3, 8);
    size_t off = BANDS_BODY_SHORT;
    if (b[0] & BANDS_FLAG_EVENT) {
        if (len < off + BANDS_EVENT)
            return 0;
        out->event_type = (uint16_t)read_be(b + off, 2);
        out->event_day = (uint16_t)read_be(b + off + 2, 2);
        off += BANDS_EVENT;
    }
    if (out->has_fp) {
        if (len < off + BANDS_FP_FIXED)
            return 0;
        out->fp.n_shingles = (uint32_t)read_be(b + off, 2);
        memcpy(out->fp.sketch, b + off + 2, FP_SKETCH_BYTES);
        off += 2 + FP_SKETCH_BYTES;
        size_t m = fingerprint_marks_decode(b + off, len - off, &out->fp);
        if (m == 0)
            return 0;
        off += m;
    }
    if (b[0] & BANDS_FLAG_LEAD) {
        if (!out->has_fp || len < off + BANDS_LEAD_FIXED)
            return 0;
        lead_t *l = &out->fp.lead;
        l->credit = (uint16_t)read_be(b + off, 2);
        l->parties = (uint32_t)read_be(b + off + 2, 4);
        l->n = b[off + 6];
        off += BANDS_LEAD_FIXED;
        if (l->credit == 0 || l->n == 0 || l->n > LEAD_SENTENCES || len < off + LEAD_SIG_BYTES * l->n)
            return 0;
        for (size_t i = 0; i < l->n; i++, off += LEAD_SIG_BYTES)
            memcpy(l->sig[i], b + off, LEAD_SIG_BYTES);
    }
    out->fp.day = out->day;
    return off;
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
        if (p[BANDS_HEAD] & ~BANDS_FLAGS_KNOWN) {
            r->newer++;
            r->off += len;
            continue;
        }
        memset(out, 0, sizeof *out);
        out->seq = read_be(p + 2, 6);
        out->time = (uint32_t)read_be(p + 8, 4);
        size_t body = decode_body(p + BANDS_HEAD, len - BANDS_HEAD, out);
        size_t off = BANDS_HEAD + body;
        if (body == 0 || off + (out->copy ? BANDS_COPY : 0) >= len)
            return -1;
        out->root_seq = out->seq;
        out->similarity = 255;
        if (out->copy) {
            out->root_seq = read_be(p + off, 6);
            out->similarity = p[off + 6];
            off += BANDS_COPY;
        }
        out->root_id.p = (const char *)p + off;
        out->root_id.len = len - off;
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

uint16_t
bands_type_hash(const char *name)
{
    uint16_t h = (uint16_t)XXH3_64bits(name, strlen(name));
    return h != 0 ? h : 1;
}

uint8_t
bands_similarity_byte(double sim)
{
    return sim <= 0.0 ? 0 : sim >= 1.0 ? 255 : (uint8_t)(sim * 255.0 + 0.5);
}

double
bands_similarity(uint8_t b)
{
    return b / 255.0;
}
