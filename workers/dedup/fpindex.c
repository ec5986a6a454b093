/* SPDX-License-Identifier: MIT
 *
 * fpindex — see fpindex.h. Records live in a ring in log order, numbered by
 * an ordinal that only grows; record o sits in ring[o & (cap - 1)], and
 * [first, next) are the ordinals kept (in seq order: the log is).
 *
 * The marks: one table of MARK_SLOTS x cap entries of 32 bits, open
 * addressing with linear probing from a mix of the mark. An entry stands for
 * one (record, key mark): its top TAG_BITS are bits of the mark, the next
 * bit says the record has fewer than FPINDEX_PROBE keys, the rest (its
 * ordinal mod ORD_MOD) + 1; 0 is empty. The holders of one mark sit
 * together from its home on, so a lookup reads about one cache line per
 * mark (a chain through the records would read one record per holder and
 * per collision: three times the cache misses at 10^6 records). The tag is
 * a filter: a record counted by tags is checked against its own marks
 * before it is a candidate; a record that may not share enough (fewer tags
 * than the lookup needs, and not short) is never read. An entry whose record was dropped is dead: a
 * lookup skips it, an insert reuses it. The table is rebuilt from the live
 * records when the entries ever used reach 3/4 of it, and at least every
 * REBUILD_EVERY records, so that no dead entry lives long enough for its
 * ordinal to alias a live one.
 *
 * The exact hash: a table of cap heads (slot: the hash's low bits); a head
 * names the newest record of its slot, and each record links to the next
 * older record of the same slot by its distance back (0: none). A link or a
 * head that leads before `first` leads to a dropped record: the chain ends
 * there, so dropping the oldest records touches no chain.
 *
 * When the ring fills, or falls under a quarter full, everything is rebuilt
 * at twice or half the size, which keeps the distances under the ring's
 * size. */
#include "fpindex.h"

#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define MIN_CAP 1024
#define MAX_CAP_LOG2 24
#define MAX_CAP ((size_t)1 << MAX_CAP_LOG2)
/* Hash heads hold (ordinal mod HEAD_MOD) + 1, 0 for empty: every ordinal
 * kept is within MAX_CAP of the newest, so the low bits name it. */
#define HEAD_MOD ((uint64_t)1 << 31)
/* Mark entries per ring slot: a full ring of texts with 16 keys fills half
 * the table. */
#define MARK_SLOTS 32
#define TAG_BITS 5
#define SHORT_BIT ((uint32_t)1 << (31 - TAG_BITS)) /* the record has under FPINDEX_PROBE keys */
#define ORD_BITS (31 - TAG_BITS)
#define ORD_MOD ((uint64_t)1 << (ORD_BITS - 1)) /* (o mod ORD_MOD) + 1 fits ORD_BITS */
#define ORD_FIELD (((uint32_t)1 << ORD_BITS) - 1)
#define REBUILD_EVERY (ORD_MOD - MAX_CAP)
#if MAX_CAP_LOG2 + 1 > ORD_BITS - 1
#error "a mark entry names an ordinal within MAX_CAP, and the rebuild comes in time"
#endif
/* Entries one mark's lookup reads at most (other marks' included). */
#define MAX_STEPS (4 * FPINDEX_MAX_HOLDERS)

typedef struct {
    fpindex_rec_t rec;
    uint32_t next_hash;    /* the older record in the exact hash's chain */
} slot_t;

struct fpindex {
    slot_t *ring;
    size_t cap;            /* a power of two */
    uint64_t first, next;  /* ordinals kept: [first, next) */
    uint32_t *marks;       /* MARK_SLOTS * cap entries */
    size_t marks_used;     /* entries not empty (live or dead) */
    uint64_t built_at;     /* the first ordinal the table did not hold when it was built */
    uint32_t *hash_heads;  /* cap heads */
    size_t id_bytes;       /* bytes held by root ids and leads */
};

typedef struct {
    uint64_t o;            /* ordinal */
    uint32_t shared;       /* marks shared with the text looked up */
    bool is_short;         /* the record has under FPINDEX_PROBE keys */
} hit_t;

static slot_t *
slot_of(const fpindex_t *self, uint64_t o)
{
    return &self->ring[o & (self->cap - 1)];
}

static uint32_t
head_encode(uint64_t o)
{
    return (uint32_t)(o & (HEAD_MOD - 1)) + 1;
}

/* The ordinal named by LOW, the low bits of an ordinal + 1 modulo MOD, or
 * UINT64_MAX when it is 0 or a dropped record. */
