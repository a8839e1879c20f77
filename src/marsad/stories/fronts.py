"""Which front a military report is about: the governorate its headline places the fighting in.

A war's story pools its other fronts: the army retaking a town in one governorate, clashes in another, shelling of
a third, air strikes on a fourth — they share the belligerents' names, the words of war and the days, and every pair
feature but *where it happened*.  A reader takes the offensive on one town as the event; fighting in another
governorate is another event, even of the same war on the same day.

:func:`front_slot` reads a military headline (clashes, a town taken or lost, shelling, air strikes) and the
governorates it names — a town or district is resolved to its governorate, so a town inside a governorate is the
same front — and, when the headline names none, the governorates of its lead's first sentence.  Compared as what a
headline reports (``slots.reported_conflict``): two reports whose fronts share nothing, neither naming the other's
in its headline or lead, are two events.  A headline naming several fronts goes with each; a report naming no
place (a toll, a statement) conflicts with nothing, and neither does a truce's (its breaches are told front by
front).  A broad slot: it splits, it never vouches (two reports of
fighting in one governorate are not one event because of it).  A place named as the war's past ("after Aden's
liberation, the resistance readies the battle for al-Anad") or as a landmark ("40 km north of Aden") is not a front
(``_background``), and cutting a foe's supply lines or tightening the noose is fighting: an Aden story took in the
al-Anad, Lahj and Taiz fronts through such leads and headlines (the store of 2015-07-21 … 07-24, in-sample).

:func:`act_slot` reads what a war report tells was done: a truce (its start, its breaches, its end) or fighting.
A truce's story pooled the battles fought on its days one report at a time (the Yemen truce of 26 July 2015 held
some twenty battle reports of Lahj, al-Anad and Aden): a battle report that names no truce in its headline or lead's
first sentence — or names it only as its time, "hours before the truce takes effect" (:func:`truce_told`) — is
another event.  Broad as the front: it splits, it never vouches, and its clashes and fills are counted apart from the
other slots' (``grouping.ACTS``).

The knowledge base knows few towns of these countries, so the governorates and the towns inside them are listed
here (folded spellings, article kept as written), for the wars the archive reports: Yemen (and the Saudi border
regions its war reaches), Syria, Iraq and Libya.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.arabic.normalize import fold_for_search
from marsad.nlp.places import proclitic_forms
from marsad.stories.features import WORD_RE
from marsad.stories.incidents import _bare

# Words (folded, clitics off) of a headline that reports fighting
FIGHT_WORDS = """
اشتباكات اشتباك مواجهات معارك معركه قتال اقتتال قصف يقصف تقصف قصفت قصفا غارات غاره غارتين الغارات
سيطره يسيطر تسيطر سيطرت يسيطرون تحرير تحرر يحرر حررت يحررون استعاده يستعيد تستعيد استعادت استعاد
اقتحام يقتحم تقتحم اقتحمت انسحاب ينسحب تنسحب انسحبت زحف هجوم هجوما يهاجم تهاجم هاجمت تتقدم يتقدم
صواريخ صاروخ كاتيوشا هاون مدفعيه خناق
"""
FIGHT = frozenset(FIGHT_WORDS.split())
# ... and the stems of their other forms (duals, plurals, clitics: يسيطران، وقصفت، اقتحموا، تطهير)
FIGHT_STEMS = ("سيطر", "قصف", "حاصر", "حصار", "اشتباك", "اقتحم", "اقتحا", "يحرر", "تحرر", "حررت", "حررو",
               "انسحب", "معارك", "غارات", "تطهير", "يطهر", "تطهر")

# Governorate → the folded names (one or two words) of it and of the towns and districts inside it.  A name marked
# with "!" counts only after "محافظه" or "مدينه" (a common word otherwise: إب is "father" folded, حجة "pretext").
GOVERNORATES = {
    # Yemen
    "ye:aden": "عدن كريتر المعلا خورمكسر التواهي الشيخ_عثمان البريقه",
    "ye:lahj": "لحج الحوطه العند قاعده_العند كرش طور_الباحه الوهط صبر_لحج ردفان",
    "ye:abyan": "ابين زنجبار جعار لودر شقره موديه",
    "ye:dhale": "الضالع قعطبه دمت مريس",
    "ye:taiz": "تعز المخا باب_المندب الوازعيه حيفان المسراخ",
    "ye:ibb": "!اب يريم القاعده_اب العدين",
    "ye:bayda": "البيضاء رداع مكيراس",
    "ye:marib": "مارب صرواح الجوبه حريب",
    "ye:shabwa": "شبوه عتق بيحان عزان",
    "ye:hadramawt": "حضرموت المكلا سيئون الشحر تريم",
    "ye:hodeidah": "الحديده زبيد باجل",
    "ye:hajjah": "!حجه حرض ميدي",
    "ye:saada": "صعده",
    "ye:jawf": "الجوف الحزم_الجوف",
    "ye:amran": "عمران",
    "ye:sanaa": "صنعاء ارحب بني_حشيش",
    "ye:dhamar": "ذمار",
    "ye:mahwit": "المحويت",
    "ye:raymah": "!ريمه",
    "ye:mahra": "المهره الغيضه",
    # the Saudi border regions the Yemen war reaches
    "sa:jazan": "جازان جيزان الخوبه صامطه",
    "sa:najran": "نجران شروره",
    "sa:asir": "عسير ظهران_الجنوب",
    # Syria
    "sy:damascus": "دمشق",
    "sy:rif-dimashq": "ريف_دمشق الزبداني دوما الغوطه الغوطه_الشرقيه داريا القلمون معضميه_الشام حرستا جوبر مضايا",
    "sy:aleppo": "حلب كوباني عين_العرب منبج !الباب اعزاز",
    "sy:homs": "حمص !تدمر القصير الرستن القريتين",
    "sy:hama": "حماه سهل_الغاب",
    "sy:idlib": "ادلب جسر_الشغور اريحا معره_النعمان سراقب الفوعه كفريا",
    "sy:latakia": "اللاذقيه",
    "sy:tartus": "طرطوس",
    "sy:daraa": "درعا بصري_الحرير",
    "sy:suwayda": "السويداء",
    "sy:quneitra": "القنيطره",
    "sy:deir-ezzor": "دير_الزور البوكمال",
    "sy:raqqa": "الرقه تل_ابيض",
    "sy:hasakah": "الحسكه القامشلي",
    # Iraq
    "iq:anbar": "الانبار الرمادي الفلوجه هيت عامريه_الفلوجه الحبانيه الخالديه",
    "iq:nineveh": "نينوي الموصل تلعفر سنجار",
    "iq:salahuddin": "صلاح_الدين تكريت بيجي سامراء الضلوعيه",
    "iq:diyala": "ديالي بعقوبه المقداديه",
    "iq:kirkuk": "كركوك الحويجه",
    "iq:baghdad": "بغداد",
    "iq:babil": "بابل !الحله جرف_الصخر",
    "iq:erbil": "اربيل",
    # Libya
    "ly:benghazi": "بنغازي",
    "ly:derna": "درنه",
    "ly:sirte": "سرت",
    "ly:misrata": "مصراته",
}
QUALIFIED = frozenset("محافظه مدينه بمحافظه بمدينه لمحافظه لمدينه ومحافظه ومدينه".split())
NOT_PLACE_BEFORE = frozenset("الدار الرايه الورقه الخوذ".split())  # الدار البيضاء is Casablanca, not Bayda
# A place named as the war's past or as a landmark is not where the report's fighting is: "after Aden's liberation,
# the resistance readies the battle for al-Anad", "al-Anad lies 40 km north of Aden".  A place after a liberation
# word that follows "after" (بعد، بعدما، عقب) within three words, or after a direction that follows a distance
SINCE = frozenset("بعد بعدما عقب اثر".split())
FREED = ("تحرير", "حرر", "استعاده", "استعاد", "دحر", "طرد", "سقوط")
DIRECTION = frozenset("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي".split())
DISTANCE = ("كيلو", "كلم", "كم", "ميل")
# Cutting a foe's supply lines is fighting: "طرق إمداد", "خطوط الإمداد"
SUPPLY = frozenset("امداد امدادات الامداد الامدادات".split())
LINES = frozenset("طرق طريق خطوط خط".split())


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(one-word name → governorate, two-word name → governorate, names that need "محافظه"/"مدينه" before them)."""
    one, two, qualified = {}, {}, set()
    for gov, names in GOVERNORATES.items():
        for name in names.split():
            if name.startswith("!"):
                name = name[1:]
                qualified.add(name)
            (two if "_" in name else one)[name.replace("_", " ")] = gov
    return one, two, frozenset(qualified)


