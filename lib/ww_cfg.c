/* SPDX-License-Identifier: MIT
 *
 * ww_cfg — see ww_cfg.h. Values are parsed by type through one table of
 * parsers; a line never changes the struct unless it is valid as a whole. */
#include "ww_cfg.h"

#include <ctype.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ww_alloc.h"

#define LINE_MAX_BYTES 4096

typedef struct {
    const char *suffix;
    long long factor;
} unit_t;

static const unit_t size_units[] = {
    { "", 1 }, { "b", 1 }, { "k", 1000 }, { "kb", 1024 }, { "m", 1000000 },
    { "mb", 1024 * 1024 }, { "g", 1000000000 }, { "gb", 1024LL * 1024 * 1024 },
};
static const unit_t duration_units[] = {
    { "", 1000 }, { "ms", 1 }, { "s", 1000 }, { "m", 60000 }, { "h", 3600000 },
    { "d", 86400000 },
};

static int
parse_number(const char *v, const unit_t *units, size_t n_units, long long *out)
{
    errno = 0;
    char *end;
    long long x = strtoll(v, &end, 10);
    if (end == v || errno != 0)
        return -1;
    for (size_t i = 0; i < n_units; i++) {
        if (strcasecmp(end, units[i].suffix) == 0) {
            if (x != 0 && (x > INT64_MAX / units[i].factor || x < INT64_MIN / units[i].factor))
                return -1;
            *out = x * units[i].factor;
            return 0;
        }
    }
    return -1;
}

static int
parse_value(const ww_opt_t *o, const char *v, void *conf, char *err, size_t errlen)
{
    char *field = (char *)conf + o->offset;
    long long x = 0;
    int rc = 0;
    switch (o->type) {
    case WW_OPT_STR:
        free(*(char **)field);
        *(char **)field = ww_xstrdup(v);
        return 0;
    case WW_OPT_BOOL:
        if (strcasecmp(v, "yes") == 0 || strcmp(v, "1") == 0)
            *(int *)field = 1;
        else if (strcasecmp(v, "no") == 0 || strcmp(v, "0") == 0)
            *(int *)field = 0;
        else {
            snprintf(err, errlen, "%s: \"%s\" is not yes or no", o->name, v);
            return -1;
        }
        return 0;
    case WW_OPT_RATIO: {
        char *end;
        double r = strtod(v, &end);
        if (end == v || *end != '\0' || r < 0.0 || r > 1.0) {
            snprintf(err, errlen, "%s: \"%s\" is not a number between 0 and 1", o->name, v);
            return -1;
        }
        *(double *)(void *)field = r;
        return 0;
    }
    case WW_OPT_INT:
        rc = parse_number(v, size_units, 1, &x);
        break;
    case WW_OPT_SIZE:
        rc = parse_number(v, size_units, sizeof size_units / sizeof size_units[0], &x);
        break;
    case WW_OPT_DURATION:
        rc = parse_number(v, duration_units, sizeof duration_units / sizeof duration_units[0], &x);
        break;
    }
    if (rc == -1) {
        static const char *const what[] = { "", "a number", "a size (e.g. 64kb, 1mb)",
                                            "a duration (e.g. 500ms, 15s, 7d)", "", "" };
        snprintf(err, errlen, "%s: \"%s\" is not %s", o->name, v, what[o->type]);
        return -1;
    }
    if (o->min != o->max && (x < o->min || x > o->max)) {
        snprintf(err, errlen, "%s: %s is out of range [%lld, %lld]", o->name, v, o->min, o->max);
        return -1;
    }
    *(long long *)field = x;
    return 0;
}

static const ww_opt_t *
find_opt(const ww_opt_t *opts, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(opts[i].name, name) == 0)
            return &opts[i];
    return NULL;
}

void
ww_cfg_defaults(const ww_opt_t *opts, size_t n, void *conf)
{
    char err[256];
    for (size_t i = 0; i < n; i++)
        if (parse_value(&opts[i], opts[i].def, conf, err, sizeof err) == -1)
            abort(); /* a default that does not parse is a programming error */
}

/* Splits LINE into key and value in place; strips a quoted value's quotes. */
static int
split_line(char *line, char **key, char **value, char *err, size_t errlen)
{
    char *p = line;
    while (isspace((unsigned char)*p))
        p++;
    *key = p;
    if (*p == '\0' || *p == '#')
        return 1;
    while (*p != '\0' && !isspace((unsigned char)*p))
        p++;
    if (*p != '\0')
        *p++ = '\0';
    while (isspace((unsigned char)*p))
        p++;
    char *end = p + strlen(p);
    while (end > p && isspace((unsigned char)end[-1]))
        *--end = '\0';
    if (*p == '"') {
        if (end - p < 2 || end[-1] != '"') {
            snprintf(err, errlen, "%s: unbalanced quotes", *key);
            return -1;
        }
        end[-1] = '\0';
        p++;
    } else if (*p == '\0') {
        snprintf(err, errlen, "%s: missing value", *key);
        return -1;
    }
    *value = p;
    return 0;
}

/* Copies V into OUT with every ${NAME} replaced by the environment
 * variable NAME, and ${NAME:-WORD} by WORD when NAME is unset or empty (as
 * the shell does). A `$` not followed by `{` is kept. Returns 0, or -1 with
 * ERR set: an unset NAME without a default, a ${ without }, a bad name, or a
 * result longer than OUTLEN. */
