"""Round 46, treaties98: causes test65 left, each with sentences written for these tests — a Maghrebi law told by its
participle («القانون ... الموافق بموجبه على»), a house's session aside longer than twelve words, a royal will that
approves a cabinet's decision (the king's step, dated by a Hijri day written as an ordinal in a «وذلك بتاريخ» tail),
rounds of talks an initialling closes with no word of talks that is a cue («في ختام جولة مشاورات», «في ختام جولة
ثالثة»), a weekday told as the last one before its date («يوم الاثنين الماضي، 7 سبتمبر»), and talks told by their
subject with the agreement named later in the sentence."""

from __future__ import annotations

from datetime import date

from conftest import processed_treaties, treaties_shown

from marsad.nlp.timex import find_time_expressions


def _steps(found, kind: str) -> list:
    return [(s.date, ((s.by or {}).get("country") or {}).get("name_en")) for t in found for s in t.steps
            if s.kind == kind and s.modality == "done"]


def test_a_law_told_by_its_participle_ratifies_the_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m1", "2026-06-11", "صحيفة", "الرباط - صحيفة\n\nصادق مجلس المستشارين، أمس الأربعاء، بالأغلبية على مشروع "
                                      "القانون رقم 7.26 الموافق بموجبه على اتفاقية التعاون القضائي في المادة "
                                      "المدنية بين المملكة المغربية وجمهورية السنغال."),
    ])
    assert ("2026-06-10", "Morocco") in _steps(found, "ratified"), treaties_shown(found)


def test_a_house_approves_past_a_long_aside_on_its_session(tmp_path):
    found = processed_treaties(tmp_path, [
        ("k1", "2026-04-15", "صحيفة", "الكويت - صحيفة\n\nوافق مجلس الأمة الكويتي، في جلسته التي عقدها أمس الثلاثاء "
                                      "في قاعة عبد الله السالم برئاسة رئيس المجلس وحضور الحكومة، على اتفاقية "
                                      "تجنب الازدواج الضريبي بين دولة الكويت وجمهورية أوزبكستان."),
    ])
    assert ("2026-04-14", "Kuwait") in _steps(found, "ratified"), treaties_shown(found)


def test_a_royal_will_approving_a_cabinet_decision_is_the_kings_step_on_its_hijri_day(tmp_path):
    # the cabinet named inside the decision the will approves is not who ratifies; the day is the ordinal Hijri one
    found = processed_treaties(tmp_path, [
        ("j1", "2026-11-20", "صحيفة", "عمان - صحيفة\n\nصدرت الإرادة الملكية السامية بالموافقة على قرار مجلس الوزراء "
                                      "المتضمن المصادقة على اتفاقية النقل البري بين المملكة الأردنية الهاشمية "
                                      "وجمهورية قبرص، وذلك بتاريخ السابع من جمادى الآخرة 1448 هـ."),
    ])
    steps = [(s.date, (s.by or {}).get("name"), ((s.by or {}).get("country") or {}).get("name_en"))
             for t in found for s in t.steps if s.kind == "ratified" and s.modality == "done"]
    assert len(steps) == 1, treaties_shown(found)
    day, name, country = steps[0]
    assert (day, country) == ("2026-11-17", "Jordan"), treaties_shown(found)
    assert "الوزراء" not in (name or ""), treaties_shown(found)


def test_a_round_of_consultations_an_initialling_closes_is_a_negotiation_not_a_leaders_tour(tmp_path):
    found = processed_treaties(tmp_path, [
        ("q1", "2026-05-07", "صحيفة", "الكويت - صحيفة\n\nوقع مدير الطيران المدني الكويتي ونظيره الباكستاني، أمس "
                                      "الأربعاء في الكويت، بالأحرف الأولى على اتفاقية النقل الجوي بين دولة الكويت "
                                      "وجمهورية باكستان الإسلامية، في ختام جولة مشاورات استمرت ثلاثة أيام."),
        ("t1", "2026-04-02", "صحيفة", "الدوحة - صحيفة\n\nوقع وزير الخارجية القطري أمس اتفاقية للتعاون الثقافي مع "
                                      "إندونيسيا في ختام جولة آسيوية شملت ثلاث دول."),
    ])
    air = [t for t in found if "الجوي" in t.name]
    assert [d for d, _c in _steps(air, "negotiated")] == ["2026-05-06"], treaties_shown(found)
    assert [d for d, _c in _steps(air, "concluded")] == ["2026-05-06"], treaties_shown(found)
    # "في ختام جولة آسيوية": a minister's tour, no round of talks
    culture = [t for t in found if "الثقافي" in t.name]
    assert _steps(culture, "signed") and not _steps(culture, "negotiated"), treaties_shown(found)


