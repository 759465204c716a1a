"""Articles in Spanish, Portuguese, French, German, Italian, Indonesian, Malay, Tagalog,
Vietnamese, Korean, Chinese, Japanese and Thai are read with their own cue words, places and dates (texts written
for these tests)."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.other_languages import LANGUAGES, _cues, _find_dates, _people_count
from geotrack.ingest.language import non_english_language
from geotrack.model import Article, Event, EventType

ARTICLES = {
    "es": (
        "2025-03-14",
        "La policía camboyana rescató el martes a 45 ciudadanos colombianos que estaban "
        "retenidos en un complejo de estafas en Sihanoukville, informó la cancillería en "
        "Bogotá. Según el comunicado, los jóvenes habían viajado a Asia con ofertas de empleo "
        "falsas y fueron obligados a trabajar hasta dieciséis horas al día. Las autoridades "
        "preparan ahora su regreso al país.",
    ),
    "pt": (
        "2025-02-10",
        "Três brasileiros conseguiram fugir no domingo (9) de um centro de golpes em Myawaddy, "
        "no leste de Mianmar, segundo o Itamaraty. Eles contaram que eram espancados quando "
        "não cumpriam as metas diárias impostas pelos chefes. A Embaixada em Bangkok, na "
        "Tailândia, acompanha o caso e prepara a repatriação dos três de volta ao Brasil nos "
        "próximos dias.",
    ),
    "fr": (
        "2024-03-15",
        "Vingt ressortissants marocains ont été rapatriés depuis la Thaïlande le 12 mars 2024, "
        "après avoir été libérés d'un complexe d'arnaques à Myawaddy. Selon le ministère, ils "
        "avaient été séquestrés pendant plusieurs mois et battus par leurs gardiens. D'autres "
        "Marocains seraient encore retenus dans la région, selon leurs familles.",
    ),
    "id": (
        "2025-02-05",
        "Sebanyak 56 WNI berhasil diselamatkan dari sebuah perusahaan online scam di "
        "Sihanoukville, Kamboja, pada Senin (3/2/2025). Mereka mengaku disiksa dan dipaksa "
        "bekerja hingga 18 jam sehari oleh para atasan. Kementerian Luar Negeri menyatakan para "
        "korban akan dipulangkan ke Indonesia pekan depan setelah pemeriksaan di KBRI Phnom "
        "Penh.",
    ),
    "vi": (
        "2025-03-07",
        "Ngày 5/3/2025, lực lượng chức năng đã giải cứu 20 công dân Việt Nam bị giam giữ tại "
        "một đường dây lừa đảo ở Bavet, Campuchia. Các nạn nhân cho biết họ thường xuyên bị "
        "đánh đập nếu không đạt chỉ tiêu mà công ty đặt ra cho mỗi người. Sau đó, họ được bàn "
        "giao cho phía Việt Nam tại cửa khẩu Mộc Bài.",
    ),
    "tl": (
        "2024-03-15",
        "Sinalakay ng mga awtoridad ang isang POGO hub sa Bamban, Tarlac noong Miyerkules at "
        "inaresto ang mahigit 100 dayuhang manggagawa, ayon sa pulisya. Nasagip din ang "
        "dalawang Pilipino na ikinulong sa loob ng compound at pinahirapan ng kanilang mga amo. "
        "Ayon sa Bureau of Immigration, ipina-deport na ang ilan sa mga dayuhan pabalik sa "
        "China.",
    ),
    "ms": (
        "2024-06-20",
        "Seramai 12 rakyat Malaysia yang dikurung oleh sindiket penipuan di Myawaddy, Myanmar "
        "telah diselamatkan semalam dan kini selamat. Mereka dikatakan didera jika gagal "
        "mencapai sasaran yang ditetapkan oleh ketua mereka setiap hari. Wisma Putra berkata "
        "mereka akan dihantar pulang ke Malaysia minggu depan selepas siasatan selesai.",
    ),
    "de": (
        "2025-06-12",
        "Thailändische Soldaten haben am Dienstag 45 Ausländer aus einem Betrugszentrum in "
        "Myawaddy befreit, darunter zwölf Deutsche. Die Opfer seien dort wochenlang "
        "festgehalten und misshandelt worden, teilte das Auswärtige Amt mit. Sie sollen in den "
        "kommenden Tagen nach Deutschland zurückgebracht werden. Nach Angaben der Behörden "
        "werden in der Grenzregion noch viele weitere Menschen vermutet.",
    ),
    "it": (
        "2025-06-12",
        "La polizia cambogiana ha liberato ieri 23 persone, tra cui quattro italiani, da un "
        "complesso di Sihanoukville usato come centro di truffe. Le vittime erano state "
        "sequestrate e picchiate per mesi, ha detto un portavoce. Secondo la Farnesina "
        "saranno rimpatriati in Italia entro la settimana.",
    ),
    "ko": (
        "2025-06-20",
        "미얀마 미야와디의 사기 조직에 감금됐던 한국인 12명이 지난 14일 현지 경찰에 구출됐다. "
        "이들은 고수익 일자리 광고에 속아 입국했으며, 하루 15시간씩 보이스피싱 업무를 "
        "강요받고 목표를 채우지 못하면 폭행을 당했다고 외교부는 밝혔다. 정부는 이들이 다음 주 "
        "귀국할 수 있도록 지원하고 있다고 덧붙였다.",
    ),
    "zh": (
        "2025-06-20",
        "中国公安部20日通报，缅甸警方6月14日在妙瓦底一处电诈园区解救了12名中国公民。获救者称，"
        "他们被高薪招聘广告骗到当地，每天被迫工作15个小时，完不成业绩就遭到殴打。中国驻缅甸"
        "大使馆表示，将协助他们尽快回国，并提醒民众警惕境外高薪招聘。",
    ),
    "ja": (
        "2025-06-20",
        "タイ国境に近いミャンマー東部ミャワディの詐欺拠点に監禁されていた日本人の男性3人が、"
        "6月14日に現地の武装勢力によって救出された。外務省によると、3人は高収入の仕事があると"
        "誘われて渡航し、毎日長時間にわたり詐欺の電話をかけさせられ、ノルマを達成できないと"
        "暴行を受けていたという。3人は来週にも日本へ帰国する見通しだ。",
    ),
    "th": (
        "2025-06-20",
        "เมื่อวันที่ 14 มิถุนายน 2568 ทหารกะเหรี่ยงได้ช่วยเหลือคนไทย 12 คนออกจากศูนย์สแกมใน"
        "เมืองเมียวดี ประเทศเมียนมา ผู้เสียหายเล่าว่าถูกหลอกไปทำงานและถูกทำร้ายร่างกายหากทำยอด"
        "ไม่ได้ตามเป้า กระทรวงการต่างประเทศระบุว่าจะส่งตัวทั้งหมดกลับประเทศไทยผ่านด่านแม่สอดใน"
        "สัปดาห์หน้า",
    ),
    "ru": (
        "2025-06-20",
        "14 июня 2025 года каренские военные освободили 12 россиян из мошеннического "
        "колл-центра в Мьявади на востоке Мьянмы. По словам пострадавших, их заманили обещанием "
        "высокой зарплаты и избивали, если они не выполняли план. МИД России сообщил, что всех "
        "вернут на родину через Мэсот на следующей неделе.",
    ),
    "hi": (
        "2025-06-20",
        "14 जून 2025 को करेन सैनिकों ने म्यांमार के म्यावाडी में एक स्कैम सेंटर से 12 भारतीयों को "
        "छुड़ाया। पीड़ितों ने बताया कि उन्हें ऊंचे वेतन का झांसा देकर ले जाया गया था और लक्ष्य पूरा "
        "न करने पर उनकी पिटाई होती थी। विदेश मंत्रालय ने कहा कि सभी को अगले सप्ताह माई सोत के "
        "रास्ते भारत वापस लाया जाएगा।",
    ),
    "ne": (
        "2025-06-20",
        "२०८२ जेठ ३१ गते करेन सैनिकले म्यानमारको म्यावाडीस्थित एउटा स्क्याम सेन्टरबाट १२ जना "
        "नेपालीको उद्धार गरे । पीडितहरूले राम्रो तलबको लोभ देखाएर लगिएको र लक्ष्य पूरा नगर्दा "
        "कुटपिट गरिएको बताए । परराष्ट्र मन्त्रालयका अनुसार सबैलाई अर्को साता माई सोत हुँदै स्वदेश "
        "फर्काइनेछ ।",
    ),
    "km": (
        "2025-06-20",
        "កាលពីថ្ងៃទី១៤ ខែមិថុនា ឆ្នាំ២០២៥ ទាហានការ៉ែនបានជួយសង្គ្រោះពលរដ្ឋខ្មែរ១២នាក់ "
        "ចេញពីមជ្ឈមណ្ឌលឆបោកមួយនៅមៀវ៉ាឌី ភាគខាងកើតប្រទេសមីយ៉ាន់ម៉ា។ ជនរងគ្រោះបាននិយាយថា "
        "ពួកគេត្រូវគេបោកបញ្ឆោតដោយប្រាក់ខែខ្ពស់ ហើយត្រូវគេវាយដំ បើមិនសម្រេចគោលដៅ។ "
        "ក្រសួងការបរទេសបានឲ្យដឹងថា ពួកគេទាំងអស់នឹងត្រូវបញ្ជូនត្រឡប់មកកម្ពុជាវិញ "
        "តាមរយៈម៉ែសត នៅសប្ដាហ៍ក្រោយ។",
    ),
    "ur": (
        "2025-06-20",
        "14 جون 2025 کو کیرن فوجیوں نے میانمار کے شہر میاوڈی میں ایک اسکیم سینٹر سے 12 "
        "پاکستانیوں کو بازیاب کرایا۔ متاثرین نے بتایا کہ انہیں زیادہ تنخواہ کا لالچ دے کر لے "
        "جایا گیا اور ہدف پورا نہ کرنے پر ان پر تشدد کیا جاتا تھا۔ دفتر خارجہ کے مطابق سب کو "
        "اگلے ہفتے مے سوٹ کے راستے وطن واپس لایا جائے گا۔",
    ),
    "bn": (
        "2025-06-20",
        "২০২৫ সালের ১৪ জুন কারেন সেনারা মিয়ানমারের মিয়াওয়াদিতে একটি স্ক্যাম সেন্টার থেকে ১২ "
        "বাংলাদেশিকে উদ্ধার করে। ভুক্তভোগীরা জানান, বেশি বেতনের লোভ দেখিয়ে তাঁদের নেওয়া "
        "হয়েছিল এবং লক্ষ্য পূরণ না করলে মারধর করা হতো। পররাষ্ট্র মন্ত্রণালয় জানিয়েছে, আগামী "
        "সপ্তাহে মায়ে সট হয়ে সবাইকে দেশে ফিরিয়ে আনা হবে।",
    ),
    "ta": (
        "2025-06-20",
        "2025 ஜூன் 14 அன்று கரேன் படையினர் மியான்மரின் மியாவடியில் உள்ள ஒரு மோசடி மையத்தில் "
        "இருந்து 12 இந்தியர்களை மீட்டனர். அதிக சம்பளம் தருவதாக ஏமாற்றி அழைத்துச் செல்லப்பட்ட "
        "அவர்கள், இலக்கை எட்டாவிட்டால் அடித்து துன்புறுத்தப்பட்டதாக தெரிவித்தனர். அடுத்த வாரம் மே "
        "சோட் வழியாக அனைவரும் இந்தியா அழைத்து வரப்படுவார்கள் என வெளியுறவு அமைச்சகம் தெரிவித்தது.",
    ),
    "te": (
        "2025-06-20",
        "2025 జూన్ 14న కరెన్ సైనికులు మయన్మార్‌లోని మ్యావడీలో ఒక మోసాల కేంద్రం నుంచి 12 మంది "
        "భారతీయులను రక్షించారు. ఎక్కువ జీతం ఆశ చూపి తీసుకెళ్లారని, లక్ష్యం చేరకపోతే "
        "చితకబాదారని బాధితులు చెప్పారు. వచ్చే వారం మే సోట్ మీదుగా అందరినీ భారత్‌కు "
        "తీసుకొస్తామని విదేశాంగ శాఖ తెలిపింది.",
    ),
    "mr": (
        "2025-06-20",
        "१४ जून २०२५ रोजी करेन सैनिकांनी म्यानमारमधील म्यावाडी येथील एका स्कॅम सेंटरमधून १२ "
        "भारतीयांची सुटका केली. जास्त पगाराचे आमिष दाखवून त्यांना नेण्यात आले होते आणि लक्ष्य "
        "पूर्ण न केल्यास मारहाण केली जात होती, असे पीडितांनी सांगितले. पुढील आठवड्यात सर्वांना "
        "मे सोट मार्गे भारतात परत आणले जाईल, असे परराष्ट्र मंत्रालयाने सांगितले.",
    ),
    "ar": (
        "2025-06-20",
        "في 14 يونيو 2025 حررت قوات كارين 12 مواطنا مصريا من مركز احتيال في مدينة مياوادي شرق "
        "ميانمار. وقال الضحايا إنهم استدرجوا بوعود رواتب مرتفعة وتعرضوا للضرب إذا لم يحققوا "
        "الأهداف. وأعلنت وزارة الخارجية أنه ستتم إعادتهم جميعا إلى مصر عبر ماي سوت الأسبوع "
        "المقبل.",
    ),
    "ml": (
        "2025-06-20",
        "2025 ജൂൺ 14ന് കരെൻ സൈനികർ മ്യാൻമറിലെ മ്യാവാഡിയിലുള്ള ഒരു തട്ടിപ്പ് കേന്ദ്രത്തിൽ നിന്ന് 12 "
        "ഇന്ത്യക്കാരെ രക്ഷപ്പെടുത്തി. ഉയർന്ന ശമ്പളം വാഗ്ദാനം ചെയ്ത് കൊണ്ടുപോയ ഇവരെ ലക്ഷ്യം "
        "കൈവരിക്കാത്തപ്പോൾ മർദിച്ചിരുന്നതായി ഇരകൾ പറഞ്ഞു. അടുത്ത ആഴ്ച മേ സോട്ട് വഴി എല്ലാവരെയും "
        "നാട്ടിലെത്തിക്കുമെന്ന് വിദേശകാര്യ മന്ത്രാലയം അറിയിച്ചു.",
    ),
    "gu": (
        "2025-06-20",
        "14 જૂન 2025ના રોજ કેરન સૈનિકોએ મ્યાનમારના મ્યાવાડી સ્થિત એક સ્કેમ સેન્ટરમાંથી 12 ભારતીયોને "
        "છોડાવ્યા. પીડિતોએ જણાવ્યું કે ઊંચા પગારની લાલચ આપીને તેમને લઈ જવાયા હતા અને લક્ષ્ય પૂરું ન "
        "થાય તો તેમને માર મારવામાં આવતો હતો. વિદેશ મંત્રાલયે કહ્યું કે આવતા અઠવાડિયે માએ સોટ "
        "થઈને બધાને ભારત પરત લાવવામાં આવશે.",
    ),
    "pa": (
        "2025-06-20",
        "14 ਜੂਨ 2025 ਨੂੰ ਕੈਰਨ ਫ਼ੌਜੀਆਂ ਨੇ ਮਿਆਂਮਾਰ ਦੇ ਮਿਆਵਾਡੀ ਵਿੱਚ ਇੱਕ ਸਕੈਮ ਸੈਂਟਰ ਤੋਂ 12 ਭਾਰਤੀਆਂ ਨੂੰ "
        "ਛੁਡਾਇਆ। ਪੀੜਤਾਂ ਨੇ ਦੱਸਿਆ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਵੱਧ ਤਨਖ਼ਾਹ ਦਾ ਲਾਲਚ ਦੇ ਕੇ ਲਿਜਾਇਆ ਗਿਆ ਸੀ ਅਤੇ ਟੀਚਾ "
        "ਪੂਰਾ ਨਾ ਕਰਨ 'ਤੇ ਕੁੱਟਮਾਰ ਕੀਤੀ ਜਾਂਦੀ ਸੀ। ਵਿਦੇਸ਼ ਮੰਤਰਾਲੇ ਨੇ ਕਿਹਾ ਕਿ ਅਗਲੇ ਹਫ਼ਤੇ ਸਾਰਿਆਂ ਨੂੰ "
        "ਮਾਏ ਸੋਤ ਦੇ ਰਸਤੇ ਭਾਰਤ ਵਾਪਸ ਲਿਆਂਦਾ ਜਾਵੇਗਾ।",
    ),
    "tr": (
        "2025-06-20",
        "14 Haziran 2025'te Karen askerleri, Myanmar'ın Myawaddy kentindeki bir dolandırıcılık "
        "merkezinden 12 Türk vatandaşını kurtardı. Mağdurlar, yüksek maaş vaadiyle "
        "kandırıldıklarını ve hedefe ulaşamadıklarında dövüldüklerini anlattı. Dışişleri "
        "Bakanlığı, hepsinin gelecek hafta Mae Sot üzerinden Türkiye'ye geri gönderileceğini "
        "açıkladı. Bakanlık, gençleri yurt dışındaki sahte iş ilanlarına karşı dikkatli olmaya "
        "çağırdı.",
    ),
}

#: language -> (type, place, date, people) of the story's first event.
LEADS = {
    "es": (EventType.RESCUE, "Sihanoukville", "2025-03-11", {"rescued": 45}),
    "pt": (EventType.ESCAPE, "Myawaddy", "2025-02-09", {"escaped": 3}),
    "fr": (EventType.RESCUE, "Myawaddy", "2024-03-12", {"rescued": 20}),
    "id": (EventType.RESCUE, "Sihanoukville", "2025-02-03", {"rescued": 56}),
    "vi": (EventType.RESCUE, "Bavet", "2025-03-05", {"rescued": 20}),
    "ms": (EventType.RESCUE, "Myawaddy", "2024-06-19", {"rescued": 12}),
    "tl": (EventType.RAID, "Bamban", "2024-03-13", {"arrested": 100}),
    "de": (EventType.RESCUE, "Myawaddy", "2025-06-10", {"rescued": 45}),
    "it": (EventType.RESCUE, "Sihanoukville", "2025-06-11", {"rescued": 23}),
    "ko": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "zh": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "ja": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 3}),
    "th": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "ru": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "hi": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "ne": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "km": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "ur": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "bn": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "ta": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "te": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "mr": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "ar": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "ml": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "gu": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "pa": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
    "tr": (EventType.RESCUE, "Myawaddy", "2025-06-14", {"rescued": 12}),
}


def _events(language: str) -> list[Event]:
    published, text = ARTICLES[language]
    article = Article(id=language, text=text, published=dt.date.fromisoformat(published))
    return list(extract_article(article, gazetteer=Gazetteer.default()).events)


def test_the_articles_read_as_their_languages() -> None:
    assert {code: non_english_language(text) for code, (_, text) in ARTICLES.items()} == {
        code: code for code in ARTICLES
    }
    assert set(ARTICLES) == LANGUAGES


@pytest.mark.parametrize("language", sorted(LEADS))
def test_the_lead_event_is_read(language: str) -> None:
    etype, place, date, people = LEADS[language]
    events = _events(language)
    lead = next(e for e in events if e.type is etype)
    assert lead.place is not None and lead.place.name == place
    assert lead.date == dt.date.fromisoformat(date)
    assert lead.people == people
    assert f"lang:{language}" in lead.evidence


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_the_story_reports_its_compound_and_abuse_there(language: str) -> None:
    events = _events(language)
    lead_place = LEADS[language][1]
    assert {e.type for e in events} >= {EventType.COMPOUND_REPORT, EventType.ABUSE}
    assert all(
        e.place is not None and e.place.name == lead_place
        for e in events
        if e.type in (EventType.COMPOUND_REPORT, EventType.ABUSE)
    )


@pytest.mark.parametrize(
    ("language", "home"),
    [
        ("es", "CO"),
        ("pt", "BR"),
        ("fr", "MA"),
        ("id", "ID"),
        ("vi", "VN"),
        ("ms", "MY"),
        ("de", "DE"),
        ("it", "IT"),
        ("ko", "KR"),
        ("zh", "CN"),
        ("ja", "JP"),
        ("th", "TH"),
        ("km", "KH"),
        ("ur", "PK"),
        ("bn", "BD"),
        ("tr", "TR"),
        ("ta", "IN"),
        ("te", "IN"),
        ("mr", "IN"),
        ("ar", "EG"),
        ("ml", "IN"),
        ("gu", "IN"),
        ("pa", "IN"),
    ],
)
def test_the_press_country_is_where_people_come_home_not_a_scene(language: str, home: str) -> None:
    """Bogotá's ministry, "de volta ao Brasil", "dipulangkan ke Indonesia", the hand-over at
    a Vietnamese border gate: none of them is where the victims were held or freed."""
    events = _events(language)
    assert events
    assert all(e.place is not None and e.place.country != home for e in events)


def test_a_story_told_at_home_keeps_its_home_places() -> None:
    """A POGO raid in a Tagalog paper: the raid, the rescue of two Filipinos and their abuse
    are at the raided hub in the Philippines; the deportation's destination is not."""
    events = _events("tl")
    at = {e.type: e.place.name for e in events if e.place is not None}
    assert at[EventType.RESCUE] == at[EventType.ABUSE] == "Bamban"
    assert at[EventType.DEPORTATION] != "China"


