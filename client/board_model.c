/* SPDX-License-Identifier: MIT
 *
 * board_model — see board_model.h. Instances live in three JSON objects keyed
 * by instance id (state, kept reports, fetched-in-full marks); items in a
 * ring of the newest BOARD_ITEMS, in the order they came. */
#include "board_model.h"

#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define RATE_WINDOW 10 /* seconds the items/s figure looks back */

struct board_model {
    json_t *states;      /* id -> instance */
    json_t *reports;     /* id -> [item] */
    json_t *fetched;     /* id -> true once its reports were fetched in full */
    uint64_t from;       /* the first seq the board saw */
    json_t *ring[BOARD_ITEMS];
    size_t next, n;      /* ring: where the next goes, how many */
    uint64_t items, exact, near;
    int64_t rate_sec[RATE_WINDOW];
    unsigned rate_n[RATE_WINDOW];
};

board_model_t *
board_model_new(void)
{
    board_model_t *self = ww_xcalloc(1, sizeof *self);
    self->states = json_object();
    self->reports = json_object();
    self->fetched = json_object();
    self->from = 1;
    return self;
}

static void
drop_items(board_model_t *self)
{
    for (size_t i = 0; i < BOARD_ITEMS; i++) {
        json_decref(self->ring[i]);
        self->ring[i] = NULL;
    }
    self->next = self->n = 0;
}

void
board_model_destroy(board_model_t **self_p)
{
    board_model_t *self = *self_p;
    if (self == NULL)
        return;
    drop_items(self);
    json_decref(self->states);
    json_decref(self->reports);
    json_decref(self->fetched);
    free(self);
    *self_p = NULL;
}

void
board_model_clear(board_model_t *self, uint64_t from)
{
    json_object_clear(self->states);
    json_object_clear(self->reports);
    json_object_clear(self->fetched);
    drop_items(self);
    self->items = self->exact = self->near = 0;
    memset(self->rate_n, 0, sizeof self->rate_n);
    self->from = from > 0 ? from : 1;
}

void
board_model_load(board_model_t *self, json_t *state)
{
    const char *id = json_string_value(json_object_get(state, "id"));
    if (id != NULL)
        json_object_set(self->states, id, state);
    json_decref(state);
}

static void
copy(json_t *to, const json_t *from, const char *key)
{
    json_t *v = json_object_get(from, key);
    json_object_set(to, key, v != NULL ? v : json_null());
}

json_t *
board_model_item(const json_t *msg)
{
    const json_t *dup = json_object_get(msg, "dup");
    if (!json_is_object(dup) || !json_is_string(json_object_get(msg, "id")))
        return NULL;
    json_t *item = json_object();
    static const char *const fields[] = { "seq",   "id",   "source",    "url",
                                          "title", "lang", "published", "processed" };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        copy(item, msg, fields[i]);
    json_t *d = json_object();
    static const char *const dup_fields[] = { "status", "of", "of_seq", "similarity", "also" };
    for (size_t i = 0; i < sizeof dup_fields / sizeof dup_fields[0]; i++)
        copy(d, dup, dup_fields[i]);
    json_object_set_new(item, "dup", d);
    const json_t *ev = json_object_get(msg, "event");
    json_t *e = json_null();
    if (json_is_object(ev)) {
        e = json_object();
        static const char *const event_fields[] = { "id", "type", "date", "reports" };
        for (size_t i = 0; i < sizeof event_fields / sizeof event_fields[0]; i++)
            copy(e, ev, event_fields[i]);
    }
    json_object_set_new(item, "event", e);
    return item;
}

const json_t *
board_model_find(const board_model_t *self, uint64_t seq)
{
    for (size_t k = 1; k <= self->n; k++) {
        const json_t *it = self->ring[(self->next + BOARD_ITEMS - k) % BOARD_ITEMS];
        if ((uint64_t)json_integer_value(json_object_get(it, "seq")) == seq)
            return it;
    }
    return NULL;
}

void
board_model_name_original(json_t *item, const json_t *original)
{
    static const char *const names[][2] = { { "of_title", "title" },
                                            { "of_url", "url" },
                                            { "of_source", "source" } };
    json_t *dup = json_object_get(item, "dup");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        json_t *v = json_object_get(original, names[i][1]);
        json_object_set(dup, names[i][0], v != NULL ? v : json_null());
    }
}

static void
count_live(board_model_t *self, int64_t now_ms)
{
    int64_t sec = now_ms / 1000;
    size_t i = (size_t)(sec % RATE_WINDOW);
    if (self->rate_sec[i] != sec)
        self->rate_sec[i] = sec, self->rate_n[i] = 0;
    self->rate_n[i]++;
}

