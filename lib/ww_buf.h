/* SPDX-License-Identifier: MIT
 *
 * ww_buf — a growable byte buffer (ptr, len, cap). Always NUL-terminated
 * past len so that text built in it can be printed, but len is the truth:
 * the bytes may contain NULs. Growth aborts on out of memory (ww_alloc.h). */
#ifndef WW_BUF_H
#define WW_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *ptr;  /* owned; NULL until the first append */
    size_t len; /* bytes in use */
    size_t cap; /* bytes allocated */
} ww_buf_t;

#define WW_BUF_INIT { NULL, 0, 0 }

/* Makes room for N more bytes. */
void ww_buf_reserve(ww_buf_t *b, size_t n);
void ww_buf_append(ww_buf_t *b, const void *p, size_t n);
void ww_buf_putc(ww_buf_t *b, char c);
void ww_buf_puts(ww_buf_t *b, const char *s);
void ww_buf_printf(ww_buf_t *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Empties the buffer, keeping its memory. */
void ww_buf_reset(ww_buf_t *b);
/* Frees the memory; the buffer is WW_BUF_INIT afterwards. */
void ww_buf_free(ww_buf_t *b);
/* Hands the bytes to the caller (who frees them) and resets the buffer. */
char *ww_buf_steal(ww_buf_t *b, size_t *len);

/* msgpack_packer write callback: DATA is a ww_buf_t *. Returns 0. */
int ww_buf_msgpack_write(void *data, const char *p, size_t n);

#endif
