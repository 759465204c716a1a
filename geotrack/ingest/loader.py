"""Turn the inputs a user names (files, folders, manifests, ``-``) into Articles.

Every problem becomes a :class:`~geotrack.model.Skipped` naming the input (and line)
and the reason; nothing an input contains raises out of :func:`iter_articles`.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from geotrack.errors import BadInputError
from geotrack.ingest.dates import infer_published, parse_published
from geotrack.ingest.html import parse_html
from geotrack.ingest.language import non_english_language
from geotrack.ingest.manifest import (
    ManifestRow,
    iter_csv_rows,
    iter_jsonl_rows,
    manifest_delimiter,
)
from geotrack.ingest.text import (
    decode_bytes,
    normalise_text,
    split_front_matter,
    unwrap_hard_breaks,
)
from geotrack.model import Article, Skipped
from geotrack.settings import Settings

__all__ = ["SUFFIXES", "IngestResult", "iter_articles", "load_articles"]

#: File suffix -> how it is read.
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}
_MANIFEST_KINDS = ("jsonl", "csv")
#: Document formats an article may well be saved in but geotrack cannot read: met in a
#: folder they are a skipped input (exit 1). Other files there (README.md, gold/*.json,
#: images) are not articles and are only listed.
_UNREADABLE_DOCUMENTS = frozenset(
    {".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages", ".mht", ".mhtml", ".eml", ".msg"}
)
_SUPPORTED = ", ".join(SUFFIXES)
_MAX_ID = 200
_MAX_META = 1000
_ID_JUNK = re.compile(r"[\x00-\x1f\x7f]+")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


@dataclass(frozen=True, slots=True)
class IngestResult:
    """Articles read, and every input skipped or degraded with its reason.

    ``skipped`` holds three kinds: ``severity == "skipped"`` (nothing kept),
    ``"degraded"`` (an article was kept, with the warning; see ``Article.warnings``) and
    ``"ignored"`` (a file met while walking a folder that is not an article: README.md).
    """

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def n_skipped(self) -> int:
        """How many inputs (files or rows) produced nothing."""
        return sum(1 for s in self.skipped if s.severity == "skipped")

    @property
    def n_degraded(self) -> int:
        """How many articles were kept with a warning."""
        return sum(1 for s in self.skipped if s.severity == "degraded")


@dataclass(frozen=True, slots=True)
class _Source:
    """Decoded body text plus metadata, before it becomes an Article."""

    body: str
    meta: dict[str, str]
    warnings: tuple[str, ...]


@dataclass
class _State:
    """What the loader remembers across inputs: identities, ids and claimed files."""

    settings: Settings
    hashes: dict[str, str] = field(default_factory=dict)  # content hash -> article id
    ids: set[str] = field(default_factory=set)
    claimed: set[Path] = field(default_factory=set)  # files a manifest row already read
    by_name: dict[str, list[Path]] = field(default_factory=dict)  # file name -> input files
    subfolders: dict[Path, list[Path]] = field(default_factory=dict)
    sidecars: dict[Path, dict[Path, ManifestRow]] = field(default_factory=dict)
    #: Folder of an article file -> the sidecar manifests that may describe its files.
    sidecar_candidates: dict[Path, tuple[Path, ...]] = field(default_factory=dict)
    input_manifests: set[Path] = field(default_factory=set)  # manifests read as inputs


def _looks_like_html(text: str) -> bool:
    """True when decoded text starts like an HTML document."""
    return _HTML_START.match(text[:4096]) is not None


def _decode_source(data: bytes, kind: str) -> _Source:
    """Decode bytes of a text or HTML file into body and metadata (BadInputError on failure)."""
    decoded = decode_bytes(data)
    warnings = list(decoded.warnings)
    if kind == "html" or _looks_like_html(decoded.text):
        page = parse_html(decoded.text)
        meta = {
            key: value
            for key, value in (
                ("title", page.title),
                ("source", page.source),
                ("url", page.url),
                ("published", page.published),
            )
            if value
        }
        return _Source(page.text, meta, tuple(warnings))
    front = split_front_matter(normalise_text(decoded.text))
    warnings.extend(front.warnings)
    meta = {k: v for k, v in front.fields.items() if k != "id"}
    return _Source(front.body, meta, tuple(warnings))


def _read_capped(path: Path, *, limit: int) -> bytes:
    """Read a file, refusing one over ``limit`` bytes before reading it."""
    size = path.stat().st_size
    if size > limit:
        raise BadInputError(
            f"file is {size:,} bytes, over the {limit:,}-byte limit (Settings.max_input_bytes); "
            "split it or raise the limit"
        )
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BadInputError(f"file grew past the {limit:,}-byte limit while being read")
    return data


def _clean_meta(value: str | None, *, name: str, warnings: list[str]) -> str | None:
    """Collapse whitespace in a metadata value and cap its length (None when empty)."""
    if value is None:
        return None
    value = " ".join(value.split())
    if not value:
        return None
    if len(value) > _MAX_META:
        warnings.append(f"{name} is {len(value):,} characters; cut to {_MAX_META}")
        value = value[:_MAX_META]
    return value


def _clean_url(value: str | None, *, warnings: list[str]) -> str | None:
    """Keep an http(s) URL; anything else (``javascript:``, ``data:``) is dropped with a warning."""
    value = _clean_meta(value, name="url", warnings=warnings)
    if value is None:
        return None
    scheme = urlsplit(value).scheme.lower() if "://" in value or ":" in value else ""
    if scheme not in ("http", "https"):
        warnings.append(f"url {value[:80]!r} is not an http(s) address; ignored")
        return None
    return value


def _clean_id(value: str | None) -> str:
    """An article id without control characters, whitespace collapsed, at most 200 characters."""
    if not value:
        return ""
    return " ".join(_ID_JUNK.sub(" ", value).split())[:_MAX_ID]


def _cap_text(text: str, *, limit: int, warnings: list[str]) -> str:
    """Cut text longer than ``limit`` at a paragraph, sentence or word, with a warning."""
    if len(text) <= limit:
        return text
    # Cut at a paragraph break, else after a sentence, else at a space, near the limit.
    cut = text.rfind("\n", max(0, limit - 10_000), limit)
    if cut <= 0:
        ends = [text.rfind(p, max(0, limit - 2_000), limit - 1) for p in (". ", "! ", "? ")]
        cut = max(ends) + 1 if max(ends) > 0 else 0
    if cut <= 0:
        cut = text.rfind(" ", max(0, limit - 1_000), limit)
    if cut <= 0:
        cut = limit
    warnings.append(
        f"text is {len(text):,} characters; cut to {cut:,} (Settings.max_article_chars)"
    )
    return text[:cut].rstrip()


def _headline(text: str) -> str | None:
    """The first line as a title when it reads like a headline (short, no full stop)."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not 3 <= len(first) <= 150:
        return None
    if first[-1] in ".!?:;,\"'”’)" or first.isupper() or "—" in first or " - " in first:
        return None
    if infer_published(first) is not None:
        return None
    return first


