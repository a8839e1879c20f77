"""One agreement followed through five reports on different days, written for these tests (issue 15, treaties50):
a signing told with a long subject, a name made of a verbal noun and what it governs, a ratification passed as a law
by a parliament and then by a head of state (two steps of one country), a suspension announced by a government, and a
parliament that refuses to ratify (no step)."""

from __future__ import annotations

from pathlib import Path

import marsad
import pytest
from conftest import processed_reports

from marsad.nlp.events.treaty_life import name_words

REPORTS = [
    ("a1", "2026-02-03", "وكالة أ",
     "وقّع رئيس الوزراء الأرميني ونظيره الجورجي بعد محادثات استمرت يومين في العاصمة تبليسي على «اتفاقية تنظيم "
     "الملاحة النهرية» بين البلدين أمس الاثنين."),
    ("a2", "2026-03-11", "صحيفة ب",
     "أقر البرلمان الأرميني، الهيئة التشريعية في البلاد، اليوم الأربعاء مشروع قانون التصديق على اتفاقية تنظيم "
     "الملاحة النهرية مع جورجيا."),
    ("a3", "2026-03-20", "وكالة أ",
     "صدّق الرئيس الأرميني أمس الخميس على القانون الخاص بالتصديق على اتفاقية تنظيم الملاحة النهرية مع جورجيا."),
    ("a4", "2026-04-08", "صحيفة ج",
     "أعلنت الحكومة الجورجية اليوم الأربعاء تعليق العمل باتفاقية تنظيم الملاحة النهرية مع أرمينيا بسبب خلاف على "
     "رسوم العبور."),
    ("a5", "2026-04-09", "صحيفة ب",
     "ورفض البرلمان الجورجي المصادقة على اتفاقية تنظيم الملاحة النهرية مع أرمينيا في جلسته أمس."),
]


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    db: Path = processed_reports(tmp_path_factory.mktemp("treaty_life50"), REPORTS)
    with marsad.open(str(db)) as m:
        found = [t for t in m.treaties() if name_words("الملاحة النهرية") <= name_words(t.name)]
    assert len(found) == 1  # one record, however each report names it
    return found[0]


def test_the_agreement_is_one_record_named_as_written_with_its_two_parties(record) -> None:
    assert name_words(record.name) == name_words("اتفاقية تنظيم الملاحة النهرية")
    assert {p["name_en"] for p in record.parties} == {"Armenia", "Georgia"}


def test_every_step_has_its_date_and_its_taker(record) -> None:
    steps = [(s.kind, s.date, ((s.by or {}).get("country") or {}).get("name_en"), s.modality) for s in record.steps]
    assert ("signed", "2026-02-02", None, "done") in steps  # the long subject before «على»
    # the law passed by the parliament, then signed into force by the president: two steps of Armenia
    assert ("ratified", "2026-03-11", "Armenia", "done") in steps
    assert ("ratified", "2026-03-19", "Armenia", "done") in steps
    assert ("suspended", "2026-04-08", "Georgia", "done") in steps  # announced by its government
    # the Georgian parliament refused: no ratification by Georgia
    assert not [s for s in steps if s[0] == "ratified" and s[2] == "Georgia"]


def test_each_step_keeps_the_reports_that_tell_it(record) -> None:
    days = {}
    for s in record.steps:
        days.setdefault(s.kind, set()).update(src.published_at[:10] for src in s.sources if src.published_at)
    assert "2026-02-03" in days["signed"] and days["suspended"] == {"2026-04-08"}
    assert days["ratified"] == {"2026-03-11", "2026-03-20"}


# -- single sentences, in our own words -------------------------------------------------------------------------


def _steps(text: str, mentions: list[tuple]):
    from test_treaty_recall import KB, _doc

    from marsad.nlp.events.treaty_steps import find_steps

    return find_steps(_doc(text, [m for m in mentions if m[0] in text]), KB)


NZ, JAPAN = ("نيوزيلندا", "LOC", "New Zealand"), ("اليابان", "LOC", "Japan")


def test_the_gulf_council_is_one_party() -> None:
    [step] = _steps("ووقعت دول مجلس التعاون لدول الخليج العربية ونيوزيلندا أمس اتفاقية للتجارة الحرة.", [NZ])
    assert {p["name_en"] for p in step.data["parties"]} == {"Gulf Cooperation Council", "New Zealand"}


def test_a_participle_after_the_parties_and_a_comma_recalls_the_signing() -> None:
    text = ("وناقش البرلمان أمس اتفاقية حماية الاستثمارات المتبادلة بين نيوزيلندا واليابان، الموقعة في طوكيو في "
            "3 مارس الماضي.")
    kinds = {s.label: s for s in _steps(text, [NZ, JAPAN])}
    assert "signed" in kinds and kinds["signed"].data["modality"] == "done"


