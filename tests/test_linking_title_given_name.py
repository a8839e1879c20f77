"""A ruler's title and a given name: «الملك فيصل», «الأمير مقرن» are KB people, the founder among them (actors47).

Sentences written for these tests.
"""

from __future__ import annotations

from marsad.nlp.given_names import is_article_entity
from test_linking_surname_context import _link


def test_the_founder_by_his_title_and_given_name() -> None:
    text = "وحّد الملك عبدالعزيز أقاليم الجزيرة بعد سنوات من الكفاح، ثم أعلن قيام الدولة."
    assert _link(text, ["الملك عبدالعزيز"])["عبدالعزيز"] == {"per:abdulaziz-bin-abdulrahman"}


def test_the_founder_written_in_two_words_and_the_later_kings() -> None:
    text = ("ورث الملك سعود عن أبيه الملك عبد العزيز دولة فتية، ثم تولى الملك فيصل الحكم، "
            "وبعده الملك خالد.")
    out = _link(text, ["الملك سعود", "الملك عبد العزيز", "الملك فيصل", "الملك خالد"])
    assert out["سعود"] == {"per:saud-bin-abdulaziz"}
    assert out["عبد العزيز"] == {"per:abdulaziz-bin-abdulrahman"}
    assert out["فيصل"] == {"per:faisal-bin-abdulaziz"}
    assert out["خالد"] == {"per:khalid-bin-abdulaziz"}


def test_a_former_crown_prince_by_title_and_given_name() -> None:
    text = "حضر الأمير مقرن حفل التخرج في الرياض، وألقى كلمة قصيرة أمام الطلاب."
    assert _link(text, ["الأمير مقرن"])["مقرن"] == {"per:muqrin-bin-abdulaziz"}


def test_two_kings_of_one_given_name_leave_it_alone() -> None:
    # Abdullah of Saudi Arabia and Abdullah II of Jordan
    text = "أشاد الملك عبدالله بجهود المتطوعين في المخيمات."
    (got,) = _link(text, ["الملك عبدالله"])["عبدالله"]
    assert is_article_entity(got)  # a person of this article alone (actors49), no KB person


def test_a_king_the_kb_does_not_know_stays_discovered() -> None:
    text = "غادر الملك فاروق البلاد بعد أيام من الحركة."
    (got,) = _link(text, ["الملك فاروق"])["فاروق"]
    assert is_article_entity(got)  # a person of this article alone (actors49), no KB person


def test_institutions_named_after_the_founder_stay_institutions() -> None:
    text = ("افتتحت دارة الملك عبدالعزيز معرضا للوثائق، وشاركت فيه جامعة الملك عبدالعزيز بجدة.")
    out = _link(text, ["الملك عبدالعزيز", "الملك عبدالعزيز"])
    assert "per:abdulaziz-bin-abdulrahman" not in {i for ids in out.values() for i in ids}
    assert {"دارة الملك عبدالعزيز", "جامعة الملك عبدالعزيز"} <= set(out)


def test_in_favour_of_is_no_person_even_in_a_yemeni_article() -> None:
    # «في صالح» (in favour of) beside Yemeni actors: neither the deposed president nor a discovered person
    text = ("قالت الحكومة اليمنية في عدن إن تأخر الإغاثة يصب في صالح الحوثيين، وإن لحج وتعز تنتظران "
            "وصول المساعدات من اليمن كله.")
    out = _link(text, ["صالح"])
    assert "صالح" not in out


def test_a_king_as_the_father_inside_a_princes_full_name_is_no_mention_of_the_king() -> None:
    text = "وصل الأمير عبدالعزيز بن فهد بن عبدالعزيز إلى جدة مساء أمس قادما من الرياض."
    out = _link(text, ["الأمير عبدالعزيز بن فهد بن عبدالعزيز"])
    assert "per:fahd-bin-abdulaziz" not in {i for ids in out.values() for i in ids}
    assert "عبدالعزيز بن فهد بن عبدالعزيز" in out


def test_a_namesake_with_a_family_name_is_not_the_king() -> None:
    # the tagger's longer name goes on from a king's «X بن Y» with a family name: another man
    text = "افتتح المهندس فهد بن عبدالعزيز الحربي المعرض في تبوك صباح أمس."
    out = _link(text, ["فهد بن عبدالعزيز الحربي"])
    assert "per:fahd-bin-abdulaziz" not in {i for ids in out.values() for i in ids}
    assert "فهد بن عبدالعزيز الحربي" in out


def test_a_university_named_in_the_dual_and_a_medal_are_no_mention_of_the_founder() -> None:
    text = "وقّع مدير جامعتي الملك عبدالعزيز الاتفاقية، ومُنح الفائز وسام الملك عبدالعزيز."
    out = _link(text, ["الملك عبدالعزيز", "الملك عبدالعزيز"])
    assert "per:abdulaziz-bin-abdulrahman" not in {i for ids in out.values() for i in ids}


def test_a_prince_named_with_his_fathers_name_as_family_is_not_his_father() -> None:
    text = "وجّه الأمير خالد الفيصل بن عبدالعزيز أمير منطقة مكة بتسريع المشروع."
    out = _link(text, ["الأمير خالد الفيصل بن عبدالعزيز"])
    assert "per:faisal-bin-abdulaziz" not in {i for ids in out.values() for i in ids}


def test_a_dam_a_racecourse_a_gate_and_a_cup_are_named_after_kings() -> None:
    text = ("أعيد فتح سد الملك فهد بعد الصيانة، وانطلقت السباقات في ميدان الملك خالد، ودخل المصلون من باب "
            "الملك عبدالعزيز، وفاز الجواد بكأس الملك سعود.")
    out = _link(text, ["الملك فهد", "الملك خالد", "الملك عبدالعزيز", "الملك سعود"])
    people = {"per:fahd-bin-abdulaziz", "per:khalid-bin-abdulaziz", "per:abdulaziz-bin-abdulrahman",
              "per:saud-bin-abdulaziz"}
    assert not people & {i for ids in out.values() for i in ids}


def test_a_common_noun_the_tagger_took_before_a_kb_name_keeps_the_person() -> None:
    text = "وعدل القائد عن مبايعة رفيق أسامة بن لادن بعد خلاف طويل."
    out = _link(text, ["رفيق أسامة بن لادن"])
    assert "per:osama-bin-laden" in {i for ids in out.values() for i in ids}


def test_a_kings_given_name_with_the_article_is_a_family_name() -> None:
    text = "وحضر الحفل الأمير تركي بن عبد الله الفيصل بن عبد العزيز وعدد من المسؤولين."
    out = _link(text, ["الأمير تركي بن عبد الله"])
    assert "per:faisal-bin-abdulaziz" not in {i for ids in out.values() for i in ids}
