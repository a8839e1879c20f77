"""Treaty records on real news (treaties79, issue 15): the errors an independent reader found in `marsad treaties` on
three days of Saudi news, read as constructions.  One agreement is one record however its reports name it (a longer
name judged before the shorter one joined, a bare noun with a side that only comments on it, a union and the group
within it); a step recalled ("قبل أيام", a story of years past, the topic of someone's words "أمس") is not dated to
the report's day; an agreement of no pair its reports only recall is background; a minister's title, the Gulf
Cooperation Council or a field word far from «تعاون» is no clause.  Sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties

from marsad.nlp.events.treaties import clause_kinds


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties], [(s.kind, s.date, s.date_source) for s in t.steps],
             t.background) for t in found]


def _with(found, country: str) -> list:
    return [t for t in found if any(p.get("name_en") == country for p in t.parties)]


# -- 1. one agreement, one record ------------------------------------------------------------------------------------

def test_a_longer_name_joins_the_agreement_its_shorter_name_reaches_later(tmp_path):
    # "اتفاق التفاهم المائي" agrees with "الاتفاق المائي" but not with "اتفاق الخرطوم المائي": judged first (more
    # words), it met the agreement before the shorter name had joined it, and stayed a record of its own
    found = processed_treaties(tmp_path, [
        ("w1", "2026-03-04", "صحيفة أ", "توصلت مصر والسودان وإثيوبيا يوم 3 مارس 2026 إلى اتفاق الخرطوم المائي "
                                       "بعد مفاوضات طويلة."),
        ("w2", "2026-03-05", "صحيفة ب", "رحب البرلمان المصري بالاتفاق المائي الذي أبرمته مصر والسودان وإثيوبيا "
                                       "يوم 3 مارس."),
        ("w3", "2026-03-20", "صحيفة ج", "وبعد توقيع مصر وإثيوبيا على اتفاق التفاهم المائي مطلع هذا الشهر زار "
                                       "الرئيس أديس أبابا."),
    ], include_all=False)
    assert len(_with(found, "Ethiopia")) == 1, _show(found)


def test_a_bare_noun_dated_with_one_side_is_not_an_agreement_with_the_side_that_comments(tmp_path):
    # Turkey only warns about the deal; the sentence that dates it names Iran alone
    found = processed_treaties(tmp_path, [
        ("n1", "2026-07-15", "صحيفة أ", "وقعت إيران ومجموعة 5+1 في فيينا أمس الاتفاق النووي بعد مفاوضات شاقة."),
        ("n2", "2026-07-16", "صحيفة ب", "رحبت روسيا بالاتفاق النووي الذي وقعته إيران ومجموعة 5+1 يوم 14 يوليو."),
        ("n3", "2026-07-24", "صحيفة ج", "كانت تركيا قد أطلقت تحذيرات من تبعات الاتفاقية مع إيران، وبعد انتهاء "
                                       "المفاوضات مع إيران هددت تركيا بالرد. وهذه أول زيارة لوزير الدفاع منذ توقيع "
                                       "الاتفاقية مع إيران في 14 يوليو."),
    ], include_all=False)
    assert not _with(found, "Türkiye") and not _with(found, "Turkey"), _show(found)
    [deal] = _with(found, "Iran")
    assert len({s.article_id for s in deal.sources}) == 3, _show(found)


def test_a_deal_with_the_eurozone_and_with_the_union_is_one_bailout(tmp_path):
    found = processed_treaties(tmp_path, [
        ("g1", "2026-07-20", "صحيفة أ", "وتأمل البرتغال إنجاز القرض وفق الاتفاق الذي تم التوصل إليه في 13 يوليو "
                                       "بين لشبونة ومنطقة اليورو."),
        ("g2", "2026-07-21", "صحيفة ب", "يفرض الاتفاق الجديد الذي توصلت إليه البرتغال مع الاتحاد الأوروبي في 13 "
                                       "يوليو إصلاحات صارمة على الميزانية."),
    ], include_all=False)
    [deal] = _with(found, "Portugal")
    assert [p.get("name_en") for p in deal.parties] == ["Portugal", "Eurozone"], _show(found)


# -- 2. steps recalled are not the report's day ----------------------------------------------------------------------

def test_a_signing_that_opens_what_someone_said_yesterday_is_not_yesterdays(tmp_path):
    found = processed_treaties(tmp_path, [
        ("s1", "2026-07-22", "صحيفة", "اعتبر وزير الخارجية الإيراني، أمس، أن توقيع الاتفاق النووي مع مجموعة 5+1 "
                                     "كان تنازلا من الطرفين."),
    ])
    signed = [s for t in found for s in t.steps if s.kind == "signed"]
    assert signed and all(s.date != "2026-07-21" for s in signed), _show(found)


def test_a_deal_reached_some_days_ago_is_dated_by_then(tmp_path):
    found = processed_treaties(tmp_path, [
        ("v1", "2026-07-22", "صحيفة", "توصلت إيران والقوى الكبرى قبل أيام في جنيف إلى اتفاق يقيد برنامجها النووي."),
    ])
    steps = [s for t in found for s in t.steps if s.kind == "concluded"]
    assert steps and all(s.date_source == "before" for s in steps), _show(found)


def test_a_signing_in_a_story_of_years_past_is_background(tmp_path):
    found = processed_treaties(tmp_path, [
        ("b1", "2026-07-20", "صحيفة", "بدأ الوزير مهمته مع اشتعال الحرب في البلاد عام 1982، فسعى إلى إنهائها، "
                                     "وتكللت جهوده بالنجاح وتوقيع اتفاقية الطائف وعودة الهدوء."),
    ])
    taif = [t for t in found if "الطائف" in (t.name or "")]
    assert taif and all(t.background for t in taif), _show(found)
    assert all(s.date != "2026-07-20" for t in taif for s in t.steps), _show(found)


def test_a_convention_of_no_pair_only_recalled_is_left_out_of_the_listing(tmp_path):
    reports = [("r1", "2026-07-24", "صحيفة", "أوضح المحامي أن تنفيذ الأحكام في الكويت يجري وفق اتفاقية الرياض التي "
                                            "وقعت عليها الدول العربية بشأن تنفيذ الأحكام.")]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert not [t for t in processed_treaties(tmp_path / "a", reports, include_all=False) if "الرياض" in (t.name or "")]
    assert [t for t in processed_treaties(tmp_path / "b", reports) if "الرياض" in (t.name or "")]


# -- 3. clauses -------------------------------------------------------------------------------------------------------

def test_a_ministers_title_or_the_gulf_council_is_no_field_of_cooperation():
    assert clause_kinds("وأوضح وزير الثقافة والإعلام أن المجلس وافق على مشروع اتفاقية مع مالطا في النقل البحري") == []
    assert clause_kinds("تضمن الحديث بين واشنطن ودول مجلس التعاون الخليجي تعزيز العمل العسكري بعد الاتفاق") == []


def test_a_field_word_far_from_cooperation_is_no_clause():
    assert clause_kinds("قارن الاتفاق باتفاق سابق مع دولة نشطة في مجال التصنيع العسكري النووي") == []
    # near miss: the fields listed right after «مجالات» still are
    assert ("cooperation", "trade") in clause_kinds("وتشمل الاتفاقية مجالات التجارة والاستثمار")


def test_help_and_mutual_far_apart_are_no_mutual_assistance():
    assert clause_kinds("جاءت الزيارة دعما للخطوة الأولى من خطة العمل المشتركة بين الطرفين بعد الاتفاق") == []
    # near miss: help and what makes it mutual together
    assert ("mutual_assistance", None) in clause_kinds("وتنص الاتفاقية على تقديم المساعدة المتبادلة بين البلدين")


def test_a_withdrawal_to_come_that_no_sentence_gives_a_taker_is_no_step(tmp_path):
    # a columnist's guess: "ستنسحب" with no side named; near miss: a side that says it will withdraw keeps its step
    found = processed_treaties(tmp_path, [
        ("x1", "2026-07-15", "صحيفة أ", "وقعت إيران ومجموعة 5+1 في فيينا أمس الاتفاق النووي بعد مفاوضات شاقة."),
        ("x2", "2026-07-23", "صحيفة ب", "يرى الكاتب أن الاتفاق النووي لن يصمد طويلا. فالهدف هو رفع العقوبات، "
                                       "وبالتالي ستنسحب من الاتفاق بعد تحقق هذا الهدف."),
    ])
    assert not [s for t in found for s in t.steps if s.kind == "withdrawn"], _show(found)
    (tmp_path / "k").mkdir()
    kept = processed_treaties(tmp_path / "k", [
        ("y1", "2026-07-23", "صحيفة", "أعلنت كندا أنها ستنسحب من معاهدة الأجواء المفتوحة العام المقبل."),
    ])
    assert [s for t in kept for s in t.steps if s.kind == "withdrawn"], _show(kept)


# -- 4. the day of a statement -------------------------------------------------------------------------------------

def test_the_day_of_a_statement_is_not_the_day_of_the_signing_it_welcomes(tmp_path):
    found = processed_treaties(tmp_path, [
        ("k1", "2026-07-24", "صحيفة", "رحب مجلس الأعيان في اليمن - في بيان له أمس - بالاتفاق السياسي الذي جرى "
                                     "توقيعه أخيرا بمدينة مسقط، داعيا الأطراف إلى تشكيل الحكومة."),
    ])
    signed = [s for t in found for s in t.steps if s.kind == "signed"]
    assert signed and all(s.date != "2026-07-23" for s in signed), _show(found)
