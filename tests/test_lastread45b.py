"""A last read of round 45's late merges (lastread45b). Sentences written for these tests."""

from __future__ import annotations

from marsad.nlp.kb.kb import entity_from_dict
from test_linking_actors49 import MBS, _link
from test_store_contract import add, article


def _store_linked(store, texts_and_names):
    arts = add(store, *(article(n + 1, t) for n, (t, _) in enumerate(texts_and_names)))
    for a, (_, ner) in zip(arts, texts_and_names):
        spans = _link(a.id, a.text, ner).layer("mention")
        store.upsert_entities([entity_from_dict(s.data["new_entity"]) for s in spans if "new_entity" in s.data],
                              source="discovered")
        store.replace_spans(a.id, "link", "21", spans)


def test_asking_for_a_given_name_is_not_answered_with_one_articles_namesake(any_store) -> None:
    # `marsad entity محمد` (and --actor/--speaker محمد) took the first stored entity named «محمد»: since actors49
    # that is one article's «محمد» alone (here a melon seller, 2 mentions in 1 article), not whom the news names
    from marsad.nlp.entity_queries import match_entity

    _store_linked(any_store, [
        ("قال البائع محمد إن أسعار البطيخ انخفضت في سوق القطيف، وأضاف محمد أن الموسم جيد.", ["محمد", "محمد"]),
        ("استقبل ولي ولي العهد الأمير محمد بن سلمان وزير الدفاع الفرنسي في جدة أمس، وبحث الأمير محمد بن سلمان "
         "معه التعاون العسكري.", ["محمد بن سلمان", "محمد بن سلمان"]),
        ("وصل الأمير محمد بن سلمان إلى باريس في زيارة رسمية.", ["محمد بن سلمان"]),
    ])
    found = match_entity(any_store, "محمد").entity
    assert found is not None and found.id == MBS


def test_one_given_name_written_joined_and_apart_in_an_article_is_one_person() -> None:
    # a bare «عبد الله» then «عبدالله» (outlets write it either way) was two people of the article since actors49
    doc = _link("k1", "تأخر عبد الله عن الحافلة صباحا، فاتصل عبدالله بوالده ليوصله إلى المدرسة.",
                ["عبد الله", "عبدالله"])
    ids = [s.data["entity_id"] for s in doc.layer("mention") if s.label == "PER"]
    assert len(ids) == 2 and len(set(ids)) == 1
