"""The REST API under /api/: JSON with keyset paging and filters, CSV and JSON Lines exports of each list."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from typing import Any, Iterable, Literal

from fastapi import APIRouter, Body, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from marsad.errors import NotFoundError
from marsad.web import data, schemas
from marsad.web.app import check_token, public, store_of
from marsad.views import no_article, no_story, stored_outlet_key
from marsad.web.contract import MAX_SEQ, Day, EntityType, EventType, Format, Key, Language, Words, errors, listing

router = APIRouter(prefix="/api", tags=["api"], responses=errors(503))


def cited(request: Request, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows exported for citing (quotes, events) with what a citation needs beside the article id: the report's
    address and headline, and a speaker's Arabic name beside the English one (a CSV opened in a spreadsheet has
    no way to look them up)."""
    articles = store_of(request).brief_articles(sorted({r["article_id"] for r in rows if r.get("article_id")}))
    out = []
    for r in rows:
        a = articles.get(r.get("article_id") or "")
        row: dict[str, Any] = {}
        for k, v in r.items():
            row[k] = v
            if k == "article_id":
                row["url"] = a.url if a else None
                row["title"] = r.get("title") or (a.title if a else None)
            elif k == "speaker_name" and isinstance(r.get("speaker"), dict):
                sp = r["speaker"]
                row["speaker_name_ar"] = sp.get("name_ar") or sp.get("text") or ""
        out.append(row)
    return out


def export(request: Request, rows: list[Any], fmt: str, name: str,
           envelope: dict[str, Any] | None = None, *, cite: bool = False) -> Response:
    """The same rows as JSON (with paging envelope), CSV or JSON Lines; ``cite``: the files carry each row's
    article address and headline (:func:`cited`)."""
    rows = public(request, rows)
    if cite and fmt in ("csv", "jsonl"):
        rows = cited(request, rows)
    if fmt == "jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        return Response(body, media_type="application/x-ndjson",
                        headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})
    if fmt == "csv":
        buf = io.StringIO()
        columns: list[str] = []
        for r in rows:
            columns += [k for k in r if k not in columns]
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        for r in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                             for k, v in r.items()})
        return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8",  # BOM: Excel reads Arabic
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return JSONResponse({**public(request, envelope or {}), "items": rows})


AFTER = Query(None, min_length=1, max_length=200, description="the `next` of the page before (the key of its last "
              "row, as the CLI's --after takes it): the rows that follow it")


def keyset(rows: list[Any], key: Any, after: str | None, limit: int, what: str) -> tuple[list[Any], str | None]:
    """The page of ``rows`` that follows the row whose key is ``after``, and the ``next`` that asks for the page
    after it (None on the last page). /api/stories took no ``after``: a second page answered the first again, and
    the stories past the largest limit could not be reached."""
    if after is not None:
        for i, row in enumerate(rows):
            if key(row) == after:
                rows = rows[i + 1:]
                break
        else:
            raise NotFoundError(f"after {after!r}: no such {what} in this listing (give the `next` of the page "
                                "before, the key of a row it answered)")
    page = rows[:limit]
    return page, (key(page[-1]) if page and len(rows) > limit else None)


def answer(request: Request, view: Any) -> JSONResponse:
    """One item as JSON, as the data function built it (the response model documents it, filters nothing)."""
    return JSONResponse(public(request, view))


def in_order(since: str | None, until: str | None) -> None:
    """A ``since`` later than ``until`` is a 422 saying so (as the CLI exits 2), not an empty list."""
    from marsad.filters import out_of_order

    problem = out_of_order(since, until)
    if problem:
        raise HTTPException(status_code=422, detail=problem)


@router.get("/articles", summary="Articles, keyset-paged (pass `next` as `after`), with filters",
            response_model=schemas.ArticlesPage, responses={**listing(), **errors(404)})
