"""Make a folium page self-contained: inline every script, stylesheet and CSS image.

folium writes ``<script src="https://cdn...">`` and ``<link rel="stylesheet" href="https://cdn...">``
tags; offline, such a page is blank. :func:`inline_assets` replaces each tag with the file's
text, taken from installed packages only (never the network):

- ``offlinefolium`` (PyPI ``folium-offline``) ships the JS/CSS of folium and its plugins,
  keyed by the very CDN URL folium writes;
- ``geotrack/render/assets/`` holds the few small files geotrack authors itself, referenced
  as ``geotrack-assets/<name>``.

CSS ``url(...)`` references that are not already ``data:`` URIs are resolved against the
same stores and become data URIs; an image no package ships is replaced by a transparent
pixel (a missing spinner is better than a request leaving the page) and listed in the
returned :class:`InlineReport`. A script or stylesheet no package ships is an error.
"""

from __future__ import annotations

import base64
import functools
import mimetypes
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urljoin

from geotrack.errors import OutputError

__all__ = [
    "ASSET_PREFIX",
    "InlineReport",
    "asset_text",
    "find_remote_references",
    "inline_assets",
]

#: URL prefix under which geotrack's own assets (``geotrack/render/assets/``) are referenced.
ASSET_PREFIX = "geotrack-assets/"

#: A 1x1 transparent GIF, used for CSS images that no installed package ships.
BLANK_IMAGE = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

_SCRIPT_TAG = re.compile(r'<script src="(?P<url>[^"<>]+)"></script>')
_CSS_TAG = re.compile(r'<link rel="stylesheet" href="(?P<url>[^"<>]+)"\s*/?>')
_CSS_URL = re.compile(r"url\(\s*(?P<q>['\"]?)(?P<url>[^'\")]*)(?P=q)\s*\)")
_CLOSE_SCRIPT = re.compile(r"</(script)", re.IGNORECASE)
_CLOSE_STYLE = re.compile(r"</(style)", re.IGNORECASE)
# Anything that makes the browser fetch from elsewhere by itself: src attributes, <link href>,
# CSS url() and @import. (Plain <a href> links are navigation the reader chooses, not fetches.)
_REMOTE_REF = re.compile(
    r"""(?:\bsrc\s*=\s*|<link\b[^>]*?\bhref\s*=\s*|url\(\s*|@import\s+)["']?"""
    r"""(?P<url>(?:https?:)?//[^"')\s>]+)""",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class InlineReport:
    """What :func:`inline_assets` did.

    ``inlined`` lists the URLs replaced by their content, ``blanked`` the CSS images no
    installed package ships (replaced by a transparent pixel).
    """

    inlined: tuple[str, ...]
    blanked: tuple[str, ...]


@functools.cache
def _package_store() -> Mapping[str, str]:
    """URL -> text of every asset that ``offlinefolium`` ships (loaded once)."""
    from offlinefolium import elements  # heavy module (3.5 MB of JS strings): import lazily

    store: dict[str, str] = elements._res
    return store


def asset_text(url: str) -> str | None:
    """Return the text of the asset behind ``url`` from an installed package, or None.

    Parameters
    ----------
    url
        A CDN URL as folium writes it, or ``geotrack-assets/<name>`` for geotrack's own files.

    Returns
    -------
    str or None
        The file's text; None when no installed package ships it.
    """
    if url.startswith(ASSET_PREFIX):
        name = url[len(ASSET_PREFIX) :]
        if "/" in name or name.startswith("."):
            return None
        resource = resources.files("geotrack.render").joinpath("assets", name)
        return resource.read_text(encoding="utf-8") if resource.is_file() else None
    store = _package_store()
    if url in store:
        return store[url]
    if url.startswith("//") and "https:" + url in store:
        return store["https:" + url]
    return None


def _css_image(ref: str, base: str, blanked: list[str]) -> str:
    """Return a data URI for the image ``ref`` found in the stylesheet at ``base``."""
    if ref.startswith(("data:", "#")) or not ref:
        return ref
    absolute = urljoin(base, ref)
    if absolute.startswith(ASSET_PREFIX):
        resource = resources.files("geotrack.render").joinpath(
            "assets", absolute[len(ASSET_PREFIX) :]
        )
        if resource.is_file():
            mime = mimetypes.guess_type(absolute)[0] or "application/octet-stream"
            payload = base64.b64encode(resource.read_bytes()).decode("ascii")
            return f"data:{mime};base64,{payload}"
    text = asset_text(absolute)
    if text is not None and absolute.endswith(".svg"):
        return "data:image/svg+xml;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")
    blanked.append(absolute)
    return BLANK_IMAGE


def _inline_css(css: str, base: str, blanked: list[str]) -> str:
    """Turn every ``url(...)`` in ``css`` into a data URI and make it safe inside ``<style>``."""

    def replace(match: re.Match[str]) -> str:
        ref = match.group("url").strip()
        if ref.startswith(("data:", "#")):
            return match.group(0)
        return f'url("{_css_image(ref, base, blanked)}")'

    css = _CSS_URL.sub(replace, css)
    return _CLOSE_STYLE.sub(r"<\\/\1", css)


def inline_assets(page: str) -> tuple[str, InlineReport]:
    """Replace every external script and stylesheet in ``page`` by its inlined content.

    Parameters
    ----------
    page
        HTML as folium renders it.

    Returns
    -------
    tuple of str and InlineReport
        The self-contained page and what was inlined or blanked.

    Raises
    ------
    OutputError
        When a script or stylesheet is not shipped by any installed package, or when a
        reference to another host is left in the page afterwards.
    """
    inlined: list[str] = []
    blanked: list[str] = []

    def script(match: re.Match[str]) -> str:
        url = match.group("url")
        text = asset_text(url)
        if text is None:
            raise OutputError(
                f"script {url!r} is not shipped by any installed package; cannot build an offline map"
            )
        inlined.append(url)
        return "<script>" + _CLOSE_SCRIPT.sub(r"<\\/\1", text) + "</script>"

    def stylesheet(match: re.Match[str]) -> str:
        url = match.group("url")
        text = asset_text(url)
        if text is None:
            raise OutputError(
                f"stylesheet {url!r} is not shipped by any installed package; cannot build an offline map"
            )
        inlined.append(url)
        return "<style>" + _inline_css(text, url, blanked) + "</style>"

    page = _SCRIPT_TAG.sub(script, page)
    page = _CSS_TAG.sub(stylesheet, page)
    left = find_remote_references(page)
    if left:
        raise OutputError(f"the map still references other hosts after inlining: {left[:5]!r}")
    return page, InlineReport(tuple(inlined), tuple(blanked))


def find_remote_references(page: str) -> list[str]:
    """List the URLs in ``page`` that a browser would fetch from another host.

    Looks at ``src=`` attributes, ``<link href=>``, CSS ``url()`` and ``@import``. Links
    (``<a href>``) are not fetches and are not listed, nor are URLs inside script code that
    is only used on request (tile templates of the opt-in online basemaps).

    Parameters
    ----------
    page
        An HTML page or fragment.

    Returns
    -------
    list of str
        The remote URLs, in page order (empty for a self-contained page).
    """
    return [m.group("url") for m in _REMOTE_REF.finditer(page)]
