/* SPDX-License-Identifier: MIT
 *
 * instances — see instances.h. */
#include "instances.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define SCAN_COUNT 1000 /* keys per SCAN step */

static const redisReply *
hfield(const redisReply *h, const char *name)
{
    for (size_t i = 0; h != NULL && i + 1 < h->elements; i += 2)
        if (strcmp(h->element[i]->str, name) == 0)
            return h->element[i + 1];
    return NULL;
}

static json_int_t
hint(const redisReply *h, const char *name)
{
    const redisReply *v = hfield(h, name);
    return v != NULL && v->str != NULL ? (json_int_t)strtoll(v->str, NULL, 10) : 0;
}

static int
by_string(const void *a, const void *b)
{
    return strcmp(json_string_value(*(json_t *const *)a), json_string_value(*(json_t *const *)b));
}

/* A sorted JSON array of the tab-separated names in field NAME of hash H. */
static json_t *
members(const redisReply *h, const char *name)
{
    const redisReply *v = hfield(h, name);
    const char *p = v != NULL && v->str != NULL ? v->str : "";
    size_t cap = 1;
    for (const char *q = p; *q != '\0'; q++)
        cap += *q == '\t';
    json_t **all = ww_xcalloc(cap, sizeof *all);
    size_t n = 0;
    while (*p != '\0' && n < cap) {
        size_t len = strcspn(p, "\t");
        json_t *one = len > 0 ? json_stringn(p, len) : NULL; /* NULL: not UTF-8 */
        if (one != NULL)
            all[n++] = one;
        p += len + (p[len] == '\t');
    }
    qsort(all, n, sizeof *all, by_string);
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, all[i]);
    free(all);
    return a;
}

json_t *
instances_get(ww_redis_t *r, const ww_keys_t *keys, const char *id)
{
    const char *colon = strrchr(id, ':');
    if (colon == NULL)
        return NULL;
    redisReply *h = ww_redis_cmdf(r, "HGETALL %s%s", keys->events, id);
    if (h == NULL || h->type != REDIS_REPLY_ARRAY || h->elements == 0) {
        if (h != NULL)
            freeReplyObject(h);
        return NULL;
    }
    json_t *j = json_object();
    json_object_set_new(j, "id", json_string(id));
    json_object_set_new(j, "type", json_stringn(id, (size_t)(colon - id)));
    json_object_set_new(j, "date", json_string(colon + 1));
    json_object_set_new(j, "reports", json_integer(hint(h, "reports")));
    json_object_set_new(j, "outlets", members(h, "outlets"));
    json_object_set_new(j, "langs", members(h, "langs"));
    json_object_set_new(j, "first_seq", json_integer(hint(h, "first_seq")));
    json_object_set_new(j, "first_seen", json_integer(hint(h, "first_seen")));
    json_object_set_new(j, "last_seen", json_integer(hint(h, "last_seen")));
    freeReplyObject(h);
    return j;
}

int
instances_scan(ww_redis_t *r, const ww_keys_t *keys, const char *type, json_t *ids)
{
    char pattern[600], cursor[32] = "0";
    snprintf(pattern, sizeof pattern, "%s%s%s", keys->events, type[0] ? type : "*",
             type[0] ? ":*" : "");
    size_t plen = strlen(keys->events);
    do {
        redisReply *s = ww_redis_cmdf(r, "SCAN %s MATCH %s COUNT %d", cursor, pattern,
                                      SCAN_COUNT);
        if (s == NULL || s->type != REDIS_REPLY_ARRAY || s->elements != 2) {
            if (s != NULL)
                freeReplyObject(s);
            return -1;
        }
        snprintf(cursor, sizeof cursor, "%s", s->element[0]->str);
        const redisReply *found = s->element[1];
        for (size_t i = 0; i < found->elements; i++) {
            const char *rest = found->element[i]->str + plen;
            const char *colon = strchr(rest, ':');
            /* TYPE:DATE is an instance; skip any other key under the prefix */
            if (strlen(found->element[i]->str) > plen && colon != NULL &&
                strchr(colon + 1, ':') == NULL)
                json_array_append_new(ids, json_string(rest));
        }
        freeReplyObject(s);
    } while (strcmp(cursor, "0") != 0);
    return 0;
}
