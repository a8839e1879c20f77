"""Agreements not lost: parties named by a pronoun, by "المملكة" or through "مع"; both sides of بين when each is an
institution of its country; names with a number; a month's own year; steps authorised, awaited or ended — on
sentences written for these tests (issue 15, recall of treaty records on real news)."""

from __future__ import annotations

import pytest
from test_events_coder import make_doc

from marsad.nlp.events.treaty_steps import find_steps
from marsad.nlp.linking import load_kb

KB = load_kb(None)


def _doc(text: str, mentions: list[tuple], outlet: str = "test", **kw):
    """A doc whose mentions carry the shipped knowledge base's ids ("loc:kenya"), from the given outlet."""
    doc = make_doc(text, mentions, **kw)
    for m in doc.layers.get("mention", []):
        m.data["entity_id"] = "loc:" + m.data["name_en"].lower().replace(" ", "-")
    doc.article.outlet = outlet
    return doc


def _parties(step) -> set[str]:
    return {p.get("name_en") for p in step.data["parties"]}


KENYA, ETHIOPIA, EGYPT, JORDAN = (("كينيا", "LOC", "Kenya"), ("إثيوبيا", "LOC", "Ethiopia"), ("مصر", "LOC", "Egypt"),
                                  ("الأردن", "LOC", "Jordan"))


@pytest.mark.parametrize("text, mentions, expected", [
    # the subject of the clause is the other party of an agreement "with" a country
    ("وقال البيان إن كينيا خرقت اتفاقية الهدنة الموقعة مع إثيوبيا مرات عدة.", [KENYA, ETHIOPIA],
     {"Kenya", "Ethiopia"}),
    ("وستنقل الأردن شحنات القمح عبر الميناء بموجب اتفاق مع مصر تم التوصل إليه مطلع الشهر.", [JORDAN, EGYPT],
     {"Jordan", "Egypt"}),
    # ... not a country that only reacts to the deal, nor the object of a preposition
    ("ورحبت كينيا بالاتفاق الذي تم التوصل إليه مع إثيوبيا.", [KENYA, ETHIOPIA], {"Ethiopia"}),
    ("وخفت حدة التوتر مع كينيا على خلفية توقيع اتفاق مع إثيوبيا.", [KENYA, ETHIOPIA], {"Ethiopia"}),
    # ... nor the subject of a clause the agreement only frames
    ("وزار وزير الأردن القاهرة في أعقاب الاتفاق الذي تم التوصل إليه مع إثيوبيا.",
     [JORDAN, ("القاهرة", "LOC", "Egypt"), ETHIOPIA], {"Ethiopia"}),
])
def test_an_agreement_with_a_country_takes_the_subject_of_its_clause(text, mentions, expected) -> None:
    [step] = find_steps(_doc(text, mentions), KB)
    assert _parties(step) == expected


def test_the_kingdom_of_a_saudi_paper_is_saudi_arabia() -> None:
    text = "ووقعت المملكة أمس اتفاقية للنقل الجوي مع كينيا."
    [step] = find_steps(_doc(text, [KENYA], outlet="okaz"), KB)
    assert _parties(step) == {"Saudi Arabia", "Kenya"}
    # another kingdom, a place, or an outlet of unknown country: no Saudi party
    other = "ووقعت المملكة المتحدة أمس اتفاقية للنقل الجوي مع كينيا."
    assert "Saudi Arabia" not in _parties(find_steps(_doc(other, [KENYA], outlet="okaz"), KB)[0])
    place = "ووقعت كينيا في المملكة أمس اتفاقية للنقل الجوي مع إثيوبيا."
    assert _parties(find_steps(_doc(place, [KENYA, ETHIOPIA], outlet="okaz"), KB)[0]) == {"Kenya", "Ethiopia"}
    assert "Saudi Arabia" not in _parties(find_steps(_doc(text, [KENYA], outlet="test"), KB)[0])


@pytest.mark.parametrize("text, mentions, expected", [
    # the speaker's country: the nationality of the office that speaks
    ("قال وزير المالية الإثيوبي أمس إن بلاده وقعت اتفاقية للتجارة مع كينيا.", [KENYA], {"Ethiopia", "Kenya"}),
    # the person nearest the pronoun, not the one who reports it
    ("وقال الوزير الأردني إن خطاب الرئيس الإثيوبي يثبت أن الاتفاق الذي وقعته بلاده مع كينيا لن يغير شيئا.",
     [KENYA], {"Ethiopia", "Kenya"}),
])
def test_his_country_is_the_country_of_the_one_who_speaks(text, mentions, expected) -> None:
    [step] = find_steps(_doc(text, mentions), KB)
    assert _parties(step) == expected


def test_both_sides_of_between_are_parties_when_each_is_a_body_of_its_country() -> None:
    text = ("وجرى التوقيع على اتفاقية تعاون في مجال النقل الجوي بين هيئة الطيران المدني في كينيا، "
            "وهيئة الطيران المدني الإثيوبية.")
    [step] = find_steps(_doc(text, [KENYA]), KB)
    assert _parties(step) == {"Kenya", "Ethiopia"}
    # a city after في is where, and the second side closes the list: no party after a comma
    city = "ووقع الاتفاق بين كينيا وإثيوبيا في نيروبي، والأردن يراقب."
    [step] = find_steps(_doc(city, [KENYA, ETHIOPIA, ("نيروبي", "LOC", "Nairobi"), JORDAN]), KB)
    assert _parties(step) == {"Kenya", "Ethiopia"}


