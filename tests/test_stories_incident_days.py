"""Earlier or later incidents of one kind, and one police force's other cases (our own Arabic headlines, texts and
names): a projectile that fell on a town on Sunday and another that fell there on Thursday are told in the same
words by the same agency, and so are the harassers' arrest and an officer stabbed in the same town; each is an
event of its own.  The day an incident happened is what its report's lead dates it to (time expressions resolved
against the publication); the crime is what a case's headline reports."""

from __future__ import annotations

from marsad.models import Article, Span
from marsad.stories.incidents import crime_slot, incident_days
from marsad.stories.slots import reported_conflict

from tests.test_stories_slots import place


def _timex(text: str, words: str, value: str) -> Span:
    start = text.index(words)
    return Span(kind="timex", start=start, end=start + len(words), data={"value": value})


def test_the_day_of_an_incident_is_the_day_its_lead_gives():
    text = "أعلن الدفاع المدني أن مقذوفا سقط مساء أمس الأحد على حي الوادي. " + "وذكر البيان تفاصيل. " * 30 + \
           "وكان مقذوف آخر قد سقط يوم الخميس."
    spans = [_timex(text, "مساء أمس الأحد", "2026-05-03"), _timex(text, "يوم الخميس", "2026-04-30")]
    head, named = incident_days(spans, 200)
    assert head == {"2026-05-03"}  # the lead's day only; a day named further on is background
    assert {"2026-05-02", "2026-05-03", "2026-05-04", "2026-04-30"} <= named  # (each named day, a day either way)
    assert incident_days([], 200) == (frozenset(), frozenset())  # a lead that dates nothing says nothing
    sunday = incident_days([Span("timex", 10, 20, data={"value": "2026-05-03"})], 200)
    monday = incident_days([Span("timex", 10, 20, data={"value": "2026-05-04"})], 200)
    thursday = incident_days([Span("timex", 10, 20, data={"value": "2026-05-07"})], 200)
    assert reported_conflict(sunday, thursday) is True
    assert reported_conflict(sunday, monday) is False  # ("أمس" after midnight, "اليوم" before: one day apart)


def _report(i: int, when: str, day: str, title: str, text: str, said: list[tuple[str, str]]):
    return Article(id=f"d{i:04d}", raw_id=f"rd{i:04d}", text=text, title=title, outlet=f"منفذ {i}",
                   published_at=when, origin=f"days-{i}.txt"), [_timex(text, w, v) for w, v in said]


SUNDAY = ("قال الناطق باسم الدفاع المدني في نجران إنه عند الساعة التاسعة من مساء أمس الأحد سقط مقذوف "
          "أطلق من اليمن على حارة سكنية في نجران، ونتج عن ذلك إصابة فتاة وطفلين نقلوا إلى المستشفى، "
          "وتولت فرق الدفاع المدني معالجة الموقع.")
SUNDAY_2 = ("سقط مقذوف أطلق من اليمن مساء أمس الأحد على حارة سكنية في نجران، وقال الناطق باسم "
            "الدفاع المدني في نجران إن الحادث نتج عنه إصابة فتاة وطفلين نقلوا إلى المستشفى، وتولت فرق "
            "الدفاع المدني معالجة الموقع.")
THURSDAY = ("قال الناطق باسم الدفاع المدني في نجران إنه عند الساعة الحادية عشرة من صباح أمس الخميس سقط "
            "مقذوف أطلق من اليمن على حارة سكنية في نجران، ونتج عن ذلك إصابة مقيمين نقلا إلى "
            "المستشفى، وتولت فرق الدفاع المدني معالجة الموقع.")


def _place_with_spans(rows, **options) -> list[str]:
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    g = Grouper(options=GroupOptions(**options))
    for a, spans in sorted(rows, key=lambda r: r[0].published_at):
        g.add(article_features(a, spans))
    part = g.partition()
    return [part[a.id] for a, _ in rows]


