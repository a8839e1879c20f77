"""Tokenizer: token boundaries, normalised forms and name-safe clitic splitting."""

from __future__ import annotations

import pytest

from marsad.arabic import Token, split_clitics, tokenize
from marsad.arabic.clitics import analyse_clitics
from marsad.arabic.lexicon import Lexicon, default_lexicon
from marsad.errors import InputError


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def _one(word: str) -> Token:
    toks = tokenize(word)
    assert len(toks) == 1, toks
    return toks[0]


def test_lexicon_is_shipped():
    # Without the data file every clitic decision degrades to "do not split".
    assert len(default_lexicon()) > 50_000


def test_offsets_point_at_the_surface():
    text = "قالَ الوزيرُ، في «بيانٍ» نُشر يوم 19/6/2024: نعم!"
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text


def test_punctuation_is_split_from_words():
    assert _texts("قال: «نعم»، ثم سأل (لماذا؟) وقال “كفى” و‘لا’؛") == [
        "قال", ":", "«", "نعم", "»", "،", "ثم", "سأل", "(", "لماذا", "؟", ")",
        "وقال", "“", "كفى", "”", "و", "‘", "لا", "’", "؛",
    ]


def test_numbers_stay_whole():
    assert _texts("نما بنسبة 2024.5 في 19/6/2024 الساعة 10:30 و٣٫٥ مليون") == [
        "نما", "بنسبة", "2024.5", "في", "19/6/2024", "الساعة", "10:30", "و", "٣٫٥", "مليون",
    ]
    num = tokenize("بلغ 1,250 دولارا")[1]
    assert num.text == "1,250" and num.is_digit and not num.is_arabic


def test_latin_words_and_acronyms_stay_whole():
    assert _texts("قالت Jean-Yves O'Brien إن U.S. وNATO") == [
        "قالت", "Jean-Yves", "O'Brien", "إن", "U.S.", "و", "NATO",
    ]


def test_url_is_one_token():
    assert _texts("المصدر: https://example.org/news/1.html.") == [
        "المصدر", ":", "https://example.org/news/1.html", ".",
    ]


def test_diacritics_and_tatweel_stay_inside_the_word():
    tok = _one("الـمُـؤتَمَرُ")
    assert tok.norm == "المؤتمر"
    assert tok.prefix == "ال" and tok.stem == "مؤتمر"


def test_token_flags():
    word, comma, number = tokenize("مرصد، ١٢")
    assert word.is_arabic and not word.is_punct and not word.is_digit
    assert comma.is_punct and not comma.is_arabic
    assert number.is_digit and number.norm == "12"


@pytest.mark.parametrize(
    "word, prefix, stem",
    [
        ("وبوتين", "و", "بوتين"),
        ("لبوتين", "ل", "بوتين"),
        ("وموسكو", "و", "موسكو"),
        ("لموسكو", "ل", "موسكو"),
        ("بموسكو", "ب", "موسكو"),
        ("وكوريا", "و", "كوريا"),
        ("وقال", "و", "قال"),
        ("فقال", "ف", "قال"),
        ("وأضاف", "و", "اضاف"),
    ],
)
def test_single_clitic_before_a_known_word_is_split(word, prefix, stem):
    tok = _one(word)
    assert (tok.prefix, tok.stem) == (prefix, stem)


@pytest.mark.parametrize(
    "word, prefix, stem",
    [
        ("الرئيس", "ال", "رئيس"),
        ("والرئيس", "وال", "رئيس"),
        ("فالرئيس", "فال", "رئيس"),
        ("بالرئيس", "بال", "رئيس"),
        ("كالرئيس", "كال", "رئيس"),
        ("للرئيس", "لل", "رئيس"),
        ("وللرئيس", "ولل", "رئيس"),
        ("وبالرئيس", "وبال", "رئيس"),
        ("فبالنسبة", "فبال", "نسبه"),
    ],
)
def test_clitic_combinations_with_the_article(word, prefix, stem):
    tok = _one(word)
    assert (tok.prefix, tok.stem) == (prefix, stem)


@pytest.mark.parametrize(
    "word",
    ["بوتين", "فلاديمير", "كوريا", "لافروف", "واشنطن", "بلينكن", "بكين", "لبنان", "وليد", "فادي",
     "كمال", "فيصل", "وزير", "وطن", "بحث", "كتاب", "بيان", "كان", "لكن", "بين", "فقط", "ولي"],
)
def test_names_and_words_starting_with_clitic_letters_are_not_split(word):
    tok = _one(word)
    assert tok.prefix == "" and tok.stem == tok.norm


