"""Stock phrases of news pages (Arabic and English) that tell what a line of a page is.

Phrases are written in ordinary spelling and folded (``fold``) when compiled, so
"إقرأ أيضاً", "اقرأ ايضا" and "اقرا أيضًا" are one entry.  Each entry names the
*kind* of line it starts and the longest line (in words) it may start: a stock
phrase opening a long line is usually prose ("تابع الرئيس حديثه ..."), not a widget.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.arabic.normalize import DELETED_CHARS, letter_pairs
from marsad.outlets import KIND_WORDS

# Diacritics, tatweel and invisible marks dropped, letter variants and hamza seats folded as marsad.arabic
# folds them — for matching, never for display.  (Chained str.replace is several times faster than
# str.translate with a table on Arabic text.)
_DROP = re.compile("[" + re.escape(DELETED_CHARS) + "]")
_LETTERS = (*letter_pairs(seats=True), ("\u00a0", " "))


def fold(text: str) -> str:
    """Matching form of ``text``: :func:`marsad.arabic.fold_loose` with no-break spaces made spaces."""
    text = _DROP.sub("", text)
    for a, b in _LETTERS:
        if a in text:
            text = text.replace(a, b)
    return text.lower()


# kind, max words of the line (None = any length), phrases that open the line.
_START_PHRASES: list[tuple[str, int | None, list[str]]] = [
    # "read also" — a related link, or the marker of a second article glued on the page.
    ("readalso", None, ["اقرأ أيضا", "اقرأ كذلك", "اقرأ المزيد", "اقرأ ايضا", "شاهد أيضا", "طالع أيضا",
                        "طالع كذلك", "read also", "read more", "see also", "related", "also read"]),
    ("related", 12, ["مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "مقالات مشابهة", "أخبار مشابهة",
                     "قصص مقترحة", "المزيد من الأخبار", "الأكثر قراءة", "الأكثر مشاهدة", "اخترنا لك",
                     "قد يعجبك أيضا", "قد يهمك أيضا", "ننصحك بقراءة", "أخبار متعلقة", "موضوعات متعلقة",
                     "ذات صلة", "more stories", "most read", "recommended", "you may also like"]),
    ("promo", 16, ["تابع أحدث الأخبار", "تابعوا أحدث الأخبار", "تابعونا على", "تابعنا على", "اشترك في",
                   "اشترك الآن", "اشترك ليصلك", "حمل تطبيق", "حمّل تطبيق", "انضم إلى قناتنا", "انضموا إلى",
                   "للاشتراك في", "لمتابعة آخر الأخبار", "لمتابعة أحدث الأخبار", "بودكاست", "follow us",
                   "subscribe", "sign up", "download the app", "get news"]),
    ("widget", 12, ["شارك هذا المقال", "شارك الخبر", "شارك المقال", "شارك على", "مشاركة الخبر", "انتقل إلى",
                    "تخطى", "العودة إلى الأعلى", "طباعة", "أرسل لصديق", "حجم الخط", "تكبير الخط", "نسخ الرابط",
                    "الرئيسية", "share", "print", "skip to", "back to top", "email", "whatsapp", "facebook",
                    "twitter", "telegram"]),
    ("end", 3, ["التعليقات", "تعليقات", "comments", "تعليقات القراء"]),
    ("widget", 2, ["أوافق", "موافق", "قبول", "accept", "ok", "إغلاق", "close"]),
    ("end", 14, ["نهاية الرسالة", "زر الذهاب إلى الأعلى", "اترك تعليقا", "أضف تعليقا", "اكتب تعليقا",
                 "لن يتم نشر عنوان بريدك", "الحقول الإلزامية", "تعليقات الزوار", "leave a comment",
                 "leave a reply"]),
    ("legal", 30, ["جميع الحقوق محفوظة", "كل الحقوق محفوظة", "سياسة الخصوصية", "شروط الاستخدام",
                   "نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات", "ملفات تعريف الارتباط",
                   "باستخدامك هذا الموقع", "all rights reserved", "privacy policy", "terms of use", "we use cookies",
                   "this site uses cookies", "cookie"]),
    ("ad", 4, ["إعلان", "إعلانات", "مساحة إعلانية", "advertisement", "sponsored", "محتوى مدفوع"]),
    ("photo_credit", 12, ["صدر الصورة", "مصدر الصورة", "حقوق الصورة", "الصورة من", "image source", "photo:",
                          "image copyright"]),
    ("caption_label", 5, ["التعليق على الصورة", "تعليق الصورة", "شرح الصورة", "image caption", "caption"]),
    # Metadata lines.
    ("byline", 10, ["بواسطة", "بقلم", "written by"]),
    # "كتب" is also "books", "by" opens English prose: bylines only with a colon or above the first paragraph.
    ("byline_weak", 10, ["كتب", "كتبت", "كتبه", "كتبته", "إعداد", "by"]),
    ("source", 16, ["المصدر", "مصدر الخبر", "المصادر", "source", "sources"]),
    ("source", 8, ["نقلا عن", "عن موقع"]),
    ("tags", None, ["كلمات دلالية", "الكلمات الدلالية", "كلمات مفتاحية", "الكلمات المفتاحية", "الوسوم", "وسوم",
                    "tags", "topics"]),
    ("translation", 30, ["ترجمة", "ترجمه", "translated by", "translation"]),
    ("contributors", 30, ["شارك في التغطية", "شارك في إعداد", "ساهم في التغطية", "ساهم في إعداد",
                          "ساهم في هذا التقرير", "تحرير", "additional reporting", "reporting by"]),
    ("note", 30, ["ملاحظة", "ملحوظة", "note"]),
    ("dateline", 10, ["نشر في", "نشر بتاريخ", "تاريخ النشر", "آخر تحديث", "تم النشر", "تم التحديث", "published",
                      "updated", "posted on", "last updated"]),
]

# Kinds whose entry must be followed by a separator (":", "-", "،") when the phrase is a common word,
# so that "المصدر الأمني قال ..." or "ترجمة الاتفاق ..." stay prose.
_NEEDS_SEPARATOR = {"source", "translation", "note"}
_SEPARATED_OK = {"نقلا عن", "عن موقع", "translated by"}

# A line that is nothing but a "read also"-like or skip marker ends here.
_SKIP_OPEN = re.compile(r"^تخطي (.{1,40}?) (?:وواصل القراءه|وتابع القراءه)$")
_SKIP_CLOSE = re.compile(r"^(.{1,40}?) نهايه$")


_LEAD = re.compile(r"^[\W_]*")
_FIRST_WORD = re.compile(r"[^\s:：،,\-–—]*")


@lru_cache(maxsize=1)
def start_index() -> dict[str, list[tuple[re.Pattern[str], str, int | None]]]:
    """Stock phrases indexed by their first folded word: a line is tested only against phrases it could open."""
    index: dict[str, list[tuple[re.Pattern[str], str, int | None]]] = {}
    for kind, max_words, phrases in _START_PHRASES:
        for phrase in sorted(phrases, key=len, reverse=True):
            folded = fold(phrase)
            p = re.escape(folded).replace(r"\ ", r"\s+")
            if kind in _NEEDS_SEPARATOR and phrase not in _SEPARATED_OK:
                p += r"\s*[:：\-–—،,]"
            else:
                p += r"(?![\w])"
            first = re.split(r"[\s:]", folded, maxsplit=1)[0]
            index.setdefault(first, []).append((re.compile(p), kind, max_words))
    return index


def stock_kind(text: str, folded: str, n_words: int) -> str | None:
    """Kind of stock phrase opening the line, or None (also None when the line is too long for it).

    ``folded`` is ``fold(text)`` when the caller has it, "" otherwise: a long line is folded only when its
    first word can open a stock phrase (most paragraphs cannot, and folding is the costly step).
    """
    if not folded:
        lead = _LEAD.match(text).end()  # type: ignore[union-attr]
        if fold(_FIRST_WORD.match(text, lead).group()) not in start_index():  # type: ignore[union-attr]
            return None
        folded = fold(text[:60])
    start = _LEAD.match(folded).end()  # type: ignore[union-attr]
    head = folded[start:start + 40]
    candidates = start_index().get(_FIRST_WORD.match(head).group())  # type: ignore[union-attr]
    if not candidates:
        return None
    for pattern, kind, max_words in candidates:
        if pattern.match(head):
            return None if max_words is not None and n_words > max_words else kind
    return None


def skip_open(folded: str) -> str | None:
    """Name of a "skip X and continue reading" block opened by this line (BBC-style widgets)."""
    m = _SKIP_OPEN.match(folded)
    return m.group(1) if m else None


def skip_close(folded: str, name: str) -> bool:
    """True when the folded line closes the skip block ``name`` ("X نهاية")."""
    m = _SKIP_CLOSE.match(folded)
    return bool(m) and m.group(1) == name


# Inline labels left at the end of a paragraph by ad slots ("... انتهى الخبر." followed by "إعلان").
TRAILING_LABEL = re.compile(
    r"(?<=[.!?؟…\"”»'])\s+(?:إعلان|اعلان|إعلانات|اعلانات|advertisement|ADVERTISEMENT|Advertisement|"
    r"مساحة إعلانية|Sponsored|sponsored)\s*$"
)

_LABEL_WORDS = ("إعلان", "اعلان", "إعلانات", "اعلانات", "advertisement", "ADVERTISEMENT", "Advertisement",
                "مساحة إعلانية", "Sponsored", "sponsored")


def strip_trailing_label(text: str) -> str:
    """Cut an ad label left at the end of a paragraph."""
    return TRAILING_LABEL.sub("", text) if text.endswith(_LABEL_WORDS) else text


# A site's "link to this story" line closing the text ("رابط الخبر بصحيفة الوئام: TITLE"), glued to the last
# paragraph or standing alone: furniture that named the outlet in every article (a mention, a timeline line).
LINK_LINE = re.compile(r"(?:^|\s+)رابط (?:الخبر|المقال|الموضوع|المادة)(?: ب?(?:صحيفة|موقع|جريدة) [^:\n]{1,30})?"
                       r"\s*:\s*(?P<title>[^\n]{0,200})$")


def strip_link_line(text: str) -> tuple[str, str | None]:
    """``text`` without a closing "link to this story" line, and the title that line gave (None: no such line)."""
    m = LINK_LINE.search(text) if "رابط" in text[-300:] else None
    return (text[:m.start()].rstrip(), m.group("title").strip()) if m else (text, None)


# Photo agencies and credit words that mark a line as a picture credit or caption.
# Cheap screen before the regex: every credit holds one of these.
PHOTO_HINTS = ("getty", "Getty", "GETTY", "images", "Images", "shutterstock", "Shutterstock", "غيتي", "جيتي",
               "إيماجز", "ايماجز", "إيماجيس", "ايماجيس", "صورة", "الصورة", "تصوير", "/")
PHOTO_CREDIT = re.compile(
    r"getty|shutterstock|\bimages\b|غيتي|جيتي|إيماجز|ايماجز|إيماجيس|ايماجيس|في هذه الصورة|الصورة المجمعة|"
    r"صورة أرشيفية|صورة ارشيفية|\(تصوير|^تصوير\s*:|^\(?صورة:|^\(?الصورة:|\(صورة\)|\w+ ?/ ?(?:afp|reuters|epa|ap|أ ف ب)\b",
    re.IGNORECASE,
)

# Outlet words: a byline part holding one of these names an outlet, not a person.
OUTLET_WORDS = (
    *KIND_WORDS, "نيوز", "مركز", "news", "press",
    "times", "post", "agency", "بي بي سي", "سي إن إن", "سي ان ان", "رويترز", "فرانس برس", "أسوشيتد برس",
    "الأناضول", "الجزيرة", "العربية", "سكاي", "دويتشه فيله", "يورونيوز", "سبوتنيك", "تاس", "إرنا", "تسنيم",
    "واس", "وام", "بترا", "سانا", "قنا", "كونا", "أ ف ب", "د ب أ", "bbc", "cnn", "reuters", "afp",
)

# Places a dateline or a "CITY - AUTHOR" byline names: Arab capitals and large cities, a few world capitals,
# and the countries (facts, in ordinary spelling; folded when compiled).  A byline side naming one of these is
# the reporter's location, not a co-author.
PLACES = (
    # Saudi regions and cities that local papers put in their bylines ("الباحة - فلان", or the city alone).
    "الباحة", "ينبع", "الطائف", "أبها", "الأحساء", "تبوك", "حائل", "بريدة", "عنيزة", "القصيم", "نجران", "جازان",
    "جيزان", "عرعر", "سكاكا", "الجوف", "الخبر", "القطيف", "الجبيل", "خميس مشيط", "الخرج", "حفر الباطن", "المجمعة",
    "القنفذة", "رابغ", "بيشة", "الدوادمي", "الزلفي", "شقراء", "محايل عسير", "عسير", "الليث", "صبيا", "الهفوف",
    "القاهرة", "الإسكندرية", "الجيزة", "أسوان", "الأقصر", "بورسعيد", "السويس", "الخرطوم", "أم درمان", "بورتسودان",
    "عمّان", "إربد", "الزرقاء", "العقبة", "الرياض", "جدة", "مكة", "مكة المكرمة", "المدينة المنورة", "الدمام",
    "الظهران", "أبوظبي", "أبو ظبي", "دبي", "الشارقة", "الدوحة", "المنامة", "الكويت", "مسقط", "صنعاء", "عدن",
    "تعز", "الحديدة", "بغداد", "البصرة", "الموصل", "أربيل", "النجف", "كربلاء", "دمشق", "حلب", "حمص", "اللاذقية",
    "إدلب", "بيروت", "طرابلس", "صيدا", "صور", "القدس", "رام الله", "غزة", "نابلس", "الخليل", "جنين", "بيت لحم",
    "تل أبيب", "تونس", "صفاقس", "سوسة", "نابل", "بنزرت", "القيروان", "الجزائر", "وهران", "قسنطينة", "الرباط",
    "الدار البيضاء", "مراكش", "فاس", "طنجة", "بنغازي", "مصراتة", "نواكشوط", "مقديشو", "جيبوتي", "موروني",
    "أنقرة", "إسطنبول", "اسطنبول", "طهران", "كابول", "إسلام آباد", "نيودلهي", "بكين", "طوكيو", "سيول",
    "بيونغ يانغ", "بيونغيانغ", "موسكو", "كييف", "واشنطن", "نيويورك", "لندن", "باريس", "برلين", "روما", "مدريد",
    "بروكسل", "جنيف", "فيينا", "أديس أبابا", "نيروبي", "لاغوس", "أبوجا",
    "مصر", "السودان", "الأردن", "السعودية", "الإمارات", "قطر", "البحرين", "عمان", "اليمن", "العراق", "سوريا",
    "لبنان", "فلسطين", "ليبيا", "المغرب", "موريتانيا", "الصومال", "تركيا", "إيران", "روسيا", "الصين",
)

# Job words after a name in an author note ("فلانة، خبيرة في ...").
AUTHOR_ROLES = (
    "خبير", "خبيرة", "محلل", "محللة", "باحث", "باحثة", "كاتب", "كاتبة", "أستاذ", "أستاذة", "صحفي", "صحفية",
    "صحافي", "صحافية", "مراسل", "مراسلة", "محرر", "محررة", "أكاديمي", "أكاديمية", "دكتور", "مدير", "مديرة",
)

# Dates a page prints near its title or in a dateline.
_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|"
    "ديسمبر|كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول|تشرين الثاني|"
    "كانون الأول|january|february|march|april|may|june|july|august|september|october|november|december"
)
DATE_LIKE = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b|"
    r"\b\d{1,2}\s+(?:" + _MONTHS + r")(?:\s*/\s*\S+)?\s*,?\s+\d{4}|"
    r"\b(?:" + _MONTHS + r")\s+\d{1,2},?\s+\d{4}",
    re.IGNORECASE,
)
