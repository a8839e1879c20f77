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


# --- the review's findings (reviewer31-stories43), our own Arabic ---

def test_gunfire_is_fighting_and_only_its_stopping_is_a_truce():
    # finding 1: "إطلاق النار" is shooting; "وقف إطلاق النار" (with its clitics: لوقف) is the truce
    assert not truce_told("مقتل شرطيين في تبادل لإطلاق النار مع مهربين قرب الحدود")
    assert not truce_told("جرحى في حادث إطلاق نار داخل سوق شعبي بالمدينة")
    assert act_slot("مقتل شرطيين في تبادل لإطلاق النار مع مهربين قرب الحدود")[0] == {"fight"}
    assert act_slot("الأطراف توافق على وقف لإطلاق النار في الشمال")[0] == {"truce"}
    assert truce_told("دعوات دولية لوقف إطلاق النار في المدينة")


SHOT = ("فتح رجل مسلح النار على رواد مقهى في وسط مدينة بورتلاند مساء السبت فقتل أربعة أشخاص وجرح ستة قبل أن "
        "يعتقله رجال الأمن. وقالت شرطة بورتلاند إن الرجل في الأربعين من عمره وإن التحقيق جار لمعرفة دوافعه.")


def test_a_shooting_told_with_both_words_stays_one_story():
    rows = [
        ("2026-05-02T07:00:00", "وكالة الشمال", "أربعة قتلى في إطلاق النار على مقهى في بورتلاند", SHOT),
        ("2026-05-02T08:00:00", "صحيفة الميدان", "أربعة قتلى في هجوم على مقهى في بورتلاند", SHOT),
        ("2026-05-02T09:00:00", "موقع الأفق", "شرطة بورتلاند تعتقل منفذ الهجوم على المقهى", SHOT),
        ("2026-05-02T10:00:00", "صحيفة الساحل", "حاكم الولاية يعزي ضحايا إطلاق النار في بورتلاند", SHOT),
    ]
    assert len(set(place(rows))) == 1


def test_before_is_a_truce_s_time_only_before_its_start():
    # finding 2: "من قبل" is "by"; fighting before the truce's end is a breach
    assert truce_told("قصف مدفعي من قبل المتمردين على أحياء المدينة رغم الهدنة")
    assert truce_told("المتمردون يقصفون الميناء قبل انتهاء الهدنة بساعات")
    assert act_slot("المتمردون يقصفون الميناء قبل انتهاء الهدنة بساعات")[0] == {"truce", "fight"}
    assert not truce_told("غارات على مواقع المتمردين قبل ساعات من موعد سريان الهدنة")
    assert not truce_told("المقاومة تتقدم قبيل دخول الهدنة حيز التنفيذ")
    assert truce_told("أعلنت القيادة قبل قليل بدء الهدنة في البلاد")  # "قبل قليل" is "a moment ago"


LEAD_BREACH2 = ("اتهم التحالف المتمردين بخرق الهدنة الإنسانية في الميناء بعد ساعات من سريانها، وقال إن أحياء المدينة "
                "القديمة تعرضت لقذائف عديدة. وقال المتحدث إن التحالف سيرد على أي خرق.")
LEAD_BYAGENT = ("تعرضت أحياء المدينة القديمة في الميناء لقصف من قبل المتمردين رغم سريان الهدنة الإنسانية. وقال "
                "المتحدث باسم التحالف إن التحالف سيرد على أي خرق.")


def test_a_breach_told_with_by_stays_with_the_truce_s_breaches():
    rows = [
        ("2026-04-07T08:00:00", "وكالة الشمال", "المتمردون يخرقون الهدنة الإنسانية في الميناء", LEAD_BREACH2),
        ("2026-04-07T09:00:00", "صحيفة الميدان", "خرق جديد للهدنة الإنسانية في الميناء", LEAD_BREACH2),
        ("2026-04-07T10:00:00", "موقع الأفق", "التحالف يتهم المتمردين بخرق الهدنة في الميناء", LEAD_BREACH2),
        ("2026-04-07T11:00:00", "صحيفة الساحل", "قصف من قبل المتمردين على أحياء الميناء رغم الهدنة", LEAD_BYAGENT),
    ]
    placed = place(rows)
    assert len(set(placed)) == 1


def test_other_words_of_a_ceasefire():
    # finding 3: the short form, the indefinite form, calm, hostilities, and هدن* by its stem
    assert act_slot("وقف النار في الميناء يصمد رغم قصف متقطع")[0] == {"truce", "fight"}
    assert truce_told("الطرفان يعلنان وقف إطلاق نار في الإقليم")
    assert truce_told("التهدئة في القطاع تصمد رغم غارة جوية")
    assert truce_told("مجلس الأمن يدعو إلى وقف الأعمال العدائية في البلاد")
    assert truce_told("المتمردون يعلنون التزامهم بهدنتهم المعلنة")
    assert truce_told("فشل الهدنات السابقة في المدينة")