def test_lam_before_a_word_starting_with_lam_is_not_the_article():
    tok = _one("لليبيا")
    assert (tok.prefix, tok.stem) == ("ل", "ليبيا")


def test_hamzated_alef_is_not_the_article():
    # ألمانيا and إلغاء start with ال once normalised; they must keep those letters.
    assert _one("ألمانيا").stem == "المانيا"
    assert _one("لألمانيا").stem == "المانيا"
    assert _one("إلغاء").stem == "الغاء"
    assert _one("الله").stem == "الله"
    assert _one("الذي").stem == "الذي"


def test_same_rest_gets_same_stem_whatever_the_clitic():
    forms = ["العراق", "والعراق", "بالعراق", "للعراق"]
    assert len({_one(w).stem for w in forms}) == 1
    forms = ["الرئيس", "والرئيس", "للرئيس", "بالرئيس"]
    assert {_one(w).stem for w in forms} == {"رئيس"}


def test_unknown_name_with_clitic_is_split_when_the_bare_name_is_in_the_text():
    toks = tokenize("وصل زيلينسكوفار إلى العاصمة، ثم التقى وزيلينسكوفار بالوزير")
    by_text = {t.text: t for t in toks}
    assert (by_text["وزيلينسكوفار"].prefix, by_text["وزيلينسكوفار"].stem) == ("و", "زيلينسكوفار")
    # Alone in a text, an unknown word is never cut.
    assert _one("وزيلينسكوفار").prefix == ""


def test_unknown_word_after_clitic_and_article_is_split():
    tok = _one("والزيلينسكوفارية")
    assert tok.prefix == "وال" and tok.stem == "زيلينسكوفاريه"


def test_clitic_analysis_with_a_custom_lexicon():
    lex = Lexicon.from_words({"نمر": 50, "الواحه": 10, "واحه": 40}, names={"ولاء"})
    assert analyse_clitics("ونمر", lex) == ("و", "نمر")
    assert analyse_clitics("واحه", lex) == ("", "واحه")  # الواحه is seen: واحه is a word
    assert analyse_clitics("ولاء", lex) == ("", "ولاء")  # protected name
    assert analyse_clitics("ونمرود", lex) == ("", "ونمرود")  # unknown rest: no cut


def test_split_clitics_is_on_normalised_forms():
    assert split_clitics("والرئيس") == ("وال", "رئيس")


def test_non_string_input_is_a_clear_error():
    with pytest.raises(InputError):
        tokenize(None)  # type: ignore[arg-type]


def test_hamza_on_alef_tells_article_from_word():
    # بألوان is ب + ألوان; the same letters without hamza may be ب + ال + وان.
    assert (_one("بألوان").prefix, _one("بألوان").stem) == ("ب", "الوان")
    assert _one("والإمارات").prefix == "و"
    assert _one("والإمارات").stem == _one("الإمارات").stem == "الامارات"


def test_hamza_after_conjunction_marks_a_clitic():
    assert (_one("وأن").prefix, _one("وأن").stem) == ("و", "ان")
    assert (_one("فإن").prefix, _one("فإن").stem) == ("ف", "ان")
    assert (_one("وأكد").prefix, _one("وأكد").stem) == ("و", "اكد")


def test_frequent_name_is_not_cut_before_a_rare_rest():
    assert _one("فابيوس").prefix == ""
    assert (_one("وفابيوس").prefix, _one("وفابيوس").stem) == ("و", "فابيوس")


def test_tokenize_without_clitic_analysis_keeps_boundaries():
    text = "وقال الرئيس، للمرة الثانية: لا"
    fast = tokenize(text, clitics=False)
    full = tokenize(text)
    assert [(t.start, t.end, t.norm) for t in fast] == [(t.start, t.end, t.norm) for t in full]
    assert all(t.prefix == "" and t.stem == t.norm for t in fast)


def test_a_remembered_article_gives_the_same_tokens_in_a_list_of_its_own():
    from marsad.arabic.tokenize import remember_last_text

    calls = []

    @remember_last_text(min_chars=10)
    def words(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    article = "أعلنت الوزارة اليوم افتتاح مدرسة جديدة في المدينة"
    first = words(article)
    first.append("زائد")  # a caller's own list: the next stage must not see it
    assert words(article) == article.split() and len(calls) == 1
    assert words("قصير جدا") == ["قصير", "جدا"] and words("قصير جدا") == ["قصير", "جدا"]
    assert len(calls) == 3  # short texts are not remembered
    words("نص آخر أطول من عشرة أحرف")
    assert words(article) == article.split() and len(calls) == 5  # only the last long text is kept
