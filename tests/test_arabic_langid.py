"""Language identification of articles."""

from __future__ import annotations

import json
import zipfile

import pytest
from conftest import shared_path

from marsad.arabic import detect_language
from marsad.errors import InputError


def test_arabic_text_is_ar():
    assert detect_language("أعلنت وزارة الخارجية اليوم عن زيارة مرتقبة للوفد إلى العاصمة") == "ar"


def test_egyptian_dialect_is_reported_as_ar():
    # Mostly Latin-free dialect text: whatever variant py3langid picks, we say "ar".
    assert detect_language("إزيك يا عم، عامل إيه النهارده؟ أنا كويس الحمد لله وانت فين") == "ar"


def test_arabic_with_some_latin_goes_through_the_model():
    text = "قال الرئيس في مؤتمر صحفي NATO summit in Vilnius إن الحلف سيتوسع قريبا جدا"
    assert detect_language(text) == "ar"


def _presentation_forms(text: str) -> str:
    """The same text written in isolated presentation forms, as some old PDFs and CMSs store it."""
    import unicodedata

    isolated: dict[str, str] = {}
    for cp in range(0xFE70, 0xFEFF):
        base = unicodedata.normalize("NFKC", chr(cp))
        if len(base) == 1:
            isolated.setdefault(base, chr(cp))
    return "".join(isolated.get(ch, ch) for ch in text)


def test_arabic_in_presentation_forms_is_ar():
    text = _presentation_forms("وصل الوفد الحكومي إلى المدينة صباح اليوم لبحث مشروع الطريق الساحلي الجديد")
    assert not any("\u0621" <= ch <= "\u064a" for ch in text)  # no base letter is left
    assert detect_language(text) == "ar"


def test_other_languages():
    assert detect_language("The minister announced a visit to the capital next week.") == "en"
    assert detect_language("Le ministre a annoncé une visite dans la capitale la semaine prochaine.") == "fr"


def test_persian_is_not_arabic():
    assert detect_language("وزیر امور خارجه گفت که این سفر در هفته آینده انجام خواهد شد") == "fa"


def test_too_short_or_empty_is_none():
    assert detect_language("") is None
    assert detect_language("   \n ") is None
    assert detect_language("نعم") is None
    assert detect_language("12345 !!!") is None


def test_bad_input_is_a_clear_error():
    with pytest.raises(InputError):
        detect_language(None)  # type: ignore[arg-type]


def test_saudinewsnet_articles_are_arabic():
    zips = sorted(shared_path("data", "saudinewsnet").glob("*.zip"))
    if not zips:
        pytest.skip("no SaudiNewsNet zip under ../shared/data/saudinewsnet")
    with zipfile.ZipFile(zips[0]) as zf:
        records = json.loads(zf.read(zf.namelist()[0]).decode("utf-8"))
    texts = [r["content"] for r in records[:200] if len(r.get("content") or "") > 200]
    langs = [detect_language(t) for t in texts]
    assert langs.count("ar") >= 0.98 * len(texts)
