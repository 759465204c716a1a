"""The linters and the type checker run in the suite: the code base stays clean."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PACKAGES = ["geotrack", "gazetteer"]


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = BIN / tool
    if not exe.exists():
        pytest.skip(f"{tool} is not installed next to {sys.executable} (pip install -e '.[dev]')")
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [str(exe), *args], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env
    )


def test_ruff_check_is_clean() -> None:
    result = _run("ruff", "check", "--no-cache", *PACKAGES, "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _run("ruff", "format", "--check", "--no-cache", *PACKAGES, "tests")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    result = _run("mypy", "--no-error-summary", *[f"{p}/" for p in PACKAGES])
    assert result.returncode == 0, result.stdout + result.stderr
