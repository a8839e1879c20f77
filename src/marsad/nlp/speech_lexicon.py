"""Word lists for finding reported speech in Arabic news: cue verbs, complementizers, roles, adjuncts.

Every entry is in the *matching form* produced by ``fold`` (no diacritics or
tatweel, أإآ→ا, ى→ي, ة→ه) so lookups are plain dict/set membership on folded
tokens.  The lists are deliberately short and hand-made: they are the closed
class of words Arabic newswriting uses to attribute speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.arabic.normalize import DELETED_CHARS, letter_pairs

# The deleted marks and the letter folds of marsad.arabic (hamza seats kept, as ``normalize`` keeps them).
MARKS_RE = re.compile("[" + re.escape(DELETED_CHARS) + "]")


_LETTER_PAIRS = letter_pairs()


def fold_letters(text: str) -> str:
    """``text`` with alef/yaa/taa-marbuta/kaf variants unified; same length, so offsets still hold."""
    for a, b in _LETTER_PAIRS:  # chained str.replace is several times faster than str.translate here
        if a in text:
            text = text.replace(a, b)
    return text


@lru_cache(maxsize=1 << 15)  # the quote finder folds the same speakers, heads and mentions over and over
def fold(word: str) -> str:
    """Matching form of a word: diacritics and tatweel removed, alef/yaa/taa-marbuta variants unified."""
    return fold_letters(MARKS_RE.sub("", word))


def drop_li(folded: str) -> str:
    """A folded word without a leading ل/ب preposition: "للسلطات" → "السلطات", "لوكاله" → "وكاله"."""
    if folded.startswith("لل") and len(folded) > 3:
        return "ال" + folded[2:]
    if folded[:1] in ("ل", "ب") and len(folded) > 3:
        return folded[1:]
    return folded


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech cue: its lemma, how its complement is introduced, and how its speaker is found.

    ``klass``: "say" (إن/أن/: complement), "prep" (a preposition introduces the
    complement, see ``prep``), "object" (a direct object is the content),
    "participle" (قائلا...: the speaker is the subject of the main verb),
    "relay" (نقل X عن Y: Y is the speaker, X the channel).
    ``prep`` is the folded preposition ("الي", "من", "عن", "علي") or "ب" for the
    bound preposition.  ``weak`` cues are also common nouns (رأي, ذكر, تعهد) and
    only count when a complementizer follows.
    """

    lemma: str
    klass: str
    prep: str = ""
    weak: bool = False


def _forms(lemma: str, klass: str, forms: str, prep: str = "", weak: bool = False) -> dict[str, Cue]:
    cue = Cue(lemma, klass, prep, weak)
    return {fold(f): cue for f in forms.split()}


