"""Neighbouring events of one kind (our own Arabic headlines and texts, invented names and towns): two executions
announced the same day in the ministry's one template, two players' injuries at one club, the weather service's
daily report of two days.  What tells them apart is a slot — who the convict is, whose injury, which day's report —
and the reports of one of them stay one story."""

from __future__ import annotations

from marsad.stories.features import term_of
from marsad.stories.incidents import execution_slot
from marsad.stories.sessions import bulletin_days
from marsad.stories.slots import headline_slots, reported_conflict, slots_conflict

from tests.test_stories_slots import place

VERSE = ("استهل البيان بآية كريمة عن جزاء من يسعى في الأرض فسادا، ثم ذكر أن الجهات الأمنية تمكنت بفضل الله من "
         "ضبط الجاني وأن التحقيق معه انتهى إلى توجيه الاتهام إليه، وأن المحكمة أصدرت بحقه حكما أيدته محكمة "
         "الاستئناف والمحكمة العليا، وصدر أمر بإنفاذ ما تقرر شرعا. ")


def _statement(name: str, nationality: str, what: str) -> str:
    return ("أعلنت وزارة الداخلية اليوم في بيان لها تنفيذ حكم القتل تعزيرا في مهرب مخدرات بمنطقة الشمال. " + VERSE
            + f"وقالت الوزارة إن المدعو {name} - {nationality} الجنسية - قبض عليه وهو يحاول تهريب {what} عبر "
            "منفذ الحديثة، وإن الحكم نفذ فيه صباح اليوم بمدينة الواحة.")


def test_the_convict_of_an_execution_is_read_from_the_statement():
    one = execution_slot("القتل تعزيرا لمهرب مخدرات", _statement("ظافر سلمان القرنفلي", "أردني", "حبوب محظورة"))
    assert "nat:loc:jordan" in one[0] and "name:القرنفلي" in one[0]
    # the headline's nationality, when the text says nothing of the convict
    assert execution_slot("تنفيذ حكم القتل تعزيرا في مهرب مخدرات يمني بالواحة")[0] == {"nat:loc:yemen"}
    # no execution: no slot
    assert execution_slot("وزارة الداخلية تعلن نتائج القبول في كلية الأمن", "أعلنت الوزارة نتائج القبول.") == (
        frozenset(), frozenset())
    # a sentence handed down is not an execution carried out
    assert not execution_slot("محكمة تصدر حكما بالسجن على مهرب")[0]


def test_two_convicts_conflict_and_two_reports_of_one_do_not():
    a = execution_slot("القتل تعزيرا لمهرب مخدرات", _statement("ظافر سلمان القرنفلي", "أردني", "حبوب محظورة"))
    a2 = execution_slot("تنفيذ حكم القتل في مهرب أردني بالواحة",
                        _statement("ظافر سلمان القرنفلي", "أردني", "حبوب محظورة"))
    b = execution_slot("القتل تعزيرا لمهرب هيروين بالواحة", _statement("رحمت علي بختياري", "أفغاني", "الهيروين"))
    assert reported_conflict(a, b) is True
    assert reported_conflict(a, a2) is False
    # a report that says nothing of its convict conflicts with none
    assert reported_conflict(a, execution_slot("القتل تعزيرا لمهرب مخدرات", "أعلنت وزارة الداخلية اليوم.")) is None


def test_placement_keeps_two_executions_of_one_day_apart():
    rows = [
        ("2026-05-07T09:00:00", "وكالة الشمال", "القتل تعزيرا لمهرب مخدرات",
         _statement("ظافر سلمان القرنفلي", "أردني", "حبوب محظورة")),
        ("2026-05-07T10:00:00", "صحيفة الميدان", "القتل تعزيرا لمهرب مخدرات في الواحة",
         _statement("ظافر سلمان القرنفلي", "أردني", "حبوب محظورة")),
        ("2026-05-07T12:00:00", "موقع الأفق", "القتل تعزيرا لمهرب هيروين بالواحة",
         _statement("رحمت علي بختياري", "أفغاني", "الهيروين")),
        ("2026-05-07T14:00:00", "صحيفة الساحل", "القتل تعزيرا لمهرب هيروين",
         _statement("رحمت علي بختياري", "أفغاني", "الهيروين")),
    ]
    first, again, other, other_again = place(rows)
    assert first == again and other == other_again and other != first
    assert len(set(place(rows, convict_slots=False))) == 1  # without the slot: one story of both executions


def _sport(title: str, lead: str = ""):
    names = {term_of(w) for w in ("الوادي", "ميرانو", "الزهراني", "عطوان", "فاضل")}
    return headline_slots(title, lead, names)


def test_two_players_injuries_conflict_and_a_headline_naming_both_does_not():
    one = _sport("إصابة ميرانو بتمزق في العضلة الخلفية", "تعرض مهاجم الوادي ميرانو لتمزق في تدريبات الفريق.")
    one_again = _sport("الإصابة تبعد ميرانو عن مباراة الكأس", "يغيب مهاجم الوادي ميرانو عن الكأس بسبب تمزق.")
    other = _sport("عطوان يتعرض لكدمة في الركبة", "تعرض مدافع الوادي عطوان لكدمة في تدريب الفريق أمس.")
    both = _sport("إصابة ميرانو وكدمة لعطوان في مران الوادي", "أصيب لاعبا الوادي في المران.")
    assert one.injured and other.injured
    assert slots_conflict(one, other) == "slot"
    assert not slots_conflict(one, one_again)
    assert not slots_conflict(both, one) and not slots_conflict(both, other)
    # a headline that names no player, only its club, conflicts with no injury of the club's players
    club = _sport("الإصابات تضرب الوادي قبل الكأس", "تعرض عدد من لاعبي الوادي لإصابات.")
    assert club.injured <= {term_of("الوادي")}
    assert not slots_conflict(club, one) and not slots_conflict(club, other)


