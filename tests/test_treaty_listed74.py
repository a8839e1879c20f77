"""A house's approval passed on to the other house, a second law of ratification in one sentence, deposits by
several states dated "على التوالي", and a government named by its own title (issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

from marsad.nlp.events.treaty_life import name_words

# A lower house approves two bills of ratification in one sentence and sends them on to the upper house.
HOUSE = [
    ("h1", "2026-03-18", "صحيفة المنامة",
     "المنامة - صحيفة المنامة: وافق مجلس النواب في جلسته الأسبوعية أمس الثلاثاء على مشروع قانون بالتصديق على "
     "اتفاقية النقل البحري بين مملكة البحرين وجمهورية مصر العربية، ومشروع قانون بالتصديق على اتفاقية التعاون "
     "الجمركي بين مملكة البحرين وجمهورية الهند، وأحالهما إلى مجلس الشورى."),
]

# The same house approves a bill and sends it to one of its committees: not passed yet.
COMMITTEE = [
    ("c1", "2026-03-18", "صحيفة المنامة",
     "المنامة - صحيفة المنامة: وافق مجلس النواب في جلسته الأسبوعية أمس الثلاثاء على مشروع قانون بالتصديق على "
     "اتفاقية النقل البحري بين مملكة البحرين وجمهورية مصر العربية، وأحاله إلى لجنة الشؤون الخارجية لدراسته."),
]

# A convention enters into force; the report tells two earlier deposits in one clause, "respectively".
DEPOSITS = [
    ("d1", "2026-05-03", "وكالة الشرق",
     "عمّان - وكالة الشرق: دخلت الاتفاقية العربية لتنظيم النقل النهري حيز النفاذ أمس السبت، بعد أن أودع الأردن "
     "وثيقة تصديقه في 2 نيسان، فيما كانت مصر والعراق قد أودعتا وثيقتي انضمامهما في 5 كانون الثاني و8 شباط على "
     "التوالي."),
]

# Three states deposit their instruments on three days a bare day number shares a month with.
THREE = [
    ("t1", "2026-04-22", "وكالة الغرب",
     "الرباط - وكالة الغرب: أفادت المنظمة البحرية الدولية بأن تونس والمغرب وموريتانيا أودعت وثائق انضمامها إلى "
     "الاتفاقية الدولية لتنظيم صيد التونة لعام 2024، وذلك في 11 و19 مارس و2 أبريل 2026 على التوالي."),
]

# Libya's government is named by its title alone, in reports from Tripoli.
TITLED = [
    ("g1", "2026-03-02", "وكالة ليبيا",
     "طرابلس - وكالة ليبيا: وقعت ليبيا وتونس أمس الأحد اتفاقية التعاون في مجال الصيد البحري."),
    ("g2", "2026-05-02", "وكالة ليبيا",
     "طرابلس - وكالة ليبيا: وافق مجلس وزراء حكومة الوحدة الوطنية في اجتماعه أمس الجمعة على اتفاقية التعاون في "
     "مجال الصيد البحري مع تونس."),
    ("g3", "2026-09-02", "وكالة ليبيا",
     "طرابلس - وكالة ليبيا: قررت حكومة الوحدة الوطنية تعليق العمل باتفاقية التعاون في مجال الصيد البحري مع "
     "تونس، اعتبارا من أمس الثلاثاء."),
]


# Two international conventions, each report naming one: the short name "الاتفاقية الدولية" is both's.
TWO_CONVENTIONS = [
    ("v1", "2026-07-02", "وكالة أ",
     "بيروت - وكالة أ: أعلنت المنظمة أن الاتفاقية الدولية لحماية الآثار الغارقة في البحار دخلت حيز النفاذ أمس "
     "الأربعاء.\n\nوأوضحت المنظمة أن مصر والأردن كانتا قد أودعتا صكي انضمامهما في 12 كانون الثاني و9 شباط 2026 "
     "على التوالي."),
    ("v2", "2026-04-08", "وكالة ب",
     "طرابلس - وكالة ب: أفادت المنظمة البحرية الدولية بأن ليبيا ومصر والسودان أودعت وثائق انضمامها إلى "
     "الاتفاقية الدولية للحد من التلوث الضوئي الصادر عن الموانئ لعام 2025، وذلك في 17 و24 مارس و1 أبريل 2026 "
     "على التوالي."),
]


def _one(found, name: str):
    hits = [t for t in found if name_words(name) <= name_words(t.name)]
    assert len(hits) == 1, [t.name for t in found]
    return hits[0]


def _days(record, kind: str) -> dict[str | None, str]:
    return {((s.by or {}).get("country") or {}).get("name_en"): str(s.date) for s in record.steps
            if s.kind == kind and s.modality == "done"}


def test_a_bill_sent_on_to_the_other_house_was_passed_and_both_bills_count(tmp_path):
    found = processed_treaties(tmp_path, HOUSE)
    maritime = _one(found, "اتفاقية النقل البحري")
    customs = _one(found, "اتفاقية التعاون الجمركي")
    assert ("ratified", "Bahrain") in done_steps(maritime)
    assert ("ratified", "Bahrain") in done_steps(customs)  # the second bill of the same vote
    assert _days(customs, "ratified")["Bahrain"] == "2026-03-17"
    # ... while a bill sent to one of the house's committees is not passed yet
    (tmp_path / "c").mkdir()
    found = processed_treaties(tmp_path / "c", COMMITTEE)
    assert not any(s.kind == "ratified" and s.modality == "done" for t in found for s in t.steps)


def test_deposits_told_respectively_date_each_state(tmp_path):
    record = _one(processed_treaties(tmp_path, DEPOSITS), "الاتفاقية العربية")
    days = _days(record, "ratified")
    assert days.get("Egypt") == "2026-01-05"
    assert days.get("Iraq") == "2026-02-08"
    assert days.get("Jordan") == "2026-04-02"


def test_a_bare_day_takes_the_month_after_it_and_the_names_year_is_no_deposit_day(tmp_path):
    found = processed_treaties(tmp_path, THREE)
    record = next(t for t in found if any(s.kind == "ratified" for s in t.steps))
    assert _days(record, "ratified") == {"Tunisia": "2026-03-11", "Morocco": "2026-03-19",
                                         "Mauritania": "2026-04-02"}


def test_a_government_named_by_its_title_acts_for_the_reports_state(tmp_path):
    record = _one(processed_treaties(tmp_path, TITLED), "اتفاقية التعاون في مجال الصيد البحري")
    steps = done_steps(record)
    assert ("ratified", "Libya") in steps
    assert ("suspended", "Libya") in steps
    assert {p.get("name_en") for p in record.parties} == {"Libya", "Tunisia"}


def test_two_conventions_of_one_reach_stay_apart_each_named_by_its_title(tmp_path):
    found = processed_treaties(tmp_path, TWO_CONVENTIONS)
    wrecks = _one(found, "الاتفاقية الدولية لحماية الآثار الغارقة")
    light = _one(found, "الاتفاقية الدولية للحد من التلوث الضوئي")
    assert _days(wrecks, "ratified") == {"Egypt": "2026-01-12", "Jordan": "2026-02-09"}
    assert _days(light, "ratified") == {"Libya": "2026-03-17", "Egypt": "2026-03-24", "Sudan": "2026-04-01"}


# A state deposits its instrument with another (لدى): the one it deposits with takes no step; two states named after
# the verb each deposit their own (review37: the depositary was read as a second state ratifying).
DEPOSITED_WITH = [
    ("w1", "2026-04-02", "وكالة أ",
     "عمّان - وكالة أ: أودع سفير الأردن لدى مصر أمس الأربعاء وثيقة تصديق المملكة على اتفاقية النقل البري بين "
     "البلدين."),
]
BOTH_DEPOSIT = [
    ("w2", "2026-04-02", "وكالة أ",
     "عمّان - وكالة أ: أودعت مصر والأردن أمس وثيقتي تصديقهما على اتفاقية النقل البري بين البلدين."),
]


def test_the_state_an_instrument_is_deposited_with_does_not_ratify(tmp_path):
    found = processed_treaties(tmp_path, DEPOSITED_WITH)
    assert {step for t in found for step in done_steps(t)} == {("ratified", "Jordan")}
    # near miss: two states named after the verb are two deposits
    (tmp_path / "b").mkdir()
    found = processed_treaties(tmp_path / "b", BOTH_DEPOSIT)
    assert {step for t in found for step in done_steps(t)} == {("ratified", "Egypt"), ("ratified", "Jordan")}


# A cabinet approves an agreement and sends it to the house: not the other house's approval to come after its own
# (review37: since treaties74 the sending to «مجلس النواب» no longer undid the cabinet's approval, read as ratified).
CABINET_SENDS = [
    ("k1", "2026-04-02", "وكالة أ",
     "القاهرة - وكالة أ: وافق مجلس الوزراء المصري أمس الأربعاء على اتفاقية النقل البحري بين مصر والأردن وأحالها "
     "إلى مجلس النواب."),
]


def test_a_cabinet_sending_an_agreement_to_the_house_has_not_ratified_it(tmp_path):
    found = processed_treaties(tmp_path, CABINET_SENDS)
    assert not any(s.kind == "ratified" and s.modality == "done" for t in found for s in t.steps), found
