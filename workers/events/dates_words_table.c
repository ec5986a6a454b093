/* SPDX-License-Identifier: MIT
 *
 * dates_words_table — the rows of the date lexicon (DATA): the month, weekday and relative
 * words of the catalog's languages, as dates_words.c compiles them (its comment gives the
 * rows' format). A row's string is cut into lines between its groups (after a ';'), and
 * inside a group (after a '|') only where the group is longer than a line. */
#include "dates_int.h"

const lex_row_t dates_lex_rows[] = {
    /* months: day-first or month-first, with the forms a day number takes (genitive,
       locative, dative, partitive ...) where a language has them */
    { "en", W_MONTH, 1, "january|jan;february|feb;march|mar;april|apr;may;june|jun;july|jul;"
      "august|aug;september|sept|sep;october|oct;november|nov;december|dec" },
    /* Irish: CLDR's names, and November's and December's genitives ("mí na Samhna") */
    { "ga", W_MONTH, 1, "eanáir;feabhra;márta;aibreán;bealtaine;meitheamh;iúil;lúnasa;"
      "meán fómhair;deireadh fómhair;samhain|samhna;nollaig|nollag" },
    { "ru", W_MONTH, 1, "январь|января|январе|янв;февраль|февраля|феврале|фев|февр;"
      "март|марта|марте|мар;апрель|апреля|апреле|апр;май|мая|мае;июнь|июня|июне|июн;"
      "июль|июля|июле|июл;август|августа|августе|авг;сентябрь|сентября|сентябре|сен|сент;"
      "октябрь|октября|октябре|окт;ноябрь|ноября|ноябре|ноя|нояб;декабрь|декабря|декабре|дек" },
    /* Ukrainian "лист" is a Russian sheet */
    { "uk", W_MONTH, 1, "січень|січня|січні|січ;лютий|лютого|лютому|лют;"
      "березень|березня|березні|бер;квітень|квітня|квітні|квіт;травень|травня|травні|трав;"
      "червень|червня|червні|черв;липень|липня|липні|лип;серпень|серпня|серпні|серп;"
      "вересень|вересня|вересні|вер;жовтень|жовтня|жовтні|жовт;листопад|листопада|листопаді|"
      "!лист;"
      "грудень|грудня|грудні|груд" },
    { "be", W_MONTH, 1, "студзень|студзеня|студзені;люты|лютага|лютым;сакавік|сакавіка|сакавіку;"
      "красавік|красавіка|красавіку;май|мая|маі|травень|траўня|траўні;чэрвень|чэрвеня|чэрвені;"
      "ліпень|ліпеня|ліпені;жнівень|жніўня|жніўні;верасень|верасня|верасні;"
      "кастрычнік|кастрычніка|кастрычніку;лістапад|лістапада|лістападзе;снежань|снежня|снежні" },
    { "bg", W_MONTH, 1, "януари;февруари;март;април;май;юни;юли;август;септември;октомври;"
      "ноември;декември" },
    { "mk", W_MONTH, 1, "јануари;февруари;март;април;мај;јуни;јули;август;септември;октомври;"
      "ноември;декември" },
    { "sr", W_MONTH, 1, "јануар|јануара;фебруар|фебруара;март|марта;април|априла;мај|маја;"
      "јун|јуна|јуни;јул|јула|јули;август|августа;септембар|септембра;октобар|октобра;"
      "новембар|новембра;децембар|децембра" },
    /* Serbian in Latin letters, and Bosnian: the same words */
    { "sr", W_MONTH, 1, "januar|januara;februar|februara;mart|marta;april|aprila;maj|maja;"
      "jun|juna|juni;jul|jula|juli;avgust|avgusta|august|augusta;septembar|septembra;"
      "oktobar|oktobra;novembar|novembra;decembar|decembra" },
    { "bs", W_MONTH, 1, "januar|januara;februar|februara;mart|marta;april|aprila;maj|maja;"
      "juni|juna|jun;juli|jula|jul;august|augusta|avgust|avgusta;septembar|septembra;"
      "oktobar|oktobra;novembar|novembra;decembar|decembra" },
    /* Croatian "listopad" is October, Czech and Polish November */
    { "hr", W_MONTH, 1, "siječanj|siječnja|siječnju;veljača|veljače|veljači;ožujak|ožujka|ožujku;"
      "travanj|travnja|travnju;svibanj|svibnja|svibnju;lipanj|lipnja|lipnju;"
      "srpanj|srpnja|srpnju;kolovoz|kolovoza|kolovozu;rujan|rujna|rujnu;"
      "!listopad|!listopada|!listopadu;studeni|studenoga|studenog|studenom;"
      "prosinac|prosinca|prosincu" },
    { "sl", W_MONTH, 1, "januar|januarja;februar|februarja;marec|marca;april|aprila;maj|maja;"
      "junij|junija;julij|julija;avgust|avgusta;september|septembra;oktober|oktobra;"
      "november|novembra;december|decembra" },
    { "kk", W_MONTH, 1, "қаңтар|қаңтарда;ақпан|ақпанда;наурыз|наурызда;сәуір|сәуірде;"
      "мамыр|мамырда;маусым|маусымда;шілде|шілдеде;тамыз|тамызда;қыркүйек|қыркүйекте;"
      "қазан|қазанда;қараша|қарашада;желтоқсан|желтоқсанда" },
    { "uz", W_MONTH, 1, "январ;феврал;март;апрел;май;июн;июл;август;сентябр;октябр;ноябр;декабр" },
    { "de", W_MONTH, 1, "januar|jänner|jan;februar|feber|feb|febr;märz|maerz|mrz;april|apr;mai;"
      "juni|jun;juli|jul;august|aug;september|sept|sep;oktober|okt;november|nov;dezember|dez" },
    { "fr", W_MONTH, 1, "janvier|janv;février|fevrier|févr|fevr;mars;avril|avr;mai;juin;"
      "juillet|juil;août|aout;septembre|sept;octobre|oct;novembre|nov;décembre|decembre|déc" },
    { "es", W_MONTH, 1, "enero|ene;febrero|feb;marzo|mar;abril|abr;mayo;junio|jun;julio|jul;"
      "agosto|ago;septiembre|setiembre|sept;octubre|oct;noviembre|nov;diciembre|dic" },
    /* Catalan elides "de" before a vowel: "el 6 d'abril" */
    { "ca", W_MONTH, 1, "gener;febrer;març;abril|d'abril;maig;juny;juliol;agost|d'agost;setembre;"
      "octubre|d'octubre;novembre;desembre" },
    { "gl", W_MONTH, 1, "xaneiro;febreiro;marzo;abril;maio;xuño;xullo;agosto;setembro;outubro;"
      "novembro;decembro" },
    /* Basque: the month with its article, its genitive before the day ("martxoaren 6an") and
       its inessive ("martxoan") */
    { "eu", W_MONTH, 1, "urtarrila|urtarrilaren|urtarrilean;otsaila|otsailaren|otsailean;"
      "martxoa|martxoaren|martxoan;apirila|apirilaren|apirilean;maiatza|maiatzaren|maiatzean;"
      "ekaina|ekainaren|ekainean;uztaila|uztailaren|uztailean;abuztua|abuztuaren|abuztuan;"
      "iraila|irailaren|irailean;urria|urriaren|urrian;azaroa|azaroaren|azaroan;"
      "abendua|abenduaren|abenduan" },
    { "it", W_MONTH, 1, "gennaio;febbraio|febb;marzo;aprile;maggio;giugno;luglio;agosto;"
      "settembre|sett;ottobre|ott;novembre;dicembre|dic" },
    { "pt", W_MONTH, 1, "janeiro;fevereiro|fev;março|marco;abril;maio;junho;julho;agosto;"
      "setembro;outubro;novembro;dezembro|dez" },
    { "pl", W_MONTH, 1, "styczeń|stycznia;luty|lutego;marzec|marca;kwiecień|kwietnia;maj|maja;"
      "czerwiec|czerwca;lipiec|lipca;sierpień|sierpnia;wrzesień|września;"
      "październik|października;listopad|listopada;grudzień|grudnia" },
    { "cs", W_MONTH, 1, "leden|ledna;únor|února;březen|března;duben|dubna;květen|května;"
      "červen|června;červenec|července;srpen|srpna;září;říjen|října;listopad|listopadu;"
      "prosinec|prosince" },
    /* Slovak "máji" is Czech "mají" (they have) */
    { "sk", W_MONTH, 1, "január|januára|januári;február|februára|februári;marec|marca|marci;"
      "apríl|apríla|apríli;máj|mája|!máji;jún|júna|júni;júl|júla|júli;august|augusta|auguste;"
      "september|septembra|septembri;október|októbra|októbri;november|novembra|novembri;"
      "december|decembra|decembri" },
    /* Turkish glues its case endings on with an apostrophe ("6 Mart'ta": dates_scan) */
    { "tr", W_MONTH, 1, "ocak;şubat;mart;nisan;mayıs;haziran;temmuz;ağustos;eylül;ekim;kasım;"
      "aralık" },
    /* Azerbaijani and Uzbek glue them on: "6 martda", "martın 6-da" (Turkish "mayın" is a mine) */
    { "az", W_MONTH, 1, "yanvar|yanvarda|yanvarın;fevral|fevralda|fevralın;mart|martda|martın;"
      "aprel|apreldə|aprelin;may|mayda|!mayın;iyun|iyunda|iyunun;iyul|iyulda|iyulun;"
      "avqust|avqustda|avqustun;sentyabr|sentyabrda|sentyabrın;oktyabr|oktyabrda|oktyabrın;"
      "noyabr|noyabrda|noyabrın;dekabr|dekabrda|dekabrın" },
    { "uz", W_MONTH, 1, "yanvar|yanvarda;fevral|fevralda;mart|martda;aprel|aprelda;may|mayda;"
      "iyun|iyunda;iyul|iyulda;avgust|avgustda;sentabr|sentyabr|sentabrda|sentyabrda;"
      "oktabr|oktyabr|oktabrda|oktyabrda;noyabr|noyabrda;dekabr|dekabrda" },
    { "nl", W_MONTH, 1, "januari;februari;maart|mrt;april;mei;juni;juli;augustus;september;"
      "oktober;november;december" },
    { "sv", W_MONTH, 1, "januari;februari;mars;april;maj;juni;juli;augusti;september;oktober;"
      "november;december" },
    { "da", W_MONTH, 1, "januar;februar;marts;april;maj;juni;juli;august;september;oktober;"
      "november;december" },
    { "no", W_MONTH, 1, "januar;februar;mars;april;mai;juni;juli;august;september;oktober;"
      "november;desember" },
    { "is", W_MONTH, 1, "janúar;febrúar;mars;apríl;maí;júní;júlí;ágúst;september;október;"
      "nóvember;desember" },
    { "fi", W_MONTH, 1, "tammikuuta|tammikuu;helmikuuta|helmikuu;maaliskuuta|maaliskuu;"
      "huhtikuuta|huhtikuu;toukokuuta|toukokuu;kesäkuuta|kesäkuu;heinäkuuta|heinäkuu;"
      "elokuuta|elokuu;syyskuuta|syyskuu;lokakuuta|lokakuu;marraskuuta|marraskuu;"
      "joulukuuta|joulukuu" },
    /* Estonian: "6. märtsil" (on), "6. märtsi" (of); English "mail" is not a month */
    { "et", W_MONTH, 1, "jaanuar|jaanuaril|jaanuari|jaan;veebruar|veebruaril|veebruari|veebr;"
      "märts|märtsil|märtsi;aprill|aprillil|aprilli;mai|!mail;juuni|juunil;juuli|juulil;"
      "august|augustil|augusti;september|septembril|septembri;oktoober|oktoobril|oktoobri;"
      "november|novembril|novembri;detsember|detsembril|detsembri|dets" },
    /* Latvian: "6. martā" (on), "6. marta" (of) */
    { "lv", W_MONTH, 1, "janvāris|janvārī|janvāra;februāris|februārī|februāra;marts|martā|marta;"
      "aprīlis|aprīlī|aprīļa;maijs|maijā|maija;jūnijs|jūnijā|jūnija;jūlijs|jūlijā|jūlija;"
      "augusts|augustā|augusta;septembris|septembrī|septembra;oktobris|oktobrī|oktobra;"
      "novembris|novembrī|novembra;decembris|decembrī|decembra" },
    /* Lithuanian puts the month first, in the genitive: "kovo 6 d." */
    { "lt", W_MONTH, 1, "sausis|sausio;vasaris|vasario;kovas|kovo;balandis|balandžio;"
      "gegužė|gegužės;birželis|birželio;liepa|liepos;rugpjūtis|rugpjūčio;rugsėjis|rugsėjo;"
      "spalis|spalio;lapkritis|lapkričio;gruodis|gruodžio" },
    /* Hungarian: "március 6-án" reads as the month and the day; "márc." as written */
    { "hu", W_MONTH, 1, "január|jan;február|febr;március|márc;április|ápr;május|máj;június|jún;"
      "július|júl;augusztus|aug;szeptember|szept;október|okt;november|nov;december|dec" },
    { "ro", W_MONTH, 1, "ianuarie;februarie;martie;aprilie;mai;iunie;iulie;august;septembrie;"
      "octombrie;noiembrie;decembrie" },
    { "sq", W_MONTH, 1, "janar|janarit;shkurt|shkurtit;mars|marsit;prill|prillit;maj|majit;"
      "qershor|qershorit;korrik|korrikut;gusht|gushtit;shtator|shtatorit;tetor|tetorit;"
      "nëntor|nëntorit;dhjetor|dhjetorit" },
    { "el", W_MONTH, 1, "ιανουαριου|ιανουαριοσ|ιαν;φεβρουαριου|φεβρουαριοσ|φεβ;μαρτιου|μαρτιοσ;"
      "απριλιου|απριλιοσ|απρ;μαιου|μαιοσ;ιουνιου|ιουνιοσ;ιουλιου|ιουλιοσ;αυγουστου|αυγουστοσ|αυγ;"
      "σεπτεμβριου|σεπτεμβριοσ|σεπτ;οκτωβριου|οκτωβριοσ|οκτ;νοεμβριου|νοεμβριοσ|νοε;"
      "δεκεμβριου|δεκεμβριοσ|δεκ" },
    /* Georgian: "6 მარტს" (on), "მარტის" (of) */
    { "ka", W_MONTH, 1, "იანვარი|იანვარს|იანვრის;თებერვალი|თებერვალს|თებერვლის;მარტი|მარტს|მარტის;"
      "აპრილი|აპრილს|აპრილის;მაისი|მაისს|მაისის;ივნისი|ივნისს|ივნისის;ივლისი|ივლისს|ივლისის;"
      "აგვისტო|აგვისტოს;სექტემბერი|სექტემბერს|სექტემბრის;ოქტომბერი|ოქტომბერს|ოქტომბრის;"
      "ნოემბერი|ნოემბერს|ნოემბრის;დეკემბერი|დეკემბერს|დეკემბრის" },
    /* Armenian puts the month first, in the genitive: "մարտի 6-ին" */
    { "hy", W_MONTH, 1, "հունվար|հունվարի;փետրվար|փետրվարի;մարտ|մարտի;ապրիլ|ապրիլի;մայիս|մայիսի;"
      "հունիս|հունիսի;հուլիս|հուլիսի;օգոստոս|օգոստոսի;սեպտեմբեր|սեպտեմբերի;"
      "հոկտեմբեր|հոկտեմբերի;նոյեմբեր|նոյեմբերի;դեկտեմբեր|դեկտեմբերի" },
    /* with the Maghreb's names (CLDR ar_DZ, ar_MA, ar_MR: "جانفي", "يوليوز", "غشت");
       "جوان" is the Persian and Urdu for young */
    { "ar", W_MONTH, 1, "يناير|كانون الثاني|جانفي;فبراير|شباط|فيفري;مارس|اذار;ابريل|نيسان|أفريل;"
      "مايو|ايار|ماي;يونيو|حزيران|!جوان;يوليو|تموز|جويلية|يوليوز;اغسطس|اب|غشت|أغشت;"
      "سبتمبر|ايلول|شتنبر|شتمبر;اكتوبر|تشرين الاول;نوفمبر|تشرين الثاني|نونبر;"
      "ديسمبر|كانون الاول|دجنبر|دجمبر" },
    /* with Dari's (CLDR fa_AF: "فبروری", "می", "جون"); "می" is also the verbal prefix,
       "جون" Arabic John */
    { "fa", W_MONTH, 1, "ژانويه;فوريه|فبروری;مارس;اوريل;مه|!می;ژوئن|!جون;ژوئيه|جولاي;اوت|اگوست;"
      "سپتامبر|سپتمبر;اكتبر;نوامبر;دسامبر" },
    /* The Iranian press dates by the Solar Hijri year ("۲۸ شهریور" is 18 September 2016):
       values 13..24. Several names are words too ("تیر" an arrow, "مهر" a seal and a news
       agency, "دی" a name): Persian only, and only next to a day's number. */
    { "fa", W_MONTH, 13, "!فروردین;!اردیبهشت;!خرداد;!تیر;!مرداد|!امرداد;!شهریور;!مهر;!آبان;!آذر;"
      "!دی;!بهمن;!اسفند" },
    /* Urdu: Arabic "جون" is the name John */
    { "ur", W_MONTH, 1, "جنوری;فروری;مارچ;اپریل;مئی;!جون;جولائی;اگست;ستمبر;اکتوبر;نومبر;دسمبر" },
    { "he", W_MONTH, 1, "ינואר|בינואר;פברואר|בפברואר;מרץ|מרס|במרץ|במרס;אפריל|באפריל;מאי|במאי;"
      "יוני|ביוני;יולי|ביולי;אוגוסט|באוגוסט;ספטמבר|בספטמבר;אוקטובר|באוקטובר;"
      "נובמבר|בנובמבר;דצמבר|בדצמבר" },
    { "hi", W_MONTH, 1, "जनवरी;फरवरी;मार्च;अप्रैल;मई;जून;जुलाई;अगस्त;सितंबर|सितम्बर;"
      "अक्टूबर|अक्तूबर;नवंबर|नवम्बर;दिसंबर|दिसम्बर" },
    /* Marathi "मे" is a Hindi misspelling of "में" (in) */
    { "mr", W_MONTH, 1, "जानेवारी;फेब्रुवारी;मार्च;एप्रिल;!मे;जून;जुलै;ऑगस्ट;सप्टेंबर;ऑक्टोबर;"
      "नोव्हेंबर;डिसेंबर" },
    { "bn", W_MONTH, 1, "জানুয়ারি|জানুয়ারী;ফেব্রুয়ারি|ফেব্রুয়ারী;মার্চ;এপ্রিল;মে;জুন;জুলাই;"
      "আগস্ট|অগাস্ট;সেপ্টেম্বর;অক্টোবর;নভেম্বর;ডিসেম্বর" },
    { "ta", W_MONTH, 1, "ஜனவரி;பிப்ரவரி;மார்ச்;ஏப்ரல்;மே;ஜூன்;ஜூலை;ஆகஸ்ட்;செப்டம்பர்;அக்டோபர்;"
      "நவம்பர்;டிசம்பர்" },
    /* Thai: "6 มีนาคม", "6 มี.ค."; its words are not spaced apart (dates_scan) */
    { "th", W_MONTH, 1, "มกราคม|ม.ค;กุมภาพันธ์|ก.พ;มีนาคม|มี.ค;เมษายน|เม.ย;พฤษภาคม|พ.ค;"
      "มิถุนายน|มิ.ย;กรกฎาคม|ก.ค;สิงหาคม|ส.ค;กันยายน|ก.ย;ตุลาคม|ต.ค;พฤศจิกายน|พ.ย;"
      "ธันวาคม|ธ.ค" },
    /* French "des", English "Mac" */
    { "id", W_MONTH, 1, "januari;februari;maret;april;mei;juni;juli;agustus|agu|agt;"
      "september;oktober|okt;november|nov;desember|!des" },
    { "ms", W_MONTH, 1, "januari;februari;!mac;april;mei;jun;julai;ogos;september;oktober;"
      "november;disember" },
    { "tl", W_MONTH, 1, "enero;pebrero;marso;abril;mayo;hunyo;hulyo;agosto;setyembre|septiyembre;"
      "oktubre;nobyembre;disyembre" },
    { "sw", W_MONTH, 1, "januari;februari;machi;aprili;mei;juni;julai;agosti;septemba;oktoba;"
      "novemba;desemba" },
    /* Amharic: the Gregorian names the international news uses (the Ethiopian calendar's
       months are not read) */
    { "am", W_MONTH, 1, "ጃንዩወሪ|ጃንዋሪ;ፌብሩወሪ|ፌብሩዋሪ;ማርች;ኤፕሪል;ሜይ;ጁን;ጁላይ;ኦገስት;ሴፕቴምበር;ኦክቶበር;"
      "ኖቬምበር;ዲሴምበር" },
    /* Nepali "जुन" is also "which", "मे" a Hindi misspelling of "में" (in) */
    { "ne", W_MONTH, 1, "जनवरी;फेब्रुअरी;मार्च;अप्रिल;!मे;!जुन;जुलाई;अगस्ट;सेप्टेम्बर;अक्टोबर;"
      "नोभेम्बर;डिसेम्बर" },
    { "te", W_MONTH, 1, "జనవరి;ఫిబ్రవరి;మార్చి;ఏప్రిల్;మే;జూన్;జులై|జూలై;ఆగస్టు|ఆగస్ట్;"
      "సెప్టెంబర్|సెప్టెంబరు;అక్టోబర్|అక్టోబరు;నవంబర్|నవంబరు;డిసెంబర్|డిసెంబరు" },
    { "ml", W_MONTH, 1, "ജനുവരി;ഫെബ്രുവരി;മാർച്ച്;ഏപ്രിൽ;മേയ്|മെയ്;ജൂൺ;ജൂലൈ;ഓഗസ്റ്റ്|ആഗസ്റ്റ്;"
      "സെപ്റ്റംബർ;ഒക്ടോബർ;നവംബർ;ഡിസംബർ" },
    /* Pashto: Pakistan's papers write the Gregorian months ("جنوري", "مۍ"); Urdu "جون" is
       also John */
    { "ps", W_MONTH, 1, "جنوري;فبروري;مارچ;اپرېل|اپریل;مۍ|مئ;!جون;جولای;اګست|اگست;سپتمبر;اکتوبر;"
      "نومبر;ډسمبر|دسمبر" },
    /* ... and Afghanistan's the Solar Hijri year, its months by the zodiac (CLDR's ps names
       them so, for the Gregorian months); several are words ("تله" went, "وږی" hungry, "کب"
       a fish): Pashto only, values 13..24 as in Persian */
    { "ps", W_MONTH, 13, "!وری;!غویی;!غبرگولی|!غبرګولی;!چنگاښ|!چنګاښ;!زمری;!وږی;!تله;!لړم;!لیندۍ;"
      "!مرغومی;!سلواغه;!کب" },
    /* Burmese and Khmer, whose words are not spaced apart (dates_scan cuts their runs at the
       lexicon's words, as Thai's), with "month" before or after the name: "မတ်လ", "ខែមីនា".
       Burmese "မေ" (May) starts "မေတ္တာ" (love); Khmer "កញ្ញា" (September) is also "Miss",
       "តុលា", "សីហា", "ធ្នូ" the scales, the lion and the bow */
    { "my", W_MONTH, 1, "ဇန်နဝါရီ|ဇန်နဝါရီလ;ဖေဖော်ဝါရီ|ဖေဖော်ဝါရီလ;မတ်|မတ်လ;ဧပြီ|ဧပြီလ;!မေ|မေလ;"
      "ဇွန်|ဇွန်လ;ဇူလိုင်|ဇူလိုင်လ;ဩဂုတ်|ဩဂုတ်လ|သြဂုတ်|သြဂုတ်လ;စက်တင်ဘာ|စက်တင်ဘာလ;"
      "အောက်တိုဘာ|အောက်တိုဘာလ;နိုဝင်ဘာ|နိုဝင်ဘာလ;ဒီဇင်ဘာ|ဒီဇင်ဘာလ" },
    { "km", W_MONTH, 1, "មករា|ខែមករា;កុម្ភៈ|ខែកុម្ភៈ;មីនា|ខែមីនា;មេសា|ខែមេសា;ឧសភា|ខែឧសភា;"
      "មិថុនា|ខែមិថុនា;កក្កដា|ខែកក្កដា;!សីហា|ខែសីហា;!កញ្ញា|ខែកញ្ញា;!តុលា|ខែតុលា;"
      "វិច្ឆិកា|ខែវិច្ឆិកា;!ធ្នូ|ខែធ្នូ" },
    { "si", W_MONTH, 1, "ජනවාරි;පෙබරවාරි;මාර්තු;අප්‍රේල්;මැයි;ජූනි;ජූලි;අගෝස්තු;සැප්තැම්බර්;"
      "ඔක්තෝබර්;නොවැම්බර්;දෙසැම්බර්" },
    { "gu", W_MONTH, 1, "જાન્યુઆરી;ફેબ્રુઆરી;માર્ચ;એપ્રિલ;મે;જૂન;જુલાઈ;ઑગસ્ટ|ઓગસ્ટ;સપ્ટેમ્બર;"
      "ઑક્ટોબર|ઓક્ટોબર;નવેમ્બર;ડિસેમ્બર" },
    { "pa", W_MONTH, 1, "ਜਨਵਰੀ;ਫ਼ਰਵਰੀ|ਫਰਵਰੀ;ਮਾਰਚ;ਅਪ੍ਰੈਲ|ਅਪਰੈਲ;ਮਈ;ਜੂਨ;ਜੁਲਾਈ;ਅਗਸਤ;ਸਤੰਬਰ;ਅਕਤੂਬਰ;ਨਵੰਬਰ;"
      "ਦਸੰਬਰ" },
    { "kn", W_MONTH, 1, "ಜನವರಿ;ಫೆಬ್ರವರಿ;ಮಾರ್ಚ್;ಏಪ್ರಿಲ್;ಮೇ;ಜೂನ್;ಜುಲೈ;ಆಗಸ್ಟ್;ಸೆಪ್ಟೆಂಬರ್;ಅಕ್ಟೋಬರ್;"
      "ನವೆಂಬರ್;ಡಿಸೆಂಬರ್" },
    /* Somali: CLDR's "Bisha Koobaad" (the first month) and the names news writes */
    { "so", W_MONTH, 1, "jannaayo|janaayo|bisha koobaad;febraayo|bisha labaad;"
      "maarso|bisha saddexaad;abriil|bisha afraad;maajo|may|bisha shanaad;juun|bisha lixaad;"
      "luuliyo|luulyo|bisha todobaad;ogosto|agoosto|bisha sideedaad;"
      "sebteembar|sebtembar|bisha sagaalaad;oktoobar|bisha tobnaad;"
      "noofeembar|nofembar|bisha kow iyo tobnaad;diseembar|desembar|bisha laba iyo tobnaad" },
    /* Hausa "Agusta" is also the helicopter maker */
    { "ha", W_MONTH, 1, "janairu;faburairu|fabrairu;maris;afirilu|afrilu;mayu;yuni;yuli;!agusta;"
      "satumba;oktoba;nuwamba;disamba" },
    /* Mongolian numbers its months ("гуравдугаар сар", the third month; "сарын 6", the 6th
       of the month) */
    { "mn", W_MONTH, 1, "нэгдүгээр сар|нэгдүгээр сарын;хоёрдугаар сар|хоёрдугаар сарын;"
      "гуравдугаар сар|гуравдугаар сарын;дөрөвдүгээр сар|дөрөвдүгээр сарын;"
      "тавдугаар сар|тавдугаар сарын;зургаадугаар сар|зургаадугаар сарын;"
      "долоодугаар сар|долоодугаар сарын;наймдугаар сар|наймдугаар сарын;"
      "есдүгээр сар|есдүгээр сарын;аравдугаар сар|аравдугаар сарын;"
      "арван нэгдүгээр сар|арван нэгдүгээр сарын;арван хоёрдугаар сар|арван хоёрдугаар сарын" },
    { "tg", W_MONTH, 1, "январ;феврал;март;апрел;май;июн;июл;август;сентябр;октябр;ноябр;декабр" },
    /* Kyrgyz "6-мартта" (on 6 March) */
    { "ky", W_MONTH, 1, "январь|январда;февраль|февралда;март|мартта;апрель|апрелде;май|майда;"
      "июнь|июнда;июль|июлда;август|августта;сентябрь|сентябрда;октябрь|октябрда;"
      "ноябрь|ноябрда;декабрь|декабрда" },

    /* weekdays, Sunday first, with the form "on Monday" takes */
    { "en", W_WEEKDAY, 0, "sunday;monday;tuesday;wednesday;thursday;friday;saturday" },
    { "ga", W_WEEKDAY, 0, "dé domhnaigh;dé luain;dé máirt;dé céadaoin;déardaoin;dé haoine;"
      "dé sathairn" },
    /* ... and the weekday's adjective ("субботнего телефонного разговора", Saturday's) */
    { "ru", W_WEEKDAY, 0, "воскресенье|воскресного|воскресной|воскресном;"
      "понедельник|понедельничного|понедельничной;вторник|вторничного|вторничной;среда|среду;"
      "четверг|четвергового|четверговой;пятница|пятницу|пятничного|пятничной|пятничном;"
      "суббота|субботу|субботнего|субботней|субботнем" },
    /* the weekday's adjective too: "у п'ятничній розмові" */
    { "uk", W_WEEKDAY, 0, "неділя|неділю|недільній|недільного|недільному|недільним;"
      "понеділок|понеділкової|понеділковій|понеділкового|понеділковому;"
      "вівторок|вівторкової|вівторковій|вівторкового;"
      "середа|середу;"
      "четвер|четвергової|четверговій|четвергового;"
      "п'ятниця|п'ятницю|п'ятничній|п'ятничної|п'ятничного|п'ятничному;"
      "субота|суботу|суботній|суботньої|суботнього|суботньому" },
    { "be", W_WEEKDAY, 0, "нядзеля|нядзелю;панядзелак;аўторак;серада|сераду;чацвер;"
      "пятніца|пятніцу;субота|суботу" },
    /* Russian "неделя" is a week; Macedonian "недела" is a week too. Both languages may add
       the article: "во понеделникот", "в понеделника". */
    { "bg", W_WEEKDAY, 0, "!неделя|!неделята;понеделник|понеделника;вторник|вторника;"
      "сряда|срядата;четвъртък|четвъртъка;петък|петъка;събота|съботата" },
    { "mk", W_WEEKDAY, 0, "!недела|!неделата;понеделник|понеделникот;вторник|вторникот;"
      "среда|средата;четврток|четвртокот;петок|петокот;сабота|саботата" },
    { "sr", W_WEEKDAY, 0, "недеља|недељу;понедељак;уторак;среда|среду;четвртак;петак;"
      "субота|суботу" },
    { "sr", W_WEEKDAY, 0, "nedelja|nedelju|nedjelja|nedjelju;ponedeljak|ponedjeljak;utorak;"
      "sreda|sredu|srijeda|srijedu;četvrtak;petak;subota|subotu" },
    { "hr", W_WEEKDAY, 0, "nedjelja|nedjelju;ponedjeljak;utorak;srijeda|srijedu;četvrtak;petak;"
      "subota|subotu" },
    { "bs", W_WEEKDAY, 0, "nedjelja|nedjelju;ponedjeljak;utorak;srijeda|srijedu;četvrtak;petak;"
      "subota|subotu" },
    { "sl", W_WEEKDAY, 0, "nedelja|nedeljo;ponedeljek;torek;sreda|sredo;četrtek;petek;"
      "sobota|soboto" },
    { "kk", W_WEEKDAY, 0, "жексенбі;дүйсенбі;сейсенбі;сәрсенбі;бейсенбі;жұма;сенбі" },
    { "uz", W_WEEKDAY, 0, "якшанба;душанба;сешанба;чоршанба;пайшанба;жума;шанба" },
    /* German glues the time of day on: "am Samstagabend" */
    { "de", W_WEEKDAY, 0,
      "sonntag|sonntagabend|sonntagmorgen|sonntagnachmittag|sonntagnacht;"
      "montag|montagabend|montagmorgen|montagnachmittag|montagnacht;"
      "dienstag|dienstagabend|dienstagmorgen|dienstagnachmittag|dienstagnacht;"
      "mittwoch|mittwochabend|mittwochmorgen|mittwochnachmittag|mittwochnacht;"
      "donnerstag|donnerstagabend|donnerstagmorgen|donnerstagnachmittag|donnerstagnacht;"
      "freitag|freitagabend|freitagmorgen|freitagnachmittag|freitagnacht;"
      "samstag|samstagabend|samstagmorgen|samstagnachmittag|samstagnacht|sonnabend|"
      "sonnabendabend" },
    { "fr", W_WEEKDAY, 0, "dimanche;lundi;mardi;mercredi;jeudi;vendredi;samedi" },
    { "es", W_WEEKDAY, 0, "domingo;lunes;martes;miércoles|miercoles;jueves;viernes;sábado|sabado" },
    { "ca", W_WEEKDAY, 0, "diumenge;dilluns;dimarts;dimecres;dijous;divendres;dissabte" },
    { "gl", W_WEEKDAY, 0, "domingo;luns;martes;mércores;xoves;venres;sábado" },
    /* Basque "larunbatean" (on Saturday) */
    { "eu", W_WEEKDAY, 0, "igandea|igandean;astelehena|astelehenean;asteartea|asteartean;"
      "asteazkena|asteazkenean;osteguna|ostegunean;ostirala|ostiralean;larunbata|larunbatean" },
    { "it", W_WEEKDAY, 0, "domenica;lunedì|lunedi;martedì|martedi;mercoledì|mercoledi;"
      "giovedì|giovedi;venerdì|venerdi;sabato" },
    { "pt", W_WEEKDAY, 0, "domingo;segunda-feira;terça-feira|terca-feira;quarta-feira;"
      "quinta-feira;sexta-feira;sábado" },
    /* Brazil shortens "-feira" after "nesta" (this) and "na última" (last): "nesta quarta";
       a bare "segunda" is also "second" */
    { "pt", W_WEEKDAY, 0, "neste domingo;nesta segunda|na última segunda;"
      "nesta terça|nesta terca|na última terça;nesta quarta|na última quarta;"
      "nesta quinta|na última quinta;nesta sexta|na última sexta;neste sábado|neste sabado" },
    /* the weekday's adjective too: "w piątkowej rozmowie" (in Friday's conversation) */
    { "pl", W_WEEKDAY, 0, "niedziela|niedzielę|niedzielny|niedzielna|niedzielne|niedzielnego|"
      "niedzielnej|niedzielnym|niedzielną|niedzielnych;"
      "poniedziałek|poniedziałkowy|poniedziałkowa|poniedziałkowe|poniedziałkowego|"
      "poniedziałkowej|poniedziałkowym|poniedziałkową|poniedziałkowych;"
      "wtorek|wtorkowy|wtorkowa|wtorkowe|wtorkowego|wtorkowej|wtorkowym|wtorkową|wtorkowych;"
      "środa|środę|środowy|środowa|środowe|środowego|środowej|środowym|środową|środowych;"
      "czwartek|czwartkowy|czwartkowa|czwartkowe|czwartkowego|czwartkowej|czwartkowym|"
      "czwartkową|czwartkowych;"
      "piątek|piątkowy|piątkowa|piątkowe|piątkowego|piątkowej|piątkowym|piątkową|piątkowych;"
      "sobota|sobotę|sobotni|sobotnia|sobotnie|sobotniego|sobotniej|sobotnim|sobotnią|sobotnich" },
    /* the weekday's adjective too: "v pondělním telefonátu" (in Monday's call) */
    { "cs", W_WEEKDAY, 0, "neděle|neděli|nedělní|nedělního|nedělnímu|nedělním|nedělních|"
      "nedělními;"
      "pondělí|pondělního|pondělnímu|pondělním|pondělních|pondělními|pondělní;"
      "úterý|úterní|úterního|úternímu|úterním|úterních|úterními;"
      "středa|středu|středeční|středečního|středečnímu|středečním|středečních|středečními;"
      "čtvrtek|čtvrteční|čtvrtečního|čtvrtečnímu|čtvrtečním|čtvrtečních|čtvrtečními;"
      "pátek|páteční|pátečního|pátečnímu|pátečním|pátečních|pátečními;"
      "sobota|sobotu|sobotní|sobotního|sobotnímu|sobotním|sobotních|sobotními" },
    /* the weekday's adjective too: "v piatkovom rozhovore" */
    { "sk", W_WEEKDAY, 0, "nedeľa|nedeľu|nedeľný|nedeľná|nedeľné|nedeľného|nedeľnej|nedeľnom|"
      "nedeľnou|nedeľných;"
      "pondelok|pondelkový|pondelková|pondelkové|pondelkového|pondelkovej|pondelkovom|"
      "pondelkovou|pondelkových;"
      "utorok|utorkový|utorková|utorkové|utorkového|utorkovej|utorkovom|utorkovou|utorkových;"
      "streda|stredu|stredajší|stredajšia|stredajšie|stredajšieho|stredajšej|stredajšom|"
      "stredajšou;"
      "štvrtok|štvrtkový|štvrtková|štvrtkové|štvrtkového|štvrtkovej|štvrtkovom|štvrtkovou|"
      "štvrtkových;"
      "piatok|piatkový|piatková|piatkové|piatkového|piatkovej|piatkovom|piatkovou|piatkových;"
      "sobota|sobotu|sobotný|sobotná|sobotné|sobotného|sobotnej|sobotnom|sobotnou|sobotných" },
    { "tr", W_WEEKDAY, 0, "pazar;pazartesi;salı;çarşamba;perşembe;cuma;cumartesi" },
    /* Azerbaijani "bazar" is also a market; Uzbek "juma" a Swahili week and a name */
    { "az", W_WEEKDAY, 0, "!bazar|bazar günü;bazar ertəsi;çərşənbə axşamı;çərşənbə;cümə axşamı;"
      "cümə;şənbə" },
    { "uz", W_WEEKDAY, 0, "yakshanba;dushanba;seshanba;chorshanba;payshanba;!juma|juma kuni;"
      "shanba" },
    /* Dutch glues the time of day on too: "zondagavond", "maandagochtend" */
    { "nl", W_WEEKDAY, 0, "zondag|zondagavond|zondagochtend|zondagmiddag|zondagnacht;"
      "maandag|maandagavond|maandagochtend|maandagmiddag|maandagnacht;"
      "dinsdag|dinsdagavond|dinsdagochtend|dinsdagmiddag|dinsdagnacht;"
      "woensdag|woensdagavond|woensdagochtend|woensdagmiddag|woensdagnacht;"
      "donderdag|donderdagavond|donderdagochtend|donderdagmiddag|donderdagnacht;"
      "vrijdag|vrijdagavond|vrijdagochtend|vrijdagmiddag|vrijdagnacht;"
      "zaterdag|zaterdagavond|zaterdagochtend|zaterdagmiddag|zaterdagnacht" },
    /* the definite forms are the news's: "på måndagen", "i mandags", "mandagen" */
    { "sv", W_WEEKDAY, 0, "söndag|söndags|söndagen;måndag|måndags|måndagen;tisdag|tisdags|"
      "tisdagen;"
      "onsdag|onsdags|onsdagen;torsdag|torsdags|torsdagen;fredag|fredags|fredagen;"
      "lördag|lördags|lördagen" },
    { "da", W_WEEKDAY, 0, "søndag|søndagen;mandag|mandagen;tirsdag|tirsdagen;onsdag|onsdagen;"
      "torsdag|torsdagen;fredag|fredagen;lørdag|lørdagen" },
    { "no", W_WEEKDAY, 0, "søndag|sundag|søndagen;mandag|måndag|mandagen;tirsdag|tysdag|"
      "tirsdagen;"
      "onsdag|onsdagen;torsdag|torsdagen;fredag|fredagen;lørdag|laurdag|lørdagen" },
    /* Icelandic "á laugardag", "á laugardaginn" (on Saturday) */
    { "is", W_WEEKDAY, 0, "sunnudagur|sunnudag|sunnudaginn;mánudagur|mánudag|mánudaginn;"
      "þriðjudagur|þriðjudag|þriðjudaginn;miðvikudagur|miðvikudag|miðvikudaginn;"
      "fimmtudagur|fimmtudag|fimmtudaginn;föstudagur|föstudag|föstudaginn;"
      "laugardagur|laugardag|laugardaginn" },
    { "fi", W_WEEKDAY, 0, "sunnuntaina|sunnuntai;maanantaina|maanantai;tiistaina|tiistai;"
      "keskiviikkona|keskiviikko;torstaina|torstai;perjantaina|perjantai;lauantaina|lauantai" },
    { "et", W_WEEKDAY, 0, "pühapäeval|pühapäev;esmaspäeval|esmaspäev;teisipäeval|teisipäev;"
      "kolmapäeval|kolmapäev;neljapäeval|neljapäev;reedel|reede;laupäeval|laupäev" },
    /* Latvian "pirmdien" (on Monday) */
    { "lv", W_WEEKDAY, 0, "svētdiena|svētdien;pirmdiena|pirmdien;otrdiena|otrdien;"
      "trešdiena|trešdien;ceturtdiena|ceturtdien;piektdiena|piektdien;sestdiena|sestdien" },
    /* Lithuanian "pirmadienį" (on Monday) */
    { "lt", W_WEEKDAY, 0, "sekmadienis|sekmadienį;pirmadienis|pirmadienį;antradienis|antradienį;"
      "trečiadienis|trečiadienį;ketvirtadienis|ketvirtadienį;penktadienis|penktadienį;"
      "šeštadienis|šeštadienį" },
    { "hu", W_WEEKDAY, 0, "vasárnap;hétfő|hétfőn;kedd|kedden;szerda|szerdán;"
      "csütörtök|csütörtökön;péntek|pénteken;szombat|szombaton" },
    { "ro", W_WEEKDAY, 0, "duminică;!luni;marți;miercuri;!joi;vineri;sâmbătă" },
    /* Albanian "të hënën" (on Monday); "hënë" alone is the moon, "diel" the sun */
    { "sq", W_WEEKDAY, 0, "e diel|të dielën|dielën;e hënë|të hënën|hënën;e martë|të martën;"
      "e mërkurë|të mërkurën|mërkurën;e enjte|të enjten|enjten;e premte|të premten|premten;"
      "e shtunë|të shtunën|shtunën" },
    /* with the genitive: "το βράδυ της Κυριακής" (on Sunday evening) */
    { "el", W_WEEKDAY, 0, "κυριακη|κυριακης;δευτερα|δευτερας;τριτη|τριτης;τεταρτη|τεταρτης;"
      "πεμπτη|πεμπτης;παρασκευη|παρασκευης;σαββατο|σαββατου" },
    /* Georgian "ორშაბათს" (on Monday); "კვირა" is a week as well as Sunday */
    { "ka", W_WEEKDAY, 0, "კვირას;ორშაბათი|ორშაბათს;სამშაბათი|სამშაბათს;ოთხშაბათი|ოთხშაბათს;"
      "ხუთშაბათი|ხუთშაბათს;პარასკევი|პარასკევს;შაბათი|შაბათს" },
    /* Armenian "շաբաթ" is a week as well as Saturday */
    { "hy", W_WEEKDAY, 0, "կիրակի;երկուշաբթի;երեքշաբթի;չորեքշաբթի;հինգշաբթի;ուրբաթ;շաբաթ օրը" },
    { "ar", W_WEEKDAY, 0, "الاحد;الاثنين;الثلاثاء;الاربعاء;الخميس;الجمعه;السبت" },
    { "fa", W_WEEKDAY, 0, "يكشنبه|يك شنبه;دوشنبه|دو شنبه;سه‌شنبه|سه شنبه|سهشنبه;"
      "چهارشنبه|چهار شنبه;پنجشنبه|پنج‌شنبه|پنج شنبه;جمعه;شنبه" },
    /* Urdu "پیر" is also a saint, "بدھ" the Buddha, "ہفتہ" a week */
    { "ur", W_WEEKDAY, 0, "اتوار;پیر کو|پیر کے روز|سوموار;منگل;بدھ کو|بدھ کے روز;جمعرات;جمعہ;"
      "ہفتہ کو|ہفتے کو|ہفتے کے روز|ہفتہ کے روز" },
    /* Hebrew also numbers the days by letter: "ביום ב'" (day 2, Monday) */
    { "he", W_WEEKDAY, 0, "יום ראשון|ביום ראשון|!ביום א;יום שני|ביום שני|!ביום ב;"
      "יום שלישי|ביום שלישי|!ביום ג;יום רביעי|ביום רביעי|!ביום ד;"
      "יום חמישי|ביום חמישי|!ביום ה;יום שישי|ביום שישי|!ביום ו;שבת|בשבת" },
    { "hi", W_WEEKDAY, 0, "रविवार|इतवार;सोमवार;मंगलवार;बुधवार;गुरुवार|बृहस्पतिवार|वीरवार;"
      "शुक्रवार;शनिवार" },
    /* Marathi "सोमवारी" (on Monday) */
    { "mr", W_WEEKDAY, 0, "रविवार|रविवारी;सोमवार|सोमवारी;मंगळवार|मंगळवारी;बुधवार|बुधवारी;"
      "गुरुवार|गुरुवारी;शुक्रवार|शुक्रवारी;शनिवार|शनिवारी" },
    { "bn", W_WEEKDAY, 0, "রবিবার|রবিবারে|রোববার|রোববারে;সোমবার|সোমবারে;মঙ্গলবার|মঙ্গলবারে;"
      "বুধবার|বুধবারে;বৃহস্পতিবার|বৃহস্পতিবারে;শুক্রবার|শুক্রবারে;শনিবার|শনিবারে" },
    { "ta", W_WEEKDAY, 0, "ஞாயிற்றுக்கிழமை|ஞாயிறன்று;திங்கட்கிழமை|திங்கள்கிழமை|திங்களன்று;"
      "செவ்வாய்க்கிழமை|செவ்வாயன்று;புதன்கிழமை|புதனன்று;வியாழக்கிழமை|வியாழனன்று;"
      "வெள்ளிக்கிழமை|வெள்ளியன்று;சனிக்கிழமை|சனியன்று" },
    /* Thai "อาทิตย์" alone is also the sun and a week, "จันทร์" the moon */
    { "th", W_WEEKDAY, 0, "วันอาทิตย์;วันจันทร์;วันอังคาร;วันพุธ;วันพฤหัสบดี|วันพฤหัส;วันศุกร์;"
      "วันเสาร์" },
    /* Vietnamese "thứ hai" is also "second": the weekday with what comes before it */
    { "vi", W_WEEKDAY, 0,
      "chủ nhật;"
      "vào thứ hai|hôm thứ hai|sáng thứ hai|chiều thứ hai|tối thứ hai|trưa thứ hai;"
      "vào thứ ba|hôm thứ ba|sáng thứ ba|chiều thứ ba|tối thứ ba|trưa thứ ba;"
      "vào thứ tư|hôm thứ tư|sáng thứ tư|chiều thứ tư|tối thứ tư|trưa thứ tư;"
      "vào thứ năm|hôm thứ năm|sáng thứ năm|chiều thứ năm|tối thứ năm|trưa thứ năm;"
      "vào thứ sáu|hôm thứ sáu|sáng thứ sáu|chiều thứ sáu|tối thứ sáu|trưa thứ sáu;"
      "vào thứ bảy|hôm thứ bảy|sáng thứ bảy|chiều thứ bảy|tối thứ bảy|trưa thứ bảy" },
    /* Indonesian "minggu" is also a week: "pada Minggu (6/3)" */
    { "id", W_WEEKDAY, 0, "pada minggu|hari minggu;senin;selasa;rabu;kamis;jumat|jum'at;sabtu" },
    /* Malay "Ahad", "Khamis" are names too */
    { "ms", W_WEEKDAY, 0, "!ahad|hari ahad|pada ahad;isnin;selasa;rabu;!khamis|hari khamis;"
      "jumaat;sabtu" },
    /* Tagalog "linggo" is also a week */
    { "tl", W_WEEKDAY, 0, "noong linggo|nitong linggo|araw ng linggo;lunes;martes;miyerkules;"
      "huwebes;biyernes;sabado" },
    { "sw", W_WEEKDAY, 0, "jumapili;jumatatu;jumanne;jumatano;alhamisi;ijumaa;jumamosi" },
    { "am", W_WEEKDAY, 0, "እሑድ|እሁድ;ሰኞ;ማክሰኞ;ረቡዕ;ሐሙስ|ሀሙስ;ዓርብ|አርብ;ቅዳሜ" },
    { "ne", W_WEEKDAY, 0, "आइतबार;सोमबार;मङ्गलबार|मंगलबार;बुधबार;बिहिबार|बिहीबार;शुक्रबार;शनिबार" },
    /* Telugu "సోమవారం నాడు" (on Monday) holds the name */
    { "te", W_WEEKDAY, 0, "ఆదివారం;సోమవారం;మంగళవారం;బుధవారం;గురువారం;శుక్రవారం;శనివారం" },
    { "ml", W_WEEKDAY, 0, "ഞായറാഴ്ച;തിങ്കളാഴ്ച;ചൊവ്വാഴ്ച;ബുധനാഴ്ച;വ്യാഴാഴ്ച;വെള്ളിയാഴ്ച;ശനിയാഴ്ച" },
    /* Pashto: "د دوشنبې په ورځ" (on Monday); CLDR's "اونۍ" (Saturday) is also the week */
    { "ps", W_WEEKDAY, 0, "يونۍ|یکشنبې;دونۍ|دوشنبې;درېنۍ|درېشنبې|سه شنبې;څلرنۍ|چهارشنبې|څلورشنبې;"
      "پينځنۍ|پنجشنبې;جمعه|جمعې;شنبې" },
    /* Burmese "နေ့" (day) after the name; "အင်္ဂါ" alone (Tuesday) starts "အင်္ဂါရပ်"
       (features). Khmer's bare names are the sun, the moon and the planets ("អាទិត្យ" is
       also the week): news writes "ថ្ងៃ" (day) before them */
    { "my", W_WEEKDAY, 0, "တနင်္ဂနွေ|တနင်္ဂနွေနေ့;တနင်္လာ|တနင်္လာနေ့;အင်္ဂါနေ့;"
      "ဗုဒ္ဓဟူး|ဗုဒ္ဓဟူးနေ့;ကြာသပတေး|ကြာသပတေးနေ့;သောကြာ|သောကြာနေ့;စနေ|စနေနေ့" },
    { "km", W_WEEKDAY, 0, "ថ្ងៃអាទិត្យ;ថ្ងៃច័ន្ទ|ថ្ងៃចន្ទ;ថ្ងៃអង្គារ;ថ្ងៃពុធ;"
      "ថ្ងៃព្រហស្បតិ៍|ថ្ងៃព្រហស្បត្តិ៍;ថ្ងៃសុក្រ;ថ្ងៃសៅរ៍" },
    { "si", W_WEEKDAY, 0, "ඉරිදා;සඳුදා;අඟහරුවාදා;බදාදා;බ්‍රහස්පතින්දා;සිකුරාදා;සෙනසුරාදා" },
    /* Gujarati "શનિવારે" (on Saturday) */
    { "gu", W_WEEKDAY, 0, "રવિવાર|રવિવારે;સોમવાર|સોમવારે;મંગળવાર|મંગળવારે;બુધવાર|બુધવારે;"
      "ગુરુવાર|ગુરુવારે;શુક્રવાર|શુક્રવારે;શનિવાર|શનિવારે" },
    /* Punjabi news writes Saturday "ਸ਼ਨੀਵਾਰ" as often as CLDR's "ਸ਼ਨਿੱਚਰਵਾਰ" */
    { "pa", W_WEEKDAY, 0, "ਐਤਵਾਰ;ਸੋਮਵਾਰ;ਮੰਗਲਵਾਰ;ਬੁੱਧਵਾਰ|ਬੁਧਵਾਰ;ਵੀਰਵਾਰ;ਸ਼ੁੱਕਰਵਾਰ|ਸ਼ੁਕਰਵਾਰ;"
      "ਸ਼ਨਿੱਚਰਵਾਰ|ਸ਼ਨੀਵਾਰ|ਸ਼ਨਿਚਰਵਾਰ" },
    { "kn", W_WEEKDAY, 0, "ಭಾನುವಾರ;ಸೋಮವಾರ;ಮಂಗಳವಾರ;ಬುಧವಾರ;ಗುರುವಾರ;ಶುಕ್ರವಾರ;ಶನಿವಾರ" },
    /* Somali "Sabtidii" (last Saturday), "Sabtida" (on Saturday) */
    { "so", W_WEEKDAY, 0, "axad|axadda|axaddii;isniin|isniinta|isniintii;"
      "talaado|talaadada|talaadadii;arbaco|arbacada|arbacadii;khamiis|khamiista|khamiistii;"
      "jimco|jimcada|jimcadii;sabti|sabtida|sabtidii" },
    { "ha", W_WEEKDAY, 0, "lahadi;litinin;talata;laraba;alhamis;jummaʼa|juma'a|jumma'a;asabar" },
    /* Mongolian weekdays are names too (Баасан, Бямба, Пүрэв): with "гараг" (day), "бямба
       гарагт" (on Saturday). Tajik "Душанбе" (Monday) is the capital: "рӯзи душанбе" (on
       Monday). Kyrgyz "жума" (Friday) is also the week: "жума күнү" */
    { "mn", W_WEEKDAY, 0, "ням гараг|ням гарагт|ням гариг|ням гаригт;"
      "даваа гараг|даваа гарагт|даваа гариг|даваа гаригт;"
      "мягмар гараг|мягмар гарагт|мягмар гариг|мягмар гаригт;"
      "лхагва гараг|лхагва гарагт|лхагва гариг|лхагва гаригт;"
      "пүрэв гараг|пүрэв гарагт|пүрэв гариг|пүрэв гаригт;"
      "баасан гараг|баасан гарагт|баасан гариг|баасан гаригт;"
      "бямба гараг|бямба гарагт|бямба гариг|бямба гаригт" },
    { "tg", W_WEEKDAY, 0, "якшанбе;рӯзи душанбе;сешанбе;чоршанбе;панҷшанбе;ҷумъа;шанбе" },
    { "ky", W_WEEKDAY, 0, "жекшемби|жекшембиде;дүйшөмбү|дүйшөмбүдө;шейшемби|шейшембиде;"
      "шаршемби|шаршембиде;бейшемби|бейшембиде;жума күнү;ишемби|ишембиде" },
    { "zh", W_WEEKDAY, 0, "星期日|星期天|周日|週日|礼拜天|禮拜天;星期一|周一|週一;星期二|周二|週二;"
      "星期三|周三|週三;星期四|周四|週四;星期五|周五|週五;星期六|周六|週六" },
    { "ja", W_WEEKDAY, 0, "日曜日|日曜;月曜日|月曜;火曜日|火曜;水曜日|水曜;木曜日|木曜;金曜日|金曜;"
      "土曜日|土曜" },
    { "ko", W_WEEKDAY, 0, "일요일;월요일;화요일;수요일;목요일;금요일;토요일" },

    /* relative words: the day before yesterday, yesterday ("on the eve", "last night": the
       night before the story, "прошлой ночью", "gisteravond", "昨晚"), today,
       tomorrow; each row from its base on */
    /* the parts of today: "spoke with Lavrov this morning", "s'est entretenu ce matin" */
    { "en", W_RELATIVE, -2, "the day before yesterday;yesterday|last night;"
      "today|this morning|this afternoon|this evening|earlier today;tomorrow" },
    { "ga", W_RELATIVE, -2, "arú inné;inné|aréir;inniu;amárach" },
    /* the day before: the day before the date told before it in the sentence ("On Monday,
       Lavrov said he had spoken to Kerry the day before"), else yesterday */
    { "en", W_BEFORE, -1, "the day before|a day earlier|the previous day|a day before" },
    { "ru", W_BEFORE, -1, "днём ранее|днём раньше|за день до этого" },
    { "fr", W_BEFORE, -1, "la veille" },
    { "de", W_BEFORE, -1, "am vortag|tags zuvor|am tag zuvor|einen tag zuvor|einen tag vorher" },
    { "es", W_BEFORE, -1, "el día anterior|un día antes|la víspera" },
    { "it", W_BEFORE, -1, "il giorno prima|il giorno precedente|la vigilia" },
    { "pt", W_BEFORE, -1, "na véspera|no dia anterior|um dia antes" },
    { "pl", W_BEFORE, -1, "dzień wcześniej|poprzedniego dnia" },
    { "nl", W_BEFORE, -1, "een dag eerder|de dag ervoor|de vorige dag" },
    { "tr", W_BEFORE, -1, "bir gün önce|bir gün evvel|bir gün önceki" },
    { "ja", W_BEFORE, -1, "前日" },
    { "ko", W_BEFORE, -1, "전날|하루 전" },
    { "zh", W_BEFORE, -1, "前一天|前一日" },
    /* the same day: the date told before it in the sentence ("俄外交部7日宣布，拉夫罗夫当天与
       克里通电话"), else the anchor's day */
    { "zh", W_BEFORE, 0, "当天|当日|同日|當天" },
    { "ja", W_BEFORE, 0, "同日|当日" },
    { "ko", W_BEFORE, 0, "이날|당일" },
    { "en", W_BEFORE, 0, "the same day|that same day|later that day" },
    { "ru", W_BEFORE, 0, "в тот же день|в этот же день" },
    { "fr", W_BEFORE, 0, "le même jour|le jour même" },
    { "de", W_BEFORE, 0, "am selben tag|am gleichen tag" },
    { "es", W_BEFORE, 0, "el mismo día|ese mismo día" },
    { "pt", W_BEFORE, 0, "no mesmo dia" },
    { "it", W_BEFORE, 0, "lo stesso giorno" },
    { "tr", W_BEFORE, 0, "aynı gün" },
    /* with the adjectives of a day ("во вчерашнем телефонном разговоре", "podczas
       przedwczorajszej rozmowy", "im gestrigen Telefonat", "tegnapi telefonbeszélgetés") */
    { "ru", W_RELATIVE, -2, "позавчера|позавчерашнего|позавчерашней|позавчерашнем|позавчерашний;"
      "вчера|накануне|прошлой ночью|минувшей ночью|вчерашнего|вчерашней|вчерашнем|вчерашний|"
      "вчерашним;сегодня" },
    { "uk", W_RELATIVE, -2, "позавчора|позавчорашньої|позавчорашній|позавчорашньому;"
      "вчора|учора|напередодні|минулої ночі|вчорашньої|вчорашній|вчорашньому|вчорашнього|"
      "учорашньої|учорашній|учорашньому;сьогодні" },
    { "be", W_RELATIVE, -2, "пазаўчора;учора|ўчора|напярэдадні;сёння;заўтра" },
    { "bg", W_RELATIVE, -2, "завчера;вчера|снощи|вчерашния|вчерашният|вчерашната|вчерашното;"
      "днес;утре" },
    { "mk", W_RELATIVE, -2, "завчера;вчера|синоќа;денес;утре" },
    { "sr", W_RELATIVE, -2, "прекјуче;јуче|синоћ|јучерашњи|јучерашњем|јучерашњег|јучерашњој;"
      "данас;!сутра" },
    /* Serbian, Croatian, Bosnian in Latin letters: "sutra" is also a sutra */
    { "sr", W_RELATIVE, -2, "prekjuče;juče|sinoć|jučerašnji|jučerašnjem|jučerašnjeg|jučerašnjoj;"
      "danas;!sutra" },
    { "hr", W_RELATIVE, -2, "prekjučer|prekjuče;"
      "jučer|sinoć|jučerašnji|jučerašnjem|jučerašnjeg|jučerašnjoj;danas;!sutra" },
    { "bs", W_RELATIVE, -2, "prekjučer|prekjuče;"
      "jučer|juče|sinoć|jučerašnji|jučerašnjem|jučerašnjeg|jučerašnjoj;danas;!sutra" },
    /* Slovenian "danes" is English "Danes"; Serbian "сутра" a Russian "sutra" */
    { "sl", W_RELATIVE, -2, "predvčerajšnjim;včeraj|sinoči;!danes;jutri" },
    { "kk", W_RELATIVE, -1, "кеше;бүгін;ертең" },
    { "uz", W_RELATIVE, -1, "!кеча;бугун;эртага" },
    { "de", W_RELATIVE, -2, "vorgestern|vorgestrigen|vorgestrige|vorgestrigem;"
      "gestern|vergangene nacht|vergangenen nacht|letzte nacht|gestrigen|gestrige|gestrigem;"
      "heute" },
    { "fr", W_RELATIVE, -2, "avant-hier;!hier|la nuit dernière;aujourd'hui|ce matin|cet après-midi;"
      "demain" },
    { "es", W_RELATIVE, -2, "anteayer;ayer|anoche;hoy|esta mañana|esta tarde" },
    { "ca", W_RELATIVE, -2, "abans-d'ahir|abans d'ahir;ahir;avui;demà" },
    /* Galician "mañá" (tomorrow) folds to "mana", a word of other languages (Indonesian "where") */
    { "gl", W_RELATIVE, -2, "antonte;onte;hoxe;!mañá" },
    /* Basque "bihar" (tomorrow) is the Indian state Bihar, "gaur" (today) an Indian name */
    { "eu", W_RELATIVE, -2, "herenegun;atzo|bart;!gaur;!bihar" },
    { "it", W_RELATIVE, -2, "l'altro ieri|altroieri;ieri|la scorsa notte;"
      "oggi|stamattina|stamane|questa mattina|questo pomeriggio;domani" },
    { "pt", W_RELATIVE, -2, "anteontem;ontem|noite passada;"
      "hoje|esta manhã|nesta manhã|esta tarde|nesta tarde;amanhã" },
    /* Polish "jutro" is the morning in Croatian, Serbian and Bosnian */
    { "pl", W_RELATIVE, -2, "przedwczoraj|przedwczorajszej|przedwczorajszym|przedwczorajszy|"
      "przedwczorajszego;wczoraj|ubiegłej nocy|zeszłej nocy|wczorajszej|wczorajszym|"
      "wczorajszy|wczorajszego;dzisiaj|dziś;!jutro" },
    { "cs", W_RELATIVE, -2, "předevčírem|předvčerejší|předvčerejším|předvčerejšího;"
      "včera|minulou noc|včerejší|včerejším|včerejšího;dnes;zítra" },
    { "sk", W_RELATIVE, -2, "predvčerom|predvčerajší|predvčerajšom|predvčerajšieho;"
      "včera|včerajší|včerajšom|včerajšieho|včerajšej;dnes;zajtra" },
    { "tr", W_RELATIVE, -2, "önceki gün|evvelki gün;dün|geçen gece|dünkü;bugün;yarın" },
    /* Azerbaijani "sabah" is the Turkish morning; Uzbek "kecha" also a night */
    { "az", W_RELATIVE, -2, "srağagün;dünən;bu gün|bugün;!sabah" },
    { "uz", W_RELATIVE, -1, "!kecha;bugun;ertaga" },
    { "nl", W_RELATIVE, -2, "eergisteren;gisteren|gisteravond|gisternacht;vandaag" },
    { "sv", W_RELATIVE, -2, "i förrgår;igår|i går|gårdagens;idag|i dag;i morgon" },
    { "da", W_RELATIVE, -2, "!i forgårs;!i går;!i dag;!i morgen" },
    { "no", W_RELATIVE, -2, "i forgårs|forgårs;i går|igår;i dag|idag;i morgen" },
    { "is", W_RELATIVE, -2, "í fyrradag;í gær|í gærkvöldi|í gærkvöld;í dag;á morgun" },
    { "fi", W_RELATIVE, -2, "toissapäivänä;eilen|viime yönä|eilinen|eilisen|eilisessä;tänään;"
      "huomenna" },
    /* Estonian "eile" is a Lithuanian queue, "täna" folds to Italian "tana", "homme" is French;
       Latvian "rīt" is a "rit" */
    { "et", W_RELATIVE, -2, "üleeile;!eile;!täna;!homme" },
    { "lv", W_RELATIVE, -2, "aizvakar;vakar;šodien;!rīt" },
    { "lt", W_RELATIVE, -2, "užvakar;vakar|vakarykštis|vakarykščio|vakarykščiame;šiandien;rytoj" },
    { "hu", W_RELATIVE, -2, "tegnapelőtt|tegnapelőtti;tegnap|tegnapi;!ma;holnap" },
    /* Romanian "mâine" folds to Maine */
    { "ro", W_RELATIVE, -2, "alaltăieri;!ieri|aseară;astăzi|!azi;!mâine" },
    /* Albanian "sot" is French for a fool */
    { "sq", W_RELATIVE, -2, "pardje;dje;!sot;nesër" },
    { "el", W_RELATIVE, -2, "προχθεσ|προχθεσινη|προχθεσινησ;"
      "χθεσ|χτεσ|χθεσινη|χθεσινησ|χθεσινο|χθεσινου;σημερα;αυριο" },
    { "ka", W_RELATIVE, -2, "გუშინწინ;გუშინ;დღეს;ხვალ" },
    { "hy", W_RELATIVE, -1, "երեկ|նախօրեին;այսօր;վաղը" },
    { "ar", W_RELATIVE, -2, "اول امس|اول من امس;امس|الامس|الليله الماضيه|البارحه;اليوم;غدا" },
    { "fa", W_RELATIVE, -2, "پريروز;ديروز|ديشب|شب گذشته|روز گذشته;امروز;فردا" },
    /* Urdu "کل" and Hindi "कल" are yesterday and tomorrow: yesterday here, where dates are of
       events already told (a "tomorrow" is a plan, and a told action is never dated after
       its anchor); only in their languages: "كل" is Arabic "every", "कल" Marathi "a trend" */
    { "ur", W_RELATIVE, -1, "گزشتہ روز|گذشتہ روز|!کل;آج" },
    { "he", W_RELATIVE, -2, "שלשום;אתמול|אמש;היום;מחר" },
    { "hi", W_RELATIVE, -1, "!कल|बीते दिन;आज" },
    /* Marathi "काल" is Hindi "time" */
    { "mr", W_RELATIVE, -1, "!काल;आज;उद्या" },
    { "bn", W_RELATIVE, -1, "গতকাল;আজ;আগামীকাল" },
    { "ta", W_RELATIVE, -2, "நேற்று முன்தினம்;நேற்று;இன்று;நாளை" },
    { "th", W_RELATIVE, -2, "เมื่อวานซืน;เมื่อวาน|เมื่อวานนี้|เมื่อคืน|เมื่อคืนนี้;วันนี้;"
      "พรุ่งนี้" },
    { "vi", W_RELATIVE, -2, "hôm kia;hôm qua|tối qua|đêm qua;hôm nay;ngày mai" },
    /* Indonesian "besok" is Swedish "besök" (a visit) */
    { "id", W_RELATIVE, -2, "kemarin lusa;kemarin|tadi malam;hari ini;!besok" },
    { "ms", W_RELATIVE, -2, "kelmarin;semalam;hari ini;esok" },
    { "tl", W_RELATIVE, -2, "kamakalawa;kahapon|kagabi;ngayong araw" },
    /* Swahili "jana" and "leo" are names */
    { "sw", W_RELATIVE, -2, "juzi;!jana;!leo;kesho" },
    { "am", W_RELATIVE, -2, "ከትናንት በስቲያ;ትናንት|ትላንት|ትናንትና;ዛሬ;ነገ" },
    /* Nepali "अस्ति" is also Sanskrit "is" */
    { "ne", W_RELATIVE, -2, "!अस्ति;हिजो;आज;भोलि" },
    { "te", W_RELATIVE, -2, "మొన్న;నిన్న;నేడు|ఈరోజు|ఈ రోజు;రేపు" },
    { "ml", W_RELATIVE, -2, "മിനിഞ്ഞാന്ന്;ഇന്നലെ;ഇന്ന്;നാളെ" },
    /* Pashto "سبا" is also the name Saba */
    { "ps", W_RELATIVE, -1, "پرون;نن;!سبا" },
    { "my", W_RELATIVE, -1, "မနေ့|မနေ့က|ယမန်နေ့;ယနေ့|ဒီနေ့;မနက်ဖြန်" },
    { "km", W_RELATIVE, -2, "ម្សិលម្ង៉ៃ;ម្សិលមិញ;ថ្ងៃនេះ;ថ្ងៃស្អែក" },
    { "si", W_RELATIVE, -2, "පෙරේදා;ඊයේ;අද;හෙට" },
    { "gu", W_RELATIVE, -1, "ગઈકાલે|ગઈ કાલે;આજે;આવતીકાલે|આવતી કાલે" },
    /* Punjabi "ਕੱਲ੍ਹ", like Hindi "कल", is yesterday and tomorrow: yesterday, as there */
    { "pa", W_RELATIVE, -1, "!ਕੱਲ੍ਹ|ਬੀਤੇ ਦਿਨ;ਅੱਜ" },
    { "kn", W_RELATIVE, -2, "ಮೊನ್ನೆ;ನಿನ್ನೆ;ಇಂದು;ನಾಳೆ" },
    { "so", W_RELATIVE, -2, "dorraad;shalay;maanta;berri" },
    { "ha", W_RELATIVE, -2, "shekaranjiya;jiya;yau;gobe" },
    { "mn", W_RELATIVE, -2, "уржигдар;өчигдөр;өнөөдөр;маргааш" },
    { "tg", W_RELATIVE, -2, "парерӯз;дирӯз;имрӯз;фардо" },
    { "ky", W_RELATIVE, -1, "кечээ;бүгүн;эртең" },
    { "zh", W_RELATIVE, -2, "前天;昨天|昨日|昨晚|昨夜;今天|今日" },
    { "ja", W_RELATIVE, -2, "一昨日|おととい;昨日|きのう|昨夜|昨晩;本日|今日|きょう" },
    { "ko", W_RELATIVE, -2, "그저께|그제;어제|어젯밤;오늘" },

    /* a weekday to come, named by a word right before it (value 0: "next Monday", "à partir
       de lundi", "ab Montag"), right after it (1: "lundi prochain") or either (2: "el próximo
       lunes", "el lunes próximo"). "From", "since", "с", "od", "da", "desde" are left out:
       they also start what began on a past day; and French "dès", which folds to "des". */
    { "en", W_NEXT, 0, "next|this coming|starting|starting from|from next" },
    { "fr", W_NEXT, 0, "à partir de|à compter de" },
    { "fr", W_NEXT, 1, "prochain" },
    { "es", W_NEXT, 0, "a partir del" },
    { "es", W_NEXT, 2, "próximo|este próximo" },
    { "es", W_NEXT, 1, "que viene" },
    { "pt", W_NEXT, 0, "a partir de|a partir da|a partir do" },
    { "pt", W_NEXT, 2, "próxima|próximo|na próxima|no próximo" },
    { "pt", W_NEXT, 1, "que vem" },
    { "it", W_NEXT, 0, "a partire da" },
    { "it", W_NEXT, 2, "prossimo|il prossimo" },
    { "de", W_NEXT, 0, "ab|ab kommendem|am kommenden|kommenden|nächsten|am nächsten" },
    { "nl", W_NEXT, 0, "vanaf|komende|volgende" },
    { "ru", W_NEXT, 0, "в следующий|в следующую|в ближайший|в ближайшую|со следующего|"
      "в наступающий|в предстоящий|в предстоящую" },
    { "uk", W_NEXT, 0, "наступного|наступної|у наступний|у наступну|в наступний|в наступну" },
    { "pl", W_NEXT, 0, "w przyszły|w przyszłą|w najbliższy|w najbliższą" },
    { "ar", W_NEXT, 1, "المقبل|القادم" },
    { "ar", W_NEXT, 0, "اعتبارا من|ابتداء من" },
    { "tr", W_NEXT, 0, "gelecek|önümüzdeki" },
    { "az", W_NEXT, 0, "gələn|növbəti" },
    { "kk", W_NEXT, 0, "келесі" },
    { "id", W_NEXT, 1, "mendatang|depan" },
    { "ms", W_NEXT, 1, "depan|akan datang" },
    { "vi", W_NEXT, 1, "tới|sắp tới" },
    { "el", W_NEXT, 0, "το επόμενο|την επόμενη|την ερχόμενη|το ερχόμενο" },
    { "hu", W_NEXT, 0, "jövő|a jövő|a következő" },
    { "ro", W_NEXT, 1, "viitoare|viitor" },
    { "cs", W_NEXT, 0, "příští|v příští" },
    { "sk", W_NEXT, 0, "budúci|budúcu|v budúci|v budúcu" },
    { "bg", W_NEXT, 0, "следващия|следващата|другия|другата" },
    { "sr", W_NEXT, 0, "следеће|следећег|наредне|наредног" },
    { "sr-latn", W_NEXT, 0, "sledeće|sledećeg|naredne|narednog|sljedeće|sljedećeg" },
    { "hr", W_NEXT, 0, "sljedeće|sljedećeg|iduće|idućeg" },
    { "sv", W_NEXT, 0, "nästa|kommande" },
    { "da", W_NEXT, 0, "næste|kommende" },
    { "no", W_NEXT, 0, "neste|kommende" },
    { "fa", W_NEXT, 1, "آینده|آتی" },
    { "he", W_NEXT, 1, "הבא|הבאה|הקרוב|הקרובה" },
    { "hi", W_NEXT, 0, "अगले|आगामी" },

    /* marks of numeric dates in Han and Hangul: 2015年8月13日, 2015년 8월 13일 */
    { "zh", W_YEAR_MARK, 0, "年" },
    { "zh", W_MONTH_MARK, 0, "月" },
    { "zh", W_DAY_MARK, 0, "日|号|號" },
    { "ko", W_YEAR_MARK, 0, "년" },
    { "ko", W_MONTH_MARK, 0, "월" },
    { "ko", W_DAY_MARK, 0, "일" },
    /* the same marks after a year that comes before a day and month: "2016. gada 6. martā",
       "2016 m. kovo 6 d.", "2016 жылғы 6 наурыз", "2016 წლის 6 მარტს", "2016 թ. մարտի 6-ին" */
    { "lv", W_YEAR_MARK, 0, "gada" },
    { "lt", W_YEAR_MARK, 0, "m" },
    { "kk", W_YEAR_MARK, 0, "жылғы|жылы" },
    { "ka", W_YEAR_MARK, 0, "წლის" },
    { "hy", W_YEAR_MARK, 0, "թ" },
    { "mn", W_YEAR_MARK, 0, "оны" },
    /* words before a day's, a month's or a year's number: "ngày 6 tháng 3 năm 2016",
       "ngày 6/3", "sáng 6/3" (the morning of; not "tối", the evening, which folds to "tới",
       next), "วันที่ 6", "tarehe 6" */
    { "vi", W_DAY_WORD, 0, "ngày|hôm|sáng|chiều|đêm|trưa|rạng sáng" },
    { "vi", W_MONTH_WORD, 0, "tháng" },
    { "vi", W_YEAR_WORD, 0, "năm" },
    { "th", W_DAY_WORD, 0, "วันที่" },
    { "sw", W_DAY_WORD, 0, "tarehe" },
    { "id", W_DAY_WORD, 0, "tanggal" },
    { "ms", W_DAY_WORD, 0, "!tarikh" },
    /* a day of the month told alone: "el día 18", "no dia 18", "il giorno 18", "18 числа" */
    { "es", W_DAY_WORD, 0, "día" },
    { "pt", W_DAY_WORD, 0, "dia" },
    { "it", W_DAY_WORD, 0, "giorno" },
    { "ru", W_DAY_MARK, 0, "числа" },
};

const size_t dates_lex_n_rows = sizeof dates_lex_rows / sizeof dates_lex_rows[0];
