/* SPDX-License-Identifier: MIT
 *
 * output — see output.h. */
#include "output.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

json_t *
output_parse_lines(const ww_buf_t *out)
{
    json_t *arr = json_array();
    const char *p = out->ptr ? out->ptr : "";
    const char *end = p + out->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (len > 0) {
            json_error_t err;
            json_t *j = json_loadb(p, len, 0, &err);
            if (j != NULL)
                json_array_append_new(arr, j);
            else
                fprintf(stderr, "unparsable tail line: %.*s\n", (int)(len > 200 ? 200 : len), p);
        }
        p += len + 1;
    }
    return arr;
}

json_t *
output_find(json_t *lines, const char *field, const char *value)
{
    size_t i;
    json_t *line;
    json_array_foreach(lines, i, line) {
        const char *v = json_string_value(json_object_get(line, field));
        if (v != NULL && strcmp(v, value) == 0)
            return line;
    }
    return NULL;
}

const char *
output_dup_status(json_t *line)
{
    const char *s = json_string_value(json_object_get(json_object_get(line, "dup"), "status"));
    return s ? s : "";
}

const char *
output_dup_of(json_t *line)
{
    const char *s = json_string_value(json_object_get(json_object_get(line, "dup"), "of"));
    return s ? s : "";
}

json_t *
output_tail(harness_t *h, long from, long n, const char *topic)
{
    char f[32], c[32];
    snprintf(f, sizeof f, "%ld", from);
    snprintf(c, sizeof c, "%ld", n);
    ww_buf_t out = WW_BUF_INIT;
    harness_client(h, &out, "tail", "--from", f, "--count", c, "--timeout", "10", "--topic",
                   topic ? topic : "", NULL);
    json_t *lines = output_parse_lines(&out);
    ww_buf_free(&out);
    return lines;
}

const char *
output_write_lines(harness_t *h, const char *name, json_t *lines)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", h->dir, name);
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "cannot write %s\n", path);
        abort();
    }
    size_t i;
    json_t *l;
    json_array_foreach(lines, i, l) {
        char *s = json_dumps(l, JSON_COMPACT);
        fprintf(f, "%s\n", s);
        free(s);
    }
    fclose(f);
    return path;
}

int
output_feed(harness_t *h, const char *name, json_t *lines)
{
    return harness_client(h, NULL, "feed", output_write_lines(h, name, lines), NULL);
}
