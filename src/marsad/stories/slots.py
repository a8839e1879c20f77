"""What a sports headline says happened, slot by slot: who acts, the opponent of a match, the player of a transfer,
the place of a camp — and which of a series of deliveries a headline reports.

A club's story pools its other matches, friendlies, camps and transfers: they share the club's name, the sports
vocabulary and the days, and every pair feature but what tells them apart — *who it played*, *whom it signed*,
*where it camps*, *which club*.  Those are read here from the headline (folded, word by word) when the article is
about sport (its headline and lead use the game's vocabulary), and compared by :func:`slots_conflict`:

- two headlines that name a match's opponent, neither naming the other's, report two matches
  ("X draws with A" / "X beats B"); a preview, the report and the reactions of one match name the same opponent,
  or one of them names none (a coach's quote, an injury) and there is no conflict;
- two headlines opening with two clubs ("A leaves for its camp" / "B starts training"), neither article naming
  the other club in its headline or lead, are two clubs' news (two finalists' build-ups name each other);
- a headline that only reports a transfer or a contract (a player signed, loaned, renewed) and one that only
  reports a match or only a camp are two events; two transfers of different players are two events;
- two camps in places neither headline shares are two camps;
- a club's other news is another kind of event (:func:`kinds_apart`): a disciplinary ruling, wages paid, a training
  session, each reported alone, are apart from each other and from a match (a match, a camp and training are one
  family: a camp's news); a headline reporting two kinds (a ban that costs a match) goes with either.

Only what both headlines fill is compared: a headline with no slot (most reactions and follow-ups) conflicts with
nothing, so developing stories keep their members.  Aid deliveries counted by their outlets ("the sixth relief
plane") are told apart by :func:`delivery_ordinal`, in any article; a company's results by the period its results
headline reports (:func:`results_periods`: the first half is not the first quarter's restated accounts); a market's
session by the exchange's country (:func:`market_slot`: the Qatar bourse's close is not the Saudi market's); an oil
output or exports announcement by the announcing country (:func:`oil_output_slot`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from marsad.arabic.normalize import fold_for_search
from marsad.stories.features import WORD_RE, idf, term_of, title_places

# Words (folded) of the game, in a headline or lead: two of them make an article a sports article.
SPORT_WORDS = frozenset("""
لاعب لاعبا لاعبي لاعبين اللاعب اللاعبين لاعبيه للاعب مدرب المدرب مدربه مدربا لمدرب النادي نادي ناديه الدوري دوري
بالدوري للدوري مباراه المباراه مباراته مباريات المباريات بمباراه ودي وديه وديا الوديه الودي ودياته وديات الملعب
ملعب الملاعب القدم المنتخب منتخب السوبر الاحتراف محترف المحترف محترفين المحترفين الشوط شوط المرمي مهاجم المهاجم
مدافع المدافع ركلات الترجيح يتغلب تغلب يتعادل ديربي الديربي كلاسيكو الكلاسيكو الليغا الليجا البريميرليغ
برميرليغ بوندسليغا الكالتشيو هداف الهداف
""".split())

# Saudi clubs (names that are also common words: the rarity test cannot see them as names); folded
CLUBS = frozenset("""
الهلال النصر الاهلي الاتحاد الشباب الاتفاق الفتح التعاون الفيصلي الرائد الخليج هجر نجران العروبه الوحده القادسيه
الفيحاء الباطن الحزم الطائي احد الوطني الشعله الانصار النهضه الرياض الجيل العداله الكوكب
""".split())

# Triggers of each kind of sports event (folded words, clitics included as written in headlines).
MATCH = frozenset("""
يتغلب تغلب يتغلبان بالتغلب يفوز فاز فوز الفوز بالفوز بفوز لفوز يتعادل تعادل التعادل بالتعادل يخسر خسر خساره بخساره
الخساره يهزم هزم يكسب كسب يسحق سحق يكتسح اكتسح يقسو قسا يعبر عبر عبور بعبور يتخطي تخطي يطيح اطاح يحرج احرج يواجه
واجه مواجهه ومواجهه لمواجهه بمواجهه يلاقي لاقي ملاقاه بملاقاه لملاقاه يلتقي التقي لقاء بلقاء ولقاء مباراه بمباراه
امام ضد يتجاوز تجاوز يستضيف استضاف يضيف ويتعادل ويفوز ويخسر ويتغلب ويواجه ويلاقي
""".split())
TRANSFER = frozenset("""
يتعاقد تعاقد التعاقد بالتعاقد يضم ضم بضم لضم ينضم انضم انضمام بانضمام ينتقل انتقل انتقال بانتقال اعاره باعاره
يعير يستعير استعاره يوقع وقع توقيع بتوقيع يجدد جدد تجديد بتجديد يمدد مدد تمديد بتمديد يستقطب استقطاب يخطف يحسم
حسم صفقه يبيع بيع ببيع يفسخ فسخ يستغني استغني يرحل رحيل ويضم ويتعاقد وينضم ويجدد
""".split())
CAMP = frozenset("معسكر معسكره معسكرها المعسكر بمعسكر لمعسكر ومعسكر".split())
# Words of a player's injury (folded, clitics as written in headlines): whose injury it is, is a slot too
INJURY = frozenset("""
اصابه الاصابه باصابه لاصابه واصابه اصابته اصابات الاصابات يصاب اصيب تعرض يتعرض لكدمه كدمه كدمات بكدمه تمزق بتمزق
خلع بخلع الرباط اربطه الاربطه جراحه عمليه يتعافي
""".split())

# What else a sports headline can report about a club, each a kind of event of its own (matching keys:
# ``features.term_of`` of the folded words): a disciplinary ruling (bans, suspended players), the referee appointed,
# ticket sales, wages paid, a training session.  A club's pre-season pools these with its matches because they
# share its name and the days; readers count each as another event (eval/judgements/stories_club_news.md).
SPORT_KIND_WORDS = {
    "discipline": "عقوب موقوف موقوفي ايقاف",  # (and the disciplinary committee: :func:`_committee`)
    "referee": "حكم حكما تحكيم صافر",
    "tickets": "تذاكر تذكر",
    "wages": "رواتب مستحق",
    "training": "تدريب تدريبات",
}
SPORT_KIND = {w: kind for kind, words in SPORT_KIND_WORDS.items() for w in words.split()}
# The kinds compared by default: on the read home pages of 08-06/07 and 08-09/10 (in-sample) these three took 12
# strays out of a club's stories and cost no main-event member; with the referee's and the tickets' 8 more left and
# 14 main-event members with them (a final's build-up, read as one story on 08-10, pools its referee and tickets)
USED_KINDS = ("discipline", "wages", "training")
# Kinds told apart by the words above, with the kinds they are one event with: a camp's friendlies and its training
# are the camp's news (a match and a training session are one family, "play")
FAMILY = {"match": "play", "camp": "play", "training": "play"}

# Words that sit between a trigger and the name it introduces (prepositions, "the player", "its guest", positions,
# the game's generic nouns), and words that end the search (what a match is *for*, not *against*).
SKIP = frozenset("""
علي امام مع ضد من الي ل في عن ب و نظيره ضيفه مضيفه منافسه خصمه غريمه فريق الفريق نادي النادي منتخب المنتخب
لاعب اللاعب لاعبه نجم النجم الدولي المحترف محترف المهاجم مهاجم المدافع مدافع الحارس حارس الظهير ظهير الجناح جناح
وسط الوسط صانع العاب المدرب مدرب الجديد جديد السابق الشاب الشابين صفقه الصفقه رسميا وديا وديه ودي الودي الوديه
التقليدي الضيف المستضيف صعب مثير كبير ثمين قاتل عريض ساحق تاريخي مستحق اليوم غدا الليله مساء
تعاقده تعاقدها تعاقدهما عقد عقده عقدها عقدي عقديهما عقود
""".split())  # (a contract's words before the player renewed: "يمدد عقدي فلان وفلان" renews فلان's, not عقدي)
STOP = frozenset("""
الدوري دوري كاس الكاس السوبر لقب اللقب بطوله البطوله نهائي النهائي الافتتاح افتتاح بلقب ب لقب الموسم موسم الاعداد
التحضير تحضيرات استعدادا استعداد قبل بعد خلال في حتي رغم بسبب وسط لانطلاق انطلاق مشوار ختام
الدرع درع
""".split())  # (a trophy: "يتوج بالدرع" is played for, not against)
NAME_IDF = 4.0  # a word rarer than this can name a club or a player (هلال 4.1, نصر 4.2); لاعب, دوري cannot
LOOK = 4  # words after a trigger in which its name is sought


@dataclass(frozen=True, slots=True)
class Slots:
    """The slots a sports headline fills (folded name words; empty when unfilled)."""

    opponents: frozenset[str] = frozenset()  # whom a match is against (or both sides, "بين أ و ب")
    players: frozenset[str] = frozenset()  # who is signed, loaned, renewed
    camp: frozenset[str] = frozenset()  # where a camp is: knowledge-base keys of the places a camp's headline names
    # (any place a club goes to was tried: it split a final's build-up — the camp abroad, the trip, the venue)
    kinds: frozenset[str] = frozenset()  # "match", "transfer", "camp": kinds of event its headline reports
    club: frozenset[str] = frozenset()  # who acts: the name a headline opens with before its verb ("X يغادر")
    words: frozenset[str] = frozenset()  # the keys of the headline's and the lead's words (where the other's slot
    # values are sought: a report names the preview's nickname of a club in its lead)
    injured: frozenset[str] = frozenset()  # whose injury an injury headline reports: the names it gives
    other: frozenset[str] = frozenset()  # the other kinds of a club's news it reports (SPORT_KIND_WORDS)

    def __bool__(self) -> bool:
        return bool(self.kinds or self.club or self.other)


NONE = Slots()


def _key(word: str) -> str:
    """A name's matching key: clitics and the article off (اودينيزي, هلال)."""
    return term_of(word)


