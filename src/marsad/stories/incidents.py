"""What an incident or a price report is about: the kind of incident and its place, the commodity of a price.

A civil-defence story pools the region's other incidents — a drowning, then a fire, then another fire in another
town — and a price story pools other markets — gold's session, a car dealer's sales inside an oil-price story:
they share the agency's words (the teams, the victims, the barrel or the ounce, "rises", "falls") and the days, and
every pair feature but what tells them apart: *what happened where*, *what is priced*.  Both are read here from the
headline (folded, clitics off) and compared as what a headline reports (``slots.reported_conflict``): two
headlines reporting two things, neither article naming the other's in its headline or lead, are two events.

- :func:`incident_slot`: the kinds of incident a headline reports (a fire, a drowning, a road collision, an
  electrocution, a projectile's fall), each also with the places the headline names ("drowning@loc:medina"); a follow-up naming no
  place ("the drowned man's body recovered") conflicts with no report of its kind, and a lead that names the other
  kind or place (a fire that drove a man into a well) keeps the two together.
- :func:`delivery_slot`: what carries an aid delivery and whose it is (a Saudi plane, an Emirati plane, a ship, a
  convoy): the third Saudi relief plane is not the Emirati plane nor the relief ship of the next day.
- :func:`commodity_slot`: the commodities a price or market headline reports (gold, oil, silver, copper, ...),
  or the currency a currency's report is about (the dollar, the yuan: markets of their own, not gold's); a
  headline naming none (a market's index) conflicts with nothing.
- :func:`death_toll` and :func:`tolls_conflict`: the dead a headline counts; a later day's toll under every earlier
  report's is another attack or accident (a second car bomb in the same town, told in the same words).
- :func:`beneficiaries_slot`: how many people or goods an aid or service action reaches (157 children vaccinated,
  8538 cans of milk, 3202 families housed): one campaign's other actions count other beneficiaries.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from marsad.arabic.normalize import fold_for_search
from marsad.stories.features import WORD_RE, idf, prefix_stripper, term_of, title_places

# Kinds of incident and the headline words (folded, article and clitics off) that report one.  Words shared with
# war and politics are left out: shelling "fire" (نيران), fighting that "breaks out" or "flares" (اندلاع، اشتعال),
# charges (التهم), a petition (التماس), a coup (انقلاب), a "collapse" of a market or a truce.
INCIDENT_WORDS = {
    "fire": "حريق حرائق حريقا حريقين احتراق احترق احترقت يحترق تحترق التهمت يلتهم تلتهم",
    "drowning": "غرق غرقا غريق غريقين غرقي يغرق تغرق غرقت غرقه بئر",  # (a fall into a well is told as a drowning)
    "collision": "تصادم اصطدام اصطدم اصطدمت يصطدم دهس دهست يدهس مروري مروريه",
    "electrocution": "صعق صعقه صعقا",
    "projectile": "مقذوف مقذوفات قذيفه قذائف قذيفتين مقذوفين",
}
INCIDENT = {w: kind for kind, words in INCIDENT_WORDS.items() for w in words.split()}
# A police force's cases, by the headline words (folded, article and clitics off) that report each crime: the
# harassers' arrest is not the stabbing of an officer in the same town, nor a missing girl the same police found
# (:func:`crime_slot`)
CRIME_WORDS = {
    "harassment": "تحرش تحرشا تحرشوا يتحرش متحرش متحرشا متحرشين",
    "stabbing": "طعن طعنا طعنه طعنات يطعن",
    "missing": "مفقود مفقوده مفقودين متغيب متغيبه تغيب",
    "escape": "هروب هرب",
    "theft": "سرقه سرقات سارق سارقا سارقين لص لصوص سطو",
    "kidnapping": "اختطاف خطف اختطف يختطف مختطف",
}
CRIME = {w: kind for kind, words in CRIME_WORDS.items() for w in words.split()}

# Commodities a price or market headline reports, by their words (folded, article off)
COMMODITY_WORDS = {
    "gold": "ذهب اونصه اوقيه",
    "oil": "نفط برميل برنت نايمكس خام",
    "silver": "فضه",
    "copper": "نحاس",
    "iron": "حديد صلب",
    "grain": "قمح شعير",
    "cars": "سيارات",
    "gas": "غاز",
}
COMMODITY = {w: kind for kind, words in COMMODITY_WORDS.items() for w in words.split()}
# Words of a price or a market's move: without one, a headline naming gold or oil reports no price
PRICE_MOVE = frozenset("""
سعر اسعار يرتفع ترتفع ارتفع ارتفعت ارتفاع ينخفض تنخفض انخفض انخفضت انخفاض يتراجع تتراجع تراجع تراجعت يهبط تهبط
هبط هبطت هبوط يصعد تصعد صعد صعدت صعود يقفز تقفز قفز قفزت مبيعات الطلب طلب يستقر تستقر استقر استقرت استقرار
مكاسب خسائر يسجل تسجل سجل سجلت ادني اعلي مستوي مكاسبه مكاسبها خسائره خسائرها يقلص يتعافي يضعف
""".split())


# a word without its conjunction, preposition and article (وبالحريق → حريق, للغرق → غرق)
_bare = prefix_stripper(("وبال", "ولل", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ب", "ل"))


def _words(text: str) -> list[str]:
    return WORD_RE.findall(fold_for_search(text))


def _kinds(words: list[str], table: dict[str, str]) -> set[str]:
    return {table[k] for w in words for k in (w, _bare(w)) if k in table}


@lru_cache(maxsize=100_000)
def incident_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(what an incident headline reports: its kinds, and each kind at each place the headline names; the kinds
    and kinds at places its headline and lead's first sentence name): "غرق شاب في بئر بالمدينة" →
    ({drowning@loc:medina}, {drowning, drowning@loc:medina}); empty for a headline that reports no incident."""
    return _kind_slot(title, lead, INCIDENT)


