"""Reading events, clauses and quotes back from the store, for treaties, the actor graph and the CLI.

Rows come from the store's statement methods (``event_spans``,
``clause_spans``, ``quotes_mentioning_entities``, ``events_of_entity``); nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from marsad.filters import on_or_before
from marsad.nlp.events.lexicon import GOLDSTEIN, MODALITY_WEIGHT, fold
from marsad.nlp.events.shown import is_shown
from marsad.store import Store


@dataclass(slots=True)
class EventQuery:
    """Which events to read.

    Attributes:
        types: PLOVER types to keep (empty = all).
        actor: keep events where this actor (entity id, Arabic or English name,
            or a person's country) is actor or recipient.
        since / until: ISO dates bounding the event date (inclusive; an ``until`` of a month or a year takes
            all its days).
        min_confidence: drop events below this confidence.
        shown_only: only the events shown by default (the learned filter of
            :mod:`marsad.nlp.events.shown` judged them likely right).
        limit: at most this many events (None = all).
        latest_first: the latest news first (by the report's date; an article's events in its order), as
            ``marsad articles`` lists; else the order the articles were stored in.
    """

    types: tuple[str, ...] = ()
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    shown_only: bool = False
    limit: int | None = None
    latest_first: bool = False


@dataclass(slots=True)
class EventRecord:
    """An event as stored, with the article it comes from and its source sentence."""

    article_id: str
    start: int
    end: int
    type: str
    data: dict[str, Any]
    outlet: str | None = None
    title: str = ""
    published_at: str | None = None
    sentence_text: str = ""

    @property
    def date(self) -> str | None:
        """The day the sentence gives the act, else the report's day (for ordering and --since/--until)."""
        return self.data.get("date") or self.published_at

    @property
    def when(self) -> str:
        """The date as a reader should see it: the told date ("≤ <day>" when the act happened that day or before:
        the day of the statement that tells it), or "reported <day>" when the sentence tells none."""
        if self.data.get("date"):
            return bound_date(self.data)
        return f"reported {self.published_at[:10]}" if self.published_at else "?"

    @property
    def weight(self) -> float:
        """Goldstein-like weight, scaled by modality (a denial counts 0, a hypothetical half)."""
        if self.data.get("negated") and self.data.get("modality") != "denied":
            return 0.0
        return GOLDSTEIN.get(self.type, 0.0) * MODALITY_WEIGHT.get(self.data.get("modality", "asserted"), 1.0)

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "start": self.start, "end": self.end, "type": self.type,
                "outlet": self.outlet, "title": self.title, "published_at": self.published_at,
                "sentence_text": self.sentence_text, **self.data}


@dataclass(slots=True)
class QuoteRecord:
    """A quote whose content mentions another actor: who said something about whom."""

    article_id: str
    speaker: dict[str, Any]
    about: dict[str, Any]
    content: str
    outlet: str | None = None
    published_at: str | None = None
    span: list[int] = field(default_factory=list)


def bound_date(data: dict[str, Any]) -> str:
    """An event's date as shown: "≤ 2015-07-20" when the act happened on that day or before (``date_bound``
    "on_or_before": its clause tells no time, the statement that tells it does), else the date itself."""
    date = str(data.get("date") or "")
    return f"≤ {date}" if date and data.get("date_bound") == "on_or_before" else date


def exact_date(data: dict[str, Any]) -> str | None:
    """An event's date when it is the day the act happened on, not only a day it happened by (``date_bound``)."""
    return None if data.get("date_bound") else data.get("date")


def party_key(party: dict[str, Any] | None, by_country: bool = False) -> str | None:
    """A stable key for an actor: its entity id, else its folded name; optionally its country."""
    if not party:
        return None
    if by_country:
        country = party.get("country")
        if isinstance(country, dict) and country.get("kind", "country") == "country" and (country.get("entity_id") or country.get("name")):
            party = country
    if party.get("entity_id"):
        return str(party["entity_id"])
    name = party.get("name") or party.get("text")
    return "name:" + fold(str(name)) if name else None


@dataclass(slots=True)
class Keyer:
    """Keys actors consistently across articles.

    An actor known only by name in one article ("ونظيره القبرصي" → Cyprus, no
    mention to link) gets the entity id another article linked under the same
    English or Arabic name.
    """

    by_country: bool = False
    ids: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_parties(cls, parties: Iterable[dict[str, Any] | None], by_country: bool = False) -> "Keyer":
        k = cls(by_country)
        for p in parties:
            for q in (p, (p or {}).get("country")):
                if isinstance(q, dict) and q.get("entity_id"):
                    for name in (q.get("name_en"), q.get("name")):
                        if name:
                            k.ids.setdefault(fold(str(name)).lower(), str(q["entity_id"]))
        return k

    def __call__(self, party: dict[str, Any] | None) -> str | None:
        key = party_key(party, self.by_country)
        if key is None or not key.startswith("name:") or party is None:
            return key
        src = party
        country = party.get("country")
        if self.by_country and isinstance(country, dict) and country.get("kind", "country") == "country":
            src = country
        for name in (src.get("name_en"), src.get("name")):
            if name and fold(str(name)).lower() in self.ids:
                return self.ids[fold(str(name)).lower()]
        return key


