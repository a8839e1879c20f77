"""The web UI in a real headless Chromium against `marsad serve` on 127.0.0.1.

Screenshots go to test-artifacts/screenshots/. Needs Debian's chromium (installed by `make test`)
and the Playwright Python package (driving that browser, no browser download).
"""

from __future__ import annotations


import pytest

from browser_support import SHOTS, launch, require_chromium
from conftest import running_server

pytestmark = pytest.mark.browser
require_chromium()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from marsad.demo.run import run_demo

    db = str(tmp_path_factory.mktemp("browser") / "demo.db")
    run_demo(db)
    with running_server(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with launch() as b:
        yield b


def arabic_is_shaped(page) -> bool:
    """Joined Arabic letters render narrower than the same letters apart; boxes (no font) would not differ."""
    return page.evaluate("""() => {
        const probe = (text) => { const s = document.createElement('span'); s.style.fontSize = '40px';
            s.textContent = text; document.body.appendChild(s); const w = s.getBoundingClientRect().width;
            s.remove(); return w; };
        const joined = probe('بيبيبي'), apart = probe('ب ي ب ي ب ي'), space = probe(' ') * 5;
        return joined < (apart - space) * 0.9;
    }""")


def test_home_story_search_and_language(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ar")
    page.goto(server + "/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert arabic_is_shaped(page), "Arabic text is not shaped: is an Arabic font (fonts-noto-core) installed?"
    page.screenshot(path=str(SHOTS / "home.png"), full_page=True)

    first = page.locator("a.story-link").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert "/story/" in page.url and page.locator("h1").inner_text() == title
    assert page.locator("ol.timeline li").count() > 0
    page.screenshot(path=str(SHOTS / "story.png"), full_page=True)

    page.fill("header input[name=q]", "الفيضانات")
    page.press("header input[name=q]", "Enter")
    page.wait_for_load_state()
    results = page.locator("li.result")
    assert results.count() > 0 and page.locator("li.result mark").count() > 0
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)

    page.click("#lang-switch")
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("form[role=search]").count() == 1, "one search box on the search page"
    assert page.locator("form[role=search] button").inner_text() == "Search"
    page.goto(server + "/")
    assert "Top stories" in page.locator("h1").inner_text()  # the choice sticks (cookie)
    page.screenshot(path=str(SHOTS / "home-en.png"), full_page=True)
    page.close()


def test_article_page_on_a_phone(server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page.goto(server + "/")
    page.locator("ul.plain a").first.click()
    page.wait_for_load_state()
    assert page.locator("article.article p.para").count() > 0
    assert page.locator("a.ent").count() > 0, "entities are highlighted and linked"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"page overflows a phone screen ({width}px)"
    page.screenshot(path=str(SHOTS / "article-phone.png"), full_page=True)
    page.locator("a.ent").first.click()
    page.wait_for_load_state()
    assert "/entity/" in page.url and page.locator("svg.chart").count() == 1
    page.screenshot(path=str(SHOTS / "entity-phone.png"), full_page=True)
    page.close()


def test_api_docs_work_offline(server, browser):
    # Chromium here has no route to the Internet: /docs must render from Marsad's own files.
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/articles" in p for p in paths) and any("/api/stories" in p for p in paths)
    assert not outside, f"/docs fetched from outside the server: {outside}"
    assert not failed
    page.screenshot(path=str(SHOTS / "docs.png"), full_page=False)
    page.close()
