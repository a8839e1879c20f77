"""A bombing's reactions told days later in their own words (our own Arabic): a suicide bomber blows himself up in
a mosque in Jazan; on the third day a neighbouring country and the region's council condemn "the terrorist
bombing that targeted a mosque in Jazan" without a word of the first reports' details.  They name the same kind
of event at the same place, so they tell the first event and stay in its story (issue 14: follow a development,
its reactions too); a hospital's graduation ceremony in Jazan the same day names the place but no attack, and
stays out."""

from __future__ import annotations

from marsad.models import Article, Span

PLACES = {"جازان": "loc:jazan", "الكويت": "loc:kuwait", "البحرين": "loc:bahrain"}

B1 = ("فجر انتحاري نفسه ظهر أمس داخل مسجد في محافظة جازان أثناء صلاة الظهر، ما أدى إلى استشهاد أحد عشر مصليا "
      "وإصابة سبعة عشر آخرين، وطوقت الجهات الأمنية الموقع وباشرت التحقيق في ملابسات الحادث.")
B2 = ("استشهد أحد عشر مصليا وأصيب سبعة عشر في تفجير انتحاري داخل مسجد بجازان أمس خلال صلاة الظهر، وقال متحدث "
      "أمني إن الانتحاري كان يرتدي حزاما ناسفا وفجره بين صفوف المصلين.")
B3 = ("نقلت سيارات الإسعاف المصابين في تفجير مسجد جازان إلى مستشفيات المنطقة، وذكرت مصادر طبية أن حالة ثلاثة منهم "
      "حرجة، فيما استشهد أحد عشر مصليا في الهجوم الانتحاري.")
B4 = ("أعلنت الجهات الأمنية أن الانتحاري الذي فجر نفسه في مسجد بجازان استخدم حزاما ناسفا، وأن التفجير أسفر عن "
      "أحد عشر شهيدا وسبعة عشر مصابا بين المصلين.")
B5 = ("تفجير انتحاري داخل مسجد في جازان يودي بحياة أحد عشر مصليا ويصيب سبعة عشر، والأجهزة الأمنية تطوق المكان "
      "وتجمع الأدلة.")
D1 = ("أدانت مملكة البحرين التفجير الإرهابي الذي استهدف مسجدا في جازان، وأكدت تضامنها التام مع المملكة في مواجهة "
      "الإرهاب، وقدمت خالص العزاء لأسر الضحايا، داعية المجتمع الدولي إلى تجفيف منابع التطرف.")
D2 = ("استنكرت البحرين في بيان لوزارة خارجيتها التفجير الإرهابي الذي طال مسجدا بجازان، مؤكدة تضامنها مع المملكة "
      "ووقوفها معها صفا واحدا في وجه الإرهاب، ومعزية أسر الضحايا.")
R1 = ("أدانت دولة الكويت التفجير الإرهابي الذي استهدف مسجدا في جازان، وأكدت تضامنها مع المملكة في مواجهة الإرهاب، "
      "وقدمت العزاء لأسر الضحايا، داعية إلى تكاتف الجهود الدولية لتجفيف منابع التطرف.")
R2 = ("استنكرت الكويت في بيان لوزارة خارجيتها التفجير الإرهابي الذي طال مسجدا بجازان، مؤكدة تضامنها مع المملكة "
      "ووقوفها معها صفا واحدا في وجه الإرهاب، ومعزية أسر الضحايا.")
C1 = ("احتفى مستشفى جازان العام أمس بتخريج دفعة جديدة من أطباء الامتياز، وسلم مدير المستشفى الخريجين شهاداتهم "
      "في حفل حضره رؤساء الأقسام ومنسوبو المستشفى.")

ROWS = [
    ("2026-06-01T13:00:00", "وكالة الأنباء", "انتحاري يفجر نفسه داخل مسجد في جازان", B1),
    ("2026-06-01T15:00:00", "صحيفة الصباح", "11 شهيدا في تفجير انتحاري داخل مسجد بجازان", B2),
    ("2026-06-01T17:00:00", "صحيفة الضحى", "نقل مصابي تفجير مسجد جازان إلى المستشفيات", B3),
    ("2026-06-01T19:00:00", "موقع الأفق", "الانتحاري استخدم حزاما ناسفا في تفجير مسجد جازان", B4),
    ("2026-06-01T21:00:00", "صحيفة المساء", "تفجير انتحاري في مسجد بجازان", B5),
    ("2026-06-02T09:00:00", "وكالة الأنباء", "البحرين تدين التفجير الإرهابي في جازان", D1),
    ("2026-06-02T11:00:00", "صحيفة الصباح", "البحرين تستنكر تفجير مسجد جازان", D2),
    ("2026-06-03T09:00:00", "وكالة الأنباء", "الكويت تدين التفجير الإرهابي في جازان", R1),
    ("2026-06-03T11:00:00", "صحيفة الصباح", "الكويت تستنكر تفجير مسجد جازان", R2),
    ("2026-06-03T12:00:00", "صحيفة الضحى", "مستشفى جازان يحتفي بتخريج أطباء الامتياز", C1),
]


def _place(**options) -> list[str]:
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    g = Grouper(options=GroupOptions(**options))
    ids = []
    for i, (when, outlet, title, text) in enumerate(ROWS):
        a = Article(id=f"j{i:04d}", raw_id=f"rj{i:04d}", text=text, title=title, outlet=outlet, published_at=when,
                    origin=f"anchor59-{i}.txt")
        spans = []
        for name, key in PLACES.items():
            at = text.find(name)
            while at >= 0:
                spans.append(Span("mention", at, at + len(name), "LOC", {"name": name, "entity_id": key}))
                at = text.find(name, at + 1)
        g.add(article_features(a, sorted(spans, key=lambda s: s.start)))
        ids.append(a.id)
    part = g.partition()
    return [part[x] for x in ids]


# The pair model alone keeps these reactions (our short texts share much with the first reports); a probability
# no pair reaches leaves the anchor to what the reports say: shared marks, facts, cited days, and the event named
LEAST = 1.01


def test_reactions_naming_the_bombing_at_its_place_stay_in_its_story():
    b1, b2, b3, b4, b5, d1, d2, r1, r2, c1 = _place(anchor_days=2, anchor_least=LEAST)
    assert b1 == b2 == b3 == b4 == b5 == d1 == d2  # the bombing and the first day's reactions
    assert r1 == b1 and r2 == b1  # condemnations of that bombing, in their own words, two days later
    assert c1 != b1  # the place's other news: no attack named


def test_without_the_event_named_the_later_reactions_leave():
    placed = _place(anchor_days=2, anchor_least=LEAST, anchor_kind=False)
    assert placed[7] != placed[0] and placed[8] != placed[0]
