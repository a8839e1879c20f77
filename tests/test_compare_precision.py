"""Story comparisons show a disagreement only between two values of one quantity, or a real denial of what another
outlet asserts (issue 14).  Every sentence here is our own."""

from __future__ import annotations

import pytest

from marsad.models import Article, Doc, Span
from marsad.stories.compare import compare, denied_content, distinct_quantities, story_sentences
from marsad.stories.facts import compatible, dots_for_thousands, quantities


def _doc(i: int, outlet: str, text: str, *, title: str = "", day: str = "2026-03-02",
         mentions: list[tuple[str, str]] = ()) -> Doc:
    """An article; ``mentions``: (surface, label) pairs tagged wherever the surface occurs in the text."""
    art = Article(id=f"c{i:03d}", raw_id=f"rc{i:03d}", outlet=outlet, title=title, text=text, published_at=day)
    spans = []
    for surface, label in mentions:
        at = text.find(surface)
        while at >= 0:
            spans.append(Span("mention", at, at + len(surface), label))
            at = text.find(surface, at + 1)
    return Doc(art, {"mention": spans} if spans else {})


def _number_disagreements(docs: list[Doc]) -> list[dict]:
    return [d for d in compare(docs)["disagreements"] if d["kind"] == "number"]


def _one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


# --- reading the figure ---------------------------------------------------------------------------------------


def test_decimal_stored_in_visual_order_around_a_right_to_left_mark():
    q = _one("وارتفعت المخزونات بمقدار 4.\u200f3 مليون برميل خلال الأسبوع")
    assert q.value == pytest.approx(3_400_000)
    assert q.surface == "4.\u200f3 مليون برميل"  # the outlet's own characters


def test_a_noun_joined_by_wa_after_a_number_is_the_next_item_not_what_is_counted():
    found = quantities("أسفر انقلاب الحافلة عن وفاة ثمانية وإصابة 27 آخرين")
    assert [(q.frame, q.value) for q in found] == [("injured", 27.0)]


def test_the_items_listed_after_a_toll_are_parts_of_it():
    found = quantities("انتهى الهجوم بمقتل 14 شخصا هم ثلاثة جنود وسبعة مدنيين")
    assert [(q.frame, q.value, q.part) for q in found][0] == ("dead", 14.0, False)
    assert all(q.part for q in found[1:]) and len(found) == 3
    assert _one("قتل في القصف رجل وأربعة أطفال").part


def test_at_least_is_a_lower_bound():
    low, more = _one("سقط 11 قتيلا على الأقل في القصف"), _one("سقط 13 قتيلا في القصف")
    assert low.at_least and compatible(low, more, None)
    assert compatible(low, _one("سقط 9 قتلى في القصف"), None) is False


def test_a_year_after_a_preposition_is_no_count():
    assert quantities("خفض البنك توقعاته لعام 2016 بنسبة طفيفة") == [] or \
        all(q.value != 2016 for q in quantities("خفض البنك توقعاته لعام 2016 بنسبة طفيفة"))


def test_a_year_naming_a_tournament_or_a_plan_is_no_count():
    # the number ends a name and the sentence goes on with the next item: nothing is counted
    assert quantities("فاز الفريق ببطولة الدوري 2019 وكأس الملك في موسم واحد") == []
    assert quantities("وتحدث الوزير عن أهداف الرؤية 2030") == []
    # a count after a definite noun stays a count
    assert _one("حصد الزلزال 2000 شخص في ساعات").value == 2000


def test_a_multiplier_is_no_count():
    # "three times its size" and "five-fold" say how much something grew, not how many there are
    assert quantities("وقالت الشركة إن مبيعاتها تضاعفت إلى أربعة أمثالها خلال العام") == []
    assert quantities("ارتفع عدد الزوار خمسة أضعاف ما كان عليه") == []
    assert _one("ارتفع عدد الزوار إلى خمسة آلاف زائر").value == 5000


