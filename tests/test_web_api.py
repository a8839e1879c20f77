"""REST API and pages through the in-process ASGI client, checked against the library's own data functions."""

from __future__ import annotations

import csv
import io
import json

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.models import to_dict  # noqa: E402
from marsad.store import open_store  # noqa: E402
from marsad.views import article_view, search_view  # noqa: E402
from marsad.web.app import WebSettings, create_app, hide_paths  # noqa: E402


@pytest.fixture(scope="module")
def client(demo_db):
    with TestClient(create_app(WebSettings(db=demo_db))) as c:
        yield c


@pytest.fixture(scope="module")
def lib(demo_db):
    s = open_store(demo_db)
    yield s
    s.close()


def test_articles_keyset_paging_covers_everything_once(client, lib):
    seen, after = [], 0
    while True:
        page = client.get("/api/articles", params={"limit": 5, "after": after}).json()
        seen += [a["id"] for a in page["items"]]
        if page["next"] is None:
            break
        after = page["next"]
    assert seen == [a.id for a in lib.iter_articles(newest_first=True)]  # the latest news first
    assert len(seen) == len(set(seen)) == 12


def test_article_filters(client, lib):
    outlet = "صحيفة الأفق"
    got = client.get("/api/articles", params={"outlet": outlet}).json()["items"]
    assert got and {a["outlet"] for a in got} == {outlet}
    assert len(got) == len([a for a in lib.iter_articles() if a.outlet == outlet])
    since = client.get("/api/articles", params={"since": "2026-11-21"}).json()["items"]
    assert since and all(a["published_at"] >= "2026-11-21" for a in since)
    ent = client.get("/api/entities", params={"type": "LOC"}).json()["items"][0]
    by_entity = client.get("/api/articles", params={"entity": ent["id"]}).json()["items"]
    assert len(by_entity) == ent["articles"]


def test_article_detail_matches_library(client, lib):
    a = next(lib.iter_articles())
    assert client.get(f"/api/articles/{a.id}").json() == hide_paths(json.loads(json.dumps(article_view(lib, a.id))))
    assert client.get("/api/articles/nope").status_code == 404


def test_search_matches_library(client, lib):
    got = client.get("/api/search", params={"q": "الفيضانات"}).json()
    want = search_view(lib, "الفيضانات")
    assert [r["id"] for r in got["items"]] == [r["id"] for r in want["results"]] and got["items"]


def test_story_page_and_api_return_the_same_facts(client, lib):
    from marsad.stories.view import list_stories, story_view

    stories = client.get("/api/stories").json()["items"]
    assert [s["id"] for s in stories] == [s["id"] for s in list_stories(lib, limit=100)]
    sid = stories[0]["id"]
    api = client.get(f"/api/stories/{sid}").json()
    page_json = client.get(f"/story/{sid}", params={"format": "json"}).json()
    assert api == page_json == hide_paths(json.loads(json.dumps(to_dict(story_view(lib, sid)))))
    html = client.get(f"/story/{sid}").text
    assert api["title"] in html.replace("&#34;", '"')
    assert client.get("/story/s-missing").status_code == 404


def test_entities_and_entity_page(client):
    ents = client.get("/api/entities").json()["items"]
    assert ents and ents[0]["mentions"] >= ents[-1]["mentions"]
    e = ents[0]
    detail = client.get(f"/api/entities/{e['id']}").json()
    assert detail["entity"]["id"] == e["id"] and detail["mentions"] == e["mentions"]
    assert sum(d["articles"] for d in detail["over_time"]) <= e["articles"]
    assert e["name_ar"] in client.get(f"/entity/{e['id']}").text


def test_quotes_grouped_across_outlets(client, lib):
    from marsad.nlp.quote_records import quotes_listing

    groups = client.get("/api/quotes").json()["items"]
    assert len(groups) == len(quotes_listing(lib))
    assert any(len(g["outlets"]) > 1 for g in groups)


