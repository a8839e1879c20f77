"""Which clause a time expression belongs to (issue 15, events35): the date of an event is the time its own verb
or noun is told at — not the day a claim, a condemnation or an announcement of it was made, not the day of another
clause it is the object, the cause or the response of, not the start of a span ("منذ"), and not a past day for an
act still to come.  Each sentence is written for these tests, with the time expressions a timex stage would give
(the report is dated Thursday 2024-06-20)."""

from __future__ import annotations

from test_events_coder import coded, make_doc


def _by_trigger(events: list[dict], word: str) -> dict:
    [found] = [d for d in events if d["trigger_text"] == word]
    return found


# -- the time of a claim, a condemnation or an announcement is not the act's ------------------------------------

def test_a_claim_made_yesterday_does_not_date_the_attack_it_claims() -> None:
    doc = make_doc("تبنت حركة الشباب أمس هجوما انتحاريا استهدف أول من أمس قاعدة للجيش الصومالي قرب مقديشو.",
                   [("حركة الشباب", "ORG", "Shabaab"), ("مقديشو", "LOC", "Mogadishu")],
                   timex=[("أمس", "2024-06-19"), ("أول من أمس", "2024-06-18")])
    attacks = coded(doc, "ASSAULT")
    claimed = _by_trigger(attacks, "هجوما")
    # the day of the claim is no more than a bound: the attack happened then or before (events37)
    assert claimed["date"] != "2024-06-19" or claimed.get("date_bound") == "on_or_before"
    assert _by_trigger(attacks, "استهدف")["date"] == "2024-06-18"  # the attack's own day


def test_a_condemnation_told_yesterday_leaves_the_shelling_it_condemns_undated() -> None:
    doc = make_doc("دانت منظمة العفو الدولية، أمس، قصف القوات الحكومية أحياء سكنية في مدينة حمص.",
                   [("منظمة العفو الدولية", "ORG", "Amnesty"), ("حمص", "LOC", "Homs")],
                   timex=[("أمس", "2024-06-19")])
    [shelling] = coded(doc, "ASSAULT")
    # undated by its own clause; the condemnation's day bounds it (events37)
    assert shelling["date"] is None or shelling.get("date_bound") == "on_or_before"


def test_the_announcement_of_an_awaited_meeting_does_not_date_the_meeting() -> None:
    doc = make_doc("وكان وزير الخارجية الفرنسي جان إيرولت أعلن الأسبوع الماضي عن اللقاء المرتقب بينه وبين وزير "
                   "الخارجية الإيطالي باولو جنتيلوني في روما.",
                   [("جان إيرولت", "PER", "Ayrault"), ("باولو جنتيلوني", "PER", "Gentiloni"), ("روما", "LOC", "Rome")],
                   timex=[("الأسبوع الماضي", "2024-W24")])
    [meeting] = coded(doc, "CONSULT")
    assert meeting["modality"] == "future" and meeting["date"] is None


def test_the_relative_clause_of_the_attacker_has_its_own_time() -> None:
    doc = make_doc("كشفت وزارة الداخلية أمس هوية عنصر تنظيم داعش الذي نفذ الهجوم على المسجد في مدينة الكويت يوم "
                   "الخميس الماضي.",
                   [("تنظيم داعش", "ORG", "ISIS"), ("الكويت", "LOC", "Kuwait")],
                   timex=[("أمس", "2024-06-19"), ("يوم الخميس الماضي", "2024-06-13")])
    [attack] = coded(doc, "ASSAULT")
    assert attack["date"] == "2024-06-13"


def test_the_day_a_monitor_told_of_a_failed_attack_is_not_the_attacks_day() -> None:
    doc = make_doc("قتل عشرة مسلحين من جبهة النصرة في هجوم فاشل على قاعدة للجيش في إدلب، حسبما أفاد المرصد السوري أمس.",
                   [("جبهة النصرة", "ORG", "Nusra"), ("إدلب", "LOC", "Idlib"), ("المرصد السوري", "ORG", "SOHR")],
                   timex=[("أمس", "2024-06-19")])
    [attack] = coded(doc, "ASSAULT")
    # the monitor's day bounds the attack, it does not date it (events37)
    assert attack["date"] is None or attack.get("date_bound") == "on_or_before"


