"""Treaty records (issue 15, round 86): titles read up to what identifies them, a house named by the parliament it
is part of, an entry into force still to come, and a correction's mistaken claim."""

from __future__ import annotations

from conftest import done_steps, processed_treaties


def _one(treaties, word):
    found = [t for t in treaties if word in t.name or any(word in a for a in t.aliases)]
    assert len(found) == 1, [(t.name, t.aliases) for t in treaties]
    return found[0]


# Five agreements whose titles go on past the words a name reader stops at.
TITLES = [
    ("a1", "2026-03-02", "وكالة أ",
     "تونس - وكالة أ: وقعت تونس والبرتغال أمس الأحد في لشبونة معاهدة الصداقة والشراكة المعززة بين البلدين، خلال "
     "زيارة رسمية."),
    ("a2", "2026-03-04", "وكالة ب",
     "هانوي - وكالة ب: وقعت فيتنام والأردن أمس الثلاثاء اتفاقية التعاون في الاستخدامات الزراعية للمياه الجوفية، "
     "بحضور وزيري الزراعة."),
    ("a3", "2026-03-05", "وكالة ج",
     "نيروبي - وكالة ج: وقعت كينيا والهند أمس الأربعاء اتفاقية التعاون بشأن مرصد الأرصاد الجوية الإقليمي، على أن "
     "تعرض على البرلمانين."),
    ("a4", "2026-03-06", "وكالة د",
     "مسقط - وكالة د: صادق مجلس الشورى العماني أمس الخميس على اتفاقية تيسير نقل البضائع للشاحنات المبردة مع "
     "اليمن."),
    ("a5", "2026-03-07", "وكالة ه",
     "باكو - وكالة ه: وقعت أذربيجان والمغرب أمس الجمعة اتفاقية تسوية المدفوعات التجارية بالعملتين الوطنيتين، في "
     "ختام منتدى اقتصادي."),
]


def test_a_title_goes_on_to_what_identifies_it(tmp_path):
    names = {t.name for t in processed_treaties(tmp_path, TITLES)}
    for name in ("معاهدة الصداقة والشراكة المعززة",  # a participle after the noun
                 "اتفاقية التعاون في الاستخدامات الزراعية للمياه الجوفية",  # what the cooperation is in
                 "اتفاقية التعاون بشأن مرصد الأرصاد الجوية الإقليمي",  # ... or about
                 "اتفاقية تيسير نقل البضائع للشاحنات المبردة",  # the verbal noun's complement with «لل»
                 "اتفاقية تسوية المدفوعات التجارية بالعملتين الوطنيتين"):  # ... or with «بال»
        assert name in names, (name, names)


# A water agreement of Turkey and Iraq; the Turkish parliament's general assembly ratifies it.
TURKISH_HOUSE = [
    ("t1", "2026-01-12", "وكالة ب",
     "بغداد - وكالة ب: وقعت تركيا والعراق أمس في بغداد اتفاقية المياه الحدودية المشتركة."),
    ("t2", "2026-03-05", "وكالة الأناضول",
     "أنقرة/ الأناضول\n\nصادقت الجمعية العامة للبرلمان التركي، مساء أمس الأربعاء، على مشروع القانون المتعلق "
     "بالموافقة على اتفاقية المياه الحدودية المشتركة مع العراق."),
]


def test_a_house_part_of_a_named_parliament_is_that_state_s(tmp_path):
    t = _one(processed_treaties(tmp_path, TURKISH_HOUSE), "المياه")
    ratified = [s for s in t.steps if s.kind == "ratified" and s.modality == "done"]
    assert ratified and all(((s.by or {}).get("country") or {}).get("name_en") in ("Turkey", "Türkiye")
                            for s in ratified), [(s.by, s.date) for s in ratified]