def test_csv_and_jsonl_exports(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/articles", params={"format": "csv"}).text.lstrip("\ufeff"))))
    lines = client.get("/api/articles", params={"format": "jsonl"}).text.splitlines()
    assert len(rows) == len(lines) == 12
    assert {r["id"] for r in rows} == {json.loads(l)["id"] for l in lines}
    stories_csv = client.get("/api/stories", params={"format": "csv"})
    assert stories_csv.headers["content-type"].startswith("text/csv") and "title" in stories_csv.text


def test_openapi_validates_and_lists_every_endpoint(client):
    from openapi_spec_validator import validate

    spec = client.get("/openapi.json").json()
    validate(spec)
    from marsad.web.api import router

    api_paths = {r.path for r in router.routes}
    assert api_paths == set(spec["paths"])


def test_ingest_is_off_without_token_and_requires_it(demo_db, tmp_path):
    import shutil

    db = str(tmp_path / "copy.db")
    shutil.copy(demo_db, db)
    doc = {"documents": [{"text": "أعلنت جامعة المدينة افتتاح كلية جديدة للذكاء الاصطناعي في مطلع العام الدراسي المقبل، "
                                  "وقال رئيس الجامعة إن الكلية ستستقبل خمسمئة طالب في سنتها الأولى.",
                          "title": "كلية جديدة", "outlet": "صحيفة تجريبية"}]}
    with TestClient(create_app(WebSettings(db=db))) as off:
        assert off.post("/api/ingest", json=doc).status_code == 404
    with TestClient(create_app(WebSettings(db=db, ingest_token="s3cret"))) as on:
        assert on.post("/api/ingest", json=doc).status_code == 403
        assert on.post("/api/ingest", json=doc, headers={"Authorization": "Bearer wrong"}).status_code == 403
        ok = on.post("/api/ingest", json=doc, headers={"Authorization": "Bearer s3cret"}).json()
        assert ok["articles_added"] == 1
        refused = on.post("/api/ingest", json={"urls": ["http://127.0.0.1:9/x"]},
                          headers={"Authorization": "Bearer s3cret"}).json()
        assert refused["articles_added"] == 0 and "loopback" in refused["rejections"][0]["reason"]
        assert any(a["title"] == "كلية جديدة" for a in on.get("/api/articles", params={"limit": 500}).json()["items"])


def test_article_text_is_escaped(tmp_path):
    from marsad.ingest.run import ingest

    db = str(tmp_path / "x.db")
    s = open_store(db)
    page = tmp_path / "evil.txt"
    page.write_text("خبر عن ثغرة في موقع حكومي\n\nنشر قراصنة شيفرة <script>alert('x')</script> في صفحة الموقع الرسمية "
                    "يوم الأحد، وقالت الوزارة إنها أصلحت الخلل خلال ساعات ولم تتسرب أي بيانات شخصية للمواطنين.",
                    encoding="utf-8")
    ingest(s, [str(page)])
    aid = next(s.iter_articles()).id
    with TestClient(create_app(WebSettings(db=db))) as c:
        for url in (f"/article/{aid}", "/search?q=شيفرة", "/"):
            html = c.get(url).text
            assert "<script>alert" not in html
        assert "&lt;script&gt;" in c.get(f"/article/{aid}").text


def test_request_size_limit(demo_db):
    with TestClient(create_app(WebSettings(db=demo_db, ingest_token="t", max_body_bytes=1000))) as c:
        r = c.post("/api/ingest", content=b"x" * 5000, headers={"Authorization": "Bearer t",
                                                                "Content-Type": "application/json"})
        assert r.status_code == 413


def test_english_labels_toggle(client):
    ar = client.get("/")
    assert 'dir="rtl"' in ar.text and "أبرز القصص" in ar.text
    en = client.get("/", params={"lang": "en"})
    assert "Top stories" in en.text and en.cookies.get("lang") == "en"


def test_events_api_and_entity_page_events(client, lib):
    from marsad.nlp.events.records import EventQuery, load_events

    got = client.get("/api/events").json()["items"]
    shown = load_events(lib, EventQuery(shown_only=True, limit=200))
    assert len(got) == len(shown) and all(e["shown"] for e in got)  # unsure events are left out by default
    every = client.get("/api/events", params={"all": "1"}).json()["items"]
    assert len(every) == len(load_events(lib, EventQuery(limit=200))) >= len(got)
    agree = client.get("/api/events", params={"type": "AGREE", "all": "1"}).json()["items"]
    assert agree and {e["type"] for e in agree} == {"AGREE"}
    actor = next(e["actor"]["entity_id"] for e in agree if (e.get("actor") or {}).get("entity_id"))
    page = client.get(f"/api/entities/{actor}").json()
    assert page["events"] and all(ev["sentence"] for ev in page["events"])


def test_an_event_whose_sentence_tells_no_time_shows_the_report_day_as_such(client):
    """No invented dates: an event whose sentence gives no time has no date of its own; the entity page says on
    which day it was reported instead of presenting that day as the day it happened."""
    every = client.get("/api/events", params={"limit": "500"}).json()["items"]
    untold = [e for e in every if not e.get("date") and (e.get("actor") or {}).get("entity_id") and e["published_at"]]
    assert untold, "the demo corpus has shown events whose sentence tells no time"
    ev = untold[0]
    page = client.get(f"/entity/{ev['actor']['entity_id']}", params={"lang": "en"}).text
    assert f'reported <time class="day" datetime="{ev["published_at"][:10]}">' in page


def test_an_act_bounded_by_its_announcement_reads_on_or_before_on_the_entity_page(client, monkeypatch):
    """"أعلنت الوزارة أمس مقتل ثلاثة": the page says the act happened on the announcement's day or before, not on it
    (events37)."""
    import marsad.web.data as web_data

    every = client.get("/api/events", params={"limit": "500"}).json()["items"]
    ev = next(e for e in every if (e.get("actor") or {}).get("entity_id"))
    told = {"article_id": ev["article_id"], "type": "ASSAULT", "mode": None, "date": "2015-07-20",
            "date_bound": "on_or_before", "reported": "2015-07-21", "actor": "x", "recipient": None,
            "modality": "reported", "negated": False, "outlet": None, "sentence": "..."}
    monkeypatch.setattr(web_data, "events_of_entity", lambda store, eid: [told])
    day = '<time class="day" datetime="2015-07-20">'
    en = client.get(f"/entity/{ev['actor']['entity_id']}", params={"lang": "en"}).text
    assert f"on or before {day}" in en
    ar = client.get(f"/entity/{ev['actor']['entity_id']}", params={"lang": "ar"}).text
    assert f"في {day}" in ar and "أو قبله" in ar.split(day, 1)[1][:120]


def test_entity_pages_leave_out_the_events_hidden_by_default(client):
    """An entity page lists what `marsad events` lists: an unsure event of the entity stays off its page."""
    every = client.get("/api/events", params={"all": "1", "limit": "500"}).json()["items"]
    hidden = [e for e in every if not e["shown"] and (e.get("actor") or {}).get("entity_id")]
    assert hidden, "the demo corpus has unsure events with a linked actor"
    ev = hidden[0]
    page = client.get(f"/api/entities/{ev['actor']['entity_id']}").json()
    listed = {(p["article_id"], p["type"]) for p in page["events"]}
    shown_same = {(e["article_id"], e["type"]) for e in every
                  if e["shown"] and (e.get("actor") or {}).get("entity_id") == ev["actor"]["entity_id"]}
    assert (ev["article_id"], ev["type"]) not in listed - shown_same


def test_arabic_story_pages_label_compared_figures_in_arabic(client, lib):
    """The demo's planted disagreements (a toll, a treaty's term, a count of memoranda) are labelled in Arabic on
    Arabic pages, with the counted noun as an outlet wrote it; the English page keeps English labels."""
    import re

    from marsad.stories.view import list_stories

    pages_ar, pages_en = [], []
    for s in list_stories(lib, limit=100):
        pages_ar.append(client.get(f"/story/{s['id']}", params={"lang": "ar"}).text)
        pages_en.append(client.get(f"/story/{s['id']}", params={"lang": "en"}).text)
    about_ar = [re.sub(r"<[^>]+>", "", p) for html in pages_ar for p in re.findall(r'<p class="about"[^>]*>(.*?)</p>', html, re.S)]
    about_en = [re.sub(r"<[^>]+>", "", p) for html in pages_en for p in re.findall(r'<p class="about"[^>]*>(.*?)</p>', html, re.S)]
    assert any("عدد القتلى" in a for a in about_ar)
    assert any(a.startswith("المدة") for a in about_ar)
    assert any(a.startswith("عدد المذكرات") for a in about_ar)  # the noun's definite plural, not its folded key
    for a in about_ar:  # no English word in what an Arabic page says a comparison is about
        assert not re.search(r"[A-Za-z]{3,}", a), a
    values_ar = [v for html in pages_ar for v in re.findall(r'<div class="value"><strong>(.*?)</strong>', html)]
    assert "15 سنة" in values_ar and "12" in values_ar
    assert not any(re.search(r"[A-Za-z]{3,}", v) for v in values_ar)
    assert any("number of dead" in a for a in about_en)


def test_events_cli_lists_shown_events_by_default_and_all_on_request(demo_db, lib, capsys):
    import json as _json

    from marsad.cli.main import main
    from marsad.nlp.events.records import EventQuery, load_events

    assert main(["--db", demo_db, "events", "--json", "--limit", "0"]) == 0
    default = [_json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert main(["--db", demo_db, "events", "--all", "--json", "--limit", "0"]) == 0
    every = [_json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert all(e["shown"] for e in default)
    assert len(default) == len(load_events(lib, EventQuery(shown_only=True)))
    assert len(every) == len(load_events(lib, EventQuery())) > len(default)
