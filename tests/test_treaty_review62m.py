"""The review of round 62 (issue 15), mended: each test is a sentence written for it where the rules round 62 added
went too far — the dateline's kingdom over a speaker's, a kind-only name joining a deal it has no part in, a
negated royal will, a pronoun that stands for another law, a house named long before, a session's day given to a
recalled step, "in a row" read as "over time", a hope clause before a real signing."""

from __future__ import annotations

from conftest import done_steps, processed_treaties as _processed


def processed_treaties(path, reports):
    path.mkdir(parents=True, exist_ok=True)
    return _processed(path, reports)


def _ratified_by(found) -> set:
    return {c for t in found for k, c in done_steps(t) if k == "ratified"}


def test_the_speakers_kingdom_wins_over_the_datelines(tmp_path):
    found = processed_treaties(tmp_path, [
        ("k1", "2026-03-02", "صحيفة", "عمّان – أكد وزير العدل المغربي أن المملكة صادقت أمس على اتفاقية التعاون "
                                      "القضائي مع السنغال."),
    ])
    assert _ratified_by(found) == {"Morocco"}, [(t.name, t.steps) for t in found]
    found = processed_treaties(tmp_path / "b", [
        ("k4", "2026-03-02", "صحيفة", "الرباط – استقبل رئيس الحكومة وزير الداخلية الأردني أمس. وقال الوزير "
                                      "الأردني إن المملكة صادقت على اتفاقية التعاون القضائي مع السنغال."),
    ])
    assert _ratified_by(found) == {"Jordan"}, [(t.name, t.steps) for t in found]


def test_an_outlet_of_a_republic_leaves_the_datelines_kingdom_unread(tmp_path):
    """An Egyptian paper's "المملكة" is not read from its dateline (the docstring's "outlet of no known country");
    the same sentence from an unknown outlet is the dateline's kingdom."""
    found = processed_treaties(tmp_path, [
        ("k2", "2026-03-02", "الأهرام", "جدة – صادقت المملكة أمس على اتفاقية التعاون القضائي مع السنغال."),
    ])
    assert _ratified_by(found) == {None}, [(t.name, t.steps) for t in found]
    found = processed_treaties(tmp_path / "b", [
        ("k3", "2026-03-02", "صحيفة", "جدة – صادقت المملكة أمس على اتفاقية التعاون القضائي مع السنغال."),
    ])
    assert _ratified_by(found) == {"Saudi Arabia"}, [(t.name, t.steps) for t in found]


def test_two_states_own_agreement_on_a_subject_stays_apart_from_the_deal_named_for_it(tmp_path):
    """A name that only tells its kind ("اتفاقية التفاهم") joins the deal its subject names only when no two states
    sign it; Iran and Pakistan's, Iran's with India, or one whose subject a relative clause tells, stay apart and
    keep their own signing."""
    deal = ("g1", "2015-07-20", "صحيفة", "وقعت إيران ومجموعة 5+1 الاتفاق النووي يوم 14 يوليو بعد مفاوضات طويلة.")
    for i, text in enumerate([
        "ووقعت إيران وباكستان أمس اتفاقية التفاهم على برنامج إيران النووي السلمي.",
        "ووقعت إيران أمس اتفاقية التعاون مع الهند على برنامج إيران النووي السلمي.",
        "ووقعت إيران أمس اتفاقية التفاهم التي تقوم على برنامج إيران النووي السلمي.",
        "ووقعت مصر وروسيا أمس اتفاقية التفاهم حول برنامج مصر النووي السلمي.",
    ]):
        found = processed_treaties(tmp_path / str(i), [deal, ("h1", "2015-08-01", "صحيفة", text)])
        own = [t for t in found if any(str(s.date) == "2015-07-31" and s.kind == "signed" for s in t.steps)]
        assert len(found) == 2 and len(own) == 1 and "النووي" not in own[0].name, \
            (text, [(t.name, [p.get("name_en") for p in t.parties]) for t in found])


