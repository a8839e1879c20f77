"""The rest of a new user's stumbles (round 39): the CLI and the API over the demo corpus, and the web pages.

The API and pages through `marsad serve` on a real port (``running_server``), the CLI through ``main`` on real
SQLite files.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import PARK_ARTICLE, cli, get_json, get_page, running_server
from marsad.cli.main import main


@pytest.fixture(scope="module")
def api(demo_db):
    with running_server(demo_db) as base:
        yield base


def test_since_later_than_until_is_an_error_not_an_empty_list(api, demo_db, capsys):
    """`articles --since 2026-12 --until 2026-11-18` said «nothing to list», as if no article were in the range."""
    for command in (["articles"], ["events"], ["graph"], ["relations", "مصر"]):
        rc, out, err = cli(capsys, "--db", demo_db, *command, "--since", "2026-12", "--until", "2026-11-18")
        assert rc == 2, command
        assert "--since 2026-12 is later than --until 2026-11-18: no date is both" in err, command
        assert "nothing to list" not in out
    for path in ("articles", "events"):
        status, body = get_json(f"{api}/api/{path}?since=2026-12&until=2026-11-18")
        assert status == 422 and body["detail"].startswith("since 2026-12 is later than until 2026-11-18"), path
    # an until of a whole month takes its days: a since inside it is in order, and lists
    rc, out, _ = cli(capsys, "--db", demo_db, "articles", "--since", "2026-11-18", "--until", "2026-11")
    assert rc == 0 and "nothing to list" not in out
    status, body = get_json(f"{api}/api/articles?since=2026-11-18&until=2026-11")
    assert status == 200 and body["items"]


def test_the_cli_shows_one_treaty_by_its_id_as_the_api_and_the_site_do(api, demo_db, capsys):
    """`marsad treaty ID` was an unknown command, though /api/treaties/{id} and /treaty/ID answer."""
    rc, out, _ = cli(capsys, "--db", demo_db, "treaties", "--all", "--json")
    first = json.loads(out.splitlines()[0])
    rc, listed, _ = cli(capsys, "--db", demo_db, "treaties", "--all")
    rc, out, err = cli(capsys, "--db", demo_db, "treaty", first["id"][:6])
    assert rc == 0, err
    assert out.startswith(f"[{first['id']}] ") and out in listed  # the record as `treaties` prints it
    assert " signed" in out and first["sources"][0]["article_id"] in out  # a step, with its sources
    rc, out, _ = cli(capsys, "--db", demo_db, "treaty", first["id"], "--json")
    assert rc == 0 and json.loads(out) == first
    assert get_json(f"{api}/api/treaties/{first['id'][:6]}")[1]["treaty"] == first
    rc, _, err = cli(capsys, "--db", demo_db, "treaty", "ffff0000")
    assert rc == 2 and "no treaty 'ffff0000': give its id, or the first 4 or more characters" in err
    status, body = get_json(f"{api}/api/treaties/ffff0000")
    assert status == 404 and body["detail"] == err.strip().removeprefix("marsad: error: ")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "treaty" in capsys.readouterr().out.replace("treaties", "")


def test_the_search_page_says_an_outlet_has_no_articles_and_names_those_stored(api):
    """/search?q=…&outlet=xyz said «لا نتائج», as if the outlet had published nothing on it; the API answers 404."""
    status, page = get_page(f"{api}/search?" + urllib.parse.urlencode({"q": "مصر", "outlet": "xyz"}))
    assert status == 200
    assert "لا مقالات محفوظة من وسيلة الإعلام «" in page and ">xyz</span>»" in page
    assert "لا نتائج" not in page
    assert "وسائل الإعلام المحفوظة: " in page and ">صحيفة الأفق</a>" in page
    # an outlet by its name, as the API takes it, still filters
    status, page = get_page(f"{api}/search?" + urllib.parse.urlencode({"q": "مصر", "outlet": "صحيفة الأفق"}))
    assert status == 200 and "لا مقالات محفوظة" not in page and 'class="result"' in page


def test_the_arabic_entity_page_names_a_roles_country_in_arabic(api):
    """The Arabic entity page read «وزير الخارجية — Jordan»."""
    page = get_page(f"{api}/entity/per:ayman-safadi")[1]
    assert "<li>وزير الخارجية — الأردن" in page and "Jordan" not in page
    assert "<li>foreign minister — Jordan" in get_page(f"{api}/entity/per:ayman-safadi?lang=en")[1]


def test_an_unknown_type_is_a_422_in_the_words_of_the_cli(api):
    """/api/events?type=xyz answered pydantic's «Input should be 'AGREE', …» with the input echoed as «XYZ»."""
    status, body = get_json(f"{api}/api/events?type=accuse&type=xyz")
    assert status == 422
    problem = body["detail"][0]
    assert problem["msg"].startswith("unknown event type xyz; use one of AGREE, CONSULT, ")
    assert problem["input"] == "xyz"
    status, body = get_json(f"{api}/api/entities?type=people")
    assert status == 422 and body["detail"][0]["msg"] == "unknown entity type people; use one of PER, LOC, ORG, MISC"


