"""A person an institution, a facility or a place is named after is not a mention of that person (issues 11, 14).

Sentences written for these tests.
"""

from __future__ import annotations

from marsad.models import Article, Doc, Span
from marsad.nlp.kb import load_kb
from marsad.nlp.linking import link_doc, new_entity_id
from marsad.stories.features import entity_vector

SALMAN = "per:salman-bin-abdulaziz"


def _doc(text: str, ner: list[tuple[str, str]] = (), date: str = "2015-08-02") -> Doc:
    doc = Doc(Article(id="t", raw_id="t", text=text, published_at=date))
    for surface, label in ner:
        i = text.index(surface)
        doc.layer("mention").append(Span("mention", i, i + len(surface), label, {}))
    return doc


def _link(text: str, ner: list[tuple[str, str]] = ()) -> list[tuple[str, str, str, dict]]:
    doc = _doc(text, ner)
    return [(text[s.start:s.end], s.label, s.data["entity_id"], s.data) for s in link_doc(doc, load_kb())]


def test_a_relief_centre_named_after_the_king_is_the_centre_not_the_king() -> None:
    out = _link("وزع مركز الملك سلمان للإغاثة سلالا غذائية على الأسر النازحة في عدن أمس.")
    assert not any(e == SALMAN for _s, _l, e, _d in out)
    [centre] = [m for m in out if m[0].startswith("مركز")]
    assert centre[0] == "مركز الملك سلمان للإغاثة"  # (one word of the centre's name after the person)
    assert centre[1] == "ORG" and centre[2] == new_entity_id("مركز الملك سلمان للإغاثة", "ORG")
    assert centre[3]["named_after"] == SALMAN  # whom it is named after is kept


def test_the_king_himself_is_still_the_king_in_the_same_article() -> None:
    out = _link("أعلن مركز الملك سلمان للإغاثة بدء حملة جديدة، وكان خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
                "قد وجه بها.")
    assert [s for s, _l, e, _d in out if e == SALMAN] == ["خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز"]


def test_heads_with_clitics_and_honorifics_between() -> None:
    text = ("درست الطالبة في جامعة الملك سعود ثم انتقلت بجامعة الإمام محمد بن سعود، وعملت ممرضة في ومستشفى "
            "الملك فهد، ثم سكنت لمدينة الملك عبدالله الاقتصادية، ثم بحي الأمير سلطان قرب طريق الملك خالد.")
    out = _link(text, [("الملك سعود", "PER"), ("محمد بن سعود", "PER"), ("الملك فهد", "PER"),
                       ("الملك عبدالله", "PER"), ("سلطان", "PER"), ("الملك خالد", "PER")])
    assert not [m for m in out if m[1] == "PER"]
    got = {s: label for s, label, _e, _d in out}
    assert got["جامعة الملك سعود"] == "ORG"
    assert got["جامعة الإمام محمد بن سعود"] == "ORG"
    assert got["مستشفى الملك فهد"] == "ORG"  # (the clitic و stays out of the name)
    assert got["مدينة الملك عبدالله الاقتصادية"] == "LOC"
    assert got["حي الأمير سلطان"] == "LOC"  # (a short head with its clitic: "بحي")
    assert got["طريق الملك خالد"] == "LOC"


def test_a_bare_word_inside_an_institution_name_is_no_short_name_of_the_king() -> None:
    # coreference took "عبدالعزيز" (of "مجمع الملك عبدالعزيز") for سلمان بن عبدالعزيز
    text = ("استقبل الملك سلمان بن عبدالعزيز الوفد أمس، ثم افتتح الوفد معرضا في مجمع الملك عبدالعزيز "
            "للمكتبات العامة.")
    doc = _doc(text)
    i = text.index("مجمع الملك عبدالعزيز") + len("مجمع الملك ")
    doc.layer("mention").append(Span("mention", i, i + len("عبدالعزيز"), "PER", {}))  # the tagger's span
    spans = link_doc(doc, load_kb())
    assert [text[s.start:s.end] for s in spans if s.data["entity_id"] == SALMAN] == ["الملك سلمان"]
    [inst] = [s for s in spans if s.start <= i < s.end]
    assert text[inst.start:inst.end] == "مجمع الملك عبدالعزيز للمكتبات" and inst.label == "ORG"


