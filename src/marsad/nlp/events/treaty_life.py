"""One record per agreement, from the ``treaty_step`` spans of all articles.

Each article's steps are grouped by the agreement name they carry; those
groups then join across articles when their names agree and their parties
overlap:

* names agree when the content words of one ("شراكة شاملة") are among those of
  the other ("شراكة استراتيجية شاملة") — the head noun (اتفاقية، معاهدة، اتفاق)
  and the article ال are set aside, so "المعاهدة الاقتصادية" and "معاهدة التعاون
  الاقتصادي الشامل" agree;
* a bare noun ("المعاهدة" in an article that names no agreement) joins only an
  agreement with at least two of the same parties reported within a year — two
  of the parties its reports most name (at least a quarter as often as the
  first), not a party one report names in passing;
* parties overlap when at least two (or all, if fewer are named) are shared; a
  member of the P5+1 counts as the P5+1;
* a descriptive name ("اتفاقية تعاون", "اتفاقية الشراكة": only words that tell
  the kind of agreement, at most two) is shared by many agreements: it joins
  another article only with two parties in common;
* a contract of companies or institutions never joins a treaty of states; its
  record is marked ``organisations`` and left out of the default listing;
* a report naming no party joins the agreement most reports give its name;
* reports naming no agreement join by their parties unless their signings lie more than a month apart
  ("وقعتا في فبراير اتفاقا" and "وقعت اليوم اتفاقا": two agreements of one pair);
* a convention many states join or leave, each report naming only the state that takes its step ("انسحبت
  فنلندا من اتفاقية أوتاوا", "انسحبت ليتوانيا من اتفاقية أوتاوا"), is one record when no report names a pair and
  the name is its own (two words or more besides words of kind, a city, or another name its reports give it): a
  name of kind and one word ("اتفاقية التجارة الحرة") is many agreements and stays apart;
* another name a report gives the agreement ("...، المعروفة باتفاقية أوتاوا") is one of its names: reports
  naming it so join, and it is listed among the aliases;
* a report telling a bare noun with one party only, in steps one side takes alone (a ratification, a suspension, a
  withdrawal, the entry into force), joins that party's agreement when the store has one named agreement of it
  within a year (not "معاهدة جديدة": a new one; not a plural; not a step to come);
* an agreement named for a city alone ("اتفاق فيينا") is the one other reports say was made there ("الاتفاق
  النووي الذي أبرم في فيينا"), or the one named for what a report says it is about ("اتفاق فيينا الخاص بالبرنامج
  النووي" and "الاتفاق النووي"), when it names no party of its own: one record, the city's name an alias;
* a convention named by its reach and a title ("الاتفاقية الإقليمية لتجارة الماشية ...", "الاتفاقية الأفريقية للتعاون
  في مكافحة الجراد ...": the reach and two words or more besides words of kind) is one record whichever of its states
  a report names, in pairs or one by one, within a year;
* two records of one pair whose reports date the signing to the same day are one agreement named two ways, unless a
  third record of the pair was signed that day, a report names both, or both names are descriptions;
* names are judged longest first: a record that agrees only with a shorter name a larger record took later
  ("اتفاق التفاهم النووي" and "الاتفاق النووي") joins it when that record fits each of its reports;
* a group of states within a union counts as the union ("منطقة اليورو", "الاتحاد الأوروبي"), and a record that names
  both keeps the group.

Sentences dating a signing or conclusion more than a month from the day at least two of the record's
sentences agree on tell another agreement of the same parties (an interim deal years before, a company's
contract): they leave the record.  A record none of whose steps has a date (a signing only named among
past events) is background, and so is one of no party whose reports only recall it.

An extension is a step of its year (an agreement renewed again years later has two), with the new end and period
most of its reports give; a replaced agreement's step names the new agreement's record, whose ``replaces`` lists
the old one; the duration a record shows is the one most of its reports state.

A step a learned reader heard (``how: "learned"``, see treaty_steps.learned_steps) links nothing: the records are
made from the rules' steps alone, and it then joins the record its report's rule steps of the same agreement went
to (or none); its name, parties, id and background are the rules'.  A time it read votes for its step's date
beside the rules' sentences; one dated by its report's day alone, told in the sentence of a step the rules read
from a time, is taken by that step's day (:func:`_told_with`).

Steps of one kind (and, for ratifications and withdrawals, of one party or
body) become one dated step with all its sources: the date most sentences
write wins (then the most precise, then the earliest); with report dates only,
the earliest report's date (the step happened by then).
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from datetime import date
from typing import Any, Iterable

from marsad.models import short_id
from marsad.nlp.events.lexicon import fold
from marsad.nlp.events.treaties import Clause, SourceRef, Step, Treaty, TreatyOptions
from marsad.nlp.events.treaty_steps import (ORG_TITLES, PERIOD_NUMBERS, PERIOD_TENS, PERIOD_UNITS, STEP_KINDS,
                                            TREATY_NOUNS, _action_form)

_STOP = frozenset(fold(w) for w in "بين مع بشان حول من في على عام لعام سنه".split())
# Words that praise or date an agreement without naming it: "الاتفاق التاريخي", "اتفاقية جديدة".
_WEAK = frozenset(fold(w) for w in "تاريخي جديد نهائي حالي اخير مقترح اولي مبدئي كبير مهم".split())
# Words that say what kind of agreement it is without telling which: "اتفاقية تعاون", "اتفاقية الشراكة",
# "اتفاق سلام".  A name made only of them is a description, shared by many agreements.
_KIND_WORDS = "تعاون التعاون مشترك المشترك شراكة الشراكة سلام السلام تجارة التجارة تجاري التجارية اقتصادي الاقتصادية " \
    "أمني الأمنية عسكري العسكرية ثنائي الثنائية استراتيجي استراتيجية الاستراتيجية شامل الشاملة تفاهم التفاهم " \
    "إطار إطاري الإطاري الإطارية شراكات تعاون تجارية اقتصادية أمنية عسكرية فني الفني تقني التقني علمي العلمي " \
    "ثقافي الثقافي ثقافية الثقافية استثمار الاستثمار استثماري بيع شراء توريد تمويل قرض منحة خدمات حرة الحرة"
_BACKGROUND_DAYS = 365
_READ = ("timex", "session")  # dates the report gives: written in the sentence, or its session's day (inferred)
_NEW = frozenset(fold(w) for w in "جديد جديدة جديدا".split())
_TALKS_AFTER = 7  # days after an agreement was reached when talks told without a date are its negotiation
# A clause sentence that names no agreement of its own tells the content of the agreement whose report lies within
# this many characters of it (about two sentences); farther on, the article speaks of something else
_CLAUSE_REACH = 400
_SIGNINGS_APART = 31  # days between two signings of one pair that make them two agreements
_PER_PARTY = ("ratified", "withdrawn", "suspended", "endorsed")
_ONE_SIDE = (*_PER_PARTY, "in_force")  # steps one side tells alone: a bare noun of them may join by that side


def name_words(name: str | None) -> frozenset[str]:
    """Content words of an agreement name (folded; head noun, ال and feminine endings set aside)."""
    out = set()
    for w in fold(name or "").replace("“", " ").replace("”", " ").replace("«", " ").replace("»", " ").split():
        w = w.strip('"\'،,.')
        for p in ("وال", "بال", "لل", "ال", "و"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        else:
            if w.startswith("ل") and _action_form(w[1:]):
                w = w[1:]  # what it is for: "اتفاقية لتشجيع ..." names "اتفاقية تشجيع ..."
        if w in TREATY_NOUNS or "ال" + w in TREATY_NOUNS or w in _STOP or not w:
            continue
        if w[:1] in ("ب", "ل") and w[1:] in TREATY_NOUNS:
            continue  # "لاتفاق", "باتفاق"
        if any(w.endswith(x) and w[: -len(x)] in TREATY_NOUNS | {t[:-1] + "ت" for t in TREATY_NOUNS if t.endswith("ه")}
               for x in ("هما", "ها", "هم", "ه")):
            continue  # "اتفاقها", "معاهدتهما": the noun with its owner
        if w.endswith("ه") and len(w) > 3:
            w = w[:-1]
        if w.endswith("يات") or w.endswith("ات") and len(w) > 4:
            w = w[:-2]
        if w not in _WEAK:
            # an adjective of relation says what its noun says: "الاتفاقية الدفاعية", "اتفاقية الدفاع"
            out.add(w[:-1] if w.endswith("ي") and len(w) >= 5 else w)
    return frozenset(out)


_KIND = frozenset()  # filled below, once name_words is defined


def descriptive(words: frozenset[str]) -> bool:
    """Whether a name's content words only describe a kind of agreement ("اتفاقية تعاون مشترك"); three
    such words or more ("شراكة استراتيجية شاملة") are taken as a name."""
    return bool(words) and words <= _KIND and len(words) <= 2


# Members of a group named as one party: a report naming the United States and Iran tells of the agreement
# another names as Iran's with the P5+1.
_MEMBERS = {"p5+1": frozenset({"united states", "united kingdom", "france", "china", "russia", "germany"})}


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names tell one agreement: the words of one among the other's, or two words or more in common and
    one word different on each side when the two say the same ("اتفاقية ترسيم المنطقة الاقتصادية الخالصة",
    "اتفاقية تحديد ...", "معاهدة تعيين الحدود البحرية", "معاهدة ترسيم ..."); any other word different tells another
    agreement ("النقل البحري", "النقل الجوي").  A field is one word however told: its noun or its adjective, with
    or without «في مجال» ("اتفاقية التعاون الصحي", "اتفاقية التعاون في مجال الصحة")."""
    if a <= b or b <= a:
        return True
    a, b = _fields(a), _fields(b)
    return a <= b or b <= a or len(a & b) >= 2 and len(a - b) == len(b - a) == 1 and any(
        (a ^ b) <= v for v in _VARIANTS)


_FIELD = frozenset(fold(w) for w in "مجال مجالات ميدان ميادين".split())


def _fields(words: frozenset[str]) -> frozenset[str]:
    """Name words with «مجال» set aside and an adjective of relation as its noun ("صحي" → "صح", "فضائ" → "فضاء"):
    what name_words keeps of a short noun or adjective («الصحة», «الصحي») is their word and an ending."""
    out = set()
    for w in words - _FIELD:
        if w.endswith("ائ"):
            w = w[:-1] + "ء"  # ("الفضائي" → "فضائ": the noun «الفضاء»)
        elif w.endswith(("ي", "ه")) and len(w) >= 3:
            w = w[:-1]  # ("الصحي" → "صحي" and «الصحة» → "صحه": "صح")
        out.add(w)
    return frozenset(out)


# A group of states inside a union, named for the union's side of one deal: "اتفاق بين اليونان ومنطقة اليورو" and
# "اتفاق ... بين اليونان والاتحاد الأوروبي" tell one bailout.
_WITHIN = {"eurozone": "european union"}


def _shared(a: Iterable[str], b: Iterable[str]) -> set[str]:
    """Parties in common, a member of a group counting as the group (and a group within a union as the union)."""
    a, b = {_WITHIN.get(k, k) for k in a}, {_WITHIN.get(k, k) for k in b}
    for group, members in _MEMBERS.items():
        if group in a or group in b:  # the members and the group are one party
            a = {group if k in members else k for k in a}
            b = {group if k in members else k for k in b}
    return a & b


def _party_key(p: dict[str, Any]) -> str:
    """English name first: a country named by its adjective ("الأردني") has no entity id but the same name."""
    return str((p.get("name_en") or "").lower() or p.get("entity_id") or fold(str(p.get("name") or "")))


