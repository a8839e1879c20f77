"""The review of round 63's treaty rules (issue 15): a decision, a circular or a draft about an agreement is no
ratification; a decree takes no day from the clause before it; the era mark of a date is no Saudi number; a participle
names no agreement; agreeing to draft one concludes nothing; a first reading is no approval; an annex "ينص على
تمديد" extends; a Saudi decree's number and date do not hide it; a bare "المجلس" is the council named before it."""

from __future__ import annotations

from conftest import processed_treaties


def _steps(found) -> list:
    return [(t.name, s.kind, s.modality, ((s.by or {}).get("country") or {}).get("name_en"), s.date)
            for t in found for s in t.steps]


def _kinds(found) -> set:
    return {s.kind for t in found for s in t.steps if s.modality == "done"}


def test_a_house_approving_a_decision_about_an_agreement_is_no_ratification(tmp_path):
    # the decision freezes the agreement; another has no number: neither title says it approves the agreement
    found = processed_treaties(tmp_path, [
        ("q1", "2026-04-02", "صحيفة", "وافق مجلس النواب اللبناني أمس على القرار رقم 9 لسنة 2026 بشأن اتفاقية "
                                      "ترسيم الحدود البحرية بين لبنان وقبرص والقاضي بتجميدها."),
        ("q2", "2026-04-03", "صحيفة", "وافق مجلس النواب اللبناني أمس على القرار الخاص باتفاقية النقل الجوي بين "
                                      "لبنان وقبرص."),
    ])
    assert "ratified" not in _kinds(found), _steps(found)


def test_a_circular_a_draft_or_a_denial_about_a_decree_is_no_decree_issued(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q3", "2026-04-02", "صحيفة", "أصدرت هيئة الجمارك أمس تعميما حول المرسوم الملكي القاضي بالموافقة على "
                                      "اتفاقية الربط الكهربائي بين السعودية ومصر، والمتوقع صدوره قريبا."),
        ("q4", "2026-04-03", "صحيفة", "أصدرت الحكومة البحرينية أمس مشروع المرسوم الملكي القاضي بالموافقة على "
                                      "اتفاقية الربط المائي بين البحرين وعمان، لعرضه على مجلس النواب."),
        ("q4b", "2026-04-04", "صحيفة", "أصدر الديوان الملكي أمس بيانا نفى فيه صدور المرسوم الملكي القاضي بالموافقة "
                                       "على اتفاقية التعاون الأمني بين المغرب والأردن."),
    ])
    assert "ratified" not in _kinds(found), _steps(found)


def test_a_decree_takes_no_day_from_the_signing_told_in_the_clause_before(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q5", "2026-04-02", "صحيفة", "ووقع البلدان الاتفاقية في جدة يوم 14 يناير 2026، وصدر المرسوم الملكي "
                                      "القاضي بالموافقة على اتفاقية الربط الكهربائي بين السعودية ومصر."),
    ])
    got = _steps(found)
    ratified = [s for s in got if s[1] == "ratified"]
    assert ratified and all(s[4] != "2026-01-14" for s in ratified), got
    assert any(s[1] == "signed" and s[4] == "2026-01-14" for s in got), got


def test_the_era_mark_of_a_date_is_no_saudi_number(tmp_path):
    # "2026م/" ends a Gregorian date; the Manama dateline tells whose royal decree it is
    found = processed_treaties(tmp_path, [
        ("q6", "2026-04-02", "صحيفة", "المنامة - صدر أمس المرسوم الملكي المؤرخ 1/4/2026م/ القاضي بالموافقة على "
                                      "اتفاقية التعاون الصحي بين البحرين والسعودية."),
    ])
    got = _steps(found)
    assert ("ratified", "Saudi Arabia") not in {(s[1], s[3]) for s in got}, got