def test_a_mission_abroad_is_not_a_scene() -> None:
    """ "A Embaixada em Bangkok, na Tailândia, acompanha o caso": help is given there."""
    assert all(e.place is not None and e.place.country != "TH" for e in _events("pt"))


def test_a_deportation_is_placed_where_it_left_from() -> None:
    """ "rapatriés depuis la Thaïlande ... après avoir été libérés ... à Myawaddy"."""
    (deportation,) = [e for e in _events("fr") if e.type is EventType.DEPORTATION]
    assert deportation.place is not None and deportation.place.name == "Thailand"
    assert deportation.people == {"deported": 20}
    assert deportation.date == dt.date(2024, 3, 12)


def test_an_english_article_keeps_the_english_rules() -> None:
    text = (
        "Police in Poipet said on Monday that they had raided a casino building and detained "
        "120 foreign workers. The workers were taken to the provincial police station, where "
        "officers said they would be questioned before being sent home."
    )
    article = Article(id="en", text=text, published=dt.date(2024, 5, 8))
    events = extract_article(article, gazetteer=Gazetteer.default()).events
    assert events
    assert not any(tag.startswith("lang:") for e in events for tag in e.evidence)


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        ("es", "rescató el martes a 45 ciudadanos", "2025-03-14", [("martes", "2025-03-11")]),
        ("pt", "fugir no domingo (9) de um centro", "2025-02-10", [("domingo (9)", "2025-02-09")]),
        (
            "fr",
            "rapatriés le 12 mars 2024, après",
            "2024-03-15",
            [("le 12 mars 2024", "2024-03-12")],
        ),
        ("id", "pada Senin (3/2/2025) lalu", "2025-02-05", [("Senin (3/2/2025)", "2025-02-03")]),
        ("vi", "Ngày 5/3/2025, lực lượng", "2025-03-07", [("Ngày 5/3/2025", "2025-03-05")]),
        # a day and month without a year just after publication are of that year, not the
        # year before; further ahead they are no date of the story
        ("id", "dijadwalkan terbang pada 9 Desember", "2025-12-08", [("9 Desember", "2025-12-09")]),
        ("zh", "将于12月9日返回", "2025-12-08", [("12月9日", "2025-12-09")]),
        ("ko", "12월 9일 귀국", "2025-12-08", [("12월 9일", "2025-12-09")]),
        ("id", "akan terbang pada 25 Desember", "2025-12-08", []),
        # a lower-case "may" (Tagalog: there is) is no month
        ("tl", "Nahuli sila.\nSinabi ng pulisya na may 40 biktima.", "2023-06-27", []),
        # "now", hours and future days are not dates of the story
        ("es", "preparan ahora su regreso tras dieciséis horas", "2025-03-14", []),
        ("id", "akan dipulangkan pekan depan", "2025-02-05", []),
        # how long something lasted is not that long ago
        ("fr", "retenus dans un centre pendant douze mois", "2024-01-26", []),
        ("id", "disekap selama tiga bulan di sana", "2025-02-05", []),
    ],
)
def test_dates_in_the_article_language(
    language: str, text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    found = _find_dates(text, language, dt.date.fromisoformat(published))
    assert [(text[a:b], d.isoformat()) for a, b, d, _ in found] == expected


def test_without_a_publication_date_only_dates_naming_their_year_count() -> None:
    found = _find_dates("el martes y el 3 de marzo de 2024", "es", None)
    assert [d.isoformat() for _, _, d, _ in found] == ["2024-03-03"]


@given(
    n=st.integers(min_value=1, max_value=999_999),
    separator=st.sampled_from([".", ",", " "]),
    language=st.sampled_from(["es", "pt", "fr", "id"]),
)
def test_people_counted_in_digits_with_any_thousands_separator(
    n: int, separator: str, language: str
) -> None:
    noun = {"es": "personas", "pt": "pessoas", "fr": "personnes", "id": "orang"}[language]
    written = f"{n:,}".replace(",", separator)
    assert _people_count(f"un total de {written} {noun} fueron", language) == n


@given(text=st.text(max_size=200), language=st.sampled_from(sorted(LANGUAGES)))
def test_people_count_never_fails(text: str, language: str) -> None:
    count = _people_count(text, language)
    assert count is None or count > 0


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pt", "dois brasileiros foram", 2),
        ("es", "doce marroquíes", 12),
        ("fr", "trois mois plus tard", None),  # months, not people
        ("es", "dos meses después", None),
        ("vi", "20 công dân", 20),
    ],
)
def test_people_words_and_nationality_words(language: str, text: str, expected: int | None) -> None:
    assert _people_count(text, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # passports withheld are abuse, not an arrest
        ("id", "Setibanya di sana, paspor mereka ditahan oleh perusahaan.", {"abuse"}),
        ("ms", "Pasport mereka ditahan oleh majikan.", {"abuse"}),
        ("ms", "Lima suspek ditahan polis dalam serbuan itu.", {"raid"}),
        ("id", "Polisi menangkap tiga pengelola perusahaan itu.", {"raid"}),
        ("pt", "A polícia invadiu o prédio e prendeu dez pessoas.", {"raid"}),
        ("es", "Tres jóvenes lograron escapar del complejo.", {"escape"}),
        ("tl", "Nasagip ang 20 Pilipino sa isang POGO hub.", {"rescue", "compound_report"}),
        # "victims of human trafficking", "trapped", "held in": captivity
        ("fr", "Ils sont victimes de traite d'êtres humains.", {"abuse"}),
        ("fr", "Trois jeunes ont été piégés par des recruteurs.", {"abuse"}),
        ("fr", "Les personnes retenues au complexe travaillent la nuit.", {"abuse"}),
        ("fr", "Il a travaillé dans une usine de cyberfraude.", {"compound_report"}),
    ],
)
def test_cue_words_type_the_sentence(language: str, sentence: str, expected: set[str]) -> None:
    assert {etype.value for etype, _ in _cues(sentence, language)} == expected


