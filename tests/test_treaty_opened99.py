"""Round 46, treaties99: causes test66 showed, each with sentences written for these tests — an agreement renewed
tacitly, told with the agreement as the subject before a reflexive past verb («الاتفاقية ... تجددت تلقائيا»)."""

from __future__ import annotations

from datetime import date

from conftest import processed_treaties, treaties_shown

from marsad.nlp.timex import find_time_expressions


def _steps(found, kind: str) -> list:
    return [s.date for t in found for s in t.steps if s.kind == kind and s.modality == "done"]


def test_an_agreement_renewed_tacitly_is_extended(tmp_path):
    found = processed_treaties(tmp_path, [
        ("r1", "2026-11-03", "صحيفة", "الدوحة - صحيفة\n\nقالت وزارة الخارجية إن اتفاقية التعاون الأمني بين دولة قطر "
                                      "وجمهورية كينيا تجددت تلقائيا لثلاث سنوات أخرى اعتبارا من أمس الاثنين، إذ لم "
                                      "يطلب أي من البلدين إنهاءها."),
    ])
    assert "2026-11-02" in _steps(found, "extended"), treaties_shown(found)


def test_a_signing_the_outlet_says_it_had_reported_by_mistake_is_no_step(tmp_path):
    found = processed_treaties(tmp_path, [
        ("c1", "2026-09-02", "صحيفة", "تصحيح\n\nكنا قد ذكرنا أن الأردن وقع اتفاقية للنقل البري مع العراق خلال "
                                      "زيارة الوفد، والصحيح أن الزيارة اقتصرت على مباحثات ولم يوقع أي اتفاق."),
    ])
    assert not _steps(found, "signed"), treaties_shown(found)


def test_a_new_agreement_told_by_its_field_after_the_adjective_new_is_named(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n1", "2026-04-09", "صحيفة", "القاهرة - صحيفة\n\nوقعت مصر واليونان، أمس الأربعاء في أثينا، على اتفاق جديد "
                                      "للنقل البحري يحل محل اتفاق الملاحة التجارية الموقع بين البلدين عام 1987."),
    ])
    signed = [t.name for t in found for s in t.steps if s.kind == "signed" and s.date == "2026-04-08"]
    assert signed and "البحري" in signed[0] and "الملاحة" not in signed[0], treaties_shown(found)


def test_a_ratification_told_after_the_replacement_clause_is_the_new_agreements(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n2", "2026-12-04", "صحيفة", "أثينا - صحيفة\n\nدخل اتفاق النقل البحري الجديد بين مصر واليونان حيز التنفيذ "
                                      "يوم الثلاثاء 1 ديسمبر، ليحل محل اتفاق الملاحة التجارية لعام 1987، وذلك بعد أن "
                                      "صادق عليه البرلمان اليوناني في أكتوبر الماضي."),
    ])
    ratified = [t.name for t in found for s in t.steps if s.kind == "ratified"]
    assert ratified and all("النقل البحري" in n for n in ratified), treaties_shown(found)


def test_a_signing_participle_after_a_name_tail_and_its_parties_dates_the_signing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("p1", "2026-03-11", "صحيفة", "عمان - صحيفة\n\nأقر مجلس النواب، أمس الثلاثاء، مشروع قانون تصديق اتفاقية تسليم "
                                      "المطلوبين في قضايا جنائية بين حكومة المملكة الأردنية الهاشمية وحكومة جمهورية "
                                      "قبرص، الموقعة في نيقوسيا في الثامن من تموز 2025."),
    ])
    assert "2025-07-08" in _steps(found, "signed"), treaties_shown(found)


def test_an_agreement_the_speaker_points_to_with_a_distal_demonstrative_is_not_the_reports(tmp_path):
    found = processed_treaties(tmp_path, [
        ("p2", "2026-05-21", "قناة", "نص المقابلة\n\nالوزير: دخلت اتفاقية تبادل السجناء مع اليونان حيز النفاذ "
                                    "الشهر الماضي.\n\nالمقدم: وماذا عن الاتفاق الأمني القديم؟\n\nالوزير: تلك اتفاقية "
                                    "وقعت عام 2009 ولا صلة لها بهذا الملف."),
    ])
    assert not _steps(found, "signed"), treaties_shown(found)