# Past (m/f/pl/dual) and present forms of the cue verbs.  The leading و/ف
# conjunction is stripped before lookup.  A dual that is also a common word in the accusative is left out
# (صرحا "an edifice", طالبا "a student", حذرا "cautiously", وصفا "a description", كشفا "a list",
# تعهدا "a pledge").
CUES: dict[str, Cue] = {
    **_forms("قال", "say", "قال قالت قالوا قالا قالتا يقول تقول يقولون يقولان تقولان"),
    **_forms("أضاف", "say", "أضاف أضافت أضافوا أضافا أضافتا يضيف تضيف يضيفون"),
    **_forms("أكد", "say", "أكد أكدت أكدوا أكدا أكدتا يؤكد تؤكد يؤكدون"),
    **_forms("أوضح", "say", "أوضح أوضحت أوضحوا أوضحا أوضحتا يوضح توضح"),
    **_forms("أشار", "say", "أشار أشارت أشاروا أشارا أشارتا يشير تشير يشيرون"),
    **_forms("صرح", "say", "صرح صرحت صرحوا يصرح تصرح"),
    **_forms("ذكر", "say", "ذكر ذكرت ذكروا يذكر تذكر", weak=True),
    **_forms("أعلن", "say", "أعلن أعلنت أعلنوا أعلنا أعلنتا يعلن تعلن"),
    **_forms("كشف", "say", "كشف كشفت كشفوا يكشف تكشف"),
    **_forms("شدد", "prep", "شدد شددت شددوا شددا شددتا يشدد تشدد", prep="علي"),
    **_forms("نفى", "object", "نفى نفت نفوا ينفي تنفي"),
    **_forms("اتهم", "object", "اتهم اتهمت اتهموا اتهما اتهمتا يتهم تتهم"),
    **_forms("حذر", "prep", "حذر حذرت حذروا يحذر تحذر", prep="من"),
    **_forms("دعا", "prep", "دعا دعت دعوا يدعو تدعو", prep="الي"),
    **_forms("طالب", "prep", "طالب طالبت طالبوا يطالب تطالب", prep="ب"),
    **_forms("تعهد", "prep", "تعهد تعهدت تعهدوا تعهدتا يتعهد تتعهد", prep="ب"),
    **_forms("وصف", "prep", "وصف وصفت وصفوا يصف تصف", prep="ب"),
    **_forms("اعتبر", "say", "اعتبر اعتبرت اعتبروا اعتبرا اعتبرتا يعتبر تعتبر"),
    **_forms("أعرب", "prep", "أعرب أعربت أعربوا أعربا أعربتا يعرب تعرب", prep="عن"),
    **_forms("رأى", "say", "رأى رأت رأوا يرى ترى يرون", weak=True),
    **_forms("لفت", "say", "لفت لفتت لفتوا يلفت تلفت"),
    **_forms("نوه", "say", "نوه نوهت نوهوا ينوه تنوه"),
    **_forms("تابع", "say", "تابع تابعت تابعوا"),
    **_forms("زعم", "say", "زعم زعمت زعموا يزعم تزعم"),
    **_forms("أفاد", "say", "أفاد أفادت أفادوا أفادا أفادتا يفيد تفيد"),
    **_forms("أبلغ", "say", "أبلغ أبلغت أبلغوا"),
    **_forms("أورد", "say", "أورد أوردت أوردوا"),
    **_forms("ادعى", "say", "ادعى ادعت ادعوا يدعي تدعي"),
    **_forms("بين", "say", "بينت", weak=True),
    **_forms("أقر", "say", "أقر أقرت"),
    **_forms("اعترف", "say", "اعترف اعترفت اعترفا اعترفتا"),
    **_forms("أعتقد", "say", "يعتقد تعتقد يعتقدون", weak=True),
    **_forms("جاء في", "say", "جاء"),  # "وجاء في البيان أن": only with a following في (see quotes.py)
    **_forms("أشاد", "prep", "أشاد أشادت أشادوا أشادا أشادتا يشيد تشيد", prep="ب"),
    **_forms("كتب", "say", "كتب كتبت", weak=True),
    **_forms("تساءل", "say", "تساءل تساءلت تساءلوا يتساءل تتساءل"),
    **_forms("غرد", "say", "غرد غردت", weak=True),
    **_forms("أردف", "say", "أردف أردفت"),
    **_forms("أبان", "say", "أبان أبانت يبين"),
    # bare "بين" is mostly "between": only the forms that cannot be read so (a sentence-initial بيّن is missed)
    **_forms("بين", "say", "وبين فبين وبينت", weak=True),
    **_forms("استدرك", "say", "استدرك استدركت"),
    **_forms("علق", "say", "علق علقت", weak=True),
    **_forms("ناشد", "prep", "ناشد ناشدت ناشدا ناشدتا", prep="ب"),
    **_forms("هتف", "say", "هتف هتفت هتفوا"),
    **_forms("أظهر", "say", "أظهر أظهرت", weak=True),  # documents: "أظهرت النتائج أن"
    **_forms("اختتم", "say", "اختتم اختتمت", weak=True),
    **_forms("نص", "prep", "نصت ينص تنص", prep="علي"),  # not bare نص: the noun "text"  # documents: "وينص مشروع القانون على أن"
    **_forms("نقل", "relay", "نقل نقلت نقلوا"),
    **_forms("علم", "relay", "علمت"),  # "وعلمت الصحيفة من مسؤول أن": only with its source (see quote_speakers)
    **_forms("قال", "participle", "قائلا قائلة قائلين"),
    **_forms("أضاف", "participle", "مضيفا مضيفة مضيفين"),
    **_forms("أكد", "participle", "مؤكدا مؤكدة مؤكدين مؤكدتين"),
    **_forms("أوضح", "participle", "موضحا موضحة موضحين"),
    **_forms("أشار", "participle", "مشيرا مشيرة مشيرين"),
    **_forms("تابع", "participle", "متابعا"),  # not متابعة: mostly the noun "follow-up"
    **_forms("لفت", "participle", "لافتا لافتة"),
    **_forms("اعتبر", "participle", "معتبرا معتبرة معتبرين"),
    **_forms("حذر", "participle", "محذرا محذرة محذرين", prep="من"),
    **_forms("شدد", "participle", "مشددا مشددة مشددين", prep="علي"),
    **_forms("وصف", "participle", "واصفا واصفة", prep="ب"),
    **_forms("نوه", "participle", "منوها منوهة"),
    **_forms("أعرب", "participle", "معربا معربة", prep="عن"),
    **_forms("دعا", "participle", "داعيا داعية داعين", prep="الي"),
    **_forms("طالب", "participle", "مطالبا مطالبة مطالبين", prep="ب"),
    **_forms("أعلن", "participle", "معلنا معلنة"),
    **_forms("نفى", "participle", "نافيا نافية"),
    **_forms("تعهد", "participle", "متعهدا متعهدة", prep="ب"),
    **_forms("نبه", "participle", "منبها منبهة"),
    **_forms("توقع", "participle", "متوقعا متوقعة متوقعين"),
    **_forms("بين", "participle", "مبينا مبينة مبينين"),
    **_forms("قال", "participle", "بقوله بقولها بقولهم بالقول"),  # "وخاطب فلان الوزير بقوله:"
    **_forms("أفاد", "participle", "مفيدا مفيدة"),
    **_forms("أردف", "participle", "مردفا"),
    **_forms("أوضح", "participle", "موضحين"),
    **_forms("استدرك", "participle", "مستدركا"),
}

