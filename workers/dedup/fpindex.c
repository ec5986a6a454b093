/* SPDX-License-Identifier: MIT
 *
 * fpindex — see fpindex.h. Records live in a ring in log order, numbered by
 * an ordinal that only grows; record o sits in ring[o & (cap - 1)], and
 * [first, next) are the ordinals kept. Each band has a table of cap heads
 * (slot: the band value's low bits), and the exact hash one more; a head
 * names the newest record hashed to its slot, and each record links to the
 * next older record of the same slot by its distance back (0: none). A link
 * or a head that leads before `first` leads to a dropped record: the chain
 * ends there, so dropping the oldest records touches no chain. When the ring
 * fills, or falls under a quarter full, everything is rebuilt at twice or
 * half the size, which keeps the distances under the ring's size. */
#include "fpindex.h"

#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define MIN_CAP 1024
#define MAX_CAP ((size_t)1 << 30)
#define HEAD_MOD 0xffffffffu /* heads hold (ordinal mod HEAD_MOD) + 1; 0 is empty */

typedef struct {
    fpindex_rec_t rec;
    uint32_t next_band[FP_BANDS];
    uint32_t next_hash;
} slot_t;

struct fpindex {
    slot_t *ring;
    size_t cap;            /* a power of two */
    uint64_t first, next;  /* ordinals kept: [first, next) */
    uint32_t *band_heads;  /* FP_BANDS tables of cap heads: band j's at [j * cap] */
    uint32_t *hash_heads;  /* cap heads */
    size_t id_bytes;       /* bytes held by root ids */
};

static slot_t *
slot_of(const fpindex_t *self, uint64_t o)
{
    return &self->ring[o & (self->cap - 1)];
}

static uint32_t
head_encode(uint64_t o)
{
    return (uint32_t)(o % HEAD_MOD) + 1;
}

/* The ordinal a head names, or UINT64_MAX when it is empty or dropped. */
static uint64_t
head_decode(const fpindex_t *self, uint32_t h)
{
    if (h == 0 || self->next == 0)
        return UINT64_MAX;
    uint64_t m = (self->next - 1) % HEAD_MOD, s = h - 1;
    uint64_t o = self->next - 1 - (m + HEAD_MOD - s) % HEAD_MOD;
    return o >= self->first && o < self->next ? o : UINT64_MAX;
}

/* The record LINK back from O, or UINT64_MAX. */
static uint64_t
follow(const fpindex_t *self, uint64_t o, uint32_t link)
{
    return link != 0 && o - self->first >= link ? o - link : UINT64_MAX;
}

static size_t
band_slot(const fpindex_t *self, int j, uint32_t value)
{
    uint64_t x = (uint64_t)value * UINT64_C(0x9e3779b97f4a7c15);
    return (size_t)j * self->cap + (size_t)((x >> 32) & (self->cap - 1));
}

static size_t
hash_slot(const fpindex_t *self, uint64_t hash)
{
    return (size_t)(hash & (self->cap - 1));
}

/* Links record O (in place) into the heads. */
static void
link_record(fpindex_t *self, uint64_t o)
{
    slot_t *s = slot_of(self, o);
    for (int j = 0; j < FP_BANDS; j++) {
        s->next_band[j] = 0;
        if (!s->rec.has_fp)
            continue;
        uint32_t *head = &self->band_heads[band_slot(self, j, s->rec.bands[j])];
        uint64_t prev = head_decode(self, *head);
        s->next_band[j] = prev != UINT64_MAX ? (uint32_t)(o - prev) : 0;
        *head = head_encode(o);
    }
    uint32_t *head = &self->hash_heads[hash_slot(self, s->rec.hash)];
    uint64_t prev = head_decode(self, *head);
    s->next_hash = prev != UINT64_MAX ? (uint32_t)(o - prev) : 0;
    *head = head_encode(o);
}

/* Moves everything into tables of CAP slots and links it again. */
static void
resize(fpindex_t *self, size_t cap)
{
    slot_t *ring = ww_xcalloc(cap, sizeof *ring);
    for (uint64_t o = self->first; o < self->next; o++)
        ring[o & (cap - 1)] = *slot_of(self, o);
    free(self->ring);
    free(self->band_heads);
    free(self->hash_heads);
    self->ring = ring;
    self->cap = cap;
    self->band_heads = ww_xcalloc((size_t)FP_BANDS * cap, sizeof *self->band_heads);
    self->hash_heads = ww_xcalloc(cap, sizeof *self->hash_heads);
    uint64_t next = self->next;
    for (self->next = self->first; self->next < next;) {
        uint64_t o = self->next++;
        link_record(self, o);
    }
}

