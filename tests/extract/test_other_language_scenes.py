"""Where the other-language reader puts an event: a place inside the named country, a region
inside one country, the story's country not outvoted by the home state's own name, and
more Vietnamese and Indonesian cue words (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.other_languages import _cues
from geotrack.model import Article, Event, EventType


def _read(text: str, published: str) -> list[Event]:
    article = Article(id="x", text=text, published=dt.date.fromisoformat(published))
    return list(extract_article(article, gazetteer=Gazetteer.default()).events)


def _places(events: list[Event], etype: EventType) -> list[str]:
    return [e.place.name for e in events if e.type is etype and e.place is not None]


def test_a_place_named_inside_the_country_is_where_however_far_from_the_cue() -> None:
    """The authorities "ở Campuchia" stand right before the cue; the commune the raid hit is
    named later in the same sentence and is where it happened."""
    text = (
        "Sáng 12/3, cảnh sát hai nước cùng nhà chức trách ở Campuchia triệt phá một nhóm lừa "
        "đảo xuyên biên giới gồm hàng chục người, đóng tại Krabau thuộc Kamchay Mear, Prey "
        "Veng. Nhiều người bị bắt và sẽ bị dẫn độ về Việt Nam. Theo cảnh sát, nhóm này lôi kéo "
        "người dân góp vốn vào những ứng dụng đầu tư giả mạo để chiếm đoạt tiền suốt nhiều "
        "tháng."
    )
    raids = _places(_read(text, "2026-03-14"), EventType.RAID)
    assert raids and raids[0] == "Krabau"


def test_a_region_inside_one_country_is_a_scene() -> None:
    """ "Bắc Myanmar" (northern Myanmar) is where the evacuated citizens were stuck."""
    text = (
        "Hôm 4/12/2023, 150 công dân kẹt lại giữa vùng chiến sự ở Bắc Myanmar đã được Bộ "
        "Ngoại giao sơ tán. Toàn bộ chi phí chuyến bay do ngân sách đài thọ. Đa số là người "
        "trẻ sang đó tìm việc, rồi không thể rời đi khi các bên vũ trang giao tranh dữ dội "
        "quanh nơi họ ở."
    )
    events = _read(text, "2023-12-05")
    assert _places(events, EventType.RESCUE) == ["Northern Myanmar"]
    (rescue,) = [e for e in events if e.type is EventType.RESCUE]
    assert rescue.people == {"rescued": 150}


def test_the_home_states_own_name_does_not_make_the_story_a_home_story() -> None:
    """ "Chính phủ Việt Nam", "Nhà nước Việt Nam", "cơ quan đại diện Việt Nam" name who
    acts. Myanmar, named half as often, stays the story's country, so the rescue told with
    no place of its own is not placed at home."""
    text = (
        "Theo yêu cầu của Chính phủ Việt Nam, 40 công dân đã được giải cứu. Mọi khoản phí đều "
        "do Nhà nước Việt Nam đài thọ. Giao tranh tại Myanmar vẫn kéo dài suốt nhiều tuần qua. "
        "Bộ Ngoại giao Việt Nam cùng cơ quan đại diện Việt Nam nói rằng không ít người từng bị "
        "đưa vào các cơ sở lừa đảo trực tuyến ở Myanmar."
    )
    rescues = [e for e in _read(text, "2023-12-05") if e.type is EventType.RESCUE]
    assert [e.place.country for e in rescues if e.place] == ["MM"]


def test_a_mission_named_with_its_abbreviation_is_not_a_scene() -> None:
    """ "Kedutaan Besar Republik Indonesia (KBRI) Phnom Penh": the embassy's city is where
    help is asked for; the escape from the syndicate is placed in Cambodia at large."""
    text = (
        "Pada Jumat (16/1/2026), 120 WNI yang baru keluar dari sindikat penipuan daring di "
        "Kamboja mendatangi Kedutaan Besar Republik Indonesia (KBRI) Phnom Penh untuk meminta "
        "bantuan. Mereka mengaku berbulan-bulan tidak digaji dan kini menanti dokumen "
        "perjalanan supaya bisa segera kembali ke kampung halaman."
    )
    escapes = [e for e in _read(text, "2026-01-18") if e.type is EventType.ESCAPE]
    assert [e.place.name for e in escapes if e.place] == ["Cambodia"]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("vi", "Chiều qua, hơn 40 lao động tháo chạy ra khỏi sòng bạc.", {"escape"}),
        ("vi", "Hai người chạy thoát ra ngoài và trình báo công an.", {"escape"}),
        ("vi", "Bộ Ngoại giao đã sơ tán 300 người khỏi vùng giao tranh.", {"rescue"}),
        ("vi", "Nhà chức trách sẽ đưa về nước 65 công dân.", {"deportation"}),
        ("vi", "Các cơ quan đưa người lao động về nước an toàn.", {"deportation"}),
        # going home on one's own is no cue ("trở về nước")
        ("vi", "Anh ấy đã trở về nước sau hai năm làm việc.", set()),
        (
            "id",
            "Mereka melapor setelah keluar dari sindikat penipuan itu.",
            {"escape", "compound_report"},
        ),
        # leaving a house or an office is not an escape
        ("id", "Dia keluar dari rumah pada pagi hari.", set()),
    ],
)
def test_more_cue_words(language: str, sentence: str, expected: set[str]) -> None:
    assert {etype.value for etype, _ in _cues(sentence, language)} == expected


#: A Korean story written for these tests (about 60 words: the language check reads it).
_KOREAN = (
    "캄보디아 포이펫의 범죄단지에 감금됐던 한국인 23명이 지난달 25일 현지 경찰에 구출됐다. "
    "외교부는 이들이 고수익 일자리를 미끼로 한 취업 사기에 속아 출국했으며, 여권을 빼앗긴 채 "
    "보이스피싱 업무를 강요받았다고 밝혔다. 구출된 이들은 조사를 마친 뒤 이번 주 전세기로 "
    "인천국제공항을 통해 귀국할 예정이다. 정부는 캄보디아 일부 지역에 여행금지를 내렸다."
)


def test_a_korean_story_is_read_with_its_own_words() -> None:
    events = _read(_KOREAN, "2025-11-03")
    at = {e.type: e for e in events}
    rescue = at[EventType.RESCUE]
    assert rescue.place is not None and rescue.place.name == "Poipet"
    assert rescue.date == dt.date(2025, 10, 25)
    assert rescue.people == {"rescued": 23}
    assert at[EventType.ABUSE].place is not None and at[EventType.ABUSE].place.name == "Poipet"
    # the airport they fly home to is at home, not where anything happened to them
    assert all(
        e.place is None or e.place.country != "KR" for e in events if e.type is not EventType.POLICY
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("경찰이 용의자 3명을 체포했다.", {"raid"}),
        ("한국인 5명이 단지에서 탈출했다.", {"escape"}),
        ("이들은 강제송환됐다.", {"deportation"}),
        # "구조조정" is restructuring, not a rescue
        ("회사는 구조조정을 발표했다.", set()),
    ],
)
def test_korean_cues_match_inside_words(sentence: str, expected: set[str]) -> None:
    assert {etype.value for etype, _ in _cues(sentence, "ko")} == expected


def test_korean_days_count_from_publication() -> None:
    from geotrack.extract.other_languages import _find_dates

    found = _find_dates(
        "지난달 25일 구출됐고 3일 귀국했다. 2023년 12월 8일 발표", "ko", dt.date(2025, 11, 3)
    )
    assert [(f.date.isoformat(), f.precision.value) for f in found] == [
        ("2025-10-25", "day"),
        ("2025-11-03", "day"),
        ("2023-12-08", "day"),
    ]


def test_peoples_home_town_is_not_a_scene() -> None:
    """ "quê ở huyện Nghi Lộc, tỉnh Nghệ An": where the freed people come from, with the
    rest of its address; the rescue stays in the compound's town."""
    text = (
        "Ngày 10/6, cảnh sát đã giải cứu 9 người bị nhốt ở một cơ sở lừa đảo tại "
        "Sihanoukville. Những người được giải cứu gồm 4 người quê ở huyện Nghi Lộc, tỉnh Nghệ "
        "An, 3 người quê ở tỉnh Hà Tĩnh và 2 người quê ở tỉnh Thanh Hóa. Họ kể rằng suốt nhiều "
        "tháng bị bắt làm việc không lương và hay bị đánh nếu không đạt chỉ tiêu."
    )
    events = _read(text, "2024-06-12")
    assert _places(events, EventType.RESCUE) == ["Sihanoukville"]
    assert all(e.place is None or e.place.country != "VN" for e in events)


@pytest.mark.parametrize(
    ("before", "origin"),
    [
        ("les victimes, pour la plupart originaires du ", True),
        ("cinco jóvenes oriundos de ", True),
        ("para korban asal ", True),
        ("nạn nhân quê quán ở ", True),
        ("los jóvenes llegaron a ", False),
    ],
)
def test_origin_words(before: str, origin: bool) -> None:
    from geotrack.extract.other_languages import _ORIGIN_BEFORE_RE

    assert bool(_ORIGIN_BEFORE_RE.search(before)) is origin
