"""The actor graph: who did what to whom, over time, with the balance of cooperation and conflict.

Nodes are actors (linked entities; optionally persons folded into their
country).  An edge joins two actors and holds their events in both directions,
the Goldstein-like balance (see :data:`marsad.nlp.events.lexicon.GOLDSTEIN`:
each PLOVER type has a weight from -10 to +10, scaled by modality — a denied
event counts 0, a hypothetical one half), a month-by-month timeline, the
agreements they signed together and the quotes in which one speaks about the
other.  The same data renders as JSON (:func:`graph_to_dict`) or GraphML
(:func:`graph_to_graphml`).

:func:`relations` answers questions about one actor, e.g. "which actors pledged
to assist North Korea if it is attacked, according to which sources".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable
from xml.sax.saxutils import escape, quoteattr

from marsad.models import to_dict
from marsad.nlp.events.lexicon import QUAD
from marsad.nlp.events.records import (
    EventQuery, EventRecord, Keyer, QuoteRecord, event_parties, load_events, load_quotes_about, party_key, party_matches,
)
from marsad.nlp.events.treaties import Treaty, TreatyOptions, assemble_treaties, load_clauses
from marsad.nlp.events.treaties import treaties as find_treaties
from marsad.store import Store


@dataclass(slots=True)
class GraphOptions:
    """What goes into the graph.

    Attributes:
        actor: keep only edges touching this actor (entity id, Arabic/English name, or country).
        since / until: ISO dates bounding event dates.
        types: PLOVER types to keep (empty = all).
        by_country: fold persons into their country (Putin → Russia).
        min_confidence: drop events below this confidence.
    """

    actor: str | None = None
    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] = ()
    by_country: bool = False
    min_confidence: float = 0.0


@dataclass(slots=True)
class Node:
    key: str
    name: str | None
    name_en: str | None
    entity_id: str | None
    events: int = 0


@dataclass(slots=True)
class Edge:
    """Two actors (``a`` < ``b`` by key) and everything between them."""

    a: str
    b: str
    events: list[EventRecord] = field(default_factory=list)
    agreements: list[Treaty] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)

    @property
    def balance(self) -> float:
        return round(sum(e.weight for e in self.events), 2)

    @property
    def cooperation(self) -> float:
        return round(sum(e.weight for e in self.events if e.weight > 0), 2)

    @property
    def conflict(self) -> float:
        return round(sum(e.weight for e in self.events if e.weight < 0), 2)

    def timeline(self) -> list[dict[str, Any]]:
        """Events and balance per month (YYYY-MM), oldest first."""
        months: dict[str, dict[str, Any]] = {}
        for e in self.events:
            m = (e.date or "")[:7] or "unknown"
            slot = months.setdefault(m, {"month": m, "events": 0, "balance": 0.0, "types": {}})
            slot["events"] += 1
            slot["balance"] = round(slot["balance"] + e.weight, 2)
            slot["types"][e.type] = slot["types"].get(e.type, 0) + 1
        return [months[k] for k in sorted(months)]


@dataclass(slots=True)
class ActorGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str], Edge] = field(default_factory=dict)


def _node(g: ActorGraph, party: dict[str, Any], by_country: bool, keyer: Keyer) -> str | None:
    k = keyer(party)
    if k is None:
        return None
    if k not in g.nodes:
        src = party
        country = party.get("country")
        if by_country and isinstance(country, dict) and country.get("kind", "country") == "country":
            src = country
        g.nodes[k] = Node(k, src.get("name"), src.get("name_en"), src.get("entity_id"))
    return k


def _edge(g: ActorGraph, a: str, b: str) -> Edge:
    pair = (a, b) if a <= b else (b, a)
    if pair not in g.edges:
        g.edges[pair] = Edge(*pair)
    return g.edges[pair]


def build_graph(events: Iterable[EventRecord], treaties: Iterable[Treaty] = (), quotes: Iterable[QuoteRecord] = (),
                options: GraphOptions | None = None) -> ActorGraph:
    """The actor graph of ``events`` (plus agreements and quotes between the same actors)."""
    opt = options or GraphOptions()
    events = list(events)
    keyer = Keyer.from_parties(event_parties(events), opt.by_country)
    g = ActorGraph()
    for ev in events:
        actor, recipient = ev.data.get("actor"), ev.data.get("recipient")
        if not actor or not recipient:
            continue
        a, b = _node(g, actor, opt.by_country, keyer), _node(g, recipient, opt.by_country, keyer)
        if a is None or b is None or a == b:
            continue
        g.nodes[a].events += 1
        g.nodes[b].events += 1
        _edge(g, a, b).events.append(ev)
    for t in treaties:
        keys = [k for k in (keyer(p) for p in t.parties) if k]
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if a in g.nodes and b in g.nodes and a != b:
                    _edge(g, a, b).agreements.append(t)
    for q in quotes:
        a, b = party_key(q.speaker, False), party_key(q.about, False)
        if a in g.nodes and b in g.nodes and a != b:
            _edge(g, a, b).quotes.append(q)  # type: ignore[arg-type]
    if opt.actor:
        keep = {k for k, n in g.nodes.items()
                if party_matches({"entity_id": n.entity_id, "name": n.name, "name_en": n.name_en}, opt.actor)}
        g.edges = {p: e for p, e in g.edges.items() if p[0] in keep or p[1] in keep}
        used = {k for p in g.edges for k in p}
        g.nodes = {k: n for k, n in g.nodes.items() if k in used}
    return g


def actor_graph(store: Store, options: GraphOptions | None = None) -> ActorGraph:
    """The actor graph of everything in the store (see :class:`GraphOptions`)."""
    opt = options or GraphOptions()
    events = load_events(store, EventQuery(types=opt.types, since=opt.since, until=opt.until,
                                           min_confidence=opt.min_confidence))
    clauses = load_clauses(store, {e.article_id for e in events if e.type == "AGREE"})
    treaties = assemble_treaties(events, clauses, TreatyOptions(by_country=opt.by_country))
    return build_graph(events, treaties, load_quotes_about(store), opt)


def _event_summary(e: EventRecord) -> dict[str, Any]:
    d = e.data
    return {
        "type": e.type, "mode": d.get("mode"), "quad": QUAD.get(e.type), "weight": round(e.weight, 2),
        "actor": (d.get("actor") or {}).get("name"), "recipient": (d.get("recipient") or {}).get("name"),
        "date": e.date, "date_bound": d.get("date_bound") if d.get("date") else None, "modality": d.get("modality"), "negated": d.get("negated"),
        "confidence": d.get("confidence"), "reported_by": (d.get("reported_by") or {}).get("name"),
        "article_id": e.article_id, "outlet": e.outlet, "sentence": e.sentence_text,
        "trigger": d.get("trigger"),
    }


def graph_to_dict(g: ActorGraph) -> dict[str, Any]:
    """JSON form of the graph: nodes, and edges with events, balance, timeline, agreements and quotes."""
    return {
        "nodes": [to_dict(n) for n in sorted(g.nodes.values(), key=lambda n: -n.events)],
        "edges": [{
            "a": e.a, "b": e.b, "events": len(e.events), "balance": e.balance, "cooperation": e.cooperation,
            "conflict": e.conflict, "timeline": e.timeline(), "event_list": [_event_summary(x) for x in e.events],
            "agreements": [{"id": t.id, "name": t.name, "date_signed": t.date_signed,
                            "clauses": sorted({c.kind if not c.area else f"{c.kind}:{c.area}" for c in t.clauses})}
                           for t in e.agreements],
            "quotes": [{"speaker": q.speaker.get("name"), "about": q.about.get("name"), "content": q.content,
                        "article_id": q.article_id, "outlet": q.outlet} for q in e.quotes],
        } for e in sorted(g.edges.values(), key=lambda e: -len(e.events))],
    }


def graph_to_graphml(g: ActorGraph) -> str:
    """GraphML form of the graph (readable by Gephi, networkx, yEd)."""
    keys = [("name", "node", "string"), ("name_en", "node", "string"), ("entity_id", "node", "string"),
            ("events", "node", "int"), ("events", "edge", "int"), ("balance", "edge", "double"),
            ("cooperation", "edge", "double"), ("conflict", "edge", "double"), ("agreements", "edge", "int"),
            ("quotes", "edge", "int"), ("first_date", "edge", "string"), ("last_date", "edge", "string")]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for name, dom, typ in keys:
        out.append(f'  <key id="{dom[0]}_{name}" for="{dom}" attr.name="{name}" attr.type="{typ}"/>')
    out.append('  <graph id="actors" edgedefault="undirected">')
    for n in g.nodes.values():
        out.append(f"    <node id={quoteattr(n.key)}>")
        for name in ("name", "name_en", "entity_id", "events"):
            value = getattr(n, name)
            if value is not None:
                out.append(f'      <data key="n_{name}">{escape(str(value))}</data>')
        out.append("    </node>")
    for i, e in enumerate(g.edges.values()):
        dates = sorted(d for d in (x.date for x in e.events) if d)
        values = {"events": len(e.events), "balance": e.balance, "cooperation": e.cooperation, "conflict": e.conflict,
                  "agreements": len(e.agreements), "quotes": len(e.quotes),
                  "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None}
        out.append(f'    <edge id="e{i}" source={quoteattr(e.a)} target={quoteattr(e.b)}>')
        for name, value in values.items():
            if value is not None:
                out.append(f'      <data key="e_{name}">{escape(str(value))}</data>')
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"


@dataclass(slots=True)
class RelationsOptions:
    """Filters for :func:`relations`: PLOVER type, mode, first and last date, persons folded into countries."""

    type: str | None = None
    mode: str | None = None
    since: str | None = None
    until: str | None = None
    by_country: bool = False


def relations(store: Store, actor: str, options: RelationsOptions | None = None) -> list[dict[str, Any]]:
    """What ``actor`` did to whom and what others did to it, grouped by counterpart, with sources.

    Each row: ``counterpart`` (name, name_en, entity_id), ``events`` (type, mode,
    direction "by"/"to", modality, date, outlet, sentence ...), ``balance`` and the
    ``agreements`` (with clauses) the two share.  Rows are sorted by number of events.
    """
    opt = options or RelationsOptions()
    events = load_events(store, EventQuery(types=(opt.type,) if opt.type else (), actor=actor, since=opt.since,
                                           until=opt.until))
    if opt.mode:
        events = [e for e in events if e.data.get("mode") == opt.mode]
    agree = load_events(store, EventQuery(types=("AGREE",)))
    # the agreements followed across reports (signed, ratified, in force ...), not only signing sentences
    treaties = find_treaties(store, TreatyOptions(by_country=opt.by_country), party=actor)
    rows: dict[str, dict[str, Any]] = {}
    keyer = Keyer.from_parties(event_parties(events + agree), opt.by_country)
    for ev in events:
        by_actor = party_matches(ev.data.get("actor"), actor)
        other = ev.data.get("recipient") if by_actor else ev.data.get("actor")
        k = keyer(other) or "unknown"
        row = rows.setdefault(k, {"counterpart": _party_summary(other, opt.by_country), "events": [], "balance": 0.0,
                                  "agreements": []})
        row["events"].append({**_event_summary(ev), "direction": "by" if by_actor else "to"})
        row["balance"] = round(row["balance"] + ev.weight, 2)
    for t in treaties:
        for p in t.parties:
            if party_matches(p, actor):
                continue
            k = keyer(p) or "unknown"
            row = rows.setdefault(k, {"counterpart": _party_summary(p, False), "events": [], "balance": 0.0,
                                      "agreements": []})
            row["agreements"].append({
                "id": t.id, "name": t.name, "date_signed": t.date_signed,
                "clauses": [{"kind": c.kind, "area": c.area,
                             "sources": [{"article_id": s.article_id, "outlet": s.outlet, "sentence": s.text} for s in c.sources]}
                            for c in t.clauses],
                "sources": [{"article_id": s.article_id, "outlet": s.outlet, "sentence": s.text} for s in t.sources],
                "steps": [{"kind": s.kind, "date": s.date, "modality": s.modality, "by": (s.by or {}).get("name")}
                          for s in t.steps],
            })
    return sorted(rows.values(), key=lambda r: -(len(r["events"]) + len(r["agreements"])))


def _party_summary(party: dict[str, Any] | None, by_country: bool) -> dict[str, Any] | None:
    if not party:
        return None
    country = party.get("country")
    if by_country and isinstance(country, dict) and country.get("kind", "country") == "country":
        party = country
    return {"name": party.get("name"), "name_en": party.get("name_en"), "entity_id": party.get("entity_id")}
