"""Shared test fixtures: a fresh SQLite store per test, the path to ../shared (skipped when absent)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# An everyday article of our own with no agreement, quote or event in it (a new library opens in a town).
PARK_ARTICLE = ("افتتحت بلدية المدينة مكتبة عامة جديدة في الحي الشرقي يوم السبت، وقال رئيس البلدية إن المكتبة تضم "
                "عشرين ألف كتاب وقاعة للأطفال، وإنها ستفتح أبوابها كل يوم من التاسعة صباحا حتى المساء.")


def processed_reports(d: Path, reports: list[tuple[str, str, str, str]], titles: dict[str, str] | None = None) -> Path:
    """A store in ``d`` of short reports ``(id, day, outlet, text)``, ingested as JSON Lines and processed
    (``titles``: the headlines of some reports, by id; the others have none)."""
    import json

    import marsad

    path = d / "reports.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for aid, day, outlet, text in reports:
            fh.write(json.dumps({"url": f"https://example.org/{aid}", "title": (titles or {}).get(aid, ""),
                                "outlet": outlet, "date": day, "content": text}, ensure_ascii=False) + "\n")
    with marsad.open(str(d / "t.db")) as m:
        m.ingest([str(path)])
        m.process()
    return d / "t.db"


def processed_treaties(d: Path, reports: list[tuple[str, str, str, str]], include_all: bool = True) -> list:
    """The treaty records ``marsad treaties [--all]`` lists for a store of ``reports`` (see processed_reports)."""
    import marsad

    with marsad.open(str(processed_reports(d, reports))) as m:
        return m.treaties(include_all=include_all)


def treaty_steps_done(found: list, kind: str) -> list:
    """(date, acting country's English name) of every step of ``kind`` told as done in the records ``found``."""
    return [(s.date, ((s.by or {}).get("country") or {}).get("name_en")) for t in found for s in t.steps
            if s.kind == kind and s.modality == "done"]


def treaties_shown(found: list) -> list:
    """The records ``found`` in brief, for an assertion's message: name, parties, steps (kind, modality, date, by)."""
    return [(t.name, [p.get("name_en") for p in t.parties],
             [(s.kind, s.modality, s.date, (s.by or {}).get("name")) for s in t.steps]) for t in found]



def link_tagged_persons(text: str, ner: list[str], article_id: str, day: str):
    """A Doc of ``text`` whose tagger found the persons ``ner`` (surfaces, in the order written), linked."""
    from marsad.models import Article, Doc, Span
    from marsad.nlp.kb.kb import load_kb
    from marsad.nlp.linking import link_doc

    doc = Doc(Article(id=article_id, raw_id=article_id, text=text, published_at=day))
    at = 0
    for surface in ner:  # (each after the one before)
        i = text.index(surface, at)
        at = i + len(surface)
        doc.layer("mention").append(Span("mention", i, i + len(surface), "PER", {}))
    link_doc(doc, load_kb())
    return doc


def entity_ids(doc, surface: str) -> list[str]:
    """The entity ids of the mentions of ``doc`` written exactly ``surface``."""
    return [s.data["entity_id"] for s in doc.layer("mention") if doc.text[s.start:s.end] == surface]


def add_quoted_reports(store, reports: list[tuple[str, str]], folder: str = "/news") -> list[str]:
    """Plain-text reports (outlet, text) stored as articles with their sentences and quotes analysed (the two
    stages only, no whole pipeline); returns the article ids in order."""
    from marsad.arabic.stages import SENTENCES
    from marsad.models import Article, Doc, RawDocument
    from marsad.nlp.quotes import QUOTES
    from marsad.pipeline.stage import Resources

    ids = []
    res = Resources()
    for i, (outlet, text) in enumerate(reports):
        raw = RawDocument.from_bytes(text.encode(), f"{folder}/{i}.txt", "text/plain", encoding="utf-8")
        store.add_raw(raw)
        art = Article(id=Article.make_id(raw.id, 0), raw_id=raw.id, text=text, outlet=outlet, origin=raw.origin)
        store.add_articles([art])
        doc = Doc(art)
        SENTENCES.func(doc, res)
        QUOTES.func(doc, res)
        store.replace_spans(art.id, QUOTES.name, QUOTES.version, doc.layer("quote"))
        ids.append(art.id)
    return ids


def use_step_reader(tmp_path: Path, monkeypatch, model: dict) -> Path:
    """A learned treaty-step reader written for a test (``model``: the shipped file's fields), saved in ``tmp_path``
    and named by ``MARSAD_TREATY_STEP_MODEL`` for the test's length; its path."""
    import json

    from marsad.nlp.events.step_reader import MODEL_ENV

    path = tmp_path / "toy_reader.json"
    path.write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(MODEL_ENV, str(path))
    return path


def done_steps(treaty) -> set[tuple[str, str | None]]:
    """A treaty record's steps taken (modality "done"), as (kind, the English name of the country that took it)."""
    return {(s.kind, ((s.by or {}).get("country") or {}).get("name_en")) for s in treaty.steps if s.modality == "done"}


def calling_functions(depth: int = 1) -> set[str]:
    """The names of the functions on the stack above the caller's ``depth``-th frame (what a gc callback was
    called inside)."""
    import sys

    names, f = set(), sys._getframe(depth + 1)
    while f is not None:
        names.add(f.f_code.co_name)
        f = f.f_back
    return names


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is not there (a user's fresh clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared holds third-party data; tests that read it run in CI)")
    return path


@pytest.fixture
def store(tmp_path):
    from marsad.store import open_store

    s = open_store(str(tmp_path / "marsad.db"))
    yield s
    s.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> str:
    """The demo corpus ingested and processed, one store per test module (a module's writes stay its own)."""
    from marsad.demo.run import run_demo

    path = str(tmp_path_factory.mktemp("demo") / "demo.db")
    run_demo(path)
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


def run_cli(*args: str, db: str | Path | None = None, input: bytes | None = None,
            env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run `python -m marsad ...` as a user would, in a subprocess."""
    cmd = [sys.executable, "-m", "marsad"]
    if db is not None:
        cmd += ["--db", str(db)]
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(cmd + list(args), input=input, capture_output=True, env=full_env, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"marsad {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return proc


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `marsad ARGV` in this process (``marsad.cli.main``): its exit code, what it printed and what it said."""
    from marsad.cli.main import main

    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def get_json(url: str) -> tuple[int, Any]:
    """GET ``url``: the status and the JSON body, of an error too (a 404's ``detail``)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as exc:
        return exc.code, json.load(exc)


def get_page(url: str) -> tuple[int, str]:
    """GET ``url``: the status and the page's text, of an error page too."""
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(db: str | Path, *extra: str) -> Iterator[str]:
    """`marsad serve` on 127.0.0.1 over ``db`` in a subprocess; yields its base URL, stops it after."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "--db", str(db), "serve", "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode())
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# -- PostgreSQL: a fresh database per test run (127.0.0.1:5432, user postgres, trust auth) ---------------------

PG_SERVER = os.environ.get("MARSAD_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


def skip_or_fail(reason: str) -> None:
    """Skip with the reason on a user's machine; fail in CI, where the server is part of the machine."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} — CI runs PostgreSQL on 127.0.0.1:5432, so these tests may not skip there")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_url():
    """The URL of a database created for this test run (dropped at the end)."""
    try:
        from marsad.store.postgres.admin import create_database, drop_database, server_reachable
    except ImportError as exc:
        skip_or_fail(f"the PostgreSQL driver is not installed (pip install 'marsad[postgres]'): {exc}")
    why = server_reachable(PG_SERVER)
    if why:
        skip_or_fail(why)
    name = f"marsad_test_{os.getpid()}_{os.urandom(3).hex()}"
    url = create_database(PG_SERVER, name)
    try:
        yield url
    finally:
        drop_database(PG_SERVER, name)


def pg_truncate(url: str) -> None:
    """Empty every table of a test database (sequences restart, as in a new SQLite file)."""
    from marsad.store.postgres.admin import empty_tables

    empty_tables(url)


@pytest.fixture
def pg_store(pg_url):
    """An empty PostgreSQL store."""
    from marsad.store import open_store

    s = open_store(pg_url)
    pg_truncate(pg_url)
    yield s
    s.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    """The same test against each backend: a SQLite file, then a PostgreSQL database."""
    from marsad.store import open_store

    if request.param == "sqlite":
        s = open_store(str(tmp_path / "marsad.db"))
        yield s
        s.close()
    else:
        yield request.getfixturevalue("pg_store")
