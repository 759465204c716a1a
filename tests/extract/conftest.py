"""Fixtures for extraction tests: the stand-in gazetteer and the real one."""

from __future__ import annotations

import pytest
from extract_helpers import FakeGazetteer

from gazetteer import Gazetteer


@pytest.fixture(scope="session")
def fake_gz() -> FakeGazetteer:
    return FakeGazetteer()


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The shipped gazetteer, loaded once for every module that places real names."""
    return Gazetteer.default()
