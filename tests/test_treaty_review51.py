"""The review of treaties51 mended (issue 15), on sentences written for these tests: a refusal, a wish or a bill to
join is no accession; only the subject of an announcing verb takes the step, not a country after a preposition nor
the object of an earlier verb; talks that ended without result are not concluded."""

from __future__ import annotations

import pytest
from conftest import processed_treaties
from test_events_coder import make_doc

from marsad.nlp.events.treaty_steps import find_steps


def _c(surface: str, name_en: str) -> tuple:
    return (surface, "LOC", name_en)


def _steps(text: str, mentions: list[tuple] = ()) -> list[tuple]:
    """(kind, modality, taker's country or body) of each step found in ``text``."""
    out = []
    for s in find_steps(make_doc(text, list(mentions))):
        by = s.data.get("by") or {}
        out.append((s.label, s.data.get("modality"), (by.get("country") or {}).get("name_en") or by.get("name")))
    return out


REPORTS = [
    ("j1", "2026-02-10", "وكالة أ",
     "وأعلنت ليبيا وتونس أمس رفضهما الانضمام إلى اتفاقية الصيد المشترك في البحر المتوسط، "
     "وقال مسؤول إن القرار نهائي."),
    ("j2", "2026-02-11", "صحيفة ب",
     "وأعلنت مولدوفا أمس رغبتها في الانضمام إلى معاهدة التعاون الدفاعي مع رومانيا."),
]


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return processed_treaties(tmp_path_factory.mktemp("treaty_review51"), REPORTS)


def test_a_refusal_or_a_wish_to_join_told_with_a_pronoun_is_no_accession(records) -> None:
    # a guard: main already keeps these out (the review saw them on treaties51 alone)
    taken = [(t.name, s.kind) for t in records for s in t.steps if s.kind == "ratified"]
    assert taken == [], taken


@pytest.mark.parametrize("text", [
    "وأعلنت الحكومتان أمس نيتهما الانسحاب من اتفاقية الصيد المشترك.",
    "وأعلنت الحكومتان أمس محاولتهما الانسحاب من اتفاقية الصيد المشترك.",
])
def test_an_aim_told_with_a_dual_pronoun_is_no_step(text) -> None:
    assert _steps(text) == []


def test_a_bill_to_join_sent_to_parliament_is_no_accession_but_a_deposited_instrument_is() -> None:
    assert _steps("وأودعت الحكومة لدى مجلس النواب مشروع قانون الانضمام إلى اتفاقية حماية الأراضي الرطبة.") == []
    assert _steps("وأعلنت فنلندا أمس انضمامها إلى معاهدة حظر الألغام.", [_c("فنلندا", "Finland")]) == [
        ("ratified", "done", "Finland")]


@pytest.mark.parametrize("text, mentions, taker", [
    ("وأعلنت كندا ردا على الصين أمس انسحابها من اتفاقية تبادل البيانات الجمركية.",
     [_c("كندا", "Canada"), _c("الصين", "China")], "Canada"),
    ("وأعلنت إسبانيا في بيان مشترك مع البرتغال أمس انسحابها من معاهدة حماية الاستثمار.",
     [_c("إسبانيا", "Spain"), _c("البرتغال", "Portugal")], "Spain"),
    ("وأعلنت أستراليا بعد لقاء مع الهند وإندونيسيا تعليق العمل باتفاقية الصيد.",
     [_c("أستراليا", "Australia"), _c("الهند", "India"), _c("إندونيسيا", "Indonesia")], "Australia"),
])
def test_only_the_subject_of_the_announcing_verb_takes_the_step(text, mentions, taker) -> None:
    assert [s[2] for s in _steps(text, mentions)] == [taker]


def test_countries_joined_by_and_after_the_verb_each_take_the_step() -> None:
    steps = _steps("وأعلنت بوروندي وغامبيا أمس انسحابهما من اتفاقية التجارة الإقليمية.",
                   [_c("بوروندي", "Burundi"), _c("غامبيا", "Gambia")])
    assert sorted(s[2] for s in steps) == ["Burundi", "Gambia"]


def test_the_object_of_an_earlier_verb_is_not_the_subject_of_a_coordinated_one() -> None:
    steps = _steps("وانتقدت أنقرة أثينا وانسحبت من اتفاقية الحدود البحرية.",
                   [_c("أنقرة", "Turkey"), _c("أثينا", "Greece")])
    assert "Greece" not in [s[2] for s in steps], steps


@pytest.mark.parametrize("text", [
    "واختتمت أمس في فيينا المفاوضات حول اتفاقية المياه بين السودان وإثيوبيا دون التوصل إلى نتيجة.",
    "وأنهى البلدان المفاوضات حول اتفاقية الترسيم بالفشل.",
    "وأنهى الوفدان المفاوضات حول اتفاقية النقل بلا نتيجة.",
])
def test_talks_that_ended_without_result_are_not_concluded(text) -> None:
    assert "concluded" not in [s[0] for s in _steps(text)]


def test_talks_ended_with_success_still_conclude() -> None:
    assert "concluded" in [s[0] for s in _steps("وأنهى البلدان المفاوضات حول اتفاقية الترسيم بنجاح.")]


