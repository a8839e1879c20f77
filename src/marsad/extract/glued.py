"""Pages that carry a second article after a "read also" marker (infinite-scroll scrapes).

A scraper that follows a site's "next article" loader saves the first article, its footer (source credit,
tags, share buttons), a "read also" marker, and then a whole second article.  Mixing the two would put
one story's facts into another's, so the page is cut at the marker.  A "read also" marker in the middle of
an article (a single related link, then the article goes on) is not a cut: a cut needs the first
article's footer before the marker and a headline plus paragraphs after it.
"""

from __future__ import annotations

from marsad.extract.lines import Line, headline_like

# Footer lines that close an article on news sites (share buttons are not enough: they also sit mid-article).
_FOOTER_STOCK = {"source", "service", "tags", "contributors", "translation", "byline", "note", "end"}
MIN_APPENDED_PARAGRAPHS = 2
MARKER_MAX_WORDS = 4  # "اقرأ أيضا:" alone on its line; with a headline after it on the same line it is a link


def split_glued(lines: list[Line]) -> list[list[Line]]:
    """Cut classified lines into one list per article (usually just one)."""
    parts: list[list[Line]] = []
    start = 0
    for i, ln in enumerate(lines):
        if i <= start or ln.stock != "readalso" or ln.words > MARKER_MAX_WORDS:
            continue
        if _glued_after(lines, start, i):
            parts.append(lines[start:i])
            start = i + 1
        else:
            _drop_link_after(lines, i)
    parts.append(lines[start:])
    for part in parts[1:]:
        _promote_title(part)
    return parts


def _glued_after(lines: list[Line], start: int, i: int) -> bool:
    before = lines[start:i]
    if not any(ln.label == "body" for ln in before):
        return False
    last_body = max(k for k, ln in enumerate(before) if ln.label == "body")
    footer = any(
        ln.label == "meta" or ln.stock in _FOOTER_STOCK for ln in before[last_body + 1:]
    )
    if not footer:
        return False
    after = [ln for ln in lines[i + 1:] if ln.label != "boilerplate"]
    if not after or not (headline_like(after[0]) or after[0].label in ("heading", "title")):
        return False
    paragraphs = 0
    for ln in after[1:]:
        if ln.stock == "readalso":
            break
        paragraphs += ln.label == "body"
    return paragraphs >= MIN_APPENDED_PARAGRAPHS


def _drop_link_after(lines: list[Line], i: int) -> None:
    """The headline right after a lone "read also" marker is a related link, not a heading."""
    for ln in lines[i + 1:]:
        if ln.label == "boilerplate":
            continue
        if ln.label in ("heading", "title") or (ln.label != "body" and headline_like(ln)):
            ln.label = "boilerplate"
        return


def _promote_title(part: list[Line]) -> None:
    for ln in part:
        if ln.label == "boilerplate":
            continue
        if ln.label in ("heading", "title", "caption") or (headline_like(ln) and not ln.sentence_end):
            ln.label = "title"
        return