fpindex_t *
fpindex_new(void)
{
    fpindex_t *self = ww_xcalloc(1, sizeof *self);
    self->cap = MIN_CAP;
    self->ring = ww_xcalloc(MIN_CAP, sizeof *self->ring);
    self->band_heads = ww_xcalloc((size_t)FP_BANDS * MIN_CAP, sizeof *self->band_heads);
    self->hash_heads = ww_xcalloc(MIN_CAP, sizeof *self->hash_heads);
    return self;
}

static void
drop_oldest(fpindex_t *self)
{
    slot_t *s = slot_of(self, self->first++);
    self->id_bytes -= strlen(s->rec.root_id) + 1;
    free(s->rec.root_id);
    s->rec.root_id = NULL;
}

void
fpindex_clear(fpindex_t *self)
{
    while (self->first < self->next)
        drop_oldest(self);
    self->first = self->next = 0;
    resize(self, MIN_CAP);
}

void
fpindex_destroy(fpindex_t **self_p)
{
    fpindex_t *self = *self_p;
    if (self == NULL)
        return;
    while (self->first < self->next)
        drop_oldest(self);
    free(self->ring);
    free(self->band_heads);
    free(self->hash_heads);
    free(self);
    *self_p = NULL;
}

void
fpindex_add(fpindex_t *self, const bands_record_t *r)
{
    if (self->next - self->first == self->cap) {
        if (self->cap < MAX_CAP)
            resize(self, self->cap * 2);
        else
            drop_oldest(self);
    }
    uint64_t o = self->next++;
    slot_t *s = slot_of(self, o);
    memset(s, 0, sizeof *s);
    s->rec.seq = r->seq;
    s->rec.root_seq = r->root_seq;
    s->rec.hash = r->hash;
    s->rec.time = r->time;
    s->rec.day = r->day;
    s->rec.has_fp = r->has_fp;
    if (r->has_fp) {
        s->rec.n_shingles = r->fp.n_shingles;
        memcpy(s->rec.bands, r->fp.bands, sizeof s->rec.bands);
        memcpy(s->rec.sketch, r->fp.sketch, sizeof s->rec.sketch);
    }
    s->rec.root_id = ww_xstrndup(r->root_id.p, r->root_id.len);
    self->id_bytes += r->root_id.len + 1;
    link_record(self, o);
}

void
fpindex_expire(fpindex_t *self, uint32_t before)
{
    while (self->first < self->next && slot_of(self, self->first)->rec.time < before)
        drop_oldest(self);
    size_t cap = self->cap;
    while (cap > MIN_CAP && self->next - self->first < cap / 4)
        cap /= 2;
    if (cap != self->cap)
        resize(self, cap);
}

size_t
fpindex_candidates(const fpindex_t *self, const uint32_t bands[FP_BANDS],
                   const fpindex_rec_t **out, size_t max)
{
    size_t n = 0;
    for (int j = 0; j < FP_BANDS && n < max; j++) {
        uint64_t o = head_decode(self, self->band_heads[band_slot(self, j, bands[j])]);
        while (o != UINT64_MAX && n < max) {
            const slot_t *s = slot_of(self, o);
            if (s->rec.has_fp && s->rec.bands[j] == bands[j]) {
                bool seen = false;
                for (size_t k = 0; k < n && !seen; k++)
                    seen = out[k] == &s->rec;
                if (!seen)
                    out[n++] = &s->rec;
            }
            o = follow(self, o, s->next_band[j]);
        }
    }
    return n;
}

const fpindex_rec_t *
fpindex_exact(const fpindex_t *self, uint64_t hash)
{
    uint64_t o = head_decode(self, self->hash_heads[hash_slot(self, hash)]);
    while (o != UINT64_MAX) {
        const slot_t *s = slot_of(self, o);
        if (s->rec.hash == hash)
            return &s->rec;
        o = follow(self, o, s->next_hash);
    }
    return NULL;
}

size_t
fpindex_count(const fpindex_t *self)
{
    return (size_t)(self->next - self->first);
}

size_t
fpindex_bytes(const fpindex_t *self)
{
    return sizeof *self + self->cap * (sizeof(slot_t) + (FP_BANDS + 1) * sizeof(uint32_t)) +
           self->id_bytes;
}
