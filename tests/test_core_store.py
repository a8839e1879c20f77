"""Store: migrations, article round trip, search over normalised Arabic, spans per stage."""

from __future__ import annotations

from marsad.models import Article, Entity, Paragraph, Provenance, Span
from marsad.store import open_store

TEXT = "وصل الرئيسُ إلى العاصمة صباح الأربعاء، وقال إنّ المحادثات كانت «مثمرة».\nوأكدت وزارة الخارجيّة ذلك."


def make_article(i: int = 0, text: str = TEXT, **kw) -> Article:
    return Article(id=Article.make_id("raw", i), raw_id="raw", text=text, title=kw.pop("title", f"عنوان {i}"),
                   paragraphs=[Paragraph(0, text.index("\n"))], provenance=Provenance(cited_outlets=["وكالة ما"]), **kw)


def test_migrations_apply_once(tmp_path):
    path = str(tmp_path / "m.db")
    s = open_store(path)
    assert len(s.migrations_applied()) >= 1
    assert s.migrate() == []
    s.close()


def test_article_round_trip(store):
    from marsad.ingest.sources import RawDocument

    store.add_raw(RawDocument.from_bytes(b"x", "o", "text/plain"))
    a = make_article(outlet="صحيفة", authors=["كاتب"], published_at="2026-11-18")
    assert store.add_articles([a]) == 1
    assert store.add_articles([a]) == 0
    back = store.get_article(a.id)
    assert back == a
    assert store.get_article(a.id[:6]) == a  # unique prefix


def test_search_ignores_diacritics_and_alef_forms(store):
    store.add_articles([make_article(0), make_article(1, text="خبر آخر عن الطقس\nلا علاقة له.")])
    for q in ("الرئيس", "الرئيسُ", "الخارجية", "ان المحادثات", "إن المحادثات"):
        hits = store.search(q)
        assert [h["id"] for h in hits] == [Article.make_id("raw", 0)], q
    assert store.search("الطقس")[0]["id"] == Article.make_id("raw", 1)


def test_search_finds_words_behind_clitics(store):
    store.add_articles([make_article(0, text="وبالعاصمة التقى ولبنان بوفد.\nنص.")])
    assert store.search("لبنان") and store.search("العاصمة")


def test_replace_spans_is_per_stage_and_versioned(store):
    a = make_article()
    store.add_articles([a])
    spans = [Span("mention", 0, 3, "PER", {"entity_id": "per:x"})]
    store.replace_spans(a.id, "link", "1", spans)
    store.replace_spans(a.id, "link", "2", spans)  # re-run: replaced, not duplicated
    store.replace_spans(a.id, "sentences", "1", [Span("sentence", 0, 10)])
    assert len(store.spans(a.id, ["mention"])) == 1
    assert store.stage_versions(a.id) == {"link": "2", "sentences": "1"}
    assert store.mention_totals("per:x") == {"mentions": 1, "articles": 1}  # the linked entity is indexed
    assert store.pending_articles({"link": "2", "sentences": "1"}) == []
    assert [i for _, i in store.pending_articles({"link": "3"})] == [a.id]


def test_discovered_entities_never_overwrite_kb(store):
    store.upsert_entities([Entity("per:a", "PER", "أ", "A")])
    store.upsert_entities([Entity("per:a", "PER", "غير", None)], source="discovered")
    assert store.get_entity("per:a").name_en == "A"
