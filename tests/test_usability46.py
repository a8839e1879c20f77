"""A media-monitoring team's first hour on PostgreSQL, the API and the web UI, round 46: each stumble held to its fix
(own Arabic throughout)."""

from __future__ import annotations


def test_a_wire_credit_names_the_city_it_was_filed_from_not_a_writer():
    """SaudiNewsNet 2015-08-02: «بوسطن - واس:» made «بوسطن» the article's writer (the article page read «الكاتب:
    بوسطن»), as «أ ف ب - ميامي» made «ميامي» one: a wire's credit names no reporter, and a city no list of places
    knows stayed a person. Over all of SaudiNewsNet, 556 distinct author fields lost such a «writer»."""
    from test_outlets import _authored

    assert _authored("بوسطن - واس:", "aljazirah") == ([], "was")
    assert _authored("أ ف ب - ريو دي جانيرو", "alyaum") == ([], "afp")
    assert _authored("شتوتجارت - د ب أ", "alriyadh") == ([], "dpa")
    assert _authored("وكالات - ميلووكي", "almadina") == ([], None)
    assert _authored("يوليو - رويترز:", "aljazirah") == ([], "reuters")  # a month where the city goes
    assert _authored("عمان: الوطن، واس", "alwatan") == ([], "was")  # its own outlet beside the wire
    # a reporter the wire credits, and the reporter of the paper beside it, stay
    assert _authored("الجزيرة - واس - سلافة القرشي:", "aljazirah") == (["سلافة القرشي"], "was")
    assert _authored("مازن العبيدي، أ ف ب - تونس", "almadina") == (["مازن العبيدي"], "afp")
    assert _authored("أبها: ريان الشهري، الوطن", "alwatan") == (["ريان الشهري"], None)


def test_a_desk_or_the_word_that_opens_a_credit_is_no_writer():
    """«الجزيرة - المحليات:» (the local desk; 65 author fields of SaudiNewsNet) gave the writer «المحليات»,
    «إعداد - فلان» and «قراءة: فلان» gave «إعداد» and «قراءة» beside the name, and Arriyadiyah's «بقلم: فلان | Mon,
    2015-08-10 22:22» gave «Mon», «2015», «08» … as writers."""
    from test_outlets import _authored

    assert _authored("الجزيرة - المحليات:", "aljazirah") == ([], None)
    assert _authored("إعداد - نوال الحربي", "alriyadh") == (["نوال الحربي"], None)
    assert _authored("قراءة: هشام الدوسري", "okaz") == (["هشام الدوسري"], None)
    assert _authored("بقلم: عادل القرني | Mon, 2015-08-10 22:22", "arriyadiyah") == (["عادل القرني"], None)
    assert _authored("جدة – سامر اليامي | Tuesday, 11 August 2015 - 14:22 pm", "arriyadiyah")[0] == ["سامر اليامي"]
