"""Generalisation guard: toponyms on the held-out dev set (benchmarks/heldout).

Toponym acc@tol on the dev set went from 0.867 (10 false positives) to 0.989 (4) with general
mechanisms (facilities, foreign admin words, organisation and person names, demonym + border,
proximity ranking). This guard keeps that from sliding back; benchmarks/testset is never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import score_heldout

pytestmark = pytest.mark.corpus


def test_heldout_toponyms(tmp_path: Path) -> None:
    topo = score_heldout(tmp_path)["toponyms"]
    assert topo["accuracy_at_tolerance"] >= 0.95, (
        f"held-out acc@tol {topo['accuracy_at_tolerance']:.3f}"
    )
    assert topo["false_positives"] <= 4, f"held-out false positives {topo['false_positives']}"
