"""Round 45, treaties96: general causes of the errors of the opened set test64, each with sentences written for
these tests: a decree a gazette lists by its date, not its number («مرسوما رئاسيا مؤرخا في ... يتضمن التصديق»), one
decree of several a ruler issued («ثلاثة مراسيم، أولها مرسوم بالتصديق»), and a cabinet's decisions listed in a
paragraph after the one that names the cabinet («وأصدر عددا من القرارات، منها:» then «أولا: الموافقة على»)."""

from __future__ import annotations

from conftest import processed_treaties, treaties_shown as _show, treaty_steps_done as _done


def test_a_decree_the_gazette_lists_by_its_date_ratifies_on_that_date(tmp_path):
    # "تضمن العدد ... مرسوما رئاسيا مؤرخا في 1 مارس 2026 يتضمن التصديق": Algeria ratified on the decree's day
    found = processed_treaties(tmp_path, [
        ("a1", "2026-03-11", "صحيفة", "الجزائر - صحيفة\n\nتضمن العدد الأخير من الجريدة الرسمية مرسوما رئاسيا مؤرخا "
                                      "في 1 مارس 2026 يتضمن التصديق على اتفاقية التعاون الثقافي بين الجزائر "
                                      "والنيجر."),
    ])
    assert ("2026-03-01", "Algeria") in _done(found, "ratified"), _show(found)


def test_a_draft_decree_told_with_its_date_is_no_ratification(tmp_path):
    found = processed_treaties(tmp_path, [
        ("a2", "2026-03-11", "صحيفة", "الجزائر - صحيفة\n\nدرست الحكومة مشروع مرسوم رئاسي مؤرخ في 1 مارس 2026 "
                                      "يتضمن التصديق على اتفاقية التعاون الثقافي بين الجزائر والنيجر."),
    ])
    assert not _done(found, "ratified"), _show(found)


def test_one_of_several_decrees_a_ruler_issued_ratifies(tmp_path):
    # "أصدر السلطان أمس مرسومين سلطانيين، أولهما مرسوم سلطاني بالتصديق": Oman ratified yesterday
    found = processed_treaties(tmp_path, [
        ("b1", "2026-04-11", "صحيفة", "أصدر السلطان أمس مرسومين سلطانيين، أولهما مرسوم سلطاني بالتصديق على اتفاقية "
                                      "التعاون في مجال الصيد البحري بين حكومة سلطنة عمان وحكومة جمهورية اليمن، "
                                      "وثانيهما بإنشاء هيئة للموانئ."),
    ])
    assert ("2026-04-10", "Oman") in _done(found, "ratified"), _show(found)


def test_a_cabinet_decision_listed_after_its_paragraph_ratifies(tmp_path):
    # the cabinet named in the paragraph that opens the list: its approval of the agreement, item one
    found = processed_treaties(tmp_path, [
        ("c1", "2026-05-12", "صحيفة", "الرياض - صحيفة\n\nعقد مجلس الوزراء جلسته اليوم الثلاثاء، وأصدر عددا من "
                                      "القرارات، منها:\n\nأولا: الموافقة على اتفاقية بين حكومة المملكة العربية "
                                      "السعودية وحكومة جمهورية كازاخستان للنقل الجوي.\n\nثانيا: الموافقة على نظام "
                                      "المرور."),
    ])
    assert ("2026-05-12", "Saudi Arabia") in _done(found, "ratified"), _show(found)
    assert [(s.by or {}).get("name") for t in found for s in t.steps] == ["مجلس الوزراء"], _show(found)


def test_a_house_read_as_the_other_side_and_told_again_by_month_is_one_ratification(tmp_path):
    # "صادقت الجمعية الوطنية على ... الموقعة مع السنغال" (the house read from its counterpart) and "صادقت عليها
    # الجمعية الوطنية في مايو" (the dateline's house) a month later: one vote of Mauritania's house, on its day
    found = processed_treaties(tmp_path, [
        ("d1", "2026-05-08", "صحيفة", "نواكشوط - صحيفة\n\nصادقت الجمعية الوطنية في جلسة علنية أمس الخميس على "
                                      "مشروع القانون القاضي بالمصادقة على اتفاقية الصيد البحري الموقعة مع جمهورية "
                                      "السنغال."),
        ("d2", "2026-07-02", "صحيفة", "نواكشوط - صحيفة\n\nدخلت اتفاقية الصيد البحري بين موريتانيا والسنغال حيز "
                                      "التنفيذ أمس.\n\nوكانت الاتفاقية قد وقعت في داكار يوم 3 مارس الماضي، وصادقت "
                                      "عليها الجمعية الوطنية في مايو."),
    ])
    assert _done(found, "ratified") == [("2026-05-07", "Mauritania")], _show(found)


def test_a_house_passing_the_law_that_authorises_ratification_ratifies(tmp_path):
    # Morocco's wording: "مشروع القانون رقم 21.26 المأذون بموجبه في المصادقة على الاتفاقية" (left from round 44)
    found = processed_treaties(tmp_path, [
        ("e1", "2026-06-10", "صحيفة", "الرباط - صحيفة\n\nصادق مجلس النواب أمس الثلاثاء بالإجماع على مشروع القانون "
                                      "رقم 21.26 المأذون بموجبه في المصادقة على اتفاقية التعاون القضائي بين "
                                      "المملكة المغربية وجمهورية غانا."),
    ])
    assert _done(found, "ratified") == [("2026-06-09", "Morocco")], _show(found)


def test_a_law_that_authorises_ratification_only_tabled_is_no_ratification(tmp_path):
    found = processed_treaties(tmp_path, [
        ("e2", "2026-06-10", "صحيفة", "الرباط - صحيفة\n\nأحالت الحكومة أمس على مجلس النواب مشروع القانون رقم 22.26 "
                                      "المأذون بموجبه في المصادقة على اتفاقية النقل البحري بين المملكة المغربية "
                                      "وجمهورية غانا."),
    ])
    assert not _done(found, "ratified"), _show(found)


def test_an_entry_into_force_recalled_after_bad_with_its_past_month_is_done(tmp_path):
    # "ارتفعت المبادلات بعد دخول الاتفاقية حيز التنفيذ في يناير الماضي": in force since January (left from round
    # 44: read as still to come); "ستستفيد الشركات بعد دخول الاتفاقية حيز التنفيذ" stays to come
    found = processed_treaties(tmp_path, [
        ("g1", "2026-03-10", "صحيفة", "ارتفعت المبادلات التجارية بين مصر والأردن بنسبة 20 بالمئة بعد دخول اتفاقية "
                                      "التجارة الحرة بين البلدين حيز التنفيذ في يناير الماضي."),
        ("g2", "2026-03-10", "صحيفة", "وقال الوزير إن الشركات ستستفيد من الإعفاءات بعد دخول اتفاقية النقل البحري بين "
                                      "تونس وليبيا حيز التنفيذ."),
    ])
    force = {t.name: [(s.modality, s.date) for s in t.steps if s.kind == "in_force"] for t in found}
    assert force.get("اتفاقية التجارة الحرة") == [("done", "2026-01")], _show(found)
    assert force.get("اتفاقية النقل البحري") == [("expected", "2026-03-10")], _show(found)
