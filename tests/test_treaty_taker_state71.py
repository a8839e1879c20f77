"""A ratification whose taker is named without a state takes the state the report gives it (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

# Morocco and Tunisia sign a fisheries agreement; a report from Tunis later tells, in a clause naming neither side,
# that the president (by title alone) ratified it.
FISHERIES = [
    ("f1", "2026-02-11", "وكالة أ",
     "وقع وزيرا الفلاحة المغربي والتونسي أمس الثلاثاء في الرباط اتفاقية التعاون في مجال الصيد البحري بين المغرب "
     "وتونس."),
    ("f2", "2026-06-02", "وكالة ب",
     "تونس - وكالة ب: أعلنت وزارة الفلاحة أمس أن اتفاقية التعاون في مجال الصيد البحري بين تونس والمغرب دخلت حيز "
     "التنفيذ أمس الاثنين، بعد استكمال الإجراءات.\n\n"
     "وكان رئيس الجمهورية قد صادق على الاتفاقية في أبريل الماضي، بعد موافقة البرلمان عليها."),
]

# Three states ratify a regional convention; two are told by their own house after "التي", as «برلمانها».
ROADS = [
    ("r1", "2026-07-20", "وكالة ج",
     "نواكشوط - وكالة ج: صادق البرلمان الموريتاني أمس الأحد على اتفاقية النقل الطرقي بين موريتانيا والنيجر "
     "والسنغال، لتصبح موريتانيا ثالث دولة تصادق عليها بعد النيجر، التي صادق برلمانها عليها في مايو الماضي، "
     "والسنغال التي صادقت جمعيتها الوطنية عليها في يونيو الماضي."),
]

# A Saudi consultative council and then the cabinet approve the same agreement on different days.
AIR = [
    ("a1", "2026-03-03", "وكالة د",
     "الرياض - وكالة د: وافق مجلس الشورى أمس الاثنين على اتفاقية النقل الجوي بين المملكة العربية السعودية "
     "وكينيا."),
    ("a2", "2026-03-25", "وكالة د",
     "الرياض - وكالة د: وافق مجلس الوزراء في جلسته أمس الثلاثاء على اتفاقية النقل الجوي بين المملكة العربية "
     "السعودية وكينيا."),
]


def _one(treaties, word):
    found = [t for t in treaties if word in t.name]
    assert len(found) == 1, [t.name for t in treaties]
    return found[0]


def test_a_president_by_title_ratifies_for_the_dateline_state(tmp_path):
    record = _one(processed_treaties(tmp_path, FISHERIES), "الصيد")
    assert ("ratified", "Tunisia") in done_steps(record)  # «رئيس الجمهورية» in a report from Tunis
    assert ("ratified", "Morocco") not in done_steps(record)  # the other side took no step
    assert {p.get("name_en") for p in record.parties} == {"Morocco", "Tunisia"}


def test_a_house_named_as_a_states_own_ratifies_for_that_state(tmp_path):
    record = _one(processed_treaties(tmp_path, ROADS), "الطرقي")
    steps = done_steps(record)
    assert {("ratified", "Mauritania"), ("ratified", "Niger"), ("ratified", "Senegal")} <= steps
    assert ("ratified", None) not in steps  # every ratification has its state


def test_a_council_and_a_cabinet_each_ratify_on_their_own_day(tmp_path):
    record = _one(processed_treaties(tmp_path, AIR), "الجوي")
    saudi = sorted(str(s.date) for s in record.steps if s.kind == "ratified"
                   and ((s.by or {}).get("country") or {}).get("name_en") == "Saudi Arabia")
    assert saudi == ["2026-03-02", "2026-03-24"]  # the council's day, then the cabinet's