def test_a_coarser_reader_is_trusted_less(monkeypatch: pytest.MonkeyPatch) -> None:
    """Confidences of this reader's events are the model's scaled down by the share measured
    for its language (0.6 to 0.9): each is at most the model's own, most of them below."""
    scaled = {
        (language, e.type, e.place.id if e.place else None): e.confidence
        for language in ARTICLES
        for e in _events(language)
    }
    module = importlib.import_module("geotrack.extract.other_languages")
    monkeypatch.setattr(module, "_CONFIDENCE_SHARE", 1.0)
    monkeypatch.setattr(module, "_CONFIDENCE_SHARE_OF", {})
    model = {
        (language, e.type, e.place.id if e.place else None): e.confidence
        for language in ARTICLES
        for e in _events(language)
    }
    assert scaled.keys() == model.keys() and min(scaled.values()) > 0
    assert all(scaled[k] <= model[k] for k in scaled)
    assert sum(scaled[k] < model[k] for k in scaled) > 0.9 * len(scaled)


def test_the_headline_event_is_the_story_event() -> None:
    """A headline's escape and the body's escape are one, at the body's finer place and
    date (told three weeks later, the headline alone would be dated by publication)."""
    text = (
        "Tres colombianos escapan de una red de estafas en Camboya\n\n"
        "Tres jóvenes colombianos lograron escapar el 11 de marzo de un complejo de estafas en "
        "Sihanoukville, donde estaban retenidos desde hacía meses, según sus familias. Los "
        "jóvenes habían viajado a Asia atraídos por ofertas de empleo falsas y ahora esperan "
        "en la capital camboyana a que el consulado les entregue documentos para volver."
    )
    article = Article(id="es-head", text=text, published=dt.date(2025, 4, 2))
    events = extract_article(article, gazetteer=Gazetteer.default()).events
    escapes = [e for e in events if e.type is EventType.ESCAPE]
    assert [(e.place.name if e.place else None, e.date) for e in escapes] == [
        ("Sihanoukville", dt.date(2025, 3, 11))
    ]


