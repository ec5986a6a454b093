/* SPDX-License-Identifier: MIT
 *
 * lead_credit — the wire agency a body credits near its start (lead.h).
 *
 * The table holds the agencies whose copy the world's news sites carry, each
 * under the names it is credited by in the scripts it is credited in, as
 * they are written (case matters: "AP" and "EFE" are credits, "ap" and "efe"
 * are not). A Latin, Greek, Cyrillic, Hebrew, Arabic or Indic name must
 * stand as a word of its own; a name in a script written without spaces is
 * found anywhere ("新华社莫斯科3月5日电"). Names that are also common words
 * or places (Petra, Fars, MENA, "AA") are left out: a wrong credit would
 * let an agency's update rule weigh two stories of different sources. */
#include "lead_int.h"

#include <string.h>

#include "unsegmented.h"
#include "ww_utf8.h"

/* Agency, then its names; an empty string ends each row. */
static const char *const agencies[][12] = {
    { "AP", "AP", "Associated Press", "AP通信", "美联社", "美聯社", "AP통신", "Ассошиэйтед Пресс",
      "أسوشيتد برس", "" },
    { "Reuters", "Reuters", "REUTERS", "Рейтер", "Рейтерс", "رويترز", "路透社", "ロイター", "로이터",
      "Ρόιτερς", "רויטרס", "" },
    { "AFP", "AFP", "Agence France-Presse", "Франс Пресс", "Франс-Пресс", "فرانس برس", "法新社",
      "Γαλλικό Πρακτορείο", "" },
    { "TASS", "TASS", "ТАСС", "تاس", "塔斯社", "タス通信", "타스", "" },
    { "RIA Novosti", "RIA Novosti", "РИА Новости", "ريا نوفوستي", "俄新社", "" },
    { "Interfax", "Interfax", "INTERFAX", "Интерфакс", "ИНТЕРФАКС", "" },
    { "Xinhua", "Xinhua", "XINHUA", "新华社", "新華社", "Синьхуа", "شينخوا", "신화통신", "" },
    { "EFE", "EFE", "" },
    { "ANSA", "ANSA", "" },
    { "dpa", "dpa", "DPA", "" },
    { "Kyodo", "Kyodo", "共同通信", "共同社", "교도통신", "" },
    { "Yonhap", "Yonhap", "연합뉴스", "聯合ニュース", "韩联社", "韓聯社", "" },
    { "Anadolu", "Anadolu Agency", "Anadolu Ajansı", "Anadolu Ajansi", "الأناضول", "" },
    { "IRNA", "IRNA", "ایرنا", "إرنا", "" },
    { "ISNA", "ISNA", "ایسنا", "" },
    { "Tasnim", "Tasnim", "تسنیم", "" },
    { "PTI", "PTI", "पीटीआई", "" },
    { "IANS", "IANS", "" },
    { "ANI", "ANI", "" },
    { "Europa Press", "Europa Press", "" },
    { "Lusa", "Lusa", "" },
    { "PAP", "PAP", "" },
    { "Ukrinform", "Ukrinform", "Укрінформ", "Укринформ", "" },
    { "UNIAN", "UNIAN", "УНІАН", "УНИАН", "" },
    { "BTA", "BTA", "БТА", "" },
    { "BelTA", "BelTA", "БелТА", "" },
    { "Kazinform", "Kazinform", "Казинформ", "" },
    { "Armenpress", "Armenpress", "Арменпресс", "" },
    { "Sputnik", "Sputnik", "Спутник", "سبوتنيك", "" },
    { "Bloomberg", "Bloomberg", "" },
    { "UPI", "UPI", "" },
    { "AAP", "AAP", "" },
    { "Canadian Press", "The Canadian Press", "" },
    { "PA", "PA Media", "" },
    { "APA", "APA", "" },
    { "CTK", "ČTK", "" },
    { "MTI", "MTI", "" },
    { "Agerpres", "Agerpres", "AGERPRES", "" },
    { "Tanjug", "Tanjug", "Танјуг", "" },
    { "HINA", "HINA", "" },
    { "ANA-MPA", "ANA-MPA", "ΑΠΕ-ΜΠΕ", "" },
    { "Belga", "Belga", "" },
    { "ANP", "ANP", "" },
    { "Keystone-SDA", "Keystone-SDA", "" },
    { "NTB", "NTB", "" },
    { "STT", "STT", "" },
    { "Ritzau", "Ritzau", "" },
    { "WAFA", "WAFA", "" },
    { "SANA", "SANA", "سانا", "" },
    { "QNA", "QNA", "" },
    { "WAM", "WAM", "" },
    { "SPA", "SPA", "" },
    { "KUNA", "KUNA", "كونا", "" },
    { "Antara", "Antara", "ANTARA", "" },
    { "Bernama", "Bernama", "BERNAMA", "" },
    { "Jiji", "Jiji", "時事通信", "" },
    { "CNA", "中央社", "" },
    { "KCNA", "KCNA", "朝中社", "" },
    { "Notimex", "Notimex", "" },
    { "Telam", "Télam", "Telam", "" },
    { "Agencia Brasil", "Agência Brasil", "" },
    { "Prensa Latina", "Prensa Latina", "" },
};