# Complementizers introducing a reported clause (folded); suffixed forms keep their pronoun.
COMPLEMENTIZERS = frozenset(
    fold(w) for w in
    "إن أن بأن بإن إنه إنها إنهم إنهما إنني إننا إنك أنه أنها أنهم أنهما أنني أننا بأنه بأنها بأنهم بأنهما "
    "بإنه بإنها بإنهم بأننا فإن".split()
)
BARE_COMPLEMENTIZERS = frozenset(fold(w) for w in "إن أن بأن بإن فإن".split())

# "نقل X عن Y قوله": the word that opens the relayed words.
SAYING_NOUNS = frozenset(fold(w) for w in "قوله قولها قولهم قولهما".split())

# Source attributions: "بحسب X", "وفقا لـ X", "نقلا عن X" ...
ATTRIBUTIONS = frozenset(fold(w) for w in "بحسب حسب وبحسب وحسب وفق ووفق وفقا ووفقا طبقا وطبقا نقلا ونقلا استنادا".split())

# Words that open an adjunct (time, place, occasion) rather than the speaker noun phrase.
ADJUNCT_STARTS = frozenset(
    fold(w) for w in
    "في خلال يوم أمس اليوم الليلة مساء صباح ظهر مساء عصر على عبر أمام لدى بعد قبل منذ حيث وذلك ذلك أيضا كذلك "
    "مؤخرا حاليا عن له لها لهم لـ مجددا مرة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    "الماضي الماضية الجاري الحالي أول أمس وفي وخلال وعلى بدوره بدورها من جهته جهته جهتها ردا تعليقا "
    "وهو وهي وهم الذي التي فيما بينما ضمن إثر عقب أثناء عند ما لا لم لن فيه فيها عنه عنها منه منها ل "
    "مضى ومضى مرارا تكرارا سابقا دائما".split()
)

# Words that end a speaker noun phrase when met inside it ("كيم عن المعاهدة", "يون يوم الثلاثاء").
INNER_CUTS = frozenset(
    fold(w) for w in
    "عن خلال على عبر أمام لدى يوم أمس اليوم مساء صباح بعد قبل منذ الأحد الاثنين الإثنين الثلاثاء الأربعاء "
    "الخميس الجمعة السبت أيضا كذلك مجددا مرارا تكرارا سابقا دائما وذلك بدوره بدورها قد ل وهو وهي وهم وهما "
    "الذي التي الذين اللذان اللتان "
    "اللواتي".split()
)

