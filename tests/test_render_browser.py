"""The HTML view in a real headless browser: it loads cleanly and the marks sit on their offsets.

Uses Debian's ``chromium`` driven by Playwright (``.ci/browser-setup.sh`` installs both).
Without them the test is skipped on a developer machine but FAILS in CI (``CI=true``),
so a missing browser can never pass for a working view.
"""

from __future__ import annotations

import os
import shutil

import pytest
from views_fixtures import demo_article

from reactlib.render import write_html

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def chromium_path() -> str:
    """Debian's chromium, or a failure (CI) / skip (elsewhere) saying how to get it."""
    path = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    problem = None
    if path is None:
        problem = "Debian's chromium is not installed (run .ci/browser-setup.sh, or apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright Python package is not installed (run .ci/browser-setup.sh)"
    if problem:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"browser test cannot run in CI: {problem}")
        pytest.skip(problem)
    return path


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


def open_page(browser, path):
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
            if msg.type in ("error", "warning") else None)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("requestfailed", lambda req: problems.append(f"request failed: {req.url}"))
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto(path.as_uri(), wait_until="load")
    return page, problems, requests


def test_page_loads_without_errors_and_marks_sit_on_their_offsets(browser, tmp_path):
    article = demo_article()
    out = tmp_path / "article.html"
    write_html(article, str(out))
    page, problems, requests = open_page(browser, out)
    try:
        assert page.title() == "demo-1"
        # The article as the browser shows it is the article text, character for character.
        assert page.eval_on_selector("#article", "el => el.textContent") == article.text
        marks = page.eval_on_selector_all(
            "#article .mk", "els => els.map(e => [e.className, e.dataset.ref, +e.dataset.start, "
                            "+e.dataset.end, e.textContent, getComputedStyle(e).backgroundColor])")
        assert len(marks) >= len(article.quotes) + len(article.dates) + sum(len(a.mentions) for a in article.actors)
        for cls, ref, start, end, text, _ in marks:
            assert text == article.text[start:end], (cls, ref)
        # Every record is marked: the pieces of each start at its start and end at its end.
        for quote in article.quotes:
            pieces = sorted((s, e) for c, r, s, e, _, _ in marks if r == quote.id and "quote" in c)
            assert pieces[0][0] == quote.start and pieces[-1][1] == quote.end
        for timex in article.dates:
            assert any(s == timex.start and e == timex.end for c, _, s, e, _, _ in marks if "timex" in c)
        # Quotes are painted in their speaker's colour, different speakers differently.
        colour = {r: bg for c, r, _, _, _, bg in marks if "quote" in c}
        assert colour["q1"] != colour["q2"] and "rgba(0, 0, 0, 0)" not in colour.values()
        # The date's value shows on hover (its title).
        assert page.get_attribute('.mk.timex[data-value="2023-05"]', "title") == "DATE 2023-05"
        # Clicking a stance row lights up its evidence.
        page.click('#stances tr[data-stance="3"]')
        lit = page.eval_on_selector_all(".mk.stance.active", "els => els.map(e => e.textContent).join('')")
        stance = article.stances[2]
        assert lit == article.text[stance.start:stance.end]
        assert problems == []
        assert all(url.startswith("file:") for url in requests), requests  # self-contained
    finally:
        page.close()
