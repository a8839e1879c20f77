"""Round 34's review of the treaty readers' new rules (issue 15): near misses of the cabinet's wording, of a hope,
of an entry into force told with "ل", of a signed draft, of a walkout and of a counterpart's home state, each in
sentences written for these tests."""

from __future__ import annotations

from conftest import done_steps, processed_treaties


def _steps(found) -> set:
    return {x for t in found for x in done_steps(t)}


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date, s.by) for s in t.steps])
            for t in found]


def test_a_step_told_after_a_state_looking_forward_to_something_else_is_still_taken(tmp_path):
    # "تتطلع إلى مزيد من التعاون" hopes for cooperation, not for the ratification told after "بعد أن"
    found = processed_treaties(tmp_path, [
        ("h1", "2026-04-07", "صحيفة", "وأوضح الوزير أن بلاده تتطلع إلى مزيد من التعاون بعد أن صادق البرلمان "
                                      "التونسي أمس على اتفاقية النقل الجوي مع ليبيا."),
    ])
    assert ("ratified", "Tunisia") in _steps(found), _show(found)


def test_an_entry_into_force_that_a_deposit_brings_about_is_taken(tmp_path):
    # "لتدخل المعاهدة بذلك حيز النفاذ": the result of the deposit, not what ratifications are still needed for
    found = processed_treaties(tmp_path, [
        ("h2", "2026-04-07", "صحيفة", "سلمت الفلبين أمس صك انضمامها إلى معاهدة حماية الشعاب المرجانية، لتدخل "
                                      "المعاهدة بذلك حيز النفاذ."),
    ])
    kinds = {s.kind: s.modality for t in found for s in t.steps}
    assert kinds.get("in_force") == "done", _show(found)


def test_a_cabinet_that_puts_off_or_studies_an_approval_ratifies_nothing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h3", "2026-09-16", "صحيفة", "أبوظبي - وام: قرر مجلس الوزراء إرجاء الموافقة على اتفاقية التعاون الجمركي "
                                      "بين دولة الإمارات العربية المتحدة وجمهورية كينيا."),
        ("h4", "2026-09-17", "صحيفة", "المنامة - بنا: قرر مجلس الوزراء دراسة الموافقة على اتفاقية الخدمات الجوية "
                                      "بين مملكة البحرين وجمهورية أوزبكستان."),
    ])
    assert not any(s.kind == "ratified" and s.modality == "done" for t in found for s in t.steps), _show(found)


def test_a_draft_approved_before_its_signing_or_beside_another_signed_agreement_is_not_ratified(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h5", "2026-03-03", "صحيفة", "بغداد - واع: وافق مجلس الوزراء أمس على مشروع اتفاقية التعاون الزراعي مع "
                                      "الأردن تمهيدا لتوقيعها خلال زيارة الوزير المقبلة من قبل الوزيرين الموقعين "
                                      "على البروتوكول السابق."),
        ("h6", "2026-03-04", "صحيفة", "عمان - بترا: وافق مجلس النواب أمس على مشروع اتفاقية الربط السككي مع "
                                      "سوريا، على غرار الاتفاقية الموقعة مع السعودية عام 2019."),
    ])
    assert not any(s.kind == "ratified" and s.modality == "done" for t in found for s in t.steps), _show(found)
    parties = [{p.get("name_en") for p in t.parties} for t in found]
    assert not any({"Syria", "Saudi Arabia"} <= p for p in parties), _show(found)


def test_a_state_leaving_the_work_of_a_treaty_withdraws_from_it(tmp_path):
    # "من العمل بمعاهدة": the treaty itself is left, not a session or talks
    found = processed_treaties(tmp_path, [
        ("h7", "2026-04-07", "صحيفة", "انسحبت روسيا أمس من العمل بمعاهدة الحد من الأسلحة التقليدية في أوروبا."),
    ])
    assert ("withdrawn", "Russia") in _steps(found), _show(found)