@pytest.mark.parametrize("text, kind, done", [
    # announced, held or ended: taken
    ("وأعلنت اليابان أمس انسحابها من اتفاقية حماية الاستثمارات المتبادلة مع نيوزيلندا.", "withdrawn", True),
    ("واختتمت في طوكيو أمس جولة رابعة من مفاوضات اتفاقية التجارة الحرة بين اليابان ونيوزيلندا.", "negotiated", True),
    # aimed at, intended or refused: not taken
    ("وأعلنت اليابان عزمها الانسحاب من اتفاقية حماية الاستثمارات المتبادلة مع نيوزيلندا.", "withdrawn", False),
    ("وبدأت المحادثات الرامية إلى التوصل لاتفاقية التجارة الحرة بين اليابان ونيوزيلندا.", "concluded", False),
    ("ورفض برلمان نيوزيلندا أمس المصادقة على اتفاقية التجارة الحرة مع اليابان.", "ratified", False),
])
def test_a_verbal_noun_is_a_step_when_a_past_verb_announces_it(text, kind, done) -> None:
    found = [s for s in _steps(text, [NZ, JAPAN]) if s.label == kind and s.data["modality"] == "done"]
    assert bool(found) is done


@pytest.mark.parametrize("text, kind", [
    # a body approves or votes for the agreement: a ratification (the Security Council's: an endorsement)
    ("ووافق البرلمان الياباني أمس على اتفاقية حماية الاستثمارات المتبادلة مع نيوزيلندا.", "ratified"),
    ("وصوت مجلس الأمن الدولي بالإجماع أمس لصالح اتفاق السلام بين نيوزيلندا واليابان.", "endorsed"),
    # the parties agreeing, or a body authorising a signing, is not
    ("ووافقت اليابان ونيوزيلندا أمس على تمديد المحادثات بشأن اتفاقية التجارة الحرة.", None),
    ("ووافق مجلس الوزراء على تفويض الوزير بالتوقيع على اتفاقية التجارة الحرة مع اليابان.", None),
])
def test_a_body_approving_an_agreement_ratifies_it(text, kind) -> None:
    done = {s.label for s in _steps(text, [NZ, JAPAN]) if s.data["modality"] == "done"}
    assert done == ({kind} if kind else set())


def test_a_parliament_named_by_a_nationality_the_coder_lacks_ratifies_for_its_country() -> None:
    [step] = _steps("وصادق البرلمان الكيني أمس على اتفاقية الصيد البحري مع تنزانيا.", [("تنزانيا", "LOC", "Tanzania")])
    assert step.label == "ratified" and (step.data["by"]["country"] or {}).get("name_en") == "Kenya"


def test_an_agency_of_the_united_nations_is_not_the_security_council() -> None:
    text = ("وانضمت اليابان أمس إلى معاهدة صون المخطوطات القديمة، وهي معاهدة أقرتها قبل عقدين منظمة "
            "الأمم المتحدة للتربية والعلم والثقافة.")
    assert "endorsed" not in {s.label for s in _steps(text, [JAPAN])}


def test_the_period_an_agreement_holds_is_no_entry_into_force() -> None:
    text = "ويتساءل محللون عما سيحدث للرسوم طوال مدة سريان اتفاقية التجارة الحرة بين اليابان ونيوزيلندا."
    assert "in_force" not in {s.label for s in _steps(text, [NZ, JAPAN])}


def test_an_indefinite_agreement_with_its_own_parties_is_not_the_one_named_elsewhere() -> None:
    text = ("وتناول المجلس «اتفاقية التجارة الحرة» مع نيوزيلندا. ووقعت اليابان أمس اتفاقية بين وزارتي الصحة في "
            "البلدين.")
    signed = [s for s in _steps(text, [NZ, JAPAN]) if s.label == "signed"]
    assert signed and all(not s.data["named"] for s in signed)


@pytest.mark.parametrize("text", [
    "ويرى محللون أن اليابان تعد اتفاقية التجارة الحرة مع نيوزيلندا الإنجاز الأكبر لحكومتها.",  # an achievement
])
def test_an_achievement_is_no_conclusion(text) -> None:
    assert "concluded" not in {s.label for s in _steps(text, [NZ, JAPAN])}


def test_an_agreement_named_by_a_place_is_not_the_one_named_elsewhere() -> None:
    text = ("وتناول المقال «اتفاقية التجارة الحرة» بين اليابان ونيوزيلندا. وذكّر الكاتب بالوزير الذي وقع اتفاق "
            "أوتاوا عام 1932.")
    doc_mentions = [NZ, JAPAN, ("أوتاوا", "LOC", "Ottawa")]
    signed = [s for s in _steps(text, doc_mentions) if s.label == "signed"]
    assert signed and all(not s.data["named"] or "أوتاوا" in s.data["name"] for s in signed)
