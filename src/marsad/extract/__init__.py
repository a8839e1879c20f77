"""Extraction: one RawDocument → clean Articles (text, paragraphs, captions, metadata, provenance).

``extract(raw, options=None, context=None)`` dispatches on ``raw.media_type``:

- ``text/html`` — trafilatura (resiliparse as fallback) then the line classifier (``html``);
- ``text/plain`` — scraped pages, lines classified by features and batch statistics (``scraped``);
- ``application/json`` — one record whose fields ingest mapped into ``raw.hints`` (``record``).

A page glued to a second article yields two Articles (index 0 and 1).  A document with no article raises
``ExtractionError`` whose message says why (empty, too large, only boilerplate ...).
"""

from __future__ import annotations

from marsad.errors import ExtractionError, InputError
from marsad.extract.options import ExtractContext, ExtractOptions, site_of
from marsad.models import Article, RawDocument

__all__ = ["ExtractContext", "ExtractOptions", "extract", "extract_text", "site_of"]

HTML_ENGINES = ("auto", "trafilatura", "resiliparse")
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown"}
_JSON_TYPES = {"application/json", "application/x-ndjson", "application/jsonl"}


def extract(
    raw: RawDocument, options: ExtractOptions | None = None, context: ExtractContext | None = None
) -> list[Article]:
    """Extract the articles of one raw document.

    Args:
        raw: the document; ``raw.encoding`` says how to decode ``raw.data``; JSON records carry their
            fields in ``raw.hints``.
        options: extraction settings (defaults: ``ExtractOptions()``).
        context: line statistics of the current batch, used to recognise a site's repeated furniture.

    Returns:
        One Article, or more for a page that carries several (glued pages), indexed from 0.

    Raises:
        ExtractionError: the document holds no article; the message gives the reason.
    """
    options = options or ExtractOptions()
    if options.html_engine not in HTML_ENGINES:
        raise InputError(f"unknown html_engine {options.html_engine!r}; use one of {', '.join(HTML_ENGINES)}")
    media = (raw.media_type or "").split(";")[0].strip().lower()
    if media in _JSON_TYPES:
        from marsad.extract.record import extract_record

        return extract_record(raw, options)
    if len(raw.data) > options.max_bytes:
        raise ExtractionError(
            f"document too large: {len(raw.data) / 1e6:.1f} MB is above the {options.max_bytes / 1e6:.1f} MB "
            "limit for one article (ExtractOptions.max_bytes)"
        )
    text = decode(raw)
    if media in _HTML_TYPES:
        from marsad.extract.html import extract_html

        return extract_html(raw, text, options, context)
    if media in _TEXT_TYPES or media.startswith("text/"):
        from marsad.extract.scraped import extract_scraped

        return extract_scraped(raw, text, options, context)
    raise ExtractionError(f"cannot extract articles from media type {raw.media_type!r}")


def extract_text(text: str, origin: str = "", options: ExtractOptions | None = None) -> list[Article]:
    """Convenience: extract articles from scraped plain text held in a string."""
    raw = RawDocument.from_bytes(text.encode("utf-8"), origin=origin, media_type="text/plain", encoding="utf-8")
    return extract(raw, options)


def decode(raw: RawDocument) -> str:
    """The document's text, decoded with the encoding ingest detected (UTF-8 when none was)."""
    encoding = raw.encoding or "utf-8"
    try:
        text = raw.data.decode(encoding, errors="replace")
    except LookupError as exc:
        raise ExtractionError(f"unknown text encoding {encoding!r}; re-ingest with a valid encoding") from exc
    if "\x00" in text[:2000]:
        raise ExtractionError("the document is binary, not text (NUL bytes found)")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
