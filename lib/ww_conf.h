/* SPDX-License-Identifier: MIT
 *
 * ww_conf — wirewatch's configuration: one file read by all three programs
 * (wirewatchd, wirewatch-worker, wirewatch). The directive names are part of
 * the public contract; deploy/wirewatch.conf documents each with its default.
 * Durations are in milliseconds, sizes in bytes. */
#ifndef WW_CONF_H
#define WW_CONF_H

#include <stdbool.h>
#include <stdio.h>

typedef struct {
    char *redis;             /* host:port, or a unix socket path */
    long long redis_timeout; /* connect and command timeout, ms */
    char *key_prefix;        /* every Redis key starts with it */
    char *ingest_endpoint;   /* PULL: fire-and-forget scrapers */
    char *ack_endpoint;      /* ROUTER: acknowledged ingest */
    char *publish_endpoint;  /* PUB: enriched items for dashboards */
    char *replay_endpoint;   /* ROUTER: missed messages from a seq */
    long long max_item_size; /* bytes; larger messages are refused by ZeroMQ or rejected */
    long long backlog_limit; /* items waiting in the input stream before "retry later" */
    long long ingest_hwm;    /* ZeroMQ receive high-water mark of the ingest sockets */
    long long publish_hwm;   /* ZeroMQ send high-water mark per subscriber */
    long long output_maxlen; /* published messages kept in Redis for replay */
    long long deadletter_maxlen; /* dead letters kept */
    long long dedup_retention;   /* how long a text is remembered, ms */
    double near_resemblance;     /* near when estimated Jaccard >= this */
    double near_containment;     /* ... or the smaller text's containment >= this */
    long long near_containment_size; /* shingles the smaller text needs for containment */
    long long near_min_size;     /* shingles both texts need to be near at all */
    long long near_max_candidates; /* candidates verified per item */
    char *catalog;           /* event catalog file; "" = the shipped one; "none" = off */
    long long event_retention; /* how long an event instance is kept, ms */
    long long claim_idle;    /* a pending entry idle this long is taken over, ms */
    long long max_deliveries; /* deliveries before an entry is dead-lettered */
    long long batch_size;    /* entries a worker reads and commits at once */
    long long heartbeat;     /* publisher heartbeat interval, ms */
    long long stats_interval; /* summary log line interval, ms */
    char *worker_name;       /* consumer name; "" = hostname-pid */
    int publish_text;        /* include the cleaned text in enriched items */
    long long stop_timeout;  /* on SIGTERM, time to queue what was read, ms */
    char *metrics_endpoint;  /* HOST:PORT of the daemon's /metrics and /health; "" = off */
    char *board_listen;      /* HOST:PORT of `wirewatch board` */
    char *board_token_file;  /* the board's token; "" = none (loopback only) */
    char *log_level;         /* error, warn, notice, info, debug */
    long long scraper_id_retention; /* how long (source, id) of an accepted item is kept, ms */
    char *redis_user;        /* ACL user; "" = the default user */
    char *redis_password_file; /* file holding the password; "" = no AUTH */
    char *curve_secret_key;  /* daemon: its secret certificate; "" = plain text */
    char *curve_feeders;     /* daemon: public certificates allowed on ingest and ack */
    char *curve_subscribers; /* daemon: public certificates allowed on publish and replay */
    char *curve_client_key;  /* clients: their secret certificate; "" = plain text */
    char *curve_server_key;  /* clients: the daemon's public certificate */
} ww_conf_t;

/* Fills CONF with defaults, then reads PATH when it is not NULL. Returns 0, or
 * -1 with "file:line: reason" in ERR (CONF then holds what was read so far and
 * must still be freed). */
int ww_conf_load(ww_conf_t *conf, const char *path, char *err, size_t errlen);
/* Sets one directive from a `key value` string (for tests and overrides). */
int ww_conf_set(ww_conf_t *conf, const char *line, char *err, size_t errlen);
void ww_conf_dump(const ww_conf_t *conf, FILE *out);
void ww_conf_help(FILE *out);
void ww_conf_free(ww_conf_t *conf);

/* The catalog a worker loads: NULL for `catalog none` (no classification);
 * the configured path; or, when the config names none, the shipped catalog
 * (*SHIPPED set): the installed copy beside the program,
 * BINDIR/../share/wirewatch/events.catalog ($(PREFIX)/share/wirewatch), when
 * it is readable, else the source tree's deploy/catalog/events.catalog named
 * at build time (whose load fails with its reason if it is gone). Borrowed:
 * valid as long as CONF, or until the next call. */
const char *ww_conf_catalog(const ww_conf_t *conf, bool *shipped);

/* Turns a bind endpoint into one a client can connect to: a wildcard host
 * ("*" or 0.0.0.0) becomes 127.0.0.1. Caller frees. */
char *ww_conf_connect_endpoint(const char *bind_endpoint);

#endif
