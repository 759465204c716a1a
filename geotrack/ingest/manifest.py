"""Manifests: one article per row of a JSON Lines or CSV/TSV file.

A row carries ``text`` (the article itself) or ``path`` (a file, relative to the
manifest's folder), plus optional ``id``, ``title``, ``url``, ``source`` and
``published``. Common spellings are accepted (``file`` for path, ``body`` for text,
``date`` for published, ``outlet`` for source ...). Rows are read one at a time; a bad
row becomes a :class:`~geotrack.model.Skipped` naming ``file:line`` and the batch goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from geotrack.errors import BadInputError
from geotrack.ingest.text import FIELD_ALIASES, decode_bytes
from geotrack.model import Skipped

__all__ = ["MANIFEST_FIELDS", "ManifestRow", "iter_csv_rows", "iter_jsonl_rows"]

#: Column / key name (lower case) -> the field it fills.
MANIFEST_FIELDS: dict[str, str] = FIELD_ALIASES | {
    "text": "text",
    "body": "text",
    "content": "text",
    "path": "path",
    "file": "path",
    "filename": "path",
    "file_name": "path",
}

_MAX_ERRORS = 100  # stop reading a file that is clearly not a manifest


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One usable manifest row: its fields (canonical names) and where it came from."""

    where: str  # "manifest.csv:12"
    number: int  # 1-based data row number
    fields: dict[str, str]
    warnings: tuple[str, ...] = ()


def _canonical(key: str) -> str | None:
    """The field a column or key name fills (None when geotrack does not use it)."""
    return MANIFEST_FIELDS.get(key.strip().lstrip("\ufeff").lower().replace(" ", "_"))


def _row_fields(
    items: list[tuple[str, object]], *, where: str
) -> tuple[dict[str, str], list[str]] | Skipped:
    """Canonical fields of a row and warnings, or a Skipped when the row is unusable."""
    fields: dict[str, str] = {}
    warnings: list[str] = []
    for key, value in items:
        name = _canonical(key)
        if name is None or value is None:
            continue
        if not isinstance(value, str):
            kind = type(value).__name__
            if name in ("text", "path"):
                return Skipped(where, f"{key!r} must be a string, got {kind}")
            if isinstance(value, bool) or not isinstance(value, int | float):
                warnings.append(f"{key!r} must be a string, got {kind}; ignored")
                continue
        text = str(value)
        if name != "text":
            text = " ".join(text.split())
        if text.strip() and name not in fields:
            fields[name] = text
    if "text" not in fields and "path" not in fields:
        return Skipped(where, "row has neither 'text' nor 'path' (nothing to read)")
    return fields, warnings


def _read_line(handle: IO[bytes], limit: int) -> tuple[bytes, bool]:
    """Read one line of at most ``limit`` bytes; the flag says the line was longer."""
    line = handle.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, False
    while True:  # drain the rest of the over-long line without keeping it
        rest = handle.readline(1 << 20)
        if not rest or rest.endswith(b"\n"):
            return b"", True


def iter_jsonl_rows(
    handle: IO[bytes], *, name: str, max_line_bytes: int
) -> Iterator[ManifestRow | Skipped]:
    """Read a JSON Lines manifest row by row.

    Parameters
    ----------
    handle
        The file opened in binary mode.
    name
        How to name the file in messages.
    max_line_bytes
        Longest line read; a longer one is skipped with a message.

    Yields
    ------
    ManifestRow or Skipped
        One per non-blank line.
    """
    number = 0
    errors = 0
    for lineno in range(1, 1 << 62):
        raw, too_long = _read_line(handle, max_line_bytes)
        if too_long:
            number += 1
            yield Skipped(
                f"{name}:{lineno}",
                f"line is longer than {max_line_bytes:,} bytes (Settings.max_input_bytes)",
            )
            continue
        if not raw:
            return
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        number += 1
        where = f"{name}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Skipped(where, f"not UTF-8 (byte {exc.start + 1}); JSON Lines must be UTF-8")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors += 1
            yield Skipped(where, f"not valid JSON: {exc.msg} (column {exc.colno})")
            if errors >= _MAX_ERRORS and errors == number:
                yield Skipped(name, f"stopped after {errors} lines that are not JSON")
                return
            continue
        except RecursionError:
            yield Skipped(where, "JSON nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield Skipped(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        result = _row_fields(list(obj.items()), where=where)
        if isinstance(result, Skipped):
            yield result
            continue
        fields, warnings = result
        yield ManifestRow(where, number, fields, tuple(warnings))


def iter_csv_rows(
    data: bytes, *, name: str, delimiter: str = ","
) -> Iterator[ManifestRow | Skipped]:
    """Read a CSV (or TSV) manifest row by row; the first row names the columns.

    Parameters
    ----------
    data
        The whole file (callers cap its size); any encoding :func:`decode_bytes` reads.
    name
        How to name the file in messages.
    delimiter
        ``,`` for .csv, tab for .tsv.

    Yields
    ------
    ManifestRow or Skipped
        One per non-empty data row; a single Skipped for the whole file when it has no
        ``text`` or ``path`` column.
    """
    try:
        decoded = decode_bytes(data)
    except BadInputError as exc:
        yield Skipped(name, str(exc))
        return
    # Fields may legitimately hold whole articles; the file itself is already capped.
    csv.field_size_limit(max(csv.field_size_limit(), len(data) + 1))
    reader = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield Skipped(name, "empty manifest (no header row)")
        return
    except csv.Error as exc:
        yield Skipped(f"{name}:1", f"header is not valid CSV ({exc})")
        return
    if decoded.warnings:
        yield Skipped(name, "; ".join(decoded.warnings), severity="degraded")
    columns = [c.strip().lstrip("\ufeff") for c in header]
    known = [_canonical(c) for c in columns]
    if "text" not in known and "path" not in known:
        shown = ", ".join(repr(c) for c in columns[:12]) or "none"
        yield Skipped(
            name,
            f"manifest has no 'text' or 'path' column (columns: {shown}); "
            "add one of them (aliases: body, content, file, filename)",
        )
        return
    previous_end = reader.line_num
    number = 0
    errors = 0
    while True:
        start = previous_end + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            errors += 1
            previous_end = reader.line_num
            yield Skipped(f"{name}:{start}", f"not valid CSV ({exc})")
            if errors >= _MAX_ERRORS:
                yield Skipped(name, f"stopped after {errors} rows that are not valid CSV")
                return
            continue
        previous_end = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        number += 1
        where = f"{name}:{start}"
        warnings: list[str] = []
        if len(cells) > len(columns):
            warnings.append(
                f"{len(cells) - len(columns)} extra cell(s) beyond the {len(columns)} "
                "columns ignored"
            )
        elif len(cells) < len(columns):
            warnings.append(f"row has {len(cells)} of {len(columns)} cells")
        result = _row_fields(list(zip(columns, cells, strict=False)), where=where)
        if isinstance(result, Skipped):
            yield result
            continue
        fields, more = result
        yield ManifestRow(where, number, fields, tuple(warnings + more))


def manifest_delimiter(path: Path) -> str:
    """The cell delimiter for a manifest file, by its suffix."""
    return "\t" if path.suffix.lower() == ".tsv" else ","
