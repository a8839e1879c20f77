"""The last reading of round 33 (lastread33): «عقد» of hopes and resolve, a pact with oneself, an older agreement
recalled in the pluperfect after the day's signing, the start of a span, an agreement brought in by «لل…» and its
own date.  Sentences written for these tests."""

from __future__ import annotations

from conftest import processed_treaties


def _run(text: str, tmp_path, day: str = "2026-07-20") -> list:
    return processed_treaties(tmp_path, [("r1", day, "صحيفة", text)])


def _show(found) -> list:
    return [(t.name, [(s.kind, s.modality, s.date, s.date_source) for s in t.steps]) for t in found]


def _steps(found, kind: str) -> list:
    return [(t.name, s) for t in found for s in t.steps if s.kind == kind]


# -- 1. «عقد الآمال/العزم على»: hopes pinned, resolve made; no agreement concluded ------------------------------------

def test_hopes_pinned_on_an_agreement_conclude_nothing(tmp_path):
    found = _run("وعقدت الأسواق الآمال على اتفاق التجارة بين مصر والسودان لخفض الرسوم.", tmp_path)
    assert not _steps(found, "concluded"), _show(found)


def test_a_resolve_to_agree_concludes_nothing(tmp_path):
    found = _run("وعقدت الحكومة العراقية العزم على الاتفاق مع إقليم كردستان بشأن الموازنة قبل نهاية العام.", tmp_path)
    assert not _steps(found, "concluded"), _show(found)


def test_an_agreement_concluded_with_aakada_is_still_read(tmp_path):
    # near miss: «عقدت ... اتفاقا»
    found = _run("وعقدت تونس والجزائر أمس اتفاقا للتعاون في مجال الطاقة المتجددة.", tmp_path)
    assert _steps(found, "concluded"), _show(found)


# -- 2. a pact with oneself is no agreement -------------------------------------------------------------------------

def test_a_pact_with_oneself_in_a_column_is_no_record(tmp_path):
    found = _run("في بداية الصيف عقدت اتفاقا مع ذاتي ألا أشرب القهوة بعد العصر، ووفيت به أسبوعين فقط.", tmp_path)
    assert not found, _show(found)


def test_a_pact_with_oneself_told_first_is_no_record(tmp_path):
    found = _run("عقدت مع نفسي اتفاقا بأن أمشي ساعة كل صباح مهما كان الطقس.", tmp_path)
    assert not found, _show(found)


def test_an_agreement_made_with_another_state_is_kept(tmp_path):
    # near miss: «مع» and a state, not «مع نفسي»
    found = _run("وعقدت الأردن اتفاقا مع العراق لتصدير النفط عبر ميناء العقبة.", tmp_path)
    assert _steps(found, "concluded"), _show(found)


# -- 3. an older agreement recalled in the pluperfect does not take the day's signing ---------------------------------

_TODAY = "وقع رئيسا وزراء الأردن والعراق اليوم في بغداد اتفاقية للتعاون في مجال الطاقة. "


def test_an_older_agreement_in_the_pluperfect_is_not_signed_today(tmp_path):
    found = _run(_TODAY + "وكان الأردن والعراق قد وقعا معاهدة الصداقة وحسن الجوار.", tmp_path)
    old = [s for n, s in _steps(found, "signed") if "الصداقة" in n]
    assert old and all(s.date_source == "before" for s in old), _show(found)


def test_a_second_agreement_signed_also_at_the_same_ceremony_takes_its_day(tmp_path):
    # near miss: «كذلك» says the same occasion
    found = _run(_TODAY + "وكان البلدان قد وقعا كذلك اتفاقية لحماية الاستثمارات.", tmp_path)
    signed = [s for _n, s in _steps(found, "signed")]
    assert signed and all((s.date, s.date_source) == ("2026-07-20", "timex") for s in signed), _show(found)


def test_a_same_occasion_word_after_a_recall_opener_takes_the_day(tmp_path):
    # «ويذكر أن ... أيضا»: the word comes after the verb, before the agreement's noun
    found = _run(_TODAY + "ويذكر أن الوزيرين وقعا أيضا اتفاقية النقل البري بين البلدين.", tmp_path)
    signed = [s for _n, s in _steps(found, "signed")]
    assert signed and all((s.date, s.date_source) == ("2026-07-20", "timex") for s in signed), _show(found)


# -- 7. «منذ» dates no recalled step -----------------------------------------------------------------------------

def test_the_start_of_a_span_does_not_date_a_recalled_signing(tmp_path):
    found = _run("ويلتزم البلدان منذ يناير الماضي باتفاق الصيد البحري الموقع بين المغرب وموريتانيا.", tmp_path)
    signed = [s for _n, s in _steps(found, "signed")]
    assert signed and all((s.date, s.date_source) == ("2026-07-20", "before") for s in signed), _show(found)


def test_a_year_since_which_states_hold_an_agreement_does_not_date_it(tmp_path):
    found = _run("ويلتزم البلدان منذ 2019 باتفاق الصيد البحري الموقع بين المغرب وموريتانيا.", tmp_path)
    signed = [s for _n, s in _steps(found, "signed")]
    assert signed and all((s.date, s.date_source) == ("2026-07-20", "before") for s in signed), _show(found)


# -- 4. an agreement brought in by «لل…» and dated in the same year is another one -----------------------------------

def test_an_agreement_for_linking_dated_earlier_this_year_keeps_its_own_record(tmp_path):
    found = _run("وقع وزيرا خارجية الأردن ولبنان اليوم في عمان على بروتوكول للتعاون الثقافي. وكان البلدان قد "
                 "وقعا في 3 فبراير الماضي اتفاقية للربط الكهربائي بين شبكتيهما.", tmp_path)
    signed = sorted((s.date, n) for n, s in _steps(found, "signed"))
    assert [d for d, _n in signed] == ["2026-02-03", "2026-07-20"], _show(found)
    assert "بروتوكول" in signed[1][1] and "بروتوكول" not in signed[0][1], _show(found)
