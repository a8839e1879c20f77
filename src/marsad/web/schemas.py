"""What the API's JSON answers hold, as pydantic models: /openapi.json documents them.

The handlers still answer with the dicts the data functions build (rendered as before, byte for byte); these models
describe those dicts for clients and for the contract test (Schemathesis checks every answer against them). Nested
parts that have many shapes (an annotation's data, a story's comparison) stay open objects.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from marsad.web.contract import InvalidRequest

Obj = dict[str, Any]


# -- articles and search ---------------------------------------------------------------------------------------


class ArticleRow(BaseModel):
    """An article in a listing (no text)."""

    seq: int = Field(description="its position in the store: pass the page's `next` as `after`")
    id: str
    outlet: str | None
    published_at: str | None
    date_precision: str | None = Field(None, description="how `published_at` is known: day, month, year or datetime "
                                       "as published; fetched (the day the page was fetched, not published), stated "
                                       "or estimated when not")
    title: str | None
    language: str | None
    length: int = Field(description="characters of clean text")
    origin: str = Field(description="where it was read from (a URL, or a local file by folder and name)")
    url: str | None
    authors: list[str]


class ArticlesPage(BaseModel):
    next: int | None = Field(description="the `after` of the next page; null on the last page")
    items: list[ArticleRow]


class Annotation(BaseModel):
    """A span of the article's text: a sentence, a time expression, a mention, a quote …"""

    kind: str
    start: int
    end: int
    label: str | None
    data: Obj
    text: str


class ArticleOut(BaseModel):
    id: str
    raw_id: str
    text: str
    title: str | None
    url: str | None
    outlet: str | None
    authors: list[str]
    published_at: str | None
    date_precision: str | None = Field(description="how the date is known: day, month, year or datetime as "
                                                   "published; fetched, stated or estimated when not")
    language: str | None
    origin: str
    paragraphs: list[Obj]
    provenance: Obj
    captions: list[str]
    index: int
    fetched_at: str | None


class ArticleView(BaseModel):
    article: ArticleOut
    annotations: dict[str, list[Annotation]] = Field(description="the article's spans, by kind")


class SearchHit(BaseModel):
    id: str
    outlet: str | None
    published_at: str | None
    title: str | None
    origin: str
    url: str | None
    score: float
    snippet: str | None = Field(None, description="the text around the matches")


class SearchPage(BaseModel):
    query: str
    also_searched: list[str] = Field(description="other spellings of an actor the query names, searched too")
    items: list[SearchHit]


# -- entities -----------------------------------------------------------------------------------------------------


class EntityRow(BaseModel):
    id: str
    type: str
    name_ar: str | None
    name_en: str | None
    mentions: int
    articles: int


class EntitiesPage(BaseModel):
    next: str | None = Field(description="the `after` of the next page (the key of this page's last row); null on "
                                         "the last page")
    items: list[EntityRow]


class MatchedActor(BaseModel):
    id: str
    name: str
    mentions: int = Field(description="mentions in the stored news")


class EntityMatch(BaseModel):
    """How a part of a name was taken: the most mentioned actor with it, and the others that have it."""

    query: str = Field(description="the name or part of a name asked for")
    taken: MatchedActor = Field(description="the actor the answer is about")
    others: list[MatchedActor] = Field(description="the other actors with that part of a name, most mentioned "
                                                   "first (at most 50)")
    others_total: int = Field(description="how many other actors have it")


class EntityOut(BaseModel):
    id: str
    type: str
    name_ar: str | None
    name_en: str | None
    aliases: list[str]
    roles: list[Obj]
    data: Obj


