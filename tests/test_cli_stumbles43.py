"""A new user's first hour, round 43: what they stumbled on, each held to the fix."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from marsad.cli.main import main

SRC = str(Path(__file__).resolve().parents[1] / "src")

CTRL_C_IN_A_POOL = textwrap.dedent("""
    import os, signal, sys, threading, time
    sys.path.insert(0, {src!r})
    from marsad.executor import ProcessExecutor

    class Nothing:
        def key(self):
            return "nothing"

        def build(self):
            return None

    started = {started!r}

    def nap(_, item):
        open(started, "a").close()
        time.sleep(1.5)
        return item

    def ctrl_c():
        # once a worker holds a task, Ctrl-C on a terminal reaches every process of the command, while this one
        # waits for a result
        while not os.path.exists(started):
            time.sleep(0.02)
        time.sleep(0.2)
        os.killpg(0, signal.SIGINT)

    # as on a terminal: a run started in the background (`cmd &`, CI's runners) inherits Ctrl-C ignored, and
    # Python then never turns it into KeyboardInterrupt
    signal.signal(signal.SIGINT, signal.default_int_handler)
    pool = ProcessExecutor(2)
    threading.Thread(target=ctrl_c, daemon=True).start()
    try:
        for _ in pool.map(nap, range(12), Nothing()):
            pass
    except KeyboardInterrupt:
        print("interrupted")
    finally:
        pool.close()
    print("closed")
""")


def test_ctrl_c_in_a_run_with_workers_stops_it_without_a_traceback_per_worker(tmp_path):
    script = tmp_path / "run.py"
    script.write_text(CTRL_C_IN_A_POOL.format(src=SRC, started=str(tmp_path / "started")), encoding="utf-8")
    run = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    try:
        out, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)  # (the run hung: the pool waited forever for the workers' lost tasks)
        run.communicate()
        pytest.fail("after Ctrl-C the run never ended: its pool waited for the tasks the interrupted workers held")
    assert out.split() == ["interrupted", "closed"]
    assert "Traceback" not in err, err


def test_ctrl_c_says_what_was_kept_and_how_to_go_on_not_a_traceback(tmp_path, capsys, monkeypatch):
    import marsad

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    db = tmp_path / "news.db"
    db.touch()
    monkeypatch.setattr(marsad, "open", interrupted)
    assert main(["--db", str(db), "process"]) == 130  # as a shell says a command stopped by Ctrl-C
    err = capsys.readouterr().err
    assert "interrupted" in err and "run the same command again" in err


def _two_of_each(path: Path) -> None:
    """A database holding two articles and two stories whose ids start alike (as 2 of a day's 786 stories did)."""
    from marsad.models import Article, Paragraph, RawDocument
    from marsad.store import open_store

    store = open_store(str(path))
    with store.transaction():
        for n, aid in enumerate(["ab12cd0000000001", "ab12ef0000000002"]):
            raw = RawDocument.from_bytes(f"خبر رقم {n}".encode(), f"file{n}.txt", "text/plain")
            store.add_raw(raw)
            text = "اجتمع الوزيران في العاصمة اليوم وبحثا العلاقات بين البلدين."
            store.add_articles([Article(id=aid, raw_id=raw.id, text=text, title=f"خبر {n}", origin=raw.origin,
                                        paragraphs=[Paragraph(0, len(text))])])
        for seq, sid in enumerate(["s-481ccde0de08", "s-481c31ac8cf5"], 1):
            store.save_story(sid, seq=seq, title=sid, size=1, first_seen="2015-07-23", last_seen="2015-07-23",
                             centroid={}, updated_at="t")
    store.close()


@pytest.mark.parametrize("argv, ids", [
    (["story", "s-481c"], ["s-481c31ac8cf5", "s-481ccde0de08"]),
    (["quotes", "--story", "s-481c"], ["s-481c31ac8cf5", "s-481ccde0de08"]),
    (["show", "ab12"], ["ab12cd0000000001", "ab12ef0000000002"]),
    (["quotes", "--article", "ab12"], ["ab12cd0000000001", "ab12ef0000000002"]),
])
def test_the_start_of_several_ids_is_said_to_be_so_not_to_name_nothing(tmp_path, capsys, argv, ids):
    db = tmp_path / "news.db"
    _two_of_each(db)
    assert main(["--db", str(db), *argv]) == 2
    err = capsys.readouterr().err
    assert f"{argv[-1]!r} is the start of more than one" in err and all(i in err for i in ids), err
    assert "no story" not in err and "no article" not in err


def test_the_api_says_the_start_of_several_story_ids_is_so(tmp_path):
    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    db = tmp_path / "news.db"
    _two_of_each(db)
    with TestClient(create_app(WebSettings(db=str(db)))) as c:
        got = c.get("/api/stories/s-481c")
    assert got.status_code == 404
    assert "more than one story id (s-481c31ac8cf5, s-481ccde0de08)" in got.json()["detail"]


@pytest.mark.parametrize("argv, said", [
    # taken: a pool of that many processes, each loading the models
    (["process", "--workers", "100000"], "(1 to 64; each holds the models in memory), got 100000"),
    (["ingest", "x.warc.gz", "--workers", "100000"], "(1 to 64; each holds the models in memory), got 100000"),
    (["process", "--limit", "-5"], "a number of articles (1 or more), got -5"),  # it ran the corpus steps over all
    (["process", "--limit", "0"], "a number of articles (1 or more), got 0"),  # it processed nothing, saying nothing
    (["stories", "--min-size", "0"], "a number of articles (1 or more), got 0"),  # taken as 1
])
def test_counts_out_of_bounds_are_option_errors(tmp_path, capsys, argv, said):
    db = tmp_path / "news.db"
    db.touch()
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), *argv])
    assert exit_.value.code == 2
    assert said in capsys.readouterr().err


