"""Issue 15, treaties88: faults a reader found in the listing of three days of real news (July 2015), each with
sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date, s.date_source)
                                                             for s in t.steps]) for t in found]


def test_a_signing_the_cabinet_authorises_is_not_dated_by_the_cabinets_day(tmp_path):
    # the cabinet authorises a minister to negotiate and sign: the signing is to come, on no day told yet
    found = processed_treaties(tmp_path, [
        ("c1", "2026-04-13", "صحيفة", "الرياض - واس: وافق مجلس الوزراء في جلسته اليوم على تفويض وزير الطاقة - أو "
                                      "من ينيبه - بالتباحث مع الجانب الأوزبكي في شأن مشروع اتفاقية للتعاون في "
                                      "مجال الطاقة المتجددة بين حكومة المملكة العربية السعودية وحكومة جمهورية "
                                      "أوزبكستان، والتوقيع عليه."),
    ])
    steps = [s for t in found for s in t.steps if s.kind == "signed"]
    assert steps and all(s.modality == "expected" for s in steps), _show(found)
    assert all(s.date is None for s in steps), _show(found)


def test_a_signing_held_on_the_sidelines_of_a_meeting_is_not_dated_by_the_report(tmp_path):
    # the lead tells the signing with no day; a later sentence places it at a meeting abroad: it happened by then
    text = ("الرياض - صحيفة: وقعت المملكة العربية السعودية اتفاقيات ثنائية مع كل من جمهورية تشاد وجمهورية مالي "
            "لتنظيم استقدام العمالة المنزلية. وقد جرت مراسم توقيع الاتفاقيات في جنيف على هامش المؤتمر الدولي "
            "للعمل في دورته السنوية، ووقعها عن المملكة وزير العمل.")
    found = processed_treaties(tmp_path, [("n1", "2026-07-24", "صحيفة", text)])
    steps = [s for t in found for s in t.steps if s.kind == "signed"]
    assert steps and all(s.date_source != "article" for s in steps), _show(found)


def test_a_ceremony_on_the_sidelines_told_with_its_day_keeps_the_day(tmp_path):
    # (a near miss: the ceremony's day is written, so the report's day it names dates the signing)
    text = ("الرياض - صحيفة: وقعت المملكة العربية السعودية اتفاقية ثنائية مع جمهورية تشاد لتنظيم استقدام العمالة "
            "المنزلية. وقد جرت مراسم توقيع الاتفاقية أمس في جنيف على هامش المؤتمر الدولي للعمل.")
    found = processed_treaties(tmp_path, [("n2", "2026-07-24", "صحيفة", text)])
    steps = [s for t in found for s in t.steps if s.kind == "signed"]
    assert steps and all(s.date_source != "before" for s in steps), _show(found)


def test_an_agreement_whose_signing_the_cabinet_authorises_is_listed(tmp_path):
    # undated as its signing is, a signing to come is news: the default listing shows it
    found = processed_treaties(tmp_path, [
        ("c2", "2026-04-13", "صحيفة", "الرياض - واس: وافق مجلس الوزراء على تفويض وزير النقل - أو من ينيبه - "
                                      "بالتباحث مع الجانب القبرصي في شأن مشروع اتفاقية تعاون بين حكومة المملكة "
                                      "العربية السعودية وحكومة جمهورية قبرص في مجال النقل البحري، والتوقيع عليه."),
    ], include_all=False)
    assert any({p.get("name_en") for p in t.parties} == {"Saudi Arabia", "Cyprus"} for t in found), _show(found)


def test_an_agreement_is_named_by_the_field_told_after_its_parties(tmp_path):
    # "اتفاقية تعاون بين ... في مجال النقل البحري": the field past the parties clause is part of the name
    found = processed_treaties(tmp_path, [
        ("f1", "2026-04-13", "صحيفة", "الرياض - واس: وافق مجلس الوزراء على تفويض وزير النقل - أو من ينيبه - "
                                      "بالتباحث مع الجانب القبرصي في شأن مشروع اتفاقية تعاون بين حكومة المملكة "
                                      "العربية السعودية وحكومة جمهورية قبرص في مجال النقل البحري والتوقيع عليه."),
        ("f2", "2026-04-14", "صحيفة", "الرياض - واس: وافق مجلس الوزراء على تفويض رئيس هيئة الطيران المدني "
                                      "بالتوقيع على مشروع اتفاقية بين حكومة المملكة العربية السعودية وحكومة "
                                      "جمهورية غانا في مجال خدمات النقل الجوي."),
    ])
    names = {frozenset(p.get("name_en") for p in t.parties): t.name for t in found}
    assert names.get(frozenset({"Saudi Arabia", "Cyprus"}), "").endswith("في مجال النقل البحري"), _show(found)
    assert "خدمات النقل الجوي" in names.get(frozenset({"Saudi Arabia", "Ghana"}), ""), _show(found)
