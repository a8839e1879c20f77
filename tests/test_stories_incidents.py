"""An incident's kind and place, a price's commodity, as what a headline reports (our own Arabic headlines and
texts): a fire is not a drowning, a projectile on one town not a projectile on another, gold's session not oil's;
a follow-up naming no place, or a lead naming the other's kind, keeps its story."""

from __future__ import annotations

from marsad.stories.incidents import commodity_slot, delivery_slot, incident_slot
from marsad.stories.slots import reported_conflict

from tests.test_stories_slots import place


def test_the_kind_and_place_of_an_incident_headline():
    assert incident_slot("حريق يلتهم مستودعا للأخشاب في جدة")[0] == {"fire@loc:jeddah"}
    assert incident_slot("غرق طفل في بركة مياه بالرياض")[0] == {"drowning@loc:riyadh"}
    assert incident_slot("فرق الإنقاذ تنتشل جثة شاب سقط في بئر")[0] == {"drowning"}  # a well, no place named
    assert incident_slot("مقذوف من خارج الحدود يصيب طفلين في نجران")[0] == {"projectile@loc:najran"}
    assert incident_slot("إصابة ثلاثة في تصادم شاحنة وحافلة")[0] == {"collision"}
    # no incident, or two kinds in one headline (a round-up): no slot
    assert not incident_slot("أمير المنطقة يستقبل مدير الدفاع المدني")[0]
    assert not incident_slot("الدفاع المدني يباشر حريقين وحالة غرق خلال أسبوع")[0]


def test_two_kinds_or_two_places_conflict_and_a_follow_up_does_not():
    drowning = incident_slot("غرق طفل في بركة مياه بالرياض", "غرق طفل في الثامنة في بركة بحي شمال الرياض.")
    fire = incident_slot("حريق يلتهم مستودعا للأخشاب في الرياض", "اندلع حريق في مستودع جنوب الرياض.")
    body = incident_slot("انتشال جثة الغريق بعد ساعات من البحث", "انتشلت الفرق جثة الطفل من البركة.")
    najran = incident_slot("مقذوف من خارج الحدود يصيب طفلين في نجران", "أصيب طفلان في نجران.")
    jazan = incident_slot("مقذوف يقتل عاملا في مزرعة بجازان", "قتل عامل في مزرعة بجازان.")
    both = incident_slot("مقذوف ثان على نجران", "سقط المقذوف بعد يوم من مقذوف جازان.")
    assert reported_conflict(drowning, fire) and reported_conflict(najran, jazan)
    assert reported_conflict(drowning, body) is False  # the same kind, the follow-up naming no place
    assert reported_conflict(jazan, both) is False  # its lead names the other's place
    assert reported_conflict(fire, incident_slot("أمير المنطقة يستقبل مدير الدفاع المدني")) is None


def test_a_lead_naming_the_other_kind_keeps_them_together():
    fire = incident_slot("حريق في عمارة سكنية بالدمام", "اندلع حريق في عمارة سكنية بالدمام.")
    fall = incident_slot("غرق عامل في خزان مياه بالدمام",
                         "غرق عامل في خزان مياه أثناء فراره من الحريق الذي اندلع في العمارة.")
    assert reported_conflict(fire, fall) is False


def test_the_commodity_of_a_price_headline():
    assert commodity_slot("الذهب يتراجع مع صعود الدولار")[0] == {"gold"}
    assert commodity_slot("أسعار النفط تهبط إلى أدنى مستوى في أربعة أشهر")[0] == {"oil"}
    assert not commodity_slot("وزير النفط يزور المصفاة الجديدة")[0]  # no price, no move
    assert reported_conflict(commodity_slot("الذهب يتراجع مع صعود الدولار"),
                             commodity_slot("أسعار النفط تهبط إلى أدنى مستوى")) is True
    assert reported_conflict(commodity_slot("أسعار النفط تهبط إلى أدنى مستوى"),
                             commodity_slot("برنت يواصل الهبوط")) is False


def _incident(what: str, where: str) -> str:
    return (f"قال المتحدث الإعلامي للدفاع المدني في {where} إن الفرق باشرت بلاغا عن {what} صباح اليوم، وإن فرق "
            "الإنقاذ والإسعاف انتقلت إلى الموقع فورا، ودعا المتحدث المواطنين والمقيمين إلى التقيد بتعليمات "
            "السلامة والإبلاغ عن أي حادث عبر الرقم الموحد، مؤكدا أن التحقيق جار لمعرفة الأسباب.")