CALM = ("دخل وقف النار في مدينة الميناء يومه الثالث وسط هدوء حذر، وبدأت شاحنات المساعدات تصل إلى الأحياء "
        "المنكوبة. وقالت مصادر محلية إن الأسواق فتحت أبوابها.")
CALM2 = ("دخلت الهدنة الإنسانية في مدينة الميناء يومها الثالث وسط هدوء حذر، وبدأت شاحنات المساعدات تصل إلى "
         "الأحياء المنكوبة. وقالت مصادر محلية إن الأسواق فتحت أبوابها.")


def test_a_truce_told_as_cease_fire_or_as_truce_stays_one_story():
    rows = [
        ("2026-04-08T08:00:00", "وكالة الشمال", "الهدنة في الميناء تدخل يومها الثالث", CALM2),
        ("2026-04-08T09:00:00", "صحيفة الميدان", "وقف النار في الميناء يصمد رغم قصف متقطع", CALM),
        ("2026-04-08T10:00:00", "موقع الأفق", "الهدنة الإنسانية في الميناء تصمد لليوم الثالث", CALM2),
        ("2026-04-08T11:00:00", "صحيفة الساحل", "وقف النار يصمد في الميناء رغم قصف على أطرافها", CALM),
    ]
    assert len(set(place(rows))) == 1


def test_a_breach_is_a_truce_s_only_near_a_truce_or_an_agreement():
    # finding 4: a breach of airspace or of the enemy's lines is not a truce's
    assert not truce_told("خرق جديد للأجواء من طائرة مسيرة")
    assert not truce_told("خرق دفاعات المتمردين شمال المدينة")
    assert act_slot("المقاومة تتقدم شمال المدينة", "خرقت المقاومة خطوط دفاع المتمردين بعد معارك عنيفة.")[1] \
        == {"fight"}
    assert truce_told("خروقات متكررة للاتفاق في الجنوب")
    assert truce_told("الجيش يتهم المتمردين بخرق الهدنة")


def test_act_slots_takes_a_bool_or_a_mode_and_nothing_else():
    # finding 5: False is off (as every other *_slots knob), True is the default mode
    import pytest

    from marsad.stories.grouping import GroupOptions, Grouper

    off = Grouper(options=GroupOptions(act_slots="off")).reported_slots
    assert Grouper(options=GroupOptions(act_slots=False)).reported_slots == off
    assert "act" in Grouper(options=GroupOptions(act_slots=True)).reported_slots
    assert "act_head" in Grouper(options=GroupOptions(act_slots="headline")).reported_slots
    for bad in ("Lead", "on", 1, None):
        with pytest.raises(ValueError):
            GroupOptions(act_slots=bad)


def test_the_front_reads_the_truce_as_the_act_does():
    # finding 6: a battle dated by the truce has its front; gunfire is fighting with its front; a truce (with a
    # clitic) fills none
    from marsad.stories.fronts import front_slot

    assert front_slot("القوات تعزز سيطرتها على عدن قبل بدء تنفيذ الهدنة")[0] == {"ye:aden"}
    assert front_slot("تبادل لإطلاق النار بين المقاومة والمتمردين في تعز")[0] == {"ye:taiz"}
    assert front_slot("قصف على عدن رغم التزام المتمردين بهدنتهم") == (frozenset(), frozenset())


def test_a_truce_s_time_may_name_its_announcer_and_calming_someone_is_no_truce():
    # finding 2 (its start word may come before the announcer) and finding 3 (تهدئة of something)
    assert not truce_told("المقاومة تستعيد مواقع شمال المدينة قبل إعلان التحالف في البلاد هدنة جديدة")
    assert not truce_told("الأمن يتدخل لتهدئة المشجعين الغاضبين بعد المباراة")
    assert truce_told("الفصائل تعلن التزامها بالتهدئة في القطاع")
    assert truce_told("الوسطاء يقترحون تهدئة لمدة شهر")


def test_fight_words_in_another_sense_tell_no_fighting():
    # finding 7: the besieged, the editor, a fire under control, a candidate withdrawing, a cyber attack
    from marsad.stories.fronts import military_headline

    assert act_slot("بدء الهدنة", "وصلت قافلة مساعدات إلى الأحياء المحاصرة مع بدء الهدنة.")[1] == {"truce"}
    assert not military_headline("رئيس التحرير يستقبل وفدا من طلاب الإعلام")
    assert not military_headline("فرق الدفاع المدني تسيطر على حريق في مستودع للأخشاب")
    assert not military_headline("انسحاب مرشح ثالث من الانتخابات البلدية")
    assert not military_headline("هجوم إلكتروني يعطل مواقع حكومية")
    for fight in ("المقاومة تسيطر على البلدة", "قوات النظام تحاصر المدينة من ثلاث جهات", "تحرير البلدة من المسلحين",
                  "انسحاب المتمردين من مواقعهم في الجبل", "هجوم انتحاري على حاجز للجيش", "قصف بقذائف الهاون"):
        assert military_headline(fight), fight
