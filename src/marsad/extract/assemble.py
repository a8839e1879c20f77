"""Put an Article together from classified lines and whatever metadata the source gave."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.errors import ExtractionError
from marsad.extract.lexicon import strip_trailing_label
from marsad.extract.lines import Line
from marsad.extract.metadata import detect_language, publication_date, read_meta_lines
from marsad.extract.options import ExtractOptions
from marsad.models import Article, Paragraph, Provenance, RawDocument

PARAGRAPH_SEP = "\n\n"


@dataclass(slots=True)
class Draft:
    """An article before it is an Article: its blocks, captions, meta lines and source metadata."""

    title: str = ""
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (body|heading, text)
    captions: list[str] = field(default_factory=list)
    meta_lines: list[tuple[str, str]] = field(default_factory=list)  # (byline|source|tags|..., text)
    authors: list[str] = field(default_factory=list)
    original_outlet: str | None = None  # an outlet named in the page's author metadata
    url: str | None = None
    outlet: str | None = None
    published_at: str | None = None
    date_precision: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    date_hint: str | None = None  # text near the title that may hold the publication date


def draft_from_lines(lines: list[Line]) -> Draft:
    """Collect the title, paragraphs, captions and meta lines of classified lines (in order)."""
    draft = Draft()
    for ln in lines:
        if ln.label == "title" and not draft.title:
            draft.title = ln.text
        elif ln.label in ("body", "heading"):
            draft.blocks.append((ln.label, ln.text))
        elif ln.label == "caption":
            draft.captions.append(ln.text)
        elif ln.label == "meta":
            draft.meta_lines.append((ln.stock or "meta", ln.text))
    return draft


def clean_blocks(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop stray ad labels at paragraph ends, squeeze spaces, and drop repeated paragraphs."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind, text in blocks:
        text = strip_trailing_label(text.strip())
        if "  " in text or "\t" in text or "\n" in text:
            text = " ".join(text.split())
        key = text
        if not text or key in seen:
            continue
        seen.add(key)
        out.append((kind, text))
    return out


def layout(blocks: list[tuple[str, str]]) -> tuple[str, list[Paragraph]]:
    """The article text (paragraphs separated by a blank line) and paragraph offsets into it."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for kind, text in blocks:
        if parts:
            pos += len(PARAGRAPH_SEP)
        parts.append(text)
        paragraphs.append(Paragraph(pos, pos + len(text), kind))
        pos += len(text)
    return PARAGRAPH_SEP.join(parts), paragraphs


def finish(raw: RawDocument, index: int, draft: Draft, options: ExtractOptions) -> Article:
    """Turn a draft into an Article; raise ExtractionError when too little text is left."""
    blocks = clean_blocks(draft.blocks)
    text, paragraphs = layout(blocks)
    body_chars = sum(len(t) for k, t in blocks if k == "body")
    if body_chars < options.min_chars:
        raise ExtractionError(
            "no article: only menus, links, captions or other boilerplate found "
            f"({body_chars} characters of body text, at least {options.min_chars} needed; ExtractOptions.min_chars)"
        )
    meta = read_meta_lines(draft.meta_lines, text)
    prov: Provenance = meta.provenance
    for tag in draft.tags:
        if tag not in prov.tags:
            prov.tags.append(tag)
    authors = list(draft.authors)
    authors += [a for a in meta.authors if a not in authors]
    prov.original_outlet = prov.original_outlet or draft.original_outlet
    published_at, precision = draft.published_at, draft.date_precision
    if meta.date_text and options.parse_dates:
        # The page's own dateline ("نشر في ...") beats a date guessed from the markup.
        found = publication_date(meta.date_text, options.languages)
        if found:
            published_at, precision = found
    if published_at is None and options.parse_dates:
        for candidate in (draft.date_hint,):
            found = publication_date(candidate, options.languages) if candidate else None
            if found:
                published_at, precision = found
                break
    captions = list(dict.fromkeys(" ".join(c.split()) for c in draft.captions))
    return Article(
        id=Article.make_id(raw.id, index),
        raw_id=raw.id,
        text=text,
        title=" ".join(draft.title.split()),
        url=draft.url,
        outlet=draft.outlet,
        authors=authors,
        published_at=published_at,
        date_precision=precision,
        language=draft.language or detect_language(text),
        origin=raw.origin,
        paragraphs=paragraphs,
        provenance=prov,
        captions=captions,
        index=index,
    )
