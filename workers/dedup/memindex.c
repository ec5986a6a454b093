/* SPDX-License-Identifier: MIT
 *
 * memindex — see memindex.h. An open-addressing table (linear probing,
 * at most half full) from a mark to its postings: a ring of at most
 * MEMINDEX_MAX_POSTINGS seqs in increasing order. A lookup gathers the
 * postings of the text's marks (at most FP_MARKS x MEMINDEX_MAX_POSTINGS
 * seqs), sorts them and counts each seq's run: the run's length is the
 * number of marks the item shares with the text. */
#include "memindex.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define FIRST_SLOTS 1024 /* table size when empty; doubles at half full */

typedef struct {
    uint32_t mark;
    uint16_t n;          /* postings held; 0 = empty slot */
    uint16_t head;       /* index of the oldest in seqs */
    uint16_t cap;
    uint64_t *seqs;      /* ring of cap seqs */
} slot_t;

struct memindex {
    slot_t *slots;
    size_t n_slots;      /* a power of two */
    size_t used;         /* slots with postings */
    size_t postings;
    uint32_t min_shared;
    uint64_t min_seq;    /* items below are forgotten */
    uint64_t last_seq;   /* the last seq added, 0 before any */
};

typedef struct {
    uint64_t seq;
    uint32_t shared;
} hit_t;

static size_t
slot_of(uint32_t mark, size_t n_slots)
{
    /* the marks are hash values already: their low bits are uniform */
    return (size_t)mark & (n_slots - 1);
}

static slot_t *
find(const memindex_t *self, uint32_t mark)
{
    size_t i = slot_of(mark, self->n_slots);
    while (self->slots[i].n != 0) {
        if (self->slots[i].mark == mark)
            return &self->slots[i];
        i = (i + 1) & (self->n_slots - 1);
    }
    return NULL;
}

static uint64_t
posting(const slot_t *s, size_t k)
{
    return s->seqs[(s->head + k) % s->cap];
}

/* Places S (moved, not copied) into TABLE of N slots. */
static void
place(slot_t *table, size_t n, const slot_t *s)
{
    size_t i = slot_of(s->mark, n);
    while (table[i].n != 0)
        i = (i + 1) & (n - 1);
    table[i] = *s;
}

static void
rehash(memindex_t *self, size_t n_slots)
{
    slot_t *table = ww_xcalloc(n_slots, sizeof *table);
    for (size_t i = 0; i < self->n_slots; i++) {
        if (self->slots[i].n != 0)
            place(table, n_slots, &self->slots[i]);
    }
    free(self->slots);
    self->slots = table;
    self->n_slots = n_slots;
}

memindex_t *
memindex_new(uint32_t min_shared)
{
    memindex_t *self = ww_xcalloc(1, sizeof *self);
    self->min_shared = min_shared > 0 ? min_shared : 1;
    self->n_slots = FIRST_SLOTS;
    self->slots = ww_xcalloc(self->n_slots, sizeof *self->slots);
    return self;
}

void
memindex_destroy(memindex_t **self_p)
{
    if (self_p == NULL || *self_p == NULL)
        return;
    memindex_t *self = *self_p;
    for (size_t i = 0; i < self->n_slots; i++)
        free(self->slots[i].seqs);
    free(self->slots);
    free(self);
    *self_p = NULL;
}

static void
push(memindex_t *self, slot_t *s, uint64_t seq)
{
    if (s->n == s->cap && s->cap < MEMINDEX_MAX_POSTINGS) {
        uint16_t cap = s->cap ? (uint16_t)(2 * s->cap) : 2;
        if (cap > MEMINDEX_MAX_POSTINGS)
            cap = MEMINDEX_MAX_POSTINGS;
        uint64_t *seqs = ww_xmalloc(cap * sizeof *seqs);
        for (size_t k = 0; k < s->n; k++)
            seqs[k] = posting(s, k);
        free(s->seqs);
        s->seqs = seqs;
        s->cap = cap;
        s->head = 0;
    }
    if (s->n == s->cap) {   /* full: the oldest holder goes */
        s->seqs[s->head] = seq;
        s->head = (uint16_t)((s->head + 1) % s->cap);
        return;
    }
    s->seqs[(s->head + s->n) % s->cap] = seq;
    s->n++;
    self->postings++;
}

