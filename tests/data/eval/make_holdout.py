#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make_holdout.py: writes holdout.jsonl, the held-out corpus for event classification.

Every text below was written by hand for this file, blind to the classifier's rules
and catalog (workers/classify*.c, workers/catalog*.c, deploy/catalog/events.catalog
were not read). The corpus is there to measure the classifier on text it was not
tuned on: see HOLDOUT.md before changing any rule because of an error seen here.

Same format and label rules as events.jsonl (EVENTS.md); other outlets, other
languages (Italian, Portuguese, Turkish, Polish, Ukrainian, Hindi, Korean, Greek,
Persian, Hebrew besides English, Russian, German, French, Spanish, Arabic, Chinese,
Japanese), one hand-written text per item instead of templates.

Deterministic: no clock, no network, no host time-zone database (the UTC offsets of
every zone used, 2013-2017, are coded below), one fixed-seed RNG (which items carry
the "lang" field). Running it twice gives identical bytes.

    python3 tests/data/eval/make_holdout.py            # writes holdout.jsonl next to this file
    python3 tests/data/eval/make_holdout.py --check    # writes, then verifies (exit 1 on a problem)
    python3 tests/data/eval/make_holdout.py --stats    # prints the count tables of HOLDOUT.md"""

import json
import os
import re
import random
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout.jsonl")
SEEDS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "seeds"))
SEED = 20130322

LKC = "lavrov_kerry_call"
LKM = "lavrov_kerry_meeting"
POC = "putin_obama_call"
LFM = "lavrov_foreign_minister_call"
EVENT_TYPES = (LKC, LKM, POC, LFM)
KINDS = {
    "call": LKC, "call_role_only": LKC, "meeting": LKM, "other_minister_call": LFM,
    "putin_obama_call": POC, "passing_mention": None, "call_not_held": None,
    "kerry_other_call": None, "lavrov_other_contact": None, "tillerson_call": None,
    "statement": None, "unrelated": None,
}

# --------------------------------------------------------------------------
# Time zones: UTC offset in minutes of a zone at a local (naive) time.


