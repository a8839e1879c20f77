"""Treaties, the actor graph, relations and the CLI, over a real SQLite store of hand-written articles."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from marsad.cli.main import main
from marsad.graph import GraphOptions, RelationsOptions, actor_graph, graph_to_dict, graph_to_graphml, relations
from marsad.models import RawDocument, Span
from marsad.nlp.events.coder import code_events
from marsad.nlp.events.records import EventQuery, load_events
from marsad.nlp.events.treaties import clause_kinds, find_clauses, treaties
from marsad.nlp.events.treaty_steps import find_steps
from marsad.store import open_store
from test_events_coder import make_doc

GR, CY, TR = ("اليونان", "LOC", "Greece"), ("قبرص", "LOC", "Cyprus"), ("تركيا", "LOC", "Turkey")

ARTICLES = [
    ("a1", "2024-03-08", "وكالة أ",
     "وقّع رئيس وزراء اليونان كيرياكوس ميتسوتاكيس ونظيره القبرصي اتفاقية دفاع مشترك في نيقوسيا يوم الخميس. "
     "وتنص الاتفاقية على أن يساعد كل طرف الآخر عسكريا إذا تعرض لهجوم. "
     "كما تتضمن الاتفاقية التعاون في مجال الطاقة والتجارة البحرية.",
     [GR, ("كيرياكوس ميتسوتاكيس", "PER", "Kyriakos Mitsotakis"), ("نيقوسيا", "LOC", "Nicosia")],
     [("يوم الخميس", "2024-03-07")]),
    ("a2", "2024-03-09", "صحيفة ب",
     "وقعت اليونان وقبرص الخميس اتفاقية دفاع مشترك. "
     "ويمنع الاتفاق كلا البلدين من توقيع أي معاهدة مع دولة ثالثة ضد الطرف الآخر.",
     [GR, CY], [("الخميس", "2024-03-07")]),
    ("a3", "2024-03-10", "صحيفة ب",
     "اتهمت تركيا قبرص بتهديد الاستقرار في شرق المتوسط. وهددت تركيا بتعليق المحادثات مع اليونان.",
     [TR, CY, ("تركيا", "LOC", "Turkey", 1), ("اليونان", "LOC", "Greece")], []),
]


@pytest.fixture()
def events_store(tmp_path: Path):
    st = open_store(str(tmp_path / "events.db"))
    for aid, date, outlet, text, mentions, timex in ARTICLES:
        doc = make_doc(text, mentions, published_at=date, timex=timex, article_id=aid)
        doc.article.outlet = doc.article.provenance.original_outlet = outlet
        raw = RawDocument.from_bytes(text.encode("utf-8"), f"test:{aid}", "text/plain")
        doc.article.raw_id = raw.id
        st.add_raw(raw)
        st.add_articles([doc.article])
        doc.layer("event").extend(code_events(doc))
        st.replace_spans(aid, "events", "1", doc.layer("event"))
        st.replace_spans(aid, "clauses", "1", find_clauses(doc))
        st.replace_spans(aid, "treaty_steps", "1", find_steps(doc))
        if aid == "a3":  # a quote layer as the quotes stage writes it: Turkey's spokesman about Cyprus
            c0 = text.index("قبرص")
            st.replace_spans(aid, "quotes", "1", [Span("quote", 0, len(text), "indirect", {
                "speaker": {"text": "المتحدث", "entity_id": "id:Turkey", "name_ar": "تركيا", "name_en": "Turkey"},
                "content": [c0, len(text)]})] + doc.layer("mention"))
    yield st
    st.close()


def test_clause_kinds_from_wording() -> None:
    assert ("mutual_assistance", None) in clause_kinds("وتعهد البلدان بتقديم المساعدة المتبادلة في حالة العدوان")
    assert ("no_third_party", None) in clause_kinds("لن يوقع أي منهما معاهدة مع دولة ثالثة")
    areas = {a for k, a in clause_kinds("ويشمل التعاون مجالات الفضاء والأمن الغذائي والطاقة النووية") if k == "cooperation"}
    assert areas == {"space", "food_security", "nuclear_energy"}
    assert clause_kinds("ارتفعت أسعار الذهب اليوم") == []


def test_treaty_assembled_across_articles_with_clauses_and_sources(events_store) -> None:
    [t] = treaties(events_store)
    assert {p["name_en"] for p in t.parties} == {"Greece", "Cyprus"}
    assert t.date_signed == "2024-03-07"
    assert t.name.startswith("اتفاقية دفاع مشترك")
    assert {s.article_id for s in t.sources} == {"a1", "a2"}
    kinds = {(c.kind, c.area) for c in t.clauses}
    assert {("mutual_assistance", None), ("no_third_party", None), ("cooperation", "energy")} <= kinds
    mutual = next(c for c in t.clauses if c.kind == "mutual_assistance")
    assert mutual.sources[0].article_id == "a1" and "يساعد كل طرف الآخر" in mutual.sources[0].text


def test_events_query_filters_by_type_actor_and_date(events_store) -> None:
    accuse = load_events(events_store, EventQuery(types=("ACCUSE",)))
    assert [(e.data["actor"]["name_en"], e.data["recipient"]["name_en"]) for e in accuse] == [("Turkey", "Cyprus")]
    assert accuse[0].sentence_text.startswith("اتهمت تركيا قبرص")
    greece = load_events(events_store, EventQuery(actor="Greece"))
    assert {(e.type, e.data["mode"]) for e in greece} >= {("AGREE", "sign"), ("THREATEN", "")}
    assert {e.article_id for e in load_events(events_store, EventQuery(actor="قبرص"))} == {"a1", "a2", "a3"}
    assert load_events(events_store, EventQuery(since="2024-03-10")) and not load_events(events_store, EventQuery(since="2025-01-01"))


def test_graph_balance_agreements_and_graphml(events_store) -> None:
    g = actor_graph(events_store, GraphOptions(by_country=True))
    data = graph_to_dict(g)
    edges = {frozenset((e["a"], e["b"])): e for e in data["edges"]}
    names = {n["key"]: n["name_en"] for n in data["nodes"]}
    by_names = {frozenset(names[k] for k in pair): e for pair, e in edges.items()}
    greece_cyprus = by_names[frozenset({"Greece", "Cyprus"})]
    assert greece_cyprus["balance"] > 0 and greece_cyprus["agreements"][0]["date_signed"] == "2024-03-07"
    assert "mutual_assistance" in greece_cyprus["agreements"][0]["clauses"]
    turkey_cyprus = by_names[frozenset({"Turkey", "Cyprus"})]
    assert turkey_cyprus["balance"] < 0 and turkey_cyprus["timeline"][0]["month"] == "2024-03"
    assert turkey_cyprus["quotes"] and turkey_cyprus["quotes"][0]["speaker"] == "تركيا"
    root = ET.fromstring(graph_to_graphml(g))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == len(g.nodes) and len(root.findall(".//g:edge", ns)) == len(g.edges)
    only_turkey = actor_graph(events_store, GraphOptions(actor="Turkey"))
    assert only_turkey.edges and all("id:Turkey" in pair for pair in only_turkey.edges)


def test_relations_answers_who_agreed_with_an_actor_and_from_which_sources(events_store) -> None:
    rows = relations(events_store, "Cyprus", RelationsOptions(type="AGREE", by_country=True))
    greece = next(r for r in rows if r["counterpart"]["name_en"] == "Greece")
    assert {e["type"] for e in greece["events"]} == {"AGREE"}
    [agreement] = greece["agreements"]
    mutual = next(c for c in agreement["clauses"] if c["kind"] == "mutual_assistance")
    assert mutual["sources"][0]["outlet"] == "وكالة أ"


def test_cli_events_graph_relations_treaties(events_store, capsys) -> None:
    db = events_store.path
    assert main(["--db", db, "events", "--type", "ACCUSE", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["actor"]["name_en"] for r in rows] == ["Turkey"]
    assert main(["--db", db, "graph", "--format", "graphml"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("<?xml")
    assert main(["--db", db, "relations", "Cyprus", "--type", "AGREE"]) == 0
    assert "اليونان:" in capsys.readouterr().out  # the counterpart named in Arabic (usability48)
    assert main(["--db", db, "treaties", "--json"]) == 0
    [t] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert t["date_signed"] == "2024-03-07"


def test_events_with_a_limit_read_in_pages_give_what_a_whole_read_gives(events_store, monkeypatch) -> None:
    import marsad.nlp.events.records as records

    whole = load_events(events_store, EventQuery(latest_first=True))
    assert len(whole) > 3
    dates = [e.published_at or "" for e in whole]
    assert dates == sorted(dates, reverse=True)  # the latest news first
    monkeypatch.setattr(records, "EVENT_PAGE", 2)  # pages of at least two events, the limit twice over
    for limit in (1, 2, 3, len(whole) + 5):
        got = load_events(events_store, EventQuery(latest_first=True, limit=limit))
        assert [(e.article_id, e.start) for e in got] == [(e.article_id, e.start) for e in whole[:limit]]
    picky = dict(latest_first=True, actor="قبرص", since="2024-03-10")  # filters that drop some of each page
    every = load_events(events_store, EventQuery(**picky))
    assert 0 < len(every) < len(whole)
    got = load_events(events_store, EventQuery(limit=2, **picky))
    assert [(e.article_id, e.start) for e in got] == [(e.article_id, e.start) for e in every[:2]]
