/* SPDX-License-Identifier: MIT
 *
 * fpindex — see fpindex.h. Records live in a ring in log order, numbered by
 * an ordinal that only grows; record o sits in ring[o & (cap - 1)], and
 * [first, next) are the ordinals kept (in seq order: the log is). The marks
 * have a table of MARK_HEADS x cap heads (slot: a mix of the mark), the
 * exact hash one of cap heads. A chain is a list of places (record o, its
 * mark k) newest first: a head names the newest place of its slot, and
 * next_mark[k] of a record the next older place (its distance back and its
 * mark index; 0: none). A record enters a chain once, by the first of its
 * marks that falls in the slot; another mark of it in the same slot is
 * found there by a search of its marks. A place before `first` is a dropped
 * record: the chain ends there, so dropping the oldest records touches no
 * chain. When the ring fills, or falls under a quarter full, everything is
 * rebuilt at twice or half the size, which keeps the distances under the
 * ring's size. */
#include "fpindex.h"

#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define MIN_CAP 1024
#define MAX_CAP_LOG2 25
#define MAX_CAP ((size_t)1 << MAX_CAP_LOG2)
/* A place is 32 bits: the mark index k in the top PLACE_K_BITS, below it
 * (ordinal mod PLACE_MOD) + 1 in a head, or the distance back in a link;
 * 0 is empty. Every ordinal kept is within MAX_CAP of the newest, so the
 * low bits name it. */
#define PLACE_K_BITS 5
#define PLACE_SHIFT (32 - PLACE_K_BITS)
#define PLACE_LOW (((uint32_t)1 << PLACE_SHIFT) - 1)
#define PLACE_MOD ((uint64_t)1 << (PLACE_SHIFT - 1))
#if FP_MARKS > (1 << PLACE_K_BITS) || MAX_CAP_LOG2 >= PLACE_SHIFT - 1
#error "a place holds a mark index and an ordinal within MAX_CAP"
#endif
/* Mark heads per ring slot: a full ring of texts with 32 marks puts two
 * holders in each head's chain on average. */
#define MARK_HEADS 16
/* Chain steps one mark's lookup takes at most (holders of other marks that
 * share the slot included). */
#define MAX_STEPS (4 * FPINDEX_MAX_HOLDERS)

typedef struct {
    fpindex_rec_t rec;
    uint32_t next_mark[FP_MARKS]; /* the place after (this record, k) in its chain */
    uint32_t next_hash;           /* the older record in the exact hash's chain */
} slot_t;

struct fpindex {
    slot_t *ring;
    size_t cap;            /* a power of two */
    uint64_t first, next;  /* ordinals kept: [first, next) */
    uint32_t *mark_heads;  /* MARK_HEADS * cap heads */
    uint32_t *hash_heads;  /* cap heads */
    size_t id_bytes;       /* bytes held by root ids */
};

typedef struct {
    uint64_t o;            /* ordinal */
    uint32_t shared;       /* marks shared with the text looked up */
} hit_t;

static slot_t *
slot_of(const fpindex_t *self, uint64_t o)
{
    return &self->ring[o & (self->cap - 1)];
}

static uint32_t
head_encode(uint64_t o, uint32_t k)
{
    return (uint32_t)(o & (PLACE_MOD - 1)) + 1 + (k << PLACE_SHIFT);
}

/* The ordinal head H names (its mark index in *K), or UINT64_MAX when it is
 * empty or dropped. */
static uint64_t
head_decode(const fpindex_t *self, uint32_t h, uint32_t *k)
{
    if (h == 0 || self->next == 0)
        return UINT64_MAX;
    *k = h >> PLACE_SHIFT;
    uint64_t low = (h & PLACE_LOW) - 1;
    uint64_t o = self->next - 1 - ((self->next - 1 - low) & (PLACE_MOD - 1));
    return o >= self->first && o < self->next ? o : UINT64_MAX;
}

/* The link from O to the place PREV (K_PREV), 0 when PREV is UINT64_MAX. */
static uint32_t
link_encode(uint64_t o, uint64_t prev, uint32_t k_prev)
{
    return prev != UINT64_MAX ? (uint32_t)(o - prev) + (k_prev << PLACE_SHIFT) : 0;
}

/* The ordinal LINK leads to back from O (its mark index in *K), or
 * UINT64_MAX. */
static uint64_t
follow(const fpindex_t *self, uint64_t o, uint32_t link, uint32_t *k)
{
    uint32_t d = link & PLACE_LOW;
    *k = link >> PLACE_SHIFT;
    return d != 0 && o - self->first >= d ? o - d : UINT64_MAX;
}

static size_t
mark_slot(const fpindex_t *self, uint32_t mark)
{
    uint64_t x = (uint64_t)mark * UINT64_C(0x9e3779b97f4a7c15);
    return (size_t)((x >> 32) & (MARK_HEADS * self->cap - 1));
}

static bool
holds_mark(const fpindex_rec_t *r, uint32_t mark)
{
    size_t lo = 0, hi = r->n_marks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r->marks[mid] < mark)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->n_marks && r->marks[lo] == mark;
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
    uint32_t k_prev = 0;
    for (uint32_t k = 0; k < s->rec.n_marks; k++) {
        uint32_t *head = &self->mark_heads[mark_slot(self, s->rec.marks[k])];
        s->next_mark[k] = 0;
        uint64_t prev = head_decode(self, *head, &k_prev);
        if (prev == o)
            continue; /* an earlier mark of this record linked it into this chain */
        s->next_mark[k] = link_encode(o, prev, k_prev);
        *head = head_encode(o, k);
    }
    uint32_t *head = &self->hash_heads[hash_slot(self, s->rec.hash)];
    uint64_t prev = head_decode(self, *head, &k_prev);
    s->next_hash = link_encode(o, prev, 0);
    *head = head_encode(o, 0);
}