def test_a_saudi_decree_told_with_its_number_and_date_ratifies_for_saudi_arabia(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q7", "2026-04-02", "صحيفة", "صدر أمس المرسوم الملكي رقم (م/12) وتاريخ 3/10/1447هـ القاضي بالموافقة على "
                                      "اتفاقية التعاون الصحي بين السعودية والكويت."),
    ])
    got = _steps(found)
    assert ("ratified", "Saudi Arabia") in {(s[1], s[3]) for s in got}, got


def test_an_adjective_of_the_pattern_mufaala_before_a_time_is_no_part_of_the_name(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q8", "2026-04-02", "صحيفة", "ووقعت تونس وليبيا اتفاقية مباشرة العام الماضي دون وسيط."),
        ("q9", "2026-04-03", "صحيفة", "وقعت تونس وليبيا أمس اتفاقية مقايضة العملات بين البنكين المركزيين."),
    ])
    names = {t.name for t in found}
    assert not any("مباشرة" in n for n in names) and "اتفاقية مقايضة العملات" in names, names


def test_sides_agreeing_to_draft_an_agreement_conclude_nothing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q10", "2026-04-02", "صحيفة", "اتفق الوزيران أمس على صياغة معاهدة جديدة لتسليم المطلوبين بين تونس "
                                       "والجزائر."),
    ])
    assert "concluded" not in _kinds(found), _steps(found)


def test_an_approval_in_a_first_reading_or_in_principle_is_no_ratification(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q11", "2026-04-02", "صحيفة", "وافق مجلس الأمة الكويتي، في القراءة الأولى، على اتفاقية تشجيع الاستثمار "
                                       "بين الكويت والأردن."),
        ("q12", "2026-04-03", "صحيفة", "وافق مجلس الشورى العماني، مبدئيا، على اتفاقية النقل البحري بين عمان "
                                       "والهند."),
    ])
    assert "ratified" not in _kinds(found), _steps(found)


def test_an_annex_that_stipulates_the_extension_extends_the_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q13", "2026-04-02", "صحيفة", "وقعت تونس والجزائر أمس ملحقا ينص على تمديد اتفاقية الصيد البحري بين "
                                       "البلدين."),
    ])
    assert "extended" in _kinds(found), _steps(found)


def test_a_bare_council_is_the_council_named_in_full_before_it(tmp_path):
    # one report names the cabinet in full, the other only "المجلس" after naming it in its lead: one approval
    found = processed_treaties(tmp_path, [
        ("q14", "2026-04-07", "صحيفة", "عقد مجلس الوزراء جلسته بعد ظهر أمس في جدة برئاسة ولي العهد. ووافق المجلس "
                                       "على اتفاقية بين وزارة الصحة في السعودية ووزارة الصحة في إسبانيا في شأن "
                                       "تدريب الكوادر الطبية."),
        ("q15", "2026-04-07", "صحيفة", "وافق مجلس الوزراء في جلسته أمس على اتفاقية بين وزارة الصحة في السعودية "
                                       "ووزارة الصحة في إسبانيا في شأن تدريب الكوادر الطبية."),
    ])
    got = _steps(found)
    assert len([s for s in got if s[1] == "ratified" and s[2] == "done"]) == 1, got


def test_a_decision_whose_title_approves_the_agreement_or_a_final_reading_still_ratifies(tmp_path):
    # near misses of the two above: the decision's title says it approves; the aside tells the last reading
    found = processed_treaties(tmp_path, [
        ("q16", "2026-04-02", "صحيفة", "وافق مجلس النواب المصري أمس على القرار رقم 5 لسنة 2026 بشأن الموافقة على "
                                       "اتفاقية النقل النهري بين مصر والسودان."),
        ("q17", "2026-04-03", "صحيفة", "وافق مجلس الأمة الكويتي، في القراءة الثانية والأخيرة، على اتفاقية تشجيع "
                                       "الاستثمار بين الكويت والأردن."),
    ])
    got = {(s[0], s[1], s[3]) for s in _steps(found)}
    assert {("اتفاقية النقل النهري", "ratified", "Egypt"),
            ("اتفاقية تشجيع الاستثمار", "ratified", "Kuwait")} <= got, got
