"""Article -> place mentions (with roles) and events (type, place, date, counts, provenance).

``extract_article(article, gazetteer=gz)`` runs one article through segmentation, the
gazetteer, role assignment and event extraction; ``extract_articles`` runs a batch (in a
process pool when ``workers > 1``) and records an article that fails as ``Skipped``
instead of failing the batch; ``merge_incidents`` joins reports of one happening across
articles.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from geotrack.errors import GeotrackError
from geotrack.extract.events import extract_events
from geotrack.extract.incidents import merge_incidents
from geotrack.extract.other_languages import LANGUAGES, extract_other_language_events
from geotrack.extract.segment import Segmentation, segment_text
from geotrack.ingest.language import non_english_language
from geotrack.model import Article, Event, Level, Mention, Place, Skipped
from geotrack.resolve.roles import classify_spans, mentions_with_roles

__all__ = [
    "ArticleResult",
    "BatchResult",
    "extract_article",
    "extract_articles",
    "merge_incidents",
]

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article's place mentions (roles event/context/dateline) and events."""

    article_id: str
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Skipped, ...] = ()


@dataclass(frozen=True, slots=True)
class BatchResult:
    """A batch's mentions and events, and the articles that could not be extracted.

    Iterating gives the per-article results, in input order.
    """

    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    results: list[ArticleResult] = field(default_factory=list)

    def __iter__(self) -> Any:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)


def _country_lookup(gazetteer: Any) -> Callable[[str], Place | None]:
    @functools.lru_cache(maxsize=512)
    def country(code: str) -> Place | None:
        getter = getattr(gazetteer, "country", None)
        place = getter(code) if getter is not None else None
        return place if isinstance(place, Place) else None

    return country


#: Demonym look-ups per gazetteer object, cached across the articles of a process.
_NATIONALITY_CACHES: dict[int, tuple[Any, Callable[[str], str | None]]] = {}


def _nationality_lookup(gazetteer: Any) -> Callable[[str], str | None]:
    cached = _NATIONALITY_CACHES.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]

    @functools.lru_cache(maxsize=8192)
    def nationality(word: str) -> str | None:
        code = gazetteer.nationality(word)
        return str(code) if code else None

    if len(_NATIONALITY_CACHES) > 8:
        _NATIONALITY_CACHES.clear()
    _NATIONALITY_CACHES[id(gazetteer)] = (gazetteer, nationality)
    return nationality


def extract_article(article: Article, *, gazetteer: Any) -> ArticleResult:
    """Extract one article's place mentions and events.

    Parameters
    ----------
    article
        The article (its ``published`` date anchors relative dates).
    gazetteer
        A ``gazetteer.Gazetteer`` (``resolve``, ``nationality``, ``country``).

    Returns
    -------
    ArticleResult
        Mentions with roles event / context / dateline (nonplace and offtopic left
        out) and the article's events, merged per happening.
    """
    segmentation = segment_text(article.text)
    # Boilerplate and unrelated stories are blanked (same offsets) before the gazetteer
    # sees the text: their places can never become events, and they must not sway the
    # ranking of the story's own places.
    language = article.language or non_english_language(article.text)
    # A page in another language: its everyday words are no places ("Namun", "Dalam").
    resolutions = (
        gazetteer.resolve(_mask_offtopic(article.text, segmentation), language=language)
        if language in LANGUAGES
        else gazetteer.resolve(_mask_offtopic(article.text, segmentation))
    )
    spans = classify_spans(article.text, segmentation, resolutions, language)
    demonym = _nationality_lookup(gazetteer)
    # "130 Myanmar citizens": a country the article names, used as a nationality.
    country_words = {
        s.text: s.place.country
        for s in spans
        if s.place is not None and s.place.level is Level.COUNTRY and s.place.country
    }

    def nationality(word: str) -> str | None:
        return demonym(word) or country_words.get(word)

    if language in LANGUAGES:
        # A Portuguese or Indonesian page: the smaller reader of its language, not the
        # English rules (which would find nothing).
        placed = extract_other_language_events(
            article, segmentation, spans, language, country=_country_lookup(gazetteer)
        )
        mentions = mentions_with_roles(article.id, spans, placed.event_spans)
        return ArticleResult(article.id, tuple(mentions), tuple(placed.events))
    codes = [
        s.nationality for s in spans if s.nationality and not segmentation.offtopic_at(s.start)
    ]
    placed = extract_events(
        article,
        segmentation,
        spans,
        nationality=nationality,
        country=_country_lookup(gazetteer),
        nationality_codes=codes,
        outlet_code=_outlet_code(article.source, gazetteer),
    )
    mentions = mentions_with_roles(article.id, spans, placed.event_spans)
    return ArticleResult(article.id, tuple(mentions), tuple(placed.events))


_OUTLET_CODES: dict[tuple[int, str], str | None] = {}
_OUTLET_WORDS_RE = re.compile(
    r"\b(?:The|Post|Times|Daily|Herald|News|Tribune|Journal|Gazette|Mail|Star|Nation|Today|"
    r"Online|Express|Standard|Morning|Evening|Chronicle|Monitor|Review|Observer|Insider|"
    r"International|Mirror|Inquirer|Press|Media|Network|Broadcasting|Radio|Television|TV|"
    r"Agency|Weekly|Magazine|Sun|Telegraph|Guardian|Globe|Reporter|Report|English|Edition)\b"
)


