"""A truce and the battles fought on its days (our own Arabic headlines and texts): a war report's act — a truce
(its start, its breaches, its end) or fighting — is read from its headline (else its lead's first sentence); a
battle report that names no truce in its headline or first sentence is not the truce's news, and a report of the
truce's breaches stays with it (issue 14)."""

from __future__ import annotations

from marsad.stories.fronts import act_slot, truce_told
from marsad.stories.slots import reported_conflict

from tests.test_stories_slots import place


def test_a_headline_tells_a_truce_or_fighting():
    assert act_slot("التحالف يعلن هدنة إنسانية مدتها خمسة أيام")[0] == {"truce"}
    assert act_slot("الميليشيات تخرق الهدنة في عدة مدن")[0] == {"truce"}
    assert act_slot("المقاومة تسيطر على بلدتين في لحج")[0] == {"fight"}
    assert act_slot("هدوء مع بدء الهدنة واشتباكات متقطعة في الجنوب")[0] == {"truce", "fight"}
    assert act_slot("وزير الخارجية يستقبل سفير اليابان") == (frozenset(), frozenset())
    # a headline telling neither takes its lead's first sentence's fighting, unless that sentence tells a truce
    assert act_slot("التحالف يربك خطط المتمردين", "شنت طائرات التحالف غارات على مواقع المتمردين قرب المضيق. "
                    "وقال شهود")[0] == {"fight"}
    assert act_slot("التحالف يربك خطط المتمردين", "ردت الطائرات على خرق المتمردين للهدنة بغارات. وقال")[0] \
        == frozenset()
    # ... and a truce named only as the battle's time tells no truce
    assert act_slot("التحالف يربك خطط المتمردين", "شنت الطائرات غارات قبل ساعات من سريان الهدنة. وقال")[0] \
        == {"fight"}
    assert act_slot("التحالف يربك خطط المتمردين", "شنت الطائرات غارات على المواقع.", from_lead=False) == (
        frozenset(), frozenset())


def test_a_truce_named_as_a_time_is_not_told():
    assert truce_told("الميليشيات تخرق الهدنة في عدة مدن")
    assert truce_told("تعثر وقف إطلاق النار في الجنوب")
    assert truce_told("هدوء في العاصمة مع بدء الهدنة")
    assert not truce_told("القوات تعزز مواقعها في المدينة قبل بدء تنفيذ الهدنة")
    assert not truce_told("المقاومة تواصل تقدمها عشية سريان الهدنة")
    assert not truce_told("المقاومة تسيطر على البلدة")
    assert truce_told("أكدت القيادة في بيان التزامها بهدنة إنسانية")  # a truce's word with its clitic
    assert act_slot("القوات تعزز سيطرتها على المدينة قبل بدء تنفيذ الهدنة")[0] == {"fight"}


def test_a_battle_report_conflicts_with_a_truce_report_unless_one_names_the_other():
    truce = act_slot("المتمردون يرفضون الهدنة الإنسانية", "أعلن زعيم المتمردين رفضه الهدنة التي أعلنها التحالف.")
    battle = act_slot("المقاومة تسيطر على بلدة الوهط", "سيطرت المقاومة على بلدة الوهط بعد معارك عنيفة.")
    breach = act_slot("المقاومة تسيطر على بلدة الوهط", "سيطرت المقاومة على البلدة بعد خرق المتمردين للهدنة.")
    marker = act_slot("المقاومة تسيطر على بلدة الوهط", "سيطرت المقاومة على البلدة قبيل بدء الهدنة الإنسانية.")
    assert reported_conflict(truce, battle) is True
    assert reported_conflict(truce, breach) is False  # its first sentence ties the battle to the truce
    assert reported_conflict(truce, marker) is True  # ... this one only dates it by the truce
    assert reported_conflict(battle, act_slot("مواجهات في أطراف المدينة", "")) is False


LEAD_TRUCE = ("أعلنت قيادة التحالف بدء هدنة إنسانية في البلاد لمدة خمسة أيام اعتبارا من منتصف الليل بطلب من "
              "الرئيس، لإيصال المساعدات إلى المحتاجين في عدن وتعز ولحج. وقالت القيادة إن الهدنة مشروطة بالتزام "
              "المتمردين وإن قواتها سترد على أي خرق للهدنة.")
