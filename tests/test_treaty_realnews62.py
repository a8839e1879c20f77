"""Errors an independent reader found on real news (SaudiNewsNet 2015-07-31..08-04, issue 15), each with sentences
written for these tests: one agreement named by its city and by its subject kept as two records."""

from __future__ import annotations

from conftest import processed_treaties


def test_an_agreement_named_for_its_city_and_its_subject_is_one_record_and_another_treaty_stays_apart(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v1", "2015-07-20", "صحيفة", "وقعت إيران ومجموعة 5+1 الاتفاق النووي يوم 14 يوليو بعد مفاوضات طويلة."),
        ("v2", "2015-08-01", "صحيفة", "وتلقى روحاني الدعوة بعد التوقيع على اتفاق فيينا الخاص بالبرنامج النووي بين "
                                      "إيران ومجموعة 5+1 في 14 يوليو."),
        ("v3", "2015-08-02", "صحيفة", "وكانت السعودية قد صادقت على معاهدة حظر انتشار الأسلحة النووية عام 1988."),
    ])
    deal = [t for t in found if any(s.kind == "signed" for s in t.steps)]
    assert len(deal) == 1, [(t.name, t.aliases) for t in found]
    assert "اتفاق فيينا" in [deal[0].name, *deal[0].aliases]
    # (the treaty whose name holds the same word is another agreement)
    assert not any("انتشار" in n for n in [deal[0].name, *deal[0].aliases])


def test_steps_states_took_one_after_another_are_not_dated_by_the_column(tmp_path):
    found = processed_treaties(tmp_path, [
        ("c1", "2015-08-02", "صحيفة", "وترفض إسرائيل الانضمام إلى «معاهدة حظر الأسلحة الكيميائية». أما الدول "
                                      "العربية، فقد وقعت المعاهدة المذكورة، وصادقت عليها، دولة بعد أخرى."),
    ])
    assert not any(s.date and s.date.startswith("2015") for t in found for s in t.steps), \
        [(t.name, t.steps) for t in found]
    # (the steps are still told: signed and ratified, with no date)
    assert [(s.kind, s.date) for t in found for s in t.steps] == [("signed", None), ("ratified", None)], \
        [(t.name, t.steps) for t in found]


def test_a_hope_to_sign_is_no_signing(tmp_path):
    found = processed_treaties(tmp_path, [
        ("h1", "2015-08-01", "صحيفة", "ذكرت تقارير أن كندا والبرازيل توصلتا إلى اتفاق تعويض عن إلغاء الصفقة. وأضاف "
                                      "الوزير «أتمنى أن يتم توقيع اتفاق في المستقبل القريب»."),
    ])
    assert not any(s.kind == "signed" and s.modality == "done" for t in found for s in t.steps), \
        [(t.name, t.steps) for t in found]
    # (the agreement the report says they reached is still told)
    assert [(s.kind, s.modality) for t in found for s in t.steps] == [("concluded", "done")], \
        [(t.name, t.steps) for t in found]


def test_a_name_that_only_tells_the_kind_joins_the_agreement_its_subject_names(tmp_path):
    found = processed_treaties(tmp_path, [
        ("u1", "2015-07-20", "صحيفة", "وقعت كوريا الشمالية ومجموعة 5+1 الاتفاق النووي يوم 14 يوليو بعد مفاوضات."),
        ("u2", "2015-07-31", "صحيفة", "بعد أن تم توقيع معاهدة التفاهم بين دول 5+1 مع كوريا الشمالية حول برنامجها "
                                      "النووي، ظهرت آراء كثيرة."),
        ("u3", "2015-07-31", "صحيفة", "وقد ظهر ذلك بعد توقيع اتفاقية التفاهم على برنامج كوريا الشمالية النووي بين "
                                      "كوريا الشمالية والدول العظمى."),
    ])
    signed = [t for t in found if any(s.kind == "signed" for s in t.steps)]
    assert len(signed) == 1, [(t.name, t.parties) for t in found]