def _prefix(word: str) -> str:
    """The word without a conjunction or preposition glued to its article (والنصر → النصر, بالفوز → الفوز)."""
    for p in ("وبال", "ولل", "وال", "بال", "فال", "كال"):
        if word.startswith(p) and len(word) - len(p) >= 2:
            return "ال" + word[len(p):]
    if word.startswith("لل") and len(word) >= 5:
        return "ال" + word[2:]
    return word


def _name_like(word: str) -> bool:
    """Can a word name a club or a player (rare enough, or a Saudi club; not a trigger, filler or nationality)?"""
    w = _prefix(word)
    return (w not in SKIP and w not in STOP and w not in MATCH and w not in TRANSFER
            and (idf(_key(w)) >= NAME_IDF or w in CLUBS) and not _nationality(w))


def _names_after(words: list[str], i: int) -> list[str]:
    """The name a trigger at ``words[i]`` introduces: the first name-like words after it (skipping prepositions,
    positions and epithets), stopping at what the event is for (a cup, the league) or at a common word."""
    out: list[str] = []
    for j, w in enumerate(words[i + 1: i + 1 + LOOK], start=i + 1):
        w2 = _prefix(w)
        if w in STOP or w2 in STOP:
            break
        if w in SKIP or w2 in SKIP or w in MATCH or w in TRANSFER:
            if out:
                break
            continue
        if (idf(_key(w2)) >= NAME_IDF or w2 in CLUBS or _nationality_after(words, j)) and not _nationality(w2):
            out.append(_key(w2))
            continue
        if out or not _nationality(w2):
            break
    return out[:1]


