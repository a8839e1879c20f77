"""The REST API keeps the contract its own /openapi.json states, under a property-based client (Schemathesis).

Schemathesis generates requests from the document — valid and invalid parameters, unknown ids, every format —
against `marsad serve` on 127.0.0.1, and checks every answer: no server error, only documented status codes and
content types, bodies that match their schemas, valid requests accepted, invalid ones refused.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import SHARED, running_server
from marsad.demo.run import corpus_path, run_demo
from marsad.web.app import WebSettings, create_app, public_origin

SCHEMATHESIS = shutil.which("schemathesis", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("contract") / "demo.db")
    run_demo(db)
    return db


HOOKS = Path(__file__).resolve().parent / "schemathesis_hooks.py"  # what the schema cannot say (since <= until)


def _schemathesis(base: str, examples: int) -> subprocess.CompletedProcess:
    return subprocess.run([SCHEMATHESIS, "run", f"{base}/openapi.json", "--checks", "all", "--seed", "20261203",
                           "--max-examples", str(examples), "--no-color", "--workers", "1"],
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, "SCHEMATHESIS_HOOKS": str(HOOKS)})


@pytest.mark.skipif(not SCHEMATHESIS, reason="schemathesis is not installed (make test installs it)")
def test_api_keeps_its_contract_on_the_demo_corpus(demo_db):
    with running_server(demo_db) as base:
        proc = _schemathesis(base, examples=12)
    assert proc.returncode == 0, proc.stdout[-6000:]
    assert "passed" in proc.stdout


@pytest.mark.slow
@pytest.mark.skipif(not SCHEMATHESIS, reason="schemathesis is not installed (make test installs it)")
def test_api_keeps_its_contract_on_real_news(tmp_path):
    day = SHARED / "data" / "saudinewsnet" / "2015-07-21.zip"
    if not day.exists():
        pytest.skip(f"{day} not present")
    db = str(tmp_path / "real.db")
    for args in (["ingest", str(SHARED / "seeds"), str(day)], ["process"]):
        subprocess.run([sys.executable, "-m", "marsad", "--db", db, *args], check=True, capture_output=True)
    with running_server(db) as base:
        proc = _schemathesis(base, examples=50)
    assert proc.returncode == 0, proc.stdout[-6000:]


def test_no_server_path_in_api_or_pages(demo_db):
    root = str(corpus_path().resolve())
    with TestClient(create_app(WebSettings(db=demo_db))) as client:
        items = client.get("/api/articles", params={"limit": 500}).json()["items"]
        assert items and all(a["origin"].startswith("corpus/") for a in items)
        one = client.get(f"/api/articles/{items[0]['id']}").text
        story = client.get("/api/stories").json()["items"][0]
        bodies = [one, client.get(f"/api/stories/{story['id']}").text, client.get("/api/articles?format=csv").text,
                  client.get(f"/article/{items[0]['id']}").text, client.get(f"/article/{items[0]['id']}?format=json").text,
                  client.get("/api/rejections").text]
        assert not any(root in b or str(Path(root).parent) in b for b in bodies)
    # An operator may ask for the full paths.
    with TestClient(create_app(WebSettings(db=demo_db, show_paths=True))) as client:
        items = client.get("/api/articles").json()["items"]
        assert items[0]["origin"].startswith(root)


def test_public_origin_keeps_urls_and_archive_members():
    assert public_origin("https://example.com/a/b.html") == "https://example.com/a/b.html"
    assert public_origin("/srv/data/news/2015-07-21.zip!2015-07-21.json#12") == "news/2015-07-21.zip!2015-07-21.json#12"
    assert public_origin("../../etc/seeds/001.txt") == "seeds/001.txt"
    assert public_origin("<api>") == "<api>"


def test_bad_filters_are_422_with_a_message(demo_db):
    with TestClient(create_app(WebSettings(db=demo_db))) as client:
        for url in ("/api/articles?since=notadate", "/api/stories?since=null", "/api/articles?after=-1",
                    "/api/entities?type=PERSON", "/api/events?type=FOO", "/api/articles?after=99999999999999999999"):
            r = client.get(url)
            assert r.status_code == 422, url
            assert r.json()["detail"], url
        r = client.get("/api/quotes", params={"story": "s-nosuchstory"})
        assert r.status_code == 404 and "s-nosuchstory" in r.json()["detail"]
        assert demo_db not in r.text