def _language_warning(language: str) -> str:
    """What the analyst is told about an article not in English."""
    from geotrack.extract.other_languages import LANGUAGES  # lazy: ingest runs without it

    if language in LANGUAGES:
        return (
            f"text reads as language {language!r}, not English: events are read with that "
            "language's cue words, places and dates only (no English rules), so expect fewer "
            "and coarser events"
        )
    return (
        f"text reads as language {language!r}, not English: extraction reads English and "
        f"{', '.join(sorted(LANGUAGES))} only, so expect few or no events"
    )


def _build(
    source: _Source,
    *,
    article_id: str,
    where: str,
    path: str | None,
    state: _State,
) -> Article | Skipped:
    """Make an Article from decoded text and metadata, or say why not."""
    warnings = list(source.warnings)
    # Hard-wrapped text: one space for each line break inside a paragraph (same length).
    text = unwrap_hard_breaks(normalise_text(source.body))
    if not text:
        if source.meta:
            return Skipped(where, "a metadata header but no article text")
        return Skipped(where, "only whitespace, no article text")
    text = _cap_text(text, limit=state.settings.max_article_chars, warnings=warnings)
    language = non_english_language(text)
    if language is not None:
        warnings.append(_language_warning(language))
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    first = state.hashes.get(content_hash)
    if first is not None:
        return Skipped(where, f"duplicate of article {first!r} (same text); read once")

    meta = source.meta
    published, published_from = None, "unknown"
    if meta.get("published"):
        try:
            published, published_from = parse_published(meta["published"]), "metadata"
        except BadInputError as exc:
            warnings.append(f"published date {exc}; ignored")
    if published is None:
        inferred = infer_published(text)
        if inferred is not None:
            published, published_from = inferred[0], "text"

    title = meta.get("title") or _headline(text)
    base = _clean_id(article_id) or "article"
    unique, n = base, 1
    while unique in state.ids:
        n += 1
        unique = f"{base}-{n}"
    if unique != base:
        warnings.append(f"id {base!r} already used in this run; this article is {unique!r}")
    state.ids.add(unique)
    state.hashes[content_hash] = unique
    return Article(
        id=unique,
        text=text,
        title=_clean_meta(title, name="title", warnings=warnings),
        source=_clean_meta(meta.get("source"), name="source", warnings=warnings),
        url=_clean_url(meta.get("url"), warnings=warnings),
        published=published,
        published_from=published_from,
        path=path,
        content_hash=content_hash,
        warnings=tuple(warnings),
        language=language or "en",
    )


