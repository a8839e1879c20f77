"""Two teams "meeting" in a sports report is a match, not talks (issue 15): the reading of SaudiNewsNet
2015-07-26 found draws and qualifier fixtures coded as CONSULT between countries.  The same sentence in a
political report stays a meeting.  All on sentences written for these tests."""

from __future__ import annotations

import dataclasses

from test_events_coder import coded, make_doc

FIXTURE = "وتلتقي مصر مع تونس في الجولة الثانية بعد أسبوعين."
PARTIES = [("مصر", "LOC", "Egypt"), ("تونس", "LOC", "Tunisia")]


def _with_title(doc, title: str):
    doc.article = dataclasses.replace(doc.article, title=title)
    return doc


def test_two_countries_meeting_in_a_report_on_a_draw_is_a_match() -> None:
    doc = _with_title(make_doc("أسفرت القرعة عن مباريات متوازنة للمنتخبات العربية ولاعبيها المحترفين. " + FIXTURE,
                               PARTIES),
                      "قرعة متوازنة للمنتخب في تصفيات كأس العالم لكرة القدم")
    assert coded(doc, "CONSULT") == []


def test_the_same_words_in_a_political_report_stay_a_meeting() -> None:
    doc = _with_title(make_doc("بحث البلدان ملفات التعاون الاقتصادي والأمني. " + FIXTURE, PARTIES),
                      "مباحثات مصرية تونسية حول التعاون الاقتصادي")
    assert [(d["actor"]["name_en"], d["recipient"]["name_en"]) for d in coded(doc, "CONSULT")] == [("Egypt", "Tunisia")]
