"""A bare given name that is a common word too, and one the article names in full with a title or the next word
(actors50).

Sentences written for these tests.
"""

from __future__ import annotations

from marsad.models import Doc
from marsad.nlp.given_name_words import common_word_name
from marsad.nlp.given_names import is_article_entity

from conftest import entity_ids, link_tagged_persons


def _link(text: str, ner: list[str], article_id: str = "t1") -> Doc:
    return link_tagged_persons(text, ner, article_id, "2015-07-27")


def _ids(doc: Doc, surface: str) -> list[str]:
    return entity_ids(doc, surface)


def test_the_news_writes_some_given_names_as_common_words_and_others_almost_never() -> None:
    assert common_word_name("عادل") and common_word_name("سعيد") and common_word_name("مبارك")
    assert not common_word_name("محمد") and not common_word_name("عبدالله") and not common_word_name("فهد")
    # the preposition is no Ali, though loose matching folds one into the other
    assert common_word_name("على") and not common_word_name("علي")


def test_a_common_word_the_tagger_took_for_a_name_is_no_one_but_after_a_title_it_is_someone() -> None:
    doc = _link("رأى رئيس النادي أن توزيع المكافآت كان غير عادل، وأنه سعيد بعودة اللاعبين.", ["عادل", "سعيد"])
    assert _ids(doc, "عادل") == [] and _ids(doc, "سعيد") == []  # a just, a happy: no person of the article
    doc = _link("وضع المدرب الكرة على الخط وبدأ التمرين.", ["على"])
    assert _ids(doc, "على") == []
    doc = _link("افتتح المعرض أمس، وتحدث الدكتور عادل عن تاريخ المدينة وأسواقها القديمة.", ["عادل"])
    (one,) = _ids(doc, "عادل")
    assert is_article_entity(one)


def test_a_word_after_a_titled_given_name_does_not_hide_the_man_named_in_full() -> None:
    text = ("نعى المجلس الأمير سعود الفيصل وزير الخارجية، وقال رئيسه إن مواقف الأمير سعود الواضحة خدمت "
            "قضايا الأمة.")
    doc = _link(text, ["سعود الفيصل", "سعود"])
    assert _ids(doc, "سعود") == ["per:saud-al-faisal"]  # «الواضحة» (clear) is no family name of another Saud


def test_a_king_named_by_title_and_given_name_is_the_king_the_article_names_in_full() -> None:
    text = ("يعرض المتحف الذي افتتحه الأمير فيصل بن خالد صورا نادرة للملك فيصل بن عبدالعزيز في رحلاته، ومنها "
            "صورة للملك فيصل مع طلاب المدارس.")
    doc = _link(text, ["فيصل بن خالد", "فيصل بن عبدالعزيز", "فيصل"])
    assert _ids(doc, "فيصل") == ["per:faisal-bin-abdulaziz"]


def test_the_next_word_tells_which_of_two_namesakes_a_given_name_is() -> None:
    text = ("انتقد الكاتب حسن خالد شلحة خطاب حسن نصر الله الأخير، وقال حسن شلحة إن الخطاب لا يخدم لبنان.")
    doc = _link(text, ["حسن خالد شلحة", "حسن نصر الله", "حسن"])
    (writer,), (bare,) = _ids(doc, "حسن خالد شلحة"), _ids(doc, "حسن")
    assert bare == writer


def test_a_rulers_title_tells_which_of_two_namesakes_a_given_name_is() -> None:
    text = ("استقبل الأمير محمد بن نايف وزير الداخلية اللواء محمد العتيبي مدير الشرطة، ثم رأس الأمير محمد "
            "اجتماع المجلس.")
    doc = _link(text, ["اللواء محمد العتيبي", "محمد"])
    assert _ids(doc, "محمد") == ["per:muhammad-bin-nayef"]


def test_a_preposition_after_a_given_name_is_no_part_of_the_name() -> None:
    text = ("قدم الدكتور عادل أحمد الصالح عرضا عن سوق التمور، ثم تمنى الدكتور عادل على المزارعين أن يستثمروا في "
            "التصنيع.")
    doc = _link(text, ["عادل أحمد الصالح", "عادل على"])
    (full,) = _ids(doc, "عادل أحمد الصالح")
    assert _ids(doc, "عادل على") == []  # «على المزارعين»: on the farmers, not a man called «عادل علي»
    assert _ids(doc, "عادل") == [full]


def test_a_family_name_the_tagger_left_after_a_given_name_is_part_of_the_name_but_not_him_alone() -> None:
    text = ("رفض زعيم الجماعة عبدالملك الحوثي الهدنة، وقصفت ميليشيات الحوثي أحياء المدينة.")
    doc = _link(text, ["عبدالملك"])
    (leader,) = _ids(doc, "عبدالملك الحوثي")  # one name of two words, not a bare «عبدالملك» of this article
    assert not is_article_entity(leader) and _ids(doc, "عبدالملك") == []
    assert _ids(doc, "الحوثي") == []  # the militias named after the family: no mention of him
    # a word after a given name that the news does not write as his family name stays out
    doc = _link("قال إن رؤية سعود الواضحة خدمت البلاد.", ["سعود"])
    assert _ids(doc, "سعود") and _ids(doc, "سعود الواضحة") == []


def test_a_name_of_two_words_is_not_run_on_over_a_title_or_a_formula_after_it() -> None:
    # links47 (independent, 2015-08-11): a two-word name took the title after it as a family name the news writes
    # after the given name («محمد المرشد»); and after the merge, «الحمد لله» after a full name
    text = ("التقى الوفد محمد بديع المرشد العام للجماعة في القاهرة، وقال خالد الزهراني الحمد لله على سلامة الجميع.")
    doc = _link(text, ["محمد بديع", "خالد الزهراني"])
    got = {doc.text[s.start:s.end] for s in doc.layer("mention") if s.label == "PER"}
    assert {"محمد بديع", "خالد الزهراني"} <= got, got
    assert not any("المرشد" in g or "الحمد" in g for g in got), got
