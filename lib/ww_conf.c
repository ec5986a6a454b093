/* SPDX-License-Identifier: MIT
 *
 * ww_conf — the table of every directive (see ww_conf.h). Keep it in the same
 * order as deploy/wirewatch.conf. */
#include "ww_conf.h"

#include <limits.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

#include "ww_alloc.h"
#include "ww_buf.h"
#include "ww_cfg.h"
#include "ww_log.h"

#define DAY_MS (86400LL * 1000)

/* Where the shipped catalog is (see ww_conf_catalog): installed beside the
 * programs, BINDIR/../share/wirewatch, so that an installed tree (DESTDIR
 * included) finds its own copy; else the source tree, named by the Makefile. */
#ifndef WW_SOURCE_DIR
#define WW_SOURCE_DIR "."
#endif
#define CATALOG_INSTALLED "/../share/wirewatch/events.catalog"
#define CATALOG_SOURCE WW_SOURCE_DIR "/deploy/catalog/events.catalog"

static const ww_opt_t options[] = {
    { "redis", WW_OPT_STR, offsetof(ww_conf_t, redis), "127.0.0.1:6379", 0, 0,
      "Redis server: host:port or a unix socket path" },
    { "redis-timeout", WW_OPT_DURATION, offsetof(ww_conf_t, redis_timeout), "2s", 10, 600000,
      "connect and command timeout" },
    { "key-prefix", WW_OPT_STR, offsetof(ww_conf_t, key_prefix), "ww:", 0, 0,
      "prefix of every Redis key" },
    { "redis-user", WW_OPT_STR, offsetof(ww_conf_t, redis_user), "", 0, 0,
      "Redis ACL user to authenticate as; empty: the default user" },
    { "redis-password-file", WW_OPT_STR, offsetof(ww_conf_t, redis_password_file), "", 0, 0,
      "file whose first line is the Redis password (read at each connect); empty: no AUTH" },
    { "ingest-endpoint", WW_OPT_STR, offsetof(ww_conf_t, ingest_endpoint), "tcp://*:5557", 0, 0,
      "PULL socket where scrapers PUSH raw items (fire and forget)" },
    { "ack-endpoint", WW_OPT_STR, offsetof(ww_conf_t, ack_endpoint), "tcp://*:5558", 0, 0,
      "ROUTER socket: each item answered once it is queued in Redis" },
    { "publish-endpoint", WW_OPT_STR, offsetof(ww_conf_t, publish_endpoint), "tcp://*:5559", 0,
      0, "PUB socket for enriched items [topic, msgpack]" },
    { "replay-endpoint", WW_OPT_STR, offsetof(ww_conf_t, replay_endpoint), "tcp://*:5560", 0, 0,
      "ROUTER socket serving missed messages from a seq" },
    { "curve-secret-key", WW_OPT_STR, offsetof(ww_conf_t, curve_secret_key), "", 0, 0,
      "daemon: its CURVE secret certificate (wirewatch keygen); empty: plain text" },
    { "curve-feeders", WW_OPT_STR, offsetof(ww_conf_t, curve_feeders), "", 0, 0,
      "daemon: directory of the public certificates allowed on ingest and ack" },
    { "curve-subscribers", WW_OPT_STR, offsetof(ww_conf_t, curve_subscribers), "", 0, 0,
      "daemon: directory of the public certificates allowed on publish and replay" },
    { "curve-client-key", WW_OPT_STR, offsetof(ww_conf_t, curve_client_key), "", 0, 0,
      "clients: their CURVE secret certificate; empty: plain text" },
    { "curve-server-key", WW_OPT_STR, offsetof(ww_conf_t, curve_server_key), "", 0, 0,
      "clients: the daemon's public certificate" },
    { "max-item-size", WW_OPT_SIZE, offsetof(ww_conf_t, max_item_size), "1mb", 1024,
      64 * 1024 * 1024, "largest raw item accepted (also ZMQ_MAXMSGSIZE)" },
    { "backlog-limit", WW_OPT_INT, offsetof(ww_conf_t, backlog_limit), "100000", 1, 100000000,
      "queued items above which ingest answers \"retry later\"" },
    { "ingest-hwm", WW_OPT_INT, offsetof(ww_conf_t, ingest_hwm), "10000", 1, 10000000,
      "receive high-water mark of the ingest sockets" },
    { "publish-hwm", WW_OPT_INT, offsetof(ww_conf_t, publish_hwm), "100000", 1, 100000000,
      "send high-water mark per subscriber; beyond it ZeroMQ drops" },
    { "output-maxlen", WW_OPT_INT, offsetof(ww_conf_t, output_maxlen), "1000000", 1000,
      1000000000, "published messages kept in Redis for replay" },
    { "deadletter-maxlen", WW_OPT_INT, offsetof(ww_conf_t, deadletter_maxlen), "100000", 100,
      1000000000, "dead letters kept in Redis" },
    { "dedup-retention", WW_OPT_DURATION, offsetof(ww_conf_t, dedup_retention), "7d", 1000,
      3650 * DAY_MS, "how long a text is remembered for duplicate detection" },
    { "scraper-id-retention", WW_OPT_DURATION, offsetof(ww_conf_t, scraper_id_retention), "1d",
      1000, 3650 * DAY_MS, "how long an accepted item's (source, id) is remembered: resent, "
      "it is answered \"already queued\"" },
    { "near-resemblance", WW_OPT_RATIO, offsetof(ww_conf_t, near_resemblance), "0.60", 0, 0,
      "near duplicate when the estimated resemblance (Jaccard) reaches this" },
    { "near-containment", WW_OPT_RATIO, offsetof(ww_conf_t, near_containment), "0.75", 0, 0,
      "... or when the shorter text is contained in the longer to this degree" },
    { "near-containment-size", WW_OPT_INT, offsetof(ww_conf_t, near_containment_size), "60", 1,
      1000000, "shingles (3-word runs) the shorter text needs for the containment test" },
    { "near-min-size", WW_OPT_INT, offsetof(ww_conf_t, near_min_size), "10", 1, 1000000,
      "shingles both texts need to be compared at all" },
    { "near-max-candidates", WW_OPT_INT, offsetof(ww_conf_t, near_max_candidates), "256", 1,
      100000, "candidates verified per item, at most" },
    { "catalog", WW_OPT_STR, offsetof(ww_conf_t, catalog), "", 0, 0,
      "event catalog file (reloaded on SIGHUP); empty: the shipped one; none: off" },
    { "event-retention", WW_OPT_DURATION, offsetof(ww_conf_t, event_retention), "30d", 1000,
      3650 * DAY_MS, "how long an event instance (report count, outlets) is kept" },
    { "claim-idle", WW_OPT_DURATION, offsetof(ww_conf_t, claim_idle), "30s", 100, DAY_MS,
      "a worker's entry idle this long is taken over by another worker" },
    { "max-deliveries", WW_OPT_INT, offsetof(ww_conf_t, max_deliveries), "5", 1, 1000,
      "deliveries of one entry before it is dead-lettered" },
    { "batch-size", WW_OPT_INT, offsetof(ww_conf_t, batch_size), "64", 1, 10000,
      "entries a worker reads and commits at once" },
    { "heartbeat", WW_OPT_DURATION, offsetof(ww_conf_t, heartbeat), "1s", 10, 600000,
      "publisher heartbeat interval (carries the last seq)" },
    { "stats-interval", WW_OPT_DURATION, offsetof(ww_conf_t, stats_interval), "60s", 100,
      DAY_MS, "interval of the counters summary log line" },
    { "worker-name", WW_OPT_STR, offsetof(ww_conf_t, worker_name), "", 0, 0,
      "consumer name of a worker; empty means hostname-pid" },
    { "publish-text", WW_OPT_BOOL, offsetof(ww_conf_t, publish_text), "no", 0, 0,
      "include the cleaned title and body in enriched items" },
    { "stop-timeout", WW_OPT_DURATION, offsetof(ww_conf_t, stop_timeout), "10s", 100,
      600000, "on SIGTERM, how long the daemon may take to queue what it read" },
    { "metrics-endpoint", WW_OPT_STR, offsetof(ww_conf_t, metrics_endpoint), "", 0, 0,
      "HOST:PORT where the daemon serves GET /metrics and /health; empty: off" },
    { "board-listen", WW_OPT_STR, offsetof(ww_conf_t, board_listen), "127.0.0.1:8080", 0, 0,
      "HOST:PORT where `wirewatch board` serves the live event board" },
    { "board-token-file", WW_OPT_STR, offsetof(ww_conf_t, board_token_file), "", 0, 0,
      "file holding the token the board asks for; needed when board-listen is not loopback" },
    { "log-level", WW_OPT_STR, offsetof(ww_conf_t, log_level), "notice", 0, 0,
      "error, warn, notice, info or debug" },
};
#define N_OPTIONS (sizeof options / sizeof options[0])