def test_a_numbered_round_closed_by_an_initialling_a_week_before_is_dated_by_its_own_day(tmp_path):
    found = processed_treaties(tmp_path, [
        ("u1", "2026-09-15", "صحيفة", "نيروبي - صحيفة\n\nوقع رئيس كينيا ورئيس أوغندا، أمس الاثنين في نيروبي، اتفاق "
                                      "ترسيم الحدود البحرية بين البلدين.\n\nوكان كبيرا المفاوضين قد وقعا بالأحرف "
                                      "الأولى على النص النهائي للاتفاق في كمبالا يوم الاثنين الماضي، 7 سبتمبر، في "
                                      "ختام جولة ثالثة قصيرة استمرت يومين."),
    ])
    assert [d for d, _c in _steps(found, "negotiated")] == ["2026-09-07"], treaties_shown(found)
    assert [d for d, _c in _steps(found, "concluded")] == ["2026-09-07"], treaties_shown(found)
    assert [d for d, _c in _steps(found, "signed")] == ["2026-09-14"], treaties_shown(found)


def test_talks_told_by_their_subject_negotiate_the_agreement_named_later(tmp_path):
    found = processed_treaties(tmp_path, [
        ("b1", "2026-03-06", "صحيفة", "بغداد - صحيفة\n\nاختتمت في بغداد، مساء الخميس، الجولة الرابعة من المفاوضات "
                                      "الثنائية بين العراق والكويت بشأن ترسيم الحدود البحرية في خور عبد الله، وأعلن "
                                      "وزير الخارجية العراقي أن الوفدين «حققا تقدما واضحا في أغلب النقاط» في مشروع "
                                      "اتفاقية ترسيم الحدود البحرية في خور عبد الله."),
    ])
    assert [d for d, _c in _steps(found, "negotiated")] == ["2026-03-05"], treaties_shown(found)


def _found(text: str, anchor: date) -> list[tuple[str, str | None]]:
    return [(s.data["text"], s.data["value"]) for s in find_time_expressions(text, anchor)]


def test_a_hijri_day_written_as_an_ordinal_is_a_day():
    assert _found("صدر المرسوم في الحادي عشر من شوال 1447 هـ", date(2026, 4, 5)) == [
        ("الحادي عشر من شوال 1447 هـ", "2026-03-30")]


def test_a_weekday_told_as_the_last_one_yields_to_the_date_after_it():
    assert _found("اجتمعا يوم الخميس الماضي، 3 سبتمبر، في جيبوتي", date(2026, 9, 15)) == [
        ("يوم الخميس الماضي، 3 سبتمبر", "2026-09-03")]


def test_names_go_on_past_what_a_verbal_noun_bears_on_its_field_and_its_region(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n1", "2026-05-26", "صحيفة", "نواكشوط - صحيفة\n\nوقع البلدان أمس اتفاقية الاعتراف المتبادل بالشهادات "
                                      "والدرجات الجامعية بين موريتانيا والسنغال."),
        ("n2", "2026-02-10", "صحيفة", "طرابلس - صحيفة\n\nوقعت ليبيا وتونس أمس اتفاقية التنسيق في عمليات مكافحة "
                                      "الحرائق بين البلدين."),
        ("n3", "2026-10-13", "صحيفة", "جوبا - صحيفة\n\nوقع رئيسا السودان وتشاد أمس اتفاق الترتيبات الأمنية المؤقتة "
                                      "لمنطقة الحدود المشتركة."),
    ])
    names = sorted(t.name for t in found)
    assert names == ["اتفاق الترتيبات الأمنية المؤقتة لمنطقة الحدود المشتركة",
                     "اتفاقية الاعتراف المتبادل بالشهادات والدرجات الجامعية",
                     "اتفاقية التنسيق في عمليات مكافحة الحرائق"], treaties_shown(found)


def test_a_name_stops_before_a_manner_and_a_verb(tmp_path):
    found = processed_treaties(tmp_path, [
        ("n4", "2026-05-26", "صحيفة", "داكار - صحيفة\n\nصادق البرلمان السنغالي أمس بالإجماع على اتفاقية الاعتراف "
                                      "المتبادل بالأحكام والتقى رئيسه بالسفراء."),
    ])
    assert [t.name for t in found] == ["اتفاقية الاعتراف المتبادل بالأحكام"], treaties_shown(found)


