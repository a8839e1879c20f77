"""What the API answers, as a client relies on it: documented shapes, a refused ingest, an unknown outlet.

Through the in-process app (``TestClient``) over the demo corpus, and the CLI where the two must agree.
"""

from __future__ import annotations

import json
import shutil
import socket

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from jsonschema import Draft202012Validator  # noqa: E402

from conftest import PARK_ARTICLE as ARTICLE, run_cli  # noqa: E402
from marsad.cli.main import main  # noqa: E402
from marsad.web.app import WebSettings, create_app, hide_paths  # noqa: E402


@pytest.fixture(scope="module")
def client(demo_db):
    with TestClient(create_app(WebSettings(db=demo_db))) as c:
        yield c


def _documented(spec: dict, path: str, status: str = "200") -> dict:
    """The JSON schema an operation documents for ``status``, with the components it refers to."""
    schema = spec["paths"][path]["get" if "get" in spec["paths"][path] else "post"]["responses"][status]
    schema = schema["content"]["application/json"]["schema"]
    return {**schema, "components": spec["components"]}


def _check(spec: dict, path: str, body: dict, status: str = "200") -> None:
    errors = sorted(Draft202012Validator(_documented(spec, path, status)).iter_errors(body), key=str)
    assert not errors, f"{path}: {errors[0].message} at {list(errors[0].absolute_path)}"


def test_the_entity_answer_documents_how_a_part_of_a_name_was_taken(client):
    spec = client.get("/openapi.json").json()
    page = spec["components"]["schemas"]["EntityPage"]
    assert {"entity", "match", "names", "articles", "events"} <= set(page["required"])
    match = spec["components"]["schemas"]["EntityMatch"]
    assert set(match["properties"]) == {"query", "taken", "others", "others_total"}
    # «حسان» is part of two actors' names in the demo news: the answer says which it took, and the other
    answer = client.get("/api/entities/حسان").json()
    assert answer["match"]["query"] == "حسان" and answer["match"]["others_total"] == 1
    assert answer["match"]["taken"]["id"] == answer["entity"]["id"]
    _check(spec, "/api/entities/{entity_id}", answer)


def test_every_json_answer_has_a_documented_schema_and_keeps_its_bytes(client, demo_db):
    from marsad.nlp.entity_queries import list_entities
    from marsad.store import open_store
    from marsad.web.data import entity_page

    spec = client.get("/openapi.json").json()
    some = {k: client.get(f"/api/{k}", params={"all": "1"}).json()["items"][0]["id"]
            for k in ("articles", "entities", "stories", "treaties")}
    answers = {"/api/articles": "/api/articles", "/api/articles/{article_id}": f"/api/articles/{some['articles']}",
               "/api/search": "/api/search?q=الفيضانات", "/api/entities": "/api/entities",
               "/api/entities/{entity_id}": f"/api/entities/{some['entities']}", "/api/roles": "/api/roles",
               "/api/quotes": "/api/quotes", "/api/stories": "/api/stories",
               "/api/stories/{story_id}": f"/api/stories/{some['stories']}", "/api/events": "/api/events?all=1",
               "/api/treaties": "/api/treaties?all=1", "/api/treaties/{treaty_id}": f"/api/treaties/{some['treaties']}",
               "/api/rejections": "/api/rejections", "/api/stats": "/api/stats"}
    for path, url in answers.items():
        assert "$ref" in _documented(spec, path), f"{path} documents no model"
        _check(spec, path, client.get(url).json())
    # a model documents the answer, it does not filter it: the bytes are the data function's, as before
    store = open_store(demo_db)
    try:
        eid = list_entities(store, "PER", 1)[0]["id"]
        want = json.dumps(hide_paths(json.loads(json.dumps(entity_page(store, eid)))), ensure_ascii=False,
                          separators=(",", ":"))
    finally:
        store.close()
    assert client.get(f"/api/entities/{eid}").text == want


