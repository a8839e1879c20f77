"""The knowledge base: contents, office look-up, reproducible build, user entities, CLI."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli, shared_path
from marsad.errors import InputError
from marsad.models import Article, Doc, RawDocument
from marsad.nlp.kb import KB_PATH, kb_entities, load_kb
from marsad.nlp.linking import kb_for, link_doc


def test_countries_come_with_iso_codes_and_arabic_and_english_names():
    kb = load_kb()
    countries = [e for e in kb.entities.values() if e.data.get("kind") == "country"]
    assert len(countries) >= 245
    nk = kb.get("loc:north-korea")
    assert nk.type == "LOC" and nk.data["iso"] == "KP" and nk.name_ar == "كوريا الشمالية" and nk.name_en == "North Korea"
    assert "كوريا الديمقراطية" in nk.aliases
    assert kb.get("loc:south-korea").data["iso"] == "KR"


def test_people_have_dated_roles():
    putin = load_kb().get("per:vladimir-putin")
    presidencies = [(r.start, r.end) for r in putin.roles if r.title == "president" and r.of == "loc:russia"]
    assert presidencies == [("2000-05-07", "2008-05-07"), ("2012-05-07", None)]


@pytest.mark.parametrize(
    "office, of, date, holder",
    [
        ("president", "loc:russia", "2005-01-01", "per:vladimir-putin"),
        ("president", "loc:russia", "2010-01-01", "per:dmitry-medvedev"),
        ("leader", "loc:north-korea", "1990-01-01", "per:kim-il-sung"),
        ("leader", "loc:north-korea", "2000-01-01", "per:kim-jong-il"),
        ("leader", "loc:north-korea", "2012-01-01", "per:kim-jong-un"),
        ("secretary_general", "org:nato", "2024-09-30", "per:jens-stoltenberg"),
        ("secretary_general", "org:nato", "2024-10-01", "per:mark-rutte"),
        ("leader", "loc:russia", "2024-06-19", "per:vladimir-putin"),  # "leader" falls back to the president
        ("president", "loc:united-states", "2024-06-19", "per:joe-biden"),
    ],
)
def test_office_holder_at_a_date(office, of, date, holder):
    assert load_kb().holder(office, of, date) == holder


def test_petrarch_actors_are_in_with_their_cameo_roles():
    kb = load_kb()
    petrarch = [e for e in kb.entities.values() if e.data.get("source") == "petrarch" and e.type == "PER"]
    assert len(petrarch) > 300
    dated = [e for e in petrarch if any(r.start for r in e.roles)]
    assert len(dated) > 200
    assert all(e.name_en and e.id.startswith("per:") for e in petrarch)


def test_one_person_listed_under_several_spellings_is_one_kb_entity():
    """The actor dictionary's keys for one person (a middle name more or less, a given name clipped by a letter)
    fold into one entity with its fuller spelling: an actor list shows Nouri al-Maliki once, not three times."""
    kb = load_kb()

    def holders(*names: str) -> set[str]:
        return {e.id for e in kb.entities.values() if e.type == "PER" and ({e.name_ar, *e.aliases} & set(names))}

    assert holders("نوري المالكي", "نوري كامل المالكي", "نور المالكي") == {"per:nouri-al-maliki"}
    assert holders("عمرو موسى", "عمر موسى") == {"per:amr-moussa"}
    assert kb.get("per:amr-moussa").name_ar == "عمرو موسى"
    assert holders("ستيفن هادلي", "ستيف هادلي") == {"per:stephen-hadley"}
    assert holders("تميم آل ثاني", "تميم بن حمد آل ثاني") == {"per:tamim-bin-hamad"}
    assert holders("سعد الحريري", "سعد الدين رفيق الحريري") == {"per:saad-hariri"}  # (his first premiership, 2009-11)
    # two names that share a given and a last word but not the family name stay two people
    assert holders("حسن نصر الله") != holders("حسن فضل الله")
    text = "التقى الوفد نوري كامل المالكي في بغداد، ثم قال نور المالكي إن الحوار مستمر."
    doc = Doc(Article(id="a", raw_id="a", text=text, published_at="2015-07-20"))
    linked = {s.data.get("entity_id") for s in link_doc(doc, kb) if "المالكي" in text[s.start:s.end]}
    assert linked == {"per:nouri-al-maliki"}


def test_kb_entities_are_unique_and_loadable_for_the_store():
    ents = kb_entities()
    assert len({e.id for e in ents}) == len(ents)
    assert {e.type for e in ents} <= {"PER", "LOC", "ORG", "MISC"}


def test_user_entities_from_yaml_and_csv(tmp_path):
    from marsad.nlp.entity_queries import parse_entity_file

    y = tmp_path / "mine.yaml"
    y.write_text(
        "- type: PER\n  name_ar: سامر الخطيب\n  name_en: Samer Khatib\n  aliases: [سامر خطيب]\n"
        "  roles: [{title: mayor, of: JO, start: 2020-01-01}]\n",
        encoding="utf-8",
    )
    (e,) = parse_entity_file(y)
    assert (e.id, e.type, e.aliases, e.roles[0].of) == ("per:samer-khatib", "PER", ["سامر خطيب"], "loc:jordan")
    c = tmp_path / "mine.csv"
    c.write_text("type,name_ar,name_en,aliases\nORG,مرصد الشرق,East Watch,مرصد شرقي|EW\n", encoding="utf-8")
    (o,) = parse_entity_file(c)
    assert (o.id, o.aliases) == ("org:east-watch", ["مرصد شرقي", "EW"])
    bad = tmp_path / "bad.yaml"
    bad.write_text("- type: PERSON\n  name_ar: أحد\n", encoding="utf-8")
    with pytest.raises(InputError, match="type must be one of"):
        parse_entity_file(bad)


def _cli(capsys, db, *args: str) -> tuple[int, str, str]:
    from marsad.cli.main import main

    rc = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_kb_add_then_linking_uses_the_user_entity_and_entities_commands_count_mentions(tmp_path, capsys):
    db = tmp_path / "m.db"
    y = tmp_path / "mine.yaml"
    y.write_text("- type: PER\n  name_ar: سامر الخطيب\n  name_en: Samer Khatib\n", encoding="utf-8")
    assert _cli(capsys, db, "kb", "add", str(y))[0] == 0

    from marsad.nlp.entity_queries import user_entities
    from marsad.pipeline.registry import build_pipeline
    from marsad.pipeline.runner import ProcessOptions, process
    from marsad.pipeline.stage import Resources
    from marsad.store import open_store

    store = open_store(str(db))
    assert [e.id for e in user_entities(store)] == ["per:samer-khatib"]
    kb = kb_for(Resources(settings={"db": str(db)}))
    doc = Doc(Article(id="u", raw_id="u", text="قال سامر الخطيب إن الخطيب سيعود."))
    assert [s.data["entity_id"] for s in link_doc(doc, kb)] == ["per:samer-khatib", "per:samer-khatib"]
    from marsad.nlp.linking import entity_search_terms

    assert entity_search_terms("per:samer-khatib", store=store) == ["per:samer-khatib", "سامر الخطيب", "Samer Khatib"]
    assert "بيونغ يانغ" in entity_search_terms("بيونج يانج", store=store)

    text = "وصل الرئيس فلاديمير بوتين إلى بيونغ يانغ يوم الأربعاء والتقى سامر الخطيب. وقال بوتين إن الزيارة ناجحة، وأكد الخطيب ذلك."
    raw = RawDocument.from_bytes(text.encode("utf-8"), origin="test", media_type="text/plain")
    store.add_raw(raw)
    store.add_articles([Article(id=Article.make_id(raw.id, 0), raw_id=raw.id, text=text, title="زيارة", published_at="2024-06-19")])
    process(store, ProcessOptions(settings={"db": str(db)}), pipeline=build_pipeline(only=["link"]))
    store.close()

    rows = [json.loads(line) for line in _cli(capsys, db, "entities", "--json")[1].splitlines()]
    by_id = {r["id"]: r for r in rows}
    assert by_id["per:vladimir-putin"]["articles"] == 1 and by_id["per:vladimir-putin"]["mentions"] == 2
    assert by_id["per:samer-khatib"]["mentions"] == 2
    (detail,) = [json.loads(line) for line in _cli(capsys, db, "entity", "بيونج يانج", "--json")[1].splitlines()]
    assert detail["entity"]["id"] == "loc:pyongyang" and detail["article_count"] == 1
    assert {"per:vladimir-putin", "per:samer-khatib"} <= {c["id"] for c in detail["cooccurring"]}
    rc, _, err = _cli(capsys, db, "entity", "لا أحد بهذا الاسم")
    assert rc == 2 and "no entity" in err


def test_kb_build_is_reproducible_and_matches_the_shipped_file(tmp_path):
    shared = shared_path("data").parent
    out = tmp_path / "kb.json.gz"
    proc = run_cli("kb", "build", "--shared", str(shared), "--out", str(out))
    assert "entities" in proc.stderr.decode()
    assert out.stat().st_size < 3_000_000
    # byte-identical to the file shipped in the package (built earlier, in another process)
    assert out.read_bytes() == KB_PATH.read_bytes(), "the shipped KB is stale: run `marsad kb build`"
