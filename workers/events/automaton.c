/* SPDX-License-Identifier: MIT
 *
 * automaton — see automaton.h. Built as a linked trie, linked breadth
 * first, then laid out flat the way a scan reads it. */
#include "automaton.h"

#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define DENSE_MIN_EDGES 12   /* a state with more children gets a full table */
#define DENSE_DEPTH 2        /* states this shallow get a full table with failures resolved */

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

/* Lays the trie out as the scan reads it: sorted edge lists, and full tables for the shallow
   states, where a scan spends most of its time, and for busy ones. A shallow state's table
   has its failures resolved (a missing byte leads where the failure chain would: the table of
   its failure state, which is shallower and so filled first in breadth-first ORDER), so a
   scan that reaches one never loops. */
static void
ac_flatten(automaton_t *ac, const trie_t *t, const uint32_t *order)
{
    uint32_t n = t->n;
    uint8_t *depth = ww_xcalloc(n, 1);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t s = order[i];
        for (uint32_t c = t->child[s]; c != AUTOMATON_NONE; c = t->sibling[c])
            depth[c] = (uint8_t)(depth[s] < 255 ? depth[s] + 1 : 255);
    }
    ac->edge_off = ww_xcalloc(n, sizeof *ac->edge_off);
    ac->edge_n = ww_xcalloc(n, sizeof *ac->edge_n);
    ac->dense = ww_xcalloc(n, sizeof *ac->dense);
    ac->ebyte = ww_xcalloc(n, 1);
    ac->eto = ww_xcalloc(n, sizeof *ac->eto);
    size_t n_dense = 0;
    for (uint32_t s = 0; s < n; s++) {
        uint32_t k = 0;
        for (uint32_t c = t->child[s]; c != AUTOMATON_NONE; c = t->sibling[c])
            k++;
        ac->edge_n[s] = (uint16_t)k;
        if (depth[s] <= DENSE_DEPTH || k > DENSE_MIN_EDGES)
            n_dense++;
    }
    ac->dense_pool = ww_xmalloc(n_dense * 256 * sizeof *ac->dense_pool);
    uint64_t tmp[256];
    uint32_t off = 0;
    size_t d = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t s = order[i];                  /* breadth first: failure states come earlier */
        uint32_t k = 0;
        for (uint32_t c = t->child[s]; c != AUTOMATON_NONE; c = t->sibling[c])
            tmp[k++] = ((uint64_t)t->label[c] << 32) | c;
        qsort(tmp, k, sizeof tmp[0], cmp_edge);
        ac->edge_off[s] = off;
        for (uint32_t j = 0; j < k; j++) {
            ac->ebyte[off + j] = (uint8_t)(tmp[j] >> 32);
            ac->eto[off + j] = (uint32_t)tmp[j];
        }
        off += k;
        ac->dense[s] = AUTOMATON_NONE;
        if (depth[s] <= DENSE_DEPTH || k > DENSE_MIN_EDGES) {
            uint32_t *row = ac->dense_pool + d * 256;
            const uint32_t *via = s == 0 ? NULL
                                  : depth[s] <= DENSE_DEPTH
                                      ? ac->dense_pool + (size_t)ac->dense[t->fail[s]] * 256 : NULL;
            for (int c = 0; c < 256; c++)
                row[c] = s == 0 ? 0 : via != NULL ? via[c] : AUTOMATON_NONE;
            for (uint32_t j = 0; j < k; j++)
                row[tmp[j] >> 32] = (uint32_t)tmp[j];
            ac->dense[s] = (uint32_t)d++;
        }
    }
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
    ac->dict = ww_xmalloc(t.n * sizeof *ac->dict);
    uint32_t *order = ww_xmalloc(t.n * sizeof *order);
    trie_link(&t, ac->dict, order);
    ac_flatten(ac, &t, order);
    free(order);
    ac->first = ww_xmalloc(t.n * sizeof *ac->first);
    for (uint32_t s = 0; s < t.n; s++)
        ac->first[s] = t.out[s] != AUTOMATON_NONE ? s : ac->dict[s];
    ac->fail = t.fail;
    ac->out = t.out;
    free(t.child);
    free(t.sibling);
    free(t.label);
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
    free(ac->dense);
    free(ac->ebyte);
    free(ac->eto);
    free(ac->dense_pool);
    memset(ac, 0, sizeof *ac);
}
