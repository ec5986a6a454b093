/* SPDX-License-Identifier: MIT
 *
 * bench_corpus — the 3 KB wire items the per-stage benches cut from
 * sentences written for these benches in English, Russian, Arabic and
 * Chinese (never real page text): paragraphs of sentences drawn at random,
 * with a few lines of page chrome (a section name, "Share", a comment
 * counter, a caption with a credit) mixed in the way scraped pages have
 * them, cut to ITEM_BYTES at a character boundary. Header-only: each bench
 * is one translation unit. */
#ifndef WW_TESTS_BENCH_BENCH_CORPUS_H
#define WW_TESTS_BENCH_BENCH_CORPUS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "bench_words.h"
#include "ww_buf.h"
#include "ww_utf8.h"

#define ITEM_BYTES    3072
#define CORPUS_COUNT  4
#define PARAGRAPH_MAX 4 /* sentences per paragraph: 1..PARAGRAPH_MAX */
#define CHROME_EVERY  3 /* one paragraph in three is followed by a chrome line */

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    const char *code;
    const char *const *sentences;
    size_t n_sentences;
    const char *const *chrome;
    size_t n_chrome;
} corpus_t;

static const char *const en_sentences[] = {
    "MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov and US Secretary of "
    "State John Kerry discussed the situation in Syria by telephone on Tuesday, the Russian "
    "Foreign Ministry said.",
    "The ministers exchanged views on the humanitarian situation around Aleppo and on the "
    "prospects for the next round of talks in Geneva.",
    "Both sides stressed the importance of the ceasefire that came into force at midnight "
    "on Saturday.",
    "The conversation took place at the initiative of the American side.",
    "According to the ministry, the parties agreed that their experts would stay in close "
    "contact over the coming days.",
    "\"We are ready to continue working with our partners on a political settlement,\" the "
    "minister told reporters after the meeting.",
    "The UN Security Council is expected to consider a draft resolution on the issue later "
    "this week.",
    "Earlier, the Kremlin press service said that President Vladimir Putin had held a "
    "meeting with the permanent members of the Security Council.",
    "Officials in Brussels declined to comment on the reports, citing the confidential "
    "nature of the consultations.",
    "The delegation will also visit Ankara and Tehran before returning to Moscow on Friday.",
    "Analysts say the agreement could open the way for the return of refugees to the "
    "eastern districts of the city.",
    "The next meeting of the working group is scheduled for the end of the month in Vienna.",
};

static const char *const en_chrome[] = {
    "All news", "Share", "Comments 12", "Read also", "Politics",
    "The two ministers before talks in Geneva Ivan Petrov/TASS", "Subscribe", "Newsfeed",
};

static const char *const ru_sentences[] = {
    "МОСКВА, 3 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров и госсекретарь "
    "США Джон Керри во вторник обсудили по телефону ситуацию в Сирии, сообщили в МИД России.",
    "Министры обменялись мнениями о гуманитарной ситуации вокруг Алеппо и о перспективах "
    "следующего раунда переговоров в Женеве.",
    "Стороны подчеркнули важность режима прекращения огня, который вступил в силу в полночь "
    "в субботу.",
    "Разговор состоялся по инициативе американской стороны.",
    "По данным министерства, стороны договорились, что их эксперты будут поддерживать тесный "
    "контакт в ближайшие дни.",
    "«Мы готовы продолжать работу с партнёрами над политическим урегулированием», — сказал "
    "министр журналистам после встречи.",
    "Ожидается, что Совет Безопасности ООН рассмотрит проект резолюции по этому вопросу на "
    "этой неделе.",
    "Ранее пресс-служба Кремля сообщила, что президент Владимир Путин провёл совещание с "
    "постоянными членами Совета Безопасности.",
    "Официальные лица в Брюсселе отказались комментировать эти сообщения, сославшись на "
    "конфиденциальный характер консультаций.",
    "Делегация также посетит Анкару и Тегеран, прежде чем вернуться в Москву в пятницу.",
    "По мнению аналитиков, соглашение может открыть путь к возвращению беженцев в восточные "
    "районы города.",
    "Следующее заседание рабочей группы запланировано на конец месяца в Вене.",
};

static const char *const ru_chrome[] = {
    "Все новости", "Поделиться", "Комментарии 12", "Читайте также", "Политика",
    "Сергей Лавров и Джон Керри в Женеве \xc2\xa9 Иван Петров/ТАСС", "Подписаться",
    "Лента новостей",
};