@lru_cache(maxsize=1)
def country_stems() -> frozenset[str]:
    """Folded one-word country names of the knowledge base, without the article (سويسرا, تونس, بوليفيا)."""
    from marsad.nlp.kb.kb import load_kb

    out = set()
    for e in load_kb().entities.values():
        if (e.data or {}).get("kind") == "country":
            for name in [e.name_ar, *e.aliases]:
                n = fold_for_search(name or "")
                if n and " " not in n:
                    out.add(n[2:] if n.startswith("ال") else n)
    return frozenset(out)


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """Folded adjectives of nationality: the knowledge base's, and the regular ones of its country names
    (سويسرا → السويسري, تونس → التونسي, البرتغال → البرتغالي)."""
    from marsad.nlp.kb.kb import load_kb

    out = {fold_for_search(a) for e in load_kb().entities.values() for a in (e.data or {}).get("adj", ()) or ()}
    for n in country_stems():
        out.add("ال" + n + "ي")
        out.add("ال" + n + "وي")
        if n[-1] in "اه":
            out.add("ال" + n[:-1] + "ي")
    return frozenset(out)


def _nationality(word: str) -> bool:
    """"البرازيلي", "السويسري": a player's or club's nationality, not its name."""
    return word in _nationalities()


def _nationality_after(words: list[str], j: int) -> bool:
    """Does a nationality follow ``words[j]`` ("العين الإماراتي")?  A word a nationality qualifies is a club's or a
    player's name, however common a word it is otherwise (العين is "the eye")."""
    return j + 1 < len(words) and _nationality(_prefix(words[j + 1])) and not _nationality(_prefix(words[j]))


def _qualified(title: str) -> frozenset[str]:
    """The keys of a headline's words a nationality qualifies (:func:`_nationality_after`)."""
    words = WORD_RE.findall(fold_for_search(title))
    return frozenset(_key(_prefix(words[j])) for j in range(len(words)) if _nationality_after(words, j))


# Words of the game that are also words of other news (a lieutenant general, a refugee camp, a drill, a goal, a
# cup, a union): half a word each
HALF_SPORT = frozenset("""
فريق الفريق فريقه معسكر المعسكر معسكره بمعسكر الموسم موسم تدريبات التدريبات تدريباته الاعداد الجماهير جماهير
جماهيره هدف بهدف هدفين اهداف الاهداف بطوله البطوله كاس الكاس بكاس لقب اللقب بلقب الفني الجهاز الفوز بالفوز
التعاقد تعاقد يتعاقد صفقه الصفقه اعاره انتقال الانتقال الحكم التحكيم
""".split()) | CLUBS


def is_sport(words: Iterable[str]) -> bool:
    """Does an article's headline and lead (folded words) speak of the game: two of its words at least (words of
    other news too, a club named by a common word — الاتفاق, التعاون — count half)?"""
    seen = set(words)
    return len(SPORT_WORDS & seen) + len(HALF_SPORT & seen) / 2 >= 2


SURE_IDF = 6.5  # a slot's word this rare is a name even when the tagger found none there (اودينيزي, نيوشاتل)


@lru_cache(maxsize=1)
def _club_keys() -> frozenset[str]:
    """The matching keys of the Saudi clubs."""
    return frozenset(_key(c) for c in CLUBS)


