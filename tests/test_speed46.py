"""speed46's shortcuts give what the plain computation gives (sentences written for these tests)."""

from __future__ import annotations

from marsad.models import Article, Doc, Span


def _sentences(text: str) -> list[Span]:
    """A sentence span for each piece of ``text`` ending with a full stop (the space after it left out)."""
    out, start = [], 0
    while (end := text.find(".", start)) >= 0:
        out.append(Span("sentence", start, end + 1))
        start = end + 2
    return out


def test_clauses_read_each_sentence_from_the_article_folded_once():
    """``find_clauses`` cuts each sentence's folded text out of the article folded in place (deleted marks kept as
    \\x01 and taken out after the cut): marks before a sentence and inside its cue word («المعاهَدةُ») shift nothing,
    and a text holding \\x01 of its own is folded sentence by sentence — the clauses of each sentence read alone."""
    from marsad.nlp.events import treaties as T

    text = ("وَقَّعَ الوزيرانِ في الرياضِ مساءَ أمسِ بعد لقاءٍ طويلٍ. "
            "وتُلزِمُ المعاهَدةُ الطرفينِ بتقديمِ المساعدةِ المتبادلةِ عند أيِّ عدوانٍ. "
            "وشدَّدَ الجانبانِ على التعاونِ في مجالِ الطاقةِ النوويةِ بموجبِ الاتفاقِ. "
            "وعاد الوفدُ إلى بلادِه بعد الظهرِ.")
    for body in (text, text.replace("أمسِ", "أمسِ\x01")):
        sents = _sentences(body)
        assert len(sents) == 4
        plain = [kind for s in sents for kind in T.clause_kinds(body[s.start:s.end])]
        found = T.find_clauses(Doc(Article(id="s46", raw_id="s46", text=body, title=""), {"sentence": sents}))
        assert [(s.label, s.data["area"]) for s in found] == plain
        assert [s.start for s in found] == [s.start for s in sents for _ in T.clause_kinds(body[s.start:s.end])]
        # the second sentence binds both sides to help each other; the third names nuclear energy
        assert ("mutual_assistance", None) in plain and any(kind == "cooperation" for kind, _ in plain)


def test_shingles_are_three_folded_words_joined_by_a_space_in_utf8():
    """``syndication.shingles`` joins the words' UTF-8 bytes three at a time: the shingles of the words' text joined
    and encoded whole, a repeated phrase once, and only the first ``max_words`` words read."""
    from marsad.stories.syndication import WORD_RE, fold_for_search, shingles

    text = ("أعلنت الوزارةُ افتتاح المعرض الدولي للكتاب، وقالت الوزارة إن افتتاح المعرض الدولي سيكون "
            "يوم الأحد 12 يوليو بحضور كتّاب من عشرين دولة.")
    words = WORD_RE.findall(fold_for_search(text))
    plain = {" ".join(words[i:i + 3]).encode("utf-8") for i in range(len(words) - 2)}
    assert shingles(text) == plain
    assert len(plain) < len(words) - 2  # («افتتاح المعرض الدولي» twice)
    assert shingles(text, max_words=5) == {" ".join(words[i:i + 3]).encode("utf-8") for i in range(3)}
    assert shingles("كلمتان فقط") == {" ".join(WORD_RE.findall(fold_for_search("كلمتان فقط"))).encode("utf-8")}
