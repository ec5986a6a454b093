/* SPDX-License-Identifier: MIT
 *
 * test_dates — event instances and uncertain dates, through the real
 * pipeline (one worker, so that items commit in the order fed):
 *
 *  - an item whose date fell back to the dateline or the publication day
 *    joins the same type's instance of the day before (or, failing that,
 *    the day after) when its own day has none, and says so (event.joined);
 *    it stays on its own day when that day has an instance, and starts one
 *    when no adjacent day has any; an item whose text gives the date never
 *    moves; an exact copy of a joined item counts in the instance it joined
 *    (the log record names it);
 *  - an item whose event rests on talks whose medium it does not say
 *    ("pourparlers") joins the same actors' call of its day when a sure
 *    report (no copy, no such doubt) made one and no sure meeting of that day
 *    exists (event.joined), else it is a meeting; an item that says "met"
 *    stays a meeting; an exact copy of the joined item counts in the call
 *    (its log record names the call); a talk verb alone ("discussed") joins
 *    the sure meeting of its day the same way; talks the text does not date
 *    join the sure call of the day before when their own day has none;
 *  - a date the text gives in a language written ahead of Moscow (Korean:
 *    the Seoul day) joins the instance of the Moscow day before when its own
 *    day has none, and never the day after;
 *  - two copies of one text (the second with a word changed) whose
 *    "yesterday" resolved against two publication days are one story: the
 *    second is a near copy of the first and counts in its instance;
 *  - a story whose dateline lies past its publication's day in Moscow counts
 *    on the publication day, and a brief cut from it, published the next day
 *    under the same dateline, is still its copy (the near-duplicate rule
 *    compares the dates the texts give) and counts in its instance. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "harness.h"
#include "output.h"

#define CALL "lavrov_kerry_call:"
#define MEETING "lavrov_kerry_meeting:"

typedef struct {
    const char *id;
    const char *published;
    const char *body;
} item_t;

/* Feeds ITEMS[0..N) in LANG (source: the id's first letter) and waits until
 * OUT output entries are there. */
static void
feed_in(harness_t *h, const char *name, const item_t *items, size_t n, long long out,
        const char *lang)
{
    json_t *lines = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *j = json_pack("{s:s, s:s+, s:s, s:s, s:s, s:s, s:s}", "id", items[i].id, "source",
                              items[i].id, ".example", "url", "https://example.com/", "title", "",
                              "body", items[i].body, "lang", lang, "published",
                              items[i].published);
        assert_non_null(j);
        json_array_append_new(lines, j);
    }
    assert_int_equal(output_feed(h, name, lines), 0);
    json_decref(lines);
    assert_true(harness_wait_output(h, out, 10000));
}

static void
feed(harness_t *h, const char *name, const item_t *items, size_t n, long long out)
{
    feed_in(h, name, items, n, out, "en");
}

/* Feeds ITEMS[0..N) one at a time, item I in LANGS[I] ("en" when LANGS is NULL), each once
   the one before is out: each commit sees the instances of the ones before. */
static void
feed_one_by_one(harness_t *h, const item_t *items, size_t n, const char *const *langs)
{
    for (size_t i = 0; i < n; i++) {
        char name[32];
        snprintf(name, sizeof name, "item-%zu.jsonl", i);
        feed_in(h, name, &items[i], 1, 2LL * (long long)(i + 1), langs ? langs[i] : "en");
    }
}

/* A pipeline of one daemon and one worker, in a harness named NAME. */
static harness_t *
start_pipeline(const char *name)
{
    harness_t *h = harness_new(name, NULL);
    assert_non_null(h);
    harness_start(h, "wirewatchd", NULL, NULL);
    harness_start(h, "wirewatch-worker", NULL, NULL);
    return h;
}

/* Asserts that item ID counts in instance INSTANCE as its REPORTS-th
 * report, JOINED or not. */
static void
assert_instance(json_t *lines, const char *id, const char *instance, long reports, bool joined)
{
    json_t *item = output_find(lines, "id", id);
    if (item == NULL)
        fail_msg("%s was not published", id);
    json_t *ev = json_object_get(item, "event");
    const char *got = json_string_value(json_object_get(ev, "id"));
    if (got == NULL || strcmp(got, instance) != 0)
        fail_msg("%s: instance %s, want %s", id, got ? got : "none", instance);
    const char *date = json_string_value(json_object_get(ev, "date"));
    assert_non_null(date);
    assert_string_equal(date, strchr(instance, ':') + 1);
    assert_int_equal(json_integer_value(json_object_get(ev, "reports")), reports);
    if (json_is_true(json_object_get(ev, "joined")) != joined)
        fail_msg("%s: joined %d, want %d", id, !joined, joined);
}