def test_a_royal_will_or_decree_not_yet_issued_ratifies_nothing(tmp_path):
    """"لم تصدر ... بعد" is "not issued yet": no ratification, whether a royal will, a dahir or a decree ("بعد" there
    is "yet", not "after"); the same will or decree issued still ratifies."""
    negated = [
        "ولم تصدر بعد الإرادة الملكية بالموافقة على اتفاقية تنظيم العمالة الوافدة بين الأردن ومصر.",
        "الرباط – لم يصدر الظهير الشريف بعد بالمصادقة على اتفاقية الصيد البحري مع موريتانيا.",
        "لم يصدر المرسوم الرئاسي بعد بالتصديق على اتفاقية الصيد البحري بين الجزائر وموريتانيا.",
    ]
    for i, text in enumerate(negated):
        found = processed_treaties(tmp_path / str(i), [("w1", "2026-03-02", "صحيفة", text)])
        assert not _ratified_by(found), (text, [(t.name, t.steps) for t in found])
    found = processed_treaties(tmp_path / "yes", [
        ("w3", "2026-03-02", "صحيفة", "عمّان – صدرت أمس الإرادة الملكية بالمصادقة على اتفاقية تنظيم العمالة "
                                      "الوافدة مع مصر."),
    ])
    assert _ratified_by(found) == {"Jordan"}, [(t.name, t.steps) for t in found]
    found = processed_treaties(tmp_path / "even", [  # "حتى بعد توقيع" after a negation is "even after": signed
        ("e1", "2026-03-05", "صحيفة", "ولم تغير الحكومة المصرية موقفها حتى بعد توقيع اتفاقية الربط السككي مع "
                                      "السودان في 12 يناير."),
    ])
    assert ("signed", "2026-01-12") in {(s.kind, s.date) for t in found for s in t.steps}, [t.steps for t in found]


def test_a_royal_will_approving_it_ratifies_only_when_it_is_the_agreement_or_its_law(tmp_path):
    """"بالموافقة عليه" after another law ("نظام الأبنية") approves that law, not the agreement named before it;
    after the law that ratifies the agreement, or "عليها" for the agreement itself, it ratifies."""
    for i, text in enumerate([
        "عمّان – ناقش مجلس الوزراء اتفاقية الربط الكهربائي مع مصر، ثم أقر نظام الأبنية الجديد، وصدرت الإرادة "
        "الملكية بالموافقة عليه.",
        "عمّان – درس الملك اتفاقية الربط الكهربائي مع مصر، وبعد ذلك رفع إليه الوزير قرار تعيين السفراء، فصدرت "
        "الإرادة الملكية بالموافقة عليه.",
    ]):
        found = processed_treaties(tmp_path / str(i), [("j1", "2026-03-02", "صحيفة", text)])
        assert not _ratified_by(found), (text, [(t.name, t.steps) for t in found])
    for i, text in enumerate([
        "عمّان – نشرت الجريدة الرسمية أمس قانون المصادقة على اتفاقية الربط الكهربائي مع مصر، بعد أن صدرت الإرادة "
        "الملكية بالموافقة عليه.",
        "عمّان – عرضت الحكومة اتفاقية الربط الكهربائي مع مصر على الملك، فصدرت الإرادة الملكية بالموافقة عليها.",
    ]):
        found = processed_treaties(tmp_path / f"y{i}", [("j3", "2026-03-02", "صحيفة", text)])
        assert _ratified_by(found) == {"Jordan"}, (text, [(t.name, t.steps) for t in found])


def test_a_house_named_by_a_word_alone_takes_no_country_from_a_house_named_far_before(tmp_path):
    """"البرلمان"/"النواب" alone is the house named in full in its sentence or the one before (a session's lead);
    not a house three sentences back, nor one of another country when the members' own nationality follows."""
    for i, text in enumerate([
        "ناقش مجلس الشعب السوري قانون الموازنة. وتحدث الوزير عن الأسعار. ثم عاد الحديث إلى الطاقة. وصادق البرلمان "
        "أمس على اتفاقية الربط السككي بين سوريا والأردن.",
        "انتقد مجلس الشعب السوري الحكومة الأردنية أمس. وصادق النواب الأردنيون اليوم على اتفاقية الربط السككي بين "
        "سوريا والأردن.",
    ]):
        found = processed_treaties(tmp_path / str(i), [("m1", "2026-03-02", "صحيفة", text)])
        assert "Syria" not in _ratified_by(found), (text, [(t.name, t.steps) for t in found])
    found = processed_treaties(tmp_path / "lead", [
        ("m4", "2026-03-02", "صحيفة", "عقد مجلس الشعب جلسة عامة أمس الاثنين برئاسة رئيسه. وصادق المجلس على اتفاقية "
                                      "الربط السككي بين سوريا والأردن."),
    ])
    assert _ratified_by(found) == {"Syria"}, [(t.name, t.steps) for t in found]


