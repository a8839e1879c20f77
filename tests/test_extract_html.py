"""HTML extraction on our own Arabic news pages (tests/fixtures/html/): text intact, furniture out, metadata in."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import ExtractionError
from marsad.extract import ExtractOptions, extract
from marsad.models import RawDocument

HTML = Path(__file__).resolve().parent / "fixtures" / "html"
ENGINES = ["auto", "resiliparse"]


def page(name: str, encoding: str = "utf-8", data: bytes | None = None) -> RawDocument:
    data = data if data is not None else (HTML / name).read_bytes()
    return RawDocument.from_bytes(data, origin=str(HTML / name), media_type="text/html", encoding=encoding)


def one(raw: RawDocument, engine: str = "auto"):
    articles = extract(raw, ExtractOptions(html_engine=engine))
    assert len(articles) == 1
    return articles[0]


@pytest.mark.parametrize("engine", ENGINES)
def test_news_layout_keeps_the_article_and_drops_the_furniture(engine):
    art = one(page("news_layout.html"), engine)
    # Every paragraph of the story, in order, and the sub-heading between them.
    for start in ("افتتح وزير المياه صباح اليوم", "وقال الوزير في كلمة", "وبلغت تكلفة المشروع", "في المقابل، أبدت",
                  "وردت إدارة المحطة", "ومن المتوقع أن تبدأ المرحلة الثانية"):
        assert start in art.text
    assert art.text.index("افتتح وزير") < art.text.index("وبلغت تكلفة") < art.text.index("ومن المتوقع")
    headings = [art.text[p.start:p.end] for p in art.paragraphs if p.kind == "heading"]
    assert headings == ["مخاوف بيئية"]
    # Menus, cookie banner, breaking ticker, related links, sidebar, comments and footer stay out.
    for junk in ("ملفات تعريف الارتباط", "الرئيسية", "عاجل", "أخبار ذات صلة", "خطة لإعادة تأهيل", "الأكثر قراءة",
                 "خبر رائع", "اترك تعليقاً", "جميع الحقوق محفوظة", "ارتفاع أسعار المياه المعبأة", "شارك الخبر",
                 "كتبت:", "إعلان"):
        assert junk not in art.text, junk
    assert art.title == "افتتاح محطة لتحلية المياه تخدم نصف مليون نسمة في الساحل الشرقي"
    assert art.outlet == "صحيفة المرفأ"
    assert art.url == "https://almarfa.example/news/2024/03/12/desalination-plant"
    assert art.authors == ["سلمى الراشد"]
    assert art.published_at.startswith("2024-03-12")
    assert art.language == "ar"
    assert art.captions == ["جانب من خطوط الإنتاج في المحطة الجديدة (تصوير: فريق المرفأ)"]
    assert "جانب من خطوط الإنتاج" not in art.text


@pytest.mark.parametrize("engine", ENGINES)
def test_paragraph_offsets_point_into_the_text(engine):
    art = one(page("news_layout.html"), engine)
    assert art.paragraphs and all(art.text[p.start:p.end].strip() == art.text[p.start:p.end] for p in art.paragraphs)
    joined = "\n\n".join(art.text[p.start:p.end] for p in art.paragraphs)
    assert joined == art.text


@pytest.mark.parametrize("engine", ENGINES)
def test_wire_republication_reads_byline_outlet_credits_and_citations(engine):
    art = one(page("wire_republished.html"), engine)
    assert art.authors == ["كريم منصور"]
    assert art.provenance.original_outlet == "رويترز"
    assert art.provenance.source_credit == "رويترز"
    assert art.provenance.translator == "هالة يوسف"
    assert "وكالة الأنباء الاقتصادية" in art.provenance.cited_outlets
    assert any(c.startswith("الوقائع") for c in art.provenance.cited_outlets)
    assert art.published_at == "2023-09-04"  # the page's own dateline, not a year guessed from the footer
    assert art.title == "البرلمان يقر قانونا جديدا لحماية البيانات الشخصية"
    for junk in ("بواسطة", "المصدر:", "ترجمة:", "شركات التقنية تطالب", "تابعونا", "اشترك", "أخبار العالم", "نشر في"):
        assert junk not in art.text, junk
    assert art.text.rstrip().endswith("في الجريدة الرسمية.")


@pytest.mark.parametrize("engine", ENGINES)
def test_page_without_an_article_is_rejected_with_a_reason(engine):
    with pytest.raises(ExtractionError, match="no article"):
        extract(page("no_article.html"), ExtractOptions(html_engine=engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_malformed_but_readable_html_gives_clean_text(engine):
    art = one(page("malformed.html"), engine)
    assert art.text.startswith("أغلقت السلطات المحلية ثلاثة طرق")
    assert "بحسب البيانات الأولية" in art.text and "متوقعة استمرار الأمطار الرعدية" in art.text
    assert "<" not in art.text and "شارك على" not in art.text and "الرئيسية" not in art.text
    assert art.title == "أمطار غزيرة تغلق طرقا رئيسية في الجنوب"


def test_windows_1256_page_extracts_once_decoded_with_its_encoding():
    html = (HTML / "news_layout.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1256"')
    data = html.encode("cp1256")
    assert data != html.encode("utf-8")
    art = one(page("news_layout.html", encoding="windows-1256", data=data))
    assert "افتتح وزير المياه صباح اليوم الثلاثاء" in art.text
    assert art.title.startswith("افتتاح محطة لتحلية المياه")
    assert "\ufffd" not in art.text


def test_huge_page_is_rejected_before_parsing():
    filler = ("<p>" + "نص " * 40 + "</p>\n").encode("utf-8")
    data = b"<html><body>" + filler * (20_000_000 // len(filler) + 1) + b"</body></html>"
    assert len(data) > 20_000_000
    with pytest.raises(ExtractionError, match="too large"):
        extract(page("huge.html", data=data))


@pytest.mark.parametrize("data", [b"", b"<html><head></head><body></body></html>", b"   \n\n  ",
                                  b"<html><body><script>var a = 1;</script></body></html>"])
def test_page_with_no_text_is_rejected(data):
    with pytest.raises(ExtractionError, match="no article"):
        extract(page("empty.html", data=data))


def test_binary_data_is_rejected_not_crashed():
    with pytest.raises(ExtractionError):
        extract(page("image.html", data=bytes(range(256)) * 50))


def test_unknown_encoding_is_an_extraction_error():
    with pytest.raises(ExtractionError, match="encoding"):
        extract(page("news_layout.html", encoding="no-such-codec"))


@pytest.mark.parametrize("engine", ENGINES)
def test_wordpress_theme_page(engine):
    art = one(page("wordpress_theme.html"), engine)
    paragraphs = [art.text[p.start:p.end] for p in art.paragraphs]
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("يستعد مزارعو الزيتون") and paragraphs[-1].endswith("جزء من الخسائر.")
    assert paragraphs[3] == "دعم حكومي محدود" and art.paragraphs[3].kind == "heading"
    assert "لم نرَ الأشجار بهذا الإجهاد" in paragraphs[2]  # the blockquote is part of the story
    for junk in ("License", "الرئيسية", "منذ ساعتين", "مشاهدة", "أسعار الأسمدة", "محرر في قسم الزراعة",
                 "مقالات ذات صلة", "تراجع منسوب السدود", "اترك تعليقاً", "بريدك الإلكتروني", "الأكثر مشاهدة",
                 "النشرة البريدية", "حقوق النشر", "زر الذهاب", "مشروع جديد لتأهيل"):
        assert junk not in art.text, junk
    assert art.title == "مزارعو الزيتون يتوقعون موسما أقل وفرة بسبب الجفاف"
    assert art.authors == ["يوسف العمري"]
    assert art.published_at.startswith("2023-10-28")
    assert art.outlet == "بوابة الريف"
    assert art.captions == ["عمال يجمعون الزيتون في أحد الحقول الجبلية (أرشيفية)"]


def test_what_the_feed_knew_fills_what_the_page_does_not_say():
    raw = page("malformed.html")
    raw.hints = {"published_at": "2026-11-20T10:00:00Z", "authors": ["ليلى حسن"], "title": "عنوان من الخلاصة",
                 "url": "https://weather.example/rain"}
    art = one(raw)
    assert (art.published_at, art.date_precision) == ("2026-11-20T10:00:00Z", "datetime")
    assert art.authors == ["ليلى حسن"] and art.url == "https://weather.example/rain"
    assert art.title == "أمطار غزيرة تغلق طرقا رئيسية في الجنوب"  # the page's own title wins
