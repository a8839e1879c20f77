"""Word tables for time expressions, and the helpers that turn them into regex.

The module ends with :func:`scanner`, the one compiled pattern built from the tables.

Every entry is written in *matching form* (see :func:`key`): no diacritics,
أ/إ/آ written ا, ة written ه, ى written ي.  :func:`word_re` turns such a form
back into a pattern that accepts the usual spellings of the word in raw text,
so the scanner can run over the original text and keep exact offsets.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterable

from marsad.arabic.normalize import normalize

DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
"""One ASCII, Arabic-Indic or Extended Arabic-Indic (Persian) digit."""

_DIGITS_TO_ASCII = {c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS_TO_ASCII.update({c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
DIGIT_TABLE = str.maketrans(_DIGITS_TO_ASCII)
"""``str.translate`` table mapping Eastern Arabic digits to ASCII (same length)."""


def key(surface: str) -> str:
    """Matching form of a surface string: ``marsad.arabic.normalize``, spaces squeezed."""
    return " ".join(normalize(surface).split())


# Gregorian months.  (matching form, month number, safe alone?)  A name that is
# also a common word (مارس "he practised", آب/اب "father", نيسان the car maker,
# شباط a surname, ماي, اوت) is only taken with a day, a year, a pair partner,
# "شهر" or a modifier (الماضي ...) next to it.
GREGORIAN_MONTHS: list[tuple[str, int, bool]] = [
    ("يناير", 1, True), ("كانون الثاني", 1, True), ("جانفي", 1, True),
    ("فبراير", 2, True), ("شباط", 2, False), ("فيفري", 2, True),
    ("مارس", 3, False), ("اذار", 3, True),
    ("ابريل", 4, True), ("نيسان", 4, False), ("افريل", 4, True),
    ("مايو", 5, True), ("ايار", 5, True), ("مايس", 5, False), ("ماي", 5, False),
    ("يونيو", 6, True), ("يونيه", 6, True), ("حزيران", 6, True), ("جوان", 6, True),
    ("يوليو", 7, True), ("يوليه", 7, True), ("تموز", 7, True), ("جويليه", 7, True),
    ("يوليوز", 7, True),
    ("اغسطس", 8, True), ("اب", 8, False), ("اوت", 8, False), ("غشت", 8, True),
    ("سبتمبر", 9, True), ("ايلول", 9, True), ("شتنبر", 9, True),
    ("اكتوبر", 10, True), ("تشرين الاول", 10, True),
    ("نوفمبر", 11, True), ("تشرين الثاني", 11, True), ("نونبر", 11, True),
    ("ديسمبر", 12, True), ("كانون الاول", 12, True), ("دجنبر", 12, True),
]

HIJRI_MONTHS: list[tuple[str, int]] = [
    ("محرم", 1), ("المحرم", 1), ("صفر", 2),
    ("ربيع الاول", 3), ("ربيع الثاني", 4), ("ربيع الاخر", 4),
    ("جمادي الاولي", 5), ("جمادي الاول", 5),
    ("جمادي الثانيه", 6), ("جمادي الاخره", 6), ("جمادي الاخر", 6), ("جمادي الثاني", 6),
    ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    ("ذو القعده", 11), ("ذي القعده", 11), ("ذو الحجه", 12), ("ذي الحجه", 12),
]

GREGORIAN_BY_KEY: dict[str, tuple[int, bool]] = {f: (m, safe) for f, m, safe in GREGORIAN_MONTHS}
HIJRI_BY_KEY: dict[str, int] = dict(HIJRI_MONTHS)



def names_month(surface: str) -> bool:
    """Does a time expression name its month («السابع من حزيران/يونيو», «في يونيو», «5 رمضان»)?  Such a day or
    month is not counted from the day a report was written or fetched; at most its year is taken from it."""
    words = re.findall(r"\w+", key(surface))
    names = set(GREGORIAN_BY_KEY) | set(HIJRI_BY_KEY)
    return any(w in names or w[:1] in "لب" and w[1:] in names for w in words) or any(
        f"{a} {b}" in names for a, b in zip(words, words[1:]))


# Python's date.weekday(): Monday = 0.
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الثلاثا": 1, "الاربعاء": 2, "الاربعا": 2,
    "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}

# Modifiers after a weekday, month or period: which way from the anchor.
MODIFIERS: dict[str, str] = {
    "الماضي": "past", "الماضيه": "past", "الفائت": "past", "الفائته": "past",
    "المنصرم": "past", "المنصرمه": "past", "السابق": "past", "السابقه": "past",
    "الماضيين": "past", "الماضيتين": "past",
    "المقبلين": "future", "القادمين": "future",
    "المقبل": "future", "المقبله": "future", "القادم": "future", "القادمه": "future",
    "الحالي": "current", "الحاليه": "current", "الجاري": "current", "الجاريه": "current",
}

# Relative day words → offset in days from the anchor.
RELATIVE_DAYS: dict[str, int] = {
    "امس الاول": -2, "اول امس": -2, "اول من امس": -2,
    "امس": -1, "الامس": -1, "البارحه": -1,
    "اليوم": 0, "الليله": 0, "الليله الماضيه": -1, "الليله قبل الماضيه": -2, "البارحه الاولي": -2,
    # bare الغد is as often "the future" (قائد الغد): only its time-of-day forms
    "غدا": 1, "يوم غد": 1, "صباح الغد": 1, "مساء الغد": 1, "صباح غد": 1, "مساء غد": 1,
    "بعد غد": 2,
}

# Ordinal day numbers: "العاشر من يونيو", "الحادي والعشرين من مايو".
_UNITS = ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
ORDINAL_DAYS: dict[str, int] = {"الاول": 1, "العاشر": 10, "العشرين": 20, "الثلاثين": 30,
                                "الحادي والثلاثين": 31}
for _i, _u in enumerate(_UNITS, start=1):
    if _i > 1:
        ORDINAL_DAYS[_u] = _i
    ORDINAL_DAYS[f"{_u} عشر"] = 10 + _i
    ORDINAL_DAYS[f"{_u} والعشرين"] = 20 + _i

# A weekday after these is a weekly thing ("خطبة الجمعة", "مدرسة الأحد"), not a date.
NOT_WEEKDAY_BEFORE = ("صلاه", "خطبه", "خطب", "خطيب", "خطباء", "صلوات", "منبر", "منابر", "مدرسه", "ايام", "كل")

# Words in the few words before a bare weekday or month that put it ahead of
# the anchor: "من المقرر أن يصل الوفد الاثنين".
FUTURE_CUES = ("سوف", "المقرر", "المزمع", "المنتظر", "المرتقب", "المتوقع", "مقرر", "يعتزم", "تعتزم")

# "قررت الوزارة تعليق الدروس يوم الاثنين": a weekday right after the action a decision or an announcement sets
# (its verbal noun) dates that action, which is still to come.  (matching forms, see ``key``)
DECISION_VERBS = ("قرر", "قررت", "اعلن", "اعلنت", "اقر", "اقرت", "حدد", "حددت", "دعا", "دعت", "امر", "امرت")
PLANNED_ACTIONS = ("تعليق", "تاجيل", "استئناف", "اغلاق", "افتتاح", "انطلاق", "بدء", "اطلاق", "تمديد", "تطبيق",
                   "تنفيذ", "عقد", "اجراء", "اقامه", "اعاده", "منع", "حظر", "رفع", "وقف", "الغاء")

# Period nouns of "الأسبوع الماضي", "هذا العام" ... → granularity.
PERIODS: dict[str, str] = {
    "الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year",
}

# Units of "منذ 24 عاما", "قبل يومين" → (unit, count when the word itself says it).
# count None = the number comes before; 1 = singular; 2 = dual; 0 = plural with no number (vague).
DURATION_UNITS: dict[str, tuple[str, int | None]] = {}
for _unit, _forms in {
    "year": ("سنه", "عام", "سنتين", "سنتان", "عامين", "عامان", "سنوات", "سنين", "اعوام", "عاما"),
    "month": ("شهر", "شهرين", "شهران", "اشهر", "شهور", "شهرا"),
    "week": ("اسبوع", "اسبوعين", "اسبوعان", "اسابيع", "اسبوعا"),
    "day": ("يوم", "يومين", "يومان", "ايام", "يوما"),
    "hour": ("ساعه", "ساعتين", "ساعتان", "ساعات"),
    "minute": ("دقيقه", "دقيقتين", "دقيقتان", "دقائق"),
    "decade": ("عقد", "عقدين", "عقدان", "عقود", "عقدا"),
    "century": ("قرن", "قرنين", "قرنان", "قرون", "قرنا"),
}.items():
    for _w in _forms:
        if _w.endswith(("ين", "ان")) and _w not in ("سنين",):
            DURATION_UNITS[_w] = (_unit, 2)
        elif _w in ("سنوات", "سنين", "اعوام", "اشهر", "شهور", "اسابيع", "ايام", "ساعات", "دقائق", "عقود", "قرون"):
            DURATION_UNITS[_w] = (_unit, 0)
        else:
            DURATION_UNITS[_w] = (_unit, 1)
# Fixed amounts said in words.
FIXED_DURATIONS: dict[str, tuple[str, int]] = {
    "ربع قرن": ("year", 25), "نصف قرن": ("year", 50), "نصف ساعه": ("minute", 30),
}

NUMBER_WORDS: dict[str, int | None] = {
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10, "احد عشر": 11, "اثني عشر": 12, "اثنا عشر": 12,
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
    "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90, "مئه": 100, "مائه": 100,
    # vague amounts: found, but no value
    "بضع": None, "بضعه": None, "عده": None,
}

# Cue words before "منذ/قبل ..." durations: which way the point lies, or a length.
DURATION_CUES: dict[str, str] = {
    "منذ": "past", "قبل": "past", "بعد": "future",
    "خلال": "length", "لمده": "length", "طوال": "length", "علي مدي": "length", "علي مدار": "length",
}
APPROXIMATORS = ("نحو", "حوالي", "قرابه", "زهاء", "ما يقرب من", "اكثر من", "اقل من",
                 "ما يزيد علي", "ما يزيد عن", "اقل من")

# Words before a bare year that make it a year ("عام 2000", "في 2024").  Nouns are
# part of the expression's span; prepositions are not.
YEAR_NOUNS = ("عام", "العام", "لعام", "سنه", "السنه", "لسنه")
YEAR_PREPOSITIONS = ("في", "منذ", "حتي", "قبل", "بعد", "خلال", "مطلع", "اواخر", "اوائل",
                     "منتصف", "نهايه", "بدايه", "اواسط", "صيف", "شتاء", "ربيع", "خريف")
# Counted nouns: "في 2000 جندي" is a number of soldiers, not a year.
COUNTED_NOUNS = ("جندي", "شخص", "قتيل", "جريح", "مصاب", "طالب", "طالبه", "مواطن", "عامل", "موظف",
                 "دولار", "ريال", "يورو", "جنيه", "درهم", "دينار", "ليره", "متر", "كيلو", "كيلومتر",
                 "كلم", "كم", "طن", "برميل", "وحده", "منزل", "حاله", "مليون", "مليار", "الف",
                 "نسمه", "مقاتل", "لاجئ", "معتقل", "اسير", "صاروخ", "طائره", "غاره", "سياره",
                 "مشارك", "زائر", "مريض", "اصابه", "حاج", "معتمر", "سهم", "نقطه", "هكتار",
                 "عام", "سنه", "يوم", "شهر", "ساعه", "دقيقه", "مره", "عنصر", "فرد", "قطعه")

# Nouns that take العام as the adjective "general/public": "الأمين العام المقبل" is a person.
GENERAL_NOUNS = frozenset({
    "الامين", "المدعي", "النائب", "المدير", "المراقب", "المفتش", "المنسق", "المسجل", "المفوض",
    "المرشد", "القائد", "القنصل", "المحامي", "المستشار", "الادعاء", "الراي", "القطاع", "الامن",
    "النظام", "الشان", "المال", "الاضراب", "الصالح", "الذوق", "الحق", "النفع", "الدين", "الانفاق",
    "العفو", "الاتجاه", "الاطار", "المزاج", "المؤتمر", "التعليم", "النقل", "المستوي", "الطابع",
    "الوضع", "المشهد", "الخطاب", "الاستياء", "الغضب", "الاستفتاء", "الموقف", "المنصب", "الاتحاد",
})

# "اليوم" after these is the Saudi newspaper اليوم, not today.
# ... or a day or night of the story ("في تلك الليلة", "هذا اليوم السعيد").
NOT_TODAY_BEFORE = ("عين", "صحيفه", "جريده", "لصحيفه", "بصحيفه", "لجريده", "موقع", "تلك", "ذلك", "ذات", "هذا",
                    "هذه")

# "خلال أيام عيد الفطر": a unit word in a construct with these is not a duration.
NOT_DURATION_AFTER = ("عيد", "رمضان", "شهر", "الحج", "الصيف", "الشتاء", "الدراسه", "الاسبوع")

# "اليوم" followed by these is "the Xth/national/same day", not today.
NOT_TODAY_AFTER = ("كلها", "كله", "نفسها", "ذاتها", "التالي", "نفسه", "ذاته", "الاول", "الثاني", "الثالث", "الاخير", "الوطني",
                   "العالمي", "الدولي", "السابق", "الموعود", "الذي", "التي")


def _char_re(ch: str, last: bool) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "ا":
        # a final alif may carry tanween on either side (عاماً / عامًا)
        return "\u064b?[اأإآ]" if last else "[اأإآ]"
    if ch == "ه":
        return "[هة]"
    if ch == "ي":
        return "[يى]"
    return re.escape(ch)


def word_re(form: str) -> str:
    """Regex accepting the common spellings of a word given in matching form."""
    return alt([form])


def _trie_re(forms: Iterable[str]) -> str:
    """Alternation of ``forms`` as a prefix tree.

    Each level branches on distinct first characters, which the regex engine
    rejects with one comparison each; optional tails are greedy, so the
    longest form wins as it would with longest-first alternation.
    """
    trie: dict[str, dict] = {}
    for f in forms:
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> tuple[str, int]:
        alts = []
        for ch, child in node.items():
            if ch == "":
                continue
            terminal = "" in child
            sub, n = emit(child)
            piece = _char_re(ch, terminal and ch == "ا")
            if terminal:
                piece += "[\u064b-\u0652]*"  # case endings and tanween: عامٍ, اليومَ
            if sub:
                if terminal:
                    piece += f"(?:{sub})?"
                else:
                    piece += f"(?:{sub})" if n > 1 else sub
            alts.append(piece)
        return "|".join(alts), len(alts)

    return emit(trie)[0]


def lookup(table: dict[str, Any], surface: str) -> Any:
    """``table[key(surface)]``, also for a form whose article was merged into the clitic ل (لعام)."""
    k = key(surface)
    if k in table:
        return table[k]
    return table["ا" + k]


def alt(forms: Iterable[str], *, article: bool = True) -> str:
    """Non-capturing alternation of ``forms`` (matching form) as a prefix tree.

    A leading article ال also matches a bare ل after the clitic ل (للعام = ل + العام)
    unless ``article`` is False (then ``لعام`` is just another spelling, for gates).
    """
    forms = set(forms)
    with_article = {f[2:] for f in forms if f.startswith("ال")} if article else set()
    rest = [f for f in forms if not (article and f.startswith("ال"))]
    if not article:
        rest += [f[1:] for f in forms if f.startswith("ال")]
    parts = []
    if with_article:
        parts.append("(?:[اأ]ل|ل(?<=لل))(?:" + _trie_re(with_article) + ")")
    if rest:
        parts.append(_trie_re(rest))
    return "(?:" + "|".join(parts) + ")"


# --------------------------------------------------------------------------- the scanner

_D = DIGIT
_HSUF = r"\s*ه\u0640*(?!\w)"  # هـ after a Hijri year
_GREG_SUF = r"\s?م(?!\w)"  # م after a Gregorian year


def _wd_prefix(p: str) -> str:
    """Optional "(يوم) الأربعاء (الماضي) (،) (الموافق)" before a date, captured as ``{p}_wd`` (the date after the
    weekday is the day: "يوم الاثنين الماضي، 5 أكتوبر" is not the Monday before the report)."""
    return (rf"(?:(?:يوم\s+)?(?P<{p}_wd>{alt(WEEKDAYS)})(?:\s+(?:الماضي|المنصرم|الفائت|المقبل|القادم))?"
            rf"\s*[،,]?\s*(?:(?:ال)?موافق\s+)?)?")


def _time(p: str) -> str:
    return (rf"(?:\s*(?:[-–،,|]\s*)?(?:(?:ال)?ساع[ةه]\s*)?(?P<{p}_t>{_D}{{1,2}}:{_D}{{2}}(?::{_D}{{2}})?)"
            rf"(?:\s*(?P<{p}_pm>مساء|م(?!\w)|ص(?!\w)|صباحا))?)?")


@functools.lru_cache(maxsize=1)
def scanner() -> re.Pattern[str]:
    """The one compiled time-expression scanner (built once, read-only).

    Each branch is a named group (``ymd``, ``dmy``, ``td``, ``hd``, ``my``, ``yr``,
    ``du``, ``rp``, ``rd``, ``wd``); ``match.lastgroup`` names the one that matched.
    """
    greg = alt(f for f, _, _ in GREGORIAN_MONTHS)
    hijri = alt(f for f, _ in HIJRI_MONTHS)
    wday = alt(WEEKDAYS)
    mods = alt(MODIFIERS)
    pair = rf"(?:\s*[/-]\s*{greg}|\s*\(\s*{greg}\s*\)|\s+{greg})"
    year_word = r"(?:عام|سن[ةه])"
    greg_year = rf"(?:[1١۱][89٨٩۸۹]|[2٢۲][0٠۰]){_D}{{2}}"
    hijri_year = rf"[1١۱][34٣٤۳۴]{_D}{{2}}"
    units = alt(DURATION_UNITS)
    branches = [
        # 2024-06-19, 2024/06/19 (+ time, zone); 1436/09/05 هـ
        rf"(?P<ymd>(?P<ymd_y>{_D}{{4}})(?P<ymd_s>[-/.])(?P<ymd_m>{_D}{{1,2}})(?P=ymd_s)(?P<ymd_d>{_D}{{1,2}})"
        rf"(?:(?:T|\s*(?:[-–|،,]\s*)?)(?P<ymd_t>{_D}{{1,2}}:{_D}{{2}}(?::{_D}{{2}})?)(?:\.{_D}+)?"
        rf"(?P<ymd_z>Z|[+-]{_D}{{2}}:?{_D}{{2}})?)?"
        rf"(?P<ymd_h>{_HSUF})?)(?!{_D}|[-/.:]{_D})",
        # 19/06/2024, 19-6-2024
        rf"(?P<dmy>{_wd_prefix('dmy')}(?P<dmy_d>{_D}{{1,2}})\s?(?P<dmy_s>[-/.])\s?(?P<dmy_m>{_D}{{1,2}})"
        rf"\s?(?P=dmy_s)\s?(?P<dmy_y>{_D}{{4}})"
        rf"(?P<dmy_h>{_HSUF})?{_time('dmy')})(?!{_D}|[-/.:]{_D})",
        # (يوم) الأربعاء (الموافق) 19 (من) (شهر) يونيو/حزيران (،) (عام) 2024 (م) (- 10:45) | 19 يونيو الماضي
        rf"(?P<td>{_wd_prefix('td')}"
        rf"(?:(?P<td_d>{_D}{{1,2}})\s*(?:من\s+)?|(?P<td_o>{alt(ORDINAL_DAYS)})\s+من\s+)"
        rf"(?:شهر\s+)?(?P<td_m>{greg}){pair}?"
        rf"(?:\s*[،,.]?\s*(?:من\s+)?(?:{year_word}\s+)?(?P<td_y>{greg_year})(?:{_GREG_SUF})?"
        rf"|\s+(?P<td_mod>{mods}))?"
        rf"{_time('td')})(?!\w)",
        # 5 رمضان 1436 هـ, رمضان 1436
        # (and its day as an ordinal: "السادس من جمادى الآخرة 1448 هـ")
        rf"(?P<hd>(?:{_wd_prefix('hd')}(?:(?P<hd_d>{_D}{{1,2}})\s*(?:من\s+)?|(?P<hd_o>{alt(ORDINAL_DAYS)})\s+من\s+))?"
        rf"(?:شهر\s+)?(?P<hd_m>{hijri})\s*[،,]?\s*"
        rf"(?:(?:من\s+)?{year_word}\s+)?(?P<hd_y>{hijri_year})(?:{_HSUF})?)(?!{_D})",
        # (شهر) يوليو/تموز (2024 | الماضي | من العام الماضي)
        rf"(?P<my>(?P<my_sh>شهر[يى]?\s+)?(?P<my_m>{greg})(?P<my_pair>{pair})?"
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{year_word}\s+)?(?P<my_y>{greg_year})(?:{_GREG_SUF})?"
        rf"|\s+(?:من\s+)?(?:(?P<my_this>هذا|هذه)\s+(?:ال)?{year_word}|(?:ال){year_word}\s+(?P<my_ymod>{mods}))"
        rf"|\s+(?P<my_mod>{mods}))?)(?!\w)",
        # عام 2000, في 2024, 2024م, 1436 هـ
        rf"(?P<yr>(?:(?P<yr_cue>{alt(YEAR_NOUNS + YEAR_PREPOSITIONS + ('عامي',))})\s+)?"
        rf"(?P<yr_y>{_D}{{4}})(?:(?P<yr_h>{_HSUF})|(?P<yr_g>{_GREG_SUF}))?)"
        rf"(?!{_D}|[.,٫٬]{_D}|\s*[%٪]|\s+{alt(COUNTED_NOUNS)}(?!\w))",
        # منذ 24 عاما, قبل يومين, خلال ثلاثة أشهر, منذ نحو ربع قرن
        rf"(?P<du>(?P<du_cue>{alt(DURATION_CUES)})\s+(?:(?P<du_ap>{alt(APPROXIMATORS)})\s+)?"
        rf"(?:(?P<du_n>{_D}+|{alt(NUMBER_WORDS)})\s+(?P<du_u>{units})|(?P<du_fx>{alt(FIXED_DURATIONS)})"
        rf"|(?P<du_u1>{units})(?!\s+(?:[اأ]ل|{_D}|{greg}|{hijri}|{alt(NOT_DURATION_AFTER)})))(?!\w))",
        # هذا الأسبوع, العام الماضي, الشهر المقبل
        rf"(?P<rp>(?:(?P<rp_this>هذا|هذه)\s+(?P<rp_u1>{alt(PERIODS)})(?:\s+(?P<rp_mod1>{mods}))?"
        rf"|(?P<rp_u2>{alt(PERIODS)})\s+(?P<rp_mod>{mods}))(?!\w))",
        # أمس, اليوم (الاثنين), غدا الخميس
        rf"(?P<rd>(?P<rd_w>{alt(RELATIVE_DAYS)})(?!\w)(?:\s*\(?\s*(?P<rd_wd>{wday})(?:\s*\))?)?)",
        # (يوم) الأربعاء (الماضي)
        rf"(?P<wd>(?:يوم\s+)?(?P<wd_w>{wday})(?:\s+(?P<wd_mod>{mods}))?)(?!\w)",
    ]
    # A cheap gate first: most word starts fail on it without trying the branches.
    # Common words that only matter before something specific carry it in the gate
    # ("في" only before a digit, "هذا" only before a period noun).
    preps = [p for p in YEAR_PREPOSITIONS if p not in DURATION_CUES]
    starts = [f.split(" ")[0] for f, _, _ in GREGORIAN_MONTHS] + [f.split(" ")[0] for f, _ in HIJRI_MONTHS]
    starts += [*WEEKDAYS, "يوم", "شهر", *PERIODS, *YEAR_NOUNS, *DURATION_CUES, *RELATIVE_DAYS,
               *(f"{f} من" for f in ORDINAL_DAYS)]
    gate = (rf"(?:{_D}|{alt(starts, article=False)}|{alt(preps)}\s+{_D}"
            rf"|(?:هذا|هذه)\s+{alt(PERIODS, article=False)})")
    # clitics و ف ب ل ك before the expression; they stay outside the span
    pattern = rf"(?<!\w)(?=[وف]?[بلك]?(?:{_D}|{gate}))(?:[وف]?[بلك]?)(?:" + "|".join(branches) + ")"
    # Bounded gaps: runs of blanks in scraped text would otherwise make failing
    # matches quadratic (adjacent \s* can split a run in n ways).
    pattern = pattern.replace(r"\s*", r"\s{0,3}").replace(r"\s+", r"\s{1,3}")
    return re.compile(pattern)
