"""What a reader of Marsad's output tripped over (usability41), on Arabic written for these tests."""

from __future__ import annotations


def test_story_agreements_in_the_cli_are_worded_in_arabic(capsys):
    from marsad.cli.stories import print_story

    fact = {"kind": "fact", "about": "number of قرارات", "about_ar": "عدد قرارات", "value": "~7",
            "value_ar": "نحو 7", "values": ["~7"], "values_ar": ["نحو 7"], "outlets": ["a", "b"], "sentences": []}
    clash = {"kind": "number", "about": "duration (years)", "about_ar": "المدة (بالسنوات)", "outlets": ["a", "b"],
             "values": [{"value": "5 years", "value_ar": "5 سنة", "outlets": ["a"], "sentences": []},
                        {"value": "6 years", "value_ar": "6 سنة", "outlets": ["b"], "sentences": []}]}
    view = {"title": "مجلس يصدر قرارات", "id": "s-1", "size": 2, "first_seen": None, "last_seen": None,
            "key_entities": [], "outlets": [], "articles": [], "summary": [], "timeline": [], "quotes": [],
            "comparison": {"agreements": [fact], "disagreements": [clash], "single_outlet_claims": [],
                           "distinctive_wording": {}}}
    print_story(view)
    out = capsys.readouterr().out
    assert "عدد قرارات: نحو 7" in out and "المدة (بالسنوات)" in out and "5 سنة" in out
    assert "number of" not in out and "years" not in out and "~7" not in out
