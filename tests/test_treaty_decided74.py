"""Steps decided by agreeing on them, taken by a ministry named without its state, and signed with the day and
the place set aside between commas (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

from marsad.nlp.events.treaty_life import name_words

# Jordan and Iraq sign a crude supply agreement, agree months later to extend it, then an Iraqi ministry (named
# without its state, in a report from Baghdad) suspends it.
SUPPLY = [
    ("s1", "2026-02-03", "وكالة الشرق",
     "عمّان - وكالة الشرق: وقع الأردن والعراق أمس الاثنين اتفاقية تزويد المصافي بالنفط الخام لمدة عام."),
    ("s2", "2026-11-18", "وكالة الشرق",
     "عمّان - وكالة الشرق: اتفق الأردن والعراق، أمس الثلاثاء، على تمديد العمل باتفاقية تزويد المصافي بالنفط "
     "الخام لعام إضافي."),
    ("s3", "2026-12-20", "وكالة الرافدين",
     "بغداد - وكالة الرافدين: أعلنت وزارة النفط، أمس السبت، تعليق العمل باتفاقية تزويد المصافي بالنفط الخام "
     "مع الأردن بسبب أعمال الصيانة."),
]

# Agreeing to sign is only a plan.
PLAN = [
    ("p1", "2026-06-10", "وكالة الشرق",
     "عمّان - وكالة الشرق: اتفق الأردن ومصر أمس على توقيع اتفاقية النقل النهري خلال الشهر المقبل."),
]

# A signing whose subject is long and whose day and place are each set aside between commas.
SIGNING = [
    ("g1", "2026-03-26", "وكالة أ",
     "بغداد - وكالة أ: وقعت جمهورية العراق وجمهورية كازاخستان، أمس الأربعاء، في بغداد، اتفاقية التعاون في "
     "مجال توريد الحبوب."),
]


# A house named by its title and nationality, then by what it is called in brackets, before its verb.
BRACKETS = [
    ("b1", "2026-05-20", "وكالة أ",
     "تونس - وكالة أ: دخلت اتفاقية الضمان الاجتماعي بين تونس وتركيا حيز النفاذ أمس. وكانت الجمعية الوطنية "
     "الكبرى التركية (البرلمان) قد صادقت يوم الخميس 14 أيار/مايو على الاتفاقية."),
]


# Two delegations end the talks on an agreement named by the talks, the day and place set aside between commas.
TALKS = [
    ("t1", "2026-05-28", "وكالة أ",
     "الكويت - وكالة أ: أنهى وفدا دولة الكويت وجمهورية أوغندا، أمس الأربعاء في كمبالا، مفاوضات اتفاقية تسليم "
     "المجرمين بين البلدين، بعد جولة ثالثة استمرت أربعة أيام."),
]


# A Kuwaiti cabinet approves a decree-law, then the ruler, named by the country alone, issues it.
DECREE = [
    ("r1", "2026-03-10", "صحيفة الكويت",
     "الكويت - صحيفة الكويت: وقعت الكويت والأردن أمس الاثنين اتفاقية التعاون في مجال النقل البري."),
    ("r2", "2026-05-11", "صحيفة الكويت",
     "الكويت - صحيفة الكويت: أصدر حضرة صاحب السمو أمير البلاد أمس الأحد مرسوما بقانون بالموافقة على اتفاقية "
     "التعاون في مجال النقل البري بين دولة الكويت والمملكة الأردنية الهاشمية."),
]

# A convention with a long name becomes in force.
IN_FORCE = [
    ("i1", "2026-10-02", "وكالة أ",
     "بيروت - وكالة أ: أصبحت الاتفاقية الدولية للحد من التلوث الضوئي الصادر عن الموانئ نافذة أمس الخميس، بحسب "
     "ما أعلنته المنظمة."),
]


# Morocco's cabinet, by its own name, approves the bill of an agreement whose sides are told only after it.
CABINET = [
    ("m1", "2026-02-27", "صحيفة الرباط",
     "الرباط - صحيفة الرباط: صادق مجلس الحكومة، خلال اجتماعه أمس الخميس، على مشروع القانون رقم 14.26 يوافق "
     "بموجبه على اتفاقية التعاون في مجال تحلية المياه، الموقعة بالرباط في 12 يناير 2026 بين حكومة المملكة "
     "المغربية وحكومة جمهورية السنغال."),
]


# An old agreement a new one replaces, told by its name and signing year in one report and by its year alone in
# another.
OLD_BY_YEAR = [
    ("y1", "2026-02-12", "وكالة أ",
     "القاهرة - وكالة أ: وقعت مصر والسودان أمس اتفاقية الملاحة النهرية. وأوضحت الوزارة أن الاتفاقية الجديدة ستحل "
     "عند نفاذها محل اتفاقية النقل النهري الموقعة بين البلدين عام 1975، التي لم تعد تلائم حاجات التجارة."),
    ("y2", "2026-06-02", "وكالة أ",
     "القاهرة - وكالة أ: بدأت أولى الرحلات النهرية بين مصر والسودان، بعدما دخلت اتفاقية الملاحة النهرية مع "
     "السودان حيز النفاذ أمس الاثنين، لتحل بذلك محل اتفاقية عام 1975."),
]


def _one(found, name: str):
    hits = [t for t in found if name_words(name) <= name_words(t.name)]
    assert len(hits) == 1, [t.name for t in found]
    return hits[0]


def test_agreeing_on_an_extension_extends_and_a_ministry_suspends_for_the_reports_state(tmp_path):
    record = _one(processed_treaties(tmp_path, SUPPLY), "اتفاقية تزويد المصافي")
    extended = [s for s in record.steps if s.kind == "extended" and s.modality == "done"]
    assert [str(s.date) for s in extended] == ["2026-11-17"]
    assert ("suspended", "Iraq") in done_steps(record)  # «وزارة النفط» in a report from Baghdad
    assert ("suspended", "Jordan") not in done_steps(record)
    # ... while agreeing to sign only plans the signing
    (tmp_path / "plan").mkdir()
    found = processed_treaties(tmp_path / "plan", PLAN)
    assert not any(s.kind == "signed" and s.modality == "done" for t in found for s in t.steps)


def test_a_signing_past_the_day_and_the_place_set_aside(tmp_path):
    record = _one(processed_treaties(tmp_path, SIGNING), "اتفاقية التعاون في مجال توريد الحبوب")
    signed = [s for s in record.steps if s.kind == "signed" and s.modality == "done"]
    assert [str(s.date) for s in signed] == ["2026-03-25"]
    assert {p.get("name_en") for p in record.parties} == {"Iraq", "Kazakhstan"}


def test_a_house_called_by_another_name_in_brackets_keeps_its_state(tmp_path):
    record = _one(processed_treaties(tmp_path, BRACKETS), "اتفاقية الضمان الاجتماعي")
    ratified = [s for s in record.steps if s.kind == "ratified" and s.modality == "done"]
    assert len(ratified) == 1
    assert (ratified[0].by or {}).get("name") == "الجمعية الوطنية الكبرى التركية"  # not «البرلمان» of no state
    assert str(ratified[0].date) == "2026-05-14"


def test_talks_ended_past_the_day_and_place_conclude_the_agreement(tmp_path):
    record = _one(processed_treaties(tmp_path, TALKS), "اتفاقية تسليم المجرمين")
    steps = {(s.kind, str(s.date)) for s in record.steps if s.modality == "done"}
    assert ("concluded", "2026-05-27") in steps
    assert ("negotiated", "2026-05-27") in steps
    assert {p.get("name_en") for p in record.parties} == {"Kuwait", "Uganda"}


def test_a_decree_law_issued_by_the_ruler_of_the_country_ratifies_for_it(tmp_path):
    record = _one(processed_treaties(tmp_path, DECREE), "اتفاقية التعاون في مجال النقل البري")
    ratified = [s for s in record.steps if s.kind == "ratified" and s.modality == "done"]
    assert [(str(s.date), ((s.by or {}).get("country") or {}).get("name_en")) for s in ratified] == [
        ("2026-05-10", "Kuwait")]
    assert ("ratified", "Jordan") not in done_steps(record)


def test_a_convention_with_a_long_name_becomes_in_force(tmp_path):
    found = processed_treaties(tmp_path, IN_FORCE)
    record = _one(found, "الاتفاقية الدولية للحد من التلوث الضوئي")
    assert [str(s.date) for s in record.steps if s.kind == "in_force" and s.modality == "done"] == ["2026-10-01"]


def test_a_cabinet_by_its_own_name_approves_for_the_dateline_state(tmp_path):
    record = _one(processed_treaties(tmp_path, CABINET), "اتفاقية التعاون في مجال تحلية المياه")
    assert ("ratified", "Morocco") in done_steps(record)
    assert ("ratified", "Senegal") not in done_steps(record)


def test_an_old_agreement_called_by_its_year_alone_is_the_one_signed_that_year(tmp_path):
    found = processed_treaties(tmp_path, OLD_BY_YEAR)
    old = [t for t in found if any(s.kind == "replaced" for s in t.steps)]
    assert len(old) == 1, [t.name for t in found]  # one record of the old agreement, not two
    kinds = {(s.kind, str(s.date)[:4]) for s in old[0].steps if s.modality == "done"}
    assert ("signed", "1975") in kinds and ("replaced", "2026") in kinds