static int
check(const ww_conf_t *conf, char *err, size_t errlen)
{
    ww_log_level_t level;
    if (ww_log_parse_level(conf->log_level, &level) == -1) {
        snprintf(err, errlen, "log-level: \"%s\" is not one of error, warn, notice, info, debug",
                 conf->log_level);
        return -1;
    }
    if (conf->redis[0] == '\0' || conf->key_prefix[0] == '\0') {
        snprintf(err, errlen, "redis and key-prefix must not be empty");
        return -1;
    }
    if (conf->redis_user[0] != '\0' && conf->redis_password_file[0] == '\0') {
        snprintf(err, errlen, "redis-user needs redis-password-file (the user's password)");
        return -1;
    }
    /* CURVE is all or nothing on each side: half a setup would leave an
     * endpoint open, or a client that cannot connect. */
    int daemon_side = (conf->curve_secret_key[0] != '\0') + (conf->curve_feeders[0] != '\0') +
                      (conf->curve_subscribers[0] != '\0');
    if (daemon_side != 0 && daemon_side != 3) {
        snprintf(err, errlen, "curve-secret-key, curve-feeders and curve-subscribers go "
                 "together: set all three (CURVE on every endpoint) or none (plain text)");
        return -1;
    }
    if ((conf->curve_client_key[0] != '\0') != (conf->curve_server_key[0] != '\0')) {
        snprintf(err, errlen, "curve-client-key and curve-server-key go together: set both "
                 "(CURVE) or neither (plain text)");
        return -1;
    }
    return 0;
}

