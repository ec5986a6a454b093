/* SPDX-License-Identifier: MIT
 *
 * events — the event instances Redis holds, for an analyst:
 *   wirewatch events [--type T] [--since DATE] [--json]
 *       every instance (SCAN P{w}:e:*): id, date, reports, outlets, languages,
 *       first and last seen, oldest date first
 *   wirewatch events show ID [--json]
 *       one instance, with the seqs of its reports (a copy of a report counts
 *       in its root's instance and is a report too; the copies are also
 *       listed with their status), which `wirewatch tail --from SEQ` fetches
 * Speaks: SCAN MATCH P{w}:e:<type>:*, HGETALL P{w}:e:<id> (reports, first_seq,
 * first_seen, last_seen, outlets and langs tab-separated), and XRANGE
 * P{w}:out from first_seq: the output stream's item entries (k item, st, et,
 * eid: the instance the commit counted the item in; older entries without
 * it: m's event id) are where the seqs come from, so `show` finds those still kept there
 * (output-maxlen); the instance keys hold no list of seqs. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "instances.h"
#include "ww_alloc.h"
#include "ww_keys.h"
#include "ww_proto.h"
#include "ww_time.h"

#define XRANGE_PAGE 1000 /* output entries per XRANGE while looking for reports */

typedef struct {
    ww_redis_t *r;
    ww_keys_t keys;
    bool as_json;
} events_t;

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch events [-c FILE] [--type T] [--since YYYY-MM-DD] [--json]\n"
                 "       wirewatch events show [-c FILE] [--json] ID\n"
                 "  Lists the event instances Redis holds (within event-retention): id,\n"
                 "  date, reports, outlets, languages, first and last seen. show prints one,\n"
                 "  ID = TYPE:DATE, with the seqs of its reports (and which are copies),\n"
                 "  as long as the output stream keeps them (output-maxlen).\n");
}

static const redisReply *
hfield(const redisReply *h, const char *name)
{
    for (size_t i = 0; h != NULL && i + 1 < h->elements; i += 2)
        if (strcmp(h->element[i]->str, name) == 0)
            return h->element[i + 1];
    return NULL;
}

static json_t *
time_of(json_int_t ms)
{
    char t[32];
    ww_time_format_rfc3339((int64_t)ms, t);
    return json_string(t);
}

/* The instance ID as printed: its times in RFC 3339. NULL when Redis has no
 * such key. */
static json_t *
instance(events_t *e, const char *id)
{
    json_t *j = instances_get(e->r, &e->keys, id);
    static const char *const times[] = { "first_seen", "last_seen" };
    for (size_t i = 0; j != NULL && i < sizeof times / sizeof times[0]; i++)
        json_object_set_new(j, times[i],
                            time_of(json_integer_value(json_object_get(j, times[i]))));
    return j;
}

static int
by_date_then_id(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    int c = strcmp(json_string_value(json_object_get(x, "date")),
                   json_string_value(json_object_get(y, "date")));
    return c != 0 ? c : strcmp(json_string_value(json_object_get(x, "id")),
                               json_string_value(json_object_get(y, "id")));
}

static void
join(char *out, size_t len, json_t *a)
{
    out[0] = '\0';
    size_t used = 0;
    for (size_t i = 0; i < json_array_size(a) && used < len; i++)
        used += (size_t)snprintf(out + used, len - used, "%s%s", i ? "," : "",
                                 json_string_value(json_array_get(a, i)));
}

static void
print_instance(const events_t *e, json_t *j)
{
    if (e->as_json) {
        char *s = json_dump_line(j);
        puts(s);
        free(s);
        return;
    }
    char outlets[1024], langs[256];
    join(outlets, sizeof outlets, json_object_get(j, "outlets"));
    join(langs, sizeof langs, json_object_get(j, "langs"));
    printf("%-40s %7lld %7zu  %-12s %-24s %-24s %s\n", json_string_value(json_object_get(j, "id")),
           (long long)json_integer_value(json_object_get(j, "reports")),
           json_array_size(json_object_get(j, "outlets")), langs,
           json_string_value(json_object_get(j, "first_seen")),
           json_string_value(json_object_get(j, "last_seen")), outlets);
}