# An air agreement of Morocco and Peru: the entry into force follows an exchange still to come.
TO_COME = [
    ("f1", "2026-03-10", "وكالة أ",
     "الرباط - وكالة أ: صادق البرلمان المغربي أمس الاثنين على اتفاقية النقل الجوي مع البيرو.\n\nومن المنتظر أن "
     "يتم تبادل وثائق التصديق بين البلدين في ليما، لتدخل الاتفاقية بعدها حيز التنفيذ."),
]


def test_an_entry_into_force_after_a_step_to_come_is_to_come(tmp_path):
    t = _one(processed_treaties(tmp_path, TO_COME), "الجوي")
    assert ("in_force", None) not in done_steps(t), [(s.kind, s.modality, s.date) for s in t.steps]
    assert ("ratified", "Morocco") in done_steps(t)


# A Qatari report corrects an earlier one: the agreement was not in force on the day first told, but later.
CORRECTION = [
    ("c1", "2026-04-05", "وكالة أ",
     "الدوحة - وكالة أ: أصدر أمير قطر أمس مرسوما بالتصديق على اتفاقية حماية الاستثمارات مع الفلبين.\n\nتصحيح: "
     "أوردت نسخة سابقة من هذا التقرير أن الاتفاقية دخلت حيز النفاذ، والصحيح أنها لم تدخل حيز النفاذ بعد."),
    ("c2", "2026-04-27", "وكالة ب",
     "تصحيح: ذكر تقرير سابق لنا أن اتفاقية حماية الاستثمارات بين قطر والفلبين دخلت حيز النفاذ في الخامس من "
     "نيسان، والصحيح أنها لم تكن نافذة يومها. وأعلنت وزارة الخارجية القطرية اليوم الاثنين أن الاتفاقية دخلت حيز "
     "التنفيذ بعد تبادل المذكرات."),
]


def test_what_a_correction_takes_back_is_no_step(tmp_path):
    treaties = processed_treaties(tmp_path, CORRECTION)
    t = _one(treaties, "الاستثمارات")
    in_force = [s for s in t.steps if s.kind == "in_force" and s.modality == "done"]
    # the first report's correction tells no entry into force; the second's tells one, on its own day, of the
    # agreement its retracted sentence named with its parties
    assert [str(s.date) for s in in_force] == ["2026-04-27"], [(s.kind, s.date) for s in t.steps]
    assert {p.get("name_en") for p in t.parties} >= {"Qatar", "Philippines"}, t.parties


# A logistics-base agreement of Djibouti and France: suspended by Djibouti, then left by a note France received.
BASE = [
    ("d1", "2025-09-10", "وكالة أ",
     "جيبوتي - وكالة أ: أعلنت وزارة الخارجية الجيبوتية، أمس الثلاثاء، تعليق العمل باتفاقية تشغيل مركز الدعم "
     "اللوجستي للقوات الفرنسية في جيبوتي، إلى حين مراجعتها."),
    ("d2", "2026-02-06", "وكالة ب",
     "باريس - وكالة ب: أعلنت وزارة الخارجية الفرنسية أنها تسلمت أمس الخميس مذكرة رسمية من حكومة جيبوتي تبلغها "
     "فيها بانسحاب جيبوتي من اتفاقية تشغيل مركز الدعم اللوجستي للقوات الفرنسية.\n\nوقال متحدث باسم الخارجية إن "
     "الانسحاب، وفقا لنص الاتفاقية، يسري بعد ستة أشهر من تسلم الإخطار."),
]


def test_a_base_agreement_suspended_then_left_by_a_note_received(tmp_path):
    # the centre the agreement runs names it, the forces it serves are a party's, the note received tells the
    # withdrawal, and the withdrawal taking effect later is no entry into force
    t = _one(processed_treaties(tmp_path, BASE), "مركز الدعم")
    assert {p.get("name_en") for p in t.parties} == {"Djibouti", "France"}, t.parties
    assert done_steps(t) == {("suspended", "Djibouti"), ("withdrawn", "Djibouti")}, \
        [(s.kind, s.modality, s.date, s.by) for s in t.steps]


