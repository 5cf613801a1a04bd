"""Regenerate the screenshots in docs/img from the reference article.

    python docs/img/make_screenshots.py [ARTICLE.txt]

Parses the article with the installed reactlib, renders the HTML view, photographs it
in headless chromium (Debian's, driven by Playwright; see .ci/browser-setup.sh) and
draws the stance network by country with matplotlib.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import reactlib
from reactlib.graph import stance_graph, write_graph
from reactlib.render import write_html

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[2] / "shared" / "corpus" / "karabakh-2020-09-27.txt"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def main(source: Path) -> None:
    article = reactlib.parse(source.read_text(encoding="utf-8"), id=source.stem)
    print(f"{source.name}: {len(article.actors)} actors, {len(article.quotes)} quotes, "
          f"{len(article.dates)} dates, {len(article.stances)} stances")
    write_graph(stance_graph(article, by="country"), HERE / "network.png", title=f"Stances in {source.stem}")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "article.html"
        write_html(article, str(page_path))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(page_path.as_uri())
            page.screenshot(path=str(HERE / "article-view.png"))
            browser.close()
    print(f"wrote {HERE / 'network.png'} and {HERE / 'article-view.png'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
