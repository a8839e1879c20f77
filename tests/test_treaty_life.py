"""Agreements followed from signing to entry into force, through the whole pipeline, over reports written for
these tests (and over the seeds when ../shared is present)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import processed_reports, run_cli, shared_path

import marsad
from marsad.nlp.events.treaty_life import name_words

# Short reports on different days, in our own words: one treaty signed, ratified by each side, in force;
# another agreement between other countries; an old treaty recalled; steps that did not (yet) happen.
REPORTS = [
    ("a1", "2025-03-02", "وكالة أ",
     "وقّع وزيرا خارجية الأردن والعراق في عمّان يوم الأحد معاهدة التعاون الاقتصادي الشامل بين البلدين، "
     "بعد مفاوضات استمرت عامين. وتنص المعاهدة على إلغاء الرسوم الجمركية على السلع الزراعية."),
    ("a2", "2025-04-15", "صحيفة ب",
     "صادق مجلس النواب الأردني يوم الثلاثاء على معاهدة التعاون الاقتصادي الشامل مع العراق بأغلبية كبيرة."),
    ("a3", "2025-05-21", "وكالة أ",
     "أقر البرلمان العراقي أمس المعاهدة الاقتصادية مع الأردن التي وقعها البلدان في مارس الماضي."),
    ("a4", "2025-06-01", "صحيفة ج",
     "دخلت معاهدة التعاون الاقتصادي الشامل بين الأردن والعراق حيز التنفيذ اليوم الأحد، بحسب بيان للحكومة العراقية."),
    ("a5", "2025-04-10", "صحيفة ج", "وقعت مصر والمغرب يوم الخميس اتفاقية للتجارة الحرة في الرباط."),
    ("a6", "2025-04-11", "صحيفة ب",
     "وذكّر الوزير بأن تونس وليبيا وقعتا اتفاقية حسن الجوار عام 1988، وقال إن العلاقات بين البلدين متينة."),
    ("a7", "2025-04-12", "وكالة أ",
     "لم يصادق البرلمان الكويتي بعد على اتفاقية الحدود البحرية مع السعودية. "
     "ومن المقرر أن تدخل اتفاقية الحدود البحرية حيز التنفيذ الشهر المقبل."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return processed_reports(tmp_path_factory.mktemp("treaties"), REPORTS)


def _by_name(found, words: str):
    return next(t for t in found if name_words(words) <= name_words(t.name))


def test_reports_on_different_days_are_one_treaty_with_every_step_dated_and_sourced(db) -> None:
    with marsad.open(str(db)) as m:
        found = m.treaties()
        t = _by_name(found, "معاهدة التعاون الاقتصادي")
        by_url = {a["id"]: a for a in m.articles(limit=20)}
    assert t.name == "معاهدة التعاون الاقتصادي الشامل" and "المعاهدة الاقتصادية" in t.aliases
    assert {p["name_en"] for p in t.parties} == {"Jordan", "Iraq"}
    steps = {(s.kind, (s.by or {}).get("name")): s for s in t.steps}
    assert steps[("signed", None)].date == "2025-03-02"
    assert steps[("ratified", "مجلس النواب الأردني")].date == "2025-04-15"
    assert steps[("ratified", "البرلمان العراقي")].date == "2025-05-20"  # "أمس" in a report of the 21st
    assert steps[("in_force", None)].date == "2025-06-01"
    assert t.date_signed == "2025-03-02"
    # every report is a source, the signing is told by two of them
    assert len({s.article_id for s in t.sources}) == 4 and len(steps[("signed", None)].sources) == 2
    assert t.first_reported == "2025-03-02" and t.last_reported == "2025-06-01"
    assert all(s.article_id in by_url for s in t.sources)
    # the other agreement stays apart
    other = _by_name(found, "اتفاقية للتجارة الحرة")
    assert {p["name_en"] for p in other.parties} == {"Egypt", "Morocco"} and other.date_signed == "2025-04-10"


def test_an_old_treaty_recalled_is_background_not_news(db) -> None:
    with marsad.open(str(db)) as m:
        listed = m.treaties()
        everything = m.treaties(include_all=True)
    old = _by_name(everything, "اتفاقية حسن الجوار")
    assert old.background and old.date_signed == "1988"
    assert old.id not in {t.id for t in listed}


def test_negated_steps_are_not_steps_and_planned_ones_are_expected(db) -> None:
    with marsad.open(str(db)) as m:
        t = _by_name(m.treaties(), "اتفاقية الحدود البحرية")
    kinds = {s.kind: s for s in t.steps}
    assert "ratified" not in kinds  # "لم يصادق": not ratified
    assert kinds["in_force"].modality == "expected"


def test_cli_api_and_page_show_the_timeline(db) -> None:
    out = run_cli("treaties", "--party", "Jordan", db=db).stdout.decode()
    assert "معاهدة التعاون الاقتصادي الشامل" in out and "in_force" in out and "مجلس النواب الأردني" in out
    rows = [json.loads(line) for line in run_cli("treaties", "--json", db=db).stdout.decode().splitlines()]
    jordan = next(r for r in rows if r["name"] == "معاهدة التعاون الاقتصادي الشامل")
    assert [s["kind"] for s in jordan["steps"]][:2] == ["negotiated", "signed"]
    rel = [json.loads(line) for line in run_cli("relations", "Jordan", "--json", db=db).stdout.decode().splitlines()]
    iraq = next(r for r in rel if (r["counterpart"] or {}).get("name_en") == "Iraq")
    assert {s["kind"] for s in iraq["agreements"][0]["steps"]} >= {"signed", "ratified", "in_force"}

    from fastapi.testclient import TestClient

    from marsad.web.app import WebSettings, create_app

    with TestClient(create_app(WebSettings(db=str(db)))) as c:
        api = c.get("/api/treaties")
        tid = next(r["id"] for r in api.json()["items"] if r["name"] == "معاهدة التعاون الاقتصادي الشامل")
        one, page = c.get(f"/api/treaties/{tid}"), c.get(f"/treaty/{tid}?lang=en")
    assert api.status_code == 200 and one.json()["treaty"]["date_signed"] == "2025-03-02"
    assert page.status_code == 200 and "Entered into force" in page.text and "مجلس النواب الأردني" in page.text


def test_seeds_russia_north_korea_treaty_is_one_record_named_as_written(tmp_path) -> None:
    seeds = shared_path("seeds")
    with marsad.open(str(tmp_path / "s.db")) as m:
        m.ingest([str(p) for p in sorted(seeds.glob("*.txt"))])
        m.process()
        found = m.treaties(party="Russia")
    assert len(found) == 1
    [t] = found
    assert {p["name_en"] for p in t.parties} == {"Russia", "North Korea"}
    assert name_words("شراكة شاملة") <= name_words(t.name)
    assert any(s.kind == "signed" for s in t.steps) and len({s.article_id for s in t.sources}) >= 3


@pytest.mark.parametrize("text, expected", [
    # agreeing (a verbal noun), commenting, admitting and secrecy are not steps of an agreement
    ("دخلت الزيادات الضريبية التي تم الاتفاق عليها مع الدائنين حيز التنفيذ اليوم.", []),
    ("علّق الوزير على الاتفاقية الجديدة بأنها خطوة مهمة.", []),
    ("أقر المسؤول بأن الاتفاق يواجه صعوبات كثيرة.", []),
    ("بقيت بنود الاتفاق السرية بعيدة عن الإعلام.", []),
    # what they are
    ("علقت الحكومة العمل باتفاقية التعاون الأمني مع جارتها.", [("suspended", "done")]),
    ("انسحبت الدولة من معاهدة الحد من التجارب النووية.", [("withdrawn", "done")]),
    ("تبنى مجلس الأمن قرارا يصادق على اتفاق السلام.", [("endorsed", "done")]),
    ("يصادق البرلمان على اتفاقية الصيد البحري الأسبوع المقبل.", [("ratified", "expected")]),
    # what a body should do, or either way, is not what it did
    ("يجب إحالة اتفاقية الصيد البحري إلى البرلمان لإقرارها.", []),
    ("صادق البرلمان أو لم يصادق على اتفاقية الصيد البحري، فالخلاف باق.", []),
    ("قال الوزير إن اتفاقية الصيد البحري تستحق إقرار البرلمان.", []),
])
def test_which_sentences_are_steps_of_an_agreement(text: str, expected: list[tuple[str, str]]) -> None:
    from test_events_coder import make_doc

    from marsad.nlp.events.treaty_steps import find_steps

    assert [(s.label, s.data["modality"]) for s in find_steps(make_doc(text, []))] == expected


def test_the_months_before_entry_into_force_are_not_the_entry() -> None:
    from test_events_coder import make_doc

    from marsad.nlp.events.treaty_steps import find_steps

    doc = make_doc("وتبدأ بذلك مهلة الأشهر الثلاثة السابقة لدخول الاتفاقية التجارية حيز التنفيذ.", [])
    assert [(s.label, s.data["modality"]) for s in find_steps(doc)] == [("in_force", "expected")]
