"""HTML pages → Articles: trafilatura for the main text and metadata, resiliparse as the fast fallback.

Both engines give blocks of text; the blocks then go through the same line classifier as scraped text,
which removes what the engines keep too often on Arabic news sites (stock widgets, picture credits, "read
also" links, bylines and source credits — read into metadata instead) and cuts glued pages.
"""

from __future__ import annotations

import json
import re
from html import unescape

from marsad.errors import ExtractionError
from marsad.extract.assemble import Draft
from marsad.extract.lines import Line, make_line, split_lines
from marsad.extract.metadata import parse_byline
from marsad.extract.options import ExtractContext, ExtractOptions, site_of
from marsad.extract.scraped import extract_lines
from marsad.models import Article, RawDocument

_HTML_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_TAG = re.compile(r"<\s*[a-zA-Z!/]")
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"<[^>]+>")
MAX_CAPTIONS = 30
# Dates from markup only (meta tags, <time>, URL): htmldate's "extensive" search of the text guesses a year
# from a copyright line and loads dateparser's locales (seconds) on the first page without metadata.  The
# page's own dateline ("نشر في ...") is read by the line classifier instead.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
_BLOCK_MARKUP = {"head": "heading", "p": "body", "quote": "quote", "list": "list"}


def extract_html(
    raw: RawDocument, html: str, options: ExtractOptions, context: ExtractContext | None
) -> list[Article]:
    """Articles from an HTML page; ExtractionError with the reason when the page holds none."""
    if not _TAG.search(html[:5000]):
        from marsad.extract.scraped import extract_scraped  # a "page" that is plain text after all

        return extract_scraped(raw, html, options, context)
    lang = _HTML_LANG.search(html[:3000])
    language = lang.group(1).lower() if lang else None
    url = raw.hints.get("url") or (raw.origin if "://" in raw.origin else None)
    site = site_of(raw.origin, url)
    failure = "no article text found in the page"
    if options.html_engine in ("auto", "trafilatura"):
        found = _trafilatura(html, url)
        if found is not None:
            lines, base = found
            base.language = base.language or language
            base.captions = figcaptions(html)  # trafilatura leaves pictures and their captions out
            try:
                return extract_lines(raw, lines, options, context, site, base)
            except ExtractionError as exc:
                failure = str(exc)
        if options.html_engine == "trafilatura":
            raise ExtractionError(f"{failure} (trafilatura)")
    lines, base = _resiliparse(html, url)
    base.language = base.language or language
    base.captions = figcaptions(html)
    if not lines:
        raise ExtractionError(f"{failure}: the page has no visible text")
    return extract_lines(raw, lines, options, context, site, base)


def figcaptions(html: str) -> list[str]:
    """Text of the page's <figcaption> elements."""
    if "<figcaption" not in html and "<FIGCAPTION" not in html:
        return []
    out = []
    for m in _FIGCAPTION.finditer(html):
        text = " ".join(unescape(_ANY_TAG.sub(" ", m.group(1))).split())
        if text and text not in out:
            out.append(text)
        if len(out) >= MAX_CAPTIONS:
            break
    return out


def _trafilatura(html: str, url: str | None) -> tuple[list[Line], Draft] | None:
    from trafilatura import bare_extraction

    doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_images=False,
                          deduplicate=False, date_extraction_params=DATE_PARAMS)
    if doc is None or doc.body is None:
        return None
    lines: list[Line] = []
    for el in doc.body:
        markup = _BLOCK_MARKUP.get(el.tag, "body")
        if el.tag == "list":
            texts = [" ".join(" ".join(item.itertext()).split()) for item in el.iter("item")]
        elif el.tag == "table":
            texts = [" | ".join(" ".join(c.itertext()).strip() for c in row) for row in el.iter("row")]
        else:
            # Line breaks inside a block separate items (trafilatura's fallback packs a menu into one <p>).
            texts = [" ".join(t.split()) for t in "".join(el.itertext()).split("\n")]
            texts = [t for t in texts if t]
            if len(texts) > 1:
                markup = ""  # pieces of a block are not paragraphs the page marked up: judge them as lines
        lines.extend(make_line(len(lines) + 1, t, markup) for t in texts if t.strip())
    base = Draft(
        title=" ".join((doc.title or "").split()),
        url=doc.url or url,
        outlet=doc.sitename or None,
        tags=[t for t in (doc.tags or []) if t] if isinstance(doc.tags, list) else [],
        language=doc.language,
    )
    if doc.author:
        for part in re.split(r"\s*;\s*", doc.author):
            names, outlet = parse_byline(part)
            base.authors.extend(n for n in names if n not in base.authors)
            base.original_outlet = base.original_outlet or outlet
    if doc.date:
        base.published_at, base.date_precision = doc.date, "datetime" if "T" in doc.date else "day"
    if base.title and lines and " ".join(lines[0].text.split()) == base.title:
        lines.pop(0)  # the <h1> repeats the title
    return lines, base


def _resiliparse(html: str, url: str | None) -> tuple[list[Line], Draft]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(html)
    text = extract_plain_text(tree, preserve_formatting=True, main_content=True, list_bullets=True,
                              alt_texts=False, links=False, form_fields=False, noscript=False)
    base = Draft(url=url, title=" ".join((tree.title or "").split()))
    has_og_title = False
    head = tree.head
    if head is not None:
        for meta in head.query_selector_all("meta"):
            key = (meta.getattr("property") or meta.getattr("name") or "").lower()
            value = (meta.getattr("content") or "").strip()
            if not value:
                continue
            if key == "og:site_name":
                base.outlet = base.outlet or value
            elif key == "og:title":
                base.title, has_og_title = " ".join(value.split()), True
            elif key in ("author", "article:author") and not base.authors:
                base.authors = parse_byline(value)[0] or [value]
            elif key in ("article:published_time", "date", "pubdate", "publishdate") and not base.published_at:
                base.date_hint = value
        for script in head.query_selector_all('script[type="application/ld+json"]'):
            _read_json_ld(script.text, base)
        canonical = head.query_selector('link[rel="canonical"]')
        if canonical is not None and canonical.getattr("href"):
            base.url = canonical.getattr("href")
    if not has_og_title and base.outlet:
        base.title = _strip_site_suffix(base.title, base.outlet)
    return split_lines(text), base


def _read_json_ld(data: str, base: Draft) -> None:
    """Author, headline and date of a schema.org NewsArticle block (what trafilatura reads too)."""
    try:
        items = json.loads(data)
    except ValueError:
        return
    for item in items if isinstance(items, list) else items.get("@graph", [items]) if isinstance(items, dict) else []:
        if not isinstance(item, dict) or "Article" not in str(item.get("@type", "")):
            continue
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and name.strip() and not base.authors:
                base.authors = parse_byline(name)[0] or [name.strip()]
        if isinstance(item.get("datePublished"), str) and not base.date_hint:
            base.date_hint = item["datePublished"]
        return


def _strip_site_suffix(title: str, site: str) -> str:
    """"Headline - Site" → "Headline" (a <title> usually carries the site's name)."""
    for sep in (" | ", " - ", " – ", " — ", " :: ", " » "):
        head, _, tail = title.rpartition(sep)
        if head and tail.strip() == site.strip():
            return head.strip()
    return title