def test_a_plural_or_accusative_multiplier_is_part_of_the_number_not_what_it_counts():
    # "3 مليارات دولار" is three billion dollars: a story must not compare a "number of مليارات"
    q = _one("أعلن الصندوق عن قرض بقيمة 3 مليارات دولار للمشروع")
    assert (q.value, q.unit, q.surface) == (3_000_000_000, "money", "3 مليارات دولار")
    assert (q.label(), q.label_ar()) == ("3 billion dollars", "3 مليار دولار")  # as written, not "3000000000"
    assert _one("بلغت الميزانية 2 تريليون ريال").value == 2_000_000_000_000
    assert _one("وقّع البلدان عقودا بقيمة سبعة مليارات ريال").value == 7_000_000_000
    # an accusative multiplier stands for the counted noun: the verb after it counts nothing ("number of يعيشون")
    assert quantities("وقال المسؤول إن 60 ألفا يعيشون في المخيم منذ سنوات") == []
    assert _one("بلغت قيمة الصفقة 30 مليون استرليني").unit == "money"


def test_a_sum_is_labelled_with_its_currency():
    # Two outlets' sums side by side say what they are in ("3 billion" alone could be riyals or dollars)
    assert _one("خصصت الحكومة 250 مليون جنيه لإعادة الإعمار").label() == "250 million pounds"
    assert _one("بلغت قيمة الصفقة 30 مليون استرليني").label_ar() == "30 مليون جنيه استرليني"
    assert _one("وبلغت أرباح الشركة 12 مليون ريال").label_ar() == "12 مليون ريال"
    assert _one("ارتفعت المبيعات بنسبة 12%").label() == "12%"
    # which pound, which riyal: the adjective after the currency is part of the sum
    q = _one("بلغت قيمة العقد 40 مليون جنيه إسترليني")
    assert (q.surface, q.currency(), q.label()) == ("40 مليون جنيه إسترليني", "استرليني", "40 million pounds sterling")
    assert _one("خصصت الدوحة 5 ملايين ريال قطري للمشروع").label() == "5 million Qatari riyals"
    assert _one("خصصت الدوحة 5 ملايين ريال قطري للمشروع").label_ar() == "5 مليون ريال قطري"
    assert _one("تراجعت الصادرات إلى 20 مليار ليرة تركية").label() == "20 billion Turkish lira"


def test_sums_in_two_currencies_neither_agree_nor_clash():
    from marsad.stories.facts import compatible, same_currency

    dollars = _one("أعلن الصندوق عن قرض بقيمة 3 مليارات دولار للمشروع")
    riyals = _one("أعلن الصندوق عن قرض بقيمة 3 مليارات ريال للمشروع")
    assert compatible(dollars, riyals, 2015) is False
    sterling = _one("بلغت قيمة العقد 40 مليون إسترليني")
    pounds = _one("بلغت قيمة العقد 40 مليون جنيه إسترليني")
    assert same_currency(sterling, pounds) and compatible(sterling, pounds, 2015)
    riyal = _one("بلغت قيمة العقد 40 مليون ريال")
    saudi, qatari = _one("بلغت قيمة العقد 40 مليون ريال سعودي"), _one("بلغت قيمة العقد 40 مليون ريال قطري")
    assert same_currency(riyal, saudi) and same_currency(riyal, qatari) and not same_currency(saudi, qatari)


def test_the_rest_after_thousands_is_part_of_the_number():
    # "18 ألف و500" is 18,500 (read on real news as 500), "3 ملايين و200 ألف" 3.2 million, each written to its rest
    q = _one("يتسع الملعب الجديد لنحو 18 ألف و500 مشجع")
    assert (q.value, q.surface, q.step) == (18_500, "18 ألف و500 مشجع", 1.0)
    q = _one("بلغت كلفة الترميم 3 ملايين و200 ألف ريال")
    assert (q.value, q.label(), q.step) == (3_200_000, "3.2 million riyals", 1000.0)
    assert [x.value for x in quantities("قتل 12 شخصا و5 جنود في الهجوم")] == [12, 5]  # two counts, not one