# Nouns after في that make it an occasion ("في بيان", "في تصريحات"), not part of the speaker's name.
OCCASION_NOUNS = frozenset(
    fold(w) for w in
    "بيان تصريح تصريحات كلمة مقابلة حديث مؤتمر حلقة لقاء تغريدة منشور رسالة وقت ختام افتتاح جلسة خطاب "
    "تقرير مداخلة اتصال مكالمة مقال ندوة اجتماع زيارة حوار برنامج منتدى قمة البيان كلمته تصريحاته بيانه "
    "مؤتمر المؤتمر محاضرة حفل كلمت تصريحات مقابلت رسالت تغريدت".split()
)

def is_occasion(folded: str) -> bool:
    """Is this (folded) word an occasion noun, with or without the article or a possessive ("مؤتمره")?"""
    base = folded[2:] if folded.startswith("ال") else folded
    for suffix in ("هما", "هم", "ها", "ه", ""):
        if base.endswith(suffix) and (base[: len(base) - len(suffix)] if suffix else base) in OCCASION_NOUNS:
            return True
    return folded in OCCASION_NOUNS


# Nouns of speech events whose maker is the speaker: "في بيان", "في تصريحات لـ".
SPEECH_NOUNS = frozenset(fold(w) for w in "بيان تصريح تصريحات كلمة مقابلة حديث تغريدة منشور رسالة تقرير خطاب".split())

# Role and title heads: a noun phrase starting with one names a speaker by office.
ROLE_WORDS = frozenset(
    fold(w) for w in
    "رئيس الرئيس وزير الوزير زعيم الزعيم المتحدث متحدث الناطق ناطق مسؤول مسؤولون مسؤولين المسؤول سفير السفير "
    "مندوب المندوب مدير المدير أمين الأمين قائد القائد نائب مستشار المستشار خبير الخبير خبراء محلل محللون "
    "المحلل مصدر مصادر المصدر الملك الأمير ولي رئيسة وزيرة المتحدثة مسؤولة عضو النائب الجنرال المبعوث مبعوث "
    "منسق المنسق سكرتير الأمينة المفوض مفوض الممثل ممثل زميلة زميل أستاذ الأستاذ الدكتور الباحث باحث شهود "
    "سكان مراقبون المراقبون محللين دبلوماسي دبلوماسيون خبيرة الخبيرة المرشح مرشح المرشحة قادة زعماء مشرف المشرف رئيسة عضو "
    "مساعد المساعد وكيل الوكيل محافظ المحافظ نائبة".split()
)

# Heads of organisation/outlet/document noun phrases.
BODY_WORDS = frozenset(
    fold(w) for w in
    "شركة الشركة وكالة الوكالة صحيفة الصحيفة شبكة الشبكة قناة القناة موقع الموقع وزارة الوزارة الحكومة حكومة الجيش جيش "
    "البيان بيان التقرير تقرير الكرملين البيت مكتب المكتب الرئاسة رئاسة مجلس المجلس منظمة المنظمة حزب الحزب "
    "حركة الحركة هيئة الهيئة السلطات سلطات الشرطة وسائل مركز المركز معهد المعهد جامعة الجامعة الأمم اللجنة "
    "لجنة المحكمة محكمة البرلمان الخارجية الداخلية الدفاع السفارة سفارة القيادة الوثيقة مجموعة المجموعة "
    "التلفزيون الإذاعة إحصاءات إحصائيات بيانات أرقام تقديرات دراسة الدراسة استطلاع الاستطلاع".split()
)

# Ranks and honorifics that may stand before a personal name ("العقيد سامر يوسف").
HONORIFICS = frozenset(
    fold(w) for w in
    "العقيد اللواء العميد الفريق الجنرال الدكتور الشيخ السيد السيدة المهندس الأستاذ الأمير الملك الرئيس "
    "القاضي المستشار النقيب الرائد المقدم".split()
)

