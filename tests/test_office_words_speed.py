"""``trigger``'s cached first test (is any reading a change word?) changes no answer."""

from __future__ import annotations

from marsad.nlp.gazetteer import tokenize
from marsad.nlp import office_words
from marsad.nlp.office_words import _OATH, TRIGGERS, WIN, trigger


def _trigger_without_shortcut(toks, k):
    """``trigger`` with its cached first test switched off (every token read in full)."""
    saved = office_words._may_trigger
    office_words._may_trigger = lambda norm: True
    try:
        return trigger(toks, k)
    finally:
        office_words._may_trigger = saved


# Sentences of our own: appointments, a resignation, an oath, a win with and without a post, clitics.
SENTENCES = [
    "أصدر الملك أمرا بتعيين سالم الحربي وزيرا للنقل وإعفاء سلفه من منصبه.",
    "وقدم رئيس البلدية استقالته أمس، وقبلها المجلس بعد جلسة طويلة.",
    "أدى الرئيس الجديد اليمين الدستورية أمام البرلمان صباح اليوم.",
    "فاز المرشح برئاسة الاتحاد، بينما فاز الفريق بالمباراة النهائية.",
    "وانتخب النواب رئيسا للمجلس، ثم عُيّن نائبه سفيرا لدى اليابان، وأقيل المدير العام.",
]


def test_trigger_gives_the_same_kind_on_every_token():
    for sentence in SENTENCES:
        toks = tokenize(sentence)
        got = [trigger(toks, k) for k in range(len(toks))]
        assert got == [_trigger_without_shortcut(toks, k) for k in range(len(toks))]
    toks = tokenize(SENTENCES[0])
    assert "appointed" in [trigger(toks, k) for k in range(len(toks))]


def test_every_change_word_with_clitics_still_triggers():
    for word in list(TRIGGERS) + list(WIN) + list(_OATH):
        for form in (word, "و" + word, "ب" + word, "وب" + word):
            toks = tokenize("قال " + form + " المجلس")
            assert trigger(toks, 1) == _trigger_without_shortcut(toks, 1), form


def test_the_positions_that_may_name_a_change_are_those_of_every_token_asked():
    from marsad.nlp.office_changes import _may_trigger_at

    text = " ".join(SENTENCES * 2)  # (each word twice: asked once, found at both places)
    toks = tokenize(text)
    got = _may_trigger_at(toks)
    assert got == [k for k, t in enumerate(toks) if office_words._may_trigger(t.norm)]
    assert len(got) >= 10
    assert _may_trigger_at(tokenize("قال المجلس إن الجلسة طويلة")) == []


def test_words_known_from_earlier_articles_give_the_same_positions(monkeypatch):
    from marsad.nlp import office_changes
    from marsad.nlp.office_changes import _may_trigger_at

    def slow(toks):
        return [k for k, t in enumerate(toks) if office_words._may_trigger(t.norm)]

    # Each article shares change words and other words with the ones before it, in other places.
    articles = [" ".join(SENTENCES[i:] + SENTENCES[:i]) for i in range(len(SENTENCES))]
    articles.append("أقيل المدير العام وعين نائبه مكانه، وفاز الفريق بالبطولة")
    for limit in (office_changes._MAY_LIMIT, 0):  # the sets kept, then full: the new words asked each time
        monkeypatch.setattr(office_changes, "_MAY_LIMIT", limit)
        monkeypatch.setattr(office_changes, "_MAY_YES", set())  # (every article's words new to the sets again)
        monkeypatch.setattr(office_changes, "_MAY_NO", set())
        for text in articles:
            toks = tokenize(text)
            assert _may_trigger_at(toks) == slow(toks), text
