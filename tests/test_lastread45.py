"""lastread45: a last read of round 45's merged changes.

The Arabic here is our own."""

from __future__ import annotations

import io

import pytest


def _recursive_wget_warc() -> bytes:
    """What `wget -r --warc-file` against `python -m http.server` writes: before the pages, the crawler's own
    request for robots.txt, which the server answers 404 with its HTML error page; a page linked and gone (404)."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    error = b"<html><body><h1>Error response</h1><p>Error code: 404</p></body></html>"
    page = ('<html lang="ar"><head><meta charset="utf-8"><title>افتتاح مستشفى جديد في تبوك</title></head><body>'
            "<article><h1>افتتاح مستشفى جديد في تبوك</h1><p>" + "افتتح وزير الصحة مستشفى جديدا في تبوك يضم مئتي سرير. "
            * 6 + "</p></article></body></html>").encode()
    for uri, status, body in [("<http://127.0.0.1:8765/robots.txt>", "404 File not found", error),
                              ("<http://127.0.0.1:8765/favicon.ico>", "404 File not found", error),
                              ("<http://127.0.0.1:8765/hospital.html>", "200 OK", page),
                              ("<http://127.0.0.1:8765/news/gone>", "404 File not found", error)]:
        http = StatusAndHeaders(status, [("Content-Type", "text/html;charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": "2026-12-02T09:00:00Z"}))
    return buf.getvalue()


def test_a_recursive_crawls_robots_txt_answered_404_is_no_rejected_page(tmp_path):
    """Every `wget -r` asks for robots.txt first; a site without one answers 404 with an HTML error page, and the
    archive reader reported «http://…/robots.txt: HTTP 404 in the archive» as a page that failed (so did a missing
    favicon).  What was asked for is no page by its address: only the article that is gone is a rejection."""
    from marsad.ingest.warc import read_warc
    from marsad.models import Rejection

    items = list(read_warc(io.BytesIO(_recursive_wget_warc()), "crawl.warc.gz"))
    assert [i.reason for i in items if isinstance(i, Rejection)] == [
        "http://127.0.0.1:8765/news/gone: HTTP 404 in the archive"]
    assert [i.hints["url"] for i in items if not isinstance(i, Rejection)] == ["http://127.0.0.1:8765/hospital.html"]


def test_grouping_every_quote_and_the_steps_regrouping_test_wordings_by_one_rule(monkeypatch):
    """speed45 wrote the test of two wordings twice: inline in ``group_quotes`` (every quote) and as
    ``_same_wording`` (the step's search for the kept statements a new report may join).  A change to one alone
    would make the step store other groups than a whole regroup; now both read ``_same_wording``."""
    from marsad.nlp import quote_records
    from marsad.nlp.quote_records import QuoteRecord, group_quotes

    def report(article: str, outlet: str, content: str) -> QuoteRecord:
        return QuoteRecord(article_id=article, origin=f"/{article}", outlet=outlet, kind="indirect",
                           speaker={"text": "وزير الصحة فهد الراشد"}, speaker_name="وزير الصحة فهد الراشد", cue="قال",
                           content=content, via=None, start=0, end=len(content), sentence=[], cue_span=[])

    reports = [report("a1", "صحيفة النخيل", "المستشفى الجديد في تبوك سيفتح أبوابه للمرضى مطلع الشهر المقبل"),
               report("a2", "قناة الشروق", "المستشفى الجديد في تبوك يفتح أبوابه للمرضى مطلع الشهر المقبل")]
    assert len(group_quotes(reports)) == 1
    monkeypatch.setattr(quote_records, "_same_wording", lambda wi, wj, opts: wi == wj)  # (a stricter rule)
    assert len(group_quotes(reports)) == 2