/* Moves everything into tables of CAP slots and links it again. */
static void
resize(fpindex_t *self, size_t cap)
{
    slot_t *ring = ww_xcalloc(cap, sizeof *ring);
    for (uint64_t o = self->first; o < self->next; o++)
        ring[o & (cap - 1)] = *slot_of(self, o);
    free(self->ring);
    free(self->mark_heads);
    free(self->hash_heads);
    self->ring = ring;
    self->cap = cap;
    self->mark_heads = ww_xcalloc((size_t)MARK_HEADS * cap, sizeof *self->mark_heads);
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
    self->mark_heads = ww_xcalloc((size_t)MARK_HEADS * MIN_CAP, sizeof *self->mark_heads);
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
    free(self->mark_heads);
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
    s->rec.event_type = r->event_type;
    s->rec.event_day = r->event_day;
    s->rec.similarity = r->similarity;
    s->rec.has_fp = r->has_fp;
    if (r->has_fp) {
        s->rec.n_shingles = r->fp.n_shingles;
        memcpy(s->rec.sketch, r->fp.sketch, sizeof s->rec.sketch);
        s->rec.n_marks = r->fp.n_marks;
        memcpy(s->rec.marks, r->fp.marks, r->fp.n_marks * sizeof r->fp.marks[0]);
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

static int
cmp_ordinal(const void *a, const void *b)
{
    uint64_t x = ((const hit_t *)a)->o, y = ((const hit_t *)b)->o;
    return x < y ? -1 : x > y;
}

static int
cmp_hit(const void *a, const void *b)
{
    const hit_t *x = a, *y = b;
    if (x->shared != y->shared)
        return x->shared > y->shared ? -1 : 1;
    return x->o > y->o ? -1 : x->o < y->o;
}

/* Appends to HITS the newest holders of MARK (at most FPINDEX_MAX_HOLDERS). */
static void
holders(const fpindex_t *self, uint32_t mark, hit_t *hits, size_t *n)
{
    size_t found = 0;
    uint32_t k = 0;
    uint64_t o = head_decode(self, self->mark_heads[mark_slot(self, mark)], &k);
    for (int steps = 0; o != UINT64_MAX && steps < MAX_STEPS; steps++) {
        const slot_t *s = slot_of(self, o);
        if (s->rec.marks[k] == mark || holds_mark(&s->rec, mark)) {
            hits[(*n)++] = (hit_t){ o, 1 };
            if (++found == FPINDEX_MAX_HOLDERS)
                break;
        }
        o = follow(self, o, s->next_mark[k], &k);
    }
}

size_t
fpindex_candidates(const fpindex_t *self, const fingerprint_t *fp, const fpindex_rec_t **out,
                   size_t max)
{
    if (fp->n_marks == 0 || max == 0)
        return 0;
    hit_t *hits = ww_xmalloc((size_t)fp->n_marks * FPINDEX_MAX_HOLDERS * sizeof *hits);
    size_t n = 0;
    for (uint32_t k = 0; k < fp->n_marks; k++)
        holders(self, fp->marks[k], hits, &n);
    qsort(hits, n, sizeof *hits, cmp_ordinal);
    size_t kept = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && hits[j].o == hits[i].o)
            j++;
        const fpindex_rec_t *r = &slot_of(self, hits[i].o)->rec;
        uint32_t need = FPINDEX_PROBE;
        if (fp->n_marks < need)
            need = fp->n_marks;
        if (r->n_marks < need)
            need = r->n_marks;
        if (j - i >= need)
            hits[kept++] = (hit_t){ hits[i].o, (uint32_t)(j - i) };
        i = j;
    }
    qsort(hits, kept, sizeof *hits, cmp_hit);
    size_t written = kept < max ? kept : max;
    for (size_t i = 0; i < written; i++)
        out[i] = &slot_of(self, hits[i].o)->rec;
    free(hits);
    return written;
}

const fpindex_rec_t *
fpindex_find(const fpindex_t *self, uint64_t seq)
{
    uint64_t lo = self->first, hi = self->next;
    while (lo < hi) {
        uint64_t mid = lo + (hi - lo) / 2;
        if (slot_of(self, mid)->rec.seq < seq)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < self->next && slot_of(self, lo)->rec.seq == seq ? &slot_of(self, lo)->rec : NULL;
}

void
fpindex_rec_fp(const fpindex_rec_t *r, fingerprint_t *out)
{
    memset(out, 0, sizeof *out);
    out->n_shingles = r->n_shingles;
    memcpy(out->sketch, r->sketch, sizeof out->sketch);
    out->n_marks = r->n_marks;
    memcpy(out->marks, r->marks, r->n_marks * sizeof r->marks[0]);
    out->day = r->day;
}

const fpindex_rec_t *
fpindex_exact(const fpindex_t *self, uint64_t hash)
{
    uint32_t k;
    uint64_t o = head_decode(self, self->hash_heads[hash_slot(self, hash)], &k);
    while (o != UINT64_MAX) {
        const slot_t *s = slot_of(self, o);
        if (s->rec.hash == hash)
            return &s->rec;
        o = follow(self, o, s->next_hash, &k);
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
    return sizeof *self + self->cap * (sizeof(slot_t) + (MARK_HEADS + 1) * sizeof(uint32_t)) +
           self->id_bytes;
}
