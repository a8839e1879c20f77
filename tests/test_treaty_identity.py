"""Which agreement a report tells, and when: an agreement named by the city it was made in is the one made there;
two agreements of one pair of countries signed months apart stay two; a site's "الموقع" is no signing; a weekday
in a quotation is the speaker's, not the report's — on sentences written for these tests (issue 15)."""

from __future__ import annotations

import pytest
from test_events_coder import make_doc

from marsad.models import Span
from marsad.nlp.events.treaty_steps import find_steps


def _steps(doc) -> list[tuple[str, str]]:
    return [(s.label, s.data["modality"]) for s in find_steps(doc)]


@pytest.mark.parametrize("text, expected", [
    # "الموقع" before a noun without على is a place or a site, not "signed"
    ("ويبرم فريق التسويق في الموقع اتفاقيات مع أصحاب الإعلانات لزيادة عائداتهم.", []),
    ("ونشر الموقع اتفاقيات الشراكة على صفحته.", []),
    ("ويبرم الفريق اتفاقيات لمساعدة أصحاب الإعلانات على استخدام الموقع بكفاءة.", []),
    # ... after the agreement, or with على, it is the signing recalled
    ("وقال إن الدول الموقعة على المعاهدة ستجتمع في الخريف.", [("signed", "done")]),
    ("وخرق الطرفان الاتفاقية الموقعة بينهما قبل عام.", [("signed", "done")]),
])
def test_a_site_is_not_a_signing(text, expected) -> None:
    assert _steps(make_doc(text, [])) == expected


def test_entry_into_force_awaited_across_a_long_name_is_expected() -> None:
    doc = make_doc("فيما تنتظر كينيا دخول اتفاق التجارة الحرة الذي وقعته مع جيرانها الثلاثة الشهر الماضي حيز التنفيذ، "
                   "يستعد المصدرون للموسم.", [])
    assert ("in_force", "expected") in _steps(doc) and ("in_force", "done") not in _steps(doc)


def _with_weekday(text: str, surface: str, value: str, published: str):
    doc = make_doc(text, [], published_at=published)
    pos = text.index(surface)
    doc.layer("timex").append(Span("timex", pos, pos + len(surface), "day",
                                   {"value": value, "text": surface, "relative": True}))
    return doc


def test_a_weekday_in_a_quotation_is_not_the_steps_date() -> None:
    # the senator spoke days before the report: his "Monday" is not the Monday before the report
    quoted = "وقال السيناتور: «يوم الاثنين (الذي صادق فيه مجلس الأمن على الاتفاق) يوم أسود في تاريخنا»."
    [step] = find_steps(_with_weekday(quoted, "يوم الاثنين", "2025-03-10", "2025-03-12"))
    assert step.label == "endorsed" and step.data["date"] != "2025-03-10"
    assert step.data["date_source"] in ("before", "article")
    # the report's own weekday still dates the step
    told = "وصادق مجلس الأمن يوم الاثنين على الاتفاق بالإجماع."
    [step] = find_steps(_with_weekday(told, "يوم الاثنين", "2025-03-10", "2025-03-12"))
    assert step.data["date"] == "2025-03-10" and step.data["date_source"] == "timex"


