"""Turn what the user names (files, folders, zips, JSON exports, stdin) into RawDocuments.

Everything streams: a folder or a zip is walked lazily and a JSON list is read
one record at a time where the format allows (JSON Lines always; a JSON array
is parsed per file, which bounds memory by the largest file, not the corpus).
A thing that cannot be read yields a Rejection and the walk goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Union

from marsad.errors import InputError, UsageError
from marsad.ingest.encoding import decode
from marsad.models import RawDocument, Rejection

Item = Union[RawDocument, Rejection]

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
ZIP_EXT = {".zip"}
FEED_EXT = {".xml", ".rss", ".atom"}  # read inside a folder when they hold a feed (sniffed)
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc.gz")
GZIP_MAGIC = b"\x1f\x8b"
MAX_NESTING = 8  # a zip or gzip read inside at most this many others (one that unpacks to itself would never end)
RECORD_LISTS = ("articles", "items", "data", "results")  # an export's object names its list of records so

# The usual field names of news exports, in order of preference (SaudiNewsNet's are among them).
FIELD_MAP: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext", "full_text"),
    "title": ("title", "headline", "name"),
    "url": ("url", "link", "canonical", "source_url"),
    "outlet": ("source", "outlet", "site", "site_name", "publisher", "domain"),
    "published_at": ("date", "published", "published_at", "date_publish", "pubdate", "datetime"),
    "authors": ("author", "authors", "byline", "writer"),
    # When the page was fetched (crawled, scraped): kept apart, for it is no publication date.
    "fetched_at": ("fetched_at", "date_extracted", "fetched", "crawled_at", "date_crawled", "date_download",
                   "scraped_at"),
}
_NO_AUTHOR = {"", "not available", "n/a", "none", "unknown", "غير متوفر"}


@dataclass(slots=True)
class SourceOptions:
    """How to read sources: field mapping overrides for JSON, a size cap, which files to take."""

    field_map: dict[str, str] = field(default_factory=dict)  # our field -> their key (from --map)
    max_bytes: int = 64 * 1024 * 1024
    include_hidden: bool = False
    archive_filter: Any = None  # a marsad.ingest.warc.WarcFilter for web archives
    fetch: Any = None  # marsad.ingest.web.FetchOptions for URLs


# The names a user reaches for when naming our fields (``--map date=when``): each the field it means.
FIELD_ALIASES = {"date": "published_at", "published": "published_at", "pubdate": "published_at",
                 "author": "authors", "byline": "authors", "body": "text", "content": "text",
                 "headline": "title", "link": "url", "source": "outlet", "site": "outlet", "fetched": "fetched_at"}


def parse_map(spec: str | None) -> dict[str, str]:
    """Parse ``--map text=article_body,outlet=paper`` into {our field: their key} (``date=when`` is published_at's
    mapping: see :data:`FIELD_ALIASES`)."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise UsageError(f"bad --map entry {part!r}: expected FIELD=KEY, e.g. text=article_body")
        ours, theirs = (x.strip() for x in part.split("=", 1))
        ours = FIELD_ALIASES.get(ours.lower(), ours)
        if ours not in FIELD_MAP:
            raise UsageError(f"bad --map field {ours!r}: one of {', '.join(FIELD_MAP)} (date for published_at)")
        out[ours] = theirs
    return out


