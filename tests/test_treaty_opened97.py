"""Round 45, treaties97: causes test64 left, each with sentences written for these tests: an old agreement named by
two adjectives («الاتفاق التجاري المرحلي», its name cut to «الاتفاق التجاري» before, so its replacement went to the new
agreement's record) and a joint committee that decides an extension («قررت اللجنة المشتركة ... تمديد العمل
بالاتفاق», the committee read as one formed to study it)."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, t.aliases, [(s.kind, s.modality, s.date) for s in t.steps]) for t in found]


_REPLACED = ("r1", "2026-09-02", "صحيفة", "الرباط - صحيفة\n\nدخلت اتفاقية التجارة الحرة بين المغرب وموريتانيا حيز "
             "التنفيذ أمس الثلاثاء، لتحل محل الاتفاق التجاري المرحلي الذي نظم المبادلات بين البلدين منذ سنوات.")


def test_an_old_agreement_named_by_two_adjectives_keeps_its_name_and_its_replacement(tmp_path):
    found = processed_treaties(tmp_path, [_REPLACED])
    old = [t for t in found if "المرحلي" in t.name]
    assert [(s.kind, s.date) for t in old for s in t.steps] == [("replaced", "2026-09-01")], _show(found)
    new = [t for t in found if "التجارة الحرة" in t.name]
    assert new and not any(s.kind == "replaced" for t in new for s in t.steps), _show(found)
    assert not any(a == "الاتفاق التجاري" for t in new for a in t.aliases), _show(found)


def test_two_adjectives_of_place_after_a_name_word_stay_out_of_the_name(tmp_path):
    # "النووي الغربي الإيراني": the sides, not a kind of agreement
    found = processed_treaties(tmp_path, [
        ("n1", "2026-09-02", "صحيفة", "طهران - صحيفة\n\nأعلنت طهران أمس الثلاثاء تعليق العمل بالاتفاق النووي الغربي "
                                      "الإيراني لمدة شهرين."),
    ])
    assert not any("الغربي" in t.name for t in found), _show(found)


def test_a_joint_committee_deciding_an_extension_extends_the_agreement(tmp_path):
    found = processed_treaties(tmp_path, [
        ("e1", "2026-03-05", "صحيفة", "نواكشوط - صحيفة\n\nوقررت اللجنة الفنية المشتركة أمس الأربعاء في ختام "
                                      "اجتماعاتها تمديد العمل بالاتفاق التجاري المرحلي بين المغرب وموريتانيا ستة "
                                      "أشهر أخرى."),
    ])
    steps = [(s.kind, s.modality, s.date) for t in found for s in t.steps]
    assert ("extended", "done", "2026-03-04") in steps, _show(found)


def test_a_committee_formed_to_study_an_extension_extends_nothing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("e2", "2026-03-05", "صحيفة", "نواكشوط - صحيفة\n\nوقرر مجلس الوزراء أمس الأربعاء تشكيل لجنة فنية لدراسة "
                                      "تمديد العمل بالاتفاق التجاري المرحلي بين المغرب وموريتانيا."),
    ])
    assert not any(s.kind == "extended" and s.modality == "done" for t in found for s in t.steps), _show(found)


def _ratified(found) -> list:
    return sorted((s.date, ((s.by or {}).get("country") or {}).get("name_en")) for t in found for s in t.steps
                  if s.kind == "ratified" and s.modality == "done")


def test_the_houses_steps_told_of_the_law_a_sentence_before_ratify_the_agreement(tmp_path):
    # the law of ratification named in the first sentence; the second tells its passage through the houses and the
    # royal will, naming only "مشروع القانون" / "القانون"
    found = processed_treaties(tmp_path, [
        ("l1", "2026-07-20", "صحيفة", "عمان - صحيفة\n\nنشرت الجريدة الرسمية في عددها الصادر اليوم قانون التصديق على "
                                      "اتفاقية النقل البري بين المملكة الأردنية الهاشمية والجمهورية اللبنانية لسنة "
                                      "2026.\n\nوكان مجلس الأعيان قد أقر مشروع القانون في جلسة عقدها في 2 حزيران "
                                      "الماضي، ثم صدرت الإرادة الملكية بالمصادقة على القانون في 9 تموز الحالي.\n\n"
                                      "ويعمل بالقانون من تاريخ نشره في الجريدة الرسمية."),
    ])
    assert ("2026-06-02", "Jordan") in _ratified(found), _show(found)
    assert ("2026-07-09", "Jordan") in _ratified(found), _show(found)
    assert not any(s.kind == "in_force" for t in found for s in t.steps), _show(found)
    assert len(found) == 1, _show(found)


def test_a_law_of_its_own_after_an_agreement_ratifies_nothing(tmp_path):
    # the law the second sentence passes is another one (its own name), not the agreement's law
    found = processed_treaties(tmp_path, [
        ("l2", "2026-07-20", "صحيفة", "عمان - صحيفة\n\nأحالت الحكومة أمس مشروع قانون التصديق على اتفاقية "
                                      "النقل البري بين الأردن ولبنان إلى مجلس النواب.\n\n"
                                      "وفي شأن آخر، أقر مجلس الأعيان مشروع القانون المعدل لقانون السير في جلسة عقدها "
                                      "اليوم."),
    ])
    assert not _ratified(found), _show(found)


def test_a_house_passing_a_bill_that_provides_for_the_approval_ratifies(tmp_path):
    # "صادق البرلمان على مشروع قانون يقضي بالموافقة على الاتفاقية": the bill's content is the agreement's approval
    found = processed_treaties(tmp_path, [
        ("b1", "2026-10-15", "صحيفة", "داكار - صحيفة\n\nصادقت الجمعية الوطنية السنغالية، أمس الأربعاء، على مشروع "
                                      "قانون يقضي بالموافقة على اتفاقية الصيد البحري بين السنغال وموريتانيا."),
    ])
    assert ("2026-10-14", "Senegal") in _ratified(found), _show(found)


def test_a_bill_that_provides_for_a_suspension_ratifies_nothing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("b2", "2026-10-15", "صحيفة", "داكار - صحيفة\n\nصادقت الجمعية الوطنية السنغالية، أمس الأربعاء، على مشروع "
                                      "قانون يقضي بتعليق العمل باتفاقية الصيد البحري بين السنغال وموريتانيا."),
    ])
    assert not _ratified(found), _show(found)


def test_an_agreement_with_a_state_left_unnamed_makes_no_record(tmp_path):
    # the second agreement has no name and no named counterpart: nothing to follow; the first keeps its step
    found = processed_treaties(tmp_path, [
        ("u1", "2026-11-05", "صحيفة", "عمان - صحيفة\n\nصادق مجلس الشورى العماني أمس على اتفاقية النقل البحري بين "
                                      "عمان والهند.\n\nكما صادق المجلس في الجلسة نفسها على اتفاقية للتعاون في مجال "
                                      "الإسكان مع دولة خليجية."),
    ])
    assert [t.name for t in found] == ["اتفاقية النقل البحري"], _show(found)


def test_an_agreement_with_a_state_named_after_dawla_keeps_its_record(tmp_path):
    found = processed_treaties(tmp_path, [
        ("u2", "2026-11-05", "صحيفة", "عمان - صحيفة\n\nصادق مجلس الشورى العماني أمس على اتفاقية للتعاون في مجال "
                                      "الإسكان مع دولة قطر."),
    ])
    assert any(s.kind == "ratified" for t in found for s in t.steps), _show(found)
