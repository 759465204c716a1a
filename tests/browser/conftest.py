"""A real headless chromium (Debian's, driven by Playwright) with the network blocked.

Never downloads a browser: the tests use the chromium installed on the system
(``GEOTRACK_CHROMIUM``, else ``chromium`` / ``chromium-headless-shell`` on PATH or in
/usr/lib/chromium) and skip with a clear message when there is none.
Every request that is not ``file:``, ``data:`` or ``blob:`` is aborted and recorded, so a
test can assert that nothing left the page. Screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
_CANDIDATES = (
    "chromium",
    "chromium-headless-shell",
    "chromium-browser",
    "/usr/lib/chromium/chromium",
    "/usr/lib/chromium/headless_shell",
)


def find_chromium() -> str | None:
    """Path of a chromium on this system, or None."""
    configured = os.environ.get("GEOTRACK_CHROMIUM")
    if configured:
        return configured if Path(configured).is_file() else None
    for name in _CANDIDATES:
        found = shutil.which(name) or (name if Path(name).is_file() else None)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One chromium with an empty profile for the session; skips when none is installed."""
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "no chromium found (install Debian's chromium or set GEOTRACK_CHROMIUM); "
            "the browser tests never download one"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is not installed"
    )
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            headless=True,
            args=[
                "--headless=new",
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-sync",
                "--no-first-run",
            ],
            viewport={"width": 1400, "height": 900},
            offline=True,
            service_workers="block",
        )
        try:
            yield context
        finally:
            context.close()


@dataclass
class MapPage:
    """A loaded map page with everything it tried to fetch and every error it logged."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        """Evaluate ``expression`` with ``map`` bound to the Leaflet map (``arg`` as ``arg``)."""
        return self.page.evaluate(
            "([arg]) => { const map = Object.values(window).find(v => v && v._geotrack);"
            f" return ({expression}); }}",
            [arg],
        )

    def stats(self) -> dict[str, Any]:
        """GeotrackMap.stats(map): events, visible, DOM markers and clusters."""
        return dict(self.js("GeotrackMap.stats(map)"))

    def settled_stats(self, want: dict[str, Any], timeout_ms: int = 5_000) -> dict[str, Any]:
        """``stats()`` once it shows ``want`` (clustering redraws after a zoom, slower on
        a busy machine), or as it is when ``timeout_ms`` has passed."""
        waited = 0
        stats = self.stats()
        while any(stats.get(k) != v for k, v in want.items()) and waited < timeout_ms:
            self.page.wait_for_timeout(100)
            waited += 100
            stats = self.stats()
        return stats

    def screenshot(self, name: str) -> Path:
        """Save a screenshot under tests/artifacts/ and return its path."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path))
        return path

    def assert_clean(self) -> None:
        """No request left the page and nothing was logged as an error."""
        assert self.blocked == [], f"requests left the page: {self.blocked[:5]}"
        assert self.errors == [], f"console errors: {self.errors[:5]}"


@pytest.fixture
def open_map(browser_context: Any) -> Iterator[Any]:
    """``open_map(path_or_url)`` -> MapPage, loaded and ready (markers added)."""
    pages: list[Any] = []

    def load(target: Path | str, *, wait_ready: bool = True) -> MapPage:
        page = browser_context.new_page()
        pages.append(page)
        loaded = MapPage(page)

        def route(request_route: Any) -> None:
            url = request_route.request.url
            if url.startswith(("file:", "data:", "blob:", "about:")):
                request_route.continue_()
            else:
                loaded.blocked.append(url)
                request_route.abort()

        page.route("**/*", route)
        page.on(
            "console",
            lambda message: (
                loaded.errors.append(f"{message.type}: {message.text}")
                if message.type in ("error", "warning")
                else None
            ),
        )
        page.on("pageerror", lambda error: loaded.errors.append(f"pageerror: {error}"))
        page.goto(target.as_uri() if isinstance(target, Path) else target)
        if wait_ready:
            page.wait_for_function("window.geotrackReady === true", timeout=60_000)
        return loaded

    yield load
    for page in pages:
        page.close()
