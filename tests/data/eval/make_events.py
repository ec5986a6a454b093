#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make_events.py: writes events.jsonl, the labelled corpus for event classification.

Issue: "Classify every item against known events: which event it reports, when it
happened". Every item below was written for this project in the style of the wire
pages in shared/seeds (TASS, Sputnik, the Russian foreign ministry, Reuters, ...);
no sentence of the seeds is copied (--check verifies that no 8-word run is shared).

Deterministic: no clock, no network, no host time-zone database (the offsets of
Moscow, US Eastern and Central European time for 2013-2017 are coded below), one
fixed-seed RNG. Running it twice gives identical bytes.

    python3 tests/data/eval/make_events.py            # writes events.jsonl next to this file
    python3 tests/data/eval/make_events.py --check    # writes, then verifies the corpus
    python3 tests/data/eval/make_events.py --stats    # prints the count tables (for EVENTS.md)

EVENTS.md in this directory documents the format and the label rules."""

import json
import os
import random
import re
import sys
from datetime import date, datetime, time, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "events.jsonl")
SEED = 20160306

# --------------------------------------------------------------------------
# Time zones. Offsets in hours, as functions of a naive UTC datetime.

def _sunday(y, m, n):
    """n-th Sunday of month m (n >= 1), or the last one (n == -1)."""
    if n > 0:
        d = date(y, m, 1)
        d += timedelta(days=(6 - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def off_msk(u):
    # Moscow: UTC+4 all year from 27 March 2011 to 26 October 2014, UTC+3 otherwise.
    return 4 if datetime(2011, 3, 26, 23) <= u < datetime(2014, 10, 25, 22) else 3


def off_us(u):
    a = datetime.combine(_sunday(u.year, 3, 2), time(7))
    b = datetime.combine(_sunday(u.year, 11, 1), time(6))
    return -4 if a <= u < b else -5


def off_eu(u, base):
    a = datetime.combine(_sunday(u.year, 3, -1), time(1))
    b = datetime.combine(_sunday(u.year, 10, -1), time(1))
    return base + 1 if a <= u < b else base


ZONES = {
    "msk": off_msk, "us": off_us, "cet": lambda u: off_eu(u, 1), "uk": lambda u: off_eu(u, 0),
    "utc": lambda u: 0, "doha": lambda u: 3, "cn": lambda u: 8, "jp": lambda u: 9, "kr": lambda u: 9,
}


def msk_to_utc(dt):
    return dt - timedelta(hours=off_msk(dt - timedelta(hours=3)))


def to_local(u, zone):
    off = ZONES[zone](u)
    return u + timedelta(hours=off), off


def rfc3339(u, zone, zulu=False):
    loc, off = to_local(u, zone)
    s = loc.strftime("%Y-%m-%dT%H:%M:%S")
    if off == 0 and zulu:
        return s + "Z"
    return "%s%s%02d:00" % (s, "+" if off >= 0 else "-", abs(off))


# --------------------------------------------------------------------------
# Calendar words.

EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
RTR_MON = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
YNA_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
RIA_MON = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
RU_DAY = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
          "в воскресенье"]
RU_NIGHT = ["в ночь на понедельник", "в ночь на вторник", "в ночь на среду", "в ночь на четверг",
            "в ночь на пятницу", "в ночь на субботу", "в ночь на воскресенье"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
DE_DAY = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
FR_DAY = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
ES_MON3 = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
ES_DAY = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
AR_DAY = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MON = ["يناير/كانون الثاني", "فبراير/شباط", "مارس/آذار", "أبريل/نيسان", "مايو/أيار",
          "يونيو/حزيران", "يوليو/تموز", "أغسطس/آب", "سبتمبر/أيلول", "أكتوبر/تشرين الأول",
          "نوفمبر/تشرين الثاني", "ديسمبر/كانون الأول"]
JA_DAY = ["月", "火", "水", "木", "金", "土", "日"]


def datewords(d, prefix=""):
    """Placeholders for hand-written text: {DAY} {MON} {D} {Y} {RDAY} {RMON} {DDAY} {DMON}
    {FDAY} {FMON} {EDAY} {EMON} {ADAY} {AMON} {M}; with prefix P for a second date."""
    p = prefix
    return {
        p + "DAY": EN_DAY[d.weekday()], p + "MON": EN_MON[d.month - 1], p + "D": str(d.day),
        p + "Y": str(d.year), p + "M": str(d.month),
        p + "RDAY": RU_DAY[d.weekday()], p + "RMON": RU_MON[d.month - 1],
        p + "DDAY": DE_DAY[d.weekday()], p + "DMON": DE_MON[d.month - 1],
        p + "FDAY": FR_DAY[d.weekday()], p + "FMON": FR_MON[d.month - 1],
        p + "EDAY": ES_DAY[d.weekday()], p + "EMON": ES_MON[d.month - 1],
        p + "ADAY": AR_DAY[d.weekday()], p + "AMON": AR_MON[d.month - 1],
    }


def join(items, lang):
    items = list(items)
    if len(items) == 1:
        return items[0]
    conj = {"en": " and ", "ru": " и ", "de": " und ", "fr": " et ", "es": " y ", "ar": " و",
            "zh": "和", "ja": "や", "ko": "와 "}[lang]
    sep = {"zh": "、", "ja": "、", "ar": "، "}.get(lang, ", ")
    return sep.join(items[:-1]) + conj + items[-1]


def slug(s):
    s = s.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")[:80]


# --------------------------------------------------------------------------
# Topics: accusative noun phrases ("discussed ..."), short forms for headlines,
# and one detail sentence per language (the English and Russian details come
# from each call's own record below).

T = {}


def topic(key, **kw):
    T[key] = kw


topic("syria",
      en="the Syrian settlement", en_short="Syria",
      ru="сирийское урегулирование", ru_short="Сирию",
      de="die Lage in Syrien", de_short="Syrien",
      fr="le règlement du conflit syrien", fr_short="Syrie",
      es="la crisis siria", es_short="Siria",
      ar="تسوية الأزمة السورية", ar_short="الأزمة السورية",
      zh="叙利亚问题", zh_short="叙利亚问题", ja="シリア情勢", ja_short="シリア情勢",
      de_d="Beide Seiten bekräftigten, dass der Konflikt nur politisch auf der Grundlage des Genfer Kommuniqués beigelegt werden könne.",
      fr_d="Les deux ministres ont réaffirmé qu'il n'existait pas d'issue militaire au conflit et qu'une solution devait s'appuyer sur le communiqué de Genève.",
      es_d="Ambos ministros coincidieron en que el conflicto no tiene solución militar y debe resolverse mediante el diálogo entre el Gobierno y la oposición.",
      ar_d="وأكد الجانبان أنه لا حل عسكريا للأزمة، وأن التسوية يجب أن تستند إلى بيان جنيف.",
      zh_d="双方认为，叙利亚问题没有军事解决办法，应通过政治对话加以解决。",
      ja_d="両外相は、シリアの内戦は軍事的には解決できず、政治対話を通じて解決を目指すべきだという認識で一致しました。")
topic("ceasefire",
      en="the cessation of hostilities in Syria", en_short="Syria ceasefire",
      ru="режим прекращения боевых действий в Сирии", ru_short="перемирие в Сирии",
      de="die Waffenruhe in Syrien", de_short="Waffenruhe in Syrien",
      fr="le cessez-le-feu en Syrie", fr_short="cessez-le-feu en Syrie",
      es="el alto el fuego en Siria", es_short="la tregua en Siria",
      ar="وقف الأعمال القتالية في سوريا", ar_short="الهدنة في سوريا",
      zh="叙利亚停火", zh_short="叙停火", ja="シリアの停戦", ja_short="シリア停戦",
      de_d="Die Minister zogen eine überwiegend positive Bilanz der Feuerpause, die nach Moskauer Angaben weitgehend eingehalten wird.",
      fr_d="Selon Moscou, ils ont jugé que la trêve était globalement respectée, malgré des violations signalées dans plusieurs provinces.",
      es_d="Según Moscú, ambos valoraron que la tregua se respeta en líneas generales pese a algunas violaciones.",
      ar_d="واتفق الوزيران على مواصلة التنسيق لضمان احترام الهدنة ومعالجة الخروقات.",
      zh_d="双方认为停火总体得到遵守，同意继续通过两国军方渠道加强协调。",
      ja_d="両外相は、停戦がおおむね守られているとして、違反への対応で協力を続けることを確認しました。")
topic("humanitarian",
      en="humanitarian access to besieged areas", en_short="Syria aid",
      ru="доставку гуманитарной помощи в осажденные районы", ru_short="гуманитарную ситуацию в Сирии",
      de="die Versorgung belagerter Orte mit Hilfsgütern", de_short="humanitäre Hilfe",
      fr="l'accès humanitaire aux zones assiégées", fr_short="aide humanitaire",
      es="el acceso de la ayuda humanitaria a las zonas sitiadas", es_short="la ayuda humanitaria",
      ar="إيصال المساعدات الإنسانية إلى المناطق المحاصرة", ar_short="المساعدات الإنسانية",
      zh="向被围困地区运送人道主义物资", zh_short="人道援助", ja="包囲された地域への人道支援", ja_short="人道支援",
      de_d="Zudem ging es um den Zugang von UN-Hilfskonvois zu eingeschlossenen Städten.",
      fr_d="Ils ont également évoqué les convois de l'ONU, qui peinent encore à atteindre plusieurs localités assiégées.",
      es_d="También hablaron de los convoyes de la ONU, que siguen sin poder llegar a varias localidades cercadas.",
      ar_d="كما تناول الاتصال وصول قوافل الأمم المتحدة إلى البلدات المحاصرة.",
      zh_d="双方还讨论了联合国援助车队进入被围困城镇的问题。",
      ja_d="また、国連の支援物資が包囲された町に届くよう協力していくことも話し合いました。")
topic("aleppo",
      en="the situation in Aleppo", en_short="Aleppo",
      ru="ситуацию в Алеппо", ru_short="ситуацию в Алеппо",
      de="die Lage in Aleppo", de_short="Aleppo",
      fr="la situation à Alep", fr_short="Alep",
      es="la situación en Alepo", es_short="Alepo",
      ar="الوضع في حلب", ar_short="حلب",
      zh="阿勒颇局势", zh_short="阿勒颇局势", ja="アレッポの情勢", ja_short="アレッポ情勢",
      de_d="Im Mittelpunkt standen die heftigen Kämpfe um die nordsyrische Stadt Aleppo.",
      fr_d="Les combats à Alep, deuxième ville du pays, ont dominé l'entretien.",
      es_d="Los combates en Alepo, la segunda ciudad del país, centraron la conversación.",
      ar_d="وتركز الاتصال على المعارك الدائرة في مدينة حلب شمالي سوريا.",
      zh_d="双方重点讨论了叙北部城市阿勒颇的紧张局势。",
      ja_d="シリア北部の都市アレッポでの激しい戦闘が主な議題となりました。")
topic("chemical",
      en="the problem of Syria's chemical weapons", en_short="Syria chemical weapons",
      ru="проблему химического оружия в Сирии", ru_short="химоружие в Сирии",
      de="die syrischen Chemiewaffen", de_short="syrische Chemiewaffen",
      fr="la question des armes chimiques syriennes", fr_short="armes chimiques",
      es="la cuestión de las armas químicas sirias", es_short="las armas químicas sirias",
      ar="ملف الأسلحة الكيميائية السورية", ar_short="الكيميائي السوري",
      zh="叙利亚化学武器问题", zh_short="叙化武问题", ja="シリアの化学兵器問題", ja_short="シリア化学兵器",
      de_d="Moskau verlangt eine unabhängige Untersuchung der Vorwürfe über den Einsatz von Giftgas.",
      fr_d="Moscou réclame une enquête impartiale sur les accusations d'utilisation d'armes chimiques.",
      es_d="Moscú reclama una investigación imparcial de las denuncias sobre el uso de armas químicas.",
      ar_d="وتطالب موسكو بتحقيق محايد في الاتهامات باستخدام أسلحة كيميائية.",
      zh_d="俄方主张对有关使用化学武器的指控进行公正调查。",
      ja_d="ロシア側は、化学兵器使用の疑いについて公正な調査が必要だと主張しています。")
topic("geneva",
      en="preparations for the intra-Syrian talks in Geneva", en_short="Syria talks",
      ru="подготовку межсирийских переговоров в Женеве", ru_short="переговоры по Сирии",
      de="die Vorbereitung der Syrien-Gespräche in Genf", de_short="Syrien-Gespräche",
      fr="la préparation des pourparlers de paix de Genève", fr_short="pourparlers de Genève",
      es="los preparativos de las negociaciones de paz en Ginebra", es_short="las negociaciones de Ginebra",
      ar="التحضير لمفاوضات جنيف بين السوريين", ar_short="مفاوضات جنيف",
      zh="叙利亚问题日内瓦和谈的筹备工作", zh_short="叙和谈", ja="ジュネーブでのシリア和平協議の準備", ja_short="シリア和平協議",
      de_d="Umstritten ist weiterhin, wer die Opposition bei den Gesprächen in Genf vertreten soll.",
      fr_d="La composition de la délégation de l'opposition reste un point de désaccord.",
      es_d="La composición de la delegación opositora sigue siendo motivo de desacuerdo.",
      ar_d="ولا يزال تشكيل وفد المعارضة نقطة خلاف بين الجانبين.",
      zh_d="反对派代表团的组成问题仍存在分歧。",
      ja_d="反政府勢力の代表団の構成をめぐっては、なお意見の違いが残っています。")
topic("terror",
      en="joint efforts against Islamic State and other terrorist groups", en_short="fight against IS",
      ru="борьбу с ИГ и другими террористическими группировками", ru_short="борьбу с терроризмом",
      de="den Kampf gegen die Terrormiliz IS", de_short="Kampf gegen IS",
      fr="la lutte contre l'organisation Etat islamique", fr_short="lutte contre l'EI",
      es="la lucha contra el Estado Islámico", es_short="la lucha contra el EI",
      ar="محاربة تنظيم الدولة الإسلامية", ar_short="محاربة تنظيم الدولة",
      zh="打击“伊斯兰国”等恐怖组织", zh_short="反恐合作", ja="過激派組織IS＝イスラミックステートへの対応", ja_short="IS対策",
      de_d="Moskau betont, dass auch die Al-Nusra-Front von keiner Waffenruhe erfasst werden dürfe.",
      fr_d="Moscou insiste pour que le Front al-Nosra soit traité comme une organisation terroriste.",
      es_d="Moscú insiste en que el Frente al Nusra debe ser tratado como una organización terrorista.",
      ar_d="وتصر موسكو على معاملة جبهة النصرة كتنظيم إرهابي.",
      zh_d="俄方强调，“胜利阵线”同样是恐怖组织，必须予以打击。",
      ja_d="ロシア側は、アルカイダ系の「ヌスラ戦線」も掃討の対象にすべきだと強調しました。")
topic("ukraine",
      en="the crisis in Ukraine", en_short="Ukraine",
      ru="ситуацию на Украине", ru_short="Украину",
      de="den Konflikt in der Ukraine", de_short="Ukraine",
      fr="la crise en Ukraine", fr_short="Ukraine",
      es="la crisis de Ucrania", es_short="Ucrania",
      ar="الأزمة الأوكرانية", ar_short="أوكرانيا",
      zh="乌克兰局势", zh_short="乌克兰局势", ja="ウクライナ情勢", ja_short="ウクライナ情勢",
      de_d="Moskau wirft der Führung in Kiew vor, die Lage im Osten des Landes weiter anzuheizen.",
      fr_d="Moscou accuse les autorités de Kiev d'attiser les tensions dans l'est du pays.",
      es_d="Moscú acusa a las autoridades de Kiev de avivar la tensión en el este del país.",
      ar_d="وتتهم موسكو السلطات في كييف بتأجيج التوتر في شرق البلاد.",
      zh_d="俄方指责基辅当局加剧了乌克兰东部的紧张局势。",
      ja_d="ロシア側は、ウクライナ東部の緊張の責任はウクライナ政府にあると主張しています。")
topic("minsk",
      en="implementation of the Minsk agreements", en_short="Minsk deal",
      ru="выполнение минских договоренностей", ru_short="минские договоренности",
      de="die Umsetzung des Minsker Abkommens", de_short="Minsker Abkommen",
      fr="la mise en œuvre des accords de Minsk", fr_short="accords de Minsk",
      es="la aplicación de los acuerdos de Minsk", es_short="los acuerdos de Minsk",
      ar="تنفيذ اتفاقات مينسك", ar_short="اتفاقات مينسك",
      zh="明斯克协议的落实", zh_short="明斯克协议", ja="ミンスク合意の履行", ja_short="ミンスク合意",
      de_d="Beide Seiten sprachen sich für die vollständige Umsetzung der in Minsk vereinbarten Schritte aus.",
      fr_d="Les deux parties se sont prononcées pour l'application intégrale des mesures convenues à Minsk.",
      es_d="Ambas partes abogaron por el cumplimiento íntegro de las medidas pactadas en Minsk.",
      ar_d="ودعا الطرفان إلى التطبيق الكامل للإجراءات المتفق عليها في مينسك.",
      zh_d="双方主张全面落实明斯克协议所规定的各项措施。",
      ja_d="両外相は、ミンスク合意を完全に履行する必要があるという考えを示しました。")
topic("crimea",
      en="the situation in Crimea", en_short="Crimea",
      ru="ситуацию в Крыму", ru_short="Крым",
      de="die Lage auf der Krim", de_short="Krim",
      fr="la situation en Crimée", fr_short="Crimée",
      es="la situación en Crimea", es_short="Crimea",
      ar="الوضع في شبه جزيرة القرم", ar_short="القرم",
      zh="克里米亚局势", zh_short="克里米亚局势", ja="クリミア情勢", ja_short="クリミア情勢",
      de_d="Washington verlangt, dass sich die russischen Truppen auf der Halbinsel in ihre Stützpunkte zurückziehen.",
      fr_d="Washington exige le retour des troupes russes dans leurs bases en Crimée.",
      es_d="Washington exige el regreso de las tropas rusas a sus bases en la península.",
      ar_d="وتطالب واشنطن بعودة القوات الروسية إلى قواعدها في شبه الجزيرة.",
      zh_d="美方要求俄军返回其在克里米亚的驻地。",
      ja_d="アメリカ側は、ロシア軍の部隊が黒海艦隊の基地に戻るよう求めています。")
topic("mh17",
      en="the crash of the Malaysia Airlines Boeing in eastern Ukraine", en_short="MH17 crash",
      ru="катастрофу малайзийского Boeing на востоке Украины", ru_short="крушение Boeing",
      de="den Absturz der malaysischen Passagiermaschine in der Ostukraine", de_short="MH17-Absturz",
      fr="le crash du Boeing de la Malaysia Airlines dans l'est de l'Ukraine", fr_short="crash du vol MH17",
      es="el derribo del avión de Malaysia Airlines en el este de Ucrania", es_short="el derribo del MH17",
      ar="تحطم الطائرة الماليزية في شرق أوكرانيا", ar_short="الطائرة الماليزية",
      zh="马航客机在乌克兰东部坠毁事件", zh_short="马航客机坠毁", ja="ウクライナ東部でのマレーシア航空機の墜落", ja_short="マレーシア機墜落",
      de_d="Beide Seiten forderten eine unabhängige internationale Untersuchung unter Leitung der ICAO.",
      fr_d="Les deux hommes ont plaidé pour une enquête internationale indépendante sous l'égide de l'OACI.",
      es_d="Ambos defendieron una investigación internacional independiente bajo la supervisión de la OACI.",
      ar_d="ودعا الجانبان إلى تحقيق دولي مستقل بإشراف منظمة الطيران المدني الدولي.",
      zh_d="双方主张在国际民航组织主导下开展独立的国际调查。",
      ja_d="両外相は、ICAO＝国際民間航空機関の主導で独立した国際調査を行うべきだという考えで一致しました。")
topic("convoy",
      en="the Russian humanitarian convoy for eastern Ukraine", en_short="aid convoy",
      ru="отправку российского гуманитарного конвоя на восток Украины", ru_short="гуманитарный конвой",
      de="den russischen Hilfskonvoi für die Ostukraine", de_short="Hilfskonvoi",
      fr="le convoi humanitaire russe destiné à l'est de l'Ukraine", fr_short="convoi humanitaire",
      es="el convoy humanitario ruso para el este de Ucrania", es_short="el convoy humanitario",
      ar="قافلة المساعدات الروسية إلى شرق أوكرانيا", ar_short="القافلة الروسية",
      zh="俄罗斯向乌东部运送人道主义物资的车队", zh_short="俄援助车队", ja="ロシアによるウクライナ東部への支援物資輸送", ja_short="支援物資輸送",
      de_d="Der Konvoi mit rund 280 Lastwagen wartet seit Tagen an der Grenze auf die Abfertigung.",
      fr_d="Le convoi d'environ 280 camions attend depuis plusieurs jours à la frontière.",
      es_d="El convoy, de unos 280 camiones, lleva varios días detenido en la frontera.",
      ar_d="وتنتظر القافلة المؤلفة من نحو 280 شاحنة منذ أيام على الحدود.",
      zh_d="这支由约280辆卡车组成的车队已在边境等候数日。",
      ja_d="およそ280台のトラックからなる車列は、国境で数日間足止めされています。")
topic("yemen",
      en="the conflict in Yemen", en_short="Yemen",
      ru="ситуацию в Йемене", ru_short="Йемен",
      de="den Krieg im Jemen", de_short="Jemen",
      fr="le conflit au Yémen", fr_short="Yémen",
      es="el conflicto en Yemen", es_short="Yemen",
      ar="الأزمة في اليمن", ar_short="اليمن",
      zh="也门局势", zh_short="也门局势", ja="イエメン情勢", ja_short="イエメン情勢",
      de_d="Beide zeigten sich besorgt über die humanitäre Lage im Jemen.",
      fr_d="Ils se sont dits préoccupés par la situation humanitaire au Yémen.",
      es_d="Ambos expresaron su preocupación por la situación humanitaria en Yemen.",
      ar_d="وأعرب الوزيران عن قلقهما من تدهور الوضع الإنساني في اليمن.",
      zh_d="双方对也门人道主义局势表示关切。",
      ja_d="イエメンの人道状況の悪化にも懸念を示しました。")
topic("iran",
      en="the Iranian nuclear programme", en_short="Iran nuclear talks",
      ru="ситуацию вокруг иранской ядерной программы", ru_short="иранскую ядерную программу",
      de="das iranische Atomprogramm", de_short="Atomstreit mit Iran",
      fr="le dossier nucléaire iranien", fr_short="nucléaire iranien",
      es="el programa nuclear iraní", es_short="el programa nuclear iraní",
      ar="الملف النووي الإيراني", ar_short="النووي الإيراني",
      zh="伊朗核问题", zh_short="伊核问题", ja="イランの核開発問題", ja_short="イラン核問題",
      de_d="Die Verhandlungen der fünf UN-Vetomächte und Deutschlands mit Teheran gehen in die entscheidende Phase.",
      fr_d="Les négociations entre l'Iran et les grandes puissances du groupe 5+1 entrent dans leur phase finale.",
      es_d="Las negociaciones entre Irán y el Grupo 5+1 entran en su fase decisiva.",
      ar_d="وتدخل المفاوضات بين إيران ومجموعة 5+1 مرحلتها الحاسمة.",
      zh_d="伊朗与六国的谈判正进入关键阶段。",
      ja_d="イランと欧米など6か国との交渉は、大詰めを迎えています。")
topic("dprk",
      en="the situation on the Korean Peninsula", en_short="North Korea",
      ru="ситуацию на Корейском полуострове", ru_short="КНДР",
      de="das nordkoreanische Atomprogramm", de_short="Nordkorea",
      fr="la crise nord-coréenne", fr_short="Corée du Nord",
      es="el programa nuclear norcoreano", es_short="Corea del Norte",
      ar="البرنامج النووي لكوريا الشمالية", ar_short="كوريا الشمالية",
      zh="朝鲜半岛局势", zh_short="半岛局势", ja="北朝鮮の核問題", ja_short="北朝鮮情勢",
      de_d="Nach dem jüngsten Atomtest Pjöngjangs berät der UN-Sicherheitsrat über neue Sanktionen.",
      fr_d="Le Conseil de sécurité de l'ONU discute de nouvelles sanctions après le dernier essai nucléaire de Pyongyang.",
      es_d="El Consejo de Seguridad de la ONU estudia nuevas sanciones tras el último ensayo nuclear de Pyongyang.",
      ar_d="ويبحث مجلس الأمن الدولي فرض عقوبات جديدة على بيونغ يانغ بعد تجربتها النووية الأخيرة.",
      zh_d="双方主张通过政治外交途径解决半岛核问题。",
      ja_d="北朝鮮の核実験を受けて、国連の安全保障理事会では新たな制裁が議論されています。")
topic("bilateral",
      en="issues on the bilateral agenda", en_short="bilateral ties",
      ru="ряд вопросов двусторонней повестки дня", ru_short="двусторонние отношения",
      de="bilaterale Fragen", de_short="bilaterale Beziehungen",
      fr="des questions bilatérales", fr_short="relations bilatérales",
      es="asuntos de la agenda bilateral", es_short="las relaciones bilaterales",
      ar="عددا من القضايا الثنائية", ar_short="العلاقات الثنائية",
      zh="双边关系", zh_short="双边关系", ja="2国間関係", ja_short="2国間関係",
      de_d="", fr_d="", es_d="", ar_d="", zh_d="", ja_d="")


def tp(ev, lang, n=3):
    return join([T[t][lang] for t in ev["topics"][:n]], lang)


def tshort(ev, lang, n=2):
    return join([T[t][lang + "_short"] for t in ev["topics"][:n]], lang)


def tdetails(ev, lang, n=2):
    return [T[t][lang + "_d"] for t in ev["topics"][:n] if T[t][lang + "_d"]]


# --------------------------------------------------------------------------
# Outlets: language, time zone of the published stamp, default dateline city.

OUTLETS = {
    "tass_en":      dict(lang="en", zone="msk", city="MOSCOW"),
    "tass_ru":      dict(lang="ru", zone="msk", city="MOSCOW"),
    "sputnik_en":   dict(lang="en", zone="msk", city="MOSCOW"),   # en.ria.ru before Sputnik (Nov 2014)
    "ria_ru":       dict(lang="ru", zone="msk", city="MOSCOW"),
    "interfax_ru":  dict(lang="ru", zone="msk", city="MOSCOW"),
    "mid_en":       dict(lang="en", zone="msk", city=None),
    "mid_ru":       dict(lang="ru", zone="msk", city=None),
    "reuters_en":   dict(lang="en", zone="utc", city="MOSCOW", zulu=True),
    "stategov_en":  dict(lang="en", zone="us", city=None),
    "dw_de":        dict(lang="de", zone="cet", city=None),
    "lemonde_fr":   dict(lang="fr", zone="cet", city=None),
    "elpais_es":    dict(lang="es", zone="cet", city="Moscú"),
    "sputnik_es":   dict(lang="es", zone="msk", city="MOSCOW"),
    "aljazeera_ar": dict(lang="ar", zone="doha", city=None),
    "aljazeera_en": dict(lang="en", zone="doha", city=None),
    "xinhua_zh":    dict(lang="zh", zone="cn", city="MOSCOW"),
    "xinhua_en":    dict(lang="en", zone="cn", city="MOSCOW"),
    "nhk_ja":       dict(lang="ja", zone="jp", city=None),
    "yonhap_ko":    dict(lang="ko", zone="kr", city="MOSCOW"),
    "yonhap_en":    dict(lang="en", zone="kr", city="SEOUL"),
}

CITY_ZONE = {"MOSCOW": "msk", "SOCHI": "msk", "WASHINGTON": "us", "NEW YORK": "us",
             "UNITED NATIONS": "us", "GENEVA": "cet", "VIENNA": "cet", "PARIS": "cet",
             "BERLIN": "cet", "MUNICH": "cet", "HAMBURG": "cet", "LAUSANNE": "cet", "LONDON": "uk",
             "SEOUL": "kr", "BEIJING": "cn", "TOKYO": "jp", "DOHA": "doha", "BEIRUT": "doha",
             "KIEV": "cet", "DAMASCUS": "doha", "TEHRAN": "doha", "ANKARA": "doha", "RIYADH": "doha",
             "Moscú": "msk"}
CITY_RU = {"MOSCOW": "МОСКВА", "WASHINGTON": "ВАШИНГТОН", "GENEVA": "ЖЕНЕВА", "VIENNA": "ВЕНА",
           "NEW YORK": "НЬЮ-ЙОРК", "UNITED NATIONS": "ООН", "SOCHI": "СОЧИ", "PARIS": "ПАРИЖ",
           "LONDON": "ЛОНДОН", "BERLIN": "БЕРЛИН", "HAMBURG": "ГАМБУРГ", "MUNICH": "МЮНХЕН",
           "BEIJING": "ПЕКИН", "KIEV": "КИЕВ", "MINSK": "МИНСК", "DOHA": "ДОХА", "TEHRAN": "ТЕГЕРАН", "ANKARA": "АНКАРА"}
CITY_ZH = {"MOSCOW": "莫斯科", "WASHINGTON": "华盛顿", "GENEVA": "日内瓦", "VIENNA": "维也纳",
           "BEIJING": "北京", "NEW YORK": "纽约", "UNITED NATIONS": "联合国", "DAMASCUS": "大马士革",
           "SOCHI": "索契", "TEHRAN": "德黑兰", "BEIRUT": "贝鲁特"}
CITY_KO = {"MOSCOW": "모스크바", "WASHINGTON": "워싱턴", "SEOUL": "서울", "BEIJING": "베이징",
           "GENEVA": "제네바", "TOKYO": "도쿄"}

XINHUA_REPORTERS = ["吴刚", "栾海", "胡晓光", "李奥", "魏良磊", "安晓萌", "张继业"]
YNA_REPORTERS = ["유철종", "김정은", "이준서", "박성진"]
REUTERS_CREDITS = [
    "(Reporting by Yelena Morozova; Editing by Paul Hanley)",
    "(Reporting by Dmitry Sorokin; Additional reporting by Clara Whitmore; Editing by Ben Aldridge)",
    "(Reporting by Clara Whitmore; Editing by Nicholas Dray)",
    "(Reporting by Denis Voronin; Writing by Tom Ashdale; Editing by Ruth Kessler)",
    "(Reporting by Arun Mehta and Lydia Crane; Editing by Grant Holloway)",
]
DW_AUTHORS = ["stu/se (dpa, afp)", "cw/kle (rtr, dpa)", "as/uh (afp, rtr, dpa)", "qu/wa (dpa, ap)",
              "mak/rb (afp, rtr)"]


class Ctx:
    """One report: the outlet, the event's Moscow date and time, the publication instant."""

    def __init__(self, outlet, d, t_msk, delay_h, rng, opts=None):
        self.outlet = outlet
        self.o = OUTLETS[outlet]
        self.lang = self.o["lang"]
        self.rng = rng
        self.opts = opts or {}
        self.d = d
        self.t = t_msk
        self.ev_utc = msk_to_utc(datetime.combine(d, t_msk))
        self.pub_utc = self.ev_utc + timedelta(hours=delay_h, seconds=rng.randrange(0, 540))
        if self.o.get("zulu") is None or rng.random() < 0.8:
            self.pub_utc = self.pub_utc.replace(second=0)
        self.pl, _ = to_local(self.pub_utc, self.o["zone"])
        self.city = self.opts.get("city", self.o["city"])
        wz = CITY_ZONE.get(self.city, self.o["zone"]) if self.city else self.o["zone"]
        self.wl = to_local(self.pub_utc, wz)[0]          # the writer's local time
        self.wd = self.wl.date()
        self.diff = (self.wd - d).days

    def published(self):
        return rfc3339(self.pub_utc, self.o["zone"], zulu=self.o.get("zulu", False))

    def pick(self, seq):
        return self.rng.choice(seq)

    def style(self, allowed):
        """Choose how the event date is given, among the styles valid for this report."""
        if "when_text" in self.opts:
            return "custom"
        forced = self.opts.get("when")
        ok = []
        for s in ([forced] if forced else allowed):
            if s in ("none", "today") and self.diff != 0:
                continue
            if s == "yest" and self.diff != 1:
                continue
            if s == "late" and self.t.hour < 19:
                continue
            if s in ("day", "bare") and not 0 <= self.diff <= 6:
                continue
            ok.append(s)
        if forced and not ok:
            raise ValueError("%s: date style %r does not fit a report %d day(s) after the event" % (self.outlet, forced, self.diff))
        return self.rng.choice(ok or ["md"])


