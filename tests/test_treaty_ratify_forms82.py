"""Ratifications told in the forms of official reports (treaties82, issue 15): a cabinet taking note of a royal
decree issued to approve an agreement is the kingdom's ratification, on the decree's day.  Sentences written for
these tests."""

from __future__ import annotations

from conftest import done_steps, processed_treaties


def test_a_cabinet_taking_note_of_a_royal_decree_that_approves_an_agreement_is_a_ratification(tmp_path):
    found = processed_treaties(tmp_path, [
        ("d1", "2026-01-27", "وكالة أ", "الرياض – عقد مجلس الوزراء جلسته اليوم برئاسة خادم الحرمين الشريفين. وبين "
         "وزير الإعلام أن المجلس اطلع على صدور المرسوم الملكي رقم (م/17) وتاريخ 3/8/1447هـ الموافق 22 يناير 2026م "
         "بالموافقة على اتفاقية النقل البحري بين السعودية ومصر."),
    ], include_all=True)
    [deal] = found
    assert done_steps(deal) == {("ratified", "Saudi Arabia")}, [(s.kind, s.by) for s in deal.steps]
    assert [s.date for s in deal.steps] == ["2026-01-22"]
    # (a denial of its issue is none)
    (tmp_path / "b").mkdir()
    found = processed_treaties(tmp_path / "b", [
        ("d2", "2026-01-28", "صحيفة ب", "نفى المتحدث باسم الوزارة صدور المرسوم الملكي بالموافقة على اتفاقية النقل "
         "البحري بين السعودية ومصر."),
    ], include_all=True)
    assert not any(s.kind == "ratified" for t in found for s in t.steps)


def test_the_president_promulgating_the_law_of_approval_is_a_ratification_of_his_own(tmp_path):
    # the house voted in May; the president promulgates the law in June: two steps of Tunisia, each on its day
    found = processed_treaties(tmp_path, [
        ("t1", "2026-05-20", "وكالة ت", "تونس – صادق مجلس نواب الشعب اليوم الأربعاء على مشروع القانون المتعلق "
         "بالموافقة على اتفاقية النقل البري بين تونس والمغرب."),
        ("t2", "2026-06-22", "وكالة ت", "تونس – ختم رئيس الجمهورية، اليوم الاثنين، القانون المتعلق بالموافقة على "
         "اتفاقية النقل البري بين تونس والمغرب، وأذن بنشره في الجريدة الرسمية."),
    ], include_all=True)
    [deal] = [t for t in found if any(p.get("name_en") == "Morocco" for p in t.parties)]
    steps = sorted((s.kind, s.date, (s.by or {}).get("name")) for s in deal.steps if s.kind == "ratified")
    assert [(k, d) for k, d, _ in steps] == [("ratified", "2026-05-20"), ("ratified", "2026-06-22")], steps
    assert steps[1][2] == "رئيس الجمهورية", steps


def test_the_year_that_closes_a_city_named_title_dates_no_step(tmp_path):
    # «اتفاقية الرباط لعام 2024» is the convention's name; the president sealed the law today
    found = processed_treaties(tmp_path, [
        ("y1", "2026-06-22", "وكالة ت", "تونس – ختم رئيس الجمهورية، اليوم الاثنين، القانون المتعلق بالموافقة على "
         "انضمام الجمهورية التونسية إلى اتفاقية حماية التراث المغمور (اتفاقية الرباط لعام 2024)."),
    ], include_all=True)
    dates = [s.date for t in found for s in t.steps if s.kind == "ratified"]
    assert dates == ["2026-06-22"], dates