def test_a_day_number_before_the_phrase_the_search_found_goes_with_it() -> None:
    text = "lograron escapar el 11 de marzo de un complejo"
    found = _find_dates(text, "es", dt.date(2025, 4, 2))
    assert [(text[a:b], d.isoformat()) for a, b, d, _ in found] == [("11 de marzo", "2025-03-11")]


def _read(text: str, published: str) -> list[Event]:
    article = Article(id="x", text=text, published=dt.date.fromisoformat(published))
    return list(extract_article(article, gazetteer=Gazetteer.default()).events)


def test_listed_places_each_get_the_event_and_nationals_are_no_place() -> None:
    """An Indonesian police story: "dibekuk" is an arrest, the towns listed are each a
    raid's place, and "warga negara China" names the suspects' nationality, not a place."""
    text = (
        "Polisi membekuk 60 warga negara China pelaku penipuan online di tiga lokasi di "
        "Surabaya, Sidoarjo dan Gresik pada Kamis (12/9/2024). Para tersangka akan dideportasi "
        "setelah pemeriksaan selesai, kata juru bicara kepolisian kepada wartawan di kantor "
        "polisi setempat. Menurut polisi, mereka menipu korban di berbagai negara melalui "
        "aplikasi investasi palsu dan pesan singkat. Barang bukti yang disita antara lain "
        "ratusan telepon genggam dan puluhan komputer jinjing."
    )
    raids = [e for e in _read(text, "2024-09-14") if e.type is EventType.RAID]
    assert sorted(e.place.name for e in raids if e.place) == ["Gresik", "Sidoarjo", "Surabaya"]
    assert all(e.date == dt.date(2024, 9, 12) for e in raids)


