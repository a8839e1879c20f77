"""Issue 15, events45: an attack named as the matter of an inquiry, a charge or a network is not an attack the
sentence reports ("اعتقلت الشرطة أشخاصا يشتبه في تورطهم في الهجوم ...", "أدين بتهم قتل ..."): the sentence tells the
arrest, the trial or the search, and the attack is their subject.  An attack the sentence tells beside an inquiry
opened after it is still coded.

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc

_ALL = CoderOptions(shown_filter=False)
_QAEDA_AMMAN = [("تنظيم القاعدة", "ORG", "al-Qaeda"), ("عمان", "LOC", "Amman")]


def _assaults(text: str, mentions: list[tuple] = ()) -> list[str]:
    return [e["trigger_text"] for e in coded(make_doc(text, list(mentions)), "ASSAULT", _ALL)]


def test_an_arrest_of_men_suspected_of_an_attack_is_no_assault_but_the_attack_told_beside_an_inquiry_is() -> None:
    assert _assaults("واعتقلت قوات الأمن أمس أربعة أشخاص يشتبه في تورطهم في الهجوم الذي شنه تنظيم القاعدة على فندق "
                     "في عمان.", _QAEDA_AMMAN) == []
    told = "وشن تنظيم القاعدة هجوما على فندق في عمان، وفتحت الشرطة تحقيقا في الحادث."
    assert _assaults(told, _QAEDA_AMMAN) == ["هجوما"]


def test_a_conviction_on_counts_of_murder_is_no_assault_but_a_bombing_the_police_inquire_into_is() -> None:
    assert _assaults("وأدين المسلح في الشهر الماضي بتسع تهم قتل وإطلاق نار على المصلين.") == []
    assert _assaults("قتل عشرة أشخاص في هجوم انتحاري استهدف سوقا شعبية في بغداد، فيما فتحت الشرطة تحقيقا.") == ["هجوم"]


def test_an_attack_an_inquiry_found_in_a_clause_of_its_own_is_still_coded() -> None:
    """lastread45: «أن» opens the attack's own clause — what the inquiry found is the attack, told as done (on
    SaudiNewsNet 2015-07-21: "العناصر الأولى للتحقيق تكشف أن التفجير ناجم عن اعتداء ...")."""
    isis_qatif = [("تنظيم داعش", "ORG", "ISIS"), ("القطيف", "LOC", "Qatif")]
    assert _assaults("وكشفت نتائج التحقيق أن الهجوم نفذه تنظيم داعش على مسجد في القطيف.", isis_qatif) == ["الهجوم"]
    # (the inquiry into the attack is still no attack)
    assert _assaults("وتواصل الشرطة التحقيق في الهجوم على مسجد في القطيف.", isis_qatif[1:]) == []
