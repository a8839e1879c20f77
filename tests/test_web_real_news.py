"""Every page type on real news: part of a SaudiNewsNet day, processed, served, opened in headless Chromium.

Screenshots of each page go to test-artifacts/screenshots/real-*.png (read them when the pages change).  The
checks are what readers complained about: Latin slugs for outlets, raw HTML entities in titles, English type codes
in Arabic lines, pages that run for metres, dates broken over lines, a page wider than a phone.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile

import pytest

from browser_support import SHOTS, launch, require_chromium
from conftest import SHARED, running_server

pytestmark = pytest.mark.browser
require_chromium()
DAY = SHARED / "data" / "saudinewsnet" / "2015-07-21.zip"
ARTICLES = 300  # records spread over the day: every outlet, and stories of several articles
SLUGS = re.compile(r"\b(?:aawsat|okaz|alriyadh|aljazirah|alyaum|almadina|alwatan|alweeam|sabq|aleqtisadiya|arreyadi)\b")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not DAY.exists():
        pytest.skip(f"{DAY} not present")
    tmp = tmp_path_factory.mktemp("real")
    with zipfile.ZipFile(DAY) as zf:
        records = json.loads(zf.read(zf.namelist()[0]).decode("utf-8"))
    records = records[::max(1, len(records) // ARTICLES)][:ARTICLES]  # spread over the day: every outlet
    subset = tmp / "day.jsonl"
    subset.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp / "real.db"
    for args in (["ingest", str(subset)], ["process"]):
        subprocess.run([sys.executable, "-m", "marsad", "--db", str(db), *args], check=True, capture_output=True)
    with running_server(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with launch() as b:
        yield b


def _visible_text(page) -> str:
    return page.evaluate("document.body.innerText")


def _check_page(page, name: str, *, max_height: int = 9000) -> None:
    text = _visible_text(page)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert not SLUGS.search(text), f"{name}: an outlet shown as its slug: {SLUGS.search(text).group(0)}"
    assert not re.search(r"&(?:quot|amp|#\d+);", text), f"{name}: raw HTML entities on the page"
    assert not re.search(r"\b(?:PER|LOC|ORG|MISC)\b", text), f"{name}: an English type code in the Arabic page"
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= max_height, f"{name}: {height}px tall"
    # A date never breaks over two lines.
    broken = page.evaluate("""() => [...document.querySelectorAll('time')].filter(t => {
        const tops = [...t.getClientRects()].map(r => r.top);  // bidi runs are pieces of one line, not lines
        return tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 4; }).length""")
    assert broken == 0, f"{name}: {broken} dates broken across lines"
    page.screenshot(path=str(SHOTS / f"real-{name}.png"), full_page=True)


def test_every_page_type_reads_well_on_a_real_day(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ar")
    page.goto(server + "/")
    _check_page(page, "home")
    assert page.locator("a.story-link").count() >= 5

    page.locator("a.story-link").first.click()
    page.wait_for_load_state()
    _check_page(page, "story")

    page.goto(server + "/")
    page.locator("ul.plain a").first.click()
    page.wait_for_load_state()
    _check_page(page, "article")
    assert page.locator("p.para").count() > 0

    entity = page.locator("a.ent").first
    if entity.count():
        entity.click()
        page.wait_for_load_state()
        _check_page(page, "entity")

    page.goto(server + "/search?q=" + "الرياض")
    _check_page(page, "search")
    assert page.locator("form[role=search]").count() == 1
    titles = page.locator("li.result > a").all_inner_texts()
    assert titles and len(titles) == len(set(zip(titles, page.locator("li.result .muted").all_inner_texts())))
    page.close()


def test_pages_fit_a_phone(server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    for path, name in (("/", "home"), ("/search?q=" + "الرياض", "search")):
        page.goto(server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 391, f"{name} overflows a phone screen ({width}px)"
        page.screenshot(path=str(SHOTS / f"real-phone-{name}.png"), full_page=False)
    page.goto(server + "/")
    page.locator("a.story-link").first.click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    page.screenshot(path=str(SHOTS / "real-phone-story.png"), full_page=False)
    page.close()