@lru_cache(maxsize=100_000)
def crime_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(the crime a police case's headline reports, as :func:`incident_slot` reads an incident):
    "ضبط شخص طعن رجل أمن في الطائف" → ({stabbing@loc:taif}, ...); empty for a headline that reports no crime or
    two (an arrest for theft and kidnapping is one case told two ways, or a round-up)."""
    return _kind_slot(title, lead, CRIME)


def _kind_slot(title: str, lead: str, table: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    kinds = _kinds(_words(title), table)
    if not kinds or len(kinds) > 1:  # (two kinds in one headline: a round-up, or one incident told two ways)
        return frozenset(), frozenset()
    places = {key for key, _ in title_places(title)}
    head = {f"{k}@{p}" for k in kinds for p in places} or set(kinds)
    first = lead.split(".")[0][:300]
    named_kinds = kinds | _kinds(_words(first), table)
    named_places = places | {key for key, _ in title_places(first)}
    named = named_kinds | {f"{k}@{p}" for k in named_kinds for p in named_places}
    return frozenset(head), frozenset(named)


# A death toll a headline reports: "مقتل 12 شخصا", "سقوط 5 قتلى", "ارتفاع حصيلة ... إلى 15 قتيلا".  The dead of
# one attack or accident only grow as the days pass; a later day's headline counting fewer dead reports another
# one (the car bomb at the mosque two days after the one at the market, in the same town and the same words).
TOLL_BEFORE = frozenset("مقتل مصرع استشهاد وفاه سقوط قتل يقتل تقتل".split())  # (folded) a toll's word before it
TOLL_AFTER = frozenset("قتيل قتيلا قتلي شهيد شهيدا شهداء وفيات ضحايا جثه جثث".split())  # ... after it
NUMBER_WORDS = {w: n for n, words in enumerate(("", "واحد", "اثنين اثنان", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه",
                                                "ثمانيه", "تسعه", "عشره")) for w in words.split()}
THOUSANDS = frozenset("الف الفا الاف مليون ملايين".split())
TOKEN_RE = re.compile(r"[^\W_]+")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(_bare(word))


@lru_cache(maxsize=100_000)
def death_toll(title: str) -> int | None:
    """The number of dead a headline reports — one number next to a word of death ("مقتل 12 شخصا", "15 قتيلا",
    "حصيلة ... إلى 15") — or None: no toll, or two different ones (a round-up)."""
    words = TOKEN_RE.findall(fold_for_search(title))
    found: set[int] = set()
    toll_named = any(_bare(w) == "حصيله" for w in words)
    for i, w in enumerate(words):
        n = _number(w)
        if n is None or n == 0:
            continue
        before = {words[i - 1], _bare(words[i - 1])} if i else set()
        after = _bare(words[i + 1]) if i + 1 < len(words) else ""
        if after in THOUSANDS:
            continue  # "15 ألفا منذ 2009": a war's running count, not an attack's toll
        if before & TOLL_BEFORE or after in TOLL_AFTER or (toll_named and before & {"الي", "لي"}):
            found.add(n)
    return found.pop() if len(found) == 1 else None


def tolls_conflict(a, b, least: int | None = None) -> bool:
    """Do two dated articles' headlines count the dead of two attacks or accidents — the later day's fewer than the
    earlier's, and fewer than ``least``, the smallest toll its story's members of earlier days count (outlets
    count one crash's dead as 12, 20, 27 and 31 on its day and the next: only a toll under all of them is another
    event)?  Of one day, outlets' tolls of one attack differ as each hears them: no conflict."""
    if not (a.toll and b.toll and a.published and b.published and a.date and b.date) or a.date == b.date:
        return False
    early, late = (a, b) if a.date < b.date else (b, a)
    return late.toll < early.toll and (least is None or late.toll < least)


# Currencies a headline reports as its own market ("الدولار يقلص مكاسبه", "اليوان يهبط"), named with the article
# (the dollar, not "50 dollars a barrel": a price's unit)
CURRENCY_WORDS = {
    "dollar": "دولار",
    "euro": "يورو",
    "yuan": "يوان",
    "yen": "ين",
    "sterling": "استرليني",
    "ruble": "روبل",
}
CURRENCY = {w: kind for kind, words in CURRENCY_WORDS.items() for w in words.split()}


def _currencies(words: list[str]) -> set[str]:
    """Currencies named with the article (الدولار, واليوان, بالدولار; not دولارا, a price's unit)."""
    out = set()
    for w in words:
        for p in ("وبال", "ولل", "وال", "بال", "فال", "لل", "ال"):
            if w.startswith(p):
                rest = w[len(p):]
                if rest in CURRENCY:
                    out.add(CURRENCY[rest])
                break
    return out


@lru_cache(maxsize=100_000)
def commodity_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(the commodities a price or market headline reports, the commodities its headline and lead's first
    sentence name): "الذهب يتراجع مع صعود الدولار" → ({gold}, {gold, ...}); a currency's own report ("الدولار
    يقلص مكاسبه") → ({dollar}, ...): a currency is a market of its own, and a commodity's headline that names one
    (the dollar's rise as gold's cause) reports the commodity; empty for a headline that names no commodity or
    currency, or no price or move."""
    words = _words(title)
    bare = {_bare(w) for w in words} | set(words)
    if not bare & PRICE_MOVE:
        return frozenset(), frozenset()
    first = _words(lead.split(".")[0][:300])
    head = _kinds(words, COMMODITY)
    if head:
        return frozenset(head), frozenset(head | _kinds(first, COMMODITY))
    head = _currencies(words)
    if not head:
        return frozenset(), frozenset()
    return frozenset(head), frozenset(head | _kinds(first, COMMODITY) | _currencies(first))


# What carries an aid delivery, by its words (folded, article off), and the words that make a headline an aid one
VEHICLE_WORDS = {
    "plane": "طائره طائرات طائرتين",
    "ship": "سفينه سفن باخره بواخر",
    "convoy": "قافله قوافل شاحنات",
}
VEHICLE = {w: kind for kind, words in VEHICLE_WORDS.items() for w in words.split()}
AID = frozenset("مساعدات اغاثه اغاثيه اغاثي اغاثيا انسانيه ادويه طبيه غذائيه اغاثات".split())


DONOR_LOOK = 3  # words after a vehicle's word in which its nationality is sought (طائرة إغاثة إماراتية); a
# nationality further on is more often the recipient's (مساعدات للشعب اليمني)


def _donors(words: list[str]) -> set[str]:
    """Countries of the nationality words (definite or not: سعودية, الإماراتية) just after a vehicle's word."""
    from marsad.stories.slots import _nationality_country

    near = {j for i, w in enumerate(words) if w in VEHICLE or _bare(w) in VEHICLE
            for j in range(i + 1, i + 1 + DONOR_LOOK)}
    out = set()
    for i, w in enumerate(words):
        if i not in near:
            continue
        b = _bare(w)
        country = _nationality_country(w) or _nationality_country("ال" + b)
        if country:
            out.add(country)
    return out


@lru_cache(maxsize=100_000)
def delivery_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(what carries the aid delivery a headline reports, each with its donors' countries; the same for its
    headline and lead's first sentence): "هبوط طائرة إماراتية تحمل مساعدات" → ({plane@loc:united-arab-emirates},
    {plane, plane@loc:united-arab-emirates}); empty for a headline that reports no aid delivery."""
    words = _words(title)
    if not {_bare(w) for w in words} & AID and not set(words) & AID:
        return frozenset(), frozenset()
    kinds = _kinds(words, VEHICLE)
    if len(kinds) != 1:  # (no vehicle, or a round-up of planes and ships)
        return frozenset(), frozenset()
    donors = _donors(words)
    head = {f"{k}@{d}" for k in kinds for d in donors} or set(kinds)
    first = _words(lead.split(".")[0][:300])
    named_kinds = kinds | _kinds(first, VEHICLE)
    named_donors = donors | _donors(first)
    return frozenset(head), frozenset(named_kinds | {f"{k}@{d}" for k in named_kinds for d in named_donors})


# An execution (or a flogging) the interior ministry announces is the event of one convict: the Syrian smuggler's in
# Riyadh and the Pakistani smuggler's in Thadiq, announced the same day in the same statement's words ("تنفيذ حكم
# القتل تعزيرا في مهرب مخدرات بمنطقة الرياض"), are two events.  Who the convict is sits in the statement's body,
# after its opening verse: his nationality ("سوري الجنسية") and his name ("المدعو ..."), or a nationality in the
# headline ("لمهرب مخدرات سوري").
EXECUTION = frozenset("تعزيرا تعزير قصاص قصاصا".split())  # (folded, article and clitics off)
EXECUTION_ACT = frozenset("تنفيذ ينفذ نفذ نفذت تنفذ".split())
EXECUTION_PENALTY = frozenset("قتل جلد اعدام".split())
CONVICT_CHARS = 2500  # the statement's body read for the convict: the name follows a verse of about 400 characters
CALLED = frozenset({"المدعو", "المدعوه", "بالمدعو", "للمدعو"})
CONVICT_NAME_IDF = 3.5
NAME_FILLER = frozenset({"بن", "ابن", "بنت", "ال", "الجنسيه", "سعودي", "سعوديه"})


def _execution_headline(words: list[str]) -> bool:
    bare = {_bare(w) for w in words} | set(words)
    if bare & EXECUTION:
        return True
    # "القتل لمهرب ...": the sentence carried out, in the ministry's headline form
    if len(words) >= 2 and words[0] == "القتل" and words[1].startswith("ل") and len(words[1]) >= 4:
        return True
    return bool(bare & EXECUTION_ACT and bare & EXECUTION_PENALTY)


def _nationality_key(word: str) -> str | None:
    from marsad.stories.slots import _nationality_country

    b = _bare(word)
    return _nationality_country(word) or _nationality_country("ال" + b) or _nationality_country("ال" + word)


def execution_slot(title: str, text: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(who an execution headline's convict is, the same): the nationalities the headline gives or the text states
    ("سوري الجنسية"), and the words of the name after "المدعو" (``text``: the article's opening, read up to
    ``CONVICT_CHARS``); empty for a headline that reports no execution, or a text that says nothing of its
    convict (then it conflicts with no execution, and vouches for none)."""
    words = _words(title)
    if not _execution_headline(words):
        return frozenset(), frozenset()
    out: set[str] = set()
    for w in words:
        if (country := _nationality_key(w)) and _bare(w) not in ("مواطن",):
            out.add("nat:" + country)
    body = _words(text[:CONVICT_CHARS])
    for i, w in enumerate(body):
        if w == "الجنسيه" and i and (country := _nationality_key(body[i - 1])):
            out.add("nat:" + country)
        elif w in CALLED:
            for x in body[i + 1:i + 5]:
                if x in NAME_FILLER or len(x) < 3 or idf(term_of(x)) < CONVICT_NAME_IDF:
                    continue  # (a common first name, محمد, عبدالله, is anybody's)
                if x in ("الجنسيه",) or _nationality_key(x):
                    break
                out.add("name:" + x)
    if any(w in ("مواطن", "للمواطن", "المواطن") for w in words):
        out.add("nat:loc:saudi-arabia")
    return frozenset(out), frozenset(out)


# How many people or goods an aid or service action reaches: "vaccinates 157 Syrian children", "8538 cans of milk",
# "houses 3202 families", "flies 120 stranded Yemenis home".  One campaign's or one relief centre's actions share its
# name, its camp and its words, and each counts its own beneficiaries: two headlines counting two numbers that
# neither article writes in its headline or lead are two actions.  A number counts beneficiaries when the word after
# it (after ألف/آلاف) is a person, a family or a unit of goods, or a nationality adjective in the accusative ("120
# يمنيا"); the dead and the wounded are tolls, not beneficiaries (:func:`death_toll`).  Numbers are compared rounded
# too (3202, 3200 and "3 آلاف" are one count; 157 and 158 are not told apart).
COUNTED = frozenset("""
طفل طفلا اطفال طفله اطفالا رضيع رضيعا لاجئ لاجئا لاجئين لاجيء نازح نازحا نازحين عائله عائلات اسره اسر اسرا مستفيد
مستفيدا مستفيدين مريض مريضا مرضي يتيم يتيما ايتام حاج حاجا حجاج معتمر معتمرا طالب طالبا طالبه طلاب طالبات عالق عالقا
عالقين عبوه عبوات سله سلال حقيبه حقائب وجبه وجبات
خيمه خيام بطانيه بطانيات
""".split())
NOT_COUNT = frozenset("قتيل قتيلا قتلي شهيد شهيدا شهداء مصاب مصابا مصابين جريح جريحا جرحي وفيات ضحايا".split())
_COUNT_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:(الف|الفا|الاف|مليون)\s+)?([^\W\d_]+)")
_NATIONAL = re.compile(r"^[^\W\d_]{3,}(?:يا|يين|يون)$")