def test_placement_keeps_a_fire_out_of_a_drowning_story():
    rows = [
        ("2026-05-03T08:00:00", "صحيفة الساحل", "الدفاع المدني بتبوك ينتشل جثة شاب سقط في بئر",
         _incident("سقوط شاب في بئر مهجورة", "تبوك")),
        ("2026-05-03T09:00:00", "وكالة الشمال", "الدفاع المدني بتبوك يخمد حريقا في ورشة سيارات",
         _incident("حريق في ورشة سيارات", "تبوك")),
        ("2026-05-03T10:00:00", "صحيفة الميدان", "وفاة شاب غرقا في بئر مهجورة بتبوك",
         _incident("سقوط شاب في بئر مهجورة", "تبوك")),
    ]
    well, fire, drowned = place(rows)
    assert well == drowned and fire != well
    off = place(rows, incident_slots=False)  # without the slot the fire joins the drowning
    assert off[1] == off[0]


def test_placement_keeps_a_projectile_on_another_town_apart():
    rows = [
        ("2026-05-04T08:00:00", "صحيفة الساحل", "مقذوف من خارج الحدود يصيب طفلين في نجران",
         _incident("سقوط مقذوف على منزل", "نجران")),
        ("2026-05-04T09:00:00", "وكالة الشمال", "إصابة طفلين بمقذوف سقط على منزل في نجران",
         _incident("سقوط مقذوف على منزل", "نجران")),
        ("2026-05-04T11:00:00", "صحيفة الميدان", "مقذوف من خارج الحدود يصيب عاملا في جازان",
         _incident("سقوط مقذوف على مزرعة", "جازان")),
    ]
    first, again, other = place(rows)
    assert first == again and other != first
    # (the town alone keeps it apart too: where.where_slot)
    assert place(rows, incident_slots=False, where_slots=False)[2] == first


def test_an_oil_output_turned_away_does_not_join_through_the_commodity():
    """Sharing "oil" vouches for nothing: another country's output, turned away from one country's output story,
    does not join that story because its price reports also speak of oil (read on SaudiNewsNet 2015-08-03)."""
    lead = ("أعلنت {c} أن إنتاجها من النفط الخام {d} خلال الشهر الماضي، فيما تراجعت أسعار النفط في الأسواق "
            "العالمية مع تخمة المعروض وقال محللون إن منظمة أوبك ستبقي على سقف إنتاجها في اجتماعها المقبل.")
    rows = [
        ("2026-04-02T09:00:00", "صحيفة المال", "الجزائر تزيد إنتاجها النفطي 40 ألف برميل يوميا",
         lead.format(c="الجزائر", d="ارتفع")),
        ("2026-04-02T10:00:00", "وكالة الشمال", "أسعار النفط تهبط مع زيادة إنتاج الجزائر",
         lead.format(c="الجزائر", d="ارتفع")),
        ("2026-04-02T11:00:00", "صحيفة الأسواق", "أسعار النفط تتراجع بعد إعلان الجزائر زيادة إنتاجها",
         lead.format(c="الجزائر", d="ارتفع")),
        ("2026-04-02T15:00:00", "صحيفة الميدان", "فنزويلا تخفض إنتاجها النفطي 40 ألف برميل يوميا",
         lead.format(c="فنزويلا", d="انخفض")),
    ]
    story = place(rows)
    assert story[3] != story[0]


def test_what_carries_an_aid_delivery_and_whose_it_is():
    assert delivery_slot("طائرة كويتية تحمل أدوية تهبط في مطار صنعاء")[0] == {"plane@loc:kuwait"}
    # the nationality after the aid is the recipient's, not the donor's
    assert delivery_slot("هبوط طائرة إغاثة إماراتية تحمل مساعدات للشعب السوري")[0] == {"plane@loc:united-arab-emirates"}
    assert delivery_slot("وصول سفينة مساعدات إلى ميناء الحديدة")[0] == {"ship"}
    assert not delivery_slot("طائرة ركاب تهبط في المطار بعد عطل فني")[0]  # no aid
    saudi = delivery_slot("طائرة سعودية رابعة تحمل مساعدات طبية تصل المطار")
    emirati = delivery_slot("طائرة إماراتية تحمل مساعدات غذائية تصل المطار")
    ship = delivery_slot("وصول سفينة مساعدات إلى ميناء الحديدة")
    fourth = delivery_slot("الطائرة الإغاثية الرابعة تصل محملة بالأدوية")
    assert reported_conflict(saudi, emirati) and reported_conflict(saudi, ship)
    assert reported_conflict(saudi, fourth) is False  # one plane, its donor unnamed in the second headline


