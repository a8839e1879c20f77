"""review39: what a last read of the round's change found (own Arabic)."""

from __future__ import annotations

from marsad.nlp.quotes import find_quotes

# (own wording: a minister's words opening a text, then the same after a first paragraph)
_WORDS = "«الوضع خطير» في المنطقة كلها ولا أحد يتحرك لوقف ما يجري هناك منذ شهور، قال الوزير للصحافيين أمس."


def test_a_quote_opening_the_text_is_of_the_kind_it_is_after_a_paragraph():
    """A clause with no «أن» before its quotation mark is read alike at the start of the text and after a paragraph
    (at the start, with nothing before it, it was taken for a quoted term after a bare «أن»: indirect)."""
    first = [(q.label, q.data["content_text"]) for q in find_quotes(_WORDS)]
    later = [(q.label, q.data["content_text"]) for q in find_quotes("بدأ الاجتماع صباحا.\n" + _WORDS)]
    assert first == later and first[0][0] == "direct"


def test_a_quoted_term_after_a_bare_that_is_still_indirect():
    quotes = find_quotes("وقال الوزير إن «داعش» يصب في مصلحة خصومه منذ البداية.")
    assert [q.label for q in quotes] == ["indirect"]
