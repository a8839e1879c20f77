"""A relief agency's later news beside its delivery (our own Arabic): the agency's fourth plane flies volunteer
doctors to a port city; three days later its director meets the UN's humanitarian coordinator.  A statement of the
day between names both, and the meeting's reports joined the delivery's story through it, by the agency and its
director alone (issue 14: "same actor, another event").  The doctors' first operations, told days later, share
the delivery's event and stay."""

from __future__ import annotations

from marsad.models import Article, Span

AGENCY, DIRECTOR = "مركز الواحة للإغاثة", "سالم الفرحان"

P1 = ("أقلعت من مطار الرياض أمس طائرة الإغاثة الرابعة التابعة لمركز الواحة للإغاثة متجهة إلى مطار عدن، وعلى متنها "
      "خمسة وعشرون طبيبا متطوعا وأدوية ومستلزمات جراحية، وقال متحدث باسم المركز إن الأطباء "
      "سيعملون في مستشفيات عدن شهرا كاملا.")
P2 = ("سير مركز الواحة للإغاثة أمس طائرته الرابعة إلى عدن تحمل خمسة وعشرين طبيبا متطوعا وأدوية، وذكر بيان المركز أن "
      "الأطباء المتطوعين سيعملون في مستشفيات عدن شهرا ضمن برنامج الدعم الطبي.")
P3 = ("وصلت إلى مطار عدن طائرة مركز الواحة للإغاثة الرابعة وعلى متنها خمسة وعشرون طبيبا متطوعا، واستقبلهم "
      "مسؤولو الصحة في المحافظة قبل توجههم إلى مستشفيات المدينة.")
P4 = ("نقلت طائرة الإغاثة الرابعة لمركز الواحة للإغاثة أمس خمسة وعشرين طبيبا متطوعا من الرياض إلى عدن مع شحنة "
      "أدوية ومستلزمات جراحية، وذكر المركز أن الأطباء سيعملون في مستشفيات عدن شهرا كاملا.")
P5 = ("أعلن مركز الواحة للإغاثة إقلاع طائرته الرابعة إلى عدن وعلى متنها خمسة وعشرون طبيبا متطوعا في تخصصات "
      "الجراحة والتخدير والطوارئ، سيعملون في مستشفيات عدن شهرا.")
BRIDGE = ("قال المدير العام لمركز الواحة للإغاثة سالم الفرحان إن الأطباء المتطوعين الذين نقلتهم الطائرة الرابعة إلى "
          "عدن باشروا عملهم، وإن المركز سينسق مع منسق الشؤون الإنسانية في الأمم المتحدة لإيصال المساعدات إلى "
          "المحافظات المحاصرة في اليمن.")
M1 = ("التقى المدير العام لمركز الواحة للإغاثة سالم الفرحان في الرياض أمس منسق الشؤون الإنسانية في الأمم المتحدة، "
      "وبحث معه تنسيق الجهود الإنسانية في اليمن وإيصال المساعدات إلى المحافظات المحاصرة. واستعرض الجانبان خطة "
      "الاستجابة الأممية للعام الحالي وآليات التمويل المشترك، واتفقا على عقد اجتماع دوري في جنيف لمتابعة التنفيذ.")
M2 = ("بحث المدير العام لمركز الواحة للإغاثة سالم الفرحان مع منسق الشؤون الإنسانية في الأمم المتحدة تنسيق الجهود "
      "الإنسانية في اليمن، واستعرضا خطة الاستجابة الأممية وآليات التمويل المشترك، واتفقا على اجتماع دوري في "
      "جنيف لمتابعة تنفيذ الخطة وإيصال المساعدات إلى المحافظات المحاصرة.")
OPS = ("أجرى الأطباء المتطوعون الذين نقلتهم طائرة مركز الواحة للإغاثة الرابعة إلى عدن أمس أولى العمليات الجراحية في "
       "مستشفيات المدينة، وقال سالم الفرحان إن الفريق الطبي عالج مئات الجرحى منذ وصوله.")

ROWS = [
    ("2026-05-01T08:00:00", "وكالة الأنباء", "الطائرة الرابعة لمركز الواحة تقل أطباء متطوعين إلى عدن", P1),
    ("2026-05-01T10:00:00", "صحيفة الصباح", "مركز الواحة يسير طائرته الرابعة إلى عدن بخمسة وعشرين طبيبا", P2),
    ("2026-05-01T13:00:00", "صحيفة الضحى", "خمسة وعشرون طبيبا متطوعا على متن الطائرة الرابعة إلى عدن", P4),
    ("2026-05-01T16:00:00", "موقع الأفق", "مركز الواحة: أطباء متطوعون في تخصصات الجراحة إلى عدن", P5),
    ("2026-05-02T09:00:00", "صحيفة المساء", "وصول طائرة الأطباء المتطوعين من مركز الواحة إلى عدن", P3),
    ("2026-05-03T09:00:00", "صحيفة المساء", "الفرحان: أطباء مركز الواحة باشروا عملهم في عدن", BRIDGE),
    ("2026-05-04T09:00:00", "وكالة الأنباء", "الفرحان يلتقي منسق الشؤون الإنسانية الأممي", M1),
    ("2026-05-04T12:00:00", "صحيفة الصباح", "الفرحان ومنسق الأمم المتحدة يبحثان تنسيق الجهود الإنسانية في اليمن", M2),
    ("2026-05-04T15:00:00", "صحيفة الضحى", "أطباء الطائرة الرابعة يجرون أولى العمليات الجراحية في عدن", OPS),
]


def place_rows(rows, prefix: str, **options) -> list[str]:
    """The story each of ``rows`` (when, outlet, title, text) is placed in by a Grouper of ``options``, the agency and
    its director read as mentions (also the breadth rule's tests)."""
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    g = Grouper(options=GroupOptions(**options))
    ids = []
    for i, (when, outlet, title, text) in enumerate(rows):
        a = Article(id=f"{prefix}{i:04d}", raw_id=f"r{prefix}{i:04d}", text=text, title=title, outlet=outlet,
                    published_at=when, origin=f"{prefix}-{i}.txt")
        spans = []
        for name, label in ((AGENCY, "ORG"), (DIRECTOR, "PER")):
            at = text.find(name)
            if at >= 0:
                spans.append(Span("mention", at, at + len(name), label, {"name": name}))
        g.add(article_features(a, spans))
        ids.append(a.id)
    part = g.partition()
    return [part[x] for x in ids]


def _place(**options) -> list[str]:
    return place_rows(ROWS, "w", **options)


def test_the_agency_s_later_meeting_does_not_join_its_delivery_by_the_agency_alone():
    p1, p2, p4, p5, p3, bridge, m1, m2, ops = _place(anchor_days=2)
    assert p1 == p2 == p4 == p5 == p3 == bridge  # the delivery and its reports of the next days
    assert ops == p1  # the doctors' first operations: the delivery's event, days later
    assert m1 != p1 and m2 != p1  # the director's meeting: another event of the same agency
    assert m1 == m2


def test_without_the_anchor_the_meeting_joins_through_the_day_between():
    placed = _place(anchor_days=0)
    assert placed[6] == placed[0] and placed[7] == placed[0]
