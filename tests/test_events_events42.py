"""Issue 15, events42: the named target, accused or addressee a sentence gives, and the acts it does not tell.

* "أن فلانا «قتل جراء استهدافه من قبل التنظيم»": the one killed, named before the killing verb, was targeted;
* "اتهمت الخارجية ... في بيان ...، النظام السوري بمواصلة القصف": the accused told by a noun and its nationality
  right before the charge, however far from the verb;
* "اتهم المتمردون القوات الحكومية بإطلاق النار": the firing is the accused force's, told by the accuser;
* "ورحب الرئيس بمبعوث دول الاتحاد": the envoy's side, after بـ, is whom the president welcomed, not who welcomed;
* "طالب فلان الدول الأعضاء بوقف دعم ...": the group addressed before what is asked is the addressee;
* "إذا ...، فإنها ستكون ...، حيث إن القاهرة والخرطوم توصلتا بالفعل إلى اتفاق": a clause of reason tells a fact;
* "ورفضت الخارجية، من جانبها، أن تعلق على": declining to comment refuses nothing.

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
    found = _found("وأكدت مصادر أن القيادي خالد «قتل جراء استهدافه من قبل تنظيم داعش في ريف حلب».",
                   [("خالد", "PER", "Khalid"), ("تنظيم داعش", "ORG", "Islamic State"), ("حلب", "LOC", "Aleppo")],
                   "ASSAULT", CoderOptions(shown_filter=False, detector=_assault_detector("استهدافه")))
    assert [(a, r) for a, r, _m in found] == [("Islamic State", "Khalid")]


def test_the_accused_told_by_its_nationality_far_from_the_verb_is_the_country() -> None:
    found = _found("واتهمت وزارة الخارجية البريطانية في بيان أصدرته مساء أول من أمس، النظام السوري بمواصلة قصف "
                   "المدنيين.", [("وزارة الخارجية البريطانية", "ORG", "UK Foreign Office")], "ACCUSE")
    assert [(a, r) for a, r, _m in found] == [("UK Foreign Office", "Syria")]


def test_an_attack_the_rebels_accuse_a_force_of_is_the_force_s_and_reported() -> None:
    doc = make_doc("واتهم المتمردون من جانبهم القوات الحكومية بإطلاق النار على القرى الخاضعة لهم.", [])
    found = [e.data for e in code_events(doc, CoderOptions(shown_filter=False, detector=_assault_detector("النار")))
             if e.label == "ASSAULT"]
    assert [(party_name(d["actor"]), d["modality"]) for d in found] == [("القوات الحكومية", "reported")]


def test_the_envoy_s_side_after_bi_is_welcomed_not_welcoming() -> None:
    found = _found("ورحب الرئيس بمبعوث دول الاتحاد الأوروبي لدى اليمن مشيدا بدور الشركاء في دول الاتحاد الداعمة "
                   "لليمن في شتى المراحل والأزمات التي تمر بها اليمن.",
                   [("دول الاتحاد", "ORG", "European Union"), ("اليمن", "LOC", "Yemen"), ("ليمن", "LOC", "Yemen"),
                    ("اليمن", "LOC", "Yemen", 1)], "SUPPORT")
    assert not [a for a, _r, _m in found if a == "European Union"], found


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
    for text, mentions in (("ورفضت الخارجية الفرنسية، من جانبها، أن تعلق على صفقة السلاح مع مصر.",
                            [("الخارجية الفرنسية", "ORG", "French Foreign Ministry"), ("مصر", "LOC", "Egypt")]),
                           ("ورفض وزير الداخلية الألماني أن يدلي بأي تصريح حول التحقيق مع روسيا.",
                            [("روسيا", "LOC", "Russia")])):
        assert not _found(text, mentions, "REJECT"), text


def test_refusing_to_suspend_a_membership_is_still_a_refusal() -> None:
    found = _found("ورفضت الحكومة التركية أن تعلق عضويتها في المنظمة.", [], "REJECT")
    assert [a for a, _r, _m in found] == ["Turkey"]
