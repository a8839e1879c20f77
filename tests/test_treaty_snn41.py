"""Issue 15, round 41: a form an independent reader found missed on real Saudi news (2015-08-03/04): the cabinet's
decision to approve a state's accession to a multilateral agreement ("قرر مجلس الوزراء الموافقة على انضمام ... إلى
بروتوكول ..."), the way that press most often tells a ratification. Sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [(s.kind, s.modality, s.date, (s.by or {}).get("name")) for s in t.steps]) for t in found]


def test_a_cabinet_decision_to_approve_an_accession_is_a_ratification_of_the_agreement_joined(tmp_path):
    found = processed_treaties(tmp_path, [
        ("a1", "2026-03-09", "صحيفة", "عقد مجلس الوزراء جلسته اليوم الاثنين في الرياض. وبعد الاطلاع على قرار "
                                      "مجلس الشورى، قرر مجلس الوزراء الموافقة على انضمام المملكة إلى بروتوكول "
                                      "مكافحة تهريب الأدوية المغشوشة. واطلع المجلس على تقارير عدد من الوزارات."),
    ], include_all=True)
    named = [t for t in found if "بروتوكول مكافحة تهريب الأدوية المغشوشة" in t.name]
    assert len(named) == 1, _show(found)
    assert [(s.kind, s.modality, s.date) for s in named[0].steps] == [("ratified", "done", "2026-03-09")], \
        _show(found)


def test_a_decision_to_study_an_accession_is_still_no_ratification(tmp_path):
    # the same wording put off ("تأجيل"): no step, whatever follows «انضمام»
    found = processed_treaties(tmp_path, [
        ("b1", "2026-03-09", "صحيفة", "عقد مجلس الوزراء جلسته اليوم الاثنين في الرياض، وقرر تأجيل الموافقة على "
                                      "انضمام المملكة إلى بروتوكول مكافحة تهريب الأدوية المغشوشة إلى جلسة قادمة."),
    ], include_all=True)
    assert not any(s.kind == "ratified" and s.modality == "done" for t in found for s in t.steps), _show(found)


def test_a_convention_named_for_an_elimination_keeps_its_whole_title_and_is_listed(tmp_path):
    # "القضاء على ..." governs its object through «على», and "غير المشروع" belongs to the thing eliminated: the title
    # goes on past both, and such a title names an agreement even with one state taking a step
    found = processed_treaties(tmp_path, [
        ("c1", "2026-05-04", "صحيفة", "صادق مجلس النواب الأردني اليوم على اتفاقية القضاء على جميع أشكال التمييز "
                                      "ضد الأشخاص ذوي الإعاقة بعد نقاش قصير."),
        ("c2", "2026-05-05", "صحيفة", "أودعت تونس اليوم وثيقة انضمامها إلى بروتوكول القضاء على الاتجار غير المشروع "
                                      "بالأسلحة الخفيفة لدى الأمم المتحدة."),
    ], include_all=False)
    names = [t.name for t in found]
    assert any(n.startswith("اتفاقية القضاء على جميع أشكال التمييز ضد الأشخاص") for n in names), _show(found)
    assert any(n.startswith("بروتوكول القضاء على الاتجار غير المشروع بالأسلحة") for n in names), _show(found)


def test_a_general_agreement_to_be_negotiated_is_not_the_protocol_the_session_approves_next(tmp_path):
    # "مشروع اتفاق عام للتعاون بين المملكة وحكومة كينيا ... والتوقيع عليه" brings in an agreement of its own (the
    # masculine «عام» as the feminine «عامة»): its signing to come is not a step of the protocol named after it
    found = processed_treaties(tmp_path, [
        ("d1", "2026-03-09", "صحيفة", "عقد مجلس الوزراء جلسته اليوم الاثنين في جدة. وافق مجلس الوزراء على تفويض "
                                      "وزير الخارجية بالتباحث مع الجانب الكيني في شأن مشروع اتفاق عام للتعاون بين "
                                      "المملكة وحكومة كينيا، والتوقيع عليه، ثم رفع النسخة الموقعة. وبعد النظر في "
                                      "قرار مجلس الشورى، قرر مجلس الوزراء الموافقة على انضمام المملكة إلى بروتوكول "
                                      "مكافحة تهريب الأدوية المغشوشة."),
    ], include_all=True)
    protocol = [t for t in found if "الأدوية المغشوشة" in t.name]
    assert len(protocol) == 1, _show(found)
    assert [s.kind for s in protocol[0].steps] == ["ratified"], _show(found)
    assert not any(p.get("name_en") == "Kenya" for p in protocol[0].parties), _show(found)
