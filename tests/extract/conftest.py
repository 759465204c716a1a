"""Fixtures for extraction tests: the stand-in gazetteer."""

from __future__ import annotations

import pytest
from extract_helpers import FakeGazetteer


@pytest.fixture(scope="session")
def fake_gz() -> FakeGazetteer:
    return FakeGazetteer()
