"""`marsad quotes` over a real SQLite store: grouping across outlets, filters, JSON Lines fields."""

from __future__ import annotations

import json

from conftest import add_quoted_reports, run_cli

import marsad

from marsad.nlp.quote_records import QuoteQuery, list_quotes, quotes_listing
from marsad.store import open_store

ARTICLES = [
    ("صحيفة الضفة", "وقال وزير الري حسن الشامي إن السد الجديد سيخزن مليار متر مكعب من المياه بحلول الصيف.\n"
                    "وأضاف أن العمل يسير وفق الجدول."),
    ("موقع المدار", "أكد وزير الري حسن الشامي أن السد الجديد سيخزن مليار متر مكعب من المياه قبل الصيف."),
    ("قناة الأفق", "وقالت نقابة المهندسين إن أجور العاملين في المشروع تأخرت شهرين."),
]


def build(path: str) -> list[str]:
    """A store holding three articles analysed by the sentences and quotes stages; returns article ids."""
    store = open_store(path)
    ids = add_quoted_reports(store, ARTICLES, "/news")
    store.close()
    return ids


def test_quotes_json_groups_one_statement_across_outlets(tmp_path):
    db = tmp_path / "q.db"
    ids = build(str(db))
    rows = [json.loads(l) for l in run_cli("quotes", "--json", db=db).stdout.decode().splitlines()]
    assert len(rows) == 4
    assert {"article_id", "origin", "outlet", "speaker", "speaker_name", "cue", "content", "kind", "via",
            "sentence", "group", "outlets"} <= set(rows[0])
    dam = [r for r in rows if "السد الجديد" in r["content"]]
    assert len(dam) == 2 and dam[0]["group"] == dam[1]["group"]
    assert dam[0]["outlets"] == ["صحيفة الضفة", "موقع المدار"]
    assert {r["article_id"] for r in dam} == set(ids[:2])
    assert all(r["speaker"]["name_ar"] == "حسن الشامي" for r in dam)
    assert {r["origin"] for r in rows} == {"/news/0.txt", "/news/1.txt", "/news/2.txt"}


def test_quotes_text_output_says_how_many_outlets(tmp_path):
    db = tmp_path / "q.db"
    build(str(db))
    out = run_cli("quotes", db=db).stdout.decode()
    assert "reported by 2 outlets" in out
    assert "موقع المدار" in out and "صحيفة الضفة" in out


def test_filters_by_speaker_and_article(tmp_path):
    db = str(tmp_path / "q.db")
    ids = build(db)
    store = open_store(db)
    by_union = list_quotes(store, QuoteQuery(speaker="نقابة المهندسين"))
    assert [q.article_id for q in by_union] == [ids[2]]
    by_article = list_quotes(store, QuoteQuery(article=ids[0]))
    assert [q.cue for q in by_article] == ["وقال", "وأضاف"]
    assert [len(g.outlets) for g in quotes_listing(store, QuoteQuery(speaker="الشامي"))] == [2, 1]
    rows = run_cli("quotes", "--json", "--speaker", "حسن الشامي", db=db).stdout.decode().splitlines()
    assert len(rows) == 3
    # with a title, with the article on the surname, name words in another order: the same minister
    for spelling in ("الوزير حسن الشامي", "حسن الشامي وزير الري", "الشامي حسن"):
        assert len(list_quotes(store, QuoteQuery(speaker=spelling))) == 3, spelling
    assert list_quotes(store, QuoteQuery(speaker="حسن العلي")) == []  # one shared word is not the same person


def test_story_filter(tmp_path):
    db = str(tmp_path / "q.db")
    ids = build(db)
    store = open_store(db)
    # A story as the clustering stage stores it (005_stories.sql): the two dam articles.
    store.save_story("s1", seq=1, title="السد", size=2, first_seen=None, last_seen=None, centroid={}, updated_at="")
    for seq, aid in enumerate(ids[:2]):
        store.place_article(aid, "s1", seq=seq, score=1.0, keys=[], last_seen="")
    assert {q.article_id for q in list_quotes(store, QuoteQuery(story="s1"))} == set(ids[:2])
    proc = run_cli("quotes", "--story", "nope", db=db, check=False)
    assert proc.returncode == 2 and b"no story" in proc.stderr


# Two outlets spell one coach two ways (غيراسيموف / جيراسيموف); the articles and the name are our own.
TWO_SPELLINGS = [
    {"url": "http://example.test/a1", "source": "alpha", "date_extracted": "2015-07-21 10:00:00",
     "title": "مدرب المنتخب يتحدث عن المعسكر", "author": "",
     "content": "قال مدرب المنتخب الوطني لكرة اليد ماركوس غيراسيموف إن الفريق سيبدأ معسكره في تونس الأسبوع المقبل. "
                "وأضاف غيراسيموف أن اللاعبين الشبان سيحصلون على فرصة كاملة في المباريات الودية."},
    {"url": "http://example.test/a2", "source": "beta", "date_extracted": "2015-07-22 10:00:00",
     "title": "المنتخب يستعد للبطولة", "author": "",
     "content": "أكد ماركوس جيراسيموف مدرب منتخب كرة اليد أن الإصابات لن تؤثر على خطط الفريق قبل البطولة العربية. "
                "وأوضح جيراسيموف أن الجهاز الفني يتابع حالة المصابين يوميا."},
]


def test_speaker_filter_finds_one_person_under_any_spelling(tmp_path):
    db = tmp_path / "q.db"
    corpus = tmp_path / "two.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in TWO_SPELLINGS), encoding="utf-8")
    run_cli("ingest", str(corpus), db=db)
    run_cli("process", db=db)
    for spelling in ("جيراسيموف", "غيراسيموف", "ماركوس جيراسيموف"):
        rows = [json.loads(l) for l in run_cli("quotes", "--json", "--speaker", spelling, db=db).stdout.decode().splitlines()]
        assert len(rows) == 4, (spelling, [r["content"] for r in rows])
        assert {r["outlet"] for r in rows} == {"alpha", "beta"}
        assert len({r["speaker"]["entity_id"] for r in rows}) == 1
    # The story page heads the coach's statements with one name, whichever spelling each outlet used.
    story = json.loads(run_cli("stories", "--json", db=db).stdout.decode().splitlines()[0])["id"]
    with marsad.open(str(db)) as m:
        groups = m.story(story)["quotes"]
    assert [(g["speaker"], len(g["quotes"])) for g in groups] == [("ماركوس غيراسيموف", 4)]