def _sunday(y, m, n):
    """n-th Sunday of month m (n >= 1), or the last one (n == -1)."""
    if n > 0:
        d = date(y, m, 1)
        d += timedelta(days=(6 - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _eu_summer(t):
    # EU rule (local clock, close enough away from the switch nights): last Sunday of
    # March to last Sunday of October.
    return (datetime.combine(_sunday(t.year, 3, -1), time(2)) <= t
            < datetime.combine(_sunday(t.year, 10, -1), time(3)))


def _msk(t):
    return 240 if t < datetime(2014, 10, 26, 2) else 180


def _us(t):
    a = datetime.combine(_sunday(t.year, 3, 2), time(2))
    b = datetime.combine(_sunday(t.year, 11, 1), time(2))
    return -240 if a <= t < b else -300


def _turkey(t):
    # EET/EEST with Turkey's own switches: DST began on 31 March in 2014, ended on
    # 8 November in 2015; UTC+3 all year from 7 September 2016.
    if t >= datetime(2016, 9, 7):
        return 180
    if t.year == 2014:
        return 180 if datetime(2014, 3, 31, 3) <= t < datetime(2014, 10, 26, 4) else 120
    if t.year == 2015:
        return 180 if datetime(2015, 3, 29, 3) <= t < datetime(2015, 11, 8, 4) else 120
    return 180 if _eu_summer(t) else 120


def _israel(t):
    # Friday before the last Sunday of March to the last Sunday of October (2013-).
    a = datetime.combine(_sunday(t.year, 3, -1) - timedelta(days=2), time(2))
    b = datetime.combine(_sunday(t.year, 10, -1), time(2))
    return 180 if a <= t < b else 120


def _iran(t):
    # IRST +3:30; IRDT +4:30 from 2 Farvardin to 31 Shahrivar (22 March - 21
    # September, one day earlier in 2016).
    a, b = ((3, 21), (9, 21)) if t.year == 2016 else ((3, 22), (9, 22))
    return 270 if datetime(t.year, *a) <= t < datetime(t.year, *b) else 210


ZONES = {
    "MSK": _msk,                                        # Moscow
    "CET": lambda t: 120 if _eu_summer(t) else 60,      # Rome, Berlin, Paris, Madrid, Warsaw, Prague
    "EET": lambda t: 180 if _eu_summer(t) else 120,     # Kyiv, Athens
    "WET": lambda t: 60 if _eu_summer(t) else 0,        # Lisbon
    "TRT": _turkey,                                     # Istanbul, Ankara
    "ISR": _israel,                                     # Tel Aviv
    "IRN": _iran,                                       # Tehran
    "US": _us,                                          # Washington
    "IND": lambda t: 330,                               # New Delhi, Mumbai
    "KST": lambda t: 540, "JST": lambda t: 540,         # Seoul, Tokyo
    "CHN": lambda t: 480,                               # Beijing
    "KSA": lambda t: 180,                               # Riyadh (Al Arabiya's clock)
    "UTC": lambda t: 0,                                 # GMT sites, written "Z"
    "GMT": lambda t: 0,                                 # London sites, written "+00:00"
}


def rfc3339(local, zone):
    """'YYYY-MM-DD HH:MM' local time in zone -> RFC 3339 with the zone's offset."""
    t = datetime.strptime(local, "%Y-%m-%d %H:%M")
    off = ZONES[zone](t)
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if zone == "UTC":
        return s + "Z"
    sign = "+" if off >= 0 else "-"
    return f"{s}{sign}{abs(off) // 60:02d}:{abs(off) % 60:02d}"


def parse_rfc3339(s):
    """-> naive UTC datetime."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(Z|([+-])(\d\d):(\d\d))", s)
    if not m:
        raise ValueError(f"not RFC 3339: {s}")
    t = datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S")
    if m.group(2) == "Z":
        return t
    off = int(m.group(4)) * 60 + int(m.group(5))
    return t - timedelta(minutes=off if m.group(3) == "+" else -off)


def utc_to_msk(u):
    return u + timedelta(minutes=240 if u < datetime(2014, 10, 25, 22) else 180)


# --------------------------------------------------------------------------
# The events: (type, Moscow date) -> Moscow time it happened (for --check: every
# report is published after it, and within 0-2 days of its date in Moscow time).

EVENT_TIME = {
    (LKC, "2013-03-22"): "18:30", (LKC, "2013-06-26"): "20:00", (LKC, "2013-08-26"): "13:00",
    (LKC, "2013-10-19"): "17:00", (LKC, "2014-03-11"): "16:00", (LKC, "2014-05-05"): "14:00",
    (LKC, "2014-06-14"): "20:00", (LKC, "2014-08-30"): "16:00", (LKC, "2015-02-17"): "23:40",
    (LKC, "2015-07-25"): "19:00", (LKC, "2015-11-28"): "18:00", (LKC, "2016-01-09"): "21:30",
    (LKC, "2016-02-27"): "17:00", (LKC, "2016-04-23"): "15:00", (LKC, "2016-06-28"): "19:00",
    (LKC, "2016-10-01"): "18:00",
    (LKM, "2013-07-01"): "11:00", (LKM, "2014-12-14"): "17:00", (LKM, "2015-08-05"): "07:00",
    (LKM, "2016-07-26"): "07:00", (LKM, "2016-10-15"): "14:00",
    (LFM, "2014-02-19"): "14:00", (LFM, "2014-05-15"): "15:00", (LFM, "2014-11-27"): "17:00",
    (LFM, "2015-07-07"): "14:00", (LFM, "2016-01-07"): "10:00", (LFM, "2016-07-16"): "16:00",
    (POC, "2014-03-06"): "20:30", (POC, "2016-02-14"): "19:00", (POC, "2016-04-18"): "19:00",
}

ITEMS = []


def add(kind, date_, source, url, title, body, lang, pub, zone, wd_ok="", notitle=False):
    """One item. kind decides label.event; date_ is the Moscow date of the event
    (None for null kinds); pub is the local publication time in zone; wd_ok lists
    weekdays other than the event's that the text may name ("mon tue ...");
    notitle: the scraper failed to split the headline (title "", headline in body)."""
    event = KINDS[kind]
    assert (event is None) == (date_ is None), (kind, date_, title)
    body = body.strip("\n")
    assert title in body, f"headline not in body: {title}"
    ITEMS.append({
        "source": source, "url": url, "title": "" if notitle else title, "body": body,
        "lang": lang, "published": rfc3339(pub, zone),
        "label": {"event": event, "date": date_, "kind": kind},
        "_wd_ok": set(wd_ok.split()),
    })


# --------------------------------------------------------------------------
# Chrome shared by several pages of one site.

ANSA_TAIL = "RIPRODUZIONE RISERVATA © Copyright ANSA"
ANSA_EN_TAIL = "ALL RIGHTS RESERVED © Copyright ANSA"
YONHAP_TAIL = "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
AA_EN_TAIL = ("Only part of the stories distributed by Anadolu Agency to its subscribers "
              "through the News Broadcasting System (HAS) appear on this website, in "
              "shortened form. Contact us for subscription options.")
AA_TR_TAIL = ("AA'nın web sitesinde yer alan haberler, Haber Yayın Sistemi (HAS) üzerinden "
              "abonelere sunulan haberlerin kısaltılmış halidir. Abonelik için lütfen iletişime geçiniz.")
RFERL_MENU = "Русский\nУкраїнська\nБеларуская\nҚазақша\nТоҷикӣ\nAzərbaycanca"
IFX_UA_MENU = "Українською\nРусский\nEnglish"


# ==========================================================================
# Lavrov-Kerry calls (16 calls, 56 reports)
# ==========================================================================

# --- 2013-03-22, Friday, 18:30 Moscow: Syria (Khan al-Assal), Korea, Cyprus --------

add("call", "2013-03-22", "ansa.it",
    "https://www.ansa.it/sito/notizie/mondo/mediooriente/2013/03/22/Siria-telefonata-Lavrov-Kerry-armi-chimiche_8437221.html",
    "Siria: telefonata Lavrov-Kerry su armi chimiche", f"""
ANSA.it
Mondo
Medio Oriente

Siria: telefonata Lavrov-Kerry su armi chimiche

Mosca chiede un'inchiesta Onu rapida su Khan al-Assal

Redazione ANSA
MOSCA
22 marzo 2013
17:55
NEWS

Il ministro degli Esteri russo Serghei Lavrov
Il ministro degli Esteri russo Serghei Lavrov - RIPRODUZIONE RISERVATA
© ANSA/EPA

(ANSA) - MOSCA, 22 MAR - Il ministro degli Esteri russo Serghei Lavrov e il segretario di Stato americano John Kerry hanno avuto oggi una conversazione telefonica dedicata soprattutto alla Siria e alla penisola coreana. Lo ha reso noto il ministero degli Esteri di Mosca in un comunicato.

Lavrov, si legge nella nota, ha insistito perché l'indagine delle Nazioni Unite sul presunto uso di armi chimiche nei pressi di Aleppo, martedì scorso, venga avviata "senza ritardi e senza precondizioni politiche". Kerry ha ribadito che per Washington l'impiego di armi chimiche da parte del regime di Damasco sarebbe "inaccettabile".

I due capi della diplomazia hanno inoltre discusso della crisi finanziaria di Cipro e della tensione crescente nella penisola coreana, concordando di restare in stretto contatto. La telefonata, precisa il ministero, è avvenuta su iniziativa americana. (ANSA).

{ANSA_TAIL}
Condividi
Tweet
""", "it", "2013-03-22 17:55", "CET", wd_ok="tue")

add("call", "2013-03-22", "kommersant.ru", "https://www.kommersant.ru/doc/2153412",
    "Сергей Лавров и Джон Керри обсудили химоружие в Сирии", """
Коммерсантъ
Новости
Мир

Сергей Лавров и Джон Керри обсудили химоружие в Сирии

22.03.2013, 20:14

Министр иностранных дел России Сергей Лавров провел сегодня телефонный разговор с госсекретарем США Джоном Керри. Как сообщили в МИД РФ, звонок был инициирован американской стороной.

Главной темой беседы стала ситуация в Сирии, в том числе сообщения о применении химического оружия под Алеппо. Господин Лавров настаивал на том, чтобы расследование ООН было начато как можно скорее и велось «профессионально и беспристрастно». Кроме того, министры затронули положение на Корейском полуострове и ситуацию вокруг Кипра, где могут пострадать вклады российских компаний.

Напомним, 19 марта власти Сирии обвинили оппозицию в обстреле химическим снарядом поселка Хан-эль-Асаль, оппозиция возложила ответственность на правительственные войска.

Фото: Reuters

Подписывайтесь на «Ъ» в соцсетях
Версия для печати
Комментарии
""", "ru", "2013-03-22 20:14", "MSK")

add("call", "2013-03-22", "yonhapnews.co.kr",
    "https://www.yonhapnews.co.kr/bulletin/2013/03/23/0200000000AKR20130323004100080.HTML",
    "러-미 외무장관 전화통화…시리아·북한 문제 논의", f"""
연합뉴스
국제
유럽

러-미 외무장관 전화통화…시리아·북한 문제 논의

(모스크바=연합뉴스) 안성진 특파원 = 세르게이 라브로프 러시아 외무장관과 존 케리 미국 국무장관이 22일(현지시간) 전화 통화를 하고 시리아 사태와 한반도 정세 등을 논의했다고 러시아 외무부가 밝혔다.

외무부는 보도문에서 "양국 장관이 시리아에서 화학무기가 사용됐다는 의혹과 관련한 유엔 조사 문제, 한반도 정세, 키프로스 금융위기 등에 대해 의견을 교환했다"고 전했다.

라브로프 장관은 한반도에서 긴장을 높이는 어떤 행동도 자제해야 한다는 러시아의 입장을 재차 강조한 것으로 알려졌다.

통화는 미국 측의 요청으로 이뤄졌다.

sjahn@yna.co.kr

{YONHAP_TAIL}
2013/03/23 05:40 송고
""", "ko", "2013-03-23 05:40", "KST")

# --- 2013-06-26, Wednesday, 20:00 Moscow: Snowden, Geneva-2 ------------------------

add("call", "2013-06-26", "spiegel.de",
    "https://www.spiegel.de/politik/ausland/fall-snowden-kerry-telefoniert-mit-lawrow-a-908012.html",
    "Fall Snowden: Kerry telefoniert mit Lawrow", """
SPIEGEL ONLINE
Politik
Ausland

Fall Snowden: Kerry telefoniert mit Lawrow

Der Whistleblower sitzt offenbar weiter im Transitbereich des Moskauer Flughafens fest. Nun hat sich US-Außenminister Kerry direkt an seinen russischen Kollegen gewandt - der Kreml gibt sich unbeeindruckt.

Mittwoch, 26.06.2013 – 19:05 Uhr

US-Außenminister John Kerry (Archivbild): Gespräch mit Moskau
Foto: REUTERS

Moskau/Washington - Im Streit um den früheren Geheimdienstmitarbeiter Edward Snowden haben US-Außenminister John Kerry und sein russischer Amtskollege Sergej Lawrow miteinander telefoniert. Das Gespräch habe am Mittwochabend stattgefunden, teilte das Außenministerium in Moskau mit. Neben dem Fall Snowden sei es um die geplante Syrien-Friedenskonferenz in Genf gegangen.

Lawrow hatte zuvor erklärt, Snowden habe die russische Grenze nicht überschritten und befinde sich im Transitbereich des Flughafens Scheremetjewo. Russland habe "nichts mit ihm zu tun". Washington fordert die Auslieferung des 30-Jährigen, der geheime Überwachungsprogramme der NSA öffentlich gemacht hatte.

Kerry hatte Moskau am Vortag zu "Ruhe und Besonnenheit" aufgerufen und betont, man strebe keine Konfrontation an. Beide Minister vereinbarten nach russischen Angaben, in Kontakt zu bleiben. Ein Treffen am Rande des Asean-Forums in Brunei Anfang Juli gilt als wahrscheinlich.

ler/dpa/Reuters

Diesen Artikel...
Drucken
Senden
Feedback
Merken
""", "de", "2013-06-26 19:05", "CET")

add("call", "2013-06-26", "rferl.org", "https://www.rferl.org/a/kerry-lavrov-snowden-phone/25029311.html",
    "Kerry, Lavrov Discuss Snowden By Phone", f"""
RFE/RL
News
Russia

Kerry, Lavrov Discuss Snowden By Phone

June 26, 2013 19:40 GMT

U.S. Secretary of State John Kerry (left) and Russian Foreign Minister Sergei Lavrov (file photo)
U.S. Secretary of State John Kerry (left) and Russian Foreign Minister Sergei Lavrov (file photo)

U.S. Secretary of State John Kerry has spoken by telephone with his Russian counterpart, Sergei Lavrov, as Washington presses Moscow to hand over fugitive intelligence contractor Edward Snowden.

The Russian Foreign Ministry said the two men talked on June 26 about Syria and "other issues of mutual interest." A State Department official confirmed that Snowden's case had come up but gave no details.

Snowden, who leaked details of secret U.S. surveillance programs, flew to Moscow from Hong Kong on June 23 and is believed to be in the transit zone of Sheremetyevo airport. Russian President Vladimir Putin said on June 25 that Moscow would not extradite him.

Kerry and Lavrov are expected to meet next week on the sidelines of a regional security forum in Brunei.

Based on reporting by Reuters, AP, and Interfax

Copyright (c) 2013. RFE/RL, Inc. All Rights Reserved.

{RFERL_MENU}
""", "en", "2013-06-26 19:40", "UTC")

add("call", "2013-06-26", "wyborcza.pl",
    "https://wyborcza.pl/1,75399,14178302,Kerry_rozmawial_z_Lawrowem__O_Snowdenie_i_Syrii.html",
    "Kerry rozmawiał z Ławrowem. O Snowdenie i Syrii", """
Wyborcza.pl
Świat

Kerry rozmawiał z Ławrowem. O Snowdenie i Syrii

PAP, mab
27.06.2013 07:10

Siergiej Ławrow
Siergiej Ławrow (Fot. Sergei Ilnitsky / AP)

Sekretarz stanu USA John Kerry przeprowadził w środę wieczorem rozmowę telefoniczną z szefem rosyjskiej dyplomacji Siergiejem Ławrowem - poinformowało rosyjskie MSZ. Rozmowa dotyczyła m.in. losu Edwarda Snowdena, byłego współpracownika amerykańskich służb, który od niedzieli przebywa w strefie tranzytowej moskiewskiego lotniska Szeremietiewo.

Według komunikatu rosyjskiego resortu ministrowie omówili także przygotowania do międzynarodowej konferencji w sprawie Syrii, tzw. Genewy 2. Strona rosyjska nie ujawniła, czy Kerry ponowił prośbę o wydanie Snowdena.

Waszyngton domaga się przekazania 30-latka, oskarżonego o szpiegostwo. Prezydent Władimir Putin oświadczył we wtorek, że Rosja nie zamierza go wydać.

Czytaj także: Snowden wciąż na lotnisku. "Jest wolnym człowiekiem"

Komentarze
Zobacz także
""", "pl", "2013-06-27 07:10", "CET", wd_ok="sun tue", notitle=True)

# --- 2013-08-26, Monday, 13:00 Moscow: Ghouta, warning against a strike ------------

add("call", "2013-08-26", "alarabiya.net",
    "https://www.alarabiya.net/ar/arab-and-world/syria/2013/08/26/lavrov-kerry-phone-call",
    "لافروف لكيري: التدخل العسكري في سوريا ستكون له عواقب خطيرة", """
العربية.نت
أخبار
سوريا

لافروف لكيري: التدخل العسكري في سوريا ستكون له عواقب خطيرة

آخر تحديث: الاثنين 26 أغسطس 2013 KSA 15:40 - GMT 12:40

موسكو - فرانس برس، رويترز

حذر وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي جون كيري، في اتصال هاتفي اليوم الاثنين، من "العواقب الخطيرة جداً" لأي تدخل عسكري في سوريا، بحسب ما أعلنت وزارة الخارجية الروسية.

وقالت الوزارة في بيان إن لافروف أكد لكيري أن موسكو "قلقة للغاية" من التصريحات الصادرة عن واشنطن حول استعدادها لتدخل عسكري، داعياً إلى انتظار نتائج عمل فريق المفتشين الدوليين الذي بدأ اليوم مهمته في الغوطة الشرقية بريف دمشق.

وأضاف البيان أن الوزيرين اتفقا على مواصلة الاتصالات، فيما لم تصدر الخارجية الأميركية تعليقاً فورياً على المكالمة.

وكان ناشطون سوريون قد اتهموا قوات النظام بشن هجوم بأسلحة كيماوية يوم الأربعاء الماضي أسفر عن مقتل المئات.

صورة أرشيفية لوزير الخارجية الروسي سيرغي لافروف
صورة أرشيفية لوزير الخارجية الروسي سيرغي لافروف (رويترز)

مواضيع ذات صلة
""", "ar", "2013-08-26 15:40", "KSA", wd_ok="wed")

add("call", "2013-08-26", "lefigaro.fr",
    "https://www.lefigaro.fr/flash-actu/2013/08/26/97001-20130826FILWWW00312-syrie-lavrov-met-en-garde-kerry.php",
    "Syrie : Lavrov met en garde Kerry contre une intervention", """
Le Figaro.fr
International

Syrie : Lavrov met en garde Kerry contre une intervention

Par lefigaro.fr avec AFP
Publié le 26/08/2013 à 14:25

Le chef de la diplomatie russe a averti son homologue américain, lors d'un entretien téléphonique, des « conséquences extrêmement dangereuses » d'une éventuelle action militaire en Syrie.

Sergueï Lavrov a mis en garde lundi John Kerry contre toute intervention armée en Syrie, a annoncé le ministère russe des Affaires étrangères. Au cours de leur conversation téléphonique, le ministre russe a estimé que Washington ne devait pas « céder aux provocations » et qu'il fallait attendre les conclusions des inspecteurs de l'ONU, arrivés lundi dans la Ghouta orientale.

Selon Moscou, Sergueï Lavrov a également souligné que les informations sur une attaque chimique près de Damas restaient « non vérifiées ». John Kerry, lui, a répété que les États-Unis disposaient d'éléments jugés sérieux.

Sergueï Lavrov, le 26 août à Moscou. Crédits photo : MAXIM SHEMETOV/REUTERS
Sergueï Lavrov, le 26 août à Moscou.

Lire aussi :
» Syrie : les inspecteurs de l'ONU visés par des tirs
» Armes chimiques : Paris évoque une « réaction de force »
""", "fr", "2013-08-26 14:25", "CET")

add("call", "2013-08-26", "timesofindia.indiatimes.com",
    "https://timesofindia.indiatimes.com/world/europe/Russia-warns-US-against-Syria-strike-in-Lavrov-Kerry-call/articleshow/22067318.cms",
    "Russia warns US against Syria strike in Lavrov-Kerry call", """
The Times of India
World
Europe

Russia warns US against Syria strike in Lavrov-Kerry call

PTI | Aug 26, 2013, 07.40 PM IST

MOSCOW: Russian foreign minister Sergei Lavrov today warned US secretary of state John Kerry in a telephone conversation that any military intervention in Syria would have "extremely grave consequences" for the region.

Lavrov told Kerry that Moscow was "deeply concerned" by statements from Washington suggesting that the US was ready to use force without waiting for the findings of UN inspectors, according to a statement from the Russian foreign ministry.

The UN team began its investigation today in the Damascus suburbs where hundreds of people were reported killed in an alleged chemical attack last Wednesday. The inspectors' convoy came under sniper fire on the way, the world body said.

The ministry said the two ministers agreed to keep in touch.

Stay updated on the go with The Times of India. Download the app for your device.
""", "en", "2013-08-26 19:40", "IND", wd_ok="wed")

add("call", "2013-08-26", "irna.ir", "https://www.irna.ir/news/80782314/",
    "لاوروف در گفتگوی تلفنی با کری: حمله نظامی به سوریه عواقب خطرناکی دارد", """
خبرگزاری جمهوری اسلامی
سیاست خارجی

لاوروف در گفتگوی تلفنی با کری: حمله نظامی به سوریه عواقب خطرناکی دارد

دوشنبه ۴ شهریور ۱۳۹۲ - ۱۸:۲۰
کد خبر: 80782314

مسکو - ایرنا - وزیر امور خارجه روسیه در گفتگوی تلفنی با جان کری وزیر امور خارجه آمریکا نسبت به عواقب بسیار خطرناک هرگونه مداخله نظامی در سوریه هشدار داد.

به گزارش ایرنا، وزارت امور خارجه روسیه روز دوشنبه اعلام کرد که سرگئی لاوروف در این گفتگو تاکید کرد که واشنگتن نباید پیش از روشن شدن نتایج تحقیقات بازرسان سازمان ملل درباره حادثه غوطه شرقی، دست به اقدام عجولانه بزند.

بر اساس این گزارش، کری نیز موضع دولت آمریکا را درباره استفاده از سلاح شیمیایی در سوریه تشریح کرد.

بازرسان سازمان ملل روز دوشنبه کار خود را در حومه دمشق آغاز کردند.

انتهای پیام/
""", "fa", "2013-08-26 18:20", "IRN")

# --- 2013-10-19, Saturday, 17:00 Moscow: Geneva-2 date, Iran talks ----------------

add("call_role_only", "2013-10-19", "xinhuanet.com",
    "http://news.xinhuanet.com/world/2013-10/20/c_117788311.htm",
    "俄外长与美国国务卿通电话 讨论叙利亚问题国际会议筹备", """
新华网
国际

俄外长与美国国务卿通电话 讨论叙利亚问题国际会议筹备

2013年10月20日 00:35:16　来源：新华网

【字号 大 中 小】【打印】【关闭】

新华网莫斯科10月19日电（记者 张明远）俄罗斯外交部19日发表新闻公报说，俄罗斯外长当天应约与美国国务卿通电话，双方讨论了召开叙利亚问题第二次日内瓦国际会议的筹备工作。

公报说，双方表示应尽快确定会议日期，并确保叙利亚各派别代表广泛参与。两国外交部门负责人还就伊朗核问题六国与伊朗日前在日内瓦举行的谈判交换了意见，认为谈判取得了积极进展。

双方同意继续保持密切接触。（完）

责任编辑：刘洋
""", "zh", "2013-10-20 00:35", "CHN")

add("call", "2013-10-19", "abc.es",
    "https://www.abc.es/internacional/20131019/abci-lavrov-kerry-telefono-siria-201310191948.html",
    "Lavrov y Kerry hablan por teléfono sobre la conferencia de paz para Siria", """
ABC.es
Internacional

Lavrov y Kerry hablan por teléfono sobre la conferencia de paz para Siria

EFE / MOSCÚ
Día 19/10/2013 - 19.48h

El ministro de Exteriores ruso, Serguéi Lavrov, y el secretario de Estado norteamericano, John Kerry, conversaron este sábado por teléfono sobre los preparativos de la conferencia internacional de paz para Siria, conocida como Ginebra 2, informó la cancillería rusa.

Según el comunicado, ambos coincidieron en que es necesario fijar cuanto antes la fecha del encuentro y garantizar la presencia de una delegación representativa de la oposición siria, cuya participación sigue en el aire.

Lavrov y Kerry también repasaron los resultados de la ronda de negociaciones sobre el programa nuclear iraní celebrada esta semana en Ginebra, que ambas partes calificaron de «útil».

La conversación se produjo a iniciativa de la parte estadounidense, precisó el ministerio ruso.

Noticias relacionadas
Archivado en: Siria, Rusia, Estados Unidos
""", "es", "2013-10-19 19:48", "CET")

add("call", "2013-10-19", "haaretz.co.il", "https://www.haaretz.co.il/news/world/1.2143188",
    "לברוב וקרי שוחחו בטלפון על ועידת השלום לסוריה", """
הארץ
חדשות
עולם

לברוב וקרי שוחחו בטלפון על ועידת השלום לסוריה

שרי החוץ של רוסיה וארה"ב דנו גם בשיחות הגרעין עם איראן שנערכו השבוע בז'נבה

סוכנויות הידיעות
19.10.2013 | 21:05

שר החוץ הרוסי, סרגיי לברוב, ומזכיר המדינה האמריקאי, ג'ון קרי, קיימו היום (שבת) שיחת טלפון שעסקה בהכנות לכינוס ועידת ז'נבה 2 על עתידה של סוריה, כך מסר משרד החוץ במוסקבה.

לפי ההודעה, השניים הסכימו כי יש לקבוע בהקדם מועד לוועידה ולהבטיח השתתפות רחבה של נציגי האופוזיציה הסורית. עוד נמסר כי לברוב וקרי החליפו דעות על סבב המגעים בין המעצמות לאיראן, שהסתיים ביום רביעי.

השיחה התקיימה ביוזמת הצד האמריקאי.

תגובות
שתפו בפייסבוק
""", "he", "2013-10-19 21:05", "ISR", wd_ok="wed")

# --- 2014-03-11, Tuesday, 16:00 Moscow: Crimea before the referendum -------------

add("call", "2014-03-11", "interfax.com.ua", "https://ua.interfax.com.ua/news/political/194915.html",
    "Керрі і Лавров провели телефонну розмову щодо Криму", f"""
Інтерфакс-Україна
Головне
Політика

Керрі і Лавров провели телефонну розмову щодо Криму

16:12 11.03.2014

КИЇВ, 11 березня /Інтерфакс-Україна/. Державний секретар США Джон Керрі у вівторок провів телефонну розмову з міністром закордонних справ Росії Сергієм Лавровим, в ході якої обговорювалася ситуація в Автономній Республіці Крим.

Як повідомили в МЗС РФ, Лавров заявив співрозмовнику, що Москва "поважатиме волевиявлення населення Криму", і вкотре відкинув пропозиції щодо створення контактної групи за участю Києва.

За даними Держдепартаменту, Керрі наголосив, що призначений на 16 березня референдум суперечить Конституції України і не буде визнаний міжнародною спільнотою.

Сторони домовилися продовжити контакти.

Новини партнерів
{IFX_UA_MENU}
""", "uk", "2014-03-11 16:12", "EET")

add("call", "2014-03-11", "pap.pl",
    "https://www.pap.pl/aktualnosci/news,1102345,kerry-i-lawrow-rozmawiali-o-referendum-na-krymie.html",
    "Kerry i Ławrow rozmawiali o referendum na Krymie", """
PAP
Serwis Informacyjny
Świat

Kerry i Ławrow rozmawiali o referendum na Krymie

11.03.2014, 19:05

Waszyngton (PAP) - Sekretarz stanu USA John Kerry odbył we wtorek rozmowę telefoniczną z szefem rosyjskiego MSZ Siergiejem Ławrowem. Kerry ostrzegł, że jeśli Rosja uzna wynik niedzielnego referendum na Krymie, Stany Zjednoczone i Unia Europejska podejmą "poważne kroki".

Jak przekazała rzeczniczka Departamentu Stanu, Kerry przedstawił Ławrowowi propozycje, które mogłyby doprowadzić do deeskalacji kryzysu, w tym bezpośredni dialog Moskwy z nowymi władzami w Kijowie. Rosyjski minister miał odpowiedzieć, że Moskwa nie uznaje rządu w Kijowie za prawowity.

To kolejna w ostatnich dniach rozmowa obu polityków. W piątek Ławrow mówił, że Kerry zaprosił go do Waszyngtonu, ale termin wizyty nie został ustalony.

(PAP)

mj/ ap/
Tagi: Krym, Ukraina, Rosja, USA
""", "pl", "2014-03-11 19:05", "CET", wd_ok="sun fri")

add("call", "2014-03-11", "kathimerini.gr",
    "https://www.kathimerini.gr/world/757461/thlefwnikh-epikoinwnia-keri-lavrof-gia-thn-krimaia/",
    "Τηλεφωνική επικοινωνία Κέρι - Λαβρόφ για την Κριμαία", """
Καθημερινή
ΚΟΣΜΟΣ

Τηλεφωνική επικοινωνία Κέρι - Λαβρόφ για την Κριμαία

11.03.2014 : 20:42

Τηλεφωνική επικοινωνία είχαν σήμερα ο Αμερικανός υπουργός Εξωτερικών Τζον Κέρι και ο Ρώσος ομόλογός του Σεργκέι Λαβρόφ, με αντικείμενο την κρίση στην Κριμαία, ενόψει του δημοψηφίσματος της Κυριακής.

Σύμφωνα με το ρωσικό υπουργείο Εξωτερικών, ο κ. Λαβρόφ υπογράμμισε ότι η Μόσχα θα σεβαστεί «την ελεύθερη βούληση» των κατοίκων της χερσονήσου, ενώ ο κ. Κέρι επανέλαβε ότι οι ΗΠΑ δεν θα αναγνωρίσουν το αποτέλεσμα της ψηφοφορίας.

Οι δύο άνδρες συμφώνησαν να παραμείνουν σε επαφή τις επόμενες ημέρες.

Ο Ρώσος υπουργός Εξωτερικών Σεργκέι Λαβρόφ. REUTERS
Ο Ρώσος υπουργός Εξωτερικών Σεργκέι Λαβρόφ.
© REUTERS

ΑΠΕ-ΜΠΕ

Σχετικά Αρθρα
Ροή Ειδήσεων
""", "el", "2014-03-11 20:42", "EET", wd_ok="sun", notitle=True)

add("call", "2014-03-11", "aa.com.tr", "https://www.aa.com.tr/en/world/kerry-lavrov-discuss-crimea-over-phone/216412",
    "Kerry, Lavrov discuss Crimea over phone", f"""
Anadolu Agency
World

Kerry, Lavrov discuss Crimea over phone

US Secretary of State warns Russian counterpart against annexation ahead of Sunday's vote

WASHINGTON

11.03.2014

US Secretary of State John Kerry. AA photo
US Secretary of State John Kerry.
© Anadolu Agency

WASHINGTON (AA) – US Secretary of State John Kerry held a phone conversation with Russian Foreign Minister Sergey Lavrov on Tuesday about the crisis in Ukraine's Crimea region, the State Department said.

Kerry told Lavrov that annexing Crimea would close the door to diplomacy and that the referendum planned for March 16 was "illegitimate", a department spokeswoman told reporters.

The two diplomats have spoken almost daily since Russian troops took control of the peninsula. Kerry has proposed direct talks between Moscow and Kiev, which Russia has so far refused.

{AA_EN_TAIL}
""", "en", "2014-03-11 21:30", "TRT", wd_ok="sun")

# --- 2014-05-05, Monday, 14:00 Moscow: Odessa, the operation in the east ----------

add("call", "2014-05-05", "lenta.ru", "https://lenta.ru/news/2014/05/05/lavrovkerry/",
    "Лавров потребовал от Керри добиться расследования трагедии в Одессе", """
Лента.ру
Бывший СССР
Украина

Лавров потребовал от Керри добиться расследования трагедии в Одессе

16:40, 5 мая 2014

Фото: Sergei Karpukhin / Reuters

Министр иностранных дел России Сергей Лавров в телефонном разговоре с госсекретарем США Джоном Керри призвал Вашингтон повлиять на Киев, чтобы гибель людей в одесском Доме профсоюзов была расследована. Об этом в понедельник, 5 мая, сообщается на сайте МИД России.

«Российская сторона потребовала от американских партнеров использовать свое влияние на киевские власти, чтобы преступление 2 мая было объективно расследовано, а его виновники наказаны», — говорится в сообщении.

Кроме того, Лавров указал собеседнику на недопустимость продолжения силовой операции на юго-востоке Украины. Разговор состоялся по инициативе американской стороны.

Во время пожара в Доме профсоюзов в Одессе 2 мая погибли более 40 человек.

Материалы по теме
00:01 3 мая 2014
В Одессе объявлен трехдневный траур
Новости партнеров
""", "ru", "2014-05-05 16:40", "MSK")

add("call", "2014-05-05", "unian.ua",
    "https://www.unian.ua/politics/916262-lavrov-u-rozmovi-z-kerri-vimagav-rozsliduvannya-podiy-v-odesi.html",
    "Лавров у розмові з Керрі вимагав розслідування подій в Одесі", """
УНІАН
Політика

Лавров у розмові з Керрі вимагав розслідування подій в Одесі

15:20, 05 травня 2014

Глава МЗС Росії Сергій Лавров провів телефонну розмову з держсекретарем США Джоном Керрі. Про це повідомляє пресслужба російського зовнішньополітичного відомства.

Як зазначається, Лавров закликав американську сторону вплинути на Київ, щоб припинити "каральну операцію" на сході України, а також домогтися розслідування загибелі людей в Одесі 2 травня.

Розмова відбулася з ініціативи Вашингтона. Держдепартамент США поки не коментував її зміст.

Нагадаємо, внаслідок сутичок і пожежі в Будинку профспілок в Одесі загинули понад 40 осіб.

Новини партнерів
Читайте також
""", "uk", "2014-05-05 15:20", "EET")

add("call", "2014-05-05", "elpais.com",
    "https://elpais.com/internacional/2014/05/05/actualidad/1399299012_415523.html",
    "Lavrov pide a Kerry que Kiev investigue la tragedia de Odesa", """
EL PAÍS
Internacional
Crisis en Ucrania

Lavrov pide a Kerry que Kiev investigue la tragedia de Odesa

El ministro ruso exige en una conversación telefónica el fin de la ofensiva militar en el este de Ucrania

Agencias
Moscú 5 MAY 2014 - 16:10 CEST

El ministro de Exteriores de Rusia, Serguéi Lavrov, conversó este lunes por teléfono con el secretario de Estado de EE UU, John Kerry, y le pidió que Washington presione a las autoridades de Kiev para que investiguen la muerte de más de 40 personas en el incendio de la Casa de los Sindicatos de Odesa, el pasado viernes.

Según la nota difundida por el Ministerio de Exteriores ruso, Lavrov reclamó también el fin de la "operación de castigo" que el Gobierno ucranio lleva a cabo en Slaviansk y otras localidades del este del país. La conversación tuvo lugar a iniciativa de la parte estadounidense.

Archivado en:
Serguéi Lavrov · John Kerry · Ucrania · Rusia · Estados Unidos
""", "es", "2014-05-05 16:10", "CET", wd_ok="fri")

add("call", "2014-05-05", "rtp.pt",
    "https://www.rtp.pt/noticias/mundo/lavrov-e-kerry-conversam-ao-telefone-sobre-a-ucrania_n736512",
    "Lavrov e Kerry conversam ao telefone sobre a Ucrânia", """
RTP Notícias
Mundo

Lavrov e Kerry conversam ao telefone sobre a Ucrânia

05 Mai, 2014, 14:02

O ministro dos Negócios Estrangeiros russo, Serguei Lavrov, e o secretário de Estado norte-americano, John Kerry, tiveram hoje uma conversa telefónica sobre a situação no leste da Ucrânia, anunciou a diplomacia de Moscovo.

Segundo o comunicado do ministério russo, Lavrov pediu a Washington que use a sua influência junto de Kiev para que seja feita "uma investigação objetiva" aos acontecimentos de sexta-feira em Odessa, onde morreram mais de 40 pessoas num incêndio.

A conversa, acrescenta a nota, decorreu por iniciativa da parte norte-americana.

Lusa

Partilhar
Comentários
""", "pt", "2014-05-05 14:02", "WET", wd_ok="fri")

# --- 2014-06-14, Saturday, 20:00 Moscow: Il-76 down at Luhansk, tanks, gas -------

add("call", "2014-06-14", "svoboda.org", "https://www.svoboda.org/a/25422861.html",
    "Лавров и Керри обсудили по телефону ситуацию на востоке Украины", """
Радио Свобода
Новости

Лавров и Керри обсудили по телефону ситуацию на востоке Украины

14.06.2014 19:25

Министр иностранных дел России Сергей Лавров и государственный секретарь США Джон Керри в субботу провели телефонный разговор. Как сообщил МИД России, стороны обсудили ситуацию на востоке Украины и «необходимость скорейшего прекращения огня».

Согласно Госдепартаменту, Керри выразил обеспокоенность сообщениями о переходе на территорию Украины российских танков и другой тяжелой техники. Российская сторона эти сообщения отрицает.

Ранее в субботу под Луганском был сбит военно-транспортный самолет Ил-76 ВВС Украины, погибли 49 человек.

English
Українська
Беларуская
Кыргызча
Татарча-Башкортча
""", "ru", "2014-06-14 19:25", "CET")

add("call", "2014-06-14", "corriere.it",
    "https://www.corriere.it/esteri/14_giugno_14/ucraina-abbattuto-aereo-militare-lugansk-telefonata-kerry-lavrov-5c1f0a2e.shtml",
    "Ucraina, abbattuto aereo militare a Lugansk. Telefonata Kerry-Lavrov", """
Corriere della Sera
Esteri

Ucraina, abbattuto aereo militare a Lugansk. Telefonata Kerry-Lavrov

Washington accusa Mosca di aver lasciato passare carri armati oltre il confine. Il ministro russo: «Serve subito un cessate il fuoco»

di Redazione Esteri
14 giugno 2014 | 22:10

Sergei Lavrov (Reuters)

Il segretario di Stato americano John Kerry ha telefonato sabato sera al ministro degli Esteri russo Sergei Lavrov per esprimere la preoccupazione degli Stati Uniti per il passaggio di carri armati e lanciarazzi dalla Russia all'Ucraina orientale. Lo ha riferito il Dipartimento di Stato.

Secondo la versione di Mosca, nel corso della telefonata Lavrov ha insistito sulla necessità di un «immediato cessate il fuoco» e di un'inchiesta sull'abbattimento, avvenuto nella notte, di un Ilyushin Il-76 dell'aviazione ucraina vicino all'aeroporto di Lugansk. Nell'attacco sono morti 49 militari.

I due ministri hanno anche discusso della trattativa sul gas tra Mosca e Kiev, che scade lunedì.

© RIPRODUZIONE RISERVATA
""", "it", "2014-06-14 22:10", "CET", wd_ok="mon")

add("call", "2014-06-14", "nhk.or.jp", "https://www3.nhk.or.jp/nhkworld/english/news/20140615_05.html",
    "Lavrov, Kerry discuss Ukraine by phone", """
NHK WORLD
NEWS
World

Lavrov, Kerry discuss Ukraine by phone

Jun. 15, 2014 - Updated 03:12 UTC

The foreign ministers of Russia and the United States have talked by phone about the situation in eastern Ukraine, where a Ukrainian military transport plane was shot down.

Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry spoke on Saturday.

Russia's Foreign Ministry says Lavrov called for an immediate ceasefire and for humanitarian corridors so that civilians can leave the conflict areas.

The US State Department says Kerry told Lavrov that Washington is concerned about reports that tanks and rocket launchers crossed the border from Russia.

Pro-Russian militants shot down the Ukrainian plane near the airport in Luhansk early on Saturday, killing all 49 people on board.

Video
Back
""", "en", "2014-06-15 03:12", "UTC")

# --- 2014-08-30, Saturday, 16:00 Moscow: Novoazovsk, second aid convoy -----------

add("call", "2014-08-30", "hurriyet.com.tr",
    "https://www.hurriyet.com.tr/dunya/lavrov-ile-kerry-telefonda-ukraynayi-gorustu-27102345",
    "Lavrov ile Kerry telefonda Ukrayna'yı görüştü", """
Hürriyet
Dünya

Lavrov ile Kerry telefonda Ukrayna'yı görüştü

30.08.2014 - 18:45

Rusya Dışişleri Bakanı Sergey Lavrov ile ABD Dışişleri Bakanı John Kerry, Ukrayna'nın doğusundaki son gelişmeleri telefonda görüştü.

Rusya Dışişleri Bakanlığından yapılan açıklamada, Amerikan tarafının talebiyle gerçekleşen telefon görüşmesinde Lavrov'un, Kiev yönetimine bölgedeki askeri operasyonu durdurması için baskı yapılması gerektiğini vurguladığı belirtildi.

Açıklamaya göre Lavrov, Kerry'ye Donetsk ve Luhansk'a gönderilecek ikinci insani yardım konvoyu hakkında da bilgi verdi.

ABD Dışişleri Bakanlığı ise Kerry'nin görüşmede, Rus askerlerinin Ukrayna topraklarına girdiğine ilişkin haberlerden duyduğu endişeyi dile getirdiğini açıkladı.

AB liderleri de bugün Brüksel'de yapılan zirvede Rusya'ya yönelik yeni yaptırımları ele alıyor.

Facebook'ta paylaş
Twitter'da paylaş
""", "tr", "2014-08-30 18:45", "TRT")

add("call", "2014-08-30", "ansa.it",
    "https://www.ansa.it/sito/notizie/mondo/europa/2014/08/30/ucraina-lavrov-a-kerry-kiev-fermi-loffensiva_9b3f4d1e.html",
    "Ucraina: Lavrov a Kerry, Kiev fermi l'offensiva", f"""
ANSA.it
Mondo
Europa

Ucraina: Lavrov a Kerry, Kiev fermi l'offensiva

Colloquio telefonico tra i due capi della diplomazia

Redazione ANSA
MOSCA
30 agosto 2014
17:20
NEWS

(ANSA) - MOSCA, 30 AGO - Nel corso di un colloquio telefonico avvenuto oggi su richiesta americana, il ministro degli Esteri russo Serghei Lavrov ha chiesto al segretario di Stato Usa John Kerry di convincere le autorità di Kiev a fermare "immediatamente" le operazioni militari nel Donbass. Lo riferisce il ministero degli Esteri russo.

Lavrov ha inoltre informato Kerry sull'invio di un secondo convoglio di aiuti umanitari russi verso Lugansk e Donetsk. Secondo Washington, Kerry ha espresso "profonda preoccupazione" per la presenza di soldati russi in territorio ucraino.

La telefonata coincide con il vertice Ue di Bruxelles, dove i leader discutono di nuove sanzioni contro Mosca. (ANSA).

{ANSA_TAIL}
""", "it", "2014-08-30 17:20", "CET")

add("call", "2014-08-30", "xinhuanet.com",
    "http://news.xinhuanet.com/english/world/2014-08/31/c_133609921.htm",
    "Russian, U.S. top diplomats discuss Ukraine over phone", """
English.news.cn | 2014-08-31 00:11:09 | Editor: Yang Yi

Russian, U.S. top diplomats discuss Ukraine over phone

MOSCOW, Aug. 30 (Xinhua) -- Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry on Saturday discussed the crisis in eastern Ukraine in a telephone conversation, the Russian Foreign Ministry said.

Lavrov called on the United States to use its influence on Kiev to stop the military operation in the southeast of the country, the ministry said in a statement.

The two sides also exchanged views on the delivery of Russian humanitarian aid to the conflict zone, according to the statement.

The phone talk was initiated by the U.S. side. Enditem

Related:
Putin urges Ukraine to start talks with the southeast
Ukraine says Russian troops seize Novoazovsk

Back to Top   Close
""", "en", "2014-08-31 00:11", "CHN")

add("call_role_only", "2014-08-30", "jagran.com", "https://www.jagran.com/world/russia-11604512.html",
    "यूक्रेन संकट: रूस और अमेरिका के विदेश मंत्रियों ने फोन पर की बात", """
दैनिक जागरण
दुनिया

यूक्रेन संकट: रूस और अमेरिका के विदेश मंत्रियों ने फोन पर की बात

Publish Date: Sat, 30 Aug 2014 10:05 PM (IST)

मास्को। रूस के विदेश मंत्री और अमेरिकी विदेश मंत्री ने शनिवार को फोन पर बात कर पूर्वी यूक्रेन के हालात पर चर्चा की। रूसी विदेश मंत्रालय ने एक बयान में बताया कि यह बातचीत अमेरिका की पहल पर हुई।

बयान के अनुसार, रूसी पक्ष ने वाशिंगटन से कहा कि वह कीव पर दबाव डाले ताकि दोनेत्स्क और लुहांस्क में सैन्य अभियान तुरंत रोका जाए। दोनों नेताओं ने रूस की ओर से भेजे जा रहे राहत सामग्री के दूसरे काफिले पर भी बात की।

अमेरिकी विदेश विभाग ने कहा कि अमेरिकी पक्ष ने यूक्रेन की सीमा में रूसी सैनिकों की मौजूदगी की खबरों पर गहरी चिंता जताई।

इस बीच ब्रसेल्स में यूरोपीय संघ के नेता रूस पर नए प्रतिबंधों पर विचार कर रहे हैं।

संबंधित खबरें
""", "hi", "2014-08-30 22:05", "IND")

# --- 2015-02-17, Tuesday, 23:40 Moscow (late): Debaltseve ----------------------

add("call", "2015-02-17", "interfax.com.ua", "https://en.interfax.com.ua/news/general/250377.html",
    "Kerry urges Lavrov to rein in militants near Debaltseve", f"""
Interfax-Ukraine
General News

Kerry urges Lavrov to rein in militants near Debaltseve

00:52 18.02.2015

KYIV. Feb 18 (Interfax-Ukraine) – U.S. Secretary of State John Kerry spoke by telephone with Russian Foreign Minister Sergei Lavrov late on Tuesday and called on Moscow to use its influence on the militants besieging Debaltseve to stop attacks on Ukrainian positions, the U.S. State Department has said.

According to the department, Kerry stressed that the continued fighting around the railway hub was a "clear violation" of the Minsk agreements signed on February 12 and of the ceasefire that took effect on February 15.

The Russian Foreign Ministry said Lavrov had drawn Kerry's attention to the need for Kyiv to ensure the safe exit of Ukrainian troops encircled in the area.

Earlier on Tuesday the UN Security Council unanimously adopted a resolution endorsing the Minsk package of measures.

{IFX_UA_MENU}
""", "en", "2015-02-18 00:52", "EET")

add("call", "2015-02-17", "kommersant.ru", "https://www.kommersant.ru/doc/2670193",
    "Лавров и Керри поговорили о Дебальцеве", """
Коммерсантъ
Новости
Политика

Лавров и Керри поговорили о Дебальцеве

18.02.2015, 09:15

Глава МИД РФ Сергей Лавров и госсекретарь США Джон Керри поздно вечером во вторник обсудили по телефону ситуацию вокруг Дебальцева. Как сообщили в МИД России, разговор состоялся по инициативе американской стороны.

Господин Лавров указал на необходимость выполнения всех пунктов минских договоренностей от 12 февраля, «включая вопрос об отводе тяжелых вооружений». Господин Керри, по данным Госдепартамента, призвал Россию повлиять на ополченцев, продолжающих штурм города.

Накануне Совет Безопасности ООН единогласно одобрил резолюцию в поддержку «комплекса мер» по выполнению минских соглашений.

Фото: Reuters

Версия для печати
""", "ru", "2015-02-18 09:15", "MSK", notitle=True)

add("call", "2015-02-17", "lefigaro.fr",
    "https://www.lefigaro.fr/flash-actu/2015/02/18/97001-20150218FILWWW00041-ukraine-kerry-presse-lavrov-d-agir-a-debaltseve.php",
    "Ukraine : Kerry presse Lavrov d'agir à Debaltseve", """
Le Figaro.fr
International

Ukraine : Kerry presse Lavrov d'agir à Debaltseve

Par lefigaro.fr avec AFP et Reuters
Publié le 18/02/2015 à 08:40

Le secrétaire d'État américain John Kerry s'est entretenu mardi soir par téléphone avec son homologue russe Sergueï Lavrov, lui demandant d'user de son influence auprès des séparatistes qui pilonnent la ville de Debaltseve, dans l'est de l'Ukraine.

Selon le département d'État, John Kerry a qualifié la poursuite des combats de « violation flagrante » du cessez-le-feu entré en vigueur dimanche. Moscou, de son côté, assure que Sergueï Lavrov a plaidé pour la mise en œuvre « intégrale » des accords de Minsk, notamment le retrait des armes lourdes.

Le Conseil de sécurité de l'ONU a adopté mardi à l'unanimité une résolution soutenant la feuille de route signée le 12 février dans la capitale biélorusse.

À lire aussi
» Ukraine : les séparatistes revendiquent la prise de Debaltseve
Abonnez-vous
""", "fr", "2015-02-18 08:40", "CET", wd_ok="sun")

# --- 2015-07-25, Saturday, 19:00 Moscow: the Iran deal, Syria, ISIS --------------

add("call", "2015-07-25", "tasnimnews.com",
    "https://www.tasnimnews.com/fa/news/1394/05/03/809123/lavrov-kerry-phone",
    "گفتگوی تلفنی لاوروف و کری درباره اجرای توافق هسته‌ای", """
خبرگزاری تسنیم
بین‌الملل
روسیه

گفتگوی تلفنی لاوروف و کری درباره اجرای توافق هسته‌ای

۱۳۹۴/۰۵/۰۳ - ۲۲:۱۰

وزیر خارجه روسیه و وزیر خارجه آمریکا در گفتگویی تلفنی درباره روند اجرای توافق هسته‌ای ایران و گروه ۱+۵ و تحولات سوریه تبادل نظر کردند.

به گزارش خبرگزاری تسنیم به نقل از وزارت خارجه روسیه، سرگئی لاوروف و جان کری امروز (شنبه) در این گفتگو که به درخواست طرف آمریکایی انجام شد، بر اهمیت اجرای کامل قطعنامه ۲۲۳۱ شورای امنیت سازمان ملل تاکید کردند.

طبق این گزارش، دو طرف همچنین درباره مبارزه با گروه تروریستی داعش و راه‌های حل سیاسی بحران سوریه گفتگو کردند.

انتهای پیام/
""", "fa", "2015-07-25 22:10", "IRN")

add("call", "2015-07-25", "xinhuanet.com", "http://news.xinhuanet.com/world/2015-07/26/c_1116042715.htm",
    "俄美外长通电话讨论伊核协议执行和叙利亚问题", """
新华网
国际频道

俄美外长通电话讨论伊核协议执行和叙利亚问题

2015年07月26日 01:20:33　来源：新华社

新华社莫斯科7月25日电（记者 李森）据俄罗斯外交部网站消息，俄罗斯外长拉夫罗夫25日应约与美国国务卿克里通电话，双方就伊朗核问题全面协议的落实以及叙利亚局势交换了意见。

消息说，双方认为联合国安理会第2231号决议为全面协议的执行奠定了基础，同意在这一问题上继续保持协调。

双方还讨论了打击“伊斯兰国”极端组织的国际合作问题。（完）

【纠错】　责任编辑： 王萌
""", "zh", "2015-07-26 01:20", "CHN")

add("call", "2015-07-25", "ynet.co.il", "https://www.ynet.co.il/articles/0,7340,L-4684512,00.html",
    "לאחר הסכם הגרעין: לברוב וקרי שוחחו בטלפון", """
ynet
חדשות
חדשות בעולם

לאחר הסכם הגרעין: לברוב וקרי שוחחו בטלפון

שר החוץ הרוסי ומזכיר המדינה האמריקני דנו ביישום ההסכם עם איראן ובמלחמה בסוריה. השיחה התקיימה ביוזמת וושינגטון

איתמר אילון
פורסם: 25.07.15 , 21:40

שר החוץ הרוסי סרגיי לברוב ומזכיר המדינה האמריקני ג'ון קרי קיימו הערב שיחת טלפון, שבה דנו ביישום הסכם הגרעין שנחתם בווינה בין המעצמות לאיראן, כך הודיע משרד החוץ הרוסי.

על פי ההודעה, השניים הדגישו את חשיבות החלטה 2231 של מועצת הביטחון, שאושרה ביום שני שעבר. לברוב וקרי דנו גם במאבק בארגון דאעש ובסיכויים לפתרון מדיני בסוריה.

ישראל מתנגדת להסכם, וראש הממשלה בנימין נתניהו קרא לקונגרס האמריקני לדחותו.

תגיות: רוסיה, ארה"ב, איראן
""", "he", "2015-07-25 21:40", "ISR", wd_ok="mon")

# --- 2015-11-28, Saturday, 18:00 Moscow: Vienna process, the downed Su-24 ---------

add("call_role_only", "2015-11-28", "aa.com.tr",
    "https://www.aa.com.tr/tr/dunya/rusya-ve-abd-disisleri-bakanlari-suriyeyi-telefonda-gorustu/481234",
    "Rusya ve ABD dışişleri bakanları Suriye'yi telefonda görüştü", f"""
Anadolu Ajansı
Dünya

Rusya ve ABD dışişleri bakanları Suriye'yi telefonda görüştü

28.11.2015 - 20:05

MOSKOVA (AA) - Rusya Dışişleri Bakanı ile ABD Dışişleri Bakanı, Suriye'deki krizin siyasi çözümüne yönelik Viyana sürecini telefonda görüştü.

Rusya Dışişleri Bakanlığından yapılan yazılı açıklamada, ABD tarafının girişimiyle gerçekleşen telefon görüşmesinde iki bakanın, Suriyeli muhalefet temsilcilerinin listesinin belirlenmesi ve terör örgütlerinin tanımlanması konularını ele aldığı bildirildi.

Açıklamada, Rus tarafının Türkiye sınırındaki gelişmelere ilişkin değerlendirmelerini de aktardığı ifade edildi.

Rusya'ya ait Su-24 tipi savaş uçağı, 24 Kasım'da Türkiye'nin hava sahasını ihlal ettiği gerekçesiyle düşürülmüştü.

{AA_TR_TAIL}
""", "tr", "2015-11-28 20:05", "TRT")

add("call", "2015-11-28", "hurriyetdailynews.com",
    "https://www.hurriyetdailynews.com/lavrov-kerry-discuss-syria-downed-jet-in-phone-call-91873",
    "Lavrov, Kerry discuss Syria, downed jet in phone call", """
Hürriyet Daily News
WORLD

Lavrov, Kerry discuss Syria, downed jet in phone call

MOSCOW – Reuters
Saturday, November 28 2015

Russian Foreign Minister Sergei Lavrov. AFP photo
Russian Foreign Minister Sergei Lavrov.
© AFP

Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry discussed the Syrian peace process and the consequences of Turkey's downing of a Russian warplane in a phone call on Nov. 28, the Russian Foreign Ministry said.

Lavrov told Kerry that the incident on the Syrian-Turkish border "seriously complicated" international efforts to fight terrorism, according to the ministry's statement.

The two also discussed preparations for the next meeting of the International Syria Support Group and agreed on the need to draw up a joint list of terrorist groups in Syria, the statement said.

Turkish F-16 jets shot down the Russian Su-24 on Nov. 24 after what Ankara said were repeated violations of its airspace. Moscow insists the plane never left Syrian territory.

Recommended
Erdoğan says Turkey 'saddened' by jet incident
""", "en", "2015-11-28 21:10", "TRT")

add("call", "2015-11-28", "alarabiya.net",
    "https://english.alarabiya.net/en/News/middle-east/2015/11/28/Russia-s-Lavrov-Kerry-discuss-Syria-peace-process-by-phone.html",
    "Russia’s Lavrov, Kerry discuss Syria peace process by phone", """
Al Arabiya English
News
Middle East

Russia’s Lavrov, Kerry discuss Syria peace process by phone

Staff writer, Al Arabiya News
Saturday, 28 November 2015
Text size A A A

Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry discussed efforts to find a political settlement in Syria during a phone call on Saturday, Russia’s foreign ministry said.

The ministry said the two top diplomats focused on preparing the list of Syrian opposition groups that could join talks with the government, a task set by the Vienna meeting of world powers earlier this month.

Lavrov also raised the issue of “terrorist groups” operating near the Turkish border, the ministry said, four days after Turkey shot down a Russian bomber in the area.

Last Update: Saturday, 28 November 2015 KSA 21:42 - GMT 18:42
Log in or register to post comments
""", "en", "2015-11-28 21:42", "KSA")

add("call", "2015-11-28", "gazeta.ru", "https://www.gazeta.ru/politics/news/2015/11/28/n_7925123.shtml",
    "Лавров и Керри обсудили по телефону Сирию", """
Газета.Ru
Политика

Лавров и Керри обсудили по телефону Сирию

28.11.2015, 19:41

Министр иностранных дел России Сергей Лавров в субботу провел телефонный разговор с государственным секретарем США Джоном Керри. Об этом сообщается на сайте МИД РФ.

Собеседники обсудили подготовку следующего раунда переговоров по Сирии в формате Международной группы поддержки, а также согласование списков террористических организаций и оппозиционных групп.

Лавров, как отмечается в сообщении, обратил внимание госсекретаря на ситуацию, сложившуюся после атаки турецких ВВС на российский бомбардировщик Су-24 24 ноября.

Разговор состоялся по инициативе американской стороны.

Подписывайтесь на «Газету.Ru» в соцсетях
Новости партнеров
""", "ru", "2015-11-28 19:41", "MSK")

# --- 2016-01-09, Saturday, 21:30 Moscow (10 January in Seoul and Tokyo):
#     North Korea's fourth nuclear test, Syria talks -----------------------------

add("call", "2016-01-09", "yonhapnews.co.kr",
    "https://www.yonhapnews.co.kr/bulletin/2016/01/10/0200000000AKR20160110008700080.HTML",
    "美-러 외교장관 전화통화…북한 4차 핵실험 대응 논의", f"""
연합뉴스
국제
국제일반

美-러 외교장관 전화통화…북한 4차 핵실험 대응 논의

(모스크바=연합뉴스) 김지훈 특파원 = 존 케리 미국 국무장관과 세르게이 라브로프 러시아 외무장관이 9일(현지시간) 전화 통화를 하고 북한의 4차 핵실험에 대한 국제사회의 대응 방안을 논의했다고 러시아 외무부가 밝혔다.

외무부에 따르면 두 장관은 유엔 안전보장이사회 차원의 대응 필요성에 공감했으나, 라브로프 장관은 "한반도 정세를 악화시킬 수 있는 조치는 피해야 한다"는 입장을 밝혔다.

두 장관은 또 이달 25일 스위스 제네바에서 열릴 예정인 시리아 평화회담 준비 상황과 사우디아라비아-이란 갈등에 대해서도 의견을 나눴다.

이번 통화는 한국 시간으로 10일 새벽 이뤄졌으며 미국 측 요청에 따른 것이라고 외무부는 설명했다.

jhkim@yna.co.kr

{YONHAP_TAIL}
2016/01/10 08:47 송고
""", "ko", "2016-01-10 08:47", "KST")

add("call", "2016-01-09", "47news.jp", "https://www.47news.jp/CN/201601/CN2016011001001012.html",
    "米ロ外相が電話会談　北朝鮮核実験で協議", """
47NEWS
共同通信
国際

米ロ外相が電話会談　北朝鮮核実験で協議

2016/01/10 06:12 【共同通信】

【モスクワ共同】ロシア外務省によると、ラブロフ外相とケリー米国務長官は9日、電話で会談し、北朝鮮が6日に強行した核実験への対応を協議した。国連安全保障理事会での新たな制裁決議の採択に向けて、両国の立場の調整を続けることで一致した。

ロシア側は、制裁は北朝鮮の核開発阻止に目的を限定すべきだとの立場を示したとみられる。

両外相はシリア和平協議の準備状況についても意見を交わした。会談は米側の要請によるもの。

共同通信のニュースを47NEWSでもっと
""", "ja", "2016-01-10 06:12", "JST")

add("call", "2016-01-09", "aawsat.com", "https://aawsat.com/home/article/540231",
    "لافروف وكيري يبحثان هاتفيًا التجربة النووية الكورية الشمالية والأزمة السورية", """
الشرق الأوسط
أخبار
العالم

لافروف وكيري يبحثان هاتفيًا التجربة النووية الكورية الشمالية والأزمة السورية

الأحد - 10 يناير 2016 مـ
رقم العدد [13557]
موسكو: «الشرق الأوسط»

بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأميركي جون كيري، في اتصال هاتفي مساء أمس السبت، رد المجتمع الدولي على التجربة النووية التي أعلنت كوريا الشمالية إجراءها الأربعاء الماضي، إضافة إلى التحضيرات لجولة المفاوضات السورية المقررة في جنيف يوم 25 من الشهر الحالي.

وذكرت وزارة الخارجية الروسية في بيان أن الاتصال جرى بمبادرة من الجانب الأميركي، وأن الوزيرين اتفقا على مواصلة التنسيق داخل مجلس الأمن الدولي بشأن الملف الكوري، مع تأكيد موسكو ضرورة تجنب «أي خطوات قد تؤدي إلى تصعيد التوتر في شبه الجزيرة الكورية».

كما تناول الجانبان، بحسب البيان، تداعيات الأزمة بين السعودية وإيران على جهود التسوية في سوريا.
""", "ar", "2016-01-09 23:20", "GMT", wd_ok="sun wed", notitle=True)

add("call", "2016-01-09", "rferl.org", "https://www.rferl.org/a/russia-us-lavrov-kerry-north-korea-syria/27478913.html",
    "Lavrov, Kerry Discuss North Korea Test, Syria Talks", f"""
RFE/RL
News
Russia

Lavrov, Kerry Discuss North Korea Test, Syria Talks

January 09, 2016 21:05 GMT

Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry have discussed North Korea's latest nuclear test and preparations for Syria peace talks in a telephone call, the Russian Foreign Ministry says.

The ministry said in a statement on January 9 that the call was initiated by the U.S. side and that the two men agreed to continue "close coordination" at the UN Security Council on a response to Pyongyang's January 6 test.

They also discussed the situation in Syria ahead of UN-brokered talks between the government and opposition scheduled to begin in Geneva on January 25, the statement said.

Washington and Moscow have been at odds over which Syrian rebel groups should be considered terrorists and excluded from the process.

With reporting by Interfax and TASS

{RFERL_MENU}
""", "en", "2016-01-09 21:05", "UTC")

# --- 2016-02-27, Saturday, 17:00 Moscow: first day of the cessation of hostilities -

add("call", "2016-02-27", "ansa.it",
    "https://www.ansa.it/english/news/world/2016/02/27/lavrov-kerry-discuss-first-day-of-syria-truce-by-phone_1f2e8c4b.html",
    "Lavrov, Kerry discuss first day of Syria truce by phone", f"""
ANSA English
News
World

Lavrov, Kerry discuss first day of Syria truce by phone

Moscow says ceasefire 'largely holding'

(ANSA) - Moscow, February 27 - Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry on Saturday held a telephone conversation on the first day of the cessation of hostilities in Syria, the Russian foreign ministry said.
The two top diplomats agreed that the truce, which came into force at midnight Damascus time, was "largely holding" despite isolated violations, the ministry said in a statement.
They also discussed the work of the Russian and American monitoring centres set up to track compliance and the resumption of UN-mediated talks in Geneva, which special envoy Staffan de Mistura hopes to reconvene on March 7.

27 February 2016 18:47
{ANSA_EN_TAIL}
""", "en", "2016-02-27 18:47", "CET")

add("call", "2016-02-27", "publico.pt",
    "https://www.publico.pt/2016/02/27/mundo/noticia/lavrov-e-kerry-falam-ao-telefone-no-primeiro-dia-da-tregua-1724712",
    "Lavrov e Kerry falam ao telefone no primeiro dia da trégua na Síria", """
PÚBLICO
Mundo
Síria

Lavrov e Kerry falam ao telefone no primeiro dia da trégua na Síria

Os chefes da diplomacia russa e norte-americana consideram que o cessar-fogo está a ser globalmente respeitado.

PÚBLICO e Lusa
27 de Fevereiro de 2016, 19:30

O ministro dos Negócios Estrangeiros da Rússia, Serguei Lavrov, e o secretário de Estado norte-americano, John Kerry, mantiveram este sábado uma conversa telefónica sobre a aplicação da trégua que entrou em vigor na Síria à meia-noite, hora de Damasco.

Segundo o comunicado divulgado por Moscovo, os dois responsáveis concordaram que a cessação das hostilidades "está, no essencial, a ser cumprida", apesar de violações pontuais, e sublinharam a importância de os centros de monitorização russo e norte-americano trocarem informação com rapidez.

A conversa, acrescenta a nota, decorreu por iniciativa da parte norte-americana.

Tópicos
Mundo
Síria
Rússia
EUA
""", "pt", "2016-02-27 19:30", "WET")

add("call", "2016-02-27", "alarabiya.net",
    "https://www.alarabiya.net/ar/arab-and-world/syria/2016/02/27/lavrov-kerry-truce-phone",
    "لافروف وكيري يبحثان هاتفياً اليوم الأول للهدنة في سوريا", """
العربية.نت
أخبار
سوريا

لافروف وكيري يبحثان هاتفياً اليوم الأول للهدنة في سوريا

آخر تحديث: السبت 27 فبراير 2016 KSA 20:12 - GMT 17:12

موسكو - وكالات

أعلنت وزارة الخارجية الروسية أن الوزير سيرغي لافروف بحث اليوم السبت مع وزير الخارجية الأميركي جون كيري، في اتصال هاتفي، سير تطبيق اتفاق وقف الأعمال القتالية في سوريا الذي دخل حيز التنفيذ منتصف الليلة الماضية.

وأوضحت الوزارة أن الوزيرين أكدا أن الهدنة "صامدة بشكل عام" رغم بعض الخروقات، واتفقا على تعزيز تبادل المعلومات بين مركزي المراقبة الروسي والأميركي.

من جهتها، قالت الهيئة العليا للمفاوضات السورية المعارضة إنها رصدت خروقات من جانب قوات النظام في عدة مناطق.

مواضيع ذات صلة
سوريا.. الهدنة تدخل حيز التنفيذ وسط ترقب حذر
""", "ar", "2016-02-27 20:12", "KSA")

add("call", "2016-02-27", "navbharattimes.indiatimes.com",
    "https://navbharattimes.indiatimes.com/world/europe/lavrov-kerry-talk-on-phone-over-syria-ceasefire/articleshow/51172312.cms",
    "सीरिया संघर्षविराम पर लावरोव और केरी ने फोन पर बात की", """
नवभारत टाइम्स
विदेश

सीरिया संघर्षविराम पर लावरोव और केरी ने फोन पर बात की

एजेंसियां | Updated: Feb 28, 2016, 09:30 AM IST

मॉस्को
रूस के विदेश मंत्री सर्गेई लावरोव और अमेरिकी विदेश मंत्री जॉन केरी ने शनिवार को फोन पर बात कर सीरिया में लागू हुए संघर्षविराम की समीक्षा की। रूसी विदेश मंत्रालय के मुताबिक, दोनों नेताओं ने माना कि कुछ घटनाओं के बावजूद संघर्षविराम कुल मिलाकर कायम है।

मंत्रालय ने बताया कि यह बातचीत अमेरिका की पहल पर हुई। दोनों पक्षों ने संघर्षविराम पर नजर रखने के लिए बनाए गए रूसी और अमेरिकी केंद्रों के बीच तालमेल बढ़ाने पर सहमति जताई।

गौरतलब है कि अमेरिका और रूस की मध्यस्थता से हुआ यह संघर्षविराम शनिवार तड़के से लागू हुआ है। इस्लामिक स्टेट और अल-नुसरा फ्रंट इसके दायरे से बाहर हैं।

NBT ऐप डाउनलोड करें
""", "hi", "2016-02-28 09:30", "IND", notitle=True)

# --- 2016-04-23, Saturday, 15:00 Moscow: the truce fraying around Aleppo --------

add("call", "2016-04-23", "france24.com", "https://www.france24.com/fr/20160423-syrie-lavrov-kerry-telephone-treve-alep",
    "Syrie : Lavrov et Kerry au téléphone pour sauver la trêve", """
FRANCE 24
Moyen-Orient

Syrie : Lavrov et Kerry au téléphone pour sauver la trêve

Dernière modification : 23/04/2016

Le chef de la diplomatie russe Sergueï Lavrov et le secrétaire d'État américain John Kerry se sont entretenus samedi par téléphone de la trêve en Syrie, fragilisée par la reprise des combats autour d'Alep, a annoncé Moscou.

Selon le ministère russe des Affaires étrangères, les deux hommes sont convenus de « renforcer la coordination » entre militaires russes et américains chargés de surveiller le cessez-le-feu, entré en vigueur fin février. Sergueï Lavrov a de nouveau réclamé que les groupes de l'opposition armée se démarquent du Front al-Nosra.

Les pourparlers de Genève sont au point mort depuis que le Haut comité des négociations (HCN), principale coalition de l'opposition, a suspendu sa participation en début de semaine.

Avec AFP et Reuters

Partager
Lire la suite
""", "fr", "2016-04-23 17:55", "CET")

add("call", "2016-04-23", "rp.pl", "https://www.rp.pl/Konflikt-w-Syrii/160429472-Lawrow-i-Kerry-rozmawiali-o-rozejmie-w-Syrii.html",
    "Ławrow i Kerry rozmawiali o rozejmie w Syrii", """
Rzeczpospolita
Świat
Konflikt w Syrii

Ławrow i Kerry rozmawiali o rozejmie w Syrii

23.04.2016 19:02

Szef rosyjskiej dyplomacji Siergiej Ławrow i sekretarz stanu USA John Kerry przeprowadzili w sobotę rozmowę telefoniczną na temat zawieszenia broni w Syrii - poinformowało rosyjskie MSZ.

Według komunikatu ministrowie uzgodnili, że wojskowi obu krajów będą ściślej współpracować przy monitorowaniu rozejmu, który od kilku dni jest coraz częściej łamany, zwłaszcza w rejonie Aleppo. Ławrow wezwał Waszyngton, by skłonił wspieranych przez siebie rebeliantów do odcięcia się od Frontu al-Nusra.

Rozmowa odbyła się z inicjatywy strony amerykańskiej.

PAP

Tagi: Syria, Rosja, USA
Komentarze
""", "pl", "2016-04-23 19:02", "CET")

add("call", "2016-04-23", "nhk.or.jp", "https://www3.nhk.or.jp/news/html/20160424/k10010496731000.html",
    "米ロ外相が電話会談　シリア停戦維持へ連携確認", """
NHK NEWS WEB

米ロ外相が電話会談　シリア停戦維持へ連携確認

4月24日 5時10分

ロシア外務省によりますと、ラブロフ外相とアメリカのケリー国務長官は23日、電話で会談し、シリアで2月から続いている停戦が各地で破られ、北部のアレッポなどで戦闘が再燃していることを受けて、停戦の維持に向けて両国の軍の連携を強化することで一致しました。

この中でラブロフ外相は、アメリカが支援する反政府勢力に対し、国際的なテロ組織とのつながりを断つよう働きかけるべきだと求めたということです。

シリアの和平協議は、反政府勢力の代表団が参加を見合わせ、事実上の中断に追い込まれています。

国際ニュース
""", "ja", "2016-04-24 05:10", "JST")

# --- 2016-06-28, Tuesday, 19:00 Moscow: Syria, Brexit, the Turkish thaw ---------

add("call_role_only", "2016-06-28", "kathimerini.gr",
    "https://www.kathimerini.gr/world/866912/thlefwnikh-epikoinwnia-twn-ypoyrgwn-ejwterikwn-rwsias-kai-hpa/",
    "Τηλεφωνική επικοινωνία των υπουργών Εξωτερικών Ρωσίας και ΗΠΑ", """
Καθημερινή
ΚΟΣΜΟΣ

Τηλεφωνική επικοινωνία των υπουργών Εξωτερικών Ρωσίας και ΗΠΑ

28.06.2016 : 21:15

Τηλεφωνική επικοινωνία είχαν σήμερα ο Ρώσος υπουργός Εξωτερικών και ο Αμερικανός ομόλογός του, με επίκεντρο τη Συρία και τις συνέπειες του βρετανικού δημοψηφίσματος για την Ευρώπη, σύμφωνα με ανακοίνωση του ρωσικού υπουργείου Εξωτερικών.

Οι δύο υπουργοί συζήτησαν την ανάγκη να διαχωριστούν οι μετριοπαθείς αντικαθεστωτικές ομάδες από τις τρομοκρατικές οργανώσεις στη Συρία, ενώ η ρωσική πλευρά ενημέρωσε για την επαφή Μόσχας - Άγκυρας, μετά την επιστολή του Τούρκου προέδρου προς το Κρεμλίνο.

Η συνομιλία έγινε με πρωτοβουλία της αμερικανικής πλευράς.

ΑΠΕ-ΜΠΕ

Σχετικά Αρθρα
Ροή Ειδήσεων
""", "el", "2016-06-28 21:15", "EET")

add("call", "2016-06-28", "welt.de",
    "https://www.welt.de/politik/ausland/article156661234/Lawrow-und-Kerry-beraten-am-Telefon-ueber-Syrien.html",
    "Lawrow und Kerry beraten am Telefon über Syrien und den Brexit", """
WELT
Politik
Ausland

Lawrow und Kerry beraten am Telefon über Syrien und den Brexit

Veröffentlicht am 28.06.2016

Der russische Außenminister Sergej Lawrow (r.) und US-Außenminister John Kerry bei einem Treffen im Mai
Quelle: AFP

Der russische Außenminister Sergej Lawrow und US-Außenminister John Kerry haben am Dienstag miteinander telefoniert. Wie das Außenministerium in Moskau mitteilte, ging es vor allem um die Lage in Syrien und um die Folgen des britischen Referendums über einen Austritt aus der EU.

Lawrow habe erneut gefordert, die von den USA unterstützten Rebellengruppen müssten sich klar von der Al-Nusra-Front distanzieren, hieß es. Zudem informierte er Kerry über die Annäherung zwischen Moskau und Ankara, nachdem der türkische Präsident Recep Tayyip Erdogan sich für den Abschuss eines russischen Kampfjets entschuldigt hatte.

Das Gespräch kam demnach auf amerikanische Initiative zustande.

Quelle: dpa/AFP
Themen
Sergej Lawrow
John Kerry
""", "de", "2016-06-28 20:31", "CET")

add("call", "2016-06-28", "dailysabah.com",
    "https://www.dailysabah.com/diplomacy/2016/06/28/lavrov-kerry-discuss-syria-turkey-russia-thaw-by-phone",
    "Lavrov, Kerry discuss Syria, Turkey-Russia thaw by phone", """
Daily Sabah
Diplomacy

Lavrov, Kerry discuss Syria, Turkey-Russia thaw by phone

ANADOLU AGENCY
MOSCOW
Published 28.06.2016 22:40

Russian Foreign Minister Sergei Lavrov (AA Photo)
Russian Foreign Minister Sergei Lavrov
© Anadolu Agency

Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry held a phone conversation on Tuesday, discussing the conflict in Syria and the recent steps toward normalizing relations between Ankara and Moscow, the Russian Foreign Ministry said.

The ministry said Lavrov informed Kerry about President Recep Tayyip Erdoğan's letter to Russian President Vladimir Putin, in which Erdoğan expressed regret over the downing of a Russian jet in November.

The two diplomats also discussed the fight against Daesh and the need to separate moderate opposition groups from terrorist organizations in Syria, according to the statement.

Foreign Minister Mevlüt Çavuşoğlu is expected to meet Lavrov in the Black Sea resort of Sochi on Friday.

Subscribe to our newsletter
Related
""", "en", "2016-06-28 22:40", "TRT", wd_ok="fri")

# --- 2016-10-01, Saturday, 18:00 Moscow: Aleppo, the threat to end the talks ------

add("call", "2016-10-01", "ukrinform.ua", "https://www.ukrinform.ua/rubric-world/2096123-lavrov-i-kerri-znovu-pogovorili-telefonom-pro-aleppo.html",
    "Лавров і Керрі знову поговорили телефоном про Алеппо", """
Укрінформ
Світ

Лавров і Керрі знову поговорили телефоном про Алеппо

01.10.2016 20:40

Міністр закордонних справ Росії Сергій Лавров і держсекретар США Джон Керрі в суботу провели телефонну розмову щодо ситуації в сирійському Алеппо. Про це повідомило МЗС РФ.

За інформацією російського відомства, Лавров заявив, що Москва "готова розглянути додаткові кроки" для нормалізації ситуації в місті, проте наполягав, що угруповання "Джабхат ан-Нусра" повинно бути відокремлене від так званої помірної опозиції.

Розмова відбулася за ініціативи американської сторони. Це вже третя телефонна розмова Лаврова і Керрі за тиждень.

Вашингтон раніше пригрозив припинити двосторонню співпрацю з Росією щодо Сирії, якщо бомбардування Алеппо не припиняться.

Читайте також
Стрічка новин
""", "uk", "2016-10-01 20:40", "EET")

add("call", "2016-10-01", "timesofindia.indiatimes.com",
    "https://timesofindia.indiatimes.com/world/europe/lavrov-kerry-discuss-aleppo-as-us-threatens-to-end-syria-talks/articleshow/54628127.cms",
    "Lavrov, Kerry discuss Aleppo as US threatens to end Syria talks", """
The Times of India
World
Europe

Lavrov, Kerry discuss Aleppo as US threatens to end Syria talks

AFP | Oct 2, 2016, 12.15 AM IST

MOSCOW: Russian foreign minister Sergei Lavrov and US secretary of state John Kerry held a phone conversation on Saturday on the situation in Syria's Aleppo, the Russian foreign ministry said, days after Washington warned it would suspend talks with Moscow on the conflict.

According to the ministry, the call took place at the initiative of the US side. Lavrov told Kerry that Moscow was ready to consider "additional steps" to normalise the situation in Aleppo, but insisted that fighters of the former Nusra Front must leave the city.

Russian-backed Syrian government forces have pounded rebel-held eastern Aleppo since a short-lived truce collapsed on September 19.

Get the latest news on the go. Download the Times of India app.
""", "en", "2016-10-02 00:15", "IND")

add("call", "2016-10-01", "haaretz.co.il", "https://www.haaretz.co.il/news/middle-east/1.3082451",
    "לברוב וקרי שוחחו שוב בטלפון על המצב בחאלב", """
הארץ
חדשות
המזרח התיכון

לברוב וקרי שוחחו שוב בטלפון על המצב בחאלב

שר החוץ הרוסי אמר למזכיר המדינה כי מוסקבה מוכנה לשקול "צעדים נוספים" לייצוב המצב בעיר

סוכנויות הידיעות
01.10.2016 | 21:30

שר החוץ הרוסי סרגיי לברוב ומזכיר המדינה האמריקאי ג'ון קרי קיימו היום (שבת) שיחת טלפון שעסקה במצב בחאלב, כך הודיע משרד החוץ במוסקבה. לפי ההודעה, השיחה התקיימה ביוזמת הצד האמריקאי.

לברוב אמר לקרי כי רוסיה מוכנה לבחון צעדים נוספים כדי להרגיע את המצב בעיר, אך דרש שלוחמי ג'בהת א-נוסרה יעזבו את מזרח חאלב.

השבוע איימה וושינגטון להפסיק את שיתוף הפעולה עם רוסיה בנושא הסורי אם לא ייפסקו ההפצצות על העיר הנצורה.

תגובות
""", "he", "2016-10-01 21:30", "ISR")

add("call", "2016-10-01", "people.com.cn", "http://world.people.com.cn/n1/2016/1002/c1002-28755123.html",
    "俄美外长通电话讨论阿勒颇局势", """
人民网
国际频道

俄美外长通电话讨论阿勒颇局势

2016年10月02日08:30　来源：人民网-国际频道

人民网莫斯科10月1日电（记者 赵静）据俄罗斯外交部消息，俄罗斯外长拉夫罗夫1日应美方请求与美国国务卿克里通电话，双方就叙利亚阿勒颇局势交换了意见。

俄方表示，愿意考虑采取“额外措施”以缓和阿勒颇局势，但“征服阵线”（原“支持阵线”）武装人员必须撤出该市。

据报道，这是近一周以来两国外长第三次通电话。此前美方曾表示，如果对阿勒颇的轰炸不停止，将暂停与俄方在叙利亚问题上的双边合作。

（责编：周宁、李晓）

分享到：
""", "zh", "2016-10-02 08:30", "CHN")


# ==========================================================================
# Hard negatives labelled with another event type
# ==========================================================================

# --- Lavrov-Kerry meetings (5 meetings, 11 reports) ------------------------------

# 2013-07-01, Monday, Bandar Seri Begawan (ASEAN Regional Forum)
add("meeting", "2013-07-01", "47news.jp", "https://www.47news.jp/CN/201307/CN2013070101001987.html",
    "米ロ外相が会談　スノーデン容疑者の扱い協議か", """
47NEWS
共同通信
国際

米ロ外相が会談　スノーデン容疑者の扱い協議か

2013/07/01 21:10 【共同通信】

【バンダルスリブガワン共同】ケリー米国務長官とロシアのラブロフ外相は1日、東南アジア諸国連合（ASEAN）地域フォーラム（ARF）閣僚会議が開かれているブルネイの首都バンダルスリブガワンで会談した。

米中央情報局（CIA）元職員エドワード・スノーデン容疑者の扱いや、シリア和平に向けた国際会議の開催について協議したとみられる。

両外相は6月26日に電話会談したばかりで、対面での会談は5月のモスクワ訪問以来となる。

ラブロフ氏は会談後、記者団に対し「スノーデン氏の問題は議題の中心ではなかった」と述べた。
""", "ja", "2013-07-01 21:10", "JST")

add("meeting", "2013-07-01", "xinhuanet.com", "http://news.xinhuanet.com/english/world/2013-07/01/c_132502233.htm",
    "Lavrov, Kerry meet in Brunei on Syria, Snowden", """
English.news.cn | 2013-07-01 19:40:21 | Editor: Zhang Dan

Lavrov, Kerry meet in Brunei on Syria, Snowden

BANDAR SERI BEGAWAN, July 1 (Xinhua) -- Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry met here on Monday on the sidelines of the ASEAN Regional Forum, discussing the Syrian crisis and other issues, a Russian diplomat said.

The two sides discussed preparations for the so-called Geneva-2 international conference on Syria, which Moscow and Washington agreed in May to convene, the diplomat said.

Asked whether the case of former U.S. intelligence contractor Edward Snowden, who remains at a Moscow airport, had been raised, Lavrov told reporters that it was "not the main subject" of the talks. Enditem

Back to Top   Close
""", "en", "2013-07-01 19:40", "CHN")

# 2014-12-14, Sunday, Rome (Villa Taverna); the meeting was prepared by phone on Thursday
add("meeting", "2014-12-14", "corriere.it",
    "https://www.corriere.it/esteri/14_dicembre_14/kerry-lavrov-roma-quattro-ore-colloqui-ucraina-siria-3d5e6f70.shtml",
    "Kerry e Lavrov a Roma, quattro ore di colloqui su Ucraina e Siria", """
Corriere della Sera
Esteri

Kerry e Lavrov a Roma, quattro ore di colloqui su Ucraina e Siria

Il faccia a faccia a Villa Taverna, residenza dell'ambasciatore americano. Al centro anche il dossier nucleare iraniano

di Redazione Online
14 dicembre 2014 | 21:30

Il segretario di Stato americano John Kerry e il ministro degli Esteri russo Sergei Lavrov si sono incontrati domenica pomeriggio a Roma, a Villa Taverna, per un colloquio durato circa quattro ore. Sul tavolo la crisi ucraina, la guerra in Siria e il negoziato sul programma nucleare di Teheran.

«È stato un incontro costruttivo», ha detto Lavrov al termine, aggiungendo che le posizioni sull'Ucraina restano però distanti. Kerry, arrivato a Roma in mattinata, incontrerà lunedì il premier israeliano Benjamin Netanyahu.

I due ministri si erano sentiti al telefono giovedì, per preparare l'incontro.

© RIPRODUZIONE RISERVATA
""", "it", "2014-12-14 21:30", "CET", wd_ok="mon thu")

add("meeting", "2014-12-14", "ansa.it",
    "https://www.ansa.it/english/news/politics/2014/12/14/kerry-lavrov-hold-four-hour-talks-in-rome_6a7b8c9d.html",
    "Kerry, Lavrov hold four-hour talks in Rome", f"""
ANSA English
News
Politics

Kerry, Lavrov hold four-hour talks in Rome

Ukraine, Syria, Iran on agenda at US ambassador's residence

(ANSA) - Rome, December 14 - US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov held talks lasting around four hours in Rome on Sunday, focusing on the crisis in Ukraine, the conflict in Syria and Iran's nuclear programme.
The meeting took place at Villa Taverna, the residence of the US ambassador to Italy.
Lavrov told reporters afterwards that the talks had been "useful" but that Moscow and Washington still disagreed on the causes of the Ukraine crisis.
The two ministers had agreed on the meeting during a telephone call on Thursday.

14 December 2014 22:05
{ANSA_EN_TAIL}
""", "en", "2014-12-14 22:05", "CET", wd_ok="thu")

add("meeting", "2014-12-14", "kommersant.ru", "https://www.kommersant.ru/doc/2633107",
    "Сергей Лавров и Джон Керри провели четыре часа в Риме", """
Коммерсантъ
Газета «Коммерсантъ» №228 от 15.12.2014, стр. 6

Сергей Лавров и Джон Керри провели четыре часа в Риме

15.12.2014, 08:00

Министр иностранных дел РФ Сергей Лавров и госсекретарь США Джон Керри в воскресенье провели в Риме переговоры, продолжавшиеся около четырех часов. Встреча прошла в резиденции американского посла на вилле Таверна.

По словам господина Лаврова, стороны обсудили Украину, Сирию, иранскую ядерную программу и ситуацию в Ливии. «Переговоры были полезными, но чуда не произошло»,— заявил министр журналистам.

Встреча готовилась в ходе телефонного разговора министров в минувший четверг.

Версия для печати
Комментарии
""", "ru", "2014-12-15 08:00", "MSK", wd_ok="thu", notitle=True)

# 2015-08-05, Wednesday, Kuala Lumpur (ASEAN); one report recalls the call of 25 July
add("meeting", "2015-08-05", "timesofindia.indiatimes.com",
    "https://timesofindia.indiatimes.com/world/rest-of-world/Kerry-Lavrov-meet-in-Kuala-Lumpur-discuss-Syria-and-IS/articleshow/48356721.cms",
    "Kerry, Lavrov meet in Kuala Lumpur, discuss Syria and IS", """
The Times of India
World
Rest of World

Kerry, Lavrov meet in Kuala Lumpur, discuss Syria and IS

Reuters | Aug 5, 2015, 06.30 PM IST

KUALA LUMPUR: US secretary of state John Kerry and Russian foreign minister Sergei Lavrov met on the sidelines of a regional security meeting in Malaysia on Wednesday and discussed the war in Syria and the fight against the Islamic State group.

The talks came two days after the pair met in Doha together with Saudi foreign minister Adel al-Jubeir. Their last phone conversation, on July 25, focused on implementing the nuclear agreement with Iran.

"We continue to have differences on Syria, but we agreed to keep working," Lavrov told reporters after the meeting.

Kerry is also due to meet Chinese foreign minister Wang Yi in Kuala Lumpur.

Download The Times of India News App for Latest World News.
""", "en", "2015-08-05 18:30", "IND")

add("meeting", "2015-08-05", "xinhuanet.com", "http://news.xinhuanet.com/world/2015-08/05/c_1116157432.htm",
    "俄美外长在吉隆坡会晤", """
新华网
国际频道

俄美外长在吉隆坡会晤

2015年08月05日 20:10:42　来源：新华网

新华社吉隆坡8月5日电（记者 林昊）俄罗斯外长拉夫罗夫和美国国务卿克里5日在吉隆坡出席东盟地区论坛外长会期间举行会晤，就叙利亚危机和打击“伊斯兰国”等问题交换意见。

拉夫罗夫在会后对记者说，俄美在叙利亚问题上仍有分歧，但双方同意继续努力寻找政治解决方案。

这是两国外长本周内第二次会晤。3日，两人在卡塔尔首都多哈与沙特外交大臣朱拜尔举行了三方会谈。（完）

【纠错】　责任编辑： 陈丹
""", "zh", "2015-08-05 20:10", "CHN")

# 2016-07-26, Tuesday, Vientiane (ASEAN)
add("meeting", "2016-07-26", "yonhapnews.co.kr",
    "https://www.yonhapnews.co.kr/bulletin/2016/07/26/0200000000AKR20160726131000076.HTML",
    "케리-라브로프 비엔티안서 회담…시리아 협력 논의", f"""
연합뉴스
국제
국제일반

케리-라브로프 비엔티안서 회담…시리아 협력 논의

(비엔티안=연합뉴스) 이동민 기자 = 존 케리 미국 국무장관과 세르게이 라브로프 러시아 외무장관이 26일 아세안지역안보포럼(ARF) 외교장관회의가 열리는 라오스 비엔티안에서 회담했다.

두 장관은 이 자리에서 시리아 내 테러조직에 대한 양국 군의 공동 대응 방안과 시리아 휴전 복원 문제를 집중 논의한 것으로 알려졌다.

라브로프 장관은 회담 후 기자들에게 "구체적 합의를 위한 작업이 진행 중"이라고 말했다.

두 장관은 지난 15일 모스크바에서 12시간 가까이 마라톤 협상을 벌인 바 있다.

dmlee@yna.co.kr

{YONHAP_TAIL}
2016/07/26 16:40 송고
""", "ko", "2016-07-26 16:40", "KST")

add("meeting", "2016-07-26", "publico.pt",
    "https://www.publico.pt/2016/07/26/mundo/noticia/kerry-e-lavrov-reunemse-no-laos-para-discutir-a-siria-1739542",
    "Kerry e Lavrov reúnem-se no Laos para discutir a Síria", """
PÚBLICO
Mundo

Kerry e Lavrov reúnem-se no Laos para discutir a Síria

Lusa
26 de Julho de 2016, 11:30

O secretário de Estado norte-americano, John Kerry, e o ministro dos Negócios Estrangeiros russo, Serguei Lavrov, reuniram-se esta terça-feira em Vientiane, à margem do fórum regional da ASEAN, para discutir a cooperação militar na Síria.

Lavrov disse aos jornalistas que os dois países estão a trabalhar em "passos concretos" contra os grupos terroristas, depois das negociações de quase doze horas realizadas em Moscovo há menos de duas semanas.

Os dois chefes da diplomacia tinham falado por telefone no sábado, adiantou o porta-voz do Departamento de Estado.

Tópicos
Mundo
""", "pt", "2016-07-26 11:30", "WET", wd_ok="sat")

# 2016-10-15, Saturday, Lausanne (with seven regional ministers)
add("meeting", "2016-10-15", "aa.com.tr",
    "https://www.aa.com.tr/tr/dunya/lozanda-suriye-toplantisi-kerry-ile-lavrov-yeniden-masada/665123",
    "Lozan'da Suriye toplantısı: Kerry ile Lavrov yeniden masada", """
Anadolu Ajansı
Dünya

Lozan'da Suriye toplantısı: Kerry ile Lavrov yeniden masada

15.10.2016 - 20:50

LOZAN (AA) - ABD Dışişleri Bakanı John Kerry ile Rusya Dışişleri Bakanı Sergey Lavrov, İsviçre'nin Lozan kentinde Suriye konulu toplantı kapsamında bir araya geldi.

Washington'un Suriye konusunda Moskova ile ikili temasları askıya almasının ardından iki bakan arasındaki ilk yüz yüze görüşme olan toplantıda Türkiye'yi Dışişleri Bakanı Mevlüt Çavuşoğlu temsil etti. Toplantıya Suudi Arabistan, Katar, İran, Irak, Ürdün ve Mısır'ın dışişleri bakanları da katıldı.

Kerry ile Lavrov, toplantı öncesinde yaklaşık bir saat baş başa görüştü. Görüşmede Halep'te ateşkesin yeniden sağlanması için atılabilecek adımlar ele alındı.

Toplantının ardından açıklama yapan Kerry, ortaya konan "fikirlerin" önümüzdeki günlerde değerlendirileceğini söyledi.
""", "tr", "2016-10-15 20:50", "TRT")

add("meeting", "2016-10-15", "lefigaro.fr",
    "https://www.lefigaro.fr/international/2016/10/15/01003-20161015ARTFIG00123-syrie-kerry-et-lavrov-se-retrouvent-a-lausanne.php",
    "Syrie : Kerry et Lavrov se retrouvent à Lausanne, sans percée", """
Le Figaro.fr
International

Syrie : Kerry et Lavrov se retrouvent à Lausanne, sans percée

Par Le Figaro.fr avec AFP
Publié le 15/10/2016 à 22:10

John Kerry et Sergueï Lavrov se sont retrouvés samedi à Lausanne pour leur premier face-à-face depuis la rupture, début octobre, du dialogue bilatéral sur la Syrie. Les deux ministres ont échangé en tête-à-tête avant d'être rejoints par leurs homologues de sept pays de la région.

Les deux hommes s'étaient parlé au téléphone à plusieurs reprises ces dernières semaines, sans parvenir à sauver la trêve négociée en septembre à Genève.

À l'issue de la réunion, le secrétaire d'État américain a évoqué « des idées » pour un cessez-le-feu à Alep, sans annonce concrète.

John Kerry et Sergueï Lavrov à Lausanne, le 15 octobre. Crédits photo : POOL/REUTERS
John Kerry et Sergueï Lavrov à Lausanne, le 15 octobre.

Lire aussi
» Alep : l'ONU réclame une pause humanitaire
""", "fr", "2016-10-15 22:10", "CET")

# --- Lavrov's calls with other foreign ministers (6 calls, 10 reports) ----------

# 2014-02-19, Wednesday: Sikorski (Poland), Kyiv violence
add("other_minister_call", "2014-02-19", "pap.pl",
    "https://www.pap.pl/aktualnosci/news,1088231,sikorski-rozmawial-z-lawrowem-o-sytuacji-na-ukrainie.html",
    "Sikorski rozmawiał z Ławrowem o sytuacji na Ukrainie", """
PAP
Serwis Informacyjny
Polityka

Sikorski rozmawiał z Ławrowem o sytuacji na Ukrainie

19.02.2014, 15:40

Warszawa (PAP) - Szef MSZ Radosław Sikorski przeprowadził w środę rozmowę telefoniczną z ministrem spraw zagranicznych Rosji Siergiejem Ławrowem na temat eskalacji przemocy w Kijowie - poinformował rzecznik resortu.

Według rzecznika Sikorski zaapelował do strony rosyjskiej o użycie swoich wpływów, by skłonić władze Ukrainy do powstrzymania się od użycia siły wobec demonstrantów. Ławrow miał z kolei wskazać na odpowiedzialność opozycji za zamieszki.

W czwartek Sikorski ma udać się do Kijowa wraz z szefami dyplomacji Niemiec i Francji.

(PAP)

kar/ mc/
Tagi: Ukraina, Rosja, MSZ
""", "pl", "2014-02-19 15:40", "CET", wd_ok="thu")

add("other_minister_call", "2014-02-19", "interfax.com.ua", "https://ua.interfax.com.ua/news/political/192508.html",
    "Сікорський обговорив з Лавровим ситуацію в Києві", f"""
Інтерфакс-Україна
Головне
Політика

Сікорський обговорив з Лавровим ситуацію в Києві

18:00 19.02.2014

КИЇВ. 19 лютого. ІНТЕРФАКС-УКРАЇНА - Міністр закордонних справ Польщі Радослав Сікорський провів у середу телефонну розмову з главою МЗС Росії Сергієм Лавровим щодо ситуації в Україні, повідомили в польському зовнішньополітичному відомстві.

Сторони обговорили загострення протистояння в центрі Києва, яке минулої доби призвело до загибелі щонайменше 25 осіб.

У четвер Сікорський разом із міністрами закордонних справ Німеччини і Франції планує відвідати Київ.

{IFX_UA_MENU}
""", "uk", "2014-02-19 18:00", "EET", wd_ok="thu")

# 2014-05-15, Thursday: Mogherini, then Italy's foreign minister
add("other_minister_call", "2014-05-15", "ansa.it",
    "https://www.ansa.it/sito/notizie/politica/2014/05/15/ucraina-telefonata-mogherini-lavrov-serve-dialogo-nazionale_2c4d6e8f.html",
    "Ucraina: telefonata Mogherini-Lavrov, serve dialogo nazionale", f"""
ANSA.it
Politica

Ucraina: telefonata Mogherini-Lavrov, serve dialogo nazionale

Il ministro degli Esteri: sostegno a tavole rotonde Osce

Redazione ANSA
ROMA
15 maggio 2014
16:20
NEWS

(ANSA) - ROMA, 15 MAG - Il ministro degli Esteri Federica Mogherini ha avuto oggi un colloquio telefonico con l'omologo russo Serghei Lavrov sulla crisi in Ucraina. Lo rende noto la Farnesina.

Mogherini ha sottolineato il sostegno dell'Italia alla road map dell'Osce e alle tavole rotonde di dialogo nazionale avviate ieri a Kiev, auspicando che le elezioni presidenziali del 25 maggio si svolgano "in un clima di sicurezza".

Lavrov, riferisce da parte sua il ministero degli Esteri russo, ha chiesto che al dialogo partecipino anche i rappresentanti delle regioni sudorientali. (ANSA).

{ANSA_TAIL}
""", "it", "2014-05-15 16:20", "CET")

add("other_minister_call", "2014-05-15", "rg.ru", "https://rg.ru/2014/05/15/lavrov-mogerini-site.html",
    "Лавров обсудил с главой МИД Италии подготовку к выборам на Украине", """
Российская газета
Политика
Внешняя политика

Лавров обсудил с главой МИД Италии подготовку к выборам на Украине

15.05.2014 19:05

Министр иностранных дел России Сергей Лавров провел телефонный разговор с министром иностранных дел Италии Федерикой Могерини. Как сообщили в МИД РФ, разговор состоялся по инициативе итальянской стороны.

Главной темой стала ситуация на Украине. Лавров подчеркнул, что общенациональный диалог, начатый под эгидой ОБСЕ, должен включать представителей юго-востока страны, а не только сторонников нынешних киевских властей.

Министры также обсудили подготовку к президентским выборам на Украине, назначенным на 25 мая, и ряд вопросов двусторонней повестки дня.

Текст: РГ
Читайте также
""", "ru", "2014-05-15 19:05", "MSK")

# 2014-11-27, Thursday: Zarif (Iran), after the Vienna extension
add("other_minister_call", "2014-11-27", "irna.ir", "https://www.irna.ir/news/81405226/",
    "گفتگوی تلفنی ظریف و لاوروف درباره مذاکرات هسته‌ای", """
خبرگزاری جمهوری اسلامی
سیاست خارجی

گفتگوی تلفنی ظریف و لاوروف درباره مذاکرات هسته‌ای

پنجشنبه ۶ آذر ۱۳۹۳ - ۲۰:۱۵
کد خبر: 81405226

تهران - ایرنا - محمدجواد ظریف وزیر امور خارجه کشورمان روز پنجشنبه در گفتگوی تلفنی با سرگئی لاوروف وزیر امور خارجه روسیه درباره روند مذاکرات هسته‌ای پس از تمدید آن در وین تبادل نظر کرد.

دو وزیر در این گفتگو بر ادامه رایزنی‌ها برای دستیابی به توافق جامع تا پایان مهلت جدید تاکید کردند.

ظریف و لاوروف همچنین درباره تحولات سوریه و عراق گفتگو کردند.

انتهای پیام/
""", "fa", "2014-11-27 20:15", "IRN")

# 2015-07-07, Tuesday: Kotzias (Greece), after the referendum
add("other_minister_call", "2015-07-07", "kathimerini.gr",
    "https://www.kathimerini.gr/politics/822156/thlefwnikh-epikoinwnia-kotzia-lavrof/",
    "Τηλεφωνική επικοινωνία Κοτζιά - Λαβρόφ", """
Καθημερινή
ΠΟΛΙΤΙΚΗ

Τηλεφωνική επικοινωνία Κοτζιά - Λαβρόφ

07.07.2015 : 18:30

Τηλεφωνική επικοινωνία είχε σήμερα ο υπουργός Εξωτερικών Νίκος Κοτζιάς με τον Ρώσο ομόλογό του Σεργκέι Λαβρόφ, σύμφωνα με ανακοίνωση του ρωσικού υπουργείου Εξωτερικών.

Οι δύο υπουργοί συζήτησαν την κατάσταση που διαμορφώνεται μετά το δημοψήφισμα της Κυριακής, καθώς και θέματα διμερούς συνεργασίας. Η ρωσική πλευρά, αναφέρει η ανακοίνωση, επανέλαβε ότι σέβεται την επιλογή του ελληνικού λαού.

Η συνομιλία έγινε με πρωτοβουλία της ελληνικής πλευράς.

Σχετικά Αρθρα
""", "el", "2015-07-07 18:30", "EET", wd_ok="sun")

add("other_minister_call", "2015-07-07", "iz.ru", "https://iz.ru/news/588123",
    "Лавров и Коцияс обсудили по телефону итоги референдума в Греции", """
Известия
Политика

Лавров и Коцияс обсудили по телефону итоги референдума в Греции

7 июля 2015, 19:10

Министр иностранных дел России Сергей Лавров во вторник провел телефонный разговор с главой МИД Греции Никосом Коциасом. Как говорится в сообщении МИД РФ, стороны обменялись мнениями о ситуации, сложившейся после референдума 5 июля.

Российский министр подтвердил уважение Москвы к выбору греческого народа. Стороны также обсудили график двусторонних контактов.

Разговор состоялся по инициативе греческой стороны.

Подписывайтесь на «Известия»
""", "ru", "2015-07-07 19:10", "MSK")

# 2016-01-07, Thursday: Yun Byung-se (South Korea); Yun had called Kerry the night before
add("other_minister_call", "2016-01-07", "yonhapnews.co.kr",
    "https://www.yonhapnews.co.kr/bulletin/2016/01/07/0200000000AKR20160107151000043.HTML",
    "윤병세, 라브로프 러 외무장관과 통화…'안보리 대응 협력' 요청", f"""
연합뉴스
정치
외교

윤병세, 라브로프 러 외무장관과 통화…'안보리 대응 협력' 요청

(서울=연합뉴스) 이상민 기자 = 윤병세 외교부 장관은 7일 오후 세르게이 라브로프 러시아 외무장관과 전화 통화를 하고 북한의 4차 핵실험에 대한 유엔 안보리 차원의 강력한 대응에 러시아가 협력해 줄 것을 요청했다.

외교부에 따르면 라브로프 장관은 북한의 핵실험이 국제법과 안보리 결의에 위배된다는 데 공감하면서도 "모든 당사국이 긴장을 고조시키는 행동을 자제해야 한다"고 말했다.

윤 장관은 앞서 6일 밤 존 케리 미 국무장관과도 통화해 한미 공조 방안을 협의했다.

smlee@yna.co.kr

{YONHAP_TAIL}
2016/01/07 18:20 송고
""", "ko", "2016-01-07 18:20", "KST")

# 2016-07-16, Saturday: Çavuşoğlu (Turkey), the day after the coup attempt
add("other_minister_call", "2016-07-16", "aa.com.tr",
    "https://www.aa.com.tr/tr/politika/cavusoglu-rus-mevkidasi-lavrov-ile-telefonda-gorustu/609876",
    "Çavuşoğlu, Rus mevkidaşı Lavrov ile telefonda görüştü", """
Anadolu Ajansı
Politika

Çavuşoğlu, Rus mevkidaşı Lavrov ile telefonda görüştü

16.07.2016 - 19:30

ANKARA (AA) - Dışişleri Bakanı Mevlüt Çavuşoğlu, Rusya Dışişleri Bakanı Sergey Lavrov ile telefonda görüştü.

Dışişleri Bakanlığı kaynaklarından alınan bilgiye göre, görüşmede dün gece gerçekleştirilen darbe girişimi ele alındı. Lavrov, Türkiye'nin anayasal düzenine destek verdiğini ifade etti.

Çavuşoğlu, gün içinde ABD Dışişleri Bakanı John Kerry ve Almanya Dışişleri Bakanı Frank-Walter Steinmeier ile de telefonda görüşmüştü.

Rusya Dışişleri Bakanlığı da yaptığı açıklamada, Lavrov'un Türk mevkidaşına Türkiye'deki Rus vatandaşlarının güvenliğine ilişkin endişelerini ilettiğini bildirdi.
""", "tr", "2016-07-16 19:30", "TRT")

add("other_minister_call", "2016-07-16", "hurriyetdailynews.com",
    "https://www.hurriyetdailynews.com/cavusoglu-lavrov-discuss-failed-coup-attempt-by-phone-101712",
    "Çavuşoğlu, Lavrov discuss failed coup attempt by phone", """
Hürriyet Daily News
DIPLOMACY

Çavuşoğlu, Lavrov discuss failed coup attempt by phone

ANKARA – Anadolu Agency
Saturday, July 16 2016

Turkish Foreign Minister Mevlüt Çavuşoğlu spoke by phone with his Russian counterpart Sergei Lavrov on July 16, a day after a failed coup attempt in Turkey, diplomatic sources said.

Lavrov expressed Moscow's support for Turkey's legitimate government and asked about the safety of Russian tourists in the country, according to a Russian Foreign Ministry statement.

Çavuşoğlu also held phone talks with U.S. Secretary of State John Kerry, German Foreign Minister Frank-Walter Steinmeier and several other counterparts during the day.

Recommended
Turkey detains thousands of soldiers after coup bid
""", "en", "2016-07-16 22:00", "TRT")

# --- Putin-Obama calls (3 calls, 6 reports) ---------------------------------------

# 2014-03-06, Thursday: an hour on Crimea
add("putin_obama_call", "2014-03-06", "corriere.it",
    "https://www.corriere.it/esteri/14_marzo_06/crimea-un-ora-telefonata-obama-putin-8a9b0c1d.shtml",
    "Crimea, un'ora di telefonata tra Obama e Putin", """
Corriere della Sera
Esteri

Crimea, un'ora di telefonata tra Obama e Putin

Il presidente americano: «Il referendum viola la Costituzione ucraina». Il Cremlino: «Le relazioni non vanno sacrificate»

di Redazione Esteri
6 marzo 2014 | 23:40

Barack Obama e Vladimir Putin hanno parlato al telefono per circa un'ora giovedì, nel giorno in cui il parlamento della Crimea ha votato per l'annessione alla Russia e fissato un referendum per il 16 marzo. Lo ha riferito la Casa Bianca.

Obama ha detto al presidente russo che le azioni di Mosca violano la sovranità e l'integrità territoriale dell'Ucraina e ha indicato una via d'uscita diplomatica: il ritiro delle truppe nelle basi e l'invio di osservatori internazionali. Putin, secondo il Cremlino, ha ribadito che la Russia «non può ignorare le richieste di aiuto» della popolazione russofona.

I due presidenti hanno concordato che i ministri degli Esteri Lavrov e Kerry proseguiranno i contatti.

© RIPRODUZIONE RISERVATA
""", "it", "2014-03-06 23:40", "CET")

add("putin_obama_call", "2014-03-06", "hurriyetdailynews.com",
    "https://www.hurriyetdailynews.com/obama-putin-hold-hour-long-phone-call-on-ukraine-63241",
    "Obama, Putin hold hour-long phone call on Ukraine", """
Hürriyet Daily News
WORLD

Obama, Putin hold hour-long phone call on Ukraine

WASHINGTON – Agence France-Presse
Friday, March 7 2014

U.S. President Barack Obama spoke by telephone with Russian President Vladimir Putin for an hour on March 6, urging him to accept a diplomatic solution to the crisis in Ukraine, the White House said.

Obama told Putin that Russia's actions were a violation of Ukraine's sovereignty and territorial integrity and outlined a path to resolve the situation, including direct talks between the governments of Ukraine and Russia.

According to the Kremlin, Putin said Russian-U.S. relations "should not be sacrificed" over disagreements on international issues.

Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov, who met in Paris and Rome this week, are expected to continue their consultations.

Recommended
""", "en", "2014-03-07 09:10", "TRT", wd_ok="fri")

# 2016-02-14, Sunday: after the Munich ISSG meeting
add("putin_obama_call", "2016-02-14", "asahi.com", "https://www.asahi.com/articles/ASJ2H0123J2HUHBI00D.html",
    "米ロ首脳が電話会談　シリア停戦合意の履行で協力", """
朝日新聞デジタル
国際

米ロ首脳が電話会談　シリア停戦合意の履行で協力

モスクワ＝中村健
2016年2月15日07時40分

ロシア大統領府によると、プーチン大統領とオバマ米大統領は14日、電話で協議した。ミュンヘンで開かれたシリア支援国会合で合意した「敵対行為の停止」の実現に向けて、両国の外交当局や国防当局の協力を強めることで一致した。

オバマ氏は、ロシア軍による空爆が穏健な反体制派を標的にしていると懸念を示し、停止を求めたという。

会合で合意をまとめたケリー国務長官とラブロフ外相が、今後も詳細を詰める。
""", "ja", "2016-02-15 07:40", "JST")

add("putin_obama_call", "2016-02-14", "ynet.co.il", "https://www.ynet.co.il/articles/0,7340,L-4766210,00.html",
    "פוטין ואובמה שוחחו בטלפון על הפסקת האש בסוריה", """
ynet
חדשות
חדשות בעולם

פוטין ואובמה שוחחו בטלפון על הפסקת האש בסוריה

הקרמלין: שני הנשיאים סיכמו להגביר את שיתוף הפעולה כדי ליישם את ההסכמות שהושגו במינכן. הבית הלבן: אובמה קרא לרוסיה להפסיק לתקוף את האופוזיציה המתונה

סוכנויות הידיעות
פורסם: 14.02.16 , 23:10

נשיא רוסיה ולדימיר פוטין ונשיא ארה"ב ברק אובמה קיימו היום (א') שיחת טלפון, שבה דנו ביישום ההסכם על הפסקת פעולות האיבה בסוריה, שהושג בסוף השבוע שעבר במינכן.

לפי הקרמלין, השניים הסכימו כי שרי החוץ סרגיי לברוב וג'ון קרי ימשיכו לעבוד על פרטי ההסדר. הבית הלבן מסר כי אובמה הדגיש את החשיבות של גישה הומניטרית לאזורים הנצורים.

תגיות: רוסיה, ארה"ב, סוריה
""", "he", "2016-02-14 23:10", "ISR")

# 2016-04-18, Monday: Syria and Ukraine
add("putin_obama_call", "2016-04-18", "wyborcza.pl",
    "https://wyborcza.pl/1,75399,20001234,putin-i-obama-rozmawiali-przez-telefon-o-syrii-i-ukrainie.html",
    "Putin i Obama rozmawiali przez telefon. O Syrii i Ukrainie", """
Wyborcza.pl
Świat

Putin i Obama rozmawiali przez telefon. O Syrii i Ukrainie

PAP
18.04.2016 21:30

Prezydenci Rosji i USA Władimir Putin i Barack Obama odbyli w poniedziałek rozmowę telefoniczną - poinformował Kreml. Głównymi tematami były konflikt w Syrii i realizacja porozumień mińskich na wschodzie Ukrainy.

Według Białego Domu Obama wyraził zaniepokojenie naruszeniami rozejmu w Syrii i wezwał Moskwę do wywarcia presji na reżim Baszara al-Asada. Putin miał natomiast wskazać na konieczność odcięcia dostaw broni dla terrorystów przez granicę turecką.

Prezydenci polecili szefom dyplomacji Siergiejowi Ławrowowi i Johnowi Kerry'emu kontynuowanie prac nad politycznym rozwiązaniem konfliktu syryjskiego.

Czytaj także
""", "pl", "2016-04-18 21:30", "CET")

add("putin_obama_call", "2016-04-18", "interfax.com.ua", "https://ua.interfax.com.ua/news/political/337715.html",
    "Путін і Обама провели телефонну розмову щодо Сирії та України", f"""
Інтерфакс-Україна
Головне
Політика

Путін і Обама провели телефонну розмову щодо Сирії та України

22:05 18.04.2016

КИЇВ. 18 квітня. ІНТЕРФАКС-УКРАЇНА - Президент Росії Володимир Путін і президент США Барак Обама в понеділок провели телефонну розмову, в ході якої обговорили ситуацію в Сирії та виконання мінських домовленостей, повідомила прес-служба Кремля.

За даними Білого дому, Обама наголосив на необхідності повного виконання Росією зобов'язань за мінськими угодами, включно з відведенням важкого озброєння та доступом спостерігачів ОБСЄ.

Президенти доручили главам МЗС обох країн Сергію Лаврову і Джону Керрі продовжити контакти.

{IFX_UA_MENU}
""", "uk", "2016-04-18 22:05", "EET")


# ==========================================================================
# Hard negatives labelled null
# ==========================================================================

# --- Passing mentions: another story, the call in a late paragraph -----------------

add("passing_mention", None, "rferl.org", "https://www.rferl.org/a/syria-lavrov-truce-holding-plan-b/27582013.html",
    "Lavrov Says Syria Truce Holding, Warns Against 'Plan B'", f"""
RFE/RL
News
Russia

Lavrov Says Syria Truce Holding, Warns Against 'Plan B'

March 01, 2016 14:20 GMT

GENEVA -- Russian Foreign Minister Sergei Lavrov says the cessation of hostilities in Syria is broadly holding and has warned Western and regional powers against talk of a "Plan B" if it fails.

Speaking to reporters after addressing the UN Human Rights Council in Geneva on March 1, Lavrov said Russian and U.S. military officers were exchanging information "around the clock" on violations.

He rejected accusations that Russian warplanes had continued to strike moderate rebel groups since the truce took effect on February 27.

Lavrov recalled that the terms of the truce had been worked out in his phone conversations with U.S. Secretary of State John Kerry on February 20 and 21, and said the only groups excluded were those designated terrorist by the UN Security Council.

He also criticized Turkey for shelling Kurdish positions in northern Syria.

With reporting by Reuters and Interfax

{RFERL_MENU}
""", "en", "2016-03-01 14:20", "UTC")

add("passing_mention", None, "unian.ua", "https://www.unian.ua/politics/916788-chinniy-golova-obsye-gotuye-dorojnyu-kartu-dlya-ukrajini.html",
    "Чинний голова ОБСЄ готує \"дорожню карту\" для України", """
УНІАН
Політика

Чинний голова ОБСЄ готує "дорожню карту" для України

15:45, 06 травня 2014

Чинний голова ОБСЄ, президент Швейцарії Дідьє Буркхальтер заявив, що організація найближчими днями представить "дорожню карту" деескалації конфлікту на сході України. Про це він сказав у Відні на засіданні Комітету міністрів Ради Європи.

За словами Буркхальтера, план передбачатиме припинення насильства, роззброєння незаконних формувань, національний діалог і підтримку президентських виборів 25 травня.

Міністр закордонних справ України Андрій Дещиця, який також бере участь у засіданні, заявив, що Київ готовий до діалогу з регіонами, але не з "терористами".

Як повідомляв УНІАН, у понеділок глава МЗС Росії Сергій Лавров у телефонній розмові з держсекретарем США Джоном Керрі вимагав розслідування трагедії в Одесі 2 травня.

Новини партнерів
""", "uk", "2014-05-06 15:45", "EET")

add("passing_mention", None, "aa.com.tr",
    "https://www.aa.com.tr/tr/dunya/kiliste-ateskesin-ikinci-gununde-sinirda-bekleyis-suruyor/530917",
    "Kilis'te ateşkesin ikinci gününde sınırda bekleyiş sürüyor", f"""
Anadolu Ajansı
Dünya

Kilis'te ateşkesin ikinci gününde sınırda bekleyiş sürüyor

28.02.2016 - 14:20

KİLİS (AA) - Suriye'de ateşkesin yürürlüğe girmesinin ardından ikinci günde, Öncüpınar Sınır Kapısı'nın karşısındaki kamplarda bekleyen binlerce Suriyeli, bölgedeki gelişmeleri temkinle izliyor.

Azez çevresindeki kamplarda kalan sığınmacılar, geceyi görece sakin geçirdiklerini ancak Halep'in kuzeyinde zaman zaman top sesleri duyduklarını belirtti.

Kızılay ve AFAD ekipleri, sınırın Suriye tarafındaki kamplara insani yardım malzemesi ulaştırmaya devam ediyor.

Rusya Dışişleri Bakanı Sergey Lavrov ile ABD Dışişleri Bakanı John Kerry dün telefonda görüşerek ateşkesin ilk gününü değerlendirmişti. Türkiye ise ateşkesin PYD ve DEAŞ'ı kapsamadığını vurguluyor.

{AA_TR_TAIL}
""", "tr", "2016-02-28 14:20", "TRT")

add("passing_mention", None, "nhk.or.jp", "https://www3.nhk.or.jp/news/html/20160112/k10010368211000.html",
    "北朝鮮制裁決議案　米中の調整続く", """
NHK NEWS WEB

北朝鮮制裁決議案　米中の調整続く

1月12日 12時05分

北朝鮮が4回目の核実験を行ったことを受けて、国連の安全保障理事会では新たな制裁決議の採択に向けた協議が続いていますが、北朝鮮への影響力が大きい中国が厳しい制裁に慎重な姿勢を示していて、アメリカと中国の調整が焦点となっています。

アメリカは10日、核兵器を搭載できるB52戦略爆撃機を韓国上空に飛行させ、北朝鮮を強くけん制しました。

安保理の外交筋によりますと、アメリカが提示した決議案の原案には、北朝鮮との金融取引や、北朝鮮の船舶の入港を制限する措置が盛り込まれているということです。

一方、ロシアは制裁の対象を核・ミサイル開発に限定すべきだという立場で、ケリー国務長官は9日にラブロフ外相と電話で会談し、協力を求めていました。

国際ニュース
""", "ja", "2016-01-12 12:05", "JST", notitle=True)

add("passing_mention", None, "irna.ir", "https://www.irna.ir/news/81860377/",
    "ظریف: تعیین فهرست گروه‌های تروریستی در سوریه باید با اجماع باشد", """
خبرگزاری جمهوری اسلامی
سیاست خارجی

ظریف: تعیین فهرست گروه‌های تروریستی در سوریه باید با اجماع باشد

دوشنبه ۹ آذر ۱۳۹۴ - ۱۳:۱۰
کد خبر: 81860377

تهران - ایرنا - وزیر امور خارجه کشورمان گفت: هرگونه فهرستی از گروه‌های تروریستی در سوریه باید با اجماع همه اعضای گروه بین‌المللی حمایت از سوریه تهیه شود.

محمدجواد ظریف روز دوشنبه در یک نشست خبری در تهران افزود: جمهوری اسلامی ایران در نشست‌های وین نقش سازنده‌ای ایفا کرده و این روند را ادامه خواهد داد.

وی همچنین درباره تنش میان روسیه و ترکیه پس از سرنگونی جنگنده روسی ابراز نگرانی کرد و خواستار خویشتنداری دو طرف شد.

سرگئی لاوروف وزیر امور خارجه روسیه روز شنبه در گفتگوی تلفنی با جان کری همتای آمریکایی خود نیز بر ضرورت تهیه فهرست مشترک گروه‌های تروریستی تاکید کرده بود.

انتهای پیام/
""", "fa", "2015-11-30 13:10", "IRN")

add("passing_mention", None, "timesofindia.indiatimes.com",
    "https://timesofindia.indiatimes.com/business/india-business/oil-slips-as-doha-fallout-lingers-rupee-weaker/articleshow/51971248.cms",
    "Oil slips as Doha fallout lingers; rupee weaker", """
The Times of India
Business
India Business

Oil slips as Doha fallout lingers; rupee weaker

TNN | Apr 25, 2016, 10.20 AM IST

MUMBAI: Crude oil prices eased in Asian trade on Monday as traders weighed a persistent global supply glut a week after top producers failed to agree on an output freeze in Doha.

Brent crude was down 0.6% at $44.85 a barrel in early trade. The rupee opened marginally weaker at 66.53 against the dollar.

Analysts said geopolitical risks in West Asia were also being watched. Russian foreign minister Sergei Lavrov and US secretary of state John Kerry had spoken by phone on Saturday about the fraying ceasefire in Syria, but markets showed little reaction.

The BSE Sensex was little changed in early deals, with metal stocks gaining and IT shares under pressure ahead of quarterly results.

Subscribe to our daily business newsletter
Stay updated on the go with Times of India News App.
""", "en", "2016-04-25 10:20", "IND")

add("passing_mention", None, "elpais.com",
    "https://elpais.com/internacional/2017/01/19/estados_unidos/1484851210_524117.html",
    "Kerry se despide tras cuatro años de diplomacia incansable", """
EL PAÍS
Internacional

Kerry se despide tras cuatro años de diplomacia incansable

El secretario de Estado saliente deja como legado el acuerdo nuclear con Irán y el pacto climático de París, pero no logró la paz en Siria

Agencias
Washington 19 ENE 2017 - 20:00 CET

John Kerry se despide este jueves del Departamento de Estado tras haber recorrido más de 2,2 millones de kilómetros en cuatro años, un récord para un jefe de la diplomacia estadounidense.

Su mayor éxito fue el acuerdo nuclear con Irán, firmado en Viena en julio de 2015. Su mayor frustración, Siria: pese a decenas de reuniones y llamadas telefónicas con el ministro ruso de Exteriores, Serguéi Lavrov —con quien habló por teléfono por última vez a mediados de diciembre—, la guerra continúa.

A partir del viernes, cuando Donald Trump asuma la presidencia, el cargo lo ocupará previsiblemente Rex Tillerson, ex consejero delegado de ExxonMobil, pendiente aún de confirmación en el Senado.

Archivado en:
John Kerry · Departamento de Estado EE UU · Diplomacia
""", "es", "2017-01-19 20:00", "CET")

add("passing_mention", None, "xinhuanet.com", "http://news.xinhuanet.com/world/2016-10/02/c_1119643521.htm",
    "叙政府军在阿勒颇东部继续推进", """
新华网
国际频道

叙政府军在阿勒颇东部继续推进

2016年10月02日 22:30:15　来源：新华社

新华社大马士革10月2日电（记者 郑开）叙利亚军方2日说，政府军在阿勒颇东部继续推进，已控制城市北部的几处建筑群。

据叙利亚国家电视台报道，政府军当天在空中力量支援下对阿勒颇东部反政府武装据点发起攻击。叙利亚人权观察组织说，过去24小时内阿勒颇东部至少有20名平民死于空袭和炮击。

联合国叙利亚问题特使德米斯图拉此前表示，如果不采取紧急措施，阿勒颇东部可能在两个月内被完全摧毁。

另据俄罗斯外交部消息，俄外长拉夫罗夫1日与美国国务卿克里通电话，讨论了阿勒颇局势。（完）
""", "zh", "2016-10-02 22:30", "CHN")

# --- Calls that did not take place -----------------------------------------------

add("call_not_held", None, "spiegel.de",
    "https://www.spiegel.de/politik/ausland/syrien-krise-kerry-erreicht-lawrow-nicht-a-919215.html",
    "Syrien-Krise: Kerry erreicht Lawrow nicht", """
SPIEGEL ONLINE
Politik
Ausland

Syrien-Krise: Kerry erreicht Lawrow nicht

Washington sucht das Gespräch mit Moskau - vergeblich. Ein geplantes Telefonat zwischen US-Außenminister Kerry und seinem russischen Kollegen Lawrow ist nach Angaben aus dem State Department nicht zustande gekommen.

Donnerstag, 29.08.2013 – 17:20 Uhr

Washington - US-Außenminister John Kerry hat in der Syrien-Krise vergeblich versucht, seinen russischen Amtskollegen Sergej Lawrow zu erreichen. Ein für Mittwoch angesetztes Telefonat sei nicht zustande gekommen, sagte eine Sprecherin des Außenministeriums. Man bemühe sich um einen neuen Termin.

Russland blockiert im Uno-Sicherheitsrat eine Resolution, die ein militärisches Eingreifen in Syrien erlauben würde. Die beiden Minister hatten zuletzt am Montag miteinander gesprochen.

sev/AFP/dpa

Diesen Artikel...
Drucken
Feedback
""", "de", "2013-08-29 17:20", "CET")

add("call_not_held", None, "rmf24.pl",
    "https://www.rmf24.pl/fakty/swiat/news-przelozona-rozmowa-kerry-ego-z-lawrowem,nId,1391234",
    "Przełożona rozmowa Kerry'ego z Ławrowem", """
RMF24.pl
Fakty
Świat

Przełożona rozmowa Kerry'ego z Ławrowem

Wtorek, 8 kwietnia 2014 (18:30)

Zaplanowana na wtorek rozmowa telefoniczna sekretarza stanu USA Johna Kerry'ego z szefem rosyjskiej dyplomacji Siergiejem Ławrowem nie odbyła się. Departament Stanu poinformował, że zostanie przełożona "z powodu napiętego kalendarza" obu polityków.

Kerry miał omówić z Ławrowem sytuację we wschodniej Ukrainie, gdzie prorosyjscy aktywiści zajęli budynki administracji w Doniecku, Ługańsku i Charkowie. Waszyngton oskarża Moskwę o inspirowanie tych wystąpień.

Przedstawiciele USA, UE, Rosji i Ukrainy mają się spotkać w przyszłym tygodniu w Genewie.

Polecamy
Zobacz także
""", "pl", "2014-04-08 18:30", "CET")

add("call_not_held", None, "ansa.it",
    "https://www.ansa.it/sito/notizie/mondo/mediooriente/2016/10/04/siria-mosca-nessuna-telefonata-in-programma-tra-lavrov-e-kerry_5e6f7a8b.html",
    "Siria: Mosca, nessuna telefonata in programma tra Lavrov e Kerry", f"""
ANSA.it
Mondo
Medio Oriente

Siria: Mosca, nessuna telefonata in programma tra Lavrov e Kerry

Dopo lo stop di Washington ai contatti bilaterali

Redazione ANSA
MOSCA
04 ottobre 2016
13:15
NEWS

(ANSA) - MOSCA, 4 OTT - Al momento non è prevista alcuna conversazione telefonica tra il ministro degli Esteri russo Serghei Lavrov e il segretario di Stato americano John Kerry. Lo ha detto il viceministro degli Esteri Serghei Riabkov, citato dall'agenzia Interfax, dopo la decisione degli Stati Uniti di sospendere i contatti bilaterali con la Russia sulla Siria.

Riabkov ha definito la mossa di Washington "un tentativo di scaricare la responsabilità" del fallimento della tregua e ha aggiunto che Mosca "resta aperta al dialogo". (ANSA).

{ANSA_TAIL}
""", "it", "2016-10-04 13:15", "CET")

add("call_not_held", None, "alarabiya.net",
    "https://www.alarabiya.net/ar/arab-and-world/syria/2016/10/06/moscow-no-lavrov-kerry-contacts",
    "موسكو: لا اتصالات مقررة حاليا بين لافروف وكيري", """
العربية.نت
أخبار
سوريا

موسكو: لا اتصالات مقررة حاليا بين لافروف وكيري

آخر تحديث: الخميس 6 أكتوبر 2016 KSA 15:30 - GMT 12:30

موسكو - وكالات

قال نائب وزير الخارجية الروسي سيرغي ريابكوف، اليوم الخميس، إنه لا توجد حالياً أي اتصالات هاتفية مقررة بين وزير الخارجية سيرغي لافروف ونظيره الأميركي جون كيري، وذلك بعد قرار واشنطن تعليق المحادثات الثنائية بشأن سوريا.

وأضاف ريابكوف أن موسكو "لا تغلق الباب" أمام الحوار، لكنها لن "تطرق أبواباً مغلقة".

وكانت واشنطن قد أعلنت يوم الاثنين تعليق مشاركتها في القنوات الثنائية مع روسيا بشأن سوريا، متهمة موسكو بعدم الوفاء بالتزاماتها.

مواضيع ذات صلة
""", "ar", "2016-10-06 15:30", "KSA")

add("call_not_held", None, "dn.pt",
    "https://www.dn.pt/mundo/moscovo-diz-que-nao-ha-conversa-prevista-entre-lavrov-e-kerry-5493211.html",
    "Moscovo diz que não há conversa prevista entre Lavrov e Kerry", """
Diário de Notícias
Mundo

Moscovo diz que não há conversa prevista entre Lavrov e Kerry

10 DE NOVEMBRO DE 2016
16:40

Lusa

Não está prevista, de momento, qualquer conversa telefónica entre o chefe da diplomacia russa, Serguei Lavrov, e o secretário de Estado norte-americano, John Kerry, declarou hoje em Moscovo a porta-voz do Ministério dos Negócios Estrangeiros russo.

A Rússia aguarda a formação da equipa do Presidente eleito Donald Trump, e os contactos de trabalho com a atual administração prosseguem "ao nível dos especialistas", acrescentou.

Trump venceu as eleições presidenciais norte-americanas de terça-feira.

Partilhar
""", "pt", "2016-11-10 16:40", "WET")

# --- Kerry on the phone with someone else ----------------------------------------

add("kerry_other_call", None, "yonhapnews.co.kr",
    "https://english.yonhapnews.co.kr/national/2016/01/07/0301000000AEN20160107001200315.html",
    "Kerry, Yun agree on 'strong' response to N. Korea nuclear test", """
Yonhap News Agency
National
Diplomacy

Kerry, Yun agree on 'strong' response to N. Korea nuclear test

2016/01/07 10:20

SEOUL, Jan. 7 (Yonhap) -- U.S. Secretary of State John Kerry and South Korean Foreign Minister Yun Byung-se agreed in a phone call to push for strong U.N. Security Council sanctions against North Korea after its fourth nuclear test, the foreign ministry said Thursday.

The 20-minute conversation took place late Wednesday, hours after Pyongyang announced it had detonated a hydrogen bomb.

Kerry told Yun that Washington's commitment to the defense of South Korea was "unwavering," the ministry said.

Yun plans to hold phone talks with his Chinese and Russian counterparts, Wang Yi and Sergei Lavrov, later this week, officials said.

(END)

(C) Yonhap News Agency. All Rights Reserved
""", "en", "2016-01-07 10:20", "KST")

add("kerry_other_call", None, "aa.com.tr",
    "https://www.aa.com.tr/tr/politika/cavusoglu-abdli-mevkidasi-kerry-ile-telefonda-gorustu/480312",
    "Çavuşoğlu, ABD'li mevkidaşı Kerry ile telefonda görüştü", """
Anadolu Ajansı
Politika

Çavuşoğlu, ABD'li mevkidaşı Kerry ile telefonda görüştü

25.11.2015 - 18:10

ANKARA (AA) - Dışişleri Bakanı Mevlüt Çavuşoğlu, ABD Dışişleri Bakanı John Kerry ile telefonda görüştü.

Dışişleri Bakanlığı kaynaklarından edinilen bilgiye göre, görüşmede Rusya'ya ait savaş uçağının Türk hava sahasını ihlal etmesi üzerine düşürülmesi ve sonrasında yaşanan gelişmeler ele alındı.

Kerry, Türkiye'nin kendi hava sahasını savunma hakkına sahip olduğunu ifade etti.

Çavuşoğlu'nun dün Rusya Dışişleri Bakanı Sergey Lavrov ile de telefonda görüştüğü bildirilmişti. Lavrov, Türkiye'ye planladığı ziyareti iptal etmişti.
""", "tr", "2015-11-25 18:10", "TRT")

add("kerry_other_call", None, "ansa.it",
    "https://www.ansa.it/sito/notizie/politica/2016/03/30/libia-telefonata-gentiloni-kerry-sostegno-a-serraj_0a1b2c3d.html",
    "Libia: telefonata Gentiloni-Kerry, sostegno a Serraj", f"""
ANSA.it
Politica

Libia: telefonata Gentiloni-Kerry, sostegno a Serraj

Il ministro: "Momento cruciale per la stabilizzazione"

Redazione ANSA
ROMA
30 marzo 2016
19:10
NEWS

Il ministro degli Esteri Paolo Gentiloni
Il ministro degli Esteri Paolo Gentiloni - RIPRODUZIONE RISERVATA
© ANSA

(ANSA) - ROMA, 30 MAR - Il ministro degli Esteri Paolo Gentiloni ha avuto oggi un colloquio telefonico con il segretario di Stato americano John Kerry, dedicato principalmente alla Libia, dopo l'arrivo a Tripoli del premier designato Fayez al-Serraj e del Consiglio presidenziale. Lo riferisce la Farnesina.

I due hanno concordato sulla necessità di un "pieno sostegno" della comunità internazionale al governo di accordo nazionale. Nel corso della telefonata si è parlato anche della Siria e della ripresa dei negoziati di Ginevra. (ANSA).

{ANSA_TAIL}
""", "it", "2016-03-30 19:10", "CET")

add("kerry_other_call", None, "kathimerini.gr",
    "https://www.kathimerini.gr/politics/821734/thlefwnikh-epikoinwnia-kotzia-keri/",
    "Τηλεφωνική επικοινωνία Κοτζιά - Κέρι", """
Καθημερινή
ΠΟΛΙΤΙΚΗ

Τηλεφωνική επικοινωνία Κοτζιά - Κέρι

02.07.2015 : 20:05

Τηλεφωνική επικοινωνία είχε σήμερα ο υπουργός Εξωτερικών Νίκος Κοτζιάς με τον Αμερικανό υπουργό Εξωτερικών Τζον Κέρι, σύμφωνα με πηγές του υπουργείου Εξωτερικών.

Οι δύο υπουργοί συζήτησαν τις εξελίξεις στις διαπραγματεύσεις της Αθήνας με τους πιστωτές ενόψει του δημοψηφίσματος της Κυριακής, καθώς και την κατάσταση στην Ανατολική Μεσόγειο.

Ο κ. Κοτζιάς αναμένεται να έχει επαφές και με τον Ρώσο ομόλογό του Σεργκέι Λαβρόφ τις επόμενες ημέρες.

Σχετικά Αρθρα
""", "el", "2015-07-02 20:05", "EET")

add("kerry_other_call", None, "navbharattimes.indiatimes.com",
    "https://navbharattimes.indiatimes.com/india/kerry-speaks-to-sushma-swaraj-on-uri-attack/articleshow/54420118.cms",
    "उड़ी हमला: केरी ने सुषमा स्वराज से फोन पर बात की", """
नवभारत टाइम्स
देश

उड़ी हमला: केरी ने सुषमा स्वराज से फोन पर बात की

एजेंसियां | Updated: Sep 20, 2016, 08:15 AM IST

नई दिल्ली
अमेरिकी विदेश मंत्री जॉन केरी ने विदेश मंत्री सुषमा स्वराज से फोन पर बात कर जम्मू-कश्मीर के उड़ी में सेना के कैंप पर हुए आतंकी हमले की कड़ी निंदा की। विदेश मंत्रालय के प्रवक्ता ने बताया कि केरी ने हमले में मारे गए जवानों के परिवारों के प्रति संवेदना जताई।

दोनों नेताओं ने आतंकवाद के खिलाफ सहयोग मजबूत करने पर जोर दिया। इससे पहले रूस ने भी हमले की निंदा की थी।

रविवार को हुए इस हमले में 18 जवान शहीद हो गए थे।

NBT ऐप डाउनलोड करें
""", "hi", "2016-09-20 08:15", "IND")

add("kerry_other_call", None, "tasnimnews.com",
    "https://www.tasnimnews.com/fa/news/1394/10/23/965432/zarif-kerry-phone-sailors",
    "گفتگوی تلفنی ظریف و کری درباره ملوانان آمریکایی", """
خبرگزاری تسنیم
سیاسی
سیاست خارجی

گفتگوی تلفنی ظریف و کری درباره ملوانان آمریکایی

۱۳۹۴/۱۰/۲۳ - ۱۲:۴۰

محمدجواد ظریف وزیر امور خارجه کشورمان شامگاه سه‌شنبه در گفتگوی تلفنی با جان کری وزیر خارجه آمریکا درباره ورود دو فروند قایق نیروی دریایی آمریکا به آب‌های سرزمینی ایران گفتگو کرد.

به گزارش تسنیم، ظریف در این گفتگو تاکید کرد که قایق‌ها وارد آب‌های ایران شده‌اند و پس از بررسی‌های لازم در صورت محرز شدن غیرعمدی بودن ورود، آزاد خواهند شد.

ده ملوان آمریکایی صبح امروز (چهارشنبه) آزاد شدند.

انتهای پیام/
""", "fa", "2016-01-13 12:40", "IRN")

# --- Lavrov with people who are not a country's foreign minister --------------------

add("lavrov_other_contact", None, "ansa.it",
    "https://www.ansa.it/sito/notizie/mondo/europa/2015/02/28/ucraina-mogherini-sente-lavrov-rispettare-accordi-minsk_4c5d6e7f.html",
    "Ucraina: Mogherini sente Lavrov, 'rispettare accordi Minsk'", f"""
ANSA.it
Mondo
Europa

Ucraina: Mogherini sente Lavrov, 'rispettare accordi Minsk'

L'Alto rappresentante Ue chiede un'inchiesta trasparente sull'omicidio Nemtsov

Redazione ANSA
BRUXELLES
28 febbraio 2015
17:40
NEWS

(ANSA) - BRUXELLES, 28 FEB - L'Alto rappresentante per la politica estera dell'Ue, Federica Mogherini, ha avuto oggi una conversazione telefonica con il ministro degli Esteri russo Serghei Lavrov. Al centro del colloquio l'attuazione degli accordi di Minsk e il ritiro delle armi pesanti dalla linea del fronte nell'est dell'Ucraina.

Mogherini ha inoltre espresso a Lavrov il cordoglio dell'Unione europea per l'uccisione dell'oppositore Boris Nemtsov, chiedendo un'indagine "rapida, completa e trasparente". (ANSA).

{ANSA_TAIL}
""", "it", "2015-02-28 17:40", "CET")

add("lavrov_other_contact", None, "abc.es",
    "https://www.abc.es/internacional/abci-lavrov-y-mistura-hablan-telefono-sobre-tregua-alepo-201605051820_noticia.html",
    "Lavrov y De Mistura hablan por teléfono sobre la tregua en Alepo", """
ABC.es
Internacional

Lavrov y De Mistura hablan por teléfono sobre la tregua en Alepo

EFE / MOSCÚ
Día 05/05/2016 - 18.20h

El ministro de Exteriores ruso, Serguéi Lavrov, conversó este jueves por teléfono con el enviado especial de la ONU para Siria, Staffan de Mistura, sobre la extensión a Alepo del régimen de alto el fuego, informó la cancillería rusa.

Según el comunicado, ambos destacaron la importancia de reanudar cuanto antes las negociaciones intersirias de Ginebra con la participación de "todo el espectro" de la oposición.

La conversación se produjo un día después de que Rusia y Estados Unidos acordaran extender la tregua a la ciudad del norte de Siria, escenario de intensos combates en las últimas dos semanas.

Archivado en: Siria, Rusia, ONU
""", "es", "2016-05-05 18:20", "CET")

add("lavrov_other_contact", None, "tagesschau.de", "https://www.tagesschau.de/ausland/lawrow-osze-101.html",
    "Lawrow telefoniert mit OSZE-Generalsekretär über festgehaltene Beobachter", """
tagesschau.de
Ausland

Lawrow telefoniert mit OSZE-Generalsekretär über festgehaltene Beobachter

Stand: 28.04.2014 16:45 Uhr

Der russische Außenminister Sergej Lawrow hat mit OSZE-Generalsekretär Lamberto Zannier über die in Slawjansk festgehaltenen Militärbeobachter gesprochen. Russland werde "alles in seiner Macht Stehende" tun, um ihre Freilassung zu erreichen, sagte Lawrow nach Angaben seines Ministeriums in dem Telefonat.

Die Beobachter, unter ihnen vier Bundeswehrangehörige, werden seit Freitag von prorussischen Separatisten in der ostukrainischen Stadt festgehalten. Ein Schwede war am Sonntag aus gesundheitlichen Gründen freigelassen worden.

Der Separatistenführer Wjatscheslaw Ponomarjow nannte die Männer erneut "Kriegsgefangene".

Mehr zum Thema
Sendungsbezug: Das Erste, Tagesschau, 28.04.2014 17:00 Uhr
""", "de", "2014-04-28 16:45", "CET")

add("lavrov_other_contact", None, "haaretz.co.il", "https://www.haaretz.co.il/news/politics/1.2952017",
    "לברוב נפגש במוסקבה עם סאיב עריקאת", """
הארץ
חדשות
מדיני

לברוב נפגש במוסקבה עם סאיב עריקאת

שר החוץ הרוסי הביע תמיכה ביוזמה הצרפתית לכינוס ועידת שלום בינלאומית

סוכנויות הידיעות
19.05.2016 | 19:00

שר החוץ הרוסי סרגיי לברוב נפגש היום (חמישי) במוסקבה עם מזכ"ל אש"ף ומי שעומד בראש צוות המשא ומתן הפלסטיני, סאיב עריקאת. לפי הודעת משרד החוץ הרוסי, לברוב אמר כי רוסיה תומכת בכל מאמץ לחידוש המגעים הישירים בין ישראל לפלסטינים.

עריקאת מסר ללברוב על ההכנות לוועידה שצרפת מבקשת לכנס בפריז בתחילת יוני בהשתתפות שרי חוץ מכ-20 מדינות.

תגובות
""", "he", "2016-05-19 19:00", "ISR")

# --- Lavrov and Tillerson, 2017 (the U.S. Secretary of State is no longer Kerry) ------

add("tillerson_call", None, "ansa.it",
    "https://www.ansa.it/sito/notizie/mondo/mediooriente/2017/04/15/siria-telefonata-lavrov-tillerson-dopo-raid-usa_7d8e9f0a.html",
    "Siria: telefonata Lavrov-Tillerson dopo raid Usa", f"""
ANSA.it
Mondo
Medio Oriente

Siria: telefonata Lavrov-Tillerson dopo raid Usa

Mosca chiede inchiesta imparziale su attacco chimico

Redazione ANSA
MOSCA
15 aprile 2017
17:30
NEWS

(ANSA) - MOSCA, 15 APR - Il ministro degli Esteri russo Serghei Lavrov e il segretario di Stato americano Rex Tillerson hanno avuto oggi una conversazione telefonica sulla Siria, su iniziativa americana. Lo ha reso noto il ministero degli Esteri russo.

Lavrov ha ribadito che i raid Usa contro la base aerea di Shayrat sono stati "inammissibili" e ha insistito per un'indagine imparziale dell'Opac sull'attacco chimico di Khan Sheikhoun. I due capi della diplomazia si erano incontrati mercoledì a Mosca. (ANSA).

{ANSA_TAIL}
""", "it", "2017-04-15 17:30", "CET")

add("tillerson_call", None, "yonhapnews.co.kr",
    "https://www.yonhapnews.co.kr/bulletin/2017/07/06/0200000000AKR20170706003200071.HTML",
    "틸러슨-라브로프 전화통화…北 ICBM 발사 대응 논의", f"""
연합뉴스
국제
미주

틸러슨-라브로프 전화통화…北 ICBM 발사 대응 논의

(워싱턴=연합뉴스) 박승연 특파원 = 렉스 틸러슨 미국 국무장관이 5일(현지시간) 세르게이 라브로프 러시아 외무장관과 전화 통화를 하고 북한의 대륙간탄도미사일(ICBM) 발사에 대한 대응 방안을 논의했다고 국무부가 밝혔다.

국무부에 따르면 두 장관은 북한의 도발이 국제 평화에 대한 위협이라는 데 인식을 같이했으나, 추가 제재 문제를 놓고는 입장 차를 보인 것으로 알려졌다.

러시아 외무부도 보도문을 통해 라브로프 장관이 "모든 당사국의 자제"를 촉구했다고 전했다.

sypark@yna.co.kr

{YONHAP_TAIL}
2017/07/06 07:10 송고
""", "ko", "2017-07-06 07:10", "KST")

add("tillerson_call", None, "ukrinform.ua",
    "https://www.ukrinform.ua/rubric-world/2237412-glava-mzs-rosii-i-derzsekretar-ssa-obgovorili-telefonom-siriu.html",
    "Глава МЗС Росії і держсекретар США обговорили телефоном Сирію та Україну", """
Укрінформ
Світ

Глава МЗС Росії і держсекретар США обговорили телефоном Сирію та Україну

27.05.2017 19:40

Міністр закордонних справ Росії та державний секретар США в суботу провели телефонну розмову, під час якої обговорили ситуацію в Сирії та на сході України. Про це повідомило російське зовнішньополітичне відомство.

За його даними, розмова відбулася з ініціативи американської сторони. Сторони також торкнулися підготовки до можливої зустрічі президентів двох країн на полях саміту "Групи двадцяти" в Гамбурзі в липні.

Читайте також
Стрічка новин
""", "uk", "2017-05-27 19:40", "EET")

# --- Both named, neither a call nor a meeting ---------------------------------------

add("statement", None, "hurriyetdailynews.com",
    "https://www.hurriyetdailynews.com/lavrov-dismisses-kerrys-remarks-on-ukraine-ceasefire-79542",
    "Lavrov dismisses Kerry’s remarks on Ukraine ceasefire", """
Hürriyet Daily News
WORLD

Lavrov dismisses Kerry’s remarks on Ukraine ceasefire

MOSCOW – Reuters
Thursday, March 12 2015

Russian Foreign Minister Sergei Lavrov on March 12 dismissed remarks by U.S. Secretary of State John Kerry, who accused Moscow of lying about its military presence in eastern Ukraine, saying Washington was ignoring violations by Kiev.

"We have heard these statements many times, and they are not backed by facts," Lavrov told a news conference in Moscow.

Kerry had told a Senate committee on Wednesday that Russian officials had lied "to my face" about the presence of Russian troops in Ukraine.

Recommended
""", "en", "2015-03-12 16:00", "TRT")

add("statement", None, "jagran.com", "https://www.jagran.com/world/america-14612887.html",
    "सीरिया पर बातचीत के लिए शुक्रवार को जिनेवा में मिलेंगे केरी और लावरोव", """
दैनिक जागरण
दुनिया

सीरिया पर बातचीत के लिए शुक्रवार को जिनेवा में मिलेंगे केरी और लावरोव

Publish Date: Wed, 24 Aug 2016 09:00 PM (IST)

वाशिंगटन। अमेरिकी विदेश मंत्री जॉन केरी और रूसी विदेश मंत्री सर्गेई लावरोव शुक्रवार को जिनेवा में सीरिया संकट पर बातचीत करेंगे। अमेरिकी विदेश विभाग ने बुधवार को यह जानकारी दी।

विदेश विभाग के प्रवक्ता ने कहा कि बैठक में सीरिया में हिंसा रोकने और मानवीय सहायता पहुंचाने के उपायों पर चर्चा होगी। दोनों देशों के विशेषज्ञ पिछले कई हफ्तों से सैन्य सहयोग के एक समझौते पर काम कर रहे हैं।

संबंधित खबरें
""", "hi", "2016-08-24 21:00", "IND")

add("statement", None, "kathimerini.gr",
    "https://www.kathimerini.gr/world/762311/lavrof-oi-hpa-dieythynoyn-thn-parastash-sthn-oykrania/",
    "Λαβρόφ: Οι ΗΠΑ διευθύνουν την παράσταση στην Ουκρανία", """
Καθημερινή
ΚΟΣΜΟΣ

Λαβρόφ: Οι ΗΠΑ διευθύνουν την παράσταση στην Ουκρανία

24.04.2014 : 19:20

Ο Ρώσος υπουργός Εξωτερικών Σεργκέι Λαβρόφ απέρριψε σήμερα τις κατηγορίες του Αμερικανού ομολόγου του Τζον Κέρι ότι η Μόσχα υπονομεύει τη συμφωνία της Γενεύης, δηλώνοντας ότι «οι ΗΠΑ διευθύνουν την παράσταση» στο Κίεβο.

Σε συνέντευξή του σε ρωσικό τηλεοπτικό δίκτυο, ο κ. Λαβρόφ προειδοποίησε ότι οποιαδήποτε επίθεση εναντίον Ρώσων πολιτών θα θεωρηθεί επίθεση κατά της Ρωσίας.

Ο κ. Κέρι είχε κατηγορήσει τη Ρωσία ότι δεν έχει κάνει ούτε ένα βήμα για την εφαρμογή της συμφωνίας που υπογράφηκε στη Γενεύη στις 17 Απριλίου.

ΑΠΕ-ΜΠΕ
""", "el", "2014-04-24 19:20", "EET")


# ==========================================================================
# Unrelated news (economy, weather, elections, other diplomacy)
# ==========================================================================

add("unrelated", None, "corriere.it",
    "https://www.corriere.it/economia/15_giugno_30/istat-disoccupazione-maggio-124percento-1a2b3c4d.shtml",
    "Istat, disoccupazione a maggio al 12,4%. Giovani al 41,5%", """
Corriere della Sera
Economia

Istat, disoccupazione a maggio al 12,4%. Giovani al 41,5%

Il tasso risale di due decimi rispetto ad aprile. Gli occupati restano stabili, in calo gli inattivi

di Redazione Economia
30 giugno 2015 | 12:10

Il tasso di disoccupazione in Italia è salito a maggio al 12,4%, in aumento di 0,2 punti rispetto al mese precedente. Lo comunica l'Istat nella stima provvisoria diffusa stamattina. Tra i giovani di 15-24 anni il tasso si attesta al 41,5%.

Gli occupati sono sostanzialmente stabili, mentre il numero degli inattivi cala dello 0,3%, segno che più persone sono tornate a cercare un lavoro.

© RIPRODUZIONE RISERVATA
""", "it", "2015-06-30 12:10", "CET")

add("unrelated", None, "publico.pt",
    "https://www.publico.pt/2015/10/04/politica/noticia/coligacao-vence-sem-maioria-1710142",
    "Coligação vence eleições mas perde a maioria absoluta", """
PÚBLICO
Política
Legislativas 2015

Coligação vence eleições mas perde a maioria absoluta

PSD e CDS-PP conseguem o maior número de votos. PS fica em segundo lugar e Bloco de Esquerda alcança o melhor resultado de sempre.

PÚBLICO
4 de Outubro de 2015, 23:30

A coligação Portugal à Frente, que junta PSD e CDS-PP, venceu este domingo as eleições legislativas, com cerca de 38,5% dos votos, mas ficou longe da maioria absoluta no Parlamento. O PS obteve 32,4% e o Bloco de Esquerda conseguiu 10,2%, o melhor resultado da sua história.

A abstenção voltou a subir e ultrapassou os 43%, a mais alta de sempre em eleições legislativas.

Tópicos
Política
Legislativas 2015
""", "pt", "2015-10-04 23:30", "WET")

add("unrelated", None, "hurriyet.com.tr",
    "https://www.hurriyet.com.tr/ekonomi/dolar-tl-gune-yukselisle-basladi-40038112",
    "Dolar/TL güne yükselişle başladı", """
Hürriyet
Ekonomi

Dolar/TL güne yükselişle başladı

11.01.2016 - 09:40

Dolar/TL, haftanın ilk işlem gününe yükselişle başladı. Kur, sabah saatlerinde 3,0280 seviyesinden işlem gördü.

Piyasalarda gözler bu hafta açıklanacak cari işlemler dengesi verisine ve Merkez Bankası'nın para politikası kurulu toplantısına çevrildi. Analistler, Çin'deki gelişmelerin gelişmekte olan ülke para birimleri üzerinde baskı oluşturmaya devam ettiğini belirtti.

Avro/TL ise 3,3050 seviyesinde bulunuyor.

Facebook'ta paylaş
Twitter'da paylaş
""", "tr", "2016-01-11 09:40", "TRT")

add("unrelated", None, "pap.pl",
    "https://www.pap.pl/aktualnosci/news,1107824,powodz-na-poludniu-kraju-alarm-w-kilkudziesieciu-gminach.html",
    "Powódź na południu kraju. Alarm w kilkudziesięciu gminach", """
PAP
Serwis Informacyjny
Kraj

Powódź na południu kraju. Alarm w kilkudziesięciu gminach

20.05.2014, 14:00

Kraków (PAP) - Po intensywnych opadach deszczu stan alarmowy na rzekach przekroczony jest w kilkudziesięciu punktach pomiarowych w Małopolsce i na Podkarpaciu. W kilku gminach ogłoszono alarm przeciwpowodziowy.

Najtrudniejsza sytuacja jest w dorzeczu Wisłoki i Raby. Strażacy ewakuowali kilkadziesiąt osób, a część dróg lokalnych jest nieprzejezdna. Według synoptyków opady mają słabnąć od środy.

(PAP)

Tagi: powódź, pogoda
""", "pl", "2014-05-20 14:00", "CET")

add("unrelated", None, "ukrinform.ua",
    "https://www.ukrinform.ua/rubric-economy/2067118-ukraina-zibrala-ponad-35-miljoniv-tonn-zerna.html",
    "Україна зібрала понад 35 мільйонів тонн зерна", """
Укрінформ
Економіка

Україна зібрала понад 35 мільйонів тонн зерна

10.08.2016 12:30

Станом на 10 серпня аграрії України намолотили понад 35 мільйонів тонн зерна нового врожаю з площі 9,4 мільйона гектарів, повідомили в Міністерстві аграрної політики та продовольства.

Середня врожайність становить 38 центнерів з гектара. Збирання ранніх зернових практично завершене, триває жнива гречки і проса.

Читайте також
Стрічка новин
""", "uk", "2016-08-10 12:30", "EET")

add("unrelated", None, "navbharattimes.indiatimes.com",
    "https://navbharattimes.indiatimes.com/india/monsoon-reaches-kerala/articleshow/47556234.cms",
    "मॉनसून ने केरल में दी दस्तक, अगले हफ्ते तक मुंबई पहुंचने की उम्मीद", """
नवभारत टाइम्स
देश

मॉनसून ने केरल में दी दस्तक, अगले हफ्ते तक मुंबई पहुंचने की उम्मीद

एजेंसियां | Updated: Jun 5, 2015, 12:00 PM IST

तिरुवनंतपुरम
दक्षिण-पश्चिम मॉनसून ने शुक्रवार को केरल में दस्तक दे दी। भारतीय मौसम विभाग ने बताया कि तय समय से कुछ दिन की देरी के बाद मॉनसून राज्य के तटीय इलाकों में पहुंचा है।

मौसम विभाग के मुताबिक, अगले हफ्ते तक मॉनसून के मुंबई पहुंचने की उम्मीद है। इस साल सामान्य से कम बारिश का अनुमान जताया गया है।

NBT ऐप डाउनलोड करें
""", "hi", "2015-06-05 12:00", "IND")

add("unrelated", None, "yonhapnews.co.kr",
    "https://www.yonhapnews.co.kr/bulletin/2016/03/15/0200000000AKR20160315165551008.HTML",
    "코스피, 외국인 매수에 1,970선 회복", f"""
연합뉴스
경제
증권

코스피, 외국인 매수에 1,970선 회복

(서울=연합뉴스) 최윤정 기자 = 코스피가 15일 외국인의 매수세에 힘입어 1,970선을 회복했다.

이날 코스피는 전날보다 5.12포인트(0.26%) 오른 1,971.41로 장을 마쳤다. 외국인은 유가증권시장에서 1천억원어치를 순매수하며 지수 상승을 이끌었다.

시장에서는 미국 연방공개시장위원회(FOMC) 회의 결과를 앞두고 관망세가 이어질 것으로 내다봤다.

yjchoi@yna.co.kr

{YONHAP_TAIL}
2016/03/15 16:00 송고
""", "ko", "2016-03-15 16:00", "KST", notitle=True)

add("unrelated", None, "kathimerini.gr",
    "https://www.kathimerini.gr/economy/823901/vythisi-163-sto-xrhmatisthrio-meta-thn-epanaleitoyrgia/",
    "Βουτιά 16,23% στο Χρηματιστήριο μετά την επαναλειτουργία", """
Καθημερινή
ΟΙΚΟΝΟΜΙΑ

Βουτιά 16,23% στο Χρηματιστήριο μετά την επαναλειτουργία

03.08.2015 : 17:40

Με απώλειες 16,23% έκλεισε ο Γενικός Δείκτης του Χρηματιστηρίου Αθηνών, στην πρώτη συνεδρίαση μετά από πέντε εβδομάδες διακοπής λόγω των κεφαλαιακών ελέγχων.

Οι τραπεζικές μετοχές δέχθηκαν τις ισχυρότερες πιέσεις, με τον κλάδο να υποχωρεί κατά περίπου 30%, το ανώτατο επιτρεπτό όριο πτώσης.

Ο τζίρος διαμορφώθηκε στα 105 εκατ. ευρώ.

Σχετικά Αρθρα
""", "el", "2015-08-03 17:40", "EET")

add("unrelated", None, "tasnimnews.com",
    "https://www.tasnimnews.com/fa/news/1394/09/30/947512/tehran-schools-closed-pollution",
    "مدارس تهران به دلیل آلودگی هوا تعطیل شد", """
خبرگزاری تسنیم
اجتماعی
محیط زیست

مدارس تهران به دلیل آلودگی هوا تعطیل شد

۱۳۹۴/۰۹/۳۰ - ۰۹:۳۰

به دلیل تداوم آلودگی هوا و رسیدن شاخص کیفیت هوا به وضعیت ناسالم برای همه گروه‌ها، تمامی مدارس مقاطع ابتدایی و متوسطه تهران امروز تعطیل شد.

به گزارش تسنیم، کمیته اضطرار آلودگی هوای استان تهران همچنین اعلام کرد که طرح زوج و فرد خودروها در محدوده بزرگتری از شهر اجرا می‌شود.

انتهای پیام/
""", "fa", "2015-12-21 09:30", "IRN")

add("unrelated", None, "ynet.co.il", "https://www.ynet.co.il/articles/0,7340,L-4815622,00.html",
    "אקזיט: חברת סייבר ישראלית נמכרה ב-320 מיליון דולר", """
ynet
כלכלה
היי-טק

אקזיט: חברת סייבר ישראלית נמכרה ב-320 מיליון דולר

החברה, שהוקמה לפני חמש שנים בהרצליה ומעסיקה כ-120 עובדים, נרכשה על ידי תאגיד אמריקני

גלעד שחם
פורסם: 14.06.16 , 16:20

חברת אבטחת המידע הישראלית "שלד-נט" נמכרה לתאגיד אמריקני בעסקה המוערכת בכ-320 מיליון דולר, כך נודע היום. מרבית העובדים ימשיכו לעבוד במרכז הפיתוח בהרצליה.

העסקה מצטרפת לשורה של רכישות של חברות סייבר ישראליות בחודשים האחרונים.

תגיות: היי-טק, סייבר
""", "he", "2016-06-14 16:20", "ISR")

add("unrelated", None, "aa.com.tr", "https://www.aa.com.tr/en/politics/turkish-russian-fms-meet-in-sochi/600412",
    "Turkish, Russian FMs meet in Sochi for first time since jet crisis", f"""
Anadolu Agency
Politics

Turkish, Russian FMs meet in Sochi for first time since jet crisis

Cavusoglu, Lavrov agree to work on restoring ties, reopening tourism

SOCHI

01.07.2016

SOCHI, Russia (AA) – Turkish Foreign Minister Mevlut Cavusoglu met his Russian counterpart Sergey Lavrov on Friday in the Black Sea resort of Sochi, on the sidelines of a meeting of the Organization of the Black Sea Economic Cooperation.

It was the first face-to-face meeting between the two ministers since Turkey shot down a Russian warplane near the Syrian border in November.

Speaking to reporters after the talks, Lavrov said Moscow would gradually lift restrictions on Russian tourists traveling to Turkey. Cavusoglu said the two sides had agreed to set up working groups on trade and tourism.

{AA_EN_TAIL}
""", "en", "2016-07-01 16:30", "TRT")

add("unrelated", None, "aa.com.tr",
    "https://www.aa.com.tr/tr/politika/cavusoglu-lavrov-ile-socide-gorustu/600398",
    "Çavuşoğlu, Lavrov ile Soçi'de görüştü", f"""
Anadolu Ajansı
Politika

Çavuşoğlu, Lavrov ile Soçi'de görüştü

01.07.2016 - 15:10

SOÇİ (AA) - Dışişleri Bakanı Mevlüt Çavuşoğlu, Karadeniz Ekonomik İşbirliği Örgütü (KEİ) Dışişleri Bakanları Konseyi toplantısı için bulunduğu Rusya'nın Soçi kentinde Rus mevkidaşı Sergey Lavrov ile görüştü.

Görüşme, Rus savaş uçağının düşürülmesinin ardından iki bakan arasındaki ilk yüz yüze temas oldu. Görüşmede turizm ve ticaret alanındaki kısıtlamaların kaldırılması ele alındı.

Çavuşoğlu, görüşmenin ardından yaptığı açıklamada, "İlişkilerimizi eski seviyesine taşımak için çalışacağız" dedi.

{AA_TR_TAIL}
""", "tr", "2016-07-01 15:10", "TRT")

add("unrelated", None, "timesofindia.indiatimes.com",
    "https://timesofindia.indiatimes.com/india/Kerry-arrives-in-Delhi-for-strategic-dialogue/articleshow/53921774.cms",
    "Kerry arrives in Delhi for strategic and commercial dialogue", """
The Times of India
India

Kerry arrives in Delhi for strategic and commercial dialogue

TNN | Aug 30, 2016, 02.20 PM IST

NEW DELHI: US secretary of state John Kerry arrived in New Delhi on Monday night for the second India-US Strategic and Commercial Dialogue, which he will co-chair with external affairs minister Sushma Swaraj on Tuesday.

The talks are expected to focus on defence cooperation, counter-terrorism, clean energy and India's bid for membership of the Nuclear Suppliers Group. Commerce minister Nirmala Sitharaman and US commerce secretary Penny Pritzker will co-chair the commercial track.

Kerry, whose motorcade was caught in heavy traffic after monsoon rains flooded several roads, is also scheduled to address students at IIT Delhi.

Subscribe
Stay updated on the go with Times of India News App.
""", "en", "2016-08-30 14:20", "IND")

add("unrelated", None, "xinhuanet.com", "http://news.xinhuanet.com/fortune/2016-07/13/c_1119210511.htm",
    "上半年我国外贸进出口11.13万亿元", """
新华网
财经频道

上半年我国外贸进出口11.13万亿元

2016年07月13日 11:00:08　来源：新华社

新华社北京7月13日电（记者 许晟）海关总署13日发布数据，今年上半年我国货物贸易进出口总值11.13万亿元人民币，比去年同期下降3.3%，降幅较一季度收窄。

其中，出口6.4万亿元，下降2.1%；进口4.73万亿元，下降4.7%；贸易顺差1.67万亿元。

海关总署新闻发言人说，外贸形势依然复杂严峻，但积极因素不断积累。（完）

【纠错】　责任编辑： 陈丹
""", "zh", "2016-07-13 11:00", "CHN")

add("unrelated", None, "alarabiya.net",
    "https://www.alarabiya.net/ar/aswaq/oil-and-gas/2016/11/30/opec-agreement",
    "أوبك تتفق على أول خفض للإنتاج منذ 2008", """
العربية.نت
أسواق
نفط وغاز

أوبك تتفق على أول خفض للإنتاج منذ 2008

آخر تحديث: الأربعاء 30 نوفمبر 2016 KSA 18:20 - GMT 15:20

فيينا - العربية.نت

اتفقت منظمة البلدان المصدرة للنفط "أوبك" خلال اجتماعها في فيينا اليوم الأربعاء على خفض إنتاجها بنحو 1.2 مليون برميل يومياً، في أول اتفاق من نوعه منذ عام 2008.

وقفزت أسعار خام برنت بأكثر من 8% عقب الإعلان عن الاتفاق، لتتجاوز 50 دولاراً للبرميل.

ومن المنتظر أن تنضم دول من خارج المنظمة، في مقدمتها روسيا، إلى جهود خفض الإنتاج.

مواضيع ذات صلة
""", "ar", "2016-11-30 18:20", "KSA")


# ==========================================================================
# Build, write, check, stats
# ==========================================================================

def build():
    rng = random.Random(SEED)
    rows = []
    for n, it in enumerate(ITEMS):
        keep_lang = rng.random() < 0.5
        o = {"source": it["source"], "url": it["url"], "title": it["title"], "body": it["body"]}
        if keep_lang:
            o["lang"] = it["lang"]
        o["published"] = it["published"]
        o["label"] = dict(it["label"])
        rows.append((parse_rfc3339(it["published"]), n, o, it))
    rows.sort(key=lambda r: (r[0], r[1]))
    out = []
    for i, (_, _, o, it) in enumerate(rows, 1):
        item = {"id": f"ho{i:03d}"}
        item.update(o)
        out.append((item, it))
    return out


def write(items, path=OUT):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for item, _ in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


# Weekday names as they appear in running text, per language: (weekday, regex).
_W = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAYS = {
    "en": [r"\bMondays?\b", r"\bTuesdays?\b", r"\bWednesdays?\b", r"\bThursdays?\b",
           r"\bFridays?\b", r"\bSaturdays?\b", r"\bSundays?\b"],
    "it": [r"\blunedì", r"\bmartedì", r"\bmercoledì", r"\bgiovedì", r"\bvenerdì",
           r"\bsabato\b", r"\bdomenica\b"],
    "pt": [r"segunda-feira", r"terça-feira", r"quarta-feira", r"quinta-feira", r"sexta-feira",
           r"\bsábado\b", r"\bdomingo\b"],
    "es": [r"\blunes\b", r"\bmartes\b", r"\bmiércoles\b", r"\bjueves\b", r"\bviernes\b",
           r"\bsábado\b", r"\bdomingo\b"],
    "fr": [r"\blundi\b", r"\bmardi\b", r"\bmercredi\b", r"\bjeudi\b", r"\bvendredi\b",
           r"\bsamedi\b", r"\bdimanche\b"],
    "de": [r"Montag", r"Dienstag", r"Mittwoch", r"Donnerstag", r"Freitag",
           r"Samstag|Sonnabend", r"Sonntag"],
    "ru": [r"понедельник", r"вторник", r"\bсред[ау]\b", r"четверг", r"пятниц",
           r"суббот", r"воскресень"],
    "uk": [r"понеділ", r"вівтор", r"\bсеред[ау]\b", r"четвер", r"п'ятниц|п’ятниц",
           r"субот", r"(?<!по)неділ"],
    "pl": [r"poniedział", r"\bwtor(?:ek|ku)\b", r"\bśrod[aęy]\b", r"czwart", r"\bpiąt(?:ek|ku)\b",
           r"\bsobot", r"niedziel"],
    "tr": [r"pazartesi", r"(?<!\w)salı(?!\w)", r"çarşamba", r"perşembe", r"(?<!\w)cuma(?!rtesi)",
           r"cumartesi", r"(?<!\w)pazar(?!tesi)"],
    "el": [r"Δευτέρα", r"Τρίτη", r"Τετάρτη", r"Πέμπτη", r"Παρασκευή", r"Σάββατο|Σαββάτου",
           r"Κυριακή|Κυριακής"],
    "ar": [r"الاثنين", r"الثلاثاء", r"الأربعاء", r"الخميس", r"الجمعة", r"السبت", r"الأحد"],
    "fa": [r"دوشنبه", r"سه[\u200c ]?شنبه", r"چهارشنبه", r"پنج[\u200c ]?شنبه", r"جمعه",
           r"(?<![\u0600-\u06ff\u200c ])(?<!یک)(?<!یک\u200c)(?<!دو)(?<!سه)(?<!سه\u200c)(?<!چهار)(?<!پنج)(?<!پنج\u200c)شنبه",
           r"یک[\u200c ]?شنبه"],
    "he": [r"(?:יום |\()שני\b", r"(?:יום |\()שלישי", r"(?:יום |\()רביעי", r"(?:יום |\()חמישי",
           r"(?:יום |\()שישי", r"שבת", r"(?:יום |\()ראשון"],
    "hi": [r"सोमवार", r"मंगलवार", r"बुधवार", r"गुरुवार|बृहस्पतिवार", r"शुक्रवार", r"शनिवार", r"रविवार"],
    "ko": [r"월요일", r"화요일", r"수요일", r"목요일", r"금요일", r"토요일", r"일요일"],
    "ja": [r"月曜", r"火曜", r"水曜", r"木曜", r"金曜", r"土曜", r"日曜"],
    "zh": [r"星期一|周一", r"星期二|周二", r"星期三|周三", r"星期四|周四", r"星期五|周五",
           r"星期六|周六", r"星期日|星期天|周日"],
}

# Every spelling of the two names used anywhere in this file (role-only reports must
# contain none of them; Tillerson reports none of Kerry's).
LAVROV = ["lavrov", "lawrow", "ławrow", "лавров", "λαβρόφ", "لافروف", "لاوروف", "לברוב",
          "लावरोव", "라브로프", "ラブロフ", "拉夫罗夫"]
KERRY = ["kerry", "керри", "керрі", "κέρι", "كيري", "کری", "קרי", "केरी", "케리", "ケリー", "克里"]

SCRIPTS = {
    "ru": r"[\u0400-\u04ff]", "uk": r"[\u0400-\u04ff]", "el": r"[\u0370-\u03ff]",
    "ar": r"[\u0600-\u06ff]", "fa": r"[\u06cc\u06a9\u067e\u0686\u06af]", "he": r"[\u0590-\u05ff]", "hi": r"[\u0900-\u097f]",
    "ko": r"[\uac00-\ud7af]", "ja": r"[\u3040-\u30ff]", "zh": r"[\u4e00-\u9fff]",
}


def words(text):
    return re.findall(r"\w+", text.lower())


# Names and offices are set aside before looking for runs shared with the seeds: every
# wire story says "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State
# John Kerry".
NAMES_TITLES = re.compile(
    r"(?:russian|russia's|russia’s|u\.?s\.?|american|the)?\s*(?:foreign minister|secretary of state|"
    r"state secretary|top diplomats?)\s*|\b(?:sergei|sergey|john)\s+(?:lavrov|kerry)\b", re.I)


def shingles(text, n, set_aside=False):
    if set_aside:
        text = NAMES_TITLES.sub(" NAME ", text)
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def check(items, path=OUT):
    errors = []
    err = errors.append
    raw = open(path, "rb").read()
    if not raw.endswith(b"\n"):
        err("file does not end with a newline")
    lines = raw.decode("utf-8").split("\n")[:-1]
    if len(lines) != len(items):
        err(f"{len(lines)} lines for {len(items)} items")
    ids = set()
    keys_full = ["id", "source", "url", "title", "body", "lang", "published", "label"]
    for no, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except ValueError as e:
            err(f"line {no}: not JSON: {e}")
            continue
        keys = list(o)
        if keys not in (keys_full, [k for k in keys_full if k != "lang"]):
            err(f"line {no}: keys {keys}")
        if o["id"] in ids or not re.fullmatch(r"ho\d{3}", o["id"]):
            err(f"line {no}: id {o['id']} duplicate or malformed")
        ids.add(o["id"])
        for k in ("source", "url", "title", "body", "published"):
            if not isinstance(o.get(k), str):
                err(f"{o['id']}: {k} is not a string")
        if not o["body"]:
            err(f"{o['id']}: empty body")
        lab = o["label"]
        if list(lab) != ["event", "date", "kind"]:
            err(f"{o['id']}: label keys {list(lab)}")
        if lab["kind"] not in KINDS or KINDS[lab["kind"]] != lab["event"]:
            err(f"{o['id']}: kind {lab['kind']} with event {lab['event']}")
        if (lab["event"] is None) != (lab["date"] is None):
            err(f"{o['id']}: event and date not both set or both null")
        try:
            u = parse_rfc3339(o["published"])
        except ValueError as e:
            err(f"{o['id']}: {e}")
            continue
        if lab["event"]:
            key = (lab["event"], lab["date"])
            if key not in EVENT_TIME:
                err(f"{o['id']}: no EVENT_TIME for {key}")
                continue
            d = date.fromisoformat(lab["date"])
            msk = utc_to_msk(u)
            lag = (msk.date() - d).days
            if not 0 <= lag <= 2:
                err(f"{o['id']}: published {o['published']} is {lag} days after {lab['date']} in Moscow time")
            ev_msk = datetime.combine(d, time.fromisoformat(EVENT_TIME[key]))
            if msk < ev_msk + timedelta(minutes=20):
                err(f"{o['id']}: published {o['published']} before the event ({lab['date']} {EVENT_TIME[key]} Moscow)")

    for item, it in items:
        lab, text, lang = item["label"], item["title"] + "\n" + item["body"], it["lang"]
        iid = item["id"]
        if "lang" in item and item["lang"] != lang:
            err(f"{iid}: lang field {item['lang']} is not the text's {lang}")
        if lang in SCRIPTS and len(re.findall(SCRIPTS[lang], text)) < 20:
            err(f"{iid}: text does not look {lang}")
        if lang == "zh" and re.search(r"[\u3040-\u30ff]", text):
            err(f"{iid}: kana in a Chinese text")
        if lab["event"]:
            wd = _W[date.fromisoformat(lab["date"]).weekday()]
            flags = 0 if lang in ("el", "de") else re.I
            low = text
            for name, pat in zip(_W, WEEKDAYS[lang]):
                if re.search(pat, low, flags) and name != wd and name not in it["_wd_ok"]:
                    err(f"{iid}: names {name} but the event ({lab['date']}) is a {wd}")
            for name in it["_wd_ok"]:
                if not re.search(WEEKDAYS[lang][_W.index(name)], low, flags):
                    err(f"{iid}: wd_ok {name} but no {name} in the text")
        lowt = text.lower()
        if lab["kind"] == "call_role_only" or (lab["kind"] == "tillerson_call" and "tillerson" not in lowt
                                              and "틸러슨" not in lowt):
            stripped = lowt.replace("克里米亚", "").replace("克里姆林", "")
            for n in LAVROV + KERRY:
                if n in stripped:
                    err(f"{iid}: role-only text names {n}")
        if lab["kind"] == "tillerson_call":
            for n in KERRY:
                if n in lowt.replace("克里米亚", "").replace("克里姆林", ""):
                    err(f"{iid}: Tillerson item names Kerry ({n})")
        if lab["kind"] in ("call", "meeting"):
            if not any(n in lowt for n in LAVROV + KERRY):
                err(f"{iid}: {lab['kind']} report names neither minister")
        if item["title"] == "" and not it["title_dropped"]:
            err(f"{iid}: empty title")
        if re.search(r"\{[A-Za-z_]+\}", item["body"]):
            err(f"{iid}: unfilled placeholder")

    # Counts.
    kinds = Counter(i["label"]["kind"] for i, _ in items)
    calls = [i for i, _ in items if i["label"]["event"] == LKC]
    if len(items) < 110:
        err(f"only {len(items)} items")
    if not 0.4 <= len(calls) / len(items) <= 0.55:
        err(f"{len(calls)} call reports of {len(items)} items")
    by_call = defaultdict(list)
    for i in calls:
        by_call[i["label"]["date"]].append(i)
    for d, rep in sorted(by_call.items()):
        if not 2 <= len(rep) <= 4:
            err(f"call {d}: {len(rep)} reports")
        if len({r["source"] for r in rep}) < 2:
            err(f"call {d}: one outlet only")
    with_lang = sum("lang" in i for i, _ in items)
    if not 0.4 <= with_lang / len(items) <= 0.6:
        err(f"lang field on {with_lang} of {len(items)} items")
    if kinds["unrelated"] < 10:
        err("fewer than 10 unrelated items")

    # Nothing copied from the seeds (8-word runs), and no two items of different
    # events close to copies of each other.
    if os.path.isdir(SEEDS):
        seed_sh = set()
        for fn in sorted(os.listdir(SEEDS)):
            if fn.endswith(".txt"):
                seed_sh |= shingles(open(os.path.join(SEEDS, fn), encoding="utf-8").read(), 8, True)
        for item, _ in items:
            common = shingles(item["body"], 8, True) & seed_sh
            if common:
                err(f"{item['id']}: shares {len(common)} 8-word runs with the seeds, e.g. {' '.join(next(iter(common)))}")
    else:
        print(f"note: {SEEDS} not found, seed overlap not checked", file=sys.stderr)
    sh = [(i, shingles(i["body"], 4)) for i, _ in items]
    for a in range(len(sh)):
        for b in range(a + 1, len(sh)):
            ia, sa = sh[a]
            ib, sb = sh[b]
            if not sa or not sb:
                continue
            j = len(sa & sb) / len(sa | sb)
            if j > 0.35:
                err(f"{ia['id']} and {ib['id']}: 4-word shingle Jaccard {j:.2f}")
    return errors


def local_day(published):
    return date.fromisoformat(published[:10])


def stats(items):
    def table(header, rows):
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for r in rows:
            print("| " + " | ".join(str(c) for c in r) + " |")
        print()

    n = len(items)
    kinds = Counter(i["label"]["kind"] for i, _ in items)
    print(f"{n} items, {sum('lang' in i for i, _ in items)} with the lang field, "
          f"{sum(i['title'] == '' for i, _ in items)} with an empty title\n")
    table(("kind", "label.event", "items"),
          [(k, KINDS[k] or "null", c) for k, c in sorted(kinds.items(), key=lambda x: (-x[1], x[0]))]
          + [("**total**", "", n)])

    def group(i):
        k = i["label"]["kind"]
        return "call" if i["label"]["event"] == LKC else ("unrelated" if k == "unrelated" else "hard")

    by_lang = defaultdict(Counter)
    for i, it in items:
        by_lang[it["lang"]][group(i)] += 1
        by_lang[it["lang"]]["with"] += "lang" in i
    table(("language", "call reports", "hard negatives", "unrelated", "with lang field", "all"),
          [(l, c["call"], c["hard"], c["unrelated"], c["with"], c["call"] + c["hard"] + c["unrelated"])
           for l, c in sorted(by_lang.items())])

    by_src = defaultdict(Counter)
    for i, it in items:
        by_src[i["source"]][group(i)] += 1
        by_src[i["source"]]["langs:" + it["lang"]] += 1
    table(("source", "languages", "call reports", "hard negatives", "unrelated", "all"),
          [(s, ", ".join(sorted(k[6:] for k in c if k.startswith("langs:"))), c["call"], c["hard"],
            c["unrelated"], c["call"] + c["hard"] + c["unrelated"]) for s, c in sorted(by_src.items())])

    ev = defaultdict(list)
    for i, it in items:
        if i["label"]["event"]:
            ev[(i["label"]["event"], i["label"]["date"])].append((i, it))
    rows = []
    for (t, d), rep in sorted(ev.items()):
        if t != LKC:
            continue
        dd = date.fromisoformat(d)
        offs = sorted({(local_day(i["published"]) - dd).days for i, _ in rep})
        rows.append((d, _W[dd.weekday()].capitalize(), len(rep), ", ".join(sorted({i["source"] for i, _ in rep})),
                     ", ".join(sorted({it["lang"] for _, it in rep})),
                     sum(i["label"]["kind"] == "call_role_only" for i, _ in rep),
                     "/".join(f"+{o}" if o >= 0 else str(o) for o in offs)))
    table(("call date (Moscow)", "day", "reports", "sources", "languages", "role-only",
           "local publication day − call day"), rows)
    table(("event", "date", "reports", "languages"),
          [(t, d, len(rep), ", ".join(sorted({it["lang"] for _, it in rep})))
           for (t, d), rep in sorted(ev.items()) if t != LKC])
    nulls = [(i, it) for i, it in items if not i["label"]["event"] and i["label"]["kind"] != "unrelated"]
    table(("id", "kind", "language", "source", "title"),
          [(i["id"], i["label"]["kind"], it["lang"], i["source"], it["title"]) for i, it in nulls])


def main(argv):
    for it in ITEMS:
        it["title_dropped"] = it["title"] == ""
    items = build()
    if "--stats" in argv:
        stats(items)
        return 0
    write(items)
    print(f"wrote {len(items)} items to {OUT}", file=sys.stderr)
    if "--check" in argv:
        errors = check(items)
        for e in errors:
            print("CHECK:", e, file=sys.stderr)
        print(f"check: {len(errors)} problems", file=sys.stderr)
        return 1 if errors else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
