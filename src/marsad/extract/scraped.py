"""Scraped plain text → Articles: classify lines, cut glued pages, read metadata from the lines."""

from __future__ import annotations

from marsad.errors import ExtractionError
from marsad.extract.assemble import Draft, draft_from_lines, fill_from_hints, finish
from marsad.extract.glued import split_glued
from marsad.extract.lines import CLOSERS, Line, classify, split_lines
from marsad.extract.lexicon import DATE_LIKE
from marsad.extract.options import ExtractContext, ExtractOptions, site_of
from marsad.models import Article, RawDocument

_DATE_SCAN_LINES = 8  # a page prints its date near the top
# Hard-wrapped text: at least this many lines, none wider than WRAP_MAX_WIDTH characters, and most lines
# within WRAP_NEAR of the widest, cut mid-sentence.
WRAP_MIN_LINES = 6
WRAP_MAX_WIDTH = 110
WRAP_NEAR = 0.75
WRAP_SHARE = 0.6
_STOPS = set(".!?؟…:")


def extract_lines(
    raw: RawDocument,
    lines: list[Line],
    options: ExtractOptions,
    context: ExtractContext | None,
    site: str,
    base: Draft | None = None,
) -> list[Article]:
    """Articles from the (unclassified) lines of a page; ``base`` carries metadata the page markup gave."""
    if not lines:
        raise ExtractionError("no article: the document has no text")
    if context is not None:
        context.observe(raw.id, site, [ln.text for ln in lines if ln.words <= context.max_words], lines[0].text)
    classify(lines, context, site)
    parts = split_glued(lines) if options.split_glued else [lines]
    articles: list[Article] = []
    for index, part in enumerate(parts):
        if index and not options.keep_appended:
            break
        draft = draft_from_lines(part)
        if index == 0:
            if base is not None:
                _merge_base(draft, base)
            fill_from_hints(draft, raw.hints, options)
        draft.date_hint = draft.date_hint or _date_hint(part)
        try:
            articles.append(finish(raw, index, draft, options))
        except ExtractionError:
            if index == 0:
                raise
            # A glued tail too short to stand alone is dropped, never merged back into the first article.
    return articles


def extract_scraped(
    raw: RawDocument, text: str, options: ExtractOptions, context: ExtractContext | None
) -> list[Article]:
    """Articles from scraped plain text (lines as the scraper saved them)."""
    site = site_of(raw.origin, raw.hints.get("url"))
    base = Draft(url=raw.hints.get("url"), outlet=raw.hints.get("outlet"))
    return extract_lines(raw, split_lines(unwrap(text)), options, context, site, base)


def unwrap(text: str) -> str:
    """Re-join paragraphs of hard-wrapped text (every line cut near one width) so lines are paragraphs again.

    Scraped pages normally hold one paragraph per line; a text wrapped at a fixed width holds many short
    lines per paragraph, none of them a sentence, which the line classifier would take for menus.
    """
    lines = text.split("\n")
    filled = [ln.strip() for ln in lines if ln.strip()]
    if len(filled) < WRAP_MIN_LINES:
        return text
    width = max(len(ln) for ln in filled)
    if width > WRAP_MAX_WIDTH:
        return text
    near = [ln for ln in filled if len(ln) >= WRAP_NEAR * width]
    cut = sum(1 for ln in near if ln.rstrip(CLOSERS)[-1:] not in _STOPS)
    if len(near) < WRAP_SHARE * len(filled) or cut < WRAP_SHARE * len(near):
        return text
    # Blank lines separate paragraphs when the text has them; otherwise a line ending a sentence does.
    blank_separated = "\n\n" in text.strip() or "\n \n" in text
    paragraphs: list[list[str]] = [[]]
    for ln in lines:
        ln = ln.strip()
        if not ln:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(ln)
        if not blank_separated and ln.rstrip(CLOSERS)[-1:] in _STOPS:
            paragraphs.append([])
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _merge_base(draft: Draft, base: Draft) -> None:
    draft.title = base.title or draft.title
    draft.authors = list(base.authors) + [a for a in draft.authors if a not in base.authors]
    draft.original_outlet = base.original_outlet
    draft.url = base.url
    draft.outlet = base.outlet
    draft.published_at, draft.date_precision = base.published_at, base.date_precision
    draft.language = base.language
    draft.tags = list(base.tags)
    draft.captions = list(base.captions) + [c for c in draft.captions if c not in base.captions]
    draft.date_hint = base.date_hint


def _date_hint(lines: list[Line]) -> str | None:
    for ln in lines[:_DATE_SCAN_LINES]:
        if ln.label != "body" and ln.words <= 12 and DATE_LIKE.search(ln.text):
            return ln.text
    return None