def _rounded(n: float) -> set[str]:
    """A count and its roundings to two and one significant digits (as strings)."""
    out = {str(int(n)) if n == int(n) else str(n)}
    for digits in (2, 1):
        if n >= 10 ** digits:
            step = 10 ** (len(str(int(n))) - digits)
            out.add(str(int(round(n / step) * step)))
    return out


def _counts(folded: str, counted_only: bool) -> set[str]:
    out: set[str] = set()
    for m in _COUNT_RE.finditer(folded):
        n = float(m.group(1))
        n *= {"الف": 1e3, "الفا": 1e3, "الاف": 1e3, "مليون": 1e6}.get(m.group(2) or "", 1)
        word = m.group(3)
        bare = _bare(word)
        counted = bool(word in COUNTED or bare in COUNTED or _bare(word.lstrip("لب")) in COUNTED
                       or _NATIONAL.match(word))
        if counted_only:
            if word in NOT_COUNT or bare in NOT_COUNT or not counted:
                continue
            if m.start() and folded[:m.start()].split()[-1:] and _bare(folded[:m.start()].split()[-1]) in TOLL_BEFORE:
                continue
        year = 1900 <= n <= 2100 and n == int(n) and not m.group(2) and not counted  # ("2000 أسرة" counts families,
        # "2 آلاف" is two thousand: neither is a year)
        if n >= 2 and not year:
            out |= _rounded(n)
    return out


