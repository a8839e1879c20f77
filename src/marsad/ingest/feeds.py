"""RSS/Atom feeds and sitemaps: parsing, and ``watch``, which polls a list of feeds with conditional requests."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from marsad.errors import FetchError, InputError, UsageError
from marsad.ingest.web import Fetcher, FetchOptions, fetch_items
from marsad.models import counted
from marsad.store import Store

_ATOM = "{http://www.w3.org/2005/Atom}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


@dataclass(slots=True)
class FeedItem:
    link: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    # The article's own text when the feed carries it (RSS content:encoded, Atom content), markup and all;
    # a description or a summary is a teaser, not the article.
    content: str | None = None


@dataclass(slots=True)
class Feed:
    title: str | None
    items: list[FeedItem] = field(default_factory=list)


def _xml(data: bytes):
    from lxml import etree

    # No external entities, no network: a feed is untrusted input.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"broken XML: {exc}") from exc


def _text(el, *paths: str) -> str | None:
    for p in paths:
        found = el.find(p)
        if found is not None and (found.text or "").strip():
            return found.text.strip()
    return None


def _atom_content(entry) -> str | None:
    """An Atom entry's content: escaped HTML or text as it is, inline XHTML serialised (its div's children)."""
    from lxml import etree

    found = entry.find(f"{_ATOM}content")
    if found is None or found.get("src"):  # (content that lies elsewhere)
        return None
    if found.get("type") == "xhtml":
        div = found[0] if len(found) else found
        text = (div.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in div)
    else:
        text = found.text or ""
    return text if text.strip() else None


def parse_feed(data: bytes, base_url: str = "") -> Feed:
    """Parse RSS 2.0, RSS 1.0 (RDF) or Atom; FetchError with the parser's message when the XML is broken."""
    from urllib.parse import urljoin

    root = _xml(data)
    tag = root.tag.lower()
    items: list[FeedItem] = []
    if tag.endswith("feed"):  # Atom
        title = _text(root, f"{_ATOM}title")
        for entry in root.iter(f"{_ATOM}entry"):
            link = None
            for l in entry.findall(f"{_ATOM}link"):
                if l.get("rel", "alternate") == "alternate" and l.get("href"):
                    link = l.get("href")
                    break
            if link:
                author = entry.find(f"{_ATOM}author")
                items.append(FeedItem(urljoin(base_url, link), _text(entry, f"{_ATOM}title"),
                                      _text(entry, f"{_ATOM}published", f"{_ATOM}updated"),
                                      _text(author, f"{_ATOM}name") if author is not None else None,
                                      _atom_content(entry)))
    else:  # RSS 2.0 / RDF
        channel = root.find("channel")
        title = _text(channel if channel is not None else root, "title", "{http://purl.org/rss/1.0/}title")
        for item in list(root.iter("item")) + list(root.iter("{http://purl.org/rss/1.0/}item")):
            link = _text(item, "link", "{http://purl.org/rss/1.0/}link", "guid")
            if link:
                items.append(FeedItem(urljoin(base_url, link), _text(item, "title", "{http://purl.org/rss/1.0/}title"),
                                      _text(item, "pubDate", f"{_DC}date"), _text(item, "author", f"{_DC}creator"),
                                      _text(item, _CONTENT)))
    if not items and title is None:
        raise FetchError("not a feed: no channel, entries or items")
    return Feed(title, items)


def parse_sitemap(data: bytes) -> list[str]:
    """Page URLs of a sitemap (a sitemap index yields the URLs of its sitemaps)."""
    root = _xml(data)
    return [loc.text.strip() for loc in root.iter(f"{_SITEMAP}loc", "loc") if loc.text and loc.text.strip()]


