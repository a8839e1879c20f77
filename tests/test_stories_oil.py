"""Oil output and exports as a slot (our own Arabic headlines and texts): another country's announced output is
another event than one country's, however alike their barrels; a price session names no announcing country and
conflicts with nothing."""

from __future__ import annotations

from marsad.stories.slots import oil_output_slot, reported_conflict

from tests.test_stories_slots import place


def test_who_announces_an_oil_output_headline():
    assert oil_output_slot("الجزائر تزيد إنتاجها النفطي 40 ألف برميل يوميا")[0] == {"loc:algeria"}
    assert oil_output_slot("صادرات النفط الفنزويلية تتراجع في يونيو")[0] == {"loc:venezuela"}  # a nationality
    assert oil_output_slot("صادرات النفط من البصرة تبلغ مستوى غير مسبوق")[0] == {"loc:iraq"}  # a town's country
    assert oil_output_slot("المملكة تصدر 200 مليون برميل من النفط في شهر")[0] == {"loc:saudi-arabia"}
    # a price session, a price headline or OPEC's survey: no announcing country
    assert not oil_output_slot("النفط يتراجع مع زيادة إنتاج الجزائر")[0]
    assert not oil_output_slot("أسعار النفط تهبط مع ارتفاع إنتاج فنزويلا")[0]
    assert not oil_output_slot("إنتاج أوبك من النفط يبلغ أعلى مستوياته")[0]


def test_two_countries_output_conflict_and_one_countrys_twice_does_not():
    algeria = oil_output_slot("الجزائر تزيد إنتاجها النفطي 40 ألف برميل يوميا", "رفعت الجزائر إنتاجها من الخام.")
    venezuela = oil_output_slot("صادرات النفط الفنزويلية تتراجع في يونيو", "تراجعت صادرات فنزويلا من الخام.")
    again = oil_output_slot("زيادة إنتاج النفط الجزائري 40 ألف برميل", "قالت الجزائر إنها رفعت إنتاجها.")
    assert reported_conflict(algeria, venezuela) and reported_conflict(algeria, again) is False
    assert reported_conflict(algeria, oil_output_slot("النفط يتراجع مع زيادة المعروض")) is None


def _output(country: str, change: str) -> str:
    return (f"أعلنت {country} اليوم أن إنتاجها من النفط الخام {change} خلال الشهر الماضي بنحو أربعين ألف برميل "
            "يوميا، وقال مسؤول في وزارة الطاقة إن الصادرات إلى آسيا وأوروبا تسير وفق الخطط، في وقت تبحث فيه "
            "منظمة أوبك تخمة المعروض في الأسواق وتراجع الأسعار إلى أدنى مستوياتها منذ أشهر.")


def test_placement_keeps_another_countrys_output_apart():
    rows = [
        ("2026-04-02T09:00:00", "صحيفة المال", "الجزائر تزيد إنتاجها النفطي 40 ألف برميل يوميا",
         _output("الجزائر", "ارتفع")),
        ("2026-04-02T11:00:00", "وكالة الشمال", "زيادة إنتاج النفط الجزائري 40 ألف برميل يوميا",
         _output("الجزائر", "ارتفع")),
        ("2026-04-02T12:00:00", "صحيفة الميدان", "فنزويلا تخفض إنتاجها النفطي 40 ألف برميل يوميا",
         _output("فنزويلا", "انخفض")),
    ]
    algeria, algeria_again, venezuela = place(rows)
    assert algeria == algeria_again and venezuela != algeria
    off = place(rows, oil_slots=False)  # without the slot the other country's output joins
    assert off[2] == off[0]



GOLD = ("تراجعت أسعار الذهب في تعاملات اليوم مع صعود الدولار أمام العملات الرئيسية، وقال متعاملون في لندن إن صناديق "
        "الاستثمار باعت جزءا من حيازاتها من المعدن النفيس بعد بيانات الوظائف الأمريكية وتوقعات رفع الفائدة.")


def test_an_output_report_turned_away_starts_its_own_story_not_the_next_best_one():
    """A slot only splits: another country's output report turned away from an output story goes to a story with
    a member reporting the same country's output, else starts its own — not to the gold market's story with which
    it shares the traders' comment (read on SaudiNewsNet 2015-08-04: Russia's output joined the gold story)."""
    venezuela = ("قالت فنزويلا إن إنتاجها من النفط الخام انخفض خلال الشهر الماضي، وقال متعاملون في لندن إن صعود "
                 "الدولار أمام العملات الرئيسية بعد بيانات الوظائف الأمريكية وتوقعات رفع الفائدة يضغط على أسعار السلع.")
    rows = [
        ("2026-04-02T09:00:00", "صحيفة المال", "الجزائر تزيد إنتاجها النفطي 40 ألف برميل يوميا",
         _output("الجزائر", "ارتفع")),
        ("2026-04-02T11:00:00", "وكالة الشمال", "زيادة إنتاج النفط الجزائري 40 ألف برميل يوميا",
         _output("الجزائر", "ارتفع")),
        ("2026-04-02T12:00:00", "صحيفة الأسواق", "الذهب يتراجع مع صعود الدولار", GOLD),
        ("2026-04-02T13:00:00", "وكالة الخليج", "الذهب يواصل التراجع مع صعود الدولار",
         GOLD.replace("تراجعت", "واصلت التراجع")),
        ("2026-04-02T15:00:00", "صحيفة الميدان", "فنزويلا تخفض إنتاجها النفطي 40 ألف برميل يوميا", venezuela),
    ]
    story = place(rows)
    assert story[0] == story[1] and story[2] == story[3] and story[0] != story[2]
    assert story[4] not in (story[0], story[2])
    assert place(rows, oil_slots=False)[4] == story[0]  # without the slot it joins the other country's output