# Algeria's gazette: a presidential decree, dated before the report, ratifies an agreement with Kazakhstan (both
# states issue presidential decrees: the report's dateline tells whose); Oman ratified its own water deal earlier.
DECREES = [
    ("p1", "2026-03-16", "وكالة أ",
     "الجزائر - صدر في العدد 15 من الجريدة الرسمية مرسوم رئاسي مؤرخ في 2 مارس 2026، يتضمن التصديق على اتفاقية "
     "النقل البري الدولي بين الجمهورية الجزائرية الديمقراطية الشعبية وجمهورية كازاخستان، الموقعة بأستانا في 10 "
     "أكتوبر 2025."),
    ("p2", "2026-05-20", "وكالة ب",
     "الجزائر - صادق نواب المجلس الشعبي الوطني أمس على مشروع القانون المتضمن الموافقة على اتفاقية تنمية "
     "الثروة السمكية مع سلطنة عمان.\n\nوكانت سلطنة عمان قد صادقت على الاتفاقية بمرسوم سلطاني في أبريل الماضي."),
]


def test_a_dated_presidential_decree_and_a_titled_state_ratify(tmp_path):
    treaties = processed_treaties(tmp_path, DECREES)
    road = _one(treaties, "البري")
    ratified = [s for s in road.steps if s.kind == "ratified" and s.modality == "done"]
    assert [(((s.by or {}).get("country") or {}).get("name_en"), str(s.date)) for s in ratified] == [
        ("Algeria", "2026-03-02")], [(s.kind, s.by, s.date) for s in road.steps]
    # a verbal noun of a weak root names the agreement ("تنمية الثروة السمكية"), and "سلطنة عمان" is Oman
    fish = _one(treaties, "السمكية")
    assert fish.name.startswith("اتفاقية تنمية الثروة السمكية"), (fish.name, fish.aliases)
    assert ("ratified", "Oman") in done_steps(fish), [(s.kind, s.by, s.date) for s in fish.steps]


# A Korean wire's dateline in its own form: the National Assembly named alone is Korea's.
SEOUL = [
    ("k1", "2026-01-10", "وكالة أ",
     "أبوظبي - وكالة أ: وقعت الإمارات وكوريا الجنوبية أمس في أبوظبي اتفاقية المساعدة القانونية في المسائل "
     "المدنية."),
    ("k2", "2026-02-20", "وكالة يونهاب",
     "سيول، 20 فبراير (يونهاب) -- وافقت الجمعية الوطنية في جلستها العامة أمس الخميس على مشروع الموافقة على "
     "التصديق على اتفاقية المساعدة القانونية في المسائل المدنية بين كوريا والإمارات."),
]


def test_a_wire_dateline_tells_whose_house_ratified(tmp_path):
    t = _one(processed_treaties(tmp_path, SEOUL), "المساعدة القانونية")
    assert ("ratified", "South Korea") in done_steps(t), [(s.kind, s.by, s.date) for s in t.steps]


# One sentence tells the president's ratification and, recalled, the House's approval weeks before.
TWO_DAYS = [
    ("e1", "2026-02-17", "وكالة أ",
     "القاهرة - وكالة أ: صدق الرئيس المصري، أمس الاثنين، على اتفاقية التعاون في مجال الأرصاد الجوية الموقعة مع "
     "الهند، وذلك بعد موافقة مجلس النواب عليها في جلسته المنعقدة يوم 27 يناير الماضي."),
]


def test_a_house_approval_recalled_with_a_verbal_noun_is_its_own_step(tmp_path):
    t = _one(processed_treaties(tmp_path, TWO_DAYS), "الأرصاد")
    days = sorted(str(s.date) for s in t.steps if s.kind == "ratified" and s.modality == "done"
                  and ((s.by or {}).get("country") or {}).get("name_en") == "Egypt")
    assert days == ["2026-01-27", "2026-02-16"], [(s.kind, s.by, s.date) for s in t.steps]
