"""Pages dated only by their fetch take the day their site's page numbers give (marsad.extract.sequence)."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

from marsad.extract.sequence import Fetched, estimate_dates, site_number
from marsad.ingest.run import ingest

BODY = "أعلنت البلدية عن افتتاح حديقة جديدة في الحي الشمالي تضم ملاعب للأطفال ومسارا للمشي بطول كيلومترين."


def test_site_number_is_the_page_number_not_a_day_or_a_title_figure():
    assert site_number("http://paper.example/home/article/410826/عنوان-فيه-2015-رقم") == 410826
    assert site_number("http://www.paper.example/News_Detail.aspx?ArticleID=229720&CategoryID=1") == 229720
    assert site_number("http://paper.example/Issues/20150720/Con20150720784687.htm") == 20150720784687
    assert site_number("http://paper.example/node/620113/خبر.html") == 620113
    assert site_number("http://short.example/PHGKif") is None  # a hash: no order to read
    assert site_number("http://12345.example/about") is None  # the host is no page number
    assert site_number(None) is None


def _site(start: int, per_day: int, first: date, days: int, backlog: list[int]) -> list[Fetched]:
    """A site numbering ``per_day`` pages a day from ``start`` on ``first``, fetched each morning after;
    the first fetch also holds the pages of ``backlog`` days before it."""
    pages = []
    for d in range(days):
        fetch = datetime.combine(first + timedelta(days=d + 1), datetime.min.time()) + timedelta(hours=3)
        numbers = range(start + d * per_day, start + (d + 1) * per_day)
        if d == 0:
            numbers = [start - back * per_day + 7 for back in backlog] + list(numbers)
        pages += [Fetched(f"{d}:{n}", "paper", n, fetch) for n in numbers]
    return pages


def test_a_first_crawl_backlog_is_placed_by_the_site_counter():
    first = date(2015, 7, 20)
    pages = _site(400_000, 700, first, days=5, backlog=[3, 12, 20])
    got = estimate_dates(pages)
    for back in (3, 12, 20):
        key = f"0:{400_000 - back * 700 + 7}"
        assert abs((date.fromisoformat(got[key]) - (first - timedelta(days=back))).days) <= 1
    # Pages of the day before their fetch stay on (or a day around) their fetch: nothing moves them later.
    fresh = [p for p in pages if p.number >= 400_000]
    assert all(date.fromisoformat(got.get(p.key, p.fetched_at.date().isoformat())) <= p.fetched_at.date()
               for p in fresh)


def test_numbers_that_do_not_follow_the_fetch_days_date_nothing():
    rng = random.Random(7)
    pages = [Fetched(str(i), "hashes", rng.randrange(10**5, 10**7), datetime(2015, 7, 21 + i % 5, 3))
             for i in range(300)]
    assert estimate_dates(pages) == {}
    # Two fetch days are not enough to trust a site's counter.
    assert estimate_dates(_site(5_000, 50, date(2015, 7, 20), days=2, backlog=[10])) == {}


def test_an_estimate_more_than_a_year_back_is_not_trusted():
    pages = _site(900_000, 100, date(2015, 7, 20), days=4, backlog=[500])
    assert "0:850007" not in estimate_dates(pages)


def _records(tmp_path):
    """Three mornings of a site's export, dated only by fetch; the first holds a page of two weeks before."""
    recs = []
    for d in range(3):
        fetched = f"2015-07-{21 + d} 03:00:00"
        for k in range(20):
            n = 50_000 + d * 20 + k
            recs.append({"title": f"خبر {n}", "content": f"{BODY} رقم الخبر {n}.", "source": "paper",
                         "url": f"http://paper.example/article/{n}/", "date_extracted": fetched})
    recs.append({"title": "خبر قديم", "content": BODY + " وهذا خبر من الأرشيف.", "source": "paper",
                 "url": "http://paper.example/article/49720/", "date_extracted": "2015-07-21 03:00:00"})
    recs.append({"title": "خبر مؤرخ", "content": BODY + " وهذا خبر له تاريخه.", "source": "paper",
                 "url": "http://paper.example/article/49721/", "date_extracted": "2015-07-21 03:00:00",
                 "date": "2015-07-20"})
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    return path


def test_ingest_dates_an_undated_backlog_page_by_its_number_and_keeps_the_fetch(store, tmp_path):
    report = ingest(store, [str(_records(tmp_path))])
    arts = {a.title: a for a in store.iter_articles()}
    old = arts["خبر قديم"]
    assert old.date_precision == "estimated"
    assert old.published_at == "2015-07-06"  # 280 numbers (14 days at 20 a day) before the pages of 07-20
    assert old.fetched_at.startswith("2015-07-21T03:00")
    # A record with its own date keeps it; today's pages keep their fetch date, marked as such.
    assert (arts["خبر مؤرخ"].published_at, arts["خبر مؤرخ"].date_precision) == ("2015-07-20", "day")
    assert arts["خبر 50045"].date_precision == "fetched" and arts["خبر 50045"].published_at.startswith("2015-07-23")
    assert report.redated == 1 and "1 undated page dated" in report.summary()
    # Ingesting the same export again changes nothing.
    again = ingest(store, [str(_records(tmp_path))])
    assert again.articles_added == 0 and again.redated == 0


