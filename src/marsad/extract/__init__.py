"""Extraction: one RawDocument → zero or more clean Articles.

PROVISIONAL minimal version (the extraction work replaces the internals and
keeps the signature): ``extract(raw, options=None, context=None)`` returns a
list of Articles or raises ExtractionError with a reason a user can read.
"""

from __future__ import annotations

from typing import Any

from marsad.errors import ExtractionError
from marsad.models import Article, Paragraph, RawDocument


def _paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for block in text.split("\n"):
        if block.strip():
            out.append(Paragraph(pos, pos + len(block)))
        pos += len(block) + 1
    return out


def extract(raw: RawDocument, options: Any = None, context: Any = None) -> list[Article]:
    text = raw.data.decode(raw.encoding or "utf-8", errors="replace")
    hints = raw.hints
    if raw.media_type == "application/json":
        text = str(hints.get("text") or "")
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    if not lines:
        raise ExtractionError("no text")
    title = str(hints.get("title") or lines[0])
    body = "\n".join(lines)
    return [
        Article(
            id=Article.make_id(raw.id, 0),
            raw_id=raw.id,
            text=body,
            title=title,
            url=hints.get("url"),
            outlet=hints.get("outlet"),
            authors=list(hints.get("authors") or []),
            published_at=hints.get("published_at"),
            origin=raw.origin,
            paragraphs=_paragraphs(body),
        )
    ]