# Places and institutions named after a person ("مطار الأمير فلان", "مركز الملك فلان", "جائزة الشيخ فلان"):
# the person in the name is not who speaks for the place.
NAMED_AFTER_HEADS = frozenset(
    fold(w) for w in
    "مطار مركز جامعة مستشفى مدينة مؤسسة جائزة شارع مسجد جامع ميناء كلية مجمع معهد مكتبة ملعب استاد إستاد صندوق "
    "برنامج كرسي قاعدة حي مشروع".split()
)

# Words that never belong to a personal name after a title ("المتحدث باسم الوزارة").
NAME_BREAKERS = frozenset(fold(w) for w in "باسم لدى في من عن على إلى مع شؤون بين عن".split())

# Abstract nouns that follow a cue as its object, never as its subject ("وأكد أهمية ...").
OBJECT_HEADS = frozenset(
    fold(w) for w in "أهمية ضرورة حرص دعم رفض التزام استعداد عدم تمسك ثقة تطلع رغبة أسف ترحيب تقدير".split()
)

# Whom a statement was made to ("قال الصفدي للصحفيين", "قال لوكالة ..."): with ل/لل they end a speaker's name.
ADDRESSEE_NOUNS = frozenset(
    fold(w) for w in
    "الصحفيين الصحافيين الصحفيون الصحافيون الصحافة المراسلين مراسلين الإعلاميين وسائل الإعلام التلفزيون التليفزيون "
    "الإذاعة إذاعة تلفزيون تليفزيون وكالة وكالات صحيفة صحف قناة شبكة موقع مجلة برنامج الحاضرين المشاركين النواب"
    .split()
)

# Objects of a denial ("نفى المتحدث ... ما تداولته", "... صحة الأنباء"): the words that end its subject.
DENIAL_OBJECTS = frozenset(
    fold(w) for w in
    "ما أي صحة وجود الأنباء أنباء التقارير تقارير الشائعات شائعات الاتهامات اتهامات الادعاءات ادعاءات المعلومات "
    "معلومات الروايات رواية الرواية كل قيام علمه علمها مسؤوليته مسؤوليتها نيته نيتها الخبر خبر الأخبار أخبار "
    "تصريحات التصريحات مزاعم المزاعم".split()
)

# Definite role heads that refer back to the person or source named earlier ("المصدر" → "مصدر دبلوماسي ...",
# "الوزير السعودي" → "وزير الخارجية السعودي فيصل بن فرحان").
ROLE_BACKREFS = {
    fold(k): fold(v) for k, v in {
        "المصدر": "مصدر", "المصادر": "مصادر", "المسؤول": "مسؤول", "المسؤولة": "مسؤولة", "المتحدث": "متحدث",
        "المتحدثة": "متحدثة", "الناطق": "ناطق", "الوزير": "وزير", "الوزيرة": "وزيرة", "السفير": "سفير",
        "المبعوث": "مبعوث", "الخبير": "خبير", "الخبيرة": "خبيرة", "المحلل": "محلل", "الرئيس": "رئيس",
        "المسؤولون": "مسؤولون", "المندوب": "مندوب", "المدير": "مدير", "الدبلوماسي": "دبلوماسي",
    }.items()
}

# Roles of sources that stay unnamed: a back reference to them ("المصدر") never resolves to a named person.
UNNAMED_ROLES = frozenset(fold(w) for w in "مصدر مصادر مسؤولون دبلوماسي".split())

# Definite generic heads that refer back to a body named earlier ("الوكالة" → the agency named before).
GENERIC_HEADS = {
    fold(k): fold(v) for k, v in {
        "الوكالة": "وكالة", "الصحيفة": "صحيفة", "الشبكة": "شبكة", "القناة": "قناة", "الموقع": "موقع",
        "الوزارة": "وزارة", "الحكومة": "حكومة", "المنظمة": "منظمة", "الحزب": "حزب", "الحركة": "حركة",
        "الهيئة": "هيئة", "المجلس": "مجلس", "المركز": "مركز", "المعهد": "معهد", "اللجنة": "لجنة",
        "البيان": "بيان", "التقرير": "تقرير", "المحكمة": "محكمة", "السفارة": "سفارة",
    }.items()
}