def test_a_redated_article_is_analysed_again(store, tmp_path):
    # Stages read the article's date (time expressions, events, offices): a new date means a new analysis.
    from marsad.ingest.run import redate_by_sequence
    from marsad.pipeline.registry import build_pipeline
    from marsad.pipeline.runner import process

    pipeline = build_pipeline(only=["sentences"])
    ingest(store, [str(_records(tmp_path))])
    process(store, pipeline=pipeline)
    assert store.pending_articles(pipeline.versions) == []
    old = next(a for a in store.iter_articles() if a.title == "خبر قديم")
    store.redate_articles([(old.id, old.fetched_at, "fetched")])  # as if the estimate had not been made yet
    assert [aid for _, aid in store.pending_articles(pipeline.versions)] == [old.id]
    assert redate_by_sequence(store) == 1
    assert store.get_article(old.id).published_at == "2015-07-06"


def test_the_article_page_and_cli_say_a_date_is_estimated(tmp_path):
    import urllib.request

    from conftest import run_cli, running_server

    from marsad.store import open_store

    db = tmp_path / "m.db"
    s = open_store(str(db))
    ingest(s, [str(_records(tmp_path))])
    old = next(a for a in s.iter_articles() if a.title == "خبر قديم")
    s.close()
    shown = run_cli("show", old.id, db=db).stdout.decode()
    assert "estimated" in shown and "2015-07-06" in shown and "2015-07-21T03:00" in shown
    with running_server(db) as base:
        page = urllib.request.urlopen(f"{base}/article/{old.id}", timeout=10).read().decode()
    assert "تاريخ تقديري" in page and 'datetime="2015-07-06"' in page


def test_stories_after_a_redate_are_the_stories_a_rebuild_gives(store, tmp_path):
    # Day by day: two mornings give no clock yet, the third dates the first morning's old page. Stories placed
    # before that are placed again, so the partition is the one clustering everything from scratch gives.
    from marsad.stories.cluster import ClusterOptions, cluster

    recs = [json.loads(line) for line in _records(tmp_path).read_text(encoding="utf-8").splitlines()]
    for d, day in enumerate(("2015-07-21", "2015-07-22", "2015-07-23")):
        part = tmp_path / f"day{d}.jsonl"
        part.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs
                                  if r["date_extracted"].startswith(day)), encoding="utf-8")
        report = ingest(store, [str(part)])
        cluster(store)
    assert report.redated == 1
    incremental = sorted(sorted(store.story_article_ids(s["id"])) for s in store.stories())
    cluster(store, ClusterOptions(rebuild=True))
    rebuilt = sorted(sorted(store.story_article_ids(s["id"])) for s in store.stories())
    assert incremental == rebuilt and sum(map(len, rebuilt)) == store.article_count()


def _encode(n: int, alphabet: str, last_first: bool) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out += alphabet[r]
    return out if last_first else out[::-1]


def test_a_site_of_short_codes_is_read_in_the_spelling_its_fetch_days_follow():
    from marsad.extract.sequence import ALPHABETS, decode, site_code

    assert site_code("http://short.example/PHGKif") == "PHGKif"
    assert site_code("http://short.example/12345") is None and site_code("http://short.example/") is None
    alphabet = ALPHABETS[4]  # a–z, 0–9, A–Z, the last character most significant
    assert decode(_encode(3_710_438_432, alphabet, True), alphabet, True) == 3_710_438_432
    first = date(2015, 7, 20)
    numbered = _site(3_710_438_000, 150, first, days=5, backlog=[10])
    pages = [Fetched(p.key, "short", None, p.fetched_at, _encode(p.number, alphabet, True)) for p in numbered]
    got = estimate_dates(pages)
    assert abs((date.fromisoformat(got[f"0:{3_710_438_000 - 1500 + 7}"]) - (first - timedelta(days=10))).days) <= 1
    assert len(got) == 1  # the pages of each morning stay on their fetch


def test_a_site_numbering_two_kinds_of_page_apart_has_a_clock_for_each():
    first = date(2015, 7, 20)
    news = _site(229_000, 100, first, days=5, backlog=[20])
    columns = [Fetched("c" + p.key, "paper", p.number - 229_000 + 27_000, p.fetched_at)
               for p in _site(229_000, 12, first, days=5, backlog=[30])]
    got = estimate_dates(news + columns)
    assert abs((date.fromisoformat(got[f"0:{229_000 - 2000 + 7}"]) - (first - timedelta(days=20))).days) <= 1
    assert abs((date.fromisoformat(got[f"c0:{229_000 - 360 + 7}"]) - (first - timedelta(days=30))).days) <= 1