def test_ingest_refuses_a_language_given_by_name_as_the_listings_do(tmp_path, capsys):
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(b"")
    db = tmp_path / "news.db"
    # «arabic» kept no record of the archive: "0 documents read", exit 0, as if it held no Arabic page
    assert main(["--db", str(db), "ingest", str(archive), "--language", "arabic"]) == 2
    assert "--language expects a language code such as ar or en, got 'arabic'" in capsys.readouterr().err
    assert not db.exists()


def test_search_finds_a_word_whichever_hamza_seat_the_paper_writes(tmp_path, capsys):
    export = tmp_path / "export.jsonl"
    rows = [{"title": "اجتماع في الوزارة", "outlet": "صحيفة أ", "date": "2015-07-20",
             "text": "اجتمع وزير الصحة اليوم مع كبار المسئولين في الوزارة لبحث شئون المستشفيات الحكومية في المنطقة "
                     "وخطط العام المقبل."},
            {"title": "زيارة ميدانية", "outlet": "صحيفة ب", "date": "2015-07-21",
             "text": "زار عدد من المسؤولين مستشفى المدينة أمس واطلعوا على شؤون المرضى وسير العمل في أقسام الطوارئ "
                     "والعيادات."}]
    export.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    db = str(tmp_path / "news.db")
    assert main(["--db", db, "ingest", str(export)]) == 0
    for query in ("المسؤولين", "المسئولين", "شؤون", "شئون"):
        capsys.readouterr()
        assert main(["--db", db, "search", query, "--json"]) == 0
        found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert sorted(r["title"] for r in found) == ["اجتماع في الوزارة", "زيارة ميدانية"], query
        assert all("[" in r["snippet"] for r in found)  # the word as the paper wrote it is marked


def test_watch_given_a_saved_feed_says_it_wants_a_list_of_feed_addresses(tmp_path, capsys):
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>صحيفة الوادي</title>\n'
                    "<item><title>خبر</title><link>https://wadi.example/1</link></item>\n</channel></rss>\n",
                    encoding="utf-8")
    assert main(["--db", str(tmp_path / "news.db"), "watch", str(feed), "--rounds", "1"]) == 2
    err = capsys.readouterr().err
    # it quoted the XML's lines as addresses that were not: «line 1: '<?xml version=…'»
    assert "is a feed (RSS/Atom XML), not a list of feed addresses" in err and "<?xml" not in err


def test_events_list_the_latest_news_first_as_articles_do(tmp_path, capsys):
    from fastapi.testclient import TestClient

    from conftest import processed_reports
    from marsad.web.app import WebSettings, create_app

    db = str(processed_reports(tmp_path, [  # stored in this order: an archive first, today's news after it
        ("old", "2015-07-17", "جريدة النخيل",
         "تظاهر آلاف العراقيين يوم الجمعة في ساحة التحرير وسط بغداد احتجاجاً على الانقطاع المتكرر للتيار الكهربائي."),
        ("new", "2015-07-23", "جريدة النخيل",
         "وقّعت المملكة العربية السعودية ودولة الإمارات العربية المتحدة يوم الخميس في الرياض اتفاقية للتعاون "
         "الاقتصادي والتجاري بين البلدين."),
    ]))
    assert main(["--db", db, "events", "--all", "--json"]) == 0
    days = [json.loads(line)["published_at"][:10] for line in capsys.readouterr().out.splitlines()]
    assert days and days == sorted(days, reverse=True) and days[0] == "2015-07-23"  # the news of the 17th came first
    with TestClient(create_app(WebSettings(db=db))) as c:
        got = c.get("/api/events", params={"all": "true", "limit": 1}).json()
    assert [e["published_at"][:10] for e in got["items"]] == ["2015-07-23"]  # not the oldest stored, with no next


