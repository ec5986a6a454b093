/* SPDX-License-Identifier: MIT
 *
 * ww_buf — see ww_buf.h. */
#include "ww_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

void
ww_buf_reserve(ww_buf_t *b, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->ptr = ww_xrealloc(b->ptr, cap);
        b->cap = cap;
    }
    b->ptr[b->len] = '\0';
}

void
ww_buf_append(ww_buf_t *b, const void *p, size_t n)
{
    ww_buf_reserve(b, n);
    if (n > 0)
        memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void
ww_buf_putc(ww_buf_t *b, char c)
{
    ww_buf_append(b, &c, 1);
}

void
ww_buf_puts(ww_buf_t *b, const char *s)
{
    ww_buf_append(b, s, strlen(s));
}

void
ww_buf_printf(ww_buf_t *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    ww_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void
ww_buf_reset(ww_buf_t *b)
{
    b->len = 0;
    if (b->ptr != NULL)
        b->ptr[0] = '\0';
}

void
ww_buf_free(ww_buf_t *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

char *
ww_buf_steal(ww_buf_t *b, size_t *len)
{
    if (b->ptr == NULL)
        ww_buf_reserve(b, 0);
    char *p = b->ptr;
    if (len != NULL)
        *len = b->len;
    b->ptr = NULL;
    b->len = b->cap = 0;
    return p;
}

int
ww_buf_msgpack_write(void *data, const char *p, size_t n)
{
    ww_buf_append(data, p, n);
    return 0;
}