static const char *const ar_sentences[] = {
    "موسكو، 3 مارس. بحث وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي جون كيري "
    "الوضع في سوريا هاتفيا يوم الثلاثاء، حسبما أفادت وزارة الخارجية الروسية.",
    "وتبادل الوزيران وجهات النظر حول الوضع الإنساني في حلب وآفاق الجولة المقبلة من المحادثات "
    "في جنيف.",
    "وأكد الجانبان أهمية وقف إطلاق النار الذي دخل حيز التنفيذ منتصف ليل السبت.",
    "وجرت المحادثة بمبادرة من الجانب الأمريكي.",
    "وبحسب الوزارة، اتفق الطرفان على أن يبقى خبراؤهما على اتصال وثيق خلال الأيام المقبلة.",
    "وقال الوزير للصحفيين بعد الاجتماع: \"نحن مستعدون لمواصلة العمل مع شركائنا من أجل تسوية "
    "سياسية\".",
    "ومن المتوقع أن ينظر مجلس الأمن الدولي في مشروع قرار بشأن هذه المسألة في وقت لاحق من هذا "
    "الأسبوع.",
    "وسيزور الوفد أيضا أنقرة وطهران قبل العودة إلى موسكو يوم الجمعة.",
    "ويرى محللون أن الاتفاق قد يفتح الطريق أمام عودة اللاجئين إلى الأحياء الشرقية من المدينة.",
    "ومن المقرر عقد الاجتماع المقبل لمجموعة العمل في نهاية الشهر في فيينا.",
};

static const char *const ar_chrome[] = {
    "كل الأخبار", "شارك", "التعليقات 12", "اقرأ أيضا", "سياسة", "اشترك",
};

static const char *const zh_sentences[] = {
    "新华社莫斯科3月3日电 俄罗斯外交部说，俄外长拉夫罗夫和美国国务卿克里星期二通电话。",
    "双方讨论了叙利亚局势。",
    "双方就阿勒颇周边的人道主义局势以及日内瓦下一轮谈判的前景交换了意见。",
    "双方强调了星期六午夜生效的停火协议的重要性。",
    "这次通话是应美方的要求进行的。",
    "据外交部介绍，双方同意两国专家在未来几天保持密切联系。",
    "“我们准备继续与伙伴们一道推动政治解决，”这位部长在会后对记者说。",
    "联合国安理会预计将于本周晚些时候审议有关这一问题的决议草案。",
    "此前，克里姆林宫新闻处表示，普京总统同安全会议常任成员举行了会议。",
    "布鲁塞尔官员以磋商内容保密为由，拒绝对相关报道发表评论。",
    "代表团还将访问安卡拉和德黑兰，并于星期五返回莫斯科。",
    "分析人士认为，这一协议可能为难民返回该市东部地区铺平道路。",
    "工作组下一次会议定于本月底在维也纳举行。",
};

static const char *const zh_chrome[] = {
    "所有新闻", "分享", "评论 12", "相关新闻", "国际", "图片：新华社记者 王平 摄", "订阅",
};

static const corpus_t corpora[CORPUS_COUNT] = {
    { "en", en_sentences, N_ELEMS(en_sentences), en_chrome, N_ELEMS(en_chrome) },
    { "ru", ru_sentences, N_ELEMS(ru_sentences), ru_chrome, N_ELEMS(ru_chrome) },
    { "ar", ar_sentences, N_ELEMS(ar_sentences), ar_chrome, N_ELEMS(ar_chrome) },
    { "zh", zh_sentences, N_ELEMS(zh_sentences), zh_chrome, N_ELEMS(zh_chrome) },
};

/* Fills ITEM (ITEM_BYTES bytes) with a page in corpus C: paragraphs of
 * random sentences separated by blank lines, now and then a chrome line.
 * The last character that does not fit is replaced by spaces, so the item
 * stays valid UTF-8. */
static inline void
corpus_make_item(uint64_t *rng, const corpus_t *c, char *item)
{
    ww_buf_t b = WW_BUF_INIT;
    while (b.len < ITEM_BYTES) {
        size_t k = 1 + next_random(rng) % PARAGRAPH_MAX;
        for (size_t i = 0; i < k; i++) {
            if (i > 0)
                ww_buf_putc(&b, ' ');
            ww_buf_puts(&b, c->sentences[next_random(rng) % c->n_sentences]);
        }
        ww_buf_puts(&b, "\n\n");
        if (next_random(rng) % CHROME_EVERY == 0) {
            ww_buf_puts(&b, c->chrome[next_random(rng) % c->n_chrome]);
            ww_buf_putc(&b, '\n');
        }
    }
    size_t cut = ww_utf8_back((const uint8_t *)b.ptr, ITEM_BYTES + 1);
    memcpy(item, b.ptr, cut);
    memset(item + cut, ' ', ITEM_BYTES - cut);
    ww_buf_free(&b);
}

#endif
