"""The same-incident check (``marsad.stories.incidents_check``), on our own short Arabic reports: two reports of
one bombing are one story; another attack of the same kind in the same town, days later, with another toll and
other victims, is not (what mixed the home pages: one Turkey story held a bombing, a killing of two policemen and a
defused bomb)."""

from __future__ import annotations

from marsad.stories.grouping import GroupOptions
from marsad.stories.incidents_check import INCIDENT_FEATURES, shipped_incident_model

from tests.test_stories_slots import place

BAR = GroupOptions().incident_bar

ROWS = [
    ("2026-03-10T08:00:00", "وكالة الشمال", "مقتل 12 شخصا بانفجار سيارة مفخخة في سوق الخضار ببعقوبة",
     "قتل 12 شخصا وأصيب 30 آخرون صباح اليوم بانفجار سيارة مفخخة ركنت قرب سوق الخضار وسط مدينة بعقوبة، وقال "
     "مصدر في الشرطة إن الانفجار وقع في ساعة الذروة وإن فرق الدفاع المدني نقلت المصابين إلى مستشفى بعقوبة العام، "
     "فيما فرضت القوات الأمنية طوقا حول السوق وبدأت التحقيق في الهجوم."),
    ("2026-03-10T11:00:00", "صحيفة الميدان", "ارتفاع حصيلة تفجير سوق الخضار في بعقوبة إلى 15 قتيلا",
     "ارتفعت حصيلة ضحايا انفجار السيارة المفخخة في سوق الخضار وسط بعقوبة إلى 15 قتيلا و30 جريحا، بعد وفاة ثلاثة "
     "مصابين في مستشفى بعقوبة العام، وقال مسؤول محلي إن الانفجار دمر عشرات المحال في السوق وإن التحقيق في "
     "الهجوم مستمر."),
    ("2026-03-12T09:00:00", "موقع الأفق", "مسلحون يقتلون شرطيين اثنين عند حاجز تفتيش شمال بعقوبة",
     "قتل شرطيان اثنان فجر الخميس برصاص مسلحين هاجموا حاجز تفتيش على الطريق الرئيسي شمال مدينة بعقوبة ثم لاذوا "
     "بالفرار، وقال مصدر في الشرطة إن القوات الأمنية فرضت طوقا حول المنطقة وبدأت التحقيق في الهجوم، وإن جثتي "
     "الشرطيين نقلتا إلى مستشفى بعقوبة العام."),
]


def test_the_check_is_shipped_and_reads_its_features():
    model = shipped_incident_model()
    assert model is not None and len(model.weights) == len(INCIDENT_FEATURES)


def test_two_reports_of_one_bombing_stay_one_story_and_another_attack_in_the_town_does_not_join():
    first, toll, other = place(ROWS, incident_bar=BAR)
    assert first == toll  # the toll update of the same bombing
    assert other != first  # two policemen shot at a checkpoint two days later: another incident