def articles(request: Request, after: int = Query(0, ge=0, le=MAX_SEQ), limit: int = Query(50, ge=1, le=500),
             outlet: str | None = None, language: Language = None, since: Day = None, until: Day = None,
             entity: str | None = None, format: Format = "json") -> Response:
    in_order(since, until)
    store = store_of(request)
    if outlet:  # an outlet typed wrong is a 404 naming the ones stored, as `marsad articles --outlet` says
        outlet = stored_outlet_key(store, outlet)
    if entity and not store.get_entities([entity]):  # a name, or part of one, as the other filters take it
        from marsad.nlp.entity_queries import known_entity

        entity = known_entity(store, entity).id
    page = data.list_articles(store, after=after, limit=limit, outlet=outlet, language=language,
                              since=since, until=until, entity=entity)
    return export(request, page["items"], format, "articles", {"next": page["next"]})


@router.get("/articles/{article_id}", summary="One article: metadata, provenance, text and annotations",
            response_model=schemas.ArticleView, responses=errors(404))
def article(request: Request, article_id: Key) -> Response:
    view = data.article_view(store_of(request), article_id)
    if view is None:  # a 404 in the words of `marsad show` (the app's handler of NotFoundError)
        raise no_article(article_id, store_of(request))
    return answer(request, view)


@router.get("/search", summary="Full-text search over normalised Arabic (entity spellings expanded)",
            response_model=schemas.SearchPage, responses={**listing(), **errors(404)})
def search(request: Request, q: Words, outlet: str | None = None,
           limit: int = Query(20, ge=1, le=200), format: Format = "json") -> Response:
    if outlet:
        outlet = stored_outlet_key(store_of(request), outlet)
    view = data.search_view(store_of(request), q, limit=limit, outlet=outlet)
    return export(request, view["results"], format, "search", {"query": q, "also_searched": view["also_searched"]})


@router.get("/entities", summary="Entities mentioned, most mentioned first; counted over the reports of some days "
            "or one outlet", response_model=schemas.EntitiesPage, responses={**listing(), **errors(404)})
def entities(request: Request, type: EntityType | None = None, since: Day = None, until: Day = None,
             outlet: str | None = Query(None, description="only mentions in this outlet's reports (its key or name)"),
             limit: int = Query(100, ge=1, le=1000), after: str | None = AFTER, format: Format = "json") -> Response:
    from marsad.nlp.entity_queries import list_entities

    in_order(since, until)
    rows = list_entities(store_of(request), type, None if after else limit + 1, since=since, until=until,
                         outlet=outlet)
    page, following = keyset(rows, lambda r: r["id"], after, limit, "entity")
    return export(request, page, format, "entities", {"next": following})


@router.get("/entities/{entity_id}", summary="One entity: names, roles, articles over time, related entities",
            response_model=schemas.EntityPage, responses=errors(404))
def entity(request: Request, entity_id: Key) -> Response:
    from marsad.nlp.entity_queries import no_entity

    view = data.entity_page(store_of(request), entity_id)
    if view is None:  # as `marsad entity` says it: with the actors whose names hold the words asked for
        raise HTTPException(status_code=404, detail=str(no_entity(entity_id)))
    return answer(request, view)


RoleStatus = Literal["learned", "below", "accepted", "rejected", "no-office"]


@router.get("/roles", summary="Office changes learned from the news (elected, appointed, resigned ...) with sources",
            response_model=schemas.RolesPage, responses={**listing(), **errors(404)})
def roles(request: Request, person: str | None = Query(None, min_length=1, max_length=200),
          status: RoleStatus | None = None, format: Format = "json") -> Response:
    from marsad.library import Marsad

    try:
        rows = Marsad(store_of(request)).roles(person=person, status=status)
    except NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    return export(request, rows, format, "roles")


@router.get("/quotes", summary="Quotes grouped across outlets; filter by speaker, story, article, report day "
            "or outlet", response_model=schemas.QuotesPage, responses={**listing(), **errors(404)})
def quotes(request: Request, speaker: str | None = None, story: str | None = None, article: str | None = None,
           since: Day = None, until: Day = None,
           outlet: str | None = Query(None, description="only quotes this outlet reported (its key or name)"),
           limit: int = Query(500, ge=1, le=5000, description="at most this many statements (groups), the most "
                              "widely reported first, as `marsad quotes --limit`"),
           after: str | None = AFTER, format: Format = "json") -> Response:
    from marsad.nlp.quote_records import QuoteQuery, no_quotes_by, quotes_listing

    in_order(since, until)
    groups = quotes_listing(store_of(request), QuoteQuery(speaker=speaker, story=story, article=article,
                                                          since=since, until=until, outlet=outlet,
                                                          limit=None if after else limit + 1))
    if speaker and not groups and not (since or until or outlet):  # as `marsad quotes --speaker` exits 2
        raise no_quotes_by(speaker)
    groups, following = keyset(groups, lambda g: g.id, after, limit, "statement")
    if format == "json":
        return export(request, groups, format, "quotes", {"next": following})
    return export(request, [q for g in groups for q in g.quotes], format, "quotes", cite=True)


