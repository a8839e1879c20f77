"""Reading the UniversalPETRARCH Arabic actor dictionary (``actor_dict_ar_v4.txt``).

The file lists one actor per top-level line: an Arabic key whose words are
joined by ``_`` (often lemmatised: "رئيس_روسي_فلاديمير_بوتين_"), followed by
CAMEO codes either on the same line (``غزة  [PSE]``) or on indented lines
below, each optionally dated::

    فلاديمير_بوتين_
    	[RUSGOV > 19980725]
    رئيس_روسي_فلاديمير_بوتين_
    	[RUSGOV 20000507-20080507]
    	[RUSGOV >20120507]

Dates are ``YYYYMMDD-YYYYMMDD`` (from–to), ``>YYYYMMDD`` (from) or
``<YYYYMMDD`` (until).  The file uses 18000101 and 22000101 as "unknown", and
many end dates are copied from the line above and precede the start; those
are read as open.  Codes are a country (ISO 3166 alpha-3, or IGO) followed by
sector codes (GOV, ELI, MIL, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_ROLE_RE = re.compile(r"\[\s*([A-Z]*)\s*([<>]?)\s*(\d{8})?(?:\s*-\s*(\d{8}))?\s*\]")
_SENTINELS = {"18000101", "22000101"}

# Leading words of a key that are a title or a rank, not part of the name.
TITLE_WORDS = frozenset(
    """رئيس الرئيس وزير الوزير وزيرة سفير السفير أمير الأمير امير الامير ملك الملك عاهل العاهل
    جنرال الجنرال شيخ الشيخ شيخة الشيخة سيد السيد السيدة دكتور الدكتور نائب النائب ولي عهد
    مستشار المستشار قائد القائد زعيم الزعيم أمين الأمين عام العام متحدث المتحدث ناطق الناطق
    لواء اللواء عقيد العقيد عميد العميد فريق الفريق مشير المشير قاض القاضي إمام الإمام آية الله
    مفتي المفتي بابا البابا رئيسة وزراء الوزراء وزارة خارجية دفاع داخلية مدير المدير محافظ المحافظ
    حاكم الحاكم ممثل الممثل مبعوث المبعوث زعيمة سلطان السلطان""".split()
)
# Keys starting with these words are organisations or groups, not people.
ORG_WORDS = frozenset(
    """وزارة حركة منظمة مجلس اتحاد جامعة حزب الديوان وكالة قوة قوات جيش شرطة سفارة جبهة لجنة هيئة
    شركة بنك صحيفة قناة محكمة برلمان حكومة جماعة تنظيم كتائب لواء فيلق جهاز مؤسسة مركز معهد
    اللجنة الحكومة المجلس الجيش الشرطة القوات الحزب البرلمان مجموعة ائتلاف تحالف التحالف نقابة
    وحدة دائرة مكتب إدارة ادارة سلطة السلطة جمعية رابطة اتحادات الأمم أمة مفوضية بعثة""".split()
)


@dataclass(slots=True)
class PetrarchRole:
    """One ``[CODE dates]`` line."""

    code: str
    start: str | None
    end: str | None


@dataclass(slots=True)
class PetrarchActor:
    """A top-level key with its roles."""

    key: str  # words joined by spaces
    roles: list[PetrarchRole] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return self.key.split()


def _iso(d: str | None) -> str | None:
    if not d or d in _SENTINELS:
        return None
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def parse_roles(text: str) -> list[PetrarchRole]:
    """All ``[CODE ...]`` groups in ``text``."""
    out = []
    for code, op, d1, d2 in _ROLE_RE.findall(text):
        start = end = None
        if op == ">":
            start = _iso(d1)
        elif op == "<":
            end = _iso(d1)
        else:
            start, end = _iso(d1), _iso(d2)
            if start and end and end <= start:
                end = None  # a copied, meaningless end date
        out.append(PetrarchRole(code=code, start=start, end=end))
    return out


def parse_actor_dict(path: Path) -> list[PetrarchActor]:
    """The actors of the dictionary file, in file order."""
    actors: list[PetrarchActor] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t" and line.lstrip().startswith("["):
            if actors:
                actors[-1].roles.extend(parse_roles(line))
            continue
        head, _, rest = line.strip().partition("[")
        key = " ".join(w for w in head.strip().replace("_", " ").split() if w)
        if not key:
            continue
        actors.append(PetrarchActor(key=key, roles=parse_roles("[" + rest) if rest else []))
    return actors


def split_title(words: list[str], given_names: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """``(title words, name words)``: leading titles and the nisba adjectives after them.

    A word after a title that ends in ي/ية is taken for an adjective
    ("رئيس روسي") unless it is a known given name (سامي, علي ...).
    """
    i = 0
    while i < len(words):
        w = words[i]
        if w in TITLE_WORDS:
            i += 1
        elif i > 0 and (w.endswith("ي") or w.endswith("ية")) and len(w) > 3 and w not in given_names:
            i += 1  # "رئيس روسي ..." — the adjective belongs to the title
        else:
            break
    return words[:i], words[i:]
