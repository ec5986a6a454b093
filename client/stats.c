/* SPDX-License-Identifier: MIT
 *
 * stats — `wirewatch stats [-c FILE] [--raw]`: what the daemon's metrics
 * endpoint says, for a person. It fetches GET /health and GET /metrics from
 * metrics-endpoint (plain HTTP/1.0 over TCP) and prints the health, the
 * pipeline's counters by section, the latency quantiles read off the
 * histogram, and one line per worker; --raw prints the Prometheus text as
 * served. Exits 1 when the endpoint does not answer (or is off). */
#include <getopt.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "ww_alloc.h"

#define HTTP_TIMEOUT_MS 5000
#define MAX_SERIES 4096
#define MAX_WORKERS 256

typedef struct {
    char name[96];        /* without the wirewatch_ prefix */
    char labels[160];     /* the text between braces, or "" */
    double value;
} series_t;

static void
usage(FILE *out)
{
    fprintf(out, "usage: wirewatch stats [-c FILE] [--raw]\n"
                 "  Prints the daemon's /health and /metrics (metrics-endpoint) for a person:\n"
                 "  ingest, publication, events, dead letters, queue, latency, workers.\n"
                 "  --raw  the Prometheus text as served\n");
}

/* GET PATH from HOST:PORT into BODY. Returns the HTTP status, or -1. */
static int
http_get(const char *endpoint, const char *path, ww_buf_t *body, char *err, size_t errlen)
{
    char host[256];
    const char *colon = strrchr(endpoint, ':');
    if (colon == NULL || (size_t)(colon - endpoint) >= sizeof host) {
        snprintf(err, errlen, "metrics-endpoint \"%s\" is not HOST:PORT", endpoint);
        return -1;
    }
    snprintf(host, sizeof host, "%.*s", (int)(colon - endpoint), endpoint);
    char *h = host;
    if (h[0] == '[')
        h++, h[strlen(h) - 1] = '\0';
    if (h[0] == '\0' || strcmp(h, "*") == 0 || strcmp(h, "0.0.0.0") == 0)
        h = (char *)"127.0.0.1";
    struct addrinfo hints = { .ai_socktype = SOCK_STREAM }, *ai = NULL;
    int rc = getaddrinfo(h, colon + 1, &hints, &ai);
    if (rc != 0) {
        snprintf(err, errlen, "%s: %s", endpoint, gai_strerror(rc));
        return -1;
    }
    int fd = socket(ai->ai_family, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
        snprintf(err, errlen, "%s: the daemon does not answer (is metrics-endpoint set?)",
                 endpoint);
        freeaddrinfo(ai);
        if (fd >= 0)
            close(fd);
        return -1;
    }
    freeaddrinfo(ai);
    char req[300];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.0\r\nHost: %s\r\n\r\n", path, h);
    ww_buf_t raw = WW_BUF_INIT;
    if (write(fd, req, (size_t)n) == n) {
        struct pollfd p = { fd, POLLIN, 0 };
        char buf[8192];
        ssize_t got;
        while (poll(&p, 1, HTTP_TIMEOUT_MS) == 1 && (got = read(fd, buf, sizeof buf)) > 0)
            ww_buf_append(&raw, buf, (size_t)got);
    }
    close(fd);
    int status = -1;
    const char *sep = raw.len ? strstr(raw.ptr, "\r\n\r\n") : NULL;
    if (sep == NULL || sscanf(raw.ptr, "HTTP/%*s %d", &status) != 1) {
        snprintf(err, errlen, "%s%s: no HTTP answer", endpoint, path);
        status = -1;
    } else {
        ww_buf_append(body, sep + 4, raw.len - (size_t)(sep + 4 - raw.ptr));
    }
    ww_buf_free(&raw);
    return status;
}