def test_an_ingest_that_stored_nothing_is_refused_with_each_reason(demo_db, tmp_path):
    db = str(tmp_path / "copy.db")
    shutil.copy(demo_db, db)
    auth = {"Authorization": "Bearer s3cret"}
    blank = {"text": "   ", "title": "فارغ"}
    menu = {"text": "<html><body><p>الرئيسية</p></body></html>", "html": True, "url": "https://example.com/menu"}
    with TestClient(create_app(WebSettings(db=db, ingest_token="s3cret"))) as c:
        spec = c.get("/openapi.json").json()
        refused = c.post("/api/ingest", json={"documents": [blank, menu]}, headers=auth)
        assert refused.status_code == 422  # as `marsad ingest` exits 1 when nothing was stored
        body = refused.json()
        assert body["detail"].startswith("nothing stored: every document read was rejected")
        assert body["articles_added"] == 0 and body["rejected"] == 2
        reasons = sorted(r["reason"] for r in body["rejections"])
        assert len(reasons) == 2 and any("blank (whitespace only)" in r for r in reasons), reasons
        _check(spec, "/api/ingest", body, "422")
        # a batch with one good document stores it, and still says why the other was refused
        partial = c.post("/api/ingest", json={"documents": [{**blank, "title": "فارغ أيضا"},
                                                                 {"text": ARTICLE, "title": "مكتبة"}]}, headers=auth)
        assert partial.status_code == 200 and partial.json()["articles_added"] == 1
        assert partial.json()["rejected"] == 1
        _check(spec, "/api/ingest", partial.json())
        # a misspelt key sent nothing to ingest: said so, not "0 articles added"
        typo = c.post("/api/ingest", json={"document": [{"text": ARTICLE}]}, headers=auth)
        assert typo.status_code == 422 and "nothing to ingest" in typo.json()["detail"][0]["msg"]