def event_parties(events: Iterable["EventRecord"]) -> list[dict[str, Any] | None]:
    """Every actor and recipient of ``events`` (for :meth:`Keyer.from_parties`)."""
    return [p for e in events for p in (e.data.get("actor"), e.data.get("recipient"), *(e.data.get("co_actors") or []))]


def party_matches(party: dict[str, Any] | None, query: str) -> bool:
    """Whether ``query`` names this actor (entity id, Arabic or English name, or a person's country)."""
    if not party:
        return False
    q = fold(query.strip()).lower()
    values = [party.get("entity_id"), party.get("name"), party.get("name_en"), party.get("text")]
    country = party.get("country")
    if isinstance(country, dict):
        values += [country.get("entity_id"), country.get("name"), country.get("name_en")]
    return any(v and fold(str(v)).lower() == q for v in values)


EVENT_PAGE = 500  # events read from the store at a time when a query has a limit


def load_events(store: Store, query: EventQuery | None = None) -> list[EventRecord]:
    """Events from the store, first stored article first (the latest news first with ``latest_first``), filtered by
    ``query``.  With a ``limit``, the store is read a page at a time until that many events pass the filters."""
    q = query or EventQuery()
    out: list[EventRecord] = []
    page = max(EVENT_PAGE, 2 * q.limit) if q.limit else None
    offset = 0
    while True:
        rows = store.event_spans(types=q.types, min_confidence=q.min_confidence, latest_first=q.latest_first,
                                 limit=page, offset=offset)
        for row in rows:
            rec = EventRecord(row["article_id"], row["start"], row["end"], row["label"], row["data"],
                              row["outlet"], row["title"] or "", row["published_at"], row["sentence_text"] or "")
            if q.shown_only and not is_shown(rec.data):
                continue
            date = (rec.date or "")[:10]
            if q.since and (not date or date < q.since):
                continue
            if q.until and (not date or not on_or_before(date, q.until)):  # until 2015-07: all of July
                continue
            if q.actor and not (party_matches(rec.data.get("actor"), q.actor)
                                or party_matches(rec.data.get("recipient"), q.actor)):
                continue
            out.append(rec)
            if q.limit and len(out) >= q.limit:
                return out
        if page is None or len(rows) < page:
            return out
        offset += page


def load_clauses(store: Store, article_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Treaty clause spans (``clause`` layer) with their sentence text."""
    return store.clause_spans(article_ids)


def load_quotes_about(store: Store) -> list[QuoteRecord]:
    """Quotes (``quote`` layer) with a linked speaker and each linked mention inside their content."""
    out = []
    for row in store.quotes_mentioning_entities():
        q, m = row["quote"], row["mention"]
        sp = q.get("speaker") or {}
        speaker = {"entity_id": sp.get("entity_id"), "name": sp.get("name_ar") or sp.get("text"), "name_en": sp.get("name_en")}
        about = {"entity_id": m.get("entity_id"), "name": m.get("name"), "name_en": m.get("name_en")}
        out.append(QuoteRecord(row["article_id"], speaker, about, row["content"] or "", row["outlet"],
                               row["published_at"], list(q.get("content") or [])))
    return out


def events_of_entity(store: Store, entity_id: str, limit: int = 40,
                     include_all: bool = False) -> list[dict[str, Any]]:
    """Events where the entity is actor or recipient, newest first, each with its source sentence.

    Like ``marsad events``, an entity page shows only the events shown by default unless ``include_all``.
    """
    out = []
    rows = store.events_of_entity(entity_id, limit if include_all else limit * 3)
    for r in rows:
        d = r["data"]
        if not include_all and not is_shown(d):
            continue
        if len(out) >= limit:
            break
        out.append({"article_id": r["article_id"], "type": r["label"], "mode": d.get("mode"), "date": d.get("date"),
                    "date_bound": d.get("date_bound"),  # "on_or_before": the act happened that day or before
                    "reported": r["published_at"],  # the report's day: all there is when the sentence tells no time
                    "actor": (d.get("actor") or {}).get("name"), "recipient": (d.get("recipient") or {}).get("name"),
                    "modality": d.get("modality"), "negated": d.get("negated"), "outlet": r["outlet"],
                    "sentence": r["sentence_text"]})
    return out