def fronts(text: str) -> frozenset[str]:
    """The governorates a (folded or not) text names, towns resolved to theirs: "المقاومة تحرر زنجبار" →
    {ye:abyan}."""
    one, two, qualified = _names()
    words = WORD_RE.findall(fold_for_search(text))
    out = set()
    for i, w in enumerate(words):
        forms = proclitic_forms(w)
        if i + 1 < len(words):
            for f in forms:
                gov = two.get(f + " " + words[i + 1])
                if gov:
                    out.add(gov)
        for f in forms:
            gov = one.get(f)
            if gov is None:
                continue
            before = words[i - 1] if i else ""
            if f in qualified and before not in QUALIFIED:
                continue
            if before in NOT_PLACE_BEFORE or _background(words, i):
                continue
            out.add(gov)
            break
    return frozenset(out)


def _background(words: list[str], i: int) -> bool:
    """Is the place at ``words[i]`` named as the war's past (after its liberation) or as a landmark (km north of)?"""
    if i >= 2 and words[i - 1] in DIRECTION and words[i - 2].startswith(DISTANCE):
        return True
    back = words[max(0, i - 3):i]
    return any(_bare(w).startswith(FREED) or w.startswith(FREED) for w in back) \
        and any(w in SINCE for w in words[max(0, i - 4):i])


