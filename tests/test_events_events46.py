"""Issue 15, events46: a bomb defused, found, seized or foiled before it went off is no attack ("فككت قوات الأمن عبوة
ناسفة ..."): nobody was attacked.  Read on SaudiNewsNet, where two defused bombs were coded as attacks and judged
"not an event".  A bomb that went off beside one defused, or one that killed, is still an attack.

All sentences are written for these tests."""

from __future__ import annotations

from marsad.nlp.events.coder import CoderOptions
from test_events_coder import coded, make_doc

_ALL = CoderOptions(shown_filter=False)


def _assaults(text: str) -> list[str]:
    return [e["trigger_text"] for e in coded(make_doc(text, []), "ASSAULT", _ALL)]


def test_a_bomb_defused_or_found_before_it_went_off_is_no_assault() -> None:
    assert _assaults("فككت قوات الأمن عبوة ناسفة زرعت قرب مدرسة ابتدائية قبل انفجارها.") == []
    assert _assaults("وأبطل خبراء المتفجرات مفعول قنبلة وضعت على جانب الطريق المؤدي إلى المطار.") == []
    assert _assaults("وعثرت الشرطة على سيارة مفخخة معدة للتفجير في أحد أحياء العاصمة.") == []


def test_a_bomb_that_went_off_or_killed_beside_a_defused_one_is_still_an_assault() -> None:
    assert _assaults("فككت القوات عبوة ناسفة، فيما انفجرت عبوة أخرى على دورية للجيش فقتلت جنديين.") != []
    assert _assaults("قتل خمسة جنود في انفجار عبوة ناسفة استهدفت دوريتهم شمال بغداد.") != []
    assert _assaults("هاجم مسلحون دورية للجيش في الموصل، وعثرت القوات بعد ذلك على عبوة ناسفة ثانية.") != []


def test_a_shooting_or_abduction_told_beside_a_defused_bomb_is_still_an_assault() -> None:
    """lastread46a: the veto read the whole sentence, so gunmen firing on a patrol lost their attack when the same
    sentence told a bomb defused afterwards; an attack told by its own form (firing on, abducting) is kept."""
    assert _assaults("أطلق مسلحون النار على دورية للشرطة، ثم فككت القوات عبوة ناسفة زرعت في الطريق.") != []
    assert _assaults("فتح مسلحون النار على حافلة للركاب، وأبطل خبراء المتفجرات مفعول قنبلة تركوها خلفهم.") != []