@router.get("/stories", summary="Stories, largest and latest first; those seen in some days or reported by one "
            "outlet", response_model=schemas.StoriesPage, responses={**listing(), **errors(404)})
def stories(request: Request, since: Day = None, until: Day = None,
            outlet: str | None = Query(None, description="only stories this outlet reported (its key or name)"),
            entity: str | None = Query(None, description="only stories that mention this actor (an id or a name)"),
            limit: int = Query(100, ge=1, le=1000), after: str | None = AFTER, format: Format = "json") -> Response:
    from marsad.stories.view import list_stories

    in_order(since, until)
    rows = list_stories(store_of(request), since=since, until=until, outlet=outlet, entity=entity,
                        limit=None if after else limit + 1)
    page, following = keyset(rows, lambda r: r["id"], after, limit, "story")
    return export(request, page, format, "stories", {"next": following})


@router.get("/stories/{story_id}", summary="One story: timeline, summary, quotes, agreements and disagreements",
            response_model=schemas.StoryView, responses=errors(404))
def story(request: Request, story_id: Key) -> Response:
    from marsad.stories.view import story_view

    view = story_view(store_of(request), story_id)
    if view is None:  # a 404 in the words of `marsad story`
        raise no_story(story_id, store_of(request))
    return answer(request, view)


@router.get("/events", summary="Political events (PLOVER): actor, recipient, date, modality, source sentence",
            response_model=schemas.EventsPage, responses={**listing(), **errors(404)})
def events(request: Request, type: list[EventType] = Query(default=[]), actor: str | None = None,
           since: Day = None, until: Day = None, limit: int = Query(200, ge=1, le=5000),
           include_all: bool = Query(False, alias="all", description="also the events the coder is unsure of "
                                     "(shown: false), which are left out by default"),
           format: Format = "json") -> Response:
    from marsad.nlp.events.records import EventQuery, load_events

    in_order(since, until)
    found = load_events(store_of(request), EventQuery(types=tuple(type), actor=actor, since=since, until=until,
                                                      shown_only=not include_all, limit=limit, latest_first=True))
    if actor and not found:  # an actor nobody knows is a 404, as `marsad events --actor` exits 2; a quiet one: []
        from marsad.nlp.entity_queries import known_entity

        known_entity(store_of(request), actor)
    return export(request, [e.to_dict() for e in found], format, "events", cite=True)


@router.get("/treaties", summary="Agreements followed across reports: name, aliases, parties, dated steps, sources",
            response_model=schemas.TreatiesPage, responses={**listing(), **errors(404)})
def treaties(request: Request, party: str | None = None,
             include_all: bool = Query(False, alias="all", description="also old agreements only recalled, "
                                       "and ones the reports neither name nor give two parties"),
             since: Day = None, until: Day = None,
             outlet: str | None = Query(None, description="only agreements this outlet reported (its key or name)"),
             format: Format = "json") -> Response:
    from marsad.nlp.events.treaties import treaties as find
    from marsad.nlp.events.treaty_life import treaty_to_dict

    in_order(since, until)
    found = find(store_of(request), party=party, include_all=include_all, since=since, until=until, outlet=outlet)
    if party and not found:  # as `marsad treaties --party` exits 2 for a party nobody knows
        from marsad.nlp.entity_queries import known_entity

        known_entity(store_of(request), party)
    return export(request, [treaty_to_dict(t) for t in found], format, "treaties")


@router.get("/treaties/{treaty_id}", summary="One agreement: its timeline of steps, each with its sources",
            response_model=schemas.TreatyView, responses=errors(404))