def test_the_ingest_summary_counts_in_the_singular_and_the_plural(tmp_path, capsys):
    """One file ingested said «1 documents read: 1 new, 0 already stored; 1 articles added»."""
    db, first = str(tmp_path / "n.db"), tmp_path / "park.txt"
    first.write_text(PARK_ARTICLE, encoding="utf-8")
    rc, _, err = cli(capsys, "--db", db, "ingest", str(first))
    assert rc == 0 and "1 document read: 1 new" in err and "; 1 article added;" in err
    rc, _, err = cli(capsys, "--db", db, "ingest", str(first))
    assert rc == 0 and "1 document read: 0 new, 1 already stored; 0 articles added;" in err


def test_the_home_page_shows_the_stories_before_quiet_latest_days(api):
    """The demo's home page listed one story, Nabeul's (its last two days), though three are told by four outlets
    each; nothing on the site leads to the other two but their articles."""
    page = get_page(f"{api}/")[1]
    for story in ("s-bb33aa146e7c", "s-b219bb95a026", "s-c9e5f40a991b"):
        assert f'class="story-link" href="/story/{story}"' in page
    assert page.index("s-bb33aa146e7c") < page.index("s-b219bb95a026")  # the latest days' story still first


def test_an_actors_page_leads_to_its_agreements_and_names_events_in_arabic(api):
    """No page linked a treaty's page: /treaty/ID could only be typed. The Arabic page badged events «AGREE/sign»."""
    status, body = get_json(f"{api}/api/treaties")
    nile = body["items"][0]
    page = get_page(f"{api}/entity/loc:egypt")[1]
    assert "<h2>الاتفاقات</h2>" in page
    assert f'<a href="/treaty/{nile["id"]}" dir="rtl" lang="ar">{nile["name"]}</a>' in page
    assert '<span class="badge" title="AGREE/sign">اتفاق</span>' in page and ">AGREE" not in page
    english = get_page(f"{api}/entity/loc:egypt?lang=en")[1]
    assert "<h2>Agreements</h2>" in english and ">AGREE/sign</span>" in english
    assert get_json(f"{api}/api/entities/loc:egypt")[1]["treaties"][0]["id"] == nile["id"]


def test_a_reader_clicks_from_a_story_to_an_actor_to_its_agreement(api):
    """In the real headless Chromium: home → the Nile story → Egypt → the agreement's page, by clicks alone."""
    from browser_support import launch, require_chromium

    require_chromium()
    with launch() as browser:
        page = browser.new_page(viewport={"width": 390, "height": 844}, locale="ar")
        page.goto(api + "/")
        page.locator('a.story-link[href="/story/s-c9e5f40a991b"]').click()
        page.wait_for_load_state()
        page.locator('a.chip[href="/entity/loc:egypt"]').first.click()
        page.wait_for_load_state()
        page.locator('a[href^="/treaty/"]').first.click()
        page.wait_for_load_state()
        assert "/treaty/" in page.url and "إدارة مياه النيل" in page.locator("h1").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scroll


def test_the_latest_articles_on_the_home_page_are_in_date_order_and_a_step_reads_apart_from_its_date(api):
    """«أحدث المقالات» began with the 17 November piece above those of the 22nd and 23rd (the order they were
    stored); the treaty page read «توقيع17 نوفمبر 2026», the step's badge against its date."""
    page = get_page(f"{api}/")[1]
    recent = page[page.index("<h2>أحدث المقالات</h2>"):]
    days = [d for d in (s.split('"')[0] for s in recent.split('datetime="')[1:])]
    assert days and days == sorted(days, reverse=True) and days[0] == "2026-11-23"
    nile = get_json(f"{api}/api/treaties")[1]["items"][0]["id"]
    assert 'توقيع</span> <span class="muted">' in get_page(f"{api}/treaty/{nile}")[1]


def test_a_storys_page_leads_to_the_agreement_its_articles_report(api):
    """The Nile story's page told of the signing in its summary and timeline but linked no treaty page."""
    nile = get_json(f"{api}/api/treaties")[1]["items"][0]
    page = get_page(f"{api}/story/s-c9e5f40a991b")[1]
    assert "<h2>الاتفاقات</h2>" in page and f'<a href="/treaty/{nile["id"]}" dir="rtl" lang="ar">' in page
    assert "<h2>الاتفاقات</h2>" not in get_page(f"{api}/story/s-bb33aa146e7c")[1]  # the floods: no agreement
