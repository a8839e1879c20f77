"""One kind of item in many places is many stories (issue 14; our own Arabic headlines and texts): rain in two
regions, two education offices' interviews, two towns' honey festivals are each their own story, while a report of
an event in a town and one naming the region that holds it (a bombing in Abha and a funeral naming it; the police
of Asir on an attack in Abha) stay one story.  The place hierarchy behind it: marsad.nlp.places."""

from __future__ import annotations

import pytest

from marsad.nlp.places import PlacesError, load_places, parse_places
from marsad.stories.where import incident_marks, where_conflict, where_slot

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


def test_places_are_sought_only_at_words_a_name_starts_with(monkeypatch):
    # ``find`` tries the names of every length only at a word one of whose forms (clitics off) starts a name: the
    # same places as trying them at every word, a fraction of the tries
    from importlib import resources

    from marsad.nlp.places import PlaceTree

    tree = parse_places(resources.files("marsad.data").joinpath("places.txt").read_text(encoding="utf-8"))  # (fresh)
    texts = ["وصل الوفد مساء أمس إلى بجدة ثم وبالرياض قبل أن يغادر إلى خميس مشيط", "حريق في مدينة الخبر الليلة",
             "الخبر العاجل عن الطقس في المملكة", "أمطار على أبها وخميس مشيط والقنفذة", "لا مكان في هذا السطر البتة"]

    def every_word(text: str) -> frozenset[str]:
        from marsad.arabic.normalize import fold_for_search
        from marsad.nlp.places import _WORD

        words, out, i = _WORD.findall(fold_for_search(text)), set(), 0
        while i < len(words):
            i += tree._match(words, i, out) or 1
        return frozenset(out)

    want = [every_word(t) for t in texts]
    tried = []
    match = PlaceTree._match

    def counted(self, words, i, out):
        tried.append(words[i])
        return match(self, words, i, out)

    monkeypatch.setattr(PlaceTree, "_match", counted)
    assert [tree.find(t) for t in texts] == want
    assert want[0] == {"sa:makkah:jeddah", "sa:riyadh", "sa:asir:khamis"} and not want[4]
    assert len(tried) < sum(len(t.split()) for t in texts) / 3
    assert "مكان" not in tried and "الوفد" not in tried


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


CRASH = ("انقلبت حافلة تقل 37 معلمة في {place} صباح اليوم أثناء توجههن إلى مدارسهن، ما أسفر عن إصابة 37 معلمة "
         "بإصابات متفاوتة نقلن على إثرها إلى المستشفيات بسيارات الإسعاف. وأوضح المتحدث باسم الهلال الأحمر أن "
         "الفرق الإسعافية باشرت الحادث فور تلقي البلاغ وأن حالة ثلاث من المصابات حرجة.")
OTHER_CRASH = ("أصيب 12 طالبا بجروح طفيفة إثر انقلاب حافلة مدرسية في {place} ظهر اليوم بعد انحرافها عن الطريق، "
               "وتولت فرق الدفاع المدني إخراج الطلاب ونقلهم إلى مستشفى المدينة. وباشرت الجهات المختصة التحقيق "
               "في أسباب الحادث.")
VISIT = ("زار أمير المنطقة مستشفى الملك فهد المركزي أمس للاطمئنان على المعلمات المصابات في حادث انقلاب الحافلة "
         "التي كانت تقل 37 معلمة، واستمع من الأطباء إلى شرح عن حالاتهن. وتمنى لهن الشفاء العاجل، ووجه بتسخير "
         "كل الإمكانات لعلاجهن.")


def _crash_and_follow_ups():
    return [
        ("2026-03-16T07:00:00", "وكالة الأنباء", "إصابة 37 معلمة في انقلاب حافلة ببريدة",
         CRASH.format(place="بريدة")),
        ("2026-03-16T08:00:00", "صحيفة المدينة", "انقلاب حافلة معلمات في بريدة وإصابة 37",
         CRASH.format(place="بريدة")),
        ("2026-03-16T09:00:00", "صحيفة الشرق", "إصابة 12 طالبا في انقلاب حافلة مدرسية بجازان",
         OTHER_CRASH.format(place="جازان")),
        ("2026-03-17T10:00:00", "وكالة الأنباء", "أمير الرياض يطمئن على مصابات حادث حافلة المعلمات",
         VISIT + " وكانت المصابات قد نقلن جوا إلى مستشفيات الرياض."),
        ("2026-03-17T11:00:00", "وكالة الأنباء", "أمير تبوك يطمئن على صحة المرضى في مستشفى تبوك",
         "زار أمير المنطقة مستشفى الملك خالد أمس واطمأن على صحة المرضى المنومين، واطلع على سير العمل في "
         "أقسام المستشفى. وشدد على تقديم أفضل الخدمات للمراجعين."),
    ]


def test_a_follow_up_told_from_another_region_joins_its_incident_and_a_same_kind_incident_stays_apart():
    buraydah, again, jazan, visit, hospital = place(_crash_and_follow_ups())
    assert buraydah == again
    assert jazan != buraydah  # another bus crash, in another region: another story
    assert visit == buraydah  # the Riyadh emir visiting the crash's injured flown to Riyadh is the crash's news
    assert hospital != buraydah  # a hospital visit naming no incident stays its own
    off = place(_crash_and_follow_ups(), where_follow_ups=False)
    assert off[3] != off[0]  # without it the place kept the visit out of the crash's story


