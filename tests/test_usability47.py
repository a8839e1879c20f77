"""A researcher's first afternoon with Marsad as a Python library, on a Dask cluster, with a WARC and a feed of
their own served on 127.0.0.1, round 47: each stumble held to its fix (own Arabic throughout)."""

from __future__ import annotations

import io

import pytest

PARA = ("أعلنت وزارة المياه أن محطة التحلية الجديدة على الساحل الشرقي ستبدأ ضخ المياه إلى المدن المجاورة مطلع الشهر "
        "المقبل، بطاقة تكفي نصف مليون نسمة. وقال المتحدث باسم الوزارة إن الأعمال أنجزت قبل موعدها بثلاثة أشهر. ")


def _page(title: str, body: str = PARA) -> bytes:
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><nav><a href="/">الرئيسية</a> | <a href="/local">محليات</a></nav><article><h1>{title}</h1>'
            f"<p>{body * 2}</p><p>{body}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>").encode()


def _wget_warc() -> bytes:
    """A WARC as `wget --warc-file` writes it: each WARC-Target-URI in angle brackets, and the crawler's own
    notes (its arguments, its log) as resource records under metadata:// addresses."""
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    assert warcio
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    pages = [("<http://127.0.0.1:8765/water.html>", "200 OK", _page("محطة تحلية جديدة على الساحل")),
             ("<http://127.0.0.1:8765/menu.html>", "200 OK",
              '<html lang="ar"><body><nav><a href="/">الرئيسية</a></nav></body></html>'.encode()),
             ("<http://127.0.0.1:8765/gone.html>", "404 File not found", b"<html>not found</html>")]
    for uri, status, body in pages:
        http = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": "2026-12-02T09:00:00Z"}))
    for uri, body in [("<metadata://gnu.org/software/wget/warc/wget_arguments.txt>", b'"--warc-file=crawl" '),
                      ("<metadata://gnu.org/software/wget/warc/wget.log>", "تم التنزيل: 3 ملفات\n".encode() * 40)]:
        writer.write_record(writer.create_warc_record(uri, "resource", payload=io.BytesIO(body),
                                                      warc_headers_dict={"Content-Type": "text/plain"}))
    return buf.getvalue()


def test_a_wget_warc_keeps_its_pages_addresses_and_its_host_filter(tmp_path):
    """`wget --warc-file` writes «WARC-Target-URI: <http://…>»: the article's address kept the brackets (the web
    page linked «<http://127.0.0.1:8765/a4.html>»), `--host 127.0.0.1` kept none of the archive's pages (the
    bracketed address has no host), and wget's own argument list and log became two rejections named only by a
    urn:uuid («no article: only menus…», «empty file») while the page that really failed (a 404) was left out
    without a word."""
    import marsad
    from marsad.ingest.run import IngestOptions
    from marsad.ingest.sources import SourceOptions
    from marsad.ingest.warc import WarcFilter

    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_wget_warc())
    with marsad.open(str(tmp_path / "m.db")) as m:
        only_host = IngestOptions(sources=SourceOptions(archive_filter=WarcFilter(hosts=["127.0.0.1"])))
        report = m.ingest([str(path)], only_host)
        assert [a["url"] for a in m.articles()] == ["http://127.0.0.1:8765/water.html"]
        assert report.articles_added == 1
        # the page that holds no article is named by its address, not only by the record's urn:uuid, and the page
        # the crawler got a 404 for is a rejection saying so (it was left out without a word)
        gone, menu = sorted(m.rejections(), key=lambda r: r.reason)
        assert menu.reason.startswith("http://127.0.0.1:8765/menu.html: no article"), menu.reason
        assert gone.reason == "http://127.0.0.1:8765/gone.html: HTTP 404 in the archive"
        assert "metadata://" not in " ".join(r.reason + r.origin for r in m.rejections())


