"""One list of the words that name an outlet's kind (own Arabic)."""

from __future__ import annotations

from marsad.nlp.quotes import find_quotes


def test_every_kind_of_outlet_the_registry_knows_titles_a_quoted_name():
    """The quote finder kept its own list of outlet words beside the outlet registry's, and lacked some: «…» after
    «تلفزيون» or «بجريدة» was a quotation of the name, as after «صحيفة» it no longer was.  One list now."""
    from marsad.outlets import KIND_WORDS, lookup

    for word in KIND_WORDS:
        for before in (f"مع {word}", f"ل{word}", f"ب{word}"):
            text = f"وفي حديث {before} «الأفق الجديد»، نوه الوزير إلى أهمية الحوار بين الأطراف."
            assert not find_quotes(text), text
    assert lookup("الجريدة الرياض") == lookup("الرياض") is not None


def test_the_extractor_and_the_quote_finder_read_the_same_kinds_of_outlet():
    """The extractor kept a third list (with «محطة»): an outlet cited as «محطة …» in the prose was one, while the
    quote finder took «محطة «الأفق الجديد»» for a quotation and the registry did not strip «محطة» from a name."""
    from marsad.extract.metadata import cited_outlets, is_outlet
    from marsad.outlets import KIND_WORDS, lookup

    for word in KIND_WORDS:
        assert cited_outlets(f"وجاء ذلك بحسب ما ذكرت {word} الأفق الجديد أمس.") == ["الأفق الجديد"], word
        assert is_outlet(f"{word} الأفق الجديد"), word
    assert not find_quotes("وفي حديث مع محطة «الأفق الجديد»، نوه الوزير إلى أهمية الحوار بين الأطراف.")
    assert lookup("محطة الجزيرة") == lookup("الجزيرة") is not None  # a broadcaster


def test_a_kind_word_is_stripped_only_when_it_fits_the_outlets_kind():
    """«محطة الرياض» and «تلفزيون الرياض» resolved to the newspaper Al-Riyadh: a kind word was stripped whatever the
    kind.  A newspaper is named after «صحيفة/جريدة», a channel after «قناة/تلفزيون», an agency after «وكالة»."""
    from marsad.outlets import KIND_WORDS, lookup

    riyadh = lookup("الرياض")
    assert riyadh is not None and riyadh.kind == "newspaper"
    for word in ("محطة", "تلفزيون", "قناة", "إذاعة", "وكالة", "مجلة"):
        assert lookup(f"{word} الرياض") is None, word
    assert lookup("جريدة الرياض") == lookup("الصحيفة الرياض") == lookup("موقع الرياض") == riyadh
    assert lookup("تلفزيون الميادين") == lookup("الميادين") is not None
    assert lookup("صحيفة الميادين") is None
    assert lookup("وكالة الأناضول") == lookup("الأناضول") is not None
    assert lookup("قناة الأناضول") is None
    for word in KIND_WORDS:  # every word still fits some kind of outlet
        assert any(lookup(f"{word} {name}") for name in ("الرياض", "الميادين", "الأناضول", "نيوزويك", "هسبريس")), word
