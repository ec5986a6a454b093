/* SPDX-License-Identifier: MIT
 *
 * test_units — the systemd units as shipped: each has a user of its own, a
 * read-only system, no capabilities, its keys and passwords through
 * LoadCredential= (with a fallback, so that a unit whose config does not use
 * them starts), and `systemd-analyze verify` accepts them; `systemd-analyze
 * security --offline=yes` rates each 2.0 or better (docs/OPERATIONS.md gives
 * the figures). Where systemd-analyze is not installed those two checks are
 * skipped (it is not a build dependency); the text checks always run. The
 * units cannot be started here: no systemd runs as PID 1 in a build. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"

static const char *const units[] = { "wirewatchd.service", "wirewatch-worker@.service" };

/* Every line of the unit that the hardening promises (docs/OPERATIONS.md). */
static const char *const required[] = {
    "DynamicUser=yes\n", "NoNewPrivileges=yes\n", "ProtectSystem=strict\n",
    "ProtectHome=yes\n", "PrivateTmp=yes\n", "PrivateDevices=yes\n",
    "CapabilityBoundingSet=\n", "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6\n",
    "SystemCallFilter=@system-service\n", "MemoryDenyWriteExecute=yes\n", "UMask=0077\n",
    "LoadCredential=", "SetCredential=", "Environment=WW_REDIS_USER=",
    "RestartPreventExitStatus=78\n",
};

static void
read_unit(const char *name, ww_buf_t *b)
{
    char path[200], buf[4096];
    snprintf(path, sizeof path, "deploy/%s", name);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        ww_buf_append(b, buf, n);
    fclose(f);
}

static void
test_units_say_what_they_promise(void **state)
{
    (void)state;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        ww_buf_t b = WW_BUF_INIT;
        read_unit(units[u], &b);
        for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
            if (strstr(b.ptr, required[i]) == NULL)
                fail_msg("%s lacks %s", units[u], required[i]);
        /* each LoadCredential= has its fallback, or the unit would not start
         * without the file */
        for (const char *p = b.ptr; (p = strstr(p, "\nLoadCredential=")) != NULL; p++) {
            char id[100], want[140];
            sscanf(p + strlen("\nLoadCredential="), "%99[^:]", id);
            snprintf(want, sizeof want, "\nSetCredential=%s:", id);
            if (strstr(b.ptr, want) == NULL)
                fail_msg("%s: credential %s has no SetCredential= fallback", units[u], id);
        }
        ww_buf_free(&b);
    }
    /* the daemon's ipc:// sockets have a place to go */
    ww_buf_t d = WW_BUF_INIT;
    read_unit(units[0], &d);
    assert_non_null(strstr(d.ptr, "RuntimeDirectory=wirewatch\n"));
    assert_non_null(strstr(d.ptr, "LoadCredential=wirewatchd.curve_secret:"));
    ww_buf_free(&d);
}

static void
test_systemd_accepts_and_rates_them(void **state)
{
    (void)state;
    if (system("command -v systemd-analyze >/dev/null") != 0) {
        fprintf(stderr, "skipped: no systemd-analyze\n");
        skip();
    }
    harness_t *h = harness_new("units", NULL);
    assert_non_null(h);
    char cmd[3000];
    /* verify wants the programs where ExecStart= says: this build's */
    snprintf(cmd, sizeof cmd, "for u in wirewatchd.service wirewatch-worker@.service; do "
             "sed \"s|/usr/local/bin|$PWD/build/bin|g\" deploy/$u > %s/$u; done && "
             "cp %s/wirewatch-worker@.service %s/wirewatch-worker@1.service && "
             "systemd-analyze verify --man=no %s/wirewatchd.service %s/wirewatch-worker@1.service "
             "> %s/verify.out 2>&1; test ! -s %s/verify.out || { cat %s/verify.out >&2; exit 1; }",
             h->dir, h->dir, h->dir, h->dir, h->dir, h->dir, h->dir, h->dir);
    assert_int_equal(system(cmd), 0);
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        snprintf(cmd, sizeof cmd, "systemd-analyze security --offline=yes --threshold=20 "
                 "deploy/%s > /dev/null 2>&1", units[u]);
        if (system(cmd) != 0)
            fail_msg("systemd-analyze security rates %s above 2.0", units[u]);
    }
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_units_say_what_they_promise),
        cmocka_unit_test(test_systemd_accepts_and_rates_them),
    };
    return cmocka_run_group_tests_name("units", tests, NULL, NULL);
}
