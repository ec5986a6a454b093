/* SPDX-License-Identifier: MIT
 *
 * dates_zones — the time zone a language's press mostly writes in, at a given
 * moment (DATA, one table, and the summer-time rules it needs); pure. Weekdays
 * and "yesterday" count from the writer's day (classify_date.c). */
#include "dates_int.h"

#include <stdbool.h>
#include <string.h>

/* The time zones where most of the news in a language is written, for the languages whose
   press lives mostly in one zone far enough from UTC to move a day: there a weekday or a
   "yesterday" counts from the writer's day. Minutes east of UTC, with a summer rule where
   one applies. Russian and Belarusian count in Moscow (the event's day; Minsk keeps its
   time). The languages of one country or a few in Central and Eastern European time count
   there, with European summer time (EU_SUMMER): "gestern" written at 00:30 in Berlin is the
   Berlin day before. Turkish counts in Turkey's
   time (Eastern European with summer time until 7 September 2016, UTC+3 since: TURKEY);
   Arabic at UTC+3 (the Gulf, Iraq, the Levant's summer; Egypt's and the Levant's winter are
   an hour behind, the Maghreb two); French in France's (Africa's and Canada's press are
   fewer), Ukrainian in Kyiv's, Persian with Iran's summer hour, Portuguese in Brazil's
   (UTC-3; Portugal's press is smaller). English and Spanish are written in many zones:
   they count from UTC. */
#define EU_SUMMER 1
#define TURKEY 2
#define IRAN 3          /* an hour more from 1 Farvardin to 30 Shahrivar (22 March - 21 September) */
#define TURKEY_FIXED_MS 1473206400000LL  /* 2016-09-07T00:00Z: UTC+3 all year from then */
static const struct {
    const char *lang;
    int32_t minutes;
    int rule;
} writer_zones[] = {
    { "ru", DATES_ZONE_MOSCOW, 0 }, { "be", DATES_ZONE_MOSCOW, 0 },
    { "ja", 540, 0 }, { "ko", 540, 0 }, { "zh", 480, 0 }, { "ms", 480, 0 }, { "th", 420, 0 },
    { "vi", 420, 0 }, { "id", 420, 0 }, { "bn", 360, 0 }, { "hi", 330, 0 }, { "mr", 330, 0 },
    { "ta", 330, 0 }, { "ur", 300, 0 }, { "fa", 210, IRAN }, { "ka", 240, 0 }, { "hy", 240, 0 },
    { "az", 240, 0 },
    { "de", 60, EU_SUMMER }, { "it", 60, EU_SUMMER }, { "nl", 60, EU_SUMMER },
    { "pl", 60, EU_SUMMER }, { "cs", 60, EU_SUMMER }, { "sk", 60, EU_SUMMER },
    { "sl", 60, EU_SUMMER }, { "hr", 60, EU_SUMMER }, { "sr", 60, EU_SUMMER },
    { "bs", 60, EU_SUMMER }, { "mk", 60, EU_SUMMER }, { "sq", 60, EU_SUMMER },
    { "hu", 60, EU_SUMMER }, { "da", 60, EU_SUMMER }, { "no", 60, EU_SUMMER },
    { "nb", 60, EU_SUMMER }, { "nn", 60, EU_SUMMER },
    { "sv", 60, EU_SUMMER }, { "ca", 60, EU_SUMMER }, { "fr", 60, EU_SUMMER },
    { "el", 120, EU_SUMMER }, { "ro", 120, EU_SUMMER }, { "bg", 120, EU_SUMMER },
    { "fi", 120, EU_SUMMER }, { "lt", 120, EU_SUMMER }, { "lv", 120, EU_SUMMER },
    { "et", 120, EU_SUMMER }, { "he", 120, EU_SUMMER }, { "uk", 120, EU_SUMMER },
    { "tr", 120, TURKEY }, { "ar", 180, 0 }, { "pt", -180, 0 },
};

/* The day (since the epoch) of the last Sunday of month M of year Y. */
static int32_t
last_sunday(int y, int m)
{
    int32_t last = (m == 12 ? dates_days_from_civil(y + 1, 1, 1)
                            : dates_days_from_civil(y, m + 1, 1)) - 1;
    return last - (int32_t)(((last % 7) + 7 + 4) % 7);     /* 1970-01-01 was a Thursday */
}

/* True when MS falls in European summer time: from 01:00 UTC on the last Sunday of March to
   01:00 UTC on the last Sunday of October (Israel's starts two days earlier: an hour of
   difference for those two nights only). */
static bool
eu_summer(int64_t ms)
{
    int y, m, d;
    dates_civil_from_days(dates_day_of_ms(ms), &y, &m, &d);
    int64_t from = (int64_t)last_sunday(y, 3) * MS_PER_DAY + 3600000;
    int64_t to = (int64_t)last_sunday(y, 10) * MS_PER_DAY + 3600000;
    return ms >= from && ms < to;
}

/* True when MS falls in Iran's summer time (to 2022): from 00:00 on 22 March to 00:00 on 22
   September, Tehran time (20:30 and 19:30 UTC the day before). */
static bool
iran_summer(int64_t ms)
{
    int y, m, d;
    dates_civil_from_days(dates_day_of_ms(ms), &y, &m, &d);
    int64_t from = (int64_t)dates_days_from_civil(y, 3, 22) * MS_PER_DAY - 210 * 60000;
    int64_t to = (int64_t)dates_days_from_civil(y, 9, 22) * MS_PER_DAY - 270 * 60000;
    return ms >= from && ms < to;
}

int32_t
dates_writer_zone(const char *lang, int64_t ms)
{
    if (lang == NULL)
        return DATES_ZONE_NONE;
    size_t n = strcspn(lang, "-_");                 /* "zh-Hant" is "zh" */
    for (size_t i = 0; i < sizeof writer_zones / sizeof writer_zones[0]; i++) {
        if (strlen(writer_zones[i].lang) != n || memcmp(writer_zones[i].lang, lang, n) != 0)
            continue;
        int rule = writer_zones[i].rule;
        if (rule == TURKEY && ms >= TURKEY_FIXED_MS)
            return 180;
        bool summer = rule == IRAN ? iran_summer(ms)
                                   : (rule == EU_SUMMER || rule == TURKEY) && eu_summer(ms);
        return writer_zones[i].minutes + (summer ? 60 : 0);
    }
    return DATES_ZONE_NONE;
}