def test_a_feed_refused_once_is_no_rejection_once_it_was_read(tmp_path):
    """A researcher's first `m.ingest(["http://127.0.0.1:…/feed.xml"])` was refused (a loopback address); read
    again with loopback allowed, its articles were stored, yet `m.rejections()` still said the feed was refused.
    A page the feed lists that answers 404 stays a rejection, with its reason."""
    from test_ingest_web import Site

    import marsad
    from marsad.ingest.run import IngestOptions
    from marsad.ingest.sources import SourceOptions
    from marsad.ingest.web import FetchOptions

    site = Site()
    try:
        feed = site.base + "/feed.xml"
        with marsad.open(str(tmp_path / "m.db")) as m:
            refused = m.ingest([feed])
            assert refused.articles_added == 0 and "FetchOptions(allow_private=True)" in refused.rejections[0].reason
            local = FetchOptions(allow_private=True, per_host_delay=0.0, timeout=2.0)
            read = m.ingest([feed], IngestOptions(sources=SourceOptions(fetch=local)))
            assert read.articles_added == 2
            assert feed not in {r.origin for r in m.rejections()}
            assert any("robots.txt" in r.reason for r in m.rejections())  # its third item: kept, with its reason
    finally:
        site.server.shutdown()


def test_the_library_s_article_listing_takes_limit_0_or_none_as_all(tmp_path):
    """README: «--limit 0 means all». `m.articles(limit=0)` answered an empty list on two days of SaudiNewsNet
    (2,947 articles stored), `m.articles(limit=None)` raised «TypeError: '>=' not supported between instances of
    'int' and 'NoneType'», and `m.iter_articles(limit=0)` yielded nothing — while `m.entities(limit=None)` and
    `m.stories(limit=None)` gave all."""
    import json

    import marsad

    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps({"url": f"https://example.org/{i}", "outlet": "صحيفة الساحل",
                                        "date": f"2026-05-0{i}", "content": PARA + f"الخبر رقم {i}."},
                                       ensure_ascii=False) + "\n" for i in range(1, 4)), encoding="utf-8")
    with marsad.open(str(tmp_path / "m.db")) as m:
        m.ingest([str(path)])
        assert len(m.articles(limit=0)) == len(m.articles(limit=None)) == 3
        assert len(list(m.iter_articles(limit=0))) == 3
        assert len(m.articles(limit=2)) == 2


ENERGY = ("أعلن وزير الطاقة خالد الحربي يوم الأحد خطة وطنية لترشيد استهلاك الكهرباء في أشهر الصيف. "
          "وقال الوزير في مؤتمر صحفي إن \"الخطة تهدف إلى خفض الأحمال بنسبة عشرة في المئة خلال ثلاث سنوات\". "
          "وأوضح أن المرحلة الأولى ستشمل المدن الكبرى على أن تمتد لاحقا إلى بقية المناطق.")
SEA = ("وقعت سلطنة عمان وإيران يوم الثلاثاء في مسقط مذكرة تفاهم للتعاون في مجال السلامة البحرية والبحث والإنقاذ. "
       "ووقع المذكرة عن الجانب العماني وزير النقل، وعن الجانب الإيراني نائب وزير الطرق، بحضور عدد من المسؤولين. "
       "وقال بدر البوسعيدي وزير الخارجية العماني إن المذكرة \"خطوة عملية لحماية الملاحة في واحد من أهم الممرات "
       "المائية في العالم\".")

SEA_AGAIN = ("رحبت أوساط الملاحة في المنطقة بالمذكرة البحرية التي وقعتها مسقط وطهران قبل يوم. "
             "وكان بدر البوسعيدي وزير الخارجية العماني قد قال إن المذكرة \"خطوة عملية لحماية الملاحة في واحد من "
             "أهم الممرات المائية في العالم\".")


@pytest.fixture(scope="module")
def two_days(tmp_path_factory):
    """Three days, two outlets of my own: a minister's plan quoted one day, a signing quoted the next, and the
    signer's words recalled by the other paper the day after."""
    from conftest import processed_reports

    return processed_reports(tmp_path_factory.mktemp("two_days"), [
        ("energy", "2026-05-03", "صحيفة الساحل", ENERGY), ("sea", "2026-05-04", "صحيفة الوادي", SEA),
        ("sea-again", "2026-05-05", "صحيفة الساحل", SEA_AGAIN)])


