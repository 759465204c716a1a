"""Counts in phrasings met in real reporting (fixtures in our own words)."""

from __future__ import annotations

from extract_helpers import FakeGazetteer

from geotrack.extract.counts import find_counts

NAT = FakeGazetteer().nationality


def test_starlink_kits_are_a_seized_item() -> None:
    counts = find_counts(
        "Troops confiscated 25 Starlink satellite dishes and 300 handsets at the compound.",
        nationality=NAT,
    )
    assert counts.seized == {"starlink": 25, "phones": 300}
    bare = find_counts("Officers seized four Starlink terminals.", nationality=NAT)
    assert bare.seized == {"starlink": 4}
