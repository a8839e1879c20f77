"""Fetch news from the web politely and safely: pages, RSS/Atom feeds (and the articles they list), sitemaps.

Polite: robots.txt is honoured, requests to one host are spaced by a delay,
feeds are polled with conditional requests (ETag / Last-Modified).
Safe: timeouts, a size cap, and private, loopback and link-local addresses
are refused (checked on every redirect hop) unless explicitly allowed.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Iterator, Union
from urllib.parse import urljoin, urlsplit

from marsad import __version__
from marsad.errors import FetchError
from marsad.models import RawDocument, Rejection

Item = Union[RawDocument, Rejection]
USER_AGENT = f"Marsad/{__version__} (news monitoring; +https://example.org/marsad)"


@dataclass(slots=True)
class FetchOptions:
    """How to fetch: limits, politeness, and whether private addresses may be reached."""

    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    per_host_delay: float = 1.0
    respect_robots: bool = True
    allow_private: bool = False
    max_redirects: int = 5
    max_items: int = 200  # articles followed per feed or sitemap
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class Fetched:
    url: str  # final URL after redirects
    status: int
    content: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_address(url: str, allow_private: bool) -> None:
    """Refuse URLs that are not http(s) or that resolve to private, loopback or link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"refused {url!r}: only http and https URLs are fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {parts.hostname}: {exc.strerror}") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
            raise FetchError(f"refused {url!r}: {parts.hostname} is a private or loopback address ({ip}); "
                             "allow it with --allow-private (from Python: FetchOptions(allow_private=True))")


@dataclass
class Fetcher:
    """An HTTP client with robots.txt, per-host delays, a size cap and the address guard."""

    options: FetchOptions = field(default_factory=FetchOptions)

    def __post_init__(self) -> None:
        import httpx

        self._client = httpx.Client(timeout=self.options.timeout, follow_redirects=False,
                                    headers={"User-Agent": self.options.user_agent})
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self._client.close()

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.options.per_host_delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        if not self.options.respect_robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                got = self._get(root + "/robots.txt", {}, robots=False)
                if got.status >= 400:
                    parser = None  # no robots.txt: everything allowed
                else:
                    parser.parse(got.content.decode("utf-8", "replace").splitlines())
            except FetchError:
                parser = None
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(self.options.user_agent, url)

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` (conditionally when ``etag``/``last_modified`` are given); FetchError on refusal or failure."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if not self.allowed(url):
            raise FetchError(f"robots.txt of {urlsplit(url).netloc} disallows {url}")
        return self._get(url, headers)

    def _get(self, url: str, headers: dict[str, str], robots: bool = True) -> Fetched:
        import httpx

        for _ in range(self.options.max_redirects + 1):
            check_address(url, self.options.allow_private)
            self._wait(urlsplit(url).netloc)
            try:
                with self._client.stream("GET", url, headers=headers) as resp:
                    if resp.status_code in (301, 302, 303, 307, 308) and "location" in resp.headers:
                        url = urljoin(url, resp.headers.get("location", ""))
                        continue
                    declared = int(resp.headers.get("content-length") or 0)
                    if declared > self.options.max_bytes:
                        raise FetchError(f"{url}: too large ({declared:,} bytes; limit {self.options.max_bytes:,})")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body += chunk
                        if len(body) > self.options.max_bytes:
                            raise FetchError(f"{url}: too large (over {self.options.max_bytes:,} bytes)")
                    if resp.status_code >= 400 and robots:
                        raise FetchError(f"{url}: HTTP {resp.status_code}")
                    return Fetched(str(resp.url), resp.status_code, bytes(body),
                                   resp.headers.get("content-type", ""), resp.headers.get("etag"),
                                   resp.headers.get("last-modified"))
            except httpx.TimeoutException as exc:
                raise FetchError(f"{url}: timed out after {self.options.timeout:.0f} s") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects")


def kind_of(fetched: Fetched) -> str:
    """feed | sitemap | html | text, from the content type and the first bytes."""
    ctype = fetched.content_type.lower()
    head = fetched.content[:1024].lstrip().lower()
    if b"<rss" in head or b"<feed" in head or "rss" in ctype or "atom" in ctype:
        return "feed"
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if "html" in ctype or b"<html" in head or b"<!doctype html" in head:
        return "html"
    if head.startswith(b"<?xml") and b"<rss" in fetched.content[:4096].lower():
        return "feed"
    return "text"


def page_document(fetched: Fetched, hints: dict | None = None) -> RawDocument:
    from marsad.ingest.encoding import decode

    kind = kind_of(fetched)
    charset = None
    if "charset=" in fetched.content_type:
        charset = fetched.content_type.split("charset=")[-1].split(";")[0].strip()
    decoded = decode(fetched.content, charset)
    from marsad.store import now_iso

    return RawDocument.from_bytes(fetched.content, fetched.url, "text/html" if kind == "html" else "text/plain",
                                  encoding=decoded.encoding, fetched_at=now_iso(),
                                  hints={"url": fetched.url, **(hints or {})})


def ingest_url(url: str, options: FetchOptions | None = None, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """RawDocuments for a page, for every article a feed lists, or for every page of a sitemap."""
    from marsad.ingest.feeds import parse_feed, parse_sitemap

    own = fetcher is None
    fetcher = fetcher or Fetcher(options or FetchOptions())
    try:
        try:
            got = fetcher.fetch(url)
        except FetchError as exc:
            yield Rejection(origin=url, stage="fetch", reason=_reason(url, exc))
            return
        kind = kind_of(got)
        if kind == "feed":
            try:
                feed = parse_feed(got.content, got.url)
            except FetchError as exc:
                yield Rejection(origin=url, stage="read", reason=str(exc))
                return
            yield from fetch_items(fetcher, feed.items[: fetcher.options.max_items], feed=url)
        elif kind == "sitemap":
            try:
                links = parse_sitemap(got.content)
            except FetchError as exc:
                yield Rejection(origin=url, stage="read", reason=str(exc))
                return
            for link in links[: fetcher.options.max_items]:
                yield from ingest_url(link, fetcher=fetcher)
        else:
            try:
                yield page_document(got)
            except Exception as exc:  # undecodable page
                yield Rejection(origin=url, stage="read", reason=str(exc))
    finally:
        if own:
            fetcher.close()


def fetch_items(fetcher: Fetcher, items, feed: str | None = None) -> Iterator[Item]:
    """Fetch the article page of each feed item, carrying the feed's title, date and author as hints (and the
    ``feed`` address asked for, so that an old rejection of the feed itself is cleared once it was read)."""
    for item in items:
        hints = {k: v for k, v in (("title", item.title), ("published_at", item.published),
                                   ("authors", [item.author] if item.author else None), ("feed", feed)) if v}
        try:
            yield page_document(fetcher.fetch(item.link), hints)
        except Exception as exc:  # FetchError, or a page that cannot be decoded
            yield Rejection(origin=item.link, stage="fetch", reason=_reason(item.link, exc))


def _reason(url: str, exc: Exception) -> str:
    """Why a fetch failed, without the address the rejection already names ("HTTP 404", not "URL: HTTP 404")."""
    text = str(exc)
    return text[len(url) + 2:] if text.startswith(url + ": ") else text
