"""Khmer, Urdu, Bengali and Turkish pages: Khmer's unspaced text and Cambodia's unit words,
Urdu's and Bengali's names and people words, Turkish case endings after an apostrophe,
their sentence ends, dates and counts, and borders named by their two countries (texts
written for these tests)."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from gazetteer import Gazetteer
from gazetteer.native import native_spans
from geotrack.extract.segment import segment_text
from geotrack.ingest.language import non_english_language
from geotrack.model import DatePrecision, EventType
from tests.extract.extract_helpers import of_type, page_events

# (the module's name is shadowed by the function the package exports)
_ol = importlib.import_module("geotrack.extract.other_languages")

_KM = (
    "ភ្នំពេញ៖ នៅថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០២៥ កម្លាំងនគរបាលរាជធានីភ្នំពេញ បានចុះបង្ក្រាបអគារមួយ"
    "នៅសង្កាត់ទឹកថ្លា ខណ្ឌសែនសុខ ហើយឃាត់ខ្លួនជនជាតិចិនចំនួន៦២នាក់ ដែលធ្វើការឆបោកតាមប្រព័ន្ធអនឡាញ។ "
    "សមត្ថកិច្ចក៏បានជួយសង្គ្រោះពលរដ្ឋឥណ្ឌូណេស៊ីចំនួន១៥នាក់ ដែលត្រូវគេបង្ខាំងនៅទីនោះ។\n\n"
    "មន្ត្រីអន្តោប្រវេសន៍បានបញ្ជូនជនបរទេសទាំងនោះត្រឡប់ទៅប្រទេសកំណើតវិញនៅម្សិលមិញ។\n"
)
_UR = (
    "اسلام آباد: ایف آئی اے نے گزشتہ روز گوجرانوالہ سے انسانی اسمگلنگ میں ملوث دو ایجنٹ گرفتار "
    "کر لیے۔ حکام کے مطابق میانمار کے شہر میاوڈی میں آن لائن فراڈ سینٹرز سے 27 پاکستانیوں کو "
    "بازیاب کرا لیا گیا ہے۔ بنکاک میں پاکستانی سفارت خانے نے بتایا کہ انہیں جلد پاکستان ڈی پورٹ "
    "کیا جائے گا۔ ان نوجوانوں کو وہاں قید رکھ کر تشدد کا نشانہ بنایا گیا تھا۔\n"
)
_BN = (
    "ঢাকা, ১০ ফেব্রুয়ারি: মিয়ানমার-থাইল্যান্ড সীমান্তের একটি স্ক্যাম সেন্টারে আটকে থাকা ২২ "
    "বাংলাদেশিকে উদ্ধার করা হয়েছে। তাঁদের ব্যাংকক হয়ে দেশে ফিরিয়ে আনা হবে। এর আগে "
    "কম্বোডিয়ায় পুলিশ অভিযান চালিয়ে চীনের ৩১ জন নাগরিককে গ্রেপ্তার করে।\n"
)
_TR = (
    "Kamboçya'da polis, Poipet kentindeki bir kumarhane binasına baskın düzenleyerek 2 bin 198 "
    "kişiyi gözaltına aldı. Şüpheliler arasında Çinli ve Vietnamlı çalışanlar bulunuyor. "
    "Operasyonun 14 Kasım'da yapıldığı bildirildi.\n\nTayland'dan kurtarılan 12 Türk vatandaşı "
    "İstanbul'a geri gönderildi. Bu kişiler Myanmar'daki dolandırıcılık merkezlerinde zorla "
    "çalıştırılmıştı.\n"
)


@pytest.mark.parametrize(("text", "code"), [(_KM, "km"), (_UR, "ur"), (_BN, "bn"), (_TR, "tr")])
def test_the_page_reads_as_its_language(text: str, code: str) -> None:
    assert non_english_language(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "នគរបាលបានឃាត់ខ្លួនមនុស្ស៥នាក់។ ពួកគេត្រូវបានបញ្ជូនទៅតុលាការ។ រឿងនេះបានចប់៕",
        "پولیس نے پانچ افراد کو گرفتار کیا۔ انہیں عدالت میں پیش کیا گیا۔ کیا وہ رہا ہوں گے؟",
        "Polis beş kişiyi yakaladı. Şüpheliler adliyeye sevk edildi. Üç kişi serbest kaldı.",
    ],
)
def test_khmer_urdu_and_turkish_sentences_end_at_their_own_marks(text: str) -> None:
    assert len(segment_text(text).sentences) == 3


def test_a_cambodian_unit_is_found_by_its_khmer_unit_word_and_name() -> None:
    """ "ខណ្ឌសែនសុខ" is Sen Sok khan: the name after the unit word, read from the country's
    unit lists (the span is the name alone)."""
    gz = Gazetteer.default()
    text = "នៅខណ្ឌសែនសុខ រាជធានីភ្នំពេញ"
    spans = {s.text: [c.id for c in s.candidates] for s in native_spans(gz.index, text)}
    assert spans["សែនសុខ"] == ["kh:1208"]


def test_an_invisible_word_mark_inside_a_khmer_name_is_read_past() -> None:
    gz = Gazetteer.default()
    text = "ពលរដ្ឋ\u200bកូរ៉េ\u200bខាង\u200bត្បូង\u200bចំនួន២នាក់"
    (span,) = native_spans(gz.index, text)
    assert (span.kind, span.nationality, span.text) == (
        "demonym",
        "KR",
        "ពលរដ្ឋ\u200bកូរ៉េ\u200bខាង\u200bត្បូង",
    )


def test_khmer_events_take_the_finest_place_date_count_and_nationality() -> None:
    events = page_events(_KM, "2025-03-14")
    (raid,) = of_type(events, EventType.RAID)
    # the city's police raided in Tuek Thla, Sen Sok: the finer place inside the province
    assert raid.place.country == "KH" and raid.place.level.value in ("commune", "district")
    assert (raid.date, raid.date_precision) == (dt.date(2025, 3, 12), DatePrecision.DAY)
    assert raid.people.get("arrested") == 62 and raid.nationalities == {"CN": 62}
    (rescue,) = of_type(events, EventType.RESCUE)
    assert rescue.people.get("rescued") == 15 and rescue.nationalities == {"ID": 15}
    (report,) = of_type(events, EventType.COMPOUND_REPORT)
    assert report.place.country == "KH"
    # "ម្សិលមិញ": the day before publication
    (deported,) = of_type(events, EventType.DEPORTATION)
    assert deported.date == dt.date(2025, 3, 13)


def test_urdu_events_read_places_people_and_the_day_before() -> None:
    events = page_events(_UR, "2025-04-08")
    (raid,) = of_type(events, EventType.RAID)
    assert (raid.place.name, raid.date, raid.people.get("arrested")) == (
        "Gujranwala",
        dt.date(2025, 4, 7),
        2,
    )
    (rescue,) = of_type(events, EventType.RESCUE)
    assert (rescue.place.name, rescue.people.get("rescued"), rescue.nationalities) == (
        "Myawaddy",
        27,
        {"PK": 27},
    )
    # deported to Pakistan, from where the story is; the embassy's city is no scene
    assert all(e.place.name not in ("Pakistan", "Bangkok") for e in events)


def test_bengali_names_take_glued_endings_and_nationals_after_the_country() -> None:
    events = page_events(_BN, "2025-02-10")
    (rescue,) = of_type(events, EventType.RESCUE)
    assert rescue.place.name == "Myanmar-Thailand border"
    assert rescue.people.get("rescued") == 22 and rescue.nationalities == {"BD": 22}
    (raid,) = of_type(events, EventType.RAID)
    # "চীনের ৩১ জন নাগরিককে": 31 nationals of China, not a place
    assert (raid.place.name, raid.people.get("arrested"), raid.nationalities) == (
        "Cambodia",
        31,
        {"CN": 31},
    )
    # "২২ ... জন" is no June date; "দেশে ফিরিয়ে": home, via Bangkok (no scene)
    assert all(e.date != dt.date(2024, 6, 22) for e in events)
    assert all(e.place.name != "Bangkok" for e in events if e.type is not EventType.DEPORTATION)


def test_both_spellings_of_a_bengali_letter_find_the_name() -> None:
    gz = Gazetteer.default()
    composed = "কম্বোডি\u09dfায়"
    decomposed = "কম্বোডি\u09af\u09bcায়"
    for text in (composed, decomposed):
        (span,) = native_spans(gz.index, text)
        assert [c.id for c in span.candidates] == ["country:KH"]


def test_turkish_names_drop_their_case_endings_and_counts_take_thousands() -> None:
    events = page_events(_TR, "2025-11-16")
    (raid,) = of_type(events, EventType.RAID)
    assert raid.place.name == "Poipet" and raid.people.get("arrested") == 2198
    # "14 Kasım'da": the suffix after the apostrophe does not hide the date
    assert (raid.date, raid.date_precision) == (dt.date(2025, 11, 14), DatePrecision.DAY)
    (deported,) = of_type(events, EventType.DEPORTATION)
    # "İstanbul'a": sent there (the dative), not deported from there
    assert deported.place.name != "Istanbul" and deported.people.get("deported") == 12
    assert {e.place.name for e in of_type(events, EventType.ABUSE)} == {"Myanmar"}


@pytest.mark.parametrize(
    ("text", "border"),
    [
        ("মিয়ানমার-থাইল্যান্ড সীমান্তে", "border:MM-TH"),
        ("میانمار تھائی لینڈ سرحد پر", "border:MM-TH"),
        ("ព្រំដែនកម្ពុជា-ថៃ", "border:KH-TH"),
        ("म्यांमार-थाईलैंड सीमा पर", "border:MM-TH"),
    ],
)
def test_two_countries_with_a_border_word_are_their_border(text: str, border: str) -> None:
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, text)
    assert [c.id for c in span.candidates] == [border]


def test_two_countries_without_a_border_word_stay_two_countries() -> None:
    gz = Gazetteer.default()
    spans = native_spans(gz.index, "মিয়ানমার ও থাইল্যান্ডে")
    assert [c.id for s in spans for c in s.candidates] == ["country:MM", "country:TH"]


def test_a_count_with_a_time_word_is_no_date() -> None:
    """ "گزشتہ 9 ماہ میں": in the past nine months, not nine months ago."""
    found = _ol._find_dates("گزشتہ 9 ماہ میں 300 افراد واپس آئے۔", "ur", dt.date(2025, 11, 20))
    assert [f.date for f in found] == []


def test_a_border_named_in_the_sentence_is_finer_than_its_country() -> None:
    """ "... near the Myanmar-Thailand border ..., Myanmar's army arrested": the border."""
    text = (
        "মিয়ানমারের সেনারা মিয়ানমার-থাইল্যান্ড সীমান্তে একটি প্রতারণা কেন্দ্রে হানা দিয়ে ৪১০ জনকে "
        "গ্রেপ্তার করে। তাঁদের কাছ থেকে কম্পিউটার জব্দ করা হয়। পরে তাঁদের জিজ্ঞাসাবাদ করা হয় এবং "
        "আরও তদন্ত চলছে বলে জানানো হয়েছে।"
    )
    (raid,) = of_type(page_events(text, "2025-11-20", "bn"), EventType.RAID)
    assert raid.place.name == "Myanmar-Thailand border" and raid.people.get("arrested") == 410


def test_turkish_numbers_and_years_drop_their_case_endings() -> None:
    text = (
        "Filipinler'de bir şirkette zorla çalıştırılan 40'tan fazla yabancı, 17 Eylül 2022'de "
        "kurtarılmıştı."
    )
    (rescue,) = of_type(page_events(text, "2024-07-23", "tr"), EventType.RESCUE)
    assert rescue.people.get("rescued") == 40
    assert (rescue.date, rescue.date_precision) == (dt.date(2022, 9, 17), DatePrecision.DAY)


def test_a_khmer_expulsion_with_blanks_inside_its_words_is_read() -> None:
    text = (
        "(ភ្នំពេញ)៖ មន្ត្រីអន្តោប្រវេសន៍ បានបណ្តេញ ជនជាតិកូរ៉េខាងត្បូងចំនួន ១៨នាក់ "
        "ពាក់ព័ន្ធបទល្មើសឆបោក តាមទូរស័ព្ទ ចេញពីកម្ពុជា កាលពីថ្ងៃទី៣ ខែមេសា ឆ្នាំ២០២៥។"
    )
    events = page_events(text, "2025-04-05", "km")
    (deported,) = of_type(events, EventType.DEPORTATION)
    assert deported.place.name == "Cambodia" and deported.nationalities == {"KR": 18}
    assert deported.date == dt.date(2025, 4, 3)
    assert of_type(events, EventType.COMPOUND_REPORT)


@pytest.mark.parametrize(
    ("word", "place_id"),
    [
        ("மியான்மரில்", "country:MM"),  # "மியான்மர்" drops its "்" before "இல்"
        ("தாய்லாந்தில்", "country:TH"),  # "தாய்லாந்து" drops its "ு"
        ("தாய்லாந்துக்கு", "country:TH"),
        ("கம்போடியாவில்", "country:KH"),  # a "வ" glide after a long vowel
        ("మయన్మార్‌లోని", "country:MM"),  # Telugu, the ending after a zero-width non-joiner
        ("థాయ్‌లాండ్‌కు", "country:TH"),
        ("म्यानमारमधील", "country:MM"),  # Marathi
        ("थायलंडमार्गे", "country:TH"),
    ],
)
def test_tamil_telugu_and_marathi_names_take_their_endings(word: str, place_id: str) -> None:
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, f"{word} ")
    assert [c.id for c in span.candidates] == [place_id]


def test_a_full_stop_before_an_indic_letter_ends_a_sentence() -> None:
    """Marathi and Tamil end sentences with "." and have no capitals to open the next."""
    text = "पोलिसांनी दोघांना अटक केली. त्यांना न्यायालयात हजर केले. तपास सुरू आहे."
    assert len(segment_text(text).sentences) == 3


def test_a_marathi_weekday_is_the_last_such_day() -> None:
    found = _ol._find_dates("सोमवारी पोलिसांनी कारवाई केली.", "mr", dt.date(2025, 3, 12))
    assert [(f.date, f.precision) for f in found] == [(dt.date(2025, 3, 10), DatePrecision.DAY)]


def test_a_telugu_day_with_its_glued_ending_is_a_date() -> None:
    found = _ol._find_dates("జూన్ 14న పోలీసులు", "te", dt.date(2025, 6, 20))
    assert [f.date for f in found] == [dt.date(2025, 6, 14)]


def test_india_is_home_to_the_tamil_telugu_and_marathi_press() -> None:
    """CLDR makes these languages official only in Indian states: their press's home is
    India all the same (where rescued people are brought back to)."""
    assert {"IN"} <= _ol._home_countries("ta") & _ol._home_countries("te")
    assert _ol._home_countries("mr") == {"IN"}
    assert "LK" in _ol._home_countries("ta")


def test_a_country_written_with_its_town_passed_through_is_passed_through_too() -> None:
    """ "தாய்லாந்தின் மே சோட் வழியாக": via Thailand's Mae Sot; neither is where people were
    freed."""
    text = (
        "மியான்மரில் உள்ள ஒரு சைபர் மோசடி முகாமில் இருந்து 27 இந்தியர்கள் மீட்கப்பட்டு "
        "தாய்லாந்தின் மே சோட் வழியாக சென்னைக்கு அழைத்து வரப்பட்டனர்."
    )
    (rescue,) = of_type(page_events(text, "2025-03-12", "ta"), EventType.RESCUE)
    assert rescue.place.name == "Myanmar" and rescue.people.get("rescued") == 27


@pytest.mark.parametrize(
    ("text", "border"),
    [
        ("மியான்மர் – தாய்லாந்து எல்லையில்", "border:MM-TH"),
        ("మయన్మార్-థాయ్‌లాండ్ సరిహద్దులో", "border:MM-TH"),
        ("म्यानमार-थायलंड सीमेवरील", "border:MM-TH"),
    ],
)
def test_tamil_telugu_and_marathi_borders(text: str, border: str) -> None:
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, text)
    assert [c.id for c in span.candidates] == [border]


def test_a_telugu_country_before_its_people_word_is_a_nationality() -> None:
    """ "చైనా వారి చేతిలో" (in the hands of the Chinese): no place."""
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, "చైనా వారి చేతిలో బందీలుగా")
    assert (span.kind, span.nationality) == ("demonym", "CN")


@pytest.mark.parametrize(
    ("word", "place_id"),
    [
        ("بميانمار", "country:MM"),  # Arabic: "in" glued before the name
        ("وكمبوديا", "country:KH"),
        ("بالفلبين", "country:PH"),  # "in" before the article's name
        ("للصين", "country:CN"),  # "ل" swallows the article's alif
        ("മ്യാൻമറിലെ", "country:MM"),  # Malayalam: the chillu "ർ" becomes "റ" before the ending
        ("തായ്ലൻഡിൽ", "country:TH"),
        ("મ્યાનમારમાં", "country:MM"),  # Gujarati
        ("ਮਿਆਂਮਾਰ", "country:MM"),  # Punjabi
    ],
)
def test_arabic_malayalam_gujarati_and_punjabi_names(word: str, place_id: str) -> None:
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, f"{word} ")
    assert [c.id for c in span.candidates] == [place_id]


def test_an_arabic_glued_prefix_is_left_out_of_the_span() -> None:
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, "اعتقلت الشرطة عمالا بميانمار")
    assert span.text == "ميانمار"


def test_arabic_people_after_the_article_are_a_nationality() -> None:
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, "أعادت السلطات الصينيين")
    assert (span.kind, span.nationality) == ("demonym", "CN")


def test_a_punjabi_june_is_june() -> None:
    """dateparser's Punjabi table reads "ਜੂਨ" as its abbreviation of January."""
    found = _ol._find_dates("14 ਜੂਨ 2025 ਨੂੰ ਪੁਲਿਸ ਨੇ", "pa", dt.date(2025, 6, 20))
    assert [f.date for f in found] == [dt.date(2025, 6, 14)]