def map_record(record: dict[str, Any], overrides: dict[str, str]) -> dict[str, Any]:
    """Map a JSON news record onto Marsad's fields (text, title, url, outlet, published_at, authors, fetched_at)."""
    hints: dict[str, Any] = {}
    lowered = {str(k).lower(): v for k, v in record.items()}
    for ours, keys in FIELD_MAP.items():
        keys = (overrides[ours],) if ours in overrides else keys
        for key in keys:
            value = record.get(key, lowered.get(key.lower()))
            if value not in (None, "", []):
                hints[ours] = value
                break
    authors = hints.get("authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace("،", ",").split(",")]
    if isinstance(authors, list):
        hints["authors"] = [str(a).strip() for a in authors if str(a).strip().lower() not in _NO_AUTHOR]
    for key in ("text", "title", "url", "outlet", "published_at", "fetched_at"):
        if key in hints and not isinstance(hints[key], str):
            hints[key] = str(hints[key])
    return hints


def _media_type(name: str) -> str | None:
    low = name.lower()
    ext = os.path.splitext(low)[1]
    if ext in TEXT_EXT:
        return "text/plain"
    if ext in HTML_EXT:
        return "text/html"
    if ext in JSON_EXT:
        return "json"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in ZIP_EXT:
        return "zip"
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if ext == ".gz":  # an export or a page gzipped (export.jsonl.gz), not another kind of file (backup.tar.gz)
        inner = low[:-3]
        return "gzip" if not os.path.splitext(inner)[1] or _media_type(inner) else None
    return None


# The root tags of an RSS/Atom feed or a sitemap: XML that lists articles elsewhere rather than holding one.
_LISTING_TAGS = (b"<rss", b"<feed", b"<rdf:rdf", b"<urlset", b"<sitemapindex")


def _is_warc(head: bytes) -> bool:
    """Whether bytes start as a web archive does (after a byte-order mark or blank lines)."""
    return head[:64].lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(b"warc/")


def _gzip_head(fileobj: Any) -> bytes:
    """The first bytes a gzip stream holds (b"" when it cannot be read)."""
    try:
        with gzip.GzipFile(fileobj=fileobj) as gz:
            return gz.read(64)
    except (OSError, EOFError, zlib.error):
        return b""


def _sniff(data: bytes) -> str:
    if data.startswith(GZIP_MAGIC):
        return "gzip"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "jsonl" if head.startswith(b"{") and b"\n{" in data[:65536] else "json"
    if head.startswith((b"<?xml", *_LISTING_TAGS)) and any(tag in head for tag in _LISTING_TAGS):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "text/html"
    if _is_warc(head):
        return "warc"
    return "text/plain"


def _records(data: bytes, origin: str, kind: str, opts: SourceOptions) -> Iterator[Item]:
    try:
        text = decode(data).text
    except InputError as exc:
        yield Rejection(origin=origin, stage="read", reason=str(exc))
        return
    if kind == "jsonl":
        rows: Iterator[tuple[int, Any]] = _jsonl_rows(text, origin)
    else:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            # a cut-off export (a download stopped half-way) still holds whole records before the cut: keep them
            read, broken = _records_before_error(text)
            err = broken or exc
            where = f"line {err.lineno}, column {err.colno}"
            if not read:
                yield Rejection(origin=origin, stage="read", reason=f"invalid JSON: {exc.msg} ({where})")
                return
            yield Rejection(origin=origin, stage="read",
                            reason=f"invalid JSON after record {len(read) - 1}: {err.msg} ({where}); "
                                   f"kept the {_records_word(len(read))} before it")
            doc = read
        if isinstance(doc, dict):
            doc = next((doc[k] for k in RECORD_LISTS if isinstance(doc.get(k), list)), [doc])
        if not isinstance(doc, list):
            yield Rejection(origin=origin, stage="read", reason="JSON is neither a record, a list of records nor {articles: [...]}")
            return
        rows = enumerate(doc)
    for i, row in rows:
        rec_origin = f"{origin}#{i}"
        if isinstance(row, Rejection):
            yield row
            continue
        if not isinstance(row, dict):
            yield Rejection(origin=rec_origin, stage="read", reason=f"record is a {type(row).__name__}, not an object")
            continue
        hints = map_record(row, opts.field_map)
        if "text" not in hints:
            names = (opts.field_map["text"],) if "text" in opts.field_map else FIELD_MAP["text"]
            blank = next((k for k in names if isinstance(row.get(k), str)), None)
            if blank is not None:  # the field is there, its value is only whitespace
                yield Rejection(origin=rec_origin, stage="read",
                                reason=f"record's text field {blank!r} is blank (whitespace only): nothing to store")
                continue
            keys = ", ".join(list(row)[:8])
            how = (f"no field {opts.field_map['text']!r}, which --map names as its text" if "text" in opts.field_map
                   else "no text field")  # a mistyped --map must not read as "use --map"
            yield Rejection(origin=rec_origin, stage="read",
                            reason=f"record has {how} (keys: {keys}); use --map text=KEY")
            continue
        if not str(hints["text"]).strip():  # named as when the field is empty: one reason, one line in ingest's
            names = (opts.field_map["text"],) if "text" in opts.field_map else FIELD_MAP["text"]
            key = next((k for k in names if row.get(k) not in (None, "", [])), "text")
            yield Rejection(origin=rec_origin, stage="read",
                            reason=f"record's text field {key!r} is blank (whitespace only): nothing to store")
            continue
        yield _record(row, rec_origin, hints)


def _record(row: dict[str, Any], origin: str, hints: dict[str, Any]) -> RawDocument:
    """One record as a document: its JSON bytes (their hash its id), its fields mapped onto ours as hints."""
    payload = json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return RawDocument.from_bytes(payload, origin, "application/json", encoding="utf-8", hints=hints)


def _saved_feed(data: bytes, origin: str) -> Iterator[Item]:
    """A feed saved as a file: each item that carries its article's text (RSS content:encoded, Atom content) is
    read as an export's record is (title, link, date, author; the feed's title as its outlet); an item with only a
    title or a summary links an article that lies elsewhere, and is refused with how to fetch it."""
    from marsad.errors import FetchError
    from marsad.ingest.feeds import parse_feed

    try:
        feed = parse_feed(data)
    except FetchError:  # a sitemap, or XML that is no feed
        feed = None
    items = feed.items if feed else []
    if not any(item.content for item in items):
        yield Rejection(origin=origin, stage="read",
                        reason="an RSS/Atom feed or a sitemap saved as a file: it lists articles that lie elsewhere; "
                               "give its URL (marsad ingest https://…/feed.xml fetches each article it lists, "
                               "marsad watch polls a list of feed URLs)")
        return
    for i, item in enumerate(items):
        if not item.content:
            yield Rejection(origin=f"{origin}#{i}", stage="read",
                            reason=f"feed item without its article's text (a title or a summary only): the article "
                                   f"lies at {item.link}; marsad ingest {item.link} fetches it")
            continue
        row = {"title": item.title, "link": item.link, "published": item.published, "author": item.author,
               "content": item.content, "source": feed.title}  # (the feed's own title names its outlet)
        row = {k: v for k, v in row.items() if v}
        yield _record(row, f"{origin}#{i}", map_record(row, {}))


def _records_before_error(text: str) -> tuple[list[Any], json.JSONDecodeError | None]:
    """The whole records at the start of a JSON export that breaks off, and the error where it breaks.

    The export is a list of records, or an object holding one (``{"articles": [...]}``, :data:`RECORD_LISTS`).
    """
    pos = _skip_space(text, 0)
    if text.startswith("{", pos):
        return _records_in_cut_object(text, pos + 1)
    if text.startswith("[", pos):
        return _records_in_cut_list(text, pos + 1)
    return [], None


def _records_in_cut_list(text: str, pos: int) -> tuple[list[Any], json.JSONDecodeError | None]:
    """The whole records of a list from ``pos`` (just after its «[») up to where it breaks."""
    decoder = json.JSONDecoder()
    rows: list[Any] = []
    while True:
        pos = _skip_space(text, pos)
        try:
            row, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            return rows, exc
        rows.append(row)
        pos = _skip_space(text, pos)
        if text.startswith(",", pos):
            pos += 1
        elif text.startswith("]", pos):
            return rows, None  # the list closed: what broke lies after it
        else:
            return rows, json.JSONDecodeError("Expecting ',' delimiter", text, pos)


def _records_in_cut_object(text: str, pos: int) -> tuple[list[Any], json.JSONDecodeError | None]:
    """The records of an object (from ``pos``, just after its «{») that breaks off: of its list of records
    (:data:`RECORD_LISTS`, the first such key when several), those before the cut, or all when it is whole."""
    decoder = json.JSONDecoder()
    lists: dict[str, list[Any]] = {}
    err: json.JSONDecodeError | None = None
    while err is None:
        pos, key = _skip_space(text, pos), None
        try:
            key, pos = decoder.raw_decode(text, pos)
            pos = _skip_space(text, pos)
            if not isinstance(key, str) or not text.startswith(":", pos):
                raise json.JSONDecodeError("Expecting property name and ':'", text, pos)
            pos = _skip_space(text, pos + 1)
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            err = exc
            if key in RECORD_LISTS and text.startswith("[", pos):  # the cut falls inside the list of records
                lists[key], err = _records_in_cut_list(text, pos + 1)
                err = err or exc
            break
        if key in RECORD_LISTS and isinstance(value, list):
            lists[key] = value
        pos = _skip_space(text, pos)
        if text.startswith(",", pos):
            pos += 1
        elif text.startswith("}", pos):
            break  # the object closed: what broke lies after it
        else:
            err = json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    return next((lists[k] for k in RECORD_LISTS if k in lists), []), err


def _records_word(n: int) -> str:
    return "record" if n == 1 else f"{n} records"


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _jsonl_rows(text: str, origin: str) -> Iterator[tuple[int, Any]]:
    for i, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        try:
            yield i, json.loads(line)
        except json.JSONDecodeError as exc:
            yield i, Rejection(origin=f"{origin}#{i}", stage="read", reason=f"invalid JSON line: {exc.msg}")


def from_bytes(data: bytes, origin: str, kind: str | None, opts: SourceOptions, *, depth: int = 0) -> Iterator[Item]:
    """RawDocuments (or Rejections) from one blob whose kind is known or sniffed (``depth``: how many zip or gzip
    files it was found in)."""
    if len(data) > opts.max_bytes:
        yield Rejection(origin=origin, stage="read",
                        reason=f"too large: {len(data):,} bytes (limit {opts.max_bytes:,}; raise it with --max-bytes)")
        return
    kind = kind or _sniff(data)
    if kind in ("zip", "gzip") and depth >= MAX_NESTING:
        yield Rejection(origin=origin, stage="read", reason=f"a {kind} file packed inside {depth} others: not "
                                                            "unpacked further")
    elif kind in ("json", "jsonl"):
        yield from _records(data, origin, kind, opts)
    elif kind == "zip":
        yield from _zip(data, origin, opts, depth)
    elif kind == "gzip":
        yield from _gunzipped(data, origin, opts, depth)
    elif kind == "warc":
        from marsad.ingest import warc  # optional reader, imported when an archive shows up

        yield from warc.read_warc(io.BytesIO(data), origin, opts.archive_filter)
    elif kind == "feed":  # stored as text, its XML was an "article" titled «<rss version=…»
        yield from _saved_feed(data, origin)
    else:
        try:
            decoded = decode(data)
        except InputError as exc:
            yield Rejection(origin=origin, stage="read", reason=str(exc))
            return
        # The bytes are kept as they came (their hash is the id), with the encoding they were read in.
        hints = {"warning": decoded.warning} if decoded.warning else {}
        raw = RawDocument.from_bytes(data, origin, kind, encoding=decoded.encoding, hints=hints)
        if not decoded.text.strip():
            yield Rejection(origin=origin, stage="read", reason="no text (only whitespace)", raw_id=raw.id)
            return
        yield raw


def _gunzipped(data: bytes, origin: str, opts: SourceOptions, depth: int) -> Iterator[Item]:
    """What a gzip file holds, read as that file would be (``export.jsonl.gz`` as JSON Lines, ``page.html.gz`` as a
    page, a name without the inner extension sniffed); a gzipped web archive streams as one."""
    if _is_warc(_gzip_head(io.BytesIO(data))):
        yield from from_bytes(data, origin, "warc", opts)
        return
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            inner = gz.read(opts.max_bytes + 1)  # (a small file may unpack to a huge one: read no more than allowed)
    except (OSError, EOFError, zlib.error) as exc:
        yield Rejection(origin=origin, stage="read", reason=f"bad gzip file: {exc}")
        return
    if len(inner) > opts.max_bytes:
        yield Rejection(origin=origin, stage="read", reason=f"too large once unpacked: more than {opts.max_bytes:,} "
                                                            "bytes (raise the limit with --max-bytes)")
        return
    name = origin[:-3] if origin.lower().endswith(".gz") else ""
    yield from from_bytes(inner, origin, _media_type(name) if name else None, opts, depth=depth + 1)


def _zip(data: bytes, origin: str, opts: SourceOptions, depth: int) -> Iterator[Item]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        if data[:4] == b"PK\x03\x04":  # it starts as a zip: its end, the list of its files, is missing
            yield Rejection(origin=origin, stage="read", reason="zip archive cut short: it starts as one but its end "
                                                                "(the list of its files) is missing — a download or a "
                                                                "copy not finished? Fetch or copy it again")
            return
        yield Rejection(origin=origin, stage="read", reason=f"bad zip archive: {exc}")
        return
    with zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            name = info.filename
            if info.is_dir() or "/__MACOSX/" in f"/{name}" or os.path.basename(name).startswith("."):
                continue
            member = f"{origin}!{name}"
            kind = _media_type(name)
            if kind is None:
                continue
            try:
                blob = zf.read(info)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                yield Rejection(origin=member, stage="read", reason=f"cannot read zip member: {exc}")
                continue
            yield from from_bytes(blob, member, kind, opts, depth=depth + 1)


def walk(paths: list[str], opts: SourceOptions | None = None,
         passed: dict[str, list[str]] | None = None) -> Iterator[Item]:
    """Yield RawDocuments and Rejections for every path (files, folders, '-' for stdin, URLs); the files of a
    folder passed over as no news go into ``passed`` (see :func:`units`)."""
    opts = opts or SourceOptions()
    for unit in units(paths, opts, passed):
        yield from read_unit(unit, opts)


def units(paths: list[str], opts: SourceOptions | None = None,
          passed: dict[str, list[str]] | None = None) -> Iterator[tuple[str, bool]]:
    """The separately readable inputs behind ``paths``: (file, found in a folder), '-' and URLs as they are.

    A distributed ingest hands each unit (a zip, a WARC archive, a page) to a worker. A file of a folder that is
    no news (a foreign extension: .pdf, .png, an .xml that is no feed) is no unit: it goes into ``passed``, by
    extension, when given — what a user is told, who may have saved pages as .php (one walk of the folder).
    """
    opts = opts or SourceOptions()
    for p in paths:
        if p == "-" or is_url(p) or not os.path.isdir(p):
            yield p, False
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if opts.include_hidden or not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") and not opts.include_hidden:
                    continue
                path = os.path.join(root, name)
                ext = Path(name).suffix.lower()
                if ext and _skipped_in_folder(path):
                    if passed is not None:
                        passed.setdefault(ext, []).append(path)
                    continue
                yield path, True


def left_out(paths: list[str], opts: SourceOptions | None = None) -> dict[str, list[str]]:
    """The files inside the folders of ``paths`` that ingest passes over as no news, by extension (an ingest's
    report has them: ``IngestReport.left_out``)."""
    out: dict[str, list[str]] = {}
    for _unit in units(paths, opts, out):
        pass
    return out


def _skipped_in_folder(path: str) -> bool:
    """Whether a file inside a folder is passed over: a foreign extension (.db, .png, .pdf), or an .xml file that
    is no RSS/Atom feed (a feed saved as a file may carry its articles' text)."""
    if Path(path).suffix.lower() in FEED_EXT:
        from marsad.ingest.feeds import _is_feed

        try:
            return not _is_feed(path)
        except OSError:
            return False  # (read, and refused with its reason)
    return _media_type(path) is None


def is_url(path: str) -> bool:
    """Whether an input is an address to fetch: http:// or https://, in any case ("HTTPS://…" too)."""
    return path[:8].lower().startswith(("http://", "https://"))


def may_hold_archive(paths: list[str], opts: SourceOptions | None = None) -> bool:
    """Whether some input may be a web archive (WARC/WET), the only kind the archive filter applies to: a file or a
    zip member named so, a file without a known extension or a gzip file (or zip member) that starts as one once
    unpacked (not an export.jsonl.gz), stdin or a URL (not known before reading)."""
    for p, _ in units(paths, opts):
        if p == "-" or is_url(p):
            return True
        kind = _media_type(p)
        try:
            if kind == "zip":
                with zipfile.ZipFile(p) as z:
                    if any(_media_type(n) == "warc" or _media_type(n) == "gzip" and _member_is_warc(z, n)
                           for n in z.namelist()):
                        return True
            elif kind in (None, "gzip") and _file_is_warc(p):
                return True
        except (OSError, zipfile.BadZipFile):
            continue
        if kind == "warc":
            return True
    return False


def _member_is_warc(z: zipfile.ZipFile, name: str) -> bool:
    """Whether a gzipped zip member holds a web archive (crawl.gz, read as one: see :func:`_gunzipped`)."""
    try:
        with z.open(name) as fh:
            return _is_warc(_gzip_head(fh))
    except (OSError, RuntimeError, zipfile.BadZipFile):  # (RuntimeError: an encrypted member)
        return False


def _file_is_warc(path: str) -> bool:
    """Whether a file starts as a web archive, gzipped or not (OSError when it cannot be read)."""
    with open(path, "rb") as fh:
        head = fh.read(64)
        if head.startswith(GZIP_MAGIC):
            fh.seek(0)
            head = _gzip_head(fh)
    return _is_warc(head)


def read_unit(unit: tuple[str, bool], opts: SourceOptions) -> Iterator[Item]:
    """RawDocuments and Rejections of one unit (see :func:`units`)."""
    p, from_dir = unit
    if p == "-":
        yield from from_bytes(sys.stdin.buffer.read(), "<stdin>", None, opts)
    elif is_url(p):
        from marsad.ingest import web  # the fetcher is optional and imported when a URL shows up

        yield from web.ingest_url(p, opts.fetch)
    else:
        yield from _file(p, opts, from_dir=from_dir)


def _file(path: str, opts: SourceOptions, *, from_dir: bool) -> Iterator[Item]:
    kind = _media_type(path)
    if kind is None and from_dir and Path(path).suffix and _skipped_in_folder(path):
        # Inside a folder, files with a foreign extension (.db, .png, .pdf) are not news; files with
        # none are sniffed, since scrapers often save pages without one, and so is a saved feed (.xml).
        return
    try:
        if kind in (None, "gzip") and _file_is_warc(path):  # an archive named otherwise (crawl.gz): streamed too
            kind = "warc"
        size = os.path.getsize(path)
        if size > opts.max_bytes and kind != "warc":  # archives stream record by record
            yield Rejection(origin=path, stage="read",
                            reason=f"too large: {size:,} bytes (limit {opts.max_bytes:,}; raise it with --max-bytes)")
            return
        if kind == "warc":
            from marsad.ingest import warc

            with open(path, "rb") as fh:
                yield from warc.read_warc(fh, path, opts.archive_filter)
            return
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield Rejection(origin=path, stage="read", reason=f"cannot read file: {exc.strerror or exc}")
        return
    yield from from_bytes(data, path, kind, opts)