# ---------------------------------------------------------------- the day a page's own text says it was written


def test_a_text_states_its_day_by_a_relative_day_and_a_weekday():
    from marsad.nlp.timex import stated_day

    tuesday = date(2015, 7, 21)
    assert stated_day("افتتح المحافظ اليوم (الاثنين) معرضا للكتاب", tuesday) == date(2015, 7, 20)
    assert stated_day("عقد المجلس أمس الأحد جلسته الأسبوعية", tuesday) == date(2015, 7, 20)
    assert stated_day("تبدأ غدا الخميس أعمال الصيانة", date(2015, 7, 24)) == date(2015, 7, 22)  # on a Wednesday
    assert stated_day("تبدأ غدا الخميس أعمال الصيانة", tuesday) is None  # six days back, or the day after the fetch?
    # A multi-word relative day is read whole: the day before yesterday, not yesterday
    assert stated_day("وصل الوفد أول أمس (السبت) إلى المدينة", tuesday) == date(2015, 7, 20)
    assert stated_day("وصل الوفد أول من أمس السبت", tuesday) == date(2015, 7, 20)
    # A weekday a modifier sends elsewhere is no statement of today; a title's last word and the body's first are
    # no pair
    assert stated_day("قال اليوم إن اجتماع الأحد الماضي كان مثمرا", tuesday) is None
    assert stated_day("زيارة تنتهي اليوم\nالأحد المقبل موعد الجولة الثانية", tuesday) is None
    assert stated_day("يزور الوفد الرياض اليوم الثلاثاء", tuesday) is None  # the record's own day: nothing to move
    # The first pair names the writing day; a bare weekday or a relative day alone states nothing.
    assert stated_day("قال الوزير الأحد إن المشروع اكتمل، وسيفتتح اليوم", tuesday) is None
    assert stated_day("أعلن أمس (السبت) ثم عاد اليوم الاثنين", tuesday) == date(2015, 7, 19)


def test_a_page_dated_by_its_fetch_takes_the_day_its_text_states_and_counts_tomorrow_from_it(store, tmp_path):
    from marsad.pipeline.registry import build_pipeline
    from marsad.pipeline.runner import process

    recs = [
        {"title": "افتتاح معرض", "source": "paper", "url": "http://paper.example/article/7001/",
         "date_extracted": "2015-07-21 03:00:00",
         "content": "افتتح أمير المنطقة اليوم (الأحد) معرضا للحرف اليدوية، على أن تبدأ غدا ورش العمل للزوار."},
        {"title": "خبر بلا يوم", "source": "paper", "url": "http://paper.example/article/7002/",
         "date_extracted": "2015-07-21 03:00:00", "content": BODY},
        {"title": "خبر بتاريخه", "source": "paper", "url": "http://paper.example/article/7003/",
         "date_extracted": "2015-07-21 03:00:00", "date": "2015-07-21",
         "content": "افتتح أمير المنطقة اليوم (الأحد) معرضا للحرف اليدوية في قاعة المدينة."},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    ingest(store, [str(path)])
    arts = {a.title: a for a in store.iter_articles()}
    stated = arts["افتتاح معرض"]
    assert (stated.published_at, stated.date_precision) == ("2015-07-19", "stated")  # Sunday, fetched on Tuesday
    assert stated.fetched_at.startswith("2015-07-21T03:00")
    assert arts["خبر بلا يوم"].date_precision == "fetched"
    # A date the record gives is the publisher's: the text does not move it.
    assert (arts["خبر بتاريخه"].published_at, arts["خبر بتاريخه"].date_precision) == ("2015-07-21", "day")
    process(store, pipeline=build_pipeline(only=["timex"]))
    article = store.get_article(stated.id)
    values = {article.text[t.start:t.end]: t.data["value"] for t in store.spans(stated.id, ["timex"])}
    assert values["غدا"] == "2015-07-20"  # the Monday after the Sunday the text was written, not Wednesday


def test_a_stated_weekday_is_read_in_the_week_the_site_numbers_give(store, tmp_path):
    # A backlog page two weeks old whose text says "today (Sunday)": the Sunday of its own week, not the last one
    path = _records(tmp_path)
    old = {"title": "خبر قديم بيومه", "source": "paper", "url": "http://paper.example/article/49722/",
           "date_extracted": "2015-07-21 03:00:00",
           "content": "دشن رئيس البلدية اليوم (الأحد) حملة لتنظيف الشواطئ بمشاركة المتطوعين."}
    path.write_text(path.read_text(encoding="utf-8") + "\n" + json.dumps(old, ensure_ascii=False), encoding="utf-8")
    ingest(store, [str(path)])
    article = next(a for a in store.iter_articles() if a.title == "خبر قديم بيومه")
    assert (article.published_at, article.date_precision) == ("2015-07-05", "stated")  # its numbers say 07-06
    assert date.fromisoformat(article.published_at).weekday() == 6
