/* SPDX-License-Identifier: MIT
 *
 * dlq — `wirewatch dlq [-c FILE] [--count N]`: prints the newest N dead
 * letters (XREVRANGE P{w}:dlq + - COUNT N) as JSON Lines, oldest first:
 * seq, code, reason, origin and the first bytes of the raw input. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ww_keys.h"
#include "ww_redis.h"

#define RAW_SHOWN 200

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch dlq [-c FILE] [--count N]\n"
                 "  Prints the newest N (default 20) dead letters as JSON Lines.\n");
}

static void
print_entry(const redisReply *e)
{
    if (e->type != REDIS_REPLY_ARRAY || e->elements != 2)
        return;
    json_t *j = json_object();
    json_object_set_new(j, "id", json_string(e->element[0]->str));
    const redisReply *f = e->element[1];
    for (size_t i = 0; i + 1 < f->elements; i += 2) {
        const redisReply *v = f->element[i + 1];
        size_t n = strcmp(f->element[i]->str, "raw") == 0 && v->len > RAW_SHOWN ? RAW_SHOWN
                                                                                 : v->len;
        json_t *s = json_stringn(v->str, n);
        if (s == NULL) {
            msgpack_object o = { .type = MSGPACK_OBJECT_BIN };
            o.via.bin.ptr = v->str;
            o.via.bin.size = (uint32_t)n;
            s = json_from_msgpack(&o);
        }
        json_object_set_new(j, f->element[i]->str, s);
    }
    char *s = json_dump_line(j);
    puts(s);
    free(s);
    json_decref(j);
}

int
cli_dlq(int argc, char **argv)
{
    static const struct option longs[] = {
        { "config", required_argument, NULL, 'c' },
        { "count", required_argument, NULL, 'n' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    const char *config = NULL;
    long count = 20;
    int c;
    while ((c = getopt_long(argc, argv, "c:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 'n': count = atol(optarg); break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    ww_conf_t conf;
    if (cli_load_conf(&conf, config) == -1)
        return EXIT_CONFIG;
    ww_keys_t keys;
    ww_keys_init(&keys, conf.key_prefix);
    ww_redis_t *r = ww_redis_new(conf.redis, (int)conf.redis_timeout, NULL, 0);
    int rc = 1;
    redisReply *rep = NULL;
    if (ww_redis_connect(r) == -1) {
        fprintf(stderr, "wirewatch dlq: %s\n", ww_redis_errstr(r));
    } else if ((rep = ww_redis_cmdf(r, "XREVRANGE %s + - COUNT %ld", keys.dlq, count)) == NULL ||
               rep->type != REDIS_REPLY_ARRAY) {
        fprintf(stderr, "wirewatch dlq: XREVRANGE failed: %s\n",
                rep && rep->type == REDIS_REPLY_ERROR ? rep->str : ww_redis_errstr(r));
    } else {
        for (size_t i = rep->elements; i > 0; i--)
            print_entry(rep->element[i - 1]);
        rc = 0;
    }
    if (rep != NULL)
        freeReplyObject(rep);
    ww_redis_destroy(&r);
    ww_conf_free(&conf);
    return rc;
}
