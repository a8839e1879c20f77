"""The high-severity findings of the review of treaties60 (reviewer31), each with the author's own sentences:
bilateral agreements of different pairs or states joined by their name alone; a bracketed agency code made an alias;
an urge read as a withdrawal taken."""

from __future__ import annotations

from conftest import processed_treaties


def test_the_same_bilateral_name_for_two_pairs_stays_two_records(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v1", "2026-03-02", "وكالة", "وقعت ليبيا وتونس اليوم اتفاقية النقل البري الدولي للركاب والبضائع."),
        ("v2", "2026-03-20", "وكالة", "وقعت عمان والبحرين اليوم اتفاقية النقل البري الدولي للركاب والبضائع."),
    ])
    signed = [t for t in found if any(s.kind == "signed" for s in t.steps)]
    assert len(signed) == 2, [(t.name, t.parties) for t in found]


def test_one_state_each_years_apart_under_a_bilateral_name_stays_apart(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v3", "2016-03-02", "وكالة", "صادق مجلس النواب الجزائري اليوم على اتفاقية تسليم المجرمين."),
        ("v4", "2026-05-11", "وكالة", "صادق مجلس الشعب المصري اليوم على اتفاقية تسليم المجرمين."),
    ])
    assert len([t for t in found if t.steps]) == 2, [(t.name, t.parties) for t in found]


def test_a_bracketed_agency_code_after_the_sentence_is_no_alias(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v5", "2026-03-02", "وكالة", "وقعت قطر وتونس اليوم اتفاقية النقل الجوي، حسبما ذكرت الوكالة الرسمية (QNA)."),
        ("v6", "2026-03-05", "وكالة", "وقعت قطر والمغرب اليوم اتفاقية التعاون الثقافي، حسبما ذكرت الوكالة الرسمية "
                                      "(QNA)."),
    ])
    assert not any("QNA" in [t.name, *t.aliases] for t in found), [(t.name, t.aliases) for t in found]
    assert len(found) == 2


def test_a_bracketed_short_name_right_after_the_name_is_still_an_alias(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v7", "2026-03-06", "وكالة", "وقعت قطر والجزائر اليوم اتفاقية الشراكة الاستراتيجية (QASP) في الدوحة."),
    ])
    assert any("QASP" in [t.name, *t.aliases] for t in found)


def test_an_urge_after_an_approval_of_something_else_is_no_withdrawal(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v8", "2026-03-03", "وكالة", "وافق البرلمان الإستوني أمس على الموازنة العامة للدولة وحث الحكومة على "
                                      "الانسحاب من اتفاقية أوتاوا."),
        ("v9", "2026-03-03", "وكالة", "صادق مجلس الشيوخ البولندي أمس على قانون الضرائب وطالب الحكومة بالانسحاب "
                                      "من اتفاقية حظر الذخائر العنقودية."),
    ])
    assert not any(s.kind == "withdrawn" and s.modality == "done" for t in found for s in t.steps)


def test_an_approved_withdrawal_is_still_one(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v10", "2026-03-03", "وكالة", "وافق البرلمان الليتواني أمس على الانسحاب من اتفاقية أوتاوا."),
    ])
    assert any(s.kind == "withdrawn" for t in found for s in t.steps)


def _kinds(found) -> set[str]:
    return {s.kind for t in found for s in t.steps if s.modality == "done"}


def test_joining_it_in_the_masculine_is_joining_something_else(tmp_path):  # review finding 5
    found = processed_treaties(tmp_path, [
        ("g1", "2026-02-02", "وكالة", "بعد توقيع اتفاقية التعاون الأمني أسست الدول الأربع تجمعا إقليميا وانضم إليه "
                                      "المغرب في العام التالي."),
    ])
    assert "ratified" not in _kinds(found)


def test_joining_it_in_the_feminine_is_still_an_accession(tmp_path):
    found = processed_treaties(tmp_path, [
        ("g2", "2026-02-02", "وكالة", "ووقعت الدول الخمس اتفاقية مكافحة الإرهاب عام 2019، وانضمت إليها موريتانيا عام "
                                      "2021."),
    ])
    assert "ratified" in _kinds(found)


def test_no_longer_in_force_is_no_entry_into_force(tmp_path):  # review finding 8
    found = processed_treaties(tmp_path, [
        ("g3", "2026-02-02", "وكالة", "وأوضح الوزير أن معاهدة الحدود التي أصبحت غير نافذة منذ عقود تحتاج إلى مراجعة."),
    ])
    assert "in_force" not in _kinds(found)


def test_a_draft_decree_published_is_no_ratification(tmp_path):  # review finding 9
    found = processed_treaties(tmp_path, [
        ("g4", "2026-02-02", "وكالة", "صدر عن الأمانة العامة للحكومة مشروع مرسوم بالمصادقة على اتفاقية التعاون "
                                      "الجمركي مع الأردن، وسيعرض على البرلمان."),
    ])
    assert "ratified" not in _kinds(found)


def test_a_council_of_another_name_does_not_take_the_first_councils_country(tmp_path):  # review finding 7
    found = processed_treaties(tmp_path, [
        ("h1", "2026-03-02", "وكالة", "وكان مجلس النواب البحريني قد صادق على اتفاقية النقل الجوي مع قبرص في يناير. "
                                      "وأقر مجلس الشورى اليوم اتفاقية النقل الجوي."),
    ])
    got = {(((s.by or {}).get("country") or {}).get("name_en"), s.date) for t in found for s in t.steps
           if s.kind == "ratified"}
    assert ("Bahrain", "2026-01") in got, got


def test_the_same_council_named_again_keeps_its_country(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h2", "2026-03-02", "وكالة", "عقد مجلس النواب الأردني جلسة اليوم. وأقر مجلس النواب في ختامها اتفاقية النقل "
                                      "الجوي مع قبرص."),
    ])
    assert any(((s.by or {}).get("country") or {}).get("name_en") == "Jordan" for t in found for s in t.steps)


def test_the_kingdom_after_inna_is_the_speakers_not_the_guests(tmp_path):  # review finding 6
    found = processed_treaties(tmp_path, [
        ("k1", "2026-03-02", "وكالة", "قال وزير العدل المغربي خلال استقباله نظيره الأردني إن المملكة أودعت اليوم "
                                      "وثيقة التصديق على اتفاقية مكافحة الفساد."),
    ])
    takers = {((s.by or {}).get("country") or {}).get("name_en") for t in found for s in t.steps}
    assert "Jordan" not in takers and "Morocco" in takers, takers


def test_a_bare_noun_in_an_article_that_names_another_agreement_stays_apart(tmp_path):  # review finding 4
    found = processed_treaties(tmp_path, [
        ("n1", "2026-01-10", "وكالة", "وقع العراق والكويت اليوم اتفاقية تنظيم الملاحة في خور عبد الله."),
        ("n2", "2026-06-10", "وكالة", "ما زالت اتفاقية لانزاروتي تثير نقاشا حادا بين النواب العراقيين منذ شهور. "
                                      "وصادق مجلس النواب العراقي اليوم على الاتفاقية بعد جدل طويل."),
    ])
    nav = [t for t in found if "الملاحة" in t.name]
    assert nav and not any(s.kind == "ratified" for s in nav[0].steps)
