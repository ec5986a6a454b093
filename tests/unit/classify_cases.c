/* SPDX-License-Identifier: MIT
 *
 * classify_cases — what test_classify and test_classify_cues share: the shipped
 * catalog as the group's state, one item classified, and the checks of a
 * verdict and of a table of cases. */
#include "classify_cases.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "events/dates.h"

#define SHIPPED "deploy/catalog/events.catalog"
#define DAY_MS 86400000LL

int64_t
at(int y, int m, int d, int hours)
{
    return (int64_t)dates_days_from_civil(y, m, d) * DAY_MS + (int64_t)hours * 3600000LL;
}

int
group_setup(void **state)
{
    char err[256];
    catalog_t *c = catalog_load(SHIPPED, err, sizeof err);
    if (c == NULL) {
        print_error("%s\n", err);
        return -1;
    }
    *state = c;
    return 0;
}

int
group_teardown(void **state)
{
    catalog_t *c = *state;
    catalog_destroy(&c);
    return 0;
}

classify_result_t
run(const catalog_t *c, const char *lang, const char *title, const char *body, int64_t pub)
{
    classify_result_t r;
    assert_int_equal(classify_item(c, title, strlen(title), body, strlen(body), lang, pub, &r), 0);
    return r;
}

bool
has(const char *const *v, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], name) == 0)
            return true;
    return false;
}

void
expect(const char *what, const classify_result_t *r, const char *type, const char *date)
{
    const char *got = r->type ? r->type : "(none)";
    const char *want = type ? type : "(none)";
    if (strcmp(got, want) != 0)
        fail_msg("%s: type %s, want %s (action %s, %zu actors)", what, got, want,
                 r->action ? r->action : "-", r->n_actors);
    if (date != NULL && strcmp(r->date, date) != 0)
        fail_msg("%s: date %s, want %s", what, r->date, date);
    if (type == NULL) {
        assert_string_equal(r->date, "");
        assert_true(r->confidence == 0.0);
    } else {
        assert_true(r->confidence > 0.0 && r->confidence <= 1.0);
    }
}

void
check_cases(const catalog_t *c, const case_t *k, size_t n, int64_t pub)
{
    size_t failures = 0;
    for (size_t i = 0; i < n; i++, k++) {
        classify_result_t r = run(c, k->lang, k->title, k->body, pub);
        const char *got = r.type ? r.type : "-";
        bool ok = k->type == NULL ? r.type == NULL
                                  : r.type != NULL && strcmp(r.type, k->type) == 0 &&
                                        (k->date == NULL || strcmp(r.date, k->date) == 0);
        if (!ok) {
            print_error("%zu %s \"%s\": type %s date %s (want %s %s) action %s actors %zu\n", i,
                        k->lang, k->title, got, r.date, k->type ? k->type : "-",
                        k->date ? k->date : "", r.action ? r.action : "-", r.n_actors);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}

void
check_not_type(const catalog_t *c, const case_t *k, size_t n, int64_t pub, const char *type)
{
    size_t failures = 0;
    for (size_t i = 0; i < n; i++, k++) {
        classify_result_t r = run(c, k->lang, k->title, k->body, pub);
        if (r.type != NULL && strcmp(r.type, type) == 0) {
            print_error("%zu %s \"%s\": came out %s %s\n", i, k->lang, k->title, type, r.date);
            failures++;
        }
    }
    assert_int_equal(failures, 0);
}