def test_quotes_take_the_report_day_and_the_outlet_as_articles_do(two_days, capsys):
    """A researcher asking «who said what this week, in this paper» found no filter: QuoteQuery took a speaker, a
    story or an article only (`marsad quotes` and /api/quotes alike), while `articles` and `events` take --since,
    --until and `articles` --outlet. Each quote's report day and outlet bound it now, in the library, the CLI and
    the API, with the words and codes of the other listings for a bad value."""
    from fastapi.testclient import TestClient

    import marsad
    from conftest import cli
    from marsad.errors import NotFoundError
    from marsad.nlp.quote_records import QuoteQuery
    from marsad.web.app import WebSettings, create_app

    def speakers(groups) -> set[str]:
        return {q.speaker.get("name_ar") or q.speaker_name for g in groups for q in g.quotes}

    with marsad.open(str(two_days)) as m:
        everyone = speakers(m.quotes())
        assert {"خالد الحربي", "بدر البوسعيدي"} <= everyone
        assert speakers(m.quotes(QuoteQuery(since="2026-05-04"))) == {"بدر البوسعيدي"}
        assert speakers(m.quotes(QuoteQuery(until="2026-05-03"))) == {"خالد الحربي"}
        assert speakers(m.quotes(QuoteQuery(until="2026-05"))) == everyone  # a month takes all its days
        assert speakers(m.quotes(QuoteQuery(outlet="صحيفة الوادي"))) == {"بدر البوسعيدي"}
        # a statement keeps its id: the one of the whole listing, whatever part of its reports a filter keeps
        (whole,) = [g for g in m.quotes() if g.speaker_name == "بدر البوسعيدي"]
        assert len(whole.quotes) == 2
        (later,) = m.quotes(QuoteQuery(since="2026-05-05"))
        assert later.id == whole.id
        assert [q.article_id for q in later.quotes] == [q.article_id for q in whole.quotes
                                                        if q.published_at.startswith("2026-05-05")]
        assert later.outlets == ["صحيفة الساحل"]
        with pytest.raises(ValueError, match="since expects a date"):
            QuoteQuery(since="الأسبوع الماضي")
        with pytest.raises(NotFoundError, match="صحيفة الوادي"):  # a typo names the outlets it may mean
            m.quotes(QuoteQuery(outlet="صحيفة الوادى الجديد"))
    rc, out, _ = cli(capsys, "--db", str(two_days), "quotes", "--since", "2026-05-04", "--json")
    assert rc == 0 and "البوسعيدي" in out and "الحربي" not in out
    rc, _, err = cli(capsys, "--db", str(two_days), "quotes", "--since", "2026-05-05", "--until", "2026-05-03")
    assert rc == 2 and "later than" in err
    with TestClient(create_app(WebSettings(db=str(two_days)))) as c:
        page = c.get("/api/quotes", params={"outlet": "صحيفة الوادي"}).json()
        assert {q["speaker_name"] for g in page["items"] for q in g["quotes"]} == {"بدر البوسعيدي"}
        assert c.get("/api/quotes", params={"since": "2026-05-05", "until": "2026-05-03"}).status_code == 422
        assert c.get("/api/quotes", params={"outlet": "لا أحد"}).status_code == 404


def test_the_library_s_events_are_those_the_cli_and_the_api_list(two_days):
    """`m.events()` answered every event the coder wrote, the ones it is unsure of too (shown: false), in store
    order, while `marsad events` and /api/events leave those out and list the latest news first: a researcher's
    counts from Python did not match the CLI's (619 against 226 on SaudiNewsNet 2015-08-09/10). With no query the
    library answers what they list; EventQuery(shown_only=False) still takes every event."""
    import marsad
    from marsad.nlp.events.records import EventQuery

    with marsad.open(str(two_days)) as m:
        every = m.events(EventQuery(shown_only=False))
        assert any(not e.data.get("shown", True) for e in every), "my own text should give one unsure event"
        default = m.events()
        assert default and all(e.data.get("shown", True) for e in default)
        cli_like = m.events(EventQuery(shown_only=True, latest_first=True))
        assert [(e.article_id, e.start) for e in default] == [(e.article_id, e.start) for e in cli_like]