def test_a_signing_told_decades_back_in_passing_is_no_step(tmp_path):
    found = processed_treaties(tmp_path, [
        ("p3", "2026-02-02", "صحيفة", "الرباط - صحيفة\n\nصادق مجلس النواب، أمس الأحد، على اتفاقية النقل الدولي للبضائع "
                                      "بين المغرب والبرتغال، وذكّر نائب بأن البلدين وقعا اتفاقية للتعاون الثقافي منذ "
                                      "سبعينيات القرن الماضي."),
    ])
    assert not _steps(found, "signed"), treaties_shown(found)


def test_a_month_of_the_same_year_takes_the_year_told_before_it():
    text = "وقع البلدان الاتفاقية في يونيو 2012، ودخلت حيز التنفيذ في نوفمبر من السنة نفسها."
    values = [t.data["value"] for t in find_time_expressions(text, date(2026, 3, 1))]
    assert values == ["2012-06", "2012-11"]


def test_an_entry_into_force_in_the_same_year_as_an_old_signing_is_dated_to_that_year(tmp_path):
    found = processed_treaties(tmp_path, [
        ("y1", "2026-10-05", "صحيفة", "مسقط - صحيفة\n\nأعلنت وزارة الخارجية أن اتفاقية النقل البحري بين سلطنة عمان "
                                      "وجمهورية الهند تجددت تلقائيا أمس. وكانت الاتفاقية قد وقعت في نيودلهي في أبريل "
                                      "2011، ودخلت حيز النفاذ في سبتمبر من العام ذاته."),
    ])
    assert "2011-09" in _steps(found, "in_force"), treaties_shown(found)


def test_an_agreement_named_by_a_verbal_noun_of_a_hollow_root_keeps_its_name(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h1", "2026-06-03", "صحيفة", "الرباط - صحيفة\n\nصادق مجلس النواب، أمس الثلاثاء، على اتفاقية إعادة القبول "
                                      "بين المملكة المغربية ومملكة هولندا."),
    ])
    assert any("إعادة القبول" in t.name for t in found), treaties_shown(found)


def test_a_house_ratifies_a_bill_authorising_ratification_past_two_asides(tmp_path):
    found = processed_treaties(tmp_path, [
        ("a1", "2026-11-12", "صحيفة", "نواكشوط - صحيفة\n\nصادقت الجمعية الوطنية، في جلستها العلنية المنعقدة يوم "
                                      "الأربعاء 11 نوفمبر 2026، بأغلبية النواب الحاضرين البالغ عددهم 120 نائبا، على "
                                      "مشروع القانون المتضمن الترخيص بالمصادقة على اتفاقية النقل البري الدولي بين "
                                      "موريتانيا ومالي."),
    ])
    assert ("2026-11-11") in _steps(found, "ratified"), treaties_shown(found)


def test_a_house_ratifies_past_a_hijri_day_with_its_gregorian_one_and_a_vote_aside(tmp_path):
    found = processed_treaties(tmp_path, [
        ("a2", "2026-11-12", "صحيفة", "نواكشوط - صحيفة\n\nصادقت الجمعية الوطنية، في جلستها العلنية المنعقدة يوم "
                                      "الأربعاء 1 جمادى الآخرة 1448 هـ الموافق 11 نوفمبر 2026، بأغلبية النواب "
                                      "الحاضرين البالغ عددهم 120 نائبا، على مشروع القانون المتضمن الترخيص بالمصادقة "
                                      "على اتفاقية النقل البري الدولي بين موريتانيا ومالي."),
    ])
    assert "2026-11-11" in _steps(found, "ratified"), treaties_shown(found)


def test_the_same_day_is_the_day_told_before_it():
    text = "أعلنت الوزارة أنها تسلمت أمس الخميس إخطارا.\n\nوفي اليوم نفسه، بدأت جولة أولى من المفاوضات."
    days = [t.data["value"] for t in find_time_expressions(text, date(2026, 1, 16))]
    assert days == ["2026-01-15", "2026-01-15"]