def _read_file(path: Path, kind: str, *, shown: str, state: _State) -> Article | Skipped:
    """Read one text or HTML file into an Article, or say why not.

    Metadata from a sidecar manifest row that names the file (``manifest.csv`` in its
    folder or the folder above) wins over the file's own front matter.
    """
    try:
        data = _read_capped(path, limit=state.settings.max_input_bytes)
        if not data:
            return Skipped(shown, "empty file")
        source = _decode_source(data, kind)
    except BadInputError as exc:
        return Skipped(shown, str(exc))
    except OSError as exc:
        return Skipped(shown, f"cannot read ({exc.strerror or exc})")
    article_id = path.stem
    row = _sidecar_for(path, state=state)
    if row is not None:
        meta = {k: v for k, v in row.fields.items() if k not in ("text", "path", "id")}
        source = _Source(source.body, source.meta | meta, source.warnings + row.warnings)
        article_id = row.fields.get("id") or article_id
    return _build(source, article_id=article_id, where=shown, path=shown, state=state)


def _subfolders(folder: Path, *, state: _State) -> list[Path]:
    """Non-hidden folders one and two levels below ``folder``, sorted (cached per run)."""
    key = folder.resolve()
    cached = state.subfolders.get(key)
    if cached is not None:
        return cached
    found: list[Path] = []
    try:
        level1 = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
        found.extend(level1)
        for sub in level1:
            found.extend(
                sorted(p for p in sub.iterdir() if p.is_dir() and not p.name.startswith("."))
            )
    except OSError:
        found = []
    state.subfolders[key] = found
    return found


def _resolve_row_path(given: str, *, manifest: Path | None, state: _State) -> Path | None:
    """Find the file a manifest row names, or None.

    Looked for relative to the manifest's folder; then in its sub-folders (a
    ``manifest.csv`` beside an ``articles/`` folder naming bare file names); then among
    the run's input files with that name, when exactly one has it.
    """
    target = Path(given)
    base = manifest.parent if manifest else Path.cwd()
    if target.is_absolute():
        return target if target.exists() else None
    if (base / target).exists():
        return base / target
    below = [sub / target for sub in _subfolders(base, state=state) if (sub / target).is_file()]
    if len(below) == 1:
        return below[0]
    namesakes = state.by_name.get(target.name, [])
    if len(namesakes) == 1:
        return namesakes[0]
    return None


