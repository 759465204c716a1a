"""Shared fixtures for the gazetteer tests: one Gazetteer per session, fixture paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer"


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    """The embedded gazetteer (no analyst files from the environment)."""
    return Gazetteer(use_env=False)