def test_a_follow_up_shares_the_incidents_marks_and_a_routine_item_has_none():
    crash = where_slot("إصابة 37 معلمة في انقلاب حافلة ببريدة", CRASH.format(place="بريدة"))
    visit = where_slot("أمير الرياض يطمئن على مصابات حادث حافلة المعلمات", VISIT)
    assert {"bus", "rollover", "37"} <= crash[2] and visit[3] and not crash[3]
    assert where_conflict(crash, visit) is False and where_conflict(crash, visit, follow_ups=False) is True
    # Eid greetings from two regions follow nothing up: no incident's marks, two items
    tabuk = where_slot("أمير تبوك يهنئ القيادة بعيد الفطر", "رفع أمير منطقة تبوك التهنئة للقيادة بعيد الفطر.")
    jazan = where_slot("أمير جازان يهنئ القيادة بعيد الفطر", "رفع أمير منطقة جازان التهنئة للقيادة بعيد الفطر.")
    assert tabuk[3] and not tabuk[2] and where_conflict(tabuk, jazan) is True
    # two plain reports of one kind of crash in two regions stay two
    other = where_slot("إصابة 12 طالبا في انقلاب حافلة مدرسية بجازان", OTHER_CRASH.format(place="جازان"))
    assert where_conflict(crash, other) is True


def test_an_incidents_toll_in_arabic_indic_digits_is_the_same_number():
    western = incident_marks("إصابة 37 معلمة في انقلاب حافلة ببريدة")
    eastern = incident_marks("إصابة ٣٧ معلمة في انقلاب حافلة ببريدة")
    assert "37" in western and eastern == western
    assert "0" not in incident_marks("انقلاب حافلة على طريق ٠٠٧")  # a road's code is no toll


def test_the_eastern_region_written_without_its_word_for_region():
    tree = load_places()
    assert tree.find("دوريات حدود الشرقية تنقذ سباحين") == {"sa:eastern"}  # the region's border guard
    assert tree.find("إنقاذ عشرة مصطافين في الشرقية") == {"sa:eastern"}
    assert tree.find("زحام على شواطئ الشرقية") == {"sa:eastern"}
    assert tree.find("الدفاع المدني بالشرقية يحذر") == {"sa:eastern"}
    assert tree.find("غارات على الغوطة الشرقية") == frozenset()  # an adjective of another place
    assert tree.find("تعزيزات على الحدود الشرقية للبلاد") == frozenset()
    assert tree.find("دول أوروبا الشرقية") == frozenset()


def test_beaches_and_governorates_the_list_lacked():
    tree = load_places()
    assert tree.find("غرق صياد في بحر بيش") == {"sa:jazan:baish"}  # Baish, not Bisha
    assert tree.find("مهرجان في بيشة") == {"sa:asir:bisha"}
    assert tree.find("زوار شاطئ العقير") == {"sa:eastern:ahsa"}
    assert tree.find("ضبط متسللين في حالة عمار") == {"sa:tabuk:halat-ammar"}


RESCUE = ("تمكنت فرق البحث والإنقاذ التابعة لحرس الحدود {where} من إنقاذ {who} من الغرق أثناء السباحة في البحر، "
          "وأوضح المتحدث الرسمي أن الدوريات باشرت البلاغ فور وروده وقدمت الإسعافات الأولية قبل نقل المصابين إلى "
          "المستشفى، داعيا مرتادي الشواطئ إلى التقيد بتعليمات السلامة وعدم السباحة في الأماكن غير المخصصة.")


def test_beach_rescues_in_three_regions_are_three_stories():
    rows = [
        ("2026-04-02T08:00:00", "وكالة الأنباء", "حرس حدود تبوك ينقذ فتى من الغرق",
         RESCUE.format(where="في منطقة تبوك", who="فتى")),
        ("2026-04-02T11:00:00", "صحيفة المدينة", "إنقاذ فتى من الغرق في تبوك",
         RESCUE.format(where="في منطقة تبوك", who="فتى")),
        ("2026-04-02T13:00:00", "صحيفة الشرق", "حرس حدود الشرقية ينقذ سبعة سباحين من الغرق",
         RESCUE.format(where="بالمنطقة الشرقية", who="سبعة سباحين")),
        ("2026-04-02T15:00:00", "صحيفة الوطن", "إنقاذ سبعة سباحين من الغرق في الشرقية",
         RESCUE.format(where="بالمنطقة الشرقية", who="سبعة سباحين")),
        ("2026-04-02T17:00:00", "صحيفة عكاظ", "إنقاذ صيادين من الغرق في بحر بيش",
         RESCUE.format(where="في قطاع بيش", who="صيادين")),
    ]
    tabuk, tabuk_again, eastern, eastern_again, baish = place(rows)
    assert tabuk == tabuk_again
    assert eastern == eastern_again  # the Eastern region's two reports of its rescues: one story
    assert eastern != tabuk and baish != tabuk and baish != eastern
