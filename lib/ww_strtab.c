/* SPDX-License-Identifier: MIT
 *
 * ww_strtab — see ww_strtab.h. */
#include "ww_strtab.h"

#include <stdlib.h>

#include "ww_alloc.h"

#define MIN_SLOTS 16

uint32_t
ww_strtab_hash(const void *p, size_t n)
{
    const uint8_t *b = p;
    uint32_t h = WW_STRTAB_SEED;
    for (size_t i = 0; i < n; i++)
        h = ww_strtab_hash_step(h, b[i]);
    return h;
}

/* Puts E into SLOTS (MASK + 1 of them, at most half full) after the entries already there. */
static void
place(ww_strtab_entry_t *slots, size_t mask, const ww_strtab_entry_t *e)
{
    size_t at = e->hash & mask;
    while (slots[at].text != NULL)
        at = (at + 1) & mask;
    slots[at] = *e;
}

void
ww_strtab_add(ww_strtab_t *t, const char *p, size_t n, uint32_t value)
{
    if (2 * (t->n + 1) > t->mask + 1 || t->slots == NULL) {
        size_t cap = t->slots == NULL ? MIN_SLOTS : 2 * (t->mask + 1);
        while (2 * (t->n + 1) > cap)
            cap *= 2;
        ww_strtab_entry_t *slots = ww_xcalloc(cap, sizeof *slots);
        for (size_t i = 0; t->slots != NULL && i <= t->mask; i++)
            if (t->slots[i].text != NULL)
                place(slots, cap - 1, &t->slots[i]);
        free(t->slots);
        t->slots = slots;
        t->mask = cap - 1;
    }
    ww_strtab_entry_t e = { p, ww_strtab_hash(p, n), (uint32_t)n, value };
    place(t->slots, t->mask, &e);
    t->n++;
    if (n > t->max_len)
        t->max_len = n;
}

uint32_t *
ww_strtab_value(ww_strtab_t *t, const char *p, size_t n)
{
    const ww_strtab_entry_t *e = ww_strtab_find(t, p, n, ww_strtab_hash(p, n));
    return e == NULL ? NULL : &t->slots[e - t->slots].value;
}

void
ww_strtab_free(ww_strtab_t *t)
{
    free(t->slots);
    *t = (ww_strtab_t)WW_STRTAB_INIT;
}