def _outlet_code(source: str | None, gazetteer: Any) -> str | None:
    """The country an outlet's name places it in ("Bangkok Post" TH, "Khmer Times" KH, "The
    Irrawaddy" MM): its first place or nationality word; None for "Reuters", "Radio Free
    Asia". Outlets repeat across a batch: each name is resolved once per gazetteer."""
    if not source:
        return None
    key = (id(gazetteer), source)
    if key not in _OUTLET_CODES:
        # "Bangkok Post" -> "Bangkok": without the outlet's own words the gazetteer
        # reads the place (it leaves out a place inside an organisation's name).
        name = _OUTLET_WORDS_RE.sub(" ", source[:120]).strip()
        demonym = _nationality_lookup(gazetteer)
        # a nationality word first ("Malay Mail" is Malaysian, not the Philippine town)
        code = next((c for w in name.split() if (c := demonym(w.strip("().,")))), None)
        for resolution in gazetteer.resolve(name) if name and code is None else ():
            place = resolution.place
            code = getattr(resolution.span, "nationality", None) or (
                place.country if place is not None else None
            )
            if code:
                break
        if len(_OUTLET_CODES) > 10_000:
            _OUTLET_CODES.clear()
        _OUTLET_CODES[key] = code
    return _OUTLET_CODES[key]


def _mask_offtopic(text: str, segmentation: Segmentation) -> str:
    """``text`` with its offtopic paragraphs replaced by spaces (offsets unchanged)."""
    pieces: list[str] = []
    cursor = 0
    for para in segmentation.paragraphs:
        if para.offtopic:
            pieces.append(text[cursor : para.start])
            pieces.append(" " * (para.end - para.start))
            cursor = para.end
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


def _safe_extract(article: Article, gazetteer: Any) -> ArticleResult:
    try:
        return extract_article(article, gazetteer=gazetteer)
    except (
        GeotrackError,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        RecursionError,
    ) as exc:
        where = article.path or article.id
        reason = f"extraction failed: {type(exc).__name__}: {exc}"
        return ArticleResult(article.id, problems=(Skipped(input=where, reason=reason),))


_WORKER_GAZETTEER: Any = None


def _worker_init() -> None:
    global _WORKER_GAZETTEER
    if _WORKER_GAZETTEER is None:  # spawned workers load their own; forked ones inherit it
        from gazetteer import Gazetteer

        _WORKER_GAZETTEER = Gazetteer.default()


def _worker_extract(article: Article) -> ArticleResult:
    return _safe_extract(article, _WORKER_GAZETTEER)


def _default_gazetteer(settings: Any) -> Any:
    from gazetteer import Gazetteer

    extra = tuple(getattr(settings, "gazetteer", ()) or ())
    return Gazetteer(extra=list(extra)) if extra else Gazetteer.default()


def extract_articles(
    articles: Iterable[Article],
    *,
    gazetteer: Any = None,
    workers: int | None = None,
    progress: Progress | None = None,
    settings: Any = None,
) -> BatchResult:
    """Extract a batch of articles; one bad article is recorded, never fatal.

    Parameters
    ----------
    articles
        The articles, e.g. ``load_articles(...).articles``.
    gazetteer
        The gazetteer to use (default: ``Gazetteer.default()``, or one with the
        settings' override files).
    workers
        Processes (default: ``settings.workers``, else 1). Where processes fork (Linux),
        the gazetteer is loaded once here and shared with the workers; where they spawn,
        each worker loads ``Gazetteer.default()`` once and a custom ``gazetteer`` keeps
        the work in this process.
    progress
        ``progress(done, total)`` after each article.
    settings
        A :class:`geotrack.settings.Settings` (workers, gazetteer override files).

    Returns
    -------
    BatchResult
        Mentions, events and skipped articles (iterable as per-article results).
    """
    global _WORKER_GAZETTEER
    batch: Sequence[Article] = list(articles)
    total = len(batch)
    if workers is None:
        workers = int(getattr(settings, "workers", 1) or 1)
    workers = max(1, min(workers, os.cpu_count() or 1, max(total, 1)))
    results: list[ArticleResult] = []
    chunk = max(1, min(64, total // (workers * 4) or 1))
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if workers > 1:
        if context.get_start_method() == "fork":
            # Load once here; the forked workers share the loaded index (copy-on-write).
            _WORKER_GAZETTEER = gazetteer if gazetteer is not None else _default_gazetteer(settings)
        elif gazetteer is not None or bool(getattr(settings, "gazetteer", None)):
            workers = 1  # a custom gazetteer cannot be rebuilt in spawned workers
    if workers > 1:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_worker_init
        ) as pool:
            for done, result in enumerate(pool.map(_worker_extract, batch, chunksize=chunk), 1):
                results.append(result)
                if progress is not None:
                    progress(done, total)
        _WORKER_GAZETTEER = None
    else:
        gz = gazetteer if gazetteer is not None else _default_gazetteer(settings)
        for done, article in enumerate(batch, 1):
            results.append(_safe_extract(article, gz))
            if progress is not None:
                progress(done, total)
    out = BatchResult(results=results)
    for result in results:
        out.mentions.extend(result.mentions)
        out.events.extend(result.events)
        out.skipped.extend(result.problems)
    return out
