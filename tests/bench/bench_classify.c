/* SPDX-License-Identifier: MIT
 *
 * bench_classify — CPU cost of classify_item() on 3 KB wire items with the
 * whole shipped catalog loaded. Prints one line:
 *   bench_classify items=N bytes_per_item=... ns_per_item=... items_per_s=...
 *
 * The items are made here, deterministically, in the shape of real wire copy:
 * a title, a dateline paragraph that names actors, an action and a date, and
 * background paragraphs that mention more actors, topics and dates, padded
 * to about 3 KB. Languages rotate among English, Russian, German, Arabic and
 * Chinese, and the action among a call, a meeting and none, so that every
 * path (scan, segmentation, negation, participants, dates) is timed. A pool
 * of POOL_ITEMS items is cycled through. Usage: bench_classify [ITEMS] [CATALOG] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "events/classify.h"
#include "ww_alloc.h"
#include "ww_buf.h"

#define ITEM_BYTES    3072
#define POOL_ITEMS    256
#define DEFAULT_ITEMS 50000
#define CATALOG_PATH  "deploy/catalog/events.catalog"

typedef struct {
    const char *lang, *title, *lead, *filler;
} style_t;

static const style_t styles[] = {
    { "en", "Lavrov, Kerry discuss Syria ceasefire by phone",
      "MOSCOW, March %d. /TASS/. Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State "
      "John Kerry discussed the ceasefire in Syria in a telephone conversation on Sunday, the "
      "Russian foreign ministry said.",
      "The sides stressed the need to separate the opposition from terrorist groups and to ensure "
      "humanitarian access to besieged towns. On February 27 a cessation of hostilities took effect "
      "in Syria; it does not cover the Islamic State. Earlier, President Vladimir Putin and Barack "
      "Obama discussed Ukraine and the Minsk agreements of February 12. " },
    { "en", "Lavrov and Kerry meet in Geneva",
      "GENEVA, September %d (Reuters) - Lavrov and Kerry met in Geneva on Friday for talks on Syria "
      "and Yemen, officials said.",
      "The talks lasted more than ten hours. Over the past week the ministers spoke by phone three "
      "times. Iran and North Korea were also on the agenda, a diplomat said on condition of "
      "anonymity, adding that no agreement on humanitarian corridors was reached yet. " },
    { "ru", "Лавров и Керри обсудили по телефону ситуацию на Украине",
      "МОСКВА, %d марта. /ТАСС/. Министр иностранных дел России Сергей Лавров и госсекретарь США "
      "Джон Керри в воскресенье провели телефонный разговор, сообщили в МИД РФ.",
      "Стороны обсудили выполнение минских договоренностей и ситуацию в Донбассе, а также "
      "гуманитарные вопросы. Ранее президент России Владимир Путин заявил, что режим прекращения "
      "огня в Сирии в целом соблюдается. Террористические группировки не подпадают под перемирие. " },
    { "de", "Lawrow und Kerry sprechen über Syrien",
      "BERLIN, %d. März (dpa) - Der russische Außenminister Sergej Lawrow hat am Sonntag mit "
      "US-Außenminister John Kerry telefoniert.",
      "Beide Minister sprachen über die Waffenruhe in Syrien und die humanitäre Lage in Aleppo. "
      "Zuvor hatte Kremlchef Wladimir Putin mit Präsident Barack Obama über die Ukraine gesprochen. "
      "Ein Treffen der beiden ist derzeit nicht geplant, hieß es in Moskau. " },
    { "ar", "لافروف وكيري يبحثان الأزمة السورية",
      "موسكو - أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي جون كيري "
      "يوم الأحد %d، بحثا خلاله الوضع في سوريا.",
      "وأكد الجانبان ضرورة الفصل بين المعارضة والجماعات الإرهابية وضمان وصول المساعدات الإنسانية. "
      "وكان وقف إطلاق النار قد دخل حيز التنفيذ في سوريا في السابع والعشرين من فبراير. " },
    { "zh", "拉夫罗夫与克里通电话讨论叙利亚局势",
      "新华社莫斯科3月%d日电 俄罗斯外长拉夫罗夫6日与美国国务卿克里通电话，双方讨论了叙利亚停火问题。",
      "双方强调必须将反对派与恐怖组织区分开来，并确保人道主义援助能够进入被围困地区。"
      "此前，俄罗斯总统普京与美国总统奥巴马也就乌克兰问题交换了意见。" },
    { "en", "Russia says Syria talks must include Kurds",
      "MOSCOW, March %d. /TASS/. Russia's foreign ministry said on Sunday that the intra-Syrian "
      "talks in Geneva must include all opposition groups, including the Kurds.",
      "The ministry recalled that the UN Security Council resolution of December 18 set out the "
      "agenda. Lavrov has repeatedly raised the issue with Kerry, most recently by phone last week. "
      "Turkey objects to Kurdish participation, Ankara said on Saturday. " },
};

static int64_t
now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

typedef struct {
    char *title, *body;
    size_t title_len, body_len;
    const char *lang;
    int64_t published_ms;
} item_t;

static void
make_item(size_t i, item_t *it)
{
    const style_t *s = &styles[i % (sizeof styles / sizeof styles[0])];
    int day = (int)(i % 28) + 1;
    ww_buf_t b = WW_BUF_INIT;
    const char *mark = strstr(s->lead, "%d");          /* where the day goes */
    ww_buf_append(&b, s->lead, (size_t)(mark - s->lead));
    ww_buf_printf(&b, "%d", day);
    ww_buf_puts(&b, mark + 2);
    ww_buf_putc(&b, '\n');
    while (b.len < ITEM_BYTES - strlen(s->filler)) {
        ww_buf_puts(&b, s->filler);
        ww_buf_putc(&b, '\n');
    }
    it->body = ww_buf_steal(&b, &it->body_len);
    it->title = ww_xstrdup(s->title);
    it->title_len = strlen(s->title);
    it->lang = i % 8 == 0 ? NULL : s->lang;   /* the worker passes one; a few go without */
    it->published_ms = (int64_t)(16866 + (int64_t)(i % 700)) * 86400000LL + 43200000LL;
}