def test_a_conjunction_after_a_number_ending_a_name_is_no_counted_noun():
    assert quantities("يستعد المنتخب لبطولة الخليج 24 رغم غياب لاعبيه المصابين") == []
    assert quantities("شارك المنتخب في دورة الألعاب 12 بالرغم من الإصابات") == []


def test_the_multiplier_of_a_bracketed_aside_is_no_figure_of_its_own():
    # "(350 ألف يورو)" is passed over as an aside; its "ألف" must not become a figure of one thousand
    assert all(q.value != 1000 for q in quantities("وجاء الحارس (350 ألف يورو) ثالثا في قائمة اللاعبين الأغلى"))


def test_numbers_from_eleven_to_nineteen_in_words():
    assert _one("تعرف أحد عشر عاملا على المعتدين").value == 11
    assert _one("احتجزت الشرطة ثلاثة عشر متهما").value == 13


def test_a_bracketed_number_before_its_multiplier():
    q = _one("وصل عدد المنازل المخدومة إلى (52) ألف منزل")
    assert q.value == 52_000 and q.surface == "(52) ألف منزل"


def test_one_value_rounded_is_not_two_values():
    assert compatible(_one("تراجع المؤشر 63 نقطة"), _one("تراجع المؤشر 63.27 نقطة"), None)
    assert compatible(_one("بلغت قيمة العقد 41.5 مليون ريال"), _one("بلغت قيمة العقد 41.520 مليون ريال"), None)
    assert compatible(_one("أسكنت الحملة 2650 أسرة"), _one("أسكنت الحملة 2653 أسرة"), None) is False


# --- two quantities, not two values of one ----------------------------------------------------------------------


def _pair(a: str, b: str, **kw):
    docs = [_doc(1, "صحيفة أ", a, **kw), _doc(2, "صحيفة ب", b, **kw)]
    sents = [s for s in story_sentences(docs) if s.facts]
    (sa, sb) = sents
    return sa.facts[0], sa, sb.facts[0], sb


def test_one_root_two_senses_of_the_counted_noun():
    """Fighters (مقاتلين) and fighter jets (مقاتلات) share the root; they are not one count."""
    reason = distinct_quantities(*_pair("قالت الوكالة إن 9 مقاتلين قتلوا في الغارات على مواقع الجماعة",
                                        "أرسلت القوات الجوية ست مقاتلات إلى القاعدة للمشاركة في الغارات"))
    assert reason == "sense"


def test_a_day_and_a_total_since_the_start_are_two_quantities():
    reason = distinct_quantities(*_pair("نفذت طائرات التحالف 31 غارة جوية يوم الأحد على مواقع التنظيم",
                                        "ومنذ بدء العملية حتى الآن نفذت طائرات التحالف نحو 40 غارة جوية"))
    assert reason == "time"


def test_yesterday_and_every_day_are_two_quantities():
    reason = distinct_quantities(*_pair("دخلت سوق المهرجان أمس 1320 شاحنة محملة بالتمور",
                                        "يستقبل سوق المهرجان 1300 شاحنة محملة بالتمور يوميا"))
    assert reason == "time"


def test_a_level_and_a_change_are_two_quantities():
    reason = distinct_quantities(*_pair("أغلق مؤشر السوق مرتفعا 120 نقطة في تداولات هادئة",
                                        "أغلق مؤشر السوق في تداولات هادئة عند 130 نقطة"))
    assert reason == "role"


def test_values_far_apart_are_a_part_and_a_whole():
    reason = distinct_quantities(*_pair("غادر 5 مصابين المستشفى بعد تحسن حالتهم إثر الحادث",
                                        "أسفر الحادث عن إصابة 37 شخصا نقلوا إلى المستشفى"))
    assert reason == "scale"


