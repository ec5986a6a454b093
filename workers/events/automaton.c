/* SPDX-License-Identifier: MIT
 *
 * automaton — see automaton.h. Built as a linked trie, linked breadth
 * first, then renumbered and laid out flat the way a scan reads it. */
#include "automaton.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define DENSE_MIN_EDGES 12   /* a deeper state with more children gets a row too */

typedef struct {
    uint32_t *child, *sibling, *out, *fail;
    uint8_t *label;
    uint32_t n, cap;
} trie_t;

static uint32_t
trie_add_state(trie_t *t, uint8_t label)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->child = ww_xrealloc(t->child, t->cap * sizeof *t->child);
        t->sibling = ww_xrealloc(t->sibling, t->cap * sizeof *t->sibling);
        t->out = ww_xrealloc(t->out, t->cap * sizeof *t->out);
        t->fail = ww_xrealloc(t->fail, t->cap * sizeof *t->fail);
        t->label = ww_xrealloc(t->label, t->cap * sizeof *t->label);
    }
    uint32_t s = t->n++;
    t->child[s] = t->sibling[s] = t->out[s] = AUTOMATON_NONE;
    t->fail[s] = 0;
    t->label[s] = label;
    return s;
}

static uint32_t
trie_child(const trie_t *t, uint32_t s, uint8_t c)
{
    for (uint32_t k = t->child[s]; k != AUTOMATON_NONE; k = t->sibling[k])
        if (t->label[k] == c)
            return k;
    return AUTOMATON_NONE;
}

static void
trie_insert(trie_t *t, const char *key, uint32_t len, uint32_t i, uint32_t *same)
{
    uint32_t s = 0;
    for (uint32_t k = 0; k < len; k++) {
        uint8_t c = (uint8_t)key[k];
        uint32_t next = trie_child(t, s, c);
        if (next == AUTOMATON_NONE) {
            next = trie_add_state(t, c);
            t->sibling[next] = t->child[s];
            t->child[s] = next;
        }
        s = next;
    }
    same[i] = t->out[s];            /* keys with the same bytes share the state */
    t->out[s] = i;
}

/* Breadth-first: a state's failure link is found from its parent's, which is shallower. */
static void
trie_link(trie_t *t, uint32_t *dict, uint32_t *order)
{
    size_t head = 0, tail = 0;
    order[tail++] = 0;
    dict[0] = AUTOMATON_NONE;
    while (head < tail) {
        uint32_t u = order[head++];
        for (uint32_t v = t->child[u]; v != AUTOMATON_NONE; v = t->sibling[v]) {
            uint32_t f = 0;
            if (u != 0) {
                uint32_t g = t->fail[u];
                for (;;) {
                    uint32_t x = trie_child(t, g, t->label[v]);
                    if (x != AUTOMATON_NONE) {
                        f = x;
                        break;
                    }
                    if (g == 0)
                        break;
                    g = t->fail[g];
                }
            }
            t->fail[v] = f;
            dict[v] = t->out[f] != AUTOMATON_NONE ? f : dict[f];
            order[tail++] = v;
        }
    }
}

