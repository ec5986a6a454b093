/* SPDX-License-Identifier: MIT
 *
 * catalog_lex — the lexical layer of the catalog's text format
 * (docs/CATALOG.md): a line into arguments, bare or "quoted" (with \" and
 * \\ as the only escapes; '#' outside quotes starts a comment), and the
 * checks of one argument: names, language tags, dates and periods. Also
 * the parser's error message and its growth rule for arrays.
 *
 * Invariant: after catalog_lex_split, ps->args[0..n_args) point into
 * ps->scratch, NUL-terminated, until the next split. Knows nothing of
 * keywords or sections. */
#include "catalog_parse_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ww_alloc.h"

#define NAME_MAX_LEN 63

void *
catalog_grow(void *v, size_t n, size_t size)
{
    if ((n & (n - 1)) != 0 && n >= 8)
        return v;               /* capacity is the next power of two, at least 8 */
    size_t cap = n < 8 ? 8 : n * 2;
    return ww_xrealloc(v, cap * size);
}

int
catalog_fail(parser_t *ps, size_t line, const char *fmt, ...)
{
    char why[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    if (ps->errlen > 0)
        snprintf(ps->err, ps->errlen, "%s:%zu: %s", ps->name, line, why);
    return -1;
}

/* ------------------------------------------------------------------ */
/* Lines                                                               */
/* ------------------------------------------------------------------ */

static void
push_arg(parser_t *ps, size_t off)
{
    if (ps->n_args == ps->cap_args) {
        ps->cap_args = ps->cap_args ? ps->cap_args * 2 : 16;
        ps->args = ww_xrealloc(ps->args, ps->cap_args * sizeof *ps->args);
    }
    ps->args[ps->n_args].p = NULL;          /* set when the line is done: scratch may move */
    ps->args[ps->n_args].off = off;
    ps->args[ps->n_args].len = ps->scratch.len - off;
    ps->n_args++;
    ww_buf_putc(&ps->scratch, '\0');
}

int
catalog_lex_split(parser_t *ps, const char *line, size_t len)
{
    ww_buf_reset(&ps->scratch);
    ps->n_args = 0;
    size_t i = 0;
    while (i < len) {
        char c = line[i];
        if (c == ' ' || c == '\t' || c == '\r') {
            i++;
            continue;
        }
        if (c == '#')
            break;
        size_t off = ps->scratch.len;
        if (c == '"') {
            for (i++;; i++) {
                if (i >= len)
                    return catalog_fail(ps, ps->line, "unbalanced quotes");
                if (line[i] == '"')
                    break;
                if (line[i] == '\\' && i + 1 < len && (line[i + 1] == '"' || line[i + 1] == '\\'))
                    i++;
                ww_buf_putc(&ps->scratch, line[i]);
            }
            i++;
            if (i < len && line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '#')
                return catalog_fail(ps, ps->line, "text right after a closing quote");
        } else {
            for (; i < len && line[i] != ' ' && line[i] != '\t' && line[i] != '\r' &&
                   line[i] != '#';
                 i++) {
                if (line[i] == '"')
                    return catalog_fail(ps, ps->line, "quote inside a word: quote the whole term");
                ww_buf_putc(&ps->scratch, line[i]);
            }
        }
        push_arg(ps, off);
    }
    for (size_t k = 0; k < ps->n_args; k++)
        ps->args[k].p = ps->scratch.ptr + ps->args[k].off;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Arguments                                                           */
/* ------------------------------------------------------------------ */

bool
catalog_lex_is_name(const char *s, size_t len)
{
    if (len == 0 || len > NAME_MAX_LEN || !(s[0] >= 'a' && s[0] <= 'z'))
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return false;
    return true;
}

/* Two or three lowercase letters, optionally a subtag. */
bool
catalog_lex_is_lang(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] >= 'a' && s[i] <= 'z')
        i++;
    if (i < 2 || i > 3)
        return false;
    if (i == len)
        return true;
    if (s[i] != '-' || len - i - 1 < 2 || len - i - 1 > 8)
        return false;
    for (i++; i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
            return false;
    return true;
}

/* A period's end: "YYYY-MM-DD", or "-" for open (OPEN is the value then). */
static int
parse_day(parser_t *ps, const arg_t *a, int32_t open, int32_t *day)
{
    if (a->len == 1 && a->p[0] == '-') {
        *day = open;
        return 0;
    }
    if (!dates_parse_iso(a->p, a->len, day))
        return catalog_fail(ps, ps->line, "bad date \"%s\" (want YYYY-MM-DD or -)", a->p);
    return 0;
}

int
catalog_lex_period(parser_t *ps, const arg_t *from, const arg_t *to, int32_t *a, int32_t *b)
{
    if (parse_day(ps, from, INT32_MIN, a) == -1 || parse_day(ps, to, INT32_MAX, b) == -1)
        return -1;
    if (*a > *b)
        return catalog_fail(ps, ps->line, "period ends (%s) before it starts (%s)", to->p,
                            from->p);
    return 0;
}
