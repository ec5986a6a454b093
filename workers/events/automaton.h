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
 * text plus the hits. Shallow states, where a scan spends most of its time,
 * and any state with many children keep a 256-entry table (the shallow ones
 * with their failures resolved); the rest keep a short sorted edge list,
 * which keeps thousands of keys at about a megabyte.
 *
 * Scanning: s = 0; for each byte c, s = automaton_step(ac, s, c); then the
 * keys that end at that byte are, for each state u from ac->first[s]
 * following ac->dict[u] to AUTOMATON_NONE, the key ac->out[u] and the keys
 * chained after it by automaton_build's NEXT. */
#ifndef WW_WORKERS_EVENTS_AUTOMATON_H
#define WW_WORKERS_EVENTS_AUTOMATON_H

#include <stddef.h>
#include <stdint.h>

#define AUTOMATON_NONE UINT32_MAX

typedef struct {
    uint32_t n_states;   /* state 0 is the root */
    uint32_t *fail;      /* failure link */
    uint32_t *out;       /* a key ending here, AUTOMATON_NONE when none */
    uint32_t *dict;      /* nearest state on the failure chain with a key, or AUTOMATON_NONE */
    uint32_t *first;     /* the state itself when a key ends there, else dict */
    uint32_t *edge_off;  /* first edge in ebyte/eto */
    uint16_t *edge_n;    /* number of edges */
    uint32_t *dense;     /* index of a 256-entry table in dense_pool, or AUTOMATON_NONE */
    uint8_t *ebyte;      /* edges, sorted by byte within a state */
    uint32_t *eto;
    uint32_t *dense_pool;
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
    for (;;) {
        if (ac->dense[s] != AUTOMATON_NONE) {
            uint32_t t = ac->dense_pool[(size_t)ac->dense[s] * 256 + c];
            if (t != AUTOMATON_NONE)
                return t;
        } else {
            const uint8_t *b = ac->ebyte + ac->edge_off[s];
            for (uint32_t j = 0, n = ac->edge_n[s]; j < n; j++) {
                if (b[j] == c)
                    return ac->eto[ac->edge_off[s] + j];
                if (b[j] > c)
                    break;
            }
        }
        s = ac->fail[s];
    }
}

#endif
