"""Issue 15, events42: the named target, accused or addressee a sentence gives, and the acts it does not tell.

* "أن العقيد فلانا قتل إثر استهدافه بقذيفة": the one killed, named before the killing verb, was targeted;
* "اتهمت الخارجية ... في بيان ...، النظام السوري بقصف الأحياء": the accused told by a noun and its nationality
  right before the charge, however far from the verb;
* "اتهم المسلحون القوات الحكومية بإطلاق القذائف": the shelling is the accused force's, told by the accuser;
* "ورحب الرئيس بمبعوث الأمم المتحدة": the envoy's side, after بـ, is whom the president welcomed, not who welcomed;
* "طالب فلان الدول الأعضاء بوقف دعم ...": the group addressed before what is asked is the addressee;
* "إذا ...، فإنها ستكون ...، حيث إن القاهرة والخرطوم توصلتا بالفعل إلى اتفاق": a clause of reason tells a fact;
* "ورفضت الخارجية، بدورها، أن تعلق على": declining to comment refuses nothing.

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions, code_events
from marsad.nlp.events.detect import Detector, TypeModel
from test_events_coder import coded, make_doc, party_name

_ALL = CoderOptions(shown_filter=False)


def _found(text: str, mentions: list[tuple], typ: str, options: CoderOptions = _ALL) -> list[tuple[str, str, str]]:
    return [(party_name(e["actor"]), party_name(e["recipient"]), e["modality"])
            for e in coded(make_doc(text, mentions), typ, options)]


def _assault_detector(word: str) -> Detector:
    """A detector that finds an attack in every sentence, carried by ``word``."""
    return Detector({"ASSAULT": TypeModel("ASSAULT", 9.0, {"w:" + word: 5.0}, 0.5, frozenset(), frozenset())})


def test_the_one_killed_before_a_targeting_with_his_pronoun_is_its_target() -> None:
    found = _found("وذكر ناشطون أن العقيد خالد قتل إثر استهدافه بقذيفة أطلقها مسلحو تنظيم داعش قرب حلب.",
                   [("خالد", "PER", "Khalid"), ("تنظيم داعش", "ORG", "Islamic State"), ("حلب", "LOC", "Aleppo")],
                   "ASSAULT", CoderOptions(shown_filter=False, detector=_assault_detector("استهدافه")))
    assert [(a, r) for a, r, _m in found] == [("Islamic State", "Khalid")]


def test_the_accused_told_by_its_nationality_far_from_the_verb_is_the_country() -> None:
    found = _found("واتهمت وزارة الخارجية البريطانية في بيان نشرته على موقعها ليل الثلاثاء، النظام السوري بقصف "
                   "الأحياء السكنية.", [("وزارة الخارجية البريطانية", "ORG", "UK Foreign Office")], "ACCUSE")
    assert [(a, r) for a, r, _m in found] == [("UK Foreign Office", "Syria")]


def test_an_attack_the_rebels_accuse_a_force_of_is_the_force_s_and_reported() -> None:
    detector = CoderOptions(shown_filter=False, detector=_assault_detector("القذائف"))
    for text in ("وقد اتهم المسلحون الانفصاليون القوات الحكومية بإطلاق القذائف على المدن الواقعة تحت سيطرتهم.",
                 "واتهم المتمردون القوات الحكومية بإطلاق القذائف على المدن."):
        found = [e.data for e in code_events(make_doc(text, []), detector) if e.label == "ASSAULT"]
        assert [(party_name(d["actor"]), d["modality"]) for d in found] == [("القوات الحكومية", "reported")], text


def test_the_envoy_s_side_after_bi_is_welcomed_not_welcoming() -> None:
    found = _found("ورحب الرئيس بمبعوث منظمة الأمم المتحدة إلى ليبيا مثمنا جهود المنظمة في الأزمة التي تمر بها ليبيا.",
                   [("منظمة الأمم المتحدة", "ORG", "United Nations"), ("ليبيا", "LOC", "Libya"),
                    ("ليبيا", "LOC", "Libya", 1)], "SUPPORT")
    assert not [a for a, _r, _m in found if a == "United Nations"], found


def test_a_group_of_states_addressed_before_the_demand_is_its_addressee() -> None:
    found = _found("وطالب الرئيس ماكرون الدول الأعضاء بوقف دعم الميليشيات الإيرانية.",
                   [("ماكرون", "PER", "Emmanuel Macron")], "REQUEST")
    assert [(a, r) for a, r, _m in found] == [("Emmanuel Macron", "الدول الأعضاء")]


def test_an_agreement_told_in_a_clause_of_reason_after_a_condition_was_reached() -> None:
    found = _found("وإذا نجحت المحادثات فإنها ستكون الأولى من نوعها، حيث إن القاهرة والخرطوم توصلتا بالفعل إلى "
                   "اتفاق مماثل.", [("القاهرة", "LOC", "Cairo"), ("الخرطوم", "LOC", "Khartoum")], "AGREE")
    assert found == [("Cairo", "Khartoum", "asserted")]


def test_an_agreement_inside_the_condition_stays_hypothetical() -> None:
    found = _found("وإذا توصلت القاهرة والخرطوم إلى اتفاق فإن المفاوضات ستنتهي قريبا.",
                   [("القاهرة", "LOC", "Cairo"), ("الخرطوم", "LOC", "Khartoum")], "AGREE")
    assert [m for _a, _r, m in found] == ["hypothetical"]


def test_declining_to_comment_told_with_a_verb_refuses_nothing() -> None:
    for text, mentions in (("ورفضت الخارجية الفرنسية، بدورها، أن تعلق على صفقة السلاح مع مصر.",
                            [("الخارجية الفرنسية", "ORG", "French Foreign Ministry"), ("مصر", "LOC", "Egypt")]),
                           ("ورفض وزير الداخلية الألماني أن يدلي بأي تصريح حول التحقيق مع روسيا.",
                            [("روسيا", "LOC", "Russia")])):
        assert not _found(text, mentions, "REJECT"), text


def test_refusing_to_suspend_a_membership_is_still_a_refusal() -> None:
    found = _found("ورفضت الحكومة التركية أن تعلق عضويتها في المنظمة.", [], "REJECT")
    assert [a for a, _r, _m in found] == ["Turkey"]
