"""Regional offices of one institution (stories/branches.py): two offices' announcements of one week, told in the
same words, are two events; a national story keeps a region's item (issue 14).  Headlines and texts are our own."""

from __future__ import annotations

from marsad.models import Article
from marsad.stories.branches import branch_slot, branches_conflict


def test_a_headline_names_an_office_by_the_place_written_after_its_word():
    assert branch_slot("تعليم تبوك يدعو المعلمين الجدد إلى المقابلات")[0] == {"تعليم|loc:tabuk"}
    # a place type between the institution and its place is skipped
    assert branch_slot("أمين منطقة حائل يتفقد المراكز")[0] == {"امين|loc:hail"}
    # a place written with a clitic says where something happens, not whose office acts
    assert branch_slot("إنقاذ ثلاثة أشخاص من الغرق بجازان")[0] == frozenset()
    # a governorate the knowledge base lacks, found by the article's entity layer (with its clitic)
    assert branch_slot("تعليم الغيلانة يستقبل المرشحين", ["بالغيلانة"])[0] == {"تعليم|n:غيلانه"}
    # abroad: nothing (a developing story roams there)
    assert branch_slot("شرطة أنقرة تعتقل مشتبها")[0] == frozenset()


def test_two_offices_of_one_institution_conflict_one_office_told_twice_does_not():
    tabuk = branch_slot("تعليم تبوك يدعو المعلمين الجدد إلى المقابلات")
    jazan = branch_slot("تعليم جازان يدعو المعلمين الجدد إلى المقابلات")
    tabuk2 = branch_slot("تعليم تبوك يحدد مواعيد المقابلات الشخصية")
    guards = branch_slot("حرس حدود جازان ينقذ صيادين")
    assert branches_conflict(tabuk, jazan) is True
    assert branches_conflict(tabuk, tabuk2) is False
    assert branches_conflict(tabuk, guards) is None  # another institution: nothing to compare
    assert branches_conflict(tabuk, branch_slot("وزارة التعليم تعلن نتائج المفاضلة")) is None


LEAD = ("أعلنت إدارة التعليم في {town} أن المقابلات الشخصية للمعلمين والمعلمات المرشحين للتعيين هذا العام تبدأ يوم "
        "الأحد المقبل، ودعت المرشحين إلى حجز مواعيدهم إلكترونيا عبر بوابة الإدارة وإحضار أصول الشهادات والهوية. ")


def _article(i: int, when: str, title: str, town: str, body: str = LEAD) -> Article:
    text = body.format(town=town) + "وأوضح المتحدث أن لجان المقابلات جاهزة لاستقبال المتقدمين في الموعد. " * 6
    return Article(id=f"b{i:04d}", raw_id=f"rb{i:04d}", text=text, title=title, outlet=f"منفذ {i % 3}",
                   published_at=when, origin=f"branches-{i}.txt")


def _place(articles: list[Article], **options) -> list[str]:
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    g = Grouper(options=GroupOptions(**options))
    for a in articles:
        g.add(article_features(a, []))
    part = g.partition()
    return [part[a.id] for a in articles]


def _offices() -> list[Article]:
    return [
        _article(0, "2026-03-01T08:00:00", "تعليم تبوك يدعو 412 مرشحا للمقابلات الشخصية الأحد المقبل", "تبوك"),
        _article(1, "2026-03-01T09:00:00", "تعليم تبوك يدعو 412 مرشحا للمقابلات الشخصية", "تبوك"),
        _article(2, "2026-03-02T08:00:00", "تعليم جازان يدعو 268 مرشحا للمقابلات الشخصية الأحد المقبل", "جازان"),
        _article(3, "2026-03-02T09:00:00", "تعليم جازان يدعو 268 مرشحا للمقابلات الشخصية", "جازان"),
    ]


def test_placement_keeps_two_offices_announcements_apart():
    t1, t2, j1, j2 = _place(_offices())
    assert t1 == t2 and j1 == j2
    assert t1 != j1
    t1, t2, j1, j2 = _place(_offices(), branch_slots=False)
    assert t1 == j1  # (what the slot is for: without it one story pools both offices)


NATIONAL = ("أعلنت اللجنة العامة للانتخابات البلدية اكتمال تجهيز المراكز الانتخابية في مناطق المملكة استعدادا لبدء قيد "
            "الناخبين والناخبات، وأوضح المتحدث باسم الانتخابات البلدية أن اللجان المحلية {town} جاهزة. ")


def test_a_national_story_keeps_a_regions_item():
    articles = [
        _article(0, "2026-03-01T08:00:00", "الانتخابات البلدية: تجهيز 900 مركز انتخابي في مناطق المملكة", "", NATIONAL),
        _article(1, "2026-03-01T09:00:00", "المتحدث باسم الانتخابات البلدية: 900 مركز انتخابي جاهزة", "", NATIONAL),
        _article(2, "2026-03-01T10:00:00", "الانتخابات البلدية: 900 مركز انتخابي لقيد الناخبين", "", NATIONAL),
        _article(3, "2026-03-02T08:00:00", "أمين تبوك يتفقد المراكز الانتخابية للانتخابات البلدية", "في تبوك",
                 NATIONAL),
        _article(4, "2026-03-02T09:00:00", "أمين حائل يتفقد المراكز الانتخابية للانتخابات البلدية", "في حائل",
                 NATIONAL),
    ]
    stories = _place(articles)
    assert stories[0] == stories[1] == stories[2]
    assert stories[4] == stories[0]  # another region's office among many national reports: one story
