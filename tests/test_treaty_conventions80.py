"""Multilateral conventions followed through accession and deposit: their titles as the reports write them
(issue 15)."""

from __future__ import annotations

from conftest import done_steps, processed_treaties

from marsad.nlp.events.treaty_life import name_words

# A convention named by its reach and what it is for, a verbal noun of a hollow root («لاستعادة»); two states
# accede to it in two reports that name it by its title.
REACH = [
    ("r1", "2026-02-04", "وكالة أ",
     "أودعت دولة الكويت أمس صك انضمامها إلى الاتفاقية الدولية لاستعادة الحيوانات البحرية الضالة لعام 2023 "
     "لدى الأمين العام للمنظمة البحرية الدولية في لندن."),
    ("r2", "2026-04-20", "وكالة ب",
     "أصدر السلطان اليوم مرسوما سلطانيا بالموافقة على انضمام سلطنة عمان إلى الاتفاقية الدولية لاستعادة الحيوانات "
     "البحرية الضالة."),
]

# A convention named by a verbal noun in يه that governs an indefinite noun opening with ب («حماية بيانات»); one
# state ratifies it.
CONSTRUCT = [
    ("c1", "2026-03-09", "وكالة أ",
     "أودعت دولة البحرين أمس وثيقة تصديقها على اتفاقية حماية بيانات مستخدمي الموانئ لدى المنظمة البحرية الدولية."),
]


def test_a_convention_for_a_hollow_verbal_noun_keeps_its_title(tmp_path):
    found = [t for t in processed_treaties(tmp_path, REACH, include_all=False)
             if name_words("الاتفاقية الدولية لاستعادة الحيوانات البحرية") <= name_words(t.name)]
    assert len(found) == 1  # one record under the title, not "الاتفاقية الدولية" alone
    assert {("ratified", "Kuwait"), ("ratified", "Oman")} <= done_steps(found[0])


def test_a_convention_named_by_what_it_protects_is_listed(tmp_path):
    found = [t for t in processed_treaties(tmp_path, CONSTRUCT, include_all=False)
             if name_words("اتفاقية حماية بيانات مستخدمي الموانئ") <= name_words(t.name)]
    assert len(found) == 1  # listed though one state alone ratified it: its name is a title
    assert ("ratified", "Bahrain") in done_steps(found[0])


# An agency's convention named by its number and what it bears on, joined by two states in reports of their own; the
# second report opens with a Gulf agency's dateline (city, day, the agency between slashes) that gives the house's
# state.
AGENCY = [
    ("a1", "2026-02-10", "وكالة أ",
     "أودعت المملكة الأردنية الهاشمية أمس صك انضمامها إلى اتفاقية منظمة العمل الدولية رقم 177 بشأن العمل في "
     "المنازل لدى المدير العام لمكتب العمل الدولي."),
    ("a2", "2026-03-03", "bna",
     "المنامة في 3 مارس / بنا / وافق مجلس النواب في جلسته الأسبوعية اليوم على مشروع قانون بالتصديق على اتفاقية "
     "منظمة العمل الدولية رقم 177 بشأن العمل في المنازل."),
]

# A state leaves a regional convention by depositing a notice, on a day set between commas; the title ends with the
# convention's year, and the notice takes effect months later. Another state accedes to another Arab convention.
NOTICE = [
    ("n1", "2026-01-12", "صحيفة أ",
     "أودعت وزارة الخارجية المصرية، أمس الأحد، لدى الأمانة العامة لجامعة الدول العربية إشعارا رسميا بانسحاب "
     "جمهورية مصر العربية من الاتفاقية العربية لتنظيم النقل البري للركاب لعام 2012. ويسري الانسحاب بعد ستة أشهر "
     "من تاريخ الإشعار."),
    ("n2", "2026-02-20", "صحيفة ب",
     "أودع السودان أمس وثيقة انضمامه إلى اتفاقية المتاحف الوطنية العربية لدى الأمانة العامة للجامعة."),
]


def test_an_agencys_numbered_convention_is_one_record_of_its_states(tmp_path):
    found = [t for t in processed_treaties(tmp_path, AGENCY, include_all=False)
             if name_words("اتفاقية منظمة العمل الدولية رقم 177") <= name_words(t.name)]
    assert len(found) == 1  # one convention, whichever state takes a step
    assert {("ratified", "Jordan"), ("ratified", "Bahrain")} <= done_steps(found[0])


def test_a_withdrawal_by_notice_is_dated_by_its_day_not_the_titles_year(tmp_path):
    records = processed_treaties(tmp_path, NOTICE, include_all=False)
    found = [t for t in records if name_words("الاتفاقية العربية لتنظيم النقل البري") <= name_words(t.name)]
    assert len(found) == 1
    steps = [s for s in found[0].steps if s.modality == "done"]
    assert [(s.kind, s.date) for s in steps] == [("withdrawn", "2026-01-11")]  # no entry into force
    assert "Sudan" not in {p.get("name_en") for p in found[0].parties}  # another Arab convention's state


# A house passes a bill approving the state's accession, in a Tunisian outlet's report.
ACCESSION_BILL = [
    ("b1", "2026-03-05", "وكالة تونس إفريقيا للأنباء",
     "تونس - صادق مجلس نواب الشعب، أمس الأربعاء، على مشروع القانون الأساسي المتعلق بالموافقة على انضمام الجمهورية "
     "التونسية إلى اتفاقية حماية بيانات مستخدمي الموانئ البحرية."),
]


def test_a_house_passing_a_bill_of_accession_ratifies(tmp_path):
    found = [t for t in processed_treaties(tmp_path, ACCESSION_BILL, include_all=False)
             if name_words("اتفاقية حماية بيانات مستخدمي الموانئ") <= name_words(t.name)]
    assert len(found) == 1
    steps = [s for s in found[0].steps if s.kind == "ratified" and s.modality == "done"]
    assert [(s.date, (s.by or {}).get("name")) for s in steps] == [("2026-03-04", "مجلس نواب الشعب")]
    assert ("ratified", "Tunisia") in done_steps(found[0])
