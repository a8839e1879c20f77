"""Core data objects of Marsad.

Everything Marsad knows about an article is a character span into that
article's ``text`` (the canonical, clean text).  Objects are plain typed
dataclasses so that the library, the CLI, the API and the stores all speak
the same language; ``to_dict`` gives the JSON form used by ``--json`` and the
REST API.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any


def sha256_hex(data: bytes) -> str:
    """Hex sha256 of ``data`` — the id of a RawDocument."""
    return hashlib.sha256(data).hexdigest()


def short_id(*parts: str, length: int = 16) -> str:
    """A stable short id derived from ``parts`` (used for articles and stories)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


def counted(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless n is 1 ("1 document", "2 documents", "0 documents")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


_FIELDS: dict[type, tuple[str, ...] | None] = {}  # a class -> its dataclass field names (None: no dataclass)


def _field_names(cls: type) -> tuple[str, ...] | None:
    names = _FIELDS.get(cls, ())
    if names == ():
        names = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None
        _FIELDS[cls] = names
    return names


def to_dict(obj: Any) -> Any:
    """JSON-ready form of a dataclass (recursively), list or dict."""
    names = _field_names(obj.__class__)  # (a dataclass instance; a class itself is no instance of one)
    if names is not None:
        return {name: to_dict(getattr(obj, name)) for name in names}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


@dataclass(slots=True)
class RawDocument:
    """What came in, byte for byte, and where it came from.

    ``id`` is the sha256 of ``data``, so ingesting the same bytes twice is a
    no-op.  ``origin`` is a path, URL, ``archive.zip!member#index`` or WARC
    record reference.  ``hints`` carries metadata the source already knew
    (a JSON record's title/url/outlet/date/author, HTTP headers, WARC headers).
    """

    id: str
    origin: str
    media_type: str  # text/plain, text/html, application/json (one record), application/rss+xml ...
    data: bytes
    encoding: str | None = None  # detected or declared; None for binary/unknown
    fetched_at: str | None = None  # ISO 8601
    hints: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_bytes(cls, data: bytes, origin: str, media_type: str, **kw: Any) -> "RawDocument":
        return cls(id=sha256_hex(data), origin=origin, media_type=media_type, data=data, **kw)


@dataclass(slots=True)
class Paragraph:
    """A paragraph of an article's text: ``text[start:end]``; ``kind`` is body|heading|caption."""

    start: int
    end: int
    kind: str = "body"


@dataclass(slots=True)
class Provenance:
    """Who wrote it first, who translated or republished it, which outlets it cites."""

    original_outlet: str | None = None  # named in a byline ("..., بي بي سي نيوز") or credit
    source_credit: str | None = None  # "المصدر: ..."
    translated_from: str | None = None  # "ترجمة ... من مصدر وكالة ..."
    translator: str | None = None
    cited_outlets: list[str] = field(default_factory=list)  # "بحسب ما ذكرت صحيفة ..."
    tags: list[str] = field(default_factory=list)
    syndication_group: str | None = None  # id of the near-duplicate group
    syndicated_from: str | None = None  # article id held to be the original copy


@dataclass(slots=True)
class Article:
    """A clean article extracted from a RawDocument.

    ``id`` is stable: ``short_id(raw_id, str(index))`` where ``index`` is the
    position of the article within its raw document (a glued page yields two).
    """

    id: str
    raw_id: str
    text: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None  # ISO date or datetime
    date_precision: str | None = None  # day|month|year|datetime; fetched|estimated|stated (see fetched_at)
    language: str | None = None  # ISO 639-1, "ar" for Arabic
    origin: str = ""  # copied from the RawDocument for convenience (the seed file path)
    paragraphs: list[Paragraph] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    captions: list[str] = field(default_factory=list)
    index: int = 0
    # When the page was fetched, if the source said so. An export that gives no other date dates the article by its
    # fetch (date_precision "fetched") until its site's sequence of page numbers places it ("estimated"), unless its
    # own text says which day it was written on ("اليوم (الاثنين)": "stated").
    fetched_at: str | None = None

    @staticmethod
    def make_id(raw_id: str, index: int) -> str:
        return short_id(raw_id, str(index))


@dataclass(slots=True)
class Span:
    """An annotation: ``kind`` over ``article.text[start:end]``.

    ``kind`` is the annotation layer (sentence, timex, mention, quote, event,
    ...); ``label`` its type within the layer (PERS, direct, AGREE, ...);
    ``data`` holds the rest (resolved date, entity id, speaker, ...), JSON-ready.
    """

    kind: str
    start: int
    end: int
    label: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Rejection:
    """Something that could not be ingested or processed, and why."""

    origin: str
    stage: str  # read|decode|extract|<pipeline stage name>
    reason: str
    raw_id: str | None = None
    article_id: str | None = None
    created_at: str | None = None


@dataclass(slots=True)
class Role:
    """A dated role of an entity: an office ("PRESIDENT", "رئيس روسيا") held from..to."""

    title: str
    of: str | None = None  # entity id of the country/organisation
    start: str | None = None  # ISO date, None = unknown/open
    end: str | None = None
    title_ar: str | None = None


@dataclass(slots=True)
class Entity:
    """A canonical actor: person, place, organisation (or MISC)."""

    id: str  # stable: "Q:..."-like slug for KB entities, "new:<hash>" for discovered ones
    type: str  # PER|LOC|ORG|MISC (GPE countries are LOC with data["kind"]="country")
    name_ar: str
    name_en: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Doc:
    """An article under analysis: the article plus its annotation layers.

    Pipeline stages read and write ``layers``; each stage assigns the layers
    it declares.
    """

    article: Article
    layers: dict[str, list[Span]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def layer(self, kind: str) -> list[Span]:
        return self.layers.setdefault(kind, [])