def headline_slots(title: str, lead: str = "", names: Iterable[str] | None = None,
                   places: Iterable[str] = ()) -> Slots:
    """The slots a sports headline fills (call it only for a sports article: its words are read as the game's);
    ``lead``: the article's first lines, where the other headline's values are also sought; ``names``:
    the keys of the words of the names the article mentions (None: not known) — a slot's word must be one of
    them, or rare enough to be a name anyway (a common noun after "beats" is not an opponent: بمواجهه مثيره);
    ``places``: the keys of the places its headline and lead name (where the other's place is sought)."""
    s = _title_slots(title)
    if not s:
        return s
    words = s.words | frozenset(_key(_prefix(w)) for w in WORD_RE.findall(fold_for_search(lead))) | frozenset(places)
    if names is None:
        return Slots(s.opponents, s.players, s.camp, s.kinds, s.club, words, s.injured, s.other)
    names = frozenset(names) | _qualified(title)

    def named(values: frozenset[str]) -> frozenset[str]:
        return frozenset(v for v in values if v in names or idf(v) >= SURE_IDF or v in _club_keys())

    return Slots(named(s.opponents), named(s.players), s.camp, s.kinds, named(s.club), words,
                 frozenset(v for v in s.injured if v in names and v not in _club_keys()), s.other)  # (a rare verb is
    # no one's name: only the names the article mentions)


def _places(title: str) -> frozenset[str]:
    """Knowledge-base keys of the towns and countries a headline names."""
    return frozenset(key for key, _name in title_places(title))


@lru_cache(maxsize=100_000)
def _title_slots(title: str) -> Slots:
    """The slots of a headline alone (cached: copies repeat headlines)."""
    words = WORD_RE.findall(fold_for_search(title))
    opponents: set[str] = set()
    players: set[str] = set()
    kinds: set[str] = set()
    for i, w in enumerate(words):
        if w in MATCH:
            kinds.add("match")
            opponents.update(_names_after(words, i))
            if 1 <= i <= 2 and _name_like(words[i - 1]):  # "A beats X": A is a side too
                opponents.add(_key(_prefix(words[i - 1])))
        elif w in TRANSFER:
            kinds.add("transfer")
            players.update(_names_after(words, i))
        elif w in CAMP:
            kinds.add("camp")
        elif w == "بين" and i + 1 < len(words):  # "بين أ و ب": both sides
            sides = _names_after(words, i)
            for j in range(i + 2, min(len(words), i + 5)):
                if words[j].startswith("و") and len(words[j]) > 3:
                    sides += [_key(_prefix(words[j]))]
                    break
            if len(sides) == 2:
                kinds.add("match")
                opponents.update(sides)
    club = frozenset()
    if len(words) >= 2 and words[1][:1] in "يت" and len(words[1]) >= 4 and _name_like(words[0]):
        club = frozenset([_key(_prefix(words[0]))])
        opponents -= club  # (a club is not its own opponent: "X يواجه العين" with العين unread is no match of X's
        # known opponent, and named alone it would agree with every match X plays)
    injured = frozenset()
    if any(w in INJURY or _prefix(w) in INJURY for w in words) and not kinds:
        # whose injury: every name the headline gives but a club's ("الإصابة تبعد مورا النصر عن السوبر")
        injured = frozenset(_key(_prefix(w)) for w in words if _name_like(w) and _prefix(w) not in CLUBS
                            and w not in INJURY and _prefix(w) not in INJURY)
        if injured:
            kinds.add("injury")
    other = frozenset(SPORT_KIND[k] for w in words if (k := _key(_prefix(w))) in SPORT_KIND)
    if any(_committee(words, i) for i in range(len(words))):
        other |= {"discipline"}
    if not kinds and not club and not other:
        return NONE
    places = _places(title)
    keys = frozenset(_key(_prefix(w)) for w in words) | places
    if "camp" not in kinds:
        places = frozenset()
    return Slots(frozenset(opponents), frozenset(players), places, frozenset(kinds), club, keys, injured, other)


def _committee(words: list[str], i: int) -> bool:
    """Is ``words[i]`` the disciplinary committee ("لجنة الانضباط", "الانضباط ترفض ...") rather than discipline,
    the players' behaviour ("انضباطية اللاعبين", "الانسجام والانضباط")?"""
    if words[i] != "الانضباط":
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return (i > 0 and _prefix(words[i - 1]) in {"لجنه", "اللجنه"}) or (after[:1] in "يت" and len(after) >= 4)


