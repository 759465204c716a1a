"""The linters and the type checker run in the suite: the code base stays clean."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections import defaultdict
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


# A module-level name is bound once: a second pattern under the same name silently
# replaces the first for every function that reads it (two regular expressions of the
# event rules once shared a name that way, and the earlier one was never used).
#: Names rebound on purpose, each extending its own earlier value.
EXTENDED = {("gazetteer/scan.py", "_SITE_TAILS")}


def _rebound(path: Path) -> list[str]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            lines[name].append(node.lineno)
    relative = path.relative_to(ROOT).as_posix()
    return [
        f"{relative}:{at} {name}"
        for name, at in lines.items()
        if len(at) > 1 and (relative, name) not in EXTENDED
    ]


def test_no_module_level_name_is_bound_twice() -> None:
    files = sorted((ROOT / "geotrack").rglob("*.py")) + sorted((ROOT / "gazetteer").rglob("*.py"))
    assert files
    assert [hit for path in files for hit in _rebound(path)] == []