void
board_model_add_item(board_model_t *self, json_t *item, bool live, int64_t now_ms)
{
    json_decref(self->ring[self->next]);
    self->ring[self->next] = json_incref(item);
    self->next = (self->next + 1) % BOARD_ITEMS;
    if (self->n < BOARD_ITEMS)
        self->n++;
    self->items++;
    const char *status = json_string_value(json_object_get(json_object_get(item, "dup"),
                                                           "status"));
    if (status != NULL && strcmp(status, "exact") == 0)
        self->exact++;
    else if (status != NULL && strcmp(status, "near") == 0)
        self->near++;
    if (live)
        count_live(self, now_ms);
    const char *id = json_string_value(json_object_get(json_object_get(item, "event"), "id"));
    if (id == NULL)
        return;
    json_t *list = json_object_get(self->reports, id);
    if (list == NULL) {
        list = json_array();
        json_object_set_new(self->reports, id, list);
    }
    if (json_array_size(list) >= BOARD_REPORTS)
        json_array_remove(list, 0);
    json_array_append(list, item);
}

const json_t *
board_model_update(board_model_t *self, const json_t *msg)
{
    const char *id = json_string_value(json_object_get(msg, "id"));
    if (id == NULL || !json_is_integer(json_object_get(msg, "reports")))
        return NULL;
    json_int_t reports = json_integer_value(json_object_get(msg, "reports"));
    const json_t *old = json_object_get(self->states, id);
    if (old != NULL && json_integer_value(json_object_get(old, "reports")) > reports)
        return NULL;
    json_t *state = json_object();
    static const char *const fields[] = { "id",        "type",      "date",    "reports",
                                          "outlets",   "langs",     "first_seq",
                                          "first_seen", "last_seen" };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        copy(state, msg, fields[i]);
    json_object_set_new(self->states, id, state);
    return state;
}

json_t *
board_model_stats(const board_model_t *self, int64_t now_ms)
{
    int64_t sec = now_ms / 1000;
    unsigned recent = 0;
    for (size_t i = 0; i < RATE_WINDOW; i++)
        if (self->rate_sec[i] > sec - RATE_WINDOW && self->rate_sec[i] <= sec)
            recent += self->rate_n[i];
    return json_pack("{s:I, s:I, s:I, s:f}", "items", (json_int_t)self->items, "exact",
                     (json_int_t)self->exact, "near", (json_int_t)self->near, "rate",
                     (double)recent / RATE_WINDOW);
}

json_t *
board_model_snapshot(const board_model_t *self, int64_t now_ms)
{
    json_t *instances = json_array(), *stream = json_array();
    const char *id;
    json_t *state;
    json_object_foreach(self->states, id, state)
        json_array_append(instances, state);
    size_t n = self->n < BOARD_STREAM ? self->n : BOARD_STREAM;
    for (size_t k = n; k >= 1; k--)
        json_array_append(stream, self->ring[(self->next + BOARD_ITEMS - k) % BOARD_ITEMS]);
    return json_pack("{s:o, s:o, s:o}", "instances", instances, "stream", stream, "stats",
                     board_model_stats(self, now_ms));
}

bool
board_model_complete(const board_model_t *self, const char *id)
{
    const json_t *state = json_object_get(self->states, id);
    if (state == NULL || json_is_true(json_object_get(self->fetched, id)))
        return true;
    return (uint64_t)json_integer_value(json_object_get(state, "first_seq")) >= self->from;
}

json_t *
board_model_detail(const board_model_t *self, const char *id)
{
    json_t *state = json_object_get(self->states, id);
    if (state == NULL)
        return NULL;
    json_t *reports = json_object_get(self->reports, id);
    return json_pack("{s:O, s:o, s:b}", "instance", state, "reports",
                     reports != NULL ? json_incref(reports) : json_array(), "complete",
                     board_model_complete(self, id));
}

void
board_model_set_reports(board_model_t *self, const char *id, json_t *items)
{
    /* what came after the fetch's range is already kept: add it after */
    json_t *kept = json_object_get(self->reports, id);
    json_int_t last = 0;
    if (json_array_size(items) > 0)
        last = json_integer_value(json_object_get(json_array_get(items, json_array_size(items) - 1),
                                                  "seq"));
    size_t i;
    json_t *it;
    json_array_foreach(kept, i, it)
        if (json_integer_value(json_object_get(it, "seq")) > last)
            json_array_append(items, it);
    while (json_array_size(items) > BOARD_REPORTS)
        json_array_remove(items, 0);
    json_object_set_new(self->reports, id, items);
    json_object_set_new(self->fetched, id, json_true());
}