def test_a_regional_council_endorses_apart_from_the_security_council(tmp_path):
    # the African Union's council endorses it days before the Security Council; told as "بعد ثلاثة أيام من إقرار"
    found = processed_treaties(tmp_path, [
        ("a1", "2026-06-12", "صحيفة", "أديس أبابا - صحيفة\n\nرحبت الحكومتان بقرار مجلس الأمن الدولي الذي أيد أمس اتفاق "
                                      "وقف إطلاق النار بين السودان وجنوب السودان.\n\nوجاء قرار مجلس الأمن بعد ثلاثة "
                                      "أيام من إقرار مجلس السلم والأمن التابع للاتحاد الأفريقي للاتفاق، في اجتماعه "
                                      "الذي عقد الاثنين بأديس أبابا."),
    ])
    endorsed = sorted((s.date, (s.by or {}).get("name_en")) for t in found for s in t.steps if s.kind == "endorsed")
    assert endorsed == [("2026-06-08", "AU Peace and Security Council"), ("2026-06-11", "UN Security Council")], \
        treaties_shown(found)
    assert all(p.get("name_en") != "African Union" for t in found for p in t.parties), treaties_shown(found)


def test_an_agreement_named_again_in_an_aside_takes_effect_under_its_own_record(tmp_path):
    found = processed_treaties(tmp_path, [
        ("f1", "2026-08-05", "صحيفة", "تونس - صحيفة\n\nقرر مجلس الوزراء أمس تعليق العمل باتفاقية النقل البحري مع "
                                      "إيطاليا.\n\nوكانت الاتفاقية، المعروفة بـ«اتفاق سار»، قد دخلت حيز التنفيذ مطلع "
                                      "أبريل الماضي."),
    ])
    sea = [t for t in found if "النقل البحري" in t.name]
    assert [s.date for t in sea for s in t.steps if s.kind == "in_force"] == ["2026-04"], treaties_shown(found)


def test_a_state_that_signs_alone_on_a_later_day_takes_a_signing_of_its_own(tmp_path):
    found = processed_treaties(tmp_path, [
        ("s1", "2026-03-19", "صحيفة", "القاهرة - صحيفة\n\nوقعت مصر والأردن والعراق وتونس، أمس الأربعاء بمقر جامعة "
                                      "الدول العربية في القاهرة، على الاتفاقية العربية لمكافحة غسل الأموال."),
        ("s2", "2026-06-10", "صحيفة", "الخرطوم - صحيفة\n\nوقّع السودان، أمس الثلاثاء، على الاتفاقية العربية لمكافحة "
                                      "غسل الأموال، ليصبح الدولة الخامسة الموقعة عليها."),
        # one signing told twice, on one day, is one step
        ("s3", "2026-05-03", "صحيفة", "القاهرة - صحيفة\n\nوقعت مصر أمس اتفاقية التجارة الحرة مع المغرب."),
    ])
    money = [t for t in found if "غسل الأموال" in t.name]
    signed = sorted((s.date, ((s.by or {}).get("country") or {}).get("name_en")) for t in money for s in t.steps
                    if s.kind == "signed")
    assert signed == [("2026-03-18", None), ("2026-06-09", "Sudan")], treaties_shown(found)
    trade = [t for t in found if "التجارة الحرة" in t.name]
    assert [s.date for t in trade for s in t.steps if s.kind == "signed"] == ["2026-05-02"], treaties_shown(found)


def test_a_plan_that_waits_for_the_agreement_to_take_effect_tells_no_entry_into_force(tmp_path):
    found = processed_treaties(tmp_path, [
        ("p1", "2026-11-19", "صحيفة", "عمان - صحيفة\n\nوقع البلدان أمس اتفاقية النقل الجوي بين الأردن والمغرب.\n\n"
                                      "وتعتزم الملكية الأردنية زيادة رحلاتها إلى الدار البيضاء إلى أربع رحلات "
                                      "أسبوعيا مع بدء سريان الاتفاقية، وفق مصدر في الشركة."),
    ])
    assert not any(s.kind == "in_force" and s.modality == "done" for t in found for s in t.steps), \
        treaties_shown(found)