static int
expand_env(const char *key, const char *v, char *out, size_t outlen, char *err, size_t errlen)
{
    size_t o = 0;
    while (*v != '\0') {
        const char *piece = v;
        size_t len = 1;
        char name[128];
        if (v[0] == '$' && v[1] == '{') {
            const char *close = strchr(v + 2, '}');
            size_t nlen = strspn(v + 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                        "0123456789_");
            if (close == NULL || nlen == 0 || nlen >= sizeof name ||
                (v[2 + nlen] != '}' && strncmp(v + 2 + nlen, ":-", 2) != 0)) {
                snprintf(err, errlen, "%s: bad variable reference \"%.40s\" (${NAME} or "
                         "${NAME:-DEFAULT})", key, v);
                return -1;
            }
            memcpy(name, v + 2, nlen);
            name[nlen] = '\0';
            const char *val = getenv(name);
            if (val != NULL && val[0] != '\0') {
                piece = val, len = strlen(val);
            } else if (v[2 + nlen] == ':') {
                piece = v + 2 + nlen + 2, len = (size_t)(close - piece);
            } else {
                snprintf(err, errlen, "%s: ${%s} is not set in the environment", key, name);
                return -1;
            }
            v = close + 1;
        } else {
            v++;
        }
        if (o + len >= outlen) {
            snprintf(err, errlen, "%s: value too long once expanded", key);
            return -1;
        }
        memcpy(out + o, piece, len);
        o += len;
    }
    out[o] = '\0';
    return 0;
}

int
ww_cfg_parse_line(const ww_opt_t *opts, size_t n, void *conf, const char *line, char *err,
                  size_t errlen)
{
    char copy[LINE_MAX_BYTES];
    if (strlen(line) >= sizeof copy) {
        snprintf(err, errlen, "line too long");
        return -1;
    }
    strcpy(copy, line);
    char *key = NULL, *value = NULL;
    int rc = split_line(copy, &key, &value, err, errlen);
    if (rc != 0)
        return rc == 1 ? 0 : -1;
    const ww_opt_t *o = find_opt(opts, n, key);
    if (o == NULL) {
        snprintf(err, errlen, "unknown directive \"%s\"", key);
        return -1;
    }
    char expanded[LINE_MAX_BYTES];
    if (expand_env(key, value, expanded, sizeof expanded, err, errlen) == -1)
        return -1;
    return parse_value(o, expanded, conf, err, errlen);
}

int
ww_cfg_load(const ww_opt_t *opts, size_t n, void *conf, const char *path, char *err,
            size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    char line[LINE_MAX_BYTES];
    char why[256];
    int lineno = 0;
    int rc = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (ww_cfg_parse_line(opts, n, conf, line, why, sizeof why) == -1) {
            snprintf(err, errlen, "%s:%d: %s", path, lineno, why);
            rc = -1;
            break;
        }
    }
    fclose(f);
    return rc;
}

/* Prints X the way the file takes it: in the largest unit with a suffix that
 * divides it (7d, 30s, 250ms; sizes in the binary units: 1mb, 64kb, 1500b). */
static void
print_in_units(FILE *out, long long x, const unit_t *units, size_t n_units, bool binary)
{
    const unit_t *best = NULL;
    for (size_t i = 0; i < n_units; i++) {
        bool decimal = units[i].factor % 1000 == 0;
        if (units[i].suffix[0] == '\0' || (binary && decimal) || x % units[i].factor != 0)
            continue;
        if (best == NULL || units[i].factor > best->factor)
            best = &units[i];
    }
    fprintf(out, "%lld%s", best ? x / best->factor : x, best ? best->suffix : "");
}

static void
print_value(const ww_opt_t *o, const void *conf, FILE *out)
{
    const char *field = (const char *)conf + o->offset;
    long long x = o->type == WW_OPT_STR || o->type == WW_OPT_BOOL || o->type == WW_OPT_RATIO
                      ? 0
                      : *(const long long *)field;
    switch (o->type) {
    case WW_OPT_STR:
        fprintf(out, "\"%s\"", *(char *const *)field);
        break;
    case WW_OPT_BOOL:
        fputs(*(const int *)field ? "yes" : "no", out);
        break;
    case WW_OPT_INT:
        fprintf(out, "%lld", x);
        break;
    case WW_OPT_SIZE:
        print_in_units(out, x, size_units, sizeof size_units / sizeof size_units[0], true);
        break;
    case WW_OPT_DURATION:
        print_in_units(out, x, duration_units, sizeof duration_units / sizeof duration_units[0],
                       false);
        break;
    case WW_OPT_RATIO:
        fprintf(out, "%g", *(const double *)(const void *)field);
        break;
    }
}

void
ww_cfg_dump(const ww_opt_t *opts, size_t n, const void *conf, FILE *out)
{
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%s ", opts[i].name);
        print_value(&opts[i], conf, out);
        fputc('\n', out);
    }
}

void
ww_cfg_help(const ww_opt_t *opts, size_t n, FILE *out)
{
    for (size_t i = 0; i < n; i++)
        fprintf(out, "  %-22s %-16s %s\n", opts[i].name, opts[i].def, opts[i].help);
}

void
ww_cfg_free(const ww_opt_t *opts, size_t n, void *conf)
{
    for (size_t i = 0; i < n; i++) {
        if (opts[i].type == WW_OPT_STR) {
            char **field = (char **)((char *)conf + opts[i].offset);
            free(*field);
            *field = NULL;
        }
    }
}
