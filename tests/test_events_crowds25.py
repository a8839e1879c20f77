"""Issue 15, events25: a crowd massing is a protest whatever the sentence detector scores.

News tells a protest took place with a verb of gathering and its crowd right after it ("وتجمع آلاف المتظاهرين",
"احتشد مئات المحتجين", "خرجوا متظاهرين") or with protests breaking out ("اندلعت مظاهرات"); the detector, which learns
each word from some thirty gold protests, scored most of these forms under its threshold.  The coder now codes a
PROTEST for them even when the detector says no — never for a noun of gathering, a negated, supposed or planned
gathering, or one told in a relative clause.  All sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.models import Article, Doc, Span
from marsad.nlp.events.coder import CoderOptions, code_events
from marsad.nlp.events.detect import Detector, TypeModel
from marsad.nlp.events.forms import abduction, armed_attack, crowd_massing
from marsad.nlp.events.train_detector import norms_of

# a detector that never finds a protest on its own: what is coded comes from the crowd massing alone
_NEVER = Detector({"PROTEST": TypeModel("PROTEST", -9.0, {}, 0.99)})


def _protests(text: str) -> list[Span]:
    doc = Doc(Article(id="a", raw_id="a", text=text, published_at="2025-03-02"),
              {"sentence": [Span("sentence", 0, len(text))], "mention": []})
    return [e for e in code_events(doc, CoderOptions(detector=_NEVER, shown_filter=False)) if e.label == "PROTEST"]


@pytest.mark.parametrize("text", [
    "وتجمع آلاف المتظاهرين أمام مبنى البرلمان في العاصمة احتجاجا على قانون الضرائب الجديد.",
    "احتشد مئات المحتجين مساء الأحد في الساحة الرئيسية للمدينة مطالبين برحيل المحافظ.",
    "ويعتصم عشرات المعلمين منذ أسبوع داخل مقر النقابة للمطالبة بزيادة رواتبهم.",
    "وخرج أمس نحو ثلاثة آلاف طالب إلى شوارع المدينة رافعين لافتات ضد إغلاق الجامعة.",
    "وقد تظاهر الآلاف في الميناء ضد خصخصة الشركة.",
    "اندلعت في عدة مدن مظاهرات غاضبة بعد إعلان نتائج الانتخابات.",
    "وتجددت الاحتجاجات في الضواحي الجنوبية ليلة السبت.",
])
def test_a_crowd_massing_is_coded_as_a_protest_when_the_detector_says_no(text: str) -> None:
    assert crowd_massing(norms_of(text)) is not None
    assert len(_protests(text)) == 1


@pytest.mark.parametrize("text", [
    "لم يتظاهر أحد في الساحة رغم دعوات المعارضة.",  # negated
    "وقال المنظمون إنه لو تظاهر آلاف الناس فلن تتراجع الحكومة.",  # supposed
    "ومن المقرر أن يتجمع مئات المتظاهرين غدا أمام الوزارة.",  # planned (المقرر ... أن)
    "وفرقت الشرطة تجمع المتظاهرين بالغاز المسيل للدموع.",  # a noun of gathering, protesters as object
    "وحمل المتظاهرون الذين تجمعوا في الساحة أعلاما وطنية.",  # gathering told in a relative clause
    "وخرج الوزير من الاجتماع دون أن يدلي بتصريح.",  # a verb of gathering with no crowd after it
    "وتجمعت مئات الشاحنات عند المعبر الحدودي بانتظار فتحه.",  # a count of things, not of people
    "واحتشد آلاف الزوار على الكورنيش لمشاهدة الألعاب النارية ليلة العيد.",  # a crowd, but no protest
])
def test_no_crowd_massing_is_read_where_none_is_told(text: str) -> None:
    assert crowd_massing(norms_of(text)) is None
    assert not _protests(text)


# -- abductions ------------------------------------------------------------------------------------------------------

_NEVER_ASSAULT = Detector({"ASSAULT": TypeModel("ASSAULT", -9.0, {}, 0.99)})


def _assaults(text: str) -> list[Span]:
    doc = Doc(Article(id="a", raw_id="a", text=text, published_at="2025-03-02"),
              {"sentence": [Span("sentence", 0, len(text))], "mention": []})
    return [e for e in code_events(doc, CoderOptions(detector=_NEVER_ASSAULT, shown_filter=False))
            if e.label == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "واختطف مسلحون مجهولون ثمانية عمال عند حاجز على الطريق الساحلي مساء الثلاثاء.",
    "وقالت مصادر محلية إن عناصر من الجماعة خطفوا 12 مسافرا من حافلة قرب الحدود.",
    "وكانت العصابة قد اختطفت عشرات التجار خلال الشهرين الماضيين.",
    "واحتجز المهاجمون ستة من موظفي البنك رهائن لعدة ساعات.",
])
def test_an_abduction_is_coded_as_an_assault_when_the_detector_says_no(text: str) -> None:
    assert abduction(norms_of(text)) is not None
    assert len(_assaults(text)) == 1


@pytest.mark.parametrize("text", [
    "ورفضت الوزارة التعليق منذ خطف اثنين من موظفيها في الشهر الماضي.",  # خطف as a noun after a preposition
    "وأفرجت الجماعة عن الرهائن الذين اختطفتهم قبل أسبوعين.",  # told in a relative clause
    "وهدد المسلحون بأنهم سيختطفون عشرات الموظفين إذا لم تدفع الشركة.",  # a threat, not an act
    "واحتجزت الشرطة ثلاثة مشتبه بهم للتحقيق معهم.",  # holding without hostages: an arrest
    "وأكد الوزير أن قواته لم تختطف أحدا من المدنيين.",  # negated
])
def test_no_abduction_is_read_where_none_is_told(text: str) -> None:
    assert abduction(norms_of(text)) is None
    assert not _assaults(text)


# -- shots fired at someone, a suicide bomber going off ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وفتح مسلحون النار على حافلة تقل عمالا قرب المصنع صباح الأحد.",
    "وقال شهود إن زوارق حربية أطلقت نيرانها على قوارب الصيادين قبالة الساحل.",
    "وفجر انتحاري نفسه عند مدخل مركز للشرطة في المدينة.",
    "فجرت انتحارية نفسها قرب حاجز للجيش شمال المدينة.",  # فجرت: not ف + جرت
    "وقال سكان إن دبابات فتحت النار على الأحياء الشرقية ليلا.",  # فتحت: not ف + تحت
    "وقالت الشرطة إن شابا يرتدي حزاما ناسفا فجر نفسه وسط حشد من المصلين.",
])
def test_shots_at_someone_or_a_bomber_going_off_are_coded_as_an_assault_when_the_detector_says_no(text: str) -> None:
    assert armed_attack(norms_of(text)) is not None
    assert len(_assaults(text)) == 1


@pytest.mark.parametrize("text", [
    "وأطلقت الشرطة النار في الهواء لتفريق الحشود.",  # nobody fired at
    "وأطلق أنصار المرشح النار ابتهاجا على أسطح المنازل بعد إعلان فوزه.",  # fired in celebration
    "وأطلق الرئيس حملة وطنية على مستوى البلاد لمكافحة الفساد.",  # a campaign launched, no fire
    "وفتحت الحكومة باب الحوار على مصراعيه أمام المعارضة.",  # a door opened, no fire
    "وهدد التنظيم بأنه سيفجر نفسه إذا اقتربت القوات.",  # a threat, not an act
])
def test_no_armed_attack_is_read_where_none_is_told(text: str) -> None:
    assert armed_attack(norms_of(text)) is None


def test_the_word_of_the_form_carries_the_event_not_a_supposed_attack_elsewhere() -> None:
    text = "وقال الجيش إن المسلحين أطلقوا النار على دورية، ولم يتضح ما إذا كان الهجوم مرتبطا بالمعارك."
    found = _assaults(text)
    assert [e.data["trigger_text"] for e in found] == ["أطلقوا"]
    assert found[0].data["modality"] != "hypothetical"