static uint64_t
ordinal_of(const fpindex_t *self, uint64_t low, uint64_t mod)
{
    if (low == 0 || self->next == 0)
        return UINT64_MAX;
    uint64_t o = self->next - 1 - ((self->next - 1 - (low - 1)) & (mod - 1));
    return o >= self->first && o < self->next ? o : UINT64_MAX;
}

/* The ordinal a hash head names, or UINT64_MAX when it is empty or dropped. */
static uint64_t
head_decode(const fpindex_t *self, uint32_t h)
{
    return ordinal_of(self, h, HEAD_MOD);
}

/* The record LINK back from O, or UINT64_MAX. */
static uint64_t
follow(const fpindex_t *self, uint64_t o, uint32_t link)
{
    return link != 0 && o - self->first >= link ? o - link : UINT64_MAX;
}

static uint32_t
mark_tag(uint32_t mark)
{
    return (mark >> 1) & ((1u << TAG_BITS) - 1); /* bit 0 is what makes a key */
}

bool
fpindex_is_key(const fingerprint_t *fp, uint32_t k)
{
    return (fp->marks[k] & 1) == 0 || fp->n_marks < FPINDEX_KEY_ALL;
}

uint32_t
fpindex_keys(const fingerprint_t *fp)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < fp->n_marks; k++)
        n += fpindex_is_key(fp, k);
    return n;
}

uint32_t
fpindex_shared_keys(const fingerprint_t *a, const fingerprint_t *b)
{
    uint32_t i = 0, j = 0, shared = 0;
    while (i < a->n_marks && j < b->n_marks) {
        if (a->marks[i] < b->marks[j])
            i++;
        else if (a->marks[i] > b->marks[j])
            j++;
        else
            shared += fpindex_is_key(a, i++) && fpindex_is_key(b, j++);
    }
    return shared;
}

static size_t
mark_home(const fpindex_t *self, uint32_t mark)
{
    /* Fibonacci hashing: the top bits of the product are the well mixed ones */
    uint64_t x = (uint64_t)mark * UINT64_C(0x9e3779b97f4a7c15);
    return (size_t)(((x >> 32) * (uint64_t)(MARK_SLOTS * self->cap)) >> 32);
}

/* The ordinal entry E names, or UINT64_MAX when it is empty or dead. */
static uint64_t
entry_ordinal(const fpindex_t *self, uint32_t e)
{
    return ordinal_of(self, e & ORD_FIELD, ORD_MOD);
}

static size_t
hash_slot(const fpindex_t *self, uint64_t hash)
{
    return (size_t)(hash & (self->cap - 1));
}

/* Puts (O, MARK) into the marks table: the first empty or dead entry from
 * the mark's home on. */
static void
mark_insert(fpindex_t *self, uint64_t o, uint32_t mark, bool is_short)
{
    size_t mask = MARK_SLOTS * self->cap - 1;
    uint32_t e = mark_tag(mark) << (ORD_BITS + 1) | (is_short ? SHORT_BIT : 0) |
                 (uint32_t)((o & (ORD_MOD - 1)) + 1);
    for (size_t i = mark_home(self, mark);; i = (i + 1) & mask) {
        uint32_t *at = &self->marks[i];
        if (*at == 0 || entry_ordinal(self, *at) == UINT64_MAX) {
            self->marks_used += *at == 0;
            *at = e;
            break;
        }
    }
}

/* Puts the keys of record O into the marks table. */
static void
insert_keys(fpindex_t *self, uint64_t o)
{
    const fpindex_rec_t *r = &slot_of(self, o)->rec;
    bool all = r->n_marks < FPINDEX_KEY_ALL;
    for (uint32_t k = 0; k < r->n_marks; k++) {
        if (all || (r->marks[k] & 1) == 0)
            mark_insert(self, o, r->marks[k], r->n_keys < FPINDEX_PROBE);
    }
}

/* A new marks table holding the keys of the records kept before UPTO. */
static void
marks_rebuild(fpindex_t *self, uint64_t upto)
{
    free(self->marks);
    self->marks = ww_xcalloc(MARK_SLOTS * self->cap, sizeof *self->marks);
    self->marks_used = 0;
    self->built_at = upto;
    for (uint64_t o = self->first; o < upto; o++) {
        insert_keys(self, o);
    }
}