def _projectiles():
    return [
        _report(0, "2026-05-04T08:00:00", "", "سقوط مقذوف عسكري على نجران وإصابة فتاة وطفلين", SUNDAY,
                [("مساء أمس الأحد", "2026-05-03")]),
        _report(1, "2026-05-04T10:00:00", "", "مدني نجران: إصابة فتاة وطفلين بمقذوف عسكري", SUNDAY_2,
                [("مساء أمس الأحد", "2026-05-03")]),
        _report(2, "2026-05-08T08:00:00", "", "مدني نجران: سقوط مقذوف عسكري وإصابة مقيمين", THURSDAY,
                [("صباح أمس الخميس", "2026-05-07")]),
    ]


def test_placement_keeps_a_projectile_of_another_day_apart():
    sunday, sunday_again, thursday = _place_with_spans(_projectiles())
    assert sunday == sunday_again
    assert thursday != sunday
    # without the day the later projectile joins the earlier one's story (what the home page of 07-31 showed)
    off = _place_with_spans(_projectiles(), incident_days=False)
    assert off[2] == off[0]


def test_a_police_case_is_read_by_its_crime():
    assert crime_slot("ضبط شخص طعن رجل أمن في الطائف")[0] == {"stabbing@loc:taif"}
    assert crime_slot("القبض على المتحرشين بفتاة في الطائف")[0] == {"harassment@loc:taif"}
    assert crime_slot("شرطة جدة تعثر على طفلة مفقودة")[0] == {"missing@loc:jeddah"}
    assert crime_slot("أمير المنطقة يستقبل مدير الشرطة")[0] == frozenset()
    harassers = crime_slot("القبض على المتحرشين بفتاة في الطائف")
    stabbing = crime_slot("ضبط شخص طعن رجل أمن في الطائف")
    referral = crime_slot("إحالة المتحرشين بفتاة الطائف إلى الادعاء")
    assert reported_conflict(harassers, stabbing) is True
    assert reported_conflict(harassers, referral) is False


HARASS = ("ألقت شرطة محافظة الطائف القبض على ثلاثة شبان ظهروا في مقطع مصور وهم يتحرشون بفتاة أمام مجمع الياسمين التجاري، "
          "وقال الناطق الإعلامي لشرطة منطقة مكة المكرمة إن الشبان أحيلوا إلى جهة الاختصاص لاستكمال الإجراءات.")
HARASS_2 = ("أحالت شرطة محافظة الطائف الشبان الثلاثة الذين تحرشوا بفتاة أمام مجمع الياسمين التجاري إلى هيئة التحقيق، وقال "
            "الناطق الإعلامي لشرطة منطقة مكة المكرمة إن الإجراءات استكملت بحق الشبان.")
STAB = ("ألقت شرطة محافظة الطائف القبض على شاب ظهر في مقطع مصور وهو يطعن رجل أمن أمام مجمع الياسمين التجاري، وقال الناطق "
        "الإعلامي لشرطة منطقة مكة المكرمة إن الشاب أحيل إلى جهة الاختصاص لاستكمال الإجراءات.")


def test_placement_keeps_one_police_forces_other_case_apart():
    rows = [("2026-05-03T08:00:00", "وكالة الخير", "القبض على المتحرشين بفتاة في الطائف", HARASS),
            ("2026-05-04T10:00:00", "صحيفة النهار", "إحالة المتحرشين بفتاة الطائف إلى التحقيق", HARASS_2),
            ("2026-05-04T13:00:00", "موقع الرصد", "القبض على شاب طعن رجل أمن أمام مجمع الياسمين في الطائف", STAB)]
    harass, referral, stab = place(rows, crime_slots=True)  # an option, off by default (grouping.GroupOptions)
    assert harass == referral
    assert stab != harass
    off = place(rows, crime_slots=False)
    assert off[2] == off[0]
