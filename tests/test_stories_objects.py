"""What a headline says was opened or held (our own Arabic headlines, texts and names): a region's governor opens an
exhibition and, the next day, a park in the same town; two regions hold a festival of one name in one week.  The
reports share the patron, the town and the agency's words; what tells the events apart is the object each headline
names — its kind, its name and the place written after it."""

from __future__ import annotations

from marsad.models import Article
from marsad.stories.objects import object_slot, objects_conflict


def test_a_headline_names_its_object_by_kind_name_and_place():
    assert object_slot("أمير المنطقة يفتتح معرض «النخلة.. ذاكرة وطن» في الطائف")[0] == {
        "exhibition|ذاكر,نخله|loc:taif"}
    # the patron's region before the object is who opens it, not where: only the place after the object counts
    assert object_slot("أمير عسير يدشن مهرجان الزيتون في أبها")[0] == {"festival|زيت|loc:abha"}
    # an edition's words (international, eighth) do not name it; a verb after the name ends it
    assert object_slot("مهرجان الزيتون الدولي الثامن يستقبل زواره")[0] == {"festival|زيت|"}
    assert object_slot("أمير المنطقة يستقبل مدير الشرطة")[0] == frozenset()  # no object
    assert object_slot("مؤتمر صحفي للمتحدث الأمني")[0] == frozenset()  # (a press conference is no object here)


def test_two_objects_conflict_by_kind_name_or_place_but_one_told_twice_does_not():
    exhibition = object_slot("أمير المنطقة يفتتح معرض النخلة في الطائف")
    park = object_slot("أمير المنطقة يفتتح متنزه الوادي الأخضر في الطائف")
    assert objects_conflict(exhibition, park) is True  # another kind
    other_exhibition = object_slot("تجهيز معرض السيف في جدة")
    assert objects_conflict(exhibition, other_exhibition) is True  # another name (and place)
    baha, abha = object_slot("انطلاق مهرجان الزيتون بالباحة"), object_slot("أمير عسير يدشن مهرجان الزيتون في أبها")
    assert objects_conflict(baha, abha) is True  # one name, two places
    closing = object_slot("ختام مهرجان الزيتون وسط حضور كبير")
    assert objects_conflict(baha, closing) is False  # (no place said: may be the same festival)
    visitors = object_slot("آلاف الزوار في معرض النخلة")
    assert objects_conflict(exhibition, visitors) is False
    both = object_slot("زوار متنزه الوادي الأخضر يتوافدون على معرض النخلة")
    assert objects_conflict(exhibition, both) is False and objects_conflict(park, both) is False
    assert objects_conflict(exhibition, object_slot("أمير المنطقة يستقبل مدير الشرطة")) is None
    # another kind whose name shares a word is held in it: the town's festival and its boat race
    festival, race = object_slot("مهرجان ينبع البحري يواصل فعالياته"), object_slot("مسابقة قوارب ينبع تجذب الزوار")
    assert objects_conflict(festival, race) is False


LEAD = ("افتتح أمير منطقة مكة المكرمة مساء أمس في محافظة الطائف {what}، بحضور عدد من المسؤولين والأهالي، "
        "وتجول سموه في أرجائه واستمع إلى شرح عن مكوناته ومراحل تنفيذه، وأثنى على جهود أمانة المحافظة "
        "والجهات المشاركة. ")


def _article(i: int, when: str, title: str, what: str) -> Article:
    text = LEAD.format(what=what) + "وأكد المسؤولون أن المحافظة تشهد نهضة في المرافق العامة. " * 6
    return Article(id=f"o{i:04d}", raw_id=f"ro{i:04d}", text=text, title=title, outlet=f"منفذ {i % 3}",
                   published_at=when, origin=f"objects-{i}.txt")


def _openings() -> list[Article]:
    return [
        _article(0, "2026-05-04T08:00:00", "أمير مكة يفتتح معرض النخلة في الطائف", "معرض النخلة في متنزه الوادي"),
        _article(1, "2026-05-04T09:00:00", "أمير مكة يفتتح معرض النخلة بالطائف", "معرض النخلة في متنزه الوادي"),
        _article(2, "2026-05-05T08:00:00", "أمير مكة يفتتح متنزه الوادي في الطائف", "متنزه الوادي"),
        _article(3, "2026-05-05T09:00:00", "أمير مكة يفتتح متنزه الوادي بالطائف", "متنزه الوادي"),
    ]


def _place(articles: list[Article], **options) -> list[str]:
    from marsad.stories.features import article_features
    from marsad.stories.grouping import GroupOptions, Grouper

    g = Grouper(options=GroupOptions(**options))
    for a in articles:
        g.add(article_features(a, []))
    part = g.partition()
    return [part[a.id] for a in articles]


def test_placement_keeps_a_patrons_second_opening_apart():
    ex1, ex2, park1, park2 = _place(_openings())
    assert ex1 == ex2 and park1 == park2
    assert park1 != ex1


def test_a_name_word_reads_the_same_with_its_article_and_clitics_and_through_the_word_table():
    from marsad.arabic.normalize import fold_for_search
    from marsad.stories import objects as O
    from marsad.stories.features import content_term

    words = fold_for_search("وبالزيتون والنخلة للمهرجان بالطائف كالعادة الوادي في النخلة زيتون").split()
    O._NAME_TERMS.clear()
    for _ in range(2):  # made on the look-up, then read back
        assert [O._NAME_TERMS[w] for w in words] == [content_term(O._bare(w)) for w in words]
    assert O._NAME_TERMS[words[1]] == O._NAME_TERMS[words[7]] and O._NAME_TERMS[words[0]] == O._NAME_TERMS[words[8]]
    assert O._NAME_TERMS[words[6]] is None  # a function word names nothing
