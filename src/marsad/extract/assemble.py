"""Put an Article together from classified lines and whatever metadata the source gave."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad import outlets
from marsad.errors import ExtractionError
from marsad.extract.lexicon import strip_link_line, strip_trailing_label
from marsad.extract.lines import Line, space_glued_digits
from marsad.extract.metadata import detect_language, parse_byline, publication_date, read_meta_lines
from marsad.extract.options import ExtractOptions
from marsad.models import Article, Paragraph, Provenance, RawDocument

PARAGRAPH_SEP = "\n\n"
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


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
    fetched_at: str | None = None  # when the page was fetched, when the source said so


def hint_date(value: Any, options: ExtractOptions) -> tuple[str | None, str | None]:
    """ISO date (and precision) of a date the source gave (record field, feed item): ISO as is, else parsed."""
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


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/._-])")


def url_date(url: str | None) -> str | None:
    """The day a news URL's path gives (``/2015/07/13/article_…``), as ISO; None when it gives none."""
    m = _URL_DATE.search(url or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def earlier_url_date(published_at: str | None, precision: str | None, url: str | None,
                     fetched: bool = False) -> tuple[str | None, str | None]:
    """The record's date, or its URL's day when that is earlier.

    An export's date is often when the page was fetched (SaudiNewsNet's ``date_extracted``; a first crawl holds
    weeks of older pages), while a dated URL path is fixed when the article is published. A URL day up to a year
    before the record's date wins; a later one (an updated page) or a far older one (an archive path) does not.
    With ``fetched`` (the record's only date is its fetch time) the date's precision says so ("fetched"), unless the
    URL gives the same day.
    """
    day = url_date(url)
    if fetched and published_at and day != published_at[:10]:
        precision = "fetched"
    if not day or not published_at or day >= published_at[:10]:
        return published_at, precision
    try:
        if (date.fromisoformat(published_at[:10]) - date.fromisoformat(day)).days > 366:
            return published_at, precision
    except ValueError:  # 2015/02/30 in a path, or a record date that is not ISO
        return published_at, precision
    return day, "day"


def fill_from_hints(draft: Draft, hints: dict[str, Any], options: ExtractOptions) -> None:
    """What the page itself did not say, taken from what the source knew (a feed item's title, date, author)."""
    if not draft.title and isinstance(hints.get("title"), str):
        draft.title = " ".join(hints["title"].split())
    draft.url = draft.url or hints.get("url")
    draft.outlet = draft.outlet or hints.get("outlet")
    if not draft.authors:
        authors = hints.get("authors")
        for author in [authors] if isinstance(authors, str) else authors or []:
            names, _outlet = parse_byline(str(author))
            draft.authors.extend(n for n in names or [str(author).strip()] if n and n not in draft.authors)
    if draft.published_at is None and hints.get("published_at"):
        draft.published_at, draft.date_precision = hint_date(hints["published_at"], options)


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
    """Drop stray ad labels at paragraph ends, squeeze spaces, drop repeated paragraphs and a site's closing "link to
    this story" line."""
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
    if out:
        kind, last = out[-1]
        rest, title = strip_link_line(last)
        if rest:  # the site's link line closing the last paragraph
            out[-1] = (kind, rest)
        elif title is not None and len(out) > 1:  # ... standing alone
            out.pop()
        elif title:  # ... as the whole text (a gallery of photos): its title stays
            out[-1] = (kind, title)
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


def finish(raw: RawDocument, index: int, draft: Draft, options: ExtractOptions, *,
           min_chars: int | None = None) -> Article:
    """Turn a draft into an Article; raise ExtractionError when too little text is left.

    ``min_chars`` overrides ``options.min_chars`` for sources whose text is known to be the article
    (a structured record's text field), where a short text is a short article, not boilerplate.
    """
    blocks = clean_blocks(draft.blocks)
    text, paragraphs = layout(blocks)
    body_chars = sum(len(t) for k, t in blocks if k == "body")
    needed = options.min_chars if min_chars is None else min_chars
    if body_chars < needed and body_chars:  # prose was found, too little of it: not "only boilerplate"
        raise ExtractionError(
            f"too short for an article: {body_chars} characters of body text, at least {needed} needed "
            "(ExtractOptions.min_chars); a short item is kept as it is when it comes as a JSON record's text "
            '(a .jsonl line {"title": …, "text": …})'
        )
    if body_chars < needed:
        raise ExtractionError(
            "no article: only menus, links, captions or other boilerplate found "
            f"({body_chars} characters of body text, at least {needed} needed; ExtractOptions.min_chars)"
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
    if published_at is None and options.parse_dates:
        # Markup first (meta tags, <time>), then the page's dateline ("نشر في ..."), then a date near the title.
        for candidate in (meta.date_text, draft.date_hint):
            found = publication_date(space_glued_digits(candidate), options.languages) if candidate else None
            if found:
                published_at, precision = found
                break
    captions = list(dict.fromkeys(" ".join(c.split()) for c in draft.captions))
    return Article(
        id=Article.make_id(raw.id, index),
        raw_id=raw.id,
        text=text,
        title=" ".join(html.unescape(draft.title).split()),  # feeds and exports escape titles: "&#8220;"
        url=draft.url,
        # The source's own word first (feed, record, page markup), then the page's masthead, then its dateline.
        outlet=outlets.canonical(draft.outlet or meta.outlet or meta.credit, draft.url),
        authors=authors,
        published_at=published_at,
        date_precision=precision,
        # The text's own language beats a template's lang="..." attribute; the attribute breaks ties.
        language=detect_language(text) or draft.language,
        origin=raw.origin,
        paragraphs=paragraphs,
        provenance=prov,
        captions=captions,
        index=index,
        fetched_at=draft.fetched_at,
    )