LEAD_TRUCE2 = ("دعا الرئيس المتمردين إلى احترام الهدنة الإنسانية التي أعلنها التحالف لمدة خمسة أيام، من أجل "
               "إيصال المساعدات إلى المحتاجين في عدن وتعز ولحج. وقال إن التحالف سيرد على أي خرق للهدنة.")
LEAD_BREACH = ("خرق المتمردون الهدنة الإنسانية بعد ساعات من سريانها بقصف أحياء في عدن وتعز ولحج، وقالت قيادة "
               "التحالف إن الهدنة التي أعلنت لمدة خمسة أيام مهددة. وقال الرئيس إن المتمردين لم يلتزموا.")
LEAD_BATTLE = ("سيطرت المقاومة الشعبية والجيش على بلدتي الوهط وصبر في لحج بعد معارك عنيفة مع المتمردين. وقالت "
               "مصادر إن القوات تتقدم نحو قاعدة العند، وإن التحالف شن غارات على مواقع المتمردين في عدن وتعز "
               "ولحج، وإن الرئيس أشاد بتقدم القوات قبل الهدنة الإنسانية التي أعلنت لمدة خمسة أيام لإيصال "
               "المساعدات إلى المحتاجين.")


def _rows():
    return [
        ("2026-04-05T08:00:00", "وكالة الشمال", "التحالف يعلن هدنة إنسانية لمدة خمسة أيام", LEAD_TRUCE),
        ("2026-04-05T09:00:00", "صحيفة الميدان", "قيادة التحالف تعلن بدء الهدنة الإنسانية", LEAD_TRUCE),
        ("2026-04-05T10:00:00", "موقع الأفق", "الرئيس يطالب المتمردين باحترام الهدنة الإنسانية", LEAD_TRUCE2),
        ("2026-04-05T12:00:00", "صحيفة الساحل", "المقاومة والجيش يسيطران على بلدتي الوهط وصبر في لحج",
         LEAD_BATTLE),
        ("2026-04-06T09:00:00", "وكالة الشمال", "المتمردون يخرقون الهدنة الإنسانية في عدن وتعز", LEAD_BREACH),
    ]


def test_placement_keeps_the_battle_out_of_the_truce_s_story():
    truce, again, call, battle, breach = place(_rows())
    assert truce == again == call == breach  # the truce's breaches are its development
    assert battle != truce
    off = place(_rows(), act_slots="off")
    assert off[3] == off[0]  # without the slot the battle joins the truce's story (what the home pages showed)


LEAD_NOPLACE = ("دارت معارك عنيفة بين قوات الجيش المسنودة بالمقاومة الشعبية ومسلحي الحوثي وقوات صالح، وقال قائد "
                "ميداني إن القوات تتقدم وإن الحوثيين انسحبوا نحو الشمال بعد خسائر كبيرة في صفوفهم. وأضاف أن المقاومة "
                "تطهر الأحياء من الألغام.")


def test_battle_reports_sharing_their_act_do_not_outweigh_another_front():
    # a story of one front's battle and of fighting reported with no place: two battle reports share their act and
    # nothing else, so those members do not outweigh the front that clashes with a battle in another governorate
    # (counted with the fronts, they pooled two offensives of one war)
    from tests.test_stories_fronts import LEAD_ABYAN, LEAD_TAIZ

    rows = [
        ("2026-03-10T08:00:00", "وكالة الشمال", "الجيش والمقاومة يسيطران على زنجبار", LEAD_ABYAN),
        ("2026-03-10T09:00:00", "صحيفة الميدان", "معارك عنيفة بين الجيش والحوثيين", LEAD_NOPLACE),
        ("2026-03-10T10:00:00", "موقع الأفق", "اشتباكات عنيفة بين المقاومة والحوثيين", LEAD_NOPLACE),
        ("2026-03-10T11:00:00", "صحيفة الساحل", "مواجهات بين القوات والمتمردين وتقدم للمقاومة", LEAD_NOPLACE),
        ("2026-03-10T13:00:00", "وكالة الجنوب", "معارك عنيفة مع الحوثيين في تعز", LEAD_TAIZ),
    ]
    placed = place(rows)
    assert placed[0] == placed[1] == placed[2] == placed[3]
    assert placed[4] != placed[0]
    assert place(rows, act_slots="off") == placed