def test_each_side_names_a_place_the_other_article_never_mentions():
    docs = [_doc(1, "صحيفة أ", "يشارك في المعرض هذا العام 14 حرفيا من تونس والمغرب في جناح خاص بالحرف اليدوية.",
                 mentions=[("تونس", "LOC"), ("المغرب", "LOC")]),
            _doc(2, "صحيفة ب", "يشارك في المعرض هذا العام 19 حرفيا من الجوف في جناح خاص بالحرف اليدوية.",
                 mentions=[("الجوف", "LOC")])]
    assert _number_disagreements(docs) == []


def test_the_same_count_of_the_same_event_told_differently_is_still_a_disagreement():
    """The checks above must leave a plain disagreement alone."""
    docs = [_doc(1, "صحيفة أ", "أعلنت السلطات مقتل 17 شخصا في انفجار استهدف سوقا شعبية في المدينة الساحلية.",
                 mentions=[("المدينة الساحلية", "LOC")]),
            _doc(2, "صحيفة ب", "قالت مصادر طبية إن 23 شخصا قتلوا في انفجار استهدف سوقا شعبية في المدينة الساحلية.",
                 mentions=[("المدينة الساحلية", "LOC")])]
    found = _number_disagreements(docs)
    assert len(found) == 1 and {v["value"] for v in found[0]["values"]} == {"17", "23"}


def test_a_part_of_a_list_does_not_clash_with_a_total():
    docs = [_doc(1, "صحيفة أ", "قررت الوزارة إعفاء مدير المستشفى وثلاثة مسؤولين بعد التحقيق في الحادثة المؤسفة."),
            _doc(2, "صحيفة ب", "قررت الوزارة إعفاء أربعة مسؤولين في المستشفى بعد التحقيق في الحادثة المؤسفة.")]
    assert _number_disagreements(docs) == []


# --- denials ------------------------------------------------------------------------------------------------------


def test_what_a_denial_denies():
    denier, denied = denied_content("نفت هيئة الطيران الأنباء المتداولة عن إغلاق مطار المدينة أمام الرحلات الدولية")
    assert "هيئه" in denier and denied[:2] == ["اغلاق", "مطار"]
    assert denied_content("وقال إن على الجميع أن نفي بكل الوعود التي قطعناها") is None  # to fulfil
    assert denied_content("زار وزير الصحة المصابين واطمأن على صحتهم") is None  # health, not a denial


def test_a_denial_of_what_another_outlet_asserts():
    claim = "أعلنت السلطات إغلاق مطار المدينة أمام الرحلات الدولية مساء أمس لأسباب فنية حتى إشعار آخر."
    deny = "نفت هيئة الطيران الأنباء المتداولة عن إغلاق مطار المدينة أمام الرحلات الدولية مؤكدة أن الحركة طبيعية."
    found = [d for d in compare([_doc(1, "صحيفة أ", claim), _doc(2, "صحيفة ب", deny)])["disagreements"]
             if d["kind"] == "denial"]
    assert len(found) == 1
    assert found[0]["values"][1]["sentences"][0]["outlet"] == "صحيفة ب"


def test_no_denial_where_nothing_said_elsewhere_is_denied():
    one = ("زار وكيل وزارة الصحة المصابين في مستشفى المدينة واستمع إلى شرح عن حالتهم الصحية من مدير "
           "المستشفى.")
    two = ("اطمأن وكيل وزارة الصحة على صحة المصابين في مستشفى المدينة ووجه بتقديم الرعاية الطبية اللازمة "
           "لهم.")
    three = ("نفى رئيس النادي أن يكون غاضبا من قرار تأجيل المباراة إلى الأسبوع المقبل في مستشفى المدينة "
             "الرياضي.")
    comp = compare([_doc(1, "صحيفة أ", one), _doc(2, "صحيفة ب", two), _doc(3, "صحيفة ج", three)])
    assert [d for d in comp["disagreements"] if d["kind"] == "denial"] == []