#: Manifest files next to (or one folder above) article files that describe them.
SIDECAR_NAMES: tuple[str, ...] = ("manifest.csv", "manifest.tsv", "manifest.jsonl")


def _sidecar_rows(manifest: Path, *, state: _State) -> dict[Path, ManifestRow]:
    """Rows of a sidecar manifest that name a file, by the file's resolved path (cached)."""
    key = manifest.resolve()
    cached = state.sidecars.get(key)
    if cached is not None:
        return cached
    rows: dict[Path, ManifestRow] = {}
    state.sidecars[key] = rows
    limit = state.settings.max_input_bytes
    try:
        if manifest.suffix.lower() == ".jsonl":
            with manifest.open("rb") as handle:
                items = list(iter_jsonl_rows(handle, name=str(manifest), max_line_bytes=limit))
        else:
            data = _read_capped(manifest, limit=limit)
            items = list(
                iter_csv_rows(data, name=str(manifest), delimiter=manifest_delimiter(manifest))
            )
    except (BadInputError, OSError):
        return rows  # a file nobody asked for: if it cannot be read, it is simply not used
    for item in items:
        if isinstance(item, ManifestRow) and "path" in item.fields:
            found = _resolve_row_path(item.fields["path"], manifest=manifest, state=state)
            if found is not None:
                rows.setdefault(found.resolve(), item)
    return rows


def _sidecar_for(path: Path, *, state: _State) -> ManifestRow | None:
    """The row of a manifest beside the file (or one folder up) that describes it, if any."""
    # The manifests beside a folder's files are the same for each of them: looked up once
    # per folder (input manifests are all known before the first file is read).
    parent = path.parent
    candidates = state.sidecar_candidates.get(parent)
    if candidates is None:
        candidates = tuple(
            manifest
            for folder in (parent, parent.parent)
            for name in SIDECAR_NAMES
            if (manifest := folder / name).resolve() not in state.input_manifests
            and manifest.is_file()
        )
        state.sidecar_candidates[parent] = candidates
    if not candidates:
        return None
    resolved = path.resolve()
    for manifest in candidates:
        row = _sidecar_rows(manifest, state=state).get(resolved)
        if row is not None:
            return row
    return None


def _row_article(
    row: ManifestRow, *, manifest: Path | None, stem: str, state: _State
) -> Article | Skipped:
    """Turn one manifest row (inline text, or a path to read) into an Article, or say why not."""
    fields = row.fields
    warnings = list(row.warnings)
    meta = {k: v for k, v in fields.items() if k not in ("text", "path", "id")}
    if "text" in fields:
        if "path" in fields:
            warnings.append("row has both 'text' and 'path'; used 'text'")
        source = _Source(fields["text"], meta, tuple(warnings))
        fallback = f"{stem}:{row.number}"
        if "path" in fields:
            fallback = Path(fields["path"]).stem or fallback
    else:
        given = fields["path"]
        found = _resolve_row_path(given, manifest=manifest, state=state)
        if found is None:
            looked = (manifest.parent if manifest else Path.cwd()) / given
            return Skipped(
                row.where,
                f"path {given!r} does not exist (looked for {looked} and in its sub-folders)",
            )
        target = found
        if target.is_dir():
            return Skipped(row.where, f"path {given!r} is a folder; a row names one article file")
        kind = SUFFIXES.get(target.suffix.lower(), "text")
        if kind in _MANIFEST_KINDS:
            return Skipped(row.where, f"path {given!r} is a manifest; rows cannot name manifests")
        try:
            data = _read_capped(target, limit=state.settings.max_input_bytes)
            if not data:
                return Skipped(row.where, f"path {given!r} is an empty file")
            inner = _decode_source(data, kind)
        except BadInputError as exc:
            return Skipped(row.where, f"path {given!r}: {exc}")
        except OSError as exc:
            return Skipped(row.where, f"path {given!r}: cannot read ({exc.strerror or exc})")
        state.claimed.add(target.resolve())
        source = _Source(inner.body, inner.meta | meta, tuple(warnings) + inner.warnings)
        fallback = target.stem
    return _build(
        source,
        article_id=fields.get("id") or fallback,
        where=row.where,
        path=row.where,
        state=state,
    )


