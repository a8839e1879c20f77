"""Treaty records on real news, second pass (treaties81, issue 15): what an independent reader still found wrong in
`marsad treaties` on three days of Saudi news, read as constructions.  A clause sentence is the content of the
agreement told next to it, not of every agreement its article names; an entry into force expected after a stated
period is dated by that period, not by the report's day.  Sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties

# sentences of another subject between an agreement's report and a remark far down the article
_ASIDE = ("وفي شأن آخر، ناقش الوزير مع نظيره أوضاع الطلاب المبتعثين في الجامعات وسبل تسهيل حصولهم على التأشيرات، "
          "كما استعرض الجانبان خطط تطوير المطارات والموانئ وتحديث شبكات الطرق بين المدن الكبرى. ") * 3


def _clauses(found) -> dict:
    return {t.name: sorted((c.kind, c.area) for c in t.clauses) for t in found}


def test_a_remark_far_down_the_article_is_no_clause_of_its_agreement(tmp_path):
    # the defence remark speaks of the Gulf states, paragraphs after the land-transport signing
    found = processed_treaties(tmp_path, [
        ("c1", "2026-05-10", "صحيفة أ", "وقعت الأردن ومصر اليوم في عمّان اتفاقية النقل البري بين البلدين. " + _ASIDE
         + "وقال الوزير إن بلاده ستنسق مع جيرانها في الخليج لحماية المنطقة، وإن التعاون في مجال الدفاع "
           "يبقى أولوية بعد الاتفاق."),
    ], include_all=False)
    [deal] = [t for t in found if any(p.get("name_en") == "Jordan" for p in t.parties)]
    assert deal.clauses == [], _clauses(found)


def test_a_clause_told_right_after_its_agreement_is_not_the_other_agreements_of_the_article(tmp_path):
    # the first agreement is told by a bare noun: no name of its own keeps the health clause off it
    found = processed_treaties(tmp_path, [
        ("c2", "2026-05-11", "صحيفة ب", "وقعت تونس والجزائر أمس اتفاقية بين البلدين. " + _ASIDE
         + "ووقعت تونس وليبيا أمس أيضا اتفاقية للتعاون الصحي. وتنص الاتفاقية على تقديم المساعدة المتبادلة "
           "في مجال الصحة."),
    ], include_all=False)
    [health] = [t for t in found if any(p.get("name_en") == "Libya" for p in t.parties)]
    assert ("mutual_assistance", None) in [(c.kind, c.area) for c in health.clauses], _clauses(found)
    [sea] = [t for t in found if any(p.get("name_en") == "Algeria" for p in t.parties)]
    assert sea.clauses == [], _clauses(found)


def test_an_entry_into_force_due_after_a_stated_period_is_dated_by_it(tmp_path):
    # the house's vote on 4 March leaves sixty days before the agreement takes effect: due in May, not on the 4th
    found = processed_treaties(tmp_path, [
        ("f1", "2026-03-02", "صحيفة أ", "وقعت كينيا وأوغندا أمس في نيروبي اتفاقية الربط الكهربائي بين البلدين."),
        ("f2", "2026-03-04", "صحيفة ب", "وصادق البرلمان الكيني اليوم على اتفاقية الربط الكهربائي مع أوغندا، وأمام "
                                       "الاتفاقية الآن فترة ستين يوما قبل أن تدخل حيز التنفيذ."),
    ], include_all=False)
    [deal] = [t for t in found if any(p.get("name_en") == "Kenya" for p in t.parties)]
    due = [(s.date, s.modality) for s in deal.steps if s.kind == "in_force"]
    assert due == [("2026-05", "expected")], [(s.kind, s.date, s.date_source) for s in deal.steps]


def test_a_deal_reached_that_the_press_calls_signed_is_one_conclusion(tmp_path):
    # reached at the end of the talks on 9 June; later reports speak of "the signing" of the same deal
    found = processed_treaties(tmp_path, [
        ("s1", "2026-06-10", "صحيفة أ", "توصلت كوريا الشمالية ومجموعة الدول الخمس أمس في جنيف إلى اتفاق الملف "
                                       "الصاروخي بعد مفاوضات دامت عامين."),
        ("s2", "2026-06-12", "صحيفة ب", "ارتفعت أسعار الذهب بعد توقيع اتفاق الملف الصاروخي يوم 9 يونيو بين كوريا "
                                       "الشمالية ومجموعة الدول الخمس."),
        ("s3", "2026-06-13", "صحيفة ج", "وصل وزير الخارجية الياباني إلى سيول، في أول زيارة منذ توقيع اتفاق الملف "
                                       "الصاروخي في 9 يونيو."),
        ("s4", "2026-06-14", "صحيفة د", "وانتقد نواب في الكونغرس اتفاق الملف الصاروخي الموقع في جنيف يوم 9 يونيو."),
    ], include_all=True)
    [deal] = [t for t in found if "الصاروخي" in (t.name or "")]
    kinds = [(s.kind, s.date) for s in deal.steps if s.modality == "done"]
    assert ("concluded", "2026-06-09") in kinds and "signed" not in [k for k, _ in kinds], kinds
    # a signing told with its signers' verb is a step of its own, whatever else the reports say
    (tmp_path / "b").mkdir()
    found = processed_treaties(tmp_path / "b", [
        ("s5", "2026-06-10", "صحيفة أ", "توصلت غانا وتوغو أمس إلى اتفاق الحدود البحرية بعد مفاوضات طويلة، ووقع "
                                       "الرئيسان الاتفاق في لومي."),
        ("s6", "2026-06-12", "صحيفة ب", "وقعت غانا وتوغو يوم 9 يونيو في لومي اتفاق الحدود البحرية."),
    ], include_all=False)
    [deal] = [t for t in found if any(p.get("name_en") == "Ghana" for p in t.parties)]
    assert "signed" in [s.kind for s in deal.steps], [(s.kind, s.date) for s in deal.steps]


def test_bilateral_agreements_signed_with_each_of_several_states_are_one_agreement_with_each(tmp_path):
    # a plural told with "مع كل من": one agreement with Chad, one with Mali; not the states of the older count
    found = processed_treaties(tmp_path, [
        ("p1", "2026-04-08", "صحيفة أ", "وقّعت مصر اليوم في القاهرة اتفاقيات ثنائية مع كل من تشاد ومالي لتنظيم نقل "
                                       "البضائع بالشاحنات. وبذلك صار لمصر اتفاقيات للنقل البري مع تسع دول منها "
                                       "السودان وليبيا والأردن."),
    ], include_all=False)
    pairs = sorted(tuple(p.get("name_en") for p in t.parties) for t in found)
    assert pairs == [("Egypt", "Chad"), ("Egypt", "Mali")], pairs
    assert all(t.name == "اتفاقية ثنائية" and [s.kind for s in t.steps] == ["signed"] for t in found), \
        [(t.name, [s.kind for s in t.steps]) for t in found]