static int
list(events_t *e, const char *type, const char *since)
{
    json_t *ids = json_array();
    if (instances_scan(e->r, &e->keys, type, ids) == -1) {
        fprintf(stderr, "wirewatch events: SCAN failed: %s\n", ww_redis_errstr(e->r));
        json_decref(ids);
        return 1;
    }
    size_t n = 0;
    json_t **all = ww_xcalloc(json_array_size(ids) + 1, sizeof *all);
    for (size_t i = 0; i < json_array_size(ids); i++) {
        json_t *j = instance(e, json_string_value(json_array_get(ids, i)));
        if (j == NULL)
            continue; /* expired between SCAN and HGETALL */
        if (since != NULL && strcmp(json_string_value(json_object_get(j, "date")), since) < 0)
            json_decref(j);
        else
            all[n++] = j;
    }
    qsort(all, n, sizeof *all, by_date_then_id);
    if (!e->as_json && n > 0)
        printf("%-40s %7s %7s  %-12s %-24s %-24s %s\n", "id", "reports", "outlets", "langs",
               "first seen", "last seen", "outlets");
    for (size_t i = 0; i < n; i++) {
        print_instance(e, all[i]);
        json_decref(all[i]);
    }
    free(all);
    json_decref(ids);
    return 0;
}

/* Whether the item message M reports the event instance ID. */
static bool
item_reports(const redisReply *m, const char *id)
{
    msgpack_unpacked u;
    ww_reject_t why;
    bool hit = false;
    if (ww_proto_unpack((const uint8_t *)m->str, m->len, &u, &why) == 0) {
        const msgpack_object *ev = ww_proto_get(&u.data, "event");
        const msgpack_object *eid = ev != NULL && ev->type == MSGPACK_OBJECT_MAP
                                        ? ww_proto_get(ev, "id")
                                        : NULL;
        hit = eid != NULL && eid->type == MSGPACK_OBJECT_STR && eid->via.str.size == strlen(id) &&
              memcmp(eid->via.str.ptr, id, eid->via.str.size) == 0;
    }
    msgpack_unpacked_destroy(&u);
    return hit;
}

/* Fills REPORTS and COPIES with the seqs of the items of instance J found in
 * the output stream from its first_seq on, up to its report count. Returns
 * the oldest seq the stream still keeps. */
static json_int_t
find_seqs(events_t *e, json_t *j, json_t *reports, json_t *copies)
{
    const char *id = json_string_value(json_object_get(j, "id"));
    const char *type = json_string_value(json_object_get(j, "type"));
    json_int_t want = json_integer_value(json_object_get(j, "reports"));
    json_int_t first = json_integer_value(json_object_get(j, "first_seq"));
    json_int_t oldest = 0;
    char from[48];
    snprintf(from, sizeof from, "%lld-0", (long long)first);
    for (;;) {
        redisReply *r = ww_redis_cmdf(e->r, "XRANGE %s %s + COUNT %d", e->keys.out, from,
                                      XRANGE_PAGE);
        if (r == NULL || r->type != REDIS_REPLY_ARRAY || r->elements == 0) {
            if (r != NULL)
                freeReplyObject(r);
            return oldest;
        }
        if (oldest == 0)
            oldest = strtoll(r->element[0]->element[0]->str, NULL, 10);
        for (size_t i = 0; i < r->elements; i++) {
            const redisReply *f = r->element[i]->element[1];
            const redisReply *k = hfield(f, "k"), *et = hfield(f, "et"), *st = hfield(f, "st");
            const redisReply *m = hfield(f, "m"), *eid = hfield(f, "eid");
            if (k == NULL || strcmp(k->str, "item") != 0 || et == NULL || m == NULL ||
                strcmp(et->str, type) != 0 ||
                !(eid != NULL ? strcmp(eid->str, id) == 0 : item_reports(m, id)))
                continue;
            json_int_t seq = strtoll(r->element[i]->element[0]->str, NULL, 10);
            json_array_append_new(reports, json_integer(seq));
            if (st != NULL && strcmp(st->str, "new") != 0)
                json_array_append_new(copies, json_pack("{s:I, s:s}", "seq", seq, "status",
                                                        st->str));
        }
        bool last_page = r->elements < XRANGE_PAGE;
        snprintf(from, sizeof from, "(%s", r->element[r->elements - 1]->element[0]->str);
        freeReplyObject(r);
        if (last_page || (json_int_t)json_array_size(reports) >= want)
            return oldest;
    }
}

