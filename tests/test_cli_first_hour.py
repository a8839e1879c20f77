"""What trips a new user in the first hour: --db after the command, outlets by name, search highlights,
cut-off exports, rejections that no longer hold, filters checked alike, and tables that say they cut."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

import marsad
from marsad.errors import UsageError
from marsad.views import snippet

# Our own short reports.
PARK = ("افتتحت البلدية حديقة عامة جديدة في الحي الشمالي بحضور عدد من السكان، وقال رئيس البلدية إن الحديقة "
        "ستفتح أبوابها كل يوم من الصباح حتى المساء، وإن العمل جار على حديقتين أخريين في الحي الجنوبي.")
PORT = ("وصل وفد تجاري إلى الميناء لبحث توسيع الأرصفة، وقال مدير الميناء إن الأعمال ستبدأ مطلع العام المقبل "
        "بكلفة تقدر بعشرين مليون دينار، وإن السفن الكبيرة سترسو فيه بعد انتهاء التوسعة بعامين.")
LONG_NAME = "صحيفة الأخبار اليومية المستقلة للمنطقة الشرقية"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Two articles of Okaz (given by its Arabic name) and one of an outlet with a long name."""
    tmp = tmp_path_factory.mktemp("first")
    export = tmp / "export.jsonl"
    rows = [{"title": "حديقة جديدة", "content": PARK, "source": "عكاظ", "date": "2026-03-02"},
            {"title": "توسيع الميناء", "content": PORT, "source": "عكاظ", "date": "2026-03-03"},
            {"title": "حديقة أخرى", "content": PARK.replace("الشمالي", "الغربي"), "source": LONG_NAME,
             "date": "2026-03-04"}]
    export.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    path = tmp / "first.db"
    run_cli("ingest", str(export), db=path)
    return path


def test_db_may_follow_the_command_and_the_footer_names_it(db):
    after = run_cli("articles", "--db", str(db), "--json")  # not `marsad --db X articles`: the usual slip
    assert len(after.stdout.decode().splitlines()) == 3
    # the footer's command, copied into the shell, lists the same database
    footer = run_cli("articles", "--limit", "1", db=db).stdout.decode().splitlines()[-1]
    assert f"marsad --db {db} articles --limit 1 --after " in footer


def test_search_takes_an_outlet_by_any_of_its_names(db):
    for name in ("عكاظ", "okaz", "Okaz"):
        out = run_cli("search", "الميناء", "--outlet", name, db=db).stdout.decode()
        assert "توسيع الميناء" in out, name
        assert "عكاظ" in out  # shown by the name `marsad articles` shows, not the key
    with marsad.open(str(db)) as m:  # the library and the API take it alike
        assert [r["title"] for r in m.search("الميناء", outlet="عكاظ")["results"]] == ["توسيع الميناء"]
        assert len(m.articles(outlet="عكاظ")) == 2
    proc = run_cli("search", "الميناء", "--outlet", "nosuchpaper", db=db, check=False)
    assert proc.returncode == 2 and b"no articles from outlet 'nosuchpaper'" in proc.stderr


def test_search_marks_the_words_it_matched_not_letters_inside_others():
    text = "قال المسؤول على خلفية القرار إن العمل في المدينة سيستمر، وبالمدينة حديقة جديدة."
    marked = snippet(text, ["في"])
    assert "[في]" in marked and "[خلفية]" not in marked
    marked = snippet(text, ["المدينه"])  # a word behind clitics is the word the index matched
    assert "[المدينة]" in marked and "[وبالمدينة]" in marked