int
main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : DEFAULT_ITEMS;
    const char *path = argc > 2 ? argv[2] : CATALOG_PATH;
    if (n <= 0) {
        fprintf(stderr, "usage: %s [ITEMS] [CATALOG]\n", argv[0]);
        return 64;
    }
    char err[256];
    int64_t t0 = now_ns();
    catalog_t *cat = catalog_load(path, err, sizeof err);
    if (cat == NULL) {
        fprintf(stderr, "bench_classify: %s\n", err);
        return 1;
    }
    int64_t load_ns = now_ns() - t0;
    item_t pool[POOL_ITEMS];
    size_t bytes = 0;
    for (size_t i = 0; i < POOL_ITEMS; i++) {
        make_item(i, &pool[i]);
        bytes += pool[i].title_len + pool[i].body_len;
    }
    size_t events = 0;
    classify_result_t r;
    for (size_t i = 0; i < POOL_ITEMS; i++) {           /* warm up */
        const item_t *it = &pool[i];
        classify_item(cat, it->title, it->title_len, it->body, it->body_len, it->lang,
                      it->published_ms, &r);
        events += r.type != NULL;
    }
    t0 = now_ns();
    for (long k = 0; k < n; k++) {
        const item_t *it = &pool[k % POOL_ITEMS];
        classify_item(cat, it->title, it->title_len, it->body, it->body_len, it->lang,
                      it->published_ms, &r);
    }
    double ns = (double)(now_ns() - t0) / (double)n;
    catalog_stats_t st;
    catalog_stats(cat, &st);
    printf("bench_classify items=%ld bytes_per_item=%zu ns_per_item=%.0f items_per_s=%.0f "
           "events_in_pool=%zu/%d catalog_terms=%zu catalog_states=%zu load_ms=%.1f\n",
           n, bytes / POOL_ITEMS, ns, 1e9 / ns, events, POOL_ITEMS, st.terms, st.states,
           (double)load_ns / 1e6);
    for (size_t i = 0; i < POOL_ITEMS; i++) {
        free(pool[i].title);
        free(pool[i].body);
    }
    catalog_destroy(&cat);
    return 0;
}