def test_the_start_of_two_treaty_ids_is_said_to_be_so(tmp_path, capsys, monkeypatch):
    from types import SimpleNamespace

    import marsad.nlp.events.treaties as treaties_module

    two = [SimpleNamespace(id="c9d3aa0000000001"), SimpleNamespace(id="c9d3bb0000000002")]
    monkeypatch.setattr(treaties_module, "treaties", lambda store, *a, **kw: list(two))
    db = tmp_path / "news.db"
    db.touch()
    assert main(["--db", str(db), "treaty", "c9d3"]) == 2
    err = capsys.readouterr().err
    assert "'c9d3' is the start of more than one treaty id (c9d3aa0000000001, c9d3bb0000000002)" in err, err


def test_stories_filtered_to_none_say_so_not_to_run_process(tmp_path, capsys):
    db = tmp_path / "news.db"
    _two_of_each(db)  # two stories, seen 2015-07-23
    assert main(["--db", str(db), "stories", "--since", "2015-07-24"]) == 0
    out = capsys.readouterr().out
    assert "no stories seen on or after 2015-07-24" in out and "marsad process" not in out, out


def test_the_web_page_of_the_start_of_several_ids_links_each(tmp_path):
    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    db = tmp_path / "news.db"
    _two_of_each(db)
    with TestClient(create_app(WebSettings(db=str(db)))) as c:
        story = c.get("/story/s-481c", params={"lang": "en"})
        article = c.get("/article/ab12", params={"lang": "en"})
    assert story.status_code == 404 and "The start of more than one id" in story.text
    assert 'href="/story/s-481c31ac8cf5"' in story.text and 'href="/story/s-481ccde0de08"' in story.text
    assert 'href="/article/ab12cd0000000001"' in article.text and 'href="/article/ab12ef0000000002"' in article.text


def test_relations_count_one_event_as_one(tmp_path, capsys):
    from conftest import processed_reports

    db = str(processed_reports(tmp_path, [
        ("a", "2015-07-23", "جريدة النخيل",
         "وقّعت المملكة العربية السعودية ودولة الإمارات العربية المتحدة يوم الخميس في الرياض اتفاقية للتعاون "
         "الاقتصادي والتجاري بين البلدين."),
    ]))
    assert main(["--db", db, "relations", "loc:saudi-arabia"]) == 0
    out = capsys.readouterr().out
    assert "الإمارات العربية المتحدة: 1 event, balance" in out, out  # «1 events» (named in Arabic: usability48)


def test_archive_filters_that_keep_nothing_say_so(tmp_path, capsys):
    warcio = pytest.importorskip("warcio")
    import io

    from warcio.statusandheaders import StatusAndHeaders

    page = ("<html lang='ar'><head><title>افتتاح مكتبة</title></head><body><article><h1>افتتاح مكتبة</h1><p>"
            + "افتتحت البلدية مكتبة عامة جديدة في الحي الشرقي تضم آلاف الكتب وقاعة للأطفال. " * 4
            + "</p></article></body></html>").encode("utf-8")
    archive = tmp_path / "crawl.warc.gz"
    with open(archive, "wb") as fh:
        writer = warcio.warcwriter.WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://town.example/library", "response",
                                                      payload=io.BytesIO(page), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": "2015-07-22T10:00:00Z"}))
    db = str(tmp_path / "news.db")
    assert main(["--db", db, "ingest", str(archive), "--host", "other.example"]) == 0
    err = capsys.readouterr().err
    assert "0 documents read" in err and "no record of this archive passed --host other.example" in err, err