int
ww_conf_load(ww_conf_t *conf, const char *path, char *err, size_t errlen)
{
    memset(conf, 0, sizeof *conf);
    ww_cfg_defaults(options, N_OPTIONS, conf);
    if (path != NULL && ww_cfg_load(options, N_OPTIONS, conf, path, err, errlen) == -1)
        return -1;
    if (check(conf, err, errlen) == -1)
        return -1;
    ww_log_parse_level(conf->log_level, &ww_log_level);
    return 0;
}

int
ww_conf_set(ww_conf_t *conf, const char *line, char *err, size_t errlen)
{
    if (ww_cfg_parse_line(options, N_OPTIONS, conf, line, err, errlen) == -1)
        return -1;
    return check(conf, err, errlen);
}

void
ww_conf_dump(const ww_conf_t *conf, FILE *out)
{
    ww_cfg_dump(options, N_OPTIONS, conf, out);
}

void
ww_conf_help(FILE *out)
{
    fprintf(out, "Config directives (name, default, meaning):\n");
    ww_cfg_help(options, N_OPTIONS, out);
}

void
ww_conf_free(ww_conf_t *conf)
{
    ww_cfg_free(options, N_OPTIONS, conf);
}

/* The installed copy: the running program's directory + CATALOG_INSTALLED,
 * or "" when /proc/self/exe cannot be read. */
static const char *
installed_catalog(void)
{
    static char path[PATH_MAX + sizeof CATALOG_INSTALLED];
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return "";
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash != NULL)
        *slash = '\0';
    snprintf(path, sizeof path, "%s%s", exe, CATALOG_INSTALLED);
    return path;
}

const char *
ww_conf_catalog(const ww_conf_t *conf, bool *shipped)
{
    *shipped = false;
    if (strcmp(conf->catalog, "none") == 0)
        return NULL;
    if (conf->catalog[0] != '\0')
        return conf->catalog;
    *shipped = true;
    const char *installed = installed_catalog();
    if (access(installed, R_OK) == 0)
        return installed;
    return CATALOG_SOURCE;
}

char *
ww_conf_connect_endpoint(const char *bind_endpoint)
{
    static const char *const wildcards[] = { "tcp://*:", "tcp://0.0.0.0:" };
    for (size_t i = 0; i < sizeof wildcards / sizeof wildcards[0]; i++) {
        size_t n = strlen(wildcards[i]);
        if (strncmp(bind_endpoint, wildcards[i], n) == 0) {
            ww_buf_t b = WW_BUF_INIT;
            ww_buf_printf(&b, "tcp://127.0.0.1:%s", bind_endpoint + n);
            return ww_buf_steal(&b, NULL);
        }
    }
    return ww_xstrdup(bind_endpoint);
}