# --- sentences run together ---------------------------------------------------------------------------------------


def test_a_full_stop_glued_to_the_next_sentence_after_a_bracket():
    from marsad.arabic.sentences import split_sentences

    text = "ركبت البلدية 300 لوحة (مضيئة وثابتة).وأوضح رئيسها أن العمل مستمر.وأشار إلى خطة جديدة."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "ركبت البلدية 300 لوحة (مضيئة وثابتة).", "وأوضح رئيسها أن العمل مستمر.", "وأشار إلى خطة جديدة."]
    text = "قال المتحدث (باسم الوزارة) إن العمل انتهى. ثم غادر القاعة."
    assert len(split_sentences(text)) == 2


def test_a_stored_sentence_of_two_is_compared_as_two():
    """A store made before the splitter fix holds run-on sentences: the comparison splits them again."""
    text = "ركبت البلدية 300 لوحة (مضيئة وثابتة).وأوضح رئيسها أن العمل مستمر في الأحياء الجنوبية."
    doc = _doc(1, "صحيفة أ", text)
    doc.layers["sentence"] = [Span("sentence", 0, len(text))]
    assert [s.text for s in story_sentences([doc])] == [
        "ركبت البلدية 300 لوحة (مضيئة وثابتة).", "وأوضح رئيسها أن العمل مستمر في الأحياء الجنوبية."]


def test_yesterday_and_the_day_before_are_two_days():
    reason = distinct_quantities(*_pair("وصلت إلى ساحة السوق أمس الأول 1410 شاحنات محملة بالتمور",
                                        "وصلت إلى ساحة السوق أمس 1380 شاحنة محملة بالتمور"))
    assert reason == "time"


def test_prices_told_as_they_move_are_not_disagreements_but_a_toll_that_rose_still_is():
    """Two outlets give a commodity's price at two times of one day; a toll updated upwards is still one toll."""
    prices = [_doc(1, "صحيفة أ", "وتراجع سعر النحاس في العقود الآجلة لتسليم سبتمبر 0.4 بالمئة إلى 5210 دولار للطن."),
              _doc(2, "صحيفة ب", "وتراجع سعر النحاس في العقود الآجلة لتسليم سبتمبر 0.6 بالمئة إلى 5190 دولار للطن.")]
    assert _number_disagreements(prices) == []
    tolls = [_doc(1, "صحيفة أ", "ارتفعت حصيلة ضحايا انهيار المبنى في الحي القديم إلى 21 قتيلا بحسب الدفاع المدني.",
                  mentions=[("الحي القديم", "LOC")]),
             _doc(2, "صحيفة ب", "قال الدفاع المدني إن انهيار المبنى في الحي القديم أسفر عن مقتل 17 شخصا.",
                  mentions=[("الحي القديم", "LOC")])]
    assert len(_number_disagreements(tolls)) == 1


def test_two_septembers_thirteen_years_apart_are_two_events():
    from marsad.stories.compare import date_disagreements

    docs = [_doc(1, "صحيفة أ", "وكان القيادي قد نجا من هجوم استهدف مقره في سبتمبر 2002 قرب الحدود الشمالية للبلاد."),
            _doc(2, "صحيفة ب", "وكان هجوم بطائرة مسيرة قد استهدف القيادي قرب الحدود الشمالية في سبتمبر الماضي.")]
    assert date_disagreements(story_sentences(docs), 2015) == []
    docs[0] = _doc(1, "صحيفة أ", "وكان هجوم بطائرة مسيرة قد استهدف القيادي قرب الحدود الشمالية في سبتمبر 2012.")
    assert len(date_disagreements(story_sentences(docs), 2015)) == 1


# --- a fresh reading of 2015-07-26's unread articles (round 37) -----------------------------------------------------


