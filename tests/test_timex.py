"""Time expressions: finding them in Arabic text and resolving them against the publication date.

All sentences here are written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from marsad.errors import InputError
from marsad.models import Article, Doc
from marsad.nlp.timex import TIMEX, find_time_expressions, hijri_to_gregorian
from marsad.pipeline.stage import Resources

THU = date(2024, 6, 20)  # a Thursday
WED = date(2024, 6, 19)


def found(text: str, anchor: date | None = THU) -> list[tuple[str, str, str | None]]:
    """(surface, label, value) of every expression found."""
    return [(s.data["text"], s.label, s.data["value"]) for s in find_time_expressions(text, anchor)]


def only(text: str, anchor: date | None = THU) -> tuple[str, str, str | None]:
    hits = found(text, anchor)
    assert len(hits) == 1, hits
    return hits[0]


# ----------------------------------------------------------------- dates written out


@pytest.mark.parametrize("text, surface, value", [
    ("وقّع الطرفان المعاهدة في 19 يونيو 2024 بالعاصمة.", "19 يونيو 2024", "2024-06-19"),
    ("انعقدت القمة في 19 حزيران 2024 وسط حضور واسع.", "19 حزيران 2024", "2024-06-19"),
    ("صدر القرار في 3 تموز/يوليو 2023 بعد نقاش.", "3 تموز/يوليو 2023", "2023-07-03"),
    ("صدر القرار في 3 يوليو (تموز) 2023 بعد نقاش.", "3 يوليو (تموز) 2023", "2023-07-03"),
    ("وصلت البعثة في 1 كانون الثاني 2020 إلى المطار.", "1 كانون الثاني 2020", "2020-01-01"),
    ("افتتح المعرض يوم 12 من شهر تشرين الأول عام 2022م رسميا.", "12 من شهر تشرين الأول عام 2022م", "2022-10-12"),
    ("وجرى اللقاء ١٩ يونيو ٢٠٢٤ في القصر.", "١٩ يونيو ٢٠٢٤", "2024-06-19"),
    ("نشرت الصحيفة الخبر في 19 يونيو. 2024 على موقعها.", "19 يونيو. 2024", "2024-06-19"),
])
def test_day_month_year_in_every_spelling(text, surface, value):
    assert only(text) == (surface, "day", value)


@pytest.mark.parametrize("text, surface, value", [
    ("آخر تحديث ١٩/٠٦/٢٠٢٤ من قسم الأخبار", "١٩/٠٦/٢٠٢٤", "2024-06-19"),
    ("تاريخ النشر 2024-06-19 في الموقع", "2024-06-19", "2024-06-19"),
    ("بتاريخ 5-3-2021 أعلنت الوزارة", "5-3-2021", "2021-03-05"),
])
def test_numeric_dates_are_day_first(text, surface, value):
    assert only(text) == (surface, "day", value)


def test_dateline_with_weekday_pair_and_time_is_a_datetime():
    assert only("الأربعاء 19 حزيران/يونيو 2024 - 10:45") == (
        "الأربعاء 19 حزيران/يونيو 2024 - 10:45", "datetime", "2024-06-19T10:45:00")


@pytest.mark.parametrize("text, surface, value", [
    ("ارتفعت الأسعار في يوليو/تموز 2023 بشكل حاد.", "يوليو/تموز 2023", "2023-07"),
    ("ارتفعت الأسعار في تموز (يوليو) 2023 بشكل حاد.", "تموز (يوليو) 2023", "2023-07"),
    ("تراجعت الصادرات خلال شهر مارس 2021 بنسبة كبيرة.", "شهر مارس 2021", "2021-03"),
    ("بدأت الدراسة في أيلول من عام 2019 في المدينة.", "أيلول من عام 2019", "2019-09"),
])
def test_month_year(text, surface, value):
    assert only(text) == (surface, "month", value)


def test_month_with_modifier_resolves_against_anchor():
    # a month "الماضي" is the latest one strictly before the anchor's month
    assert only("زار الوفد موسكو في يوليو/تموز الماضي.") == ("يوليو/تموز الماضي", "month", "2023-07")
    assert only("تنتهي المهلة في أيلول/سبتمبر المقبل.") == ("أيلول/سبتمبر المقبل", "month", "2024-09")
    assert only("وقعت الحادثة في شباط من العام الماضي.") == ("شباط من العام الماضي", "month", "2023-02")
    # a bare month is the latest on or before the anchor's month ...
    assert only("تعرضت المدينة لفيضان في نوفمبر وأغرقت الشوارع.") == ("نوفمبر", "month", "2023-11")
    assert only("تعرضت المدينة لفيضان في يونيو وأغرقت الشوارع.") == ("يونيو", "month", "2024-06")
    # ... unless it is one of the next two months (a schedule, a deadline)
    assert only("يبدأ موسم الحصاد في أغسطس كالمعتاد.") == ("أغسطس", "month", "2024-08")


def test_day_and_month_without_year_takes_the_nearest_year():
    assert only("تصل البعثة في 25 يونيو إلى الميناء.") == ("25 يونيو", "day", "2024-06-25")
    assert only("تصل البعثة في 28 ديسمبر إلى الميناء.", date(2025, 1, 4)) == ("28 ديسمبر", "day", "2024-12-28")


# ----------------------------------------------------------------- years


@pytest.mark.parametrize("text, surface", [
    ("تأسست الشركة عام 2000 في الرياض.", "عام 2000"),
    ("تأسست الشركة في العام 1998 في جدة.", "العام 1998"),
    ("ارتفع عدد السكان في 2024 بنسبة طفيفة.", "2024"),
    ("تضاعف الإنتاج منذ 2011 تقريبا.", "2011"),
    ("وضعت الخطة سنة 2030م هدفا لها.", "سنة 2030م"),
])
def test_bare_years_with_a_cue(text, surface):
    surface_found, label, value = only(text)
    assert (surface_found, label) == (surface, "year")
    assert value == "".join(c for c in surface if c.isdigit())


@pytest.mark.parametrize("text", [
    "أرسلت الحكومة 2000 جندي إلى الحدود.",
    "نشرت الوزارة في 2000 جندي على الحدود.",
    "بلغت قيمة الصفقة 2024 مليون ريال.",
    "سجل المؤشر 2015.5 نقطة عند الإغلاق.",
    "ارتفع الرقم إلى 1990 تقريبا دون سبب.",
])
def test_numbers_that_are_not_years_do_not_fire(text):
    assert found(text) == []


# ----------------------------------------------------------------- weekdays


def test_weekday_is_the_most_recent_on_or_before_the_anchor():
    assert only("اجتمع المجلس يوم الأربعاء لبحث الأزمة.") == ("يوم الأربعاء", "day", "2024-06-19")
    assert only("اجتمع المجلس الأحد لبحث الأزمة.") == ("الأحد", "day", "2024-06-16")
    # the anchor itself being that weekday: the same day, not a week earlier
    assert only("اجتمع المجلس الخميس لبحث الأزمة.") == ("الخميس", "day", "2024-06-20")
    assert only("اجتمع المجلس يوم الأربعاء لبحث الأزمة.", WED) == ("يوم الأربعاء", "day", "2024-06-19")


def test_planned_events_turn_a_bare_weekday_or_month_forward():
    assert only("ومن المقرر أن يصل الوفد الاثنين إلى الرياض.") == ("الاثنين", "day", "2024-06-24")
    assert only("وسوف تجرى الانتخابات في نوفمبر بحسب الدستور.") == ("نوفمبر", "month", "2024-11")


def test_ordinal_days():
    assert only("انطلقت الحملة في الخامس عشر من فبراير الماضي.") == (
        "الخامس عشر من فبراير الماضي", "day", "2024-02-15")
    assert only("دخل القانون حيز التنفيذ في الحادي والعشرين من مايو 2015.") == (
        "الحادي والعشرين من مايو 2015", "day", "2015-05-21")


def test_weekday_with_past_or_next():
    assert only("أعلنت اللجنة يوم الأربعاء الماضي النتائج.") == ("يوم الأربعاء الماضي", "day", "2024-06-19")
    # on a Wednesday, "الأربعاء الماضي" is the week before
    assert only("أعلنت اللجنة الأربعاء الماضي النتائج.", WED) == ("الأربعاء الماضي", "day", "2024-06-12")
    assert only("تبدأ المفاوضات الأحد المقبل في جنيف.") == ("الأحد المقبل", "day", "2024-06-23")
    assert only("تبدأ المفاوضات الخميس القادم في جنيف.") == ("الخميس القادم", "day", "2024-06-27")
    assert only("وصل الوفد والثلاثاء الماضي غادر.") == ("الثلاثاء الماضي", "day", "2024-06-18")


# ----------------------------------------------------------------- relative days and periods


def test_yesterday_today_tomorrow():
    assert found("قال الوزير أمس إن الوضع هادئ، ويعود اليوم ويسافر غدا إلى باريس.") == [
        ("أمس", "day", "2024-06-19"), ("اليوم", "day", "2024-06-20"), ("غدا", "day", "2024-06-21")]
    assert found("وغداً تبدأ الامتحانات وبالأمس انتهت الدروس.") == [
        ("غداً", "day", "2024-06-21"), ("الأمس", "day", "2024-06-19")]
    assert only("أعلنت الشركة اليوم (الخميس) أرباحها.") == ("اليوم (الخميس)", "day", "2024-06-20")
    assert only("وصلت الطائرة أول أمس إلى المطار.") == ("أول أمس", "day", "2024-06-18")
    # Written on Monday, dated (published or fetched) on Thursday: the weekday the text names wins.
    assert only("أصدر الرئيس اليوم الاثنين قرارا بتعيين محافظ جديد.") == ("اليوم الاثنين", "day", "2024-06-17")
    assert only("صرح الوزير الليلة الماضية بأن الوضع مستقر.") == ("الليلة الماضية", "day", "2024-06-19")


@pytest.mark.parametrize("text", [
    "حضر الجمهور الأمسية الشعرية في النادي.",  # أمس inside أمسية
    "أمسك الحارس الكرة بقوة.",  # أمس inside أمسك
    "كانت الأسر بأمس الحاجة إلى المساعدة.",  # "in dire need"
    "غدا الموقف أكثر تعقيدا بعد القرار.",  # غدا the verb "became"
    "احتفلت البلاد باليوم الوطني بمسيرات.",  # a national day, not today
    "قال الأمين العام السابق إن الأزمة طويلة.",  # العام "general", not "the year"
    "بدأ المدرب يمارس عمله في النادي.",
    "قال مدير التحرير لعين اليوم إن العدد جاهز.",  # the newspaper اليوم
    "نشطت الأسواق خلال أيام عيد الفطر كثيرا.",  # the days of Eid, not a duration
    "وزعت الوزارة خطب الجمعة على المساجد.",  # the weekly sermon, not a date
    "يدرس الأطفال في مدرسة الأحد بالكنيسة.",  # Sunday school
    "لم ينم أحد في تلك الليلة من شدة البرد.",  # a night of the story, not tonight
    "يعد التعليم استثمارا في قادة الغد.",  # "the future"
    "وقد غدا الخطر أكبر من أي وقت.",  # the verb "became"
    "مارس اللاعب الرياضة منذ الصغر.",  # مارس "practised"
])
def test_words_that_only_look_like_time_expressions_do_not_fire(text):
    assert found(text) == []


@pytest.mark.parametrize("text, surface, label, value", [
    ("تصاعدت المواجهات الأسبوع الماضي في المنطقة.", "الأسبوع الماضي", "week", "2024-W24"),
    ("تصاعدت المواجهات هذا الأسبوع في المنطقة.", "هذا الأسبوع", "week", "2024-W25"),
    ("تبدأ الانتخابات الشهر المقبل في البلاد.", "الشهر المقبل", "month", "2024-07"),
    ("انخفض التضخم خلال الشهر الماضي بقليل.", "الشهر الماضي", "month", "2024-05"),
    ("ارتفع الناتج العام الماضي بنسبة جيدة.", "العام الماضي", "year", "2023"),
    ("ارتفع الناتج للعام الماضي بنسبة جيدة.", "لعام الماضي", "year", "2023"),
    ("ينتظر أن يتحسن الاقتصاد السنة المقبلة كثيرا.", "السنة المقبلة", "year", "2025"),
    ("ينتظر أن يتحسن الاقتصاد هذا العام كثيرا.", "هذا العام", "year", "2024"),
])
def test_relative_periods(text, surface, label, value):
    assert only(text) == (surface, label, value)


# ----------------------------------------------------------------- durations


def test_duration_pointing_to_a_year():
    hit = find_time_expressions("لم يزر أي رئيس البلاد منذ 24 عاما على الأقل.", THU)
    assert [(s.data["text"], s.label, s.data["value"], s.data["duration"]) for s in hit] == [
        ("منذ 24 عاما", "year", "2000", "P24Y")]
    assert only("عاد الهدوء منذ نحو ربع قرن إلى الإقليم.")[1:] == ("year", "1999")
    assert only("لم يلتقيا منذ عامين تقريبا.")[1:] == ("year", "2022")


def test_durations_pointing_to_days_and_months():
    assert only("غادر السفير قبل يومين بشكل مفاجئ.") == ("قبل يومين", "day", "2024-06-18")
    assert only("أُعلن عن الاتفاق قبل ثلاثة أيام في بيان.") == ("قبل ثلاثة أيام", "day", "2024-06-17")
    assert only("بدأ البناء منذ ٦ أشهر في الموقع.") == ("منذ ٦ أشهر", "month", "2023-12")
    assert only("ستعلن النتائج بعد أسبوعين من الآن.")[1:] == ("week", "2024-W27")


def test_lengths_and_event_relative_durations():
    assert only("استمر الحصار لمدة ثلاث سنوات كاملة.") == ("لمدة ثلاث سنوات", "duration", "P3Y")
    assert only("تنتهي الأعمال خلال 10 أيام فقط.") == ("خلال 10 أيام", "duration", "P10D")
    # counted from an event, not from the publication date: found, not resolved
    assert only("انسحبت القوات بعد 3 أيام من الهجوم.") == ("بعد 3 أيام", "day", None)
    # vague amounts are found but get no value
    assert only("تعرفت عليه منذ سنوات طويلة.") == ("منذ سنوات", "year", None)


def test_hours_resolve_to_the_hour_with_a_datetime_anchor():
    hit = only("وقع الانفجار منذ 3 ساعات وسط المدينة.", datetime(2024, 6, 20, 12, 0))
    assert hit == ("منذ 3 ساعات", "datetime", "2024-06-20T09:00:00")


# ----------------------------------------------------------------- Hijri


def test_hijri_conversion_follows_umm_al_qura():
    assert hijri_to_gregorian(1436, 9, 1) == date(2015, 6, 18)  # 1 Ramadan 1436
    assert hijri_to_gregorian(1445, 1, 1) == date(2023, 7, 19)  # 1 Muharram 1445
    # Saudi Arabia's calendar, not the tabular one (which says 10 August): Sunday 24 Shawwal 1436 = 9 August 2015
    assert hijri_to_gregorian(1436, 10, 24) == date(2015, 8, 9)
    # the 30th of a 29-day month (Ramadan 1436) is the day after its 29th, as where the month was sighted later
    assert hijri_to_gregorian(1436, 9, 30) == date(2015, 7, 17)
    # outside Umm al-Qura's table (1343–1500 AH), the tabular calendar
    assert hijri_to_gregorian(1300, 1, 1) == date(1882, 11, 12)
    # a plain date by either calendar (not the Hijri library's own subclass, whose sums stay its own)
    assert {type(hijri_to_gregorian(y, 1, 1) + timedelta(days=1)) for y in (1300, 1436)} == {date}
    with pytest.raises(ValueError):
        hijri_to_gregorian(1445, 13, 1)


def test_hijri_dates_are_found_and_converted():
    spans = find_time_expressions("صدر النظام في 5 رمضان 1436 هـ وعُدِّل في شوال 1437هـ، ثم عام 1440هـ.", THU)
    got = [(s.data["text"], s.label, s.data["value"], s.data["calendar"]) for s in spans]
    assert got == [("5 رمضان 1436 هـ", "day", "2015-06-22", "hijri"),
                   ("شوال 1437هـ", "month", "2016-07", "hijri"),
                   ("عام 1440هـ", "year", "2019", "hijri")]  # 1440 AH: Sep 2018 – Aug 2019
    # Umm al-Qura: Shawwal 1437 ran 6 July – 3 August 2016 (the tabular calendar says 7 July – 4 August)
    assert spans[1].data["range"] == ["2016-07-06", "2016-08-03"]


def test_weekday_corrects_a_sighted_calendars_drift():
    assert only("تبدأ الإجازة الأحد 10-10-1436هـ للموظفين.")[2] == "2015-07-26"  # Umm al-Qura's own Sunday
    # Umm al-Qura's 1 Shawwal 1436 is Friday 17 July; a writer whose month was sighted a day later says Saturday
    assert only("احتفل السكان بالعيد يوم السبت 1 شوال 1436هـ في الساحات.")[2] == "2015-07-18"


# ----------------------------------------------------------------- spans, anchors, errors


def test_span_offsets_point_at_the_surface_and_skip_clitics():
    text = "وفي 2024 وبالأمس وللعام الماضي"
    for span in find_time_expressions(text, THU):
        assert text[span.start:span.end] == span.data["text"]
        assert span.kind == "timex"
    assert [s.data["text"] for s in find_time_expressions(text, THU)] == ["2024", "الأمس", "لعام الماضي"]


def test_relative_expressions_without_anchor_are_found_unresolved():
    hits = find_time_expressions("اجتمعوا الأربعاء الماضي، وفي 19 يونيو 2024 وقعوا، وأمس عادوا.", None)
    assert [(s.data["text"], s.data["value"], s.data["relative"]) for s in hits] == [
        ("الأربعاء الماضي", None, True), ("19 يونيو 2024", "2024-06-19", False), ("أمس", None, True)]


def test_bad_input_is_a_clear_error():
    with pytest.raises(InputError):
        find_time_expressions(None, THU)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        find_time_expressions("أمس", "2024-06-20")  # type: ignore[arg-type]


def test_stage_fills_the_timex_layer_from_published_at():
    text = "قال المتحدث يوم الأربعاء إن المحادثات ستستأنف الشهر المقبل."
    doc = Doc(Article(id="a1", raw_id="r1", text=text, published_at="2024-06-20T08:30:00+03:00"))
    TIMEX.func(doc, Resources())
    assert [(s.data["text"], s.data["value"]) for s in doc.layer("timex")] == [
        ("يوم الأربعاء", "2024-06-19"), ("الشهر المقبل", "2024-07")]
    assert TIMEX.name == "timex" and TIMEX.assigns == ("timex",)

    undated = Doc(Article(id="a2", raw_id="r1", text=text, published_at=None))
    TIMEX.func(undated, Resources())
    assert [s.data["value"] for s in undated.layer("timex")] == [None, None]


def test_a_bare_weekday_that_an_announced_action_sets_is_still_to_come():
    sunday = date(2026, 11, 22)
    planned = find_time_expressions("وأعلنت البلدية إغلاق السوق المركزي يوم الاثنين لأعمال الصيانة.", sunday)
    assert [s.data["value"] for s in planned] == ["2026-11-23"]
    reported = find_time_expressions("وأعلنت البلدية يوم الاثنين إغلاق السوق المركزي لأعمال الصيانة.", sunday)
    assert [s.data["value"] for s in reported] == ["2026-11-16"]


def test_a_bare_weekday_in_a_future_clause_points_ahead():
    sunday = date(2026, 11, 22)
    ahead = find_time_expressions("وستعقد اللجنة اجتماعها الثاني يوم الخميس في مقر الوزارة.", sunday)
    assert [s.data["value"] for s in ahead] == ["2026-11-26"]
    back = find_time_expressions("وعقدت اللجنة اجتماعها الثاني يوم الخميس في مقر الوزارة.", sunday)
    assert [s.data["value"] for s in back] == ["2026-11-19"]
