"""Chinese, Japanese and Thai pages: written without spaces between words, read by their
own language check, sentence ends, dates, counts and place marks (texts written for these
tests)."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.segment import segment_text
from geotrack.ingest.language import non_english_language
from geotrack.model import Article, DatePrecision, EventType
from tests.extract.extract_helpers import page_events

# (the module's name is shadowed by the function the package exports)
_ol = importlib.import_module("geotrack.extract.other_languages")

_ZH = (
    "新华社仰光3月2日电 缅甸警方1日在妙瓦底附近的一处园区解救了200多名外国人，其中包括"
    "中国公民。警方还抓获了多名嫌疑人，查获大量电脑和手机。"
)
_JA = (
    "フィリピンの首都マニラで、特殊詐欺の拠点にいたとみられる日本人の男4人が現地の入管当局"
    "に拘束された。4人は近く日本へ送還される見通しで、警察が詳しい経緯を調べている。"
)
_TH = (
    "ตำรวจไทยร่วมกับเจ้าหน้าที่กัมพูชาบุกค้นอาคารแห่งหนึ่งในเมืองปอยเปต และจับกุมผู้ต้องหาได้ "
    "35 คน ทั้งหมดเป็นแก๊งคอลเซ็นเตอร์ที่หลอกลวงคนไทยผ่านโทรศัพท์มาเป็นเวลานาน"
)


@pytest.mark.parametrize(("text", "code"), [(_ZH, "zh"), (_JA, "ja"), (_TH, "th")])
def test_an_unspaced_page_reads_as_its_language(text: str, code: str) -> None:
    """Before, such a page was a few long "words" to the English check and read as English."""
    assert non_english_language(text) == code


def test_an_english_page_naming_a_place_in_chinese_stays_english() -> None:
    text = (
        "Police said they had raided the Yatai New City (亚太新城) compound in Shwe Kokko on "
        "Tuesday and detained dozens of workers, most of them from China and Vietnam. "
    ) * 3
    assert non_english_language(text) is None


def test_a_full_width_stop_ends_a_sentence_without_a_blank() -> None:
    text = "缅甸警方解救了20人。此前，他们被关押在园区内！现在已获释？是的。"
    seg = segment_text(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "缅甸警方解救了20人。",
        "此前，他们被关押在园区内！",
        "现在已获释？",
        "是的。",
    ]


@pytest.mark.parametrize(
    ("text", "language", "published", "date", "precision"),
    [
        ("缅甸警方1日在妙瓦底", "zh", "2025-03-02", "2025-03-01", DatePrecision.DAY),
        ("上月15日，警方", "zh", "2025-03-02", "2025-02-15", DatePrecision.DAY),
        ("2023年9月，园区", "zh", "2025-03-02", "2023-09-01", DatePrecision.MONTH),
        ("去年，他被骗到", "zh", "2025-03-02", "2024-01-01", DatePrecision.YEAR),
        # a day later than the publication day is of the month before
        ("20日、移送された", "ja", "2025-08-05", "2025-07-20", DatePrecision.DAY),
        ("令和7年3月5日に逮捕", "ja", "2025-08-05", "2025-03-05", DatePrecision.DAY),
        ("ことし5月にカンボジアで", "ja", "2025-08-05", "2025-05-01", DatePrecision.MONTH),
        # a month alone, or of last year
        ("昨年11月、別の拠点で", "ja", "2020-02-13", "2019-11-01", DatePrecision.MONTH),
        ("警察は1月に男性を保護", "ja", "2025-02-18", "2025-01-01", DatePrecision.MONTH),
        ("去年11月5日被捕", "zh", "2025-03-02", "2024-11-05", DatePrecision.DAY),
        ("11月起，警方", "zh", "2025-03-02", "2024-11-01", DatePrecision.MONTH),
        # a Buddhist-era year is 543 years ahead
        ("(14 ก.พ.2568) เจ้าหน้าที่", "th", "2025-02-21", "2025-02-14", DatePrecision.DAY),
        ("เมื่อวันที่ 6 ตุลาคม 2568", "th", "2025-10-07", "2025-10-06", DatePrecision.DAY),
        ("เมื่อวันที่ 3 ที่ผ่านมา", "th", "2025-10-07", "2025-10-03", DatePrecision.DAY),
        ("ปีที่แล้วมีคนไทย", "th", "2025-10-07", "2024-01-01", DatePrecision.YEAR),
        # a two-digit year is of the Buddhist era, a count after a month is not a year
        ("เมื่อ 3 มีนาคม 68 ตำรวจ", "th", "2025-03-05", "2025-03-03", DatePrecision.DAY),
        ("เมื่อ 6 พ.ค. 65 คน", "th", "2025-06-01", "2025-05-06", DatePrecision.DAY),
    ],
)
def test_dates_are_read_in_the_language(
    text: str, language: str, published: str, date: str, precision: DatePrecision
) -> None:
    (found,) = _ol._find_dates(text, language, dt.date.fromisoformat(published))
    assert (found.date, found.precision) == (dt.date.fromisoformat(date), precision)


def test_a_date_after_publication_is_not_a_date_of_the_story() -> None:
    assert _ol._find_dates("2026年1月1日起实施", "zh", dt.date(2025, 3, 2)) == []


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("押解1178名中国籍嫌疑人", "zh", 1178),
        ("累计抓获5.3万余名嫌疑人", "zh", 53_000),
        ("已有6600余名疑犯被押解回国", "zh", 6600),
        ("日本人29人が移送された", "ja", 29),
        ("ช่วยเหลือคนไทย 16 คน", "th", 16),
        ("ผู้ต้องหา 5 ราย", "th", 5),
        ("ตามรายงาน 3 รายงานของสหประชาชาติ", "th", None),
    ],
)
def test_people_are_counted_with_the_counter_word(
    text: str, language: str, count: int | None
) -> None:
    assert _ol._people_count(text, language) == count


@pytest.mark.parametrize(
    ("sentence", "language", "absent"),
    [
        # entering the country illegally is no escape; asking for help is no rescue
        ("ชาวเมียนมา 20 คนหลบหนีเข้าเมืองที่แม่สอด", "th", EventType.ESCAPE),
        ("ญาติยื่นขอความช่วยเหลือจากรัฐบาล", "th", EventType.RESCUE),
        ("ทหารฝึกซ้อมรบที่ชายแดน", "th", EventType.ABUSE),
        ("เขามีหนี้สินจำนวนมาก", "th", EventType.ESCAPE),  # a debt
        # an arrest warrant is a court step
        ("大阪地裁が男の逮捕状を出した", "ja", EventType.RAID),
        ("法院签发逮捕令", "zh", EventType.RAID),
        ("被害者の自由を拘束して働かせていた", "ja", EventType.RAID),
        # the crime's name is no compound
        ("150名电信网络诈骗犯罪嫌疑人被押解回国", "zh", EventType.COMPOUND_REPORT),
    ],
)
def test_look_alike_words_are_no_cue(sentence: str, language: str, absent: EventType) -> None:
    assert absent not in {etype for etype, _ in _ol._cues(sentence, language)}


def test_the_chinese_page_is_read() -> None:
    events = {e.type: e for e in page_events(_ZH, "2025-03-02")}
    rescue = events[EventType.RESCUE]
    assert rescue.place is not None and rescue.place.name == "Myawaddy"
    assert rescue.date == dt.date(2025, 3, 1)
    assert rescue.people == {"rescued": 200}
    assert "CN" in rescue.nationalities
    assert "lang:zh" in rescue.evidence
    assert EventType.RAID in events


def test_the_japanese_destination_is_not_the_scene() -> None:
    """ "日本へ送還される": Japan is where the four are sent, not where they were held."""
    events = page_events(_JA, "2025-05-10")
    assert events
    assert all(e.place is not None and e.place.country == "PH" for e in events)
    (raid,) = [e for e in events if e.type is EventType.RAID]
    assert raid.place is not None and raid.place.name == "Manila"
    # "拘束": held by the immigration bureau, not (yet) arrested; four Japanese
    assert raid.people == {"detained": 4}
    assert raid.nationalities == {"JP": 4}


def test_the_thai_raid_is_at_the_raided_town() -> None:
    events = {e.type: e for e in page_events(_TH, "2025-05-10")}
    raid = events[EventType.RAID]
    assert raid.place is not None and raid.place.name == "Poipet"
    assert raid.people == {"arrested": 35}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("中国驻柬埔寨大使馆提醒，近期有中国公民在西港被骗，并被园区关押。", "zh"),
        ("在カンボジア日本大使館によると、日本人がポイペトの拠点に監禁されていた。", "ja"),
    ],
)
def test_a_mission_s_host_country_is_no_scene(text: str, language: str) -> None:
    """The embassy "stationed in Cambodia" names where help is given; the town is where."""
    events = page_events(text, "2025-05-10", language)  # (too short for the language check)
    assert events
    assert all(e.place is not None and e.place.level.value != "country" for e in events)


def test_a_list_runs_on_through_a_region_it_does_not_place() -> None:
    """ "金边、金三角、西港和波贝": one raid at each town of the list; the Golden Triangle, a
    region across three countries, is no place of its own."""
    text = "本周，各地警方联合行动，在金边、金三角、西港和波贝展开抓捕，带走数百名涉诈人员。"
    raids = [e for e in page_events(text, "2024-09-12", "zh") if e.type is EventType.RAID]
    assert {e.place.name for e in raids if e.place} == {"Phnom Penh", "Sihanoukville", "Poipet"}


def test_paragraphs_of_unspaced_text_are_the_story_not_a_headline_list() -> None:
    """Each paragraph is a few long "words" to a word count that splits on spaces: read
    so, Chinese paragraphs ending in "。" looked like a list of short headlines."""
    text = "\n\n".join(
        [
            "柬埔寨警方日前在西港突袭一处诈骗园区，解救了多名外国受害者。",
            "受害者称，他们被高薪广告骗到当地，护照被没收，每天被迫工作十几个小时。",
            "警方表示，将继续打击相关犯罪团伙，并协助受害者尽快回国。",
            "当地华人社团也呼吁民众提高警惕，不要轻信境外高薪招聘信息。",
            "据悉，部分受害者已经联系上家人，正在等待办理回国手续。",
        ]
    )
    seg = segment_text(text)
    assert not any(p.offtopic for p in seg.paragraphs)
    assert EventType.RESCUE in {e.type for e in page_events(text, "2025-03-02", "zh")}


def test_a_town_written_right_after_its_province_is_the_point() -> None:
    """ "蒙多基里省森莫諾隆市": Sen Monorom, in Mondulkiri province."""
    text = "警方2月突襲了蒙多基里省森莫諾隆市的一座賭場大樓，帶走120名外國人。"
    (raid,) = [e for e in page_events(text, "2025-03-10", "zh") if e.type is EventType.RAID]
    assert raid.place is not None and raid.place.name == "Sen Monorom"
    assert raid.people == {"arrested": 120}


def test_where_people_fled_to_is_not_where_they_escaped() -> None:
    text = "KK园区遭清剿，约800名工人连夜逃出园区，渡河逃入泰国湄索。"
    (escape,) = [e for e in page_events(text, "2025-10-31", "zh") if e.type is EventType.ESCAPE]
    assert escape.place is not None and escape.place.name == "KK Park"


def test_people_s_home_town_is_no_scene() -> None:
    """ "5人來自檳城": they come from Penang; they were freed in Cambodia."""
    text = "柬埔寨警方在西港救出一批大馬青年，他們之中有5人來自檳城。"
    events = page_events(text, "2022-10-23", "zh")
    assert events
    assert all(e.place is not None and e.place.country == "KH" for e in events)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("警方在金邊逮捕了35名台灣人和12名越南人。", "zh", {"TW": 35, "VN": 12}),
        ("マニラの警察は日本人の男4人と中国人2人を逮捕した。", "ja", {"JP": 4, "CN": 2}),
        ("ตำรวจจับกุมคนไทย 16 คน และชาวจีน 3 คน ที่ปอยเปต", "th", {"TH": 16, "CN": 3}),
    ],
)
def test_each_nationality_takes_the_count_written_next_to_it(
    text: str, language: str, expected: dict[str, int]
) -> None:
    events = page_events(text, "2025-05-10", language)
    (raid,) = [e for e in events if e.type is EventType.RAID]
    assert raid.nationalities == expected


def test_the_outlet_s_own_country_is_home() -> None:
    """A Chinese paper of Malaysia (``.com.my``): Malaysia is where its people come home to,
    not where they were rescued, though Chinese is not a language of Malaysia's state."""
    text = (
        "柬埔寨警方在西港解救了10名大馬青年。他們昨日抵達吉隆坡，向馬來西亞警方報案，"
        "稱在園區內多次遭到毆打。"
    )
    article = Article(
        id="t",
        text=text,
        published=dt.date(2025, 5, 10),
        language="zh",
        url="https://www.example.com.my/news/12345",
    )
    events = extract_article(article, gazetteer=Gazetteer.default()).events
    abuse = next(e for e in events if e.type is EventType.ABUSE)
    assert abuse.place is not None and abuse.place.name == "Sihanoukville"


