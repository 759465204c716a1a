"""The compact look-up index: normalised keys -> places, built once and cached on disk.

The cache lives in ``$GEOTRACK_CACHE`` or the user cache dir (platformdirs), in a file
named by a hash of every input's version (packages, data files, imported GeoNames dumps),
so a new data release or import rebuilds it automatically.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import tempfile
from array import array
from collections.abc import Iterator, KeysView, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick

from gazetteer.normalize import name_keys, phonetic, words
from gazetteer.place import Level, Place
from gazetteer.sources import FULL_COUNTRIES, NamedPlace, build_base, data_versions

__all__ = ["Index", "cache_dir", "load_index"]

#: Regional adjectives that are not one country's nationals.
REGIONAL_DEMONYMS = (
    "Southeast Asian",
    "South-East Asian",
    "Asian",
    "East Asian",
    "South Asian",
    "African",
    "European",
    "Middle Eastern",
    "Latin American",
    "Western",
    "Arab",
    "Pacific Islander",
    # peoples named in the story's region (not nationalities)
    "Karen",
    "Rohingya",
    "Hmong",
    "Uyghur",
    "Uighur",
)

#: A single-word name that is a common English word (Zipf frequency >= this) is only
#: taken as a place when the place is prominent (country, region, province, curated,
#: or a town of 100,000 or more).
COMMON_WORD_ZIPF = 4.0
#: A one-word spelling variant (a phonetic match) that is an English word at least this
#: frequent is that word, not a misspelt place ("Boarding" is no Baoding, "Avatar" no Iwata).
VARIANT_WORD_ZIPF = 3.0
PROMINENT_POPULATION = 100_000

Entry = tuple[int, int]  # (place index, name quality 0 primary .. 3 weak variant)
#: A level from its stored value without the Enum call (a hot path of scanning and ranking).
_LEVEL_BY_VALUE: dict[str, Level] = {lv.value: lv for lv in Level}


class EntryTable(Mapping[str, tuple[Entry, ...]]):
    """key -> entries, stored compactly (one int per key) so that it unpickles fast.

    A key with one entry maps to ``index * 4 + quality``; a key with several maps to
    ``-(offset + 1)`` into a flat int array holding the count and then the codes.
    """

    __slots__ = ("_map", "_multi")

    def __init__(self, table: Mapping[str, tuple[Entry, ...]] | None = None) -> None:
        self._map: dict[str, int] = {}
        self._multi = array("q")
        for key, entries in (table or {}).items():
            if len(entries) == 1:
                self._map[key] = entries[0][0] * 4 + entries[0][1]
            else:
                self._map[key] = -(len(self._multi) + 1)
                self._multi.append(len(entries))
                self._multi.extend(i * 4 + q for i, q in entries)

    @classmethod
    def _from_state(cls, mapping: dict[str, int], multi: bytes) -> EntryTable:
        table = cls()
        table._map = mapping
        table._multi = array("q")
        table._multi.frombytes(multi)
        return table

    def __reduce__(self) -> tuple[object, tuple[dict[str, int], bytes]]:
        return (EntryTable._from_state, (self._map, self._multi.tobytes()))

    def __getitem__(self, key: str) -> tuple[Entry, ...]:
        code = self._map[key]
        if code >= 0:
            return ((code >> 2, code & 3),)
        off = -code - 1
        n = self._multi[off]
        return tuple((c >> 2, c & 3) for c in self._multi[off + 1 : off + 1 + n])

    def __contains__(self, key: object) -> bool:
        return key in self._map

    def keys(self) -> KeysView[str]:
        """The keys as the dict's own view: its ``in`` is a C-level test, without the call of
        ``__contains__`` (a hot path of scan's sort of the names found)."""
        return self._map.keys()

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]`` or ``default`` (no KeyError raised and caught: a hot path of scan)."""
        code = self._map.get(key)
        if code is None:
            return default
        if code >= 0:
            return ((code >> 2, code & 3),)
        off = -code - 1
        n = self._multi[off]
        return tuple((c >> 2, c & 3) for c in self._multi[off + 1 : off + 1 + n])

    def copy(self) -> EntryTable:
        """An independent copy (cheap: one dict of ints and one array)."""
        return EntryTable._from_state(dict(self._map), self._multi.tobytes())

    def set(self, key: str, entries: tuple[Entry, ...]) -> None:
        """Replace the entries of ``key``."""
        if len(entries) == 1:
            self._map[key] = entries[0][0] * 4 + entries[0][1]
            return
        self._map[key] = -(len(self._multi) + 1)
        self._multi.append(len(entries))
        self._multi.extend(i * 4 + q for i, q in entries)

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)


_FIELDS = (
    "id",
    "name",
    "level",
    "country",
    "lat",
    "lon",
    "geo_precision",
    "source",
    "admin1",
    "admin2",
    "admin3",
    "admin1_code",
    "admin2_code",
    "admin3_code",
    "kind",
    "population",
    "aliases",
    "name_km",
    "online",
)


def place_row(place: Place) -> tuple[object, ...]:
    """A Place as a plain tuple (fast to pickle and unpickle)."""
    return tuple(getattr(place, f) if f != "level" else place.level.value for f in _FIELDS)


@dataclass(slots=True)
class Index:
    """Everything a Gazetteer looks names up in (plain data, picklable).

    Places are kept as tuples and turned into :class:`Place` objects on first use.
    ``exact`` maps the exact key of a name to ``(place index, quality)`` entries, best
    first; ``phon`` does the same for the phonetic key. One Aho-Corasick automaton over
    the phonetic keys finds candidates in text; the exact key then says how good a match is.
    """

    rows: list[tuple[object, ...]]
    parent: list[int]
    curated: list[bool]
    ids: dict[str, int]
    exact: EntryTable
    phon: EntryTable
    demonyms: dict[str, str]
    common: frozenset[str]
    versions: dict[str, str]
    problems: list[str] = field(default_factory=list)
    english: frozenset[str] = frozenset()
    #: English words down to ``VARIANT_WORD_ZIPF`` (a superset of ``english``).
    words: frozenset[str] = frozenset()
    #: Phonetic keys of names matched only as written (other languages' country names):
    #: the automaton finds them, the phonetic table does not hold them.
    spelled: frozenset[str] = frozenset()
    automaton: object | None = None
    automaton_path: Path | None = None
    _cache: dict[int, Place] = field(default_factory=dict)
    #: Per-process memo of the scanner's name look-ups (see ``gazetteer.scan``; not pickled).
    lookups: dict[object, object] = field(default_factory=dict)
    _borders: dict[str, list[int]] | None = None
    _level_keys: dict[str, list[str]] | None = None

    def __getstate__(self) -> tuple[object, ...]:
        return (
            self.rows,
            self.parent,
            self.curated,
            self.ids,
            self.exact,
            self.phon,
            self.demonyms,
            self.common,
            self.versions,
            self.problems,
            self.english,
            self.words,
            self._level_keys,
            self.spelled,
        )

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        (
            self.rows,
            self.parent,
            self.curated,
            self.ids,
            self.exact,
            self.phon,
            self.demonyms,
            self.common,
            self.versions,
            self.problems,
            self.english,
            self.words,
            self._level_keys,
            self.spelled,
        ) = state
        self.automaton = None
        self.automaton_path = None
        self._cache = {}
        self.lookups = {}
        self._borders = None

    def __len__(self) -> int:
        return len(self.rows)

    def place(self, idx: int) -> Place:
        """The Place at ``idx`` (built once, then shared)."""
        p = self._cache.get(idx)
        if p is None:
            p = Place(**dict(zip(_FIELDS, self.rows[idx], strict=True)))  # type: ignore[arg-type]
            self._cache[idx] = p
        return p

    def level(self, idx: int) -> Level:
        """The level of the place at ``idx`` without building the Place."""
        value = self.rows[idx][2]
        found = _LEVEL_BY_VALUE.get(value)  # type: ignore[call-overload]
        return found if found is not None else Level(str(value))

    def population(self, idx: int) -> int:
        """The population of the place at ``idx`` (0 when unknown)."""
        return int(self.rows[idx][15])  # type: ignore[call-overload]

    def country(self, idx: int) -> str | None:
        """The ISO2 country of the place at ``idx``."""
        return self.rows[idx][3]  # type: ignore[return-value]

    def prominent(self, idx: int) -> bool:
        """Country, world region, curated row, a province of the focus countries, or a town
        of 100,000 or more (a small foreign admin unit is not prominent)."""
        row = self.rows[idx]
        if row[2] == "country" or self.curated[idx] or self.population(idx) >= PROMINENT_POPULATION:
            return True
        if row[2] == "region":
            return str(row[0]).startswith(("region:", "border:", "river:"))
        return row[2] == "province" and (row[3] in FULL_COUNTRIES)

    def ensure_automaton(self) -> object:
        """The automaton: loaded from its cache file on first use, else built (and cached)."""
        if self.automaton is not None:
            return self.automaton
        path = self.automaton_path
        if path is not None and path.is_file():
            try:
                with path.open("rb") as fh:
                    self.automaton = pickle.load(fh)
            except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
                self.automaton = None
        if self.automaton is None:
            self.build_automaton()
            if path is not None:
                _write_cache(path, self.automaton)
        return self.automaton

    def build_automaton(self) -> None:
        """Build the Aho-Corasick automaton over `` phonetic-key `` patterns."""
        auto = ahocorasick.Automaton()
        for key in self.phon:
            auto.add_word(f" {key} ", key)
        for key in self.spelled:
            if key not in self.phon:
                auto.add_word(f" {key} ", key)
        for key in self.demonyms:
            pk = " ".join(phonetic(k) for k in key.split())
            if pk not in self.phon:
                auto.add_word(f" {pk} ", pk)
        auto.make_automaton()
        self.automaton = auto

    def with_overrides(
        self,
        overrides: list[Place],
        *,
        curated: bool = True,
        alias_quality: int = 1,
        replace_existing: bool = True,
    ) -> Index:
        """A copy with ``overrides`` layered on by id.

        A known id keeps its codes and names and takes the row's point, precision, source,
        name, level and aliases (``replace_existing``); a new id is added under its KH
        province (by ``admin1`` name) or its country.
        """
        from dataclasses import replace as dc_replace

        rows = list(self.rows)
        parent = list(self.parent)
        curated_flags = list(self.curated)
        ids = dict(self.ids)
        exact = self.exact.copy()
        phon = self.phon.copy()
        province_by_name = {
            name_keys(str(r[1]))[1]: i
            for i, r in enumerate(rows)
            if r[2] == "province" and r[3] == "KH" and str(r[0]).startswith("kh:")
        }
        for row in overrides:
            names = {row.name: 0} | {a: alias_quality for a in row.aliases if a != row.name}
            idx = ids.get(row.id)
            if idx is None:
                idx = len(rows)
                ids[row.id] = idx
                rows.append(place_row(replace_aliases(row, curated)))
                curated_flags.append(curated)
                anc = (
                    province_by_name.get(name_keys(row.admin1)[1], -1)
                    if row.country == "KH" and row.admin1
                    else -1
                )
                if anc < 0 and row.country == "KH" and row.admin1_code:
                    anc = ids.get(f"kh:{row.admin1_code}", -1)
                if anc < 0 and row.country:
                    anc = ids.get(f"country:{row.country}", -1)
                parent.append(anc)
            elif not replace_existing:
                continue
            else:
                old = self.place(idx)
                merged = dc_replace(
                    old,
                    name=row.name,
                    lat=row.lat,
                    lon=row.lon,
                    geo_precision=row.geo_precision,
                    source=row.source,
                    level=row.level,
                    country=row.country or old.country,
                    admin1=row.admin1 or old.admin1,
                    admin2=row.admin2 or old.admin2,
                    kind=row.kind or old.kind,
                    aliases=tuple(dict.fromkeys((*old.aliases, *row.aliases))),
                )
                rows[idx] = place_row(merged)
                curated_flags[idx] = curated_flags[idx] or curated
            for nm, quality in names.items():
                ek, pk, _ = name_keys(nm)
                if not ek:
                    continue
                for table, key, variant in (
                    (exact, ek, False),
                    (phon, pk, False),
                    (exact, ek.replace(" ", ""), " " in ek),
                    (phon, pk.replace(" ", ""), " " in pk),
                ):
                    q = min(3, quality + 1) if variant else quality
                    kept = tuple(e for e in table.get(key, ()) if e[0] != idx)
                    table.set(key, ((idx, q), *kept) if curated else (*kept, (idx, q)))
        new = Index(
            rows,
            parent,
            curated_flags,
            ids,
            exact,
            phon,
            self.demonyms,
            self.common,
            self.versions,
            list(self.problems),
            self.english,
            self.words,
            self.spelled,
        )
        new._level_keys = None  # recomputed on first fuzzy match: overrides may add names
        return new  # its automaton is built on first scan

    def level_keys(self, hint: str) -> list[str]:
        """Phonetic keys (one word, spaces removed) that an admin-word hint may fuzzily match."""
        if self._level_keys is None:
            self._level_keys = _fuzzy_keys(self)
        return self._level_keys.get(hint, [])

    def borders_of(self, iso: str) -> list[int]:
        """Indices of the border regions (``border:AA-BB``) that involve country ``iso``."""
        if self._borders is None:
            table: dict[str, list[int]] = {}
            for pid, i in self.ids.items():
                if pid.startswith("border:"):
                    for cc in pid[7:].split("-"):
                        table.setdefault(cc, []).append(i)
            self._borders = table
        return self._borders.get(iso, [])

    def ancestors(self, idx: int) -> list[int]:
        """Parent, grandparent ... of a place (indices), nearest first."""
        out: list[int] = []
        cur = self.parent[idx]
        while cur >= 0 and cur not in out:
            out.append(cur)
            cur = self.parent[cur]
        return out


def replace_aliases(place: Place, curated: bool) -> Place:
    """Imported places keep no alias list on the Place itself (their names are indexed)."""
    if curated or not place.aliases:
        return place
    from dataclasses import replace as dc_replace

    return dc_replace(place, aliases=())


def _add(table: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    if not key:
        return
    bucket = table.setdefault(key, [])
    for i, (idx, q) in enumerate(bucket):
        if idx == entry[0]:
            if entry[1] < q:
                bucket[i] = entry
            return
    bucket.append(entry)


def index_from_places(
    named: dict[str, NamedPlace], *, versions: dict[str, str], problems: list[str]
) -> Index:
    """Turn assembled places into an Index (keys, variants, demonyms, common words)."""
    from wordfreq import iter_wordlist, zipf_frequency

    english: set[str] = set()
    english_words: set[str] = set()
    for word in iter_wordlist("en"):
        zipf = zipf_frequency(word, "en")
        if zipf < VARIANT_WORD_ZIPF:
            break
        english_words.add(word)
        if zipf >= COMMON_WORD_ZIPF:
            english.add(word)
    order = sorted(named)
    ids = {pid: i for i, pid in enumerate(order)}
    places = [named[pid].place for pid in order]
    rows = [place_row(p) for p in places]
    parent = [ids.get(named[pid].parent or "", -1) for pid in order]
    curated = [named[pid].curated for pid in order]
    exact: dict[str, list[Entry]] = {}
    phon: dict[str, list[Entry]] = {}
    spelled: set[str] = set()
    demonyms: dict[str, str] = {}
    for i, pid in enumerate(order):
        for nm, quality in named[pid].names.items():
            ek, pk, hint = name_keys(nm)
            if hint is not None and " " not in ek and ek in english and not ek.isdigit():
                # "International City", "Karen State": without the admin word the name is an
                # ordinary word (or an ethnonym), so only the whole name is indexed
                ws = words(nm)
                ek, pk = " ".join(w.key for w in ws), " ".join(w.phon for w in ws)
            if not ek or (ek.isdigit() and places[i].level not in (Level.VILLAGE, Level.COMMUNE)):
                continue
            _add(exact, ek, (i, quality))
            if nm in named[pid].exact_only:
                spelled.add(pk)  # (found by the automaton, looked up by its exact key only)
            else:
                _add(phon, pk, (i, quality))
            if " " in ek:
                _add(exact, ek.replace(" ", ""), (i, min(3, quality + 1)))
                if nm in named[pid].exact_only:
                    spelled.add(pk.replace(" ", ""))
                else:
                    _add(phon, pk.replace(" ", ""), (i, min(3, quality + 1)))
        for dem in named[pid].demonyms:
            demonyms[name_keys(dem)[0]] = places[i].country or ""
    for dem in REGIONAL_DEMONYMS:
        demonyms[name_keys(dem)[0]] = ""
    common = frozenset(
        k
        for k in exact
        if " " not in k and not k.isdigit() and zipf_frequency(k, "en") >= COMMON_WORD_ZIPF
    )

    def ordered(table: dict[str, list[Entry]]) -> EntryTable:
        return EntryTable(
            {
                k: tuple(sorted(v, key=lambda e: (e[1], -places[e[0]].population)))
                for k, v in table.items()
            }
        )

    index = Index(
        rows,
        parent,
        curated,
        ids,
        ordered(exact),
        ordered(phon),
        demonyms,
        common,
        versions,
        problems,
        english=frozenset(english),
        words=frozenset(english_words),
        spelled=frozenset(spelled),
    )
    index._level_keys = _fuzzy_keys(index)
    return index


_FUZZY_HINTS = ("province", "district", "commune", "town")


def _fuzzy_keys(index: Index) -> dict[str, list[str]]:
    """Per admin-word hint, the keys of places in the story's countries at that level."""
    from gazetteer.scan import hint_allows

    out: dict[str, set[str]] = {h: set() for h in _FUZZY_HINTS}
    for key, code in index.phon._map.items():
        if " " in key or len(key) < 5:
            continue
        entries = index.phon[key] if code < 0 else ((code >> 2, code & 3),)
        for i, _ in entries[:20]:
            row = index.rows[i]
            if row[3] not in FULL_COUNTRIES and not index.curated[i]:
                continue
            level = index.level(i)
            for hint in _FUZZY_HINTS:
                if hint_allows(hint, level):
                    out[hint].add(key)
    return {h: sorted(v) for h, v in out.items()}