static size_t
parse(char *text, series_t *s, size_t max)
{
    size_t n = 0;
    for (char *line = strtok(text, "\n"); line != NULL && n < max; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || strncmp(line, "wirewatch_", 10) != 0)
            continue;
        char *space = strrchr(line, ' ');
        if (space == NULL)
            continue;
        *space = '\0';
        s[n].value = strtod(space + 1, NULL);
        char *brace = strchr(line, '{');
        s[n].labels[0] = '\0';
        if (brace != NULL) {
            *brace = '\0';
            snprintf(s[n].labels, sizeof s[n].labels, "%.*s", (int)strcspn(brace + 1, "}"),
                     brace + 1);
        }
        snprintf(s[n].name, sizeof s[n].name, "%s", line + 10);
        n++;
    }
    return n;
}

static double
value(const series_t *s, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s[i].name, name) == 0 && s[i].labels[0] == '\0')
            return s[i].value;
    return 0;
}

/* The value of series NAME with the one label value VALUE. */
static double
value_of(const series_t *s, size_t n, const char *name, const char *label_value)
{
    for (size_t i = 0; i < n; i++) {
        const char *q = strchr(s[i].labels, '"');
        if (strcmp(s[i].name, name) == 0 && q != NULL &&
            strncmp(q + 1, label_value, strlen(label_value)) == 0 &&
            q[1 + strlen(label_value)] == '"')
            return s[i].value;
    }
    return 0;
}

/* "label (v), label (v)" of the non-zero series NAME: the label values. */
static void
print_labelled(const series_t *s, size_t n, const char *title, const char *name)
{
    double total = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(s[i].name, name) == 0)
            total += s[i].value;
    printf("%-11s %.0f", title, total);
    const char *sep = " (";
    for (size_t i = 0; i < n; i++) {
        if (strcmp(s[i].name, name) != 0 || s[i].value == 0)
            continue;
        const char *q = strchr(s[i].labels, '"');
        printf("%s%.*s %.0f", sep, q ? (int)strcspn(q + 1, "\"") : 0, q ? q + 1 : "",
               s[i].value);
        sep = ", ";
    }
    printf("%s\n", sep[0] == ',' ? ")" : "");
}

/* The upper bound of the bucket holding quantile Q of the latency histogram. */
static const char *
quantile(const series_t *s, size_t n, double q, char *out, size_t len)
{
    double count = value(s, n, "latency_seconds_count");
    snprintf(out, len, "-");
    for (size_t i = 0; i < n && count > 0; i++) {
        if (strcmp(s[i].name, "latency_seconds_bucket") != 0 || s[i].value < q * count)
            continue;
        const char *le = strchr(s[i].labels, '"');
        snprintf(out, len, "<= %.*ss", le ? (int)strcspn(le + 1, "\"") : 1, le ? le + 1 : "?");
        break;
    }
    return out;
}

static void
print_workers(const series_t *s, size_t n)
{
    static const char *const cols[] = { "read", "committed", "near", "events", "dead",
                                        "claimed", "redis_errors" };
    printf("\n%-28s %-4s %-10s", "worker", "up", "last seen");
    for (size_t c = 0; c < sizeof cols / sizeof cols[0]; c++)
        printf(" %10s", cols[c]);
    printf("\n");
    double now = (double)time(NULL);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(s[i].name, "worker_up") != 0)
            continue;
        const char *w = s[i].labels; /* worker="name" */
        double hb = 0;
        for (size_t k = 0; k < n; k++)
            if (strcmp(s[k].name, "worker_last_heartbeat_seconds") == 0 &&
                strcmp(s[k].labels, w) == 0)
                hb = s[k].value;
        const char *q = strchr(w, '"');
        char ago[32];
        snprintf(ago, sizeof ago, "%.0fs ago", now - hb > 0 ? now - hb : 0);
        printf("%-28.*s %-4s %-10s", q ? (int)strcspn(q + 1, "\"") : 0, q ? q + 1 : "",
               s[i].value > 0 ? "yes" : "NO", ago);
        for (size_t c = 0; c < sizeof cols / sizeof cols[0]; c++) {
            char name[96];
            snprintf(name, sizeof name, "worker_%s_total", cols[c]);
            double v = 0;
            for (size_t k = 0; k < n; k++)
                if (strcmp(s[k].name, name) == 0 && strcmp(s[k].labels, w) == 0)
                    v = s[k].value;
            printf(" %10.0f", v);
        }
        printf("\n");
    }
}