def test_a_towns_police_arrest_in_their_town() -> None:
    """ "ਅੰਮ੍ਰਿਤਸਰ ਪੁਲਿਸ ਨੇ ... ਗ੍ਰਿਫ਼ਤਾਰ" (Amritsar police arrested): a town of the press's
    own country with its police word stays a scene for the arrest."""
    text = (
        "ਮਿਆਂਮਾਰ ਦੇ ਮਿਆਵੱਡੀ ਇਲਾਕੇ ਤੋਂ 3 ਭਾਰਤੀ ਨਾਗਰਿਕਾਂ ਨੂੰ ਵਾਪਸ ਭੇਜਿਆ ਗਿਆ। ਅੰਮ੍ਰਿਤਸਰ ਪੁਲਿਸ ਨੇ ਦੋ ਏਜੰਟ ਗ੍ਰਿਫ਼ਤਾਰ ਕੀਤੇ।"
    )
    (raid,) = of_type(page_events(text, "2025-11-24", "pa"), EventType.RAID)
    assert raid.place.name == "Amritsar" and raid.people.get("arrested") == 2


def test_a_tamil_or_malayalam_name_spans_its_printed_stem() -> None:
    """Annotators of these languages mark the part of the name that is printed before the
    ending ("மியான்மர" of "மியான்மரில்"); the span does too (the bare name stays whole)."""
    gz = Gazetteer.default()
    spans = native_spans(gz.index, "மியான்மரில் மியான்மர் മ്യാൻമറിലെ ")
    assert [s.text for s in spans] == ["மியான்மர", "மியான்மர்", "മ്യാൻമറ"]