int
memindex_add(memindex_t *self, const fingerprint_t *fp, uint64_t seq)
{
    if (seq <= self->last_seq && self->last_seq != 0)
        return -1;
    self->last_seq = seq;
    for (uint32_t k = 0; k < fp->n_marks; k++) {
        if (2 * (self->used + 1) > self->n_slots)
            rehash(self, 2 * self->n_slots);
        slot_t *s = find(self, fp->marks[k]);
        if (s == NULL) {
            slot_t fresh = { fp->marks[k], 0, 0, 0, NULL };
            size_t i = slot_of(fresh.mark, self->n_slots);
            while (self->slots[i].n != 0)
                i = (i + 1) & (self->n_slots - 1);
            self->slots[i] = fresh;
            s = &self->slots[i];
            self->used++;
        }
        push(self, s, seq);
    }
    return 0;
}

static int
cmp_seq(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int
cmp_hit(const void *a, const void *b)
{
    const hit_t *x = a, *y = b;
    if (x->shared != y->shared)
        return x->shared > y->shared ? -1 : 1;
    return x->seq > y->seq ? -1 : x->seq < y->seq;
}

size_t
memindex_query(const memindex_t *self, const fingerprint_t *fp, uint64_t *out, size_t max)
{
    size_t n = 0;
    for (uint32_t k = 0; k < fp->n_marks; k++) {
        const slot_t *s = find(self, fp->marks[k]);
        n += s != NULL ? s->n : 0;
    }
    if (n == 0 || max == 0)
        return 0;
    uint64_t *all = ww_xmalloc(n * sizeof *all);
    size_t m = 0;
    for (uint32_t k = 0; k < fp->n_marks; k++) {
        const slot_t *s = find(self, fp->marks[k]);
        for (size_t j = 0; s != NULL && j < s->n; j++) {
            if (posting(s, j) >= self->min_seq)
                all[m++] = posting(s, j);
        }
    }
    qsort(all, m, sizeof *all, cmp_seq);
    hit_t *hits = ww_xmalloc((m ? m : 1) * sizeof *hits);
    size_t n_hits = 0;
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && all[j] == all[i])
            j++;
        if (j - i >= self->min_shared)
            hits[n_hits++] = (hit_t){ all[i], (uint32_t)(j - i) };
        i = j;
    }
    qsort(hits, n_hits, sizeof *hits, cmp_hit);
    size_t written = n_hits < max ? n_hits : max;
    for (size_t i = 0; i < written; i++)
        out[i] = hits[i].seq;
    free(hits);
    free(all);
    return written;
}

void
memindex_expire(memindex_t *self, uint64_t min_seq)
{
    if (min_seq <= self->min_seq)
        return;
    self->min_seq = min_seq;
    size_t live = 0;
    for (size_t i = 0; i < self->n_slots; i++) {
        slot_t *s = &self->slots[i];
        while (s->n > 0 && posting(s, 0) < min_seq) {
            s->head = (uint16_t)((s->head + 1) % s->cap);
            s->n--;
            self->postings--;
        }
        if (s->n == 0) {
            free(s->seqs);
            memset(s, 0, sizeof *s);
        } else {
            live++;
        }
    }
    /* emptied slots break probe chains: put the live ones back in place */
    self->used = live;
    size_t n_slots = FIRST_SLOTS;
    while (2 * live > n_slots)
        n_slots *= 2;
    rehash(self, n_slots);
}

void
memindex_size(const memindex_t *self, size_t *marks, size_t *postings)
{
    *marks = self->used;
    *postings = self->postings;
}
