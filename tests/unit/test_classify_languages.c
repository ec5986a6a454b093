/* SPDX-License-Identifier: MIT
 *
 * test_classify_languages — the news languages added last to the catalog
 * (docs/CATALOG.md, "Languages"): in each, a call, a call to come and a
 * meeting, against the shipped catalog. The texts are written for this test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "classify_cases.h"

/* More news languages (docs/CATALOG.md, "Languages"): in each, a call told with its weekday,
   which must come out the Lavrov-Kerry call of that day, and a call not held (planned, to
   come) or held with someone else, which must not. The sentences are written for this test.
   Published on Sunday 6 March 2016, 15:00 UTC. */
static const case_t news_languages[] = {
    /* Amharic */
    { "am", "ላቭሮቭ እና ኬሪ በስልክ ተወያዩ",
      "የሩሲያ የውጭ ጉዳይ ሚኒስትር ሰርጌይ ላቭሮቭ እና የአሜሪካ የውጭ ጉዳይ ሚኒስትር ጆን ኬሪ ቅዳሜ ዕለት "
      "በሶሪያ ጉዳይ ላይ በስልክ ተወያይተዋል።", "lavrov_kerry_call", "2016-03-05" },
    { "am", "ላቭሮቭ እና ኬሪ በስልክ ይወያያሉ",
      "የሩሲያ የውጭ ጉዳይ ሚኒስትር ሰርጌይ ላቭሮቭ ከአሜሪካ አቻቸው ጆን ኬሪ ጋር በሶሪያ ጉዳይ ላይ በሚቀጥሉት "
      "ቀናት በስልክ ይወያያሉ ተብሎ ይጠበቃል።", NULL, NULL },
    { "am", "ላቭሮቭ እና ኬሪ በጄኔቫ ተገናኙ",
      "የሩሲያ የውጭ ጉዳይ ሚኒስትር ሰርጌይ ላቭሮቭ እና የአሜሪካ አቻቸው ጆን ኬሪ ሐሙስ ዕለት በጄኔቫ ተገናኝተው "
      "በሶሪያ ጉዳይ ላይ ተወያይተዋል።", "lavrov_kerry_meeting", "2016-03-03" },
    /* ... the name after a preposition glued to it ("ከኬሪ ጋር", with Kerry) */
    { "am", "ላቭሮቭ ከኬሪ ጋር በስልክ ተነጋገሩ",
      "የሩሲያ የውጭ ጉዳይ ሚኒስትር ሰርጌ ላቭሮቭ ቅዳሜ ዕለት ከኬሪ ጋር በስልክ በሶሪያ ጉዳይ ላይ ተወያይተዋል።",
      "lavrov_kerry_call", "2016-03-05" },
    /* ... "their Russian counterpart Sergey Lavrov": the description of the name */
    { "am", "ኬሪ ለላቭሮቭ ደውለው",
      "የአሜሪካ የውጭ ጉዳይ ሚኒስትር ጆን ኬሪ ቅዳሜ ዕለት ለሩሲያው አቻቸው ሰርጌይ ላቭሮቭ ስልክ በመደወል "
      "ስለ ዩክሬን ተነጋግረዋል።",
      "lavrov_kerry_call", "2016-03-05" },
    /* Nepali */
    { "ne", "लाभरोभ र केरीबीच फोनमा कुराकानी",
      "रुसी विदेशमन्त्री सर्गेई लाभरोभ र अमेरिकी विदेशमन्त्री जोन केरीले शनिबार फोनमा सिरियाबारे "
      "छलफल गरे।", "lavrov_kerry_call", "2016-03-05" },
    { "ne", "लाभरोभ र केरी आगामी दिनमा फोनमा कुरा गर्नेछन्",
      "रुसी विदेशमन्त्री सर्गेई लाभरोभ र अमेरिकी विदेशमन्त्री जोन केरी आगामी केही दिनमा सिरियाबारे "
      "फोनमा कुरा गर्नेछन्।", NULL, NULL },
    { "ne", "लाभरोभ र केरीबीच जेनेभामा भेटवार्ता",
      "रुसी विदेशमन्त्री सर्गेई लाभरोभ र उनका अमेरिकी समकक्षी जोन केरीबीच बिहीबार जेनेभामा भेटवार्ता "
      "भयो।", "lavrov_kerry_meeting", "2016-03-03" },
    /* Telugu */
    { "te", "లావ్రోవ్, కెర్రీ ఫోన్‌లో చర్చలు",
      "రష్యా విదేశాంగ మంత్రి సెర్గీ లావ్రోవ్ శనివారం అమెరికా విదేశాంగ మంత్రి "
      "జాన్ కెర్రీతో ఫోన్‌లో మాట్లాడి సిరియా పరిస్థితిపై చర్చించారు.",
      "lavrov_kerry_call", "2016-03-05" },
    { "te", "లావ్రోవ్, కెర్రీ త్వరలో ఫోన్‌లో మాట్లాడనున్నారు",
      "రష్యా విదేశాంగ మంత్రి సెర్గీ లావ్రోవ్, అమెరికా విదేశాంగ మంత్రి జాన్ "
      "కెర్రీ రానున్న రోజుల్లో సిరియాపై ఫోన్‌లో మాట్లాడనున్నారు.",
      NULL, NULL },
    { "te", "లావ్రోవ్, కెర్రీ జెనీవాలో భేటీ",
      "రష్యా విదేశాంగ మంత్రి సెర్గీ లావ్రోవ్, అమెరికా విదేశాంగ మంత్రి జాన్ "
      "కెర్రీ గురువారం జెనీవాలో భేటీ అయ్యారు.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Malayalam */
    { "ml", "ലാവ്റോവും കെറിയും ഫോണിൽ ചർച്ച നടത്തി",
      "റഷ്യൻ വിദേശകാര്യ മന്ത്രി സെർജി ലാവ്റോവ് ശനിയാഴ്ച യുഎസ് സ്റ്റേറ്റ് "
      "സെക്രട്ടറി ജോൺ കെറിയുമായി ഫോണിൽ സംസാരിച്ചു. സിറിയയിലെ സ്ഥിതിഗതികൾ "
      "ഇരുവരും ചർച്ച ചെയ്തു.",
      "lavrov_kerry_call", "2016-03-05" },
    { "ml", "ലാവ്റോവും കെറിയും വരും ദിവസങ്ങളിൽ ഫോണിൽ സംസാരിക്കും",
      "റഷ്യൻ വിദേശകാര്യ മന്ത്രി സെർജി ലാവ്റോവ് യുഎസ് സ്റ്റേറ്റ് സെക്രട്ടറി "
      "ജോൺ കെറിയുമായി വരും ദിവസങ്ങളിൽ ഫോണിൽ സംസാരിക്കും.",
      NULL, NULL },
    { "ml", "ലാവ്റോവും കെറിയും ജനീവയിൽ കൂടിക്കാഴ്ച നടത്തി",
      "റഷ്യൻ വിദേശകാര്യ മന്ത്രി സെർജി ലാവ്റോവും യുഎസ് സ്റ്റേറ്റ് സെക്രട്ടറി "
      "ജോൺ കെറിയും വ്യാഴാഴ്ച ജനീവയിൽ കൂടിക്കാഴ്ച നടത്തി.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Pashto */
    { "ps", "لاوروف او کېري ټیلیفوني خبرې وکړې",
      "د روسیې د بهرنیو چارو وزیر سرګي لاوروف د شنبې په ورځ له خپل امریکايي "
      "سیال جان کېري سره ټیلیفوني خبرې وکړې او د سوریې په اړه یې بحث وکړ.",
      "lavrov_kerry_call", "2016-03-05" },
    { "ps", "لاوروف او کېري به ټیلیفوني خبرې وکړي",
      "د روسیې د بهرنیو چارو وزیر سرګي لاوروف به په راتلونکو ورځو کې له "
      "امریکايي سیال جان کېري سره د سوریې په اړه ټیلیفوني خبرې وکړي.",
      NULL, NULL },
    { "ps", "لاوروف او کېري په جنیوا کې سره وکتل",
      "د روسیې د بهرنیو چارو وزیر سرګي لاوروف او د امریکا د بهرنیو چارو وزیر "
      "جان کېري د پنجشنبې په ورځ په جنیوا کې سره وکتل.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Burmese */
    { "my", "လာဗ်ရော့ဗ်နှင့် ကယ်ရီ ဖုန်းဖြင့် ဆွေးနွေး",
      "ရုရှားနိုင်ငံခြားရေးဝန်ကြီး ဆာဂေး လာဗ်ရော့ဗ်နှင့် "
      "အမေရိကန်နိုင်ငံခြားရေးဝန်ကြီး ဂျွန်ကယ်ရီတို့သည် စနေနေ့က "
      "ဆီးရီးယားအရေးကို ဖုန်းဖြင့် ဆွေးနွေးခဲ့ကြသည်။",
      "lavrov_kerry_call", "2016-03-05" },
    { "my", "လာဗ်ရော့ဗ်နှင့် ကယ်ရီ ဖုန်းဖြင့် ဆွေးနွေးမည်",
      "ရုရှားနိုင်ငံခြားရေးဝန်ကြီး ဆာဂေး လာဗ်ရော့ဗ်နှင့် "
      "အမေရိကန်နိုင်ငံခြားရေးဝန်ကြီး ဂျွန်ကယ်ရီတို့သည် လာမည့်ရက်များအတွင်း "
      "ဆီးရီးယားအရေးကို ဖုန်းဖြင့် ဆွေးနွေးကြမည်ဖြစ်သည်။",
      NULL, NULL },
    { "my", "လာဗ်ရော့ဗ်နှင့် ကယ်ရီ ဂျနီဗာတွင် တွေ့ဆုံ",
      "ရုရှားနိုင်ငံခြားရေးဝန်ကြီး ဆာဂေး လာဗ်ရော့ဗ်နှင့် "
      "အမေရိကန်နိုင်ငံခြားရေးဝန်ကြီး ဂျွန်ကယ်ရီတို့သည် ကြာသပတေးနေ့က "
      "ဂျနီဗာမြို့တွင် တွေ့ဆုံခဲ့ကြသည်။",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Khmer */
    { "km", "ឡាវរ៉ូវ និង ឃែរី ពិភាក្សាតាមទូរស័ព្ទ",
      "រដ្ឋមន្ត្រីការបរទេសរុស្ស៊ី លោក សឺហ្គេ ឡាវរ៉ូវ "
      "និងរដ្ឋមន្ត្រីការបរទេសអាមេរិក លោក ចន ឃែរី "
      "បានពិភាក្សាគ្នាតាមទូរស័ព្ទអំពីស្ថានការណ៍នៅស៊ីរី កាលពីថ្ងៃសៅរ៍។",
      "lavrov_kerry_call", "2016-03-05" },
    { "km", "ឡាវរ៉ូវ និង ឃែរី នឹងពិភាក្សាតាមទូរស័ព្ទ",
      "រដ្ឋមន្ត្រីការបរទេសរុស្ស៊ី លោក សឺហ្គេ ឡាវរ៉ូវ "
      "គ្រោងនឹងពិភាក្សាតាមទូរស័ព្ទជាមួយសមភាគីអាមេរិក លោក ចន ឃែរី "
      "ក្នុងប៉ុន្មានថ្ងៃខាងមុខ។",
      NULL, NULL },
    { "km", "ឡាវរ៉ូវ និង ឃែរី ជួបគ្នានៅហ្សឺណែវ",
      "រដ្ឋមន្ត្រីការបរទេសរុស្ស៊ី លោក សឺហ្គេ ឡាវរ៉ូវ "
      "បានជួបជាមួយរដ្ឋមន្ត្រីការបរទេសអាមេរិក លោក ចន ឃែរី នៅទីក្រុងហ្សឺណែវ "
      "កាលពីថ្ងៃព្រហស្បតិ៍។",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Sinhala */
    { "si", "ලැව්රොව් සහ කෙරී දුරකථනයෙන් සාකච්ඡා කරයි",
      "රුසියානු විදේශ ඇමති සර්ජි ලැව්රොව් සහ එක්සත් ජනපද රාජ්‍ය ලේකම් ජෝන් "
      "කෙරී සෙනසුරාදා සිරියාවේ තත්ත්වය පිළිබඳව දුරකථනයෙන් සාකච්ඡා කළහ.",
      "lavrov_kerry_call", "2016-03-05" },
    { "si", "ලැව්රොව් සහ කෙරී දුරකථනයෙන් සාකච්ඡා කරනු ඇත",
      "රුසියානු විදේශ ඇමති සර්ජි ලැව්රොව් ඉදිරි දිනවලදී එක්සත් ජනපද රාජ්‍ය "
      "ලේකම් ජෝන් කෙරී සමඟ සිරියාව පිළිබඳව දුරකථනයෙන් සාකච්ඡා කරනු ඇත.",
      NULL, NULL },
    { "si", "ලැව්රොව් සහ කෙරී ජිනීවාහිදී හමුවෙති",
      "රුසියානු විදේශ ඇමති සර්ජි ලැව්රොව් සහ එක්සත් ජනපද රාජ්‍ය ලේකම් ජෝන් "
      "කෙරී බ්‍රහස්පතින්දා ජිනීවාහිදී හමු වී සාකච්ඡා පැවැත්වූහ.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Gujarati */
    { "gu", "લાવરોવ અને કેરી વચ્ચે ફોન પર વાતચીત",
      "રશિયાના વિદેશ મંત્રી સર્ગેઈ લાવરોવે શનિવારે અમેરિકાના વિદેશ મંત્રી "
      "જ્હોન કેરી સાથે ફોન પર સીરિયાની સ્થિતિ અંગે ચર્ચા કરી.",
      "lavrov_kerry_call", "2016-03-05" },
    { "gu", "લાવરોવ અને કેરી આગામી દિવસોમાં ફોન પર વાત કરશે",
      "રશિયાના વિદેશ મંત્રી સર્ગેઈ લાવરોવ આગામી દિવસોમાં અમેરિકાના વિદેશ "
      "મંત્રી જ્હોન કેરી સાથે સીરિયા અંગે ફોન પર વાત કરશે.",
      NULL, NULL },
    { "gu", "લાવરોવ અને કેરી જીનીવામાં મળ્યા",
      "રશિયાના વિદેશ મંત્રી સર્ગેઈ લાવરોવ અને અમેરિકાના વિદેશ મંત્રી જ્હોન "
      "કેરી ગુરુવારે જીનીવામાં મળ્યા હતા.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Punjabi in Gurmukhi */
    { "pa", "ਲਾਵਰੋਵ ਅਤੇ ਕੈਰੀ ਵਿਚਾਲੇ ਫੋਨ 'ਤੇ ਗੱਲਬਾਤ",
      "ਰੂਸ ਦੇ ਵਿਦੇਸ਼ ਮੰਤਰੀ ਸਰਗੇਈ ਲਾਵਰੋਵ ਨੇ ਸ਼ਨੀਵਾਰ ਨੂੰ ਅਮਰੀਕਾ ਦੇ ਵਿਦੇਸ਼ ਮੰਤਰੀ "
      "ਜੌਨ ਕੈਰੀ ਨਾਲ ਫੋਨ 'ਤੇ ਸੀਰੀਆ ਦੇ ਹਾਲਾਤ ਬਾਰੇ ਗੱਲਬਾਤ ਕੀਤੀ।",
      "lavrov_kerry_call", "2016-03-05" },
    { "pa", "ਲਾਵਰੋਵ ਅਤੇ ਕੈਰੀ ਆਉਣ ਵਾਲੇ ਦਿਨਾਂ ਵਿੱਚ ਫੋਨ 'ਤੇ ਗੱਲ ਕਰਨਗੇ",
      "ਰੂਸ ਦੇ ਵਿਦੇਸ਼ ਮੰਤਰੀ ਸਰਗੇਈ ਲਾਵਰੋਵ ਆਉਣ ਵਾਲੇ ਦਿਨਾਂ ਵਿੱਚ ਅਮਰੀਕਾ ਦੇ ਵਿਦੇਸ਼ "
      "ਮੰਤਰੀ ਜੌਨ ਕੈਰੀ ਨਾਲ ਸੀਰੀਆ ਬਾਰੇ ਫੋਨ 'ਤੇ ਗੱਲ ਕਰਨਗੇ।",
      NULL, NULL },
    { "pa", "ਲਾਵਰੋਵ ਅਤੇ ਕੈਰੀ ਜਨੇਵਾ ਵਿੱਚ ਮਿਲੇ",
      "ਰੂਸ ਦੇ ਵਿਦੇਸ਼ ਮੰਤਰੀ ਸਰਗੇਈ ਲਾਵਰੋਵ ਅਤੇ ਅਮਰੀਕਾ ਦੇ ਵਿਦੇਸ਼ ਮੰਤਰੀ ਜੌਨ ਕੈਰੀ "
      "ਨੇ ਵੀਰਵਾਰ ਨੂੰ ਜਨੇਵਾ ਵਿੱਚ ਮੁਲਾਕਾਤ ਕੀਤੀ।",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Kannada */
    { "kn", "ಲಾವ್ರೊವ್ ಮತ್ತು ಕೆರ್ರಿ ದೂರವಾಣಿ ಮಾತುಕತೆ",
      "ರಷ್ಯಾ ವಿದೇಶಾಂಗ ಸಚಿವ ಸೆರ್ಗೆಯ್ ಲಾವ್ರೊವ್ ಅವರು ಶನಿವಾರ ಅಮೆರಿಕದ ವಿದೇಶಾಂಗ "
      "ಸಚಿವ ಜಾನ್ ಕೆರ್ರಿ ಅವರೊಂದಿಗೆ ದೂರವಾಣಿ ಮೂಲಕ ಮಾತನಾಡಿ ಸಿರಿಯಾ ಬಿಕ್ಕಟ್ಟಿನ "
      "ಕುರಿತು ಚರ್ಚಿಸಿದರು.",
      "lavrov_kerry_call", "2016-03-05" },
    { "kn", "ಲಾವ್ರೊವ್ ಮತ್ತು ಕೆರ್ರಿ ದೂರವಾಣಿ ಮೂಲಕ ಮಾತನಾಡಲಿದ್ದಾರೆ",
      "ರಷ್ಯಾ ವಿದೇಶಾಂಗ ಸಚಿವ ಸೆರ್ಗೆಯ್ ಲಾವ್ರೊವ್ ಮತ್ತು ಅಮೆರಿಕದ ವಿದೇಶಾಂಗ ಸಚಿವ ಜಾನ್ "
      "ಕೆರ್ರಿ ಮುಂದಿನ ದಿನಗಳಲ್ಲಿ ಸಿರಿಯಾ ಕುರಿತು ದೂರವಾಣಿ ಮೂಲಕ ಮಾತನಾಡಲಿದ್ದಾರೆ.",
      NULL, NULL },
    { "kn", "ಲಾವ್ರೊವ್ ಮತ್ತು ಕೆರ್ರಿ ಜಿನೀವಾದಲ್ಲಿ ಭೇಟಿಯಾದರು",
      "ರಷ್ಯಾ ವಿದೇಶಾಂಗ ಸಚಿವ ಸೆರ್ಗೆಯ್ ಲಾವ್ರೊವ್ ಮತ್ತು ಅಮೆರಿಕದ ವಿದೇಶಾಂಗ ಸಚಿವ ಜಾನ್ "
      "ಕೆರ್ರಿ ಗುರುವಾರ ಜಿನೀವಾದಲ್ಲಿ ಭೇಟಿಯಾದರು.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Somali */
    { "so", "Lavrov iyo Kerry oo taleefanka ku wada hadlay",
      "Wasiirka Arrimaha Dibadda Ruushka Sergei Lavrov iyo Xoghayaha Arrimaha "
      "Dibadda Mareykanka John Kerry ayaa Sabtidii taleefanka kaga wada "
      "hadlay xaaladda Suuriya.",
      "lavrov_kerry_call", "2016-03-05" },
    { "so", "Lavrov iyo Kerry ayaa taleefanka ku wada hadli doonaan",
      "Wasiirka Arrimaha Dibadda Ruushka Sergei Lavrov iyo dhiggiisa "
      "Mareykanka John Kerry ayaa maalmaha soo socda taleefanka kaga wada "
      "hadli doonaan xaaladda Suuriya.",
      NULL, NULL },
    { "so", "Lavrov iyo Kerry oo ku kulmay Geneva",
      "Wasiirka Arrimaha Dibadda Ruushka Sergei Lavrov iyo Xoghayaha Arrimaha "
      "Dibadda Mareykanka John Kerry ayaa Khamiistii ku kulmay magaalada "
      "Geneva.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Hausa */
    { "ha", "Lavrov da Kerry sun tattauna ta wayar tarho",
      "Ministan Harkokin Wajen Rasha Sergei Lavrov ya tattauna ta wayar tarho "
      "da Sakataren Harkokin Wajen Amurka John Kerry ranar Asabar game da "
      "rikicin Siriya.",
      "lavrov_kerry_call", "2016-03-05" },
    { "ha", "Lavrov da Kerry za su tattauna ta wayar tarho",
      "Ministan Harkokin Wajen Rasha Sergei Lavrov zai tattauna ta wayar "
      "tarho da takwaransa na Amurka John Kerry nan da kwanaki masu zuwa game "
      "da rikicin Siriya.",
      NULL, NULL },
    { "ha", "Lavrov da Kerry sun gana a Geneva",
      "Ministan Harkokin Wajen Rasha Sergei Lavrov da Sakataren Harkokin "
      "Wajen Amurka John Kerry sun gana a birnin Geneva ranar Alhamis.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Mongolian */
    { "mn", "Лавров, Керри нар утсаар ярилцлаа",
      "ОХУ-ын Гадаад хэргийн сайд Сергей Лавров бямба гарагт АНУ-ын Төрийн "
      "нарийн бичгийн дарга Жон Керритэй утсаар ярилцаж, Сирийн асуудлыг "
      "хэлэлцлээ.",
      "lavrov_kerry_call", "2016-03-05" },
    { "mn", "Лавров, Керри нар ойрын өдрүүдэд утсаар ярилцана",
      "ОХУ-ын Гадаад хэргийн сайд Сергей Лавров ойрын өдрүүдэд АНУ-ын Төрийн "
      "нарийн бичгийн дарга Жон Керритэй Сирийн асуудлаар утсаар ярилцана.",
      NULL, NULL },
    { "mn", "Лавров, Керри нар Женевт уулзлаа",
      "ОХУ-ын Гадаад хэргийн сайд Сергей Лавров, АНУ-ын Төрийн нарийн бичгийн "
      "дарга Жон Керри нар пүрэв гарагт Женевт уулзлаа.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Tajik */
    { "tg", "Лавров ва Керри тавассути телефон суҳбат карданд",
      "Вазири корҳои хориҷии Русия Сергей Лавров рӯзи шанбе бо Котиби "
      "давлатии ИМА Ҷон Керри тавассути телефон дар бораи вазъи Сурия суҳбат "
      "кард.",
      "lavrov_kerry_call", "2016-03-05" },
    { "tg", "Лавров ва Керри тавассути телефон суҳбат хоҳанд кард",
      "Вазири корҳои хориҷии Русия Сергей Лавров дар рӯзҳои наздик бо ҳамтои "
      "амрикоии худ Ҷон Керри дар бораи Сурия тавассути телефон суҳбат хоҳад "
      "кард.",
      NULL, NULL },
    { "tg", "Лавров ва Керри дар Женева мулоқот карданд",
      "Вазири корҳои хориҷии Русия Сергей Лавров ва Котиби давлатии ИМА Ҷон "
      "Керри рӯзи панҷшанбе дар Женева мулоқот карданд.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Kyrgyz */
    { "ky", "Лавров менен Керри телефон аркылуу сүйлөштү",
      "Россиянын тышкы иштер министри Сергей Лавров ишемби күнү АКШнын "
      "мамлекеттик катчысы Жон Керри менен телефон аркылуу сүйлөшүп, "
      "Сириядагы абалды талкуулашты.",
      "lavrov_kerry_call", "2016-03-05" },
    { "ky", "Лавров менен Керри телефон аркылуу сүйлөшөт",
      "Россиянын тышкы иштер министри Сергей Лавров жакынкы күндөрү АКШнын "
      "мамлекеттик катчысы Жон Керри менен Сирия боюнча телефон аркылуу "
      "сүйлөшөт.",
      NULL, NULL },
    { "ky", "Лавров менен Керри Женевада жолугушту",
      "Россиянын тышкы иштер министри Сергей Лавров менен АКШнын мамлекеттик "
      "катчысы Жон Керри бейшемби күнү Женевада жолугушту.",
      "lavrov_kerry_meeting", "2016-03-03" },
    /* Galician: the Spanish and Portuguese phrases and its own ("xefe da diplomacia",
       "reuníronse", "xoves", "falarán") */
    { "gl", "Lavrov conversou por teléfono co xefe da diplomacia estadounidense",
      "O ministro ruso de Asuntos Exteriores, Serguei Lavrov, conversou o sábado por teléfono "
      "co xefe da diplomacia estadounidense sobre a situación en Siria.",
      "lavrov_kerry_call", "2016-03-05" },
    { "gl", "Lavrov e Kerry falarán por teléfono nos próximos días",
      "O xefe da diplomacia rusa, Serguei Lavrov, e o secretario de Estado dos Estados Unidos, "
      "John Kerry, falarán por teléfono nos próximos días sobre Siria.", NULL, NULL },
    { "gl", "Lavrov e Kerry reuníronse en Xenebra",
      "O ministro ruso de Asuntos Exteriores, Serguei Lavrov, e o seu homólogo estadounidense, "
      "John Kerry, reuníronse o xoves en Xenebra.", "lavrov_kerry_meeting", "2016-03-03" },
    /* Basque: the ergative on the names and titles ("Lavrovek", "idazkariak"), "telefonoz",
       the future "hitz egingo dute" after the phrase, "bildu ziren", "larunbatean" */
    { "eu", "Lavrovek eta Kerryk telefonoz hitz egin dute",
      "Sergei Lavrov Errusiako Atzerri ministroak eta John Kerry AEBetako Estatu idazkariak "
      "telefonoz hitz egin dute larunbatean Siriako egoeraz.", "lavrov_kerry_call", "2016-03-05" },
    { "eu", "Lavrovek eta Kerryk telefonoz hitz egingo dute datozen egunetan",
      "Sergei Lavrov Errusiako Atzerri ministroak eta John Kerry AEBetako Estatu idazkariak "
      "telefonoz hitz egingo dute datozen egunetan Siriari buruz.", NULL, NULL },
    { "eu", "Lavrov eta Kerry Genevan bildu dira",
      "Sergei Lavrov Errusiako Atzerri ministroa eta John Kerry AEBetako Estatu idazkaria "
      "ostegunean bildu ziren Genevan.", "lavrov_kerry_meeting", "2016-03-03" },
    /* Icelandic: "í síma" (by phone), "munu" (will), "funduðu" (met), "á laugardaginn" */
    { "is", "Lavrov og Kerry ræddust við í síma",
      "Sergei Lavrov, utanríkisráðherra Rússlands, og John Kerry, utanríkisráðherra "
      "Bandaríkjanna, ræddust við í síma á laugardaginn um ástandið í Sýrlandi.",
      "lavrov_kerry_call", "2016-03-05" },
    { "is", "Lavrov og Kerry munu ræða saman í síma á næstu dögum",
      "Sergei Lavrov, utanríkisráðherra Rússlands, og John Kerry, utanríkisráðherra "
      "Bandaríkjanna, munu ræða saman í síma á næstu dögum um Sýrland.", NULL, NULL },
    { "is", "Lavrov og Kerry funduðu í Genf",
      "Sergei Lavrov, utanríkisráðherra Rússlands, og John Kerry, utanríkisráðherra "
      "Bandaríkjanna, funduðu í Genf á fimmtudaginn.", "lavrov_kerry_meeting", "2016-03-03" },
    /* Irish: "ar an nguthán" (by phone, eclipsed), the future "labhróidh", "bhuail ... le
       chéile" (met), "Dé Sathairn", "Déardaoin" */
    { "ga", "Labhair Lavrov agus Kerry ar an nguthán",
      "Labhair Aire Gnóthaí Eachtracha na Rúise, Sergei Lavrov, ar an nguthán Dé Sathairn le "
      "Rúnaí Stáit SAM, John Kerry, faoin staid sa tSiria.", "lavrov_kerry_call", "2016-03-05" },
    { "ga", "Labhróidh Lavrov agus Kerry ar an nguthán go luath",
      "Labhróidh Aire Gnóthaí Eachtracha na Rúise, Sergei Lavrov, ar an nguthán le Rúnaí Stáit "
      "SAM, John Kerry, faoin tSiria sna laethanta amach romhainn.", NULL, NULL },
    { "ga", "Bhuail Lavrov agus Kerry le chéile sa Ghinéiv",
      "Bhuail Aire Gnóthaí Eachtracha na Rúise, Sergei Lavrov, agus Rúnaí Stáit SAM, John Kerry, "
      "le chéile sa Ghinéiv Déardaoin.", "lavrov_kerry_meeting", "2016-03-03" },
};

static void
test_news_languages(void **state)
{
    check_cases(*state, news_languages, sizeof news_languages / sizeof news_languages[0],
                at(2016, 3, 6, 15));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_news_languages),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
