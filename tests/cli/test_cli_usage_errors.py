"""Bad invocations: one line naming the problem, a non-zero exit, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from geotrack.cli import main


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stdout, result.stderr


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("geotrack: error: ")
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("command", ["run", "extract"])
def test_missing_input_file(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "no-such-article.txt"
    code, _, stderr = invoke(
        command, str(missing), "--out" if command == "run" else "--events", str(tmp_path / "o")
    )
    assert code == 2
    line = one_error_line(stderr)
    assert str(missing) in line and "no such file or folder" in line


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, stderr = invoke("run", str(tmp_path / "empty"), "--out", str(tmp_path / "out"))
    assert code == 2
    assert "folder has no article files" in one_error_line(stderr)
    assert not (tmp_path / "out" / "events.geojson").exists()


def test_unknown_option(tmp_path: Path) -> None:
    code, _, stderr = invoke("run", "x.txt", "--colour", "red")
    assert code == 2
    line = one_error_line(stderr)
    assert "--colour" in line and "geotrack run --help" in line


def test_no_inputs() -> None:
    code, _, stderr = invoke("extract")
    assert code == 2
    assert "INPUT" in one_error_line(stderr)


def test_unknown_command() -> None:
    code, _, stderr = invoke("mapp")
    assert code == 2
    assert "mapp" in one_error_line(stderr)


@pytest.mark.parametrize("case", ["file", "under-file"])
def test_unwritable_out(tmp_path: Path, case: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("POIPET — Police held 40 people on Tuesday.\n")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    out = blocker if case == "file" else blocker / "sub"
    code, _, stderr = invoke("run", str(article), "--out", str(out))
    assert code == 2
    line = one_error_line(stderr)
    assert str(out) in line


def test_missing_gazetteer_file(tmp_path: Path) -> None:
    code, _, stderr = invoke("run", "x.txt", "--gazetteer", str(tmp_path / "nope.csv"))
    assert code == 2
    assert "nope.csv" in one_error_line(stderr)


def test_bad_workers_value() -> None:
    code, _, stderr = invoke("run", "x.txt", "--workers", "zero")
    assert code == 2
    assert "--workers" in one_error_line(stderr)
