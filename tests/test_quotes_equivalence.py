"""The fast quote finder finds exactly the quotes of its plainly written reference, on real news.

SaudiNewsNet articles are read at run time from ../shared (the test skips without it): every quote's offsets,
label, speaker, cue, content and channel must agree.  ``benchmarks/bench_quotes.py --check`` runs the same
comparison on a thousand articles or more, with NER and linking mentions.
"""

from __future__ import annotations

import json
import zipfile

from marsad.arabic.stages import SENTENCES
from marsad.models import Article, Doc
from marsad.nlp.quote_tokens import tokenize
from marsad.pipeline.stage import Resources

from conftest import shared_path
from quotes_reference import compare, reference_tokenize

HELD_OUT = "2015-08-09"  # kept for an independent reading of the quote output: never read here


def _articles(limit: int) -> list[str]:
    """Every 5th non-empty article of each day, up to ``limit``: several days and outlets, not one day's first."""
    out: list[str] = []
    for path in sorted(shared_path("data", "saudinewsnet").glob("*.zip")):
        if HELD_OUT in path.name:
            continue
        with zipfile.ZipFile(path) as zf:
            for name in sorted(n for n in zf.namelist() if n.endswith(".json")):
                records = json.loads(zf.read(name).decode("utf-8"))
                out += [r["content"] for r in records[::5] if r.get("content")][:20]
        if len(out) >= limit:
            break
    return out[:limit]


def test_fast_quote_finder_matches_reference_on_news():
    res = Resources()
    triples = []
    for i, text in enumerate(_articles(200)):
        doc = Doc(Article(id=str(i), raw_id=str(i), text=text))
        SENTENCES.func(doc, res)
        triples.append((text, [(s.start, s.end) for s in doc.layers.get("sentence", [])], []))
    n, n_quotes, differ = compare(triples)
    assert n == 200 and n_quotes > 300  # real news with many quotes, not a skipped or empty load
    assert differ == []


def test_tokenizer_matches_reference_on_hard_text():
    """Diacritics, tatweel (inside a word and alone), a diacritic opening a token, "_", digits, every quotation style
    and other spaces: the fast tokenizer gives the reference tokenizer's tokens, for a whole text and for spans
    (touching, out of order and overlapping ones too)."""
    texts = [
        "وقـــال الوزيرُ: «إنّ المفاوضات ـــ كما قال ـ مستمرة»، وأضافَ \"نعم\".",
        "\u064eبدأ الاجتماع_الثاني عند 10.30 صباحا؛ فقال‏ المتحدث (باسم الوزارة): “لا تعليق”!",
        "ـ\nفلان\u00a0قال‏:\t‘حسنا’ … و\u0651 ف x_y _z",
        "فاز وفد البلدية، وقال فلان: فوزنا مستحق (وفي) و.",  # و/ف kept on words of three letters or fewer
        "",
        "   ",
    ]
    for text in texts:
        half = len(text) // 2
        for spans in (None, [(0, len(text))], [(0, half), (half, len(text))], [(half, len(text)), (0, half + 3)]):
            assert tokenize(text, spans) == reference_tokenize(text, spans)


def test_tokenizer_classes_every_character_as_the_pattern_does():
    """Every character of the Basic Multilingual Plane (lone surrogates included) and some beyond it (an emoji, a
    mathematical letter, a Brahmi digit), glued inside a word and standing alone between spaces: the tokenizer,
    which classes characters by a table, splits as the reference's regular expression does."""
    chars = [chr(c) for c in range(0x10000)] + ["\U0001F600", "\U0001D400", "\U00011066", "\U000E0001"]
    text = "".join(f"ب{c}ب {c} " for c in chars)
    assert tokenize(text) == reference_tokenize(text)
    spans = [(k, k + 3) for k in range(0, len(text), 7)]  # edges inside words and right after a glued character
    assert tokenize(text, spans) == reference_tokenize(text, spans)
    assert len(tokenize(text)) > 70000  # one or more tokens per character, not a cut or empty text


