"""The word after a number is what it counts only when it is a noun: a story page compared «عدد يجري», «عدد وشدده»,
«عدد بالحرس» and «عدد كانون» across outlets (a verb opening the next clause, a preposition with the article, the
first word of a month's name read as counted nouns).  Every sentence here is our own."""

from __future__ import annotations

import pytest

from marsad.stories.facts import quantities


@pytest.mark.parametrize("text", [
    "وقالت الوزارة إن 40 يجري علاجهم في مستشفيات المدينة",  # an imperfect verb
    "وأوضح أن 30 سيشاركون في البطولة المقبلة",  # a verb in the future
    "واستقبل الوفد المؤلف من 12 وشدد على أهمية التعاون",  # و and a verb in the past
    "والتقى الأمير 12 وشدده على ضرورة الالتزام",  # ... with its object
    "وسقط 3 بالحرس الحدودي خلال الاشتباك",  # a preposition with the article: a definite word counts nothing
    "وعقد الاجتماع في 25 كانون الثاني الماضي بحضور الوزراء",  # a month of two words is a date
    "وتنتهي المهلة في 10 تشرين الأول",
    "وعقد الاجتماع في 25 كانون ثاني الماضي بحضور الوزراء",  # ... written without the article, as often
    "وتنتهي المهلة في 10 تشرين أول المقبل",
])
def test_a_word_that_is_no_noun_is_not_counted(text):
    assert not [q for q in quantities(text) if q.frame.startswith("count:")], quantities(text)


@pytest.mark.parametrize("text, noun", [
    ("وصل 200 يمني إلى المدينة صباح اليوم", "يمني"),
    ("وأطلق الأطفال 300 بالونة في السماء", "بالونة"),
    ("وقدم المرشح 5 وعود لسكان الحي", "وعود"),
    ("ونشرت الهيئة 7 تقارير عن الموسم", "تقارير"),
    ("واشترت البلدية 40 سيارة جديدة", "سيارة"),
    ("ويدرس في المدرسة 90 تلميذا", "تلميذا"),
])
def test_nouns_that_begin_as_verbs_or_prepositions_do_are_still_counted(text, noun):
    assert [q.noun for q in quantities(text) if q.frame.startswith("count:")] == [noun]
