/* SPDX-License-Identifier: MIT
 *
 * board_http — see board_http.h. libmicrohttpd runs in "external epoll" mode,
 * as the daemon's metrics do. An event stream is a response whose content
 * reader hands out what its queue holds and suspends the connection when the
 * queue is empty; board_http_send fills every queue and resumes them. */
#include "board_http.h"

#include <microhttpd.h>
#include <netdb.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "board_assets.h"
#include "ww_addr.h"
#include "ww_alloc.h"

#define CONNECTION_LIMIT 64
#define CONNECTION_TIMEOUT_S 60   /* the page's streams get a keep-alive every 15 s */
#define STREAM_QUEUE_MAX (8u << 20) /* bytes waiting for a browser that stopped reading */

/* Only the board's own files run; data goes through textContent (board.js). */
#define CSP "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " \
            "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

typedef struct stream {
    board_http_t *http;
    struct MHD_Connection *c;
    ww_buf_t q;           /* what is still to send */
    size_t off;           /* of which sent */
    bool suspended;
    bool dropped;         /* too much waiting: end the stream */
    struct stream *prev, *next;
} stream_t;

struct board_http {
    board_http_opts_t o;
    struct MHD_Daemon *mhd;
    int fd;
    unsigned port;
    stream_t *streams;
    size_t n_streams;
};

/* --- access ------------------------------------------------------------- */

/* Constant time in the length of TOKEN, whatever GIVEN is. */
static bool
same_token(const char *given, const char *token)
{
    size_t n = strlen(token), g = given != NULL ? strlen(given) : 0;
    unsigned char diff = g != n;
    for (size_t i = 0; i < n; i++)
        diff |= (unsigned char)((unsigned char)token[i] ^
                                (unsigned char)(i < g ? given[i] : 0));
    return given != NULL && diff == 0;
}

static bool
has_token(struct MHD_Connection *c, const char *token)
{
    const char *q = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token");
    const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
    static const char bearer[] = "Bearer ";
    const char *h = auth != NULL && strncmp(auth, bearer, sizeof bearer - 1) == 0
                        ? auth + sizeof bearer - 1
                        : NULL;
    /* both compared, so the time does not tell which one was given */
    bool by_query = same_token(q, token), by_header = same_token(h, token);
    return by_query || by_header;
}

/* A Host header naming this machine's loopback: what a browser sends for a
 * page it opened on 127.0.0.1 or localhost, and not for a name that a
 * stranger's DNS points here. */
static bool
loopback_host(const char *host)
{
    if (host == NULL)
        return false;
    char name[256];
    size_t n = host[0] == '[' ? strcspn(host, "]") + 1 : strcspn(host, ":");
    if (n >= sizeof name)
        return false;
    memcpy(name, host, n);
    name[n] = '\0';
    if (strcmp(name, "localhost") == 0 || strcmp(name, "[::1]") == 0)
        return true;
    return strncmp(name, "127.", 4) == 0 && strspn(name, "0123456789.") == n;
}

/* --- answers ------------------------------------------------------------ */

static enum MHD_Result
answer(struct MHD_Connection *c, unsigned status, const char *type, const char *body, size_t len,
       enum MHD_ResponseMemoryMode mode)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(len, (void *)(uintptr_t)body, mode);
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "Content-Security-Policy", CSP);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    enum MHD_Result rc = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return rc;
}

static enum MHD_Result
answer_text(struct MHD_Connection *c, unsigned status, const char *text)
{
    return answer(c, status, "text/plain; charset=utf-8", text, strlen(text),
                  MHD_RESPMEM_PERSISTENT);
}

static enum MHD_Result
answer_api(board_http_t *self, struct MHD_Connection *c, const char *what)
{
    ww_buf_t b = WW_BUF_INIT;
    const char *id = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "id");
    unsigned status = self->o.api(self->o.arg, what, id, &b);
    size_t len;
    char *body = ww_buf_steal(&b, &len);
    return answer(c, status, "application/json", body, len, MHD_RESPMEM_MUST_FREE);
}

/* --- event streams ------------------------------------------------------ */

static ssize_t
stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
    (void)pos;
    stream_t *s = cls;
    if (s->dropped)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    if (s->off < s->q.len) {
        size_t n = s->q.len - s->off < max ? s->q.len - s->off : max;
        memcpy(buf, s->q.ptr + s->off, n);
        s->off += n;
        if (s->off == s->q.len)
            ww_buf_reset(&s->q), s->off = 0;
        return (ssize_t)n;
    }
    MHD_suspend_connection(s->c);
    s->suspended = true;
    return 0;
}

static void
stream_free(void *cls)
{
    stream_t *s = cls;
    board_http_t *self = s->http;
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        self->streams = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    self->n_streams--;
    ww_buf_free(&s->q);
    free(s);
}

static void
stream_push(stream_t *s, const char *event, const char *data)
{
    if (s->q.len - s->off > STREAM_QUEUE_MAX)
        s->dropped = true;
    else if (event != NULL)
        ww_buf_printf(&s->q, "event: %s\ndata: %s\n\n", event, data);
    else
        ww_buf_puts(&s->q, ": keep-alive\n\n");
    if (s->suspended) {
        s->suspended = false;
        MHD_resume_connection(s->c);
    }
}