static const char *const b_body =
    "MOSCOW, March 6. /TASS/. Russian Foreign Minister Sergei Lavrov and US Secretary of State "
    "John Kerry held a telephone conversation, the ministry's press service reported. They "
    "discussed humanitarian access to besieged towns.";

static void
test_uncertain_dates_join(void **state)
{
    (void)state;
    harness_t *h = start_pipeline("datesjoin");
    const item_t items[] = {
        /* the date in the text: a new instance */
        { "a", "2016-03-05T15:00:00Z",
          "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry "
          "discussed the ceasefire in Syria by telephone on March 5, the Russian Foreign "
          "Ministry said. The ministers agreed to continue contacts." },
        /* the dateline's day (March 6) has no instance, March 5 has: joins it */
        { "b", "2016-03-06T09:00:00Z", b_body },
        /* the publication day, no instance around it: its own */
        { "c", "2016-03-12T10:00:00Z",
          "Lavrov and Kerry spoke by phone about Ukraine and the Minsk agreements, according "
          "to a statement of the Russian Foreign Ministry. Officials gave no further details." },
        /* the date in the text, the day after an instance: never moves */
        { "d", "2016-03-13T10:00:00Z",
          "Sergei Lavrov and John Kerry talked by telephone on March 13 about the truce "
          "monitoring group, the State Department said." },
        /* the publication day, which has an instance: stays */
        { "e", "2016-03-12T18:00:00Z",
          "Russian Foreign Minister Sergei Lavrov had a phone call with US Secretary of State "
          "John Kerry on Yemen and the convoys, the ministry reported without details." },
        /* the date in the text, for the next one to join the day after */
        { "f", "2016-03-21T10:00:00Z",
          "Lavrov and Kerry discussed terrorist groups excluded from the truce in a phone call "
          "on March 21, the Russian Foreign Ministry said." },
        /* the publication day (March 20): nothing on March 19, March 21 has */
        { "g", "2016-03-20T20:00:00Z",
          "Kerry and Lavrov spoke on the phone about the political process in Geneva and the "
          "envoy's initiative, a Russian diplomatic source said." },
    };
    feed_one_by_one(h, items, sizeof items / sizeof items[0], NULL);
    /* an exact copy of b (the log record names the instance b joined) */
    const item_t copy = { "bcopy", "2016-03-07T09:00:00Z", b_body };
    feed(h, "copy.jsonl", &copy, 1, 16);

    json_t *lines = output_tail(h, 1, 8, "item.");
    assert_int_equal(json_array_size(lines), 8);
    assert_instance(lines, "a", CALL "2016-03-05", 1, false);
    assert_instance(lines, "b", CALL "2016-03-05", 2, true);
    assert_instance(lines, "c", CALL "2016-03-12", 1, false);
    assert_instance(lines, "d", CALL "2016-03-13", 1, false);
    assert_instance(lines, "e", CALL "2016-03-12", 2, false);
    assert_instance(lines, "f", CALL "2016-03-21", 1, false);
    assert_instance(lines, "g", CALL "2016-03-21", 2, true);
    assert_string_equal(output_dup_status(output_find(lines, "id", "bcopy")), "exact");
    assert_instance(lines, "bcopy", CALL "2016-03-05", 3, false);
    json_decref(lines);
    /* the update of the instance b joined lists both outlets */
    json_t *updates = output_tail(h, 1, 8, "update.");
    json_t *u = json_array_get(updates, 1);
    assert_string_equal(json_string_value(json_object_get(u, "id")), CALL "2016-03-05");
    assert_int_equal(json_array_size(json_object_get(u, "outlets")), 2);
    json_decref(updates);
    harness_destroy(&h);
}

static const char *const talks_body =
    "Sergueï Lavrov et John Kerry ont tenu des pourparlers dimanche sur la situation en Syrie, "
    "a indiqué le ministère russe des Affaires étrangères. Les deux ministres ont évoqué la "
    "trêve.";