def _ratified_on(found) -> set:
    return {(s.date, s.date_source) for t in found for s in t.steps if s.kind == "ratified" and s.modality == "done"}


def test_a_lead_sessions_day_dates_only_that_bodys_step_told_as_taken_in_it(tmp_path):
    """The session's day (marked "session": inferred, not read) goes to the step of the body that met; a step the
    same report recalls in the past perfect, or another body's, keeps the report's day."""
    lead = "عقد مجلس الشيوخ الأردني، أمس الأربعاء 4 مارس، جلسة عامة برئاسة رئيسه. "
    found = processed_treaties(tmp_path / "same", [
        ("s3", "2026-03-05", "صحيفة", lead + "وأقر المجلس اتفاقية الربط السككي مع العراق."),
    ])
    assert _ratified_on(found) == {("2026-03-04", "session")}, _ratified_on(found)
    for i, text in enumerate([
        lead + "وكان المجلس قد أقر اتفاقية الربط السككي مع العراق.",
        "عقد مجلس الوزراء، أمس الأربعاء 4 مارس، جلسته العادية برئاسة رئيس الحكومة. وصادق البرلمان الأوغندي على "
        "اتفاقية الربط السككي مع كينيا.",
    ]):
        found = processed_treaties(tmp_path / str(i), [("s1", "2026-03-05", "صحيفة", text)])
        assert {d for d, _how in _ratified_on(found)} == {"2026-03-05"}, (text, _ratified_on(found))


def test_in_a_row_and_one_after_another_at_one_ceremony_keep_the_steps_day(tmp_path):
    """"على التوالي" is "in a row", and "تباعا" at one place is one ceremony: the step keeps its day; "تباعا" with no
    time or place, or "دولة بعد أخرى", still tells steps over the years (no day)."""
    for i, text in enumerate([
        "وللسنة الثانية على التوالي، صادق البرلمان التونسي على اتفاقية الربط الكهربائي مع الجزائر.",
        "ووقع وزراء النقل في البلدان الأربعة تباعا اتفاقية الطريق الصحراوي بين تونس والجزائر وليبيا والنيجر في "
        "نيامي.",
    ]):
        found = processed_treaties(tmp_path / str(i), [("t1", "2026-03-05", "صحيفة", text)])
        days = {s.date for t in found for s in t.steps if s.modality == "done"}
        assert days == {"2026-03-05"}, (text, days)
    for i, text in enumerate([
        "أما الدول الأفريقية فقد صادقت على اتفاقية الطريق الصحراوي تباعا.",
        "وقد صادقت الدول الأعضاء على اتفاقية الطريق الصحراوي دولة بعد أخرى.",
    ]):
        found = processed_treaties(tmp_path / f"y{i}", [("t4", "2026-03-05", "صحيفة", text)])
        days = {s.date for t in found for s in t.steps if s.modality == "done"}
        assert days == {None}, (text, days)


def test_an_as_hoped_clause_before_a_real_signing_keeps_it(tmp_path):
    """"وكما تمنى الطرفان، تم توقيع ..." tells a signing held; a hope for a signing ("يتمنى أن يتم توقيع",
    "نأمل توقيع") is none."""
    for i, text in enumerate([
        "وكما تمنى الطرفان، تم توقيع اتفاقية الطريق الصحراوي بين تونس والنيجر أمس.",
        "وكما تمنت الحكومتان، وقعت تونس والنيجر أمس اتفاقية الطريق الصحراوي.",
    ]):
        found = processed_treaties(tmp_path / str(i), [("h1", "2026-03-05", "صحيفة", text)])
        assert {k for t in found for k, _c in done_steps(t)} == {"signed"}, (text, [t.steps for t in found])
    for i, text in enumerate([
        "وقال الوزير إنه يتمنى أن يتم توقيع اتفاقية الطريق الصحراوي بين تونس والنيجر قريبا.",
        "ونأمل توقيع اتفاقية الطريق الصحراوي بين تونس والنيجر الشهر المقبل.",
    ]):
        found = processed_treaties(tmp_path / f"n{i}", [("h3", "2026-03-05", "صحيفة", text)])
        assert not {k for t in found for k, _c in done_steps(t)}, (text, [t.steps for t in found])


