"""The full pipeline on the five real seed pages: the Russia–North Korea treaty, the visit, the accusation.

Reads ../shared/seeds at run time (third-party text is never copied here) and
skips when it is absent.  Runs extraction and every built-in stage (sentences,
timex, NER, linking, quotes, events) plus the clause stage, stores the result
in a real SQLite file and checks what a reader of these articles would expect.
"""

from __future__ import annotations

import pytest

from conftest import SHARED  # ../shared, or $MARSAD_SHARED

SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not available")


def _name(party: dict | None) -> str | None:
    return (party or {}).get("name_en")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    from marsad.extract import extract
    from marsad.models import Doc, RawDocument
    from marsad.nlp.events.treaties import CLAUSES
    from marsad.pipeline.registry import build_pipeline
    from marsad.pipeline.stage import Resources
    from marsad.store import open_store

    pipeline, res = build_pipeline(), Resources()
    store = open_store(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    events: dict[str, list] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        raw = RawDocument.from_bytes(path.read_bytes(), str(path), "text/plain")
        store.add_raw(raw)
        for art in extract(raw):
            store.add_articles([art])
            doc = Doc(art)
            for stage in (*pipeline.stages, CLAUSES):
                stage.func(doc, res)
                spans = [s for k in stage.assigns for s in doc.layers.get(k, [])]
                store.replace_spans(art.id, stage.name, stage.version, spans)
            events.setdefault(path.name[:3], []).extend(doc.layer("event"))
    yield store, events
    store.close()


def test_signing_of_the_partnership_agreement(seeds) -> None:
    _store, events = seeds
    signed = [e for e in events["004"] if e.label == "AGREE" and e.data["mode"] == "sign"
              and {_name(e.data["actor"]), _name(e.data["recipient"])} == {"Vladimir Putin", "Kim Jong Un"}]
    assert signed, "Putin and Kim signing the agreement (004)"
    d = signed[0].data
    assert d["modality"] == "asserted" and not d["negated"]
    # dated only by a sentence that tells the day ("وقعا يوم الأربعاء"), never by the report's day
    dated = {e.data["date"] for e in events["004"] if e.label == "AGREE" and e.data["mode"] == "sign"}
    assert "2024-06-19" in dated and dated <= {"2024-06-19", None}, dated
    assert d["actor"]["country"]["name_en"] == "Russia"


def test_treaty_with_mutual_assistance_clause_across_articles(seeds) -> None:
    from marsad.nlp.events.treaties import treaties

    store, _events = seeds
    found = [t for t in treaties(store) if {p["name_en"] for p in t.parties} == {"Russia", "North Korea"}]
    assert found, "the Russia–North Korea treaty"
    t = found[0]
    assert t.date_signed == "2024-06-19"
    assert "شراكة" in (t.name or "")
    mutual = [c for c in t.clauses if c.kind == "mutual_assistance"]
    assert mutual and any("المساعدة المتبادلة" in s.text or "تساعد" in s.text for s in mutual[0].sources)
    assert len({s.article_id for s in mutual[0].sources}) >= 2  # several outlets describe the clause
    kinds = {(c.kind, c.area) for c in t.clauses}
    assert {("no_third_party", None), ("cooperation", "nuclear_energy"), ("cooperation", "space"),
            ("cooperation", "food_security")} <= kinds


def test_putins_visit_to_north_korea(seeds) -> None:
    _store, events = seeds
    visited = {doc for doc, evs in events.items() for e in evs
               if e.label == "CONSULT" and e.data["mode"] == "visit" and _name(e.data["actor"]) == "Vladimir Putin"
               and _name(e.data["recipient"]) in ("North Korea", "Pyongyang")}
    assert {"000", "002", "003", "004"} <= visited


def test_us_accusation_of_arms_supply_and_the_denial(seeds) -> None:
    _store, events = seeds
    evs = events["001"]
    assert any(e.label == "ACCUSE" and _name(e.data["actor"]) == "United States"
               and _name(e.data["recipient"]) == "North Korea" for e in evs)
    supply = [e for e in evs if e.label == "AID" and _name(e.data["actor"]) == "North Korea"
              and _name(e.data["recipient"]) == "Russia"]
    assert supply and supply[0].data["mode"] == "military" and supply[0].data["modality"] == "reported"
    assert _name(supply[0].data["reported_by"]) == "United States"
    assert any(e.label == "REJECT" and e.data["mode"] == "deny" and _name(e.data["actor"]) == "Pyongyang" for e in evs)
    assert any(e.data["modality"] == "denied" and e.data["negated"] for e in evs)


def test_blinken_and_stoltenberg_criticise_russia(seeds) -> None:
    _store, events = seeds
    critics = {(_name(e.data["actor"]), _name(e.data["recipient"])) for evs in events.values() for e in evs
               if e.label == "ACCUSE"}
    assert ("Antony Blinken", "Russia") in critics
    assert ("Jens Stoltenberg", "Russia") in critics


def test_relations_who_pledged_to_assist_north_korea(seeds) -> None:
    from marsad.graph import RelationsOptions, relations

    store, _events = seeds
    rows = relations(store, "North Korea", RelationsOptions(type="AGREE", by_country=True))
    russia = next(r for r in rows if (r["counterpart"] or {}).get("name_en") == "Russia")
    assert any(e["mode"] in ("pledge", "sign") for e in russia["events"])
    assert any(c["kind"] == "mutual_assistance" for t in russia["agreements"] for c in t["clauses"])
