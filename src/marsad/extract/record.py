"""JSON records (one per RawDocument) → an Article built from the fields ingest mapped into ``raw.hints``."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from marsad.errors import ExtractionError
from marsad.extract.assemble import Draft, finish, hint_date
from marsad.extract.metadata import parse_byline
from marsad.extract.options import ExtractOptions
from marsad.models import Article, RawDocument

_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_MARKUP = re.compile(r"<(?:p|br|div|span|a|strong|em|b|i|li|ul|h[1-6])\b[^>]*>", re.IGNORECASE)


def extract_record(raw: RawDocument, options: ExtractOptions) -> list[Article]:
    """One Article from a JSON record's hints (text, title, url, outlet, published_at, authors)."""
    hints = raw.hints if raw.hints.get("text") else {**_fields_of(raw), **raw.hints}
    text = hints.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ExtractionError("no article: the JSON record has no text (expected a 'text'/'content' field)")
    if _MARKUP.search(text):
        text = _markup_to_text(text)  # some exports keep the article's HTML in their text field
    elif _ENTITY.search(text):
        text = html.unescape(text)  # ... or only its escaped characters ("&quot;", "&#8220;")
    paragraphs = [" ".join(p.split()) for p in text.replace("\r", "\n").split("\n")]
    if not any(paragraphs):
        raise ExtractionError("no article: the JSON record's text holds only markup and whitespace")
    draft = Draft(
        title=" ".join(str(hints.get("title") or "").split()),
        blocks=[("body", p) for p in paragraphs if p],
        url=_str_or_none(hints.get("url")),
        outlet=_str_or_none(hints.get("outlet")),
    )
    for author in _as_list(hints.get("authors")):
        # "لندن: فلان" or "الرياض - واس": the name without its dateline; an agency is the original outlet.
        names, outlet = parse_byline(author)
        draft.authors.extend(n for n in (names or ([] if outlet else [author.strip()])) if n not in draft.authors)
        draft.original_outlet = draft.original_outlet or outlet
    draft.published_at, draft.date_precision = hint_date(hints.get("published_at"), options)
    # A record's text field is the article, whatever its length: a one-sentence wire item or a
    # headline-only record is news, not the leftovers of a page, so the boilerplate length test
    # (ExtractOptions.min_chars) does not apply.
    return [finish(raw, 0, draft, options, min_chars=1)]


_FIELDS = {  # record field → hint, for a record that reached extraction without ingest's mapping
    "text": ("text", "content", "body", "article", "article_body", "articleBody"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "site", "publisher"),
    "published_at": ("published_at", "date", "published", "datePublished", "pubdate"),
    "authors": ("authors", "author", "byline"),
}


def _fields_of(raw: RawDocument) -> dict[str, Any]:
    """Hints read from the record's own bytes (a JSON object); empty when they are not one."""
    try:
        record = json.loads(raw.data.decode(raw.encoding or "utf-8", errors="replace"))
    except ValueError:
        return {}
    if not isinstance(record, dict):
        return {}
    out: dict[str, Any] = {}
    for hint, keys in _FIELDS.items():
        value = next((record[k] for k in keys if record.get(k)), None)
        if value is not None:
            out[hint] = value if hint == "authors" else (value if isinstance(value, str) else str(value))
    return out


def _markup_to_text(text: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(text, preserve_formatting=True, main_content=False, list_bullets=True,
                              alt_texts=False, links=False)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v and str(v).strip()]
    return []


def _str_or_none(value: Any) -> str | None:
    return str(value).strip() or None if value else None
