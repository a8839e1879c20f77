"""A bare given name is a person of its article, not one actor across the news (issue 11, actors49).

Sentences written for these tests.
"""

from __future__ import annotations

from marsad.models import Doc
from marsad.nlp.kb.kb import entity_from_dict, load_kb
from marsad.nlp.linking import new_entity_id

from conftest import entity_ids, link_tagged_persons

MBS = "per:mohammed-bin-salman"


def _link(article_id: str, text: str, ner: list[str]) -> Doc:
    return link_tagged_persons(text, ner, article_id, "2015-07-24")


def _ids(doc: Doc, surface: str) -> list[str]:
    return entity_ids(doc, surface)


SONS = "استقبل الأمير في قصره بجدة أبناءه الأمراء محمد وخالد وفهد، وتبادلوا التهاني بالعيد."
VENDOR = "قال البائع محمد إن أسعار التمور ارتفعت في سوق بريدة هذا الأسبوع بسبب قلة المعروض."


def test_a_lone_given_name_in_two_articles_is_two_people_not_one_actor() -> None:
    sons, vendor = _link("a1", SONS, ["محمد", "خالد", "فهد"]), _link("a2", VENDOR, ["محمد"])
    (prince,), (seller,) = _ids(sons, "محمد"), _ids(vendor, "محمد")
    assert prince != seller  # a prince in one article, a date seller in the other
    assert new_entity_id("محمد", "PER") not in (prince, seller)  # not the store-wide «محمد» of every article
    # within its article the name is one person: written twice, one id
    twice = _link("a3", "وصل محمد إلى المدرسة متأخرا، ثم اعتذر محمد للمعلم.", ["محمد", "محمد"])
    assert len(set(_ids(twice, "محمد"))) == 1


def test_a_given_name_the_article_wrote_in_full_is_that_person() -> None:
    text = ("أكد المهندس سعود الحربي أن أعمال الطريق تسير وفق الخطة، وأضاف سعود أن الافتتاح سيكون قبل الشتاء، "
            "وشكر سعود الذي أشرف على العمل فريقه.")
    doc = _link("b1", text, ["سعود الحربي", "سعود", "سعود"])
    full, bare = _ids(doc, "سعود الحربي"), _ids(doc, "سعود")
    assert bare == full * 2  # («سعود الذي»: a relative pronoun after him, no other family name)


def test_a_given_name_of_a_kb_person_named_in_full_in_the_article_is_his() -> None:
    text = ("التقى ولي ولي العهد الأمير محمد بن سلمان وفدا من رجال الأعمال أمس، وقال الحاضرون إن محمد "
            "استمع إلى مطالبهم.")
    doc = _link("c1", text, ["محمد بن سلمان", "محمد"])
    assert _ids(doc, "محمد") == [MBS]


def test_a_given_name_two_people_of_the_article_share_stays_with_neither() -> None:
    text = ("حضر الاجتماع عبدالله الغامدي مدير الفرع وعبدالله الشهري رئيس القسم، وتحدث عبدالله عن خطة العام "
            "المقبل.")
    doc = _link("d1", text, ["عبدالله الغامدي", "عبدالله الشهري", "عبدالله"])
    (bare,) = [s.data["entity_id"] for s in doc.layer("mention") if doc.text[s.start:s.end] == "عبدالله"]
    assert bare not in _ids(doc, "عبدالله الغامدي") + _ids(doc, "عبدالله الشهري")


def test_a_players_one_word_name_is_still_one_actor_across_articles() -> None:
    one = _link("e1", "سجل ميسي هدفين في مباراة الأمس.", ["ميسي"])
    two = _link("e2", "غاب ميسي عن التدريبات بسبب الإصابة.", ["ميسي"])
    assert _ids(one, "ميسي") == _ids(two, "ميسي") == [new_entity_id("ميسي", "PER")]


