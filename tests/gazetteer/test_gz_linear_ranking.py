"""Ranking stays linear when one text repeats the same names thousands of times."""

from __future__ import annotations

import time

from gazetteer import Gazetteer

SENTENCE = "Police raided a compound in Poipet and Sihanoukville near Bavet on Monday. "


def _seconds(text: str) -> float:
    gz = Gazetteer.default()
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        gz.resolve(text)
        best = min(best, time.process_time() - started)
    return best


def test_repeated_names_resolve_in_linear_time() -> None:
    small = _seconds(SENTENCE * 500)  # ~38 kB, 1,500 mentions
    large = _seconds(SENTENCE * 2000)  # 4x the text
    # linear: about 4x; the quadratic ranking this guards against was about 16x
    assert large < max(small, 0.02) * 9, f"{small:.3f}s -> {large:.3f}s for 4x the text"