def test_an_unknown_outlet_is_the_same_error_in_the_api_and_the_cli(client, demo_db, capsys):
    for url in ("/api/articles?outlet=nosuch", "/api/search?q=الفيضانات&outlet=nosuch"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.json()["detail"].startswith("no articles from outlet 'nosuch'; the outlets stored are صحيفة الأفق")
    assert main(["--db", demo_db, "articles", "--outlet", "nosuch"]) == 2
    said = client.get("/api/articles?outlet=nosuch").json()["detail"]
    assert capsys.readouterr().err.strip() == f"marsad: error: {said}"
    # a near name is suggested; the name spelt without its hamza is the outlet
    near = client.get("/api/articles", params={"outlet": "الأفق"})
    assert near.status_code == 404 and "did you mean صحيفة الأفق?" in near.json()["detail"]
    assert main(["--db", demo_db, "articles", "--outlet", "الأفق"]) == 2
    assert "did you mean صحيفة الأفق?" in capsys.readouterr().err
    items = client.get("/api/articles", params={"outlet": "صحيفة الافق"}).json()["items"]
    assert items and {a["outlet"] for a in items} == {"صحيفة الأفق"}
    assert main(["--db", demo_db, "articles", "--outlet", "صحيفة الافق", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(items)


def test_a_filter_naming_nobody_is_the_cli_error_not_an_empty_list(client, demo_db, capsys):
    """`marsad quotes --speaker xyzzy` (events --actor, treaties --party) exits 2; the API answered []."""
    for url, argv in (("/api/quotes?speaker=xyzzy", ["quotes", "--speaker", "xyzzy"]),
                      ("/api/events?actor=xyzzy", ["events", "--actor", "xyzzy"]),
                      ("/api/treaties?party=xyzzy", ["treaties", "--party", "xyzzy"])):
        r = client.get(url)
        assert r.status_code == 404, url
        assert main(["--db", demo_db, *argv]) == 2
        assert capsys.readouterr().err.strip() == f"marsad: error: {r.json()['detail']}", url
    assert client.get("/api/articles?entity=xyzzy").status_code == 404
    # the articles' entity filter takes a name as the others do, not only an id
    by_id = client.get("/api/articles", params={"entity": "per:ayman-safadi"}).json()["items"]
    by_name = client.get("/api/articles", params={"entity": "أيمن الصفدي"}).json()["items"]
    assert by_id and by_name == by_id


def test_a_language_filter_is_a_code_as_in_the_cli(client):
    """`language=arabic` answered an empty page, as if nothing were in Arabic; «AR» is «ar»."""
    r = client.get("/api/articles", params={"language": "arabic"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "language"]
    upper = client.get("/api/articles", params={"language": "AR", "limit": 500}).json()["items"]
    assert len(upper) == len(client.get("/api/articles", params={"language": "ar", "limit": 500}).json()["items"]) == 12


def test_an_unknown_entity_is_the_cli_message_with_the_actors_it_may_be(client, demo_db, capsys):
    """No Kim is in the demo news: the API names the known Kims as `marsad entity` does, not a bare 404."""
    r = client.get("/api/entities/كيم جونغ")
    assert r.status_code == 404
    assert r.json()["detail"] == "no entity 'كيم جونغ'; did you mean per:kim-jong-il, per:kim-jong-un, per:kim-yo-jong?"
    assert main(["--db", demo_db, "entity", "كيم جونغ"]) == 2
    assert capsys.readouterr().err.strip() == f"marsad: error: {r.json()['detail']}"
    # the page is no dead end: it offers to search the news for what was typed
    page = client.get("/entity/كيم جونغ", params={"lang": "en"})
    assert page.status_code == 404
    assert 'href="/search?q=%D9%83%D9%8A%D9%85%20%D8%AC%D9%88%D9%86%D8%BA">Search the news for «كيم جونغ»' in page.text


def test_serve_on_a_port_in_use_says_so_before_claiming_to_serve(demo_db):
    """It printed "Marsad: http://127.0.0.1:PORT/ … Ctrl-C stops it", then a server's bind error, and exit 3."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = run_cli("serve", "--port", str(port), db=demo_db, check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.strip() == (f"marsad: error: cannot serve on 127.0.0.1:{port}: another server listens on it "
                           "(give another --port, or --host)")


def test_the_home_page_of_a_new_store_says_what_fills_it(tmp_path):
    """A first `marsad serve` showed "no results" under the top stories: now the commands that bring them."""
    import marsad

    db = str(tmp_path / "new.db")
    marsad.open(db).close()
    with TestClient(create_app(WebSettings(db=db))) as c:
        en = c.get("/", params={"lang": "en"}).text
        assert 'No articles yet: add some with <code dir="ltr">marsad ingest PATH</code>' in en
        ar = c.get("/", params={"lang": "ar"}).text
        assert 'لا مقالات بعد: أضفها بالأمر <code dir="ltr">marsad ingest PATH</code>' in ar
    story = tmp_path / "park.txt"
    story.write_text("حديقة جديدة\n\n" + ARTICLE, encoding="utf-8")
    assert main(["--db", db, "ingest", str(story)]) == 0  # stored, not yet processed: no story yet
    with TestClient(create_app(WebSettings(db=db))) as c:
        en = c.get("/", params={"lang": "en"}).text
        assert 'No stories yet: they are made from the articles by <code dir="ltr">marsad process</code>' in en
        assert en.count('href="/article/') == 1  # and the article is listed among the latest


def test_search_by_an_outlet_spelt_another_way_finds_what_the_api_finds(client, demo_db, capsys):
    """`marsad search --outlet «صحيفة الافق»` checked the outlet, then searched by the name as typed: "no match",
    where /api/search (and `marsad articles --outlet`) take the stored outlet «صحيفة الأفق»."""
    hits = client.get("/api/search", params={"q": "الفيضانات", "outlet": "صحيفة الافق"}).json()["items"]
    assert hits and {h["outlet"] for h in hits} == {"صحيفة الأفق"}
    assert main(["--db", demo_db, "search", "الفيضانات", "--outlet", "صحيفة الافق", "--json"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == [h["id"] for h in hits]