static void
test_talks_join_the_call_of_the_day(void **state)
{
    (void)state;
    harness_t *h = start_pipeline("datestalks");
    const item_t items[] = {
        /* a call on Sunday, March 6 */
        { "call", "2016-03-06T15:00:00Z",
          "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry "
          "discussed the ceasefire in Syria by telephone on March 6, the Russian Foreign "
          "Ministry said." },
        /* "pourparlers" on Sunday: the call other reports made that day */
        { "talks", "2016-03-06T18:00:00Z", talks_body },
        /* "met in Geneva" on March 6: a meeting, whatever the call */
        { "met", "2016-03-06T20:00:00Z",
          "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in "
          "Geneva on March 6 to discuss the ceasefire, the ministry said." },
        /* "pourparlers" on Thursday, March 10, when no call was reported: a meeting */
        { "alone", "2016-03-10T18:00:00Z",
          "Sergueï Lavrov et John Kerry ont tenu jeudi des pourparlers sur l'Ukraine, a indiqué "
          "le ministère russe des Affaires étrangères sans autre précision." },
        /* talks on Sunday, March 20, before any call report: an unsure meeting ... */
        { "early", "2016-03-20T18:00:00Z",
          "Sergueï Lavrov et John Kerry ont tenu des pourparlers dimanche sur la Syrie, selon le "
          "ministère russe des Affaires étrangères." },
        /* ... then the call ... */
        { "call20", "2016-03-20T19:00:00Z",
          "Lavrov and Kerry spoke by telephone on March 20 about the Syrian truce, the Russian "
          "Foreign Ministry said." },
        /* ... which later talks of that day join */
        { "late", "2016-03-20T21:00:00Z",
          "Le chef de la diplomatie russe Sergueï Lavrov et le secrétaire d'État John Kerry ont "
          "mené dimanche des négociations sur la trêve en Syrie." },
        /* a meeting in Moscow on March 25, and "discussed" that day: the meeting */
        { "met25", "2016-03-25T15:00:00Z",
          "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in "
          "Moscow on March 25, the ministry said." },
        { "spoke", "2016-03-25T18:00:00Z",
          "Sergei Lavrov and John Kerry discussed the Syrian truce on March 25, the Russian "
          "Foreign Ministry said." },
        /* a call on March 28, and talks the text does not date, published the next morning:
           the call of the day before */
        { "call28", "2016-03-28T17:00:00Z",
          "Lavrov and Kerry spoke by telephone on March 28 about Yemen, the Russian Foreign "
          "Ministry said." },
        { "next", "2016-03-29T08:00:00Z",
          "Sergueï Lavrov et John Kerry ont tenu des pourparlers sur le Yémen, a indiqué le "
          "ministère russe des Affaires étrangères." },
    };
    static const char *const langs[] = { "en", "fr", "en", "fr", "fr", "en", "fr", "en", "en",
                                         "en", "fr" };
    feed_one_by_one(h, items, sizeof items / sizeof items[0], langs);
    /* an exact copy of the talks, on another outlet (its log record names the call) */
    const item_t copy = { "tcopy", "2016-03-07T08:00:00Z", talks_body };
    feed_in(h, "copy.jsonl", &copy, 1, 24, "fr");

    json_t *lines = output_tail(h, 1, 12, "item.");
    assert_int_equal(json_array_size(lines), 12);
    assert_instance(lines, "call", CALL "2016-03-06", 1, false);
    assert_instance(lines, "talks", CALL "2016-03-06", 2, true);
    json_t *ev = json_object_get(output_find(lines, "id", "talks"), "event");
    assert_string_equal(json_string_value(json_object_get(ev, "type")), "lavrov_kerry_call");
    assert_string_equal(json_string_value(json_object_get(ev, "action")), "talks");
    assert_instance(lines, "met", MEETING "2016-03-06", 1, false);
    assert_instance(lines, "alone", MEETING "2016-03-10", 1, false);
    assert_string_equal(output_dup_status(output_find(lines, "id", "tcopy")), "exact");
    assert_instance(lines, "tcopy", CALL "2016-03-06", 3, false);
    assert_instance(lines, "early", MEETING "2016-03-20", 1, false);
    assert_instance(lines, "call20", CALL "2016-03-20", 1, false);
    assert_instance(lines, "late", CALL "2016-03-20", 2, true);
    assert_instance(lines, "met25", MEETING "2016-03-25", 1, false);
    assert_instance(lines, "spoke", MEETING "2016-03-25", 2, true);
    assert_instance(lines, "call28", CALL "2016-03-28", 1, false);
    assert_instance(lines, "next", CALL "2016-03-28", 2, true);
    json_decref(lines);
    /* the readable line says so too */
    ww_buf_t brief = WW_BUF_INIT;
    assert_int_equal(harness_client(h, &brief, "tail", "--from", "1", "--count", "4", "--timeout",
                                    "10", "--topic", "item.", "--brief", NULL), 0);
    const char *talks = strstr(brief.ptr, " talks ");
    assert_non_null(talks);
    const char *eol = strchr(talks, '\n');
    assert_non_null(eol);
    const char *want = strstr(talks, "[lavrov_kerry_call:2016-03-06, report 2, joined]");
    if (want == NULL || want > eol)
        fail_msg("tail --brief: %.*s", (int)(eol - talks), talks);
    ww_buf_free(&brief);
    harness_destroy(&h);
}

