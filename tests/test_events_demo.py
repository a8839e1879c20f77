"""The event coder on the constructions that went wrong on the bundled demo corpus.

Two parts: sentences written for these tests in the same constructions (a titled person
after the verb, "ونظيره X" as counterpart, "وكان X قد استقبل", an object pronoun, a
disaster "sweeping" a place, a denial followed by "مؤكدا أن"), and a check over the real
demo run (``marsad.demo.run.run_demo``) read back with ``load_events``.
"""

from __future__ import annotations

import pytest

from marsad.arabic import split_sentences
from marsad.models import Article, Doc, Span
from marsad.nlp.events.coder import code_events


def make_doc(text: str, mentions: list[tuple[str, str, str]]) -> Doc:
    """A Doc with sentence spans and the mention spans an NER would give: (surface, label, name_en)."""
    doc = Doc(Article(id="d1", raw_id="r-d1", text=text, published_at="2025-03-02", outlet="test"))
    for s, e in split_sentences(text):
        doc.layer("sentence").append(Span("sentence", s, e))
    for surface, label, name_en in mentions:
        pos = text.index(surface)
        doc.layer("mention").append(Span("mention", pos, pos + len(surface), label, {
            "entity_id": "id:" + name_en, "name": surface, "name_en": name_en, "source": "test"}))
    return doc


def _en(party: dict | None) -> str | None:
    return (party or {}).get("name_en")


def _country(party: dict | None) -> str | None:
    return _en((party or {}).get("country"))


# -- sentences in the demo's constructions ---------------------------------------------------


def test_titled_person_after_the_verb_is_the_actor_and_the_counterpart_the_recipient() -> None:
    # verb + object + "title + nationality + name": one actor, the person; "ونظيره العراقي": Iraq
    text = "ووقع الاتفاق وزير الخارجية الأردني أيمن الصفدي ونظيره العراقي في بغداد يوم الأحد."
    doc = make_doc(text, [("أيمن الصفدي", "PER", "Ayman Safadi"), ("بغداد", "LOC", "Baghdad")])
    [ev] = code_events(doc)
    assert ev.label == "AGREE"
    assert _en(ev.data["actor"]) == "Ayman Safadi" and _country(ev.data["actor"]) == "Jordan"
    rec = ev.data["recipient"]
    assert _en(rec) == "Iraq" and rec["text"] == "نظيره العراقي" and rec["role"] == "counterpart"
    assert _en(ev.data["place"]) == "Baghdad"


def test_named_counterpart_is_the_recipient() -> None:
    text = "ووقع المذكرة وزير الطاقة المغربي عزيز رباح ونظيره الموريتاني محمد ولد عبد الفتاح في نواكشوط."
    doc = make_doc(text, [("عزيز رباح", "PER", "Aziz Rabbah"), ("محمد ولد عبد الفتاح", "PER", "Mohamed Ould Abdel Vetah"),
                          ("نواكشوط", "LOC", "Nouakchott")])
    [ev] = code_events(doc)
    assert ev.label == "AGREE"
    assert _en(ev.data["actor"]) == "Aziz Rabbah" and _country(ev.data["actor"]) == "Morocco"
    assert _en(ev.data["recipient"]) == "Mohamed Ould Abdel Vetah"
    assert _country(ev.data["recipient"]) == "Mauritania"


def test_title_country_and_honorific_before_a_name_make_one_actor() -> None:
    text = "التقى أمير الكويت الشيخ مشعل الأحمد الرئيس المصري عبد الفتاح السيسي في القاهرة."
    doc = make_doc(text, [("الكويت", "LOC", "Kuwait"), ("مشعل الأحمد", "PER", "Mishal Al-Ahmad"),
                          ("عبد الفتاح السيسي", "PER", "Abdel Fattah el-Sisi"), ("القاهرة", "LOC", "Cairo")])
    [ev] = code_events(doc)
    assert (ev.label, _en(ev.data["actor"]), _en(ev.data["recipient"])) == \
        ("CONSULT", "Mishal Al-Ahmad", "Abdel Fattah el-Sisi")