def w_en(c, s):
    if "when_text" in c.opts:
        return c.opts["when_text"]
    d = c.d
    return {"day": "on " + EN_DAY[d.weekday()], "bare": EN_DAY[d.weekday()],
            "md": "on %s %d" % (EN_MON[d.month - 1], d.day),
            "dmy": "on %d %s %d" % (d.day, EN_MON[d.month - 1], d.year),
            "yest": "yesterday", "today": "today", "none": "",
            "late": "late on " + EN_DAY[d.weekday()], "night": "overnight"}[s]


def w_ru(c, s):
    if "when_text" in c.opts:
        return c.opts["when_text"]
    d = c.d
    return {"day": RU_DAY[d.weekday()], "md": "%d %s" % (d.day, RU_MON[d.month - 1]),
            "dmy": "%d %s %d года" % (d.day, RU_MON[d.month - 1], d.year),
            "yest": c.pick(["накануне", "вчера"]), "today": "сегодня", "none": "",
            "late": RU_DAY[d.weekday()] + " вечером", "night": RU_NIGHT[d.weekday()]}[s]


def w_de(c, s):
    if "when_text" in c.opts:
        return c.opts["when_text"]
    d = c.d
    return {"day": "am " + DE_DAY[d.weekday()], "md": "am %d. %s" % (d.day, DE_MON[d.month - 1]),
            "dmy": "am %d. %s %d" % (d.day, DE_MON[d.month - 1], d.year), "yest": "gestern",
            "today": "heute", "none": "", "late": "am %sabend" % DE_DAY[d.weekday()]}[s]


def w_fr(c, s):
    if "when_text" in c.opts:
        return c.opts["when_text"]
    d = c.d
    return {"day": FR_DAY[d.weekday()], "md": "le %d %s" % (d.day, FR_MON[d.month - 1]),
            "dmy": "le %d %s %d" % (d.day, FR_MON[d.month - 1], d.year), "yest": "hier",
            "today": "ce " + FR_DAY[d.weekday()], "none": "", "late": FR_DAY[d.weekday()] + " soir"}[s]


def w_es(c, s):
    if "when_text" in c.opts:
        return c.opts["when_text"]
    d = c.d
    return {"day": "el " + ES_DAY[d.weekday()], "md": "el %d de %s" % (d.day, ES_MON[d.month - 1]),
            "dmy": "el %d de %s de %d" % (d.day, ES_MON[d.month - 1], d.year), "yest": "ayer",
            "today": "este " + ES_DAY[d.weekday()], "none": "",
            "late": "el %s por la noche" % ES_DAY[d.weekday()]}[s]


def w_ar(c, s):
    if "when_text" in c.opts:
        return c.opts["when_text"]
    d = c.d
    return {"day": "يوم " + AR_DAY[d.weekday()], "md": "في %d %s" % (d.day, AR_MON[d.month - 1]),
            "dmy": "في %d %s %d" % (d.day, AR_MON[d.month - 1], d.year),
            "yest": "أمس " + AR_DAY[d.weekday()], "today": "اليوم " + AR_DAY[d.weekday()], "none": "",
            "late": "مساء " + AR_DAY[d.weekday()]}[s]


def sp(s):
    """' ' + s, or '' when s is empty."""
    return " " + s if s else ""


# --------------------------------------------------------------------------
# Datelines and page chrome.

def dateline(c):
    k, d, city = c.outlet, c.wd, c.city
    itar = d < date(2014, 10, 1)
    if k == "tass_en":
        return "%s, %s %d. /%s/." % (city, EN_MON[d.month - 1], d.day, "ITAR-TASS" if itar else "TASS")
    if k == "tass_ru":
        return "%s, %d %s. /%s/." % (CITY_RU[city], d.day, RU_MON[d.month - 1], "ИТАР-ТАСС" if itar else "ТАСС")
    if k == "ria_ru":
        return "%s, %d %s — РИА Новости." % (CITY_RU[city], d.day, RIA_MON[d.month - 1])
    if k == "interfax_ru":
        return "%s. %d %s. INTERFAX.RU -" % (CITY_RU[city].capitalize(), d.day, RU_MON[d.month - 1])
    if k == "sputnik_en":
        if d < date(2014, 11, 10):
            return "%s, %s %d (RIA Novosti) –" % (city, EN_MON[d.month - 1], d.day)
        return "%s (Sputnik) —" % city
    if k == "sputnik_es":
        return "%s (Sputnik) —" % {"MOSCOW": "MOSCÚ", "WASHINGTON": "WASHINGTON", "GENEVA": "GINEBRA"}[city]
    if k == "reuters_en":
        return "%s, %s %d (Reuters) -" % (city, RTR_MON[d.month - 1], d.day)
    if k == "xinhua_en":
        return "%s, %s %d (Xinhua) --" % (city, EN_MON[d.month - 1], d.day)
    if k == "xinhua_zh":
        return "新华社%s%d月%d日电（记者%s）" % (CITY_ZH[city], d.month, d.day, c.pick(XINHUA_REPORTERS))
    if k == "yonhap_en":
        return "%s, %s %d (Yonhap) --" % (city, YNA_MON[d.month - 1], d.day)
    if k == "yonhap_ko":
        return "(%s=연합뉴스) %s %s =" % (CITY_KO[city], c.pick(YNA_REPORTERS), "기자" if city == "SEOUL" else "특파원")
    return ""


MID_MENU = [
    ["Президент России", "Правительство Российской Федерации", "Совет Федерации",
     "Государственная Дума", "Министерство обороны", "Министерство юстиции", "Россотрудничество",
     "Русский", "English", "Français", "Español"],
    ["Официальный сайт Президента России", "Правительство России", "Совет Безопасности",
     "Федеральная таможенная служба", "Министерство финансов", "Министерство культуры",
     "Русский", "English", "Deutsch", "العربية", "中文"],
    ["Правительство России", "Федеральное Собрание", "Министерство экономического развития",
     "Министерство энергетики", "Федеральное агентство по делам СНГ", "Русский", "English"],
]