static void
print_person(const char *health, const series_t *s, size_t n)
{
    printf("health      %s", health);
    printf("ingest      received %.0f, accepted %.0f, already queued %.0f, retry %.0f\n",
           value(s, n, "items_received_total"), value(s, n, "items_accepted_total"),
           value(s, n, "items_already_queued_total"), value(s, n, "items_retry_total"));
    print_labelled(s, n, "rejected", "items_rejected_total");
    double items = value(s, n, "items_published_total");
    double exact = value_of(s, n, "duplicates_total", "exact");
    double near = value_of(s, n, "duplicates_total", "near");
    printf("published   %.0f items (new %.0f, exact copies %.0f, near copies %.0f), "
           "%.0f event updates, %.0f messages\n",
           items, items - exact - near, exact, near, value(s, n, "event_updates_total"),
           value(s, n, "messages_published_total"));
    print_labelled(s, n, "events", "events_total");
    print_labelled(s, n, "dead", "dead_letters_total");
    char p50[40], p99[40];
    double count = value(s, n, "latency_seconds_count");
    printf("latency     p50 %s, p99 %s, mean %.3fs over %.0f items (ingest to publish)\n",
           quantile(s, n, 0.5, p50, sizeof p50), quantile(s, n, 0.99, p99, sizeof p99),
           count > 0 ? value(s, n, "latency_seconds_sum") / count : 0.0, count);
    if (value(s, n, "redis_up") == 0) {
        printf("redis       DOWN: no queue or worker figures\n");
        return;
    }
    printf("queue       %.0f waiting (%.0f held by workers), oldest %.1fs\n",
           value(s, n, "queue_length"), value(s, n, "queue_pending"),
           value(s, n, "queue_oldest_seconds"));
    printf("workers     %.0f alive, %.0f redeliveries\n", value(s, n, "workers_alive"),
           value(s, n, "redeliveries_total"));
    printf("daemon      replay requests %.0f (errors %.0f), trimmed %.0f, redis errors %.0f\n",
           value(s, n, "replay_requests_total"), value(s, n, "replay_errors_total"),
           value(s, n, "trimmed_total"), value(s, n, "redis_errors_total"));
    print_workers(s, n);
}

int
cli_stats(int argc, char **argv)
{
    static const struct option longs[] = {
        { "config", required_argument, NULL, 'c' }, { "raw", no_argument, NULL, 'r' },
        { "help", no_argument, NULL, 'h' },         { NULL, 0, NULL, 0 },
    };
    const char *config = NULL;
    bool raw = false;
    int c;
    while ((c = getopt_long(argc, argv, "c:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 'r': raw = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    ww_conf_t conf;
    if (cli_load_conf(&conf, config) == -1)
        return EXIT_CONFIG;
    ww_buf_t health = WW_BUF_INIT, metrics = WW_BUF_INIT;
    char err[512] = "";
    int rc = 1;
    if (conf.metrics_endpoint[0] == '\0') {
        fprintf(stderr, "wirewatch stats: metrics-endpoint is not set in the config\n");
    } else if (http_get(conf.metrics_endpoint, "/health", &health, err, sizeof err) == -1 ||
               http_get(conf.metrics_endpoint, "/metrics", &metrics, err, sizeof err) != 200) {
        fprintf(stderr, "wirewatch stats: %s\n", err[0] ? err : "/metrics failed");
    } else if (raw) {
        fwrite(metrics.ptr, 1, metrics.len, stdout);
        rc = 0;
    } else {
        series_t *s = ww_xcalloc(MAX_SERIES, sizeof *s);
        size_t n = parse(metrics.ptr, s, MAX_SERIES);
        print_person(health.len ? health.ptr : "?\n", s, n);
        free(s);
        rc = 0;
    }
    ww_buf_free(&health);
    ww_buf_free(&metrics);
    ww_conf_free(&conf);
    return rc;
}
