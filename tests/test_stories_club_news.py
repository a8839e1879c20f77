"""One club's other news beside a ruling on its players (our own Arabic headlines and texts): a disciplinary
ruling, the club's wages and its training are three kinds of event, each apart from the others and from a match;
a match and the club's training are one family (a camp's news); a headline reporting two kinds goes with either."""

from __future__ import annotations

from marsad.stories.slots import USED_KINDS, headline_slots, kinds_apart, slots_conflict

from tests.test_stories_slots import place


def test_the_kind_of_a_club_s_news_is_read_from_its_headline():
    assert headline_slots("لجنة الانضباط ترفض رفع العقوبات عن لاعبي الوادي").other == {"discipline"}
    assert headline_slots("إيقاف مدافع الشعلة ثلاث مباريات").other == {"discipline"}
    assert headline_slots("إدارة الوادي تصرف رواتب اللاعبين المتأخرة").other == {"wages"}
    assert headline_slots("الشعلة يعاود تدريباته بعد الراحة").other == {"training"}
    assert headline_slots("الوادي يتغلب على الشعلة بهدفين").other == frozenset()
    # the disciplinary committee is a ruling; the players' discipline (their behaviour) is not
    assert headline_slots("الانضباط تغرم الوادي بسبب جماهيره").other == {"discipline"}
    assert headline_slots("مدرب الشعلة يشيد بانضباطية لاعبيه في المعسكر").other == frozenset()
    assert headline_slots("الوادي يختتم معسكره بالانسجام والانضباط").other == frozenset()


def test_a_ruling_and_the_club_s_wages_or_training_are_two_events():
    ruling = headline_slots("لجنة الانضباط ترفض رفع العقوبات عن لاعبي الوادي")
    wages = headline_slots("إدارة الوادي تصرف رواتب اللاعبين المتأخرة")
    training = headline_slots("الوادي يعاود تدريباته استعدادا للنهائي")
    match = headline_slots("الوادي يتغلب على الشعلة بهدفين")
    assert slots_conflict(ruling, wages) == "kind"
    assert slots_conflict(ruling, training) == "kind"
    assert slots_conflict(wages, match) == "kind"
    # a match and the club's training are the camp's news: no conflict
    assert not kinds_apart(training, match)
    # a headline reporting a ruling that costs a match goes with either
    both = headline_slots("إيقاف لاعبي الوادي يكلفهم الخسارة أمام الشعلة")
    assert not kinds_apart(both, ruling) and not kinds_apart(both, match)
    # two reports of one ruling agree
    again = headline_slots("رسميا: العقوبات مستمرة على موقوفي الوادي")
    assert not kinds_apart(ruling, again)
    # the kinds not compared by default (the referee, the tickets) conflict with nothing unless asked for
    referee = headline_slots("حكم أجنبي يدير نهائي الكأس")
    assert "referee" not in USED_KINDS and not kinds_apart(referee, ruling)
    assert kinds_apart(referee, ruling, USED_KINDS + ("referee",))


RULING_LEAD = ("رفضت لجنة الانضباط في اتحاد الكرة طلب ناديي الوادي والشعلة رفع العقوبات عن لاعبيهما الموقوفين قبل "
               "النهائي، وقال رئيس اللجنة إن العقوبات مستمرة وإن مشاركة أي لاعب موقوف تعني خسارة فريقه المباراة.")
RULING_LEAD2 = ("أكدت لجنة الانضباط في اتحاد الكرة استمرار العقوبات على لاعبي الوادي والشعلة الموقوفين، ورفضت "
                "طلب الناديين رفع الإيقاف قبل النهائي، وقال رئيس اللجنة إن مشاركة أي لاعب موقوف تعني خسارة فريقه.")
WAGES_LEAD = ("صرفت إدارة نادي الوادي رواتب اللاعبين المتأخرة قبل النهائي أمام الشعلة، وقال رئيس النادي إن "
              "الإدارة حرصت على إنهاء الملف قبل المباراة، وإن العقوبات على اللاعبين الموقوفين لن تؤثر على الفريق.")


def _rows():
    return [
        ("2026-04-02T08:00:00", "وكالة الملاعب", "لجنة الانضباط ترفض رفع العقوبات عن موقوفي الوادي والشعلة",
         RULING_LEAD),
        ("2026-04-02T11:00:00", "صحيفة الهدف", "الانضباط: العقوبات مستمرة على موقوفي الوادي والشعلة", RULING_LEAD2),
        ("2026-04-02T15:00:00", "موقع المدرج", "إدارة الوادي تصرف رواتب اللاعبين المتأخرة قبل النهائي", WAGES_LEAD),
    ]


def test_placement_keeps_the_ruling_apart_from_the_club_s_wages():
    ruling, ruling_again, wages = place(_rows())
    assert ruling == ruling_again
    assert wages != ruling
    off = place(_rows(), sport_kinds=())
    assert off[2] == off[0]  # without the kinds: the club's wages join the ruling's story


# A club's other news alone (training, here) fills no match slot: what else its headline reports is still read — a
# player's drowning after training is not another player's road death after training, two days later.
_DROWNED = ("توفي لاعب فريق نادي الوادي لكرة القدم سامر الحداد غرقا مساء أمس في شاطئ الساحل بعد التدريب، وقال مدرب "
            "الفريق إن اللاعب كان من أبرز لاعبي الدوري وإن إدارة النادي تقدم العزاء لأسرته.")
_MOURNED = ("نعت إدارة نادي الوادي لاعب الفريق الأول لكرة القدم سامر الحداد الذي توفي غرقا أمس في شاطئ الساحل بعد "
            "التدريب، وقال مدرب الفريق إن اللاعب كان من أبرز لاعبي الدوري.")
_ROAD = ("توفي لاعب فريق نادي الوادي لكرة القدم ماهر الحداد مساء أمس في حادث مروري على طريق الساحل بعد التدريب، "
         "وقال مدرب الفريق إن اللاعب كان من أبرز لاعبي الدوري وإن إدارة النادي تقدم العزاء لأسرته.")


def test_a_clubs_other_news_still_reports_its_incident():
    from marsad.models import Article
    from marsad.stories.features import article_features

    road = article_features(Article(id="c1", raw_id="rc1", text=_ROAD, title="مصرع لاعب نادي الوادي في حادث مروري بعد "
                                    "التدريب", outlet="موقع الرصد", published_at="2026-05-05T09:00:00",
                                    origin="c1.txt"), [])
    assert road.slots and "training" in road.slots.other
    assert road.incident[0] == frozenset({"collision"})
    drowned, mourned, other = place([
        ("2026-05-03T08:00:00", "وكالة الخير", "غرق لاعب نادي الوادي في شاطئ الساحل بعد التدريب", _DROWNED),
        ("2026-05-03T10:00:00", "صحيفة النهار", "نادي الوادي ينعى لاعبه سامر الحداد بعد غرقه عقب التدريب", _MOURNED),
        ("2026-05-05T09:00:00", "موقع الرصد", "مصرع لاعب نادي الوادي في حادث مروري بعد التدريب", _ROAD),
    ])
    assert drowned == mourned
    assert other != drowned
