"""Regenerate the README images from the example articles (run after `make run`).

    .venv/bin/python docs/make_screenshots.py [OUTPUT_DIR]

Takes ``OUTPUT_DIR/map.html`` (default ``output/``) into headless Debian chromium with every
network request blocked, and saves ``docs/img/map.png``; copies ``OUTPUT_DIR/map.png`` (the
static report map) to ``docs/img/static-map.png`` at 150 dpi scale.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "output"
    page_path, static = out / "map.html", out / "map.png"
    if not page_path.is_file() or not static.is_file():
        print(f"run `make run` first: {page_path} or {static} is missing", file=sys.stderr)
        return 2
    executable = shutil.which("chromium") or "/usr/lib/chromium/chromium"
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=executable,
            headless=True,
            args=["--headless=new", "--no-sandbox", "--disable-background-networking"],
            viewport={"width": 1400, "height": 900},
            offline=True,
        )
        page = context.new_page()
        blocked: list[str] = []
        page.route(
            "**/*",
            lambda r: (
                r.continue_()
                if r.request.url.startswith(("file:", "data:", "blob:", "about:"))
                else (blocked.append(r.request.url), r.abort())
            ),
        )
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.geotrackReady === true", timeout=60_000)
        page.wait_for_timeout(800)
        page.screenshot(path=str(ROOT / "docs" / "img" / "map.png"))
        context.close()
    if blocked:
        print(f"warning: the map tried {len(blocked)} network requests", file=sys.stderr)
    with Image.open(static) as img:
        img.reduce(2).save(ROOT / "docs" / "img" / "static-map.png", optimize=True)
    print("wrote docs/img/map.png and docs/img/static-map.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