def _read_manifest(
    rows: Iterable[ManifestRow | Skipped], *, manifest: Path | None, stem: str, state: _State
) -> Iterator[Article | Skipped]:
    """Articles (or Skipped) for the rows of one manifest."""
    for row in rows:
        if isinstance(row, Skipped):
            yield row
        else:
            yield _row_article(row, manifest=manifest, stem=stem, state=state)


def _manifest_items(
    path: Path, kind: str, *, shown: str, state: _State
) -> Iterator[Article | Skipped]:
    """Read a JSONL (streamed) or CSV/TSV (size-capped) manifest."""
    limit = state.settings.max_input_bytes
    try:
        if kind == "jsonl":
            with path.open("rb") as handle:
                rows = iter_jsonl_rows(handle, name=shown, max_line_bytes=limit)
                yield from _read_manifest(rows, manifest=path, stem=path.stem, state=state)
            return
        data = _read_capped(path, limit=limit)
    except BadInputError as exc:
        yield Skipped(shown, str(exc))
        return
    except OSError as exc:
        yield Skipped(shown, f"cannot read ({exc.strerror or exc})")
        return
    if not data.strip():
        yield Skipped(shown, "empty manifest")
        return
    rows = iter_csv_rows(data, name=shown, delimiter=manifest_delimiter(path))
    yield from _read_manifest(rows, manifest=path, stem=path.stem, state=state)


def _stdin_items(state: _State, stream: IO[bytes] | None) -> Iterator[Article | Skipped]:
    """Read ``-``: standard input as text, HTML or JSON Lines rows, up to the size cap."""
    handle = stream if stream is not None else sys.stdin.buffer
    limit = state.settings.max_input_bytes
    try:
        data = handle.read(limit + 1)
    except OSError as exc:
        yield Skipped("-", f"cannot read standard input ({exc.strerror or exc})")
        return
    if len(data) > limit:
        yield Skipped(
            "-", f"standard input is over the {limit:,}-byte limit (Settings.max_input_bytes)"
        )
        return
    if not data.strip():
        yield Skipped("-", "standard input is empty")
        return
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        rows = iter_jsonl_rows(io.BytesIO(data), name="<stdin>", max_line_bytes=limit)
        yield from _read_manifest(rows, manifest=None, stem="stdin", state=state)
        return
    try:
        source = _decode_source(data, "text")
    except BadInputError as exc:
        yield Skipped("-", str(exc))
        return
    yield _build(source, article_id="stdin", where="-", path="-", state=state)


