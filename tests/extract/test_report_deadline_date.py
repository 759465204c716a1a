"""A compound report told inside an order with a deadline ahead ("told workers at scam
centres in X to leave by September") is dated by the story, not by the deadline, in
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import FakeGazetteer, make_article

from geotrack.extract import extract_article

PUBLISHED = dt.date(2025, 4, 10)


def test_deadline_ahead_does_not_date_a_compound_report(fake_gz: FakeGazetteer) -> None:
    text = (
        "The provincial governor ordered foreigners working at scam centres in Poipet "
        "to leave by September or face arrest."
    )
    article = make_article(text, id="dl", published=PUBLISHED)
    reports = [
        e
        for e in extract_article(article, gazetteer=fake_gz).events
        if e.type.value == "compound_report"
    ]
    assert reports, "the scam centres in Poipet are reported"
    assert all(e.date is None or e.date <= PUBLISHED for e in reports)
