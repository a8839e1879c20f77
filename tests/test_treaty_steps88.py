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