def test_a_headline_rounding_what_its_own_body_gives_in_full_takes_no_side():
    """One outlet's headline rounds a sum whose exact figure its own body gives, dotted by thousands and with the
    scale said twice, as the other outlets give it: no disagreement."""
    body = _one("وبلغت التعويضات المقررة لأصحاب الأراضي (212.418.300) مليون ريال بحسب القرار")
    assert (body.value, body.unit) == (212_418_300, "money")
    docs = [_doc(1, "صحيفة أ", "أقرت وزارة البلديات نزع ملكية 84 أرضا في عدة مدن مقابل تعويضات لأصحابها بلغت 212.4 "
                 "مليون ريال لتنفيذ طرق جديدة."),
            _doc(2, "صحيفة ب", "أقرت وزارة البلديات نزع ملكية 84 أرضا في عدة مدن حيث بلغت تعويضات أصحابها 212 مليونا "
                 "و418 ألف ريال لتنفيذ طرق جديدة."),
            _doc(3, "صحيفة ج", "أقرت وزارة البلديات نزع ملكية (84) أرضا في عدة مدن حيث بلغت تعويضات أصحابها "
                 "(212.418.300) مليون ريال لتنفيذ طرق جديدة.",
                 title="نزع ملكية 84 أرضا في عدة مدن بتعويضات 200 مليون ريال لتنفيذ طرق جديدة")]
    assert _number_disagreements(docs) == []


def test_a_closure_and_a_reopening_are_not_one_statement():
    closed = "إغلاق قلعة حلب الأثرية وسوقها القديم أمام الزوار بسبب إضراب الحراس"
    reopened = "إعادة فتح قلعة حلب الأثرية وسوقها القديم أمام الزوار بعد إضراب الحراس"
    docs = [_doc(1, "صحيفة أ", "تفاصيل الخبر في الداخل.", title=closed),
            _doc(2, "صحيفة ب", "تفاصيل الخبر في الداخل.", title=reopened)]
    statements = [a for a in compare(docs)["agreements"] if a["kind"] == "statement"]
    assert [len(a["outlets"]) for a in statements] == []
    docs[1] = _doc(2, "صحيفة ب", "تفاصيل الخبر في الداخل.", title=closed.replace("بسبب", "إثر"))
    assert [len(a["outlets"]) for a in compare(docs)["agreements"] if a["kind"] == "statement"] == [2]


def test_a_crossing_opened_with_the_common_past_form_is_not_one_statement_with_its_closure():
    """«فتحت» (opened) read as a whole word, not as «ف» and «تحت»: a closure and an opening stay apart."""
    closed = "أغلقت السلطات الحدودية معبر الوادي البري أمام المسافرين والشاحنات صباح اليوم"
    docs = [_doc(1, "صحيفة أ", "تفاصيل الخبر في الداخل.", title=closed),
            _doc(2, "صحيفة ب", "تفاصيل الخبر في الداخل.", title="فتحت" + closed[5:])]
    assert [a for a in compare(docs)["agreements"] if a["kind"] == "statement"] == []


def test_a_closure_and_a_reopening_are_not_one_statement_through_a_third_wording_of_neither():
    """A third outlet says only that a decision was taken about the crossing: it is close to both tellings, but the
    closure and the reopening are still not shown as one statement of three outlets."""
    closed = "أغلقت السلطات الحدودية معبر الوادي البري أمام المسافرين والشاحنات صباح اليوم"
    neither = "السلطات الحدودية تعلن قرارها بشأن معبر الوادي البري أمام المسافرين والشاحنات صباح اليوم"
    reopened = "أعادت السلطات الحدودية فتح معبر الوادي البري أمام المسافرين والشاحنات صباح اليوم"
    docs = [_doc(i, outlet, "تفاصيل الخبر في الداخل.", title=title)
            for i, (outlet, title) in enumerate([("صحيفة أ", closed), ("صحيفة ب", neither), ("صحيفة ج", reopened)])]
    for group in (a for a in compare(docs)["agreements"] if a["kind"] == "statement"):
        told = {s["text"] for s in group["sentences"]}
        assert not {closed, reopened} <= told, group["outlets"]


