"""The language of treaty steps the rules lacked (issue 15, treaties51), on sentences written for these tests: a name
read through the construct state, a union as one party, parties agreeing on the final text (concluded), a vote for
ratification and approval granted by a parliament (ratified), a statute and the court it creates (withdrawn, each
country its own step), a recalled entry into force told by a coordinated verb with its month, and steps that are
not taken yet («قبل التوقيع», «يبقى توقيعها»)."""

from __future__ import annotations

import pytest
from conftest import processed_treaties
from test_events_coder import make_doc

from marsad.nlp.events.treaty_life import name_words
from marsad.nlp.events.treaty_steps import find_steps

REPORTS = [
    # a statute, three countries in one announcement, and one recalled that withdrew from the court it creates
    ("w1", "2026-03-04", "وكالة أ",
     "أعلنت بوروندي وغامبيا وجنوب أفريقيا أمس الثلاثاء انسحابها من النظام الأساسي للمحكمة الجنائية الدولية، "
     "في خطوة منسقة أثارت انتقاد منظمات حقوقية. وكانت الفلبين قد أعلنت انسحابها من المحكمة في مارس/آذار 2018."),
    # a union as one party, and a name read through the construct state
    ("u1", "2026-05-12", "صحيفة ب",
     "وقّعت تونس والاتحاد الأفريقي اليوم الثلاثاء في أديس أبابا اتفاقية إنشاء شبكة إقليمية لرصد التصحر "
     "ومكافحته، بحضور عدد من وزراء البيئة."),
    # an old treaty recalled with its months, the entry into force told by a coordinated verb
    ("r1", "2026-01-20", "وكالة أ",
     "ووقع المعاهدة وزيرا خارجية البلدين في العاصمة النرويجية في مارس/آذار 2012، ودخلت حيز التنفيذ في "
     "يناير/كانون الثاني 2013. وتنظم معاهدة الصيد في بحر بارنتس بين روسيا والنرويج حصص الصيد في المنطقة."),
]


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return processed_treaties(tmp_path_factory.mktemp("treaty_language51"), REPORTS)


def _steps(record) -> list[tuple]:
    return [(s.kind, s.date, ((s.by or {}).get("country") or {}).get("name_en")) for s in record.steps]


def test_a_statute_and_the_court_it_creates_are_one_agreement_each_country_withdrawing(records) -> None:
    [rec] = [t for t in records if name_words("نظام أساسي") <= name_words(t.name)]
    steps = _steps(rec)
    for country in ("Burundi", "Gambia", "South Africa"):
        assert ("withdrawn", "2026-03-03", country) in steps, steps
    assert ("withdrawn", "2018-03", "Philippines") in steps, steps  # «انسحابها من المحكمة»


def test_a_union_is_one_party_and_the_name_runs_through_the_construct_state(records) -> None:
    [rec] = [t for t in records if any(p["name_en"] == "Tunisia" for p in t.parties)]
    assert name_words("إنشاء شبكة إقليمية") <= name_words(rec.name)
    assert {p["name_en"] for p in rec.parties} == {"Tunisia", "African Union"}


def test_a_recalled_entry_into_force_told_by_a_coordinated_verb_takes_its_month(records) -> None:
    [rec] = [t for t in records if any(s.kind == "in_force" for s in t.steps)]
    steps = _steps(rec)
    assert ("signed", "2012-03", None) in steps  # the date at the end of its clause, past a long subject
    assert ("in_force", "2013-01", None) in steps


@pytest.mark.parametrize("text, kind", [
    ("واتفق الجانبان أمس على النص النهائي لمعاهدة الحدود البرية بعد جولات طويلة.", "concluded"),
    ("وأبرمت الحكومتان مساء أمس في مقر الرئاسة بالعاصمة بعد اجتماع مطول نص «اتفاقية التعاون القضائي».",
     "concluded"),
    ("أنهى الطرفان أمس المفاوضات حول اتفاقية النقل البري في جلسة ختامية.", "concluded"),
    ("صوّت مجلس النواب الأردني بالأغلبية لصالح التصديق على اتفاقية الربط الكهربائي مع العراق.", "ratified"),
    ("ومنح مجلس الشيوخ الفرنسي اليوم موافقته على معاهدة التعاون الدفاعي مع اليونان.", "ratified"),
    ("ذيّل وزيرا الخارجية في ختام اللقاء بتوقيعهما اتفاقية إلغاء التأشيرات بين البلدين.", "signed"),
    ("وأصبحت اتفاقية حماية الاستثمارات بين البلدين نافذة منذ مطلع الشهر.", "in_force"),
])
def test_steps_told_in_words_the_rules_lacked(text: str, kind: str) -> None:
    steps = [(s.label, s.data["modality"]) for s in find_steps(make_doc(text, []))]
    assert (kind, "done") in steps, steps


@pytest.mark.parametrize("text", [
    "وتمسكت الحكومة بشرط تعديل القانون قبل التوقيع النهائي على اتفاقية السلام.",
    "ولا يعني الاتفاق على المبادئ أن الاتفاقية باتت نافذة، إذ يبقى توقيعها ثم التصديق عليها.",
    "ولم يعلن بعد عن موعد لتوقيع الاتفاقية بين البلدين.",
])
def test_steps_not_taken_yet_are_no_steps(text: str) -> None:
    assert [(s.label, s.data["modality"]) for s in find_steps(make_doc(text, []))
            if s.data["modality"] == "done"] == []


@pytest.mark.parametrize("text, mentions, kind, taker", [
    # accession is a consent to be bound, as a ratification is; the country that joins takes it
    ("وانضمت دولة فلسطين رسميا أمس إلى معاهدة حظر الأسلحة الكيميائية.", [("فلسطين", "LOC", "Palestine")],
     "ratified", "فلسطين"),
    ("وأودعت الأردن وثيقة انضمامها إلى الاتفاقية لدى الأمم المتحدة.", [("الأردن", "LOC", "Jordan")], "ratified",
     "الأردن"),
    ("وأعلنت الحكومة الأمريكية خروجها من اتفاقية باريس للمناخ.", [], "withdrawn", None),
    ("وأوقفت الحكومة العمل بمعاهدة الصداقة مع جارتها.", [], "suspended", None),
    ("وبدأ العمل باتفاقية النقل البحري بين البلدين مطلع الشهر.", [], "in_force", None),
    ("ودخلت اتفاقية النقل البحري حيز التطبيق اليوم.", [], "in_force", None),
    # initialled, not signed: the text agreed
    ("ووقع الوزيران بالأحرف الأولى على اتفاقية التعاون الأمني.", [], "concluded", None),
])
def test_joining_leaving_stopping_starting_and_initialling(text: str, mentions: list, kind: str,
                                                          taker: str | None) -> None:
    steps = find_steps(make_doc(text, mentions))
    assert [(s.label, s.data["modality"]) for s in steps] == [(kind, "done")]
    if taker:
        assert (steps[0].data.get("by") or {}).get("name") == taker


@pytest.mark.parametrize("text", [
    "وتسعى الحكومة إلى الانضمام إلى المعاهدة العام المقبل.",
    "وخرج الاجتماع باتفاق على مواصلة الحوار.",
])
def test_an_aim_to_join_and_a_meeting_that_ends_are_no_steps(text: str) -> None:
    assert [s for s in find_steps(make_doc(text, [])) if s.data["modality"] == "done"] == []