def test_a_signing_held_before_speeches_is_kept_one_still_to_come_is_not() -> None:
    held = "وقبل التوقيع على اتفاقية النقل البري بين لبنان وسوريا أمس، ألقى الوزيران كلمتين في القاعة."
    assert [s[:2] for s in _steps(held, [_c("لبنان", "Lebanon"), _c("سوريا", "Syria")])] == [("signed", "done")]
    assert _steps("وقبل التوقيع المرتقب على اتفاقية النقل البري بين لبنان وسوريا، يلتقي الوزيران.",
                  [_c("لبنان", "Lebanon"), _c("سوريا", "Syria")]) == []
    assert _steps("ويشترط البرلمان تعديل القانون قبل التوقيع على اتفاقية النقل البري.") == []


def test_a_future_start_told_with_and_is_expected() -> None:
    steps = _steps("وسيبدأ العمل باتفاقية الشحن بين المغرب والبرتغال مطلع العام المقبل.",
                   [_c("المغرب", "Morocco"), _c("البرتغال", "Portugal")])
    assert [s[:2] for s in steps] == [("in_force", "expected")]


@pytest.mark.parametrize("text", [
    "وأصبحت وزارة الزراعة مطالبة بجعل اتفاقية الري مع الأردن نافذة سريعا.",
    "وأصبح المجال مفتوحا لكي تصبح المعاهدة سارية بعد أشهر.",
    "وبات من الضروري أن تكون الاتفاقية نافذة قبل الصيف.",
])
def test_becoming_in_force_needs_the_agreement_as_subject_and_no_demand_or_aim(text) -> None:
    assert _steps(text) == []


def test_an_agreement_that_became_in_force_still_does() -> None:
    assert [s[:2] for s in _steps("وأصبحت الاتفاقية نافذة أمس بعد تبادل الوثائق.")] == [("in_force", "done")]


@pytest.mark.parametrize("text", [
    "وأوقفت البلدية العمل بالاتفاق مع المقاولين بسبب الأمطار.",
    "وبدأ العمل بالاتفاق مع الجامعة على تدريب الطلاب.",
])
def test_work_in_agreement_with_someone_is_no_treaty(text) -> None:
    assert _steps(text) == []


@pytest.mark.parametrize("text, mentions, name", [
    ("ووقع البلدان اتفاق هدنة مساء الجمعة في الدوحة.", [], "اتفاق هدنة"),
    ("ووقعت الهيئة اتفاقية شراكة قيمتها مئتا مليون دولار.", [], "اتفاقية شراكة"),
    ("ووقعت الحكومة اتفاق تعاون رسميا مع الجارة.", [], "اتفاق تعاون"),
    ("ووقع اتفاقية تعاون سالم الهاشمي رئيس الغرفة.", [("سالم الهاشمي", "PER", "Salem Hashemi")], "اتفاقية تعاون"),
    ("ووقع البلدان معاهدة صداقة الأربعاء الماضي.", [], "معاهدة صداقة"),
    ("ووقع البلدان اتفاقية تجارة حرة الشهر الماضي.", [], "اتفاقية تجارة حرة"),
])
def test_the_name_stops_at_a_time_an_amount_an_adverb_or_a_person(text, mentions, name) -> None:
    assert [s.data.get("name") for s in find_steps(make_doc(text, mentions))] == [name]


@pytest.mark.parametrize("text", [
    "ووافقت الجمعية العمومية لشركة الاتصالات أمس على النظام الأساسي للشركة.",
    "وانسحب النادي من الرابطة بعد خلاف حول النظام الأساسي للرابطة.",
    "وانسحب الوزير من الجلسة بعد جدل حول النظام الأساسي للحكم.",
])
def test_a_company_s_or_a_state_s_basic_rules_are_no_treaty(text) -> None:
    assert _steps(text) == []


def test_a_treaty_statute_is_still_one() -> None:
    steps = _steps("وأعلنت بوروندي انسحابها من نظام روما الأساسي.", [_c("بوروندي", "Burundi")])
    assert [s[0] for s in steps] == ["withdrawn"]


def test_a_missing_dev2_set_fails_the_floor_check_instead_of_passing_silently(tmp_path, monkeypatch) -> None:
    from test_eval_treaties import ev

    monkeypatch.setitem(ev.DATA, "dev2", (tmp_path / "none.jsonl", tmp_path / "none_gold.json"))
    assert ev.main(["--part", "dev2"]) == 2


def test_nothing_predicted_scores_nothing() -> None:
    from test_eval_treaties import ev

    assert ev._prf(0, 0, 5)["precision"] == 0.0 and ev._ratio(0, 0) == 0.0


@pytest.mark.parametrize("text, mentions", [
    ("ولم تنضم باكستان إلى معاهدة حظر التجارب النووية.", [_c("باكستان", "Pakistan")]),
    ("فلم تصادق الحكومة على اتفاقية الصيد.", []),
])
def test_a_step_negated_after_and_is_no_step(text, mentions) -> None:
    assert _steps(text, mentions) == []


def test_an_earlier_initialling_told_in_a_relative_clause_keeps_today_s_signing() -> None:
    kinds = [s[0] for s in _steps("ووقع البلدان اليوم رسميا الاتفاقية التي وقعاها بالأحرف الأولى العام الماضي.")]
    assert "signed" in kinds and "concluded" in kinds, kinds


def test_initialling_in_the_cue_s_own_clause_is_a_conclusion() -> None:
    kinds = [s[0] for s in _steps("ووقع الوزيران بالأحرف الأولى على اتفاقية النقل الجوي.")]
    assert kinds == ["concluded"], kinds


def test_closing_a_session_of_talks_concludes_nothing() -> None:
    kinds = [s[0] for s in _steps("واختتم الوفدان أمس في القاهرة المفاوضات حول اتفاقية تقاسم المياه.")]
    assert "concluded" not in kinds and "negotiated" in kinds, kinds