def test_a_delegation_walking_out_of_talks_withdraws_from_no_agreement(tmp_path):
    # (a near miss the new rule cleans: talks left, not the agreement they are about)
    found = processed_treaties(tmp_path, [
        ("h8", "2026-04-07", "صحيفة", "وقعت إثيوبيا والسودان الشهر الماضي اتفاقية تقاسم مياه النيل الأزرق، وانسحب "
                                      "الوفد المصري أمس من المحادثات بشأن الاتفاقية."),
    ])
    kinds = {s.kind for t in found for s in t.steps if s.modality == "done"}
    assert "withdrawn" not in kinds and "signed" in kinds, _show(found)


def test_a_council_whose_view_is_cited_is_not_the_one_that_decides(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h9", "2026-09-16", "صحيفة", "الدوحة - قنا: واستنادا إلى ما رآه مجلس الشورى قرر المجلس الموافقة على "
                                      "اتفاقية التعاون القضائي بين دولة قطر وجمهورية البرتغال."),
    ])
    bodies = {(s.by or {}).get("name") for t in found for s in t.steps if s.kind == "ratified"}
    assert bodies and not any("الشورى" in (b or "") for b in bodies), _show(found)


def test_the_datelines_state_is_no_party_when_another_state_tells_its_own_agreement(tmp_path):
    # the report is from Amman, but Baghdad tells its agreement with Kuwait: Jordan is no side
    found = processed_treaties(tmp_path, [
        ("h10", "2026-04-08", "صحيفة", "عمان - بترا: قالت بغداد إن اتفاقية الربط الكهربائي مع الكويت دخلت حيز "
                                       "التنفيذ أمس."),
    ])
    assert found and not any(p.get("name_en") == "Jordan" for t in found for p in t.parties), _show(found)


def test_a_cabinet_approving_a_contract_between_companies_ratifies_nothing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h11", "2026-09-16", "صحيفة", "الكويت - كونا: قرر مجلس الوزراء الموافقة على اتفاقية بين شركة نفط الكويت "
                                       "وشركة هيونداي لإنشاء خط أنابيب جديد."),
    ])
    assert not any(s.kind == "ratified" and s.modality == "done" for t in found for s in t.steps), _show(found)


def test_one_cabinet_decision_told_by_two_outlets_is_one_ratification_on_the_session_day(tmp_path):
    # the agency names the cabinet with the dateline's state, the newspaper with a nisba: one country, one step
    found = processed_treaties(tmp_path, [
        ("h12", "2026-06-16", "واس", "الرياض - واس: عقد مجلس الوزراء جلسته أمس الاثنين برئاسة خادم الحرمين "
                                     "الشريفين. وقرر المجلس الموافقة على اتفاقية التعاون في مجال الأرصاد الجوية بين "
                                     "حكومة المملكة العربية السعودية وحكومة المملكة المغربية."),
        ("h13", "2026-06-16", "الحياة", "الرياض: قرر مجلس الوزراء السعودي الموافقة على اتفاقية التعاون في مجال "
                                        "الأرصاد الجوية بين حكومة المملكة العربية السعودية وحكومة المملكة المغربية."),
    ])
    steps = [s for t in found for s in t.steps if s.kind == "ratified" and s.modality == "done"]
    assert len(steps) == 1 and steps[0].date == "2026-06-15", _show(found)
    assert ((steps[0].by or {}).get("country") or {}).get("name_en") == "Saudi Arabia", _show(found)


def test_a_cabinet_decision_told_as_a_list_of_items_ratifies_the_agreement_in_it(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h14", "2026-05-06", "صحيفة", "مسقط - العمانية: قرر مجلس الوزراء ما يأتي: أولا: الموافقة على اتفاقية "
                                       "الخدمات الجوية بين سلطنة عمان وجمهورية سنغافورة."),
    ])
    assert ("ratified", "Oman") in _steps(found), _show(found)


def test_a_council_named_in_two_words_before_its_verb_in_the_past_perfect_ratifies(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h15", "2026-04-07", "صحيفة", "وكان مجلس النواب البحريني قد وافق على اتفاقية التعاون الأمني مع الكويت "
                                       "في جلسته الشهر الماضي."),
    ])
    assert ("ratified", "Bahrain") in _steps(found), _show(found)
