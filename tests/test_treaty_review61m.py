"""The review of treaties61 (reviewer31): a past "لم ... إلا بعد", "قبل أن" after a step that never came, a dateline
city given to an international body, a second agreement with a clause of its own, a pronoun after another object,
month names that are other words, and Arab conventions ratified one state per report.  Own-words sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import processed_treaties
from marsad.nlp.timex import find_time_expressions


def _steps(found):
    return [(s.kind, s.modality, ((s.by or {}).get("country") or {}).get("name_en")) for t in found for s in t.steps]


def test_only_after_in_the_past_is_a_step_taken(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m1", "2026-11-25", "وكالة", "ولم تسر معاهدة الربط الكهربائي بين مصر والسودان إلا بعد مصادقة البرلمان "
                                      "السوداني عليها في مارس 2025."),
    ])
    assert ("ratified", "done", "Sudan") in _steps(found), _steps(found)


def test_only_after_a_signing_in_the_past_is_a_signing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m2", "2026-11-25", "وكالة", "ولم تكشف الحكومة المغربية عن اتفاقية الصيد البحري مع موريتانيا إلا بعد "
                                      "توقيعها في نواكشوط أمس."),
    ])
    assert any(k == "signed" and m == "done" for k, m, _ in _steps(found)), _steps(found)


def test_only_after_still_a_condition_in_the_future(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m3", "2026-11-25", "وكالة", "ولن تسري معاهدة الربط الكهربائي بين مصر والسودان إلا بعد مصادقة البرلمان "
                                      "السوداني عليها."),
    ])
    assert not any(k == "ratified" and m == "done" for k, m, _ in _steps(found)), _steps(found)


def test_left_before_he_could_issue_the_decree_is_no_ratification(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m4", "2026-11-25", "وكالة", "وكانت تونس ومصر قد وقعتا اتفاقية الربط الكهربائي في يناير، لكن الرئيس "
                                      "التونسي غادر منصبه قبل أن يصدر المرسوم الرئاسي بالمصادقة عليها."),
        ("m5", "2026-11-25", "وكالة", "وكانت الحكومة قد سحبت اتفاقية الصيد مع المغرب من البرلمان قبل أن يصادق "
                                      "عليها مجلس النواب الموريتاني."),
    ])
    # (the second sentence's "expected" ratification is as it was before treaties61; the step taken is the fault)
    assert not any(k == "ratified" and m == "done" for k, m, _ in _steps(found)), _steps(found)


@pytest.mark.parametrize("text", [
    "نيويورك – وافقت الجمعية العامة اليوم على معاهدة حظر التجارب النووية.",
    "القاهرة – وافق مجلس جامعة الدول العربية اليوم على الاتفاقية العربية لمكافحة الإرهاب الإلكتروني.",
    "ستراسبورغ – صادق البرلمان اليوم على اتفاقية الشراكة مع تونس.",
])
def test_an_international_body_takes_no_country_from_the_dateline(tmp_path, text):
    found = processed_treaties(tmp_path, [("m6", "2026-11-25", "وكالة", text)])
    wrong = {"United States", "Egypt", "France"}
    assert not any(k == "ratified" and c in wrong for k, m, c in _steps(found)), _steps(found)


def test_a_national_parliament_still_takes_the_dateline_country(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m7", "2026-11-25", "وكالة", "الرباط – صادق مجلس النواب اليوم على اتفاقية النقل البحري مع السنغال."),
    ])
    assert ("ratified", "done", "Morocco") in _steps(found), _steps(found)


@pytest.mark.parametrize("text", [
    "وقعت الجزائر وتونس أمس اتفاقية النقل البري، واتفاقية التبادل التجاري لم توقع بعد.",
    "وقعت الجزائر وتونس أمس اتفاقية الصيد البحري، واتفاقية تبادل المحكوم عليهم ما زالت قيد الدرس.",
])
def test_a_second_agreement_with_its_own_clause_is_not_signed(tmp_path, text):
    found = processed_treaties(tmp_path, [("m8", "2026-11-25", "وكالة", text)])
    signed = [t for t in found if any(s.kind == "signed" for s in t.steps)]
    assert len(signed) == 1, [(t.name, _steps([t])) for t in found]


def test_a_second_agreement_after_a_comma_is_still_signed(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m9", "2026-11-25", "وكالة", "وقعت الجزائر وتونس أمس اتفاقية النقل البري، واتفاقية التبادل التجاري."),
    ])
    signed = [t for t in found if any(s.kind == "signed" for s in t.steps)]
    assert len(signed) == 2, [(t.name, _steps([t])) for t in found]


def test_a_pronoun_after_another_clause_with_its_own_object_is_not_the_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m10", "2026-04-15", "وكالة", "وقعت مصر والأردن اتفاقية التعاون الجمركي في مارس، ثم قدمت الحكومة "
                                       "الموازنة العامة وصادق البرلمان المصري عليها أمس."),
    ])
    assert not any(k == "ratified" for k, m, c in _steps(found)), _steps(found)


@pytest.mark.parametrize("text", [
    "استثمرت الحكومة ملياري دولار في نيسان.",
    "جدد المجلس الوطني للحزب ثقته في شباط، رغم الانتقادات.",
    "لا ثقة لي في أب.",
    "قال الرئيس في آب.",
    "يمارس الرياضة في مارس.",
])
def test_month_words_that_are_other_words_alone_are_no_date(text):
    assert not [s for s in find_time_expressions(text, date(2026, 11, 25)) if s.label == "month"], text


@pytest.mark.parametrize("text, value", [
    ("وصادق البرلمان عليها في ماي.", "2026-05"),
    ("وقعت الحكومتان الاتفاقية في أوت، بعد مفاوضات طويلة.", "2026-08"),
])
def test_maghrebi_month_words_alone_still_date(text, value):
    assert value in [s.data.get("value") for s in find_time_expressions(text, date(2026, 11, 25))], text


def test_an_arab_convention_ratified_one_state_per_report_is_one_record(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m11", "2026-03-10", "وكالة", "صادق مجلس النواب الأردني اليوم على اتفاقية الرياض العربية للتعاون القضائي."),
        ("m12", "2026-05-12", "وكالة", "صادق مجلس النواب العراقي اليوم على اتفاقية الرياض العربية للتعاون القضائي."),
    ])
    assert len([t for t in found if t.steps]) == 1, [(t.name, t.parties) for t in found]


def test_a_pronoun_right_after_the_agreements_clause_is_still_the_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m13", "2026-04-15", "وكالة", "وقعت مصر والأردن اتفاقية التعاون الجمركي في مارس، ثم صادق البرلمان المصري "
                                       "عليها أمس."),
    ])
    assert ("ratified", "done", "Egypt") in _steps(found), _steps(found)


def test_a_city_named_regional_convention_is_named_for_its_city() -> None:
    from test_events_coder import make_doc

    from marsad.nlp.events.treaty_steps import find_steps

    text = "صادق مجلس النواب الأردني اليوم على اتفاقية الرياض العربية للتعاون القضائي."
    steps = [s for s in find_steps(make_doc(text, [])) if s.label == "ratified"]
    assert steps and steps[0].data.get("named_for") == "الرياض", [s.data for s in steps]