# Fight words in another sense: the besieged (المدن المحاصرة, in aid and truce reports), the editor or the square
# (رئيس التحرير, ميدان التحرير), a fire brought under control, a candidate's withdrawal, a cyber attack
EDITOR = frozenset({"رئيس", "رئيسه", "مدير", "هيئه", "سكرتير", "ميدان"})  # ... before التحرير
OTHER_SENSE = (("سيطر", 3, ("حريق", "حرائق", "نيران")), ("انسحا", 3, ("انتخاب", "ترشح", "سباق", "مرشح", "بطول")),
               ("انسحب", 3, ("انتخاب", "ترشح", "سباق", "بطول")), ("هجوم", 1, ("الكترون", "سيبران")))


def _fight_word(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a word of fighting in this headline?"""
    w, b = words[i], _bare(words[i])
    if w in SUPPLY and i and _bare(words[i - 1]) in LINES:
        return True
    if not (w in FIGHT or b in FIGHT or any(stem in w for stem in FIGHT_STEMS)):
        return False
    if (b.startswith("محاصر") and "المحاصر" in w) or (b == "تحرير" and i and _bare(words[i - 1]) in EDITOR):
        return False
    return not any(stem in w and any(x.startswith(after) or _bare(x).startswith(after)
                                     for x in words[i + 1:i + 1 + span]) for stem, span, after in OTHER_SENSE)


# Every fight word and stem, and the fire (اطلاق): a word read as fighting holds one of them (a fight word after
# its clitics, which ``_bare`` takes off the front, is the end of the word), so a text holding none reports no
# fighting — said by one search of the folded text, before its words are looked at one by one (most headlines
# and lead sentences hold none: over 2015-07-21's headlines and sentences, a third of the time).
_FIGHT_ANY = re.compile("|".join(sorted(map(re.escape, FIGHT | set(FIGHT_STEMS) | {"اطلاق", "امداد"}),
                                         key=len, reverse=True)))


# A story feature asks both questions of one headline and one lead sentence up to four times (``front_slot``, then
# ``act_slot`` with and without the lead): kept for the last texts asked, the later asks are one look-up (pure
# functions of the text).  2015-07-21: 0.4 s of the day's CPU.
@lru_cache(maxsize=4096)
def military_headline(title: str) -> bool:
    """Does a headline report fighting: clashes, a town taken or left, shelling, air strikes, gunfire?"""
    folded = fold_for_search(title)
    if _FIGHT_ANY.search(folded) is None:
        return False
    words = WORD_RE.findall(folded)
    return any(_fight_word(words, i) or (_fire(words, i) and not _cease(words, i - 1))  # (تبادل لإطلاق النار)
               for i in range(len(words)))


MAX_LEAD_FRONTS = 2  # a headline naming no place takes its lead's first sentence's fronts, when it names at most
# this many (a sentence listing the war's fronts is a round-up: it fills nothing)


@lru_cache(maxsize=100_000)
def front_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(the fronts a military headline reports, the fronts its headline and lead's first sentence name):
    "المقاومة تسيطر على زنجبار" → ({ye:abyan}, {ye:abyan, ...}); a headline naming no governorate takes its
    lead's first sentence's (up to ``MAX_LEAD_FRONTS``); empty for a headline that reports no fighting or whose
    fighting is placed nowhere."""
    if not military_headline(title) or truce_told(title):
        return frozenset(), frozenset()
    head = fronts(title)
    first = fronts(lead.split(".")[0][:300])
    if not head:
        if not first or len(first) > MAX_LEAD_FRONTS:
            return frozenset(), frozenset()
        head = first
    return head, head | first


# A truce's words (folded, clitics off): هدن* (هدنة, هدنتهم, الهدنات), تهدئة, and "وقف" governing the fire
# (وقف إطلاق النار, لوقف إطلاق نار, وقف النار) or the hostilities (وقف الأعمال العدائية).  "إطلاق النار" alone is
# gunfire (تبادل لإطلاق النار): fighting.  A breach (خرق، خروقات) is a truce's only near a truce's word or an
# agreement (خرق الاتفاق), not an airspace's or the enemy's lines'
CALM = frozenset({"تهدئه"})
CEASE = frozenset({"وقف", "وقفا"})
FIRE = frozenset({"النار", "نار"})
BREACH = ("خرق", "خروق", "يخرق", "تخرق")
BREACH_SPAN = 4  # words either side of a breach that may hold a truce's word or an agreement
# Words (folded) that make a truce a time: fighting "hours before the truce takes effect" (قبل ساعات من موعد سريان
# هدنة), "on the eve of the truce" (عشية سريان الهدنة) is told by the truce's clock, not about the truce.  Only
# before its start: "من قبل" is "by" (shelling by the rebels despite the truce), and fighting before its end
# (قبل انتهاء الهدنة) is a breach
BEFORE = frozenset({"قبل", "قبيل", "عشيه"})
START = frozenset({"بدء", "بدايه", "سريان", "دخول", "تنفيذ", "موعد", "اعلان", "تطبيق"})
TIME = frozenset({"ساعات", "ساعه", "ساعتين", "دقائق", "ايام", "يوم", "يومين", "ليله", "من", "على", "وقت"})
BEFORE_SPAN = 8  # words before a truce's word that may hold such a word


def _fire(words: list[str], i: int) -> bool:
    """Does ``words[i]`` name the fire (إطلاق النار, لإطلاق نار)?"""
    return words[i].endswith("اطلاق") and words[i + 1:i + 2] != [] and words[i + 1] in FIRE


def _cease(words: list[str], i: int) -> bool:
    """Is ``words[i]`` "وقف" (with its clitics: لوقف, ووقف)?"""
    return i >= 0 and _bare(words[i]) in CEASE


def _truce_word(words: list[str], i: int) -> bool:
    """Does a truce's name start at ``words[i]``: هدن*, تهدئة, وقف (إطلاق) النار, وقف الأعمال العدائية?"""
    w = _bare(words[i])
    if w.startswith("هدن") or (w in CALM and (words[i].endswith(("ال" + w, "لل" + w))
                                               or not words[i + 1:i + 2] or not words[i + 1].startswith("ال"))):
        return True  # (the calm, or a calm: calming someone, "لتهدئة المسافرين", is no truce)
    if w not in CEASE:
        return False
    nxt = words[i + 1:i + 3]
    return bool(nxt) and (nxt[0] in FIRE or _fire(words, i + 1)
                          or (nxt[0] == "الاعمال" and nxt[1:] != [] and nxt[1].startswith("العدائي")))


def _as_time(words: list[str], i: int) -> bool:
    """Is the truce named at ``words[i]`` only the time of what is told: قبل/قبيل/عشية, words of time (ساعات من),
    a word of its start (بدء, سريان, دخول), then the truce (its announcer may come between: قبل إعلان التحالف
    هدنة)?"""
    for j in range(max(0, i - BEFORE_SPAN), i):
        if words[j] not in BEFORE:
            continue
        k = j + 1
        while k < i and _bare(words[k]) in TIME:
            k += 1
        if k < i and _bare(words[k]) in START:
            return True
    return False


# What a truce's word or a breach starts with after its clitics (هدن*, تهدئه, وقف, خرق*/خروق*, ``BREACH``): a text
# holding none of them tells no truce (see ``_FIGHT_ANY``).
_TRUCE_ANY = re.compile("|".join(map(re.escape, sorted({"هدن", *CALM, *CEASE, *BREACH}, key=len, reverse=True))))


@lru_cache(maxsize=4096)  # (see ``military_headline``)
def truce_told(text: str) -> bool:
    """Does a headline or sentence tell a truce (its words with their clitics: "بهدنة", "لوقف إطلاق النار"; a
    breach near a truce or an agreement), not only date its fighting by one's start?"""
    folded = fold_for_search(text)
    if _TRUCE_ANY.search(folded) is None:
        return False
    words = WORD_RE.findall(folded)
    truce = [i for i in range(len(words)) if _truce_word(words, i)]
    if any(not _as_time(words, i) for i in truce):
        return True
    return any(_bare(w).startswith(BREACH) and any(_bare(x).startswith("اتفاق")
                                                   for x in words[max(0, i - BREACH_SPAN):i + BREACH_SPAN + 1])
               for i, w in enumerate(words))


def act_slot(title: str, lead: str = "", from_lead: bool = True) -> tuple[frozenset[str], frozenset[str]]:
    """(what a war report's headline tells was done — a truce (its start, its breaches, its end) or fighting —, the
    acts its headline and lead's first sentence name): "الحوثيون يخرقون الهدنة" → ({truce}, {truce, ...}),
    "المقاومة تسيطر على الوهط" → ({fight}, {fight}).  A truce is an act of its own: the battles fought on the days
    around it share its war's names, places and days, and its story pooled them one battle report at a time; a
    battle report that says nothing of the truce in its headline or first sentence is another event.  A headline
    telling both (a truce and a town taken) goes with each.  ``from_lead``: a headline telling neither takes its
    lead's first sentence's fighting, when that sentence tells no truce ("the coalition struck positions..." under
    a headline of the war's names alone).  Compared as what a headline reports (``slots.reported_conflict``):
    broad, it splits and never vouches."""
    first = lead.split(".")[0][:300]
    head = set()
    if truce_told(title):
        head.add("truce")
    if military_headline(title):
        head.add("fight")
    said = set()
    if first and truce_told(first):
        said.add("truce")
    if first and military_headline(first):
        said.add("fight")
    if not head and from_lead and said == {"fight"}:
        head = {"fight"}
    if not head:
        return frozenset(), frozenset()
    return frozenset(head), frozenset(head | said)
