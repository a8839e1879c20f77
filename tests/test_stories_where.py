"""One kind of item in many places is many stories (issue 14; our own Arabic headlines and texts): rain in two
regions, two education offices' interviews, two towns' honey festivals are each their own story, while a report of
an event in a town and one naming the region that holds it (a bombing in Abha and a funeral naming it; the police
of Asir on an attack in Abha) stay one story.  The place hierarchy behind it: marsad.nlp.places."""

from __future__ import annotations

import pytest

from marsad.nlp.places import PlacesError, load_places, parse_places
from marsad.stories.where import where_conflict, where_slot

from tests.test_stories_slots import place


def test_a_town_lies_in_its_region_and_not_in_another():
    tree = load_places()
    assert tree.find("أمطار رعدية على أبها") == {"sa:asir:abha"}
    assert tree.ancestors("sa:asir:abha") == ("sa:asir:abha", "sa:asir", "sa")
    assert tree.related("sa:asir:abha", "sa:asir") and tree.related("sa:asir", "sa:asir:khamis")
    assert not tree.related("sa:asir:abha", "sa:asir:khamis")  # two towns of one region are two places
    assert not tree.related("sa:asir", "sa:jazan")
    assert tree.find("قوات الشرعية تقترب من قاعدة العند") == {"ye:lahj:anad"}
    assert "ye:lahj" in tree.ancestors("ye:lahj:anad")
    assert tree.country("eg:north-sinai") == "eg"


def test_names_that_are_common_words_or_no_place():
    tree = load_places()
    assert tree.find("الخبر العاجل عن الطقس") == frozenset()  # "the news", not Khobar
    assert tree.find("حريق في مدينة الخبر") == {"sa:eastern:khobar"}
    assert tree.find("السفن تعبر قناة السويس الجديدة") == frozenset()  # the canal, not Suez
    assert tree.find("ترحيب خليجي بإعلان القاهرة") == frozenset()  # a declaration named after a city
    assert tree.find("أمطار على خميس مشيط") == {"sa:asir:khamis"}  # a two-word name is one place
    assert tree.find("وصول الوفد إلى بجدة وبالرياض") == {"sa:makkah:jeddah", "sa:riyadh"}  # clitics off
    assert tree.find("محافظة الشرقية في مصر") == {"eg:sharqia"}  # the longest name first
    assert tree.find("حادث في الجوف") == {"sa:jouf", "ye:jawf"}  # one name, two places: both


def test_a_malformed_list_says_which_line():
    with pytest.raises(PlacesError, match="line 2"):
        parse_places("sa\t-\tcountry\tالسعودية\nsa:x\tsa\tregion\n")
    with pytest.raises(PlacesError, match="sa:nowhere"):
        parse_places("sa:x\tsa:nowhere\tregion\tاسم\n")


def test_disjoint_places_conflict_and_a_place_inside_the_other_does_not():
    abha = where_slot("أمطار غزيرة على أبها", "هطلت أمطار غزيرة على مدينة أبها مساء أمس.")
    asir = where_slot("أمطار على منطقة عسير", "شهدت مرتفعات عسير أمطارا متوسطة.")
    jazan = where_slot("أمطار غزيرة على جازان", "هطلت أمطار غزيرة على جازان مساء أمس.")
    assert where_conflict(abha, jazan) is True
    assert where_conflict(abha, asir) is False  # Abha lies in Asir: it may be one rain
    # a headline naming a place elsewhere whose lead names the other's is not another event
    funeral = where_slot("تشييع أحد ضحايا الهجوم في الطائف", "شيع أهالي الطائف أحد ضحايا تفجير أبها.")
    bombing = where_slot("تفجير انتحاري في مسجد بأبها", "فجر انتحاري نفسه داخل مسجد في أبها.")
    assert where_conflict(funeral, bombing) is False
    # two countries' places are not compared, and a headline naming no place conflicts with none
    assert where_conflict(where_slot("اعتداء في القاهرة"), where_slot("إدانة الاعتداء في الرياض")) is None
    assert where_conflict(abha, where_slot("توقعات بأمطار رعدية", "")) is None


INTERVIEW = ("أعلنت إدارة التعليم في {place} عن مواعيد المقابلات الشخصية للمتقدمين على الوظائف التعليمية "
             "للعام الدراسي المقبل، ودعت المرشحين والمرشحات إلى الحضور في المواعيد المحددة مصطحبين أصول الشهادات "
             "وبطاقة الهوية الوطنية. وأوضحت الإدارة أن المقابلات تجرى في مقرها الرئيس على مدى ثلاثة أيام، وأن "
             "من يتخلف عن موعده يفقد حقه في المفاضلة على الوظائف الشاغرة.")