def test_the_number_of_a_named_plan_counts_nothing():
    """"مخطط الأمير سلطان 2" names a plan: the word after the number is the next plan, not what it counts."""
    for text in ("بدأت الأمانة سفلتة الشوارع في مخطط الأمير سلطان 2 وحي الورود 5 والنسيم 7 هذا الأسبوع",
                 "بدأت الأمانة سفلتة الشوارع في مخطط الأمير سلطان 2، ضاحية الورود هذا الأسبوع"):
        assert [q.frame for q in quantities(text) if q.frame.startswith("count:")] == [], text
    assert [q.value for q in quantities("سلمت الوزارة 500 وحدة سكنية و300 فيلا للأسر")] == [500, 300]
    assert [q.noun for q in quantities("سجلت المستشفيات 240 ولادة مقابل 95 وفاة")][:1] == ["ولادة"]


@pytest.mark.parametrize("cost, length, read_alone", [
    ("3.604.250", "18.620", 18.62),  # "3.604.250 ريال" dots its thousands: its "18.620 مترا" is 18,620 metres
    ("٣٫٦٠٤٫٢٥٠", "١٨٫٦٢٠", None),  # «٫» between Indic digits does the same
])
def test_a_figure_dotted_by_thousands_is_shown_as_the_number_it_is(cost, length, read_alone):
    """A text that dots its thousands has its figures shown as the numbers they are; alone, "18.620" is a decimal."""
    dotted = (f"وبينت الأمانة أن تكلفة مشروع سفلتة أحياء شمال المدينة تبلغ {cost} ريال وأن أطوال الطرق المنفذة "
              f"فيه تصل إلى {length} مترا طوليا.")
    plain = ("وبينت الأمانة أن تكلفة مشروع سفلتة أحياء شمال المدينة تبلغ 3,604,250 ريالا وأن أطوال الطرق المنفذة "
             "فيه تصل إلى 18,620 مترا طوليا.")
    facts = [a for a in compare([_doc(1, "صحيفة أ", dotted), _doc(2, "صحيفة ب", plain)])["agreements"]
             if a["kind"] == "fact" and a["frame"].startswith("count:")]
    assert [a["values"] for a in facts] == [["18620"]]
    if read_alone is not None:
        assert [q.value for q in quantities(f"وصل طول الجسر إلى {length} مترا")
                if q.frame.startswith("count:")] == [read_alone]


def test_a_decimal_in_indic_digits_keeps_the_text_from_dotting_its_thousands():
    assert not dots_for_thousands("بلغت النسبة ٢٫٥ في المئة والتكلفة ٣٫٦٠٤٫٢٥٠ ريال")  # «٢٫٥» is a decimal


def test_a_figure_two_bodies_agree_on_is_shown_though_a_headline_told_it_first():
    """The first outlet's headline gives the figure in a few words unlike either body: the two bodies' agreement on
    it is still shown."""
    docs = [_doc(1, "صحيفة أ", "أعلنت منظمتان تابعتان للأمم المتحدة أمس أن نحو 4.6 مليون يمني لا يجدون ما يكفيهم من "
                 "الغذاء وأن ثلثهم في حال خطيرة تستدعي مساعدة عاجلة.", title="4.6 مليون يمني بلا طعام كاف"),
            _doc(2, "صحيفة ب", "أعلنت منظمتان تابعتان للأمم المتحدة الخميس أن نحو 4,6 ملايين يمني لا يجدون ما يكفيهم "
                 "من الغذاء وأن ثلثهم في حال خطيرة تستدعي مساعدة عاجلة.")]
    facts = [a for a in compare(docs)["agreements"] if a["kind"] == "fact" and a["frame"].startswith("count:")]
    assert [a["outlets"] for a in facts] == [["صحيفة أ", "صحيفة ب"]]