# Words that may stand before a cue in subject-verb order and are not the subject.
PRE_CUE_SKIP = frozenset(fold(w) for w in "قد وقد كما ولقد لقد بدوره بدورها أيضا".split())
# A statement issued, in the accusative, between its issuer and the cue: "أصدرت الوزارة بيانا أوضحت فيه".
STATEMENT_OBJECTS = frozenset(fold(w) for w in "بيانا بلاغا تعميما تصريحا توضيحا إيضاحا خطابا منشورا".split())
KANA = frozenset(fold(w) for w in "كان كانت كانوا وكان وكانت وكانوا".split())

# Tokens before a cue that show it is a noun, not a verb ("في رأي", "بحسب ذكر").
NOUN_MARKERS = frozenset(
    fold(w) for w in "في ب من على إلى عن مع حسب بحسب هذا هذه ذلك تلك ما يمكن تم يجب ويمكن".split()
)

# Negations: "لم يوضح", "ولم يقل" report that something was NOT said.
NEGATIONS = frozenset(fold(w) for w in "لم لن لا ولم ولن ولا فلم".split())

# Plural or collective speaker heads: no personal name follows them ("محللون أميركيون").
COLLECTIVE_ROLES = frozenset(
    fold(w) for w in
    "مسؤولون مسؤولين محللون محللين خبراء مصادر شهود سكان مراقبون المراقبون دبلوماسيون مصدر المصدر".split()
)

# Kinship heads: "والد الشهيد فلان", "شقيقة الضحية فلانة" describe a relative of the person named, not that person.
KIN_HEADS = frozenset(fold(w) for w in "والد والدة شقيق شقيقة نجل نجلة ابنة زوجة أرملة أخو أخت عم خال جد جدة".split())

# Nouns of "من جهة أخرى", "على صعيد آخر": an adjunct before a cue, never its subject.
ADJUNCT_NOUNS = frozenset(fold(w) for w in "جهة ناحية صعيد جانب حين وقت جهته جهتها".split())

# Bare cue forms that are also common nouns ("طالب" = a student): weak unless و/ف marks them as verbs.
NOUN_HOMOGRAPHS = frozenset(fold(w) for w in "طالب".split())

# Relative pronouns: a cue right after one has its subject before it ("سيئول، التي حذرت").
RELATIVES = frozenset(fold(w) for w in "التي الذي الذين اللذان اللتان والتي والذي والذين".split())

# Subordinators that, before a new cue inside a reported clause, open the narrator's framing ("بعدما ذكرت").
NARRATOR_LINKS = frozenset(fold(w) for w in "بعدما وبعدما عندما حيث وحيث فيما بينما".split())

# What kind of source a speaker is, by the head noun of its name (folded, with or without the article).
DOCUMENT_HEADS = frozenset(fold(w) for w in (
    "تقرير تقارير بيان بيانات دراسة نتائج إحصاءات إحصائيات أرقام تقديرات وثيقة مشروع قانون نظام لائحة قرار "
    "اتفاقية مذكرة رسالة استطلاع مسح حكم نص").split())
MEDIA_HEADS = frozenset(fold(w) for w in (
    "صحيفة صحف وكالة قناة شبكة موقع مجلة وسائل إذاعة تلفزيون التلفزيون الإذاعة").split())
GOVERNMENT_HEADS = frozenset(fold(w) for w in "حكومة الحكومة".split())
# Scripture cited inside someone's words ("قال تعالى", "قال صلى الله عليه وسلم"): quoted, but never the party a
# later "مشيرا" or "وأضاف" goes on with — the preacher citing it is.
CITED_HEADS = frozenset(fold(w) for w in "تعالى الله صلى رسول الرسول النبي الحديث".split())  # "وفي الحديث ( … )"
# Reports with no source ("وأفادت أنباء بأن", "وتفيد معلومات"): nobody is quoted.
SOURCELESS_HEADS = frozenset(fold(w) for w in "أنباء أخبار معلومات شائعات أقاويل تكهنات".split())
# ... nor do the facts the writer calls on ("لكن الواقع يشير إلى أن", "التاريخ يقول لنا إن"; not «الأرقام الصادرة عن …»)
SOURCELESS_HEADS |= frozenset(fold(w) for w in "الواقع التاريخ الشواهد التجارب".split())