/* A call in the Moscow evening is the next day in Seoul: "15일" (the 15th) there may be March
   14 in Moscow. */
static void
test_local_day_ahead_joins_day_before(void **state)
{
    (void)state;
    harness_t *h = start_pipeline("datesahead2");
    const item_t items[] = {
        { "m", "2016-03-14T20:00:00Z",
          "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry "
          "discussed the Syrian truce by telephone on March 14, the Russian Foreign Ministry "
          "said." },
        /* 10:00 on March 15 in Seoul */
        { "k", "2016-03-15T01:00:00Z",
          "세르게이 라브로프 러시아 외무장관과 존 케리 미국 국무장관이 15일 전화 통화를 하고 "
          "시리아 휴전 문제를 논의했다고 러시아 외무부가 밝혔다." },
        /* an instance of March 23 ... */
        { "n", "2016-03-23T15:00:00Z",
          "Lavrov and Kerry discussed Yemen and aid convoys in a phone call on March 23, the "
          "Russian Foreign Ministry said." },
        /* ... which a Korean call of March 22 (the day before) never joins */
        { "q", "2016-03-23T02:00:00Z",
          "라브로프 러시아 외무장관과 케리 미국 국무장관은 22일 전화 통화에서 예멘 사태와 "
          "인도적 지원 문제를 협의했다고 러시아 외무부가 전했다." },
    };
    static const char *const langs[] = { "en", "ko", "en", "ko" };
    feed_one_by_one(h, items, sizeof items / sizeof items[0], langs);
    json_t *lines = output_tail(h, 1, 4, "item.");
    assert_int_equal(json_array_size(lines), 4);
    assert_instance(lines, "m", CALL "2016-03-14", 1, false);
    assert_instance(lines, "k", CALL "2016-03-14", 2, true);
    assert_instance(lines, "n", CALL "2016-03-23", 1, false);
    assert_instance(lines, "q", CALL "2016-03-22", 1, false);
    json_decref(lines);
    harness_destroy(&h);
}

static void
test_relative_date_does_not_split_copies(void **state)
{
    (void)state;
    harness_t *h = start_pipeline("datescopy");
    static const char story[] =
        "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry discussed "
        "Yemen in a telephone conversation yesterday, the Russian Foreign Ministry said. The "
        "ministers agreed to continue contacts on the settlement and stressed the need for "
        "humanitarian pauses in the fighting around the port cities. Both sides underlined the "
        "importance of a political process under the auspices of the United Nations envoy, "
        "who is expected to present new proposals to the parties in the coming weeks. The "
        "conversation also touched upon the situation in eastern Ukraine, where monitors of "
        "the mission reported fresh violations along the contact line, and the preparation "
        "of the next round of consultations between experts of the two countries on "
        "strategic stability, nuclear security and the fight against international "
        "terrorism, according to the statement released by the press service.";
    /* a light edit: one word changed, not the same text for the exact hash */
    char *copy = strdup(story);
    assert_non_null(copy);
    char *w = strstr(copy, "stressed");
    assert_non_null(w);
    memcpy(w, "repeated", 8);
    /* "yesterday": March 5 for the first, March 6 for the copy a day later */
    const item_t items[] = { { "first", "2016-03-06T12:00:00Z", story },
                             { "later", "2016-03-07T12:00:00Z", copy } };
    feed(h, "first.jsonl", &items[0], 1, 2);
    feed(h, "later.jsonl", &items[1], 1, 4);
    json_t *lines = output_tail(h, 1, 2, "item.");
    assert_int_equal(json_array_size(lines), 2);
    json_t *later = output_find(lines, "id", "later");
    assert_string_equal(output_dup_status(later), "near");
    assert_string_equal(output_dup_of(later), "first");
    assert_instance(lines, "first", CALL "2016-03-05", 1, false);
    assert_instance(lines, "later", CALL "2016-03-05", 2, false);
    json_decref(lines);
    free(copy);
    harness_destroy(&h);
}