_KIND = frozenset().union(*(name_words(w) for w in _KIND_WORDS.split()))
# Words that count an agreement's sides ("الاتفاق الثلاثي", "الاتفاقية الرباعية"): they tell whose it is, as its
# parties do, not which of theirs; a name made of them alone joins other reports as a bare noun of those parties does.
_SIDES = frozenset().union(*(name_words(w) for w in "الثلاثي الرباعي الخماسي السداسي".split()))
# Words that say the same in agreement names: "ترسيم الحدود" and "تحديد الحدود", "منع الازدواج" and "تجنب الازدواج".
_VARIANTS = [name_words(w) for w in ("ترسيم تحديد تعيين", "منع تجنب تفادي", "إنشاء المنشئة المؤسسة تأسيس")]
_FRAME = name_words("إطار إطاري الإطارية")  # a form of agreement, not its subject ("اتفاق إطاري")
_TIES = name_words("التعاون الشراكة")  # a cooperation agreement's words ("اتفاقية التعاون في مجال ...")
_PLURAL_HEADS = frozenset(fold(w) for w in "اتفاقيات اتفاقات معاهدات الاتفاقيات الاتفاقات المعاهدات".split())
# Places and names that make a plural one package ("اتفاقات مينسك", "اتفاقيات كامب ديفيد", "اتفاقات أوسلو").
_PACKAGE_NAMES = frozenset(fold(w) for w in "فيينا باريس أوسلو كامب ديفيد جنيف أبراهام ابراهام الطائف الرياض مينسك "
                           "دايتون كيوتو لوزان مدريد الدوحة الصخيرات شرم أستانا سوتشي لاهاي هلسنكي".split())


_SALES = name_words("شراء بيع توريد")


def sale(name: str | None) -> bool:
    """Whether an agreement's name tells a sale, a purchase or a supply ("اتفاقية شراء الطاقة", "اتفاقية توريد"): a
    firm's or a utility's contract, listed as an agreement only when its reports name two states."""
    return bool(name_words(name) & _SALES)


def several(name: str | None) -> bool:
    """Whether an agreement's name is a plural of several agreements ("اتفاقيات التجارة الحرة التي أبرمها المغرب",
    "اتفاقيات ثنائية"), not one package named for a place ("اتفاقات مينسك", "اتفاقيات كامب ديفيد")."""
    words = fold(name or "").split()
    if not words or words[0] not in _PLURAL_HEADS:
        return False
    return not any(w.removeprefix("ال") in _PACKAGE_NAMES or w in _PACKAGE_NAMES or w.isdigit() for w in words[1:])


def _day(value: str | None, *, first: bool = False) -> date | None:
    """The last day a date may mean: "1988" → 1988-12-31, "2015-07" → 2015-07-28; with ``first`` the first day:
    1988-01-01, 2015-07-01."""
    v = (value or "")[:10]
    try:
        if len(v) == 4:
            return date(int(v), 1, 1) if first else date(int(v), 12, 31)
        if len(v) == 7:
            return date(int(v[:4]), int(v[5:7]), 1 if first else 28)
        return date.fromisoformat(v)
    except ValueError:
        return None


def _days(a: str | None, b: str | None) -> int | None:
    da, db = _day(a), _day(b)
    return (db - da).days if da and db else None


class _Unit:
    """The steps one article reports for one agreement name."""

    def __init__(self, article_id: str, name: str, generic: bool) -> None:
        self.article_id, self.name, self.generic = article_id, name, generic
        self.words = frozenset() if generic else name_words(name)
        self.generic = not self.words
        self.descriptive = descriptive(self.words)  # joins other articles only through its parties
        # bare nouns named by a name their article gives in another sentence: a name that may be read wrong, so a
        # report naming it otherwise joins by its parties as a bare noun would (see _Group.fits); a name written in
        # the step's own sentence ("معاهدة الممر المائي المشترك") is not, and two such names that differ are two
        # agreements of the same parties
        self.own = False
        self.organisations = False  # a contract of companies or institutions, not a treaty of states
        self.rows: list[dict[str, Any]] = []
        self.aka: set[frozenset[str]] = set()  # other names its article gives the agreement ("المعروفة باتفاقية")
        self.parties: dict[str, dict[str, Any]] = {}
        self.published: str | None = None
        self.reach: frozenset[str] = frozenset()  # the title of a convention named by its reach (see _reach_titled)

    @property
    def other(self) -> bool:
        """Whether the unit is another agreement its article names by words of its own beside the one it reports."""
        return bool(self.rows) and all(r["data"].get("other") or r["label"] == "replaced" for r in self.rows)

    def replaced_by(self) -> set[frozenset[str]]:
        """The names of the agreements that replace the unit's ("تحل الاتفاقية الجديدة محل ...")."""
        return {w for r in self.rows if r["label"] == "replaced"
                and (w := name_words((r["data"].get("replacing") or {}).get("name")))}

    @property
    def named_for(self) -> str | None:
        """The city the unit's name is, when its name is a city alone ("اتفاق فيينا")."""
        cities = {r["data"].get("named_for") for r in self.rows if not r["data"].get("generic")
                  and r["label"] != "replaced"}  # (a replacement's row does not tell what its name is made of)
        return cities.pop() if len(cities) == 1 else None  # (a bare noun's row takes the name it refers to)

    def agrees(self, name: frozenset[str]) -> bool:
        """Whether the unit's name, or another name its article gives the agreement, agrees with ``name``."""
        return any(_agree(w, name) for w in (self.words, *self.aka) if w)

    def signed_years(self) -> set[str]:
        """The years of the signings its sentences tell done ("الموقعة بين البلدين عام 1962")."""
        return {str(r["data"].get("date") or "")[:4] for r in self.rows if r["label"] == "signed"
                and r["data"].get("modality") == "done" and str(r["data"].get("date") or "")[:4].isdigit()}

    @property
    def succeeds(self) -> bool:
        """Whether its article tells a new agreement that takes the old one's name and replaces it ("وقع البلدان
        اتفاقية الصيد الجديدة التي تحل محل اتفاقية الصيد لعام 2001")."""
        return any(r["data"].get("succeeds") for r in self.rows)

    def taken(self, sure: bool = False) -> list[str]:
        """The dates the sentences write for the agreement's signing or conclusion, taken (not recalled by the
        report's date alone); with ``sure``, only those of sentences that name the agreement themselves (not a bare
        noun given the name of another sentence)."""
        return [f'{r["label"]}:{r["data"]["date"]}' for r in self.rows if r["label"] in ("signed", "concluded")
                and r["data"].get("modality") == "done" and r["data"].get("date_source") in _READ
                and r["data"].get("date") and not (sure and r["data"].get("elsewhere"))]


def _same_day(a: list[str], b: list[str]) -> bool:
    """Whether two lists of signing or conclusion dates ("signed:2026-07-17") share a day (written to the day)."""
    a, b = [x.partition(":")[2] for x in a], [y.partition(":")[2] for y in b]
    return bool({x[:10] for x in a if len(x) >= 10} & {y[:10] for y in b if len(y) >= 10})


def _same_signing(a: list[str], b: list[str]) -> bool:
    """Whether two lists of signing or conclusion dates share one of a kind ("signed:1998", "signed:1998-10-20")."""
    return any(x.partition(":")[0] == y.partition(":")[0] and (x.startswith(y) or y.startswith(x))
               for x in a for y in b)


def _apart(a: list[str], b: list[str], days: int = _SIGNINGS_APART) -> bool:
    """Whether two lists of signing dates tell different signings: none agrees with any (the same day, or a
    month and a day in it) and the nearest two lie more than ``days`` apart (a month).  A signing is compared with
    signings and a conclusion with conclusions: a text initialled in August and signed the next July is one
    agreement."""
    pairs = [(x.partition(":")[2], y.partition(":")[2]) for x in a for y in b
             if x.partition(":")[0] == y.partition(":")[0]]
    if not pairs or _same_signing(a, b):
        return False
    gaps = [abs(g) for g in (_days(x, y) for x, y in pairs) if g is not None]
    return bool(gaps) and min(gaps) > days


class _Group:
    def __init__(self, unit: _Unit) -> None:
        self.units = [unit]
        self.names = ({unit.words} if unit.words else set()) | unit.aka
        self.parties: Counter[str] = Counter(list(unit.parties))
        self.dates = [unit.published] if unit.published else []
        self.organisations = unit.organisations
        self.taken = unit.taken()

    def core(self) -> list[str]:
        """The parties most reports name (a party one report names in passing is not the group's)."""
        top = max(self.parties.values(), default=0)
        return [k for k, n in self.parties.items() if n * 4 >= top]

    def fits(self, u: _Unit) -> bool:
        shared = _shared(self.parties, u.parties)
        core = _shared(self.core(), u.parties)
        if u.organisations != self.organisations:
            return False  # a company's contract is never a treaty between states
        if u.succeeds != any(x.succeeds for x in self.units) and _apart(self.taken, u.taken()):
            return False  # a new agreement under the old one's name, signed apart from it, is not the old one
        year = _year_name(u.words)
        if year and shared and any(not _year_name(x.words) and year in x.signed_years() for x in self.units):
            return True  # "اتفاقية عام 1962", as a report calls the pair's agreement its other reports sign in 1962
        titled = [x.reach for x in self.units if _reach_titled(x.reach)]
        if _reach_titled(u.reach) and any(_agree(t, u.reach) for t in titled) and self.near(u):
            return True  # a convention titled by its reach and what it is for ("الاتفاقية الإقليمية لتجارة الماشية
            # والاعتراف المتبادل ..."): one agreement whichever of its states a report names, in pairs or one by one
        if _reach_titled(u.reach) and titled and not any(_agree(t, u.reach) for t in titled):
            return False  # two conventions of one reach told by what each is for ("الاتفاقية الدولية لحماية ..."
            # and "الاتفاقية الدولية للحد من ..."), whatever short name their reports share
        if titled and not u.reach and not u.aka and any(_other_title(u.words, t) for t in titled) \
                or _reach_titled(u.reach) and not titled and any(
                    not x.reach and not x.aka and _other_title(x.words, u.reach) for x in self.units):
            return False  # a convention of the same reach named by other words ("اتفاقية الأرشيف الرقمي العربية" is not
            # "الاتفاقية العربية لتنظيم البث ...", whatever short name "الاتفاقية العربية" their reports share)
        if u.descriptive or all(descriptive(n) for n in self.names) and self.names:
            # a description ("اتفاقية تعاون") names many agreements: the same parties tell which
            if not (u.generic or not self.names or any(u.agrees(n) for n in self.names)
                    or _same_day(self.taken, u.taken()) and any(x <= _FRAME for x in (u.words, *self.names))):
                return False  # (a framework and the deal it frames, reached on one day, join; two agreements of
                # one day's visit, "اتفاقية تعاون ثقافي" beside a free-trade one, do not)
            # ... and a signing months from the group's is another agreement of the same pair
            return len(core) >= 2 and not _apart(self.taken, u.taken())
        if u.generic or not self.names or u.words not in self.names and (
                u.words <= _SIDES or all(n <= _SIDES for n in self.names)):
            # (a bare noun, or a name that only counts its sides: "الاتفاق الرباعي" of the four states of "اتفاق
            # لشبونة")
            if len(core) < 2:  # two of the parties the group's reports name, not of any named in passing
                return False
            if not self.names and _apart(self.taken, u.taken()):
                # "وقعتا في فبراير اتفاقا" and "وقعت اليوم اتفاقا": two agreements of one pair (an agreement
                # named by some of its reports keeps its unnamed ones: one misread date does not split it)
                return False
            if self.names and _apart(self.taken, u.taken(), _BACKGROUND_DAYS):
                return False  # ... but not when it was signed more than a year (_BACKGROUND_DAYS) from every signing
                # the group tells: "اتفاقية خط أنابيب ..." that two of the states signed in 2012 is not the deal the
                # three signed yesterday
            return self.near(u)
        if any(_agree(a, b) and b != u.words for a in u.replaced_by() for b in self.names) or u.words not in \
                self.names and any(_agree(a, u.words) for x in self.units for a in x.replaced_by()):
            return False  # an agreement never joins the one that replaces it (a name of the group, not its own)
        if (u.other or all(x.other for x in self.units)) and _apart(
                [d for x in self.units for d in x.taken(sure=True)], u.taken(sure=True), _BACKGROUND_DAYS):
            return False  # the same pair's older agreement, which a report names beside its own and dates by its
            # year ("اتفاقية النقل البحري الموقعة عام 1990" beside the new "اتفاقية النقل البحري والموانئ" signed
            # today): a name in common is no same signing
        if not any(u.agrees(n) for n in self.names):
            if (u.own or all(x.own for x in self.units)) and len(core) >= 2:
                # an agreement named by words of its own that the other reports do not write (or the group's, so
                # named): the same agreement when two of the group's core parties are the unit's, within a year and
                # with no signing a month apart (as for a bare noun)
                return not _apart(self.taken, u.taken()) and self.near(u)
            return False
        if not u.parties:
            # a name alone joins the agreement that most reports give that name (see below); a cooperation
            # agreement in a field ("اتفاقية التعاون في مجال الطاقة النووية") is not the field's agreement that
            # no report calls one of cooperation ("الاتفاق النووي"): its name tells more (a short name, "الاتفاقية
            # الصحية", still joins "اتفاقية التعاون في مجال الصحة")
            ok = [n for n in self.names if u.agrees(n) and u.words & _TIES <= n]
            return bool(ok) and (any(not descriptive(n) for n in ok) or all(descriptive(n) for n in self.names))
            # (by a bare description, "اتفاقية للتعاون", only when the group has no name of its own that the unit's
            # does not agree with: "اتفاقا للتعاون في مجال الطاقة" another report recalls is not "اتفاقية التعاون
            # العلمي والتكنولوجي", which one of its reports calls "اتفاقية للتعاون")
        if not self.parties:
            return _fields(u.words) in {_fields(n) for n in self.names} or bool(u.aka & self.names)
            # (a name alone joins only the same name, its field told by a noun or an adjective alike)
        if self.by_name_alone(u) and (
                len(u.words - _KIND) >= 2 or u.named_for or u.aka) and any(
                u.agrees(n) and (len(n - _KIND) >= 2 or u.named_for
                                 or any(x.named_for or n in x.aka for x in self.units)) for n in self.names):
            # a convention many states join or leave, each report naming one ("انسحبت فنلندا من اتفاقية أوتاوا",
            # "انسحبت ليتوانيا من اتفاقية أوتاوا"): the same name is the same agreement (no report names a pair)
            return True
        if len(u.parties) >= 2 and not set(self.parties) & set(u.parties):
            return False  # a pair that shares only a group's member with the group ("وقعت الهند والولايات المتحدة
            # الاتفاق النووي" beside Iran and the 5+1's): another pair's agreement of the same name
        if not shared and len(u.parties) == 1 and all(len(x.parties) <= 1 for x in self.units) \
                and u.words in self.names and len(u.words - _KIND) >= 3 and self.near(u):
            return True  # a long title of its own each side's reports name with their own state only ("اتفاقية
            # تنظيم العبور وإدارة المنافذ البرية", Yemen's and Oman's): one agreement within a year
        return len(shared) >= 1  # the same name and a party in common

    def near(self, u: _Unit) -> bool:
        """Whether ``u``'s report lies within a year of one of the group's."""
        gaps = [abs(g) for g in (_days(d, u.published) for d in self.dates) if g is not None]
        return not gaps or min(gaps) <= _BACKGROUND_DAYS

    def by_name_alone(self, u: _Unit) -> bool:
        """Whether ``u`` may join the group by its name alone, as a convention many states join or leave.  Strong
        evidence (another name given it, the United Nations, what it is for) holds at any distance; a city or
        "الدولية" holds only when no report names a pair of states ("اتفاق الدوحة" of two different pairs); one state
        per report with no such evidence ("صادق مجلس النواب المغربي على اتفاقية النقل البحري", and the Jordanian
        one) holds only for a city name or three states or more, within a year."""
        units = [*self.units, u]
        near = self.near(u)
        if any(_strong_convention(x) for x in units):
            return len(u.parties) <= 1 or all(len(x.parties) <= 1 for x in self.units)
        pair = any(len(x.parties) >= 2 for x in units)
        if pair or not near:
            return False
        if any(_convention(x) for x in units):
            return True
        states = {k for x in units for k in x.parties}
        return len(states) >= 3

    def add(self, u: _Unit) -> None:
        self.units.append(u)
        if u.words:
            self.names.add(u.words)
        self.names |= u.aka
        self.parties.update(list(u.parties))
        if u.published:
            self.dates.append(u.published)
        self.taken += u.taken()

    def merge(self, other: "_Group") -> None:
        for u in other.units:
            self.add(u)

    def named_for(self) -> str | None:
        """The city the group's agreement is named for, when every name it has is that city ("اتفاق فيينا",
        "اتفاقية فيينا")."""
        cities = {u.named_for for u in self.units if not u.generic}
        return cities.pop() if len(cities) == 1 and None not in cities else None

    def made_at(self, city: str) -> int:
        """How many of the group's sentences place a step of its agreement in ``city``."""
        return sum(city in (r["data"].get("at") or ()) for u in self.units for r in u.rows)

    def city_subjects(self) -> set[frozenset[str]]:
        """What the reports say the city's agreement is about, as a name ("اتفاق فيينا الخاص بالبرنامج النووي" →
        the words of "الاتفاق النووي")."""
        return {w for u in self.units for r in u.rows if (w := name_words(r["data"].get("city_subject")))}