def test_europe_is_the_union_when_it_takes_the_step() -> None:
    text = "ويفرض الاتفاق الذي توصلت إليه أوروبا لإنقاذ اليونان شروطا صارمة."
    [step] = find_steps(_doc(text, [("اليونان", "LOC", "Greece")]), KB)
    assert _parties(step) == {"European Union", "Greece"}
    there = "ووقعت كينيا في أوروبا اتفاق الحدود البرية مع إثيوبيا."
    assert "European Union" not in _parties(find_steps(_doc(there, [KENYA, ETHIOPIA]), KB)[0])


def test_a_city_with_a_number_names_the_agreement() -> None:
    [step] = find_steps(_doc("وتراجع القتال بعد توقيع اتفاقات مينسك 2 في الشتاء.", []), KB)
    assert step.data["name"] == "اتفاقات مينسك 2"


def test_a_month_takes_the_year_written_after_it() -> None:
    text = "وأغلق المعسكر طبقا لاتفاقية الحدود الموقعة بين كينيا وإثيوبيا في ديسمبر لعام 2008 بعد مفاوضات."
    # (the talks "بعد مفاوضات" are a step of their own since treaties50)
    [step] = [s for s in find_steps(_doc(text, [KENYA, ETHIOPIA], timex=[("ديسمبر", "2024-12")]), KB)
              if s.label == "signed"]
    assert (step.data["date"], step.data["date_source"]) == ("2008-12", "timex")


def test_a_recalled_step_takes_the_date_its_sentence_writes() -> None:
    text = ("ويحمل الجواز ختما يستند إلى اتفاقية الحدود البرية الموقعة بين البلدين في العاصمة الإثيوبية وسط حضور "
            "دولي واسع ومراقبين من الاتحاد الأفريقي بتاريخ 13 مارس 1998.")
    [step] = find_steps(_doc(text, [], timex=[("13 مارس 1998", "1998-03-13")]), KB)
    assert (step.data["date"], step.data["date_source"]) == ("1998-03-13", "timex")
    # "أمس" is the day of the report about it, not of the step
    told = ("وأشاد الوزير بالاتفاق الذي وقعه البلدان، وذلك خلال مؤتمر صحفي عقده في العاصمة بحضور عدد كبير من "
            "الصحفيين أمس.")
    [step] = find_steps(_doc(told, [], timex=[("أمس", "2024-06-19")]), KB)
    assert step.data["date_source"] == "before"


def test_a_signing_authorised_is_to_come() -> None:
    text = ("ووافق مجلس الوزراء على تفويض وزير الخارجية أو من ينيبه بالتباحث مع كينيا في شأن مشروع اتفاقية عامة "
            "للتعاون والتوقيع عليها.")
    [step] = find_steps(_doc(text, [KENYA]), KB)
    assert (step.label, step.data["modality"]) == ("signed", "expected")


@pytest.mark.parametrize("text", [
    # awaited: once both ratify
    "وتستعد الوكالة للتفتيش حالما تتلقى إشارة بدء تنفيذ الاتفاق النووي بعد تصديق طرفيه.",
    # conditional: if the parliament refuses, the country may withdraw
    "وإذا رفض البرلمان الاتفاق النووي فإن الحكومة قد تنسحب منه.",
    # the end of its force, not its entry into force
    "ويقول المنتقدون إن إيران ستكون حرة فور انتهاء سريان بنود الاتفاق النووي.",
])
def test_awaited_conditional_or_ended_is_not_a_step(text) -> None:
    assert find_steps(_doc(text, []), KB) == []


def test_a_bare_report_joins_through_the_parties_most_reports_name() -> None:
    """A party one report of a group names in passing does not pull another agreement's report into it."""
    from test_treaty_parties import _row

    from marsad.nlp.events.treaty_life import assemble_records

    rows = [_row(f"n{i}", "2025-07-14", "concluded", "الاتفاق النووي", ["Iran", "P5+1"]) for i in range(6)]
    rows.append(_row("n9", "2025-07-15", "signed", "الاتفاق النووي", ["Iran", "Yemen", "P5+1"]))
    rows.append(_row("h1", "2025-07-16", "concluded", "اتفاقا", ["Iran", "Yemen"], generic=True))
    found = assemble_records(rows)
    assert ["h1"] in [sorted({s.article_id for s in t.sources}) for t in found]


def test_the_kingdom_is_a_paper_of_a_kingdoms_own_word_only() -> None:
    # an Emirati or an Egyptian paper's "المملكة" is not its own country
    text = "ووقعت المملكة أمس اتفاقية للنقل الجوي مع كينيا."
    for outlet in ("alkhaleej", "youm7"):
        assert _parties(find_steps(_doc(text, [KENYA], outlet=outlet), KB)[0]) == {"Kenya"}


def test_a_name_that_begins_with_a_preposition_letter_is_still_a_subject() -> None:
    text = "وانتهكت باكستان الاتفاقية الموقعة مع كينيا مرات عدة."
    [step] = find_steps(_doc(text, [("باكستان", "LOC", "Pakistan"), KENYA]), KB)
    assert _parties(step) == {"Pakistan", "Kenya"}


def test_a_count_near_a_step_is_not_its_year() -> None:
    text = "ووقعت مصر وكينيا اتفاقية لتوريد 2000 طن من الشاي."
    [step] = find_steps(_doc(text, [EGYPT, KENYA]), KB)
    assert step.data["date"] == "2024-06-20" and step.data["date_source"] == "article"
    recalled = "وكانت مصر وكينيا قد وقعتا الاتفاقية 1998 وصادقتا عليها لاحقا."
    assert find_steps(_doc(recalled, [EGYPT, KENYA]), KB)[0].data["date"] == "1998"
