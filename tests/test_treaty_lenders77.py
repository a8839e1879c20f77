"""Loan and grant agreements between a state and a development fund or bank (issue 15, treaties77): the fund is a
party, not a company hiding the record; «اتفاقية قرض/منحة ... لتمويل مشروع ...» is named by its project; a
parliament's approval of the loan agreement is the state's ratification. A company's loan stays out of the listing.
Sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.modality, s.date) for s in t.steps])
            for t in found]


def _parties(t) -> set:
    return {p.get("name_en") for p in t.parties}


def test_a_funds_loan_to_a_state_is_listed_with_the_fund_as_a_party_and_named_by_its_project(tmp_path):
    found = processed_treaties(tmp_path, [
        ("k1", "2026-04-10", "صحيفة", "ووقع الصندوق الكويتي للتنمية الاقتصادية العربية وجمهورية السنغال أمس "
                                      "اتفاقية قرض بقيمة 20 مليون دينار لتمويل مشروع طريق داكار الساحلي."),
    ], include_all=False)
    loan = [t for t in found if "Senegal" in _parties(t)]
    assert len(loan) == 1 and _parties(loan[0]) == {"Senegal", "Kuwait Fund"}, _show(found)
    assert loan[0].name.startswith("اتفاقية قرض لتمويل مشروع طريق داكار الساحلي"), _show(found)
    assert [(s.kind, s.date) for s in loan[0].steps if s.modality == "done"] == [("signed", "2026-04-09")]


def test_a_parliament_approving_a_world_bank_loan_ratifies_it_and_the_record_is_listed(tmp_path):
    found = processed_treaties(tmp_path, [
        ("w1", "2026-04-12", "صحيفة", "وصادق مجلس النواب الأردني اليوم على اتفاقية القرض الموقعة مع البنك الدولي "
                                      "لتمويل مشروع دعم المدارس الحكومية."),
    ], include_all=False)
    loan = [t for t in found if "World Bank" in _parties(t)]
    assert len(loan) == 1 and _parties(loan[0]) == {"World Bank", "Jordan"}, _show(found)
    assert "مشروع دعم المدارس الحكومية" in loan[0].name, _show(found)
    assert any(s.kind == "ratified" and s.date == "2026-04-12" and (s.by or {}).get("country", {}).get("name_en")
               == "Jordan" for s in loan[0].steps), _show(found)


def test_a_development_banks_grant_names_the_bank_and_the_project(tmp_path):
    found = processed_treaties(tmp_path, [
        ("i1", "2026-04-15", "صحيفة", "ووقعت وزارة التخطيط اليمنية والبنك الإسلامي للتنمية أمس اتفاقية منحة لتمويل "
                                      "مشروع إعادة تأهيل مستشفى عدن."),
    ], include_all=False)
    grant = [t for t in found if "Yemen" in _parties(t)]
    assert len(grant) == 1 and _parties(grant[0]) == {"Yemen", "Islamic Development Bank"}, _show(found)
    assert grant[0].name.startswith("اتفاقية منحة لتمويل مشروع إعادة تأهيل مستشفى عدن"), _show(found)


def test_a_companys_loan_from_a_bank_stays_out_of_the_listing(tmp_path):
    # near miss: a company borrows, from the World Bank or from a commercial bank: a contract, not an agreement of
    # a state
    found = processed_treaties(tmp_path, [
        ("c1", "2026-04-16", "صحيفة", "ووقعت شركة الإسمنت الوطنية أمس اتفاقية قرض مع البنك الدولي لتمويل مشروع "
                                      "توسعة مصنعها."),
        ("c2", "2026-04-16", "صحيفة", "ووقع البنك الأهلي وشركة المراعي أمس اتفاقية قرض بقيمة مليار ريال لتمويل مشروع "
                                      "مزرعة جديدة."),
    ], include_all=False)
    assert found == [], _show(found)


def test_a_funds_board_approving_the_agreement_is_the_funds_own_step(tmp_path):
    found = processed_treaties(tmp_path, [
        ("m1", "2026-04-14", "صحيفة", "ووافق المجلس التنفيذي لصندوق النقد الدولي أمس على اتفاق تمويل مع تونس بقيمة "
                                      "1.9 مليار دولار."),
    ], include_all=False)
    deal = [t for t in found if "Tunisia" in _parties(t)]
    assert len(deal) == 1 and _parties(deal[0]) == {"Tunisia", "IMF"}, _show(found)
    assert [((s.by or {}).get("country") or {}).get("name_en") for s in deal[0].steps if s.kind == "ratified"] \
        == ["IMF"], _show(found)


def test_a_funds_city_is_no_party_and_a_grant_for_a_dam_is_named_by_it(tmp_path):
    found = processed_treaties(tmp_path, [
        ("z1", "2026-05-03", "صحيفة", "ووقعت الحكومة الموريتانية وصندوق أبوظبي للتنمية أمس اتفاقية منحة بقيمة 50 "
                                      "مليون درهم لإنشاء سد في ولاية لعصابة."),
    ], include_all=False)
    grant = [t for t in found if "Mauritania" in _parties(t)]
    assert len(grant) == 1 and _parties(grant[0]) == {"Mauritania", "Abu Dhabi Fund for Development"}, _show(found)
    assert grant[0].name.startswith("اتفاقية منحة لإنشاء سد"), _show(found)
