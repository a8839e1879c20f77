"""Settings of extraction (``ExtractOptions``) and what a batch has learned so far (``ExtractContext``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ExtractOptions:
    """How to extract.

    Attributes:
        html_engine: "auto" (trafilatura, resiliparse when it finds nothing), "trafilatura" or "resiliparse"
            (about ten times faster, less precise).
        max_bytes: pages larger than this are rejected — a 20 MB "article" is a dump or an attack, not news.
        min_chars: an article needs at least this many characters of body text.
        split_glued: split a page that carries a second article after a "read also" marker into two articles.
        keep_appended: when False, a glued second article is dropped instead of returned as index 1.
        parse_dates: look for a publication date in the text when the page metadata has none.
        languages: languages tried by the date parser.
    """

    html_engine: str = "auto"
    max_bytes: int = 8_000_000
    min_chars: int = 120
    split_glued: bool = True
    keep_appended: bool = True
    parse_dates: bool = True
    languages: tuple[str, ...] = ("ar", "en")


def site_of(origin: str, url: str | None = None) -> str:
    """Key of the site a document came from: host of its URL, else the folder of its path."""
    for ref in (url, origin):
        if ref and "://" in ref:
            netloc = ref.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0]
            host = netloc.rsplit("@", 1)[-1].split(":", 1)[0].lower()  # urlsplit is slow for a hot path
            return host.removeprefix("www.")
    path = (origin or "").split("!")[0]
    return path.rsplit("/", 1)[0] if "/" in path else ""


@dataclass(slots=True)
class ExtractContext:
    """Line statistics across the documents of a batch, per site.

    A short line seen in ``min_docs`` or more documents of one site is the site's furniture (menu, footer,
    promo), not news.  The ingest layer keeps one context per batch; ``prime`` lets it count a whole batch
    before extracting (two passes), otherwise each document is counted as it is extracted.

    Attributes:
        min_docs: documents of one site a line must appear in to count as boilerplate.
        max_words: longer lines are never judged by repetition: syndicated copies and updated versions of
            one story share their paragraphs, and those must stay.
        min_openings: documents of one site that must open with the same short line for it to be read as
            the site's name (a masthead above the menu).
    """

    min_docs: int = 3
    max_words: int = 12
    min_openings: int = 2
    _counts: dict[str, dict[str, int]] = field(default_factory=dict)
    _openings: dict[str, dict[str, int]] = field(default_factory=dict)
    _seen_docs: set[str] = field(default_factory=set)

    def observe(self, doc_id: str, site: str, lines: list[str], first: str | None = None) -> None:
        """Count the distinct short lines of one document (once per document id) and the line it opens with."""
        if doc_id in self._seen_docs:
            return
        self._seen_docs.add(doc_id)
        counts = self._counts.setdefault(site, {})
        for key in {self.key(line) for line in lines if 0 < len(line.split()) <= self.max_words}:
            counts[key] = counts.get(key, 0) + 1
        if first and len(first.split()) <= self.max_words:
            openings = self._openings.setdefault(site, {})
            key = self.key(first)
            openings[key] = openings.get(key, 0) + 1

    def prime(self, docs: list[tuple[str, str, str]]) -> None:
        """Count a batch of ``(doc_id, site, text)`` before extracting any of it."""
        for doc_id, site, text in docs:
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            self.observe(doc_id, site, lines, lines[0] if lines else None)

    def is_site_opening(self, site: str, line: str) -> bool:
        """True when ``line`` opens at least ``min_openings`` documents of ``site`` (its masthead: the site name)."""
        openings = self._openings.get(site)
        return bool(openings) and openings.get(self.key(line), 0) >= self.min_openings

    def is_repeated(self, site: str, line: str) -> bool:
        """True when ``line`` appears in at least ``min_docs`` documents of ``site``."""
        counts = self._counts.get(site)
        return bool(counts) and counts.get(self.key(line), 0) >= self.min_docs

    @staticmethod
    def key(line: str) -> str:
        # Furniture repeats byte for byte across a site's pages: spacing is all that needs evening out.
        return " ".join(line.split()) if "  " in line or "\t" in line else line.strip()