def test_a_record_rejected_again_for_another_reason_shows_the_new_reason(tmp_path, capsys):
    export = tmp_path / "odd.json"
    export.write_text(json.dumps([{"headline": "مهرجان الرطب", "article_body": "انطلق مهرجان الرطب أمس في المدينة "
                                   "بمشاركة مئات المزارعين ووسط إقبال كبير من الزوار.", "paper": "صحيفة ما"}],
                                 ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "news.db")
    assert main(["--db", db, "ingest", str(export)]) == 1  # no text field: use --map text=KEY
    capsys.readouterr()
    assert main(["--db", db, "ingest", str(export), "--map", "text=body"]) == 1  # the key typed wrong
    err = capsys.readouterr().err
    # it said «0 rejected (1 already recorded)» and no reason, the new one recorded out of sight
    assert "record has no field 'body', which --map names as its text" in err and "already recorded" not in err, err
    assert main(["--db", db, "ingest", str(export), "--map", "text=body"]) == 1  # the same again: said once
    assert "(1 already recorded)" in capsys.readouterr().err


def test_entry_into_force_after_a_future_verb_ending_in_ya_is_expected_not_done(tmp_path):
    from conftest import processed_treaties

    records = processed_treaties(tmp_path, [("r1", "2015-07-20", "صحيفة الأفق",
                                             "وقعت مصر والسودان أمس في القاهرة اتفاقية للتعاون في مجال النقل البري. "
                                             "ومن جهة أخرى سيجري البلدان تبادل وثائق التصديق في القاهرة، لتدخل "
                                             "الاتفاقية بعدها حيز التنفيذ.")])
    steps = {(s.kind, s.modality) for t in records for s in t.steps}
    # «سيجري» was no future verb to the treaty reader (it left out every word ending in ي, for «سياسي»): the
    # agreement was in force, done, on the day of the report
    assert ("in_force", "expected") in steps and ("in_force", "done") not in steps, steps


def test_a_known_actor_is_not_merged_into_a_name_only_found_in_the_news(tmp_path, capsys):
    from conftest import processed_reports

    db = str(processed_reports(tmp_path, [("r1", "2015-07-20", "صحيفة الأفق",
                                           "قال رئيس الوزراء العراقي حيدر العبادي إن الحكومة ستعالج أزمة الكهرباء. "
                                           "وفي الرياض افتتح رجل الأعمال فهد العبادي معرضا جديدا للكتاب.")]))
    assert main(["--db", db, "entity", "merge", "حيدر العبادي", "فهد العبادي"]) == 2
    assert "merge the other way: marsad entity merge 'فهد العبادي' 'حيدر العبادي'" in capsys.readouterr().err
    assert main(["--db", db, "entity", "حيدر العبادي"]) == 0
    page = capsys.readouterr().out
    # merged, the Prime Minister's page was «فهد العبادي»'s: no English name, no role
    assert page.startswith("per:haider-al-abadi") and "role: رئيس الوزراء (العراق)" in page


def test_tag_given_a_sentence_on_a_line_tags_every_word(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("قال حيدر العبادي في بغداد.\nسافر الوزير إلى عمّان\n"))
    assert main(["tag"]) == 0
    lines = capsys.readouterr().out.split("\n")
    # it printed «قال O» and dropped the rest of each line: a line's first field was taken as its only token
    assert [line.split("\t")[0] for line in lines] == ["قال", "حيدر", "العبادي", "في", "بغداد", ".", "",
                                                       "سافر", "الوزير", "إلى", "عمّان", ""]
    assert "بغداد\tB-LOC" in lines
    monkeypatch.setattr(sys, "stdin", io.StringIO("قال O\nحيدر B-PERS\nالعبادي I-PERS\n\nبغداد B-LOC\n"))
    assert main(["tag"]) == 0  # a tagged file is still read by its first column
    assert [line.split("\t")[0] for line in capsys.readouterr().out.split("\n")] == ["قال", "حيدر", "العبادي", "",
                                                                                   "بغداد", ""]



@pytest.mark.parametrize("where, said", [
    ("folder", "it is a folder: give --db a database file in it"),  # «unable to open database file»
    ("missing/news.db", "its folder"),
])
def test_a_db_that_cannot_be_opened_says_why(tmp_path, capsys, where, said):
    (tmp_path / "folder").mkdir()
    pages = tmp_path / "page.txt"
    pages.write_text("افتتحت البلدية مكتبة عامة جديدة في الحي الشرقي تضم آلاف الكتب وقاعة للأطفال.", encoding="utf-8")
    assert main(["--db", str(tmp_path / where), "ingest", str(pages)]) == 1
    err = capsys.readouterr().err
    assert said in err and "unable to open database file" not in err, err