/* Enters record O (in place) into the tables. */
static void
link_record(fpindex_t *self, uint64_t o)
{
    slot_t *s = slot_of(self, o);
    if (4 * (self->marks_used + s->rec.n_keys) > 3 * MARK_SLOTS * self->cap ||
        o - self->built_at >= REBUILD_EVERY)
        marks_rebuild(self, o); /* O's keys go in below */
    insert_keys(self, o);
    uint32_t *head = &self->hash_heads[hash_slot(self, s->rec.hash)];
    uint64_t prev = head_decode(self, *head);
    s->next_hash = prev != UINT64_MAX ? (uint32_t)(o - prev) : 0;
    *head = head_encode(o);
}

/* Moves everything into tables of CAP slots and enters it again. */
static void
resize(fpindex_t *self, size_t cap)
{
    slot_t *ring = ww_xcalloc(cap, sizeof *ring);
    for (uint64_t o = self->first; o < self->next; o++)
        ring[o & (cap - 1)] = *slot_of(self, o);
    free(self->ring);
    free(self->hash_heads);
    self->ring = ring;
    self->cap = cap;
    self->hash_heads = ww_xcalloc(cap, sizeof *self->hash_heads);
    uint64_t next = self->next;
    self->next = self->first;
    marks_rebuild(self, self->first); /* empty: each record goes in below */
    while (self->next < next) {
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
    self->marks = ww_xcalloc(MARK_SLOTS * MIN_CAP, sizeof *self->marks);
    self->hash_heads = ww_xcalloc(MIN_CAP, sizeof *self->hash_heads);
    return self;
}

static void
drop_oldest(fpindex_t *self)
{
    slot_t *s = slot_of(self, self->first++);
    self->id_bytes -= strlen(s->rec.root_id) + 1 + (s->rec.lead != NULL ? sizeof *s->rec.lead : 0);
    free(s->rec.root_id);
    free(s->rec.lead);
    s->rec.root_id = NULL;
    s->rec.lead = NULL;
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
    free(self->marks);
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
        s->rec.n_keys = fpindex_keys(&r->fp);
        if (r->fp.lead.credit != 0) {
            s->rec.lead = ww_xmalloc(sizeof *s->rec.lead);
            *s->rec.lead = r->fp.lead;
            self->id_bytes += sizeof *s->rec.lead;
        }
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

/* Appends to HITS the records holding a mark tagged as MARK is, from its
 * home on (at most FPINDEX_MAX_HOLDERS). */
static void
holders(const fpindex_t *self, uint32_t mark, hit_t *hits, size_t *n)
{
    size_t mask = MARK_SLOTS * self->cap - 1, found = 0;
    uint32_t tag = mark_tag(mark);
    size_t i = mark_home(self, mark);
    for (int steps = 0; self->marks[i] != 0 && steps < MAX_STEPS; steps++) {
        uint32_t e = self->marks[i];
        uint64_t o = e >> (ORD_BITS + 1) == tag ? entry_ordinal(self, e) : UINT64_MAX;
        if (o != UINT64_MAX) {
            hits[(*n)++] = (hit_t){ o, 1, (e & SHORT_BIT) != 0 };
            if (++found == FPINDEX_MAX_HOLDERS)
                break;
        }
        i = (i + 1) & mask;
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
    for (uint32_t k = 0; k < fp->n_marks; k++) {
        if (fpindex_is_key(fp, k))
            holders(self, fp->marks[k], hits, &n);
    }
    qsort(hits, n, sizeof *hits, cmp_ordinal);
    size_t kept = 0;
    uint32_t n_keys = fpindex_keys(fp);
    uint32_t need_q = n_keys < FPINDEX_PROBE ? n_keys : FPINDEX_PROBE;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && hits[j].o == hits[i].o)
            j++;
        size_t tags = j - i;
        bool is_short = hits[i].is_short;
        i = j;
        if (tags < need_q && !is_short)
            continue; /* shares too few: not worth reading the record */
        const fpindex_rec_t *r = &slot_of(self, hits[j - 1].o)->rec;
        uint32_t need = need_q < r->n_keys ? need_q : r->n_keys;
        /* counted by tags: a record that may share enough is checked */
        fingerprint_t rfp;
        uint32_t shared = 0;
        if (tags >= need && need > 0) {
            fpindex_rec_fp(r, &rfp);
            shared = fpindex_shared_keys(fp, &rfp);
        }
        if (need > 0 && shared >= need)
            hits[kept++] = (hit_t){ hits[j - 1].o, shared, false };
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
    if (r->lead != NULL)
        out->lead = *r->lead;
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
    return sizeof *self + self->cap * (sizeof(slot_t) + (MARK_SLOTS + 1) * sizeof(uint32_t)) +
           self->id_bytes;
}
