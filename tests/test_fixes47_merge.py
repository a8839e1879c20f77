"""One person written a bit differently in several outlets is one actor (fixes47). Reports written for these tests."""

from __future__ import annotations

import marsad
from conftest import processed_reports

REPORTS = [
    ("r1", "2015-08-09", "outlet-a", "نعت القيادة العامة الجندي أول سالم محمد عبد الله الكعبي الذي استشهد في اليمن "
     "أمس، وقدمت التعازي لأسرته."),
    ("r2", "2015-08-09", "outlet-b", "شيع المئات الجندي أول سالم محمد عبدالله الكعبي إلى مثواه الأخير في رأس الخيمة "
     "صباح اليوم."),
    ("r3", "2015-08-10", "outlet-c", "كرمت البلدية المهندس سالم محمد عبد الرحمن الكعبي على مشروع الحديقة الجديدة "
     "في المدينة."),
]


def test_abd_allah_joined_or_not_is_one_actor_and_abd_al_rahman_another(tmp_path) -> None:
    with marsad.open(str(processed_reports(tmp_path, REPORTS))) as m:
        people = {r["name_ar"]: r["mentions"] for r in m.entities("PER") if "الكعبي" in r["name_ar"]}
    assert len(people) == 2, people  # the soldier (two spellings, one actor) and the engineer
    assert sorted(people.values()) == [1, 2]
