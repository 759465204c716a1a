"""`geotrack geocode` and `geotrack gazetteer ...` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from geotrack.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer"


def test_geocode_json_one_object_per_name() -> None:
    result = CliRunner().invoke(main, ["geocode", "Sen Sok", "Nowhereville-on-Sea", "--json"])
    assert result.exit_code == 1  # one name stayed unresolved
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [r["name"] for r in lines] == ["Sen Sok", "Nowhereville-on-Sea"]
    sen_sok, nowhere = lines
    assert (
        sen_sok["id"] == "kh:1208" and sen_sok["level"] == "district" and sen_sok["country"] == "KH"
    )
    assert sen_sok["admin1"] == "Phnom Penh" and sen_sok["geo_precision"] == 2
    for key in ("lat", "lon", "level", "country", "admin1", "id", "geo_precision"):
        assert nowhere[key] is None


def test_geocode_context_and_explain() -> None:
    result = CliRunner().invoke(
        main,
        [
            "geocode",
            "Kandal",
            "--context",
            "Casinos in Kandal province were searched.",
            "--explain",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "kh:08" in result.output.splitlines()[0]
    assert "hint:province" in result.output


def test_geocode_with_analyst_file_warns_about_bad_rows() -> None:
    result = CliRunner().invoke(
        main, ["geocode", "River Star Casino", "--gazetteer", str(FIXTURES / "my_places.csv")]
    )
    assert result.exit_code == 0
    assert "site:river-star-casino" in result.stdout
    assert "my_places.csv:3: lat 200.0 outside -90..90" in result.stderr


def test_gazetteer_info_json() -> None:
    result = CliRunner().invoke(main, ["gazetteer", "info", "--json"])
    assert result.exit_code == 0
    info = json.loads(result.output)
    assert info["levels"]["province"] >= 25 and info["countries"]["KH"] > 16000
    assert "cache" in info


def test_import_geonames_missing_file_is_one_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["gazetteer", "import-geonames", str(tmp_path / "nope.zip")])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("geotrack: error:") and "nope.zip" in result.stderr


def test_every_command_has_help_ending_with_an_example() -> None:
    for args in (
        ["geocode"],
        ["gazetteer"],
        ["gazetteer", "info"],
        ["gazetteer", "import-geonames"],
    ):
        result = CliRunner().invoke(main, [*args, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output and "geotrack " in result.output.split("Example:")[1]


def test_gazetteer_check_lists_bad_rows_and_overrides() -> None:
    result = CliRunner().invoke(main, ["gazetteer", "check", str(FIXTURES / "my_places.csv")])
    assert result.exit_code == 1
    assert "rejected " in result.output and "lat 200.0 outside -90..90" in result.output
    assert "overrides kh:1208 (Sen Sok, district)" in result.output
    assert "2 rows ok, 5 rejected" in result.output
