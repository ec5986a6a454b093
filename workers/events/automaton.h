/* SPDX-License-Identifier: MIT
 *
 * automaton — an Aho–Corasick automaton (Aho & Corasick, CACM 1975) over
 * byte strings: every occurrence of any of thousands of keys in one pass
 * over a text. Pure.
 *
 * A trie of the keys' bytes with a failure link per state (the longest
 * proper suffix of the state's string that is also a trie path) and a
 * dictionary link (the nearest state on the failure chain where a key
 * ends). A scan takes each byte once; the failure links it follows are paid
 * for by the bytes that took it down the trie, so the work is linear in the
 * text plus the hits.
 *
 * Layout. A scan spends nearly all its time in the shallow states: most
 * text matches no key beyond its first few bytes. Those states (depth <=
 * AUTOMATON_DENSE_DEPTH) and any busy one (many children) are numbered
 * first, 0 to n_dense - 1, and each has a row: the state after every byte,
 * failures resolved (a byte the state has no child for leads where the
 * failure chain would), so a step from one of them is one lookup. A row
 * has one column per byte class: each byte found in some key has a class
 * of its own, and the bytes found in none share class 0, which leads back
 * to the root from anywhere; that keeps a row at about half a kilobyte.
 * Among the dense states, those where no key ends come first (0 to
 * n_quiet - 1), so a scan needs no lookup to know it has nothing to
 * report. The deeper states, most of them, keep a short sorted edge list
 * and follow their failure link on a miss, down to a dense state at the
 * latest; rows for them all would cost four times the memory.
 *
 * Scanning: s = 0, i = 0; while i < len, i = automaton_run(ac, &s, text,
 * i, len), and then, when ac->first[s] is not AUTOMATON_NONE, the keys that
 * end just before byte i are, for each state u from ac->first[s] following
 * ac->dict[u] to AUTOMATON_NONE, the key ac->out[u] and the keys chained
 * after it by automaton_build's NEXT. (automaton_step takes one byte, for
 * callers that look at every state.) */
#ifndef WW_WORKERS_EVENTS_AUTOMATON_H
#define WW_WORKERS_EVENTS_AUTOMATON_H

#include <stddef.h>
#include <stdint.h>

#define AUTOMATON_NONE UINT32_MAX

/* States this shallow get a row. Depth is in bytes: four Cyrillic or Arabic letters, two or
   three Chinese ones. For the shipped catalog that is about 15,600 of its 60,000 states and
   8 MB of rows; a depth of 12 saved up to a tenth more of the scan for twice the memory. */
#define AUTOMATON_DENSE_DEPTH 8

typedef struct {
    uint32_t n_states;   /* state 0 is the root */
    uint32_t n_dense;    /* states 0 .. n_dense - 1 have a row */
    uint32_t n_quiet;    /* states 0 .. n_quiet - 1 are dense and end no key */
    uint32_t width;      /* columns of a row: the byte classes */
    uint8_t cls[256];    /* the class of each byte; 0 for the bytes in no key */
    uint32_t *row;       /* n_dense rows of WIDTH states */
    uint32_t *fail;      /* failure link */
    uint32_t *out;       /* a key ending here, AUTOMATON_NONE when none */
    uint32_t *dict;      /* nearest state on the failure chain with a key, or AUTOMATON_NONE */
    uint32_t *first;     /* the state itself when a key ends there, else dict */
    uint32_t *edge_off;  /* a deep state's first edge in ebyte/eto */
    uint16_t *edge_n;    /* its number of edges */
    uint8_t *ebyte;      /* edges, sorted by byte within a state */
    uint32_t *eto;
} automaton_t;

/* Builds *AC (caller frees with automaton_free) over the N keys: KEYS[i],
 * LENS[i] > 0 bytes, borrowed for the call. Keys with the same bytes share a
 * state: NEXT (N elements, the caller's) gets for each key the next key with
 * the same bytes, AUTOMATON_NONE at the end of the chain. */
void automaton_build(automaton_t *ac, const char *const *keys, const uint32_t *lens, size_t n,
                     uint32_t *next);

/* Frees what *AC holds and zeroes it. Safe on a zeroed automaton. */
void automaton_free(automaton_t *ac);

/* The state after byte C in state S, failure links followed. */
static inline uint32_t
automaton_step(const automaton_t *ac, uint32_t s, uint8_t c)
{
    while (s >= ac->n_dense) {
        const uint32_t off = ac->edge_off[s];
        const uint8_t *b = ac->ebyte + off;
        for (uint32_t j = 0, n = ac->edge_n[s]; j < n && b[j] <= c; j++)
            if (b[j] == c)
                return ac->eto[off + j];
        s = ac->fail[s];
    }
    return ac->row[(size_t)s * ac->width + ac->cls[c]];
}

/* Steps *S over TEXT from byte I until a state where some key ends, and returns the index
   just past the byte that led there, or LEN when no key ends before the text does. Its inner
   loop is the whole of a scan on most text: one row lookup per byte while the state stays
   dense and quiet, and one comparison of the state to know it did. It calls nothing and stores
   nothing until it returns, so the compiler keeps the automaton's fields in registers: stepping
   in the caller's loop, around the reporting of hits, reloaded them at every byte. */
static inline size_t
automaton_run(const automaton_t *ac, uint32_t *s, const uint8_t *text, size_t i, size_t len)
{
    const uint32_t *row = ac->row;
    const uint8_t *cls = ac->cls;
    const size_t width = ac->width;
    const uint32_t n_quiet = ac->n_quiet, n_dense = ac->n_dense;
    uint32_t t = *s;
    while (i < len) {
        t = automaton_step(ac, t, text[i++]);
        while (t < n_quiet && i < len)
            t = row[(size_t)t * width + cls[text[i++]]];
        if (t >= n_quiet && (t < n_dense || ac->first[t] != AUTOMATON_NONE))
            break;
    }
    *s = t;
    return i;
}

#endif
