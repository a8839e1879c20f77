"""Office changes (issue 19): whose a post is when the one who appoints says it, and one change per event.

Every sentence is written for these tests (invented people; 2015 dates where the shipped facts must know who
held an office then).
"""

from __future__ import annotations

from marsad.nlp.office_changes import THRESHOLD

from test_roles import changes_of, learned_from


def test_the_organisation_that_announces_or_decides_an_appointment_owns_the_post():
    rows = [c.data for c in changes_of("أعلن الجيش الكيني، اليوم، تعيين الجنرال سامي الكتبي قائدا للقوة المشتركة في "
                                       "الإقليم الشمالي.", "2031-05-02")]
    assert [(r["person_name"], r["of_name"]) for r in rows] == [("سامي الكتبي", "الجيش الكيني")]
    assert rows[0]["confidence"] >= THRESHOLD
    (row,) = [c.data for c in changes_of("أعلنت شركة النخيل للإسمنت تعيين المهندس كريم الهمامي في منصب مدير "
                                         "المبيعات.", "2031-05-02")]
    assert (row["title"], row["of_name"]) == ("مدير المبيعات", "شركة النخيل للإسمنت")
    # The head of an organisation decides: the organisation of his title, past the decree's other changes.
    for text in ("صدر قرار من مدير جامعة الجوف بتكليف الدكتور سامي العتيبي مشرفا عاما على إدارة الإعلام.",
                 "أصدر مدير جامعة الجوف الدكتور نادر الفلاحي قرارا بإعفاء الدكتور كريم الهمامي من منصبه وتكليف "
                 "الدكتور سامي العتيبي مشرفا عاما على إدارة الإعلام."):
        (row,) = [c.data for c in changes_of(text, "2031-05-02") if c.label == "named"]
        assert (row["title"], row["of_name"]) == ("مشرف عام إدارة الإعلام", "جامعة الجوف")
        assert row["confidence"] >= THRESHOLD


def test_an_announcer_the_text_does_not_name_gives_no_owner():
    assert learned_from("أعلنت الشركة تعيين المهندس كريم الهمامي مديرا للمبيعات.") == []
    # "مجلس الوزراء الموافقة": the words after the council go on with the sentence, they are no name.
    assert learned_from("قرر مجلس الوزراء الموافقة على تعيين المهندس كريم الهمامي ممثلا لوزارة النقل.") == []


def test_the_head_of_an_organisation_the_kb_knows_appoints_for_it():
    # (dated when the shipped facts know who the UN Secretary-General was)
    rows = learned_from("أعلن الأمين العام للأمم المتحدة بان كي مون عن تعيين سامي العتيبي في منصب وكيل الأمين "
                        "العام للشؤون السياسية.", "2015-07-21")
    assert rows == [("appointed", "سامي العتيبي", "org:united-nations")]


def test_a_head_of_state_s_decree_owns_every_post_it_gives():
    # The decree's first appointee stands between the president and the second one.
    rows = learned_from("أصدر الرئيس اليمني قرارا بتعيين العميد سالم عوض العمري قائدا للمنطقة العسكرية الرابعة، "
                        "وتعيين العقيد كريم الهمامي في منصب أركان اللواء الثالث بالمحافظة نفسها.", "2015-07-21")
    assert rows == [("appointed", "سالم عوض العمري", "loc:yemen"), ("appointed", "كريم الهمامي", "loc:yemen")]
    (row,) = [c.data for c in changes_of("أصدر الرئيس اليمني قرارا بتعيين العقيد كريم الهمامي في منصب أركان "
                                         "اللواء الثالث بالمحافظة نفسها.", "2015-07-21")]
    assert row["title"] == "أركان اللواء الثالث"  # "the same province" is no part of the post


def _report(aid: str, pid: str, name: str, office: str, of: str | None = "new:o:ORG", of_name: str | None = "جبهة "
            "الوادي", day: str = "2031-05-01", change: str = "appointed") -> dict:
    from marsad.models import Span

    data = {"person": pid, "person_name": name, "office": office, "of": of, "of_name": of_name, "date": day,
            "confidence": 0.7}
    return {"article_id": aid, "span": Span("office_change", 0, 10, change, data)}


def test_one_leader_reported_with_several_titles_and_name_forms_is_one_change():
    from marsad.nlp.learned_roles import gather

    rows = gather([_report("a", "new:1:PER", "الملا سالم", "أمير"),
                   _report("b", "new:2:PER", "نور سالم", "زعيم جبهة الوادي", day="2031-05-02"),
                   _report("c", "new:3:PER", "محمد نور سالم", "leader", of="org:w", day="2031-05-02"),
                   _report("d", "new:4:PER", "نور سالم", "قائد", day="2031-05-02", change="elected")])
    assert [(r["person_name"], r["articles"], r["date"]) for r in rows] == [("محمد نور سالم", 4, "2031-05-02")]
    # A title said with more words is the same post ("مشرف عام" of "مشرف عام إدارة الإعلام").
    rows = gather([_report("a", "new:5:PER", "سامي بن فهد العتيبي", "مشرف عام اداره الاعلام"),
                   _report("b", "new:6:PER", "سامي فهد العتيبي", "مشرف عام")])
    assert [(r["office"], r["articles"]) for r in rows] == [("مشرف عام اداره الاعلام", 2)]


def test_two_men_of_one_family_or_two_posts_stay_apart():
    from marsad.nlp.learned_roles import gather

    # Brothers: another first name; a bare family name with no honorific is no one's in particular.
    rows = gather([_report("a", "new:1:PER", "فهد القريني", "رئيس"), _report("b", "new:2:PER", "سعد القريني", "رئيس"),
                   _report("c", "new:3:PER", "القريني", "رئيس")])
    assert len(rows) == 3
    # A last name after an honorific that two men of the family could complete stays as it is.
    rows = gather([_report("a", "new:1:PER", "فهد القريني", "مدير"), _report("b", "new:2:PER", "سعد القريني", "مدير"),
                   _report("c", "new:3:PER", "الدكتور القريني", "مدير")])
    assert len(rows) == 3
    # A father's name is no surname: "الأمير ماجد" is not "خالد بن ماجد", his son.
    rows = gather([_report("a", "new:1:PER", "خالد بن ماجد", "رئيس"), _report("b", "new:2:PER", "الأمير ماجد", "رئيس")])
    assert len(rows) == 2
    # Two posts a title could be the short form of: "وزير" stays apart from both.
    rows = gather([_report("a", "new:1:PER", "فهد القريني", "وزير الصحه", of="loc:x", of_name="سالمستان"),
                   _report("b", "new:1:PER", "فهد القريني", "وزير الدفاع", of="loc:x", of_name="سالمستان"),
                   _report("c", "new:1:PER", "فهد القريني", "وزير", of="loc:x", of_name="سالمستان")])
    assert sorted(r["office"] for r in rows) == ["وزير", "وزير الدفاع", "وزير الصحه"]


def test_an_organisation_named_inside_a_long_title_owns_the_post():
    # "أمين سر اللجنة التنفيذية لمنظمة …": the organisation comes after three words of the title.
    (row,) = [c.data for c in changes_of("أثار تعيين الدكتور سامي الكتبي في منصب أمين سر اللجنة التنفيذية لمنظمة "
                                         "التحرير الفلسطينية جدلا واسعا في رام الله.", "2031-05-02")]
    assert (row["title"], row["of"]) == ("أمين سر اللجنة التنفيذية", "org:palestine-liberation-organization")
