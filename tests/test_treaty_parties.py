"""Who is a party to an agreement, which agreement a bare noun or a descriptive name means, and when a recalled
step happened — on sentences and short reports written for these tests (issue 15, treaty records on real news)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import processed_reports, run_cli
from test_events_coder import make_doc

import marsad
from marsad.nlp.events.treaty_life import name_words
from marsad.nlp.events.treaty_steps import find_steps


def _parties(step) -> set[str]:
    return {p.get("name_en") for p in step.data["parties"]}


@pytest.mark.parametrize("text, mentions, expected", [
    # a country that welcomes the signing in the same sentence is a bystander; the city of signing is no party
    ("وقعت كينيا وإثيوبيا في جنيف اتفاق الحدود البرية، في خطوة رحبت بها فرنسا.",
     [("كينيا", "LOC", "Kenya"), ("إثيوبيا", "LOC", "Ethiopia"), ("جنيف", "LOC", "Geneva"), ("فرنسا", "LOC", "France")],
     {"Kenya", "Ethiopia"}),
    # the city in the agreement's name is no party; a bloc after مع is one
    ("صادقت إيران على اتفاق فيينا مع القوى الكبرى.",
     [("إيران", "LOC", "Iran"), ("فيينا", "LOC", "Vienna")], {"Iran", "P5+1"}),
    # the country that speaks is not the country that signed
    ("قالت السعودية إن إيران والقوى الكبرى وقعت الاتفاق النووي.",
     [("السعودية", "LOC", "Saudi Arabia"), ("إيران", "LOC", "Iran")], {"Iran", "P5+1"}),
    # parties after بين, and the subject of a verb that follows the agreement
    ("دخلت اتفاقية التجارة الحرة بين كينيا وتنزانيا حيز التنفيذ.",
     [("كينيا", "LOC", "Kenya"), ("تنزانيا", "LOC", "Tanzania")], {"Kenya", "Tanzania"}),
    ("رحبت فرنسا بالاتفاق الذي توصلت إليه كينيا وإثيوبيا.",
     [("فرنسا", "LOC", "France"), ("كينيا", "LOC", "Kenya"), ("إثيوبيا", "LOC", "Ethiopia")], {"Kenya", "Ethiopia"}),
])
def test_parties_are_the_countries_the_clause_makes_parties(text, mentions, expected) -> None:
    [step] = find_steps(make_doc(text, mentions))
    assert _parties(step) == expected


def test_a_company_contract_is_marked_as_one() -> None:
    [step] = find_steps(make_doc("وقعت شركة الاتصالات اتفاقية تعاون مع بنك التنمية أمس.", []))
    assert step.label == "signed" and step.data.get("organisations") is True
    [state] = find_steps(make_doc("وقعت كينيا اتفاقية تعاون مع تنزانيا أمس.",
                                  [("كينيا", "LOC", "Kenya"), ("تنزانيا", "LOC", "Tanzania")]))
    assert not state.data.get("organisations")


def test_a_bill_of_a_parliament_is_not_the_security_councils_endorsement() -> None:
    text = "أقر البرلمان الإيراني مشروع قانون يتعلق بالاتفاق النووي، وذلك قبل أسبوع من جلسة خاصة سيعقدها مجلس الأمن."
    assert [(s.label, s.data["by"]["name"]) for s in find_steps(make_doc(text, []))] == [
        ("ratified", "البرلمان الإيراني")]
    council = "وأقر مجلس الأمن الدولي بالإجماع الاتفاق النووي."
    assert [s.label for s in find_steps(make_doc(council, []))] == ["endorsed"]


def test_a_cue_whose_object_is_a_pronoun_is_not_a_step_of_the_agreement_after_it() -> None:
    text = "ووافق المجلس على قرار جرى التفاوض عليه في إطار الاتفاق النووي."
    assert find_steps(make_doc(text, [])) == []


@pytest.mark.parametrize("text, timex, date, source", [
    # recalled (relative clause, participle, after بعد): it happened by the report's date, not on it
    ("ورحب الوزير بالاتفاق الذي وقعه البلدان.", [], "2024-06-20", "before"),
    ("وتحدث الوزير بعد توقيع الاتفاق النووي عن المرحلة المقبلة.", [], "2024-06-20", "before"),
    # reported: the report's date
    ("وقع البلدان الاتفاق النووي.", [], "2024-06-20", "article"),
    # the sentence's own time, a bare year included
    ("وتستند المحكمة إلى اتفاقية الحدود البحرية التي وقعها البلدان 1974.", [], "1974", "timex"),
    ("وقع البلدان الاتفاق النووي يوم الاثنين.", [("يوم الاثنين", "2024-06-17")], "2024-06-17", "timex"),
])
def test_a_steps_date_comes_from_its_own_sentence(text, timex, date, source) -> None:
    [step] = find_steps(make_doc(text, [], timex=timex))
    assert (step.data["date"], step.data["date_source"]) == (date, source)


def test_a_bare_noun_means_the_agreement_named_last_before_it() -> None:
    text = ("صادق البرلمان الإثيوبي على اتفاق الحدود البرية مع كينيا. ومن جهة أخرى دخلت اتفاقية التجارة الحرة "
            "بين كينيا وتنزانيا حيز التنفيذ. وكانت الاتفاقية قد وقعت في مارس الماضي.")
    steps = {s.label: s for s in find_steps(make_doc(text, []))}
    assert name_words(steps["signed"].data["name"]) == name_words("اتفاقية التجارة الحرة")
    # a plural is several agreements, not the one the article names
    plural = find_steps(make_doc("صادق البرلمان الإثيوبي على اتفاق الحدود البرية. ووقع البلدان الاتفاقيات أمس.",
                                 []))
    assert [s.data["named"] for s in plural if s.label == "signed"] == [False]


# Reports on different days, in our own words: one border agreement followed from signing to entry into force
# with bystanders around it; two different "cooperation agreements" sharing one country; a company contract.
REPORTS = [
    ("k1", "2025-09-10", "وكالة أ",
     "وقّعت كينيا وإثيوبيا يوم الأربعاء في جنيف اتفاق الحدود البرية بين البلدين، في خطوة رحّبت بها فرنسا وألمانيا."),
    ("k2", "2025-11-02", "صحيفة ب", "صادق البرلمان الكيني أمس على اتفاق الحدود البرية مع إثيوبيا."),
    ("k3", "2025-11-20", "وكالة أ",
     "قالت فرنسا إن اتفاق الحدود البرية بين كينيا وإثيوبيا دخل حيز التنفيذ اليوم الخميس."),
    ("c1", "2025-09-13", "صحيفة ج", "وقعت مصر والأردن أمس اتفاقية تعاون في مجال النقل."),
    ("c2", "2025-09-14", "صحيفة ج", "وقعت مصر والسودان أمس اتفاقية تعاون في مجال الصحة."),
    ("o1", "2025-09-11", "صحيفة ب", "وقعت شركة كينية للاتصالات اتفاقية تعاون مع شركة إثيوبية للبرمجيات."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return processed_reports(tmp_path_factory.mktemp("treaty_parties"), REPORTS)


def test_an_agreement_followed_over_months_has_its_parties_only(db) -> None:
    with marsad.open(str(db)) as m:
        found = [t for t in m.treaties() if name_words("اتفاق الحدود البرية") <= name_words(t.name)]
    assert len(found) == 1
    [t] = found
    assert {p["name_en"] for p in t.parties} == {"Kenya", "Ethiopia"}  # not France, Germany, Switzerland
    steps = {s.kind: s for s in t.steps}
    assert steps["signed"].date == "2025-09-10" and steps["ratified"].date == "2025-11-01"
    assert steps["in_force"].date == "2025-11-20" and len({s.article_id for s in t.sources}) == 3


def test_two_cooperation_agreements_sharing_one_country_stay_apart(db) -> None:
    with marsad.open(str(db)) as m:
        # (named with their field since treaties50: "اتفاقية تعاون في مجال النقل")
        coop = [t for t in m.treaties(include_all=True) if name_words("اتفاقية تعاون") <= name_words(t.name)
                and not t.organisations]
    assert sorted(sorted(p["name_en"] for p in t.parties) for t in coop) == [["Egypt", "Jordan"], ["Egypt", "Sudan"]]


def test_a_company_contract_is_listed_apart(db) -> None:
    with marsad.open(str(db)) as m:
        listed = m.treaties()
        everything = m.treaties(include_all=True)
    contracts = [t for t in everything if t.organisations]
    assert len(contracts) == 1 and contracts[0].id not in {t.id for t in listed}
    out = run_cli("treaties", "--all", db=db).stdout.decode()
    assert "a contract of companies or institutions" in out


def _row(aid: str, day: str, kind: str, said: str, parties: list[str], generic: bool = False,
         modality: str = "done", source: str = "article") -> dict:
    return {"article_id": aid, "start": 0, "end": 10, "text": said, "outlet": "t", "published_at": day, "label": kind,
            "data": {"said": said, "name": said, "generic": generic, "named": not generic, "modality": modality,
                     "date": day, "date_source": source,
                     "parties": [{"name": p, "name_en": p, "entity_id": None} for p in parties]}}


def test_a_member_of_a_bloc_counts_as_the_bloc_when_reports_are_joined() -> None:
    from marsad.nlp.events.treaty_life import assemble_records

    rows = [_row("x1", "2025-07-14", "concluded", "الاتفاق النووي", ["Iran", "P5+1"]),
            _row("x2", "2025-07-15", "signed", "الاتفاق", ["United States", "Iran"], generic=True),
            _row("x3", "2025-07-15", "signed", "الاتفاق", ["United States", "Turkey"], generic=True)]
    found = assemble_records(rows)
    assert sorted(sorted({s.article_id for s in t.sources}) for t in found) == [["x1", "x2"], ["x3"]]


@pytest.mark.parametrize("text, expected", [
    ("وتنفذ موسكو معاهدة الحد من الصواريخ التي وقعها الرئيسان الروسي والأمريكي قبل عقود.", {"Russia", "United States"}),
    ("وتراجعت الأسعار بعد توقيع الاتفاق النووي الغربي الإيراني.", {"Iran"}),
])
def test_nationalities_of_the_signers_and_of_the_agreement_are_its_parties(text, expected) -> None:
    [step] = find_steps(make_doc(text, []))
    assert expected <= _parties(step)


@pytest.mark.parametrize("text, mentions, expected", [
    ("وزار الوزير إسرائيل بعد توقيع الاتفاق النووي مع إيران.", [("إسرائيل", "LOC", "Israel"), ("إيران", "LOC", "Iran")],
     {"Iran"}),
    ("ونقل المتحدث ترحيب القاهرة بتوقيع اتفاق السلام بين الفرقاء.", [("القاهرة", "LOC", "Egypt")], set()),
])
def test_who_stands_before_a_verbal_noun_is_not_its_subject(text, mentions, expected) -> None:
    [step] = find_steps(make_doc(text, mentions))
    assert _parties(step) == expected


@pytest.mark.parametrize("text", [
    "سواء تم التصديق على الاتفاق النووي أم لا، فلن يتغير موقف الحكومة.",
    "ولو صدقت توقعات المحللين بشأن الاتفاق النووي لتغيرت المنطقة.",
])
def test_either_way_or_if_is_not_a_step(text) -> None:
    assert find_steps(make_doc(text, [])) == []


def test_a_step_taken_is_told_by_the_reports_of_it_taken_and_dated_by_the_first() -> None:
    from marsad.nlp.events.treaty_life import assemble_records

    rows = [_row("y1", "2025-03-01", "signed", "اتفاق الحدود البرية", ["Kenya", "Ethiopia"], modality="expected"),
            _row("y2", "2025-03-05", "signed", "اتفاق الحدود البرية", ["Kenya", "Ethiopia"], source="before"),
            _row("y3", "2025-03-04", "signed", "اتفاق الحدود البرية", ["Kenya", "Ethiopia"])]
    [t] = assemble_records(rows)
    [step] = t.steps
    assert step.modality == "done" and {s.article_id for s in step.sources} == {"y2", "y3"}
    assert (step.date, step.date_source) == ("2025-03-04", "article")
    assert {s.article_id for s in t.sources} == {"y1", "y2", "y3"}


@pytest.mark.parametrize("text, mentions, expected", [
    # a short record (a headline, a JSON line) may end with the agreement: its step is read, nothing fails
    ("وقعت كينيا وتنزانيا الاتفاق", [("كينيا", "LOC", "Kenya"), ("تنزانيا", "LOC", "Tanzania")], {"Kenya", "Tanzania"}),
    ("صادقت إيران على الاتفاق النووي", [("إيران", "LOC", "Iran")], {"Iran"}),
])
def test_a_text_ending_with_the_agreement(text, mentions, expected) -> None:
    steps = find_steps(make_doc(text, mentions))
    assert steps and expected <= _parties(steps[0])
