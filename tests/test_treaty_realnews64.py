"""Round 33's real-news causes (issue 15; the independent reading of SaudiNewsNet 2015-08-09..11): background steps
dated by the report's day, a plan read as a signing, a cabinet's approvals of two agreements pooled into one.  Each
with sentences written for these tests, and a near miss that must keep its step."""

from __future__ import annotations

from conftest import processed_treaties


def _done(found, kind: str) -> list:
    return [(t.name, s) for t in found for s in t.steps if s.kind == kind and s.modality == "done"]


def _show(found) -> list:
    return [(t.name, [(s.kind, s.modality, s.date, s.date_source, len(s.sources)) for s in t.steps]) for t in found]


# -- 1. a past step takes the date its sentence gives, never the report's day --------------------------------------

def test_a_signing_told_in_the_pluperfect_takes_the_month_its_sentence_gives(tmp_path):
    # the visit is in the pluperfect ("كان قد قام بجولة"); the signing joined to it shares its time, in late July
    found = processed_treaties(tmp_path, [
        ("b1", "2026-09-14", "صحيفة", "ويشار إلى أن رئيس الوزراء الماليزي كان قد قام بجولة رسمية إلى إندونيسيا في "
                                      "أواخر يوليو (تموز) المنصرم التقى فيها بالرئيس الإندونيسي جوكو ويدودو، ووقع "
                                      "اتفاقيات تعاون بين كوالالمبور وجاكرتا."),
    ])
    signed = _done(found, "signed")
    assert signed and all(s.date == "2026-07" and s.date_source == "timex" for _n, s in signed), _show(found)


def test_a_step_recalled_in_a_relative_clause_takes_a_day_told_with_a_past_month(tmp_path):
    # "في 3 مارس الماضي" is written far from the cue, at the end of the relative clause that recalls the deal
    found = processed_treaties(tmp_path, [
        ("b2", "2026-09-14", "صحيفة", "وأوضح البيان أن الوزيرين «سيبحثان تنفيذ اتفاقيات التعاون التجاري الكيني "
                                      "التنزاني، التي جرى التوصل إليها أثناء زيارة رئيس الوزراء الكيني، السيد ويليام "
                                      "روتو إلى تنزانيا في 3 مارس الماضي»."),
    ])
    concluded = _done(found, "concluded")
    assert concluded and all(s.date == "2026-03-03" for _n, s in concluded), _show(found)


def test_a_step_in_the_pluperfect_with_no_date_is_not_dated_by_the_report(tmp_path):
    # no date in the sentence: the step happened by then ("before"), not on the report's day ("article")
    found = processed_treaties(tmp_path, [
        ("b3", "2026-09-14", "صحيفة", "وكانت كوبا قد أبرمت اتفاقيات سرية مع فنزويلا على هامش مباحثاتهما مع "
                                      "البرازيل."),
    ])
    steps = [s for t in found for s in t.steps if s.modality == "done"]
    assert steps and all(s.date_source == "before" for s in steps), _show(found)


def test_a_signing_reported_in_the_present_keeps_the_report_day(tmp_path):
    # near miss: no pluperfect, no recall: a signing the report tells, on its own day
    found = processed_treaties(tmp_path, [
        ("b4", "2026-09-14", "صحيفة", "ووقع رئيس الوزراء الماليزي والرئيس الإندونيسي اليوم في جاكرتا اتفاقية "
                                      "للتعاون في مجال الصيد بين البلدين."),
    ])
    signed = _done(found, "signed")
    assert signed and all(s.date == "2026-09-14" for _n, s in signed), _show(found)


def test_the_start_of_a_span_does_not_date_a_step_recalled_in_its_sentence(tmp_path):
    # near miss: "منذ مارس الماضي" is since when prices fell, not when the deal was reached
    found = processed_treaties(tmp_path, [
        ("b5", "2026-09-14", "صحيفة", "وتراجعت أسعار القمح في الأسواق العالمية إلى أدنى مستوياتها منذ مارس الماضي، في "
                                      "ظل توقعات بزيادة الصادرات الأوكرانية عقب توصل كييف وموسكو لاتفاق الممر "
                                      "البحري."),
    ])
    concluded = _done(found, "concluded")
    assert concluded and all((s.date, s.date_source) == ("2026-09-14", "before") for _n, s in concluded), \
        _show(found)


def test_an_offset_counted_from_the_signing_dates_it_from_the_day_told_before(tmp_path):
    # "يوم 13 يوليو، قبل يوم على توقيع": the day after the 13th, not the day before the report
    found = processed_treaties(tmp_path, [
        ("b6", "2026-09-14", "صحيفة", "وأصدر القضاة حكمهم في النزاع يوم 13 يوليو، قبل يوم على توقيع بيرو وتشيلي "
                                      "اتفاقية نهائية لترسيم الحدود البحرية."),
    ])
    signed = _done(found, "signed")
    assert signed and all(s.date == "2026-07-14" for _n, s in signed), _show(found)


