/* SPDX-License-Identifier: MIT
 *
 * test_install — `make install PREFIX=/usr DESTDIR=…` puts exactly the
 * expected files in place: units naming /usr/bin's programs and
 * /etc/wirewatch's config, man pages, the shipped catalog (which the
 * installed worker finds by itself) and redis.conf; it keeps an edited
 * config on reinstall, and `make uninstall` removes exactly what it put
 * there. Every directive of the config table has its entry in
 * wirewatch.conf(5). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <cmocka.h>

#include "harness.h"

static const char *const installed[] = {
    "/etc/wirewatch/wirewatch.conf",
    "/usr/bin/wirewatch",
    "/usr/bin/wirewatch-worker",
    "/usr/bin/wirewatchd",
    "/usr/lib/systemd/system/wirewatch-worker@.service",
    "/usr/lib/systemd/system/wirewatchd.service",
    "/usr/share/man/man1/wirewatch.1",
    "/usr/share/man/man5/wirewatch-catalog.5",
    "/usr/share/man/man5/wirewatch.conf.5",
    "/usr/share/man/man8/wirewatch-worker.8",
    "/usr/share/man/man8/wirewatchd.8",
    "/usr/share/wirewatch/events.catalog",
    "/usr/share/wirewatch/redis.conf",
    "/usr/share/wirewatch/redis_acl.sh",
    "/usr/share/wirewatch/users.acl",
};
#define N_INSTALLED (sizeof installed / sizeof installed[0])

/* Runs CMD through the shell, its stdout (and stderr) into OUT. */
static int run(ww_buf_t *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int
run(ww_buf_t *out, const char *fmt, ...)
{
    char cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        if (out != NULL)
            ww_buf_append(out, buf, n);
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

/* `make` of this tree, without the jobserver of a make that runs the tests. */
static int
make(ww_buf_t *out, const char *target, const char *root)
{
    return run(out, "env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s --no-print-directory %s "
                    "PREFIX=/usr DESTDIR=%s 2>&1", target, root);
}

static void
assert_contains(const ww_buf_t *b, const char *needle)
{
    if (b->ptr == NULL || strstr(b->ptr, needle) == NULL)
        fail_msg("\"%s\" not in:\n%s", needle, b->ptr ? b->ptr : "");
}

static void
test_install_and_uninstall(void **state)
{
    (void)state;
    harness_t *h = harness_new("install", NULL);
    char root[400];
    snprintf(root, sizeof root, "%s/root", h->dir);
    ww_buf_t out = WW_BUF_INIT;
    assert_int_equal(make(&out, "install", root), 0);

    ww_buf_t want = WW_BUF_INIT, got = WW_BUF_INIT;
    for (size_t i = 0; i < N_INSTALLED; i++)
        ww_buf_printf(&want, "%s\n", installed[i]);
    assert_int_equal(run(&got, "cd %s && find . -type f | sed 's|^\\.||' | LC_ALL=C sort", root),
                     0);
    assert_string_equal(got.ptr, want.ptr);

    /* The units name the installed programs and config, which exist. */
    ww_buf_reset(&got);
    run(&got, "grep -h '^Exec' %s/usr/lib/systemd/system/*.service", root);
    assert_contains(&got, "ExecStart=/usr/bin/wirewatchd -c /etc/wirewatch/wirewatch.conf");
    assert_contains(&got, "ExecStart=/usr/bin/wirewatch-worker -c /etc/wirewatch/wirewatch.conf");
    assert_int_equal(run(NULL, "grep -rq /usr/local %s/usr/lib %s/etc", root, root), 1);

    /* The example config sets nothing: the installed worker uses the
     * installed catalog, found beside its own directory. */
    ww_buf_reset(&got);
    assert_int_equal(run(&got, "%s/usr/bin/wirewatch-worker -t -c %s/etc/wirewatch/wirewatch.conf "
                               "2>&1", root, root), 0);
    char shipped[600];
    snprintf(shipped, sizeof shipped, "loaded %s/usr/bin/../share/wirewatch/events.catalog "
                                      "(the shipped catalog)", root);
    assert_contains(&got, shipped);

    /* An edited config survives a reinstall and an uninstall. */
    assert_int_equal(run(NULL, "echo 'log-level info' >> %s/etc/wirewatch/wirewatch.conf", root),
                     0);
    assert_int_equal(make(NULL, "install", root), 0);
    assert_int_equal(run(NULL, "grep -q '^log-level info' %s/etc/wirewatch/wirewatch.conf", root),
                     0);
    ww_buf_reset(&out);
    assert_int_equal(make(&out, "uninstall", root), 0);
    assert_contains(&out, "kept");
    ww_buf_reset(&got);
    run(&got, "cd %s && find . -type f | sed 's|^\\.||'", root);
    assert_string_equal(got.ptr, "/etc/wirewatch/wirewatch.conf\n");

    /* Unchanged, it goes with the rest: nothing is left. */
    assert_int_equal(run(NULL, "rm -rf %s", root), 0);
    assert_int_equal(make(NULL, "install", root), 0);
    assert_int_equal(make(NULL, "uninstall", root), 0);
    ww_buf_reset(&got);
    run(&got, "cd %s && find . -type f", root);
    if (got.len != 0)
        fail_msg("left after uninstall:\n%s", got.ptr);
    ww_buf_free(&out), ww_buf_free(&want), ww_buf_free(&got);
    harness_destroy(&h);
}

/* wirewatch.conf(5) documents every directive the programs know, and the man
 * pages are clean roff. */
static void
test_man_pages(void **state)
{
    (void)state;
    ww_buf_t help = WW_BUF_INIT;
    assert_int_equal(run(&help, "build/bin/wirewatchd --help | sed -n '/^Config/,$p' | "
                                "tail -n +2 | awk '{print $1}'"), 0);
    assert_non_null(help.ptr);
    int n = 0;
    for (char *name = strtok(help.ptr, "\n"); name != NULL; name = strtok(NULL, "\n"), n++)
        if (run(NULL, "grep -q '^\\.BI %s ' docs/man/wirewatch.conf.5", name) != 0)
            fail_msg("directive %s is not in docs/man/wirewatch.conf.5", name);
    assert_true(n >= 25);
    if (run(NULL, "command -v groff >/dev/null") == 0) {
        ww_buf_t warn = WW_BUF_INIT;
        run(&warn, "for f in docs/man/*.[158]; do groff -k -man -Tutf8 -ww -z $f; done 2>&1");
        if (warn.len != 0)
            fail_msg("groff: %s", warn.ptr);
    }
    ww_buf_free(&help);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_install_and_uninstall),
        cmocka_unit_test(test_man_pages),
    };
    return cmocka_run_group_tests_name("install", tests, NULL, NULL);
}