def test_a_confirmation_after_but_does_not_date_the_denial_before_it() -> None:
    doc = make_doc("وهو أمر نفته وزارة الدفاع الأمريكية، لكن جبهة النصرة أكدته أمس.",
                   [("وزارة الدفاع الأمريكية", "ORG", "Pentagon"), ("جبهة النصرة", "ORG", "Nusra")],
                   timex=[("أمس", "2024-06-19")])
    [denial] = coded(doc, "REJECT")
    assert denial["date"] is None


# -- another clause's time: a response, a span's start, a phrase of before ---------------------------------------

def test_an_ongoing_campaign_is_not_dated_by_the_bombing_that_answered_it() -> None:
    doc = make_doc("قال الجيش إن مسلحين قتلوا جنديين بعبوة ناسفة أمس ردا على الحملة التي تشنها الحكومة بالتزامن مع "
                   "غارات تستهدف مواقع تنظيم داعش في الشمال.",
                   [("تنظيم داعش", "ORG", "ISIS")], timex=[("أمس", "2024-06-19")])
    strikes = _by_trigger(coded(doc, "ASSAULT"), "تستهدف")
    assert strikes["date"] is None


def test_a_toll_counted_since_a_day_does_not_date_the_attack() -> None:
    doc = make_doc("وقتل مسلحون أكراد جنديين تركيين في هجوم بإقليم هكاري ليرتفع عدد قتلى الجيش التركي منذ 20 يوليو "
                   "إلى 30 جنديا.", [("هكاري", "LOC", "Hakkari")],
                   published_at="2024-08-09", timex=[("20 يوليو", "2024-07-20")])
    attacks = coded(doc, "ASSAULT")
    assert attacks and all(d["date"] != "2024-07-20" for d in attacks)


def test_a_year_inside_a_phrase_of_before_does_not_date_the_visit() -> None:
    doc = make_doc("وقبل توليه الرئاسة في 2009، زار الرئيس الأمريكي كينيا مرتين.",
                   [("كينيا", "LOC", "Kenya")], timex=[("2009", "2009")])
    [visit] = coded(doc, "CONSULT")
    assert visit["date"] != "2009"


# -- a recollection's weekday, an act still to come ---------------------------------------------------------------

def test_a_recalled_abduction_on_a_bare_weekday_is_not_dated_yesterday() -> None:
    # a writer recalling yesterday's act says "أمس": "الأربعاء" in a Thursday report's recollection is an earlier one
    doc = make_doc("وكانت جماعة الحوثي خطفت خمسة موظفين من منظمة إغاثة مساء الأربعاء قرب مدينة الحديدة.",
                   [("جماعة الحوثي", "ORG", "Houthis"), ("الحديدة", "LOC", "Hodeidah")],
                   timex=[("الأربعاء", "2024-06-19")])
    [abduction] = coded(doc, "ASSAULT")
    assert abduction["date"] is None


def test_a_recalled_abduction_days_before_keeps_its_weekday() -> None:
    doc = make_doc("وكانت جماعة الحوثي خطفت خمسة موظفين من منظمة إغاثة مساء الأحد قرب مدينة الحديدة.",
                   [("جماعة الحوثي", "ORG", "Houthis"), ("الحديدة", "LOC", "Hodeidah")],
                   timex=[("الأحد", "2024-06-16")])
    [abduction] = coded(doc, "ASSAULT")
    assert abduction["date"] == "2024-06-16"


def test_a_scheduled_meeting_is_not_dated_by_a_tuesday_already_past() -> None:
    doc = make_doc("ومن المقرر أن يلتقي وزير الخارجية الأردني نظيره المصري في القاهرة يوم الثلاثاء.",
                   [("القاهرة", "LOC", "Cairo")], timex=[("يوم الثلاثاء", "2024-06-18")])
    [meeting] = coded(doc, "CONSULT")
    assert meeting["modality"] == "future" and meeting["date"] != "2024-06-18"


# -- what keeps its date ------------------------------------------------------------------------------------------

def test_an_attack_told_with_its_killing_keeps_yesterday() -> None:
    doc = make_doc("قتل مسلحون من حركة طالبان أمس ثلاثة جنود أفغان في هجوم على حاجز في قندهار.",
                   [("حركة طالبان", "ORG", "Taliban"), ("قندهار", "LOC", "Kandahar")],
                   timex=[("أمس", "2024-06-19")])
    assert [d["date"] for d in coded(doc, "ASSAULT")] == ["2024-06-19"]


