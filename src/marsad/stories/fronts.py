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
fighting in one governorate are not one event because of it).

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

from functools import lru_cache

from marsad.arabic.normalize import fold_for_search
from marsad.stories.features import WORD_RE
from marsad.stories.incidents import _bare

# Words (folded, clitics off) of a headline that reports fighting
FIGHT_WORDS = """
اشتباكات اشتباك مواجهات معارك معركه قتال اقتتال قصف يقصف تقصف قصفت قصفا غارات غاره غارتين الغارات
سيطره يسيطر تسيطر سيطرت يسيطرون تحرير تحرر يحرر حررت يحررون استعاده يستعيد تستعيد استعادت استعاد
اقتحام يقتحم تقتحم اقتحمت انسحاب ينسحب تنسحب انسحبت زحف هجوم هجوما يهاجم تهاجم هاجمت تتقدم يتقدم
صواريخ صاروخ كاتيوشا هاون مدفعيه
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
PREFIXES = ("وبال", "ولل", "وال", "بال", "فال", "لل", "وب", "ول", "و", "ب", "ل", "ف")
NOT_PLACE_BEFORE = frozenset("الدار الرايه الورقه الخوذ".split())  # الدار البيضاء is Casablanca, not Bayda


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


def _forms(word: str) -> list[str]:
    """A word as written and without a proclitic (بتعز → تعز, وزنجبار → زنجبار, بالضالع → الضالع and ضالع)."""
    out = [word]
    for p in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            out.append(rest)
            if p.endswith("ال"):
                out.append("ال" + rest)
            elif p.endswith("لل"):
                out.append("ال" + rest)
    return out


def fronts(text: str) -> frozenset[str]:
    """The governorates a (folded or not) text names, towns resolved to theirs: "المقاومة تحرر زنجبار" →
    {ye:abyan}."""
    one, two, qualified = _names()
    words = WORD_RE.findall(fold_for_search(text))
    out = set()
    for i, w in enumerate(words):
        forms = _forms(w)
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
            if before in NOT_PLACE_BEFORE:
                continue
            out.add(gov)
            break
    return frozenset(out)


def military_headline(title: str) -> bool:
    """Does a headline report fighting: clashes, a town taken or left, shelling, air strikes?"""
    words = WORD_RE.findall(fold_for_search(title))
    return any(w in FIGHT or _bare(w) in FIGHT or any(stem in w for stem in FIGHT_STEMS) for w in words)


# Words of a truce (folded): a ceasefire holds or breaks on every front at once, and its reports name the fronts
# where it was breached ("calm in Sanaa, clashes in the south"): a truce's headline fills no front
TRUCE = ("هدنه", "الهدنه", "للهدنه", "بالهدنه", "والهدنه", "خروقات", "خرق", "اطلاق النار")


def truce_headline(title: str) -> bool:
    """Does a headline report a truce (its start, its breaches, its end) rather than one front's fighting?"""
    folded = fold_for_search(title)
    words = set(WORD_RE.findall(folded))
    return any((" " in t and t in folded) or t in words for t in TRUCE)


MAX_LEAD_FRONTS = 2  # a headline naming no place takes its lead's first sentence's fronts, when it names at most
# this many (a sentence listing the war's fronts is a round-up: it fills nothing)


@lru_cache(maxsize=100_000)
def front_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(the fronts a military headline reports, the fronts its headline and lead's first sentence name):
    "المقاومة تسيطر على زنجبار" → ({ye:abyan}, {ye:abyan, ...}); a headline naming no governorate takes its
    lead's first sentence's (up to ``MAX_LEAD_FRONTS``); empty for a headline that reports no fighting or whose
    fighting is placed nowhere."""
    if not military_headline(title) or truce_headline(title):
        return frozenset(), frozenset()
    head = fronts(title)
    first = fronts(lead.split(".")[0][:300])
    if not head:
        if not first or len(first) > MAX_LEAD_FRONTS:
            return frozenset(), frozenset()
        head = first
    return head, head | first


# Words (folded) that make a truce a time: fighting "hours before the truce takes effect" (قبل ساعات من موعد سريان
# هدنة), "on the eve of the truce" (عشية سريان الهدنة) is told by the truce's clock, not about the truce
BEFORE = frozenset({"قبل", "قبيل", "عشيه"})
BEFORE_SPAN = 6  # words before a truce's word that may hold such a word


def truce_told(text: str) -> bool:
    """Does a headline or sentence tell a truce (:data:`TRUCE`'s words, with their clitics: "بهدنة"), not only date
    its fighting by one?"""
    words = WORD_RE.findall(fold_for_search(text))
    for i, w in enumerate(words):
        if w in TRUCE or _bare(w) in TRUCE or w.startswith(("خرق", "خروق")) \
                or (w.endswith("اطلاق") and words[i + 1:i + 2] == ["النار"]):
            if not BEFORE & set(words[max(0, i - BEFORE_SPAN):i]):
                return True
    return False


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