/* One call report: its lead, and the rest of the story after it. */
static const char call_lead[] =
    "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry held a "
    "telephone conversation on the initiative of the American side, the ministry's press "
    "service reported. The ministers discussed the cessation of hostilities in Syria and the "
    "delivery of humanitarian aid to besieged towns, and agreed that the monitoring centres "
    "in Latakia and Amman should exchange information on violations every day.";
static const char call_rest[] =
    "\nThey also touched upon the preparation of the next round of intra-Syrian talks in "
    "Geneva, the work of the international support group and the situation around the "
    "northern border crossings, where aid convoys have waited for permission for weeks. "
    "The Russian side stressed that groups outside the truce must be separated from the "
    "moderate opposition without delay, and both sides spoke in favour of regular "
    "contacts between their military experts on the safety of flights.";

/* Starts a pipeline in *H (NAME) and feeds the whole story ("story", published at
   STORY_AT), then a brief of its lead ("brief", at BRIEF_AT), each after DATELINE (may be
   ""); returns the two published items. */
static json_t *
story_then_brief(harness_t **h, const char *name, const char *dateline, const char *story_at,
                 const char *brief_at)
{
    *h = start_pipeline(name);
    ww_buf_t full = WW_BUF_INIT, brief = WW_BUF_INIT;
    ww_buf_printf(&full, "%s%s%s", dateline, call_lead, call_rest);
    ww_buf_printf(&brief, "%s%s", dateline, call_lead);
    const item_t items[] = { { "story", story_at, full.ptr }, { "brief", brief_at, brief.ptr } };
    feed(*h, "story.jsonl", &items[0], 1, 2);
    feed(*h, "brief.jsonl", &items[1], 1, 4);
    json_t *lines = output_tail(*h, 1, 2, "item.");
    assert_int_equal(json_array_size(lines), 2);
    ww_buf_free(&full);
    ww_buf_free(&brief);
    return lines;
}

static void
test_dateline_ahead_keeps_copies(void **state)
{
    (void)state;
    harness_t *h;
    /* 19:30 UTC, March 6: 22:30 in Moscow, an edition already dated March 7 */
    json_t *lines = story_then_brief(&h, "datesahead", "MOSCOW, March 7. /TASS/. ",
                                     "2016-03-06T19:30:00Z", "2016-03-07T10:00:00Z");
    assert_instance(lines, "story", CALL "2016-03-06", 1, false);
    json_t *brief = output_find(lines, "id", "brief");
    assert_string_equal(output_dup_status(brief), "near");
    assert_string_equal(output_dup_of(brief), "story");
    assert_instance(lines, "brief", CALL "2016-03-06", 2, false);
    json_decref(lines);
    harness_destroy(&h);
}

/* Copies whose text gives no date, published two days apart: the publication days are not
   what the texts say, and the brief is still a copy of the story. */
static void
test_undated_copies_days_apart(void **state)
{
    (void)state;
    harness_t *h;
    json_t *lines = story_then_brief(&h, "datesnone", "", "2016-03-06T12:00:00Z",
                                     "2016-03-08T10:00:00Z");
    json_t *brief = output_find(lines, "id", "brief");
    assert_string_equal(output_dup_status(brief), "near");
    assert_string_equal(output_dup_of(brief), "story");
    json_decref(lines);
    harness_destroy(&h);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_uncertain_dates_join),
        cmocka_unit_test(test_local_day_ahead_joins_day_before),
        cmocka_unit_test(test_talks_join_the_call_of_the_day),
        cmocka_unit_test(test_relative_date_does_not_split_copies),
        cmocka_unit_test(test_dateline_ahead_keeps_copies),
        cmocka_unit_test(test_undated_copies_days_apart),
    };
    return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
