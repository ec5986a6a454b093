/* SPDX-License-Identifier: MIT
 *
 * ww_strtab — a table of byte strings, each with a 32-bit value, looked up by
 * bytes and their hash. The hash is FNV-1a, which a scanner can compute a
 * byte at a time as it reads (ww_strtab_hash_step) and look up every prefix
 * on the way. Open addressing with linear probing, never more than half
 * full. A string may be added more than once (with other values): find
 * gives one entry with those bytes and next the others, in no particular
 * order (a caller that wants one picks by value).
 *
 * Strings are borrowed: they must outlive the table. Growth aborts on out
 * of memory (ww_alloc.h). Pure; the lookups are inline because scanners call
 * them once per word. */
#ifndef WW_STRTAB_H
#define WW_STRTAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define WW_STRTAB_SEED 2166136261u /* FNV-1a offset basis: the hash of no bytes */

typedef struct {
    const char *text; /* NULL: an empty slot */
    uint32_t hash;
    uint32_t len;
    uint32_t value;
} ww_strtab_entry_t;

typedef struct {
    ww_strtab_entry_t *slots; /* owned; mask + 1 of them */
    size_t mask;
    size_t n;                 /* entries */
    size_t max_len;           /* bytes of the longest string */
} ww_strtab_t;

#define WW_STRTAB_INIT { NULL, 0, 0, 0 }

/* The hash H with byte C added. */
static inline uint32_t
ww_strtab_hash_step(uint32_t h, uint8_t c)
{
    return (h ^ c) * 16777619u;
}

/* The hash of P[0..N). */
uint32_t ww_strtab_hash(const void *p, size_t n);

/* Adds P[0..N) (borrowed) with VALUE. */
void ww_strtab_add(ww_strtab_t *t, const char *p, size_t n, uint32_t value);

/* The value of an entry with the bytes P[0..N), to change in place, or NULL
 * when there is none (for a table that keeps one entry per string). */
uint32_t *ww_strtab_value(ww_strtab_t *t, const char *p, size_t n);

/* Frees the slots; the table is WW_STRTAB_INIT afterwards. */
void ww_strtab_free(ww_strtab_t *t);

/* The entry after slot AT with the bytes P[0..N) and hash H, or NULL. */
static inline const ww_strtab_entry_t *
ww_strtab_scan(const ww_strtab_t *t, size_t at, const char *p, size_t n, uint32_t h)
{
    for (;; at = (at + 1) & t->mask) {
        const ww_strtab_entry_t *e = &t->slots[at];
        if (e->text == NULL)
            return NULL;
        if (e->hash == h && e->len == n && memcmp(e->text, p, n) == 0)
            return e;
    }
}

/* An entry with the bytes P[0..N) whose hash is H, or NULL. */
static inline const ww_strtab_entry_t *
ww_strtab_find(const ww_strtab_t *t, const char *p, size_t n, uint32_t h)
{
    if (t->n == 0 || n > t->max_len)
        return NULL;
    return ww_strtab_scan(t, h & t->mask, p, n, h);
}

/* The next entry with the same bytes as E (found in T), or NULL. */
static inline const ww_strtab_entry_t *
ww_strtab_next(const ww_strtab_t *t, const ww_strtab_entry_t *e)
{
    return ww_strtab_scan(t, ((size_t)(e - t->slots) + 1) & t->mask, e->text, e->len, e->hash);
}

#endif