def read_feed_list(path: str) -> list[str]:
    """Feed URLs from a file: one per line, '#' starts a comment."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()  # (an editor's byte-order mark: no address)
    except (FileNotFoundError, IsADirectoryError) as exc:  # a name typed wrong: exit 2, as `marsad ingest` says it
        what = "a folder: give a file of feed URLs, one a line" if isinstance(exc, IsADirectoryError) else \
            "no such file"
        raise UsageError(f"cannot read feed list {path}: {what}") from None
    except OSError as exc:
        raise InputError(f"cannot read feed list {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:  # (a comment saved in Latin-1 or Windows-1256: a traceback before)
        raise UsageError(f"cannot read feed list {path}: not UTF-8 text (byte {exc.start + 1}); save it as UTF-8") \
            from None
    urls = [(n, l.split("#", 1)[0].strip()) for n, l in enumerate(lines, 1)]
    wrong = [f"line {n}: {u!r}" for n, u in urls if u and not _FEED_URL.match(u)]
    if wrong and _is_feed(path):  # its XML was quoted line by line as five addresses that were not
        raise UsageError(f"{path} is a feed (RSS/Atom XML), not a list of feed addresses: write the feed's URL in "
                         "a text file, one address a line, and watch that (marsad watch polls each address)")
    if wrong:  # polled every round, failing each time with no reason shown until Ctrl-C
        raise UsageError(f"feed list {path}: not a feed's http:// or https:// address — " + "; ".join(wrong[:5])
                         + (f" (and {len(wrong) - 5} more)" if len(wrong) > 5 else ""))
    return [u for _, u in urls if u]


def _is_feed(path: str) -> bool:
    from marsad.ingest.sources import _sniff

    with open(path, "rb") as fh:
        return _sniff(fh.read(4096)) == "feed"


_FEED_URL = re.compile(r"https?://[^\s/?#]+\S*$", re.I)


@dataclass(slots=True)
class WatchReport:
    polls: int = 0
    not_modified: int = 0
    new_items: int = 0
    articles_added: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{counted(self.polls, 'feed poll')} ({self.not_modified} not modified), "
                f"{counted(self.new_items, 'new item')}, {counted(self.articles_added, 'article')} added, "
                f"{counted(len(self.failures), 'failure')}")


def poll_once(store: Store, feeds: list[str], fetcher: Fetcher, report: WatchReport) -> None:
    """Poll every feed once, conditionally; fetch and ingest the items not seen before."""
    from marsad.ingest.run import IngestOptions, ingest_items

    for url in feeds:
        state = store.feed_state(url)
        etag, modified = (state["etag"], state["last_modified"]) if state else (None, None)
        report.polls += 1
        try:
            got = fetcher.fetch(url, etag=etag, last_modified=modified)
        except FetchError as exc:
            report.failures.append(str(exc))
            _save_state(store, url, etag, modified, str(exc))
            continue
        if got.not_modified:
            report.not_modified += 1
            _save_state(store, url, etag, modified, "304 not modified")
            continue
        try:
            feed = parse_feed(got.content, got.url)
        except FetchError as exc:
            report.failures.append(f"{url}: {exc}")
            _save_state(store, url, got.etag, got.last_modified, str(exc))
            continue
        seen = store.seen_feed_items(url)
        fresh = [i for i in feed.items if i.link not in seen][: fetcher.options.max_items]
        report.new_items += len(fresh)
        result = ingest_items(store, fetch_items(fetcher, fresh), IngestOptions(show_progress=False))
        report.articles_added += result.articles_added
        store.mark_feed_items(url, [item.link for item in fresh])
        _save_state(store, url, got.etag, got.last_modified, f"{got.status}: {len(fresh)} new")


def _save_state(store: Store, url: str, etag: str | None, modified: str | None, status: str) -> None:
    store.save_feed_state(url, etag, modified, status)


def watch(store: Store, feeds: list[str], *, options: FetchOptions | None = None, interval: float = 300.0,
          rounds: int | None = None, on_round: Callable[[WatchReport], None] | None = None) -> WatchReport:
    """Poll ``feeds`` every ``interval`` seconds (``rounds`` times, or until interrupted)."""
    fetcher = Fetcher(options or FetchOptions())
    report = WatchReport()
    done = 0
    try:
        while rounds is None or done < rounds:
            poll_once(store, feeds, fetcher, report)
            done += 1
            if on_round:
                on_round(report)
            if rounds is None or done < rounds:
                time.sleep(interval)
    except KeyboardInterrupt:
        pass
    finally:
        fetcher.close()
    return report
