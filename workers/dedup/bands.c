/* SPDX-License-Identifier: MIT
 *
 * bands — see bands.h. */
#include "bands.h"

#include "events/dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DAY_MS 86400000LL

void
bands_bucket_key(const ww_keys_t *keys, int band, uint32_t value, char *out, size_t n)
{
    snprintf(out, n, "%s%d:%04x", keys->bands, band, (unsigned)(value >> 16));
}

void
bands_lows(const fingerprint_t *fp, uint8_t out[FP_BANDS * 2])
{
    for (int j = 0; j < FP_BANDS; j++) {
        out[2 * j] = (uint8_t)(fp->bands[j] >> 8);
        out[2 * j + 1] = (uint8_t)fp->bands[j];
    }
}

void
bands_values(const fingerprint_t *fp, uint8_t out[FP_BANDS * 4])
{
    for (int j = 0; j < FP_BANDS; j++)
        for (int k = 0; k < 4; k++)
            out[4 * j + k] = (uint8_t)(fp->bands[j] >> (8 * (3 - k)));
}

static uint64_t
read_be(const uint8_t *p, size_t n)
{
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++)
        x = x << 8 | p[i];
    return x;
}

void
bands_candidates(const uint8_t *p, size_t len, uint16_t lo, unsigned today,
                 unsigned max_age_days, uint64_t *seqs, size_t *n, size_t max)
{
    for (size_t off = 0; off + BANDS_RECORD <= len && *n < max; off += BANDS_RECORD) {
        const uint8_t *r = p + off;
        if (read_be(r, 2) != lo)
            continue;
        unsigned age = (today - r[8]) & 0xff;
        if (age > max_age_days)
            continue;
        uint64_t seq = read_be(r + 2, 6);
        bool seen = false;
        for (size_t i = 0; i < *n && !seen; i++)
            seen = seqs[i] == seq;
        if (!seen)
            seqs[(*n)++] = seq;
    }
}

void
bands_sketch_key(const ww_keys_t *keys, uint64_t seq, char *key, size_t kn, char *field,
                 size_t fn)
{
    snprintf(key, kn, "%s%llu", keys->sketches, (unsigned long long)(seq / BANDS_SEQS_PER_HASH));
    snprintf(field, fn, "%llu", (unsigned long long)seq);
}

void
bands_encode_sketch(ww_buf_t *out, const fingerprint_t *fp, uint16_t day, uint64_t hash)
{
    uint8_t n[14] = { (uint8_t)(fp->n_shingles >> 24), (uint8_t)(fp->n_shingles >> 16),
                      (uint8_t)(fp->n_shingles >> 8), (uint8_t)fp->n_shingles,
                      (uint8_t)(day >> 8), (uint8_t)day };
    for (int i = 0; i < 8; i++)
        n[6 + i] = (uint8_t)(hash >> (8 * (7 - i)));
    ww_buf_append(out, fp->sketch, FP_SKETCH_BYTES);
    ww_buf_append(out, n, sizeof n);
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

int
bands_decode_sketch(const uint8_t *p, size_t len, bands_sketch_t *out)
{
    if (len < BANDS_SKETCH_VALUE + 2)
        return -1;
    memset(out, 0, sizeof *out);
    memcpy(out->fp.sketch, p, FP_SKETCH_BYTES);
    out->fp.n_shingles = (uint32_t)read_be(p + FP_SKETCH_BYTES, 4);
    out->day = (uint16_t)read_be(p + FP_SKETCH_BYTES + 4, 2);
    out->hash = read_be(p + FP_SKETCH_BYTES + 6, 8);
    const char *root = (const char *)p + BANDS_SKETCH_VALUE;
    size_t rlen = len - BANDS_SKETCH_VALUE;
    const char *tab = memchr(root, '\t', rlen);
    if (tab == NULL || tab == root)
        return -1;
    out->root_seq = strtoull(root, NULL, 10);
    out->root_id.p = tab + 1;
    out->root_id.len = rlen - (size_t)(tab + 1 - root);
    return 0;
}

unsigned
bands_day(int64_t now_ms)
{
    return (unsigned)((now_ms / DAY_MS) & 0xff);
}

unsigned
bands_max_age_days(long long retention_ms)
{
    long long d = (retention_ms + DAY_MS - 1) / DAY_MS;
    return d < 1 ? 1 : d > 254 ? 254 : (unsigned)d;
}
