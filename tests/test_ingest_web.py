"""Fetching from the web against a real HTTP server on 127.0.0.1: pages, feeds, sitemaps, watch, and refusals."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from marsad.errors import FetchError
from marsad.ingest.feeds import parse_feed, watch
from marsad.ingest.run import ingest
from marsad.ingest.sources import SourceOptions
from marsad.ingest.run import IngestOptions
from marsad.ingest.web import Fetcher, FetchOptions

PARA = ("قالت وزارة النقل إن خط القطار الجديد بين المدينتين سيفتح أمام الركاب مطلع الشهر المقبل، "
        "بعد أربع سنوات من الأعمال. وأضافت أن الرحلة ستستغرق أقل من ساعتين. ")


def page(title: str) -> bytes:
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav><article><h1>{title}</h1>'
            f"<p>{PARA * 2}</p><p>{PARA}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>").encode()


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار النقل</title>
<item><title>افتتاح خط القطار</title><link>/news/1</link><pubDate>Wed, 18 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>تمديد ساعات العمل</title><link>/news/2</link><pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>ممنوع</title><link>/private/3</link></item>
</channel></rss>""".encode()
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موجز</title>
<entry><title>خبر من أتوم</title><link href="/news/atom"/><updated>2026-11-20T10:00:00Z</updated>
<author><name>هدى سالم</name></author></entry></feed>""".encode()
SITEMAP = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>BASE/news/1</loc></url><url><loc>BASE/news/2</loc></url></urlset>"""


class Site:
    """A small news site: pages, feeds, robots.txt, ETags, a redirect, an oversized page and a slow one."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # keep test output clean
                pass

            def do_GET(self):
                site.hits.append(self.path)
                routes = {
                    "/robots.txt": (b"User-agent: *\nDisallow: /private/\n", "text/plain"),
                    "/feed.xml": (RSS, "application/rss+xml"),
                    "/atom.xml": (ATOM, "application/atom+xml"),
                    "/broken.xml": (b"<?xml version='1.0'?><rss><channel><item><title>x</title>", "application/rss+xml"),
                    "/sitemap.xml": (SITEMAP.replace(b"BASE", site.base.encode()), "application/xml"),
                    "/news/1": (page("افتتاح خط القطار"), "text/html; charset=utf-8"),
                    "/news/2": (page("تمديد ساعات العمل"), "text/html; charset=utf-8"),
                    "/news/atom": (page("خبر من أتوم"), "text/html; charset=utf-8"),
                    "/private/3": (page("ممنوع"), "text/html"),
                    "/big": (b"<html>" + b"x" * 3_000_000 + b"</html>", "text/html"),
                }
                if self.path == "/old":
                    self.send_response(301)
                    self.send_header("Location", "/news/1")
                    self.end_headers()
                    return
                if self.path == "/slow":
                    time.sleep(3)
                if self.path not in routes:
                    self.send_response(404)
                    self.end_headers()
                    return
                body, ctype = routes[self.path]
                etag = f'"{hash(body) & 0xffffff:x}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()


LOCAL = FetchOptions(allow_private=True, per_host_delay=0.0, timeout=2.0, max_bytes=1_000_000)


def opts(**kw) -> IngestOptions:
    return IngestOptions(sources=SourceOptions(fetch=FetchOptions(**{**LOCAL.__dict__, **kw})) if kw else
                         SourceOptions(fetch=LOCAL))


def test_loopback_is_refused_unless_allowed(store, site):
    report = ingest(store, [site.base + "/news/1"], IngestOptions(sources=SourceOptions(fetch=FetchOptions())))
    assert report.articles_added == 0
    assert "private or loopback" in store.rejections()[0].reason
    assert site.hits == []  # not even one request went out


def test_page_is_fetched_and_extracted(store, site):
    report = ingest(store, [site.base + "/old"], opts())  # a redirect to /news/1
    (article,) = list(store.iter_articles())
    assert report.articles_added == 1 and article.title == "افتتاح خط القطار"
    assert article.url.endswith("/news/1") and "خط القطار الجديد" in article.text


def test_feed_items_are_followed_and_robots_honoured(store, site):
    ingest(store, [site.base + "/feed.xml"], opts())
    titles = {a.title for a in store.iter_articles()}
    assert titles == {"افتتاح خط القطار", "تمديد ساعات العمل"}
    assert "/private/3" not in site.hits
    assert any("robots.txt" in r.reason for r in store.rejections())


def test_atom_and_sitemap(store, site):
    ingest(store, [site.base + "/atom.xml", site.base + "/sitemap.xml"], opts())
    arts = {a.title: a for a in store.iter_articles()}
    assert set(arts) == {"خبر من أتوم", "افتتاح خط القطار", "تمديد ساعات العمل"}
    assert arts["خبر من أتوم"].published_at.startswith("2026-11-20")


def test_broken_feed_big_page_and_timeout_are_rejections(store, site):
    ingest(store, [site.base + "/broken.xml", site.base + "/big", site.base + "/slow", site.base + "/news/2"], opts())
    reasons = {r.origin.rsplit("/", 1)[-1]: r.reason for r in store.rejections()}
    assert "broken XML" in reasons["broken.xml"]
    assert "too large" in reasons["big"]
    assert "timed out" in reasons["slow"]
    assert [a.title for a in store.iter_articles()] == ["تمديد ساعات العمل"]  # the batch went on


def test_watch_uses_conditional_requests_and_takes_new_items_once(store, site):
    feeds = [site.base + "/feed.xml"]
    report = watch(store, feeds, options=LOCAL, interval=0, rounds=2)
    assert report.polls == 2 and report.not_modified == 1
    assert report.articles_added == 2
    assert site.hits.count("/news/1") == 1  # fetched once across both polls
    state = store.feed_state(feeds[0])
    assert state["etag"] and "304" in state["status"]


def test_parse_feed_rejects_non_feeds():
    with pytest.raises(FetchError, match="broken XML"):
        parse_feed(b"<rss><channel>")


def test_fetcher_refuses_other_schemes():
    with pytest.raises(FetchError, match="only http"):
        Fetcher(LOCAL).fetch("file:///etc/passwd")


def test_a_fetch_rejection_says_why_once_and_goes_when_the_page_is_stored(store, site):
    refused = IngestOptions(sources=SourceOptions(fetch=FetchOptions()))  # loopback refused: a fetch rejection
    ingest(store, [site.base + "/gone", site.base + "/news/1"], refused)
    ingest(store, [site.base + "/gone", site.base + "/news/1"], opts())  # now with loopback allowed
    reasons = {r.origin: r.reason for r in store.rejections()}
    assert reasons == {site.base + "/gone": "HTTP 404"}  # not "http://…/gone: HTTP 404" under its own address