def _same(a: str, b: str) -> bool:
    """One name in two spellings: equal keys, or one letter apart in names of five letters or more."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _unnamed(values: frozenset[str], keys: frozenset[str]) -> bool:
    """Does a value of a slot go unnamed in the other headline (in any spelling)?"""
    return any(not any(_same(v, k) for k in keys) for v in values)


def _differ(a: frozenset[str], b: frozenset[str], sa: Slots, sb: Slots) -> bool:
    """Both fill the slot, each with a value the other headline never names: "A beats X" / "A draws with Y", or
    "between A and B" / "A beats X".  A swapped home and away, a spelling variant or one side of a match named
    alone is the same match."""
    return bool(a) and bool(b) and _unnamed(a, sb.words) and _unnamed(b, sa.words)


def _disjoint(a: frozenset[str], b: frozenset[str], sa: Slots, sb: Slots) -> bool:
    """Both fill the slot and neither headline or lead names any of the other's values: two players' injuries
    ("مورا" / "هزازي"); a headline that names both injured players ("إصابة مورا وكدمات لهزازي") is either's."""
    return (bool(a) and bool(b) and all(_unnamed(frozenset([v]), sb.words) for v in a)
            and all(_unnamed(frozenset([v]), sa.words) for v in b))


APART = ({"match", "transfer"}, {"camp", "transfer"})  # kinds of two headlines that are two events (a camp's
# friendlies are the camp's news: camp and match are not apart)


def _family(kinds: frozenset[str]) -> set[str]:
    return {FAMILY.get(k, k) for k in kinds}


def kinds_apart(a: Slots, b: Slots, used: Iterable[str] = USED_KINDS) -> bool:
    """Do two sports headlines each report one family of event, two different ones, one of them a kind of
    ``SPORT_KIND_WORDS`` (a ban against a friendly, a referee's appointment against ticket sales)?  A headline
    reporting two (a ban that costs a match) is either's."""
    used = frozenset(used)
    ka, kb = a.kinds | (a.other & used), b.kinds | (b.other & used)
    if not (ka | kb) & used:
        return False
    fa, fb = _family(ka), _family(kb)
    return len(fa) == 1 and len(fb) == 1 and fa != fb


def slots_conflict(a: Slots, b: Slots, injuries: bool = True, kinds: Iterable[str] = USED_KINDS,
                   clubs: bool = True) -> str | None:
    """Do two sports headlines report two events?  ``"slot"``: a slot both fill with different values (another
    opponent, another player, another camp's place); ``"kind"``: kinds of event that are never one (a transfer
    against a match or a camp), each headline reporting only its kind, with different values, or (``kinds``) two
    families of :func:`kinds_apart`; else None.
    ``injuries``: compare whose injury two injury headlines report (two players' injuries are two events);
    ``clubs``: compare who acts (the name a headline opens with: a club's, but a player's or a coach's too)."""
    if not a or not b:
        return None
    if (_differ(a.opponents, b.opponents, a, b) or _differ(a.players, b.players, a, b) or _differ(a.camp, b.camp, a, b)
            or (clubs and _differ(a.club, b.club, a, b)) or (injuries and _disjoint(a.injured, b.injured, a, b))):
        return "slot"
    if len(a.kinds) == 1 and len(b.kinds) == 1 and (a.kinds | b.kinds) in APART:
        filled_a = a.players if "transfer" in a.kinds else (a.opponents or a.camp)
        filled_b = b.players if "transfer" in b.kinds else (b.opponents or b.camp)
        return "kind" if _differ(filled_a, filled_b, a, b) else None
    if kinds and kinds_apart(a, b, kinds):
        return "kind"
    return None


def comparable(a: Slots, b: Slots, injuries: bool = True) -> bool:
    """Do two sports headlines fill a slot in common (so that agreeing on it says they report one event)?"""
    return bool((a.opponents and b.opponents) or (a.players and b.players) or (a.camp and b.camp)
                or (injuries and a.injured and b.injured))


# Deliveries counted by their outlets ("the sixth relief plane", "the second convoy"): which one is a slot too.
DELIVERY = frozenset("""
طائره الطائره طائرات الطائرات قافله القافله قوافل دفعه الدفعه شحنه الشحنه سفينه السفينه باخره الباخره رحله الرحله
اغاثه الاغاثه جسر الجسر
""".split())
_ORDINALS = {1: "اول", 2: "ثاني", 3: "ثالث", 4: "رابع", 5: "خامس", 6: "سادس", 7: "سابع", 8: "ثامن", 9: "تاسع",
             10: "عاشر"}
ORDINAL = {form: n for n, w in _ORDINALS.items() if n > 1
           for form in (w, w + "ه", "ال" + w, "ال" + w + "ه")}  # "the first" is too common to say which one
_ORDINAL_DIGITS = re.compile(r"ال\s*[«(\"“]?\s*(\d{1,2})\s*[»)\"”]?")


@lru_cache(maxsize=100_000)
def delivery_ordinal(title: str) -> int | None:
    """Which delivery a headline reports when it counts it: "وصول الطائرة الإغاثية السادسة" → 6,
    "سادس إغاثة سعودية" → 6, "الطائرة الـ(6)" → 6; None when it names no delivery or no ordinal (or several)."""
    folded = fold_for_search(title)
    words = WORD_RE.findall(folded)
    if not DELIVERY.intersection(words):
        return None
    found = {ORDINAL[w] for w in words if w in ORDINAL}
    found |= {int(d) for d in _ORDINAL_DIGITS.findall(folded) if 1 < int(d) <= 50}
    return found.pop() if len(found) == 1 else None


