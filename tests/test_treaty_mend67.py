"""Review67's findings on treaties67's readings (issue 15), each with sentences written for these tests: a house or a
joint sitting given to the dateline's state only when that state is the agreement's side and the councils are named
as no other state's, a round's talks put on a step of their own clause, an order that suspends a ratification, a
seeking verb in an earlier clause, and the board of a body that is not the cabinet."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date, s.by) for s in t.steps])
            for t in found]


def _takers(found, kind: str) -> set:
    return {((s.by or {}).get("country") or {}).get("name_en") for t in found for s in t.steps
            if s.kind == kind and s.modality == "done"}


def _parties(found) -> set:
    return {p.get("name_en") for t in found for p in t.parties}


def test_a_house_of_the_datelines_state_that_is_no_party_does_not_ratify(tmp_path):
    # written in Kuwait about a Libyan-Tunisian agreement: "مجلس الأمة" is not Kuwait's here
    found = processed_treaties(tmp_path, [
        ("m1", "2026-09-14", "صحيفة", "الكويت - كونا: دخلت اتفاقية الصيد البحري بين ليبيا وتونس حيز التنفيذ "
                                      "يوم السبت. وكان مجلس الأمة قد صادق على الاتفاقية في العاشر من آب."),
    ])
    assert "Kuwait" not in _takers(found, "ratified"), _show(found)
    assert "Kuwait" not in _parties(found), _show(found)


def test_a_house_two_sides_share_is_not_given_to_the_dateline(tmp_path):
    # both Jordan and Algeria have a "مجلس الأمة": the report from Amman does not tell whose it is
    found = processed_treaties(tmp_path, [
        ("m2", "2026-09-14", "صحيفة", "عمان - بترا: بدأ أمس العمل باتفاقية النقل البحري بين الأردن والجزائر. وكان "
                                      "مجلس الأمة قد صادق على الاتفاقية في الثاني من آب، بعد أن أقرها المجلس "
                                      "الشعبي الوطني الجزائري."),
    ])
    assert "Jordan" not in _takers(found, "ratified"), _show(found)


def test_a_joint_sitting_of_another_states_councils_is_not_the_datelines(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m3", "2026-04-21", "صحيفة", "الخرطوم - سونا: أجاز الاجتماع المشترك لمجلسي الوزراء والسيادة في جنوب "
                                      "السودان اتفاقية النقل النهري مع كينيا."),
        ("m4", "2026-04-21", "صحيفة", "القاهرة - أ ش أ: أقر الاجتماع المشترك لمجلسي النواب والشيوخ الفرنسيين "
                                      "اتفاقية الشراكة الاقتصادية مع المغرب."),
    ])
    takers = _takers(found, "ratified")
    assert not {"Sudan", "Egypt"} & takers, _show(found)
    assert not {"Sudan", "Egypt"} & _parties(found), _show(found)


def test_a_round_that_failed_in_another_clause_is_no_negotiation_of_the_signed_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m5", "2026-05-06", "صحيفة", "وقع وزيرا السياحة في الأردن واليونان أمس الثلاثاء اتفاقية التعاون السياحي، "
                                      "في حين انتهت في ختام الجولة الرابعة من المفاوضات حول اتفاقية النقل "
                                      "البحري دون التوصل إلى اتفاق."),
        ("m6", "2026-05-06", "صحيفة", "وقع الأردن واليونان في عام 2021 اتفاقية التعاون العلمي، والتقى وفدا "
                                      "البلدين أمس في ختام الجولة الرابعة من المفاوضات حول اتفاقية النقل "
                                      "البحري."),
    ])
    talks = [(t.name, s.date) for t in found for s in t.steps if s.kind == "negotiated" and s.modality == "done"]
    assert not any("السياحي" in n or "العلمي" in n for n, _d in talks), _show(found)


def test_an_order_that_suspends_a_ratification_is_no_ratification(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m7", "2026-10-03", "صحيفة", "نيامي - وكالات: دخلت اتفاقية النقل البري بين النيجر وبنين حيز التنفيذ "
                                      "أمس. وكان رئيس بنين قد أصدر في الرابع من أيلول أمرا يقضي بتعليق المصادقة "
                                      "على الاتفاقية."),
        ("m8", "2026-10-03", "صحيفة", "نيامي - وكالات: دخلت اتفاقية الطاقة بين النيجر وبنين حيز التنفيذ أمس. "
                                      "وكان رئيس بنين قد أصدر في الرابع من أيلول مرسوما يقضي بتجميد المصادقة "
                                      "على الاتفاقية."),
    ])
    assert "Benin" not in _takers(found, "ratified"), _show(found)


def test_an_earlier_clause_with_a_seeking_verb_does_not_erase_a_signing_done(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m9", "2026-11-12", "صحيفة", "سعت تنزانيا وزامبيا إلى تعزيز علاقاتهما منذ سنوات، وأفضى ذلك أمس إلى توقيع "
                                      "اتفاقية الربط السككي بين البلدين."),
    ])
    assert any(s.kind == "signed" and s.modality == "done" for t in found for s in t.steps), _show(found)


def test_the_board_of_a_parliament_agreeing_is_no_ratification(tmp_path):
    # "هيئة البرلمان" is the house's bureau, not the house; only "هيئة الحكومة" is the cabinet
    found = processed_treaties(tmp_path, [
        ("m10", "2026-08-20", "صحيفة", "طهران - إرنا: دخلت اتفاقية التجارة الحدودية بين إيران وأرمينيا حيز "
                                       "التنفيذ أمس. وكانت هيئة البرلمان الإيراني قد وافقت على الاتفاقية في 2 "
                                       "تموز/يوليو الماضي."),
    ])
    assert "Iran" not in _takers(found, "ratified"), _show(found)


def test_an_agreement_only_discussed_in_the_session_aside_is_not_what_the_house_passed(tmp_path):
    # the house passed a law on ports; the agreement was only debated in the sitting the aside tells
    found = processed_treaties(tmp_path, [
        ("m11", "2026-06-16", "صحيفة", "بيروت - الوكالة الوطنية: أقر مجلس النواب اللبناني، في جلسته التي بحث "
                                       "فيها اتفاقية الربط الكهربائي مع الأردن، قانون تنظيم الموانئ."),
    ])
    assert "Lebanon" not in _takers(found, "ratified"), _show(found)