def test_a_raid_launched_yesterday_afternoon_keeps_its_day() -> None:
    doc = make_doc("شنت القوات العراقية أمس هجوما على مواقع تنظيم داعش في الأنبار، وقصفت الطائرات الروسية بعد ظهر "
                   "أمس مواقع جبهة النصرة في ريف إدلب.",
                   [("القوات العراقية", "ORG", "Iraqi forces"), ("تنظيم داعش", "ORG", "ISIS"), ("الأنبار", "LOC", "Anbar"),
                    ("جبهة النصرة", "ORG", "Nusra"), ("إدلب", "LOC", "Idlib")],
                   timex=[("أمس", "2024-06-19"), ("ظهر أمس", "2024-06-19")])
    dates = [d["date"] for d in coded(doc, "ASSAULT")]
    assert dates and all(d == "2024-06-19" for d in dates)


# -- events35b: the act's own time stays (a time told of the dead, a recent start, the writer's today) ------------

def test_a_day_told_after_the_dead_of_a_blast_dates_the_blast_not_the_announcement() -> None:
    doc = make_doc("أعلنت الشرطة مقتل ثلاثة حراس وجرح اثنين مساء الأحد في انفجار عبوة ناسفة قرب المعبر الحدودي.",
                   [("المعبر الحدودي", "LOC", "crossing")],
                   timex=[("الأحد", "2024-06-16")])
    blasts = coded(doc, "ASSAULT")
    assert blasts and all(e["date"] == "2024-06-16" for e in blasts)


def test_soldiers_killed_yesterday_when_gunmen_opened_fire_keep_yesterday() -> None:
    doc = make_doc("أعلن الجيش مقتل جنديين أمس حين فتح مسلحون النار على دورية في ريف المدينة.",
                   [("الجيش", "ORG", "army")],
                   timex=[("أمس", "2024-06-19")])
    attacks = coded(doc, "ASSAULT")
    assert attacks and all(e["date"] == "2024-06-19" for e in attacks)


def test_strikes_after_which_blasts_shook_a_city_keep_the_evening_of_the_blasts() -> None:
    doc = make_doc("هزت انفجارات قوية، مساء أمس مدينة الحديدة عقب غارات شنتها طائرات التحالف على مواقع المسلحين.",
                   [("الحديدة", "LOC", "Hodeidah")],
                   timex=[("أمس", "2024-06-19")])
    attacks = coded(doc, "ASSAULT")
    assert attacks and all(e["date"] == "2024-06-19" for e in attacks)


def test_shelling_going_on_since_yesterday_morning_keeps_yesterday() -> None:
    doc = make_doc("وقصف الجيش السوري منذ صباح أمس مواقع جبهة النصرة في ريف المدينة.",
                   [("الجيش السوري", "ORG", "Syrian army"), ("جبهة النصرة", "ORG", "Nusra")],
                   timex=[("أمس", "2024-06-19")])
    shelling = coded(doc, "ASSAULT")
    assert shelling and all(e["date"] == "2024-06-19" for e in shelling)


def test_raids_since_the_evening_of_two_days_ago_keep_that_day() -> None:
    doc = make_doc("وشنت الطائرات الحربية نحو عشرين غارة منذ مساء الثلاثاء على مواقع المسلحين في المحافظة.",
                   [("المحافظة", "LOC", "province")],
                   timex=[("الثلاثاء", "2024-06-18")])
    raids = coded(doc, "ASSAULT")
    assert raids and all(e["date"] == "2024-06-18" for e in raids)


def test_a_recalled_strike_on_the_reports_own_weekday_keeps_it() -> None:
    doc = make_doc("وكانت طائرات حربية قصفت القرية فجر الخميس وقتلت أربعة من سكانها.",
                   [("القرية", "LOC", "village")],
                   timex=[("الخميس", "2024-06-20")])
    strikes = [e for e in coded(doc, "ASSAULT") if e["trigger_text"] == "قصفت"]
    assert strikes and strikes[0]["date"] == "2024-06-20"


def test_an_attack_told_as_officials_said_today_keeps_today() -> None:
    doc = make_doc("قتل خمسة جنود في هجوم على حاجز للجيش شرق المدينة، حسبما أعلن مسؤولون محليون اليوم.",
                   [("المدينة", "LOC", "city")],
                   timex=[("اليوم", "2024-06-20")])
    attacks = coded(doc, "ASSAULT")
    assert attacks and all(e["date"] == "2024-06-20" for e in attacks)
