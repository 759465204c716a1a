"""Data safety: a run killed with SIGKILL at any moment leaves the previous outputs whole,
and two runs on one output folder never interleave their writes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robustness_helpers import EXAMPLES, ROOT, check_outputs_readable

from geotrack.errors import OutputError
from geotrack.lock import output_lock

pytestmark = pytest.mark.slow


def geotrack_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "geotrack", *args]


def start_run(out: Path, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen(
        geotrack_cmd("run", str(EXAMPLES), "--out", str(out), "--quiet", *extra),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def finish(process: subprocess.Popen[bytes], timeout: float = 600) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=timeout)
    return process.returncode, stderr.decode("utf-8", "replace")


@pytest.fixture(autouse=True)
def _warm_gazetteer_cache() -> None:
    """Build the gazetteer's on-disk index once here, so runs in subprocesses only load it."""
    from gazetteer import Gazetteer

    Gazetteer.default()


def test_sigkill_mid_run_never_damages_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    started = time.perf_counter()
    code, stderr = finish(start_run(out))
    full = time.perf_counter() - started
    assert code in (0, 1), stderr
    assert "Traceback" not in stderr
    before = check_outputs_readable(out)
    assert {"events.geojson", "mentions.jsonl", "run-report.json", "map.html"} <= set(before)
    rng = random.Random(20250714)
    kills = 0
    for _ in range(4):
        process = start_run(out)
        time.sleep(rng.uniform(0.3, max(0.4, full * 0.95)))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.communicate(timeout=600)
        after = check_outputs_readable(out)
        # every file that existed is still there and whole (old or new version)
        assert set(before) <= set(after), set(before) - set(after)
    assert kills >= 2, "the runs finished before they could be killed; the test proved nothing"
    # the next run sweeps the temporary files the killed runs left behind
    code, stderr = finish(start_run(out))
    assert code in (0, 1), stderr
    check_outputs_readable(out)
    leftovers = [
        p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".geotrack.lock"
    ]
    assert leftovers == []


def test_second_run_waits_for_the_first(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, second = start_run(out), start_run(out)
    results = [finish(first), finish(second)]
    for code, stderr in results:
        assert code in (0, 1), stderr
        assert "Traceback" not in stderr
    check_outputs_readable(out)


def test_second_run_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with output_lock(out, timeout=0):  # another run holds the folder
        code, stderr = finish(start_run(out, "--wait", "0.5"))
    assert code == 2
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "another geotrack run is writing to this folder (waited 0.5 s)" in lines[0]
    assert not (out / "events.geojson").exists()


def test_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    with (
        output_lock(tmp_path, timeout=0),
        pytest.raises(OutputError, match="another geotrack run"),
        output_lock(tmp_path, timeout=0),
    ):
        pass  # pragma: no cover - never reached
    with output_lock(tmp_path, timeout=0):
        pass


def test_lock_refuses_a_file_as_folder(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(OutputError, match="exists and is not a folder"), output_lock(target):
        pass  # pragma: no cover
