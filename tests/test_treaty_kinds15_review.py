"""Issue 15, after review: what an extension, a replacement or a term is not, and how their records group and link.
The plural «مُدد» (terms) is no «مدّد»; a new agreement refused, asked for or only to come replaces nothing, and no
agreement replaces itself; an automatic renewal is a property of the term; a clause on the old term gives the
extension neither its period, its end nor its day; periods are read in words as news write them; extensions are
grouped by their days, and the new agreement of a replacement shares a party with the old one.  Reports and
sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import processed_reports

import marsad
from marsad.nlp.events.treaty_life import name_words

_MENTIONS = [("مصر", "LOC", "Egypt"), ("السودان", "LOC", "Sudan")]


def _steps(text: str, timex: list[tuple[str, str]] = ()) -> list:
    from test_events_coder import make_doc

    from marsad.nlp.events.treaty_steps import find_steps

    mentions = [m for m in _MENTIONS if m[0] in text]
    return find_steps(make_doc(text, mentions, timex=timex))


def _kinds(text: str, timex: list[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    return [(s.label, s.data["modality"]) for s in _steps(text, timex)]


@pytest.mark.parametrize("taken, not_taken", [
    # "مُدد" (terms) after a verb or before the agreement noun: no extension; the verb "مدّد" opens its clause
    ("مدد البلدان اتفاقية النقل البري عاما إضافيا.", "تختلف مدد الاتفاقيات بين الدول."),
    ("ومدد البلدان اتفاقية النقل البري عاما إضافيا.", "تتفاوت مدد اتفاقيات التعاون بين مصر والسودان."),
    ("مددت الحكومتان اتفاقية المياه سبع سنوات.", "وتبلغ مدد الاتفاقية الجديدة سبع سنوات."),
    ("وقد مدد البلدان اتفاقية النقل البري عاما إضافيا.", "وتختلف مدد الاتفاقيات بين الدول."),
    # the new agreement refused, not signed, asked for or proposed: nothing is replaced
    ("وقعت الحكومة اتفاقية جديدة تحل محل اتفاقية 1990.", "رفضت الحكومة اتفاقية جديدة كانت ستحل محل اتفاقية 1990."),
    ("وقع البلدان اتفاقية النقل الجديدة التي تحل محل اتفاقية 1990.",
     "لم يوقع البلدان اتفاقية النقل الجديدة التي تحل محل اتفاقية 1990."),
    ("حلت اتفاقية جديدة محل اتفاقية 1990.", "دعت مصر إلى اتفاقية جديدة تحل محل اتفاقية 1990."),
    ("حلت اتفاقية جديدة محل اتفاق 2015.", "تطالب السودان باتفاقية جديدة تحل محل اتفاق 2015."),
    ("أبرمت مصر اتفاقية جديدة تحل محل اتفاقية 1959.", "اقترحت مصر اتفاقية جديدة تحل محل اتفاقية 1959."),
    # an automatic renewal tells how the term runs, not an extension to come
    ("يجدد البلدان اتفاقية الشراكة الاقتصادية الشهر المقبل.", "تجدد الاتفاقية تلقائيا كل ثلاث سنوات."),
    ("يجدد البلدان الاتفاق الشهر المقبل.", "ويجدد الاتفاق كل سنتين ما لم يعترض أحد الطرفين."),
])
def test_what_is_no_extension_nor_replacement(taken: str, not_taken: str) -> None:
    kinds = {"extended", "replaced"}
    assert [s.label for s in _steps(taken) if s.label in kinds]
    assert not [s for s in _steps(not_taken) if s.label in kinds]


def test_a_statement_between_the_verb_and_the_agreement() -> None:
    assert _kinds("جددت مصر والسودان في بيان مشترك اتفاقية النقل البري.") == [("extended", "done")]


def test_an_extension_dated_in_the_sentence_past_a_day_after_fi() -> None:
    [step] = _steps("مددت مصر والسودان في 5 مايو اتفاقية النقل البري لمدة عامين.", [("5 مايو", "2024-05-05")])
    assert (step.label, step.data["date"], step.data["period"]) == ("extended", "2024-05-05", "P2Y")


@pytest.mark.parametrize("text", [
    "وقعت مصر والسودان اتفاقية الصيد الجديدة التي تحل محل اتفاقية الصيد لعام 2001.",
    "وقعت مصر والسودان اتفاقية الربط الكهربائي الجديدة لتحل محل اتفاقية الربط الكهربائي الموقعة عام 1998.",
])
def test_no_agreement_replaces_itself_nor_takes_the_old_ones_year(text: str) -> None:
    steps = _steps(text)
    assert [s.label for s in steps] == ["signed"]
    assert steps[0].data["date"] not in ("2001", "1998") and "replaces" not in steps[0].data


def test_a_clause_on_the_old_term_gives_the_extension_nothing() -> None:
    [old_end] = _steps("مددت مصر والسودان اتفاقية النقل التي كانت تنتهي حتى 2025 لثلاث سنوات.")
    assert old_end.data["period"] == "P3Y" and "until" not in old_end.data
    first = [s for s in _steps("مددت مصر والسودان اتفاقية النقل التي أبرمت لمدة أربع سنوات.") if s.label == "extended"]
    assert first and "period" not in first[0].data  # the term it was concluded for, not what was added
    [aside] = [s for s in _steps("مددت مصر والسودان اتفاقية المياه، وكانت قد وقعت حتى عام 2023.")
               if s.label == "extended"]
    assert "until" not in aside.data
    # a participle tells the old one's day, not its term: what follows is the extension's period
    [between] = [s for s in _steps("مددت مصر والسودان العمل باتفاقية المياه الموقعة بينهما لمدة خمس سنوات.")
                 if s.label == "extended"]
    assert between.data["period"] == "P5Y"
    [dated] = [s for s in _steps("مددت مصر والسودان اتفاقية المياه الموقعة عام 2012 لمدة عامين.",
                                 [("عام 2012", "2012")]) if s.label == "extended"]
    assert (dated.data["period"], dated.data["date"]) == ("P2Y", "2024-06-20")
    # the old term's end is no day of the extension: the report's day is
    [ended] = _steps("مددت مصر والسودان اتفاقية النقل التي انتهت في يناير الماضي لمدة عام.",
                     [("يناير الماضي", "2024-01")])
    assert (ended.data["date"], ended.data["date_source"], ended.data["period"]) == ("2024-06-20", "article", "P1Y")


@pytest.mark.parametrize("text, period, said", [
    ("مددت مصر والسودان اتفاقية النقل لمدة تسعين يوما.", "P90D", "تسعين يوما"),
    ("مددت مصر والسودان اتفاقية النقل لخمسة عشر عاما.", "P15Y", "لخمسة عشر عاما"),
    ("مددت مصر والسودان اتفاقية النقل ستة أشهر.", "P6M", "ستة أشهر"),
])
def test_periods_in_words(text: str, period: str, said: str) -> None:
    [step] = _steps(text)
    assert (step.data.get("period"), step.data.get("period_said")) == (period, said)


@pytest.mark.parametrize("text, duration", [
    ("وقعت مصر والسودان اتفاقية النقل ومدتها ثلاث سنوات غير قابلة للتجديد.",
     {"period": "P3Y", "said": "ثلاث سنوات", "renewable": False}),
    ("وقعت مصر والسودان اتفاقية المياه ومدتها خمس وعشرون سنة وهي ليست قابلة للتجديد.",
     {"period": "P25Y", "said": "خمس وعشرون سنة", "renewable": False}),
    ("وقعت مصر والسودان اتفاقية النقل ومدتها اثنتا عشرة سنة.", {"period": "P12Y", "said": "اثنتا عشرة سنة",
                                                              "renewable": False}),
    # an automatic renewal in the next sentence: the term is renewable
    ("وقعت مصر والسودان أمس اتفاقية النقل البري. ويتجدد الاتفاق كل أربع سنوات.",
     {"period": "P4Y", "said": "أربع سنوات", "renewable": True}),
    ("وقعت مصر والسودان اتفاقية الموانئ ومدتها عامان. وتتجدد الاتفاقية تلقائيا ما لم يعترض أحد الطرفين.",
     {"period": "P2Y", "said": "عامان", "renewable": True}),
    # a time before the signing, a project's term: no term of the agreement
    ("وقعت مصر والسودان اتفاقية النقل بعد فترة ستة أشهر من المحادثات.", None),
    ("وقعت مصر والسودان اتفاقية النقل خلال مدة عامين.", None),
    ("وقعت مصر والسودان اتفاقية لتمويل مشروع السد ومدته خمس سنوات.", None),
])
def test_an_agreements_term(text: str, duration: dict | None) -> None:
    [signed] = [s for s in _steps(text) if s.label == "signed"]
    assert signed.data.get("duration") == duration


# Extensions told over several reports, a replacement and an agreement of other states under a like name, and an
# agreement replaced by a new one of the same name.
REPORTS = [
    ("w1", "2024-02-11", "وكالة أ", "مددت روسيا وأوكرانيا أمس اتفاقية الممر البحري لمدة تسعين يوما."),
    ("w2", "2024-05-20", "صحيفة ب", "مددت روسيا وأوكرانيا أمس اتفاقية الممر البحري لمدة ثلاثة أشهر."),
    ("n1", "2024-12-30", "وكالة أ", "جدد الأردن والعراق أمس اتفاقية نقل النفط بالشاحنات لمدة عام إضافي."),
    ("n2", "2025-01-03", "صحيفة ج", "جدد الأردن والعراق قبل أيام اتفاقية نقل النفط بالشاحنات عاما آخر."),
    ("e1", "2024-04-01", "وكالة أ", "حلت اتفاقية التبادل التجاري محل اتفاقية 1991 بين مصر والسودان."),
    ("e2", "2024-02-01", "صحيفة ب", "وقع المغرب وموريتانيا أمس اتفاقية التبادل التجاري في الرباط."),
    ("s1", "2024-05-02", "وكالة أ", "وقعت تونس وليبيا أمس اتفاقية الربط الكهربائي في طرابلس."),
    ("s2", "2026-03-15", "صحيفة ج", "وقعت تونس وليبيا أمس اتفاقية الربط الكهربائي الجديدة التي تحل محل اتفاقية "
                                    "الربط الكهربائي لعام 2024."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> list:
    db = processed_reports(tmp_path_factory.mktemp("kinds15review"), REPORTS)
    with marsad.open(str(db)) as m:
        return m.treaties(include_all=True)


def _named(found: list, words: str) -> list:
    return [t for t in found if name_words(words) <= name_words(t.name)]


def test_extensions_months_apart_are_two_steps_and_one_told_twice_is_one(found: list) -> None:
    [sea] = _named(found, "اتفاقية الممر البحري")
    ext = [s for s in sea.steps if s.kind == "extended"]
    assert [(s.date, s.period, s.period_said) for s in ext] == [("2024-02-10", "P90D", "تسعين يوما"),
                                                                ("2024-05-19", "P3M", "ثلاثة أشهر")]
    [oil] = _named(found, "اتفاقية نقل النفط")
    assert [len(s.sources) for s in oil.steps if s.kind == "extended"] == [2]  # (30 December, 3 January)


def test_a_replacement_links_no_agreement_of_other_states(found: list) -> None:
    others = _named(found, "اتفاقية التبادل التجاري")
    assert others and all(not t.replaces for t in others)
    [old] = _named(found, "اتفاقية 1991")
    assert all(not (s.agreement or {}).get("id") for s in old.steps)


def test_a_new_agreement_under_the_old_ones_name_is_a_record_of_its_own_that_replaces_it(found: list) -> None:
    records = _named(found, "اتفاقية الربط الكهربائي")
    assert len(records) == 2 and len({t.id for t in records}) == 2
    old, new = sorted(records, key=lambda t: t.first_reported)
    assert [(s.kind, s.date) for s in old.steps] == [("signed", "2024-05-01"), ("replaced", "2026-03-14")]
    assert old.steps[1].agreement["id"] == new.id and new.replaces == [{"name": old.name, "id": old.id}]
    assert [(s.kind, s.date) for s in new.steps] == [("signed", "2026-03-14")]  # (not "2024", the old one's year)
    assert not old.replaces