def treaty(request: Request, treaty_id: Key) -> Response:
    from marsad.nlp.events.treaty_life import treaty_view
    from marsad.views import no_treaty

    view = treaty_view(store_of(request), treaty_id)
    if view is None:  # a 404 in the words of `marsad treaty`
        raise no_treaty(treaty_id, store_of(request))
    return answer(request, view)


@router.get("/rejections", summary="What could not be ingested or processed, and why",
            response_model=schemas.RejectionsPage, responses=listing())
def rejections(request: Request, format: Format = "json") -> Response:
    return export(request, store_of(request).rejections(), format, "rejections")


@router.get("/stats", summary="Counts per table, outlet and language", response_model=schemas.Stats)
def stats(request: Request) -> Response:
    return answer(request, store_of(request).stats())


class IngestDocument(BaseModel):
    text: str = Field(..., min_length=1, description="the article text (or an HTML page when `html` is true)")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published_at: str | None = None
    authors: list[str] = []
    html: bool = Field(False, strict=True, description="true when `text` is an HTML page")


class IngestRequest(BaseModel):
    """Documents, URLs or both: at least one of them (`{"document": [...]}` must not answer "0 added")."""

    model_config = ConfigDict(json_schema_extra={"anyOf": [{"required": ["documents"],
                                                            "properties": {"documents": {"minItems": 1}}},
                                                           {"required": ["urls"],
                                                            "properties": {"urls": {"minItems": 1}}}]})

    urls: list[str] = Field(default_factory=list, max_length=50)
    documents: list[IngestDocument] = Field(default_factory=list, max_length=500)

    @model_validator(mode="after")
    def _something(self) -> "IngestRequest":
        if not self.documents and not self.urls:
            raise ValueError("nothing to ingest: the body has no `documents` (each with its `text`) and no `urls`")
        return self


@router.post("/ingest", summary="Ingest URLs or documents (needs the server's ingest token)",
             description="Answers 200 with what was added and each document refused, or 422 when nothing was "
                         "stored because every document was refused (the same fields, and `detail`).",
             response_model=schemas.IngestAnswer,
             responses={**errors(400, 403, 404, 413),
                        422: {"model": schemas.IngestRefused, "description": "nothing to ingest, a body that is "
                              "not valid, or every document rejected (nothing stored)"}})
def ingest(request: Request, body: IngestRequest = Body(...),
           authorization: str | None = Header(default=None)) -> Response:
    settings = request.app.state.settings
    refusal = check_token(settings, authorization)
    if refusal:
        raise HTTPException(status_code=403 if settings.ingest_token else 404, detail=refusal)
    from marsad.ingest.run import IngestOptions
    from marsad.ingest.web import FetchOptions, ingest_url
    from marsad.models import RawDocument

    def origin(d: IngestDocument, payload: bytes) -> str:
        # one origin per document, not one "<api>" for all: a rejection is recorded per origin, and a document
        # stored would clear the rejection of every other one posted
        return d.url or f"<api:{hashlib.sha256(payload).hexdigest()[:12]}>"

    def items() -> Iterable[Any]:
        for d in body.documents:
            if d.html:
                page = d.text.encode("utf-8")
                yield RawDocument.from_bytes(page, origin(d, page), "text/html", encoding="utf-8",
                                             hints={"url": d.url} if d.url else {})
            else:
                record = d.model_dump()
                payload = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
                yield RawDocument.from_bytes(payload, origin(d, payload), "application/json", encoding="utf-8",
                                             hints={k: v for k, v in record.items() if v and k != "html"})
        options = FetchOptions(allow_private=settings.allow_private)
        for url in body.urls:
            yield from ingest_url(url, options)

    stores = request.app.state.stores
    with stores.write_lock:
        report = stores.writer().ingest_documents(items(), IngestOptions(show_progress=False))
    reply = public(request, {"summary": report.summary(), "articles_added": report.articles_added,
                             "rejected": report.rejected, "rejections": report.rejections})
    if report.all_rejected:  # as `marsad ingest` exits 1: a client must not read the answer as "ingested"
        why = "`rejections` says why (GET /api/rejections also lists those refused when first sent)"
        return JSONResponse({"detail": f"{report.NOTHING_STORED}; {why}", **reply}, status_code=422)
    return JSONResponse(reply)