def chrome(c, title, paras, sub=None, cap=None, extra=None):
    """Wrap the text in the page chrome of c's outlet; the dateline goes before the first paragraph."""
    r, k, pl = c.rng, c.outlet, c.pl
    dl = c.opts.get("dateline", dateline(c))
    paras = list(paras)
    if dl:
        paras[0] = dl + ("" if k == "xinhua_zh" else " ") + paras[0]
    sec = c.opts.get("section")
    L = []
    if k == "tass_en":
        L += ["All news"]
        if sec or r.random() < 0.35:
            L += [sec or r.choice(["Russian Politics & Diplomacy", "World", "Military & Defense"])]
        L += ["", title, ""]
        if sub:
            L += [sub]
        if cap:
            L += ["%s %s" % cap, cap[0], "© " + cap[1]]
        L += [""] + sum(([p, ""] for p in paras), [])
        if r.random() < 0.3:
            L += ["Show more"]
    elif k == "tass_ru":
        L += ["Все новости", sec or r.choice(["Политика", "Международная панорама"]), "", title, ""]
        if sub:
            L += [sub]
        if cap:
            L += [cap[0], "© " + cap[1]]
        L += [""] + sum(([p, ""] for p in paras), [])
    elif k == "ria_ru":
        L += [title, "", pl.strftime("%H:%M %d.%m.%Y")]
        if r.random() < 0.4:
            L += [(pl + timedelta(minutes=r.randrange(9, 80))).strftime("(обновлено: %H:%M %d.%m.%Y)")]
        if cap:
            L += [cap[0], "© " + cap[1], "Перейти в фотобанк"]
        L += [""] + sum(([p, ""] for p in paras), [])
        if extra:
            L += ["Читайте также:", extra, ""]
    elif k == "interfax_ru":
        L += ["Интерфакс", sec or r.choice(["В мире", "Политика", "Главное"]), "", title, ""]
        L += sum(([p, ""] for p in paras), [])
        if r.random() < 0.5:
            L += ["Читайте также", extra or "Все новости дня"]
    elif k == "sputnik_en":
        if c.wd < date(2014, 11, 10):
            L += ["RIA Novosti", "World", "", title, "", pl.strftime("%H:%M %d/%m/%Y")]
            if cap:
                L += [cap[0], "© RIA Novosti. " + cap[1]]
            L += [""] + sum(([p, ""] for p in paras), [])
            L += ["Topics: " + (extra or "World")]
        else:
            L += ["- Sputnik International", "World",
                  "Get the latest news from around the world, live coverage, off-beat stories, features and analysis.",
                  "", title, ""]
            if cap:
                L += ["© %s%s" % (cap[1], cap[0]), cap[0] + " - Sputnik International"]
            L += ["Subscribe"]
            if sub:
                L += [sub]
            L += [""]
            for i, p in enumerate(paras):
                L += [p, ""]
                if i == 1 and extra:
                    L += [extra[0] + " - Sputnik International", extra[1]]
            L += ["Newsfeed", "0", "To participate in the discussion", "log in or register", "loader",
                  "Chats", "Заголовок открываемого материала"]
    elif k == "mid_en":
        L += [title, ""]
        if r.random() < 0.5:
            L += ["%d %s %d - %s" % (pl.day, EN_MON[pl.month - 1], pl.year, pl.strftime("%H:%M")), ""]
        L += sum(([p, ""] for p in paras), [])
        L += [""] + ["  • " + m for m in r.choice(MID_MENU)]
    elif k == "mid_ru":
        L += [title, ""]
        if r.random() < 0.6:
            L += [pl.strftime("%d.%m.%Y"), ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["Версия для печати", "", "  • Русский", "  • English", "  • Español", "  • Français"]
    elif k == "reuters_en":
        L += [sec or r.choice(["World News", "Politics", "World"]), "", title, "", "%d Min Read" % r.randrange(2, 5), ""]
        L += sum(([p, ""] for p in paras), [])
        L += [r.choice(REUTERS_CREDITS)]
    elif k == "stategov_en":
        person = c.opts.get("person") or (("Jen Psaki", "Spokesperson") if c.wd < date(2015, 4, 1)
                                          else ("John Kirby", "Assistant Secretary and Department Spokesperson, Bureau of Public Affairs"))
        L += ["This is an archive of information published on the State Department website from January 20, 2009 to January 20, 2017, the Obama Administration.",
              "", title, c.opts.get("stype", "Press Statement"), person[0], person[1], "Washington, DC",
              "%s %d, %d" % (EN_MON[pl.month - 1], pl.day, pl.year), ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["Back to Top"]
    elif k == "dw_de":
        L += [sec or r.choice(["Aktuell", "Welt", "Europa", "Nahost"]), "", title, ""]
        if sub:
            L += [sub, ""]
        if cap:
            L += [cap[0], "Bild: " + cap[1], ""]
        L += sum(([p, ""] for p in paras), [])
        L += [r.choice(DW_AUTHORS), "", "Datum " + pl.strftime("%d.%m.%Y"),
              "Schlagwörter " + (extra or "Russland, USA"), "Teilen", "Drucken", "Permalink"]
    elif k == "lemonde_fr":
        stamp = "Le Monde.fr avec AFP | %s à %s" % (pl.strftime("%d.%m.%Y"), pl.strftime("%Hh%M"))
        if r.random() < 0.5:
            u = pl + timedelta(minutes=r.randrange(15, 200))
            stamp += " • Mis à jour le %s à %s" % (u.strftime("%d.%m.%Y"), u.strftime("%Hh%M"))
        L += [stamp, "", title, ""]
        if sub:
            L += [sub, ""]
        L += sum(([p, ""] for p in paras), [])
        if extra:
            L += ["Lire aussi :   " + extra, ""]
        L += ["Abonnez-vous dès 1 €"]
    elif k == "elpais_es":
        L += [sec or "Internacional", "", title]
        if sub:
            L += [sub]
        L += ["", "%s %d %s %d - %s %s" % (c.opts.get("city", "Moscú"), pl.day, ES_MON3[pl.month - 1], pl.year,
                                            pl.strftime("%H:%M"), "CEST" if to_local(c.pub_utc, "cet")[1] == 2 else "CET"), ""]
        L += sum(([p, ""] for p in paras), [])
        if extra:
            L += ["Archivado en:", extra]
    elif k == "sputnik_es":
        L += ["Sputnik Mundo", sec or r.choice(["Internacional", "Política", "Oriente Medio"]), "", title, ""]
        if cap:
            L += ["© Sputnik / " + cap[1], cap[0], ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["Síguenos en Facebook y Twitter"]
    elif k == "aljazeera_ar":
        L += ["الجزيرة نت", "", title, "", "%d/%d/%d" % (pl.day, pl.month, pl.year), ""]
        if cap:
            L += [cap[0] + " (" + cap[1] + ")", ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["المصدر : " + (extra or "الجزيرة + وكالات"), "", "شارك"]
    elif k == "aljazeera_en":
        L += ["News", r.choice(["Middle East", "Europe", "US & Canada"]), "", title, ""]
        if sub:
            L += [sub, ""]
        L += ["%d %s %d" % (pl.day, EN_MON[pl.month - 1], pl.year), ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["Source: Al Jazeera and news agencies"]
    elif k == "xinhua_zh":
        L += [title, "", pl.strftime("%Y-%m-%d %H:%M:%S") + "　来源：新华网", ""]
        L += sum(([p, ""] for p in paras), [])
        L[-1:] = []
        L[-1] += "（完）"
        L += ["", "【责任编辑：%s】" % c.pick(["刘笑冬", "王姝", "邵琦", "张樨樨"]), "【纠错】"]
    elif k == "xinhua_en":
        L += [title, "", "Source: Xinhua| " + pl.strftime("%Y-%m-%d %H:%M:%S"), ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["Editor: " + c.pick(["Tian Shaohui", "yan", "Mengjie", "huaxia"])]
    elif k == "nhk_ja":
        L += ["NHKニュース", "", title, "%d月%d日 %d時%d分" % (pl.month, pl.day, pl.hour, pl.minute), ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["シェアする", "ニュース一覧へ戻る"]
    elif k == "yonhap_ko":
        L += [title, "", "송고시간" + pl.strftime("%Y-%m-%d %H:%M"), ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["%s@yna.co.kr" % c.pick(["cjyou", "jelee", "sjpark"]), "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"]
    elif k == "yonhap_en":
        L += [title, ""]
        L += sum(([p, ""] for p in paras), [])
        L += ["%s@yna.co.kr" % c.pick(["khj", "graceoh", "sam"]), "(END)"]
    else:
        raise ValueError(k)
    while L and L[-1] == "":
        L.pop()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(L))


def make_url(c, title, n):
    """A plausible address for the page; n is a per-item number for the id in the path."""
    k, d, r = c.outlet, c.pl, c.rng
    ymd = d.strftime("%Y%m%d")
    if k == "tass_en":
        if c.wd < date(2014, 10, 1):
            return "http://en.itar-tass.com/world/%d" % (670000 + 33 * n + r.randrange(30))
        return "https://tass.com/%s/%d" % (r.choice(["politics", "world"]), 760000 + 1900 * n + r.randrange(900))
    if k == "tass_ru":
        if c.wd < date(2014, 10, 1):
            return "http://itar-tass.com/politika/%d" % (1000000 + 3100 * n + r.randrange(999))
        return "https://tass.ru/politika/%d" % (1500000 + 27000 * n + r.randrange(9999))
    if k == "ria_ru":
        return "https://ria.ru/world/%s/%d.html" % (ymd, 1000000000 + 3000000 * n + r.randrange(999999))
    if k == "interfax_ru":
        return "https://www.interfax.ru/world/%d" % (290000 + 1600 * n + r.randrange(999))
    if k == "sputnik_en":
        if c.wd < date(2014, 11, 10):
            return "http://en.ria.ru/world/%s/%d/%s.html" % (ymd, 180000000 + 90000 * n + r.randrange(9999), slug(title) or "news")
        return "https://sputniknews.com/politics/%s/%d.html" % (ymd, 1020000000 + 400000 * n + r.randrange(99999))
    if k == "mid_en":
        return "http://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/%d" % (1200000 + 9000 * n + r.randrange(999))
    if k == "mid_ru":
        return "http://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/%d" % (1200000 + 9000 * n + r.randrange(999))
    if k == "reuters_en":
        code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))
        pre = "idUSBRE" if d.year < 2015 else "idUSKCN"
        return "https://www.reuters.com/article/%s/%s%s" % (slug(title) or "us-russia-usa", pre, code)
    if k == "stategov_en":
        return "https://2009-2017.state.gov/r/pa/prs/ps/%d/%02d/%d.htm" % (d.year, d.month, 200000 + 700 * n + r.randrange(600))
    if k == "dw_de":
        host = "www.dw.de" if d < datetime(2015, 6, 1) else "www.dw.com"
        return "https://%s/de/%s/a-%d" % (host, slug(title.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")) or "meldung", 16000000 + 40000 * n + r.randrange(9999))
    if k == "lemonde_fr":
        s = slug(title.replace("é", "e").replace("è", "e").replace("ê", "e").replace("à", "a").replace("ç", "c").replace("ô", "o").replace("û", "u").replace("î", "i"))
        return "https://www.lemonde.fr/international/article/%s/%s_%d_3210.html" % (d.strftime("%Y/%m/%d"), s or "article", 4300000 + 7000 * n + r.randrange(999))
    if k == "elpais_es":
        return "https://elpais.com/internacional/%s/actualidad/%d_%06d.html" % (d.strftime("%Y/%m/%d"), int((c.pub_utc - datetime(1970, 1, 1)).total_seconds()), r.randrange(1000000))
    if k == "sputnik_es":
        return "https://mundo.sputniknews.com/politica/%s/%d.html" % (ymd, 1050000000 + 300000 * n + r.randrange(99999))
    if k == "aljazeera_ar":
        return "https://www.aljazeera.net/news/international/%d/%d/%d/%d" % (d.year, d.month, d.day, 100000 + 97 * n)
    if k == "aljazeera_en":
        return "https://www.aljazeera.com/news/%d/%02d/%s-%s.html" % (d.year, d.month, slug(title) or "news", d.strftime("%y%m%d%H%M%S"))
    if k == "xinhua_zh":
        return "http://news.xinhuanet.com/world/%s/%s/c_%d.htm" % (d.strftime("%Y-%m"), d.strftime("%d"), 1110000000 + 90000 * n + r.randrange(9999))
    if k == "xinhua_en":
        return "http://news.xinhuanet.com/english/%s/%s/c_%d.htm" % (d.strftime("%Y-%m"), d.strftime("%d"), 134000000 + 90000 * n + r.randrange(9999))
    if k == "nhk_ja":
        return "https://www3.nhk.or.jp/news/html/%s/k%d1000.html" % (ymd, 10010000 + 3000 * n + r.randrange(999))
    if k == "yonhap_ko":
        return "https://www.yonhapnews.co.kr/bulletin/%s/0200000000AKR%s%06d.HTML" % (d.strftime("%Y/%m/%d"), ymd, r.randrange(1000000))
    if k == "yonhap_en":
        return "https://english.yonhapnews.co.kr/national/%s/0301000000AEN%s%06d315.html" % (d.strftime("%Y/%m/%d"), ymd, r.randrange(1000))
    raise ValueError(k)


def source_of(url):
    host = url.split("/")[2]
    for p in ("www3.", "www.", "news.", "english.", "en."):
        if host.startswith(p) and host.count(".") > 1:
            host = host[len(p):]
    if host.startswith("2009-2017."):
        host = host[len("2009-2017."):]
    return host


# --------------------------------------------------------------------------
# Report templates for Lavrov-Kerry telephone calls. Each takes the report's
# context and the call's record, returns (title, sub, caption, paragraphs, extra).
# English and Russian detail sentences in the call records never name the two
# ministers, so that the role-only variants stay name-free.

TASS_CAPS = [("Russian Foreign Minister Sergey Lavrov and US Secretary of State John Kerry (archive)", "Gleb Lyubimov/TASS"),
             ("Sergey Lavrov and John Kerry", "EPA/TOBIAS HANSEN"),
             ("Russian Foreign Minister Sergey Lavrov", "Stanislav Kornev/TASS"),
             ("U.S. Secretary of State John Kerry (archive)", "AP Photo/Grant Riley"),
             ("John Kerry and Sergey Lavrov before talks (archive)", "EPA/CARLO HOLT / POOL")]
TASS_ROLE_CAPS = [("The building of the Russian Foreign Ministry on Smolenskaya Square in Moscow", "Irina Bazhenova/TASS"),
                  ("The Russian Foreign Ministry (archive)", "Stanislav Kornev/TASS")]
SPUTNIK_CAPS = [("Sergei Lavrov (R) and John Kerry shake hands before talks in Geneva (File)", "AFP 2016 / POOL / MARTIN KESSEL"),
                ("John Kerry (L) and Sergei Lavrov during a news conference (File)", "Sputnik/ Eduard Zorin"),
                ("Russian Foreign Minister Sergei Lavrov", "Sputnik/ Mikhail Gerasimov")]
SPUTNIK_RELATED = [("A Syrian army soldier near Palmyra (File)", "Russian Reconciliation Center Registers 9 Ceasefire Violations in Syria"),
                   ("Members of the UN Security Council vote (File)", "UN Security Council to Hold Closed-Door Consultations on Syria"),
                   ("The Kremlin (File)", "Kremlin Says No Plans for Putin-Obama Meeting Yet"),
                   ("Ukrainian servicemen near Debaltseve (File)", "OSCE Reports Heavy Weapons Near Donbass Contact Line"),
                   ("An oil refinery (File)", "Russia's Oil Output Hits Post-Soviet High")]
RIA_CAPS = [("Министр иностранных дел РФ Сергей Лавров. Архивное фото", "РИА Новости / Эдуард Зорин"),
            ("Сергей Лавров и Джон Керри. Архивное фото", "РИА Новости / Михаил Герасимов"),
            ("Здание МИД России на Смоленской площади", "РИА Новости / Владимир Федоренко")]
RIA_RELATED = ["Захарова рассказала о подготовке новой встречи по Сирии",
               "В Госдуме прокомментировали заявление Пентагона",
               "Рябков: Россия и США продолжат консультации по стратегической стабильности",
               "Песков: в Кремле не видят альтернативы минским договоренностям"]
FR_RELATED = ["A Genève, l'ONU tente de relancer les pourparlers syriens",
              "Moscou et Washington, une relation sous tension",
              "Ukraine : à Donetsk, le cessez-le-feu reste fragile",
              "Yémen : la coalition menée par Riyad poursuit ses frappes"]
AR_ROLE_CAP = ("مبنى وزارة الخارجية الروسية في موسكو", "رويترز-أرشيف")
AR_CAPS = [("لافروف (يمين) وكيري خلال لقاء سابق", "الأوروبية-أرشيف"), ("وزير الخارجية الروسي سيرغي لافروف", "رويترز")]

SYRIAN = {"syria", "ceasefire", "humanitarian", "aleppo", "chemical", "geneva", "terror"}


def tc(s):
    small = {"in", "on", "of", "and", "the", "to", "by", "for", "a", "over"}
    return " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(s.split()))


def cap1(s):
    return s[:1].upper() + s[1:]


def init_en(ev, r):
    if ev.get("init") == "us":
        return r.choice(["Washington requested the call, according to the ministry.",
                         "It was the American side that asked for the call.",
                         "The telephone conversation was held at Washington's request."])
    if ev.get("init") == "ru":
        return r.choice(["Moscow asked for the call, the ministry said.",
                         "The call was made at Moscow's request."])
    return ""


def init_ru(ev, r):
    if ev.get("init") == "us":
        return r.choice(["Разговор состоялся по инициативе американской стороны.",
                         "Звонок был инициирован американской стороной."])
    if ev.get("init") == "ru":
        return "Разговор состоялся по инициативе российской стороны."
    return ""


def body_en(c, ev, lead, named):
    r = c.rng
    ps = [lead]
    p = " ".join(x for x in [init_en(ev, r), ev["en"][0]] if x)
    ps.append(p)
    if ev.get("quote_en"):
        ps.append("\"%s,\" the ministry said." % ev["quote_en"])
    ps += ev["en"][1:]
    if named and ev.get("named_en"):
        ps.append(ev["named_en"])
    if ev.get("bg_en") and r.random() < 0.8:
        ps.append(ev["bg_en"])
    return ps


def t_tass_en(c, ev):
    r, role = c.rng, c.opts.get("role")
    short = tshort(ev, "en")
    if role:
        title = r.choice(["Russian, US top diplomats discuss %s by phone" % short,
                          "Russia's top diplomat, US Secretary of State discuss %s over phone" % short])
        A = r.choice(["Russia's top diplomat and the U.S. Secretary of State",
                      "The Russian foreign minister and the U.S. secretary of state",
                      "The top diplomats of Russia and the United States"])
        cap = r.choice(TASS_ROLE_CAPS)
    else:
        title = r.choice(["Lavrov, Kerry discuss %s by phone" % short,
                          "Lavrov, Kerry discuss %s in telephone conversation — Russian Foreign Ministry" % short,
                          "Lavrov and Kerry hold phone talks on %s" % short])
        A = "Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry"
        cap = r.choice(TASS_CAPS)
    w = w_en(c, c.style(["day", "day", "none", "md", "late"]))
    lead = r.choice([
        "%s discussed %s in a telephone conversation%s, the Russian Foreign Ministry said." % (A, tp(ev, "en"), sp(w)),
        "%s spoke by telephone%s, discussing %s, the Russian Foreign Ministry reported." % (A, sp(w), tp(ev, "en")),
        "%s held telephone talks%s to discuss %s, the ministry said in a statement." % (A, sp(w), tp(ev, "en")),
    ])
    return title, ev["en"][0], cap, body_en(c, ev, lead, not role), None


def t_sputnik_en(c, ev):
    r = c.rng
    short = tshort(ev, "en")
    title = r.choice(["Lavrov, Kerry Discuss %s in Phone Call" % tc(short),
                      "Lavrov, Kerry Talk %s Over Phone" % tc(short),
                      "Russian, US Top Diplomats Discuss %s by Phone" % tc(short)])
    w = w_en(c, c.style(["bare", "bare", "day", "md", "yest"]))
    A = r.choice(["Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry",
                  "Russian Foreign Minister Sergei Lavrov and US State Secretary John Kerry"])
    lead = "%s discussed %s%s, the Russian Foreign Ministry said in a statement." % (A, tp(ev, "en"), sp(w))
    sub = "The Russian and US top diplomats have once again compared notes on %s." % tp(ev, "en", 2)
    ps = [lead]
    ps.append(r.choice(["The US side asked for the call, the statement said.",
                        "The call was requested by Washington."]) if ev.get("init") == "us" else
              "The phone conversation was held at Moscow's initiative." if ev.get("init") == "ru" else
              "The ministers spoke by phone, according to the statement.")
    ps += ev["en"]
    if ev.get("named_en"):
        ps.append(ev["named_en"])
    extra = "Syria" if set(ev["topics"]) & SYRIAN else "Ukraine crisis"
    if c.wd >= date(2014, 11, 10):
        extra = r.choice(SPUTNIK_RELATED)
    cap = r.choice(SPUTNIK_CAPS) if c.wd >= date(2014, 11, 10) else \
        r.choice([("Sergei Lavrov and John Kerry (File)", "Eduard Pesov"), ("Russian Foreign Minister Sergei Lavrov", "Mikhail Fomichev")])
    return title, sub, cap, ps, extra


def t_mid_en(c, ev):
    r = c.rng
    title = r.choice(["Press release on Sergey Lavrov’s telephone conversation with John Kerry",
                      "Foreign Minister Sergey Lavrov’s telephone talk with US Secretary of State John Kerry"])
    w = w_en(c, c.style(["md", "md", "dmy"]))
    init = {"us": " initiated by the US side", "ru": " at the initiative of the Russian side"}.get(ev.get("init"), "")
    p1 = [
        "%s, Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State John Kerry%s." % (cap1(w), init),
        "Foreign Minister Sergey Lavrov and US Secretary of State John Kerry had a telephone conversation %s%s." % (w, init),
    ][c.opts["lead"] if "lead" in c.opts else r.randrange(2)]
    ps = [p1, "The ministers discussed %s. %s" % (tp(ev, "en"), ev["en"][0])] + ev["en"][1:]
    ps.append(r.choice(["The ministers also discussed a schedule of upcoming contacts.",
                        "They agreed to stay in contact.",
                        "Other issues on the bilateral agenda were also touched upon."]))
    return title, None, None, ps, None


def t_mid_ru(c, ev):
    r = c.rng
    title = r.choice(["О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Государственным секретарем США Дж.Керри",
                      "О телефонном разговоре С.В.Лаврова с Госсекретарем США Дж.Керри"])
    w = w_ru(c, c.style(["md"]))
    init = {"us": " по инициативе американской стороны", "ru": " по инициативе российской стороны"}.get(ev.get("init"), "")
    p1 = "%s состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с Государственным секретарем США Дж.Керри%s." % (cap1(w), init)
    ps = [p1, "Министры обсудили %s. %s" % (tp(ev, "ru"), ev["ru"][0])] + ev["ru"][1:]
    ps.append(r.choice(["Затронут также ряд вопросов двусторонней повестки дня.",
                        "Договорились продолжить контакты.",
                        "Согласован график предстоящих контактов."]))
    return title, None, None, ps, None


def t_tass_ru(c, ev):
    r = c.rng
    title = r.choice(["Лавров и Керри обсудили по телефону %s" % tshort(ev, "ru"),
                      "Лавров и Керри провели телефонный разговор",
                      "Лавров и Керри по телефону обсудили %s" % tshort(ev, "ru", 1)])
    w = w_ru(c, c.style(["day", "none", "md", "yest"]))
    if r.random() < 0.5:
        ps = ["Министр иностранных дел РФ Сергей Лавров%s провел телефонный разговор с государственным секретарем США Джоном Керри. Об этом сообщили в МИД России." % sp(w),
              "Стороны обсудили %s. %s" % (tp(ev, "ru"), init_ru(ev, r))]
    else:
        ps = ["Глава МИД РФ Сергей Лавров и госсекретарь США Джон Керри%s обсудили в ходе телефонного разговора %s, сообщает российское внешнеполитическое ведомство." % (sp(w), tp(ev, "ru")),
              init_ru(ev, r)]
    ps = [p.strip() for p in ps if p.strip()] + ev["ru"]
    if ev.get("bg_ru"):
        ps.append(ev["bg_ru"])
    cap = r.choice([("Сергей Лавров и Джон Керри", "Глеб Любимов/ТАСС"), ("Министр иностранных дел РФ Сергей Лавров", "Станислав Корнев/ТАСС")])
    return title, None, cap, ps, None


def t_ria_ru(c, ev):
    r = c.rng
    title = r.choice(["Лавров и Керри обсудили %s" % tshort(ev, "ru"),
                      "Лавров и Керри обсудили по телефону %s" % tshort(ev, "ru", 1)])
    w = w_ru(c, c.style(["day", "none", "yest", "md"]))
    p1 = r.choice([
        "Глава МИД России Сергей Лавров и госсекретарь США Джон Керри в телефонном разговоре%s обсудили %s, сообщает российское внешнеполитическое ведомство." % (sp(w), tp(ev, "ru")),
        "Министр иностранных дел РФ Сергей Лавров%s по телефону обсудил с госсекретарем США Джоном Керри %s, говорится в сообщении МИД РФ." % (sp(w), tp(ev, "ru")),
    ])
    ps = [p1] + [x for x in [init_ru(ev, r)] if x] + ev["ru"]
    if ev.get("bg_ru"):
        ps.append(ev["bg_ru"])
    return title, None, r.choice(RIA_CAPS), ps, r.choice(RIA_RELATED)


def t_interfax_ru(c, ev):
    r, role = c.rng, c.opts.get("role")
    w = w_ru(c, c.style(["day", "none", "yest"]))
    if role:
        title = r.choice(["Главы МИД РФ и Госдепартамента обсудили по телефону %s" % tshort(ev, "ru", 1),
                          "Министр иностранных дел РФ и госсекретарь США провели телефонный разговор"])
        p1 = "Министр иностранных дел России и государственный секретарь США%s обсудили по телефону %s, сообщил МИД РФ." % (sp(w), tp(ev, "ru"))
    else:
        title = "Лавров и Керри обсудили по телефону %s" % tshort(ev, "ru", 1)
        p1 = r.choice([
            "Глава МИД РФ Сергей Лавров%s провел телефонные переговоры с госсекретарем США Джоном Керри. Стороны обсудили %s, сообщил МИД РФ." % (sp(w), tp(ev, "ru")),
            "Сергей Лавров и Джон Керри%s обсудили по телефону %s, говорится в сообщении российского МИД." % (sp(w), tp(ev, "ru")),
        ])
    ps = [p1] + [x for x in [init_ru(ev, r)] if x] + ev["ru"]
    return title, None, None, ps, None


def t_reuters_en(c, ev):
    r = c.rng
    w = w_en(c, c.style(["day"]))
    short = tshort(ev, "en", 1)
    if c.city == "WASHINGTON":
        title = ev.get("rtr_title_us") or r.choice(["Kerry, Lavrov discuss %s in phone call" % short,
                                                    "Kerry speaks with Russia's Lavrov on %s" % short])
        p1 = "U.S. Secretary of State John Kerry spoke by telephone with Russian Foreign Minister Sergei Lavrov %s about %s, the State Department said." % (w, tp(ev, "en", 2))
        ps = [p1] + ev.get("us_en", ev["en"][:1])
    else:
        title = ev.get("rtr_title") or "Russia's Lavrov, Kerry discuss %s by phone" % short
        if ev.get("claim_en"):
            p1 = "Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State John Kerry in a telephone call %s that %s, the Russian Foreign Ministry said." % (w, ev["claim_en"])
        else:
            p1 = "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry discussed %s in a phone call %s, the Russian Foreign Ministry said." % (tp(ev, "en", 2), w)
        ps = [p1] + ev["en"][:2]
    if ev.get("bg_en"):
        ps.append(ev["bg_en"])
    return title, None, None, ps, None


def t_stategov_en(c, ev):
    r = c.rng
    title = r.choice(["Secretary Kerry's Call With Russian Foreign Minister Lavrov",
                      "Readout of Secretary Kerry's Call With Russian Foreign Minister Sergey Lavrov"])
    if "when_text" in c.opts:
        w = c.opts["when_text"]
    elif c.diff == 1:
        w = "yesterday"
    else:
        h = to_local(c.ev_utc, "us")[0].hour
        w = "this morning" if h < 12 else ("this afternoon" if h < 18 else "this evening")
        w = r.choice([w, "today"])
    p1 = "Secretary Kerry spoke %s with Russian Foreign Minister Sergey Lavrov. %s" % (w, " ".join(ev.get("readout", ["They discussed %s." % tp(ev, "en")])))
    return title, None, None, [p1], None


def t_dw_de(c, ev):
    r, role = c.rng, c.opts.get("role")
    w = w_de(c, c.style(["day", "day", "md", "late"]))
    ds = tshort(ev, "de", 1)
    init = {"us": "auf Initiative der amerikanischen Seite", "ru": "auf russische Initiative"}.get(ev.get("init"))
    if role:
        title = "Russland und USA beraten erneut über %s" % ds
        ps = ["Die Außenminister Russlands und der USA haben %s telefonisch über %s beraten. Das teilte das Außenministerium in Moskau mit." % (w, tp(ev, "de"))]
        cap = ("Das russische Außenministerium in Moskau", "Imago/ITAR-TASS")
        tags = "Russland, USA, " + ds
        if init:
            ps.append("Das Gespräch sei %s zustande gekommen, hieß es." % init)
    else:
        title = r.choice(["Lawrow und Kerry telefonieren wegen %s" % ds, "Lawrow und Kerry beraten am Telefon über %s" % ds,
                          "Telefonat zwischen Lawrow und Kerry"])
        ps = [r.choice([
            "Der russische Außenminister Sergej Lawrow und sein US-Kollege John Kerry haben %s in einem Telefonat über %s gesprochen." % (w, tp(ev, "de")),
            "In einem Telefonat mit US-Außenminister John Kerry hat Russlands Chefdiplomat Sergej Lawrow %s %s erörtert." % (w, tp(ev, "de")),
        ])]
        if init:
            ps.append("Das Gespräch sei %s zustande gekommen, hieß es aus Lawrows Ministerium." % init)
        cap = ("Russlands Außenminister Lawrow (r.) und sein US-Kollege Kerry (Archivbild)", r.choice(["picture-alliance/dpa/A. Weber", "Reuters/K. Lamm", "Getty Images/AFP/B. Smialowski"]))
        tags = "Sergej Lawrow, John Kerry, Russland, USA, " + ds
    ps += tdetails(ev, "de")
    sub = "Moskau und Washington bleiben im Gespräch: Die Außenminister beider Länder haben erneut miteinander telefoniert."
    return title, sub, cap, ps, tags


def t_lemonde_fr(c, ev):
    r = c.rng
    w = w_fr(c, c.style(["day", "day", "md", "late", "yest"]))
    short = cap1(tshort(ev, "fr", 1))
    title = r.choice(["%s : entretien téléphonique entre Lavrov et Kerry" % short,
                      "%s : Sergueï Lavrov et John Kerry font le point au téléphone" % short])
    p1 = r.choice([
        "Le chef de la diplomatie russe, Sergueï Lavrov, et le secrétaire d'Etat américain, John Kerry, ont évoqué %s lors d'un entretien téléphonique %s, a annoncé le ministère russe des affaires étrangères." % (tp(ev, "fr"), w),
        "Sergueï Lavrov et John Kerry se sont entretenus par téléphone %s, a indiqué Moscou. Les deux hommes ont évoqué %s." % (w, tp(ev, "fr")),
    ])
    ps = [p1]
    if ev.get("init") == "us":
        ps.append("L'appel a eu lieu à l'initiative de la partie américaine, selon la diplomatie russe.")
    ps += tdetails(ev, "fr")
    return title, None, None, ps, r.choice(FR_RELATED)


def t_elpais_es(c, ev):
    r = c.rng
    w = w_es(c, c.style(["day", "today", "md", "yest"]))
    title = "Conversación telefónica entre Lavrov y Kerry sobre %s" % tshort(ev, "es", 1)
    sub = r.choice(["Moscú y Washington mantienen abierto el canal diplomático pese a sus diferencias",
                    "Los jefes de la diplomacia de Rusia y Estados Unidos repasan los principales conflictos abiertos"])
    ps = ["El ministro de Exteriores ruso, Serguéi Lavrov, y el secretario de Estado estadounidense, John Kerry, mantuvieron %s una conversación telefónica en la que abordaron %s, según informó la diplomacia rusa." % (w, tp(ev, "es"))]
    if ev.get("init") == "us":
        ps.append("La llamada se produjo a iniciativa de Washington, precisó el comunicado.")
    ps += tdetails(ev, "es")
    tag = re.sub(r"^(la|el|las|los) ", "", tshort(ev, "es", 1))
    return title, sub, None, ps, "Serguéi Lavrov · John Kerry · Rusia · Estados Unidos · " + cap1(tag)


def t_sputnik_es(c, ev):
    r = c.rng
    w = w_es(c, c.style(["day", "md", "yest"]))
    title = "Lavrov y Kerry discuten por teléfono %s" % tshort(ev, "es", 1)
    ps = ["El canciller ruso, Serguéi Lavrov, y el secretario de Estado de EEUU, John Kerry, discutieron %s en una conversación telefónica %s, informó la Cancillería rusa." % (tp(ev, "es"), w)]
    if ev.get("init") == "us":
        ps.append("La conversación se celebró a iniciativa de la parte estadounidense.")
    ps += tdetails(ev, "es")
    cap = ("El canciller ruso, Serguéi Lavrov (archivo)", "Mijaíl Guerásimov")
    return title, None, cap, ps, None


def t_aljazeera_ar(c, ev):
    r, role = c.rng, c.opts.get("role")
    w = w_ar(c, c.style(["day", "yest", "today", "late"]))
    if role:
        title = "وزيرا خارجية روسيا وأميركا يبحثان هاتفيا %s" % tshort(ev, "ar", 1)
        ps = ["بحث وزيرا الخارجية الروسي والأميركي في اتصال هاتفي %s %s، وفق ما أعلنت وزارة الخارجية الروسية." % (w, tp(ev, "ar"))]
        cap = AR_ROLE_CAP
    else:
        title = "لافروف وكيري يبحثان هاتفيا %s" % tshort(ev, "ar", 1)
        ps = [r.choice([
            "أجرى وزير الخارجية الروسي سيرغي لافروف %s اتصالا هاتفيا مع نظيره الأميركي جون كيري بحثا خلاله %s، وفق بيان للخارجية الروسية." % (w, tp(ev, "ar")),
            "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأميركي جون كيري في اتصال هاتفي %s %s." % (w, tp(ev, "ar")),
        ])]
        cap = r.choice(AR_CAPS)
    if ev.get("init") == "us":
        ps.append("وجرى الاتصال بمبادرة من الجانب الأميركي.")
    ps += tdetails(ev, "ar")
    if not role and set(ev["topics"]) & {"ceasefire", "terror", "aleppo"}:
        ps.append("وشدد لافروف على ضرورة الفصل بين فصائل المعارضة المعتدلة والجماعات المصنفة إرهابية.")
    return title, None, cap, ps, None


def t_aljazeera_en(c, ev):
    r = c.rng
    w = w_en(c, c.style(["day"]))
    title = "Lavrov and Kerry discuss %s in phone call" % tshort(ev, "en", 1)
    ps = ["Russia's Foreign Minister Sergey Lavrov and US Secretary of State John Kerry spoke by phone %s about %s, according to statements from both sides." % (w, tp(ev, "en", 2))]
    ps += ev.get("us_en", []) + ev["en"][1:2]
    return title, None, None, ps, None


def t_xinhua_zh(c, ev):
    r = c.rng
    title = r.choice(["俄美外长通电话讨论%s" % tshort(ev, "zh", 1), "拉夫罗夫与克里通电话"])
    p1 = r.choice([
        "俄罗斯外交部%d日发表声明说，俄外长拉夫罗夫当天与美国国务卿克里通电话，双方就%s等问题交换了意见。" % (c.d.day, tp(ev, "zh")),
        "俄罗斯外长拉夫罗夫%d日与美国国务卿克里通电话，讨论了%s。" % (c.d.day, tp(ev, "zh")),
    ])
    ps = [p1]
    det = tdetails(ev, "zh")
    if det:
        ps.append("声明说，" + "".join(det))
    if ev.get("init") == "us":
        ps.append("据俄外交部介绍，此次通话是应美方要求进行的。")
    return title, None, None, ps, None


def t_xinhua_en(c, ev):
    w = w_en(c, c.style(["day"]))
    title = "Russian, U.S. top diplomats discuss %s over phone" % tshort(ev, "en", 1)
    ps = ["Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry %s discussed %s over the phone, the Russian Foreign Ministry said." % (w, tp(ev, "en"))]
    ps += ev["en"][:2]
    return title, None, None, ps, None


def t_nhk_ja(c, ev):
    r = c.rng
    title = r.choice(["米ロ外相が電話会談 %s協議" % tshort(ev, "ja", 1),
                      "ロシアとアメリカの外相 電話で会談 %sめぐり" % tshort(ev, "ja", 1)])
    jst = to_local(c.ev_utc, "jp")[0]
    if jst.date() == c.d:
        when = "%d日" % c.d.day
    else:   # NHK gives Japan time: the day differs from the Moscow date of the call
        when = "日本時間の%d日%s" % (jst.day, "未明" if jst.hour < 5 else "朝" if jst.hour < 10 else "")
    ps = ["ロシアのラブロフ外相とアメリカのケリー国務長官は%s、電話で会談し、%sについて意見を交わしました。" % (when, tp(ev, "ja", 2))]
    det = tdetails(ev, "ja")
    ps.append("ロシア外務省によりますと、" + "".join(det) if det else "ロシア外務省によりますと、両外相は今後も緊密に連絡を取り合うことで一致しました。")
    if ev.get("init") == "us":
        ps.append("電話会談はアメリカ側の呼びかけで行われたということです。")
    return title, None, None, ps, None


KO_TOPIC = {"dprk": "북한 핵실험 대응 방안", "syria": "시리아 사태", "ceasefire": "시리아 휴전",
            "terror": "IS 격퇴", "ukraine": "우크라이나 사태", "iran": "이란 핵문제", "bilateral": "양국 관계",
            "aleppo": "알레포 사태", "humanitarian": "인도적 지원", "chemical": "시리아 화학무기 문제"}


def t_yonhap_ko(c, ev):
    ks = [KO_TOPIC[t] for t in ev["topics"][:2]]
    title = "러·미 외무장관 전화통화…%s 논의" % ks[0]
    ps = ["세르게이 라브로프 러시아 외무장관과 존 케리 미국 국무장관이 %d일 전화 통화를 하고 %s 등을 논의했다고 러시아 외무부가 밝혔다." % (c.d.day, ", ".join(ks)),
          "러시아 외무부는 보도문을 통해 \"양국 장관은 유엔 안전보장이사회의 대응이 한반도 비핵화라는 목표에 부합해야 한다는 데 의견을 같이했다\"고 전했다." if "dprk" in ev["topics"] else
          "러시아 외무부는 양국 장관이 앞으로도 긴밀히 협력하기로 했다고 전했다.",
          "이번 통화는 미국 측의 요청으로 이뤄졌다." if ev.get("init") == "us" else "외무부는 구체적인 통화 내용은 공개하지 않았다."]
    return title, None, None, ps, None


def t_yonhap_en(c, ev):
    w = w_en(c, c.style(["day"]))
    title = "Russia, U.S. discuss N. Korea's nuclear test over phone" if "dprk" in ev["topics"] else \
        "Russian, U.S. top diplomats hold phone talks"
    ps = ["Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry discussed %s in a phone conversation %s, Russia's foreign ministry said." % (tp(ev, "en", 2), w)]
    ps += ev["en"][:2]
    return title, None, None, ps, None


TEMPLATES = {
    "tass_en": t_tass_en, "tass_ru": t_tass_ru, "sputnik_en": t_sputnik_en, "ria_ru": t_ria_ru,
    "interfax_ru": t_interfax_ru, "mid_en": t_mid_en, "mid_ru": t_mid_ru, "reuters_en": t_reuters_en,
    "stategov_en": t_stategov_en, "dw_de": t_dw_de, "lemonde_fr": t_lemonde_fr, "elpais_es": t_elpais_es,
    "sputnik_es": t_sputnik_es, "aljazeera_ar": t_aljazeera_ar, "aljazeera_en": t_aljazeera_en,
    "xinhua_zh": t_xinhua_zh, "xinhua_en": t_xinhua_en, "nhk_ja": t_nhk_ja, "yonhap_ko": t_yonhap_ko,
    "yonhap_en": t_yonhap_en,
}


# --------------------------------------------------------------------------
# The Lavrov-Kerry telephone calls. date and t: Moscow date and time of the
# call; init: who asked for it; en/ru: detail sentences (never naming the two
# ministers); outlets: (template, hours from the call to publication, options).
# The calls are reconstructed in the style of the real ones of 2013-2016; the
# dates of the five seed items (2015-01-25, 2015-10-08, 2016-03-06, 2016-05-09,
# 2016-06-07) are among them, with newly written reports.

CALLS = []


def call(**kw):
    CALLS.append(kw)


call(id="c01", date="2013-02-18", t="17:30", init="us", topics=["dprk", "syria", "bilateral"],
     en=["The ministers discussed the situation on the Korean Peninsula after North Korea's nuclear test on February 12 and agreed that the UN Security Council should respond in a coordinated way.",
         "The Russian side stressed that any new measures should help bring Pyongyang back to the six-party talks rather than deepen its isolation.",
         "On Syria, the two ministers agreed to stay in close contact to help launch a dialogue between the government and the opposition on the basis of the Geneva communique of June 30, 2012."],
     ru=["Состоялся обмен мнениями по ситуации, сложившейся после ядерного испытания, проведенного КНДР 12 февраля; условились координировать действия в Совете Безопасности ООН.",
         "Российская сторона подчеркнула, что реакция международного сообщества должна быть взвешенной и способствовать возобновлению шестисторонних переговоров."],
     named_en="Kerry, who took office on February 1, said last week that he had been trying for several days to get through to Lavrov.",
     bg_en="North Korea carried out its third nuclear test on February 12, drawing condemnation from all members of the UN Security Council, including Russia and China.",
     readout=["They discussed the DPRK's February 12 nuclear test and the importance of a strong, unified response from the UN Security Council.",
              "The Secretary and the Foreign Minister also discussed Syria and agreed to meet in person soon."],
     us_en=["Kerry stressed the need for a firm and unified response by the U.N. Security Council to North Korea's nuclear test, a State Department official said."],
     outlets=[("tass_en", 2.5, {}), ("reuters_en", 3, {"city": "WASHINGTON"}), ("ria_ru", 1.2, {}),
              ("yonhap_ko", 9, {}), ("yonhap_en", 13, {}), ("stategov_en", 4, {})])

call(id="c02", date="2013-06-15", t="16:00", init=None, topics=["chemical", "geneva"],
     en=["The ministers discussed the U.S. administration's assessment that chemical weapons had been used in Syria, which the Russian side said was not backed by convincing evidence.",
         "Both sides reaffirmed their commitment to convening an international conference on Syria in Geneva, initially expected in June, as soon as possible."],
     ru=["Российская сторона указала, что представленные Вашингтоном данные о применении химического оружия в Сирии не выглядят убедительно.",
         "Стороны подтвердили настрой на скорейший созыв международной конференции по Сирии в Женеве."],
     claim_en="the information Washington had presented on the use of chemical weapons in Syria was not convincing",
     bg_en="The White House said on June 13 it had concluded that Syrian government forces had used chemical weapons, including the nerve agent sarin, on a small scale against rebels, and that it would step up military support to the opposition.",
     outlets=[("interfax_ru", 2, {}), ("reuters_en", 3.5, {}), ("dw_de", 5, {})])

call(id="c03", date="2013-08-22", t="19:40", init="us", topics=["chemical", "syria"],
     en=["The ministers discussed reports of the use of chemical weapons in the suburbs of Damascus on August 21.",
         "The Russian side urged Washington to use its influence on the Syrian opposition so that UN experts could carry out an objective investigation on the spot.",
         "The U.S. side insisted that the UN inspectors already in Syria be given immediate and unhindered access to the area."],
     ru=["Обсуждались сообщения о применении химического оружия в пригороде Дамаска 21 августа.",
         "Российская сторона призвала американских партнеров воздействовать на оппозицию, с тем чтобы эксперты ООН могли провести объективное расследование на месте."],
     claim_en="Washington should press the Syrian opposition to allow an objective UN investigation of the alleged chemical attack near Damascus",
     bg_en="Syrian opposition groups say hundreds of people were killed in a poison gas attack in the eastern Ghouta area near Damascus. The Syrian government has denied using chemical weapons.",
     outlets=[("tass_en", 3, {}), ("mid_ru", 1.5, {}), ("reuters_en", 2.5, {}), ("aljazeera_ar", 4, {}),
              ("lemonde_fr", 14, {})])

call(id="c04", date="2013-09-09", t="15:00", init="ru", topics=["chemical", "syria"],
     en=["The Russian side informed its U.S. counterpart of the proposal for Syria to place its chemical weapons under international control so that they could subsequently be destroyed.",
         "The ministers agreed to continue discussing the initiative, including at a meeting in Geneva later this week."],
     ru=["Российская сторона проинформировала американского коллегу об инициативе о постановке химического оружия Сирии под международный контроль с последующим его уничтожением.",
         "Договорились продолжить обсуждение инициативы, в том числе в ходе встречи в Женеве на этой неделе."],
     readout=["They discussed the Russian proposal regarding Syria's chemical weapons.",
              "The Secretary made clear that the United States would take a hard look at the proposal, but that any arrangement must be swift, real and verifiable."],
     outlets=[("ria_ru", 1, {}), ("sputnik_en", 2, {}), ("stategov_en", 6, {"stype": "Readout"}),
              ("elpais_es", 5, {}), ("nhk_ja", 10, {})])

call(id="c05", date="2013-12-20", t="00:40", init="us", topics=["geneva", "iran"],
     en=["The ministers discussed preparations for the international conference on Syria due to open in Montreux on January 22, including the composition of the opposition delegation and the possible participation of Iran.",
         "They also reviewed implementation of the interim agreement on Iran's nuclear programme reached in Geneva on November 24."],
     ru=["Обсуждены вопросы подготовки международной конференции по Сирии, открытие которой намечено на 22 января в Монтрё, в том числе состав делегации оппозиции и возможное участие Ирана.",
         "Затрагивалась также реализация промежуточной договоренности по иранской ядерной программе, достигнутой в Женеве 24 ноября."],
     readout=["They discussed preparations for the Geneva II conference on Syria and the implementation of the Joint Plan of Action with Iran."],
     us_en=["The two discussed preparations for the Syria peace conference in Switzerland next month and the implementation of the interim nuclear deal with Iran, a State Department official said."],
     # Past midnight in Moscow, mid-afternoon in Washington: Washington's reports are dated
     # the day before the Moscow date of the call (see EVENTS.md).
     outlets=[("stategov_en", 2.2, {"when_text": "this afternoon"}),
              ("reuters_en", 2.8, {"city": "WASHINGTON", "when_text": "on Thursday"}),
              ("mid_ru", 9, {"when_text": "в ночь на 20 декабря"}),
              ("tass_en", 11, {"when_text": "overnight"})])

call(id="c06", date="2014-02-23", t="18:20", init="us", topics=["ukraine"],
     en=["The ministers discussed the situation in Ukraine after the Verkhovna Rada removed President Viktor Yanukovich from power and appointed its speaker as acting head of state.",
         "The Russian side stressed that the agreement of February 21 on settling the crisis, witnessed by the foreign ministers of Germany, France and Poland, had not been fulfilled, and that the opposition had failed to disarm militants and free occupied buildings.",
         "The U.S. side called for the territorial integrity of Ukraine to be respected."],
     ru=["Российская сторона подчеркнула, что соглашение от 21 февраля, подписанное при посредничестве министров иностранных дел Германии, Франции и Польши, не выполняется, а оппозиция так и не разоружила боевиков и не освободила захваченные здания.",
         "Стороны высказались за недопущение дальнейшей эскалации."],
     claim_en="the opposition in Kiev had failed to honour the February 21 agreement on settling the crisis",
     readout=["They discussed the situation in Ukraine.",
              "The Secretary underscored that the United States supports the people of Ukraine in their choice of a unified, democratic future, and urged restraint by all parties."],
     outlets=[("tass_en", 2, {}), ("mid_en", 3, {}), ("dw_de", 3.5, {}), ("reuters_en", 4, {}), ("stategov_en", 5, {})])

call(id="c07", date="2014-03-03", t="14:10", init=None, topics=["ukraine", "crimea"],
     en=["The Russian side said its actions were aimed at protecting the lives and legitimate interests of Russian citizens and compatriots in Ukraine, including Crimea.",
         "The U.S. side called on Moscow to pull its forces back to their bases and to engage in direct talks with the new authorities in Kiev.",
         "The ministers agreed to continue contacts, including on the sidelines of the conference on Lebanon in Paris."],
     ru=["Российская сторона подчеркнула, что ее действия направлены на защиту жизни и законных интересов российских граждан и соотечественников на Украине, в том числе в Крыму.",
         "Условились продолжить контакты, в том числе в Париже на полях международной конференции по Ливану."],
     claim_en="Moscow's actions in Ukraine were aimed at protecting the lives of Russian citizens and compatriots",
     outlets=[("interfax_ru", 1.3, {"notitle": True}), ("tass_en", 2, {}), ("lemonde_fr", 4, {}), ("reuters_en", 3, {}),
              ("xinhua_zh", 7, {}), ("nhk_ja", 11, {})])

call(id="c08", date="2014-04-26", t="20:15", init="ru", topics=["ukraine"],
     en=["The Russian side demanded that Washington use its influence on Kiev to halt the military operation in southeast Ukraine and to comply with the Geneva statement of April 17.",
         "The U.S. side raised the detention of a group of OSCE military observers in Slavyansk and called for their immediate release."],
     ru=["Российская сторона потребовала, чтобы Вашингтон использовал свое влияние на Киев для прекращения силовой операции на юго-востоке Украины и выполнения Женевского заявления от 17 апреля.",
         "Американская сторона затронула вопрос о задержании в Славянске группы военных наблюдателей ОБСЕ."],
     outlets=[("mid_ru", 1, {}), ("tass_en", 14, {}), ("sputnik_en", 2.5, {})])

call(id="c09", date="2014-07-20", t="17:00", init="us", topics=["mh17", "ukraine"],
     en=["The ministers agreed that the investigation into the crash of the Malaysia Airlines Boeing near Donetsk on July 17 must be independent and carried out under the aegis of the International Civil Aviation Organization.",
         "The Russian side stressed that international experts must be given safe access to the crash site and that a ceasefire in the area was essential for that.",
         "The U.S. side urged Moscow to use its influence on the militias to secure the site and hand over the bodies and the flight recorders."],
     ru=["Министры согласились, что расследование крушения малайзийского самолета под Донецком должно быть независимым и проводиться под эгидой ИКАО.",
         "Российская сторона подчеркнула необходимость обеспечить безопасный доступ международных экспертов к месту катастрофы."],
     readout=["The Secretary pressed Russia to use its influence with the separatists to allow full, unimpeded access to the crash site of Malaysia Airlines Flight 17 and to ensure the dignified recovery of the remains of the victims."],
     us_en=["Kerry pressed Russia to use its influence with the separatists to give investigators unimpeded access to the crash site, the State Department said."],
     bg_en="All 298 people on board the Boeing 777 flying from Amsterdam to Kuala Lumpur were killed when it came down over the Donetsk region on July 17.",
     outlets=[("tass_en", 1.5, {}), ("reuters_en", 2, {"city": "WASHINGTON"}), ("stategov_en", 3, {}), ("dw_de", 4, {}),
              ("elpais_es", 17, {}), ("nhk_ja", 9, {})])

call(id="c10", date="2014-08-15", t="21:00", init="ru", topics=["convoy", "ukraine"],
     en=["The Russian side briefed its U.S. counterpart on the Russian humanitarian convoy of some 280 trucks waiting at the border, and called for the International Committee of the Red Cross to take charge of the cargo without delay.",
         "The ministers also discussed the need for an immediate ceasefire in the Donetsk and Luhansk regions."],
     ru=["Российская сторона проинформировала о ходе отправки гуманитарного конвоя и призвала без промедления завершить согласование процедур с Международным комитетом Красного Креста.",
         "Обсуждалась также необходимость скорейшего прекращения огня в Донецкой и Луганской областях."],
     outlets=[("tass_ru", 1, {}), ("sputnik_en", 15, {"when": "yest"}), ("interfax_ru", 0.8, {})])

call(id="c11", date="2015-01-25", t="15:30", init="us", topics=["ukraine", "minsk", "syria"],
     en=["The ministers discussed the escalation in Donbass, which the Russian side said had been caused by the shelling of residential areas by Ukrainian government forces.",
         "The Russian side urged Washington to persuade Kiev to pull its heavy weapons back from the line of contact, as provided for by the Minsk memorandum of September 2014.",
         "The U.S. side voiced concern over the rocket attack on Mariupol on January 24, in which at least 30 people were killed."],
     ru=["Российская сторона подчеркнула, что обострение в Донбассе вызвано обстрелами жилых кварталов со стороны украинских силовиков, и призвала Вашингтон повлиять на Киев с целью отвода тяжелых вооружений от линии соприкосновения.",
         "Была также затронута тематика межсирийских консультаций, которые открываются в Москве 26 января."],
     claim_en="Washington should press Kiev to pull heavy weapons back from the line of contact in eastern Ukraine",
     outlets=[("mid_en", 2, {"when": "md", "lead": 0}), ("tass_en", 1.5, {}), ("ria_ru", 1, {}), ("dw_de", 5, {}), ("reuters_en", 3, {})])

call(id="c12", date="2015-04-18", t="18:00", init=None, topics=["yemen", "iran"],
     en=["The ministers discussed the humanitarian situation in Yemen, where the Saudi-led coalition is continuing its air strikes against the Houthi rebels, and the Russian side repeated its call for a humanitarian pause to allow aid deliveries and the evacuation of foreign nationals.",
         "They also discussed the next round of talks between Iran and the six world powers on a comprehensive agreement, which is to be completed by June 30."],
     ru=["Российская сторона вновь призвала к введению гуманитарной паузы в Йемене для доставки помощи и эвакуации иностранных граждан.",
         "Обсуждался также ход работы над всеобъемлющим соглашением по иранской ядерной программе, которое должно быть подготовлено к 30 июня."],
     outlets=[("tass_en", 2, {}), ("sputnik_en", 3, {}), ("aljazeera_ar", 5, {}), ("interfax_ru", 1, {"role": True})])

call(id="c13", date="2015-06-23", t="20:30", init="ru", topics=["iran", "ukraine", "minsk"],
     en=["The ministers discussed the final stage of the negotiations on the Iranian nuclear programme ahead of the June 30 deadline and noted that the remaining differences could be resolved.",
         "The Russian side again drew attention to Kiev's refusal to engage in direct dialogue with Donetsk and Luhansk on constitutional reform, as required by the Minsk agreements."],
     ru=["Министры констатировали, что остающиеся разногласия на переговорах по иранской ядерной программе могут быть урегулированы к 30 июня.",
         "Российская сторона вновь обратила внимание на отказ Киева от прямого диалога с Донецком и Луганском по конституционной реформе."],
     outlets=[("mid_en", 1, {}), ("sputnik_en", 13, {"when": "yest"}), ("xinhua_zh", 6, {})])

call(id="c14", date="2015-08-13", t="16:45", init="us", topics=["syria", "terror", "yemen"],
     en=["The ministers reviewed the results of their meeting in Doha on August 3 and discussed proposals to form a broad front against Islamic State.",
         "The Russian side reiterated that the fight against terrorism in Syria must involve the Syrian government and its armed forces.",
         "The situation in Yemen was also discussed."],
     ru=["Министры продолжили обсуждение, начатое в ходе встречи в Дохе 3 августа, в том числе идеи формирования широкого фронта противодействия ИГ.",
         "Российская сторона подчеркнула, что борьба с терроризмом в Сирии невозможна без участия сирийского правительства и вооруженных сил."],
     outlets=[("mid_en", 2, {"when": "dmy"}), ("tass_ru", 1.5, {}), ("elpais_es", 20, {"when": "dmy"}),
              ("lemonde_fr", 4, {"when": "dmy"})])

call(id="c15", date="2015-09-05", t="18:30", init="us", topics=["syria", "terror"],
     en=["The U.S. side voiced concern over reports of a possible build-up of Russian military presence in Syria, and the Russian side replied that Moscow had never concealed its military and technical cooperation with Damascus, which was aimed at fighting terrorism.",
         "The ministers agreed to continue discussing the Syrian problem in the run-up to the UN General Assembly session in New York."],
     ru=["Российская сторона подчеркнула, что Москва никогда не скрывала, что поставляет военную технику сирийским властям для борьбы с терроризмом.",
         "Условились продолжить обсуждение сирийской проблематики в преддверии сессии Генеральной Ассамблеи ООН."],
     readout=["The Secretary made clear that if such reports were accurate, these actions could further escalate the conflict, lead to greater loss of innocent life, increase refugee flows and risk confrontation with the anti-ISIL coalition operating in Syria."],
     us_en=["Kerry told Lavrov that reports of an imminent Russian military build-up in Syria, if accurate, could escalate the conflict and risk confrontation with the U.S.-led coalition, the State Department said."],
     outlets=[("stategov_en", 3, {}), ("reuters_en", 2.5, {"city": "WASHINGTON"}), ("ria_ru", 20, {}),
              ("aljazeera_ar", 5, {}), ("aljazeera_en", 6, {}), ("dw_de", 22, {"when": "yest"})])

call(id="c16", date="2015-10-08", t="18:00", init=None, topics=["syria", "terror", "minsk"],
     en=["The ministers discussed how to avoid incidents in Syrian airspace between Russian aircraft and those of the U.S.-led coalition, following the start of the Russian air operation on September 30.",
         "The Russian side stressed that the political process in Syria should be based on the Geneva communique, and that the Syrian army was the main force fighting Islamic State on the ground.",
         "The implementation of the Minsk agreements on Ukraine was also discussed."],
     ru=["Особое внимание было уделено мерам по предотвращению инцидентов в воздушном пространстве Сирии.",
         "Затрагивался также ход выполнения минских договоренностей по Украине."],
     outlets=[("sputnik_en", 2, {}), ("interfax_ru", 1, {"notitle": True}), ("xinhua_zh", 4, {}), ("nhk_ja", 8, {})])

call(id="c17", date="2015-12-26", t="19:20", init="ru", topics=["syria", "yemen", "geneva"],
     en=["The ministers discussed the next steps following the adoption on December 18 of UN Security Council resolution 2254, including the work led by Jordan on a list of terrorist groups in Syria.",
         "They welcomed the start of consultations on Yemen under UN auspices in Switzerland and called on the parties to observe the truce."],
     ru=["Обсуждены практические шаги по реализации резолюции СБ ООН 2254, в том числе работа над списком террористических группировок, которую координирует Иордания.",
         "Стороны приветствовали начало консультаций по Йемену под эгидой ООН."],
     outlets=[("tass_en", 1, {"role": True}), ("mid_ru", 2, {}), ("sputnik_es", 3, {}), ("aljazeera_ar", 16, {})])

call(id="c18", date="2016-01-20", t="21:10", init="us", topics=["geneva", "syria"],
     en=["The ministers discussed preparations for the intra-Syrian talks due to start in Geneva on January 25 under the auspices of UN Special Envoy Staffan de Mistura.",
         "The Russian side insisted that the opposition delegation must be representative and include Syrian Kurds."],
     ru=["Обсуждена подготовка межсирийских переговоров, которые должны начаться в Женеве 25 января под эгидой спецпосланника ООН Стаффана де Мистуры.",
         "Российская сторона настаивала на том, что делегация оппозиции должна быть представительной и включать сирийских курдов."],
     outlets=[("ria_ru", 0.7, {}), ("tass_en", 12, {"when": "late"}), ("reuters_en", 1.5, {})])

call(id="c19", date="2016-02-13", t="16:10", init=None, topics=["ceasefire", "humanitarian"],
     en=["The ministers discussed steps to implement the decisions taken by the International Syria Support Group in Munich on February 12, including a cessation of hostilities and humanitarian deliveries to besieged towns.",
         "The Russian side voiced concern over the shelling of Kurdish positions in the north of Aleppo province by Turkish artillery."],
     ru=["Обсуждены шаги по реализации решений Международной группы поддержки Сирии, принятых в Мюнхене, включая прекращение боевых действий и доставку гуманитарной помощи.",
         "Российская сторона выразила озабоченность обстрелами курдских позиций на севере провинции Алеппо турецкой артиллерией."],
     outlets=[("tass_en", 1.2, {}), ("sputnik_en", 2, {}), ("interfax_ru", 0.9, {"role": True}), ("dw_de", 3, {}),
              ("lemonde_fr", 2.5, {})])

call(id="c20", date="2016-02-21", t="20:50", init=None, topics=["ceasefire", "terror"],
     en=["The ministers agreed on the parameters of a cessation of hostilities in Syria, which are to be approved by the presidents of the two countries.",
         "The truce will not apply to Islamic State, Jabhat al-Nusra and other groups designated as terrorist by the UN Security Council."],
     ru=["Согласованы параметры прекращения огня в Сирии, которые должны быть одобрены президентами двух стран.",
         "Режим прекращения огня не будет распространяться на ИГ, «Джабхат ан-Нусру» и другие группировки, признанные СБ ООН террористическими."],
     readout=["They discussed the cessation of hostilities in Syria and made progress on the remaining details, which will be finalized in the coming days."],
     outlets=[("tass_en", 1, {}), ("ria_ru", 0.5, {}), ("reuters_en", 2, {}), ("stategov_en", 1.5, {}),
              ("elpais_es", 13, {"when": "yest"}), ("xinhua_zh", 5, {})])

call(id="c21", date="2016-03-06", t="17:30", init="us", topics=["ceasefire", "humanitarian", "yemen"],
     en=["The ministers noted that the cessation of hostilities was largely being observed and that the level of violence had dropped considerably.",
         "They agreed to make sure that the task forces on the ceasefire and on humanitarian access set up in Geneva worked without delay, and called for the intra-Syrian talks to resume as soon as possible.",
         "The situation in Yemen was also discussed."],
     ru=["Стороны отметили, что режим прекращения огня в целом соблюдается, а уровень насилия существенно снизился.",
         "Обсуждалась также ситуация в Йемене."],
     outlets=[("ria_ru", 1, {}), ("sputnik_en", 2, {}), ("dw_de", 4, {}), ("aljazeera_ar", 3, {"role": True}),
              ("tass_ru", 0.8, {})])

call(id="c22", date="2016-04-29", t="19:05", init="us", topics=["aleppo", "ceasefire"],
     en=["The ministers discussed ways to restore the cessation of hostilities in Aleppo, where dozens of civilians were killed this week, including in an air strike on a hospital supported by Medecins Sans Frontieres.",
         "The Russian side said Russian aircraft had not operated in the area of the hospital and called for opposition units to be separated from Jabhat al-Nusra positions."],
     ru=["Обсуждались возможности восстановления режима прекращения огня в Алеппо.",
         "Российская сторона заявила, что российская авиация не действовала в районе удара по госпиталю, и призвала к скорейшему размежеванию оппозиции и «Джабхат ан-Нусры»."],
     readout=["The Secretary expressed deep concern over the escalating violence in Aleppo and the strike on the Al Quds hospital, and urged Russia to press the regime to stop its attacks and recommit to the cessation of hostilities."],
     us_en=["Kerry urged Russia to press the Syrian government to halt attacks in Aleppo and recommit to the truce, the State Department said."],
     outlets=[("tass_en", 1, {}), ("reuters_en", 2, {"city": "WASHINGTON"}), ("stategov_en", 2.5, {}),
              ("interfax_ru", 0.6, {}), ("lemonde_fr", 14, {})])

call(id="c23", date="2016-05-09", t="16:00", init="us", topics=["syria", "ceasefire", "bilateral"],
     en=["The ministers exchanged greetings on the anniversary of the victory over Nazi Germany.",
         "They discussed the joint work of Russia and the United States as co-chairs of the International Syria Support Group, including the monitoring of the truce through the coordination centre in Geneva.",
         "The Russian side again raised the need to cut off supplies to militants across the Turkish border."],
     ru=["Министры обменялись поздравлениями с Днем Победы.",
         "Российская сторона вновь указала на необходимость перекрыть каналы снабжения боевиков через турецкую границу."],
     outlets=[("tass_en", 1, {}), ("ria_ru", 0.7, {}), ("mid_en", 2, {"when": "md", "lead": 1})])

call(id="c24", date="2016-06-07", t="14:40", init="us", topics=["terror", "syria"],
     en=["The ministers discussed how Russia and the United States could better coordinate their actions against Islamic State and Jabhat al-Nusra in Syria.",
         "The two have spoken by phone several times over recent days."],
     ru=["Министры продолжили согласование подходов к борьбе с ИГ и «Джабхат ан-Нусрой» в Сирии.",
         "Это уже не первый за последние дни телефонный контакт глав внешнеполитических ведомств двух стран."],
     outlets=[("sputnik_en", 1.5, {}), ("interfax_ru", 0.5, {}), ("mid_ru", 1, {})])

call(id="c25", date="2016-09-17", t="23:10", init="ru", topics=["ceasefire", "terror"],
     en=["The Russian side said the air strike by the U.S.-led coalition on Syrian army positions near Deir ez-Zor, in which dozens of Syrian soldiers were killed, was a gross violation of the Russian-American agreements of September 9, and demanded explanations.",
         "The U.S. side expressed regret over the loss of life and said the strike had been unintentional."],
     ru=["Российская сторона выразила резкий протест в связи с ударом коалиции во главе с США по позициям сирийской армии в районе Дейр-эз-Зора, назвав его грубым нарушением российско-американских договоренностей от 9 сентября.",
         "Американская сторона выразила сожаление в связи с гибелью людей, заявив, что удар был нанесен непреднамеренно."],
     claim_en="the coalition air strike on Syrian troops near Deir ez-Zor was a gross violation of the September 9 agreements",
     rtr_title="Russia's Lavrov tells Kerry strike on Syrian army violated U.S.-Russia deal",
     outlets=[("tass_en", 1, {"role": True}), ("reuters_en", 1.5, {}), ("ria_ru", 0.6, {}), ("aljazeera_ar", 10, {}),
              ("nhk_ja", 9, {}), ("interfax_ru", 1.2, {"role": True, "when": "yest"})])

call(id="c26", date="2016-12-14", t="15:20", init=None, topics=["aleppo", "humanitarian"],
     en=["The ministers discussed the situation in eastern Aleppo, where the evacuation of the remaining militants and their families was due to begin.",
         "The Russian side said the militants had violated the agreement by opening fire on Syrian army positions along the planned evacuation route."],
     ru=["Обсуждалась ситуация в восточных кварталах Алеппо, откуда должен начаться вывод оставшихся боевиков и членов их семей.",
         "Российская сторона указала, что боевики нарушили договоренность, открыв огонь по позициям сирийской армии вдоль маршрута эвакуации."],
     outlets=[("tass_en", 1, {}), ("sputnik_en", 1.5, {}), ("dw_de", 3, {"role": True}), ("xinhua_en", 5, {})])

call(id="c27", date="2016-07-29", t="18:25", init="ru", topics=["aleppo", "humanitarian"],
     en=["The Russian side informed its U.S. counterpart of the humanitarian operation launched in Aleppo by the Syrian authorities with Russian support, including the opening of corridors for civilians and for militants wishing to lay down their arms.",
         "The ministers also discussed the work of Russian and U.S. military experts in Geneva."],
     ru=["Российская сторона проинформировала о масштабной гуманитарной операции в Алеппо, в том числе об открытии коридоров для выхода мирных жителей и боевиков, желающих сложить оружие.",
         "Обсуждена также работа российских и американских военных экспертов в Женеве."],
     outlets=[("tass_en", 1.5, {}), ("mid_ru", 1, {}), ("xinhua_zh", 7, {})])


# --------------------------------------------------------------------------
# Everything that is not a report of a Lavrov-Kerry call. Text placeholders:
# {DAY} {MON} {D} {Y} (English), {RDAY} {RMON}, {DDAY} {DMON}, {FDAY} {FMON},
# {EDAY} {EMON}, {ADAY} {AMON} for the item's date; the same with a P prefix
# for the date given as ref (an earlier event the text refers to).

KIND_EVENT = {"meeting": "lavrov_kerry_meeting", "other_minister_call": "lavrov_foreign_minister_call",
              "putin_obama_call": "putin_obama_call"}
OTHERS = []


def neg(kind, d, t, outlet, delay, title, paras, ref=None, **opts):
    OTHERS.append(dict(kind=kind, date=d, t=t, outlet=outlet, delay=delay, title=title, paras=paras,
                       ref=ref, opts=opts))


# ---- In-person meetings of Lavrov and Kerry (lavrov_kerry_meeting) --------

neg("meeting", "2013-05-07", "21:00", "tass_en", 2,
    "Lavrov, Kerry agree to push for international conference on Syria",
    ["Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry agreed at talks in Moscow on {DAY} to encourage the Syrian government and the opposition to seek a political solution, and to work for an international conference on Syria as soon as possible.",
     "The ministers told a joint news conference after several hours of talks that the conference should build on the Geneva communique adopted on June 30, 2012.",
     "Kerry, on his first visit to Moscow as secretary of state, was received by President Vladimir Putin earlier in the day.",
     "\"Russia and the United States will try to bring both sides to the negotiating table,\" Lavrov said."],
    cap=("Sergey Lavrov and John Kerry at a news conference in Moscow", "Stanislav Kornev/ITAR-TASS"))
neg("meeting", "2013-05-07", "21:00", "reuters_en", 3,
    "U.S., Russia to seek Syria peace conference after Moscow talks",
    ["The United States and Russia agreed on {DAY} to try to bring the Syrian government and rebels to an international peace conference, U.S. Secretary of State John Kerry said after talks in Moscow with Russian Foreign Minister Sergei Lavrov.",
     "Kerry told reporters the conference should be held within weeks, and Lavrov said Moscow was not concerned with the fate of any particular person in Syria.",
     "The talks, which ran well into the evening, followed a meeting between Kerry and President Vladimir Putin at the Kremlin."])
neg("meeting", "2013-05-07", "21:00", "dw_de", 15,
    "USA und Russland wollen Syrien-Konferenz",
    ["Nach einem Treffen in Moskau haben sich US-Außenminister John Kerry und sein russischer Kollege Sergej Lawrow auf eine internationale Syrien-Konferenz verständigt.",
     "Regierung und Opposition sollen an einen Tisch gebracht werden, sagten beide am {DDAY}abend vor Journalisten.",
     "Kerry war zuvor im Kreml von Präsident Wladimir Putin empfangen worden."],
    extra="Sergej Lawrow, John Kerry, Syrien, Russland, USA")

neg("meeting", "2013-09-14", "13:00", "sputnik_en", 3,
    "Russia, US Agree Framework on Syria Chemical Weapons",
    ["Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry on {DAY} announced a framework agreement to place Syria's chemical arsenal under international control, after three days of talks in Geneva.",
     "Under the plan, Damascus is to submit a full inventory of its chemical weapons within a week, and international inspectors are to be on the ground by November.",
     "The initiative was first discussed by the two ministers by phone on {PDAY}, when Lavrov briefed Kerry on the Russian proposal."],
    ref="2013-09-09", city="GENEVA", extra="Syria")
neg("meeting", "2013-09-14", "13:00", "lemonde_fr", 4,
    "Armes chimiques syriennes : accord entre Washington et Moscou à Genève",
    ["Le secrétaire d'Etat américain, John Kerry, et le ministre russe des affaires étrangères, Sergueï Lavrov, ont annoncé {FDAY}, à l'issue de trois jours de négociations à Genève, un accord sur le démantèlement de l'arsenal chimique syrien.",
     "Damas devra fournir sous une semaine la liste complète de ses stocks, et les inspecteurs internationaux devront avoir achevé leur première mission d'ici novembre.",
     "Les deux hommes doivent se retrouver fin septembre à New York, en marge de l'Assemblée générale des Nations unies."],
    extra="Syrie : Damas promet de coopérer avec les inspecteurs")
neg("meeting", "2013-09-14", "13:00", "xinhua_zh", 6,
    "美俄就叙化武问题达成框架协议",
    ["美国国务卿克里和俄罗斯外长拉夫罗夫14日在日内瓦举行会谈后宣布，双方就销毁叙利亚化学武器问题达成框架协议。",
     "根据协议，叙利亚应在一周内提交其化学武器库存清单，国际核查人员应于11月前进入叙利亚。",
     "这是双方连续第三天在日内瓦举行会谈。"],
    city="GENEVA")

neg("meeting", "2014-01-13", "19:00", "tass_en", 2,
    "Lavrov, Kerry discuss Geneva-2 preparations in Paris",
    ["Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry met in Paris on {DAY} to discuss preparations for the Geneva-2 international conference on Syria, which is to open in Montreux on January 22.",
     "The ministers discussed possible local ceasefires, including in Aleppo, and an exchange of prisoners between the government and the opposition.",
     "Lavrov told reporters after the talks that Russia continued to believe Iran should be invited to the conference."],
    city="PARIS", cap=("Sergey Lavrov and John Kerry in Paris", "EPA/TOBIAS HANSEN"))
neg("meeting", "2014-01-13", "19:00", "aljazeera_ar", 4,
    "لافروف وكيري يبحثان في باريس التحضير لجنيف 2",
    ["التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في باريس يوم {ADAY} لبحث الاستعدادات لمؤتمر جنيف 2 بشأن سوريا.",
     "وبحث الوزيران إمكانية التوصل إلى وقف لإطلاق النار في مناطق محددة، منها حلب، وتبادل الأسرى بين النظام والمعارضة.",
     "ومن المقرر أن ينطلق المؤتمر في مدينة مونترو السويسرية يوم 22 يناير/كانون الثاني الجاري."])

neg("meeting", "2014-03-14", "16:00", "reuters_en", 2,
    "Kerry, Lavrov fail to agree on Ukraine in London talks",
    ["U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov failed to reach agreement on the Crimea crisis during six hours of talks in London on {DAY}, two days before a referendum on the region joining Russia.",
     "Lavrov told reporters the two sides still did not share a common view of the situation, but described the discussion as useful.",
     "The two men had spoken by telephone several times since the start of the crisis, most recently on Wednesday."],
    city="LONDON")
neg("meeting", "2014-03-14", "16:00", "tass_ru", 1.5,
    "Лавров и Керри провели переговоры в Лондоне",
    ["Министр иностранных дел РФ Сергей Лавров и госсекретарь США Джон Керри провели {RDAY} в Лондоне переговоры, посвященные ситуации на Украине.",
     "Встреча в резиденции американского посла продолжалась около шести часов.",
     "По итогам переговоров Лавров заявил журналистам, что общего видения ситуации у сторон нет, однако беседа была полезной.",
     "Россия будет уважать волеизъявление жителей Крыма на референдуме 16 марта, подчеркнул министр."],
    city="LONDON", cap=("Сергей Лавров и Джон Керри в Лондоне", "Станислав Корнев/ИТАР-ТАСС"))
neg("meeting", "2014-03-14", "16:00", "elpais_es", 5,
    "Kerry y Lavrov no logran acercar posturas sobre Crimea",
    ["El secretario de Estado de EE UU, John Kerry, y el ministro de Exteriores ruso, Serguéi Lavrov, se reunieron este {EDAY} en Londres durante seis horas sin lograr un acuerdo sobre Crimea, a dos días del referéndum convocado en la península.",
     "Lavrov admitió que ambos países no comparten una visión común de la crisis, aunque calificó el encuentro de útil.",
     "Kerry advirtió de que Washington no reconocerá el resultado de la consulta."],
    city="Londres", sub="Washington advierte de que no reconocerá el referéndum del domingo")

neg("meeting", "2014-03-30", "23:00", "mid_en", 10,
    "Press release on Sergey Lavrov’s meeting with John Kerry in Paris",
    ["On {MON} {D}, Foreign Minister Sergey Lavrov held talks in Paris with US Secretary of State John Kerry at the latter's request.",
     "The discussion focused on ways to stabilise the situation in Ukraine. The Russian side set out its approach, which provides for a constitutional reform in Ukraine that would ensure the interests of all its regions, a federal structure and the neutral status of the country.",
     "The ministers agreed to continue working with the Ukrainian parties to this end."])
neg("meeting", "2014-03-30", "23:00", "dw_de", 12,
    "Kein Durchbruch bei Treffen von Kerry und Lawrow",
    ["Bei einem mehrstündigen Treffen in Paris haben US-Außenminister John Kerry und sein russischer Kollege Sergej Lawrow am {DDAY}abend keine Einigung über die Ukraine-Krise erzielt.",
     "Kerry verlangte nach dem Gespräch in der Residenz des russischen Botschafters den Rückzug russischer Truppen von der ukrainischen Grenze.",
     "Lawrow bekräftigte die Forderung Moskaus nach einer Föderalisierung der Ukraine."],
    extra="Ukraine, Russland, USA, John Kerry, Sergej Lawrow")

neg("meeting", "2014-04-17", "19:00", "reuters_en", 1.5,
    "Russia, Ukraine, West agree steps to ease Ukraine crisis",
    ["Russia, Ukraine, the United States and the European Union agreed on {DAY} on initial steps to de-escalate the crisis in eastern Ukraine, including the disarming of illegal armed groups and an amnesty for protesters, after talks in Geneva.",
     "The agreement was announced after seven hours of talks between U.S. Secretary of State John Kerry, Russian Foreign Minister Sergei Lavrov, Ukraine's acting Foreign Minister Andriy Deshchytsia and EU foreign policy chief Catherine Ashton.",
     "Kerry and Lavrov also held a separate bilateral meeting on the sidelines, a State Department official said."],
    city="GENEVA")
neg("meeting", "2014-04-17", "19:00", "interfax_ru", 1,
    "Лавров и Керри встретились в Женеве",
    ["Министр иностранных дел РФ Сергей Лавров провел в Женеве двустороннюю встречу с госсекретарем США Джоном Керри перед началом четырехсторонних консультаций по Украине.",
     "Как сообщили в российской делегации, беседа продолжалась около часа."],
    city="GENEVA")

neg("meeting", "2015-05-12", "20:00", "tass_en", 1.5,
    "Kerry, Lavrov hold talks in Sochi, agree to cooperate on Syria, Yemen",
    ["Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry held talks in Sochi on {DAY}, the first visit by the U.S. top diplomat to Russia in two years.",
     "Kerry was also received by President Vladimir Putin at his Bocharov Ruchei residence; the meeting lasted about four hours.",
     "Lavrov told reporters that the sides had agreed to step up cooperation in the fight against terrorism and in the search for settlements in Syria and Yemen."],
    city="SOCHI", cap=("Sergey Lavrov and John Kerry in Sochi", "Gleb Lyubimov/TASS"))
neg("meeting", "2015-05-12", "20:00", "nhk_ja", 6,
    "米ロ外相がソチで会談 シリア・ウクライナ情勢協議",
    ["アメリカのケリー国務長官は{D}日、ロシア南部のソチを訪れ、ラブロフ外相と会談しました。",
     "ケリー長官はプーチン大統領とも会談し、ウクライナ情勢やシリア情勢をめぐって意見を交わしました。",
     "ケリー長官のロシア訪問は、ウクライナ情勢をめぐって両国の関係が悪化して以来、初めてです。"])
neg("meeting", "2015-05-12", "20:00", "ria_ru", 1,
    "Лавров и Керри провели переговоры в Сочи",
    ["Глава МИД России Сергей Лавров и госсекретарь США Джон Керри провели {RDAY} переговоры в Сочи, в ходе которых обсудили ситуацию на Украине, в Сирии и Йемене, а также иранскую ядерную программу.",
     "Керри также встретился с президентом России Владимиром Путиным.",
     "Это первый визит госсекретаря США в Россию за последние два года."],
    city="SOCHI", cap=("Сергей Лавров и Джон Керри в Сочи", "РИА Новости / Михаил Герасимов"))

neg("meeting", "2015-08-03", "14:00", "aljazeera_ar", 2,
    "لقاء ثلاثي في الدوحة يجمع الجبير ولافروف وكيري",
    ["عقد وزراء خارجية الولايات المتحدة جون كيري وروسيا سيرغي لافروف والسعودية عادل الجبير اجتماعا ثلاثيا في الدوحة يوم {ADAY}.",
     "وسبق الاجتماع لقاء ثنائي بين كيري ولافروف تناول الأزمة السورية والاتفاق النووي مع إيران.",
     "وكان وزراء خارجية دول مجلس التعاون الخليجي قد التقوا كيري في الدوحة لبحث تداعيات الاتفاق النووي."])
neg("meeting", "2015-08-03", "14:00", "sputnik_en", 3,
    "Lavrov, Kerry Meet in Doha to Discuss Syria, Iran Deal",
    ["Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry held talks in the Qatari capital on {DAY}, focusing on the Syrian crisis and the implementation of the Iran nuclear deal.",
     "Lavrov told reporters after the meeting that Moscow and Washington still disagreed on the role of Syrian President Bashar Assad.",
     "The two ministers later joined Saudi Foreign Minister Adel al-Jubeir for a trilateral meeting."],
    city="DOHA")

neg("meeting", "2015-09-29", "23:00", "tass_en", 2,
    "Lavrov, Kerry meet on UN General Assembly sidelines",
    ["Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry met on the sidelines of the 70th session of the UN General Assembly on {DAY}, a day after the meeting of Presidents Vladimir Putin and Barack Obama.",
     "The ministers discussed the situation in Syria and the fight against Islamic State.",
     "The two top diplomats talked for about an hour, a source in the Russian delegation told TASS."],
    city="UNITED NATIONS")

neg("meeting", "2015-12-15", "22:00", "tass_en", 1,
    "Lavrov, Kerry agree New York meeting on Syria will go ahead",
    ["Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry agreed at talks in Moscow on {DAY} that a ministerial meeting of the International Syria Support Group would take place in New York on December 18.",
     "Earlier in the day, Kerry was received by President Vladimir Putin at the Kremlin.",
     "The ministers last spoke by telephone on {PDAY}, when they agreed on the dates of the visit."],
    ref="2015-12-12", cap=("Sergey Lavrov and John Kerry in Moscow", "Irina Bazhenova/TASS"))
neg("meeting", "2015-12-15", "22:00", "reuters_en", 2,
    "Kerry, Russia's Lavrov see progress on Syria ahead of New York talks",
    ["U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov said on {DAY} they had narrowed some differences on Syria after talks in Moscow, clearing the way for an international meeting in New York on Friday.",
     "Kerry also met President Vladimir Putin, who said Russia and the United States were looking for ways to settle the Syrian crisis together."])
neg("meeting", "2015-12-15", "22:00", "xinhua_zh", 5,
    "美国务卿访俄 俄美外长会谈讨论叙利亚问题",
    ["俄罗斯外长拉夫罗夫15日在莫斯科与到访的美国国务卿克里举行会谈，双方就叙利亚问题政治解决进程等交换意见。",
     "克里当天还会见了俄罗斯总统普京。",
     "拉夫罗夫在会谈后举行的联合记者会上说，双方同意于18日在纽约举行叙利亚问题国际支持小组部长级会议。"])

neg("meeting", "2016-03-24", "21:30", "ria_ru", 0.5,
    "Лавров и Керри провели переговоры в Москве",
    ["Министр иностранных дел России Сергей Лавров и госсекретарь США Джон Керри провели {RDAY} в Москве переговоры, посвященные в первую очередь сирийскому урегулированию.",
     "Перед этим Керри более четырех часов беседовал в Кремле с президентом Владимиром Путиным.",
     "По словам Лаврова, стороны договорились ускорить работу над политическим процессом в Сирии, в том числе над новой конституцией."])
neg("meeting", "2016-03-24", "21:30", "dw_de", 3,
    "Kerry und Lawrow wollen politischen Prozess in Syrien beschleunigen",
    ["Russland und die USA wollen den politischen Übergang in Syrien vorantreiben. Das vereinbarten US-Außenminister John Kerry und sein russischer Kollege Sergej Lawrow am {DDAY} bei einem Treffen in Moskau.",
     "Kerry war zuvor stundenlang von Präsident Wladimir Putin im Kreml empfangen worden.",
     "Bis August solle ein Entwurf für eine neue syrische Verfassung vorliegen, sagte Kerry."],
    extra="Syrien, Russland, USA, John Kerry, Sergej Lawrow")

neg("meeting", "2016-05-17", "17:00", "sputnik_en", 2,
    "Lavrov, Kerry Hold Bilateral Meeting on Sidelines of Syria Support Group Talks",
    ["Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry held a bilateral meeting in Vienna on {DAY} ahead of the ministerial session of the International Syria Support Group, the Russian delegation said.",
     "The ISSG, which Russia and the United States co-chair, later issued a statement reaffirming its commitment to strengthening the cessation of hostilities.",
     "Earlier this month, the two diplomats discussed the Syrian crisis by phone."],
    city="VIENNA", notitle=True)

neg("meeting", "2016-07-15", "15:00", "tass_en", 10,
    "Lavrov, Kerry agree on concrete steps to save Syrian ceasefire after marathon talks",
    ["Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry said after more than 12 hours of talks in Moscow that they had agreed on concrete steps to restore the ceasefire in Syria and to fight terrorist groups more effectively.",
     "The talks, which began on {DAY} afternoon and continued past midnight, followed Kerry's meeting with President Vladimir Putin at the Kremlin on Thursday evening.",
     "The ministers said the details of the measures would not be made public for now."])
neg("meeting", "2016-07-15", "15:00", "interfax_ru", 9.5,
    "Лавров и Керри договорились о конкретных мерах по Сирии",
    ["Россия и США договорились о конкретных шагах по спасению режима прекращения огня в Сирии, заявил госсекретарь США Джон Керри на пресс-конференции по итогам переговоров с главой МИД РФ Сергеем Лавровым.",
     "Переговоры в Москве продолжались более 12 часов."])
neg("meeting", "2016-07-15", "15:00", "lemonde_fr", 12,
    "Syrie : Moscou et Washington s'accordent sur des « mesures concrètes »",
    ["Après plus de douze heures de discussions à Moscou, le secrétaire d'Etat américain, John Kerry, et son homologue russe, Sergueï Lavrov, ont annoncé dans la nuit de vendredi à samedi s'être entendus sur des « mesures concrètes » pour sauver la trêve en Syrie.",
     "Les deux hommes n'ont pas détaillé le contenu de ces mesures."])

neg("meeting", "2016-08-26", "14:00", "reuters_en", 9,
    "U.S., Russia fail to reach Syria deal after Geneva talks",
    ["U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov failed on {DAY} to clinch an agreement on military cooperation in Syria, but said they had made progress after nearly 12 hours of talks in Geneva.",
     "Lavrov said experts from both countries would continue work in Geneva in the coming days."],
    city="GENEVA")
neg("meeting", "2016-08-26", "14:00", "aljazeera_ar", 10,
    "كيري ولافروف يعلنان تقدما في محادثات سوريا دون اتفاق نهائي",
    ["أعلن وزير الخارجية الأميركي جون كيري ونظيره الروسي سيرغي لافروف يوم {ADAY} في جنيف عن تحقيق تقدم في المحادثات بشأن سوريا، دون التوصل إلى اتفاق نهائي.",
     "واستمرت المحادثات بين الوزيرين نحو 12 ساعة.",
     "ولم يستبعد كيري أن يتحدث مع لافروف هاتفيا في الأيام المقبلة لاستكمال التفاهمات."])
neg("meeting", "2016-08-26", "14:00", "sputnik_es", 9,
    "Lavrov y Kerry acuerdan pasos para consolidar la tregua en Siria",
    ["El canciller ruso, Serguéi Lavrov, y el secretario de Estado de EEUU, John Kerry, acordaron en Ginebra una serie de pasos para restablecer el alto el fuego en Siria, aunque no lograron cerrar un acuerdo definitivo.",
     "La reunión, celebrada este {EDAY}, se prolongó durante casi doce horas."],
    city="GENEVA")

neg("meeting", "2016-12-08", "16:00", "tass_ru", 1,
    "Лавров и Керри обсудили в Гамбурге ситуацию в Алеппо",
    ["Министр иностранных дел РФ Сергей Лавров и госсекретарь США Джон Керри обсудили ситуацию в Алеппо на встрече в кулуарах заседания Совета министров иностранных дел ОБСЕ в Гамбурге.",
     "Беседа продолжалась около 40 минут, сообщили в российской делегации.",
     "Ранее Лавров и Керри неоднократно обсуждали сирийскую тематику по телефону."],
    city="HAMBURG")
neg("meeting", "2016-12-08", "16:00", "dw_de", 4,
    "Kerry und Lawrow sprechen in Hamburg über Aleppo",
    ["Am Rande des OSZE-Ministerrats in Hamburg sind US-Außenminister John Kerry und der russische Außenminister Sergej Lawrow zu einem Gespräch über die Lage in Aleppo zusammengekommen.",
     "Ein Durchbruch wurde nach Angaben beider Delegationen nicht erzielt."],
    extra="OSZE, Aleppo, John Kerry, Sergej Lawrow")

# ---- Lavrov's calls with other foreign ministers (lavrov_foreign_minister_call)

neg("other_minister_call", "2013-08-27", "17:00", "mid_en", 2,
    "Press release on Foreign Minister Sergey Lavrov’s telephone conversation with French Foreign Minister Laurent Fabius",
    ["On {MON} {D}, Foreign Minister Sergey Lavrov had a telephone conversation with Minister of Foreign Affairs of France Laurent Fabius at the French side's initiative.",
     "The ministers discussed the situation in Syria in connection with the reports of the use of chemical weapons in the Damascus suburbs. Mr Lavrov stressed that any attempt to bypass the UN Security Council would have grave consequences for the region.",
     "The ministers agreed to stay in contact."])
neg("other_minister_call", "2013-08-27", "17:00", "lemonde_fr", 4,
    "Syrie : Laurent Fabius s'est entretenu avec Sergueï Lavrov",
    ["Le ministre des affaires étrangères, Laurent Fabius, s'est entretenu {FDAY} par téléphone avec son homologue russe, Sergueï Lavrov, au sujet de l'attaque chimique présumée près de Damas.",
     "M. Fabius a plaidé pour une réaction ferme de la communauté internationale, tandis que Moscou met en garde contre toute intervention militaire sans mandat de l'ONU.",
     "Le secrétaire d'Etat américain, John Kerry, avait lui aussi appelé M. Lavrov la semaine dernière."])

neg("other_minister_call", "2014-02-28", "18:00", "dw_de", 3,
    "Steinmeier telefoniert mit Lawrow über die Ukraine",
    ["Bundesaußenminister Frank-Walter Steinmeier hat am {DDAY} mit seinem russischen Kollegen Sergej Lawrow über die Lage in der Ukraine telefoniert.",
     "Steinmeier warnte vor einer Eskalation auf der Krim und rief Moskau auf, die territoriale Integrität der Ukraine zu achten.",
     "Nach Angaben des Auswärtigen Amts vereinbarten beide, in engem Kontakt zu bleiben."],
    extra="Frank-Walter Steinmeier, Sergej Lawrow, Ukraine")
neg("other_minister_call", "2014-02-28", "18:00", "tass_en", 2,
    "Lavrov, Steinmeier discuss Ukraine by phone",
    ["Russian Foreign Minister Sergey Lavrov and German Foreign Minister Frank-Walter Steinmeier discussed the situation in Ukraine in a telephone conversation on {DAY}, the Russian Foreign Ministry said.",
     "Lavrov stressed the need for the Ukrainian opposition to fulfil the February 21 agreement, which was signed in the presence of the foreign ministers of Germany, France and Poland.",
     "The ministers agreed to coordinate their steps to help stabilise the situation."])

neg("other_minister_call", "2015-01-29", "15:00", "xinhua_zh", 4,
    "王毅应约同俄罗斯外长拉夫罗夫通电话",
    ["外交部长王毅{D}日应约同俄罗斯外长拉夫罗夫通电话，双方就乌克兰局势和中俄关系交换了意见。",
     "王毅表示，中方始终认为，应通过政治对话解决乌克兰问题。",
     "拉夫罗夫介绍了俄方对乌克兰东部局势的看法。"],
    city="BEIJING")
neg("other_minister_call", "2015-01-29", "15:00", "tass_en", 2,
    "Lavrov, Chinese counterpart discuss Ukraine, bilateral ties by phone",
    ["Russian Foreign Minister Sergey Lavrov and his Chinese counterpart Wang Yi discussed the situation in Ukraine and preparations for events marking the 70th anniversary of the victory in World War II in a telephone conversation on {DAY}.",
     "The ministers also discussed the schedule of high-level contacts for 2015."])

neg("other_minister_call", "2015-03-14", "16:30", "tass_en", 2,
    "Lavrov, Zarif discuss Iranian nuclear talks by phone",
    ["Russian Foreign Minister Sergey Lavrov and his Iranian counterpart Mohammad Javad Zarif discussed the state of the negotiations on Iran's nuclear programme in a telephone conversation on {DAY}.",
     "The ministers noted progress in the talks between Iran and the six international mediators and stressed the need for a comprehensive agreement that would lift all sanctions against Tehran.",
     "Zarif is due to resume talks with U.S. Secretary of State John Kerry in Lausanne next week."])
neg("other_minister_call", "2015-03-14", "16:30", "aljazeera_ar", 5,
    "ظريف ولافروف يبحثان هاتفيا المفاوضات النووية",
    ["بحث وزير الخارجية الإيراني محمد جواد ظريف مع نظيره الروسي سيرغي لافروف في اتصال هاتفي يوم {ADAY} مسار المفاوضات بشأن البرنامج النووي الإيراني.",
     "وأكد الجانبان ضرورة رفع العقوبات المفروضة على طهران في إطار أي اتفاق نهائي."])
neg("other_minister_call", "2015-03-14", "16:30", "mid_ru", 1.5,
    "О телефонном разговоре С.В.Лаврова с Министром иностранных дел Ирана М.Д.Зарифом",
    ["{D} {RMON} состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Министром иностранных дел Исламской Республики Иран М.Д.Зарифом.",
     "Обсуждены ход переговоров «шестерки» международных посредников с Ираном по ядерной программе, а также ряд вопросов двусторонней повестки дня."])

neg("other_minister_call", "2015-10-03", "19:00", "aljazeera_ar", 3,
    "الجبير ولافروف يبحثان هاتفيا الغارات الروسية في سوريا",
    ["بحث وزير الخارجية السعودي عادل الجبير مع نظيره الروسي سيرغي لافروف في اتصال هاتفي يوم {ADAY} الغارات التي تشنها الطائرات الروسية في سوريا منذ الأربعاء الماضي.",
     "وأعرب الجبير عن قلق بلاده من استهداف الغارات فصائل المعارضة السورية."])
neg("other_minister_call", "2015-10-03", "19:00", "sputnik_en", 4,
    "Lavrov, Saudi Counterpart Discuss Russian Airstrikes in Syria",
    ["Russian Foreign Minister Sergei Lavrov and his Saudi counterpart Adel al-Jubeir discussed the Russian air operation against terrorists in Syria in a phone conversation on {DAY}, the Russian Foreign Ministry said.",
     "Lavrov stressed that the strikes target Islamic State and other terrorist groups, according to the statement."])

neg("other_minister_call", "2015-11-24", "16:00", "ria_ru", 1,
    "Лавров провел телефонный разговор с главой МИД Турции",
    ["Глава МИД России Сергей Лавров {RDAY} провел телефонный разговор с министром иностранных дел Турции Мевлютом Чавушоглу в связи с уничтожением российского бомбардировщика Су-24 в Сирии, сообщает МИД РФ.",
     "Чавушоглу изложил турецкую версию произошедшего.",
     "Ранее Лавров отменил запланированный на среду визит в Турцию."])
neg("other_minister_call", "2015-11-24", "16:00", "reuters_en", 3,
    "Turkey's foreign minister speaks with Russia's Lavrov after jet downing",
    ["Turkish Foreign Minister Mevlut Cavusoglu spoke by phone with his Russian counterpart Sergei Lavrov on {DAY}, hours after Turkish F-16 jets shot down a Russian warplane near the Syrian border, Turkish diplomatic sources said.",
     "Cavusoglu told Lavrov the plane had violated Turkish airspace despite repeated warnings, the sources said.",
     "Lavrov later called off a visit to Turkey planned for Wednesday."],
    city="ANKARA")

neg("other_minister_call", "2016-01-04", "17:20", "tass_en", 1.5,
    "Lavrov, Zarif discuss Iran-Saudi tensions by phone",
    ["Russian Foreign Minister Sergey Lavrov discussed the sharp deterioration in relations between Iran and Saudi Arabia in a telephone conversation with his Iranian counterpart Mohammad Javad Zarif on {DAY}, the ministry said.",
     "Lavrov confirmed Russia's readiness to act as a mediator in settling the differences between Tehran and Riyadh.",
     "Saudi Arabia cut diplomatic ties with Iran on Sunday after its embassy in Tehran was stormed by protesters."])
neg("other_minister_call", "2016-01-04", "17:20", "interfax_ru", 1,
    "Лавров и Зариф обсудили кризис в ирано-саудовских отношениях",
    ["Глава МИД РФ Сергей Лавров в телефонном разговоре с министром иностранных дел Ирана Мохаммадом Джавадом Зарифом выразил озабоченность обострением отношений между Тегераном и Эр-Риядом, сообщил МИД РФ.",
     "Российская сторона подтвердила готовность содействовать урегулированию разногласий."])

neg("other_minister_call", "2016-02-10", "18:30", "dw_de", 2,
    "Steinmeier und Lawrow beraten vor Münchner Syrien-Treffen",
    ["Vor dem Treffen der Syrien-Unterstützergruppe in München hat Außenminister Frank-Walter Steinmeier mit seinem russischen Amtskollegen Sergej Lawrow telefoniert.",
     "Steinmeier drängte auf eine Waffenruhe und ungehinderten Zugang für humanitäre Hilfe, wie das Auswärtige Amt am {DDAY}abend mitteilte.",
     "Auch US-Außenminister John Kerry wird zu den Gesprächen in München erwartet."],
    extra="Frank-Walter Steinmeier, Sergej Lawrow, Syrien")
neg("other_minister_call", "2016-02-10", "18:30", "mid_en", 3,
    "Foreign Minister Sergey Lavrov’s telephone conversation with German Foreign Minister Frank-Walter Steinmeier",
    ["On {MON} {D}, Foreign Minister Sergey Lavrov had a telephone conversation with Federal Minister for Foreign Affairs of Germany Frank-Walter Steinmeier.",
     "The ministers exchanged views on the agenda of the International Syria Support Group meeting in Munich on February 11, as well as on the implementation of the Minsk agreements."])

neg("other_minister_call", "2016-02-24", "17:00", "tass_en", 2,
    "Lavrov, Jordanian counterpart discuss Syria truce by phone",
    ["Russian Foreign Minister Sergey Lavrov and Jordanian Foreign Minister Nasser Judeh discussed the implementation of the Russian-US joint statement on a cessation of hostilities in Syria in a telephone conversation on {DAY}.",
     "The ministers also discussed the list of terrorist groups in Syria, work on which is coordinated by Jordan.",
     "The joint statement was agreed after a series of telephone contacts between Lavrov and U.S. Secretary of State John Kerry and approved by the presidents of the two countries on Monday."])

neg("other_minister_call", "2016-04-02", "15:00", "lemonde_fr", 4,
    "Haut-Karabakh : Jean-Marc Ayrault et Sergueï Lavrov appellent au calme",
    ["Le ministre des affaires étrangères, Jean-Marc Ayrault, s'est entretenu {FDAY} par téléphone avec son homologue russe, Sergueï Lavrov, après les violents combats qui ont éclaté dans la nuit au Haut-Karabakh.",
     "Les deux ministres, dont les pays coprésident avec les Etats-Unis le groupe de Minsk de l'OSCE, ont appelé à un cessez-le-feu immédiat."])
neg("other_minister_call", "2016-04-02", "15:00", "tass_en", 2,
    "Lavrov, Ayrault call for ceasefire in Nagorno-Karabakh",
    ["Russian Foreign Minister Sergey Lavrov and his French counterpart Jean-Marc Ayrault called for an immediate ceasefire in Nagorno-Karabakh in a telephone conversation on {DAY}.",
     "Russia, France and the United States co-chair the OSCE Minsk Group, which mediates in the conflict.",
     "Lavrov also had phone conversations with the foreign ministers of Azerbaijan and Armenia, the ministry said."])

neg("other_minister_call", "2016-09-10", "14:00", "nhk_ja", 4,
    "岸田外相 ロシア外相と電話会談 北朝鮮の核実験で連携確認",
    ["岸田外務大臣は{D}日、ロシアのラブロフ外相と電話で会談し、北朝鮮が9日に行った5回目の核実験について意見を交わしました。",
     "岸田大臣は、国連の安全保障理事会で新たな制裁決議の採択を目指す考えを伝え、協力を求めました。",
     "これに対しラブロフ外相は、北朝鮮の核実験は容認できないとしたうえで、対話による解決の重要性も指摘したということです。"])
neg("other_minister_call", "2016-09-10", "14:00", "tass_en", 3,
    "Lavrov, Japanese counterpart discuss North Korea nuclear test by phone",
    ["Russian Foreign Minister Sergey Lavrov and his Japanese counterpart Fumio Kishida discussed the situation on the Korean Peninsula after North Korea's fifth nuclear test in a telephone conversation on {DAY}.",
     "Both ministers condemned the test as a violation of UN Security Council resolutions."])

neg("other_minister_call", "2015-11-16", "14:00", "sputnik_es", 2,
    "Lavrov y García-Margallo abordan por teléfono la lucha antiterrorista",
    ["El canciller ruso, Serguéi Lavrov, y su homólogo español, José Manuel García-Margallo, conversaron por teléfono este {EDAY} sobre la cooperación en la lucha contra el terrorismo tras los atentados del 13 de noviembre en París, informó la Cancillería rusa.",
     "Ambos ministros coincidieron en la necesidad de formar un amplio frente antiterrorista bajo los auspicios de la ONU."])
neg("other_minister_call", "2015-11-16", "14:00", "elpais_es", 6,
    "Margallo habla con Lavrov sobre la respuesta a los atentados de París",
    ["El ministro de Asuntos Exteriores, José Manuel García-Margallo, habló el {EDAY} por teléfono con su homólogo ruso, Serguéi Lavrov, para abordar la respuesta internacional a los atentados de París.",
     "García-Margallo defendió que Rusia participe en una gran coalición contra el Estado Islámico."],
    city="Madrid")

# ---- Putin-Obama calls (putin_obama_call) ---------------------------------

neg("putin_obama_call", "2014-03-01", "21:00", "tass_en", 2,
    "Putin, Obama discuss Ukraine by phone",
    ["Russian President Vladimir Putin and U.S. President Barack Obama discussed the situation in Ukraine in a telephone conversation on {DAY}, the Kremlin press service said.",
     "Putin drew Obama's attention to the threat to the lives and health of Russian citizens and compatriots on Ukrainian territory and stressed that Russia reserved the right to protect its interests.",
     "The conversation, initiated by the American side, lasted about 90 minutes."])
neg("putin_obama_call", "2014-03-01", "21:00", "reuters_en", 2.5,
    "Obama tells Putin Russian moves in Ukraine violate international law",
    ["President Barack Obama told Russian President Vladimir Putin in a 90-minute phone call on {DAY} that Russia's military intervention in Ukraine was a clear violation of international law, the White House said.",
     "Obama urged Putin to pull forces back to their bases in Crimea and warned that Moscow would face greater political and economic isolation.",
     "Secretary of State John Kerry was expected to speak with Russian Foreign Minister Sergei Lavrov, a senior administration official said."],
    city="WASHINGTON")
neg("putin_obama_call", "2014-03-01", "21:00", "dw_de", 14,
    "Obama warnt Putin vor Eingreifen in der Ukraine",
    ["US-Präsident Barack Obama hat am {DDAY}abend in einem rund 90-minütigen Telefonat mit Kremlchef Wladimir Putin vor einer Militärintervention in der Ukraine gewarnt.",
     "Putin verwies nach Kreml-Angaben auf die Bedrohung russischer Staatsbürger auf der Krim."],
    extra="Barack Obama, Wladimir Putin, Ukraine")

neg("putin_obama_call", "2014-03-28", "22:00", "ria_ru", 1,
    "Путин и Обама обсудили по телефону ситуацию на Украине",
    ["Президент России Владимир Путин провел {RDAY} телефонный разговор с президентом США Бараком Обамой, сообщает пресс-служба Кремля.",
     "Путин обратил внимание Обамы на продолжающийся разгул экстремистов в Киеве и ряде регионов Украины.",
     "Президенты договорились, что министры иностранных дел двух стран обсудят конкретные параметры совместной работы."])
neg("putin_obama_call", "2014-03-28", "22:00", "reuters_en", 3,
    "Putin calls Obama to discuss U.S. proposal on Ukraine",
    ["Russian President Vladimir Putin called President Barack Obama on {DAY} to discuss a U.S. proposal for a diplomatic resolution of the Ukraine crisis, the White House said.",
     "The two leaders agreed that Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov would meet to discuss next steps."],
    city="WASHINGTON")

neg("putin_obama_call", "2015-02-10", "23:00", "tass_en", 1,
    "Putin, Obama discuss Ukraine by phone ahead of Minsk summit",
    ["Russian President Vladimir Putin and U.S. President Barack Obama discussed the crisis in Ukraine in a telephone conversation on {DAY}, the Kremlin said, on the eve of a summit of the Normandy Four leaders in Minsk.",
     "The call was initiated by the American side."])

neg("putin_obama_call", "2015-07-15", "21:00", "sputnik_en", 2,
    "Obama Thanks Putin for Russia's Role in Iran Nuclear Deal",
    ["US President Barack Obama thanked Russian President Vladimir Putin for Russia's role in reaching the agreement on Iran's nuclear programme during a phone call on {DAY}, the Kremlin press service said.",
     "The two leaders agreed that Russian and US diplomats would keep working together on the Iranian issue and on Syria."])
neg("putin_obama_call", "2015-07-15", "21:00", "interfax_ru", 1.5,
    "Обама поблагодарил Путина за вклад в соглашение по Ирану",
    ["Президент США Барак Обама в телефонном разговоре с Владимиром Путиным {RDAY} поблагодарил российского лидера за роль России в достижении договоренностей по иранской ядерной программе, сообщила пресс-служба Кремля.",
     "Стороны высоко оценили взаимодействие министров иностранных дел двух стран в ходе переговоров в Вене."])

neg("putin_obama_call", "2016-02-22", "19:00", "tass_en", 2,
    "Putin, Obama approve joint statement on cessation of hostilities in Syria",
    ["Russian President Vladimir Putin and U.S. President Barack Obama in a telephone conversation on {DAY} approved a joint statement on a cessation of hostilities in Syria, the Kremlin said.",
     "The document was drafted by the foreign ministers of the two countries, Sergey Lavrov and John Kerry, after several rounds of consultations, including by phone.",
     "The ceasefire is to take effect at midnight Damascus time on February 27."])
neg("putin_obama_call", "2016-02-22", "19:00", "xinhua_zh", 6,
    "普京与奥巴马通电话 就叙利亚停火达成一致",
    ["俄罗斯总统普京{D}日与美国总统奥巴马通电话，双方通过了关于叙利亚停火的联合声明。",
     "克里姆林宫说，停火协议将于大马士革时间27日零时生效。"])
neg("putin_obama_call", "2016-02-22", "19:00", "aljazeera_ar", 3,
    "بوتين وأوباما يتفقان هاتفيا على وقف الأعمال القتالية في سوريا",
    ["اتفق الرئيسان الروسي فلاديمير بوتين والأميركي باراك أوباما في اتصال هاتفي يوم {ADAY} على بيان مشترك بشأن وقف الأعمال القتالية في سوريا.",
     "وكان وزيرا الخارجية سيرغي لافروف وجون كيري قد توصلا إلى تفاهم حول الهدنة خلال اتصالات مكثفة."])
neg("putin_obama_call", "2016-02-22", "19:00", "lemonde_fr", 5,
    "Syrie : Poutine et Obama s'accordent sur une trêve",
    ["Les présidents russe et américain, Vladimir Poutine et Barack Obama, se sont mis d'accord {FDAY} par téléphone sur les modalités d'une « cessation des hostilités » en Syrie.",
     "Le cessez-le-feu doit entrer en vigueur samedi à minuit, heure de Damas."])

neg("putin_obama_call", "2016-03-14", "20:00", "ria_ru", 1,
    "Путин и Обама обсудили по телефону вывод основной части ВКС из Сирии",
    ["Президент России Владимир Путин в телефонном разговоре с президентом США Бараком Обамой проинформировал его о решении вывести основную часть группировки Воздушно-космических сил из Сирии, сообщили в Кремле.",
     "Лидеры двух стран призвали к активизации мирного процесса."])
neg("putin_obama_call", "2016-03-14", "20:00", "nhk_ja", 7,
    "米ロ首脳が電話会談 ロシア軍の一部撤退で",
    ["ロシアのプーチン大統領は、日本時間の15日未明、アメリカのオバマ大統領と電話で会談し、シリアに派遣しているロシア軍の主要部隊を撤退させる方針を伝えました。",
     "両首脳は、シリアの和平協議を進めることが重要だという認識で一致したということです。"])

# ---- Stories that mention a Lavrov-Kerry call only in passing -------------

neg("passing_mention", "2016-03-07", "12:00", "tass_en", 0.5,
    "Russian reconciliation center registers nine ceasefire violations in Syria over past day",
    ["The Russian Center for Reconciliation of the Opposing Sides in Syria has registered nine violations of the cessation of hostilities over the past 24 hours, the center said in its daily bulletin on {DAY}.",
     "Most of the violations were recorded in the provinces of Latakia and Damascus, the bulletin said. Another two settlements have joined the ceasefire, bringing the total to 44.",
     "Humanitarian convoys delivered food and medicines to three besieged settlements in Homs province.",
     "The ceasefire regime was also discussed by Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry during their telephone conversation on {PDAY}."],
    ref="2016-03-06", cap=("A Syrian army checkpoint near Homs (archive)", "EPA/YOUSSEF BADAWI"))
neg("passing_mention", "2016-04-30", "11:00", "reuters_en", 1,
    "Air strikes hit Aleppo for ninth day as truce collapses",
    ["Air strikes pounded rebel-held districts of Aleppo for a ninth straight day on {DAY}, residents and a monitoring group said, as diplomatic efforts failed to restore a partial truce in Syria's largest city.",
     "The Syrian Observatory for Human Rights said more than 250 civilians had been killed in the city since fighting escalated on April 22.",
     "Rebel shelling of government-held parts of the city also killed civilians, state media said.",
     "In Geneva, U.N. envoy Staffan de Mistura appealed to Moscow and Washington to revive the truce.",
     "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov discussed Aleppo by phone on {PDAY}, according to both governments."],
    ref="2016-04-29", city="BEIRUT")
neg("passing_mention", "2016-06-09", "14:00", "interfax_ru", 1,
    "Захарова: Москва ждет от Вашингтона разделения оппозиции и террористов",
    ["Россия по-прежнему ожидает от США практических шагов по отделению подконтрольных Вашингтону формирований от террористов, заявила официальный представитель МИД РФ Мария Захарова на брифинге {RDAY}.",
     "Она также прокомментировала ситуацию вокруг Манбиджа и положение дел в Донбассе.",
     "По словам Захаровой, вопрос о размежевании неоднократно поднимался в ходе телефонных разговоров министра иностранных дел Сергея Лаврова и госсекретаря США Джона Керри, последний из которых состоялся {PRDAY}."],
    ref="2016-06-07")
neg("passing_mention", "2015-01-27", "12:00", "dw_de", 1,
    "OSZE: Schwere Kämpfe in der Ostukraine",
    ["Die Beobachter der OSZE haben im Osten der Ukraine erneut heftigen Artilleriebeschuss registriert.",
     "Besonders betroffen seien die Gegend um den Flughafen von Donezk und die Stadt Debalzewe.",
     "Die Bundesregierung forderte beide Seiten auf, die Waffenruhe einzuhalten.",
     "Am {PDDAY} hatten US-Außenminister John Kerry und der russische Außenminister Sergej Lawrow über die Eskalation telefoniert."],
    ref="2015-01-25", extra="Ukraine, OSZE, Donezk")
neg("passing_mention", "2016-09-19", "18:00", "lemonde_fr", 1,
    "En Syrie, la trêve est au bord de l'effondrement",
    ["Une semaine après son entrée en vigueur, la trêve négociée par Washington et Moscou en Syrie semblait {FDAY} au bord de l'effondrement.",
     "L'armée syrienne a annoncé la fin du cessez-le-feu, accusant les rebelles de l'avoir violé à plus de 300 reprises.",
     "Les relations entre les deux parrains de l'accord se sont encore tendues après la frappe de la coalition internationale contre des positions de l'armée syrienne près de Deir ez-Zor, samedi.",
     "Sergueï Lavrov et John Kerry s'en étaient expliqués au téléphone le soir même."],
    extra="Syrie : ce que prévoit l'accord russo-américain")
neg("passing_mention", "2016-12-15", "13:00", "sputnik_en", 0.5,
    "Evacuation of Militants From Eastern Aleppo Resumes",
    ["The evacuation of militants and their families from the eastern districts of Aleppo resumed on {DAY} morning, the Russian Defense Ministry said.",
     "The first convoy of buses and ambulances left the city through a corridor monitored by the Russian Center for Reconciliation, the ministry said.",
     "Earlier, the evacuation was delayed after militants opened fire on the route.",
     "The Aleppo evacuation was discussed by Lavrov and Kerry in a phone conversation on {PDAY}."],
    ref="2016-12-14")
neg("passing_mention", "2016-02-23", "10:00", "xinhua_zh", 1,
    "叙利亚多地发生爆炸 致上百人死亡",
    ["叙利亚首都大马士革南部和中部城市霍姆斯21日发生多起爆炸袭击，造成上百人死亡。",
     "极端组织“伊斯兰国”宣称对袭击负责。",
     "叙利亚政府谴责袭击，称其企图破坏政治解决进程。",
     "此前，俄罗斯外长拉夫罗夫与美国国务卿克里21日通电话，就叙利亚停火的条件进行了磋商。"],
    city="DAMASCUS")
neg("passing_mention", "2016-09-18", "14:00", "aljazeera_ar", 1,
    "دمشق تتهم التحالف بتعمد قصف مواقع جيشها في دير الزور",
    ["اتهمت الحكومة السورية التحالف الدولي بقيادة الولايات المتحدة بتعمد قصف مواقع لجيشها قرب مطار دير الزور العسكري، مما أسفر عن مقتل عشرات الجنود.",
     "وقالت واشنطن إن الغارة كانت تستهدف مقاتلي تنظيم الدولة وإنها أوقفت فور إبلاغها من الجانب الروسي.",
     "وطالبت موسكو بعقد جلسة طارئة لمجلس الأمن الدولي.",
     "وكان لافروف قد ناقش الحادث مع كيري في اتصال هاتفي ليلة أمس."])
neg("passing_mention", "2017-01-20", "15:00", "tass_en", 1,
    "Russian diplomats look forward to working with new US administration",
    ["Russia expects to establish working contacts with the new U.S. administration of Donald Trump, who is being sworn in as president on {DAY}, Russian Deputy Foreign Minister Sergey Ryabkov said.",
     "Ryabkov said Moscow was ready to discuss strategic stability, the fight against terrorism and the Syrian settlement.",
     "Under outgoing Secretary of State John Kerry, contacts between the two foreign ministries were intensive: according to the Russian Foreign Ministry, Sergey Lavrov and Kerry held dozens of telephone conversations in 2016 alone."])
neg("passing_mention", "2016-09-20", "17:00", "ria_ru", 1,
    "Лавров призвал не пересматривать договоренности России и США по Сирии",
    ["Глава МИД РФ Сергей Лавров в ходе заседания Международной группы поддержки Сирии в Нью-Йорке призвал не допускать одностороннего пересмотра российско-американских договоренностей от 9 сентября.",
     "По словам министра, без разделения оппозиции и террористов режим прекращения боевых действий не может быть устойчивым.",
     "Он напомнил, что удар коалиции по позициям сирийской армии под Дейр-эз-Зором уже обсуждался им с Джоном Керри по телефону."],
    city="NEW YORK")
neg("passing_mention", "2016-02-27", "12:00", "elpais_es", 1,
    "Entra en vigor la tregua en Siria",
    ["La tregua acordada por Estados Unidos y Rusia entró en vigor en la medianoche del viernes al sábado en buena parte de Siria.",
     "Los primeros informes hablan de una calma relativa en Damasco y Alepo, aunque se registraron combates aislados.",
     "El alto el fuego excluye al Estado Islámico y al Frente al Nusra.",
     "Los términos del acuerdo fueron negociados durante semanas por el secretario de Estado John Kerry y el ministro ruso Serguéi Lavrov, que los cerraron en una conversación telefónica el pasado domingo."],
    city="Beirut")
neg("passing_mention", "2016-05-10", "06:00", "nhk_ja", 1,
    "シリア アレッポで一時停戦延長",
    ["シリア北部のアレッポで続いていた一時的な停戦について、アメリカとロシアは、期間をさらに延長することで合意しました。",
     "ロシア国防省によりますと、停戦はおおむね守られているということです。",
     "これに先立ち、ロシアのラブロフ外相とアメリカのケリー国務長官が電話で会談し、停戦の維持に向けて協力することを確認していました。"])
neg("passing_mention", "2014-03-04", "15:00", "reuters_en", 1,
    "Russian stocks rebound as Putin orders troops back to bases",
    ["Russian shares and the rouble rebounded on {DAY} after President Vladimir Putin ordered troops taking part in military exercises near the Ukrainian border to return to their bases.",
     "The MICEX index rose 5.3 percent after falling nearly 11 percent on Monday.",
     "Diplomatic contacts continued, with Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry having spoken by telephone on Monday, though no breakthrough was reported."])

# ---- A planned call that did not take place ------------------------------

neg("call_not_held", "2013-02-14", "22:00", "reuters_en", 1,
    "Kerry still waiting to speak to Russia's Lavrov on North Korea",
    ["U.S. Secretary of State John Kerry has been unable to speak by phone with Russian Foreign Minister Sergei Lavrov for several days, the State Department said on {DAY}, as Washington seeks a united response to North Korea's nuclear test.",
     "Kerry tried to call Lavrov on Tuesday and again on Wednesday, a department spokeswoman told reporters, adding that the Russian minister was travelling.",
     "\"We expect that they will connect at some point,\" she said."],
    city="WASHINGTON")
neg("call_not_held", "2013-02-15", "12:00", "ria_ru", 1,
    "В МИД объяснили, почему Лавров пока не поговорил с Керри",
    ["Министр иностранных дел России Сергей Лавров не смог провести телефонный разговор с госсекретарем США Джоном Керри из-за напряженного графика зарубежных поездок, сообщил источник в МИД РФ.",
     "Разговор может состояться в ближайшие дни, добавил собеседник агентства."])
neg("call_not_held", "2013-02-14", "22:00", "lemonde_fr", 3,
    "Corée du Nord : John Kerry ne parvient pas à joindre Sergueï Lavrov",
    ["Le secrétaire d'Etat américain, John Kerry, n'a toujours pas pu s'entretenir par téléphone avec son homologue russe, Sergueï Lavrov, depuis l'essai nucléaire nord-coréen de mardi, a indiqué {FDAY} le département d'Etat.",
     "Le chef de la diplomatie russe est en tournée à l'étranger, selon Washington."])
neg("call_not_held", "2016-10-04", "13:00", "tass_en", 1,
    "No phone contacts between Lavrov and Kerry planned — Russian diplomat",
    ["There are no plans for a telephone conversation between Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State John Kerry after Washington suspended bilateral contacts with Moscow on Syria, Deputy Foreign Minister Sergey Ryabkov said on {DAY}.",
     "\"Nothing of the kind is on the schedule,\" the diplomat said.",
     "The U.S. State Department announced on Monday that it was suspending its participation in bilateral channels with Russia that had been set up to sustain the cessation of hostilities in Syria."])
neg("call_not_held", "2016-10-04", "13:00", "interfax_ru", 0.5,
    "Рябков: телефонный разговор Лаврова и Керри пока не планируется",
    ["Телефонный разговор министра иностранных дел РФ Сергея Лаврова и госсекретаря США Джона Керри в ближайшее время не планируется, заявил замглавы МИД России Сергей Рябков.",
     "Ранее Госдепартамент объявил о приостановке двусторонних контактов с Россией по Сирии."])
neg("call_not_held", "2016-10-04", "13:00", "aljazeera_ar", 3,
    "موسكو: لا اتصالات مقررة بين لافروف وكيري",
    ["قال نائب وزير الخارجية الروسي سيرغي ريابكوف يوم {ADAY} إنه لا توجد خطط لإجراء اتصال هاتفي بين الوزير سيرغي لافروف ونظيره الأميركي جون كيري، بعد تعليق واشنطن التعاون الثنائي بشأن سوريا.",
     "وكانت الخارجية الأميركية قد أعلنت الاثنين تعليق مشاركتها في القنوات الثنائية مع روسيا."])
neg("call_not_held", "2016-10-13", "16:00", "sputnik_en", 1,
    "Lavrov-Kerry Phone Call Postponed Over Scheduling, Zakharova Says",
    ["A planned phone conversation between Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry did not take place on {DAY} because of the US side's schedule, Russian Foreign Ministry spokeswoman Maria Zakharova said.",
     "\"The conversation has been postponed, no new date has been set,\" Zakharova told reporters.",
     "The two diplomats are expected to meet in Lausanne on Saturday for multilateral talks on Syria."])
neg("call_not_held", "2016-10-13", "16:00", "dw_de", 3,
    "Geplantes Telefonat zwischen Lawrow und Kerry abgesagt",
    ["Ein für {DDAY} geplantes Telefonat zwischen dem russischen Außenminister Sergej Lawrow und US-Außenminister John Kerry ist nicht zustande gekommen.",
     "Das russische Außenministerium begründete dies mit Terminproblemen auf amerikanischer Seite.",
     "Beide Minister wollen sich am Samstag in Lausanne zu Syrien-Gesprächen treffen."],
    extra="Sergej Lawrow, John Kerry, Syrien")

# ---- Kerry's calls with people other than Lavrov --------------------------

neg("kerry_other_call", "2016-01-06", "23:00", "stategov_en", 2,
    "Secretary Kerry's Call With Republic of Korea Foreign Minister Yun Byung-se",
    ["Secretary Kerry spoke today with Republic of Korea Foreign Minister Yun Byung-se to discuss the DPRK's claimed nuclear test. The Secretary reaffirmed the ironclad U.S. commitment to the defense of the ROK, and the two agreed on the need for a strong, united international response."])
neg("kerry_other_call", "2016-01-06", "23:00", "yonhap_ko", 4,
    "윤병세 외교장관, 케리 국무장관과 전화 통화…북핵 대응 논의",
    ["윤병세 외교부 장관은 7일 존 케리 미국 국무장관과 전화 통화를 하고 북한의 4차 핵실험에 대한 대응 방안을 협의했다.",
     "두 장관은 유엔 안전보장이사회에서 강력한 제재 결의가 채택되도록 긴밀히 협력하기로 했다.",
     "케리 장관은 이어 중국의 왕이 외교부장과도 통화할 예정이라고 국무부는 밝혔다."],
    city="SEOUL")
neg("kerry_other_call", "2016-01-07", "12:00", "xinhua_zh", 3,
    "王毅同美国国务卿克里通电话",
    ["外交部长王毅{D}日应约同美国国务卿克里通电话，双方就朝鲜核试验问题交换意见。",
     "王毅表示，中方坚定致力于实现半岛无核化，坚持通过对话协商解决问题。",
     "克里表示，美方愿同中方保持沟通与协调。"],
    city="BEIJING")
neg("kerry_other_call", "2015-11-24", "22:00", "reuters_en", 1.5,
    "Kerry urges Turkey's Cavusoglu to keep calm after Russian jet downing",
    ["U.S. Secretary of State John Kerry spoke by phone with Turkish Foreign Minister Mevlut Cavusoglu on {DAY} after Turkey shot down a Russian warplane near the Syrian border, and urged all sides to take steps to reduce tensions, the State Department said.",
     "Kerry also planned to speak with Russian Foreign Minister Sergei Lavrov, a State Department spokesman said."],
    city="WASHINGTON")
neg("kerry_other_call", "2016-01-12", "23:00", "aljazeera_ar", 8,
    "كيري يتصل بظريف بعد احتجاز إيران بحارة أميركيين",
    ["أجرى وزير الخارجية الأميركي جون كيري اتصالا هاتفيا مع نظيره الإيراني محمد جواد ظريف يوم {ADAY} بعد احتجاز الحرس الثوري الإيراني عشرة بحارة أميركيين في مياه الخليج.",
     "وأكدت طهران أن البحارة سيطلق سراحهم قريبا."])
neg("kerry_other_call", "2014-03-01", "20:00", "dw_de", 5,
    "Kerry berät mit europäischen Kollegen über die Ukraine",
    ["US-Außenminister John Kerry hat am {DDAY} mit Bundesaußenminister Frank-Walter Steinmeier und weiteren europäischen Amtskollegen über die Lage auf der Krim telefoniert.",
     "Kerry habe die Sorge Washingtons über russische Truppenbewegungen zum Ausdruck gebracht, teilte das State Department mit.",
     "Ein Gespräch mit dem russischen Außenminister Sergej Lawrow war nach Angaben aus Washington ebenfalls geplant."],
    extra="John Kerry, Frank-Walter Steinmeier, Ukraine")
neg("kerry_other_call", "2016-09-09", "16:00", "nhk_ja", 6,
    "日米外相が電話会談 北朝鮮の核実験で",
    ["岸田外務大臣は{D}日夜、アメリカのケリー国務長官と電話で会談し、北朝鮮が5回目の核実験を行ったことについて、国連安保理で新たな制裁決議を目指すことで一致しました。",
     "両外相は、日米韓3か国で緊密に連携していくことも確認しました。"])
neg("kerry_other_call", "2016-09-10", "06:00", "yonhap_en", 3,
    "Yun, Kerry agree on stronger sanctions against N. Korea in phone talks",
    ["South Korean Foreign Minister Yun Byung-se and U.S. Secretary of State John Kerry agreed in phone talks on {DAY} to push for tougher U.N. Security Council sanctions against North Korea after its fifth nuclear test, the foreign ministry said.",
     "Kerry, who was in Geneva for talks on Syria with Russian Foreign Minister Sergei Lavrov, said Washington would never accept North Korea as a nuclear state."])
neg("kerry_other_call", "2014-07-18", "19:00", "stategov_en", 2,
    "Secretary Kerry's Call With Ukrainian Foreign Minister Klimkin",
    ["Secretary Kerry spoke today with Ukrainian Foreign Minister Pavlo Klimkin to express condolences for the loss of life in the crash of Malaysia Airlines Flight 17 and to discuss the international investigation. The Secretary underscored the importance of immediate access to the crash site for international investigators."])
neg("kerry_other_call", "2015-11-14", "12:00", "lemonde_fr", 2,
    "John Kerry a téléphoné à Laurent Fabius",
    ["Le secrétaire d'Etat américain, John Kerry, a appelé {FDAY} matin son homologue français, Laurent Fabius, pour lui exprimer la solidarité des Etats-Unis après les attentats de vendredi soir à Paris.",
     "M. Kerry, qui se trouve à Vienne pour une réunion internationale sur la Syrie, doit se rendre à Paris dans les prochains jours."])
neg("kerry_other_call", "2016-02-04", "20:00", "aljazeera_en", 2,
    "Kerry, Saudi FM discuss Syria talks collapse by phone",
    ["US Secretary of State John Kerry spoke by phone with Saudi Foreign Minister Adel al-Jubeir on {DAY} after UN-brokered Syria peace talks in Geneva were suspended, the State Department said.",
     "Kerry blamed the Syrian government's offensive near Aleppo, backed by Russian air strikes, for the breakdown."])
neg("kerry_other_call", "2016-07-16", "14:00", "interfax_ru", 1,
    "Керри обсудил с главой МИД Турции ситуацию после попытки переворота",
    ["Госсекретарь США Джон Керри в телефонном разговоре с министром иностранных дел Турции Мевлютом Чавушоглу {RDAY} заявил о поддержке демократически избранного правительства Турции, сообщил Госдепартамент.",
     "Накануне Керри находился в Москве, где провел переговоры с Сергеем Лавровым."])

# ---- Lavrov's calls with Rex Tillerson (2017): "US Secretary of State" is no longer Kerry

neg("tillerson_call", "2017-04-15", "17:00", "mid_en", 2,
    "Foreign Minister Sergey Lavrov’s telephone conversation with US Secretary of State Rex Tillerson",
    ["On {MON} {D}, Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State Rex Tillerson at the initiative of the Russian side.",
     "Mr Lavrov stressed that the US strike on a Syrian airbase on April 7, carried out under a far-fetched pretext, violated international law. The ministers discussed ways to ensure an objective investigation of the chemical incident in Khan Shaykhun by the OPCW."])
neg("tillerson_call", "2017-04-15", "17:00", "tass_en", 1.5,
    "Russia's top diplomat, US Secretary of State discuss Syria by phone",
    ["Russia's top diplomat and the U.S. Secretary of State held a telephone conversation on {DAY}, the Russian Foreign Ministry said.",
     "The Russian side stressed that the U.S. strike on the Shayrat airbase violated international law, the ministry said.",
     "The ministers discussed the investigation into the chemical incident in Syria's Idlib province."],
    cap=("The Russian Foreign Ministry (archive)", "Stanislav Kornev/TASS"))
neg("tillerson_call", "2017-06-24", "16:00", "ria_ru", 1,
    "Лавров и Тиллерсон обсудили по телефону Сирию",
    ["Министр иностранных дел РФ Сергей Лавров и госсекретарь США Рекс Тиллерсон {RDAY} обсудили по телефону ситуацию в Сирии, сообщает МИД России.",
     "Лавров призвал американскую сторону предпринять конкретные шаги по недопущению провокаций против сирийских правительственных войск.",
     "Министры также обсудили подготовку первой встречи президентов России и США."])
neg("tillerson_call", "2017-06-24", "16:00", "reuters_en", 2,
    "Russia's Lavrov, Tillerson discuss Syria, Ukraine by phone",
    ["Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Rex Tillerson discussed Syria and Ukraine in a telephone call on {DAY}, the Russian Foreign Ministry said.",
     "Lavrov urged Washington to prevent provocations against Syrian government forces, the ministry said."])
neg("tillerson_call", "2017-09-03", "18:00", "dw_de", 3,
    "Lawrow und Tillerson telefonieren nach Atomtest",
    ["Nach dem sechsten Atomtest Nordkoreas haben der russische Außenminister Sergej Lawrow und US-Außenminister Rex Tillerson am {DDAY} telefoniert.",
     "Lawrow mahnte nach Angaben seines Ministeriums zur Zurückhaltung und warnte vor militärischen Schritten."],
    extra="Nordkorea, Sergej Lawrow, Rex Tillerson")
neg("tillerson_call", "2017-09-03", "17:00", "nhk_ja", 10,
    "米ロ外相が電話会談 北朝鮮の核実験受け",
    ["ロシア外務省によりますと、ラブロフ外相とアメリカのティラーソン国務長官は{D}日、電話で会談し、北朝鮮による6回目の核実験について協議しました。",
     "ラブロフ外相は、感情的にならず、冷静に対応することが必要だと述べたということです。"])
neg("tillerson_call", "2017-07-05", "17:00", "xinhua_zh", 5,
    "俄美外长通电话讨论朝核问题",
    ["俄罗斯外长拉夫罗夫{D}日与美国国务卿蒂勒森通电话，双方讨论了朝鲜半岛局势。",
     "双方同意继续就朝鲜半岛问题保持接触。"])
neg("tillerson_call", "2017-07-05", "17:00", "mid_ru", 1,
    "О телефонном разговоре С.В.Лаврова с Государственным секретарем США Р.Тиллерсоном",
    ["{D} {RMON} состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с Государственным секретарем США Р.Тиллерсоном.",
     "Обсуждена ситуация на Корейском полуострове в связи с очередным ракетным пуском КНДР."])
neg("tillerson_call", "2017-07-05", "17:00", "interfax_ru", 0.7,
    "Глава МИД РФ и госсекретарь США обсудили по телефону ситуацию вокруг КНДР",
    ["Министр иностранных дел России и государственный секретарь США {RDAY} обсудили по телефону ситуацию на Корейском полуострове, сообщил МИД РФ.",
     "Стороны выразили озабоченность в связи с очередным ракетным пуском КНДР."])

# ---- Both ministers named, no call and no meeting (comments, announcements)

neg("statement", "2016-10-01", "14:00", "tass_en", 1,
    "Lavrov says Russia will not accept ultimatums on Syria",
    ["Russian Foreign Minister Sergey Lavrov said on {DAY} that Moscow would not accept ultimatums, commenting on U.S. Secretary of State John Kerry's warning that Washington could suspend cooperation with Russia on Syria.",
     "\"We remain open to dialogue, but it cannot be based on threats,\" Lavrov said in an interview with a Russian TV channel.",
     "Kerry said earlier in the week that the United States was on the verge of ending bilateral engagement with Moscow over the bombing of Aleppo."])
neg("statement", "2016-01-27", "10:00", "ria_ru", 1,
    "Лавров ответил на слова Керри о сирийской оппозиции",
    ["Глава МИД РФ Сергей Лавров прокомментировал {RDAY} заявление госсекретаря США Джона Керри о составе делегации сирийской оппозиции на переговорах в Женеве.",
     "По словам Лаврова, позиция России остается неизменной: переговоры должны быть максимально инклюзивными."])
neg("statement", "2015-10-01", "19:00", "reuters_en", 2,
    "Kerry says U.S. has grave concerns if Russian strikes target non-IS groups",
    ["U.S. Secretary of State John Kerry said on {DAY} the United States would have grave concerns if Russian air strikes in Syria were hitting areas where Islamic State militants were not present.",
     "Kerry made the remarks at the United Nations, where Russian Foreign Minister Sergei Lavrov earlier defended the strikes as targeting terrorist groups."],
    city="UNITED NATIONS")
neg("statement", "2016-07-14", "15:00", "lemonde_fr", 2,
    "John Kerry à Moscou pour proposer une coopération militaire en Syrie",
    ["Le secrétaire d'Etat américain, John Kerry, est arrivé {FDAY} à Moscou, où il doit rencontrer le président Vladimir Poutine puis, vendredi, le ministre des affaires étrangères, Sergueï Lavrov.",
     "Selon la presse américaine, M. Kerry doit proposer à Moscou une coordination des frappes contre le Front al-Nosra."])
# a meeting announced is the meeting's (the real pages' labels count a meeting planned or
# previewed as one, docs/EVALUATION.md)
neg("meeting", "2016-09-23", "15:00", "sputnik_en", 1,
    "Lavrov, Kerry Expected to Meet in New York — Source",
    ["Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry are expected to meet on the sidelines of the UN General Assembly in New York later on {DAY}, a Russian diplomatic source said.",
     "The meeting would be the second in a week, after the ministers attended the International Syria Support Group session on Tuesday."],
    city="NEW YORK")
neg("statement", "2014-04-02", "13:00", "interfax_ru", 1,
    "Лавров: Россия и США по-разному оценивают ситуацию на Украине",
    ["Россия и США пока не могут выработать общие подходы к урегулированию ситуации на Украине, заявил глава МИД РФ Сергей Лавров.",
     "По его словам, работа над возможными совместными шагами, обсуждавшимися с госсекретарем США Джоном Керри, будет продолжена."])

# ---- Unrelated news: economy, sport, weather, other diplomacy --------------

U = "unrelated"
neg(U, "2016-03-18", "13:30", "tass_en", 0.3, "Bank of Russia keeps key rate at 11%",
    ["The Bank of Russia has kept its key rate at 11% per annum, the regulator said in a statement on {DAY}.",
     "The central bank said inflation risks remained high because of the volatility of oil prices and the ruble exchange rate.",
     "Most analysts polled before the meeting had expected the rate to be left unchanged."],
    cap=("The Bank of Russia headquarters in Moscow", "Gleb Lyubimov/TASS"), section='Economy')
neg(U, "2016-02-16", "14:00", "reuters_en", 0.5, "Oil rises as Saudi Arabia, Russia agree output freeze",
    ["Oil prices rose on {DAY} after Saudi Arabia, Russia, Qatar and Venezuela agreed to freeze output at January levels, provided other producers followed suit.",
     "Brent crude futures were up 40 cents at $33.79 a barrel by 1100 GMT.",
     "Analysts said the deal fell short of the production cut some traders had hoped for."], city="LONDON", section='Business News')
neg(U, "2013-03-25", "16:00", "tass_en", 1, "Record snowfall paralyses Moscow traffic",
    ["Moscow was hit by the heaviest snowfall in decades on {DAY}, with traffic jams stretching for hundreds of kilometres, city officials said.",
     "More than 14,000 snow-clearing vehicles were deployed on the city's streets.",
     "Several flights at Sheremetyevo and Domodedovo airports were delayed."], section='Society & Culture')
neg(U, "2015-05-17", "23:00", "sputnik_en", 0.5, "Russia Loses to Canada in Ice Hockey World Championship Final",
    ["The Russian national ice hockey team lost to Canada 1-6 in the final of the IIHF World Championship in Prague on {DAY}.",
     "Canada, whose roster included several NHL stars, won all of its games at the tournament.",
     "The United States took bronze after beating the Czech Republic."], city="PRAGUE")
neg(U, "2016-01-19", "05:30", "xinhua_en", 1, "China's economy grows 6.9 pct in 2015",
    ["China's gross domestic product grew 6.9 percent year on year in 2015, the National Bureau of Statistics said {DAY}.",
     "Growth in the fourth quarter came in at 6.8 percent.",
     "Consumption accounted for 66.4 percent of economic growth last year, the bureau said."], city="BEIJING")
neg(U, "2016-02-01", "04:00", "yonhap_en", 1, "",
    ["South Korea's exports dropped 18.5 percent in January from a year earlier, marking the 13th consecutive month of decline, the government said {DAY}.",
     "Exports came to $36.7 billion, while imports fell 20.1 percent to $31.5 billion.",
     "Weak demand from China and low oil prices weighed on shipments, the trade ministry said."])
neg(U, "2016-04-06", "12:00", "aljazeera_en", 1, "Dust storm sweeps across Gulf, flights delayed",
    ["A massive dust storm swept across parts of the Gulf on {DAY}, reducing visibility and disrupting flights at Doha's Hamad International Airport.",
     "Meteorologists said the winds would ease by the weekend.",
     "Residents with respiratory problems were advised to stay indoors."])
neg(U, "2015-09-25", "20:00", "reuters_en", 1.5, "Obama, Xi pledge not to conduct cyber theft of intellectual property",
    ["U.S. President Barack Obama and Chinese President Xi Jinping agreed on {DAY} that neither government would knowingly conduct or support cyber theft of intellectual property, at a White House meeting.",
     "The two leaders also announced steps on climate change, including a Chinese national emissions trading system."], city="WASHINGTON")
neg(U, "2016-08-26", "22:00", "stategov_en", 1, "Secretary Kerry Travels to Bangladesh and India",
    ["Secretary of State John Kerry will travel to Dhaka, Bangladesh, on August 29 and to New Delhi, India, from August 29 to 31.",
     "In New Delhi, the Secretary will co-chair the second U.S.-India Strategic and Commercial Dialogue with Commerce Secretary Penny Pritzker."],
    stype="Media Note", person=("Office of the Spokesperson", ""))
neg(U, "2016-04-14", "15:00", "mid_en", 2, "Foreign Minister Sergey Lavrov’s meeting with Foreign Minister of Mongolia Lundeg Purevsuren",
    ["On {MON} {D}, Foreign Minister Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs of Mongolia Lundeg Purevsuren.",
     "The ministers discussed preparations for the Russia-China-Mongolia summit and prospects for trade and economic cooperation, including transit transport."])
neg(U, "2015-06-26", "11:00", "mid_en", 1, "Comment by the Information and Press Department on the 70th anniversary of the UN Charter",
    ["On June 26, the world marks the 70th anniversary of the signing of the United Nations Charter in San Francisco.",
     "Russia, as a founding member of the UN and a permanent member of the Security Council, stands for strengthening the central coordinating role of the organisation in world affairs."])
neg(U, "2015-12-16", "13:00", "ria_ru", 0.5, "Курс доллара превысил 71 рубль впервые с августа",
    ["Курс доллара на Московской бирже {RDAY} поднялся выше 71 рубля впервые с конца августа.",
     "Евро подорожал до 77,5 рубля.",
     "Аналитики связывают ослабление рубля с падением цен на нефть: баррель Brent торгуется у отметки 37 долларов."],
    extra="Нефть дешевеет на фоне данных о запасах в США")
neg(U, "2016-03-22", "19:00", "interfax_ru", 0.5, "",
    ["Банк России {RDAY} отозвал лицензию у московского банка «Промторгинвест», сообщил регулятор.",
     "Решение принято в связи с неисполнением банком требований законодательства о противодействии легализации преступных доходов.",
     "По величине активов банк занимал 412-е место в банковской системе."])
neg(U, "2016-07-13", "11:00", "tass_ru", 0.5, "Синоптики: жара в Москве продержится до конца недели",
    ["Аномальная жара сохранится в Москве до конца недели, днем столбик термометра поднимется до +33 градусов, сообщили в Гидрометцентре России.",
     "Среднесуточная температура превысит климатическую норму на 6-8 градусов."], section='Общество')
neg(U, "2014-05-25", "21:00", "ria_ru", 0.5, "Сборная России стала чемпионом мира по хоккею",
    ["Сборная России по хоккею обыграла в финальном матче чемпионата мира в Минске команду Финляндии со счетом 5:2 и завоевала золотые медали.",
     "Матч прошел на «Минск-Арене» при полных трибунах."], city="MINSK")
neg(U, "2016-10-12", "15:00", "interfax_ru", 1, "Лавров и глава МИД Казахстана обсудили интеграцию в рамках ЕАЭС",
    ["Министр иностранных дел РФ Сергей Лавров провел в Москве переговоры с главой МИД Казахстана Ерланом Идрисовым.",
     "Стороны обсудили развитие интеграционных процессов в рамках Евразийского экономического союза, а также ситуацию в Афганистане."], section='В мире')
neg(U, "2016-04-20", "18:00", "tass_ru", 1, "Путин провел совещание по экономическим вопросам",
    ["Президент РФ Владимир Путин провел {RDAY} совещание с членами правительства, посвященное исполнению бюджета и ситуации на рынке труда.",
     "Министр экономического развития Алексей Улюкаев доложил о динамике промышленного производства."], section='Экономика')
neg(U, "2016-02-16", "16:00", "mid_ru", 2, "О российско-норвежских консультациях по Арктике",
    ["{D} {RMON} в Москве состоялись российско-норвежские консультации по арктической проблематике.",
     "Обсуждены вопросы взаимодействия в Арктическом совете, а также сотрудничество в области поиска и спасания."])
neg(U, "2016-02-12", "19:00", "dw_de", 1, "DAX schließt mit deutlichem Plus",
    ["Der deutsche Aktienindex DAX hat am {DDAY} kräftig zugelegt und ist mit einem Plus von 2,5 Prozent bei 8.967 Punkten aus dem Handel gegangen.",
     "Auftrieb gaben steigende Ölpreise und Spekulationen über weitere Maßnahmen der Europäischen Zentralbank."],
    extra="Börse, DAX, Wirtschaft", section='Wirtschaft')
neg(U, "2013-05-25", "23:30", "dw_de", 1, "Bayern gewinnt die Champions League",
    ["Bayern München hat das Finale der Champions League gewonnen. Im Londoner Wembley-Stadion setzte sich der deutsche Rekordmeister am {DDAY}abend mit 2:1 gegen Borussia Dortmund durch.",
     "Das Siegtor erzielte Arjen Robben in der 89. Minute."],
    extra="Fußball, Champions League, FC Bayern München", section='Sport')
neg(U, "2016-05-30", "12:00", "dw_de", 1, "Unwetter in Süddeutschland: Tote und schwere Schäden",
    ["Heftige Gewitter und Starkregen haben in Baden-Württemberg schwere Überschwemmungen ausgelöst.",
     "Besonders betroffen war der Ort Braunsbach im Landkreis Schwäbisch Hall, wo Wassermassen Autos und Geröll durch die Straßen spülten."],
    extra="Unwetter, Baden-Württemberg", section='Deutschland')
neg(U, "2015-08-24", "21:00", "dw_de", 1, "Merkel und Hollande beraten mit Poroschenko",
    ["Bundeskanzlerin Angela Merkel und Frankreichs Präsident François Hollande haben in Berlin mit dem ukrainischen Präsidenten Petro Poroschenko über die Lage in der Ostukraine beraten.",
     "Russlands Präsident Wladimir Putin war zu dem Treffen nicht eingeladen."],
    extra="Angela Merkel, François Hollande, Petro Poroschenko", section='Europa')
neg(U, "2016-01-26", "20:00", "lemonde_fr", 1, "Le chômage a encore augmenté en 2015",
    ["Le nombre de demandeurs d'emploi sans activité (catégorie A) a augmenté de 90 000 en 2015, selon les chiffres publiés {FDAY} par le ministère du travail et Pôle emploi.",
     "Il atteint 3,59 millions en France métropolitaine."])
neg(U, "2014-07-27", "19:00", "lemonde_fr", 1, "Vincenzo Nibali remporte le Tour de France",
    ["L'Italien Vincenzo Nibali a remporté {FDAY} la 101e édition du Tour de France, sur les Champs-Elysées.",
     "Les Français Jean-Christophe Péraud et Thibaut Pinot complètent le podium."])
neg(U, "2015-12-12", "21:30", "lemonde_fr", 1, "COP21 : un accord historique adopté à Paris",
    ["Les 195 pays réunis au Bourget ont adopté {FDAY} soir un accord universel sur le climat.",
     "Le texte vise à contenir la hausse de la température « bien en dessous de 2 °C »."])
neg(U, "2016-06-14", "19:00", "lemonde_fr", 1, "Loi travail : nouvelle journée de mobilisation",
    ["Des dizaines de milliers de personnes ont manifesté {FDAY} à Paris contre le projet de loi travail.",
     "Des heurts ont éclaté en marge du cortège."])
neg(U, "2016-04-28", "12:00", "elpais_es", 1, "El paro sube en 11.900 personas en el primer trimestre",
    ["El número de desempleados aumentó en 11.900 personas en el primer trimestre, según la Encuesta de Población Activa publicada este {EDAY} por el INE.",
     "La tasa de paro se sitúa en el 21%."], city="Madrid", section='Economía')
neg(U, "2016-05-28", "23:59", "elpais_es", 1, "El Real Madrid gana su undécima Copa de Europa",
    ["El Real Madrid conquistó este {EDAY} en Milán su undécima Copa de Europa tras vencer al Atlético de Madrid en la tanda de penaltis.",
     "Cristiano Ronaldo marcó el penalti decisivo."], city="Milán", section='Deportes')
neg(U, "2016-01-15", "20:00", "sputnik_es", 1, "El precio del crudo venezolano cae por debajo de los 25 dólares",
    ["El precio de la cesta venezolana de petróleo cayó esta semana hasta los 24,38 dólares por barril, informó el Ministerio de Petróleo y Minería.",
     "Se trata del nivel más bajo en más de una década."], city="MOSCOW", dateline="CARACAS (Sputnik) —", section='Economía')
neg(U, "2015-07-07", "18:00", "elpais_es", 1, "La ola de calor eleva el consumo eléctrico a máximos",
    ["La demanda de electricidad alcanzó este {EDAY} su máximo del verano por el uso masivo de aparatos de aire acondicionado, según Red Eléctrica.",
     "Las temperaturas superaron los 44 grados en Córdoba."], city="Madrid", section='Sociedad')
neg(U, "2016-01-18", "16:00", "aljazeera_ar", 1, "أسعار النفط تهبط إلى أدنى مستوى منذ 12 عاما",
    ["هبطت أسعار النفط يوم {ADAY} إلى أدنى مستوياتها منذ عام 2003، إذ تراجع خام برنت إلى ما دون 28 دولارا للبرميل.",
     "ويعزو محللون التراجع إلى المخاوف من زيادة الصادرات الإيرانية بعد رفع العقوبات."], extra="الجزيرة + رويترز")
neg(U, "2015-01-31", "14:00", "aljazeera_ar", 2, "أستراليا تتوج بكأس آسيا للمرة الأولى",
    ["توج المنتخب الأسترالي بلقب كأس آسيا لكرة القدم للمرة الأولى في تاريخه بعد فوزه على كوريا الجنوبية 2-1 بعد التمديد في المباراة النهائية التي أقيمت في سيدني."])
neg(U, "2015-01-07", "15:00", "aljazeera_ar", 1, "عاصفة ثلجية تضرب لبنان ومخيمات اللاجئين",
    ["ضربت عاصفة ثلجية لبنان يوم {ADAY}، وسط تحذيرات من معاناة اللاجئين السوريين في المخيمات العشوائية في سهل البقاع.",
     "وأغلقت السلطات عددا من الطرق الجبلية بسبب تراكم الثلوج."])
neg(U, "2015-12-02", "17:00", "aljazeera_ar", 1, "أمير قطر يبحث مع الرئيس التركي العلاقات الثنائية",
    ["بحث أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس التركي رجب طيب أردوغان يوم {ADAY} في الدوحة سبل تعزيز العلاقات بين البلدين.",
     "وشهد الجانبان توقيع عدد من اتفاقيات التعاون."])
neg(U, "2016-03-10", "05:00", "xinhua_zh", 1, "2月份CPI同比上涨2.3%",
    ["国家统计局10日发布数据，2月份全国居民消费价格指数同比上涨2.3%。",
     "其中，城市上涨2.3%，农村上涨2.2%。"], city="BEIJING")
neg(U, "2016-08-21", "02:00", "xinhua_zh", 1, "中国女排夺得里约奥运会冠军",
    ["在20日进行的里约奥运会女排决赛中，中国队以3比1战胜塞尔维亚队，夺得冠军。",
     "这是中国女排第三次获得奥运会金牌。"], dateline="新华社里约热内卢8月20日电（记者王镜宇）")
neg(U, "2016-07-09", "10:00", "xinhua_zh", 1, "台风“尼伯特”在福建登陆",
    ["今年第1号台风“尼伯特”9日13时45分前后在福建省石狮市沿海登陆。",
     "福建省已启动防台风一级应急响应。"], city="BEIJING", dateline="新华社福州7月9日电（记者 林超）")
neg(U, "2016-04-30", "12:00", "xinhua_zh", 1, "王毅同日本外相岸田文雄举行会谈",
    ["外交部长王毅30日在北京同日本外相岸田文雄举行会谈。",
     "王毅表示，中日关系虽有所改善，但仍面临不少干扰和障碍。"], city="BEIJING")
neg(U, "2015-04-10", "05:00", "nhk_ja", 1, "日経平均株価 一時2万円台に",
    ["10日の東京株式市場は、日経平均株価が一時、2万円台を回復しました。",
     "2万円台をつけるのは、およそ15年ぶりです。"])
neg(U, "2013-10-16", "05:00", "nhk_ja", 1, "台風26号 伊豆大島で大規模な土砂災害",
    ["台風26号の影響で、東京の伊豆大島では記録的な大雨となり、大規模な土砂崩れが発生しました。",
     "警察や消防が、行方の分からない人の捜索を続けています。"])
neg(U, "2016-01-24", "11:00", "nhk_ja", 1, "琴奨菊が初優勝 日本出身力士10年ぶり",
    ["大相撲初場所は千秋楽の24日、大関・琴奨菊が初めての優勝を果たしました。",
     "日本出身の力士の優勝は10年ぶりです。"])
neg(U, "2015-08-06", "10:00", "nhk_ja", 1, "日中外相会談 関係改善の流れ確認",
    ["岸田外務大臣は{D}日、訪問先のマレーシアで中国の王毅外相と会談し、日中関係の改善に向けた流れを維持していくことを確認しました。"])
neg(U, "2016-07-13", "10:00", "yonhap_ko", 1, "",
    ["코스피가 {D}일 외국인 매수세에 힘입어 2,000선을 회복했다.",
     "이날 코스피는 전 거래일보다 15.61포인트(0.78%) 오른 2,008.19로 마감했다."], city="SEOUL")
neg(U, "2016-08-12", "09:00", "yonhap_ko", 1, "서울 낮 최고 36도…폭염 특보 확대",
    ["{D}일 서울의 낮 최고기온이 36도까지 오르는 등 전국 대부분 지역에서 폭염이 이어졌다.",
     "기상청은 폭염 특보를 전국으로 확대했다."], city="SEOUL")
neg(U, "2015-08-19", "12:00", "tass_en", 1, "Russia's grain harvest may reach 100 mln tonnes — agriculture minister",
    ["Russia's grain harvest this year may reach 100 million tonnes, Agriculture Minister Alexander Tkachev said on {DAY}.",
     "Wheat will account for about 60 million tonnes of the expected crop, the minister said."], section='Economy')
neg(U, "2016-12-14", "22:00", "reuters_en", 0.5, "Fed raises rates, signals faster pace of hikes in 2017",
    ["The Federal Reserve raised interest rates on {DAY} for the first time in a year and signaled a faster pace of increases in 2017.",
     "The central bank lifted its benchmark overnight lending rate by a quarter of a percentage point to a range of 0.50 percent to 0.75 percent."],
    city="WASHINGTON", section='Business News')
neg(U, "2016-01-29", "22:00", "sputnik_en", 1, "Russian Skater Medvedeva Wins European Championship",
    ["Russian figure skater Evgenia Medvedeva won the ladies' event at the European Figure Skating Championships in Bratislava on {DAY}.",
     "Her teammates Elena Radionova and Anna Pogorilaya took silver and bronze."], city="BRATISLAVA", notitle=True)
neg(U, "2015-12-28", "15:00", "aljazeera_en", 1, "Saudi Arabia unveils record budget deficit",
    ["Saudi Arabia announced a budget deficit of 367 billion riyals ($98bn) for 2015 on {DAY}, as low oil prices squeezed the kingdom's revenues.",
     "The government said it would cut subsidies on fuel, electricity and water."])
neg(U, "2013-12-06", "22:00", "interfax_ru", 1, "Сборная России узнала соперников по чемпионату мира 2014 года",
    ["Сборная России сыграет на чемпионате мира 2014 года в Бразилии в группе H с командами Бельгии, Алжира и Южной Кореи.",
     "Жеребьевка прошла в бразильском Кошта-ду-Сауипи."], section='Спорт')
neg(U, "2014-11-12", "09:00", "xinhua_en", 1, "Xi, Obama agree to boost cooperation on climate change",
    ["Chinese President Xi Jinping and U.S. President Barack Obama held talks in Beijing on {DAY}, agreeing to strengthen cooperation on climate change.",
     "The two countries announced their respective post-2020 actions on climate change."], city="BEIJING")


# --------------------------------------------------------------------------
# Build, check, count.

LANG_SHARE = 0.67          # share of items that carry a "lang" field


def build():
    """Return (items, meta): the JSON objects in output order, and per item what
    the generator knows beyond the file (true language, outlet key, call id)."""
    rng = random.Random(SEED)
    rows = []
    n = 0
    for ev in CALLS:
        d, t = date.fromisoformat(ev["date"]), time.fromisoformat(ev["t"])
        for k, delay, opts in ev["outlets"]:
            n += 1
            c = Ctx(k, d, t, delay, rng, opts)
            title, sub, cap, paras, extra = TEMPLATES[k](c, ev)
            body = chrome(c, title, paras, sub, cap, extra)
            kind = "call_role_only" if opts.get("role") else "call"
            label = {"event": "lavrov_kerry_call", "date": ev["date"], "kind": kind}
            rows.append((c, title, body, label, opts, n, ev["id"]))
    for o in OTHERS:
        n += 1
        d, t = date.fromisoformat(o["date"]), time.fromisoformat(o["t"])
        c = Ctx(o["outlet"], d, t, o["delay"], rng, o["opts"])
        words = datewords(d)
        if o["ref"]:
            words.update(datewords(date.fromisoformat(o["ref"]), "P"))
        title = o["title"].format_map(words)
        paras = [p.format_map(words) for p in o["paras"]]
        body = chrome(c, title, paras, o["opts"].get("sub"), o["opts"].get("cap"), o["opts"].get("extra"))
        ev = KIND_EVENT.get(o["kind"])
        label = {"event": ev, "date": o["date"] if ev else None, "kind": o["kind"]}
        rows.append((c, title, body, label, o["opts"], n, None))
    out = []
    for c, title, body, label, opts, n, evid in rows:
        url = make_url(c, title, n)
        obj = {"id": None, "source": source_of(url), "url": url,
               "title": "" if opts.get("notitle") else title, "body": body}
        out.append((c.pub_utc, url, obj, {"lang": c.lang, "outlet": c.outlet, "call": evid},
                    c.published(), label))
    out.sort(key=lambda x: (x[0], x[1]))
    no_lang = set(rng.sample(range(len(out)), round(len(out) * (1 - LANG_SHARE))))
    items, meta = [], []
    for i, (_, _, obj, m, published, label) in enumerate(out):
        obj["id"] = "ev%04d" % (i + 1)
        if i not in no_lang:
            obj["lang"] = m["lang"]
        obj["published"] = published
        obj["label"] = label
        items.append(obj)
        meta.append(m)
    return items, meta


def write(items, path=OUT):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for obj in items:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


ALIASES = re.compile(r"Lavrov|Lawrow|Лавров|Лаврова|С\.В\.Лаврова|لافروف|拉夫罗夫|ラブロフ|라브로프|"
                     r"Kerry|Керри|Дж\.Керри|كيري|克里(?!米亚|姆林)|ケリー|케리")
EVENTS = {"lavrov_kerry_call", "lavrov_kerry_meeting", "putin_obama_call", "lavrov_foreign_minister_call", None}
KINDS = {"call", "call_role_only", "meeting", "other_minister_call", "putin_obama_call", "passing_mention",
         "call_not_held", "kerry_other_call", "tillerson_call", "statement", "unrelated"}
SEEDS = os.path.join(HERE, "..", "..", "..", "..", "shared", "seeds")


def parse_time(s):
    dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    return (dt - dt.utcoffset()).replace(tzinfo=None), dt


# Names and titles ("Russian Foreign Minister Sergey Lavrov") are the same in every
# report; they are left out before comparing texts with the seeds, and so are page
# chrome lines that a seed also has ("All news", "log in or register").
NAME_WORDS = set("russian russia s foreign minister ministry sergey sergei lavrov u us secretary of state "
                 "john kerry and the".split())


def shingles(text, n=8, skip_lines=()):
    text = "\n".join(l for l in text.split("\n") if l.strip() not in skip_lines)
    w = [x for x in re.findall(r"\w+", text.lower()) if x not in NAME_WORDS]
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def check(path=OUT):
    problems = []
    lines = open(path, encoding="utf-8").read().split("\n")
    assert lines[-1] == "", "file must end with a newline"
    items = [json.loads(l) for l in lines[:-1]]
    _, meta = build()
    ids = [o["id"] for o in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if len(items) < 220:
        problems.append("only %d items" % len(items))
    seed_sh, seed_lines, seed_sents = set(), set(), set()
    seed_dir = os.path.normpath(SEEDS)
    if os.path.isdir(seed_dir):
        for fn in sorted(os.listdir(seed_dir)):
            text = open(os.path.join(seed_dir, fn), encoding="utf-8").read()
            seed_lines |= {l.strip() for l in text.split("\n")}
            seed_sh |= shingles(text)
            seed_sents |= {" ".join(re.findall(r"\w+", s.lower())) for s in re.split(r"(?<=[a-z0-9)\"”][.!?])\s+|\n", text)
                           if len(re.findall(r"\w+", s)) >= 5}
    else:
        print("note: %s not found, the copy check is skipped" % seed_dir)
    local_before = []
    for o, m in zip(items, meta):
        for k in ("id", "source", "url", "title", "body", "published", "label"):
            if k not in o:
                problems.append("%s: no %s" % (o.get("id"), k))
        lab = o["label"]
        if set(lab) != {"event", "date", "kind"} or lab["event"] not in EVENTS or lab["kind"] not in KINDS:
            problems.append("%s: bad label %r" % (o["id"], lab))
        if (lab["event"] is None) != (lab["date"] is None):
            problems.append("%s: event and date must be both null or both set" % o["id"])
        if "lang" in o and o["lang"] != m["lang"]:
            problems.append("%s: lang field %s, text is %s" % (o["id"], o["lang"], m["lang"]))
        utc, loc = parse_time(o["published"])
        if lab["date"]:
            ev = date.fromisoformat(lab["date"])
            msk = to_local(utc, "msk")[0].date()
            if not 0 <= (msk - ev).days <= 2:
                problems.append("%s: published %s is not within 2 days after %s (Moscow time)" % (o["id"], o["published"], lab["date"]))
            if loc.date() < ev:
                local_before.append(o["id"])
        if lab["kind"] == "call_role_only" and ALIASES.search(o["title"] + "\n" + o["body"]):
            problems.append("%s: role-only report names a minister: %s" % (o["id"], ALIASES.search(o["title"] + o["body"]).group()))
        if lab["kind"] == "tillerson_call" and re.search("Kerry|Керри|ケリー|克里", o["body"]):
            problems.append("%s: Tillerson call mentions Kerry" % o["id"])
        if "\r" in o["body"] or "{" in o["body"] or "}" in o["body"]:
            problems.append("%s: stray CR or unfilled placeholder" % o["id"])
        common = shingles(o["title"] + "\n" + o["body"], skip_lines=seed_lines) & seed_sh
        if common:
            problems.append("%s: shares 8-word runs with the seeds: %s" % (o["id"], sorted(common)[:2]))
        text = " ".join(re.findall(r"\w+", (o["title"] + "\n" + "\n".join(
            l for l in o["body"].split("\n") if l.strip() not in seed_lines)).lower()))
        for s in seed_sents:
            if s in text:
                problems.append("%s: contains a seed sentence: %s" % (o["id"], s[:60]))
    calls = [(o, m) for o, m in zip(items, meta) if o["label"]["event"] == "lavrov_kerry_call"]
    # Weekday names in a call report must be the weekday of the call, except where the
    # writer's local day differs from the Moscow day (the Washington reports of c05).
    days = [EN_DAY, [x.split()[-1] for x in RU_DAY], DE_DAY, FR_DAY, ES_DAY, AR_DAY]
    for o, m in calls:
        wd = date.fromisoformat(o["label"]["date"]).weekday()
        if o["id"] in local_before:
            continue
        for names in days:
            for i, nm in enumerate(names):
                if i != wd and re.search(r"(?<!\w)" + nm + r"(?!\w)", o["body"]):
                    problems.append("%s: mentions %s, the call was on %s" % (o["id"], nm, EN_DAY[wd]))
    per_date = {}
    for o, m in calls:
        per_date.setdefault(o["label"]["date"], []).append((o, m))
    if len(per_date) < 22:
        problems.append("only %d call dates" % len(per_date))
    for d, rs in per_date.items():
        if not 2 <= len(rs) <= 6:
            problems.append("%s: %d reports" % (d, len(rs)))
        if len({m["call"] for _, m in rs}) != 1:
            problems.append("%s: two calls on one date" % d)
    srcs = {o["source"] for o, _ in calls}
    langs = {m["lang"] for _, m in calls}
    if len(srcs) < 5 or len(langs) < 4:
        problems.append("calls: %d outlets, %d languages" % (len(srcs), len(langs)))
    nun = sum(1 for o in items if o["label"]["kind"] == "unrelated")
    if nun < 40:
        problems.append("only %d unrelated items" % nun)
    share = sum(1 for o in items if "lang" in o) / len(items)
    if not 0.55 <= share <= 0.8:
        problems.append("lang present in %.0f%% of items" % (100 * share))
    print("%d items, %d call reports on %d dates, %d outlets and %d languages among calls; "
          "lang present in %.0f%%; %d unrelated" % (len(items), len(calls), len(per_date), len(srcs), len(langs),
                                                     100 * share, nun))
    if local_before:
        print("published (local date) before the Moscow event date, by design: " + ", ".join(local_before))
    for p in problems:
        print("PROBLEM: " + p)
    return not problems


def stats(path=OUT):
    items = [json.loads(l) for l in open(path, encoding="utf-8")]
    _, meta = build()

    def table(head, rows):
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join("---" for _ in head) + "|")
        for r in rows:
            print("| " + " | ".join(str(x) for x in r) + " |")
        print()

    kinds = {}
    for o in items:
        k = (o["label"]["kind"], o["label"]["event"] or "null")
        kinds[k] = kinds.get(k, 0) + 1
    table(["kind", "label.event", "items"], [(k, e, n) for (k, e), n in sorted(kinds.items(), key=lambda x: -x[1])] +
          [("**total**", "", len(items))])
    langs = sorted({m["lang"] for m in meta})
    groups = [("calls", lambda o: o["label"]["event"] == "lavrov_kerry_call"),
              ("hard negatives", lambda o: o["label"]["event"] != "lavrov_kerry_call" and o["label"]["kind"] != "unrelated"),
              ("unrelated", lambda o: o["label"]["kind"] == "unrelated")]
    rows = []
    for lg in langs:
        r = [lg] + [sum(1 for o, m in zip(items, meta) if m["lang"] == lg and f(o)) for _, f in groups]
        r.append(sum(1 for o, m in zip(items, meta) if m["lang"] == lg and "lang" in o))
        rows.append(r + [sum(r[1:4])])
    table(["language", "calls", "hard negatives", "unrelated", "with lang field", "all"], rows)
    srcs = sorted({o["source"] for o in items})
    rows = []
    for s in srcs:
        r = [s] + [sum(1 for o in items if o["source"] == s and f(o)) for _, f in groups]
        rows.append(r + [sum(r[1:])])
    table(["source", "calls", "hard negatives", "unrelated", "all"], rows)
    per = {}
    for o, m in zip(items, meta):
        if o["label"]["event"] == "lavrov_kerry_call":
            per.setdefault(o["label"]["date"], []).append((o, m))
    rows = []
    for d in sorted(per):
        rs = per[d]
        wd = EN_DAY[date.fromisoformat(d).weekday()][:3]
        pubs = sorted({(parse_time(o["published"])[1].date() - date.fromisoformat(d)).days for o, _ in rs})
        rows.append((d, wd, len(rs), ", ".join(sorted({o["source"] for o, _ in rs})),
                     ", ".join(sorted({m["lang"] for _, m in rs})),
                     sum(1 for o, _ in rs if o["label"]["kind"] == "call_role_only"),
                     "/".join("%+d" % p for p in pubs)))
    table(["call date (Moscow)", "day", "reports", "sources", "languages", "role-only", "published, local day offset"], rows)
    other = {}
    for o in items:
        e = o["label"]["event"]
        if e and e != "lavrov_kerry_call":
            other.setdefault((e, o["label"]["date"]), 0)
            other[(e, o["label"]["date"])] += 1
    table(["event", "date", "reports"], [(e, d, n) for (e, d), n in sorted(other.items())])


def main(argv):
    items, _ = build()
    write(items)
    ok = True
    if "--check" in argv:
        ok = check()
    if "--stats" in argv:
        stats()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
