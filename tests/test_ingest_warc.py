"""Web archives: HTML responses and WET conversions stream into articles; filters; truncated archives."""

from __future__ import annotations

import io

import pytest

from marsad.ingest.run import ingest
from marsad.ingest.warc import WarcFilter, read_warc
from marsad.models import RawDocument, Rejection

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

BODY = ("أعلنت هيئة الأرصاد الجوية أن موجة من الأمطار الغزيرة ستضرب المناطق الساحلية خلال اليومين المقبلين، "
        "ودعت السكان إلى توخي الحذر وتجنب الأودية. وقال المتحدث باسم الهيئة إن فرق الطوارئ في حالة تأهب. ")


def page(title: str, lang: str = "ar", body: str = BODY) -> bytes:
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><nav>الرئيسية | أخبار</nav>'
            f"<article><h1>{title}</h1><p>{body * 3}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"
            ).encode("utf-8")


def build_warc(records, gzip: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for url, ctype, payload, kind, date in records:
        if kind == "response":
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                            warc_headers_dict={"WARC-Date": date})
        else:
            rec = writer.create_warc_record(url, "conversion", payload=io.BytesIO(payload),
                                            warc_headers_dict={"WARC-Date": date, "Content-Type": "text/plain"})
        writer.write_record(rec)
    return buf.getvalue()


RECORDS = [
    ("https://news.example/weather", "text/html; charset=utf-8", page("أمطار غزيرة متوقعة"), "response", "2026-11-20T08:00:00Z"),
    ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n", "response", "2026-11-20T08:00:01Z"),
    ("https://sport.other.example/match", "text/html", page("فوز الفريق المحلي"), "response", "2026-11-22T10:00:00Z"),
    ("https://en.example/story", "text/html", page("Rain expected", "en", "Heavy rain is expected on the coast. " * 8),
     "response", "2026-11-21T10:00:00Z"),
    ("https://wet.example/x", "", ("عنوان نصي\n\n" + BODY * 3).encode("utf-8"), "conversion", "2026-11-21T11:00:00Z"),
]


def test_html_responses_and_wet_conversions_become_documents():
    items = list(read_warc(io.BytesIO(build_warc(RECORDS)), "cc.warc.gz"))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.hints["url"] for d in docs] == ["https://news.example/weather", "https://sport.other.example/match",
                                               "https://en.example/story", "https://wet.example/x"]
    assert docs[0].media_type == "text/html" and docs[-1].media_type == "text/plain"
    assert docs[0].fetched_at.startswith("2026-11-20")
    assert not [i for i in items if isinstance(i, Rejection)]


def test_filters_by_host_date_and_language():
    data = build_warc(RECORDS)

    def urls(f: WarcFilter) -> list[str]:
        return [d.hints["url"] for d in read_warc(io.BytesIO(data), "a", f) if isinstance(d, RawDocument)]

    assert urls(WarcFilter(hosts=["other.example"])) == ["https://sport.other.example/match"]
    assert urls(WarcFilter(since="2026-11-21", until="2026-11-21")) == ["https://en.example/story", "https://wet.example/x"]
    assert "https://en.example/story" not in urls(WarcFilter(languages=["ar"]))


def test_truncated_archive_keeps_what_came_before_and_says_so():
    data = build_warc(RECORDS[:3])
    items = list(read_warc(io.BytesIO(data[:-150]), "cut.warc.gz"))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[-1], Rejection) and "truncated" in items[-1].reason


def test_ingest_warc_file_end_to_end(store, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(RECORDS))
    report = ingest(store, [str(path)])
    again = ingest(store, [str(path)])
    titles = {a.title for a in store.iter_articles()}
    assert "أمطار غزيرة متوقعة" in titles and "فوز الفريق المحلي" in titles
    assert report.articles_added >= 3 and again.articles_added == 0
    urls = {a.url for a in store.iter_articles()}
    assert "https://news.example/weather" in urls