# -- 2. a plan's means is no step -------------------------------------------------------------------------------

def test_a_signing_that_is_the_means_of_an_aim_is_no_signing(tmp_path):
    # "مساع ترمي ... إلى طي صفحة الانقسام من خلال توقيع اتفاق": the aim is many words before the verbal noun
    found = processed_treaties(tmp_path, [
        ("p1", "2026-09-14", "صحيفة", "وللمبعوث الأفريقي في الصومال مساع ترمي آخر الأمر إلى طي صفحة الانقسام "
                                      "من خلال توقيع اتفاق للمصالحة لم تكتمل مسودته بعد."),
    ])
    assert not _done(found, "signed"), _show(found)


def test_a_signed_agreement_that_aims_at_something_is_still_signed(tmp_path):
    # near miss: the aim is the agreement's, after the signing
    found = processed_treaties(tmp_path, [
        ("p2", "2026-09-14", "صحيفة", "ووقعت الحكومة الصومالية وإثيوبيا أمس اتفاقية أمنية تهدف إلى إنهاء الخلاف "
                                      "القائم على الحدود عبر توقيع بروتوكولات فنية لاحقا."),
    ])
    assert _done(found, "signed"), _show(found)


# -- 3. two agreements one cabinet approves stay apart ----------------------------------------------------------

_CABINET = ("وفي جلسته أمس، أجاز مجلس الوزراء اتفاقية بين وزارة الصحة السعودية ووزارة الصحة في جمهورية كوريا "
            "للتعاون الطبي. وأجاز المجلس أيضا اتفاقية بشأن حماية الطيور المهاجرة اعتمدتها الدول الأطراف خلال "
            "اجتماعها الثاني عشر بنيروبي.")


def test_a_convention_approved_in_the_same_session_is_not_pooled_into_the_bilateral_agreement(tmp_path):
    found = processed_treaties(tmp_path, [("c1", "2026-09-15", "صحيفة", _CABINET)])
    korea = [t for t in found if any(p.get("name_en") == "South Korea" for p in t.parties)]
    assert len(korea) == 1, _show(found)
    assert all(len(s.sources) == 1 for s in korea[0].steps if s.kind == "ratified"), _show(found)
    assert "الطيور" not in korea[0].name, _show(found)


def test_an_agreement_brought_in_by_its_subject_is_named_by_it(tmp_path):
    found = processed_treaties(tmp_path, [("c2", "2026-09-15", "صحيفة", _CABINET)])
    assert "اتفاقية بشأن حماية الطيور المهاجرة" in {t.name for t in found}, _show(found)


def test_a_convention_named_by_its_subject_is_listed_without_all(tmp_path):
    # "marsad treaties" (no --all) lists it: a convention's title ("بشأن حماية ...") is a name, parties or none
    found = processed_treaties(tmp_path, [("c4", "2026-09-15", "صحيفة", _CABINET)], include_all=False)
    assert any(t.name.startswith("اتفاقية بشأن حماية") for t in found), _show(found)


def test_an_indefinite_noun_with_the_parties_named_before_keeps_that_name(tmp_path):
    # near miss: "اتفاقية بين مصر والأردن" after the named agreement of the same pair is that agreement
    found = processed_treaties(tmp_path, [
        ("c3", "2026-09-15", "صحيفة", "وقعت مصر والأردن أمس اتفاقية النقل البري للركاب في عمان. وصادق مجلس النواب "
                                      "الأردني اليوم على اتفاقية بين مصر والأردن وقعت أمس."),
    ])
    named = [t for t in found if t.name.startswith("اتفاقية النقل البري")]
    assert len(named) == 1 and {s.kind for s in named[0].steps} >= {"signed", "ratified"}, _show(found)


# -- the session a report's second sentence tells -----------------------------------------------------------------

def test_a_cabinet_approval_is_dated_by_the_session_its_second_sentence_tells(tmp_path):
    # the lead quotes the chair; the session ("عصر أمس") is told in the next sentence
    found = processed_treaties(tmp_path, [
        ("s1", "2026-09-15", "صحيفة", "أكد ولي العهد أن المملكة ماضية في دعم جهود السلام في المنطقة. وكان مجلس "
                                      "الوزراء قد استهل جلسته في جدة عصر أمس بتقرير عن زيارات الوفود. ووافق "
                                      "المجلس على اتفاقية التعاون الجمركي بين المملكة العربية السعودية وجمهورية "
                                      "كوريا."),
    ])
    ratified = _done(found, "ratified")
    assert ratified and all(s.date == "2026-09-14" and s.date_source == "session" for _n, s in ratified), \
        _show(found)