def test_an_institution_name_lends_no_full_name_to_later_short_names() -> None:
    # "جامعة الإمام محمد بن سعود" is no mention of a محمد بن سعود that a later "سعود" would repeat
    text = "تحدث الدكتور خالد المطيري في جامعة الإمام محمد بن سعود عن التعليم، ثم زار سعود المعرض."
    out = _link(text, [("خالد المطيري", "PER"), ("محمد بن سعود", "PER"), ("سعود المعرض", "PER")])
    ids = {e for _s, label, e, _d in out if label == "PER"}
    assert new_entity_id("محمد بن سعود", "PER") not in ids


def test_the_same_institution_tagged_whole_or_by_its_person_is_one_entity() -> None:
    whole = _link("زار الوزير جامعة الملك سعود أمس.", [("جامعة الملك سعود", "ORG")])
    inside = _link("زار الوزير جامعة الملك سعود أمس.", [("الملك سعود", "PER")])
    assert [e for s, _l, e, _d in whole if s == "جامعة الملك سعود"] == [e for s, _l, e, _d in inside]


def test_a_definite_head_a_comma_or_no_head_keeps_the_person() -> None:
    text = ("قال رئيس الجامعة خالد المطيري إن الدراسة تبدأ غدا، وزار المركز، سلمان بن عبدالعزيز. وسجل الفريق "
            "هدفه عن طريق سعيد الغامدي.")
    out = _link(text, [("خالد المطيري", "PER"), ("سعيد الغامدي", "PER")])
    assert ("خالد المطيري", "PER") in [(s, label) for s, label, _e, _d in out]
    assert ("سعيد الغامدي", "PER") in [(s, label) for s, label, _e, _d in out]  # "عن طريق": by way of, no road
    assert [s for s, _l, e, _d in out if e == SALMAN] == ["سلمان بن عبدالعزيز"]
    assert not any(d.get("source") == "named_after" for *_x, d in out)


def test_two_stories_naming_a_university_share_no_person() -> None:
    text = "أعلنت جامعة الملك عبدالعزيز في جدة نتائج القبول للعام الجديد."
    doc = _doc(text, [("الملك عبدالعزيز", "PER"), ("جدة", "LOC")])
    vec, names = entity_vector(link_doc(doc, load_kb()), text)
    assert not any(k.startswith("per:") or ":PER" in k for k in vec)
    assert "جامعة الملك عبدالعزيز" in names.values()


def test_a_father_s_name_alone_is_no_short_form_of_the_son() -> None:
    # the tagger's bare "عبدالعزيز" (here the founder, not the king) after "سلمان بن عبدالعزيز" in the same article
    text = "وجه سلمان بن عبدالعزيز بدعم الأسر، واستذكر الحضور سيرة المؤسس عبدالعزيز ودوره في توحيد البلاد."
    doc = _doc(text)
    i = text.index("عبدالعزيز ودوره")
    doc.layer("mention").append(Span("mention", i, i + len("عبدالعزيز"), "PER", {}))
    assert [text[s.start:s.end] for s in link_doc(doc, load_kb()) if s.data["entity_id"] == SALMAN] == \
        ["سلمان بن عبدالعزيز"]


def test_the_events_coder_takes_no_party_from_the_linked_institution() -> None:
    # events39 takes no party from inside an institution's name; the linked institution is no party either
    from marsad.nlp.events.coder import CoderOptions
    from test_events_coder import coded, make_doc, party_name

    text = "وزار السفير الأمريكي جامعة الملك سعود في الرياض أمس."
    doc = make_doc(text, [])
    for surface, label in (("الملك سعود", "PER"), ("الرياض", "LOC")):
        i = text.index(surface)
        doc.layer("mention").append(Span("mention", i, i + len(surface), label, {}))
    link_doc(doc, load_kb())
    assert any(s.data.get("source") == "named_after" for s in doc.layer("mention"))
    found = [(party_name(e["actor"]), party_name(e["recipient"]))
             for e in coded(doc, "CONSULT", CoderOptions(shown_filter=False))]
    assert not any("سعود" in r for _a, r in found)  # neither the king nor the university is visited as a party


def test_a_mention_that_arrives_linked_is_kept() -> None:
    text = "وزع مركز الملك سلمان للإغاثة سلالا غذائية في عدن."
    doc = _doc(text)
    i = text.index("الملك سلمان")
    doc.layer("mention").append(Span("mention", i, i + len("الملك سلمان"), "PER", {"entity_id": SALMAN}))
    assert [(text[s.start:s.end], s.data["entity_id"]) for s in link_doc(doc, load_kb()) if s.label == "PER"] == \
        [("الملك سلمان", SALMAN)]