static int
cmp_edge(const void *a, const void *b)
{
    const uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The state after byte C in state S of the trie, failure links followed. */
static uint32_t
trie_goto(const trie_t *t, uint32_t s, uint8_t c)
{
    for (;;) {
        uint32_t x = trie_child(t, s, c);
        if (x != AUTOMATON_NONE)
            return x;
        if (s == 0)
            return 0;
        s = t->fail[s];
    }
}

/* The byte classes: each byte found in some key gets a class of its own, in byte order from 1;
   the others share class 0. Fills AC->cls and AC->width, and BYTE with the byte of each class
   from 1. */
static void
make_classes(automaton_t *ac, const trie_t *t, uint8_t byte[256])
{
    bool used[256] = { false };
    for (uint32_t s = 1; s < t->n; s++)
        used[t->label[s]] = true;
    uint32_t k = 1;
    for (int c = 0; c < 256; c++) {
        ac->cls[c] = used[c] ? (uint8_t)k : 0;
        if (used[c])
            byte[k++] = (uint8_t)c;
    }
    ac->width = k;
}

/* The new number of every trie state (see automaton.h): the quiet dense states, then the
   dense ones where some key ends, then the deep ones, each group in breadth-first ORDER.
   FIRST is the trie's (a key ends at or below the state's failure chain unless NONE). */
static uint32_t *
ac_number(automaton_t *ac, const trie_t *t, const uint32_t *order, const uint32_t *first,
          const bool *dense)
{
    uint32_t *id = ww_xmalloc(t->n * sizeof *id);
    uint32_t next = 0;
    for (int group = 0; group < 3; group++) {
        for (uint32_t i = 0; i < t->n; i++) {
            uint32_t s = order[i];
            int g = !dense[s] ? 2 : first[s] == AUTOMATON_NONE ? 0 : 1;
            if (g == group)
                id[s] = next++;
        }
        if (group == 0)
            ac->n_quiet = next;
        if (group == 1)
            ac->n_dense = next;
    }
    return id;
}

/* Lays the trie out as the scan reads it (see automaton.h), every array indexed and every link
   given by the new numbers. A dense state's row starts as a copy of its failure state's row
   when that is dense (it is shallower, so filled before it in breadth-first ORDER), else as
   what the failure chain gives for each class; its children are written over it. */
static void
ac_flatten(automaton_t *ac, const trie_t *t, const uint32_t *order, const uint32_t *dict,
           const uint32_t *first)
{
    uint32_t n = t->n;
    uint8_t *depth = ww_xcalloc(n, 1);
    uint32_t *kids = ww_xcalloc(n, sizeof *kids);
    bool *dense = ww_xcalloc(n, sizeof *dense);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t s = order[i];
        for (uint32_t c = t->child[s]; c != AUTOMATON_NONE; c = t->sibling[c]) {
            depth[c] = (uint8_t)(depth[s] < 255 ? depth[s] + 1 : 255);
            kids[s]++;
        }
        dense[s] = depth[s] <= AUTOMATON_DENSE_DEPTH || kids[s] > DENSE_MIN_EDGES;
    }
    uint32_t *id = ac_number(ac, t, order, first, dense);
    uint8_t byte[256];
    make_classes(ac, t, byte);
    const uint32_t w = ac->width;

    ac->fail = ww_xmalloc(n * sizeof *ac->fail);
    ac->out = ww_xmalloc(n * sizeof *ac->out);
    ac->dict = ww_xmalloc(n * sizeof *ac->dict);
    ac->first = ww_xmalloc(n * sizeof *ac->first);
    ac->edge_off = ww_xcalloc(n, sizeof *ac->edge_off);
    ac->edge_n = ww_xcalloc(n, sizeof *ac->edge_n);
    ac->ebyte = ww_xcalloc(n, 1);
    ac->eto = ww_xcalloc(n, sizeof *ac->eto);
    ac->row = ww_xmalloc((size_t)ac->n_dense * w * sizeof *ac->row);
    uint64_t tmp[256];
    uint32_t off = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t s = order[i], ns = id[s];
        ac->fail[ns] = id[t->fail[s]];
        ac->out[ns] = t->out[s];
        ac->dict[ns] = dict[s] == AUTOMATON_NONE ? AUTOMATON_NONE : id[dict[s]];
        ac->first[ns] = first[s] == AUTOMATON_NONE ? AUTOMATON_NONE : id[first[s]];
        if (dense[s]) {
            uint32_t *row = ac->row + (size_t)ns * w;
            uint32_t f = t->fail[s];
            if (s == 0)
                memset(row, 0, w * sizeof *row);
            else if (dense[f])
                memcpy(row, ac->row + (size_t)id[f] * w, w * sizeof *row);
            else {
                row[0] = 0;
                for (uint32_t k = 1; k < w; k++)
                    row[k] = id[trie_goto(t, f, byte[k])];
            }
            for (uint32_t c = t->child[s]; c != AUTOMATON_NONE; c = t->sibling[c])
                row[ac->cls[t->label[c]]] = id[c];
            continue;
        }
        uint32_t k = 0;
        for (uint32_t c = t->child[s]; c != AUTOMATON_NONE; c = t->sibling[c])
            tmp[k++] = ((uint64_t)t->label[c] << 32) | id[c];
        qsort(tmp, k, sizeof tmp[0], cmp_edge);
        ac->edge_off[ns] = off;
        ac->edge_n[ns] = (uint16_t)k;
        for (uint32_t j = 0; j < k; j++) {
            ac->ebyte[off + j] = (uint8_t)(tmp[j] >> 32);
            ac->eto[off + j] = (uint32_t)tmp[j];
        }
        off += k;
    }
    free(id);
    free(dense);
    free(kids);
    free(depth);
}

void
automaton_build(automaton_t *ac, const char *const *keys, const uint32_t *lens, size_t n,
                uint32_t *next)
{
    trie_t t = { 0 };
    trie_add_state(&t, 0);
    for (uint32_t i = 0; i < n; i++)
        trie_insert(&t, keys[i], lens[i], i, next);
    ac->n_states = t.n;
    uint32_t *dict = ww_xmalloc(t.n * sizeof *dict);
    uint32_t *first = ww_xmalloc(t.n * sizeof *first);
    uint32_t *order = ww_xmalloc(t.n * sizeof *order);
    trie_link(&t, dict, order);
    for (uint32_t s = 0; s < t.n; s++)
        first[s] = t.out[s] != AUTOMATON_NONE ? s : dict[s];
    ac_flatten(ac, &t, order, dict, first);
    free(order);
    free(first);
    free(dict);
    free(t.child);
    free(t.sibling);
    free(t.label);
    free(t.out);
    free(t.fail);
}

void
automaton_free(automaton_t *ac)
{
    free(ac->fail);
    free(ac->out);
    free(ac->first);
    free(ac->dict);
    free(ac->edge_off);
    free(ac->edge_n);
    free(ac->ebyte);
    free(ac->eto);
    free(ac->row);
    memset(ac, 0, sizeof *ac);
}