# A company's results for one period are one event; its results for another period (or its restated past
# accounts) another: "X loses 945 million in the first half" is not "X cuts its profits of the first quarter".
RESULTS = frozenset("""
ارباح الارباح ارباحها ربح الربح ربحا ارباحا صافي خساره الخساره خسائر الخسائر خسائرها تخسر يخسر خسر تربح يربح ربحت
ايرادات الايرادات ايراداتها مبيعات المبيعات مبيعاتها نتائج النتائج نتائجها القوائم قوائمها
""".split())
_PERIOD = re.compile(r"(?:^|\s)[وبلف]{0,2}(?:ال)?(ربع|نصف)\s+(?:ال)?(اول|ثاني|ثالث|رابع)(?=\s|$|[^\w])")
_NINE = re.compile(r"(?:التسعه|تسعه)\s+(?:الاشهر|اشهر)|(?:الاشهر|اشهر)\s+(?:التسعه|تسعه)")


def _periods(folded: str) -> frozenset[str]:
    if "ربع" not in folded and "نصف" not in folded and "تسعه" not in folded:
        return frozenset()  # (what both patterns need, looked for first: most texts name no period)
    out = {f"{unit}:{nth}" for unit, nth in _PERIOD.findall(folded) if not (unit == "نصف" and nth in ("ثالث", "رابع"))}
    if _NINE.search(folded):
        out.add("nine")
    return frozenset(out)


def results_periods(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(periods a results headline reports, periods its headline and lead name): "تخسر 945 مليون في النصف
    الأول" → {half:first}; empty for a headline that reports no results (a quarter of a basketball game, the
    first half of a season) or names no period."""
    folded = fold_for_search(title)
    head = _periods(folded) if RESULTS.intersection(WORD_RE.findall(folded)) else frozenset()
    return head, (_periods(folded + " " + fold_for_search(lead)) if head or lead else frozenset())


Reported = tuple[frozenset[str], frozenset[str]]  # (what a headline reports, what its headline and lead name)

# Whose results a headline reports: the company it quotes (financial headlines quote a listed company's name:
# «سابك», "بترورابغ").  Two companies' results of one season are two events, though they share the period, the
# words of profit and the market's vocabulary.
_QUOTED = re.compile(r'[«"“”\'](?P<name>[^«»"“”\']{2,40})[»"“”\']')


def _quoted(folded: str) -> frozenset[str]:
    return frozenset(n for m in _QUOTED.finditer(folded) if (n := " ".join(WORD_RE.findall(m.group("name")))))


# ... or, unquoted, the words right after "أرباح" (up to a number, a period or a preposition):
# "تراجع صافي أرباح الأسمدة الوطنية 30%" → "الاسمده الوطنيه"; a generic owner (the companies, the banks, the
# sector) names no company.
_PROFIT = frozenset("ارباح خسائر مبيعات ايرادات".split())
_NAME_END = frozenset("""
في خلال بنهايه نهايه بنسبه بنحو نحو الي الى من عن علي على مع ل للربع للنصف للعام لعام الربع النصف العام عام
بعد قبل رغم مقابل تتراجع يتراجع ترتفع يرتفع تنخفض ينخفض تقفز يقفز تهبط يهبط تنمو ينمو
""".split())
# A market-wide or sector-wide tally ("the listed companies' combined profits", "two sectors cut ...") is no
# company's results.
_AGGREGATE = frozenset("المجمعه مجمعه المدرجه الشركات قطاع قطاعا قطاعات القطاعات".split())
_GENERIC_OWNER = frozenset("""
الشركات شركات الشركه شركه البنوك بنوك المصارف مصارف القطاع قطاع القطاعات السوق الاسهم اسهم المساهمين الاسواق
المجموعه مجموعه الصناديق
""".split())


def _unquoted_owner(folded: str) -> frozenset[str]:
    words = WORD_RE.findall(folded)
    for i, w in enumerate(words):
        if w in _PROFIT:
            name = []
            for x in words[i + 1:i + 4]:
                if x.isdigit() or x in _NAME_END:
                    break
                name.append(x)
            if name and name[0] not in _GENERIC_OWNER:
                return frozenset({" ".join(name)})
            return frozenset()
    return frozenset()


def results_company(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(companies whose results a headline reports, the names its headline and lead write, quoted or not, up to
    three words): 'ارتفاع أرباح «شركة ما» 20% في النصف الأول' → {"شركه ما"}; empty for a headline without a
    results word or without a company's name."""
    folded = fold_for_search(title)
    words = WORD_RE.findall(folded)
    if not RESULTS.intersection(words) or _AGGREGATE.intersection(words):
        return frozenset(), frozenset()
    head = _quoted(folded) or _unquoted_owner(folded)
    if not head:
        return frozenset(), frozenset()
    text = folded + " " + fold_for_search(lead)
    words = WORD_RE.findall(text)
    spans = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
    return head, head | _quoted(text) | frozenset(spans)  # (a name the other writes unquoted counts too)


