/* SPDX-License-Identifier: MIT
 *
 * ww_alloc — see ww_alloc.h for the policy. */
#include "ww_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
oom(size_t size)
{
    fprintf(stderr, "out of memory allocating %zu bytes\n", size);
    abort();
}

void *
ww_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (p == NULL)
        oom(size);
    return p;
}

void *
ww_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (p == NULL)
        oom(n * size);
    return p;
}

void *
ww_xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (q == NULL)
        oom(size);
    return q;
}

char *
ww_xstrndup(const char *p, size_t len)
{
    char *s = ww_xmalloc(len + 1);
    memcpy(s, p, len);
    s[len] = '\0';
    return s;
}

char *
ww_xstrdup(const char *s)
{
    return ww_xstrndup(s, strlen(s));
}
