"""JSON records (one per RawDocument) → an Article built from the fields ingest mapped into ``raw.hints``."""

from __future__ import annotations

import re
from typing import Any

from marsad.errors import ExtractionError
from marsad.extract.assemble import Draft, finish
from marsad.extract.metadata import parse_byline, publication_date
from marsad.extract.options import ExtractOptions
from marsad.models import Article, RawDocument

_MARKUP = re.compile(r"<(?:p|br|div|span|a|strong|em|b|i|li|ul|h[1-6])\b[^>]*>", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


def extract_record(raw: RawDocument, options: ExtractOptions) -> list[Article]:
    """One Article from a JSON record's hints (text, title, url, outlet, published_at, authors)."""
    hints = raw.hints
    text = hints.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ExtractionError("no article: the JSON record has no text (expected a 'text'/'content' field)")
    if _MARKUP.search(text):
        text = _markup_to_text(text)  # some exports keep the article's HTML in their text field
    paragraphs = [" ".join(p.split()) for p in text.replace("\r", "\n").split("\n")]
    draft = Draft(
        title=" ".join(str(hints.get("title") or "").split()),
        blocks=[("body", p) for p in paragraphs if p],
        url=_str_or_none(hints.get("url")),
        outlet=_str_or_none(hints.get("outlet")),
    )
    outlet_in_byline = None
    for author in _as_list(hints.get("authors")):
        names, outlet = parse_byline(author)
        draft.authors.extend(n for n in (names or ([] if outlet else [author.strip()])) if n not in draft.authors)
        outlet_in_byline = outlet_in_byline or outlet
    draft.published_at, draft.date_precision = record_date(hints.get("published_at"), options)
    article = finish(raw, 0, draft, options)
    if outlet_in_byline and not article.provenance.original_outlet:
        article.provenance.original_outlet = outlet_in_byline
    return [article]


def _markup_to_text(text: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(text, preserve_formatting=True, main_content=False, list_bullets=True,
                              alt_texts=False, links=False)


def record_date(value: Any, options: ExtractOptions) -> tuple[str | None, str | None]:
    """ISO date (and precision) of a record's date field: ISO strings as they are, anything else parsed."""
    if not isinstance(value, str) or not value.strip():
        return None, None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        if m.group(2):
            return value.replace(" ", "T", 1), "datetime"
        return m.group(1), "day"
    found = publication_date(value, options.languages) if options.parse_dates else None
    return found if found else (None, None)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v and str(v).strip()]
    return []


def _str_or_none(value: Any) -> str | None:
    return str(value).strip() or None if value else None