DAILY = ("توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم أن تكون السماء غائمة "
         "جزئيا على المرتفعات الجنوبية مع فرصة لهطول أمطار رعدية، وأن تنشط الرياح المثيرة للأتربة على المناطق "
         "الشرقية والوسطى، فيما تكون درجات الحرارة مرتفعة على مناطق الشمال.")


def test_the_weather_services_daily_report_is_an_item_of_its_day():
    assert bulletin_days("الأرصاد: أمطار رعدية على المرتفعات الجنوبية", DAILY, "2026-08-01T06:00:00")[0] == {
        "2026-08-01"}
    # an alert, or rain that fell, is no daily report
    alert = "نبهت الرئاسة العامة للأرصاد من هطول أمطار رعدية على المرتفعات الجنوبية اليوم."
    assert not bulletin_days("الأرصاد تنبه من أمطار رعدية", alert, "2026-08-01T06:00:00")[0]
    assert not bulletin_days("أمطار غزيرة على قرى الجبل", "هطلت أمطار غزيرة على قرى الجبل.", "2026-08-01")[0]
    # two days' reports conflict; two outlets' reprints of one day's do not
    one = bulletin_days("", DAILY, "2026-08-01T06:00:00")
    assert reported_conflict(one, bulletin_days("", DAILY, "2026-08-02T06:00:00")) is True
    assert reported_conflict(one, bulletin_days("", DAILY, "2026-08-01T20:00:00")) is False


def test_placement_keeps_each_days_weather_report_apart():
    rows = [
        ("2026-08-01T06:00:00", "وكالة الشمال", "الأرصاد: أمطار رعدية على المرتفعات الجنوبية", DAILY),
        ("2026-08-01T08:00:00", "صحيفة الميدان", "توقعات بأمطار رعدية على المرتفعات الجنوبية", DAILY),
        ("2026-08-02T06:00:00", "وكالة الشمال", "الأرصاد: أمطار رعدية على المرتفعات الجنوبية", DAILY),
        ("2026-08-03T06:00:00", "صحيفة الميدان", "توقعات بأمطار رعدية على المرتفعات الجنوبية", DAILY),
    ]
    first, again, second, third = place(rows)
    assert first == again
    assert len({first, second, third}) == 3
    assert len(set(place(rows, bulletin_slots=False))) == 1  # without the slot: one story of three days


def test_a_syndicated_copy_of_another_convicts_statement_is_placed_on_its_own():
    """Near-duplicate detection pairs the ministry's statements for two convicts (one template): the second
    convict's statement, handed to placement as a copy of the first, goes to its own story."""
    from marsad.models import Article
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    rows = [
        ("2026-05-07T09:00:00", "وكالة الشمال", "القتل تعزيرا لمهرب مخدرات",
         _statement("ظافر سلمان القرنفلي", "أردني", "حبوب محظورة")),
        ("2026-05-07T10:00:00", "صحيفة الميدان", "القتل تعزيرا لمهرب مخدرات",
         _statement("رحمت علي بختياري", "أفغاني", "الهيروين")),
    ]
    for on, same in ((True, False), (False, True)):
        g = Grouper(options=GroupOptions(copy_clash=on))
        arts = [Article(id=f"c{i:04d}", raw_id=f"rc{i:04d}", text=text, title=title, outlet=outlet,
                        published_at=when, origin=f"copy-{i}.txt") for i, (when, outlet, title, text) in enumerate(rows)]
        first = g.add(article_features(arts[0], []))
        second = g.add(article_features(arts[1], []), copy_story=first)
        assert (first == second) is same


def test_a_society_pages_wedding_notices_are_one_story_each():
    """"أفراح آل فلان": a page of wedding notices, each headed by its families' names, is as many weddings."""
    lead = ("احتفلت الأسرتان بزواج ابنيهما في قاعة الأفراح بحضور جمع من الأقارب والأصدقاء الذين قدموا التهاني "
            "للعروسين متمنين لهما حياة سعيدة، وأقيمت بهذه المناسبة مأدبة عشاء للحضور.")
    rows = [
        ("2026-06-05T08:00:00", "صحيفة المجتمع", "أفراح الساحلي والقرملي", lead),
        ("2026-06-05T08:01:00", "صحيفة المجتمع", "أفراح البرغوثي والمنيف", lead),
        ("2026-06-05T08:02:00", "صحيفة المجتمع", "أفراح العطوي والبلوي", lead),
        ("2026-06-05T12:00:00", "موقع الأفق", "أفراح الساحلي والقرملي في قاعة الأفراح", lead),
    ]
    first, second, third, again = place(rows)
    assert first == again and len({first, second, third}) == 3
    assert len(set(place(rows, contact_slots=False))) == 1  # without the families' slot: one story