def cache_dir() -> Path:
    """Where the index cache and imported GeoNames dumps live (``$GEOTRACK_CACHE`` wins)."""
    env = os.environ.get("GEOTRACK_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("geotrack", appauthor=False))


def _imported_dumps() -> list[Path]:
    folder = cache_dir() / "geonames"
    return sorted(folder.glob("*.tsv")) if folder.is_dir() else []


def _read_cache(path: Path, versions: dict[str, str]) -> Index | None:
    if not path.is_file():
        return None
    gc_was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects: the collector only slows the load
    try:
        with path.open("rb") as fh:
            index = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None  # a corrupt or stale cache is rebuilt
    finally:
        if gc_was_enabled:
            gc.enable()
    return index if isinstance(index, Index) and index.versions == versions else None


def _write_cache(path: Path, index: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".index-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        Path(tmp).replace(path)
    except OSError:
        pass  # a read-only cache dir only costs the rebuild next time


def _digest(versions: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(versions, sort_keys=True).encode()).hexdigest()[:16]


def base_index_path() -> Path:
    """Cache file of the index of the embedded data (no imports)."""
    return cache_dir() / f"index-{_digest(data_versions())}.pickle"


def load_index(*, rebuild: bool = False) -> Index:
    """Load the cached index, or build it from the packaged sources and cache it.

    The embedded data is cached on its own; imported GeoNames dumps are layered on top
    of it and that result is cached under a key that also names the dumps.
    """
    versions = data_versions()
    path = cache_dir() / f"index-{_digest(versions)}.pickle"
    base = None if rebuild else _read_cache(path, versions)
    if base is None:
        with _build_lock():
            # another process may have built it while this one waited
            base = None if rebuild else _read_cache(path, versions)
            if base is None and not rebuild and _build_in_child():
                base = _read_cache(path, versions)
            if base is None:
                base = _build_and_write(path, versions)
    base.automaton_path = path.with_name(path.name.replace("index-", "automaton-"))
    dumps = _imported_dumps()
    if not dumps:
        return base
    full_versions = dict(versions)
    for dump in dumps:
        stat = dump.stat()
        full_versions[f"import:{dump.name}"] = f"{stat.st_size}:{int(stat.st_mtime)}"
    full_path = cache_dir() / f"index-{_digest(full_versions)}.pickle"
    full = None if rebuild else _read_cache(full_path, full_versions)
    if full is None:
        from gazetteer.geonames_import import read_imported

        imported: list[Place] = []
        for dump in dumps:
            for named_place in read_imported(dump):
                p = named_place.place
                alts = tuple(n for n, q in named_place.names.items() if q > 0)
                imported.append(dc_replace_aliases(p, alts))
        full = base.with_overrides(imported, curated=False, alias_quality=2, replace_existing=False)
        full.versions = full_versions
        _write_cache(full_path, full)
        full_path.with_name(full_path.name.replace("index-", "automaton-")).unlink(missing_ok=True)
        _prune(cache_dir(), keep={path.name, full_path.name})
    full.automaton_path = full_path.with_name(full_path.name.replace("index-", "automaton-"))
    return full


def _build_and_write(path: Path, versions: dict[str, str]) -> Index:
    """Build the index of the embedded data and write its cache file."""
    named, problems = build_base()
    base = index_from_places(named, versions=versions, problems=problems)
    _write_cache(path, base)
    auto_path = path.with_name(path.name.replace("index-", "automaton-"))
    auto_path.unlink(missing_ok=True)
    _prune(cache_dir(), keep={path.name})
    return base


def _build_in_child() -> bool:
    """Build and cache the index in a child Python process; True when it succeeded.

    Reading the source tables (the 80 MB cities500 file among them) peaks near 490 MB, and
    memory a process has used for that stays with it. Built in a child, it is returned to
    the system when the child exits: the process that goes on to extract keeps the
    footprint of a warm start (about 320 MB). The caller falls back to building in
    process (a read-only cache folder, no interpreter to start).
    """
    import subprocess
    import sys

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    env["GEOTRACK_CACHE"] = str(cache_dir())
    code = "from gazetteer.index import _build_child_main; _build_child_main()"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, timeout=900, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def _build_child_main() -> None:
    """Entry point of :func:`_build_in_child` (the parent holds the build lock)."""
    versions = data_versions()
    _build_and_write(cache_dir() / f"index-{_digest(versions)}.pickle", versions)


@contextmanager
def _build_lock() -> Iterator[None]:
    """One index build at a time per cache folder (parallel test workers, parallel runs)."""
    from filelock import FileLock, Timeout

    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(folder / ".build.lock"), timeout=600)
        lock.acquire()
    except (OSError, Timeout):
        yield  # no lock possible (read-only folder): build without it
        return
    try:
        yield
    finally:
        lock.release()


def _prune(folder: Path, *, keep: set[str]) -> None:
    """Remove index/automaton caches of other data versions (they are never read again)."""
    wanted = keep | {k.replace("index-", "automaton-") for k in keep}
    for stale in [*folder.glob("index-*.pickle"), *folder.glob("automaton-*.pickle")]:
        if stale.name not in wanted:
            stale.unlink(missing_ok=True)


def dc_replace_aliases(place: Place, aliases: tuple[str, ...]) -> Place:
    """``place`` with these aliases (imported alternate names)."""
    from dataclasses import replace as dc_replace

    return dc_replace(place, aliases=aliases)