static enum MHD_Result
open_stream(board_http_t *self, struct MHD_Connection *c)
{
    stream_t *s = ww_xcalloc(1, sizeof *s);
    s->http = self;
    s->c = c;
    ww_buf_t first = WW_BUF_INIT;
    self->o.api(self->o.arg, "state", NULL, &first);
    ww_buf_puts(&s->q, "retry: 2000\n\n");
    stream_push(s, "snapshot", first.ptr != NULL ? first.ptr : "{}");
    ww_buf_free(&first);
    struct MHD_Response *r = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 32 * 1024,
                                                               stream_read, s, stream_free);
    if (r == NULL) {
        ww_buf_free(&s->q);
        free(s);
        return MHD_NO;
    }
    s->next = self->streams;
    if (s->next != NULL)
        s->next->prev = s;
    self->streams = s;
    self->n_streams++;
    MHD_add_response_header(r, "Content-Type", "text/event-stream; charset=utf-8");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    enum MHD_Result rc = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    return rc;
}

/* --- requests ----------------------------------------------------------- */

static enum MHD_Result
on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
           const char *version, const char *upload, size_t *upload_len, void **state)
{
    (void)version, (void)upload, (void)upload_len, (void)state;
    board_http_t *self = cls;
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        return answer_text(c, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET\n");
    if (self->o.token == NULL &&
        !loopback_host(MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host")))
        return answer_text(c, MHD_HTTP_FORBIDDEN,
                           "this board answers only on a loopback address (Host)\n");
    for (const board_asset_t *a = board_assets; a->path != NULL; a++)
        if (strcmp(url, a->path) == 0)
            return answer(c, MHD_HTTP_OK, a->type, a->body, a->len, MHD_RESPMEM_PERSISTENT);
    bool is_events = strcmp(url, "/events") == 0, is_api = strncmp(url, "/api/", 5) == 0;
    if (!is_events && !is_api)
        return answer_text(c, MHD_HTTP_NOT_FOUND, "not found\n");
    if (self->o.token != NULL && !has_token(c, self->o.token))
        return answer_text(c, MHD_HTTP_UNAUTHORIZED,
                           "token required: open the page as /?token=TOKEN "
                           "(board-token-file)\n");
    if (is_events)
        return open_stream(self, c);
    return answer_api(self, c, url + 5);
}

board_http_t *
board_http_new(const board_http_opts_t *opts, char *err, size_t errlen)
{
    struct addrinfo *ai = ww_addr_resolve("board-listen", opts->listen, err, errlen);
    if (ai == NULL)
        return NULL;
    if (!ww_addr_is_loopback(ai) && opts->token == NULL) {
        snprintf(err, errlen, "board-listen %s is not a loopback address: set board-token-file "
                              "so that the board asks for a token", opts->listen);
        freeaddrinfo(ai);
        return NULL;
    }
    board_http_t *self = ww_xcalloc(1, sizeof *self);
    self->o = *opts;
    unsigned flags = MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME |
                     (ai->ai_family == AF_INET6 ? MHD_USE_IPv6 : 0);
    self->mhd = MHD_start_daemon(flags, 0, NULL, NULL, on_request, self, MHD_OPTION_SOCK_ADDR,
                                 ai->ai_addr, MHD_OPTION_CONNECTION_LIMIT, CONNECTION_LIMIT,
                                 MHD_OPTION_CONNECTION_TIMEOUT, CONNECTION_TIMEOUT_S,
                                 MHD_OPTION_END);
    freeaddrinfo(ai);
    if (self->mhd == NULL) {
        snprintf(err, errlen, "board-listen: cannot listen on %s (in use, or not an address of "
                              "this host)", opts->listen);
        free(self);
        return NULL;
    }
    const union MHD_DaemonInfo *i = MHD_get_daemon_info(self->mhd, MHD_DAEMON_INFO_EPOLL_FD);
    self->fd = i != NULL ? i->epoll_fd : -1;
    i = MHD_get_daemon_info(self->mhd, MHD_DAEMON_INFO_BIND_PORT);
    self->port = i != NULL ? i->port : 0;
    return self;
}

void
board_http_destroy(board_http_t **self_p)
{
    board_http_t *self = *self_p;
    if (self == NULL)
        return;
    /* libmicrohttpd must not be stopped with a connection suspended */
    for (stream_t *s = self->streams; s != NULL; s = s->next) {
        s->dropped = true;
        if (s->suspended) {
            s->suspended = false;
            MHD_resume_connection(s->c);
        }
    }
    MHD_run(self->mhd);
    MHD_stop_daemon(self->mhd);
    free(self);
    *self_p = NULL;
}

int
board_http_fd(const board_http_t *self)
{
    return self->fd;
}

unsigned
board_http_port(const board_http_t *self)
{
    return self->port;
}

int64_t
board_http_run(board_http_t *self, int64_t max_ms)
{
    MHD_run(self->mhd);
    MHD_UNSIGNED_LONG_LONG t = 0;
    if (MHD_get_timeout(self->mhd, &t) == MHD_YES && (int64_t)t < max_ms)
        return (int64_t)t;
    return max_ms;
}

void
board_http_send(board_http_t *self, const char *event, const char *data)
{
    for (stream_t *s = self->streams; s != NULL; s = s->next)
        stream_push(s, event, data);
    MHD_run(self->mhd);
}

size_t
board_http_streams(const board_http_t *self)
{
    return self->n_streams;
}