def test_a_cut_off_json_export_keeps_its_whole_records(tmp_path):
    rows = [{"title": "حديقة", "content": PARK}, {"title": "ميناء", "content": PORT},
            {"title": "ثالث", "content": PARK.replace("الشمالي", "الشرقي")}]
    full = json.dumps(rows, ensure_ascii=False, indent=1)
    cut = tmp_path / "export.json"
    cut.write_text(full[: full.index("الشرقي")], encoding="utf-8")  # the download stopped in the third record
    db = tmp_path / "c.db"
    err = run_cli("ingest", str(cut), db=db).stderr.decode()
    assert "2 articles added" in err
    reason = json.loads(run_cli("rejections", "--json", db=db).stdout.decode().splitlines()[0])["reason"]
    assert "kept the 2 records before it" in reason and " at at " not in reason
    with marsad.open(str(db)) as m:
        assert sorted(a["title"] for a in m.articles()) == ["حديقة", "ميناء"]


def test_a_rejection_that_no_longer_holds_is_gone(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("", encoding="utf-8")
    db = tmp_path / "r.db"
    assert run_cli("ingest", str(page), db=db, check=False).returncode == 1  # nothing stored
    assert "empty file" in run_cli("rejections", db=db).stdout.decode()
    page.write_text("حديقة جديدة\n\n" + PARK, encoding="utf-8")  # the user fixes the file and ingests it again
    run_cli("ingest", str(page), db=db)
    assert run_cli("rejections", db=db).stdout.decode().strip() == "no rejections"


def test_graph_relations_and_treaties_check_their_filters_as_events_does(db):
    for args in (["graph", "--since", "2015-13-45"], ["graph", "--type", "FOO"], ["graph", "--actor", "xyzzy"],
                 ["relations", "مصر", "--type", "FOO"], ["relations", "مصر", "--since", "yesterday"],
                 ["treaties", "--party", "xyzzy"]):
        proc = run_cli(*args, db=db, check=False)
        assert proc.returncode == 2, args
        assert proc.stderr.decode().startswith("marsad: error:") and b"Traceback" not in proc.stderr, args


def test_a_csv_of_entities_without_the_needed_columns_is_an_error(db, tmp_path):
    bad = tmp_path / "people.csv"
    bad.write_text("الاسم,النوع\n", encoding="utf-8")  # a header of its own: no row is read, and none is added
    proc = run_cli("kb", "add", str(bad), db=db, check=False)
    assert proc.returncode == 1 and "type and name_ar" in proc.stderr.decode()
    assert "الاسم, النوع" in proc.stderr.decode()


def test_a_csv_of_entities_saved_with_a_byte_order_mark_is_read(tmp_path):
    people = tmp_path / "people.csv"  # as a spreadsheet saves "CSV UTF-8": a BOM before the header
    people.write_text("type,name_ar,name_en\nPER,سليم الرواحي,Salim Al-Rawahi\n", encoding="utf-8-sig")
    db = tmp_path / "kb.db"
    proc = run_cli("kb", "add", str(people), db=db, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    with marsad.open(str(db)) as m:
        assert m.which_entity("سليم الرواحي").entity.name_en == "Salim Al-Rawahi"


def test_tables_say_where_they_cut(db):
    out = run_cli("articles", db=db).stdout.decode()
    assert LONG_NAME not in out and LONG_NAME[:19] + "…" in out
    assert "عكاظ " in out  # a short name is whole


def test_show_keeps_its_colons_in_a_column(db):
    first = json.loads(run_cli("articles", "--json", "--limit", "1", db=db).stdout.decode())["id"]
    meta = [line for line in run_cli("show", first, db=db).stdout.decode().splitlines()[2:] if ": " in line][:4]
    assert len({line.index(": ") for line in meta}) == 1, meta


def test_every_option_of_every_command_says_what_it_does():
    import argparse

    from marsad.cli.main import build_parser

    silent = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, f"{path} {name}")
            elif not action.help:
                silent.append(f"{path} {'/'.join(action.option_strings) or action.dest}")

    walk(build_parser(), "marsad")
    assert silent == []  # `marsad search --help` listed --json, --limit and --outlet with no word on them


def test_part_of_a_name_is_the_actor_the_news_mentions_not_a_name_holding_its_letters(tmp_path):
    talks = ("التقى وزير الخارجية الأمريكي جون كيري نظيره في العاصمة، وقال كيري إن المحادثات كانت مثمرة، وإن "
             "الجانبين اتفقا على مواصلة المشاورات الأسبوع المقبل في جولة جديدة من اللقاءات.")
    # Kerry twice; and a name the linker discovered once, never mentioned here, whose second word holds «كيري»
    db = _kerry_store(tmp_path, talks, {"new:1": "ماريو وكيري"}, {})
    with marsad.open(str(db)) as m:
        assert m.entity("كيري")["entity"]["id"] == "per:john-kerry"
    proc = run_cli("entity", "في", db=db, check=False)  # a word of many names names none of them
    assert proc.returncode == 2 and b"no entity" in proc.stderr


def test_a_mistyped_map_is_named_in_the_rejection(tmp_path):
    export = tmp_path / "paper.jsonl"
    export.write_text(json.dumps({"headline": "حديقة", "body_text": PARK}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "m.db"
    assert run_cli("ingest", str(export), "--map", "text=body_txt", db=db, check=False).returncode == 1
    reason = json.loads(run_cli("rejections", "--json", db=db).stdout.decode())["reason"]
    assert "no field 'body_txt', which --map names as its text" in reason and "body_text" in reason


def test_relations_and_entity_give_days_not_the_second_a_page_was_fetched(tmp_path):
    charge = ("اتهمت وزارة الخارجية المصرية إثيوبيا بعرقلة المفاوضات حول سد النهضة، وقال المتحدث باسم الوزارة إن "
              "القاهرة ستواصل جهودها الدبلوماسية لحماية حقوقها المائية في نهر النيل.")
    export = tmp_path / "charge.jsonl"
    export.write_text(json.dumps({"title": "اتهام", "content": charge, "date": "2026-03-02 10:15:00"},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "d.db"
    run_cli("ingest", str(export), "--process", db=db)
    relations = run_cli("relations", "مصر", db=db).stdout.decode()
    entity = run_cli("entity", "إثيوبيا", db=db).stdout.decode()
    assert "ACCUSE" in relations and " 2026-03-02 " in relations and "2026-03-02  " in entity
    assert "10:15" not in relations + entity
    # --until a day holds what was published at any hour of it, as --since does; relations takes it as events does
    assert "اتهام" in run_cli("articles", "--until", "2026-03-02", db=db).stdout.decode()
    with marsad.open(str(db)) as m:
        assert len(m.articles(until="2026-03-02")) == 1 and m.articles(until="2026-03-01") == []
    assert "ACCUSE" in run_cli("relations", "مصر", "--until", "2026-03-02", db=db).stdout.decode()
    assert "ACCUSE" not in run_cli("relations", "مصر", "--until", "2026-03-01", db=db, check=False).stdout.decode()


def test_serve_says_where_it_listens(db):
    import subprocess
    import sys
    import time
    import urllib.request

    from conftest import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "--db", str(db), "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=1)
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.1)
    finally:
        proc.terminate()
        err = proc.communicate(timeout=10)[1].decode()
    assert f"http://127.0.0.1:{port}/" in err and "/docs" in err


def test_search_says_when_it_stopped_at_its_limit(db):
    out = run_cli("search", "حديقة", "--limit", "1", db=db).stdout.decode()
    assert out.rstrip().endswith("… the best 1 matches; --limit 5 for more")
    assert "for more" not in run_cli("search", "حديقة", db=db).stdout.decode()  # 2 of at most 20: all of them
    assert len(run_cli("search", "حديقة", "--limit", "0", "--json", db=db).stdout.decode().splitlines()) == 2
    assert run_cli("search", "حديقة", "--limit", "-1", db=db, check=False).returncode == 2


def test_a_cut_off_export_downloaded_again_whole_leaves_no_rejection(tmp_path):
    rows = [{"title": "حديقة", "content": PARK}, {"title": "ميناء", "content": PORT}]
    full = json.dumps(rows, ensure_ascii=False)
    export = tmp_path / "export.json"
    export.write_text(full[: full.index("الأرصفة")], encoding="utf-8")
    db = tmp_path / "w.db"
    run_cli("ingest", str(export), db=db)
    assert "kept the record before it" in run_cli("rejections", db=db).stdout.decode()
    export.write_text(full, encoding="utf-8")  # the whole file this time
    assert "1 article added" in run_cli("ingest", str(export), db=db).stderr.decode()
    assert run_cli("rejections", db=db).stdout.decode().strip() == "no rejections"
    # cut only after its last record: every record was kept, and the whole file adds none, yet reads whole
    export.write_text(full[:-1], encoding="utf-8")
    run_cli("ingest", str(export), db=db)
    assert "kept the 2 records before it" in run_cli("rejections", db=db).stdout.decode()
    export.write_text(full, encoding="utf-8")
    assert "0 articles added" in run_cli("ingest", str(export), db=db).stderr.decode()
    assert run_cli("rejections", db=db).stdout.decode().strip() == "no rejections"


def _kerry_store(tmp_path, talks: str, discovered: dict[str, str], mentioned: dict[str, str]):
    """A store of one report, ``talks``, where the linker found Kerry twice («جون كيري», «قال كيري»), discovered
    the ``discovered`` actors (id → name) and found ``mentioned`` ones (id → the words that name it in the report)."""
    from marsad.models import Entity, Span

    export = tmp_path / "talks.jsonl"
    export.write_text(json.dumps({"title": "محادثات", "content": talks}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "e.db"
    run_cli("ingest", str(export), db=db)
    with marsad.open(str(db)) as m:
        (article,) = m.articles()
        m.store.upsert_entities([Entity(i, "PER", name, None) for i, name in discovered.items()], source="discovered")
        at = [talks.index("جون كيري"), talks.index("قال كيري") + 4]
        spans = [Span("mention", at[0], at[0] + 8, "PER", {"entity_id": "per:john-kerry"}),
                 Span("mention", at[1], at[1] + 4, "PER", {"entity_id": "per:john-kerry"})]
        spans += [Span("mention", talks.index(words), talks.index(words) + len(words), "PER", {"entity_id": i})
                  for i, words in mentioned.items()]
        m.store.replace_spans(article["id"], "link", "1", spans)
    return db


def _kerry_and_a_namesake(tmp_path):
    """A store where Kerry is mentioned twice and a discovered «سامي كيري» once: «كيري» is part of both names."""
    talks = ("التقى وزير الخارجية الأمريكي جون كيري نظيره في العاصمة، وقال كيري إن المحادثات كانت مثمرة، وإن "
             "الجانبين اتفقا على مواصلة المشاورات الأسبوع المقبل، وحضر اللقاء المترجم سامي كيري وعدد من المساعدين.")
    return _kerry_store(tmp_path, talks, {"new:1": "سامي كيري", "new:2": "سامي الكيري"}, {"new:1": "سامي كيري"})


def test_a_merge_by_a_part_of_a_name_several_actors_share_is_refused_with_them(tmp_path):
    db = _kerry_and_a_namesake(tmp_path)
    # the user means the interpreter; the most mentioned actor with «كيري» is the secretary of state
    proc = run_cli("entity", "merge", "كيري", "new:2", db=db, check=False)
    assert proc.returncode == 2, proc.stdout.decode()
    err = proc.stderr.decode()
    assert "per:john-kerry" in err and "new:1" in err and "whole name" in err
    with marsad.open(str(db)) as m:
        assert m.store.entity_redirects() == {}  # nothing merged
        with pytest.raises(UsageError, match="new:1"):
            m.split_entity("كيري", "new:2")
        assert [i for i, _, _ in m.which_entity("كيري").candidates] == ["per:john-kerry", "new:1"]
        with pytest.raises(UsageError, match="new:2"):  # one actor with this part here: still a guess, refused
            m.merge_entities("الكيري", "new:1")
        m.merge_entities("سامي كيري", "new:2")  # the whole name is taken
        assert m.store.entity_redirects() == {"new:1": "new:2"}


def test_a_filter_given_part_of_a_name_says_which_actor_it_took(tmp_path):
    db = _kerry_and_a_namesake(tmp_path)
    proc = run_cli("quotes", "--speaker", "كيري", db=db, check=False)
    err = proc.stderr.decode()
    assert "--speaker كيري: taken as per:john-kerry" in err and "new:1" in err
    proc = run_cli("events", "--actor", "كيري", db=db, check=False)
    assert "per:john-kerry" in proc.stderr.decode()
    proc = run_cli("entity", "كيري", db=db)
    assert "taken as per:john-kerry" in proc.stderr.decode() and "new:1" in proc.stderr.decode()
    proc = run_cli("quotes", "--speaker", "per:john-kerry", db=db, check=False)  # an id says which: no note
    assert "taken as" not in proc.stderr.decode()


def test_a_file_with_a_hash_in_its_name_leaves_another_files_rejection(tmp_path):
    empty = tmp_path / "notes"
    empty.write_text("", encoding="utf-8")
    db = tmp_path / "h.db"
    run_cli("ingest", str(empty), db=db, check=False)
    draft = tmp_path / "notes#draft.txt"  # not a record of "notes": that one is still empty
    draft.write_text("حديقة جديدة\n\n" + PARK, encoding="utf-8")
    assert "1 article added" in run_cli("ingest", str(draft), db=db).stderr.decode()
    with marsad.open(str(db)) as m:
        assert [r.origin for r in m.rejections()] == [str(empty)]


def test_an_ingest_that_stored_nothing_says_so_and_fails(tmp_path):
    empty, bare = tmp_path / "empty.txt", tmp_path / "menu.html"
    empty.write_text("", encoding="utf-8")
    bare.write_text("<html><body><p>الرئيسية</p></body></html>", encoding="utf-8")  # no article in it
    db = tmp_path / "n.db"
    for _ in range(2):  # and again: the same rejections, already recorded, still store nothing
        proc = run_cli("ingest", str(empty), str(bare), db=db, check=False)
        assert proc.returncode == 1, proc.stderr.decode()
        assert "nothing stored: every document read was rejected" in proc.stderr.decode()
    good = tmp_path / "park.txt"
    good.write_text("حديقة جديدة\n\n" + PARK, encoding="utf-8")
    proc = run_cli("ingest", str(empty), str(good), db=db, check=False)  # a partial batch: stored, and said why not
    assert proc.returncode == 0 and "1 article added" in proc.stderr.decode()
    assert run_cli("ingest", str(good), db=db, check=False).returncode == 0  # already stored: a safe re-run
    with marsad.open(str(db)) as m:
        assert sorted(r.origin for r in m.rejections()) == [str(empty), str(bare)]
        assert len(m.articles()) == 1


def test_a_cut_off_export_of_articles_under_a_key_keeps_its_whole_records(tmp_path):
    rows = [{"title": "حديقة", "content": PARK}, {"title": "ميناء", "content": PORT},
            {"title": "ثالث", "content": PARK.replace("الشمالي", "الشرقي")}]
    full = json.dumps({"source": "عكاظ", "count": 3, "articles": rows}, ensure_ascii=False, indent=1)
    cut = tmp_path / "export.json"
    cut.write_text(full[: full.index("الشرقي")], encoding="utf-8")  # the download stopped in the third record
    db = tmp_path / "k.db"
    proc = run_cli("ingest", str(cut), db=db)
    assert "2 articles added" in proc.stderr.decode()
    reason = json.loads(run_cli("rejections", "--json", db=db).stdout.decode().splitlines()[0])["reason"]
    assert "invalid JSON after record 1" in reason and "kept the 2 records before it" in reason
    with marsad.open(str(db)) as m:
        assert sorted(a["title"] for a in m.articles()) == ["حديقة", "ميناء"]
    # cut before its first record is whole: nothing is guessed, nothing stored
    cut.write_text(full[: full.index("الشمالي")], encoding="utf-8")
    proc = run_cli("ingest", str(cut), db=tmp_path / "none.db", check=False)
    assert proc.returncode == 1 and "invalid JSON" in proc.stderr.decode()


def test_every_command_names_an_outlet_as_readers_know_it(tmp_path):
    charge = ("اتهمت وزارة الخارجية المصرية إثيوبيا بعرقلة المفاوضات حول سد النهضة، وقال المتحدث باسم الوزارة إن "
              "القاهرة ستواصل جهودها الدبلوماسية لحماية حقوقها المائية في نهر النيل.")
    sign = ("وقعت مصر والسودان يوم الثلاثاء في القاهرة اتفاقية للتعاون في إدارة مياه النيل، وقال وزير الخارجية "
            "المصري بدر عبد العاطي إن \"الاتفاقية تحفظ حقوق البلدين\" وإن العمل بها يبدأ مطلع العام المقبل.")
    rows = [{"title": "اتهام", "content": charge, "source": "عكاظ", "date": "2026-03-02"},
            {"title": "اتهام مصري", "content": charge + " وأضاف أن الوفد سيعود.", "source": "Al Riyadh",
             "date": "2026-03-02"},
            {"title": "اتفاقية", "content": sign, "source": "okaz", "date": "2026-03-03"},
            {"title": "توقيع اتفاقية", "content": sign + " وحضر المراسم الوفدان.", "source": "الرياض",
             "date": "2026-03-03"}]
    export = tmp_path / "two.jsonl"
    export.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "o.db"
    run_cli("ingest", str(export), "--process", db=db)
    story = json.loads(run_cli("stories", "--json", "--limit", "1", db=db).stdout.decode())["id"]
    article = json.loads(run_cli("articles", "--json", "--limit", "1", "--outlet", "okaz",  # one of Okaz's
                                 db=db).stdout.decode())["id"]
    for args in (["stats"], ["articles"], ["quotes"], ["story", story], ["events", "--all"], ["treaties", "--all"],
                 ["relations", "مصر"], ["entity", "مصر"], ["show", article], ["search", "اتفاقية"]):
        out = run_cli(*args, db=db).stdout.decode()
        assert "عكاظ" in out and "okaz" not in out and "alriyadh" not in out, (args, out)
    with marsad.open(str(db)) as m:  # stored by one key, whatever name each record gave
        assert set(m.stats()["outlets"]) == {"okaz", "alriyadh"}


def test_stats_adds_up_the_articles_of_one_outlet_stored_under_two_of_its_names(tmp_path):
    """A store made before an outlet was known holds it by the name a record gave («عكاظ») beside its key
    (``okaz``): `marsad stats` names both «عكاظ» and shows their sum, not the count of one of them."""
    from marsad.models import Article, RawDocument
    from marsad.store import open_store

    db = tmp_path / "two_names.db"
    store = open_store(str(db))
    with store.transaction():
        for n, outlet in enumerate(["okaz", "okaz", "عكاظ"]):
            raw = RawDocument.from_bytes(f"خبر قصير رقم {n}".encode(), f"f{n}.txt", "text/plain")
            store.add_raw(raw)
            store.add_articles([Article(id=Article.make_id(raw.id, 0), raw_id=raw.id, outlet=outlet,
                                        text=f"خبر قصير رقم {n} عن افتتاح مدرسة جديدة في الحي.", origin=raw.origin)])
    store.close()
    out = run_cli("stats", db=db).stdout.decode()
    section = out.split("outlets:")[1].split("languages:")[0]
    assert [line.split() for line in section.strip().splitlines()] == [["عكاظ", "3"]], out


def test_an_export_of_articles_under_a_key_with_something_after_it_says_where_that_is(tmp_path):
    """The object closes whole; a second line follows it (two downloads in one file): the reason points at that
    line, not at the object's closing brace as a missing comma."""
    full = json.dumps({"source": "عكاظ", "articles": [{"title": "حديقة", "content": PARK}]}, ensure_ascii=False)
    export = tmp_path / "export.json"
    export.write_text(full + "\n{\"source\": \"عكاظ\"", encoding="utf-8")
    db = tmp_path / "extra.db"
    assert "1 article added" in run_cli("ingest", str(export), db=db).stderr.decode()
    reason = json.loads(run_cli("rejections", "--json", db=db).stdout.decode().splitlines()[0])["reason"]
    assert "Extra data" in reason and "line 2, column 1" in reason, reason


def test_a_part_of_a_name_held_by_many_finds_the_one_the_news_names_and_the_api_says_which(tmp_path):
    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    talks = ("التقى وزير الخارجية الأمريكي جون كيري نظيره في العاصمة، وقال كيري إن المحادثات كانت مثمرة، وإن "
             "الجانبين اتفقا على مواصلة المشاورات، وحضر اللقاء رجل الأعمال سليم الرواحي وعدد من المساعدين.")
    # 55 namesakes the linker discovered earlier and the news never mentions, and the one it does, stored last
    namesakes = {f"new:a{i}": "علي الرواحي" for i in range(55)}
    found = {**namesakes, "new:z": "سليم الرواحي", "new:k": "سامي كيري"}
    db = _kerry_store(tmp_path, talks, found, {"new:z": "سليم الرواحي"})
    proc = run_cli("entity", "الرواحي", db=db, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "taken as new:z" in proc.stderr.decode() and "of 56 actors" in proc.stderr.decode()
    with TestClient(create_app(WebSettings(db=str(db)))) as api:
        answer = api.get("/api/entities/الرواحي").json()
        assert answer["entity"]["id"] == "new:z"
        assert answer["match"]["taken"]["id"] == "new:z" and answer["match"]["others_total"] == 55
        kerry = api.get("/api/entities/كيري").json()["match"]
        assert kerry["query"] == "كيري" and kerry["taken"] == {"id": "per:john-kerry", "name": "جون كيري",
                                                               "mentions": 2}
        assert kerry["others"] == [{"id": "new:k", "name": "سامي كيري", "mentions": 0}]
        assert api.get("/api/entities/per:john-kerry").json()["match"] is None  # an id says which
        page = api.get("/entity/كيري").text  # the page says it too, and links the namesake
        assert "/entity/new:k" in page and "سامي كيري" in page
        assert "/entity/new:k" not in api.get("/entity/per:john-kerry").text


def test_a_story_whose_central_report_has_no_title_is_listed_by_another_reports_title(tmp_path):
    from conftest import shared_path

    db = tmp_path / "seeds.db"  # the README's first step: two of the seed pages come without a headline
    run_cli("ingest", str(shared_path("seeds")), "--process", db=db)
    stories = [json.loads(line) for line in run_cli("stories", "--json", db=db).stdout.decode().splitlines()]
    assert stories and all(s["title"] for s in stories), [(s["id"], s["title"]) for s in stories]
    with marsad.open(str(db)) as m:  # the story's page says the same
        titled = {a["id"]: a["title"] for a in m.articles() if a["title"]}
        for s in stories:
            assert s["title"] in titled.values() and m.story(s["id"])["title"] == s["title"]


def test_merge_and_split_of_an_unknown_name_exit_as_every_unknown_name_does(db):
    assert run_cli("entity", "xyzzy", db=db, check=False).returncode == 2
    for args in (["entity", "merge", "xyzzy", "عكاظ"], ["entity", "split", "xyzzy", "عكاظ"]):
        proc = run_cli(*args, db=db, check=False)
        assert proc.returncode == 2 and b"no entity 'xyzzy'" in proc.stderr, args


def test_process_with_a_stage_nobody_has_exits_as_every_unknown_name_does(db):
    for flag in ("--redo", "--stages"):
        proc = run_cli("process", flag, "linking", db=db, check=False)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and f"{flag} linking: no such stage" in err and " link, " in err, flag