def _walk(folder: Path, *, exclude: frozenset[Path] = frozenset()) -> list[Path]:
    """Every non-hidden file under ``folder``, sorted by relative path (deterministic).

    Sub-folders in ``exclude`` (resolved paths, e.g. the run's own output folder) are
    left out.
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (Path(root) / d).resolve() not in exclude
        )
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _expand(
    inputs: Iterable[str | os.PathLike[str]], *, exclude: frozenset[Path] = frozenset()
) -> Iterator[tuple[str, Path | None, str] | Skipped]:
    """Resolve inputs to (kind, path, shown name) triples, folders walked."""
    for item in inputs:
        shown = os.fspath(item)
        if shown == "-":
            yield ("stdin", None, "-")
            continue
        path = Path(shown)
        if not shown.strip():
            yield Skipped(repr(shown), "empty input name")
        elif path.is_dir():
            files = _walk(path, exclude=exclude)
            usable = 0
            for file in files:
                kind = SUFFIXES.get(file.suffix.lower())
                if kind is None:
                    document = file.suffix.lower() in _UNREADABLE_DOCUMENTS
                    yield Skipped(
                        str(file),
                        f"{'unsupported' if document else 'not an article'} file type "
                        f"{file.suffix or '(none)'!r} (geotrack reads {_SUPPORTED})",
                        severity="skipped" if document else "ignored",
                    )
                    continue
                usable += 1
                yield (kind, file, str(file))
            if not usable:
                yield Skipped(shown, f"folder has no article files ({_SUPPORTED})")
        elif path.is_file():
            yield (SUFFIXES.get(path.suffix.lower(), "text"), path, shown)
        elif path.exists():
            yield Skipped(shown, "not a regular file or folder")
        else:
            yield Skipped(shown, "no such file or folder")


def iter_articles(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    settings: Settings = Settings(),  # noqa: B008  (frozen, so a shared default is safe)
    stdin: IO[bytes] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[Article | Skipped]:
    """Read articles one at a time from files, folders, manifests and ``-`` (stdin).

    Manifests are read first, so a file that a manifest row names (with its metadata) is
    not read a second time on its own when its folder is also walked. The same text
    twice is one article: the second copy is reported as a skipped duplicate. Article
    ids (file stem, or the manifest row's id) are made unique within the run.

    Parameters
    ----------
    inputs
        Paths (``.txt``/``.md``, ``.html``/``.htm``, ``.jsonl``, ``.csv``/``.tsv``), folders
        (walked recursively in sorted order, hidden files left out), or ``-`` for stdin.
    settings
        ``max_input_bytes`` and ``max_article_chars`` are used here.
    stdin
        A binary stream to read for ``-`` (default: ``sys.stdin.buffer``).
    exclude
        Folders never read when walking a folder (``run`` passes its output folder, so
        ``geotrack run . --out output`` does not read its own outputs).

    Yields
    ------
    Article or Skipped
        An Article for each one read (possibly with ``warnings``), a Skipped for each
        input or row that gave nothing, with the reason.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    state = _State(settings)
    skip = frozenset(Path(p).resolve() for p in exclude)
    entries = list(_expand(inputs, exclude=skip))
    for entry in entries:
        if not isinstance(entry, Skipped) and entry[1] is not None:
            state.by_name.setdefault(entry[1].name, []).append(entry[1])
    files: list[tuple[str, Path, str, Path]] = []
    seen_paths: set[Path] = set()
    for entry in entries:
        if isinstance(entry, Skipped):
            yield entry
            continue
        kind, path, shown = entry
        if path is None:
            yield from _stdin_items(state, stdin)
            continue
        resolved = path.resolve()
        if resolved in seen_paths:
            continue  # the same file named twice (e.g. a file and its folder)
        seen_paths.add(resolved)
        if kind in _MANIFEST_KINDS:
            state.input_manifests.add(resolved)
            yield from _manifest_items(path, kind, shown=shown, state=state)
        else:
            files.append((kind, path, shown, resolved))
    for kind, path, shown, resolved in files:
        if resolved in state.claimed:
            continue
        yield _read_file(path, kind, shown=shown, state=state)


def load_articles(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    settings: Settings = Settings(),  # noqa: B008
    stdin: IO[bytes] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> IngestResult:
    """Read every article from ``inputs``; see :func:`iter_articles`.

    Returns
    -------
    IngestResult
        ``articles`` in input order and ``skipped`` with every input that gave nothing
        (``severity="skipped"``) or an article kept with a warning (``"degraded"``).

    Examples
    --------
    >>> result = load_articles(["examples/articles"])  # doctest: +SKIP
    >>> len(result.articles), [s.reason for s in result.skipped]  # doctest: +SKIP
    (14, [])
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in iter_articles(inputs, settings=settings, stdin=stdin, exclude=exclude):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        articles.append(item)
        if item.warnings:
            skipped.append(
                Skipped(item.path or item.id, "; ".join(item.warnings), severity="degraded")
            )
    return IngestResult(articles, skipped)