# Reports in our own words: a deal told by its topic, then by the city it was made in; another deal made in the same
# city by other countries; two deals of one pair of countries signed months apart.
REPORTS = [
    ("v1", "2025-03-05", "وكالة أ",
     "وقعت إيران ومجموعة 5+1 الاتفاق النووي في فيينا يوم الثلاثاء بعد مفاوضات استمرت عامين."),
    ("v2", "2025-03-09", "صحيفة ب",
     "وقال المحلل إن الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى في فيينا سيغير موازين المنطقة."),
    ("v3", "2025-03-12", "صحيفة ج",
     "وتحدث الوزير عن اتفاق فيينا الذي وقعته إيران قبل أسبوع، وقال إنه يفتح صفحة جديدة."),
    ("v4", "2025-03-11", "وكالة أ",
     "ووقعت النمسا والمجر في فيينا أمس اتفاقية للنقل النهري على الدانوب."),
    ("t1", "2025-07-30", "وكالة أ",
     "قالت وزارة الخارجية التركية اليوم إن تركيا وقعت اتفاقا مع الولايات المتحدة يسمح باستخدام قاعدة جوية "
     "في جنوب البلاد."),
    ("t2", "2025-08-01", "صحيفة ب",
     "وكانت الولايات المتحدة وتركيا قد وقعتا في فبراير الماضي اتفاقا لتدريب مقاتلين من المعارضة."),
    ("t3", "2025-08-01", "صحيفة ج",
     "ووقعت الولايات المتحدة وتركيا في فبراير الماضي في أنقرة اتفاقا لتدريب وتسليح مقاتلين معارضين."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    import marsad
    from conftest import processed_reports

    db = processed_reports(tmp_path_factory.mktemp("identity"), REPORTS)
    with marsad.open(str(db)) as m:
        return m.treaties(include_all=True)


def _names(t) -> set[str]:
    return {t.name, *t.aliases}


def test_an_agreement_named_for_its_city_is_the_one_made_there(found) -> None:
    nuclear = [t for t in found if any("فيينا" in n or "النووي" in n for n in _names(t))
               and "Iran" in {p.get("name_en") for p in t.parties}]
    assert len(nuclear) == 1, [(t.name, t.aliases) for t in nuclear]
    [t] = nuclear
    assert t.name == "الاتفاق النووي" and "اتفاق فيينا" in t.aliases
    assert {s.article_id for s in t.sources} == {"v1", "v2", "v3"} or len({s.article_id for s in t.sources}) == 3
    # the river deal made in the same city by other countries stays its own
    river = [t for t in found if "Hungary" in {p.get("name_en") for p in t.parties}]
    assert len(river) == 1 and "Iran" not in {p.get("name_en") for p in river[0].parties}


def test_two_deals_of_one_pair_signed_months_apart_are_two_records(found) -> None:
    pair = [t for t in found if {p.get("name_en") for p in t.parties} >= {"United States", "Türkiye"}]
    signed = sorted(next(s.date for s in t.steps if s.kind == "signed") for t in pair)
    assert len(pair) == 2, [(t.name, [(s.kind, s.date) for s in t.steps]) for t in pair]
    assert signed[0].startswith("2025-02") and signed[1] == "2025-07-30"


def test_a_year_written_for_another_step_does_not_date_this_one() -> None:
    doc = make_doc("وقال البيان إن البلدين توصلا إلى اتفاق لإلغاء العقد الموقع عام 2019 لشراء السفن.", [],
                   published_at="2025-08-06", timex=[("عام 2019", "2019")])
    [step] = [s for s in find_steps(doc) if s.label == "concluded"]
    assert step.data["date"] != "2019"
    # its own year still dates it
    doc = make_doc("وتوصلت الدولتان عام 2019 إلى اتفاق لتبادل السجناء.", [], published_at="2025-08-06",
                   timex=[("عام 2019", "2019")])
    [step] = [s for s in find_steps(doc) if s.label == "concluded"]
    assert step.data["date"] == "2019"


def test_a_country_named_by_its_nationality_is_one_party_with_its_name() -> None:
    from test_treaty_recall import KB, _doc, _parties

    # "السلطات التركية" is Türkiye as the knowledge base names it, the same party as a report naming "تركيا"
    text = "ووقعت الحكومة التركية والحكومة العراقية أمس اتفاقية لتقاسم مياه النهر."
    [step] = find_steps(_doc(text, []), KB)
    named = "ووقعت تركيا والعراق أمس اتفاقية لتقاسم مياه النهر."
    doc = _doc(named, [("تركيا", "LOC", "Turkiye"), ("العراق", "LOC", "Iraq")])
    doc.layers["mention"][0].data["name_en"] = "Türkiye"  # as the linker names it
    [other] = find_steps(doc, KB)
    assert _parties(step) == _parties(other) == {"Türkiye", "Iraq"}


@pytest.mark.parametrize("text", [
    # what a purpose clause names ("لإجازتها") is not done
    "ووصفت الجولة بأنها الفرصة الأخيرة للتوصل إلى اتفاقية تجارية في وقت يسمح لإجازتها في البرلمان هذا العام.",
    # a wish is no step: "تريد أن تفاوض"
    "وقال الكاتب إن الحكومة تخلت عن حلفائها في اتفاقها الأخير، وهي تريد أن تفاوض عليهم جيرانها.",
])
def test_a_step_named_as_a_purpose_is_no_step(text) -> None:
    assert [s.label for s in find_steps(make_doc(text, []))] == []


def test_the_day_someone_spoke_is_not_the_day_of_the_step_he_recalls() -> None:
    text = "ودافع الرئيس عن الاتفاق الذي تم التوصل إليه مع الجيران وقال أمس الخميس إنه اتفاق تاريخي."
    doc = make_doc(text, [], published_at="2025-07-25", timex=[("أمس الخميس", "2025-07-24")])
    [step] = find_steps(doc)
    assert step.label == "concluded" and step.data["date"] != "2025-07-24"
    before = "وأكد الوزير اليوم الخميس أن الاتفاق الذي تم إبرامه مع الجيران لن يغير سياسة بلاده."
    doc = make_doc(before, [], published_at="2025-07-25", timex=[("اليوم الخميس", "2025-07-24")])
    assert [s.data["date"] for s in find_steps(doc)] != ["2025-07-24"]
    # a step reported as news takes the day it was announced
    told = "وقال الوزير اليوم الخميس إن البلدين وقعا اتفاقية للتجارة الحرة."
    doc = make_doc(told, [], published_at="2025-07-25", timex=[("اليوم الخميس", "2025-07-24")])
    assert [s.data["date"] for s in find_steps(doc)] == ["2025-07-24"]


def test_talks_told_weeks_after_the_deal_are_its_negotiation_not_the_reports_day(tmp_path) -> None:
    import marsad
    from conftest import processed_reports

    reports = [
        ("n1", "2025-03-05", "وكالة أ", "ووقعت كينيا وإثيوبيا يوم 4 مارس 2025 معاهدة تقاسم مياه النهر في نيروبي."),
        ("n2", "2025-04-20", "صحيفة ب",
         "وقال المحلل إن معاهدة تقاسم مياه النهر التي جرى التفاوض عليها خلال عامين بين كينيا وإثيوبيا تواجه "
         "انتقادات من المزارعين."),
    ]
    with marsad.open(str(processed_reports(tmp_path, reports))) as m:
        [t] = [t for t in m.treaties() if "Kenya" in {p.get("name_en") for p in t.parties}]
    talks = [s for s in t.steps if s.kind == "negotiated"]
    assert talks and all(s.date <= "2025-03-04" for s in talks), [(s.kind, s.date) for s in t.steps]


def test_a_bare_noun_told_by_its_topic_is_that_agreement_not_the_articles_other_one() -> None:
    from marsad.nlp.events.treaty_life import name_words

    text = ("ووقع الوزيران أمس اتفاقيات التعاون الاقتصادي بين البلدين. وبحث الجانبان أوضاع المنطقة على ضوء "
            "الاتفاق الذي جرى التوصل إليه الشهر الماضي حول البرنامج النووي.")
    steps = {s.label: s.data for s in find_steps(make_doc(text, []))}
    assert name_words("الاتفاق النووي") <= name_words(steps["concluded"]["name"])
    assert name_words("اتفاقيات التعاون الاقتصادي") <= name_words(steps["signed"]["name"])
    # "هذا الاتفاق حول ..." is the agreement the article told of, described again
    text = ("ووقعت الدولتان اتفاقية الحدود البرية في مارس. وكان الرئيسان قد وقعا هذا الاتفاق حول ترسيم الحدود "
            "بعد مفاوضات طويلة.")
    names = {name_words(s.data["name"]) for s in find_steps(make_doc(text, [])) if s.label == "signed"}
    assert names == {name_words("اتفاقية الحدود البرية")}


def test_a_party_named_like_a_capital_and_a_state_is_the_state() -> None:
    from test_treaty_recall import KB, _doc, _parties

    text = "وتعزز معاهدة الحدود البحرية التي وقعتها إيران وعمان قبل أسابيع حضور البلدين في المضيق."
    doc = _doc(text, [("إيران", "LOC", "Iran"), ("عمان", "LOC", "Amman")])  # the linker took the capital
    [step] = find_steps(doc, KB)
    assert _parties(step) == {"Iran", "Oman"}


def test_a_city_named_agreement_with_no_party_is_not_joined_to_a_deal_made_there(tmp_path) -> None:
    import marsad
    from conftest import processed_reports

    reports = [
        ("g1", "2025-05-02", "وكالة أ", "ووقعت إيران ومجموعة 5+1 في جنيف أمس اتفاقا مرحليا بشأن البرنامج النووي."),
        ("g2", "2025-05-03", "صحيفة ب", "وقالت المنظمة إن الدول الموقعة على اتفاقية جنيف ملزمة بحماية الأسرى."),
    ]
    with marsad.open(str(processed_reports(tmp_path, reports))) as m:
        found = m.treaties(include_all=True)
    deal = [t for t in found if "Iran" in {p.get("name_en") for p in t.parties}]
    assert deal and all("جنيف" not in " ".join([t.name or "", *t.aliases]) for t in deal)
