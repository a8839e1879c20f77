"""Conventions of many states: each state's deposit of its instrument and the states a listing adds after a
ratification, each on its own day, are steps of the convention (issue 15) — on sentences written for these tests."""

from __future__ import annotations

from test_treaty_recall import KB, _doc

from marsad.nlp.events.treaty_steps import find_steps

MALI, GHANA, TOGO, BENIN = (("مالي", "LOC", "Mali"), ("غانا", "LOC", "Ghana"), ("توغو", "LOC", "Togo"),
                            ("بنين", "LOC", "Benin"))
LEBANON, LIBYA = ("لبنان", "LOC", "Lebanon"), ("ليبيا", "LOC", "Libya")


def _ratified(steps) -> dict[str, str]:
    """Each taker of a ratification → its day."""
    return {s.data["by"]["country"]["name_en"]: s.data["date"] for s in steps
            if s.label == "ratified" and isinstance((s.data.get("by") or {}).get("country"), dict)}


def test_a_listing_after_a_ratification_gives_each_state_its_own_day() -> None:
    text = ("وكانت مالي قد صادقت على الاتفاقية الإقليمية لحماية الغابات في 3 مارس، تلتها غانا في 9 أبريل ثم توغو "
            "في 20 أبريل وبنين في 2 مايو.")
    doc = _doc(text, [MALI, GHANA, TOGO, BENIN], published_at="2026-06-10",
               timex=[("3 مارس", "2026-03-03"), ("9 أبريل", "2026-04-09"), ("20 أبريل", "2026-04-20"),
                      ("2 مايو", "2026-05-02")])
    assert _ratified(find_steps(doc, KB)) == {"Mali": "2026-03-03", "Ghana": "2026-04-09", "Togo": "2026-04-20",
                                              "Benin": "2026-05-02"}


def test_a_deposit_told_after_the_convention_is_its_ratification() -> None:
    text = ("دخلت الاتفاقية العربية لحماية الغابات حيز النفاذ أمس. وذكرت الأمانة في بيان أن لبنان أودع وثيقة تصديقه "
            "في 4 مايو، وليبيا في 11 مايو.")
    doc = _doc(text, [LEBANON, LIBYA], published_at="2026-06-10",
               timex=[("4 مايو", "2026-05-04"), ("11 مايو", "2026-05-11")])
    assert _ratified(find_steps(doc, KB)) == {"Lebanon": "2026-05-04", "Libya": "2026-05-11"}


def test_a_second_decree_coordinated_with_the_first_ratifies_its_own_convention() -> None:
    text = ("أبوظبي - أصدر رئيس الدولة، أمس الاثنين، مرسوما اتحاديا بالتصديق على اتفاقية النقل البحري بين الإمارات "
            "وسلطنة عمان، ومرسوما اتحاديا آخر بالتصديق على الاتفاقية الإقليمية لحماية الغابات والمراعي.")
    doc = _doc(text, [("الإمارات", "LOC", "United Arab Emirates"), ("عمان", "LOC", "Oman")],
               published_at="2026-06-02", timex=[("أمس الاثنين", "2026-06-01")])
    steps = [s for s in find_steps(doc, KB) if s.label == "ratified"]
    assert [(s.data["name"], s.data["date"]) for s in steps] == [
        ("اتفاقية النقل البحري", "2026-06-01"), ("الاتفاقية الإقليمية لحماية الغابات", "2026-06-01")]


def test_a_convention_named_after_its_organisation_keeps_that_name_and_the_organisation_is_no_party() -> None:
    text = ("أودعت غانا أمس صك انضمامها إلى اتفاقية الاتحاد الأفريقي لحماية الغابات الاستوائية. وكانت توغو قد "
            "صادقت على الاتفاقية في 9 مايو.")
    doc = _doc(text, [GHANA, TOGO, ("الاتحاد الأفريقي", "LOC", "African Union")], published_at="2026-06-10",
               timex=[("أمس", "2026-06-09"), ("9 مايو", "2026-05-09")])
    steps = [s for s in find_steps(doc, KB) if s.label == "ratified"]
    assert steps and all(s.data["name"].startswith("اتفاقية الاتحاد الأفريقي") for s in steps)
    assert _ratified(steps) == {"Ghana": "2026-06-09", "Togo": "2026-05-09"}
    assert not any(p.get("name_en") == "African Union" for s in steps for p in s.data["parties"])


def test_a_state_after_the_listing_comma_that_refused_or_did_not_ratify_is_not_a_ratifier() -> None:
    # the listing leaves the verb out; a state given its own verb (a refusal, a denial, a withdrawal) took no such step
    for tail in ("وغانا رفضتها في 9 أبريل.", "وغانا لم تصادق في 9 أبريل.", "وغانا انسحبت في 9 أبريل."):
        text = "وكانت مالي قد صادقت على الاتفاقية الإقليمية لحماية الغابات في 3 مارس، " + tail
        doc = _doc(text, [MALI, GHANA], published_at="2026-06-10",
                   timex=[("3 مارس", "2026-03-03"), ("9 أبريل", "2026-04-09")])
        assert _ratified(find_steps(doc, KB)) == {"Mali": "2026-03-03"}, tail


def test_a_listed_state_may_carry_a_word_of_its_own_turn() -> None:
    text = "وكانت مالي قد صادقت على الاتفاقية الإقليمية لحماية الغابات في 3 مارس، وغانا بدورها في 9 أبريل."
    doc = _doc(text, [MALI, GHANA], published_at="2026-06-10",
               timex=[("3 مارس", "2026-03-03"), ("9 أبريل", "2026-04-09")])
    assert _ratified(find_steps(doc, KB)) == {"Mali": "2026-03-03", "Ghana": "2026-04-09"}