class EntityPage(BaseModel):
    entity: EntityOut
    match: EntityMatch | None = Field(description="null when an id, a whole name or a known spelling said which "
                                                  "actor; else how a part of a name was taken")
    names: list[str]
    merged: list[Obj]
    merge_history: list[Obj]
    roles: list[Obj]
    learned_roles: list[Obj]
    mentions: int
    article_count: int
    articles: list[Obj]
    cooccurring: list[Obj]
    over_time: list[Obj] = Field(description="articles per day")
    quotes: list[Obj]
    events: list[Obj]
    treaties: list[Obj] = Field(default=[], description="agreements it is a party to (id, name, date_signed, "
                                "parties), as `marsad treaties --party` lists them")
    stories: list[Obj] = Field(default=[], description="stories it is mentioned in, largest first (id, title, size, "
                               "outlets, first_seen, last_seen), as `marsad stories --entity` lists them")


class RolesPage(BaseModel):
    items: list[Obj] = Field(description="office changes, each with its `status` and `sources`")


# -- quotes, stories, events, treaties ---------------------------------------------------------------------------


class QuoteGroupOut(BaseModel):
    """One statement and every report of it."""

    id: str
    speaker_name: str
    kind: str
    quotes: list[Obj]
    outlets: list[str]


class QuotesPage(BaseModel):
    next: str | None = Field(description="the `after` of the next page (the key of this page's last row); null on "
                                         "the last page")
    items: list[QuoteGroupOut]


class StoryRow(BaseModel):
    id: str
    title: str
    size: int
    outlets: list[str]
    first_seen: str | None
    last_seen: str | None
    articles: list[Obj]


class StoriesPage(BaseModel):
    next: str | None = Field(description="the `after` of the next page (the key of this page's last row); null on "
                                         "the last page")
    items: list[StoryRow]


class StoryView(BaseModel):
    id: str
    title: str
    size: int
    first_seen: str | None
    last_seen: str | None
    key_entities: list[Obj]
    key_terms: list[Obj]
    outlets: list[Obj]
    articles: list[Obj]
    compared_articles: int
    timeline: list[Obj]
    quotes: list[Obj]
    summary: list[Obj] = Field(description="sentences that sum the story up, each citing its sources")
    comparison: Obj = Field(description="agreements, disagreements and single-outlet claims across outlets")


class EventOut(BaseModel):
    """A PLOVER event with its source sentence; more fields (actor, recipient, date, modality …) as coded."""

    article_id: str
    start: int
    end: int
    type: str
    outlet: str | None
    title: str
    published_at: str | None
    sentence_text: str
    shown: bool | None = Field(None, description="false for the events the coder is unsure of")


class EventsPage(BaseModel):
    items: list[EventOut]


class TreatyOut(BaseModel):
    id: str
    name: str | None
    parties: list[Obj]
    date_signed: str | None
    clauses: list[Obj]
    sources: list[Obj]
    aliases: list[str]
    steps: list[Obj] = Field(description="its timeline: signed, ratified, in force … each dated, with sources")
    first_reported: str | None
    last_reported: str | None
    background: bool
    organisations: bool
    duration: Obj | None
    replaces: list[Obj]
    purpose: str | None
    fields: list[str]


class TreatiesPage(BaseModel):
    items: list[TreatyOut]


class TreatyView(BaseModel):
    treaty: TreatyOut


# -- store -----------------------------------------------------------------------------------------------------


class RejectionOut(BaseModel):
    origin: str
    stage: str = Field(description="read, decode, extract or a pipeline stage")
    reason: str
    raw_id: str | None
    article_id: str | None
    created_at: str | None


class RejectionsPage(BaseModel):
    items: list[RejectionOut]


class Stats(BaseModel):
    tables: dict[str, int]
    annotations: dict[str, int]
    outlets: dict[str, int]
    languages: dict[str, int]


class IngestAnswer(BaseModel):
    summary: str
    articles_added: int
    rejected: int
    rejections: list[RejectionOut] = Field(description="each document refused, with its reason")


class IngestRefused(InvalidRequest):
    """A 422 of POST /api/ingest: a body that is not valid or names nothing to ingest; or a batch whose every
    document was rejected, so that nothing was stored (as `marsad ingest` exits 1), with each one's reason."""

    summary: str | None = None
    articles_added: int | None = None
    rejected: int | None = None
    rejections: list[RejectionOut] | None = Field(None, description="each document refused, with its reason")
