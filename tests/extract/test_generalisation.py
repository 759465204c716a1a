"""Generalisation guard: extraction on the held-out dev set (benchmarks/heldout).

The dev set (8 articles written for the project, other outlets, years and countries) went from
event F1 0.286 to 0.946 while the rules were generalised (benchmarks/heldout/FAILURES.md lists
what was wrong). This guard keeps that from sliding back. The independent test set
(benchmarks/testset) is measured by its own script and never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import score_heldout

pytestmark = pytest.mark.corpus


def test_heldout_event_f1(tmp_path: Path) -> None:
    events = score_heldout(tmp_path)["events"]
    assert events["f1"] >= 0.85, (
        f"held-out event F1 {events['f1']:.3f} < 0.85; per type: "
        + ", ".join(f"{t} {v['f1'] or 0:.2f}" for t, v in events["per_type"].items())
        + " — see benchmarks/heldout/FAILURES.md"
    )