static int
show(events_t *e, const char *id)
{
    json_t *j = instance(e, id);
    if (j == NULL) {
        fprintf(stderr, "wirewatch events: no event instance \"%s\" (ids are TYPE:DATE; "
                        "`wirewatch events` lists them)\n", id);
        return 1;
    }
    json_t *reports = json_array(), *copies = json_array();
    json_int_t oldest = find_seqs(e, j, reports, copies);
    json_int_t first = json_integer_value(json_object_get(j, "first_seq"));
    json_object_set_new(j, "report_seqs", reports);
    json_object_set_new(j, "copies", copies);
    if (oldest > first)
        json_object_set_new(j, "kept_from", json_integer(oldest));
    if (e->as_json) {
        print_instance(e, j);
    } else {
        char outlets[1024], langs[256];
        join(outlets, sizeof outlets, json_object_get(j, "outlets"));
        join(langs, sizeof langs, json_object_get(j, "langs"));
        printf("id          %s\nreports     %lld\noutlets     %s\nlanguages   %s\n"
               "first seen  %s (seq %lld)\nlast seen   %s\nreport seqs",
               id, (long long)json_integer_value(json_object_get(j, "reports")), outlets, langs,
               json_string_value(json_object_get(j, "first_seen")), (long long)first,
               json_string_value(json_object_get(j, "last_seen")));
        for (size_t i = 0; i < json_array_size(reports); i++)
            printf(" %lld", (long long)json_integer_value(json_array_get(reports, i)));
        printf("\ncopies     ");
        for (size_t i = 0; i < json_array_size(copies); i++) {
            json_t *c = json_array_get(copies, i);
            printf(" %lld (%s)", (long long)json_integer_value(json_object_get(c, "seq")),
                   json_string_value(json_object_get(c, "status")));
        }
        printf("\n");
        if (oldest > first)
            printf("(seqs before %lld are no longer kept: output-maxlen)\n", (long long)oldest);
    }
    json_decref(j);
    return 0;
}

static bool
is_date(const char *s)
{
    int y, m, d;
    char end;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3;
}

int
cli_events(int argc, char **argv)
{
    static const struct option longs[] = {
        { "config", required_argument, NULL, 'c' }, { "type", required_argument, NULL, 't' },
        { "since", required_argument, NULL, 's' },  { "json", no_argument, NULL, 'j' },
        { "help", no_argument, NULL, 'h' },         { NULL, 0, NULL, 0 },
    };
    const char *config = NULL, *type = "", *since = NULL;
    events_t e = { 0 };
    int c;
    while ((c = getopt_long(argc, argv, "c:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 't': type = optarg; break;
        case 's': since = optarg; break;
        case 'j': e.as_json = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    bool is_show = optind < argc && strcmp(argv[optind], "show") == 0;
    if ((is_show && optind + 2 != argc) || (!is_show && optind != argc) ||
        (since != NULL && !is_date(since)) || strpbrk(type, "*?[]\\:") != NULL) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ww_conf_t conf;
    if (cli_load_conf(&conf, config) == -1)
        return EXIT_CONFIG;
    ww_keys_init(&e.keys, conf.key_prefix);
    e.r = cli_redis(&conf, "events");
    int rc = 1;
    if (e.r != NULL)
        rc = is_show ? show(&e, argv[optind + 1]) : list(&e, type, since);
    ww_redis_destroy(&e.r);
    ww_conf_free(&conf);
    return rc;
}