def test_a_thai_list_is_parted_by_blanks_or_dashes() -> None:
    """ "ลาว-เมียนมา-กัมพูชา": a warning about each of the three countries."""
    text = "สถานทูตออกคำเตือนให้คนไทยระวังประกาศรับสมัครงานใน ลาว-เมียนมา-กัมพูชา"
    policies = [e for e in page_events(text, "2022-08-28", "th") if e.type is EventType.POLICY]
    assert {e.place.name for e in policies if e.place} == {"Laos", "Myanmar", "Cambodia"}


def test_a_dispatch_s_place_is_no_scene() -> None:
    """ "新华社曼谷…电": filed from Bangkok, about Myawaddy."""
    text = "date 2025-03-02 新华社曼谷3月1日电 缅甸军方1日在妙瓦底突袭了一处园区。"
    events = page_events(text, "2025-03-02", "zh")
    assert events
    assert all(e.place is not None and e.place.name == "Myawaddy" for e in events)


@given(
    st.text(
        alphabet="缅甸妙瓦底解救名人12月日万余。カンボジアで拘束へ送還ไทยคน 0123456789", max_size=80
    )
)
def test_reading_never_fails(text: str) -> None:
    for language in ("zh", "ja", "th"):
        for found in _ol._find_dates(text, language, dt.date(2025, 6, 1)):
            assert 0 <= found.start < found.end <= len(text)
        _ol._people_count(text, language)