def test_sentence_selection_matches_reference_on_hard_text():
    """Cue words written with tatweel, a diacritic, a zero-width mark or glued punctuation, and sentences with no
    cue at all: the fast selection of the sentences worth tokenizing keeps exactly the reference's."""
    from marsad.nlp.quotes import QuoteOptions, _Finder
    from marsad.nlp.speech_lexicon import fold_letters

    from quotes_reference import ReferenceFinder

    parts = [
        "قــال المسؤول إن الخطة جاهزة.",
        " ذهب الوفد إلى الرياض صباحا.",
        " وأكدَ الوزير أن العمل مستمر.",
        " انتهى الاجتماع،وأوضح: لا جديد.",
        " قا\u200bل الرجل كلاما عابرا.",
        " ووفقا\u00a0للبيان فإن الموعد تأجل.",
        " «صرح» مكتوبة بين علامتين.",
        " الطقس معتدل اليوم_غدا.",
    ]
    text = "".join(parts)
    sentences, pos = [], 0
    for part in parts:
        sentences.append((pos, pos + len(part)))
        pos += len(part)
    finder = _Finder(text, sentences, [], QuoteOptions())
    folded = fold_letters(text)
    fast = finder._speech_sentences(folded)
    assert fast == ReferenceFinder._speech_sentences(finder, folded)
    assert len(fast) == 6  # every sentence but the two with no cue word


def test_word_searches_by_find_match_their_patterns():
    """Titles and roles are looked up by ``str.find`` with word-boundary checks: they find the places the
    lookbehind patterns they replace find — glued letters, "_", digits, a و before the role, the edges of the
    searched range (a letter just before it still counts, the range's end is a break) and repeats."""
    import re

    from marsad.nlp.quote_coref import CorefFinder, whole_word_spots

    text = ("المتحدث الرسمي قال إن المتحدث الرسميين غابوا، والمتحدث الرسمي_ حضر، ثم والمتحدث الرسمي "
            "وقال2المتحدث الرسمي ومصادر مصادر_ مصادرنا ومصادر. ولمصادر «مصادر» مصادر مصادر بومصادر")
    for phrase in ("المتحدث الرسمي", "مصادر", "قال", "ر"):
        whole = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")
        after_wa = re.compile(r"(?<!\w)و?(" + re.escape(phrase) + r")(?!\w)")
        for lo in range(0, len(text), 7):
            for hi in (lo + 9, lo + 40, len(text)):
                hi = min(hi, len(text))
                assert whole_word_spots(text, phrase, lo, hi) == [m.start() for m in whole.finditer(text, lo, hi)]
                finder = CorefFinder()
                finder.folded = text
                assert finder._role_spots(phrase, lo, hi) == [lo + m.start(1) for m in after_wa.finditer(text[lo:hi])]
    assert len(whole_word_spots(text, "مصادر", 0, len(text))) == 3  # not مصادر_، مصادرنا، ومصادر، ولمصادر، بومصادر


def test_mark_offsets_give_the_same_pairs():
    """Pairing a paragraph's quotation marks from offsets found once per text gives the pairs of a scan of the
    paragraph itself, mixed styles and a stray mark included."""
    from marsad.nlp.quote_marks import mark_positions, pair_quotes

    text = "قال: «نحن هنا» و“سنبقى” ثم \"انتهى الأمر\nسطر ثان ”غريب” و‘أخير’ O’Neil «مفتوح"
    marks = mark_positions(text)
    assert len(marks) == 11
    first = text.index("\n")
    for lo, hi in ((0, first), (first + 1, len(text)), (0, len(text))):
        assert pair_quotes(text, lo, hi, marks) == pair_quotes(text, lo, hi)
    assert [text[a + 1:b] for a, b in pair_quotes(text, 0, first, marks)] == ["نحن هنا", "سنبقى"]
