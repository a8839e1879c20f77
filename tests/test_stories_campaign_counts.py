"""One campaign's other actions (our own Arabic headlines and texts): each aid or service action counts its own
beneficiaries or goods, so two headlines counting two numbers that neither article writes are two actions; one
count written two ways (3202, 3200, "3 آلاف") is one; the dead and the wounded are tolls, not beneficiaries."""

from __future__ import annotations

from marsad.stories.incidents import beneficiaries_slot
from marsad.stories.slots import reported_conflict

from tests.test_stories_slots import place


def test_a_count_of_beneficiaries_is_read_from_the_headline():
    assert "240" in beneficiaries_slot("العيادات الخيرية تطعم 240 طفلا ضد الحصبة")[0]
    assert "12000" in beneficiaries_slot("توزيع 12 ألف سلة غذائية على الأسر المحتاجة")[0]
    assert "75" in beneficiaries_slot("الهيئة تعيد 75 بحرينيا عالقين إلى بلادهم")[0]
    # the dead and the wounded are a toll; a year, a bare number, tonnes of a market are no beneficiaries
    assert beneficiaries_slot("مقتل 14 شخصا في انفجار")[0] == frozenset()
    assert beneficiaries_slot("إصابة 30 جريحا في حادث")[0] == frozenset()
    assert beneficiaries_slot("خطة 2030 لرعاية الأطفال")[0] == frozenset()
    assert beneficiaries_slot("السوق تستقبل 900 طن من الرطب")[0] == frozenset()


def test_two_counts_are_two_actions_and_one_count_written_twice_is_one():
    vaccines = beneficiaries_slot("العيادات الخيرية تطعم 240 طفلا ضد الحصبة", "")
    baskets = beneficiaries_slot("الحملة توزع 6415 سلة غذائية في المخيم", "")
    housing = beneficiaries_slot("الحملة تتكفل بإسكان 4107 عائلات", "")
    housing_round = beneficiaries_slot("الحملة تسكن 4100 أسرة في المدينة", "")
    housing_words = beneficiaries_slot("أكثر من 4 آلاف عائلة تستفيد من مشروع الإسكان", "")
    assert reported_conflict(vaccines, baskets) is True
    assert reported_conflict(baskets, housing) is True
    assert reported_conflict(housing, housing_round) is False
    assert reported_conflict(housing, housing_words) is False
    # the other's number written in the lead keeps the two together
    summary = beneficiaries_slot("الحملة تسكن 4107 عائلات", "وكانت الحملة قد وزعت 6415 سلة غذائية الأسبوع الماضي.")
    assert reported_conflict(summary, baskets) is False
    # a headline counting nothing conflicts with nothing
    assert reported_conflict(baskets, beneficiaries_slot("الحملة تواصل أعمالها في المخيم", "")) is None


LEAD_BASKETS = ("وزعت الحملة الأهلية لإغاثة اللاجئين 6415 سلة غذائية على الأسر في مخيم الواحة، وقال مدير الحملة إن "
                "التوزيع يأتي ضمن برامج الحملة في المخيم وإن فرقها الميدانية تعمل على مدار الساعة.")
LEAD_BASKETS2 = ("أعلنت الحملة الأهلية لإغاثة اللاجئين توزيع 6415 سلة غذائية في مخيم الواحة، وأوضح مدير الحملة أن "
                 "فرق الحملة الميدانية وزعت السلال على الأسر ضمن برامج الحملة في المخيم.")
LEAD_VACCINES = ("طعمت عيادات الحملة الأهلية لإغاثة اللاجئين 240 طفلا في مخيم الواحة ضد الحصبة، وقال مدير الحملة "
                 "إن التطعيم يأتي ضمن برامج الحملة في المخيم وإن فرقها الميدانية تعمل على مدار الساعة.")


def _rows():
    return [
        ("2026-05-03T08:00:00", "وكالة الخير", "الحملة الأهلية توزع 6415 سلة غذائية في مخيم الواحة", LEAD_BASKETS),
        ("2026-05-03T10:00:00", "صحيفة النهار", "6415 سلة غذائية لأسر مخيم الواحة", LEAD_BASKETS2),
        ("2026-05-03T13:00:00", "موقع الرصد", "الحملة الأهلية تطعم 240 طفلا في مخيم الواحة", LEAD_VACCINES),
    ]


def test_placement_keeps_one_action_together_and_another_action_apart():
    baskets, baskets_again, vaccines = place(_rows())
    assert baskets == baskets_again
    assert vaccines != baskets
    off = place(_rows(), count_slots=False)
    assert off[2] == off[0]  # without the slot: the campaign's other action joins the story


def test_a_count_that_looks_like_a_year_still_counts_families():
    # "2000 families" and "2 thousand baskets" are counts, not years; "the 2030 plan" is still no count
    assert "2000" in beneficiaries_slot("الجمعية توزع كسوة العيد على 2000 أسرة")[0]
    assert "2000" in beneficiaries_slot("توزيع 2 آلاف سلة غذائية في المخيم")[0]
    assert beneficiaries_slot("خطة 2030 لرعاية الأطفال")[0] == frozenset()
    # so one campaign's two actions that count 2000 families and 350 children are two actions ...
    families = beneficiaries_slot("الجمعية توزع كسوة العيد على 2000 أسرة", "")
    children = beneficiaries_slot("الجمعية تختن 350 طفلا في المخيم", "")
    assert reported_conflict(families, children) is True
    # ... and a report naming the 2000 families in its lead is the same action
    again = beneficiaries_slot("الجمعية تكسو 2000 أسرة", "ووزعت الجمعية كسوة العيد على ألفي أسرة و2000 طفل.")
    assert reported_conflict(families, again) is False


LEAD_CLOTHES = ("وزعت الحملة الأهلية لإغاثة اللاجئين كسوة العيد على 2000 أسرة في مخيم الواحة، وقال مدير الحملة إن "
                "التوزيع يأتي ضمن برامج الحملة في المخيم وإن فرقها الميدانية تعمل على مدار الساعة.")
LEAD_CLOTHES2 = ("أعلنت الحملة الأهلية لإغاثة اللاجئين توزيع كسوة العيد على 2000 أسرة في مخيم الواحة، وأوضح مدير "
                 "الحملة أن فرق الحملة الميدانية وزعت الكسوة على الأسر ضمن برامج الحملة في المخيم.")


def test_placement_keeps_a_count_of_2000_families_apart_from_another_action():
    clothes, clothes_again, vaccines = place([
        ("2026-05-03T08:00:00", "وكالة الخير", "الحملة الأهلية توزع كسوة العيد على 2000 أسرة في مخيم الواحة",
         LEAD_CLOTHES),
        ("2026-05-03T10:00:00", "صحيفة النهار", "كسوة العيد لـ2000 أسرة في مخيم الواحة", LEAD_CLOTHES2),
        ("2026-05-03T13:00:00", "موقع الرصد", "الحملة الأهلية تطعم 240 طفلا في مخيم الواحة", LEAD_VACCINES),
    ])
    assert clothes == clothes_again
    assert vaccines != clothes
