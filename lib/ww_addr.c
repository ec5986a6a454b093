/* SPDX-License-Identifier: MIT
 *
 * ww_addr — see ww_addr.h. */
#include "ww_addr.h"

#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

struct addrinfo *
ww_addr_resolve(const char *directive, const char *endpoint, char *err, size_t errlen)
{
    char host[256];
    const char *colon = strrchr(endpoint, ':');
    if (colon == NULL || colon[1] == '\0' || (size_t)(colon - endpoint) >= sizeof host) {
        snprintf(err, errlen, "%s: \"%s\" is not HOST:PORT", directive, endpoint);
        return NULL;
    }
    snprintf(host, sizeof host, "%.*s", (int)(colon - endpoint), endpoint);
    char *h = host;
    if (h[0] == '[' && h[strlen(h) - 1] == ']')
        h[strlen(h) - 1] = '\0', h++;
    struct addrinfo hints = { .ai_flags = AI_PASSIVE | AI_NUMERICSERV, .ai_socktype = SOCK_STREAM };
    struct addrinfo *ai = NULL;
    int rc = getaddrinfo(h[0] == '\0' || strcmp(h, "*") == 0 ? NULL : h, colon + 1, &hints, &ai);
    if (rc != 0) {
        snprintf(err, errlen, "%s: %s: %s", directive, endpoint, gai_strerror(rc));
        return NULL;
    }
    return ai;
}

bool
ww_addr_is_loopback(const struct addrinfo *ai)
{
    if (ai->ai_family == AF_INET) {
        const struct sockaddr_in *a = (const struct sockaddr_in *)(const void *)ai->ai_addr;
        return (ntohl(a->sin_addr.s_addr) >> 24) == 127;
    }
    if (ai->ai_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)(const void *)ai->ai_addr;
        return IN6_IS_ADDR_LOOPBACK(&a->sin6_addr);
    }
    return false;
}
