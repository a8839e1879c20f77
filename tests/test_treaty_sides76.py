"""Parliamentary reporting with no dateline (issue 15): a house of no nationality votes on an agreement named by its
counterpart alone ("... مع أرمينيا"); the vote is the other side's."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

# Two reports, no dateline: the first names both sides, the second the counterpart alone.
HOUSE_WITH = [
    ("a1", "2026-03-05", "صحيفة الجبل",
     "وقع وزير العدل اللبناني ونظيره الأرميني، أمس الأربعاء في بيروت، اتفاقية التعاون القضائي في المسائل "
     "المدنية بين البلدين."),
    ("a2", "2026-06-12", "موقع الوادي",
     "أقر مجلس النواب، في جلسته التشريعية أمس الخميس، مشروع القانون الرامي إلى الإجازة للحكومة إبرام اتفاقية "
     "التعاون القضائي في المسائل المدنية مع جمهورية أرمينيا، كما عدلته اللجان المشتركة."),
]


def test_a_house_voting_on_an_agreement_with_the_counterpart_is_the_other_sides(tmp_path):
    found = processed_treaties(tmp_path, HOUSE_WITH)
    record = next(t for t in found if any(s.kind == "signed" for s in t.steps))
    assert {p.get("name_en") for p in record.parties} == {"Lebanon", "Armenia"}
    steps = done_steps(record)
    assert ("ratified", "Lebanon") in steps
    assert ("ratified", "Armenia") not in steps
    day = next(str(s.date) for s in record.steps if s.kind == "ratified" and s.modality == "done")
    assert day == "2026-06-11"


# A gazette tells a law by its number and date, with no verb of passing it and no issuer named.
GAZETTE = [
    ("g1", "2026-03-14", "صحيفة الخضراء",
     "تونس - صحيفة الخضراء: صدر بالرائد الرسمي للجمهورية التونسية، في عدده الصادر أمس الجمعة، القانون عدد 9 "
     "لسنة 2026 المؤرخ في 10 مارس 2026 والمتعلق بالموافقة على اتفاقية التعاون في مجال النقل البري بين "
     "الجمهورية التونسية والمملكة المغربية."),
]

# A decree with the force of law named by its number, the agreement named by its counterpart alone, no dateline.
DECREE_WITH = [
    ("k1", "2026-02-03", "صحيفة الخليج",
     "وقعت دولة الكويت وجمهورية أذربيجان، أمس الاثنين، اتفاقية النقل البري الدولي للركاب والبضائع."),
    ("k2", "2026-04-20", "صحيفة الخليج",
     "نشرت الجريدة الرسمية في عددها الصادر أمس الأحد المرسوم بقانون رقم 50 لسنة 2026 بالموافقة على اتفاقية "
     "النقل البري الدولي للركاب والبضائع مع جمهورية أذربيجان."),
]

# A bill by its number, sent to the house: no law passed yet.
BILL = [
    ("b1", "2026-05-06", "صحيفة الخضراء",
     "تونس - صحيفة الخضراء: أحالت الحكومة أمس إلى البرلمان مشروع القانون عدد 31 لسنة 2026 المتعلق بالموافقة على "
     "اتفاقية التعاون في مجال النقل البري بين الجمهورية التونسية والمملكة المغربية."),
]


def test_a_law_a_gazette_names_by_its_number_ratifies_on_its_own_date(tmp_path):
    found = processed_treaties(tmp_path, GAZETTE)
    record = next(t for t in found if any(s.kind == "ratified" for s in t.steps))
    steps = [s for s in record.steps if s.kind == "ratified" and s.modality == "done"]
    assert [((s.by or {}).get("country") or {}).get("name_en") for s in steps] == ["Tunisia"]
    assert str(steps[0].date) == "2026-03-10"
    # ... while a bill by its number, sent to the house, is no law passed yet
    (tmp_path / "b").mkdir()
    found = processed_treaties(tmp_path / "b", BILL)
    assert not any(s.kind == "ratified" and s.modality == "done" for t in found for s in t.steps)


def test_a_numbered_decree_on_an_agreement_with_the_counterpart_is_the_other_sides(tmp_path):
    found = processed_treaties(tmp_path, DECREE_WITH)
    record = next(t for t in found if any(s.kind == "signed" for s in t.steps))
    assert ("ratified", "Kuwait") in done_steps(record)
    assert ("ratified", "Azerbaijan") not in done_steps(record)



# A ruler issues several decrees "yesterday", listed each in a paragraph of its own after a colon.
DECREE_LIST = [
    ("m1", "2026-05-05", "صحيفة الساحل الشرقي",
     "مسقط - «الساحل الشرقي»: أصدر جلالة السلطان، أمس الاثنين، عددا من المراسيم السلطانية، منها:\n\n"
     "مرسوم سلطاني رقم 41 / 2026 بإنشاء هيئة وطنية للموانئ.\n\n"
     "مرسوم سلطاني رقم 42 / 2026 بالتصديق على اتفاقية النقل البحري بين حكومة سلطنة عمان وحكومة جمهورية الهند."),
]


def test_decrees_listed_after_a_colon_take_the_day_of_the_sentence_that_lists_them(tmp_path):
    found = processed_treaties(tmp_path, DECREE_LIST)
    record = next(t for t in found if any(s.kind == "ratified" for s in t.steps))
    steps = [s for s in record.steps if s.kind == "ratified" and s.modality == "done"]
    assert [((s.by or {}).get("country") or {}).get("name_en") for s in steps] == ["Oman"]
    assert str(steps[0].date) == "2026-05-04"


# The lead names the agreement in force; a bare "الاتفاقية" recalls its signing and ratification; another agreement
# of the pair is named only in the last paragraph.
NAMED_BEFORE = [
    ("r1", "2026-07-02", "صحيفة الرافدين",
     "بغداد - صحيفة الرافدين: دخلت اتفاقية النقل البري بين جمهورية العراق والمملكة الأردنية الهاشمية حيز التنفيذ "
     "أمس الأربعاء، الأول من تموز، لتحل محل الاتفاقية الثنائية المبرمة عام 1980.\n\n"
     "وكانت الحكومتان قد وقعتا الاتفاقية في عمّان في آذار الماضي، قبل أن يصدر القانون رقم 12 لسنة 2026 "
     "بالتصديق عليها في 5 أيار 2026.\n\n"
     "ويرى محللون أن الاتفاقية تعكس تنامي العلاقات بين البلدين، اللذين وقعا في أواخر العام الماضي اتفاقية "
     "للتعاون التجاري تنتظر بدورها استكمال إجراءاتها."),
]


def test_a_bare_noun_is_the_agreement_named_before_it_not_one_named_later(tmp_path):
    found = processed_treaties(tmp_path, NAMED_BEFORE)
    transport = next(t for t in found if "البري" in t.name)
    days = {(s.kind, str(s.date)) for s in transport.steps if s.modality == "done"}
    assert {("signed", "2026-03"), ("ratified", "2026-05-05"), ("in_force", "2026-07-01")} <= days
    trade = next(t for t in found if "التجاري" in t.name)
    assert {(s.kind, str(s.date)) for s in trade.steps} == {("signed", "2025")}
