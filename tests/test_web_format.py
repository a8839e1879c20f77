"""How the pages say counts, dates, outlets and long text."""

from __future__ import annotations

from marsad.web.data import collapse_copies, one_per_name
from marsad.web.format import clip, count, day, day_range, entity_name, entity_type, outlet_name


def test_counts_agree_with_their_number_in_arabic():
    assert count(1, "article") == "مقال واحد"
    assert count(2, "article") == "مقالان"
    assert count(3, "article") == "3 مقالات"
    assert count(10, "article") == "10 مقالات"
    assert count(27, "article") == "27 مقالا"
    assert count(100, "article") == "100 مقال"
    assert count(103, "article") == "103 مقالات"
    assert count(1250, "article") == "1,250 مقالا"
    assert count(27, "article", "en") == "27 articles" and count(1, "article", "en") == "1 article"


def test_dates_read_as_readers_write_them_and_ranges_run_first_to_last():
    assert day("2015-07-21T09:30:00", "ar") == '<time class="day" datetime="2015-07-21">21 يوليو 2015</time>'
    assert "Jul" in day("2015-07-21", "en")
    assert day(None) == "" and day("undated") == ""
    both = str(day_range("2015-07-21", "2015-07-23"))
    assert both.index(">21<") < both.index("23 يوليو") and both.count("<bdi>") == 2
    assert str(day_range("2015-07-21", "2015-07-21")).count("<time") == 1
    assert day_range(None, None) == ""


def test_names_in_the_pages_language():
    assert entity_type("PER") == "شخص" and entity_type("ORG", "en") == "Organisation"
    us = {"name_ar": "الولايات المتحدة", "name_en": "United States"}
    assert entity_name(us) == "الولايات المتحدة" and entity_name(us, "en") == "United States"
    assert outlet_name("okaz") == "عكاظ" and outlet_name("okaz", "en") == "Okaz"
    # An article without an outlet shows who it credits, else what the page calls an unknown outlet.
    assert outlet_name({"outlet": None, "provenance": {"original_outlet": "بي بي سي نيوز"}}) == "بي بي سي"
    assert outlet_name({"outlet": None, "provenance": {}}, "ar", "مصدر غير معروف") == "مصدر غير معروف"


def test_long_text_is_folded_and_escaped():
    short = clip("نص قصير")
    assert "<details" not in short
    long = clip("كلمة " * 100 + "<script>", 50)
    assert long.startswith('<details class="clip"><summary>') and "&lt;script&gt;" in long


def test_one_outlets_copies_are_listed_once():
    rows = [{"id": "a", "outlet": "almadina", "title": "افتتاح الجسر"}, {"id": "b", "outlet": "almadina",
            "title": "افتتاح  الجسر"}, {"id": "c", "outlet": "okaz", "title": "افتتاح الجسر"},
            {"id": "d", "outlet": "almadina", "title": ""}, {"id": "e", "outlet": "almadina", "title": ""}]
    out = collapse_copies(rows)
    assert [r["id"] for r in out] == ["a", "c", "d", "e"] and out[0]["copies"] == 1


def test_related_actors_show_each_name_once_and_never_the_entity_itself():
    related = [
        {"id": "new:1:LOC", "name_ar": "نادي الساحل"},
        {"id": "loc:riyadh", "name_ar": "الرياض"},
        {"id": "new:1:ORG", "name_ar": "نادي  الساحل"},  # the same club, tagged once as an organisation
        {"id": "new:2:PER", "name_ar": "سالم الحربي"},  # the entity's own name under another id
    ]
    out = one_per_name(related, {"id": "new:3:PER", "name_ar": "سالم الحربي"})
    assert [e["id"] for e in out] == ["new:1:LOC", "loc:riyadh"]
