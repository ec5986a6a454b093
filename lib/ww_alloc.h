/* SPDX-License-Identifier: MIT
 *
 * ww_alloc — allocation that never returns NULL. Out of memory prints the
 * requested size and aborts (the redis zmalloc policy): systemd restarts the
 * process and the Redis consumer group redelivers what was in flight, so no
 * caller needs an allocation-failure path. */
#ifndef WW_ALLOC_H
#define WW_ALLOC_H

#include <stddef.h>

void *ww_xmalloc(size_t size);
void *ww_xcalloc(size_t n, size_t size);
void *ww_xrealloc(void *p, size_t size);
char *ww_xstrdup(const char *s);
/* Copies LEN bytes of P and adds a NUL. Caller frees. */
char *ww_xstrndup(const char *p, size_t len);

#endif
