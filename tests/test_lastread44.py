"""lastread44: a second reading of the round's merged changes (actors46/47, fixes46, usability46).

Sentences written for these tests.
"""

from __future__ import annotations

from test_linking_surname_context import _link


def test_a_prince_the_tagger_missed_is_still_found_by_his_title_and_full_name() -> None:
    # actors47's family-name rule read «الأمير» (a title with the article) as a family name «الX» and dropped
    # the KB's match of «الأمير محمد بن سلمان» when the tagger gave no span of its own
    text = "استقبل الأمير محمد بن سلمان وفدا من رجال الأعمال في جدة أمس."
    ids = {i for v in _link(text, []).values() for i in v}
    assert "per:mohammed-bin-salman" in ids
    text = "وصل الأمير محمد بن نايف إلى العاصمة مساء الخميس."
    assert "per:muhammad-bin-nayef" in {i for v in _link(text, []).values() for i in v}


def test_a_writer_s_name_before_a_posting_date_is_kept_whole() -> None:
    # usability46 cut a posting day off a byline, and with it the end of a name that ends like a weekday: «عبدالواحد»
    # became «عبدالو», the family names «الخميس», «جمعة» were dropped
    from test_outlets import _authored

    assert _authored("بقلم: فهد عبدالواحد | 2015-08-10 22:22", "arriyadiyah")[0] == ["فهد عبدالواحد"]
    assert _authored("بقلم: سعد الخميس | 2015-08-10 22:22", "arriyadiyah")[0] == ["سعد الخميس"]
    assert _authored("كتب: محمد جمعة - 2015/08/10", "arriyadiyah")[0] == ["محمد جمعة"]
    # the day it was posted is still no writer, in either language
    assert _authored("بقلم: عادل القرني | الاثنين 2015-08-10", "arriyadiyah")[0] == ["عادل القرني"]
    assert _authored("بقلم: عادل القرني - يوم الخميس 2015-08-13", "arriyadiyah")[0] == ["عادل القرني"]
    assert _authored("بقلم: عادل القرني | Mon, 2015-08-10 22:22", "arriyadiyah")[0] == ["عادل القرني"]


def test_a_prince_named_in_full_and_then_by_title_and_given_name_is_no_late_crown_prince() -> None:
    # actors47 gave «الأمير سلطان» to the one KB crown prince so named (Sultan bin Abdulaziz, died 2011) even where the
    # article had just named the tourism chief «الأمير سلطان بن سلمان» in full: the short form is his
    text = ("افتتح الأمير سلطان بن سلمان رئيس هيئة السياحة المعرض أمس، وأكد الأمير سلطان أن المواقع الأثرية "
            "ستفتح للزوار.")
    assert "per:sultan-bin-abdulaziz" not in _link(text, ["الأمير سلطان بن سلمان", "الأمير سلطان"])["سلطان"]
    text = "زار الأمير نايف بن عبدالله بن عبدالعزيز المخيم، وتحدث الأمير نايف مع الشباب عن برامجهم."
    assert "per:nayef-bin-abdulaziz" not in _link(text, ["الأمير نايف بن عبدالله بن عبدالعزيز", "الأمير نايف"])["نايف"]
    # the king himself written in full, then by title and given name, is still the king
    text = "وحّد الملك عبدالعزيز بن عبدالرحمن البلاد، وبعد سنوات أعلن الملك عبدالعزيز قيام الدولة."
    out = _link(text, ["الملك عبدالعزيز بن عبدالرحمن", "الملك عبدالعزيز"])
    assert out["عبدالعزيز"] == {"per:abdulaziz-bin-abdulrahman"}


def test_the_father_named_after_son_of_in_prose_is_still_mentioned() -> None:
    # actors47's lineage rule took «ابن» (son of, in prose) for the «بن» inside a name, and dropped the father:
    # «ابن صدام حسين», «ابن الملك سلمان» mentioned neither Saddam nor the king
    text = "وكان عدي ابن صدام حسين يدير الصحيفة في بغداد قبل الحرب."
    assert _link(text, []).get("صدام حسين") == {"per:saddam-hussein"}
    text = "حضر الحفل ابن الملك سلمان الأمير فيصل وعدد من المسؤولين."
    assert "per:salman-bin-abdulaziz" in {i for v in _link(text, []).values() for i in v}
    # «بن» inside a prince's name still names no father as a mention
    text = "استقبل الأمير منصور بن سعود بن عبدالعزيز الوفد في مكتبه."
    assert "per:saud-bin-abdulaziz" not in {i for v in _link(text, ["الأمير منصور بن سعود بن عبدالعزيز"]).values()
                                            for i in v}


def test_a_day_the_tagger_ran_into_a_prince_s_name_makes_no_namesake() -> None:
    # actors47's namesake rule («X بن Y الفلاني» is another man) took a day the tagger's span ran on into for a
    # family name: «وصل الأمير محمد بن سلمان اليوم» made a discovered «محمد بن سلمان اليوم»
    text = "وصل الأمير محمد بن سلمان اليوم إلى عمان في زيارة رسمية."
    assert "per:mohammed-bin-salman" in {i for v in _link(text, ["الأمير محمد بن سلمان اليوم"]).values() for i in v}
    text = "وقال الأمير محمد بن نايف الثلاثاء إن الأمن مستتب في المنطقة."
    assert "per:muhammad-bin-nayef" in {i for v in _link(text, ["الأمير محمد بن نايف الثلاثاء"]).values() for i in v}
    # a family name after the KB's «X بن Y» is still a namesake (KSRelief's head, no King Abdullah)
    text = "وأكد عبدالله بن عبدالعزيز الربيعة المشرف على المركز أن القوافل وصلت."
    assert "per:abdullah-bin-abdulaziz" not in {i for v in _link(text, ["عبدالله بن عبدالعزيز الربيعة"]).values()
                                                for i in v}