def test_an_article_listing_row_says_how_its_date_is_known(two_days):
    """SaudiNewsNet's only date is when a page was fetched: `m.iter_articles()` and `marsad show` say
    date_precision «fetched», but the rows of `m.articles()` and /api/articles — the table a researcher loads into
    pandas to count articles per day — did not, so a fetch time passed for a publication time."""
    from fastapi.testclient import TestClient

    import marsad
    from marsad.web.app import WebSettings, create_app

    with marsad.open(str(two_days)) as m:
        rows = m.articles()
        whole = {a.id: a.date_precision for a in m.iter_articles()}
        assert rows and all(r["date_precision"] == whole[r["id"]] for r in rows)
    with TestClient(create_app(WebSettings(db=str(two_days)))) as c:
        items = c.get("/api/articles").json()["items"]
        assert {i["id"]: i["date_precision"] for i in items} == whole


def test_a_quote_row_carries_the_sentence_it_was_read_in(two_days, capsys):
    """An event row gives its `sentence_text`; a quote row gave only the sentence's offsets ([203, 404]), so a
    researcher checking a speaker's words in context had to fetch each article and cut its text. The library, the
    CLI's --json and /api/quotes give the sentence now, grouped or not."""
    import json

    from fastapi.testclient import TestClient

    import marsad
    from conftest import cli
    from marsad.nlp.quote_records import QuoteQuery
    from marsad.web.app import WebSettings, create_app

    with marsad.open(str(two_days)) as m:
        rows = [q for g in m.quotes() for q in g.quotes]
        texts = {a.id: a.text for a in m.iter_articles()}
        assert rows and all(q.sentence_text == texts[q.article_id][q.sentence[0]:q.sentence[1]] for q in rows)
        (minister,) = [q for g in m.quotes(QuoteQuery(outlet="صحيفة الساحل")) for q in g.quotes
                       if "الأحمال" in q.content]
        assert minister.sentence_text.startswith("وقال الوزير في مؤتمر صحفي")
    rc, out, _ = cli(capsys, "--db", str(two_days), "quotes", "--json")
    assert rc == 0 and all(json.loads(line)["sentence_text"] for line in out.splitlines())
    with TestClient(create_app(WebSettings(db=str(two_days)))) as c:
        page = c.get("/api/quotes").json()
        assert all(q["sentence_text"] for g in page["items"] for q in g["quotes"])


def test_printing_an_ingest_report_shows_its_counts_not_every_rejection(tmp_path):
    """`print(m.ingest([...]))` in a notebook, as one prints a result: on SaudiNewsNet 2015-08-09/10 it printed
    29 whole Rejection objects (up to 1,000 are kept) on one line of 6,900 characters before the counts ended."""
    import json

    import marsad

    path = tmp_path / "export.jsonl"
    rows = [{"url": f"https://example.org/{i}", "content": " "} for i in range(40)]
    rows.append({"url": "https://example.org/ok", "content": PARA, "outlet": "صحيفة الساحل"})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    with marsad.open(str(tmp_path / "m.db")) as m:
        report = m.ingest([str(path)])
    assert report.rejected == 40 and len(report.rejections) == 40  # still there to read
    assert "articles_added=1" in repr(report) and "rejected=40" in repr(report)
    assert len(repr(report)) < 400 and "Rejection(" not in repr(report)


def test_an_article_page_s_events_say_who_did_it_to_whom(two_days):
    """The article page of my own report of the Omani–Iranian signing listed its events as «اتفاق وقعت» and
    «اتفاق ووقع»: a type and the trigger word, naming nobody, while the actor's page says «عُمان ← إيران»."""
    from fastapi.testclient import TestClient

    import marsad
    from marsad.nlp.events.records import EventQuery
    from marsad.web.app import WebSettings, create_app

    with marsad.open(str(two_days)) as m:
        (sea,) = [a for a in m.articles() if a["url"].endswith("/sea")]
        (signing,) = [e for e in m.events(EventQuery(shown_only=False))
                      if e.article_id == sea["id"] and (e.data.get("recipient") or {}).get("name")]
    with TestClient(create_app(WebSettings(db=str(two_days)))) as c:
        page = c.get(f"/article/{sea['id']}").text
    events = page[page.index("<h2>الأحداث</h2>"):]
    assert f"{signing.data['actor']['name']} ← {signing.data['recipient']['name']}" in events
