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
