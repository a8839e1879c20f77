"""Stream web archives (WARC / WET, gzipped or not) into RawDocuments, in constant memory.

The way users process Common Crawl's CC-NEWS: every HTTP response holding an
HTML page (or every WET text conversion) becomes a RawDocument carrying its
target URL and capture date; records can be filtered by host, date and
language before anything is stored.  A truncated or corrupt archive yields a
Rejection saying where it broke, after the records read before it.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator, Union
from urllib.parse import urlsplit

from marsad import filters as bounds
from marsad.errors import InputError
from marsad.ingest.encoding import decode
from marsad.models import RawDocument, Rejection

Item = Union[RawDocument, Rejection]

_HTML_LANG = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_TAGS = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)


@dataclass(slots=True)
class WarcFilter:
    """Which records to keep: hosts (suffix match), capture dates (ISO, inclusive), languages (ISO 639-1)."""

    hosts: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    languages: list[str] = field(default_factory=list)

    def host_ok(self, url: str) -> bool:
        if not self.hosts:
            return True
        host = (urlsplit(url).hostname or "").lower()
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def __post_init__(self) -> None:  # a bound such as "yesterday" or 2015-13 would keep nothing, silently
        for name in ("since", "until"):
            value = getattr(self, name)
            setattr(self, name, bounds.checked(value[:10] if value else value, name, bounds.DAY_PATTERN))
        problem = bounds.out_of_order(self.since, self.until)
        if problem:
            raise ValueError(problem)

    def date_ok(self, date: str) -> bool:
        """Whether a capture date (ISO) is within the bounds; a bound of a month or a year takes all its days."""
        day = date[:10]
        return (not self.since or day[:len(self.since)] >= self.since) and \
            (not self.until or bounds.on_or_before(day, self.until))


_WEB_URI = re.compile(r"https?://", re.I)
# What a crawler asks for that is no page whatever its answer: robots.txt (every `wget -r` asks first), icons,
# styles, scripts, images, feeds; a server's 404 for them is its HTML error page, which tells nothing of the URL.
_NOT_A_PAGE = re.compile(r"\.(txt|css|js|json|xml|rss|ico|png|jpe?g|gif|svg|webp|bmp|woff2?|ttf|otf|eot|map|pdf"
                         r"|mp[34]|webm|zip|gz)$", re.I)


def target_uri(value: str) -> str:
    """A record's WARC-Target-URI as a plain URL: WARC 1.0 writers such as wget put it in angle brackets
    (``<http://host/page>``), which no host filter and no link would read."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    return value


def _language(payload: bytes, declared: str | None, text: str) -> str | None:
    if declared:
        return declared.split(",")[0].strip()[:2].lower()
    m = _HTML_LANG.search(payload[:4096])
    if m:
        return m.group(1).decode("ascii").lower()[:2]
    from marsad.arabic import detect_language

    return detect_language(_TAGS.sub(" ", text[:20000]))


class _GzipWatch:
    """Read-through wrapper that follows the gzip members as the archive reader consumes them.

    Archive readers stop silently at a cut-off gzip member; this notices that
    the last member never ended, so a truncated archive is reported, not hidden.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self._d = zlib.decompressobj(31)
        self.in_member = False
        self.broken: str | None = None

    def tell(self) -> int:
        return self.raw.tell()

    def read(self, n: int = -1) -> bytes:
        chunk = self.raw.read(n)
        data = chunk
        while data and not self.broken:
            try:
                self._d.decompress(data)
            except zlib.error as exc:
                self.broken = f"corrupt gzip data: {exc}"
                break
            self.in_member = True
            if self._d.eof:
                data = self._d.unused_data
                self._d = zlib.decompressobj(31)
                self.in_member = False
            else:
                data = b""
        return chunk


def read_warc(stream: BinaryIO, origin: str, filters: WarcFilter | None = None) -> Iterator[Item]:
    """Yield RawDocuments for the HTML responses and WET conversions of a WARC stream."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    filters = filters or WarcFilter()
    head = stream.read(2)
    gz = head == b"\x1f\x8b"
    stream.seek(0)
    watch = _GzipWatch(stream) if gz else None
    kinds = WarcRecordType.response | WarcRecordType.conversion | WarcRecordType.resource
    n = 0
    try:
        for record in ArchiveIterator(watch or stream, record_types=kinds, parse_http=True):
            n += 1
            headers = record.headers
            url = target_uri(headers.get("WARC-Target-URI", "") or "")
            date = headers.get("WARC-Date", "") or ""
            rec_origin = f"{origin}#{record.record_id or n}"
            if url and not _WEB_URI.match(url):
                continue  # the crawler's own notes (wget's metadata://…/wget.log, its arguments), not pages
            if not filters.host_ok(url) or not filters.date_ok(date):
                continue
            if record.record_type == WarcRecordType.response:
                if record.http_headers is None:
                    continue
                status = record.http_headers.status_code
                ctype = (record.http_content_type or "").lower()
                if status >= 400 and ("html" in ctype or not ctype) and not _NOT_A_PAGE.search(urlsplit(url).path):
                    # a page the crawler asked for and did not get (not its robots.txt, an icon or a script)
                    yield Rejection(origin=rec_origin, stage="read", reason=f"{url}: HTTP {status} in the archive")
                    continue
                if status != 200 or ("html" not in ctype and ctype):
                    continue  # redirects, images and scripts are not news pages
                media = "text/html"
                charset = record.http_charset
            else:
                media = "text/plain" if record.record_type == WarcRecordType.conversion else "text/html"
                charset = None
            payload = record.reader.read()
            expected = record.content_length
            if record.record_type != WarcRecordType.response and expected and len(payload) < expected:
                yield Rejection(origin=rec_origin, stage="read", reason=f"truncated WARC record: {len(payload)} of {expected} bytes")
                continue
            try:
                decoded = decode(payload, charset)
            except InputError as exc:
                yield Rejection(origin=rec_origin, stage="read", reason=f"{url}: {exc}")
                continue
            if filters.languages:
                lang = _language(payload, headers.get("WARC-Identified-Content-Language"), decoded.text)
                if lang not in filters.languages:
                    continue
            hints = {"url": url, "warc_record": record.record_id, "warc_date": date}
            yield RawDocument.from_bytes(payload, rec_origin, media, encoding=decoded.encoding,
                                         fetched_at=date or None, hints=hints)
    except Exception as exc:  # fastwarc raises plain errors on corrupt streams: keep what was read, say where
        yield Rejection(origin=origin, stage="read",
                        reason=f"WARC archive broken after {n} record(s): {type(exc).__name__}: {exc}")
        return
    if watch is not None and (watch.in_member or watch.broken):
        yield Rejection(origin=origin, stage="read",
                        reason=f"WARC archive truncated after {n} record(s): {watch.broken or 'the last gzip member is cut off'}")
