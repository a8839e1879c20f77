"""A bombing's dead counted differently by the first day's outlets (our own Arabic): a next day's report counting
between the first day's tolls is the same bombing, though the member it is compared with counted more; a report
counting fewer than every earlier one is another attack."""

from __future__ import annotations

from tests.test_stories_slots import place

_LEAD = ("فجر انتحاري حزاما ناسفا داخل مسجد معسكر قوات الحرس في مدينة الوادي أثناء صلاة الظهر، وقال المتحدث "
         "الأمني إن فرق الإسعاف نقلت المصابين إلى مستشفى الوادي العام، وإن التحقيق جار لمعرفة هوية المنفذ "
         "ومن يقف وراءه، فيما طوقت قوات الأمن المعسكر ومنعت الاقتراب منه.")


def _rows(later_toll: int):
    return [
        ("2026-03-10T14:00:00", "صحيفة أ", "مقتل 10 من قوات الحرس في تفجير مسجد معسكر الوادي",
         "قتل عشرة من منسوبي قوات الحرس. " + _LEAD),
        ("2026-03-10T16:00:00", "صحيفة ب", "مقتل 15 مصليا في تفجير انتحاري بمسجد معسكر الوادي",
         "قتل خمسة عشر مصليا بينهم عمال المسجد. " + _LEAD),
        ("2026-03-11T08:00:00", "صحيفة ج", f"مقتل {later_toll} مصليا في تفجير انتحاري بمسجد معسكر الوادي",
         "قتل مصلون بينهم عمال المسجد. " + _LEAD),
    ]


def test_a_next_day_toll_between_the_first_days_tolls_keeps_the_bombing_story():
    # compared with one member only (the 15), as a big story's members are compared with its latest sixteen
    first, second, later = place(_rows(13), max_compared=1)
    assert first == second  # one day's outlets count differently: one bombing
    assert later == first  # 13 is fewer than the 15 it was compared with, not fewer than the story's 10


def test_a_next_day_toll_under_every_earlier_toll_is_still_another_attack():
    first, second, later = place(_rows(4), max_compared=1)
    assert first == second
    assert later != first