def _interviews():
    return [
        ("2026-03-10T08:00:00", "وكالة الأنباء", "تعليم جدة يحدد مواعيد المقابلات الشخصية للمرشحين",
         INTERVIEW.format(place="جدة")),
        ("2026-03-10T09:00:00", "صحيفة المدينة", "تعليم جدة يدعو المرشحين للمقابلات الشخصية",
         INTERVIEW.format(place="جدة")),
        ("2026-03-10T11:00:00", "وكالة الأنباء", "تعليم الطائف يحدد مواعيد المقابلات الشخصية للمرشحين",
         INTERVIEW.format(place="الطائف")),
        ("2026-03-10T12:00:00", "صحيفة الشرق", "تعليم تبوك يحدد مواعيد المقابلات الشخصية للمرشحين",
         INTERVIEW.format(place="تبوك")),
    ]


def test_one_kind_of_item_in_other_places_is_other_stories():
    jeddah, jeddah_again, taif, tabuk = place(_interviews())
    assert jeddah == jeddah_again  # the same office's call, twice: one story
    assert taif != jeddah and tabuk != jeddah and tabuk != taif
    off = place(_interviews(), where_slots=False)
    assert off[2] == off[0] or off[3] == off[0]  # without the slot the other offices' calls are pooled


HONEY = ("انطلقت فعاليات مهرجان العسل السنوي في {place} بمشاركة عشرات النحالين من مختلف المحافظات، ويعرض "
         "المهرجان أنواع العسل المحلي من السدر والطلح والسمرة، إلى جانب ورش عن تربية النحل ومسابقات للزوار. "
         "وقال مدير المهرجان إن الإقبال فاق التوقعات في يومه الأول وإن الفعاليات تستمر عشرة أيام.")


def test_two_towns_honey_festivals_are_two_stories_and_a_festival_in_its_region_one():
    rows = [
        ("2026-03-12T08:00:00", "وكالة الأنباء", "انطلاق مهرجان العسل في بلجرشي", HONEY.format(place="بلجرشي")),
        ("2026-03-12T10:00:00", "صحيفة المدينة", "مهرجان العسل ببلجرشي يستقبل زواره",
         HONEY.format(place="بلجرشي")),
        ("2026-03-12T13:00:00", "صحيفة الشرق", "انطلاق مهرجان العسل في النماص", HONEY.format(place="النماص")),
        ("2026-03-13T09:00:00", "وكالة الأنباء", "أمير الباحة يزور مهرجان العسل ويطلع على أجنحته",
         HONEY.format(place="بلجرشي")),
    ]
    baljurashi, again, namas, emir = place(rows)
    assert baljurashi == again == emir  # Baljurashi lies in Baha: the emir of Baha at its festival is its news
    assert namas != baljurashi
    off = place(rows, where_slots=False)
    assert off[2] == off[0]  # without the slot the other town's festival joins


ATTACK = ("أعلنت الجهات الأمنية أن مسلحا أطلق النار على دورية أمنية في {place} فجر اليوم، ما أسفر عن إصابة اثنين من "
          "رجال الأمن نقلا إلى المستشفى لتلقي العلاج، وأن الجهات المختصة باشرت التحقيق في الحادث وتلاحق الجاني. "
          "وأكد المتحدث الأمني أن حالة المصابين مستقرة وأن الأجهزة الأمنية لن تتهاون مع كل من يعبث بأمن الوطن.")


def test_an_attack_in_another_region_is_another_story_and_a_report_naming_the_region_the_same():
    rows = [
        ("2026-03-14T06:00:00", "وكالة الأنباء", "إصابة رجلي أمن في إطلاق نار على دورية بأبها",
         ATTACK.format(place="أبها")),
        ("2026-03-14T08:00:00", "صحيفة المدينة", "مسلح يطلق النار على دورية أمنية في أبها",
         ATTACK.format(place="أبها")),
        ("2026-03-14T12:00:00", "صحيفة الشرق", "إصابة رجلي أمن في إطلاق نار على دورية بنجران",
         ATTACK.format(place="نجران")),
        ("2026-03-14T15:00:00", "وكالة الأنباء", "شرطة عسير تلاحق مطلق النار على دورية أمنية",
         ATTACK.format(place="أبها")),
    ]
    abha, again, najran, police = place(rows)
    assert abha == again == police  # Asir's police on the attack in Abha (which lies in Asir): one event
    assert najran != abha  # the same kind of attack in Najran: another
    off = place(rows, where_slots=False)
    assert off[2] == off[0]  # without the slot the attack in Najran joins the one in Abha
