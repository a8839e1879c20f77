"""Leaders' calls after an attack are the attack's reactions, not contacts of their own (our own articles).

On the page of 2015-08-09 the king's condolence calls from other kings after the Asir mosque bombing were a story of
their own (27 articles): their headlines say only who called whom ("the king receives a call from the king of X"),
so they read apart from the bombing's reports, and the calls-and-cables slot made every call a member that vouches
for nothing in a story whose reports never name the caller.  A call or cable whose headline and lead offer
condolences for, or condemn, an attack or its victims reacts to that attack: it fills no slot, and a story that is
mostly such reactions joins a large story from its place that an article reporting both bridges.  Congratulations,
condolences on a death and calls on other matters stay contacts; reactions that came before the story's first report
react to something else.

The pair probabilities are set by hand (the stub model of ``test_stories_developments``: high inside a group, low
across, a bridging report that matches both): what is tested is whether the two groups become one story.
"""

from __future__ import annotations

from marsad.stories.contacts import headline_contact, reacts_to_incident
from marsad.stories.features import article_features
from marsad.stories.grouping import GroupOptions, Grouper

from test_stories_developments import FUNERALS, TOWN, _Bridged, _rows, by_hand  # noqa: F401  (a fixture)
from test_stories_grouping import _articles

CALLERS = ("ملك المغرب", "ملك البحرين", "ملك الأردن", "أمير الكويت", "رئيس السودان", "رئيس مصر")


def _call(caller: str, about: str) -> tuple[str, str]:
    return (f"الملك يتلقى اتصالا هاتفيا من {caller}",
            f"تلقى الملك اليوم اتصالا هاتفيا من {caller} {about}. وتناول الاتصال علاقات البلدين الثنائية.")


def test_a_call_offering_condolences_for_an_attack_fills_no_slot():
    title, lead = _call("ملك المغرب", f"قدم فيه تعازيه ومواساته في ضحايا تفجير مسجد السوق في {TOWN}")
    c = headline_contact(title, lead)
    assert not c and c.reacts  # a reaction to the bombing, not a contact with Morocco
    title, lead = _call("ملك المغرب", "أدان فيه الهجوم الإرهابي الذي استهدف دورية للشرطة")
    assert headline_contact(title, lead).reacts
    # a call on other matters, a congratulation and a condolence on a death stay contacts
    title, lead = _call("ملك المغرب", "بحث فيه تعزيز التعاون بين البلدين ومكافحة الإرهاب")
    c = headline_contact(title, lead)
    assert c.kind == "call" and not c.reacts
    c = headline_contact("الملك يهنئ رئيس السودان", "بعث الملك برقية تهنئة إلى رئيس السودان بمناسبة ذكرى استقلال بلاده.")
    assert c.kind == "cable" and not c.reacts
    c = headline_contact("الملك يبعث برقية إلى ملك البحرين",
                         "بعث الملك برقية عزاء ومواساة إلى ملك البحرين في وفاة عمه بعد مرض.")
    assert c.kind == "cable" and not c.reacts


def test_reacts_to_incident_needs_a_reaction_and_an_attack():
    assert reacts_to_incident("واستنكاره للاعتداء الغادر على المصلين")
    assert not reacts_to_incident("بحث سبل تعزيز العلاقات")  # (تعزيز is no condolence)
    assert not reacts_to_incident("قدم تعازيه في وفاة والدته")  # a death, no attack
    assert not reacts_to_incident("التفجير أوقع خسائر في الممتلكات")  # an attack, no reaction


def _bombing_then_calls(first, call_day, about, **options):
    """The bombing's reports (day 12), six leaders' calls (``call_day``) and a report of both on day 13: how many
    stories the bombing's reports and the calls end in, and whether any call shares the bombing's story."""
    rows = _rows(FUNERALS, "2026-08-12")
    for i, caller in enumerate(CALLERS):
        title, lead = _call(caller, about)
        rows.append((f"{call_day}T{20 + i // 3}:{10 * (i % 3) + 5:02d}:00", "وكالة الشمال", title, lead))
    rows.append(("2026-08-13T22:00:00", "صحيفة الميدان", f"قادة الدول يعزون الملك في ضحايا تفجير مسجد السوق في {TOWN}",
                 f"تلقى الملك اتصالات من قادة الدول قدموا فيها تعازيهم في ضحايا تفجير مسجد السوق في {TOWN}، "
                 "فيما شيعت المدينة ضحاياها."))
    rows.sort(key=lambda r: r[0])
    arts = _articles(rows, first)
    feats = [article_features(a, []) for a in arts]
    calls = [f for f in feats if f.title.startswith("الملك يتلقى")]
    reports = [f for f in feats if f.title in FUNERALS]
    bridge = feats[-1]
    g = Grouper(_Bridged([f.article_id for f in reports], [f.article_id for f in calls], bridge.article_id),
                GroupOptions(**options))
    for f in feats:
        g.add(f)
    part = g.partition()
    bombing = {part[f.article_id] for f in reports}
    return bombing, {part[f.article_id] for f in calls}, bool(bombing & {part[f.article_id] for f in calls})


def test_condolence_calls_join_the_bombings_story(by_hand):
    about = f"قدم فيه تعازيه في ضحايا تفجير مسجد السوق في {TOWN}"
    bombing, calls, joined = _bombing_then_calls(1000, "2026-08-12", about)
    assert len(bombing) == 1 and joined and calls == bombing
    bombing, calls, joined = _bombing_then_calls(1000, "2026-08-12", about, merge_reactions=False)
    assert len(bombing) == 1 and not joined  # without the rule the calls stay a story of their own


def test_condolences_before_the_bombing_stay_apart(by_hand):
    # the same leaders' condolences two days before, for the dead of an earlier attack on a patrol in the town
    about = f"قدم فيه تعازيه في شهداء الهجوم على دورية الشرطة في {TOWN}"
    bombing, calls, joined = _bombing_then_calls(1100, "2026-08-10", about)
    assert len(bombing) == 1 and not joined


def test_an_attack_named_after_two_clitics_is_read():
    # "وللتفجير", "وبالهجوم": the conjunction, a preposition and the article before the attack's noun (review21)
    title, lead = _call("ملك الأردن", "أعرب فيه عن استنكار بلاده للعنف وللتفجير في المسجد")
    c = headline_contact(title, lead)
    assert not c and c.reacts
    assert reacts_to_incident("ندد الوزير بالتطرف، وأدان وبالشدة نفسها كل اعتداء على المساجد")  # (plain forms still read)


def test_a_past_condemnation_is_a_reaction():
    # "ندد" beside "أدان", "استنكر", "شجب": the past of يندد (review21)
    assert reacts_to_incident("ونددت الوزارة في بيانها بالهجوم على نقطة التفتيش")
    title, lead = _call("رئيس مصر", "ندد فيه بالتفجير الذي وقع في المسجد")
    assert headline_contact(title, lead).reacts


def test_a_headline_of_condemnation_is_a_reaction_whatever_its_kind():
    # not a call or a cable: the headline itself condemns (review21: no test reached ``_reaction_headline``)
    c = headline_contact("ملك البحرين يدين تفجير مسجد السوق",
                         "أدان ملك البحرين التفجير الذي استهدف المصلين في مسجد السوق، مقدما تعازيه لأسر الضحايا.")
    assert c.reacts