#define N_AGENCIES (sizeof agencies / sizeof agencies[0])

/* A character that would make a name part of a longer word: a letter or
 * digit of a script written with spaces. */
static bool
is_word_char(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    return cp >= 0xc0 && cp < 0x2000 && !unsegmented(cp);
}

static int32_t
cp_at(const char *s, size_t len, size_t i, size_t *n)
{
    int32_t cp = -1;
    *n = i < len ? ww_utf8_decode((const uint8_t *)s + i, len - i, &cp) : 0;
    if (*n == 0)
        *n = 1, cp = -1;
    return cp;
}

/* Every name once, grouped by first byte: names[by_byte[b] .. by_byte[b + 1]). */
typedef struct {
    const char *text;
    uint8_t len;
    uint8_t agency;      /* credit id */
    bool word_start;     /* begins with a word character: must begin a word */
    bool word_end;       /* ends with one: must end a word */
} name_t;

#define MAX_NAMES 256
static name_t names[MAX_NAMES];
static uint16_t by_byte[257];
static bool starts_words[256];   /* every name of the group must begin a word */
static bool indexed;

/* Builds the index on first use (one thread, like fold.h's table). */
static void
index_names(void)
{
    size_t n = 0;
    for (unsigned b = 0; b < 256; b++) {
        by_byte[b] = (uint16_t)n;
        starts_words[b] = true;
        for (size_t a = 0; a < N_AGENCIES; a++)
            for (size_t k = 1; agencies[a][k][0] != '\0'; k++) {
                const char *t = agencies[a][k];
                if ((uint8_t)t[0] != b || n == MAX_NAMES)
                    continue;
                size_t len = strlen(t), step, back = ww_utf8_back((const uint8_t *)t, len);
                names[n] = (name_t){ t, (uint8_t)len, (uint8_t)(a + 1),
                                     is_word_char(cp_at(t, len, 0, &step)),
                                     is_word_char(cp_at(t, len, back, &step)) };
                starts_words[b] = starts_words[b] && names[n].word_start;
                n++;
            }
    }
    by_byte[256] = (uint16_t)n;
    indexed = true;
}

uint16_t
lead_credit_of(const char *s, size_t len, size_t *at)
{
    if (!indexed)
        index_names();
    bool after_word = false;
    for (size_t i = 0, n; i < len; i += n) {
        int32_t cp = cp_at(s, len, i, &n);
        uint8_t b = (uint8_t)s[i];
        for (size_t k = after_word && starts_words[b] ? by_byte[b + 1] : by_byte[b];
             k < by_byte[b + 1]; k++) {
            const name_t *nm = &names[k];
            size_t step;
            if ((nm->word_start && after_word) || nm->len > len - i ||
                memcmp(s + i, nm->text, nm->len) != 0 ||
                (nm->word_end && is_word_char(cp_at(s, len, i + nm->len, &step))))
                continue;
            *at = i;
            return nm->agency;
        }
        after_word = is_word_char(cp);
    }
    return 0;
}

const char *
lead_credit_name(uint16_t id)
{
    return id >= 1 && id <= N_AGENCIES ? agencies[id - 1][0] : NULL;
}