def test_a_malayalam_chillu_written_with_a_joiner_is_the_same_letter() -> None:
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, "മ്യാന്\u200dമര്\u200d ")
    assert [c.id for c in span.candidates] == ["country:MM"]


def test_two_countries_joined_by_and_with_a_genitive_before_border() -> None:
    """ "ਮਿਆਂਮਾਰ ਅਤੇ ਥਾਈਲੈਂਡ ਦੀ ਸਰਹੱਦ": the border of Myanmar and Thailand."""
    gz = Gazetteer.default()
    (span,) = native_spans(gz.index, "ਮਿਆਂਮਾਰ ਅਤੇ ਥਾਈਲੈਂਡ ਦੀ ਸਰਹੱਦ 'ਤੇ")
    assert [c.id for c in span.candidates] == ["border:MM-TH"]


def test_an_arabic_embassys_city_is_no_scene() -> None:
    """ "أنقذت السفارة الماليزية في بنوم بنه": help given at the embassy, not a scene."""
    text = (
        "أنقذت السفارة الماليزية في بنوم بنه 30 مواطنا من مركز احتيال في كمبوديا هذا الشهر، "
        "وأعيدوا إلى بلادهم. وقالت السفارة إنهم خدعوا بعروض عمل وهمية في الخارج وإنهم أجبروا "
        "على العمل في الاحتيال عبر الإنترنت لساعات طويلة."
    )
    events = page_events(text, "2026-01-29", "ar")
    assert events and all(e.place.name != "Phnom Penh" for e in events)