def test_every_country_of_a_list_of_nationalities_is_no_place() -> None:
    """ "berkewarganegaraan China dan Vietnam" (of Chinese and Vietnamese citizenship): both
    countries name the suspects' nationality, so the raid stays in the town of the story."""
    text = (
        "Batam - Sebanyak 52 orang asing berkewarganegaraan China dan Vietnam ditangkap "
        "jajaran kepolisian kota, Selasa (3/6/2025). Mereka diduga menjalankan penipuan online "
        "dari lantai dua sebuah ruko di Batam, kata kepala kepolisian kepada wartawan. Polisi "
        "menyita puluhan telepon genggam dan komputer jinjing dari ruko tersebut."
    )
    article = Article(id="x", text=text, published=dt.date(2025, 6, 5), language="id")
    events = extract_article(article, gazetteer=Gazetteer.default()).events
    raids = [e for e in events if e.type is EventType.RAID]
    assert {e.place.name for e in raids if e.place} == {"Batam"}


def test_a_town_and_its_province_are_one_address_not_a_list() -> None:
    raids = [e for e in _events("tl") if e.type is EventType.RAID]
    assert [e.place.name for e in raids if e.place] == ["Bamban"]


def test_everyday_words_of_the_page_language_are_no_places() -> None:
    """ "Dalam" (within) opens a sentence about a rescue: read in Indonesian it is a word,
    not the small town Dalam, so neither a mention nor the rescue's place."""
    text = (
        "Sebanyak 18 WNI berhasil diselamatkan dari sebuah kompleks penipuan di Poipet, "
        "Kamboja, pada Selasa (4/3/2025). Mereka mengaku dipaksa bekerja sebagai penipu "
        "daring dan tidak boleh keluar dari gedung. Dalam sepekan terakhir, 25 WNI lain juga "
        "diselamatkan dari tempat yang sama, kata KBRI di Phnom Penh kepada wartawan."
    )
    article = Article(id="id2", text=text, published=dt.date(2025, 3, 6))
    result = extract_article(article, gazetteer=Gazetteer.default())
    assert "Dalam" not in {m.text for m in result.mentions}
    assert {e.place.name for e in result.events if e.place is not None} <= {"Poipet", "Cambodia"}
    assert result.events


def test_a_measure_stays_its_countrys_when_the_story_names_one_town_there() -> None:
    """The ministry urging citizens is Indonesia's measure, not Jakarta's, though Jakarta is
    the one Indonesian town the story names."""
    text = (
        "Sebanyak 40 WNI tiba di Bandara Soekarno-Hatta, Jakarta, pada Senin (3/3/2025) "
        "setelah dipulangkan dari Kamboja. Mereka sempat ditahan dan dipaksa bekerja di "
        "sebuah perusahaan penipuan daring di Sihanoukville.\n\nKementerian Luar Negeri "
        "menyatakan sisa korban akan dibawa pulang ke Indonesia bulan depan, dan mengimbau "
        "masyarakat agar tidak mudah tergiur tawaran kerja di luar negeri yang tidak jelas."
    )
    events = _read(text, "2025-03-05")
    policies = [e for e in events if e.type is EventType.POLICY]
    assert policies and all(e.place is not None and e.place.name == "Indonesia" for e in policies)