def reported_conflict(a: Reported, b: Reported) -> bool | None:
    """Do two headlines report two things of one kind — two periods of a company's results
    (:func:`results_periods`), two markets' sessions (:func:`market_slot`), two countries' oil output
    (:func:`oil_output_slot`) — neither article naming the other's in its headline or lead?  None when either
    reports none."""
    if not a[0] or not b[0]:
        return None
    return not (a[0] & b[1]) and not (b[0] & a[1])


# A market's daily session is one event; another exchange's session of the same day is another: "the Qatar bourse
# closes up" is not the Saudi market's news because both count points and trades.  Which market a headline reports
# is the country of the exchange it names: a country or a town of the knowledge base after the market's word
# (بورصة قطر، سوق دبي → the Emirates), a nationality (السوق السعودية، البورصة المصرية), or an index's own name.
MARKET = frozenset("""
سوق السوق بسوق لسوق وسوق اسواق الاسواق باسواق بورصه البورصه ببورصه لبورصه وبورصه بورصات البورصات الاسهم اسهم
مؤشر المؤشر مؤشرات المؤشرات
""".split())
# Words of a session's report: its close, its moves, its points and trades
SESSION = frozenset("""
يغلق تغلق اغلق اغلقت اغلاق الاغلاق يرتفع ترتفع ارتفع ارتفعت ارتفاع مرتفعا مرتفعه ينخفض تنخفض انخفض انخفضت انخفاض
منخفضا يتراجع تتراجع تراجع تراجعت متراجعا يهبط تهبط هبط هبطت هبوط يصعد تصعد صعد صعدت صعود يقفز تقفز قفز قفزه يربح
تربح ربح ربحت يخسر تخسر خسر خسرت مكاسب المكاسب مكاسبه مكاسبها خسائر خسائره خسائرها نقطه نقاط يواصل تواصل يستهل
تستهل مستهل ختام ختم تختتم يختتم جلسه الجلسه جلسات تعاملات التعاملات تداولات التداولات يفقد تفقد فقد يضيف تضيف
يكسب تكسب يقلص تقلص يعوض تعوض يسجل تسجل يحقق تحقق اللون الاخضر الاحمر بالاخضر بالاحمر مستويات مستوي قياسي
""".split())
# Indices and exchanges named by their own word (folded) → the knowledge base's country key
INDEX_COUNTRY = {
    "تاسي": "loc:saudi-arabia", "تداول": "loc:saudi-arabia", "نيكي": "loc:japan", "داو": "loc:united-states",
    "ناسداك": "loc:united-states", "فوتسي": "loc:united-kingdom", "داكس": "loc:germany", "كاك": "loc:france",
    "ستريت": "loc:united-states", "سينغ": "loc:china", "سنسكس": "loc:india",
}
# Words that make a market an exchange: shares, a bourse, an index, or a market "of securities" ("سوق" alone is
# also a town's produce market or the labour market)
EXCHANGE = frozenset("""
بورصه البورصه ببورصه لبورصه وبورصه بورصات البورصات الاسهم اسهم مؤشر المؤشر مؤشرات المؤشرات المالي الماليه للاوراق
الاوراق
""".split())
# A round-up of a region's markets reports no one market (its lead lists several: none is what it reports)
REGION = frozenset("الخليج الخليجيه العربيه الاوروبيه الاسيويه العالميه الناشئه".split())
PLURAL = frozenset("بورصات البورصات اسواق الاسواق باسواق مؤشرات المؤشرات".split())
SOUQ = frozenset("سوق السوق بسوق لسوق وسوق".split())  # "the Saudi market": an exchange when a country follows
MARKET_LOOK = 4  # words after a market's word in which its place or nationality is sought


def _kb_country(key: str) -> str | None:
    """The country of a place key: itself for a country, its country for a town; None for a region."""
    from marsad.nlp.kb.kb import load_kb
    from marsad.stories.features import country_of

    e = load_kb().get(key)
    if e is not None and (e.data or {}).get("kind") == "country":
        return key
    return country_of(key)


def _nationality_country(word: str) -> str | None:
    """The country of a (folded) nationality word, proclitics and a feminine ending allowed: السعوديه → the
    Saudi key."""
    from marsad.stories.contacts import _nationality_countries

    known = _nationality_countries()
    w = _prefix(word)
    return next((known[form] for form in (w, w[:-1] if w.endswith("ه") else "") if form in known), None)


