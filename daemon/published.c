/* SPDX-License-Identifier: MIT
 *
 * published — see published.h. */
#include "published.h"

#include <stdio.h>
#include <string.h>

#include "ww_proto.h"

const double published_bounds[PUBLISHED_BUCKETS] = {
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 1e300,
};

static void
set_add(published_set_t *s, const char *name, size_t len)
{
    if (len >= PUBLISHED_LABEL_MAX)
        len = PUBLISHED_LABEL_MAX - 1;
    for (size_t i = 0; i < s->n; i++) {
        if (strlen(s->label[i].name) == len && memcmp(s->label[i].name, name, len) == 0) {
            s->label[i].count++;
            return;
        }
    }
    if (s->n == PUBLISHED_MAX_LABELS - 1) {
        name = "other", len = 5; /* the last slot collects the rest */
        s->label[s->n].count++;
        snprintf(s->label[s->n].name, PUBLISHED_LABEL_MAX, "%.*s", (int)len, name);
        return;
    }
    snprintf(s->label[s->n].name, PUBLISHED_LABEL_MAX, "%.*s", (int)len, name);
    s->label[s->n++].count = 1;
}

static const msgpack_object *
get(const msgpack_unpacked *u, const char *key)
{
    return u->data.type == MSGPACK_OBJECT_MAP ? ww_proto_get(&u->data, key) : NULL;
}

static void
count_latency(published_t *p, const msgpack_unpacked *u, int64_t now_ms)
{
    const msgpack_object *r = get(u, "received");
    if (r == NULL || r->type != MSGPACK_OBJECT_POSITIVE_INTEGER)
        return;
    double s = (double)(now_ms - (int64_t)r->via.u64) / 1000.0;
    if (s < 0)
        s = 0; /* clocks of two hosts */
    size_t b = 0;
    while (b + 1 < PUBLISHED_BUCKETS && s > published_bounds[b])
        b++;
    p->latency[b]++;
    p->latency_count++;
    p->latency_sum += s;
}

void
published_count(published_t *p, const char *topic, const char *event_type,
                const uint8_t *body, size_t len, int64_t now_ms)
{
    p->messages++;
    bool is_item = strncmp(topic, "item.", 5) == 0;
    bool is_dead = strcmp(topic, WW_TOPIC_DEAD) == 0;
    if (strncmp(topic, WW_TOPIC_UPDATE, strlen(WW_TOPIC_UPDATE)) == 0)
        p->updates++;
    if (!is_item && !is_dead)
        return;
    msgpack_unpacked u;
    ww_reject_t why;
    bool ok = ww_proto_unpack(body, len, &u, &why) == 0;
    if (is_item) {
        p->items++;
        p->exact += strcmp(topic, WW_TOPIC_EXACT) == 0;
        p->near += strcmp(topic, WW_TOPIC_NEAR) == 0;
        if (event_type != NULL)
            set_add(&p->events, event_type, strlen(event_type));
        if (ok)
            count_latency(p, &u, now_ms);
    } else {
        const msgpack_object *code = ok ? get(&u, "code") : NULL;
        if (code != NULL && code->type == MSGPACK_OBJECT_STR)
            set_add(&p->dead, code->via.str.ptr, code->via.str.size);
        else
            set_add(&p->dead, "unknown", 7);
    }
    msgpack_unpacked_destroy(&u);
}