def test_host_named_before_kana_qad_is_the_actor() -> None:
    # "وكان X قد استقبل Y": the subject comes first; the guest is named by his nationality
    text = "وكان الرئيس التونسي قيس سعيد قد استقبل الوزير الجزائري في قصر قرطاج."
    doc = make_doc(text, [("قيس سعيد", "PER", "Kais Saied"), ("قرطاج", "LOC", "Carthage")])
    [ev] = code_events(doc)
    assert (ev.label, ev.data["mode"]) == ("CONSULT", "host")
    assert _en(ev.data["actor"]) == "Kais Saied" and _country(ev.data["actor"]) == "Tunisia"
    assert _en(ev.data["recipient"]) == "Algeria"


def test_object_pronoun_points_back_to_the_visitor() -> None:
    # "استقبله خلالها العاهل المغربي الملك محمد السادس": the king hosts the visitor named before
    text = ("بدأ وزير الخارجية الإماراتي الشيخ عبد الله بن زايد زيارة إلى المغرب، "
            "استقبله خلالها العاهل المغربي الملك محمد السادس في الرباط.")
    doc = make_doc(text, [("عبد الله بن زايد", "PER", "Abdullah bin Zayed"), ("المغرب", "LOC", "Morocco"),
                          ("محمد السادس", "PER", "Mohammed VI"), ("الرباط", "LOC", "Rabat")])
    host = [e for e in code_events(doc) if e.data["mode"] == "host"]
    assert len(host) == 1
    assert _en(host[0].data["actor"]) == "Mohammed VI" and _country(host[0].data["actor"]) == "Morocco"
    assert _en(host[0].data["recipient"]) == "Abdullah bin Zayed"


def test_visit_as_circumstance_and_meeting_during_it_belong_to_the_visitor() -> None:
    # "وصل X إلى Y ... في زيارة رسمية التقى خلالها Z": X visits Y and meets Z
    text = ("وصل وزير الخارجية التركي هاكان فيدان إلى العاصمة الليبية طرابلس مساء الأحد، "
            "في زيارة رسمية التقى خلالها رئيس المجلس الرئاسي محمد المنفي.")
    doc = make_doc(text, [("هاكان فيدان", "PER", "Hakan Fidan"), ("طرابلس", "LOC", "Tripoli"),
                          ("محمد المنفي", "PER", "Mohamed al-Menfi")])
    got = {(e.data["mode"], _en(e.data["actor"]), _en(e.data["recipient"])) for e in code_events(doc)}
    assert got == {("visit", "Hakan Fidan", "Tripoli"), ("meet", "Hakan Fidan", "Mohamed al-Menfi")}


@pytest.mark.parametrize("text, place", [
    ("ارتفع عدد ضحايا الفيضانات التي اجتاحت مدينة درنة الليبية إلى 30 قتيلا.", "درنة الليبية"),
    ("اجتاحت السيول قرى ولاية كسلا مساء الجمعة.", "كسلا"),
])
def test_natural_disasters_sweeping_a_place_are_not_attacks(text: str, place: str) -> None:
    doc = make_doc(text, [(place, "LOC", "Place")])
    assert [e.label for e in code_events(doc)] == []


def test_an_army_sweeping_a_town_is_still_an_attack() -> None:
    doc = make_doc("اجتاحت القوات الإسرائيلية مدينة جنين فجر الاثنين.", [("جنين", "LOC", "Jenin")])
    [ev] = code_events(doc)
    assert (ev.label, _en(ev.data["actor"]), _en(ev.data["recipient"])) == ("ASSAULT", "Israel", "Jenin")


