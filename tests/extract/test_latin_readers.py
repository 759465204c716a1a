"""The smaller reader's Latin-script languages (Indonesian, Malay, Vietnamese, Filipino):
dates, places and counts as their press writes them. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from geotrack.model import DatePrecision, EventType
from tests.extract.extract_helpers import of_type, page_events


def test_a_weekday_then_its_date_after_a_comma_is_that_date() -> None:
    text = (
        "Nailigtas ng pulisya ang 14 na Pilipino sa Poipet noong Huwebes, 12 Hunyo 2025, "
        "ayon sa embahada."
    )
    (rescue,) = of_type(page_events(text, "2025-06-20", "tl"), EventType.RESCUE)
    # not the Thursday before publication (19 June)
    assert (rescue.date, rescue.date_precision) == (dt.date(2025, 6, 12), DatePrecision.DAY)


def test_a_word_hyphened_to_a_number_does_not_hide_the_date() -> None:
    text = (
        "Pada tanggal 3 Maret ke-14 WNI itu berhasil dibebaskan dari sebuah kompleks di Myawaddy."
    )
    (rescue,) = of_type(page_events(text, "2025-03-20", "id"), EventType.RESCUE)
    assert rescue.date == dt.date(2025, 3, 3)
    assert rescue.place.name == "Myawaddy"


def test_where_freed_people_were_taken_is_not_where_they_were_freed() -> None:
    text = (
        "Sebuah perusahaan penipuan daring di Poipet menyekap puluhan pekerja asing.\n\n"
        "Sebanyak 9 WNI kemudian dibebaskan oleh polisi dan dibawa ke Thailand pada 5 Mei 2025."
    )
    (rescue,) = of_type(page_events(text, "2025-05-09", "id"), EventType.RESCUE)
    assert rescue.place.country == "KH"


def _places(events: list) -> set[str]:
    return {e.place.name for e in events if e.place is not None}


def test_made_to_work_as_scammers_is_abuse_at_a_scam_place() -> None:
    text = "Sebanyak 12 WNI dipaksa menjadi scammer oleh sebuah perusahaan di Sihanoukville."
    events = page_events(text, "2024-05-02", "id")
    assert _places(of_type(events, EventType.ABUSE)) == {"Sihanoukville"}
    assert _places(of_type(events, EventType.COMPOUND_REPORT)) == {"Sihanoukville"}


def test_malay_scam_syndicate_camps_and_ransom() -> None:
    text = "Lima rakyat Malaysia (lima orang) dijadikan scammer di kem sindiket di Myawaddy sebelum wang tebusan dibayar."
    events = page_events(text, "2024-02-09", "ms")
    assert _places(of_type(events, EventType.COMPOUND_REPORT)) == {"Myawaddy"}
    assert _places(of_type(events, EventType.ABUSE)) == {"Myawaddy"}


def test_filipino_homecoming_and_scam_hub_work() -> None:
    text = "Nakauwi na sa bansa ang 8 Pilipino mula sa Cambodia kung saan sila ginawang scammer."
    events = page_events(text, "2025-03-03", "tl")
    (home,) = of_type(events, EventType.DEPORTATION)
    assert home.place.name == "Cambodia" and home.people.get("deported") == 8
    assert _places(of_type(events, EventType.COMPOUND_REPORT)) == {"Cambodia"}


def test_vietnamese_forced_scam_work_in_the_golden_triangle() -> None:
    text = "Nhóm 13 người bị ép tham gia lừa đảo trực tuyến tại đặc khu Tam giác vàng ở Lào."
    events = page_events(text, "2024-08-29", "vi")
    (abuse,) = of_type(events, EventType.ABUSE)
    assert abuse.place.id == "site:golden-triangle-sez"
    (report,) = of_type(events, EventType.COMPOUND_REPORT)
    assert report.place.id == "site:golden-triangle-sez"


def test_vietnamese_names_are_read_as_vietnamese_writes_them() -> None:
    from gazetteer import Gazetteer

    text = (
        "Họ bị đưa từ Thái Lan sang Lào rồi tới Trung Quốc, ở gần biên giới Thái Lan - "
        "Campuchia, không phải Miến Điện; nhà ở ấp Láng Lớn."
    )
    found = {
        s.text: s.candidates[0].id
        for s in Gazetteer.default().scan(text, language="vi")
        if s.kind == "place"
    }
    assert found["Lào"] == "country:LA" and found["Trung Quốc"] == "country:CN"
    assert found["Miến Điện"] == "country:MM"
    assert found["Thái Lan - Campuchia"].startswith("border:")
    # a hamlet's name with its marks is not a place abroad spelt without them
    assert "Láng" not in found


def test_a_word_first_in_a_sentence_is_a_word_not_a_province() -> None:
    from gazetteer import Gazetteer

    text = "Tak hanya itu, mereka disekap di Myawaddy. Mereka tak bisa pulang."
    found = {s.text for s in Gazetteer.default().scan(text, language="id") if s.kind == "place"}
    assert found == {"Myawaddy"}
    text = "Bago ito, 35 na Pilipino ang nakauwi mula sa Cambodia bago mag-Pasko."
    found = {s.text for s in Gazetteer.default().scan(text, language="tl") if s.kind == "place"}
    assert found == {"Cambodia"}


def test_towns_and_provinces_listed_together_are_one_event_each() -> None:
    text = (
        "Razia itu membuat sindikat penipuan online di Poipet, Sihanoukville, Kampot dan "
        "Tbong Khmum melepas para pekerjanya pada Januari 2026."
    )
    events = of_type(page_events(text, "2026-01-21", "id"), EventType.COMPOUND_REPORT)
    assert len(events) == 4
    assert {e.place.country for e in events} == {"KH"}


def test_one_of_the_commonest_words_first_in_a_sentence_is_no_place() -> None:
    from gazetteer import Gazetteer

    text = "Lima orang ditangkap di Myawaddy. Indonesia akan memulangkan mereka."
    found = {s.text for s in Gazetteer.default().scan(text, language="id") if s.kind == "place"}
    # "Lima" (five) is not Peru's capital; a country's name stays
    assert found == {"Myawaddy", "Indonesia"}


def test_an_outlets_dateline_is_not_the_scene() -> None:
    text = (
        "Beritaku.com, Bangkok - Sebanyak 21 WNI ditangkap polisi Thailand di Mae Sot pada "
        "2 Februari 2025 setelah menyeberang dari Myawaddy."
    )
    (raid,) = of_type(page_events(text, "2025-02-03", "id"), EventType.RAID)
    assert raid.place.name == "Mae Sot"


def test_spanish_portuguese_french_and_german_scam_work_cues() -> None:
    cases = [
        (
            "es",
            "Unos 300 extranjeros fueron obligados a estafar en centros de ciberestafa de Myawaddy.",
        ),
        ("pt", "Cerca de 300 estrangeiros foram forçados a aplicar golpes on-line em Myawaddy."),
        ("fr", "Quelque 300 étrangers devaient mener des arnaques téléphoniques à Myawaddy."),
        ("de", "Rund 300 Ausländer wurden in Myawaddy zum Betrug gezwungen."),
    ]
    for language, text in cases:
        reports = of_type(page_events(text, "2025-02-20", language), EventType.COMPOUND_REPORT)
        assert [e.place.name for e in reports] == ["Myawaddy"], language


def test_one_person_detained_or_intercepted_is_a_raid() -> None:
    text = "Um recrutador chinês foi detido em Luanda pela polícia no dia 15 de fevereiro de 2023."
    (raid,) = of_type(page_events(text, "2023-02-16", "pt"), EventType.RAID)
    assert (raid.place.name, raid.date) == ("Luanda", dt.date(2023, 2, 15))
    text = "Cuatro hombres fueron interceptados en el aeropuerto de Macao el jueves."
    (raid,) = of_type(page_events(text, "2025-07-18", "es"), EventType.RAID)
    assert raid.place.country == "MO"


def test_where_freed_people_came_from_is_not_the_scene() -> None:
    text = (
        "O exército libertou 260 estrangeiros em Myawaddy em fevereiro de 2025.\n\n"
        "Os 260 resgatados eram oriundos da Etiópia e do Quênia, disse o exército."
    )
    rescues = of_type(page_events(text, "2025-02-20", "pt"), EventType.RESCUE)
    assert rescues and {e.place.country for e in rescues} == {"MM"}


def test_a_country_as_the_language_names_it_is_no_english_demonym() -> None:
    from gazetteer import Gazetteer

    gz = Gazetteer.default()
    text = "La policía de Filipinas rescató a 40 personas."
    (span,) = [s for s in gz.scan(text, language="es") if s.text == "Filipinas"]
    assert span.kind == "place" and span.candidates[0].id == "country:PH"
    # in English, Filipinas are Filipino women
    (span,) = [
        s for s in gz.scan("Two Filipinas were freed.", language=None) if s.text == "Filipinas"
    ]
    assert span.kind == "demonym"


def test_the_golden_triangle_in_other_languages() -> None:
    from gazetteer import Gazetteer

    gz = Gazetteer.default()
    for language, text, pid in [
        ("es", "en la Zona Económica Especial del Triángulo Dorado", "site:golden-triangle-sez"),
        ("pt", "no Triângulo Dourado", "region:golden-triangle"),
        ("fr", "dans le Triangle d'Or", "region:golden-triangle"),
        ("de", "in der Sonderwirtschaftszone Goldenes Dreieck", "site:golden-triangle-sez"),
        ("id", "di Segitiga Emas", "region:golden-triangle"),
    ]:
        ids = [s.candidates[0].id for s in gz.scan(text, language=language) if s.candidates]
        assert ids == [pid], language


def test_a_country_bringing_its_people_home_is_not_where_they_came_from() -> None:
    text = (
        "Le Ghana a organisé le rapatriement de 45 de ses ressortissants retenus dans des "
        "centres d'escroquerie au Cambodge. Les autorités l'ont annoncé mardi."
    )
    (deportation,) = of_type(page_events(text, "2025-05-10", "fr"), EventType.DEPORTATION)
    assert deportation.place.country == "KH"


def test_a_country_expelling_people_towards_another_is_where_they_left() -> None:
    text = "Le Cambodge a expulsé 42 ressortissants chinois vers la Chine mardi."
    (deportation,) = of_type(page_events(text, "2025-05-10", "fr"), EventType.DEPORTATION)
    assert deportation.place.country == "KH"
    assert deportation.people.get("deported") == 42


def test_a_bare_count_of_men_or_years_is_no_date() -> None:
    # "gồm 5 nam" (five men): dateparser folds "nam" into "năm" (year) and would read five
    # years ago; a bare count of years with no "ago" word is no date either ("trong 3 năm")
    text = (
        "Ngày 10/6/2024, lực lượng biên phòng đã giải cứu 7 công dân tại Campuchia, "
        "gồm 5 nam và 2 nữ."
    )
    rescues = of_type(page_events(text, "2024-06-12", "vi"), EventType.RESCUE)
    assert rescues and all(e.date == dt.date(2024, 6, 10) for e in rescues)