def speaker_kind(sp: dict) -> str:
    """person | organisation | government | media | document, from a speaker's head noun and mention label."""
    words = (sp.get("title") or sp.get("text") or "").split()
    return _kind_of(words[0] if words else "", sp.get("label"))


@lru_cache(maxsize=4096)
def _kind_of(word: str, label: str | None) -> str:
    head = fold(word)
    bare = head[2:] if head.startswith("ال") else head
    if head in DOCUMENT_HEADS or bare in DOCUMENT_HEADS:
        return "document"
    if head in MEDIA_HEADS or bare in MEDIA_HEADS:
        return "media"
    if head in GOVERNMENT_HEADS:
        return "government"
    if label == "PER" or head in ROLE_WORDS or bare in ROLE_WORDS:
        return "person"
    if label == "ORG" or head in BODY_WORDS or ("ال" + bare) in BODY_WORDS:
        return "organisation"
    if label in ("LOC", "GPE"):
        return "government"  # "قالت موسكو": a capital or country speaks for its government
    return "person"


# Cues whose first noun phrase may be whom they address ("وناشد مجالس الإدارات بأن"), with the subject left out.
ADDRESSEE_CUES = frozenset({"ناشد", "طالب", "دعا", "أبلغ"})

# Adverbs before a complementizer that open the writer's own clause ("خصوصا أن", "علما بأن").
CLAUSE_ADVERBS = frozenset(fold(w) for w in "خصوصا خاصة لاسيما سيما علما وخصوصا وخاصة".split())

# First words of footer lines that look like "name: «headline»" ("رابط الخبر …: «…»", "سمات …").
FOOTER_HEADS = frozenset(fold(w) for w in "رابط سمات اقرأ اقرا".split())

# Sentence-final marks.
SENTENCE_END = frozenset(".!?؟…")


_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "ني", "نا")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Function words: the stopwords-iso Arabic list shipped with the stories package, in matching form."""
    from marsad.stories.features import stopwords

    # "مصدر" is a stopword there, a speaker here; so are quantifiers heading a speaker ("أحد أقارب", "بعض وسائل")
    quantifiers = frozenset(fold(w) for w in "أحد إحدى بعض كل عدد جميع معظم غالبية اثنان اثنين كثير".split())
    keep = ROLE_WORDS | BODY_WORDS | COLLECTIVE_ROLES | quantifiers
    return frozenset(fold(w) for w in stopwords()) - keep


# Particles with an attached pronoun that can stand before a verb: "لكنه قال", "إنها أكدت".
_PARTICLES = frozenset(fold(w) for w in "لكن ولكن إن أن بأن كأن لعل ليت بينما فيما وفيما مما كما عندما حيث إذ "
                                        "بل ثم كي لأن".split())


@lru_cache(maxsize=8192)
def is_function_word(folded: str) -> bool:
    """Is a folded word a particle, pronoun or other function word (never the head of a speaker's name)?

    "لكنه", "وفيما", "مما", "وهو": with or without a leading و/ف and an attached pronoun.
    """
    if folded in ROLE_WORDS or folded in BODY_WORDS:
        return False
    stops = _stopwords()
    forms = {folded}
    if len(folded) > 2 and folded[0] in "وف":
        forms.add(folded[1:])
    for f in list(forms):
        for suf in _PRONOUN_SUFFIXES:
            if f.endswith(suf) and len(f) > len(suf) + 1:
                forms.add(f[: -len(suf)])
    return any(f in _PARTICLES for f in forms) or folded in stops or (folded[0] in "وف" and folded[1:] in stops)


def _candidates() -> frozenset[str]:
    words = set(CUES) | set(ATTRIBUTIONS)
    return frozenset(words | {c + w for w in words for c in "وف"})


# Every folded word (with or without a leading و/ف) that can start a quote: a sentence with none of them
# holds no attributed speech, so it is not even tokenized.
CANDIDATE_WORDS = _candidates()
