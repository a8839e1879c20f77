"""Issue 15, events40: the named attacker or target a sentence gives, not left out or replaced by a place.

* "هجوم على أحياء تابعة لقوات النظام في مدينة X": the force holding the neighbourhoods was hit, not the city;
* "استهدفت غارات التحالف مواقع ...": the strikes are the coalition's, as the verb of the same act says;
* "سقط العشرات من المسلحين X بين قتيل وجريح في مواجهات ... في محافظة Y وغارات ...": the group whose dead the
  sentence counts was hit, not the province;
* "أصيب تسعة مجندين من قوات الأمن المركزي الأردني": recruits of a force ending in a nationality are the country's;
* "اعتقلت الشرطة خمسة أعضاء وشركاء للاتحاد", "خمسة من مسؤولي الاتحاد": the body the counted members belong to;
* "اتهمت X الانفصاليين الموالين لروسيا": the loyal side by its own words, not left out (nor Russia);
* "في عمليات خاطفة نفذتها المقاومة ...، خلال قصف ...": the shelling is one of the operations, its attacker theirs;
* "وأصيب حراس بعد أن فجر مسلحون يشتبه في انتمائهم إلى «X» عبوة": the harm's attacker is the group the gunmen are
  suspected of belonging to;
* "بينما رد الأخير بقصف ...": the latter is the armed side named last before it (not a city).

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc, party_name

_ALL = CoderOptions(shown_filter=False)


def _pairs(text: str, mentions: list[tuple], typ: str = "ASSAULT") -> list[tuple[str, str]]:
    return [(party_name(e["actor"]), party_name(e["recipient"])) for e in coded(make_doc(text, mentions), typ, _ALL)]


def test_neighbourhoods_held_by_a_force_are_the_force_s() -> None:
    found = _pairs("وشنت فصائل المعارضة هجوما عنيفا على أحياء تابعة لقوات النظام في مدينة حلب.",
                   [("حلب", "LOC", "Aleppo")])
    assert found == [("فصائل المعارضة", "قوات النظام")]


def test_neighbourhoods_of_a_city_stay_the_city() -> None:
    found = _pairs("وقصفت الطائرات أحياء حلب الشرقية.", [("حلب", "LOC", "Aleppo")])
    assert [r for _a, r in found] == ["Aleppo"]


def test_strikes_of_the_coalition_told_with_their_verb_are_the_coalition_s() -> None:
    found = _pairs("واستهدفت غارات التحالف مواقع للحوثيين في محافظة صعدة.",
                   [("للحوثيين", "ORG", "Houthis"), ("صعدة", "LOC", "Saada")])
    assert len(found) == 2 and all(a == "التحالف" and r == "Houthis" for a, r in found), found


def test_counted_dead_further_back_are_hit_rather_than_the_province() -> None:
    found = _pairs("وسقط العشرات من مسلحي حركة الشباب بين قتيل وجريح في مواجهات مع القوات الحكومية في إقليم "
                   "جوبا السفلى وغارات جوية لطيران الجيش الكيني أمس.",
                   [("حركة الشباب", "ORG", "Shabaab"), ("جوبا السفلى", "LOC", "Lower Juba")])
    strikes = [r for a, r in found if "الكيني" in a or a == "Kenya"]
    assert strikes == ["Shabaab"], found


def test_recruits_of_a_national_force_are_its_country() -> None:
    found = _pairs("أصيب تسعة مجندين من قوات الأمن المركزي الأردني إثر انفجار عبوة ناسفة.", [])
    assert [r for _a, r in found] == ["Jordan"], found


def test_counted_members_of_a_body_are_arrested_as_the_body() -> None:
    for text, mention in (("واعتقلت الشرطة الفرنسية خمسة أعضاء وشركاء للفيفا أمس.", "لفيفا"),
                          ("واعتقلت الشرطة الفرنسية خمسة من مسؤولي الفيفا أمس.", "الفيفا")):
        found = _pairs(text, [(mention, "ORG", "FIFA")], "COERCE")
        assert found == [("France", "FIFA")], (text, found)


def test_separatists_loyal_to_a_country_are_the_accused_not_the_country() -> None:
    found = _pairs("واتهمت بولندا والعديد من الدول الأوروبية الانفصاليين الموالين لروسيا بقصف المدينة.",
                   [("بولندا", "LOC", "Poland"), ("روسيا", "LOC", "Russia")], "ACCUSE")
    assert found == [("Poland", "الانفصاليين الموالين لروسيا")]


def test_towns_loyal_to_a_country_name_no_accused_side() -> None:
    found = _pairs("واتهمت بولندا المدن الموالية لروسيا بالتقصير.",
                   [("بولندا", "LOC", "Poland"), ("روسيا", "LOC", "Russia")], "ACCUSE")
    assert all(r in ("", ) for _a, r in found), found


def test_shelling_during_operations_is_the_operations_author_s() -> None:
    found = _pairs("وقتل ثمانية مسلحين في عمليات خاطفة نفذتها المقاومة الشعبية الجنوبية في محافظة الضالع، خلال "
                   "قصف تحصيناتهم بالمدفعية.", [("الضالع", "LOC", "Dhale")])
    assert [a for a, _r in found] == ["المقاومة الشعبية الجنوبية"], found


def test_harm_after_a_blast_by_gunmen_suspected_of_a_group() -> None:
    for text, mention in (
            ("وأصيب ثلاثة حراس بعد أن فجر مسلحون يشتبه في انتمائهم إلى «الشباب» عبوة قرب ميناء كسمايو.", "الشباب"),
            ("وأصيب ثلاثة حراس عندما فجرت حركة الشباب عبوة قرب ميناء كسمايو.", "حركة الشباب")):
        found = _pairs(text, [(mention, "ORG", "Shabaab"), ("كسمايو", "LOC", "Kismayo")])
        assert [a for a, _r in found] == ["Shabaab"], (text, found)


def test_harm_after_unnamed_gunmen_has_no_attacker() -> None:
    found = _pairs("وأصيب خمسة جنود بعد أن فجر مسلحون مجهولون عبوة قرب مدينة كسمايو.",
                   [("كسمايو", "LOC", "Kismayo")])
    assert [a for a, _r in found] == [""], found


def test_the_latter_shelling_back_is_the_force_named_last() -> None:
    found = _pairs("وأسفرت المعارك عن مقتل عدد من مقاتلي حركة الشباب، بينما رد الأخير بقصف أحياء مدينة جوهر.",
                   [("حركة الشباب", "ORG", "Shabaab"), ("جوهر", "LOC", "Jowhar")])
    assert [a for a, _r in found] == ["Shabaab"], found


def test_the_latter_after_only_a_city_names_no_attacker() -> None:
    found = _pairs("ووصل الوفد إلى مدينة جوهر، بينما رد الأخير بقصف مواقع قرب المدينة.", [("جوهر", "LOC", "Jowhar")])
    assert [a for a, _r in found] in ([], [""]), found


def test_a_toll_of_another_telling_further_back_is_not_the_target() -> None:
    found = _pairs("وأكدت المصادر مقتل 9 من مقاتلي حركة الشباب خلال مواجهات على عدة جبهات في الإقليم، كما قتل "
                   "مدنيان في قصف للقوات الحكومية على أحياء سكنية بالمدينة.", [("حركة الشباب", "ORG", "Shabaab")])
    assert "Shabaab" not in [r for _a, r in found], found
    for other in ("و12", "و 12"):
        found = _pairs(f"وأفادت مصادر أمنية عن مقتل 30 مسلحا من حركة الشباب {other} من القوات الحكومية في هجمات "
                       "متفرقة بالإقليم.", [("حركة الشباب", "ORG", "Shabaab")])
        assert "Shabaab" not in [r for _a, r in found], (other, found)