_UN = name_words("الأمم المتحدة")
_INTERNATIONAL = name_words("الدولية")
# a regional convention's adjective counts as "الدولية" does ("اتفاقية الرياض العربية للتعاون القضائي", "الاتفاقية
# الإفريقية ...", "الاتفاقية الإسلامية ..."): a League's, Union's or Organisation's convention, one state per report
_REGIONAL = tuple(name_words(w) for w in ("العربية", "الإفريقية", "الأفريقية", "الإسلامية"))


_REACH = (*_REGIONAL, name_words("الإقليمية"), name_words("القارية"), _INTERNATIONAL,
          *(name_words(w) for w in ("الخليجية", "المغاربية", "الأوروبية")),
          # (or the organisation it is named after: "اتفاقية آسيان لمكافحة ...", see treaty_steps.ORG_TITLES)
          *(name_words(" ".join(o)) for o in ORG_TITLES))


def _year_name(words: frozenset[str]) -> str:
    """The year a name is made of alone ("اتفاقية عام 1962", "اتفاقية 1990"), else ""."""
    only = next(iter(words)) if len(words) == 1 else ""
    return only if only.isdigit() and len(only) == 4 else ""


def _reach_titled(words: frozenset[str]) -> bool:
    """Whether a title is a convention's reach ("الإقليمية", "الأفريقية", "العربية") and two words or more besides words
    of kind ("لتجارة الماشية", "لمكافحة الجراد"): the title of one convention, not of a pair's deal."""
    reach = next((r for r in _REACH if r and r <= words), None)
    return reach is not None and len(words - reach - _KIND) >= 2


def _other_title(words: frozenset[str], title: frozenset[str]) -> bool:
    """Whether a name is another convention of a title's reach: its reach is the title's, and it has words of its own
    the title has not ("اتفاقية الأرشيف الرقمي العربية" beside "الاتفاقية العربية لتنظيم البث ..."; not "اتفاقية البث
    الفضائي العربية", nor a name with no reach: "اتفاقية نواكشوط")."""
    reach = frozenset().union(*(r for r in _REACH if r and r <= words and r <= title))
    rest = words - _KIND - reach
    return bool(reach) and bool(rest) and not rest <= title


def _convention(u: _Unit) -> bool:
    """Whether a unit names a convention open to many states: another name given it ("المعروفة باتفاقية أوتاوا"),
    a city ("اتفاقية أوتاوا"), the United Nations, "الدولية", or what it is for ("لمكافحة", "لحظر"): reports of
    different states join it by its name alone."""
    from marsad.nlp.events.treaty_steps import _PURPOSE_WORDS

    return bool(u.aka or u.named_for or _UN <= u.words or _INTERNATIONAL <= u.words
                or any(r and r <= u.words for r in _REGIONAL) or any(
        w[:1] == "ل" and w[1:] in _PURPOSE_WORDS for w in fold(u.name or "").split()[1:]))


def _strong_convention(u: _Unit) -> bool:
    """A convention by stronger evidence than a city or "الدولية": another name given it, the United Nations, or what
    it is for ("لمكافحة", "لحظر")."""
    from marsad.nlp.events.treaty_steps import _PURPOSE_WORDS

    return bool(u.aka or _UN <= u.words or any(w[:1] == "ل" and w[1:] in _PURPOSE_WORDS
                                                for w in fold(u.name or "").split()[1:]))


def _source(r: dict[str, Any]) -> SourceRef:
    return SourceRef(r["article_id"], r["start"], r["end"], r.get("text") or "", r.get("outlet"), r.get("published_at"))


