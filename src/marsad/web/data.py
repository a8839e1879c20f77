"""The data function of each page: the HTML page and its JSON twin render the same dict."""

from __future__ import annotations

import re
from typing import Any

from marsad.errors import InputError
from marsad.nlp.events.records import events_of_entity
from marsad.store import Store
from marsad.views import article_view, search_view

MARK = ("\x02", "\x03")  # snippet highlight markers, turned into <mark> after escaping


def collapse_copies(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per article that one outlet published twice (same title under two addresses), with ``copies``
    counting the others: a reader sees each report once."""
    out: list[dict[str, Any]] = []
    first: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        title = " ".join((r.get("title") or "").split())
        key = (r.get("outlet") or "", title)
        if title and key in first:
            first[key]["copies"] = first[key].get("copies", 0) + 1
            continue
        first[key] = r
        out.append(r)
    return out


def one_per_name(entities: list[dict[str, Any]], own: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Related entities as a reader sees them: a name once (the first, most related, of entities the linker
    left apart under one name — a club tagged once as a place and once as an organisation), never the
    entity's own name."""
    seen = {" ".join((own or {}).get("name_ar", "").split())} - {""}
    out = []
    for e in entities:
        name = " ".join((e.get("name_ar") or e.get("name_en") or e.get("id") or "").split())
        if name in seen:
            continue
        seen.add(name)
        out.append(e)
    return out


def list_articles(store: Store, *, after: int = 0, limit: int = 50, **filters: str | None) -> dict[str, Any]:
    """A keyset page of articles, latest news first (stable under inserts: ``next`` is the seq of the last article
    shown, and the next page follows it in that order; None on the last page)."""
    from marsad.outlets import stored_outlet

    limit = max(1, min(limit, 500))
    # an outlet by any of its names, as the CLI takes it
    rows = store.list_articles(limit=limit + 1, after_seq=after, **stored_outlet(filters))
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": rows, "next": rows[-1]["seq"] if more and rows else None}


HOME_STORIES = 10  # the home page shows at least this many stories when the store has them


def home_data(store: Store) -> dict[str, Any]:
    """The latest days' top stories with their outlets and sizes, and the latest articles."""
    from datetime import date, timedelta

    from marsad.stories.view import list_stories

    # the latest dated article placed, not the latest day a story was seen: an undated notice counts the day its
    # text cites ("the fair opens on the 20th") and would move the page to that day
    latest = store.latest_placed_day() or store.latest_story_day()
    since = None
    if latest and len(latest) >= 10:
        since = (date.fromisoformat(latest[:10]) - timedelta(days=2)).isoformat()
    stories = list_stories(store, since=since, min_size=2, limit=30)
    if len(stories) < HOME_STORIES:  # quiet latest days: the stories before them follow, not a page of one story
        shown = {s["id"] for s in stories}
        stories += [s for s in list_stories(store, min_size=2, limit=30) if s["id"] not in shown]
        stories = stories[:HOME_STORIES]
    stories = stories or list_stories(store, limit=30)
    for s in stories:
        s["articles"] = s["articles"][:5]  # the card shows outlets and size; the story page has the rest
    recent = store.latest_articles(15)  # by publication date, not the last stored
    counts = {"articles": store.article_count(), "entities": store.mentioned_entity_count()}  # the news's actors
    return {"stories": stories, "since": since, "recent": recent, "stats": counts}


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split text into runs, each with the entity/quote it belongs to, for highlighting without raw HTML."""
    cuts = {0, len(text)}
    for s in spans:
        cuts.update((s["start"], s["end"]))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for a, b in zip(points, points[1:]):
        entity = quote = None
        cited = False
        for s in spans:
            if s["start"] <= a and b <= s["end"]:
                if s["kind"] == "cited":
                    cited = True
                elif s["kind"] == "mention":
                    entity = {"id": s["data"].get("entity_id"), "type": s["label"], "name": s["data"].get("name_en")
                              or s["data"].get("name")}
                elif s["kind"] == "quote":
                    quote = {"kind": s["label"], "speaker": (s["data"].get("speaker") or {}).get("name_ar")
                             or (s["data"].get("speaker") or {}).get("text")}
        out.append({"text": text[a:b], "entity": entity, "quote": quote, "cited": cited})
    return out


def cited_span(at: str | None, length: int) -> tuple[int, int] | None:
    """The ``START-END`` offsets a citation link names (``?at=``), when they lie in an article of ``length``."""
    m = re.fullmatch(r"(\d{1,7})-(\d{1,7})", (at or "").strip())
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if 0 <= start < end <= length else None


def article_page(store: Store, article_id: str, at: str | None = None) -> dict[str, Any] | None:
    """An article with its annotations, highlight runs per paragraph, and the story it belongs to; ``at``
    (``START-END``, from a citation's link) marks the sentence a story's summary, timeline, quote or comparison
    cites, so that a reader lands on it rather than at the top of a long report."""
    view = article_view(store, article_id)
    if view is None:
        return None
    a = view["article"]
    text = a["text"]
    spans = [dict(s, kind=k) for k in ("mention", "quote") for s in view["annotations"].get(k, [])]
    quote_content = []
    for s in spans:
        if s["kind"] == "quote" and s["data"].get("content"):
            c = s["data"]["content"]
            quote_content.append(dict(s, start=c[0], end=c[1]))
    spans = [s for s in spans if s["kind"] == "mention"] + quote_content
    cited = cited_span(at, len(text))
    if cited:
        spans.append({"kind": "cited", "start": cited[0], "end": cited[1], "label": "", "data": {}})
    view["cited"] = list(cited) if cited else None
    paragraphs = a["paragraphs"] or [{"start": 0, "end": len(text), "kind": "body"}]
    view["paragraphs"] = []
    for p in paragraphs:
        inside = [dict(s, start=max(s["start"], p["start"]) - p["start"], end=min(s["end"], p["end"]) - p["start"])
                  for s in spans if s["start"] < p["end"] and s["end"] > p["start"]]
        view["paragraphs"].append({"kind": p["kind"], "runs": segments(text[p["start"]:p["end"]], inside)})
    try:
        from marsad.stories.view import story_of

        view["story_id"] = story_of(store, a["id"])
    except ImportError:
        view["story_id"] = None
    return view


def entity_page(store: Store, entity_id: str) -> dict[str, Any] | None:
    """An entity: names, roles, articles over time (counts per day), who it is quoted with, related entities."""
    from marsad.nlp.entity_queries import entity_detail

    try:
        view = entity_detail(store, entity_id)
    except InputError:
        return None
    eid = view["entity"]["id"]
    # every article that mentions the actor, not the 50 listed (an actor of 79 articles read «2015-07-26: 50»)
    view["over_time"] = [{"date": r["day"], "articles": r["articles"]} for r in store.articles_per_day(eid)]
    view["articles"] = collapse_copies(view.get("articles", []))
    view["stories"] = _stories_of(store, eid)
    view["cooccurring"] = one_per_name(view.get("cooccurring", []), view["entity"])
    view["quotes"] = _quotes_by(store, eid)
    view["events"] = events_of_entity(store, eid)
    view["treaties"] = _treaties_of(store, eid)
    return view


def _stories_of(store: Store, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
    """The stories an actor is mentioned in, largest first (as `marsad stories --entity`): the way from an actor to
    each story it takes part in, not only to its articles one by one."""
    from marsad.stories.view import list_stories

    return [{k: s[k] for k in ("id", "title", "size", "outlets", "first_seen", "last_seen")}
            for s in list_stories(store, entity=entity_id, limit=limit)]


def _treaties_of(store: Store, entity_id: str | None = None, *,
                 articles: set[str] | None = None) -> list[dict[str, Any]]:
    """The agreements an actor is a party to (or that ``articles`` report), as `marsad treaties` lists them: the
    way to their pages."""
    from marsad.nlp.events.treaties import treaties

    return [{"id": t.id, "name": t.name, "date_signed": t.date_signed,
             "parties": [{"name": p.get("name"), "name_en": p.get("name_en") or p.get("name")} for p in t.parties]}
            for t in treaties(store, party=entity_id)
            if articles is None or articles & {src.article_id for src in t.sources}]


def treaties_page(store: Store) -> dict[str, Any]:
    """Every agreement the news follows, as /api/treaties answers them (the page lists them, linking each)."""
    from marsad.nlp.events.treaties import treaties
    from marsad.nlp.events.treaty_life import treaty_to_dict

    return {"items": [treaty_to_dict(t) for t in treaties(store)]}


def with_english_names(store: Store, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Actors ({"id", "name"}) with their English names, for the English page (a story's key actors showed in
    Arabic there: the story view carries only the Arabic name)."""
    from marsad.nlp.kb.kb import load_kb

    kb = load_kb()
    stored = store.get_entities([e["id"] for e in entities if e.get("id") and e["id"] not in kb.entities])
    out = []
    for e in entities:
        known = kb.entities.get(e.get("id") or "") or stored.get(e.get("id") or "")
        out.append({**e, "name_en": known.name_en} if known is not None and known.name_en else e)
    return out


def story_treaties(store: Store, view: dict[str, Any]) -> list[dict[str, Any]]:
    """The agreements a story's articles report, for its page to link their treaty pages (the page's JSON twin
    stays the API's story)."""
    return _treaties_of(store, articles={a["id"] for a in view.get("articles", [])})


def _quotes_by(store: Store, entity_id: str, limit: int = 30) -> list[dict[str, Any]]:
    """An actor's latest quotes, the same words reported by several articles once, citing them all (``also``)."""
    from marsad.stories.digest import same_words

    out = []
    for r in store.quotes_by_speaker(entity_id, limit * 3):
        data = r["data"]
        at = data.get("content") or [None, None]
        out.append({"article_id": r["article_id"], "kind": r["label"], "outlet": r["outlet"],
                    "content": data.get("content_text"), "cue": data.get("cue_text"), "start": at[0], "end": at[1]})
    return same_words(out, "content")[:limit]


SEARCH_PAGE, MAX_SEARCH = 30, 300  # results a search page shows at first, and at most (each "more" adds a page)


def search_page(store: Store, query: str, *, outlet: str | None = None, limit: int = SEARCH_PAGE) -> dict[str, Any]:
    """Search results with snippets (matches between MARK characters), and the outlets to filter by; ``more``:
    the ``limit`` that shows the next page of results too, when there are more (None when there are not).

    An outlet with no stored article (typed into the address) is not searched as if it had published nothing:
    ``unknown_outlet`` names it, and the page lists the outlets stored, as the API's 404 does.
    """
    from marsad.views import stored_outlet_key

    unknown = None
    if outlet:
        try:
            outlet = stored_outlet_key(store, outlet)
        except InputError:
            unknown, outlet = outlet, None
    more = None
    if query.strip() and not unknown:
        view = search_view(store, query, limit=limit + 1, outlet=outlet, mark=MARK)
        if len(view["results"]) > limit:  # a page of 30 said nothing of the 71 after it (a link asks for them)
            more = min(limit + SEARCH_PAGE, MAX_SEARCH) if limit < MAX_SEARCH else None
        view["results"] = collapse_copies(view["results"][:limit])
    else:
        view = {"query": query, "also_searched": [], "results": []}
    view["more"] = more
    view["outlets"] = store.top_outlets(50)
    view["outlet"] = outlet
    view["unknown_outlet"] = unknown
    return view
