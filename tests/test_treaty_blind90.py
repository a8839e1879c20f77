"""Issue 15, treaties90: causes of the errors of the opened blind set test62, each with sentences written for these
tests (a title in quotes past a phrase set aside; a deposit past a depositary set aside; the authorities «في» a
state, a state that notifies its own withdrawal, «أما X، فقد»; a signing put off; «لم ... بعد» as "not yet"; an
upper house with the agreement as a pronoun, on the day of its session; the king's assent beside the houses)."""

from __future__ import annotations

from conftest import processed_treaties, treaty_steps_done as _done


def _show(found) -> list:
    return [(t.name, [p.get("name_en") for p in t.parties],
             [(s.kind, s.modality, s.date, (s.by or {}).get("name"), ((s.by or {}).get("country") or {}).get("name_en"))
              for s in t.steps]) for t in found]


def test_a_signing_of_a_title_in_quotes_past_the_day_and_place_set_aside(tmp_path):
    # '، اليوم الخميس بداكار، "الاتفاقية ..."': the quoted title is the verb's object
    found = processed_treaties(tmp_path, [
        ("a1", "2026-04-16", "صحيفة", 'وقعت كل من الجمهورية السنغالية والمملكة المغربية، اليوم الخميس '
                                      'بداكار، "الاتفاقية الإقليمية لإدارة مياه نهر السنغال"، في ختام اجتماع '
                                      'وزاري.'),
    ])
    assert ("2026-04-16", None) in _done(found, "signed"), _show(found)


def test_a_signing_past_the_day_and_the_place_each_set_aside(tmp_path):
    # "...، أمس الأحد 12 أبريل، في قصر الضيافة، اتفاقية ...": the object after two asides, the day read
    found = processed_treaties(tmp_path, [
        ("b1", "2026-04-13", "صحيفة", "وقعت سلطنة عمان وجمهورية كينيا، أمس الأحد 12 أبريل، في قصر بيان، اتفاقية "
                                      "النقل البحري بين البلدين."),
    ])
    assert ("2026-04-12", None) in _done(found, "signed"), _show(found)


def test_an_instrument_deposited_past_the_day_and_the_depositary_set_aside(tmp_path):
    # "أودعت تونس، يوم ...، لدى الأمانة العامة ...، وثيقة تصديقها": Tunisia ratified on that day
    found = processed_treaties(tmp_path, [
        ("c1", "2026-05-06", "صحيفة", "القاهرة – أودعت تونس، يوم الثلاثاء 5 مايو، لدى الأمانة العامة لجامعة الدول "
                                      "العربية، وثيقة تصديقها على الاتفاقية العربية لمكافحة التصحر."),
    ])
    assert ("2026-05-05", "Tunisia") in _done(found, "ratified"), _show(found)


def test_the_authorities_in_a_state_suspend_and_a_state_notifies_its_withdrawal(tmp_path):
    # "أعلنت السلطات في تشاد تعليق ...": Chad suspends; "أخطرت تشاد الجزائر ... بانسحابها": Chad withdraws, not
    # Algeria, which is notified
    found = processed_treaties(tmp_path, [
        ("d1", "2026-03-03", "صحيفة", "أعلنت السلطات في تشاد، مساء الإثنين 2 مارس، تعليق العمل باتفاقية التعاون "
                                      "الأمني بين تشاد والجزائر."),
        ("d2", "2026-06-10", "صحيفة", "نجامينا – أخطرت تشاد الجزائر رسمياً، يوم الثلاثاء 9 يونيو، بانسحابها من "
                                      "اتفاقية التعاون الأمني بين البلدين."),
    ])
    assert ("2026-03-02", "Chad") in _done(found, "suspended"), _show(found)
    assert ("2026-06-09", "Chad") in _done(found, "withdrawn"), _show(found)


def test_the_state_that_amma_sets_out_takes_the_step(tmp_path):
    # "أما الكويت، فقد صادقت على الاتفاقية": Kuwait ratified, on the day its clause writes
    found = processed_treaties(tmp_path, [
        ("e1", "2026-09-20", "صحيفة", "صوت مجلس النواب الأردني أمس على اتفاقية النقل البري مع الكويت. أما الكويت، "
                                      "فقد صادقت على الاتفاقية بمرسوم أميري في 4 مايو."),
    ])
    assert ("2026-05-04", "Kuwait") in _done(found, "ratified"), _show(found)


def test_a_signing_told_as_put_off_is_no_signing(tmp_path):
    # "أن توقيع الاتفاقية، الذي كان مقرراً أمس، قد أُرجئ": no signing
    found = processed_treaties(tmp_path, [
        ("f1", "2026-07-02", "صحيفة", "علمت الصحيفة أن توقيع اتفاقية الشراكة الاقتصادية بين قطر وتشادزيا، الذي "
                                      "كان مقرراً أمس في الدوحة، قد أُرجئ إلى موعد لم يحدد."),
    ])
    assert not _done(found, "signed"), _show(found)


def test_states_that_have_not_yet_deposited_ratify_nothing(tmp_path):
    # "لم تودعا بعد وثيقتي تصديقهما": "بعد" is "yet" after لم and its verb
    found = processed_treaties(tmp_path, [
        ("g1", "2026-07-09", "صحيفة", "وأودعت ليبيا أمس وثيقة انضمامها إلى الاتفاقية العربية لمكافحة التصحر. "
                                      "وتبقى السودان واليمن، الدولتان الموقعتان على الاتفاقية، لم تودعا بعد "
                                      "وثيقتي تصديقهما."),
    ])
    assert {c for _d, c in _done(found, "ratified")} == {"Libya"}, _show(found)


def test_the_upper_house_that_approves_it_by_pronoun_on_its_sessions_day_and_the_kings_assent(tmp_path):
    # "بعد أن أقرها مجلس النواب في 3 مارس، ووافق عليها مجلس الأعيان في جلسته التي عقدها في 17 مارس" and the royal
    # will on another day: three steps of Jordan, each on its day
    found = processed_treaties(tmp_path, [
        ("h1", "2026-04-09", "صحيفة", "عمّان – صدرت الإرادة الملكية السامية، يوم الأربعاء 8 أبريل، بالمصادقة على "
                                      "قانون التصديق على اتفاقية النقل الجوي بين الأردن واليونان. وبذلك تكون "
                                      "الاتفاقية قد استكملت مراحلها الدستورية في الأردن، بعد أن أقرها مجلس النواب "
                                      "في 3 مارس، ووافق عليها مجلس الأعيان في جلسته التي عقدها في 17 مارس."),
    ])
    days = {d for d, c in _done(found, "ratified") if c == "Jordan"}
    assert days == {"2026-03-03", "2026-03-17", "2026-04-08"}, _show(found)


def test_moroccos_upper_house_is_a_step_apart_from_its_lower_house(tmp_path):
    # "صادق عليها مجلس النواب في 2 يونيو، ثم صادق عليها مجلس المستشارين يوم 16 يونيو": two houses, two steps
    found = processed_treaties(tmp_path, [
        ("i1", "2026-07-01", "صحيفة", "الرباط – استكمل المغرب المسار البرلماني لاتفاقية النقل الطرقي الدولي مع "
                                      "موريتانيا، إذ صادق عليها مجلس النواب في 2 يونيو، ثم صادق عليها مجلس "
                                      "المستشارين في جلسته العامة يوم 16 يونيو."),
    ])
    days = {d for d, c in _done(found, "ratified") if c == "Morocco"}
    assert days == {"2026-06-02", "2026-06-16"}, _show(found)