def _pick_date(rows: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The date most reports give (a date written in the sentence over a report's date), then the most
    precise, then the earliest; a less precise date that agrees ("2015-07" and "2015-07-14") adds its vote."""
    dated = [(str(r["data"]["date"]), r["data"].get("date_source")) for r in rows if r["data"].get("date")]
    if not dated:
        return None, None
    pool = [d for d in dated if d[1] in _READ]
    if not pool:
        # only report dates: the step happened by the first report that tells it (reported as news
        # first, then recalled)
        return min(dated, key=lambda d: (d[0][:10], d[1] != "article"))
    votes = {d: sum(1 for e in pool if d[0].startswith(e[0])) for d in set(pool)}
    best = max(votes, key=lambda d: (votes[d], len(d[0]), [-ord(c) for c in d[0]], d[1] == "timex", str(d[1])))
    return best  # (one day read by one report and inferred by another: "timex", whatever the set's order)


_HEAD_WORDS = frozenset(fold(w) for w in "الرئيس رئيس السلطان الملك الأمير العاهل مرسوم أمير ملك سلطان الإرادة "
                         "إرادة".split())  # ("الإرادة الملكية": the king's assent)
_UPPER_WORDS = frozenset(fold(w) for w in "الشيوخ الأعيان الشورى المستشارين".split())


def _chamber(name: str | None) -> str:
    """Which of a country's bodies ratified: "head" (a president, a king, a decree), "upper" (a senate, "مجلس
    الاتحاد", a consultative council), "cabinet", else "house": each ratifies on its own day ("أقر مجلس الدوما",
    "وافق مجلس الاتحاد", "صدق الرئيس"; "وافق مجلس الشورى" weeks before "وافق مجلس الوزراء")."""
    words = fold(name or "").split()
    if any(w in _HEAD_WORDS for w in words[:1]):
        return "head"
    first = [w.removeprefix("و") for w in words[:1]]
    if first == ["مجلس"] and words[1:2] in ([fold("الوزراء")], [fold("وزراء")], [fold("الحكومة")]) \
            or first in ([fold("الحكومة")], [fold("حكومة")]):
        # ("الحكومة الأردنية" is the cabinet that "مجلس الوزراء" names; "مجلس الحكومة" is Morocco's, "مجلس وزراء
        # حكومة الوحدة الوطنية" a cabinet named by its government's title)
        return "cabinet"
    if any(w in _UPPER_WORDS for w in words) or words[:2] == ["مجلس", "الاتحاد"]:
        return "upper"
    return "house"


def _other_side(row: dict[str, Any], parties: list[dict[str, Any]]) -> dict[str, Any]:
    """A state's own step told with a body of no nationality and the agreement named by its counterpart alone ("أقر
    مجلس النواب مشروع قانون الإجازة للحكومة إبرام اتفاقية تسليم المجرمين مع أرمينيا"): of a two-party agreement, the
    body is the other party's."""
    by = row["data"].get("by") or ({"name": None} if row["data"].get("act") else None)  # (a law or decree)
    if row["label"] not in ("ratified", "suspended", "withdrawn") or not by or by.get("country") or len(parties) != 2 \
            or not row["data"].get("counterpart"):
        return row
    told = _party_keys(row["data"].get("parties") or ())
    keys = [_party_key(p) for p in parties]
    if len(told) != 1 or not told < set(keys):
        return row
    other = parties[1 - keys.index(next(iter(told)))]
    country = {"name": other.get("name"), "name_en": other.get("name_en")}
    side = {"side": "other"} if by.get("name") else {}  # (a body named keeps its step apart; a bare act is the head's)
    by = {**by, "name": by.get("name") or other.get("name"), "country": country}
    return {**row, "data": {**row["data"], "by": by, **side}}


# A period that runs from now to a step to come: "وأمامها فترة ستين يوما قبل أن تدخل حيز التنفيذ", "بعد ثلاثة أشهر";
# not one counted from another event ("بعد 30 يوما من إيداع آخر وثيقة"), whose day is not yet known
_RUN_UP = re.compile(r"(?<!\S)[وف]?(?:بعد|مهله|خلال|غضون|فتره)\s+(?:ال)?(\S+)\s+(\S+)(?:\s+(\S+))?")


def _run_up(rows: list[dict[str, Any]]) -> str | None:
    """The month a step to come is due, when its sentences give the period to it from the report's day ("فترة ستين
    يوما قبل أن تدخل حيز التنفيذ" on 4 March: May): the most reports' month, else None."""
    months = Counter()
    for r in rows:
        day = _day(str(r["data"].get("date") or ""))
        if r["data"].get("date_source") != "article" or day is None:
            continue
        for m in _RUN_UP.finditer(fold(r.get("text") or "")):
            word, unit, after = m.group(1).removeprefix("ل"), m.group(2), m.group(3) or ""
            n = PERIOD_NUMBERS.get(word, PERIOD_TENS.get(word, int(word) if word.isdecimal() else None))
            # (a superscript "²" is a digit but no number; past ten years is no run-up, and may pass a date's range)
            if n is None or not 0 < n <= 3660 or PERIOD_UNITS.get(unit) not in ("D", "W", "M") or after in (
                    "من", "على", "علي"):
                continue
            if PERIOD_UNITS[unit] == "M":  # calendar months: six from 4 March is September, not 180 days (31 August)
                year, month = divmod(day.year * 12 + day.month - 1 + n, 12)
                months[f"{year:04d}-{month + 1:02d}"] += 1
            else:
                due = date.fromordinal(day.toordinal() + n * {"D": 1, "W": 7}[PERIOD_UNITS[unit]])
                months[f"{due.year:04d}-{due.month:02d}"] += 1
            break
    return max(months, key=lambda k: (months[k], k)) if months else None


_SAME_SITTING = 3  # days between two reports of one body's decision told with and without its country


def _bodies_of(rows: list[dict[str, Any]]) -> dict[str, dict[str, set[str]]]:
    """The countries the rows' ratifying bodies are told of, by chamber: {chamber: {country: {days}}}."""
    out: dict[str, dict[str, set[str]]] = {}
    for r in rows:
        by = r["data"].get("by") or {}
        country = by.get("country") if isinstance(by.get("country"), dict) else None
        if r["label"] == "ratified" and country and country.get("name_en") and r["data"].get("side") != "other":
            days = out.setdefault(_chamber(by.get("name")), {}).setdefault(country["name_en"], set())
            days.add(str(r["data"].get("date") or "")[:10])
    return out


def _body_country(r: dict[str, Any], bodies: dict[str, dict[str, set[str]]]) -> dict[str, Any] | None:
    """The country of a body a report names with none ("وافق مجلس الوزراء على الاتفاقية") when other reports of the
    agreement name the same kind of body of one country alone, deciding within days of it ("قرر مجلس الوزراء السعودي
    الموافقة على الاتفاقية" the same evening): one body named two ways, not a second one."""
    by = r["data"].get("by") or {}
    if r["label"] != "ratified" or not by.get("name") or by.get("country") or r["data"].get("side") == "other":
        return None
    known = bodies.get(_chamber(by.get("name")), {})
    told = _party_keys(r["data"].get("parties") or ())
    if len(known) != 1 or len(told) == 1 and told != {_party_key({"name_en": k}) for k in known}:
        return None  # (two countries' cabinets, or the report names one other state: whose is not told)
    (country, days), = known.items()
    gaps = [g for d in days if (g := _days(d, str(r["data"].get("date") or "")[:10])) is not None]
    return {"name_en": country} if gaps and min(abs(g) for g in gaps) <= _SAME_SITTING else None


def _same_sitting(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether two groups of one body's steps tell one sitting: a day of one within days of the other's, or in the
    month the other tells ("في أبريل" and "2026-04-09")."""
    days_a = {str(r["data"].get("date") or "") for r in a} - {""}
    days_b = {str(r["data"].get("date") or "") for r in b} - {""}
    for x in days_a:
        for y in days_b:
            if len(x) >= 7 and len(y) >= 7 and (x.startswith(y) or y.startswith(x)):
                return True
            gap = _days(x, y) if len(x) == 10 and len(y) == 10 else None
            if gap is not None and abs(gap) <= _SAME_SITTING:
                return True
    return False


def _steps(rows: list[dict[str, Any]]) -> list[Step]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    other_side: dict[tuple[str, str], tuple[str, str]] = {}  # a body told as the other side's: its own key
    bodies = _bodies_of(rows)
    # the day the agreement was first signed, as its reports read it: a state that signs alone on a later day takes a
    # step of its own ("وقّع السودان أمس على الاتفاقية" weeks after the others; "استكملت البحرين التوقيع" two days
    # after Oman)
    first_signed = min((str(r["data"].get("date")) for r in rows if r["label"] == "signed"
                        and r["data"].get("modality") == "done" and r["data"].get("date_source") in _READ
                        and len(str(r["data"].get("date") or "")) == 10), default=None)
    # ... and the states that signed on that day: one of them signs no second time ("وقعت مصر أمس على الاتفاقية"
    # weeks after Egypt and Sudan signed it together, or «وقع السودان» after «وقعت مصر مع السودان», is that signing
    # told again; lastread46a)
    first_signers = {p.get("name_en") for r in rows if r["label"] == "signed" and r["data"].get("modality") == "done"
                     and str(r["data"].get("date")) == first_signed
                     for p in (r["data"].get("parties") or ())}
    for r in rows:
        by = r["data"].get("by")
        who = ""
        signer = r["data"].get("signer") or {}
        if r["label"] == "signed" and first_signed and signer.get("name_en") \
                and r["data"].get("modality") == "done" and r["data"].get("date_source") in _READ \
                and len(str(r["data"].get("date") or "")) == 10 and str(r["data"]["date"]) > first_signed \
                and signer["name_en"] in {p.get("name_en") for p in r["data"].get("parties") or ()} \
                and signer["name_en"] not in first_signers:
            who = signer["name_en"]
        if r["label"] in _PER_PARTY and by:
            country = by.get("country") or _body_country(r, bodies) or {}
            # (one country however its name is written: "المملكة العربية السعودية" from the dateline, "السعودية"
            # from a nisba, "مجلس الوزراء" and "مجلس الوزراء السعودي" told by two outlets the same week)
            who = country.get("name_en") or fold(str(country.get("name") or by.get("name") or "")).removeprefix("ال")
            if r["label"] == "ratified" and country:
                # the lower house, the upper house, the head of state (a law or decree told by its number: its act)
                who += "/" + _chamber(by.get("name"))
            if r["data"].get("side") == "other":
                who += "/" + fold(str(by.get("name") or ""))  # (its chamber unknown: a step apart, as before)
                other_side[(r["label"], who)] = (r["label"], who.rsplit("/", 1)[0])
        if r["label"] == "extended":
            continue  # (grouped apart: _extensions)
        if r["label"] in ("withdrawn", "suspended") and r["data"].get("modality") != "done" and not by \
                and not r["data"].get("parties"):
            continue  # a side's step to come that no sentence says whose it is ("وبالتالي ستنسحب من الاتفاق بعد تحقق
            # هذا الهدف" in a column): a guess about the agreement, not a plan a party told
        groups.setdefault((r["label"], who), []).append(r)
    for key, own in other_side.items():
        if key in groups and own in groups and _same_sitting(groups[key], groups[own]):
            # "صادقت الجمعية الوطنية على الاتفاقية الموقعة مع المغرب" (the other side's house, read from its
            # counterpart) and "صادقت عليها الجمعية الوطنية في أبريل" (told as the dateline's house): one vote
            groups[own].extend(groups.pop(key))
    for n, rs in enumerate(_extensions([r for r in rows if r["label"] == "extended"])):
        groups[("extended", str(n))] = rs
    # talks told after the agreement was reached ("الاتفاق الذي جرى التفاوض عليه خلال 18 شهرا" in a report weeks
    # later) are its negotiation, done by the time it was concluded, not talks of the report's day
    closed, how = _pick_date([r for r in rows if r["label"] in ("concluded", "signed")
                              and r["data"].get("modality") == "done"])
    if closed and how in _READ and len(closed) == 10:
        talks = groups.get(("negotiated", ""), [])
        for n, r in enumerate(talks):
            gap = _days(closed, r["data"].get("date"))
            if r["data"].get("date_source") not in _READ and gap is not None and gap > _TALKS_AFTER:
                talks[n] = {**r, "data": {**r["data"], "date": closed, "date_source": "before"}}
    out = []
    for (kind, _who), every in groups.items():
        # (a step the rules read is taken and told whose as they read it: learned rows of it add their sentences as
        # sources, and a time they read, a vote for its date)
        rs = [r for r in every if r["data"].get("how") != "learned"] or every
        heard = [r for r in every if r["data"].get("how") == "learned" and r["data"].get("modality") == "done"
                 and rs is not every]
        done = [r for r in rs if r["data"].get("modality") == "done"]
        when, source = _pick_date(done + [r for r in heard if r["data"].get("date_source") in _READ] if done else rs)
        if not done and source == "article" and (due := _run_up(rs)):
            when, source = due, "period"  # (due after the period its reports give, counted from their day)
        by = next((r["data"]["by"] for r in rs if (r["data"].get("by") or {}).get("country")), None) \
            or next((r["data"]["by"] for r in rs if r["data"].get("by")), None)  # (the body told with its country)
        if kind == "signed" and _who and by is None:
            signer = next(r["data"]["signer"] for r in rs if r["data"].get("signer"))  # (a state's own signing)
            by = {"name": signer.get("name"), "country": dict(signer)}
        # a step taken is told by the sentences that report it taken ("ستوقع" tells only that it was to come)
        told = [_source(r) for r in done or rs] + [_source(r) for r in heard if done]
        out.append(Step(kind, when, source, by, "done" if done else "expected", told, **_life_terms(done or rs)))
    return _in_order(_loose_signing(out, groups))


_REACHED = re.compile(r"^[وف]?(?:ال)?توصل")  # "توصلت", "التوصل": a deal reached at the end of talks
_SIGNED_NOUNS = re.compile(r"^[وفلب]?(?:ال)?(?:توقيع|موقع)")  # "بعد توقيع الاتفاق", "الاتفاق الموقع"


def _loose_signing(steps: list[Step], groups: dict[tuple[str, str], list[dict[str, Any]]]) -> list[Step]:
    """A deal reached at the end of talks that the press goes on to call signed: a signing of the same day as the
    conclusion, told by its reports mostly as a noun ("منذ توقيع الاتفاق", "الاتفاق الموقع"; three in four or more)
    while reports tell the conclusion as reached ("توصلت الأطراف إلى الاتفاق"), is the conclusion in other words, not
    a step of its own: its reports join the conclusion's."""
    signed = [s for s in steps if s.kind == "signed" and s.modality == "done" and s.date and len(s.date) == 10]
    concluded = [s for s in steps if s.kind == "concluded" and s.modality == "done"]
    if len(signed) != 1 or len(concluded) != 1 or concluded[0].date != signed[0].date:
        return steps
    cues = [str(r["data"].get("cue") or "") for r in groups.get(("signed", ""), [])
            if r["data"].get("modality") == "done"]
    reached = sum(bool(_REACHED.match(str(r["data"].get("cue") or ""))) for r in groups.get(("concluded", ""), []))
    if not cues or not reached or 4 * sum(bool(_SIGNED_NOUNS.match(c)) for c in cues) < 3 * len(cues):
        return steps
    concluded[0].sources.extend(signed[0].sources)
    return [s for s in steps if s is not signed[0]]


_STEP_ORDER = {k: i for i, k in enumerate(STEP_KINDS)}


def _in_order(steps: Iterable[Step]) -> list[Step]:
    """An agreement's steps as its page lists them: taken before expected, oldest first (undated last), and on one
    day in the order of an agreement's life (signed before ratified)."""
    return sorted(steps, key=lambda s: (s.modality != "done", s.date or "9999", _STEP_ORDER.get(s.kind, 99)))


# Reports of one extension lie within this many days of each other; the grain deal extended in March and again in
# May is extended twice
_EXTENSION_DAYS = 30


def _extensions(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The rows of each extension: those that give one new end together, else those whose days lie within
    _EXTENSION_DAYS of the one before (a renewal told on 30 December and again on 2 January is one; extended in
    March and again in May, two)."""
    out: list[list[dict[str, Any]]] = []
    for r in sorted(rows, key=lambda r: (str(r["data"].get("date") or "9999"),
                                         r["data"].get("date_source") not in _READ)):
        until = r["data"].get("until")
        same = next((g for g in out if until and any(x["data"].get("until") == until for x in g)), None)
        if same is None and out:
            last = out[-1]
            gap = _days(str(last[-1]["data"].get("date") or ""), str(r["data"].get("date") or ""))
            ends = {x["data"].get("until") for x in last} - {None}
            if (gap is None or abs(gap) <= _EXTENSION_DAYS) and not (until and ends and until not in ends):
                same = last
        if same is None:
            out.append([r])
        else:
            same.append(r)
    return out


def _life_terms(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """An extension's new end and added period, a replacement's new agreement: what most of its rows say."""
    out: dict[str, Any] = {}
    for key in ("until", "period"):
        said = Counter(str(r["data"][key]) for r in rows if r["data"].get(key))
        if said:
            out[key] = max(said, key=lambda v: (said[v], len(v)))
    words = Counter(str(r["data"]["period_said"]) for r in rows
                    if r["data"].get("period_said") and r["data"].get("period") == out.get("period"))
    if words:
        out["period_said"] = max(words, key=lambda v: (words[v], v))  # the period as most of its reports write it
    names = Counter(str((r["data"].get("replacing") or {}).get("name") or "") for r in rows)
    names.pop("", None)
    if names:
        out["agreement"] = {"name": names.most_common(1)[0][0], "id": None}
    return out


def _link_replacements(groups: list["_Group"], records: list[Treaty]) -> None:
    """A replaced agreement's step names the new one's record, and the new one's record lists the old one under
    ``replaces``: the new one is the record that holds a step read where the replacing sentence names it (the
    signing of "وقع البلدان اتفاقية جديدة تحل محل ..."), else a step its article tells under the new one's name,
    else the one whose name agrees with it and that shares a party with the old one (an agreement of other states
    under a like name is another; no record is ever its own replacement).  With several replacing rows, the record
    most of them name."""
    rows = [(r["article_id"], r["start"], r["end"], r["data"].get("name"), n) for n, g in enumerate(groups)
            for u in g.units for r in u.rows if r["label"] != "replaced"]
    for n, (g, old) in enumerate(zip(groups, records)):
        found: Counter[int] = Counter()
        for r in (r for u in g.units for r in u.rows if r["label"] == "replaced"):
            rep = r["data"].get("replacing") or {}
            at = rep.get("at")
            # (in the replacing article: the record of a step read where it names the new one, else of a step under
            # the name the new one takes there)
            new = next((m for aid, a, b, _name, m in rows if m != n and aid == r["article_id"] and at is not None
                        and a <= at < b), None)
            if new is None:
                new = next((m for aid, _a, _b, name, m in rows if m != n and aid == r["article_id"]
                            and name and name == rep.get("name")), None)
            if new is None:
                words = name_words(rep.get("name"))
                mine = _party_keys(old.parties) | _party_keys(r["data"].get("parties") or [])
                new = next((m for m, t in enumerate(records) if m != n and words and mine & _party_keys(t.parties)
                            and not _agree(name_words(t.name), name_words(old.name)) and any(
                                _agree(words, name_words(x)) for x in [t.name, *t.aliases])), None)
            if new is not None:
                found[new] += 1
        if not found:
            continue
        new = max(found, key=lambda m: (found[m], -m))
        step = next((s for s in old.steps if s.kind == "replaced"), None)
        if step is not None:
            step.agreement = {"name": records[new].name, "id": records[new].id}
        kept = [x for x in records[new].replaces if x.get("id") != old.id
                and not _agree(name_words(x.get("name")), name_words(old.name))]
        records[new].replaces = kept + [{"name": old.name, "id": old.id}]
        if len(old.parties) < 2 <= len(records[new].parties) and step is not None and step.modality == "done":
            # ("لتحل محل اتفاق أضنة": an agreement a new one replaces whose sentences name no side is the same
            # parties' agreement as the new one)
            mine = _party_keys(old.parties)
            old.parties = [*old.parties, *(p for p in records[new].parties if _party_key(p) not in mine)]


def _link_successors(groups: list["_Group"], records: list[Treaty]) -> None:
    """A new agreement under an old one's name ("اتفاقية الصيد الجديدة التي تحل محل اتفاقية الصيد لعام 2001"; a
    record of its own, see _Group.fits) replaces the record of that name and parties signed before it: the old one
    gets a ``replaced`` step of the new one's signing, the new one lists it under ``replaces``."""
    for g, new in zip(groups, records):
        rows = [r for u in g.units if u.succeeds for r in u.rows if r["data"].get("succeeds")]
        if not rows:
            continue
        words, mine = name_words(new.name), _party_keys(new.parties)
        olds = [t for t in records if t is not new and _agree(words, name_words(t.name))
                and mine & _party_keys(t.parties) and (t.first_reported or "") < (new.first_reported or "")]
        if not olds:
            continue
        old = max(olds, key=lambda t: t.first_reported or "")  # (the latest before it)
        signed = next((s for s in new.steps if s.kind in ("in_force", "signed") and s.modality == "done"), None)
        step = Step("replaced", signed.date if signed else new.first_reported, signed.date_source if signed else
                    "article", None, "done", [_source(r) for r in rows], agreement={"name": new.name, "id": new.id})
        old.steps = _in_order([s for s in old.steps if s.kind != "replaced"] + [step])
        new.replaces = [x for x in new.replaces if x.get("id") != old.id] + [{"name": old.name, "id": old.id}]


def _party_keys(parties: Iterable[dict[str, Any]]) -> set[str]:
    """The parties of a record or row, as keys that compare: :func:`_party_key`'s, so that a country named by its
    adjective (no entity id) and by its name (with one) are the same party."""
    return {_party_key(p) for p in parties} - {""}


def assemble_records(step_rows: Iterable[dict[str, Any]], clause_rows: Iterable[dict[str, Any]] = (),
                     options: TreatyOptions | None = None) -> list[Treaty]:
    """One :class:`Treaty` per agreement from ``treaty_step`` rows (``Store.treaty_step_spans``), with the
    clause rows (``Store.clause_spans``) of the same articles; latest report first."""
    units: dict[tuple[str, str], _Unit] = {}
    # (steps a learned reader heard link no records: each joins, at the end, the record its article's rule steps of
    # the same agreement made, or none)
    learned: list[dict[str, Any]] = []
    for r in step_rows:
        d = r["data"]
        if d.get("how") == "learned":
            learned.append(r)
            continue
        k = _unit_key(r)
        name, generic = d.get("name") or "", not d.get("named")
        u = units.get(k)
        if u is None:
            u = units[k] = _Unit(r["article_id"], name, generic)
        u.rows.append(r)
        u.aka |= {w for w in (name_words(n) for n in d.get("aka") or ()) if w}
        u.reach = u.reach or name_words(d.get("reach"))
        u.own = all(x["data"].get("elsewhere") for x in u.rows)  # (a name written in the step's sentence is sure)
        u.published = (r.get("published_at") or "")[:10] or u.published
        for p in d.get("parties") or ():
            u.parties.setdefault(_party_key(p), p)
    for u in units.values():
        # an article's agreement is a contract when most of its steps name a company or institution
        u.organisations = 2 * sum(bool(r["data"].get("organisations")) for r in u.rows) > len(u.rows)
    groups: list[_Group] = []
    # specific names first, then reports naming parties, most words first, so that bare nouns, short names
    # and reports naming no party find their agreement
    # (a report giving the agreement two names, "المعروفة باتفاقية ...", before the others: it joins the two)
    for u in sorted(units.values(), key=lambda u: (u.generic, not (u.parties or u.aka), not u.aka, -len(u.words),
                                                   u.published or "")):
        # the agreement it fits best: most parties in common, then most reports (a report naming no party
        # joins the agreement most reports give that name, not the first one seen)
        fit = [g for g in groups if g.fits(u)]
        if fit:
            max(fit, key=lambda g: (len(_shared(g.parties, u.parties)), len(g.units))).add(u)
        else:
            groups.append(_Group(u))
    groups = _join_same_signing(_join_lone_nouns(_join_places(_rejoin_recalled(_join_later_parties(
        _join_later_names(groups))))))
    for g in groups:
        _drop_other_dates(g)
    by_article: dict[str, list[dict[str, Any]]] = {}
    for c in clause_rows:
        by_article.setdefault(c["article_id"], []).append(c)
    owned = _clauses_owned(groups, by_article)
    heard = _learned_rows(groups, units, learned)
    out = [_record(g, by_article, owned[n], heard[n]) for n, g in enumerate(groups)]
    _link_replacements(groups, out)
    _link_successors(groups, out)
    pairs = [_each_pair(t, g) for g, t in zip(groups, out)]
    split = {t.id: each for t, each in zip(out, pairs) if each[0] is not t}
    out = [pair for each in pairs for pair in each]
    _relink_pairs(out, split)
    return sorted(out, key=lambda t: (t.last_reported or "", t.first_reported or ""), reverse=True)


def _unit_key(r: dict[str, Any]) -> tuple[str, str]:
    """The article and agreement a step row is of: the bare nouns of one article ("المعاهدة", "الاتفاق") are one
    agreement, the one it reports; another agreement the article names by its own words is apart."""
    d = r["data"]
    if d.get("other") and not d.get("named"):
        return r["article_id"], "\0" + str(d["other"])
    return r["article_id"], d.get("name") or "" if d.get("named") else ""


def _taken_as_told(r: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A learned step a country took alone that names no body of its own ("صادقت المغرب على الاتفاقية") is the
    step of that country the rules read in the record's other sentences, if they read one (the chamber they name),
    not a step of a chamber apart."""
    by = r["data"].get("by") or {}
    country = by.get("country") if isinstance(by.get("country"), dict) else None
    if r["label"] not in _PER_PARTY or not country or fold(str(by.get("name") or "")) not in (
            "", fold(str(country.get("name") or ""))):
        return r
    told = next((x["data"]["by"] for x in rows if x["label"] == r["label"] and isinstance(x["data"].get("by"), dict)
                 and ((x["data"]["by"].get("country") or {}).get("name_en") or 0) == country.get("name_en")), None)
    return r if told is None else {**r, "data": {**r["data"], "by": told}}


def _told_with(r: dict[str, Any], rows: list[dict[str, Any]], steps: list[Step]) -> dict[str, Any]:
    """A learned step taken that no time of its own dates (its report's day only), told in the sentence of a step the
    rules read in the record from a time: by that step's day ("ووقع الاتفاقية ... وذلك في ختام اجتماعات اللجنة" — the
    talks closed at the signing the report dates in its lead)."""
    d = r["data"]
    if d.get("modality") != "done" or d.get("date_source") != "article":
        return r
    for x in rows:
        if x["article_id"] != r["article_id"] or x["data"].get("sentence") != d.get("sentence") \
                or x["data"].get("modality") != "done":
            continue
        told = next((st for st in steps if st.kind == x["label"] and st.modality == "done" and st.date
                     and st.date_source in _READ and _source(x) in st.sources), None)
        if told is not None:
            return {**r, "data": {**d, "date": told.date, "date_source": "before"}}
    return r


def _learned_rows(groups: list[_Group], units: dict[tuple[str, str], _Unit],
                  learned: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The learned step rows each record takes: a row joins the record that holds its article's rule steps of the
    same agreement (same article, same name); a row of an agreement its article's rules took no step of joins none.
    They are heard after the records are made: they never make, join or split one."""
    where = {id(u): n for n, g in enumerate(groups) for u in g.units}
    out: list[list[dict[str, Any]]] = [[] for _ in groups]
    for r in learned:
        u = units.get(_unit_key(r))
        if u is not None and id(u) in where and u.rows:
            out[where[id(u)]].append(r)
    return out


_WITH_EACH = re.compile(r"(?<!\S)مع كل من(?!\S)")  # "مع كلٍ منْ جيبوتي والنيجر": with each of them


_ONE_OF = {"اتفاقيات": "اتفاقية", "اتفاقات": "اتفاق", "معاهدات": "معاهدة"}


def _one_of(name: str | None) -> str:
    """One agreement of a plural's name ("اتفاقيات ثنائية" → "اتفاقية ثنائية"); a masculine head ("اتفاقات جديدة")
    is left as it is, its adjective would need turning too."""
    words = (name or "").split()
    al = "ال" if words and words[0].startswith("ال") else ""
    head = _ONE_OF.get(words[0].removeprefix(al)) if words else None
    if head is None or not head.endswith("ة"):
        return name or ""
    return " ".join([al + head, *words[1:]])


def _each_pair(t: Treaty, g: _Group) -> list[Treaty]:
    """Agreements of one state with each of several others, signed together and told as one plural ("وقّعت مصر
    اتفاقيات ثنائية مع كل من تشاد ومالي"): one agreement with each of them, the sides its sentence of "مع كل من"
    names (not the states of an older count, "وبذلك صار لها اتفاقيات مع سبع دول"); each its own record, with its
    own lists and steps (not one list shared by all: a change to one is not the others'), and without a step
    another of the states took alone ("وصادق برلمان مالي عليها").  The state that signs with each is the one the
    list after "مع كل من" does not name, wherever the sentence names it ("وقّعت في نجامينا ... مع كل من تشاد ومالي
    وزيرة النقل المصرية": Egypt, not Chad of the city)."""
    if not several(t.name) or len(t.parties) < 3:
        return [t]
    told = [r for u in g.units for r in u.rows if r["label"] == "signed"
            and _WITH_EACH.search(fold(r.get("text") or "")) and len(r["data"].get("parties") or ()) >= 3]
    if len(told) != 1:
        return [t]
    sides = list(dict.fromkeys(_party_key(p) for p in told[0]["data"]["parties"]))
    info = {_party_key(p): p for p in told[0]["data"]["parties"]}
    text = fold(told[0].get("text") or "")
    listed = re.split(r"[،,.؛:]", text[_WITH_EACH.search(text).end():], maxsplit=1)[0]
    named = [k for k in sides if fold(str(info[k].get("name") or "")) and re.search(
        rf"(?<!\S)[وبل]?{re.escape(fold(str(info[k].get('name'))))}(?!\S)", listed)]
    signers = [k for k in sides if k not in named]
    head = signers[0] if len(signers) == 1 else sides[0]
    others = [k for k in sides if k != head]
    out = []
    for k in others:
        pair = copy.deepcopy(t)
        pair.parties = [info[head], info[k]]
        pair.name, pair.aliases = _one_of(t.name), [t.name, *t.aliases]
        pair.id = short_id("treaty", t.id, k)
        pair.steps = [s for s in pair.steps if _step_party(s) in ("", head, k)]
        out.append(pair)
    return out


def _step_party(s: Step) -> str:
    """The key of the state that took a step alone (its body's country, or the state itself), "" when no one's."""
    by = s.by or {}
    return _party_key(by.get("country") or by) if by else ""


def _relink_pairs(records: list[Treaty], split: dict[str, list[Treaty]]) -> None:
    """Links to a record split into one per pair (:func:`_each_pair`) go to the pair that shares a state of its own
    (not the one that signed with each) with the record that links; none (the name kept) when no one pair does."""
    for t in records:
        links = [*t.replaces, *(s.agreement for s in t.steps if s.agreement)]
        for link in links:
            pairs = split.get(link.get("id") or "")
            if not pairs:
                continue
            mine = _party_keys(t.parties)
            fit = [p for p in pairs if mine & _party_keys(p.parties[1:])]
            link["id"] = fit[0].id if len(fit) == 1 else None


def _clauses_owned(groups: list[_Group], by_article: dict[str, list[dict[str, Any]]]
                   ) -> list[dict[str, list[dict[str, Any]]]]:
    """The clause rows each record takes, by article: a clause sentence belongs to the agreement whose own sentence
    in the article lies nearest it, within :data:`_CLAUSE_REACH` characters; not to every agreement its article
    names (a minister's word on "الدفاع المشترك" with the neighbours, pages after an interview's deal)."""
    owned: list[dict[str, list[dict[str, Any]]]] = [{} for _ in groups]
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for n, g in enumerate(groups):
        for u in g.units:
            for r in u.rows:
                if r["article_id"] in by_article:
                    spans.setdefault(r["article_id"], []).append((r["start"], r["end"], n))
    for aid, cs in by_article.items():
        for c in cs:
            gaps = [(max(0, a - c["end"], c["start"] - b), n) for a, b, n in spans.get(aid, ())]
            if not gaps:
                continue
            near = min(gap for gap, _ in gaps)
            if near > _CLAUSE_REACH:
                continue
            for n in dict.fromkeys(n for gap, n in gaps if gap == near):
                owned[n].setdefault(aid, []).append(c)
    return owned


def _join_later_names(groups: list[_Group]) -> list[_Group]:
    """Names are judged longest first, so a name of two words ("اتفاق التفاهم النووي") meets an agreement before its
    reports' shorter name ("الاتفاق النووي") has joined it, and a name that agrees only with that shorter one stays
    apart: a record of a pair at most (no more than two parties most of its reports name: not a convention of
    many states) that another record, holding more reports and a name it lacks, now fits in every report joins it
    (the same tests as the first pass, against all its names; a pair's reports must still fit the other's parties)."""
    out = list(groups)
    for g in sorted(groups, key=lambda g: len(g.units)):
        if not g.names or g.organisations or len(g.core()) > 2:
            continue
        fit = [h for h in out if h is not g and len(h.units) > len(g.units) and h.names - g.names
               and all(h.fits(u) for u in g.units)]
        if fit:
            max(fit, key=lambda h: (len(_shared(h.parties, g.parties)), len(h.units))).merge(g)
            out.remove(g)
    return out


def _far(day: str, value: str) -> bool:
    """Whether the date ``value`` (a day, a month or a year) lies wholly more than a month from ``day``: "2013" and
    "2014-11-24" from "2015-07-14", not "2015-08" ("this month" in an August report)."""
    first, last = _day(value, first=True), _day(value)
    at = _day(day)
    if not (first and last and at):
        return False
    gap = 0 if first <= at <= last else min(abs((first - at).days), abs((last - at).days))
    return gap > _SIGNINGS_APART


def _drop_other_dates(g: _Group) -> None:
    """Sentences that date the agreement's signing or conclusion months from the day most of its reports write are
    of another agreement of the same parties ("توصلوا لاتفاق ... يوم 24 نوفمبر" about an interim deal, in a piece on the
    final one): they leave the record.  Only against a day two sentences or more agree on."""
    rows = [r for u in g.units for r in u.rows]
    other = set()
    # (each kind against its own day: an agreement reached in March is signed in April)
    for kind in ("signed", "concluded"):
        taken = [r for r in rows if r["label"] == kind and r["data"].get("modality") == "done"
                 and r["data"].get("date_source") in _READ and r["data"].get("date")]
        day, how = _pick_date(taken)
        if not day or how not in _READ or len(day) < 7 or sum(str(r["data"]["date"]).startswith(day)
                                                              for r in taken) < 2:
            continue
        other |= {id(r) for r in taken if _far(day, str(r["data"]["date"]))}
    if other:
        for u in g.units:
            u.rows = [r for r in u.rows if id(r) not in other]
        g.units = [u for u in g.units if u.rows]
        g.parties = Counter(k for u in g.units for k in u.parties)
        g.dates = [u.published for u in g.units if u.published]


def _join_lone_nouns(groups: list[_Group]) -> list[_Group]:
    """Reports that tell a bare noun ("صوت مجلس النواب العراقي على قانون تصديق الاتفاقية") with one party only join the
    agreement of that party when it is the only named one the store has for it within a year (a party with several
    agreements leaves them apart).  A deal reached or signed so told ("توصل قادة منطقة اليورو في 13 يوليو إلى اتفاق
    ... لليونان") joins only the one agreement of that party, named or of two parties, whose reports write the same
    day for it."""
    out = list(groups)
    for g in groups:
        keys = set(g.parties)
        deal = any(r["label"] not in _ONE_SIDE for u in g.units for r in u.rows)
        dated = {_party_key(p) for u in g.units for r in u.rows if r["label"] in ("signed", "concluded")
                 and r["data"].get("modality") == "done" and r["data"].get("date_source") in _READ
                 for p in r["data"].get("parties") or ()}
        if len(keys) == 2 and len(dated) == 1 and deal and g.taken:
            # ("المملكة ... تحذر من الاتفاقية مع إيران" beside "منذ توقيع الاتفاقية مع إيران في 14 يوليو": the
            # sentence that dates the deal names one side; the other party came from a sentence of talks or words
            # about it, and the deal is that side's agreement signed that day)
            keys = dated
        if g.names or g.organisations or len(keys) != 1 or any(
                w.removeprefix("ال") in _NEW for u in g.units for w in fold(u.name or "").split()[1:2]) or any(
                fold(u.name or "").split()[:1] and fold(u.name or "").split()[0] in _PLURAL_HEADS for u in g.units) \
                or all(r["data"].get("modality") != "done" for u in g.units for r in u.rows) \
                or deal and not g.taken \
                or any(r["data"].get("article_names") for u in g.units for r in u.rows):
            continue  # ("مفاوضات حول معاهدة جديدة": a new one, not the party's agreement of before; "الاتفاقيات":
            # several; "اتفاقيات سيتم توقيعها": to come; "توصلت تونس إلى اتفاق مع الصندوق": a signing or a deal
            # names two sides, and one of them is not the agreement's; an article that names an agreement of its own,
            # "أثارت اتفاقية سيداو جدلا ... وصادق المجلس على الاتفاقية", means that one)
        fit = [h for h in out if h is not g and (h.names or deal and len(h.core()) >= 2) and not h.organisations
               and keys <= set(h.core()) and (not deal or _same_day(h.taken, g.taken))
               and any((gap := _days(d, e)) is not None and abs(gap) <= _BACKGROUND_DAYS
                       for d in h.dates for e in g.dates)]
        if len(fit) == 1 and not _apart(fit[0].taken, g.taken):
            fit[0].merge(g)
            out.remove(g)
    return out


def _signed_days(g: _Group) -> set[str]:
    """The days the group's own sentences write for its signing (to the day, not a bare noun given another
    sentence's name)."""
    return {d[7:17] for u in g.units for d in u.taken(sure=True) if d.startswith("signed:") and len(d) >= 17}


def _join_same_signing(groups: list[_Group]) -> list[_Group]:
    """Two records of the same pair whose reports date their signing to the same day are one agreement named two
    ways ("اتفاق النقل الجوي الشامل" and "اتفاق الطيران الشامل", "الاتفاقية النووية"), when that pair has no third
    record signed that day, no report names both and one name at least is more than a description (a visit's two
    agreements, each told apart in one report, stay two; an agreement replacing another, a company's contract, stay
    apart)."""
    out = list(groups)
    for g in groups:
        days = _signed_days(g)
        if g not in out or not days or g.organisations or any(u.succeeds or u.replaced_by() for u in g.units):
            continue
        same = [h for h in out if h is not g and not h.organisations and days & _signed_days(h)
                and len(_shared(g.core(), h.core())) >= 2]
        if len(same) != 1:
            continue  # (several of the pair's agreements signed that day: which one is not told)
        h = same[0]
        if any(u.succeeds or u.replaced_by() for u in h.units) \
                or {u.article_id for u in g.units} & {u.article_id for u in h.units} \
                or all(descriptive(n) for n in g.names | h.names):
            continue  # (two descriptions, "اتفاقية التجارة الحرة" and "اتفاقية تعاون ثقافي", are a visit's two deals)
        big, small = (h, g) if len(h.units) >= len(g.units) else (g, h)
        big.merge(small)
        out.remove(small)
    return out


def _now(g: _Group) -> bool:
    """Whether a group's reports tell a step of its agreement taken now (within a year of the report that tells
    it: "تحل الاتفاقية الجديدة اعتبارا من اليوم محل اتفاقية 1990"), not only recalled."""
    return any(r["data"].get("modality") == "done" and r["data"].get("date") and u.published
               and abs(_days(str(r["data"]["date"]), u.published) or 0) <= _BACKGROUND_DAYS
               for u in g.units for r in u.rows)


def _rejoin_recalled(groups: list[_Group]) -> list[_Group]:
    """An older agreement kept apart from a newer one of a name that agrees (see _Group.fits) is a record of its own
    when its reports tell it a step now (its replacement) or that the new one is to replace it; one only recalled by
    its year ("الموقعة عام 1999") goes back to the newer one's reports, whose record drops its date
    (_drop_other_dates)."""
    out = list(groups)
    for g in groups:
        if g.organisations or not g.names or _now(g) or not all(u.other for u in g.units):
            continue
        fit = [h for h in out if h is not g and not h.organisations and (_shared(h.parties, g.parties) or not g.parties)
               and any(_agree(a, b) for a in g.names for b in h.names)
               and not any(_agree(a, b) for u in g.units for a in u.replaced_by() for b in h.names)]
        # (not into the agreement told to replace it: "وتحل الاتفاقية الجديدة محل اتفاقية 1992" keeps the old one
        # apart, its replacement to come)
        if fit:
            max(fit, key=lambda h: (len(_shared(h.parties, g.parties)), len(h.units))).merge(g)
            out.remove(g)
    return out


def _same_sides(mine: set[str], h: _Group) -> bool:
    """Whether a record's two sides or more (``mine``) are the sides most of group ``h``'s reports name."""
    return len(mine) >= 2 and mine == set(h.core())


def _join_later_parties(groups: list[_Group]) -> list[_Group]:
    """A report that names one side only ("منذ إنجاز الاتفاق النووي الإيراني"), judged before the record of that name
    held its reports naming that side (a record of the other side alone, "الاتفاق النووي التاريخي" of the P5+1, was
    all there was), is a record of its own: it joins the larger record of the same names that now fits it."""
    out = list(groups)
    for g in sorted(groups, key=lambda g: len(g.units)):
        if not g.names or g.organisations or len(g.core()) != 1:
            continue
        fit = [h for h in out if h is not g and len(h.units) > len(g.units) and g.names <= h.names
               and _shared(h.core(), g.core()) and all(h.fits(u) for u in g.units)]
        if fit:
            max(fit, key=lambda h: len(h.units)).merge(g)
            out.remove(g)
    return out


def _join_places(groups: list[_Group]) -> list[_Group]:
    """An agreement named for a city ("اتفاق فيينا") is the agreement other reports say was made there ("الاتفاق
    النووي الذي أبرم في فيينا"), when it names a party and none the other does not: the two records become one,
    the city's name an alias.  With several made there, the one most reports place there (then the largest)."""
    out = list(groups)
    for g in groups:
        city = g.named_for()
        mine = set(g.core())
        if city is None or g.organisations or not (mine or g.taken):
            continue  # (with no party, "اتفاقية جنيف" may be the conventions, not a deal made in Geneva, unless
            # its reports date its signing: "اتفاق أضنة الموقع عام 1998" is the one signed there that year)
        fit = []
        about = g.city_subjects()
        for h in out:
            # made there, or named for what the city's agreement is about ("اتفاق فيينا الخاص بالبرنامج النووي" and
            # "الاتفاق النووي": the same words, not only some: "معاهدة حظر انتشار الأسلحة النووية" is another)
            if h is g or h.organisations or h.named_for() == city or not (
                    h.made_at(city) or about & h.names or _same_sides(mine, h) and _same_signing(g.taken, h.taken)):
                continue  # (or the same two sides, concluding it the same month: "اتفاقية فيينا بين إيران ومجموعة
                # دول الست" reached in July, and the nuclear deal of the two reached on 14 July)
            if not (mine and h.core()):
                if not _same_signing(g.taken, h.taken):
                    continue  # (a side with no party known: the same signing tells it is the one made there)
            elif len(_shared(mine, h.core())) < len(_shared(mine, mine)):
                continue  # a party of its own: another agreement made in the same city
            fit.append(h)
        if fit:
            max(fit, key=lambda h: (h.made_at(city), len(h.units))).merge(g)
            out.remove(g)
    return out


def _record(g: _Group, clauses_by_article: dict[str, list[dict[str, Any]]],
            own_clauses: dict[str, list[dict[str, Any]]] | None = None,
            learned: list[dict[str, Any]] | None = None) -> Treaty:
    """The record of a group (``learned``: the learned step rows it takes, :func:`_learned_rows`: they add steps
    and sources, and change nothing else: its name, parties, id and whether it is background are the rules')."""
    # (a name made of a bare noun and its topic, "اتفاق ... حول البرنامج النووي" → "اتفاق النووي", is no
    # name the text writes)
    said = Counter(u.name for u in g.units if not u.generic and not all(r["data"].get("by_topic") for r in u.rows))
    said.update(r["data"].get("said") for u in g.units for r in u.rows
                if r["data"].get("said") and not r["data"].get("generic") and r["data"].get("said") != u.name)
    said.update(n for u in g.units for r in u.rows for n in r["data"].get("aka") or ())
    # (a name that only counts the sides, "الاتفاق الرباعي", after one that tells which agreement of theirs it is)
    name = max(said, key=lambda n: (not name_words(n) <= _SIDES, said[n], len(name_words(n)), len(n))) if said \
        else g.units[0].name
    # (the fullest title its reports give of that name: "اتفاقية التعاون في مجال الهجرة وإعادة القبول" over the
    # "اتفاقية التعاون في مجال الهجرة" more reports cut it to; each of its words and more)
    fuller = [n for n in said if name_words(name) < name_words(n) and name_words(name) and 4 * said[n] >= said[name]]
    # (as often as a quarter of the name's reports at least: one misread of 71 is no title)
    if fuller:
        name = max(fuller, key=lambda n: (len(name_words(n)), said[n], len(n)))
    titles = Counter(r["data"]["reach"] for u in g.units for r in u.rows if r["data"].get("reach"))
    if titles and name_words(name) < name_words(title := titles.most_common(1)[0][0]):
        # a convention its reports call by its reach alone ("الاتفاقية الدولية"): the title they give it
        said[title] += 0
        name = title
    aliases = sorted((n for n in said if n != name), key=lambda n: -said[n])
    # parties named in at least half the reports that name any (a country criticised in passing is not a party)
    top = max(g.parties.values(), default=0)
    # ... and the sides its signing names together ("وقع المغرب وإسبانيا والبرتغال وفرنسا اتفاق لشبونة"), however few
    # reports name them
    # (or the states it is ratified by or in force between: "صارت سارية بين غانا وتوغو وبنين ومالي")
    signers = {_party_key(p) for u in g.units for r in u.rows if (
        r["label"] == "signed" and r["data"].get("modality") == "done" and not r["data"].get("elsewhere")
        or r["label"] in ("ratified", "in_force")) and len(r["data"].get("parties") or ()) >= 3
        for p in r["data"]["parties"]}
    # ... and each state a ratification, a deposit or a withdrawal names as its taker ("سلّمت غانا وثيقتها في 4
    # مايو"): a convention's members are each told in few reports
    signers |= {_party_key(r["data"]["by"]["country"]) for u in g.units for r in u.rows
                if r["label"] in ("ratified", "withdrawn", "suspended") and r["data"].get("modality") == "done"
                and isinstance((r["data"].get("by") or {}).get("country"), dict)}
    keep = [k for k, n in g.parties.most_common() if n * 4 >= top and (n >= 2 or top <= 2 or k in signers)]
    # (a group within a union and the union, "منطقة اليورو" and "الاتحاد الأوروبي" or "أوروبا" of other reports, are
    # one side: the group, which tells it more closely)
    keep = [k for k in keep if k not in {_WITHIN[w] for w in keep if w in _WITHIN}]
    info = {k: p for u in g.units for k, p in u.parties.items()}
    parties = [info[k] for k in keep]
    # ... and the titles written with their parties clause, each title once (see treaty_steps.sides_clause), if
    # each state it names is a party: "الاتفاق النووي مع امريكا" is Iran's view of the deal, not its name
    aliases += [n for n in dict.fromkeys(r["data"]["with_sides"] for u in g.units for r in u.rows
                                         if r["data"].get("with_sides") and not r["data"].get("generic")
                                         and _party_keys(r["data"].get("sides") or ()) <= set(keep))
                if n != name and n not in aliases]
    rows = [_other_side(r, parties) for u in g.units for r in u.rows]
    steps = _steps(rows)
    signed = next((s for s in steps if s.kind == "signed" and s.modality == "done"), None) \
        or next((s for s in steps if s.kind == "concluded" and s.modality == "done"), None)
    reported = sorted(u.published for u in g.units if u.published)
    first = reported[0] if reported else None
    dated = [s.date for s in steps if s.date and s.date_source in _READ]
    background = bool(dated) and first is not None and all(
        (_days(d, first) or 0) > _BACKGROUND_DAYS for d in dated) and \
        all(s.date_source in _READ for s in steps) or bool(steps) and not any(s.date for s in steps) and all(
            r["data"].get("date_source") is None for u in g.units for r in u.rows) and not any(
            s.modality == "expected" for s in steps)
    # (undated steps are background unless one is to come: a signing authorised, "تفويض الوزير بالتوقيع", is news)
    done = [s for s in steps if s.modality == "done"]
    if not parties and steps and all(s.modality == "done" and (s.date_source in ("before", None) or first and s.date
                                                               and s.date_source in _READ and s.date[:4] < first[:4])
                                     for s in steps):
        # (or dated only to years before its first report: "وكان البلدان قد وقّعا في 2025 معاهدة بشأن الحدود")
        background = True  # (an agreement of no party its reports name, which they only recall, "وفق اتفاقية الرياض
        # التي وقعت عليها الدول العربية": named as the ground of something else, no step of it told with a day; a
        # settlement of one state's sides, "بالاتفاق السياسي الذي جرى توقيعه أخيرا" in Libya, is news)
    if all(u.other for u in g.units) and done and first and all(
            s.date and (_days(s.date, first) or 0) > _BACKGROUND_DAYS for s in done):
        background = True  # (an older agreement a new one is to replace, "وتحل الاتفاقية الجديدة محل اتفاقية
        # 1992" at the new one's signing: recalled, its replacement to come, not news of it)
    # (an agreement whose steps are only named, none dated — "وتوقيع اتفاقية كامب ديفيد" among past events — is
    # recalled, not news; a step reported in an article with no date of its own has no date either, but it is
    # news: its rows' date source is "article")
    found: dict[tuple[str, str | None], Clause] = {}
    wanted = name_words(name)
    for aid in dict.fromkeys(u.article_id for u in g.units):
        for c in (clauses_by_article if own_clauses is None else own_clauses).get(aid, []):
            other = name_words(c["data"].get("agreement"))
            if other and wanted and not (other <= wanted or wanted <= other):
                continue  # a clause of another agreement the article also names
            clause = found.setdefault((c["label"], c["data"].get("area")), Clause(c["label"], c["data"].get("area")))
            clause.sources.append(SourceRef(aid, c["start"], c["end"], c.get("text") or "", c.get("outlet"),
                                            c.get("published_at")))
    # how long it holds, as most reports that say it give it; the agreements it replaces, by name
    durations = Counter(json.dumps(r["data"]["duration"], sort_keys=True, ensure_ascii=False) for r in rows
                        if r["data"].get("duration"))
    # (a tie: the one said at more length, "خمس سنوات قابلة للتجديد" over "خمس سنوات", then the longer period)
    duration = json.loads(max(durations, key=lambda d: (durations[d], len(d), d))) if durations else None
    replaces = [{"name": n, "id": None} for n in dict.fromkeys(r["data"]["replaces"] for r in rows
                                                                if r["data"].get("replaces"))]
    purpose, fields = None, []
    if not wanted or wanted <= _LOAN_WORDS:  # a bare noun: what its own sentences say of it (described_name)
        purpose = _purpose(rows)  # (and a loan's: "اتفاقية القرض ... لتمويل مشروع ...")
        mine = {(r["article_id"], r["start"]) for r in rows}
        fields = list(dict.fromkeys(a for aid in dict.fromkeys(u.article_id for u in g.units)
                                    for c in clauses_by_article.get(aid, [])
                                    if not name_words(c["data"].get("agreement"))
                                    and any(x == aid and c["start"] <= y < c["end"] for x, y in mine)
                                    for a in _told_fields(c.get("text") or "")))
    year = (signed.date or "")[:4] if signed else ""
    if year.isdigit() and wanted and not background and all(u.other for u in g.units) and first \
            and (_days(signed.date, first) or 0) > _BACKGROUND_DAYS and year not in name:
        # an older agreement of the same parties, told apart from a newer one of a name that agrees (see
        # _Group.fits): by its year, as reports call it ("اتفاقية النقل البحري لعام 1990", "اتفاقية 1990")
        head = name.split()[0]
        head = head[len(_noun_prefix(fold(head))):]
        aliases = [name, *aliases, f"{head} {year}"]
        name = f"{name} لعام {year}"
    words = " ".join(sorted(name_words(name)))
    # (a new agreement under an old one's name: an id of its own, from its first report)
    again = [f"new {first}"] if any(u.succeeds for u in g.units) else []
    tid = short_id("treaty", words, *sorted(keep)[:3], "" if words else g.units[0].article_id + name, *again)
    if learned:
        heard = [_told_with(_other_side(_taken_as_told(r, rows), parties), rows, steps) for r in learned]
        steps = _steps(rows + heard)
        rows = rows + heard
        signed = next((s for s in steps if s.kind == "signed" and s.modality == "done"), None) \
            or next((s for s in steps if s.kind == "concluded" and s.modality == "done"), None)
    return Treaty(id=tid, name=name, parties=parties, date_signed=signed.date if signed else None,
                  clauses=list(found.values()), sources=[_source(r) for r in rows], aliases=aliases, steps=steps,
                  first_reported=first, last_reported=reported[-1] if reported else None, background=background,
                  organisations=g.organisations, duration=duration, replaces=replaces, purpose=purpose,
                  fields=fields)


def treaty_to_dict(t: Treaty) -> dict[str, Any]:
    """JSON form of a record: the timeline is its steps, oldest first, each with its source sentences."""
    from marsad.models import to_dict

    return to_dict(t)


def find_treaty(store: Any, key: str) -> Treaty | None:
    """The record with id ``key``, or with an id that starts with ``key`` (4 characters or more) when no other
    does, as a story's id is taken; background records included. None: no such record, or more than one."""
    from marsad.nlp.events.treaties import treaties

    found = treaties(store, include_all=True)
    exact = [t for t in found if t.id == key]
    if exact:
        return exact[0]
    starting = [t for t in found if len(key) >= 4 and t.id.startswith(key)]
    return starting[0] if len(starting) == 1 else None


def treaty_ids_with_prefix(store: Any, key: str) -> list[str]:
    """The ids of the records (background ones included) that start with ``key``, in id order."""
    from marsad.nlp.events.treaties import treaties

    return sorted(t.id for t in treaties(store, include_all=True) if t.id.startswith(key))


def treaty_view(store: Any, key: str) -> dict[str, Any] | None:
    """The treaty page's data: the record with id (or id prefix) ``key``, background ones included."""
    t = find_treaty(store, key)
    return {"treaty": treaty_to_dict(t)} if t else None


UNNAMED = "(بلا اسم في التقارير)"
_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ف", "ل")


def _noun_prefix(word: str) -> str:
    """The prefixes before the agreement noun in a (folded) word ("والاتفاقية" → "وال"), else ""."""
    return next((p for p in _PREFIXES if word.startswith(p) and word[len(p):] in TREATY_NOUNS), "")


def described_name(t: Treaty) -> str | None:
    """The record's name, or, when its reports call it by a bare noun only ("الاتفاقية", "اتفاقا"), what they
    say of this agreement: what it is for, right after its noun ("اتفاقية لتشجيع الاستثمار"), its two parties
    ("بين مصر والأردن") and, with no purpose told, the fields of cooperation its own sentences give it
    ("للتعاون في التجارة"); or that none names it ("اتفاق (بلا اسم في التقارير)"), also when only one of its
    sides is known. A bare noun is no name; a word of its own that tells it apart stays ("اتفاقية جديدة")."""
    if not t.name or name_words(t.name) and not (t.purpose and name_words(t.name) <= _LOAN_WORDS):
        return t.name  # (a loan agreement with its project: "اتفاقية القرض" → "اتفاقية قرض لتمويل مشروع ...")
    from marsad.nlp.events.treaties import AREA_WORDS

    words = [re.sub("[\u064b-\u0652]", "", w) for w in t.name.split()]  # (its vowel marks: "اتفاقًا")
    head = words[0][len(_noun_prefix(fold(words[0]))):]  # (prefixes are plain letters: folding keeps them)
    accusative = fold(head) == "اتفاقا"
    if accusative:
        head = head[:-1]  # the accusative ("وقعا اتفاقا") names the noun "اتفاق"
    # its qualifiers: "اتفاقية جديدة", "اتفاقا جديدا" → "اتفاق جديد"
    rest = [w[:-1] if accusative and w.endswith("ا") and not w.endswith("اا") else w
            for w in words[1:] if fold(w) not in ("ال", "")]
    head = " ".join([head, *(w.removeprefix("ال") if not head.startswith("ال") else w for w in rest)])
    names = [str(p.get("name")) for p in t.parties if p.get("name")]
    said = " " + t.purpose if t.purpose else ""
    first, _, rest = (t.purpose or "").partition(" ")
    if t.purpose and fold(head.split()[-1]).removeprefix("ال") == fold(first):
        said = " " + rest if rest else ""  # ("اتفاقية القرض" and "قرض لتمويل ...": the loan once)
    if len(names) >= 2:
        said += " بين " + " و".join(names)
    fields = [AREA_WORDS[a] for a in t.fields if a in AREA_WORDS]
    if fields and not t.purpose:  # (what it is for says more than its fields: "اتفاق لتعيين الحدود")
        said += " للتعاون في " + " و".join(dict.fromkeys(fields))
    return head + (said or " " + UNNAMED)


_PUNCT = "،,.؛:«»()\"“”"
_LOAN_WORDS = frozenset(("قرض", "منح", "تمويل"))  # (as name_words gives them)
# Words that end a purpose's noun phrase though written with «ال»: relative pronouns, «إلى», time words
_PHRASE_ENDS = frozenset(fold(w) for w in (
    "الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي إلى الى إلا اليوم الأسبوع الشهر العام السنة "
    "الليلة الماضي الماضية المقبل المقبلة القادم القادمة الجاري الحالي الحالية الأحد الاثنين الثلاثاء الأربعاء "
    "الخميس الجمعة السبت الآن").split())
# Purposes every agreement has: another purpose, when one is told, says more
_GENERIC = frozenset(fold(w) for w in "تعزيز تطوير تنمية توطيد تفعيل دعم".split())


def _purpose_noun(w: str) -> bool:
    """Whether the folded word ``w`` (after «ل») is a verbal noun, not a verb ("لتنتهي") nor an adverb ("لاحقا"):
    listed, or of a derived form's shape (see :func:`marsad.nlp.events.treaty_steps._action_form`)."""
    from marsad.nlp.events.treaty_steps import _PURPOSE_WORDS, _action_form

    return w in _PURPOSE_WORDS or _action_form(w)


def _purpose_at(raw: list[str], k: int) -> str | None:
    """What the agreement noun at word ``k`` of a sentence's words ``raw`` is for, right after it: «ل» and a verbal
    noun of purpose, then its definite words ("لتعيين الحدود البحرية"), up to the first word that is no part of
    that phrase (punctuation, a relative pronoun, «إلى», a time word)."""
    words = [w.strip(_PUNCT) for w in raw]
    ends = [w[-1:] in _PUNCT for w in raw]  # a word a comma or a quote closes: the phrase stops there
    if k + 2 >= len(words) or ends[k] or ends[k + 1]:
        return None
    if fold(words[k + 1]) in _LOANS:
        return _financed(words, ends, k + 1)
    nxt, obj = fold(words[k + 1]), fold(words[k + 2])
    if not (nxt[:1] == "ل" and _purpose_noun(nxt[1:]) and obj.startswith("ال") and obj not in _PHRASE_ENDS):
        return None
    j = k + 2
    while j + 1 < len(words) and j - k < 7 and not ends[j] and fold(words[j + 1]).startswith("ال") \
            and fold(words[j + 1]) not in _PHRASE_ENDS:
        j += 1
    return " ".join(words[k + 1:j + 1])


# A loan or grant after the agreement noun ("اتفاقية قرض", "اتفاقية المنحة"); what it finances, its project
_LOANS = frozenset(fold(w) for w in "قرض القرض منحة المنحة منح تمويل التمويل".split())
_PROJECTS = frozenset(fold(w) for w in "مشروع مشروعات مشاريع برنامج برامج إنشاء بناء إعادة تأهيل توسعة".split())
_FINANCE = frozenset(fold(w) for w in "لتمويل وتمويل لتنفيذ".split())  # (and a project: "لتمويل مشروع ...")
_BUILD = frozenset(fold(w) for w in "لإنشاء لبناء لإعادة لتأهيل لتوسعة".split())  # (what is built: "لإنشاء سد")
_PROJECT_ENDS = frozenset(fold(w) for w in "في فى بين مع من على عن إلى الى بقيمة بمبلغ بتكلفة خلال".split())


def _financed(words: list[str], ends: list[bool], k: int) -> str | None:
    """What a loan or grant agreement finances, the loan word at ``k`` ("قرض بقيمة 20 مليون دولار لتمويل مشروع طريق
    الساحل" → "قرض لتمويل مشروع طريق الساحل", "منحة لإنشاء سد ..." → "منحة لإنشاء سد ..."): «لتمويل» or «لتنفيذ» and
    the project it names, or «لإنشاء/لبناء ...» and what is built, within the clause, up to a preposition, a time
    word, a clause's end or six words."""
    j = next((j for j in range(k + 1, min(len(words) - 1, k + 12)) if fold(words[j]) in _FINANCE | _BUILD
              or ends[j - 1]), None)
    if j is None or ends[j - 1] or ends[j] or fold(words[j]) in _FINANCE and fold(words[j + 1]) not in _PROJECTS:
        return None
    end = j + 1
    while end + 1 < len(words) and end - j < 6 and not ends[end] and fold(words[end + 1]) not in _PHRASE_ENDS \
            and fold(words[end + 1]) not in _PROJECT_ENDS and not words[end + 1][:1].isdigit():
        end += 1
    return " ".join([words[k].removeprefix("ال"), "ل" + words[j][1:], *words[j + 1:end + 1]])


def _own_noun(r: dict[str, Any]) -> tuple[list[str], int] | None:
    """The words of a step row's sentence and the index of its agreement noun (the step span runs from its cue to
    its noun, either way round)."""
    text, sentence = r.get("text") or "", r["data"].get("sentence")
    if not text or not sentence:
        return None
    a, b = r["start"] - sentence[0], r["end"] - sentence[0]
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    inside = [n for n, (x, y) in enumerate(spans) if x < b and y > a]
    raw = [text[x:y] for x, y in spans]
    for n in inside[::-1][:1] + inside[:1]:
        w = fold(raw[n].strip(_PUNCT))
        if w[len(_noun_prefix(w)):] in TREATY_NOUNS:
            return raw, n
    return None


def _purpose(rows: list[dict[str, Any]]) -> str:
    """What a bare noun's agreement is for, as the sentences of its steps tell it right after its own noun; a
    phrase counts with the ones it begins or that begin it ("لتصدير الغاز", "لتصدير الغاز الطبيعي"), a generic
    purpose ("لتعزيز التعاون") last; "" when none does."""
    found: Counter[str] = Counter()
    for r in rows:
        at = _own_noun(r)
        said = _purpose_at(*at) if at else None
        if said:
            found[said] += 1

    def rank(p: str) -> tuple[bool, int, int]:
        votes = sum(n for q, n in found.items() if q == p or q.startswith(p + " ") or p.startswith(q + " "))
        return fold(p.split()[0])[1:] not in _GENERIC, votes, len(p.split())

    return max(found, key=rank) if found else ""


def _told_fields(sentence: str) -> list[str]:
    """The fields of cooperation a sentence gives (keys of _AREAS): the words right after «التعاون (في)» or
    «مجال/مجالات» ("التعاون في مجالات السياحة والصحة"), not a minister's or a body's ("وزير الصحة")."""
    from marsad.nlp.events.treaties import _AREAS

    raw = fold(sentence).split()
    words = [w.strip(_PUNCT) for w in raw]
    out: list[str] = []
    for i, w in enumerate(words):
        if not (w.removeprefix("و").removeprefix("ب") in ("مجال", "مجالات", "مجالي")
                or w.removeprefix("و").removeprefix("ل") in ("التعاون", "تعاون", "لتعاون")):
            continue
        n = i + 1
        while n < len(words) and raw[n - 1][-1:] not in _PUNCT:
            v = words[n].removeprefix("و")
            two = " ".join([v, *words[n + 1:n + 2]])
            area = next((a for a, pat in _AREAS.items() if pat.fullmatch(two)), None)
            if area:
                n += 1  # ("الطاقة النووية", "الأمن الغذائي")
            else:
                area = next((a for a, pat in _AREAS.items() if pat.fullmatch(v)), None)
            if area:
                out.append(area)
            elif v == "بين":
                n += 1  # ("التعاون بين البلدين في مجال ...")
            elif v not in ("في", "فى", "مجال", "مجالات", "مجالي"):
                break
            n += 1
    return list(dict.fromkeys(out))