def _place_countries(text: str, at: set[int] | None = None) -> set[str]:
    """Countries of the knowledge-base places a text names (a town's country); with ``at``, only places whose
    first word's index is in it."""
    from marsad.stories.features import headline_matches

    out = set()
    for m in headline_matches(text):
        if m.kind == "name" and m.ids and m.ids[0].startswith("loc:") \
                and (at is None or len(WORD_RE.findall(fold_for_search(text[:m.start]))) in at):
            country = _kb_country(m.ids[0])
            if country:
                out.add(country)
    return out


def _market_countries(text: str) -> frozenset[str]:
    """Countries of the markets a text names: places and nationalities up to ``MARKET_LOOK`` words after a
    market's word, and index names."""
    folded = fold_for_search(text)
    words = WORD_RE.findall(folded)
    near: set[int] = set()
    exchange = any(w in EXCHANGE or _prefix(w) in EXCHANGE for w in words)
    for i, w in enumerate(words):
        if exchange and (w in MARKET or _prefix(w) in MARKET):
            near.update(range(i + 1, i + 1 + MARKET_LOOK))
        elif w in SOUQ:  # a bare "market" only with its country next to it (سوق دبي، السوق السعودية)
            near.add(i + 1)
    out: set[str] = set()
    for i, w in enumerate(words):
        if w in INDEX_COUNTRY:
            if w != "تداول" or (i and words[i - 1] in ("مؤشر", "سوق", "شركه")):  # تداول: trading, or the exchange
                out.add(INDEX_COUNTRY[w])
        elif i in near and (country := _nationality_country(w)):
            out.add(country)
    return frozenset(out | _place_countries(text, near))


def session_headline(title: str) -> bool:
    """Does a headline report a market's session (a market's or an index's word and a session's: "الأسهم المحلية
    تغلق على مكاسب", "أسواق الخليج تتراجع"), whichever market, one or a region's?"""
    words = {_prefix(w) for w in WORD_RE.findall(fold_for_search(title))}
    words |= {w[2:] for w in words if w.startswith("ال")}
    return bool((words & MARKET or words & INDEX_COUNTRY.keys()) and words & SESSION)


@lru_cache(maxsize=100_000)
def market_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(countries of the markets a session's headline reports, countries of the markets its headline and lead
    name — a place the lead names for another reason, why oil fell, is not another market): "بورصة قطر
    تغلق مرتفعة" → {loc:qatar}; a headline that names the market's word and a session's word but no market takes
    its market from the lead's first sentence; empty for a headline that reports no session."""
    folded = fold_for_search(title)
    words = {_prefix(w) for w in WORD_RE.findall(folded)}
    words |= {w[2:] for w in words if w.startswith("ال")}  # الارتفاع → ارتفاع
    index = words & INDEX_COUNTRY.keys()
    if not (words & MARKET or index) or not words & SESSION or words & REGION:
        return frozenset(), frozenset()
    head = _market_countries(title)
    if not head and lead and (words & EXCHANGE or index) and not words & PLURAL:
        head = _market_countries(lead.split(".")[0][:300])
    if not head:
        return frozenset(), frozenset()
    return head, head | _market_countries(title + " . " + lead)


# A country's oil output or exports announced is one event; another country's is another: Algeria raising its
# output, Russia's falling and Iraq's record exports are not one oil story because all count barrels.  A price
# session (oil falls, Brent under 50 dollars) names no announcing country and conflicts with nothing.
OIL = frozenset("نفط النفط نفطي النفطي النفطيه نفطيه الخام خام برميل".split())
OUTPUT = frozenset("""
انتاج الانتاج انتاجها انتاجه انتاجنا لانتاج وانتاج بانتاج ينتج تنتج صادرات الصادرات صادراتها لصادرات وصادرات تصدير
التصدير يصدر تصدر صدرت
""".split())
PRICE = frozenset("اسعار الاسعار سعر السعر باسعار دولار دولارا الدولار برنت نايمكس".split())
OIL_ACTORS = {"المملكه": "loc:saudi-arabia"}  # (OPEC is no announcing country: its output is its members')


def _oil_countries(text: str) -> set[str]:
    """Countries a text names: knowledge-base places, nationalities, the kingdom."""
    out = set()
    for w in WORD_RE.findall(fold_for_search(text)):
        country = OIL_ACTORS.get(_prefix(w)) or OIL_ACTORS.get(w) or _nationality_country(w)
        if country:
            out.add(country)
    return out | _place_countries(text)


@lru_cache(maxsize=100_000)
def oil_output_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(who announces the oil output or exports a headline reports, the countries its headline and lead's first
    sentence name): "الجزائر ترفع إنتاجها النفطي" → {loc:algeria}; empty for a price session or a headline that
    names no country."""
    seq = WORD_RE.findall(fold_for_search(title))
    words = {_prefix(w) for w in seq}
    if not words & OIL or not words & OUTPUT or words & PRICE or seq[0] in ("النفط", "نفط"):  # "oil falls as ..."
        return frozenset(), frozenset()
    head = frozenset(_oil_countries(title))
    if not head:
        return frozenset(), frozenset()
    return head, head | frozenset(_oil_countries(lead.split(".")[0][:300]))