def test_the_actor_list_leaves_out_a_lone_given_name_but_keeps_the_people_named_in_full(tmp_path) -> None:
    from marsad.nlp.entity_queries import list_entities
    from marsad.store import open_store
    from test_store_contract import add, article

    texts = [SONS, VENDOR, "قال البائع محمد الدوسري إن السوق مزدحم، وأضاف محمد أن الأسعار معقولة."]
    store = open_store(str(tmp_path / "m.db"))
    arts = add(store, *(article(n + 1, t) for n, t in enumerate(texts)))
    for a, ner in zip(arts, (["محمد", "خالد", "فهد"], ["محمد"], ["محمد الدوسري", "محمد"])):
        doc = _link(a.id, a.text, ner)
        spans = doc.layer("mention")
        store.upsert_entities([entity_from_dict(s.data["new_entity"]) for s in spans if "new_entity" in s.data],
                              source="discovered")
        store.replace_spans(a.id, "link", "20", spans)
    rows = list_entities(store, "PER")
    store.close()
    names = [r["name_ar"] for r in rows]
    # two articles' lone «محمد» are no "person" of the list; the third article's «محمد» is its «محمد الدوسري»
    assert names == ["محمد الدوسري"]
    assert rows[0]["mentions"] == 2


def test_a_lone_given_name_is_no_key_actor_of_a_story() -> None:
    from collections import Counter

    from marsad.stories.features import entity_vector
    from marsad.stories.view import key_actors

    text = ("قال البائع راكان إن أسعار التمور في سوق بريدة ارتفعت، وأكد أمين منطقة القصيم فيصل الحربي أن "
            "البلدية ستراقب الأسعار في سوق بريدة.")
    doc = _link("f1", text, ["راكان", "فيصل الحربي"])
    vec, names = entity_vector(doc.layer("mention"), text)
    shown = [names[k] for k, _ in key_actors(dict(Counter(vec)), names, [doc])]
    assert "فيصل الحربي" in shown and "راكان" not in shown


def test_a_king_by_his_given_name_is_not_a_namesake_the_article_names_in_full() -> None:
    text = ("قال عبدالعزيز بن فهد السالم إن المدرسة التي أسسها الملك عبدالعزيز ما زالت قائمة، وإن أهالي الحي "
            "يعتزون بها.")
    doc = _link("g1", text, ["عبدالعزيز بن فهد السالم", "الملك عبدالعزيز"])
    assert not set(_ids(doc, "عبدالعزيز")) & set(_ids(doc, "عبدالعزيز بن فهد السالم"))



def test_a_lone_given_name_joins_a_kb_person_only_as_his_family_name() -> None:
    # what merging people may do with a bare given name of one article: «هادي», «صالح» are family names of Yemen's
    # presidents; «عبدالعزيز» is King Salman's father's name, «سعود» his house's (آل سعود), neither his
    from marsad.nlp.entity_merge import _family_name_of

    kb = load_kb()
    assert _family_name_of(kb.entities["per:abdrabbuh-mansur-hadi"], ["هادي"])
    assert _family_name_of(kb.entities["per:ali-abdullah-saleh"], ["صالح"])
    assert not _family_name_of(kb.entities["per:salman-bin-abdulaziz"], ["عبدالعزيز"])
    assert not _family_name_of(kb.entities["per:mohammed-bin-salman"], ["سعود"])


def test_a_given_name_the_tagger_cut_from_another_family_name_is_not_the_articles_namesake() -> None:
    text = ("أكد اللواء بدر السحيباني أن الخطة جاهزة، وحضر الاجتماع العميد بدر القحطاني مدير الإدارة، وقال المهندس "
            "صالح بن علي العمري إن التنفيذ يبدأ غدا، وأضاف المهندس صالح العمري أن الكلفة معروفة.")
    doc = _link("h1", text, ["بدر السحيباني", "بدر", "صالح بن علي", "صالح"])
    (cut,) = _ids(doc, "بدر")  # «بدر القحطاني», cut by the tagger: not «بدر السحيباني»
    assert cut not in _ids(doc, "بدر السحيباني")
    # «صالح العمري» is the «صالح بن علي» written before «العمري» (since actors50 both spans take in «العمري», which
    # the news writes after «صالح» as a family name)
    (same,) = _ids(doc, "صالح") or _ids(doc, "صالح العمري")
    assert (_ids(doc, "صالح بن علي") or _ids(doc, "صالح بن علي العمري")) == [same]