def _aid(vehicle: str, donor: str) -> str:
    return (f"وصلت اليوم {vehicle} {donor} محملة بالمساعدات الطبية والغذائية إلى المطار، وقال مسؤول في لجنة "
            "الإغاثة إن الشحنة تضم أدوية ومستلزمات لمرضى المستشفيات، وإن توزيعها يبدأ غدا بالتنسيق مع السلطات "
            "المحلية والمنظمات الدولية العاملة في المدينة.")


def test_placement_keeps_another_donors_plane_and_a_ship_apart():
    rows = [
        ("2026-06-01T08:00:00", "صحيفة الساحل", "طائرة سعودية رابعة تحمل مساعدات طبية تصل المطار",
         _aid("طائرة", "سعودية")),
        ("2026-06-01T09:00:00", "وكالة الشمال", "وصول الطائرة الإغاثية السعودية الرابعة إلى المطار",
         _aid("طائرة", "سعودية")),
        ("2026-06-01T10:00:00", "صحيفة الميدان", "طائرة إماراتية تحمل مساعدات طبية تصل المطار",
         _aid("طائرة", "إماراتية")),
        ("2026-06-01T11:00:00", "صحيفة الأسواق", "وصول سفينة مساعدات طبية إلى الميناء",
         _aid("سفينة", "")),
    ]
    saudi, again, emirati, ship = place(rows)
    assert saudi == again and emirati != saudi and ship not in (saudi, emirati)
    off = place(rows, delivery_slots=False)
    assert off[2] == off[0]  # without the slot the other donor's plane joins


def test_the_death_toll_a_headline_counts():
    from marsad.stories.incidents import death_toll

    assert death_toll("مقتل 12 شخصا بانفجار سيارة مفخخة قرب سوق شعبي") == 12
    assert death_toll("ارتفاع حصيلة تفجير السوق إلى 15 قتيلا") == 15
    assert death_toll("ارتفاع حصيلة التفجير إلى ١٧") == 17  # Arabic-Indic digits, the toll after إلى
    assert death_toll("مصرع ثلاثة أشخاص في حادث سير على الطريق الساحلي") == 3
    assert death_toll("سقوط 4 قتلى في قصف على حي سكني") == 4
    # no toll: a price's number, a count of wounded only, two different tolls (a round-up)
    assert death_toll("الذهب يرتفع 12 دولارا للأوقية") is None
    assert death_toll("إصابة 20 شخصا في انهيار مبنى") is None
    assert death_toll("مقتل 5 في بغداد و 7 قتلى في الموصل") is None


def test_a_later_day_counting_fewer_dead_is_another_attack():
    from marsad.stories.features import ArticleFeatures
    from marsad.stories.incidents import tolls_conflict

    def f(day: str, toll: int | None, published: bool = True) -> ArticleFeatures:
        return ArticleFeatures(article_id=day + str(toll), seq=0, outlet=None, title="", date=day, terms={},
                               published=published, toll=toll)

    assert tolls_conflict(f("2026-03-10", 12), f("2026-03-12", 5))
    assert tolls_conflict(f("2026-03-12", 5), f("2026-03-10", 12))  # in either order
    assert not tolls_conflict(f("2026-03-10", 12), f("2026-03-11", 15))  # the toll rose: the same attack can be
    assert not tolls_conflict(f("2026-03-10", 12), f("2026-03-10", 9))  # one day's outlets hear different tolls
    assert not tolls_conflict(f("2026-03-10", 12), f("2026-03-12", None))
    assert not tolls_conflict(f("2026-03-10", 12), f("2026-03-12", 5, published=False))  # a guessed date proves nothing
