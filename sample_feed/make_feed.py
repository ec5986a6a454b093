#!/usr/bin/env python3
"""Generate sample_feed/feed.jsonl and tests/data/sample_feed.expect.

The items are written for wirewatch in the style of real wire pages (TASS,
Sputnik, the Russian foreign ministry, Reuters, Interfax, RIA Novosti, DW, EFE,
a blog reprinting wire copy). No article text is copied from a real page.

    python3 sample_feed/make_feed.py           # (re)write both files
    python3 sample_feed/make_feed.py --check   # verify the files on disk
    python3 sample_feed/make_feed.py --table   # the per-line table for README.md

Output is deterministic: rerunning it without edits changes nothing.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEED = os.path.join(ROOT, "sample_feed", "feed.jsonl")
EXPECT = os.path.join(ROOT, "tests", "data", "sample_feed.expect")

# --------------------------------------------------------------------------
# Page builders: the article text goes in, page chrome is wrapped around it.
# A re-scrape is built from the same article constants with other chrome, so
# its article text is byte-identical to the first copy by construction.


def paras(ps):
    """Paragraphs separated by one blank line, as the scrapers see them."""
    out = []
    for i, p in enumerate(ps):
        if i:
            out.append("")
        out.append(p)
    return out


def tass_page(head, sub, cap, credit, body, top=("All news",), tail=(), credit_first=True):
    lines = list(top) + ["", head, "", sub]
    if cap:
        if credit_first:      # caption+credit, caption, © credit  (as on tass.com)
            lines += [cap + " " + credit, cap, "© " + credit]
        else:                 # same lines, the © line moved up
            lines += [cap + " " + credit, "© " + credit, cap]
    lines += [""] + paras(body)
    if tail:
        lines += [""] + list(tail)
    return "\n".join(lines)


SPUTNIK_TAG = ("Get the latest news from around the world, live coverage, "
               "off-beat stories, features and analysis.")


def sputnik_tail(count=0, header=True):
    t = ["Newsfeed", str(count), "To participate in the discussion", "log in or register",
         "loader", "Chats"]
    if header:
        t.append("Заголовок открываемого материала")
    return t


def sputnik_page(head, credit, cap, lead, body, section="World", subscribe=True,
                 tail=None, related=None):
    """related = (index, photo caption, headline): an inline 'read also' block
    placed before paragraph `index`, as sputniknews.com pages have."""
    lines = ["- Sputnik International", section, SPUTNIK_TAG, "", head, "",
             "© " + credit + cap,            # credit glued to the caption, as scraped
             cap + " - Sputnik International"]
    if subscribe:
        lines.append("Subscribe")
    lines += [lead, ""]
    for i, p in enumerate(body):
        if i:
            lines.append("")
        if related and related[0] == i:
            lines += [related[1] + " - Sputnik International", related[2]]
        lines.append(p)
    lines += [""] + list(sputnik_tail() if tail is None else tail)
    return "\n".join(lines)


MID_MENU = ["Президент России", "Правительство России", "Совет Федерации",
            "Государственная Дума", "Совет Безопасности", "Министерство иностранных дел",
            "Министерство обороны", "Русский", "English", "Français", "Deutsch"]
MID_MENU_2 = ["Правительство России", "Совет Федерации", "Государственная Дума",
              "Совет Безопасности", "Министерство иностранных дел", "Министерство обороны",
              "МВД России", "Генеральная прокуратура", "ФСБ России", "Русский", "English",
              "Español", "عربي"]


def mid_page(head, body, menu=MID_MENU, extra=()):
    lines = [head, ""] + paras(body) + [""]
    if extra:
        lines += list(extra)
    lines += [""] + ["  • " + m for m in menu]
    return "\n".join(lines)


def reuters_page(head, stamp, body, minutes=3):
    lines = ["World News", stamp, head, "Reuters Staff", "%d Min Read" % minutes, ""]
    lines += paras(body)
    lines += ["", "Our Standards: The Thomson Reuters Trust Principles."]
    return "\n".join(lines)


def dw_short(text):
    """A stable DW-style short link code (1 + four base-62 digits)."""
    import hashlib
    n = int.from_bytes(hashlib.sha1(text.encode()).digest()[:4], "big")
    abc = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    code = ""
    for _ in range(4):
        n, r = divmod(n, 62)
        code += abc[r]
    return "1" + code


def dw_page(section, head, teaser, body, sig, date, author):
    lines = [section, head, "", teaser, ""] + paras(body)
    lines += ["", sig, "", "Datum " + date, "Autorin/Autor " + author, "Teilen", "Drucken",
              "Permalink https://p.dw.com/p/" + dw_short(head)]
    return "\n".join(lines)


def interfax_page(head, body, top=("Все новости", "В мире"), tail=("Подписаться",)):
    lines = list(top) + ["", head, ""] + paras(body)
    if tail:
        lines += [""] + list(tail)
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Article texts (shared by first copies, re-scrapes and reprints)

# E1: Lavrov-Kerry call, Wednesday 28 August 2013 (Syria, Eastern Ghouta)
MID_130828_HEAD = "Press release on Sergey Lavrov’s telephone conversation with John Kerry"
MID_130828 = [
    "On 28 August, Russian Foreign Minister Sergey Lavrov held a telephone conversation with "
    "US Secretary of State John Kerry, which took place at the initiative of the American side.",
    "The ministers exchanged views on the situation around Syria in connection with reports of "
    "the use of chemical weapons in the Damascus suburb of Eastern Ghouta on 21 August. Sergey "
    "Lavrov stressed that any attempt to bypass the UN Security Council, let alone military "
    "intervention, would have the gravest consequences for the whole region and would bury the "
    "prospects for a political settlement.",
    "The Russian Minister underlined the importance of allowing the UN inspectors now working in "
    "Syria to complete their investigation and to report its results to the Security Council, "
    "instead of prejudging its outcome.",
    "The two sides reaffirmed their interest in convening the international conference on Syria "
    "(Geneva-2) as early as possible on the basis of the Geneva communiqué of 30 June 2012.",
]

# E2: Lavrov-Kerry call, Saturday 26 April 2014 (Ukraine, OSCE observers)
IFX_140426_HEAD = "Лавров и Керри обсудили по телефону ситуацию на востоке Украины"
IFX_140426 = [
    "Москва. 26 апреля. INTERFAX.RU - Глава МИД РФ Сергей Лавров в субботу по инициативе "
    "американской стороны провел телефонный разговор с госсекретарем США Джоном Керри, "
    "сообщили в российском внешнеполитическом ведомстве.",
    "\"Основное внимание было уделено ситуации на юго-востоке Украины, где киевские власти "
    "продолжают силовую операцию вопреки договоренностям, достигнутым в Женеве 17 апреля\", - "
    "говорится в сообщении МИД.",
    "Лавров призвал американскую сторону использовать свое влияние на Киев, чтобы не допустить "
    "дальнейшей эскалации и начать общенациональный диалог с участием всех регионов страны.",
    "Министры также затронули вопрос о военных наблюдателях из стран ОБСЕ, задержанных в "
    "Славянске. По словам Лаврова, Россия предпримет все возможные шаги для их скорейшего "
    "освобождения.",
]

# E3: Lavrov-Kerry call, Saturday 4 April 2015 (Yemen, Lausanne framework on Iran)
TASS_150404_HEAD = "Lavrov, Kerry discuss Yemen, Iran nuclear framework by phone"
TASS_150404_SUB = ("Lavrov called for humanitarian pauses in the Saudi-led coalition's airstrikes "
                   "on Yemen")
TASS_150404 = [
    "MOSCOW, April 4. /TASS/. Russian Foreign Minister Sergey Lavrov and US Secretary of State "
    "John Kerry discussed the situation in Yemen and the outcome of the Iran nuclear talks in "
    "Lausanne in a telephone conversation on Saturday, the Russian Foreign Ministry said.",
    "\"Sergey Lavrov drew attention to the rapidly deteriorating humanitarian situation in Yemen "
    "and stressed the need for humanitarian pauses in the airstrikes to allow the evacuation of "
    "foreign nationals and the delivery of aid,\" the ministry said.",
    "Russia has circulated a draft UN Security Council resolution calling for regular and "
    "mandatory pauses in the air campaign waged by the Saudi-led coalition against Houthi rebels "
    "since March 26, diplomats in New York said.",
    "The ministers also welcomed the framework understanding on the Iranian nuclear programme "
    "reached in Lausanne on April 2 and agreed that the six world powers and Iran should now focus "
    "on drafting a comprehensive agreement by the end of June.",
    "The conversation was initiated by the American side, the ministry said.",
    "Planes of the Russian Emergencies Ministry have evacuated several hundred Russian citizens "
    "and nationals of other countries from Yemen since the start of the crisis.",
]

# E6: Lavrov-Kerry call, Sunday 21 February 2016 (terms of the Syria cessation of hostilities)
TASS_160221_HEAD = "Lavrov, Kerry discuss terms of Syria cessation of hostilities by phone"
TASS_160221_SUB = ("The two top diplomats discussed the modalities of a truce and the groups it "
                   "will not cover, the ministry said")
TASS_160221 = [
    "MOSCOW, February 21. /TASS/. Russian Foreign Minister Sergey Lavrov and US Secretary of "
    "State John Kerry on Sunday discussed by telephone the conditions for a cessation of "
    "hostilities in Syria, the Russian Foreign Ministry said.",
    "\"The ministers focused on the parameters of the cessation of hostilities which Russia and "
    "the United States, as co-chairs of the International Syria Support Group, intend to propose "
    "to the parties to the Syrian conflict,\" the ministry said in a statement released after the "
    "call, which was initiated by the American side.",
    "According to the ministry, Lavrov and Kerry agreed that the truce must not apply to the "
    "Islamic State and Jabhat al-Nusra groups or to other organisations designated as terrorist "
    "by the UN Security Council. The ministers also discussed mechanisms for monitoring "
    "compliance, including a hotline between the Russian and US militaries.",
    "Lavrov stressed the importance of delivering humanitarian aid to all besieged areas without "
    "exception and of launching the intra-Syrian talks in Geneva without preconditions, the "
    "statement said.",
    "The International Syria Support Group agreed in Munich on February 12 to seek a nationwide "
    "cessation of hostilities within a week. The deadline passed without agreement on which "
    "armed groups would be bound by it.",
]
TASS_LAVROV_CAP = "Russian Foreign Minister Sergey Lavrov (archive)"

TASSRU_160221_HEAD = "Лавров и Керри обсудили по телефону параметры прекращения огня в Сирии"
TASSRU_160221_SUB = "Разговор состоялся по инициативе американской стороны"
TASSRU_160221 = [
    "МОСКВА, 21 февраля. /ТАСС/. Министр иностранных дел РФ Сергей Лавров и госсекретарь США "
    "Джон Керри в воскресенье провели телефонный разговор, в ходе которого обсудили условия "
    "прекращения боевых действий в Сирии. Об этом сообщили в МИД России.",
    "\"Министры продолжили обсуждение параметров прекращения огня, которое Россия и США как "
    "сопредседатели Международной группы поддержки Сирии намерены предложить сторонам "
    "конфликта\", - говорится в сообщении ведомства.",
    "Как отметили в министерстве, стороны подтвердили, что режим прекращения огня не будет "
    "распространяться на \"Исламское государство\" и \"Джебхат ан-Нусру\", запрещенные в России, "
    "а также на другие группировки, признанные террористическими Советом Безопасности ООН.",
    "Лавров и Керри также договорились продолжить контакты, в том числе на уровне экспертов в "
    "Женеве.",
    "Накануне, 20 февраля, министры уже обсуждали сирийскую тематику по телефону.",
    "Международная группа поддержки Сирии на встрече в Мюнхене 11-12 февраля договорилась "
    "добиваться прекращения боевых действий по всей территории страны в течение недели. "
    "Согласовать перечень группировок, на которые оно распространится, к назначенному сроку "
    "не удалось.",
]

REUTERS_160221_HEAD = "Kerry, Lavrov discuss Syria truce details in second call in two days"
REUTERS_160221 = [
    "WASHINGTON, Feb 21 (Reuters) - U.S. Secretary of State John Kerry spoke by phone with "
    "Russian Foreign Minister Sergei Lavrov on Sunday to work out the remaining details of a "
    "cessation of hostilities in Syria, a senior State Department official said.",
    "The official, who spoke on condition of anonymity, said the two diplomats had made progress "
    "but that \"some issues remain\" before an announcement could be made. Kerry told reporters in "
    "Amman earlier on Sunday that a truce could begin within days.",
    "Russia's Foreign Ministry said in a statement that the call had been initiated by Washington "
    "and that both sides agreed any truce would not apply to Islamic State or the Nusra Front, "
    "al Qaeda's Syrian wing.",
    "Western diplomats say excluding Nusra is a sticking point because its fighters are "
    "intermingled with other rebel groups in northwestern Syria, which Russian warplanes have been "
    "bombing since September.",
    "The International Syria Support Group agreed in Munich on Feb. 12 to seek a \"cessation of "
    "hostilities\" within a week, a deadline that has since passed.",
    "Syria's main opposition bloc, the High Negotiations Committee, said on Saturday it could "
    "accept a temporary truce if its allies were able to guarantee that Russia and Iran would "
    "halt their attacks and that sieges of rebel-held towns would be lifted.",
    "U.N. envoy Staffan de Mistura has said peace talks in Geneva, suspended on Feb. 3, are "
    "unlikely to resume on Feb. 25 as planned but that he aims to reconvene them soon.",
    "Kerry and Lavrov had also spoken on Saturday. (Reporting by Anne Kelleher; Additional "
    "reporting by Pavel Sokolov in Moscow; Editing by Tom Hardwick)",
]

# E7: Lavrov-Kerry call, Saturday 30 April 2016 (Aleppo, "regime of silence")
SPUTNIK_160430_HEAD = "Lavrov, Kerry Discuss Extending Syrian Ceasefire to Aleppo"
SPUTNIK_160430_CAP = "A view of the Old City of Aleppo"
SPUTNIK_160430_LEAD = (
    "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry discussed the "
    "possibility of including Aleppo in the \"regime of silence\" currently in place in Latakia "
    "and Eastern Ghouta, the Russian Foreign Ministry said.")
SPUTNIK_160430 = [
    "MOSCOW (Sputnik) — Lavrov and Kerry held a phone conversation on Saturday, during which "
    "they discussed the escalation of violence in the Syrian city of Aleppo, according to the "
    "ministry.",
    "\"The sides discussed the possibility of extending the regime of silence, introduced in "
    "Latakia and Eastern Ghouta, to Aleppo,\" the ministry said in a statement, adding that the "
    "conversation took place at the initiative of the US side.",
    "Lavrov underscored that the Syrian government and the armed opposition should be held "
    "equally accountable for violations of the ceasefire, and called on the United States to "
    "ensure that the groups it backs distance themselves from the Nusra Front.",
    "The ministers also agreed to continue contacts on the Ukrainian settlement, with a focus on "
    "the implementation of the Minsk agreements, the statement added.",
]
SPUTNIK_160430_REL = (3, "Smoke rises after an airstrike in a rebel-held district of Aleppo, Syria",
                      "UN Envoy Calls on Moscow, Washington to Revive Syria Truce")

TASS_160430_HEAD = "Lavrov, Kerry discuss ceasefire in Aleppo by phone"
TASS_160430_SUB = ("The two top diplomats discussed ways to extend the \"regime of silence\" to "
                   "Aleppo, the ministry said")


def tass_160430(initiator):
    return [
        "MOSCOW, April 30. /TASS/. Russian Foreign Minister Sergey Lavrov and US Secretary of "
        "State John Kerry on Saturday discussed by telephone the situation in Aleppo and ways to "
        "restore the cessation of hostilities in Syria, the Russian Foreign Ministry said.",
        "\"The ministers focused on measures to strengthen the cessation of hostilities, including "
        "in Aleppo province, where the situation has sharply deteriorated in recent days,\" the "
        "ministry said in a statement. The call was initiated by the %s side." % initiator,
        "According to the ministry, Lavrov urged Washington to press the armed groups it supports "
        "to pull away from positions held by Jabhat al-Nusra, which is not covered by the truce. "
        "He also drew attention to continued supplies of weapons to militants across the Turkish "
        "border.",
        "The ministers agreed to step up coordination between the Russian and US military experts "
        "at the ceasefire monitoring centre in Geneva and to support the efforts of UN Special "
        "Envoy Staffan de Mistura to resume the intra-Syrian talks.",
        "The cessation of hostilities brokered by Russia and the United States took effect in "
        "Syria on February 27. It does not apply to the Islamic State and Jabhat al-Nusra, both "
        "outlawed in Russia, or to other groups regarded as terrorist by the UN Security Council.",
    ]


# --------------------------------------------------------------------------
# The feed, in order. Each entry: (expect, of, record) for a good line, or
# ("dead", fault, raw_line, id) for a deliberately broken one. `note` and
# `kind` feed the README table only; they are not written to the feed.

FEED_ITEMS = []


def item(expect, of, kind, note, **rec):
    FEED_ITEMS.append({"expect": expect, "of": of, "kind": kind, "note": note, "rec": rec})


def dead(fault, raw, id_, note):
    FEED_ITEMS.append({"expect": "dead", "of": fault, "kind": "broken", "note": note,
                       "raw": raw, "id": id_})


# 1 ------------------------------------------------------------------------
item("new", "-", "call", "lavrov_kerry_call 2013-08-28 (Syria, chemical weapons)",
     id="mid-20130828-1562", source="mid.ru",
     url="https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/81562",
     title="", body=mid_page(MID_130828_HEAD, MID_130828),
     published="2013-08-28T21:15:00+04:00")

# 2
item("new", "-", "call", "lavrov_kerry_call 2013-08-28, US side's account",
     id="reuters-20130828-5", source="reuters.com",
     url="https://www.reuters.com/article/us-syria-crisis-russia-usa-idUSBRE97R0XY20130828",
     title="Kerry, Lavrov discuss Syria chemical attack by phone as strike looms",
     body=reuters_page(
         "Kerry, Lavrov discuss Syria chemical attack by phone as strike looms",
         "August 28, 2013 / 7:52 PM / 11 years ago", [
             "WASHINGTON, Aug 28 (Reuters) - U.S. Secretary of State John Kerry spoke by telephone "
             "with Russian Foreign Minister Sergei Lavrov on Wednesday about last week's suspected "
             "chemical weapons attack near Damascus, the State Department said, as Western powers "
             "weighed military action against Syria.",
             "A State Department spokeswoman said Kerry had told Lavrov that Washington had little "
             "doubt the Syrian government was responsible for the attack and that the "
             "international community had to respond. She gave no further details.",
             "Moscow, a long-standing ally of Syrian President Bashar al-Assad, said in its own "
             "account of the call that Lavrov had warned against any military action that "
             "bypassed the U.N. Security Council and urged Washington to wait for U.N. chemical "
             "weapons inspectors to finish their work.",
             "Britain on Wednesday put forward a draft resolution at the Security Council "
             "condemning the attack and authorizing \"necessary measures\" to protect civilians, "
             "which Russia was expected to block.",
             "(Reporting by Paul Henley; Editing by Sandra Owens)",
         ]),
     lang="en", published="2013-08-28T19:52:00Z")

# 3
item("new", "-", "call", "lavrov_kerry_call 2014-04-26 (Ukraine); Russian",
     id="interfax-20140426-8", source="interfax.ru", url="https://www.interfax.ru/world/373462",
     title=IFX_140426_HEAD, body=interfax_page(IFX_140426_HEAD, IFX_140426),
     lang="ru", published="2014-04-26T16:48:00+04:00")

# 4
item("new", "-", "call", "lavrov_kerry_call 2014-04-26; German report of the Interfax story",
     id="dw-20140426-2", source="dw.com",
     url="https://www.dw.com/de/lawrow-und-kerry-telefonieren-wegen-ostukraine/a-17595112",
     title="Lawrow und Kerry telefonieren wegen Ostukraine",
     body=dw_page(
         "Europa", "Lawrow und Kerry telefonieren wegen Ostukraine",
         "Die Außenminister Russlands und der USA haben über die Lage in der Ostukraine "
         "gesprochen. Moskau forderte Washington auf, mäßigend auf die Regierung in Kiew "
         "einzuwirken.", [
             "Der russische Außenminister Sergej Lawrow hat am Samstag mit US-Außenminister John "
             "Kerry telefoniert. Wie die Agentur Interfax unter Berufung auf das Außenministerium "
             "in Moskau meldete, ging die Initiative zu dem Gespräch von der amerikanischen Seite "
             "aus.",
             "Lawrow warf der ukrainischen Übergangsregierung demnach vor, ihren "
             "\"Anti-Terror-Einsatz\" im Osten des Landes entgegen der Genfer Vereinbarung vom "
             "17. April fortzusetzen. Die USA sollten ihren Einfluss nutzen, um eine weitere "
             "Eskalation zu verhindern.",
             "Beide Minister sprachen auch über die in Slawjansk festgehaltenen Militärbeobachter "
             "der OSZE, unter ihnen mehrere Bundeswehrangehörige. Lawrow sagte nach Angaben seines "
             "Ministeriums zu, Russland werde sich um ihre Freilassung bemühen.",
             "Die G7-Staaten hatten sich am Samstag auf weitere Sanktionen gegen Russland "
             "verständigt.",
         ], "qu/sti (dpa, rtr, afp, Interfax)", "26.04.2014", "Ulrike Quast"),
     lang="de", published="2014-04-26T18:05:00+02:00")

# 5: not JSON at all (the scraper's write was cut off mid-string)
_trunc = json.dumps({
    "id": "sputnik-20160222-3", "source": "sputniknews.com",
    "url": "https://sputniknews.com/world/20160222/1035204470/lavrov-kerry-third-call.html",
    "title": "Lavrov, Kerry Hold Third Phone Call on Syria in Three Days",
    "body": "- Sputnik International\nWorld\n\nLavrov, Kerry Hold Third Phone Call on Syria in "
            "Three Days\n\nMOSCOW (Sputnik) — Russian Foreign Minister Sergei Lavrov and US "
            "Secretary of State John Kerry spoke by phone on Monday for the third time since "
            "Saturday, the Russian Foreign Ministry said.",
    "lang": "en", "published": "2016-02-22T11:03:00+03:00"}, ensure_ascii=False)
dead("not_json", _trunc[:_trunc.index("for the third time")], "-",
     "truncated object, cut mid-body")

# 6
item("exact", "mid-20130828-1562", "rescrape", "re-scrape of line 1: other menu, print link",
     id="mid-20130828-1562-rescrape", source="mid.ru",
     url="https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/81562",
     title="", body=mid_page(MID_130828_HEAD, MID_130828, menu=MID_MENU_2,
                             extra=("Версия для печати",)),
     published="2013-08-28T21:15:00+04:00")

# 7
item("exact", "interfax-20140426-8", "rescrape", "re-scrape of line 3: other nav, comment counter",
     id="interfax-20140426-8-rescrape", source="interfax.ru",
     url="https://www.interfax.ru/world/373462",
     title=IFX_140426_HEAD,
     body=interfax_page(IFX_140426_HEAD, IFX_140426, top=("Главное", "Все новости", "Политика"),
                        tail=("Комментарии (3)", "Поделиться")),
     lang="ru", published="2014-04-26T16:48:00+04:00")

# 8
item("new", "-", "other_call", "Lavrov-Steinmeier call 2015-02-03 (not Kerry); German",
     id="dw-20150203-4", source="dw.com",
     url="https://www.dw.com/de/lawrow-und-steinmeier-beraten-über-feuerpause-in-der-ostukraine/a-18231456",
     title="Lawrow und Steinmeier beraten über Feuerpause in der Ostukraine",
     body=dw_page(
         "Europa", "Lawrow und Steinmeier beraten über Feuerpause in der Ostukraine",
         "Die Kämpfe um Debalzewe gehen weiter. In einem Telefonat haben die Außenminister "
         "Deutschlands und Russlands über Wege zu einer Waffenruhe gesprochen.", [
             "Bundesaußenminister Frank-Walter Steinmeier und sein russischer Kollege Sergej "
             "Lawrow haben am Dienstag über die eskalierende Gewalt in der Ostukraine telefoniert. "
             "Wie das Auswärtige Amt in Berlin mitteilte, ging es vor allem um eine rasche "
             "Waffenruhe und den Abzug schwerer Waffen von der Kontaktlinie.",
             "Das russische Außenministerium erklärte, Lawrow habe den Beschuss von Wohngebieten "
             "in Donezk durch die ukrainische Armee verurteilt. Beide Minister hätten sich dafür "
             "ausgesprochen, die Arbeit der Kontaktgruppe in Minsk fortzusetzen.",
             "Um den Verkehrsknotenpunkt Debalzewe liefern sich Regierungstruppen und "
             "prorussische Separatisten seit Tagen heftige Gefechte. Nach Angaben der Vereinten "
             "Nationen wurden seit Beginn des Konflikts im vergangenen April mehr als 5300 "
             "Menschen getötet.",
         ], "chr/kle (dpa, afp, Interfax)", "03.02.2015", "Christoph Hasselbach"),
     lang="de", published="2015-02-03T16:20:00+01:00")

# 9
item("new", "-", "call", "lavrov_kerry_call 2015-04-04 (Yemen, Iran)",
     id="tass-20150404-2", source="tass.com", url="https://tass.com/russia/787123",
     title=TASS_150404_HEAD,
     body=tass_page(TASS_150404_HEAD,
                    TASS_150404_SUB, TASS_LAVROV_CAP, "Valery Sharifulin/TASS", TASS_150404),
     lang="en", published="2015-04-04T14:22:00+03:00")

# 10
item("new", "-", "call", "lavrov_kerry_call 2015-04-04, Sputnik's wording",
     id="sputnik-20150404-6", source="sputniknews.com",
     url="https://sputniknews.com/politics/20150404/1020480512.html",
     title="Lavrov Urges Kerry to Back Humanitarian Pauses in Yemen",
     body=sputnik_page(
         "Lavrov Urges Kerry to Back Humanitarian Pauses in Yemen", "Sputnik / Grigoriy Sysoev",
         "Russian Foreign Minister Sergei Lavrov at a news conference in Moscow",
         "Russian Foreign Minister Sergei Lavrov told US Secretary of State John Kerry that "
         "regular humanitarian pauses in the airstrikes in Yemen were needed to evacuate "
         "civilians.", [
             "MOSCOW (Sputnik) — Lavrov and Kerry spoke by phone on Saturday, discussing the "
             "crisis in Yemen as well as the results of the talks on Iran's nuclear program in "
             "Switzerland, the Russian Foreign Ministry said.",
             "\"Lavrov emphasized the importance of establishing humanitarian pauses in the "
             "bombing of Yemen in order to evacuate civilians, including foreign nationals, from "
             "the combat zone,\" the ministry said in a statement.",
             "On Thursday, Iran and the P5+1 group of international mediators agreed on the key "
             "parameters of a final deal on Tehran's nuclear program, which is to be concluded by "
             "June 30.",
         ]),
     published="2015-04-04T13:51:00+03:00")

# 11
item("near", "tass-20150404-2", "reprint", "blog reprint of line 9: new headline, blog chrome",
     id="blog-20150405-1", source="kremlinwatcher.wordpress.com",
     url="https://kremlinwatcher.wordpress.com/2015/04/05/russia-wants-humanitarian-pauses-in-yemen/",
     title="Russia wants humanitarian pauses in Yemen, Lavrov tells Kerry",
     body="\n".join(["Russia wants humanitarian pauses in Yemen, Lavrov tells Kerry",
                     "Posted on April 5, 2015 by kremlinwatcher", "", "Via TASS:", "",
                     TASS_150404_SUB, ""]
                    + paras(TASS_150404)
                    + ["", "Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...",
                       "", "Related", "Leave a comment"]),
     published="2015-04-05T08:10:00Z")

# 12
item("new", "-", "call", "lavrov_kerry_call 2015-07-22 (Iran deal); Russian",
     id="ria-20150722-14", source="ria.ru", url="https://ria.ru/20150722/1140183291.html",
     title="Лавров и Керри обсудили выполнение соглашения по иранскому атому",
     body="\n".join(["Политика", "", "Лавров и Керри обсудили выполнение соглашения по иранскому "
                     "атому", "© РИА Новости / Алексей Никольский", ""] + paras([
         "МОСКВА, 22 июл — РИА Новости. Глава МИД РФ Сергей Лавров и госсекретарь США Джон Керри "
         "в среду в телефонном разговоре обсудили практические шаги по реализации венского "
         "соглашения по иранской ядерной программе, сообщает МИД России.",
         "\"Министры дали позитивную оценку единогласному принятию Советом Безопасности ООН "
         "резолюции 2231, одобрившей Совместный всеобъемлющий план действий\", - говорится в "
         "сообщении.",
         "Стороны также обменялись мнениями о ситуации в Сирии и о необходимости объединить "
         "усилия в борьбе с \"Исламским государством\". Разговор состоялся по инициативе "
         "американской стороны.",
         "\"Шестерка\" международных посредников и Иран 14 июля в Вене договорились об "
         "окончательном урегулировании многолетней проблемы иранского ядерного досье.",
     ]) + ["", "Подписаться", "Поделиться"]),
     lang="ru", published="2015-07-22T19:34:00+03:00")

# 13
item("new", "-", "call", "lavrov_kerry_call 2015-07-22, TASS English",
     id="tass-20150722-3", source="tass.com", url="https://tass.com/politics/808870",
     title="Lavrov, Kerry discuss implementation of Iran nuclear deal, fight against IS",
     body=tass_page(
         "Lavrov, Kerry discuss implementation of Iran nuclear deal, fight against IS",
         "The sides touched upon the situation in Ukraine, the Russian foreign ministry said",
         "US Secretary of State John Kerry (archive)", "EPA/JIM LO SCALZO", [
             "MOSCOW, July 22. /TASS/. The foreign ministers of Russia and the United States, "
             "Sergey Lavrov and John Kerry, discussed by telephone on Wednesday the implementation "
             "of the comprehensive agreement on Iran's nuclear programme reached in Vienna, the "
             "Russian Foreign Ministry said.",
             "\"The ministers noted the importance of the unanimous adoption of UN Security Council "
             "resolution 2231 and agreed to closely coordinate the steps of Russia and the United "
             "States in the Joint Commission,\" the ministry said.",
             "Lavrov and Kerry also discussed the possibility of forming a broad front against the "
             "Islamic State terrorist group, taking into account the proposals put forward by "
             "President Vladimir Putin, according to the ministry.",
             "The sides touched upon the situation in Ukraine, with Lavrov stressing the need for "
             "direct dialogue between Kiev and Donetsk and Luhansk on constitutional reform.",
             "Iran and the six international mediators — Russia, the United States, the UK, "
             "France, China and Germany — reached the agreement in Vienna on July 14 after almost "
             "two years of negotiations.",
         ]),
     published="2015-07-22T18:58:00+03:00")

# 14: no "source"
dead("missing_source", json.dumps({
    "id": "reuters-20151203-3",
    "url": "https://www.reuters.com/article/us-osce-russia-usa-idUSKBN0TM1XY20151203",
    "title": "Kerry, Lavrov meet in Belgrade on sidelines of OSCE gathering",
    "body": "BELGRADE, Dec 3 (Reuters) - U.S. Secretary of State John Kerry met Russian Foreign "
            "Minister Sergei Lavrov on the sidelines of an OSCE ministerial meeting in Belgrade on "
            "Thursday to discuss Syria and eastern Ukraine, a State Department official said.\n\n"
            "The meeting, their first since Turkey shot down a Russian warplane near the Syrian "
            "border, lasted about 45 minutes.\n\n"
            "(Reporting by Anne Kelleher; Editing by Tom Hardwick)",
    "lang": "en", "published": "2015-12-03T14:31:00Z"}, ensure_ascii=False),
    "reuters-20151203-3", "in-person meeting item with no source field")

# 15
item("new", "-", "other_call", "Lavrov-Zarif call 2015-12-05 (not Kerry)",
     id="tass-20151205-5", source="tass.com", url="https://tass.com/politics/841290",
     title="Lavrov, Zarif discuss Syria settlement, Iran nuclear deal implementation",
     body=tass_page(
         "Lavrov, Zarif discuss Syria settlement, Iran nuclear deal implementation",
         "The conversation was initiated by the Iranian side, the ministry said", "", "", [
             "MOSCOW, December 5. /TASS/. Russian Foreign Minister Sergey Lavrov and his Iranian "
             "counterpart Mohammad Javad Zarif discussed in a telephone conversation on Saturday "
             "the preparations for the next meeting of the International Syria Support Group, the "
             "Russian Foreign Ministry said.",
             "\"The ministers exchanged views on the Syrian settlement in the context of the "
             "agreements reached in Vienna on October 30 and November 14, including the "
             "compilation of lists of terrorist groups and of opposition groups that should take "
             "part in talks with the government,\" the ministry said.",
             "Lavrov and Zarif also discussed the implementation of the Joint Comprehensive Plan of "
             "Action on the Iranian nuclear programme and the practical aspects of Russia's "
             "participation in it, including the removal of enriched uranium from Iran.",
             "The conversation was initiated by the Iranian side.",
         ]),
     published="2015-12-05T15:40:00+03:00")

# 16
item("new", "-", "meeting", "Lavrov-Kerry in-person meeting, Munich 2016-02-11 (not a call)",
     id="reuters-20160212-1", source="reuters.com",
     url="https://www.reuters.com/article/us-mideast-crisis-syria-munich-idUSKCN0VK2ZZ",
     title="Kerry, Lavrov meet in Munich as powers seek Syria truce",
     body=reuters_page(
         "Kerry, Lavrov meet in Munich as powers seek Syria truce",
         "February 12, 2016 / 12:41 AM / 8 years ago", [
             "MUNICH, Feb 12 (Reuters) - U.S. Secretary of State John Kerry and Russian Foreign "
             "Minister Sergei Lavrov met face to face in a Munich hotel on Thursday before talks "
             "of the International Syria Support Group, with the two sides still divided over when "
             "Russian air strikes should stop.",
             "The two diplomats spoke for more than an hour before being joined by ministers from "
             "Europe and the Middle East in a session that ran past midnight, officials said.",
             "After the meeting, Kerry told reporters that the 17-nation group had agreed to work "
             "toward a \"nationwide cessation of hostilities\" within a week and to speed up aid "
             "deliveries to besieged towns, starting with Madaya, Moadamiya and Kafr Batna.",
             "Lavrov said Russian aircraft would keep striking Islamic State and the Nusra Front, "
             "which he said would not be covered by any truce.",
             "The agreement falls short of the immediate ceasefire sought by Syria's opposition, "
             "whose positions north of Aleppo have been overrun by a Russian-backed government "
             "offensive in recent weeks. (Reporting by Jonathan Landis and Arkady Petrov; Editing "
             "by Peter Graff)",
         ], minutes=4),
     lang="en", published="2016-02-12T00:41:00Z")

# 17
item("new", "-", "call", "lavrov_kerry_call 2016-02-21 (Syria truce terms)",
     id="tass-20160221-1", source="tass.com", url="https://tass.com/politics/857512",
     title=TASS_160221_HEAD,
     body=tass_page(TASS_160221_HEAD, TASS_160221_SUB, TASS_LAVROV_CAP, "Sergei Bobylev/TASS",
                    TASS_160221),
     lang="en", published="2016-02-21T17:25:00+03:00")

# 18
item("new", "-", "call", "lavrov_kerry_call 2016-02-21, Sputnik's wording",
     id="sputnik-20160221-4", source="sputniknews.com",
     url="https://sputniknews.com/politics/20160221/1035181923/lavrov-kerry-syria-truce.html",
     title="Lavrov, Kerry Agree Syria Truce Must Exclude Daesh, Nusra Front",
     body=sputnik_page(
         "Lavrov, Kerry Agree Syria Truce Must Exclude Daesh, Nusra Front",
         "Sputnik / Eduard Pesov", "Russian Foreign Minister Sergei Lavrov",
         "Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry discussed in "
         "a phone call the conditions of a ceasefire in Syria, the Russian Foreign Ministry said.", [
             "MOSCOW (Sputnik) — Russia's top diplomat Sergei Lavrov and his US counterpart John "
             "Kerry agreed on Sunday that a planned cessation of hostilities in Syria should not "
             "extend to Daesh and the Nusra Front, the Russian Foreign Ministry said in a statement.",
             "The telephone conversation was held at the request of the US side, the statement "
             "said. It was the second conversation between the two ministers in as many days.",
             "\"Sergei Lavrov and John Kerry discussed the modalities and the timing of a cessation "
             "of hostilities in Syria, which would not cover Daesh, Jabhat al-Nusra and other "
             "terrorist groups listed by the UN Security Council,\" the ministry said.",
             "Lavrov also pointed out that Turkish artillery shelling of Kurdish positions in "
             "northern Syria was undermining efforts to stabilize the situation, according to the "
             "ministry.",
         ], related=(3, "A Syrian boy walks past destroyed buildings in the town of Douma, east of "
                     "Damascus", "Syrian Opposition Says Ready to Consider Temporary Truce")),
     published="2016-02-21T18:08:00+03:00")

# 19
item("new", "-", "unrelated", "weather, Moscow; Russian",
     id="ria-20160221-20", source="ria.ru", url="https://ria.ru/20160221/1378045512.html",
     title="Синоптики пообещали москвичам снегопад и гололедицу",
     body="\n".join(["Общество", "", "Синоптики пообещали москвичам снегопад и гололедицу",
                     "© РИА Новости / Владимир Песня", ""] + paras([
         "МОСКВА, 21 фев — РИА Новости. Мокрый снег и гололедица ожидаются в Москве в понедельник, "
         "температура воздуха днем составит от минус одного до плюс одного градуса, сообщили в "
         "Гидрометцентре России.",
         "По словам синоптиков, за сутки в столице может выпасть до семи миллиметров осадков, "
         "высота снежного покрова увеличится на три-пять сантиметров. Ветер юго-западный, порывы "
         "до 15 метров в секунду.",
         "Во вторник, 23 февраля, осадки ослабнут, ночью столбик термометра опустится до минус "
         "шести градусов. Коммунальные службы переведены на усиленный режим работы.",
     ]) + ["", "Подписаться"]),
     lang="ru", published="2016-02-21T13:15:00+03:00")

# 20
item("new", "-", "call", "lavrov_kerry_call 2016-02-21, ministry's own release",
     id="mid-20160221-0117", source="mid.ru",
     url="https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2100117",
     title="",
     body=mid_page(
         "Press release on Foreign Minister Sergey Lavrov’s telephone conversation with US "
         "Secretary of State John Kerry", [
             "On February 21, Foreign Minister Sergey Lavrov had a telephone conversation with US "
             "Secretary of State John Kerry at the latter’s initiative.",
             "The ministers continued discussing practical aspects of implementing the agreements "
             "reached at the meeting of the International Syria Support Group in Munich on "
             "February 11-12. Special attention was given to the parameters of a cessation of "
             "hostilities in Syria, which would exclude ISIS, Jabhat al-Nusra and other groups "
             "designated by the UN Security Council as terrorist organisations.",
             "Sergey Lavrov emphasised the need to close the Turkish-Syrian border, across which "
             "militants and weapons continue to reach the terrorists, and to start as soon as "
             "possible the inter-Syrian negotiations under UN auspices with the participation of "
             "the widest possible spectrum of the opposition.",
             "The parties agreed to stay in close contact, including through their experts in "
             "Geneva.",
         ]),
     lang="en", published="2016-02-21T16:40:00+03:00")

# 21
item("new", "-", "call", "lavrov_kerry_call 2016-02-21; Russian (mentions the 20 Feb call too)",
     id="tass-ru-20160221-5", source="tass.ru", url="https://tass.ru/politika/2685711",
     title=TASSRU_160221_HEAD,
     body="\n".join(["Политика", TASSRU_160221_HEAD,
                     TASSRU_160221_SUB, "Поделиться", ""]
                    + paras(TASSRU_160221)),
     lang="ru", published="2016-02-21T17:02:00+03:00")

# 22: title is a number
dead("bad_type", json.dumps({
    "id": "ria-20160221-31", "source": "ria.ru", "url": "https://ria.ru/20160220/1377920318.html",
    "title": 20160220,
    "body": "МОСКВА, 20 фев — РИА Новости. Сергей Лавров и Джон Керри в субботу по телефону "
            "обсудили подготовку к прекращению огня в Сирии, сообщил МИД РФ.\n\nРазговор "
            "состоялся по инициативе американской стороны.\n\nМинистры договорились продолжить "
            "контакты в ближайшие дни.",
    "lang": "ru", "published": "2016-02-20T20:12:00+03:00"}, ensure_ascii=False),
    "ria-20160221-31", "title is the number 20160220")

# 23
item("new", "-", "call", "lavrov_kerry_call 2016-02-21, US side's account",
     id="reuters-20160221-2", source="reuters.com",
     url="https://www.reuters.com/article/us-mideast-crisis-syria-usa-russia-idUSKCN0VU0QX",
     title=REUTERS_160221_HEAD,
     body=reuters_page(REUTERS_160221_HEAD, "February 21, 2016 / 8:14 PM / 8 years ago",
                       REUTERS_160221),
     lang="en", published="2016-02-21T20:14:00Z")

# 24
item("new", "-", "call", "lavrov_kerry_call 2016-02-21; German",
     id="dw-20160221-3", source="dw.com",
     url="https://www.dw.com/de/lawrow-und-kerry-ringen-um-waffenruhe-in-syrien/a-19064112",
     title="Lawrow und Kerry ringen um Waffenruhe in Syrien",
     body=dw_page(
         "Nahost", "Lawrow und Kerry ringen um Waffenruhe in Syrien",
         "Russland und die USA verhandeln weiter über eine Feuerpause für Syrien. Nach Angaben aus "
         "Moskau telefonierten die Außenminister Lawrow und Kerry zum zweiten Mal binnen 24 "
         "Stunden.", [
             "Der russische Außenminister Sergej Lawrow und sein US-Kollege John Kerry haben am "
             "Sonntag erneut über eine Waffenruhe in Syrien beraten. Das Telefonat sei auf "
             "Initiative Washingtons zustande gekommen, teilte das Außenministerium in Moskau mit. "
             "Beide Seiten seien sich einig, dass die Terrormiliz \"Islamischer Staat\" (IS) und "
             "die Al-Nusra-Front von einer Feuerpause ausgenommen bleiben müssten.",
             "Kerry hatte zuvor bei einem Besuch in der jordanischen Hauptstadt Amman erklärt, man "
             "sei einer Einigung \"näher als je zuvor\". Einzelheiten nannte er nicht.",
             "Die Internationale Syrien-Unterstützergruppe hatte sich Mitte Februar in München "
             "darauf verständigt, binnen einer Woche eine landesweite Einstellung der Kämpfe zu "
             "erreichen. Die Frist verstrich jedoch ergebnislos.",
             "Seit Beginn des Bürgerkriegs im März 2011 sind in Syrien nach Schätzungen der "
             "Vereinten Nationen mehr als 250.000 Menschen getötet worden.",
         ], "ml/jj (afp, rtr, dpa)", "21.02.2016", "Martin Lange"),
     lang="de", published="2016-02-21T19:30:00+01:00")

# 25
item("new", "-", "call", "lavrov_kerry_call 2016-02-21; Spanish",
     id="efe-20160221-7", source="efe.com",
     url="https://www.efe.com/efe/america/mundo/lavrov-y-kerry-discuten-por-telefono-la-tregua-en-siria/20000012-2845123",
     title="Lavrov y Kerry discuten por teléfono las condiciones de la tregua en Siria",
     body="\n".join(["Mundo", "Lavrov y Kerry discuten por teléfono las condiciones de la tregua "
                     "en Siria", ""] + paras([
         "Moscú, 21 feb (EFE).- El ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov, y el "
         "secretario de Estado de EE.UU., John Kerry, discutieron hoy por teléfono las condiciones "
         "de un cese de las hostilidades en Siria, informó la diplomacia rusa.",
         "Según un comunicado del Ministerio de Exteriores ruso, la conversación se produjo a "
         "iniciativa de la parte estadounidense y es la segunda en dos días.",
         "Ambos jefes de la diplomacia coincidieron en que la tregua no incluirá al grupo "
         "yihadista Estado Islámico ni al Frente al Nusra, filial siria de Al Qaeda.",
         "Lavrov insistió además en la necesidad de garantizar el acceso de la ayuda humanitaria a "
         "todas las zonas sitiadas y de reanudar cuanto antes las negociaciones de paz de Ginebra.",
         "Rusia y EE.UU. copresiden el Grupo Internacional de Apoyo a Siria, que acordó el pasado "
         "12 de febrero en Múnich buscar un cese de las hostilidades en el plazo de una semana.",
     ]) + ["", "Compartir"]),
     lang="es", published="2016-02-21T16:55:00+01:00")

# 26
item("exact", "tass-20160221-1", "rescrape", "re-scrape of line 17: section line, © line moved, share/tags",
     id="tass-20160221-1-rescrape", source="tass.com", url="https://tass.com/politics/857512",
     title=TASS_160221_HEAD,
     body=tass_page(TASS_160221_HEAD, TASS_160221_SUB, TASS_LAVROV_CAP, "Sergei Bobylev/TASS",
                    TASS_160221, top=("All news", "Russian Politics & Diplomacy", "Share"),
                    tail=("Tags", "Share", "Subscribe"), credit_first=False),
     lang="en", published="2016-02-21T17:25:00+03:00")

# 27
item("near", "tass-ru-20160221-5", "reprint", "rg.ru reprint of line 21: new headline, source line",
     id="rg-20160221-12", source="rg.ru", url="https://rg.ru/2016/02/21/lavrov-kerri-siria-site.html",
     title="Лавров и Керри согласовали исключения из перемирия в Сирии",
     body="\n".join(["Российская газета", "В мире", "", "Лавров и Керри согласовали исключения из "
                     "перемирия в Сирии", TASSRU_160221_SUB, ""] + paras(TASSRU_160221)
                    + ["", "Источник: ТАСС", "Поделиться"]),
     published="2016-02-21T17:40:00+03:00")

# 28
item("near", "reuters-20160221-2", "reprint", "Yahoo copy of line 23, last paragraph dropped",
     id="yahoo-20160221-33", source="news.yahoo.com",
     url="https://news.yahoo.com/kerry-lavrov-discuss-syria-truce-details-second-call-201412345.html",
     title=REUTERS_160221_HEAD,
     body="\n".join(["Yahoo News", REUTERS_160221_HEAD, "Reuters", "February 21, 2016", ""]
                    + paras(REUTERS_160221[:-1]) + ["", "Recommended Stories"]),
     published="2016-02-21T20:20:00Z")

# 29
item("new", "-", "other_call", "Putin-Obama call 2016-02-22 (passing mention of Lavrov-Kerry calls)",
     id="tass-20160222-7", source="tass.com", url="https://tass.com/politics/857790",
     title="Putin, Obama approve joint statement on cessation of hostilities in Syria",
     body=tass_page(
         "Putin, Obama approve joint statement on cessation of hostilities in Syria",
         "The truce is due to take effect at midnight Damascus time on February 27, the Kremlin "
         "said", "Russian President Vladimir Putin (archive)", "Mikhail Metzel/TASS", [
             "MOSCOW, February 22. /TASS/. Russian President Vladimir Putin and US President Barack "
             "Obama held a telephone conversation on Monday and approved a joint statement by "
             "Russia and the United States on the cessation of hostilities in Syria, the Kremlin "
             "press service said.",
             "\"The presidents gave a positive assessment of the joint statement, which was "
             "prepared by the foreign ministries and military experts of the two countries as "
             "co-chairs of the International Syria Support Group,\" the Kremlin said. The text was "
             "finalised in a series of telephone conversations between Sergey Lavrov and John "
             "Kerry over the weekend.",
             "Under the arrangements, the cessation of hostilities will take effect at 00:00 "
             "Damascus time on February 27 and will apply to all parties that have declared their "
             "commitment to it, with the exception of the Islamic State, Jabhat al-Nusra and other "
             "terrorist organisations designated by the UN Security Council.",
             "The conversation was held at the initiative of the American side. The two leaders "
             "also touched upon the implementation of the Minsk agreements on Ukraine, the Kremlin "
             "said.",
         ]),
     lang="en", published="2016-02-22T20:47:00+03:00")

# 30
item("new", "-", "unrelated", "economy: oil prices",
     id="reuters-20160222-9", source="reuters.com",
     url="https://www.reuters.com/article/us-global-oil-idUSKCN0VV02B",
     title="Oil rises on hopes of output freeze, IEA forecast",
     body=reuters_page(
         "Oil rises on hopes of output freeze, IEA forecast",
         "February 22, 2016 / 11:05 AM / 8 years ago", [
             "LONDON, Feb 22 (Reuters) - Oil prices rose more than 3 percent on Monday on hopes "
             "that major producers would stick to a plan to freeze output at January levels and as "
             "the International Energy Agency forecast a drop in U.S. shale production.",
             "Brent crude futures were up $1.07 at $34.08 a barrel by 1045 GMT. U.S. crude was "
             "trading $1.02 higher at $30.66.",
             "Saudi Arabia, Russia, Qatar and Venezuela agreed last week to hold production "
             "steady, provided other producers followed suit. Analysts said the deal would do "
             "little to reduce a global glut estimated at 1 million to 2 million barrels per day.",
             "(Reporting by Karen Whitlock; Editing by Dale Hudson)",
         ]),
     published="2016-02-22T11:05:00Z")

# 31
item("new", "-", "unrelated", "economy: rouble; Russian",
     id="interfax-20160222-11", source="interfax.ru",
     url="https://www.interfax.ru/business/495818",
     title="Рубль укрепляется вслед за нефтью",
     body=interfax_page("Рубль укрепляется вслед за нефтью", [
         "Москва. 22 февраля. INTERFAX.RU - Курс рубля в понедельник растет к доллару и евро на "
         "фоне подорожания нефти, свидетельствуют данные Московской биржи.",
         "Курс доллара со сроком расчетов \"завтра\" к 12:30 мск снизился на 1,35 рубля, до 76,02 "
         "рубля. Евро подешевел на 1,60 рубля, до 84,31 рубля.",
         "Аналитики связывают укрепление рубля с ростом цен на нефть после договоренности ряда "
         "стран-производителей о заморозке добычи, а также с приближением налогового периода.",
     ], top=("Все новости", "Экономика")),
     lang="ru", published="2016-02-22T12:41:00+03:00")

# 32
item("new", "-", "unrelated", "sport: KHL playoffs",
     id="tass-20160225-4", source="tass.com", url="https://tass.com/sport/858512",
     title="CSKA beat Jokerit in KHL playoff opener",
     body=tass_page(
         "CSKA beat Jokerit in KHL playoff opener",
         "The Moscow side lead the best-of-seven series 1-0", "", "", [
             "MOSCOW, February 25. /TASS/. CSKA Moscow beat Finland's Jokerit 4-1 at home on "
             "Thursday in the first game of their Kontinental Hockey League (KHL) Western "
             "Conference quarterfinal series.",
             "Forward Alexander Radulov scored twice for the Army Men, who finished first in the "
             "regular season standings. Jokerit's only goal came in the third period on a power "
             "play.",
             "The second game of the series will be played in Moscow on Friday before the teams "
             "travel to Helsinki.",
         ], top=("All news", "Sport")),
     published="2016-02-25T21:58:00+03:00")

# 33
item("new", "-", "mention", "Lavrov press remarks; passing mention of the 20/21 Feb calls",
     id="tass-20160229-8", source="tass.com", url="https://tass.com/politics/859311",
     title="Lavrov says Syria truce largely observed, sees no need for 'Plan B'",
     body=tass_page(
         "Lavrov says Syria truce largely observed, sees no need for 'Plan B'",
         "Isolated violations should be examined through the channels set up by the Russian and "
         "US militaries, the minister said", TASS_LAVROV_CAP, "Sergei Bobylev/TASS", [
             "MOSCOW, February 29. /TASS/. The cessation of hostilities in Syria is largely being "
             "observed, although there are violations that need to be investigated, Russian "
             "Foreign Minister Sergey Lavrov told a news conference on Monday.",
             "\"We see a significant reduction in violence. Isolated incidents must be examined "
             "through the channels set up by the Russian and American military, not through the "
             "media,\" Lavrov said.",
             "The minister recalled that the modalities of the truce had been worked out in his "
             "telephone conversations with US Secretary of State John Kerry on February 20 and 21 "
             "and then endorsed by the presidents of the two countries.",
             "Lavrov said he saw no grounds for statements by some Western officials about a "
             "\"Plan B\" in case the truce fails, and that Russia would continue to strike the "
             "Islamic State and Jabhat al-Nusra, which are not covered by the ceasefire.",
         ]),
     lang="en", published="2016-02-29T15:12:00+03:00")

# 34
item("new", "-", "call", "lavrov_kerry_call 2016-04-30 (Aleppo)",
     id="sputnik-20160430-2", source="sputniknews.com",
     url="https://sputniknews.com/middleeast/20160430/1038914551/lavrov-kerry-aleppo-ceasefire.html",
     title=SPUTNIK_160430_HEAD,
     body=sputnik_page(SPUTNIK_160430_HEAD, "Sputnik / Valeriy Melnikov", SPUTNIK_160430_CAP,
                       SPUTNIK_160430_LEAD, SPUTNIK_160430, section="Middle East",
                       related=SPUTNIK_160430_REL),
     published="2016-04-30T17:36:00+03:00")

# 35: published is not a date
dead("bad_time", json.dumps({
    "id": "blog-20160501-2", "source": "kremlinwatcher.wordpress.com",
    "url": "https://kremlinwatcher.wordpress.com/2016/05/01/aleppo-truce-talk/",
    "title": "Aleppo: will Moscow and Washington agree on a truce?",
    "body": "Aleppo: will Moscow and Washington agree on a truce?\nPosted on May 1, 2016 by "
            "kremlinwatcher\n\nLavrov and Kerry spoke again yesterday, this time about Aleppo. "
            "Both sides say they want the \"regime of silence\" extended to the city; neither says "
            "when.\n\nThe sticking point is the same as in February: who counts as Nusra.\n\n"
            "Leave a comment",
    "lang": "en", "published": "yesterday afternoon"}, ensure_ascii=False),
    "blog-20160501-2", "published is \"yesterday afternoon\"")

# 36
item("new", "-", "call", "lavrov_kerry_call 2016-04-30; TASS copy on the same template as line 17",
     id="tass-20160430-6", source="tass.com", url="https://tass.com/politics/872341",
     title=TASS_160430_HEAD,
     body=tass_page(TASS_160430_HEAD, TASS_160430_SUB, TASS_LAVROV_CAP, "Sergei Bobylev/TASS",
                    tass_160430("American")),
     lang="en", published="2016-04-30T19:10:00+03:00")

# 37
item("new", "-", "call", "lavrov_kerry_call 2016-04-30; French",
     id="fr-sputnik-20160430-5", source="fr.sputniknews.com",
     url="https://fr.sputniknews.com/international/201604301024882915-lavrov-kerry-alep/",
     title="Lavrov et Kerry évoquent par téléphone une trêve à Alep",
     body="\n".join(["International", "Lavrov et Kerry évoquent par téléphone une trêve à Alep", "",
                     "© Sputnik. Alexeï Droujinine", "S'abonner",
                     "Le chef de la diplomatie russe Sergueï Lavrov et le secrétaire d'État "
                     "américain John Kerry ont discuté samedi de la possibilité d'étendre le "
                     "« régime de silence » à la ville syrienne d'Alep.", ""] + paras([
         "MOSCOU (Sputnik) — Lors d'un entretien téléphonique organisé à l'initiative de "
         "Washington, Sergueï Lavrov et John Kerry ont examiné la dégradation de la situation à "
         "Alep, a annoncé le ministère russe des Affaires étrangères.",
         "« Les parties ont évoqué la possibilité d'étendre à Alep le régime de silence instauré "
         "dans la province de Lattaquié et dans la Ghouta orientale », indique le communiqué du "
         "ministère.",
         "Sergueï Lavrov a de nouveau appelé les États-Unis à obtenir que les groupes d'opposition "
         "qu'ils soutiennent se dissocient du Front al-Nosra, exclu du cessez-le-feu entré en "
         "vigueur le 27 février.",
         "Les deux ministres sont par ailleurs convenus de poursuivre leurs contacts sur le "
         "règlement en Ukraine.",
     ]) + ["", "Fil d'actualité", "0", "Pour participer à la discussion",
           "identifiez-vous ou créez un compte"]),
     lang="fr", published="2016-04-30T18:20:00+02:00")

# 38
item("exact", "sputnik-20160430-2", "rescrape", "re-scrape of line 34: credit line, counter, section",
     id="sputnik-20160430-2-rescrape", source="sputniknews.com",
     url="https://sputniknews.com/middleeast/20160430/1038914551/lavrov-kerry-aleppo-ceasefire.html",
     title=SPUTNIK_160430_HEAD,
     body=sputnik_page(SPUTNIK_160430_HEAD, "Sputnik / Valeriy Melnikov / Go to the mediabank",
                       SPUTNIK_160430_CAP, SPUTNIK_160430_LEAD, SPUTNIK_160430,
                       section="World", related=SPUTNIK_160430_REL, tail=sputnik_tail(4)),
     published="2016-04-30T17:36:00+03:00")

# 39
item("near", "tass-20160430-6", "correction", "corrected line 36: \"American\" -> \"Russian\" side",
     id="tass-20160430-6-upd", source="tass.com", url="https://tass.com/politics/872341",
     title=TASS_160430_HEAD,
     body=tass_page(TASS_160430_HEAD, TASS_160430_SUB, TASS_LAVROV_CAP, "Sergei Bobylev/TASS",
                    tass_160430("Russian")),
     lang="en", published="2016-04-30T20:05:00+03:00")

# 40
item("exact", "sputnik-20160430-2", "rescrape", "second re-scrape of line 34: credit, counter, no Subscribe, no Cyrillic line",
     id="sputnik-20160430-2-rescrape2", source="sputniknews.com",
     url="https://sputniknews.com/middleeast/20160430/1038914551/lavrov-kerry-aleppo-ceasefire.html",
     title=SPUTNIK_160430_HEAD,
     body=sputnik_page(SPUTNIK_160430_HEAD, "Sputnik/Valeriy Melnikov", SPUTNIK_160430_CAP,
                       SPUTNIK_160430_LEAD, SPUTNIK_160430, section="Middle East",
                       subscribe=False, related=SPUTNIK_160430_REL,
                       tail=sputnik_tail(12, header=False)),
     published="2016-04-30T17:36:00+03:00")

# 41
item("new", "-", "call", "lavrov_kerry_call 2016-09-18 (Deir ez-Zor strike)",
     id="tass-20160918-2", source="tass.com", url="https://tass.com/politics/900412",
     title="Lavrov, Kerry discuss coalition strike on Syrian troops near Deir ez-Zor",
     body=tass_page(
         "Lavrov, Kerry discuss coalition strike on Syrian troops near Deir ez-Zor",
         "Lavrov called the strike a gross violation of the Russian-US arrangements of September 9",
         "US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov in Geneva "
         "(archive)", "EPA/MARTIAL TREZZINI", [
             "MOSCOW, September 18. /TASS/. Russian Foreign Minister Sergey Lavrov in a telephone "
             "conversation with US Secretary of State John Kerry on Sunday expressed serious "
             "concern over the airstrike by the US-led coalition on Syrian government troops near "
             "Deir ez-Zor, the Russian Foreign Ministry said.",
             "\"Sergey Lavrov stressed that the strike, which killed dozens of Syrian servicemen, "
             "was a gross violation of the Russian-US arrangements of September 9,\" the ministry "
             "said.",
             "According to the ministry, Kerry expressed regret over what Washington described as "
             "an unintentional strike and confirmed the US side's commitment to the Geneva "
             "arrangements.",
             "The two ministers agreed that the cessation of hostilities that took effect on "
             "September 12 should be maintained and that humanitarian convoys should be allowed to "
             "reach eastern Aleppo without delay, the statement said.",
             "Under the arrangements reached by Lavrov and Kerry in Geneva on September 9, Russia "
             "and the United States are to set up a joint implementation centre to coordinate "
             "strikes against Jabhat al-Nusra and the Islamic State after seven days of sustained "
             "calm.",
         ]),
     lang="en", published="2016-09-18T16:30:00+03:00")

# 42
item("new", "-", "call", "lavrov_kerry_call 2016-09-18, US side's account",
     id="reuters-20160918-4", source="reuters.com",
     url="https://www.reuters.com/article/us-mideast-crisis-syria-usa-russia-idUSKCN11O0RT",
     title="Kerry calls Lavrov after coalition strike kills Syrian troops",
     body=reuters_page(
         "Kerry calls Lavrov after coalition strike kills Syrian troops",
         "September 18, 2016 / 6:22 PM / 8 years ago", [
             "WASHINGTON, Sept 18 (Reuters) - Secretary of State John Kerry and Russian Foreign "
             "Minister Sergei Lavrov spoke by telephone on Sunday, a day after a U.S.-led "
             "coalition air strike killed Syrian troops near Deir al-Zor, a State Department "
             "official said.",
             "The official said Kerry had conveyed \"regret for the unintentional loss of life\" "
             "and told Lavrov that Washington remained committed to the cessation of hostilities "
             "agreed in Geneva.",
             "Russia's Foreign Ministry said Lavrov had told Kerry the strike put the whole "
             "agreement at risk and that it was now up to Washington to show it could restrain "
             "the rebel groups it backs.",
             "Aid convoys waiting on the Turkish border have yet to receive clearance to enter "
             "rebel-held eastern Aleppo, the United Nations said on Sunday. (Reporting by Anne "
             "Kelleher; Editing by Richard Lowe)",
         ]),
     lang="en", published="2016-09-18T18:22:00Z")

# 43: title and body both empty (the scraper got an error page)
dead("empty", json.dumps({
    "id": "tass-20160918-8", "source": "tass.com", "url": "https://tass.com/politics/900455",
    "title": "", "body": "", "lang": "en", "published": "2016-09-18T17:02:00+03:00"},
    ensure_ascii=False), "tass-20160918-8", "title and body both \"\"")


# --------------------------------------------------------------------------
# Writing

FIELD_ORDER = ("id", "source", "url", "title", "body", "lang", "published")


def record_line(rec):
    ordered = {k: rec[k] for k in FIELD_ORDER if k in rec}
    return json.dumps(ordered, ensure_ascii=False)


def feed_lines():
    out = []
    for it in FEED_ITEMS:
        out.append(it["raw"] if "raw" in it else record_line(it["rec"]))
    return out


def expect_lines():
    out = ["# sample_feed/feed.jsonl, one line per feed line: LINE<TAB>ID<TAB>EXPECT<TAB>OF",
           "# EXPECT: new | exact (chrome-only re-scrape; OF = first copy) | near (reprint with "
           "small edits; OF = original) | dead (rejected; OF = fault: not_json, missing_source, "
           "bad_type, bad_time, empty). Generated by sample_feed/make_feed.py."]
    for n, it in enumerate(FEED_ITEMS, 1):
        id_ = it["id"] if "raw" in it else it["rec"]["id"]
        out.append("%d\t%s\t%s\t%s" % (n, id_, it["expect"], it["of"]))
    return out


def write():
    with open(FEED, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(feed_lines()) + "\n")
    with open(EXPECT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(expect_lines()) + "\n")


# --------------------------------------------------------------------------
# Checking. strip_chrome() is a reference for the kinds of chrome the exact
# pairs differ in; it is deliberately simple and is not the product's normaliser.

NAV = {s.casefold() for s in [
    "All news", "Newsfeed", "Subscribe", "log in or register", "To participate in the discussion",
    "loader", "Chats", "- Sputnik International", SPUTNIK_TAG, "World", "Middle East",
    "Russian Politics & Diplomacy", "Share", "Tags", "Sport", "World News", "Reuters Staff",
    "Our Standards: The Thomson Reuters Trust Principles.", "Yahoo News", "Recommended Stories",
    "Share this:", "Twitter", "Facebook", "Like this:", "Like Loading...", "Related",
    "Leave a comment",
    "Все новости", "В мире", "Главное", "Политика", "Экономика", "Подписаться", "Поделиться",
    "Версия для печати"]}
COUNTER = re.compile(r"^(\d+|\d+ comments?|Комментарии \(\d+\)|\d+ min read"
                     r"|\w+ \d+, \d{4}( / \d+:\d\d [AP]M / \d+ years ago)?)$", re.I)


def script_of(text):
    cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    lat = sum(1 for c in text if c.isalpha() and c < "\u0250")
    return "cyr" if cyr > lat else "lat"


def strip_chrome(title, body):
    page_script = script_of(body)
    kept = [title] if title else []
    for line in body.split("\n"):
        s = line.strip()
        if not s or s.casefold() in NAV or COUNTER.match(s):
            continue
        if s.startswith("©") or s.startswith("•"):
            continue
        letters = [c for c in s if c.isalpha()]
        if letters and script_of(s) != page_script and len(s.split()) <= 6:
            continue              # a short line in another script: menu, widget title
        kept.append(unicodedata.normalize("NFC", s))
    return "\n".join(kept)


def shingles(text, k=3):
    w = re.findall(r"\w+", text.casefold())
    return {tuple(w[i:i + k]) for i in range(max(1, len(w) - k + 1))}


def jaccard(a, b):
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / max(1, len(sa | sb))


def check():
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)

    with open(FEED, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "", "feed must end with a newline"
    lines = lines[:-1]
    exp = [l.split("\t") for l in open(EXPECT, encoding="utf-8").read().splitlines()
           if not l.startswith("#")]
    if len(exp) != len(lines):
        fail("expect has %d rows, feed %d lines" % (len(exp), len(lines)))
    if lines != feed_lines():
        fail("feed.jsonl differs from what make_feed.py generates")
    seen, texts, counts = {}, {}, {}
    for row, line in zip(exp, lines):
        n, id_, verdict, of = row
        counts[verdict] = counts.get(verdict, 0) + 1
        if verdict == "dead":
            try:
                rec = json.loads(line)
            except ValueError:
                if of != "not_json":
                    fail("line %s does not parse but is marked %s" % (n, of))
                continue
            if of == "not_json":
                fail("line %s parses" % n)
            elif of == "missing_source" and "source" in rec:
                fail("line %s has a source" % n)
            elif of == "bad_type" and isinstance(rec.get("title"), str):
                fail("line %s title is a string" % n)
            elif of == "bad_time" and re.match(r"\d{4}-\d\d-\d\dT", rec.get("published", "")):
                fail("line %s published looks like a date" % n)
            elif of == "empty" and (rec.get("title") or rec.get("body")):
                fail("line %s is not empty" % n)
            if id_ != rec.get("id", "-"):
                fail("line %s id mismatch" % n)
            continue
        rec = json.loads(line)
        for k in ("id", "source", "url", "title", "body", "published"):
            if not isinstance(rec.get(k), str):
                fail("line %s: %s missing or not a string" % (n, k))
        if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$", rec["published"]):
            fail("line %s: published not RFC 3339" % n)
        if rec["id"] != id_:
            fail("line %s: id %s != expect %s" % (n, rec["id"], id_))
        if id_ in seen:
            fail("duplicate id %s" % id_)
        seen[id_] = int(n)
        texts[id_] = strip_chrome(rec["title"], rec["body"])
        if verdict in ("exact", "near"):
            if of not in seen or seen[of] >= int(n):
                fail("line %s: %s does not refer to an earlier line" % (n, of))
                continue
            same = texts[id_] == texts[of]
            if verdict == "exact" and not same:
                fail("line %s: article text differs from %s" % (n, of))
            if verdict == "near" and same:
                fail("line %s: near item is identical to %s after stripping" % (n, of))
            print("  %-5s line %-2s %-30s J3=%.2f vs %s" % (verdict, n, id_,
                                                           jaccard(texts[id_], texts[of]), of))
        elif verdict == "new":
            for other, t in texts.items():
                if other != id_ and t == texts[id_]:
                    fail("line %s: new item equals %s" % (n, other))
    # no two first copies should look like near-duplicates
    news = [r[1] for r in exp if r[2] == "new"]
    worst = max(((jaccard(texts[a], texts[b]), a, b) for i, a in enumerate(news)
                 for b in news[i + 1:]))
    print("  highest shingle Jaccard between two 'new' items: %.2f (%s, %s)" % worst)
    if worst[0] > 0.5:
        fail("two 'new' items are too similar")
    print("  counts:", counts, "lines:", len(lines))
    print("OK" if ok else "FAILED")
    return ok


def table():
    """The per-line table of sample_feed/README.md."""
    print("| line | id | outlet | lang | kind | expect | what it is |")
    print("|---:|---|---|---|---|---|---|")
    for n, it in enumerate(FEED_ITEMS, 1):
        if "raw" in it:
            print("| %d | %s | | | broken | dead: %s | %s |" % (n, it["id"], it["of"], it["note"]))
            continue
        r = it["rec"]
        exp = it["expect"] + ("" if it["of"] == "-" else " of " + it["of"])
        print("| %d | %s | %s | %s | %s | %s | %s |" % (
            n, r["id"], r["source"], r.get("lang", "(none)"), it["kind"], exp, it["note"]))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    if "--table" in sys.argv[1:]:
        sys.exit(table())
    write()