def test_spokesman_denial_is_a_reject_and_the_quoted_visit_is_no_event() -> None:
    text = ('ونفى المتحدث الرسمي باسم وزارة الخارجية العمانية سالم البوسعيدي صحة التقارير عن قرض قطري، '
            'مؤكدا أن "الزيارة لم تبحث أي قروض".')
    doc = make_doc(text, [("سالم البوسعيدي", "PER", "Salem Al Busaidi")])
    evs = code_events(doc)
    assert [e.label for e in evs] == ["REJECT"]
    assert _en(evs[0].data["actor"]) == "Salem Al Busaidi" and _country(evs[0].data["actor"]) == "Oman"


def test_visit_as_time_adjunct_of_a_denial_is_not_the_deniers_visit() -> None:
    text = "نفى المتحدث باسم الحكومة الليبية محمد حمودة توقيع أي اتفاق خلال الزيارة."
    doc = make_doc(text, [("محمد حمودة", "PER", "Mohamed Hamouda")])
    assert "CONSULT" not in [e.label for e in code_events(doc)]


def test_resumptive_pronoun_of_a_denial_is_not_a_party() -> None:
    text = "تتهم اليونان تركيا بخرق أجوائها، وهو ما تنفيه أنقرة."
    doc = make_doc(text, [("اليونان", "LOC", "Greece"), ("تركيا", "LOC", "Turkey"), ("أنقرة", "LOC", "Ankara")])
    [deny] = [e for e in code_events(doc) if e.label == "REJECT"]
    # the pronoun is the charge, not Turkey; the denial answers the charge's maker (events stage 27)
    assert _en(deny.data["actor"]) == "Ankara" and _en(deny.data["recipient"]) == "Greece"


# -- the demo corpus, processed end to end ---------------------------------------------------


@pytest.fixture(scope="module")
def demo_events(tmp_path_factory):
    from marsad.demo.run import run_demo
    from marsad.nlp.events.records import load_events
    from marsad.store import open_store

    path = str(tmp_path_factory.mktemp("demo") / "demo.db")
    run_demo(path)
    store = open_store(path)
    events = load_events(store)
    texts = [a.text for a in store.iter_articles()]
    store.close()
    return events, texts


def _in(events, words: str):
    return [e for e in events if words in e.sentence_text]


def test_demo_signing_minister_and_counterpart(demo_events) -> None:
    demo_events, _texts = demo_events
    evs = [e for e in _in(demo_events, "ونظيره السوداني") if e.type == "AGREE"]
    assert evs, "the ministers' signing sentence was not coded"
    for e in evs:
        assert e.data["actor"]["name"] == "بدر عبد العاطي" and _country(e.data["actor"]) == "Egypt"
        assert _en(e.data["recipient"]) == "Sudan"


def test_demo_king_hosts_the_saudi_minister(demo_events) -> None:
    demo_events, _texts = demo_events
    evs = [e for e in _in(demo_events, "عبد الله الثاني") if e.data["mode"] == "host"]
    assert len(evs) >= 3  # "استقبله خلالها ..." and "وكان ... قد استقبل ..." twice
    for e in evs:
        assert e.type == "CONSULT"
        assert e.data["actor"]["name"] == "عبد الله الثاني" and _country(e.data["actor"]) == "Jordan"
        rec = e.data["recipient"]
        assert _en(rec) == "Saudi Arabia" or _country(rec) == "Saudi Arabia"


def test_demo_floods_are_not_an_assault(demo_events) -> None:
    demo_events, texts = demo_events
    assert any("السيول التي اجتاحت" in t for t in texts), "the floods article is missing from the demo run"
    assert not [e for e in demo_events if e.type == "ASSAULT" and "السيول" in e.sentence_text]


def test_demo_spokesman_denies_and_visits_nothing(demo_events) -> None:
    demo_events, _texts = demo_events
    evs = _in(demo_events, "الزعبي")
    assert not [e for e in evs if e.type == "CONSULT"]
    rejects = [e for e in evs if e.type == "REJECT"]
    assert rejects
    for e in rejects:
        assert e.data["actor"]["name"] == "عمر الزعبي" and _country(e.data["actor"]) == "Jordan"