def test_a_bare_noun_told_by_its_topic_is_named_with_the_whole_topic(tmp_path):
    """"الاتفاقية المبرمة ... حول النقل البحري" is «اتفاقية النقل البحري», not the broken «الاتفاقية البحري»; a
    topic in a file ("حول الملف النووي") still names the deal by its subject alone."""
    found = processed_treaties(tmp_path, [
        ("p1", "2026-03-02", "صحيفة", "صادق المجلس الشعبي الوطني أمس على مشروع القانون المتضمن الموافقة على "
                                      "الاتفاقية المبرمة بين الجزائر وموريتانيا حول النقل البحري."),
    ])
    assert [t.name for t in found] == ["اتفاقية النقل البحري"], [t.name for t in found]
    found = processed_treaties(tmp_path / "n", [
        ("p4", "2015-07-20", "صحيفة", "وقعت إيران ومجموعة 5+1 الاتفاق النووي يوم 14 يوليو بعد مفاوضات طويلة."),
        ("p5", "2015-08-01", "صحيفة", "وصادق البرلمان الإيراني أمس على الاتفاق حول الملف النووي الإيراني."),
    ])
    assert [t.name for t in found] == ["الاتفاق النووي"], [t.name for t in found]


def test_two_short_verbal_nouns_joined_name_one_agreement_as_long_ones_do(tmp_path):
    """"اتفاقية حظر ووقف الصيد الجائر" is named whole, as "اتفاقية تحديد وترسيم الحدود" is (one list of verbal
    nouns for both places)."""
    found = processed_treaties(tmp_path, [
        ("a1", "2026-03-02", "صحيفة", "وقعت مصر والسودان أمس اتفاقية حظر ووقف الصيد الجائر."),
        ("a2", "2026-03-09", "صحيفة", "وقعت مصر والسودان أمس اتفاقية منع وحل النزاعات الحدودية."),
    ])
    assert sorted(t.name for t in found) == ["اتفاقية حظر ووقف الصيد الجائر", "اتفاقية منع وحل النزاعات الحدودية"], \
        [t.name for t in found]


def test_the_dateline_amman_is_where_the_report_was_written_not_oman(tmp_path):
    """"عمّان –" opening a report is Jordan's capital, no party; "عمان" named among the signers is Oman."""
    found = processed_treaties(tmp_path, [
        ("o1", "2026-03-02", "صحيفة", "عمّان – وقع الأردن والعراق أمس اتفاقية الربط السككي."),
        ("o3", "2026-04-02", "صحيفة", "الرياض – وقعت السعودية وعمان أمس اتفاقية الربط البحري."),
    ])
    parties = {t.name: sorted(p.get("name_en") for p in t.parties) for t in found}
    assert parties == {"اتفاقية الربط السككي": ["Iraq", "Jordan"], "اتفاقية الربط البحري": ["Oman", "Saudi Arabia"]}, \
        parties


def test_another_pairs_nuclear_agreement_stays_apart_from_the_iran_deal(tmp_path):
    """India and the United States' "الاتفاق النووي" shares with the Iran deal only a member of the 5+1: another
    agreement, with its own signing; Iran's own parliament ratifying "الاتفاق النووي" still joins the deal."""
    found = processed_treaties(tmp_path, [
        ("g1", "2015-07-20", "صحيفة", "وقعت إيران ومجموعة 5+1 الاتفاق النووي يوم 14 يوليو بعد مفاوضات طويلة."),
        ("g7", "2015-08-02", "صحيفة", "وقعت الهند والولايات المتحدة الاتفاق النووي أمس في نيودلهي."),
        ("g8", "2015-08-03", "صحيفة", "وصادق البرلمان الإيراني أمس على الاتفاق النووي."),
    ])
    got = {tuple(sorted(p.get("name_en") for p in t.parties)): sorted((s.kind, s.date) for s in t.steps)
           for t in found}
    assert got.get(("India", "United States")) == [("signed", "2015-08-01")], got
    assert ("ratified", "2015-08-02") in got.get(("Iran", "P5+1"), []), got