@lru_cache(maxsize=100_000)
def beneficiaries_slot(title: str, lead: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(the beneficiaries' counts a headline reports, rounded; every number its headline and lead write, rounded):
    "تحصين 157 طفلا" → ({157, 160, 200}, {...}); empty for a headline that counts no beneficiaries."""
    head = _counts(fold_for_search(title), True)
    if not head:
        return frozenset(), frozenset()
    return frozenset(head), frozenset(head | _counts(fold_for_search(lead), False) | _counts(fold_for_search(title), False))


# The day of an incident: the projectile that fell on a town on Sunday and the one that fell there on Thursday are
# told in the same words, from the same place, by the same agency — and read as one story.  What tells them apart
# is when it happened, which the report's lead dates ("مساء أمس", "الخميس"), resolved by the time expressions
# stage against its publication.  Two reports whose leads date their incidents two days apart or more, neither text
# naming a day within a day of the other's, report two incidents; a lead that dates nothing says nothing.  Only
# incident headlines are dated (features._reported): dating aid deliveries too (a relief ship days after another
# country's) was tried and dropped, eval/judgements/stories_incident_days.md.
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _near(day: str, widen: int) -> set[str]:
    d = date.fromisoformat(day)
    return {(d + timedelta(days=k)).isoformat() for k in range(-widen, widen + 1)}


def incident_days(timexes, lead_chars: int, widen: int = 1) -> tuple[frozenset[str], frozenset[str]]:
    """(the days the time expressions of an article's lead — its first ``lead_chars`` characters — resolve to,
    every day its time expressions resolve to, each widened by a day either way): the day an incident's report
    dates it to, and the days it names at all (a follow-up naming the first report's day is not another incident).
    ``timexes``: the article's ``timex`` spans (``data["value"]``, ISO; only whole days count)."""
    head: set[str] = set()
    named: set[str] = set()
    for t in timexes:
        value = str((t.data or {}).get("value") or "")[:10]
        if not DAY_RE.match(value):
            continue
        try:
            near = _near(value, widen)
        except ValueError:
            continue
        named |= near
        if t.start < lead_chars:
            head.add(value)
    if not head:
        return frozenset(), frozenset()
    return frozenset(head), frozenset(named)
