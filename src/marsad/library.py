"""The front door: ``marsad.open(db)`` gives one object to ingest, analyse and read a Marsad database.

The CLI, the web app and the demo call this; Python users can too::

    import marsad

    with marsad.open("news.db") as m:
        m.ingest(["feeds/", "archive.warc.gz"])
        m.process()
        for story in m.stories(limit=5):
            print(story["title"], story["outlets"])
        print(m.search("بيونغ يانغ")["results"][:3])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator

from marsad.store import Store, open_store

if TYPE_CHECKING:
    from marsad.graph import GraphOptions, RelationsOptions
    from marsad.ingest.feeds import WatchReport
    from marsad.ingest.run import IngestOptions, IngestReport
    from marsad.ingest.web import FetchOptions
    from marsad.models import Article, Entity, RawDocument, Rejection
    from marsad.nlp.entity_queries import NameMatch
    from marsad.nlp.events.records import EventQuery, EventRecord
    from marsad.nlp.quote_records import QuoteGroup, QuoteQuery
    from marsad.pipeline.runner import ProcessOptions, ProcessReport


def open(db: str | None = None, *, readonly: bool = False) -> "Marsad":  # noqa: A001 - marsad.open reads well
    """Open (creating and migrating if needed) the Marsad database ``db``.

    Args:
        db: a SQLite file, or a ``postgresql://`` URL; default ``MARSAD_DB`` or ``./marsad.db``.
        readonly: open for reading only (a server's readers).
    """
    from marsad import settings

    return Marsad(open_store(db or settings.get("db") or "marsad.db", readonly=readonly))


class Marsad:
    """One Marsad database and what can be done with it: each method is one CLI command."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self) -> str:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Marsad":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- bringing news in ---------------------------------------------------------------------

    def ingest(self, paths: list[str], options: "IngestOptions | None" = None) -> "IngestReport":
        """Ingest files, folders, zips, JSON exports, web archives, URLs or '-' (stdin)."""
        from marsad.ingest.run import ingest

        return ingest(self.store, paths, options)

    def ingest_documents(self, items: Iterable["RawDocument | Rejection"],
                         options: "IngestOptions | None" = None) -> "IngestReport":
        """Ingest documents already read (e.g. posted to the API)."""
        from marsad.ingest.run import ingest_items

        return ingest_items(self.store, items, options)

    def watch(self, feeds: list[str], *, options: "FetchOptions | None" = None, interval: float = 300.0,
              rounds: int | None = None, on_round: Any = None) -> "WatchReport":
        """Poll RSS/Atom feeds and ingest what is new (``rounds`` times, or until interrupted)."""
        from marsad.ingest.feeds import watch

        return watch(self.store, feeds, options=options, interval=interval, rounds=rounds, on_round=on_round)

    # -- analysis -----------------------------------------------------------------------------

    def process(self, options: "ProcessOptions | None" = None) -> "ProcessReport":
        """Run the analysis pipeline over what is new, then the corpus steps (syndication, stories, views)."""
        from marsad.pipeline.runner import process

        return process(self.store, options)

    def cluster(self, *, rebuild: bool = False, show_progress: bool | None = None) -> list[str]:
        """Link syndicated copies and cluster articles into stories (all over again with ``rebuild``)."""
        from marsad.stories.cluster import ClusterOptions, cluster
        from marsad.stories.syndication import SyndicationOptions, syndicate

        return [syndicate(self.store, SyndicationOptions(rebuild=rebuild)).summary(),
                cluster(self.store, ClusterOptions(rebuild=rebuild, show_progress=show_progress)).summary()]

    def add_entities(self, path: str) -> list["Entity"]:
        """Add a user's entities (YAML or CSV) to the database; linking merges them in from now on."""
        from marsad.nlp.entity_queries import add_user_entities

        return add_user_entities(self.store, path)

    def merge_entities(self, source: str, target: str) -> Any:
        """Merge one entity into another (ids or names); kept across re-runs.  Returns a MergeReport."""
        from marsad.nlp.entity_merge import _refresh, merge_entities

        report = merge_entities(self.store, source, target)
        _refresh(self.store, None)
        return report

    def split_entity(self, entity: str, part: str) -> Any:
        """Split a name (or id) merged into an entity off it again, for good.  Returns a MergeReport."""
        from marsad.nlp.entity_merge import _refresh, split_entity

        report = split_entity(self.store, entity, part)
        _refresh(self.store, None)
        return report

    # -- reading ------------------------------------------------------------------------------

    def articles(self, *, limit: int | None = 50, after: int = 0, **filters: str | None) -> list[dict[str, Any]]:
        """Article summaries, latest news first, keyset-paged by ``after`` (the seq of the last one seen; filters:
        outlet, language, since, until, entity); ``limit`` 0 or None: all of them, as ``--limit 0``."""
        from marsad.outlets import stored_outlet

        filters = stored_outlet(filters)
        if limit:
            return self.store.list_articles(limit=limit, after_seq=after, **filters)
        rows: list[dict[str, Any]] = []
        while True:  # page by page: one query never holds the whole table
            page = self.store.list_articles(limit=1000, after_seq=after, **filters)
            rows += page
            if len(page) < 1000:
                return rows
            after = page[-1]["seq"]

    def iter_articles(self, *, after: int = 0, limit: int | None = None, newest_first: bool = False,
                      **filters: str | None) -> Iterator["Article"]:
        """Whole articles in store order, or with ``newest_first`` in the listings' order, latest news first
        (filters: outlet, language, since, until), streamed; ``limit`` 0 or None: all of them."""
        from marsad.outlets import stored_outlet

        return self.store.iter_articles(after_seq=after, limit=limit or None, newest_first=newest_first,
                                        **stored_outlet(filters))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article (a unique id prefix is enough) with its annotations by layer."""
        from marsad.views import article_view

        return article_view(self.store, article_id)

    def search(self, query: str, *, limit: int = 20, outlet: str | None = None) -> dict[str, Any]:
        """Ranked search over folded Arabic; a query naming an actor also finds its other spellings."""
        from marsad.views import search_view

        return search_view(self.store, query, limit=limit, outlet=outlet)

    def stories(self, *, since: str | None = None, until: str | None = None, outlet: str | None = None,
                min_size: int = 1, limit: int | None = None, entity: str | None = None) -> list[dict[str, Any]]:
        """Stories, largest and latest first, with their outlets and articles; ``since`` / ``until`` keep those
        seen in those days, ``outlet`` those an outlet reported (any of its names), ``entity`` those an actor is
        mentioned in (an id or a name)."""
        from marsad.stories.view import list_stories

        return list_stories(self.store, since=since, until=until, outlet=outlet, min_size=min_size, limit=limit,
                            entity=entity)

    def story(self, story_id: str) -> dict[str, Any] | None:
        """One story: timeline, summary with citations, quotes, agreements and disagreements."""
        from marsad.stories.view import story_view

        return story_view(self.store, story_id)

    def entities(self, type_: str | None = None, limit: int | None = 100, *, since: str | None = None,
                 until: str | None = None, outlet: str | None = None) -> list[dict[str, Any]]:
        """Actors mentioned, most mentioned first; ``since`` / ``until`` (ISO days of publication, inclusive) and
        ``outlet`` (any of its names) count only those reports' mentions."""
        from marsad.nlp.entity_queries import list_entities

        return list_entities(self.store, type_, limit, since=since, until=until, outlet=outlet)

    def entity(self, id_or_name: str, *, limit: int = 50) -> dict[str, Any]:
        """One actor by id or any spelling: names, roles, articles, co-occurring actors, events."""
        from marsad.nlp.entity_queries import entity_detail
        from marsad.nlp.events.records import events_of_entity

        detail = entity_detail(self.store, id_or_name, limit=limit)
        detail["events"] = events_of_entity(self.store, detail["entity"]["id"], limit=limit)
        return detail

    def which_entity(self, id_or_name: str) -> "NameMatch":
        """The actor an id or name is taken as; ``candidates`` say when it was only a part of a name, and
        which other actors have that part (most mentioned first)."""
        from marsad.nlp.entity_queries import match_entity

        return match_entity(self.store, id_or_name)

    def roles(self, *, person: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
        """Office changes learned from the news (elected, appointed, resigned ...), with their sources and status."""
        from marsad.nlp.entity_queries import resolve_entity
        from marsad.nlp.learned_roles import roles_listing

        pid = None
        if person:
            e = resolve_entity(self.store, person)
            if e is None:
                from marsad.errors import NotFoundError

                raise NotFoundError(f"no entity {person!r}; try `marsad entities` for ids")
            pid = self.store.entity_redirects().get(e.id, e.id)
        return roles_listing(self.store, person=pid, status=status)

    def decide_role(self, change_id: str, decision: str | None) -> dict[str, Any]:
        """Accept or reject a learned office change (kept across re-runs); None forgets the decision."""
        from marsad.nlp.learned_roles import decide

        return decide(self.store, change_id, decision)

    def quotes(self, query: "QuoteQuery | None" = None) -> list["QuoteGroup"]:
        """Who said what, grouped across the outlets that reported it."""
        from marsad.nlp.quote_records import quotes_listing

        return quotes_listing(self.store, query)

    def events(self, query: "EventQuery | None" = None) -> list["EventRecord"]:
        """Who did what to whom (PLOVER events), each with its source sentence.  With no ``query``, what
        ``marsad events`` and /api/events list: the latest news first, without the events the coder is unsure of
        (``EventQuery(shown_only=False)`` takes those too, each with ``data["shown"]``)."""
        from marsad.nlp.events.records import EventQuery, load_events

        return load_events(self.store, query or EventQuery(shown_only=True, latest_first=True))

    def treaties(self, party: str | None = None, *, include_all: bool = False, since: str | None = None,
                 until: str | None = None, outlet: str | None = None) -> list[Any]:
        """Agreements followed across reports: names, parties, dated steps (signed, ratified, in force ...)
        with their sources, and clauses; ``since`` / ``until`` / ``outlet`` keep those some report of those days
        and that outlet speaks of."""
        from marsad.nlp.events.treaties import TreatyOptions, treaties

        return treaties(self.store, TreatyOptions(), party=party, include_all=include_all, since=since, until=until,
                        outlet=outlet)

    def treaty(self, treaty_id: str) -> Any:
        """One agreement by its id or a unique prefix (4 characters or more), background ones included; None
        when there is no such record."""
        from marsad.nlp.events.treaty_life import find_treaty

        return find_treaty(self.store, treaty_id)

    def graph(self, options: "GraphOptions | None" = None) -> Any:
        """The actor graph: events over time, cooperation vs conflict."""
        from marsad.graph import GraphOptions, actor_graph

        return actor_graph(self.store, options or GraphOptions())

    def relations(self, actor: str, options: "RelationsOptions | None" = None) -> list[dict[str, Any]]:
        """What an actor did to whom and what others did to it, with sources."""
        from marsad.graph import RelationsOptions, relations

        return relations(self.store, actor, options or RelationsOptions())

    def rejections(self) -> list["Rejection"]:
        """What could not be read or analysed, and why."""
        return self.store.rejections()

    def stats(self) -> dict[str, Any]:
        """Counts per table, annotation kind, outlet and language."""
        return self.store.stats()

    def summary(self, *, header: str = "") -> str:
        """A readable overview: outlets, top stories, actors, quotes and events (what ``marsad demo`` prints)."""
        from marsad.demo.run import summary

        return summary(self.store, header=header)
