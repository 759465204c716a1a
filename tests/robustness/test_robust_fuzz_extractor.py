"""Property tests: the whole extractor, on random and adversarial text, raises nothing but the
project's own errors, and what it returns is well-formed."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geotrack.errors import GeotrackError
from geotrack.model import Article, Event

pytestmark = pytest.mark.slow

ADVERSARIAL_TOKENS = [
    "PHNOM PENH —", "BANGKOK (Reuters) -", "POIPET, Banteay Meanchey —", "KK Park", "Sen Sok",
    "Sihanoukville", "Bavet", "O'Smach", "Dara Sakor", "Thmor Da", "Golden Triangle SEZ",
    "Myawaddy", "Mae Sot", "Cambodia", "Thai", "Indonesians", "Vietnamese", "Kandal",
    "raided", "rescued", "arrested", "detained", "deported", "escaped", "fled", "torture",
    "directive", "compound", "scam centre", "seized", "phones", "computers", "passports",
    "tasers", "$1.5 million", "US$", "riel", "10,000,000,000", "99999999999999999999",
    "-50", "minus 20", "1e308", "10^400", "¾", "nine hundred trillion", "hundreds", "dozens",
    "more than", "at least", "nearly", "about", "0", "000", "1,2,3,4", "2025-02-30",
    "Thursday (June 26)", "July 18, 2999", "31/31/2031", "yesterday", "last month",
    "over three days", "on Tuesday", "in March", "1800", "<script>alert(1)</script>",
    "</textarea>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", '"', "'", "\\",
    '"}]', "=cmd|", "\n", "\n\n", "\r\n", "\t", ".", ",", ";", "—", "–", "(", ")", "[", "]",
    "\u200b", "\u202e", "\ufeff", "\x00", "ភ្នំពេញ", "กรุงเทพ", "Nguyễn", "𝔓𝔥𝔫𝔬𝔪", "🙂",
    "A" * 300, "Sihanouk" + "ville" * 200, "and", "in", "at", "the", "of", "said",
]  # fmt: skip


@functools.cache
def _gazetteer() -> object:
    from gazetteer import Gazetteer

    return Gazetteer.default()


def _extract(text: str, published: dt.date | None) -> None:
    from geotrack.extract import extract_article

    article = Article(
        id="fuzz",
        text=text,
        published=published,
        published_from="metadata" if published else "unknown",
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
    try:
        result = extract_article(article, gazetteer=_gazetteer())
    except GeotrackError:
        return
    for mention in result.mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    for event in result.events:
        assert isinstance(event, Event)
        assert 0 <= event.start <= event.end <= len(text)
        for value in event.people.values():
            assert value >= 0


dates = st.one_of(
    st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.text(max_size=3000), dates)
def test_extractor_on_random_text(text: str, published: dt.date | None) -> None:
    _extract(text, published)


@FUZZ
@given(
    st.lists(
        st.one_of(st.sampled_from(ADVERSARIAL_TOKENS), st.text(max_size=12)),
        min_size=1,
        max_size=120,
    ),
    st.sampled_from([" ", "", "\n", ", ", ". "]),
    dates,
)
def test_extractor_on_adversarial_text(
    tokens: list[str], joiner: str, published: dt.date | None
) -> None:
    _extract(joiner.join(tokens), published)
