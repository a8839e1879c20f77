"""Checkable facts in a sentence: quantities with what they count, and month-level dates of events.

A *quantity fact* is a number (digits or Arabic number words, "ربع قرن" = 25
years) with its unit and a *frame* saying what it measures: ``dead``,
``injured``, ``missing``, ``duration`` (years, months, days), ``first_since``
("the first ... since 24 years" / "since 2000"), or ``count:<noun>`` for a
counted noun ("6 مذكرات تفاهم").  Two outlets giving the same frame different
values disagree; the same value, they agree.

A *date fact* is a month placed in a year (explicit "سبتمبر 2019", or relative
"سبتمبر الماضي") together with the kind of event the sentence reports (a
meeting, a visit, a signing ...), so "met last September" and "met in September
2019" can be told apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from marsad.arabic.lexicon import default_lexicon
from marsad.arabic.normalize import fold_for_search, folded_offsets, to_original_span
from marsad.stories.features import stem_of, stopwords as _stopwords

WORD_RE_FOLDED = re.compile(r"[^\W\d_]+")
TOKEN_RE = re.compile(r"\d+(?:[.,،٬]\d+)*%?|[^\W\d_]+|%")
DECIMAL_RE = re.compile(r"\d")  # a decimal digit (what float() reads)
_MATCHED = re.Match.group  # a match's text (TOKEN_RE has no group: what findall gives for it)
THOUSANDS_RE = re.compile(r"^\d{1,3}(?:([,،٬])\d{3})+$")
ORDINAL_MARKS = {"ال"}  # "الـ 51": the 51st, not fifty-one of something
# "المادة 17", "البند 3", "رقم 5": a number naming an article, a clause or an item, not a count
LABEL_WORDS = {"الماده", "ماده", "والماده", "البند", "بند", "والبند", "الفقره", "فقره", "رقم", "برقم", "الرقم"}
ERA_WORDS = {"ميلادي", "ميلاديا", "م", "هجري", "هجريا", "ه", "هـ", "قبل"}  # "645 ميلادي": a year
CLOCK_WORDS = {"الساعه", "ساعه", "تمام"}  # "الساعة 0213": a time of day, not a figure
SUBSET_CUES = {"بينهم", "منهم", "بينها", "منها", "اغلبهم", "معظمهم", "هم", "وهم", "بينهما", "منهما"}
# "12 dead, five of them soldiers", "13 killed: four soldiers ..." (هم after the toll lists what it is made of)
# "... 4.\u200f2": some outlets' pages store a decimal with its two sides in visual order around a right-to-left
# mark (4.\u200f2 is 2.4; 92.\u200f54 is 54.92)
RLM_DECIMAL_RE = re.compile(r"(\d+)\.\u200f(\d+)")
# "(36) ألف": a bracketed number with its multiplier outside the brackets
BRACKETED_MULTIPLIED_RE = re.compile(r"\((\d+(?:[.,،٬]\d+)*)\)(?=\s*(?:ألف|الف|آلاف|مليون|ملايين|مليار|تريليون))")
# "375.526.840": a number dotted by thousands (no decimal has two dots); "72.837" too in a text that writes its
# thousands so (:func:`dots_for_thousands`)
DOTTED_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
# (in a text as written: «٫», the Arabic decimal mark, folds to "." as the numbers are read)
DOTTED_NUMBER_RE = re.compile(r"\d+(?:[.٫]\d+)+")
# what stands between a number and a word it counts: nothing but spaces, a bracket or a quotation mark ("1، حمراء":
# the comma ends the number's phrase, the word after it is counted by nothing)
LIST_MARKS_RE = re.compile(r"[,،;؛:]")
YEAR_BEFORE = {"عام", "سنه", "العام", "منذ", "لعام", "للعام", "بعام", "والعام", "وعام", "خلال"}

# Folded number words → value (clitics و/ب/ل are stripped before lookup).
NUMBER_WORDS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30,
    "اربعين": 40, "اربعون": 40, "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
    "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90, "مئه": 100, "مائه": 100, "الف": 1000,
}
TEEN_UNITS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2}  # the first word of "أحد عشر" (11), "اثنا عشر" (12)
# Folded multipliers, with their plural and accusative forms ("ثلاثة مليارات", "عشرين ألفا"): a multiplier is part
# of its number, never the noun it counts ("3 مليارات دولار" is three billion dollars, not three of "مليارات").
MULTIPLIERS = {"الف": 1_000, "الفا": 1_000, "الاف": 1_000, "مليون": 1_000_000, "مليونا": 1_000_000,
               "ملايين": 1_000_000, "مليار": 1_000_000_000, "مليارا": 1_000_000_000, "مليارات": 1_000_000_000,
               "تريليون": 1_000_000_000_000, "تريليونا": 1_000_000_000_000, "تريليونات": 1_000_000_000_000}
ACCUSATIVE_MULTIPLIERS = frozenset({"الفا", "مليونا", "مليارا", "تريليونا"})
APPROX = {"نحو", "حوالي", "قرابه", "زهاء", "تقريبا", "اكثر", "يزيد", "اقل", "ما يقارب", "يقارب"}

UNITS = {
    "year": {"عام", "عاما", "اعوام", "سنه", "سنوات", "سنين", "سنوي"},
    "month": {"شهر", "شهرا", "اشهر", "شهور"},
    "day": {"يوم", "يوما", "ايام"},
    "hour": {"ساعه", "ساعات"},
    "percent": {"%", "بالمئه", "بالمائه"},
    "money": {"دولار", "دولارا", "دينار", "دينارا", "ريال", "ريالا", "جنيه", "جنيها", "يورو", "درهم", "درهما", "ليره",
              "استرليني", "استرلينيا"},
}
# How a sum's currency is named in a label: "3 billion dollars", "3 مليار دولار".
CURRENCY_EN = {"دولار": "dollars", "دينار": "dinars", "ريال": "riyals", "جنيه": "pounds", "يورو": "euros",
               "درهم": "dirhams", "ليره": "lira", "استرليني": "pounds sterling"}
CURRENCY_AR = {base: base for base in CURRENCY_EN} | {"ليره": "ليرة", "استرليني": "جنيه استرليني"}
# Which pound, which riyal: the adjective after a currency (matching form, with its accusative -ا too)
NATIONS_EN = {"امريكي": "US", "سعودي": "Saudi", "قطري": "Qatari", "اماراتي": "UAE", "كويتي": "Kuwaiti",
              "بحريني": "Bahraini", "عماني": "Omani", "يمني": "Yemeni", "اردني": "Jordanian", "عراقي": "Iraqi",
              "مصري": "Egyptian", "سوداني": "Sudanese", "ليبي": "Libyan", "تونسي": "Tunisian", "جزائري": "Algerian",
              "مغربي": "Moroccan", "سوري": "Syrian", "لبناني": "Lebanese", "ايراني": "Iranian", "تركي": "Turkish",
              "كندي": "Canadian", "استرالي": "Australian", "استرليني": ""}


def _qualifier(word: str) -> str:
    """The adjective of nationality (or "استرليني") a currency word may take, in its matching form; "" if none
    ("ريالا قطريا", and the feminine of a lira: "ليرة تركية")."""
    w = word[:-1] if word.endswith(("ا", "ه")) and word[:-1] in NATIONS_EN else word
    return w if w in NATIONS_EN else ""


def _currency_label(currency: str, names: dict[str, str], nations: dict[str, str] | None) -> str:
    """A currency key ("ريال قطري") as a label: "Qatari riyals" (``nations`` given), "ريال قطري" (Arabic)."""
    base, _, qualifier = currency.partition(" ")
    name = names.get(base, "")
    if not name or not qualifier:
        return name
    if nations is None:
        return f"{name} {qualifier}"
    return f"{nations[qualifier]} {name}".strip()


def same_currency(a: Quantity, b: Quantity) -> bool:
    """Are two sums in one currency?  A riyal and a Qatari riyal may be; a Saudi and a Qatari riyal are not."""
    ca, cb = a.currency(), b.currency()
    if ca == cb:
        return True
    (ba, _, qa), (bb, _, qb) = ca.partition(" "), cb.partition(" ")
    return ba == bb and not (qa and qb)


# Dual forms name an exact count.  A bare "قرن"/"عقد" is not a figure: "لمدة قرن" is rhetoric, and عقد is
# also the verb "held".
DUALS = {"عامين": (2, "year"), "سنتين": (2, "year"), "شهرين": (2, "month"), "يومين": (2, "day"),
         "عقدين": (20, "year")}

# Cue words (folded, clitic-stripped stems) that say what a count of people measures.
CASUALTY_CUES = {
    "dead": {"قتيل", "قتلي", "قتيلا", "حتفهم", "حتفه", "مصرع", "وفاه", "وفيات", "توفي", "بحياه", "مقتل", "قتل", "قتلوا",
             "لقوا", "لقي", "جثث", "جثه", "الموتي", "موتي", "حياه", "حصيله", "ضحايا"},
    "injured": {"اصيب", "اصابه", "اصابات", "جرحي", "جريح", "جريحا", "مصاب", "مصابا", "مصابين", "اصيبوا", "جرح",
                "اصاب"},
    "missing": {"مفقود", "مفقودين", "المفقودين", "مفقودا", "فقد", "فقدان"},
}
PERSON_UNITS = {"شخص", "شخصا", "اشخاص", "اشخاصا", "مواطن", "مواطنا", "مواطنين", "قتيل", "قتيلا", "قتلي", "جريح",
                "جريحا", "جرحي", "مصاب", "مصابا", "مصابين", "مفقود", "مفقودا", "مفقودين", "ضحيه", "ضحايا", "فرد",
                "افراد", "اخرين", "اخرون", "طفل", "اطفال", "امراه", "نساء", "جندي", "جنود", "عسكري", "عسكريين", "مدني", "مدنيين"}
DURATION_CUES = {"مده", "لمده", "مدتها", "مدته", "تمتد", "يمتد", "تسري", "يسري", "صلاحيه", "طوال"}
FIRST_CUES = {"اول", "الاولي", "الاول", "لاول", "اولي"}

MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
}
# The months named in two words, "كانون الثاني", "تشرين الأول" (or "كانون ثاني"): "25 كانون الثاني" is a date, never a
# count
TWO_WORD_MONTHS = ({"كانون", "تشرين"}, {"الاول", "الثاني", "اول", "ثاني"})
# Hijri months: "17 رجب" is a date, never a count (not used to place events in years)
HIJRI_MONTHS = {"محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذي", "ذو"}
# Reporting participles that follow a figure without being what it counts ("... 2، مؤكدا")
NOT_COUNTED = {"مؤكدا", "مشيرا", "موضحا", "مضيفا", "لافتا", "مبينا", "منوها", "قائلا", "معتبرا", "مشددا"}
# A number before these is no count of anything: a multiplier ("زادت ثلاثة أمثالها", "خمسة أضعاف") or a
# conjunction after a name's number ("كأس الخليج 23 رغم ..."); matched on the folded word without its clitics.
NOT_COUNTED_STEMS = ("امثال", "اضعاف", "رغم", "برغم", "بالرغم")
# A preposition or a quantifier with its pronoun ("3 منهم", "12 فيهم", "احدهم"): "of them", no noun counted.
PRONOUN_PHRASES = frozenset(p + s for p in ("من", "عن", "في", "علي", "الي", "ل", "بين", "مع", "عند", "لدي", "حول",
                                           "ضد", "دون", "بعض", "كل", "جميع", "معظم", "اغلب", "احد", "احدي",
                                           "غالبيت")
                            for s in ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"))
RELATIVE = {"الماضي": -1, "المنصرم": -1, "الفائت": -1, "المقبل": 1, "القادم": 1, "الجاري": 0, "الحالي": 0}
# Kinds of events whose dates outlets report; a date fact is about one of these.
EVENT_CUES = {
    "meeting": {"لقاء", "التقي", "التقيا", "يلتقي", "اجتماع", "اجتمع", "قمه", "محادثات", "اللقاء", "لقائهما"},
    "visit": {"زياره", "زار", "يزور", "وصل", "وصوله", "زيارته"},
    "signing": {"وقع", "توقيع", "وقعا", "اتفاق", "اتفاقيه", "معاهده"},
    "attack": {"هجوم", "قصف", "غاره", "انفجار", "اعتداء"},
    "election": {"انتخابات", "اقتراع", "تصويت"},
}


_SCALES = ((1e12, "trillion", "تريليون"), (1e9, "billion", "مليار"), (1e6, "million", "مليون"))


def _readable(value: float, step: float = 0.0, arabic: bool = False) -> str:
    """A value as its text writes it: "12", "2.5", "108078671", and, when it was written with a multiplier word
    (its ``step`` is at least a thousandth of the scale), "3 billion" (not "3000000000"), "84.54 million" — every
    digit kept, so two values that differ never read alike."""
    for scale, en, ar in _SCALES:
        if abs(value) >= scale and step >= scale / 1000:
            return f"{value / scale:.12g} {ar if arabic else en}"
    return str(int(value)) if float(value).is_integer() else f"{value:.12g}"


@dataclass(slots=True)
class Quantity:
    """A number with its unit and frame, found at ``[start, end)`` of the folded sentence tokens."""

    frame: str  # dead|injured|missing|duration|first_since|since|count:<noun>|money|percent
    value: float
    unit: str
    approx: bool = False  # "نحو", "أكثر من", "ربع قرن"
    since_year: int | None = None  # "منذ عام 2000": the year, converted to years against a reference
    surface: str = ""  # the words as the text writes them (original spelling, not the matching form)
    start: int = 0  # [start, end) of ``surface`` in the text given to :func:`quantities`
    end: int = 0
    noun: str = ""  # a counted noun as written ("مذكرات"), for ``count:`` frames
    step: float = 0.0  # the precision the value is written to (see :func:`_step`); 0 when not known
    part: bool = False  # one item of a list or a part of a total ("وثلاثة أطفال", "بينهم خمسة"): not the total
    at_least: bool = False  # "12 قتيلا على الأقل", "أكثر من 12": a lower bound

    def currency(self) -> str:
        """The currency a sum is in, in its matching form: "ريال" for ريالاً, "ريال قطري", "استرليني" for a pound
        sterling however written; "" for any other figure."""
        if self.unit != "money":
            return ""
        money, base, qualifier = UNITS["money"], "", ""
        for w in WORD_RE_FOLDED.findall(fold_for_search(self.surface)):
            if not base and w in money:
                base = w[:-1] if w.endswith("ا") and w[:-1] in money else w
            elif base and not qualifier and (q := _qualifier(w)):
                qualifier = q
        if "استرليني" in (base, qualifier):
            return "استرليني"
        return f"{base} {qualifier}" if base and qualifier else base

    def label(self) -> str:
        if self.since_year is not None:
            return f"since {self.since_year}"
        v = _readable(self.value, self.step)
        unit = "" if self.unit in ("", "count") else " " + {"year": "years", "month": "months", "day": "days",
                                                            "hour": "hours", "percent": "%", "money": ""}.get(self.unit, self.unit)
        if self.unit == "money" and (currency := _currency_label(self.currency(), CURRENCY_EN, NATIONS_EN)):
            unit = " " + currency
        elif self.unit == "percent":
            unit = "%"
        return f"{'~' if self.approx else ''}{v}{unit}".strip()

    def label_ar(self) -> str:
        """The same in Arabic words: "منذ 2000", "نحو 15 سنة", "30%"."""
        if self.since_year is not None:
            return f"منذ {self.since_year}"
        v = _readable(self.value, self.step, arabic=True)
        unit = {"year": "سنة", "month": "شهر", "day": "يوم", "hour": "ساعة", "percent": "%"}.get(self.unit, "")
        if self.unit == "money":
            unit = _currency_label(self.currency(), CURRENCY_AR, None)
        text = f"{v}%" if unit == "%" else f"{v} {unit}".strip()
        return ("نحو " if self.approx else "") + text


@dataclass(slots=True)
class DateFact:
    """A month placed in a year, with the kind of event it dates."""

    event: str  # meeting|visit|signing|attack|election
    month: int
    year: int | None  # explicit year
    relative: int | None  # -1 "last", 0 "this", +1 "next" (year to be resolved against the story's time)
    surface: str = ""


CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")


def _bare(word: str) -> str:
    """A folded word without the conjunction/preposition clitics that can precede numbers and units."""
    if word in NUMBER_WORDS or word in MONTHS or word[:1] not in "وبلف":
        return word
    for p in CLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3 and (word[len(p):] in NUMBER_WORDS or word[len(p):] in MONTHS):
            return word[len(p):]
    return word


def dots_for_thousands(text: str) -> bool:
    """Does a text write its thousands with dots ("45.999.540", so "72.837" is 72,837)?  Yes when one of its
    numbers has two dots or more with a group of three digits (no decimal has two dots; "26.7.2015" is a date) and
    none has one dot before other than three digits (a decimal: "2.5")."""
    dotted = False
    for m in DOTTED_NUMBER_RE.finditer(text):
        groups = m.group().replace("٫", ".").split(".")
        if len(groups) > 2:
            dotted = dotted or any(len(g) == 3 for g in groups[1:])
        elif len(groups[1]) != 3:
            return False
    return dotted


def _grouped(digits: str, dots: bool) -> bool:
    """Are the separators of a number written in digits thousands separators ("108،078،671", "375.526.840", and
    "72.837" when ``dots``: its text dots its thousands)?"""
    if THOUSANDS_RE.match(digits):
        return True
    return DOTTED_THOUSANDS_RE.match(digits) is not None and (dots or digits.count(".") > 1)


def _restated(tokens: list[str], i: int, value: float, dots: bool) -> bool:
    """Is the multiplier after a number written in full by thousands a repetition of its scale ("375.526.840 مليون
    ريال" is 375.5 million, not a million times it)?"""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return nxt in MULTIPLIERS and MULTIPLIERS[nxt] <= value and value >= 1_000_000 and _grouped(tokens[i], dots)


def _number(tokens: list[str], i: int, dots: bool = False) -> tuple[float, int] | None:
    """The number starting at token i (digits or a number word, with a multiplier), and how many tokens it uses
    (``dots``: the text dots its thousands, see :func:`dots_for_thousands`)."""
    t = tokens[i]
    if t[0].isdigit():
        digits = t.rstrip("%")
        if _grouped(digits, dots):
            digits = re.sub(r"[.,،٬]", "", digits)  # 108،078،671, 375.526.840: thousands separators
            if _restated(tokens, i, float(digits), dots):
                return float(digits), 2  # "375.526.840 مليون ريال": the word repeats the scale the digits give
        try:
            value = float(digits.replace("،", ".").replace("٬", ".").replace(",", "."))
        except ValueError:
            return None
        used = 1
    else:
        w = _bare(t)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt in ("عشر", "عشره") and (w in TEEN_UNITS or NUMBER_WORDS.get(w, 10) < 10):
            value, used = 10.0 + TEEN_UNITS.get(w, NUMBER_WORDS.get(w, 0)), 2  # "أحد عشر", "ثلاثة عشر"
            if i + used < len(tokens) and tokens[i + used] in MULTIPLIERS:
                value *= MULTIPLIERS[tokens[i + used]]
                used += 1
            return value, used
        if w not in NUMBER_WORDS:
            return None
        value, used = float(NUMBER_WORDS[w]), 1
        # "ثلاثة وعشرين": a unit word and a tens word
        if i + 1 < len(tokens) and tokens[i + 1].startswith("و") and tokens[i + 1][1:] in NUMBER_WORDS \
                and NUMBER_WORDS[tokens[i + 1][1:]] >= 20:
            value += NUMBER_WORDS[tokens[i + 1][1:]]
            used = 2
    if i + used < len(tokens) and tokens[i + used] in MULTIPLIERS:
        mult = MULTIPLIERS[tokens[i + used]]
        value *= mult
        used += 1
        # "18 ألف و500", "3 ملايين و200 ألف": the rest after the thousands (millions) is part of the same number
        if i + used + 1 < len(tokens) and tokens[i + used] == "و" and tokens[i + used + 1].isdigit():
            rest, k = int(tokens[i + used + 1]), i + used + 2
            smaller = MULTIPLIERS.get(tokens[k], 0) if k < len(tokens) else 0
            if smaller and smaller < mult and rest * smaller < mult:
                value, used = value + rest * smaller, used + 3
            elif not smaller and rest < mult:
                value, used = value + rest, used + 2
    return value, used


def _in_expression(norm: str, start: int, end: int) -> bool:
    """Is the number at ``norm[start:end]`` part of a score, a formula or a bracketed aside ("4-1", "5+1",
    "(74)", "423ر2"), not a figure of its own?"""
    before = norm[max(0, start - 2):start].strip()
    after = norm[end:end + 2].strip()
    if before[-1:] and before[-1] in "+-/(:×xX*" or after[:1] and after[0] in "+-/):×xX*":  # "30×50 مترا"
        return True
    # "423ر2": an old way of writing 2.423 (read right to left), not two numbers
    return (start >= 2 and norm[start - 1] == "ر" and norm[start - 2].isdigit()) or \
        (end + 1 < len(norm) and norm[end] == "ر" and norm[end + 1].isdigit())


def _named_year(prev: str, nxt: str) -> bool:
    """Is a year-like number after a definite noun a year naming it ("كأس العالم 2010 وكأس أوروبا", "رؤية المملكة
    2030") rather than a count ("قتل الزلزال 2000 شخص")?  Only when nothing after it is counted by it: the sentence
    goes on with the next item joined by و, or ends."""
    return prev.startswith("ال") and len(prev) > 3 and (not nxt or nxt.startswith("و") and len(nxt) > 3
                                                        and nxt not in PERSON_UNITS)


def _noun_key(word: str) -> str:
    """Light singular key of a counted noun: clitics, plural and feminine endings off (مذكرات → مذكر)."""
    w = stem_of(word)
    for suf in ("ات", "ين", "ون", "ا", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    return w


def _conjunct(word: str) -> bool:
    """Is a word after a number the next item joined by و rather than what the number counts ("تسعة وإصابة")?"""
    if not word.startswith("و") or len(word) < 4:
        return False
    rest = word[1:]
    return rest in PERSON_UNITS or rest in NUMBER_WORDS or any(rest in w or stem_of(rest) in w for w in
                                                                CASUALTY_CUES.values()) or \
        any(rest in w for w in UNITS.values())


_SUFFIXES = ("هما", "هم", "ها", "ه")
_DEFINITE_RE = re.compile(r"[وف]?(?:[بك]ال|لل)")


def _no_noun(word: str) -> bool:
    """Is a word after a number no noun it could count, told by the news's own words (the shipped lexicon of
    SaudiNewsNet word counts): a present verb, whose future form is written more often than its form with the
    article ("يجري": سيجري, not اليجري; "يمني": اليمني), a future one ("سيشاركون": never السيشاركون, يشاركون a word),
    a past verb after و whose present is a word ("وشدد", "وشدده": يشدد; "وعود": العود), or a preposition with the
    article ("بالحرس", "للعمل": a counted noun is indefinite)."""
    lex = default_lexicon()
    freq, known = lex.freq, lex.known
    m = _DEFINITE_RE.match(word)
    if m and len(word) > m.end() + 1 and known("ال" + word[m.end():]):
        return True
    if word[:1] == "و" and len(word) > 3:  # (not ف: "فدان", "فيلا", "فترات" are nouns)
        word = word[1:]  # "ويجري", "وشدد"
        if word[:1] not in "يتس":
            base = next((word[:-len(x)] for x in _SUFFIXES if word.endswith(x) and len(word) - len(x) >= 3), word)
            return not known("ال" + word) and not known("ال" + base) and known("ي" + base)
    if word[:1] in "يت" and len(word) > 2:
        return known("س" + word) and freq("س" + word) > freq("ال" + word)
    if word[:1] == "س" and word[1:2] in "يت" and len(word) > 3:  # (not سن: "سنيا" is a Sunni)
        return known(word[1:]) and not known("ال" + word) and freq(word[1:]) > freq("ال" + word[1:])
    return False


def _counts_nothing(tokens: list[str], found: list[re.Match[str]], norm: str, i: int, used: int) -> bool:
    """Is the word after the number at token ``i`` (``used`` tokens) counted by nothing, the number being a name's
    or a list's ("مخطط الملك فهد 1 وحي الروضة 3 والنسيم 4", "فهد1، حي الروضة")?  So when a comma or a colon
    stands between the number and the word, the word is definite after a conjunction ("3 والنسيم"), or the word
    opens the next numbered name of a list: a و word and a definite one, a number, and a و word or nothing after
    it ("266 ولادة مقابل 110 وفاة" counts births)."""
    k = i + used  # the word after the number
    if LIST_MARKS_RE.search(norm, found[k - 1].end(), found[k].start()):
        return True
    word = tokens[k]
    if word[:1] in "وف" and word[1:3] == "ال" and len(word) > 5:
        return True
    return word[:1] == "و" and k + 2 < len(tokens) and tokens[k + 1].startswith("ال") and \
        tokens[k + 2][0].isdigit() and (k + 3 == len(tokens) or not tokens[k + 3][0].isalpha()
                                        or tokens[k + 3].startswith("و"))


def _cue_near(tokens: list[str], i: int, cues: dict[str, set[str]], before: int = 5, after: int = 6) -> str | None:
    best, dist = None, 99
    for j in range(max(0, i - before), min(len(tokens), i + after)):
        w = tokens[j]
        for name, words in cues.items():
            if w in words or stem_of(w) in words:
                if abs(j - i) < dist:
                    best, dist = name, abs(j - i)
    return best


# Every token that can start a quantity (so the scan skips the rest at set-lookup cost).
STARTERS = frozenset({p + w for p in ("",) + CLITICS for w in (*NUMBER_WORDS, *DUALS, *TEEN_UNITS)} | {"ربع", "نصف"})


def _step(tokens: list[str], i: int, used: int, value: float, dots: bool = False) -> float:
    """The precision a number is written to, in its unit: 0.01 for "71.08", 1 for "71", 100,000 for "84.5 مليون",
    a billion for "ثلاثة مليارات" — two values closer than the coarser step are one value rounded."""
    t = tokens[i]
    if used > 2 and "و" in tokens[i + 1:i + used]:  # "18 ألف و500" is written to the unit, "3 ملايين و200 ألف" to
        return float(MULTIPLIERS.get(tokens[i + used - 1], 1))  # the thousand: the precision of the rest
    if not t[0].isdigit():
        mult = MULTIPLIERS.get(tokens[i + used - 1], 1) if used > 1 else 1
        return float(mult)
    digits = t.rstrip("%")
    decimals = 0
    if not _grouped(digits, dots):
        m = re.search(r"[.,،٬](\d+)$", digits)
        decimals = len(m.group(1)) if m else 0
    elif used > 1 and _restated(tokens, i, value, dots):
        return 1.0  # (written to the unit, its scale said twice)
    mult = MULTIPLIERS.get(tokens[i + 1], 1) if used > 1 and i + 1 < len(tokens) else 1
    return 10.0 ** -decimals * mult


@lru_cache(maxsize=1)
def _person_keys() -> frozenset[str]:
    return frozenset(_noun_key(w) for w in PERSON_UNITS)


# The folded text ``quantities`` tokenised last, and its tokens (a story view asks ``date_facts`` about the same folded
# sentence next: its tokens are not found a second time).  The tokens are read, never changed, by both.
_LAST_TOKENS: tuple[str | None, list[str]] = (None, [])


def quantities(text: str, *, folded: bool = False, norm: str | None = None, dots: bool = False) -> list[Quantity]:
    """The quantity facts of one sentence (``folded=True``: the text is already in search form; ``norm``: the
    caller's ``fold_for_search(text)``, so that it is not folded again; ``dots``: the sentence's article dots its
    thousands, :func:`dots_for_thousands`).

    Each fact carries its span and its words as ``text`` writes them."""
    given = norm
    # the same length as ``text``: offsets into one are offsets into the other
    src = text if folded or "\u200f" not in text else RLM_DECIMAL_RE.sub(
        lambda m: f"{m.group(2)}.{m.group(1)}\u200f", text)
    if not folded and "(" in src:
        src = BRACKETED_MULTIPLIED_RE.sub(lambda m: f"{m.group(1)}  ", src)
    norm = text if folded else given if given is not None and src is text else fold_for_search(src)
    global _LAST_TOKENS
    if DECIMAL_RE.search(norm) is None:
        tokens = TOKEN_RE.findall(norm)
        _LAST_TOKENS = (norm, tokens)
        # Most sentences state no quantity: no number word and no decimal digit (a token starting with another kind
        # of digit, "²", is never read as a number) — said in C, before any token is looked at one by one.
        if STARTERS.isdisjoint(tokens):
            return []
        found = list(TOKEN_RE.finditer(norm))
    else:  # (a text with a digit is read on: its tokens are those of its matches, not matched a second time)
        found = list(TOKEN_RE.finditer(norm))
        tokens = list(map(_MATCHED, found))
        _LAST_TOKENS = (norm, tokens)
    # where a quantity can start; most sentences have none, and then the offsets are never needed
    starts = [i for i, t in enumerate(tokens) if t[0].isdigit() or t in STARTERS]
    if not starts:
        return []
    offsets = None if folded else folded_offsets(src, norm)

    def span(i: int, j: int) -> tuple[int, int, str]:
        """Original [start, end) and text of tokens i..j-1."""
        j = max(i + 1, min(j, len(found)))
        a, b = found[i].start(), found[j - 1].end()
        if offsets is not None:
            a, b = to_original_span(offsets, a, b)
        return a, b, text[a:b]

    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok[0].isdigit() and tok not in STARTERS:
            k = bisect_left(starts, i)  # straight to the next token that can start one
            if k == len(starts):
                break
            i = starts[k]
            continue
        # "ربع قرن" / "نصف قرن" / "عقدين": durations without digits
        step = 0.0
        if tok in ("ربع", "نصف") and i + 1 < len(tokens) and tokens[i + 1] == "قرن":
            value, unit, used, approx = (25.0 if tok == "ربع" else 50.0), "year", 2, True
        elif _bare(tok) in DUALS and (i == 0 or _number(tokens, i - 1, dots) is None):
            value, unit = DUALS[_bare(tok)]
            value, used, approx = float(value), 1, False
        else:
            num = _number(tokens, i, dots)
            if num is None or _in_expression(norm, found[i].start(), found[i].end()) or \
                    (i and tokens[i - 1] in CLOCK_WORDS | ORDINAL_MARKS | LABEL_WORDS) or \
                    (i + 1 < len(tokens) and _bare(tokens[i + 1]) in ERA_WORDS):
                i += num[1] if num else 1  # "(700 ألف": the multiplier of a number passed over is no number of its own
                continue
            value, used = num
            step = _step(tokens, i, used, value, dots)
            approx = False
            nxt = tokens[i + used] if i + used < len(tokens) else ""
            prev = tokens[i - 1] if i else ""
            # Years and day-of-month numbers are dates, not quantities (except "منذ عام 2000").
            if tok.isdigit() and 1900 <= value <= 2100 and (prev in YEAR_BEFORE or _bare(prev) in MONTHS
                                                             or _named_year(prev, nxt)) \
                    or nxt in MONTHS or _bare(nxt) in MONTHS or _bare(nxt) in HIJRI_MONTHS \
                    or nxt in TWO_WORD_MONTHS[0] and i + used + 1 < len(tokens) and \
                    tokens[i + used + 1] in TWO_WORD_MONTHS[1]:
                if prev in ("عام", "سنه") and i >= 2 and tokens[i - 2] == "منذ":
                    first = any(t in FIRST_CUES or stem_of(t) in FIRST_CUES for t in tokens[max(0, i - 9):i - 2])
                    a, b, said = span(i - 2, i + 1)
                    out.append(Quantity("first_since" if first else "since", 0.0, "year", since_year=int(value),
                                        surface=said, start=a, end=b))
                i += used
                continue
            unit_word = nxt
            # "60 ألفا يعيشون": an accusative multiplier stands for the counted noun; the word after it is none
            noun_told = used > 1 and tokens[i + used - 1] in ACCUSATIVE_MULTIPLIERS
            unit = next((u for u, words in UNITS.items() if unit_word in words or stem_of(unit_word) in words), "")
            if tok.endswith("%"):
                unit = "percent"  # the sign is part of the number's token
            elif unit:
                used += 1
                if unit == "money" and i + used < len(tokens) and _qualifier(tokens[i + used]):
                    used += 1  # "جنيه إسترليني", "ريال قطري": which pound, which riyal
            else:
                # a counted noun: indefinite ("100 شركة"; "(74) الهدفين" is a minute, not a count), never a
                # function word ("3 الذي"), nor one behind و or ف ("عملية واحدة وسوف": «عدد وسوف: 1»; not «25 ولي
                # أمر»), nor a number word
                countable = (not noun_told and unit_word and unit_word[0].isalpha() and len(unit_word) > 2
                             and not unit_word.startswith("ال")
                             and (unit_word in PERSON_UNITS or unit_word not in _stopwords())
                             and not (unit_word[:1] in "وف" and len(unit_word) > 3 and unit_word[1:] in _stopwords())
                             and _bare(unit_word) not in NUMBER_WORDS and _bare(unit_word) not in MONTHS
                             and _bare(unit_word) not in HIJRI_MONTHS and unit_word not in NOT_COUNTED
                             and unit_word not in PRONOUN_PHRASES
                             and not (unit_word[:1] in "وف" and unit_word[1:] in PRONOUN_PHRASES)
                             and not unit_word.startswith(NOT_COUNTED_STEMS)
                             and not _conjunct(unit_word) and not _no_noun(unit_word)
                             and not _counts_nothing(tokens, found, norm, i, used))
                unit = "count:" + _noun_key(unit_word) if countable else ""
        window = tokens[max(0, i - 3):i]
        approx = approx or any(w in APPROX for w in window) or (i >= 2 and tokens[i - 2:i] == ["اكثر", "من"])
        after = tokens[i + used:i + used + 4]
        at_least = (i >= 2 and tokens[i - 2:i] in (["اكثر", "من"], ["يزيد", "عن"], ["يزيد", "علي"])) or any(
            after[k:k + 2] == ["علي", "الاقل"] for k in range(len(after) - 1))
        approx = approx or at_least
        # "امرأة وثلاثة أطفال", "بينهم خمسة": one item of a list or a part of a total
        part = (tok != _bare(tok) and tok.startswith("و")) or (i and tokens[i - 1] == "و") or \
            bool(SUBSET_CUES & set(tokens[max(0, i - 2):i]))
        frame = unit
        if unit in ("year", "month", "day", "hour"):
            before = tokens[max(0, i - 9):i]
            if "منذ" in before[-2:]:
                first = any(t in FIRST_CUES or stem_of(t) in FIRST_CUES for t in before)
                frame = "first_since" if first else "since"
            elif any(t in DURATION_CUES or stem_of(t) in DURATION_CUES for t in tokens[max(0, i - 4):i]):
                frame = "duration"
            else:
                frame = "span"
        elif unit.startswith("count:"):
            noun = unit[6:]
            if tokens[i + used - 1 if i + used - 1 < len(tokens) else i] and (
                    noun in _person_keys() or unit_word in PERSON_UNITS):
                cue = _cue_near(tokens, i, CASUALTY_CUES)
                if cue and not SUBSET_CUES & set(tokens[max(0, i - 2):i]):  # a part of a toll is not the toll
                    frame = cue
            for kind in ("dead", "injured", "missing"):  # the counted noun says what is counted: "مائة جريح"
                if unit_word in CASUALTY_CUES[kind] or stem_of(unit_word) in CASUALTY_CUES[kind]:
                    frame = kind
                    break
        if not frame:
            i += used
            continue
        if frame in ("first_since", "since") and unit != "year":
            frame = frame + ":" + unit
        a, b, said = span(i, i + used + (1 if unit.startswith("count:") else 0))
        noun = ""
        if unit.startswith("count:") and i + used < len(found):
            noun = span(i + used, i + used + 1)[2]
        out.append(Quantity(frame, value, unit if not unit.startswith("count:") else "count", approx=approx,
                            surface=said, start=a, end=b, noun=noun, part=part, at_least=at_least,
                            step=step))
        i += used
    for k in range(1, len(out)):  # "16 غارة في العراق وسبع غارات في سوريا": the first item of a list is no total
        if out[k].part and not out[k - 1].part and out[k - 1].frame == out[k].frame and \
                not SUBSET_CUES & set(WORD_RE_FOLDED.findall(fold_for_search(text[out[k - 1].end:out[k].start]))):
            out[k - 1].part = True
    return out


def compatible(a: Quantity, b: Quantity, reference_year: int | None) -> bool | None:
    """Do two facts of one frame state the same value?  None when it cannot be told (no reference year).  Sums in
    two currencies never do."""
    if a.unit == "money" and b.unit == "money" and not same_currency(a, b):
        return False
    va, vb = a.value, b.value
    if a.since_year is not None or b.since_year is not None:
        if a.since_year is not None and b.since_year is not None:
            return abs(a.since_year - b.since_year) <= 1
        if reference_year is None:
            return None
        if a.since_year is not None:
            va = reference_year - a.since_year
        if b.since_year is not None:
            vb = reference_year - b.since_year
    if (a.at_least and vb >= va) or (b.at_least and va >= vb):
        return True  # "at least 12" and 13
    if a.since_year is None and b.since_year is None and abs(va - vb) < max(a.step, b.step) - 1e-9:
        return True  # "71 نقطة" and "71.08 نقطة", "84.5 مليون" and "84.540 مليون": one value, rounded
    tol = max(1.0, 0.1 * max(va, vb)) if (a.approx or b.approx) else 0.0
    if a.unit in ("year", "month", "day") and (a.since_year is not None or b.since_year is not None):
        tol = max(tol, 1.0)
    if va and vb and (abs(va * 1000 - vb) < 1e-6 * vb or abs(vb * 1000 - va) < 1e-6 * va):
        return True  # "363.378" is 363,378 written with a dot for thousands
    return abs(va - vb) <= tol


@lru_cache(maxsize=1)
def _event_cue_words() -> frozenset[str]:
    return frozenset(w for words in EVENT_CUES.values() for w in words)


# Every token ``_bare`` can read as a month: a month's name, bare or after a clitic (a few more than it reads: the
# clitic is left on a name of two letters, "واب").
_MONTH_FORMS = frozenset(p + m for p in ("",) + CLITICS for m in MONTHS)


def date_facts(text: str, *, norm: str | None = None) -> list[DateFact]:
    """Month-level dates of events in one sentence ("التقيا في سبتمبر 2019", "زيارة ... في يونيو الماضي"),
    each with its words as the text writes them (``norm``: the caller's ``fold_for_search(text)``)."""
    norm = fold_for_search(text) if norm is None else norm
    last = _LAST_TOKENS
    tokens = last[1] if last[0] is norm else TOKEN_RE.findall(norm)  # (the very string quantities just read)
    if _MONTH_FORMS.isdisjoint(tokens):
        return []  # no month named (most sentences): said in C, before the cue words are looked for one by one
    event = None
    cues = _event_cue_words()
    for t in tokens:  # the kind of the first cue word, in the order of EVENT_CUES
        s = stem_of(t)
        if t in cues or s in cues:
            event = next(name for name, words in EVENT_CUES.items() if t in words or s in words)
            break
    if event is None:
        return []
    offsets = folded_offsets(text, norm)
    found = list(TOKEN_RE.finditer(norm))
    out = []
    for i, t in enumerate(tokens):
        month = MONTHS.get(_bare(t))
        if month is None or (t == "اب" and not (i and tokens[i - 1] in ("في", "شهر"))):
            continue
        if i and _bare(tokens[i - 1]) in MONTHS:  # second name of a "سبتمبر/أيلول" pair
            continue
        j = i + 1
        if j < len(tokens) and _bare(tokens[j]) in MONTHS:  # "سبتمبر/أيلول"
            j += 1
        year, relative = None, None
        if j < len(tokens) and tokens[j].isdigit() and len(tokens[j]) == 4:
            year = int(tokens[j])
        elif j < len(tokens) and tokens[j] in RELATIVE:
            relative = RELATIVE[tokens[j]]
        else:
            for k in range(j, min(len(tokens), j + 8)):
                if tokens[k].isdigit() and len(tokens[k]) == 4 and 1900 <= int(tokens[k]) <= 2100:
                    year = int(tokens[k])
                    break
        if year is None and relative is None:
            continue
        last = j if (year is not None and j < len(tokens) and tokens[j].isdigit()) or relative is not None else j - 1
        last = min(last, len(found) - 1)
        a, b = to_original_span(offsets, found[i].start(), found[last].end())
        out.append(DateFact(event, month, year, relative, surface=text[a:b]))
    return out
