"""A cabinet's approval that cites a house's dated decision tells that house's approval too (own Arabic text).

The Saudi cabinet's reports write «بعد النظر في قرار مجلس الشورى رقم (…) وتاريخ …هـ، قرر مجلس الوزراء الموافقة على
اتفاقية …»: the Shura Council approved the agreement on its decision's date, the cabinet on the session's day — each
body's approval its own ratification step (issue 15; missed on SaudiNewsNet 2015-08-10 by reader42, and in two blind
sets by other writers).
"""

from __future__ import annotations

from conftest import processed_treaties
from marsad.nlp.timex import hijri_to_gregorian

CABINET = ("الرياض - واس: عقد مجلس الوزراء جلسته أمس الاثنين في قصر اليمامة، وبعد الاطلاع على ما رفعه وزير النقل، "
           "وبعد النظر في قرار مجلس الشورى رقم (31/12) وتاريخ 3/2/1447هـ، قرر مجلس الوزراء الموافقة على اتفاقية "
           "النقل البري الدولي للركاب بين حكومة المملكة العربية السعودية وحكومة الجمهورية التونسية، وقد أعد مرسوم "
           "ملكي بذلك.")
NO_HOUSE = ("الرياض - واس: عقد مجلس الوزراء جلسته أمس الاثنين، وبعد الاطلاع على ما رفعه وزير النقل، قرر مجلس "
            "الوزراء الموافقة على اتفاقية النقل البحري التجاري بين حكومة المملكة العربية السعودية وحكومة الجمهورية "
            "التونسية، وقد أعد مرسوم ملكي بذلك.")


def _ratified(t) -> dict[str, str | None]:
    return {(s.by or {}).get("name"): s.date for s in t.steps if s.kind == "ratified" and s.modality == "done"}


def test_the_cited_house_decision_is_its_own_dated_step_beside_the_cabinet_s(tmp_path) -> None:
    found = processed_treaties(tmp_path, [("c1", "2025-08-26", "واس", CABINET)])
    (t,) = [t for t in found if "البري" in t.name]
    steps = _ratified(t)
    assert steps.get("مجلس الشورى") == hijri_to_gregorian(1447, 2, 3).isoformat()  # the decision's date
    assert steps.get("مجلس الوزراء", "")[:7] == "2025-08"  # the cabinet's own step keeps its session's days
    shura = next(s for s in t.steps if (s.by or {}).get("name") == "مجلس الشورى")
    assert (shura.by.get("country") or {}).get("name_en") == "Saudi Arabia"
    assert [src.article_id for src in shura.sources] and "قرار مجلس الشورى" in shura.sources[0].text


def test_a_cabinet_approval_citing_no_house_is_the_cabinet_s_alone(tmp_path) -> None:
    found = processed_treaties(tmp_path, [("c2", "2025-08-26", "واس", NO_HOUSE)])
    (t,) = [t for t in found if "البحري" in t.name]
    assert set(_ratified(t)) == {"مجلس الوزراء"}
