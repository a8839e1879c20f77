"""Build the small data files the stories area ships: a stopword list and background document frequencies.

Run once by a maintainer (the outputs are committed in ``marsad/stories/data``)::

    python -m marsad.stories.build_data ../shared

- ``stopwords.txt``: the stopwords-iso Arabic list in matching form, plus our own
  additions (reporting verbs and news filler), one per line.
- ``df.tsv.gz``: ``stem<TAB>document count`` over SaudiNewsNet (31,030 articles),
  first line ``#N<TAB>documents``; stems seen in fewer than ``MIN_DF`` articles are
  dropped.  Only counts are shipped, never text.
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from collections import Counter
from pathlib import Path

from marsad.arabic.normalize import fold_for_search

DATA = Path(__file__).resolve().parent / "data"
MIN_DF = 4

# News filler and reporting verbs that say nothing about what a story is about (our own list).
EXTRA_STOPWORDS = """
قال قالت يقول تقول اضاف اضافت يضيف اكد اكدت يؤكد تؤكد اوضح اوضحت يوضح اشار اشارت يشير تشير ذكر ذكرت
افاد افادت اعلن اعلنت يعلن كشف كشفت وفق وفقا بحسب حسب خلال حيث الذي التي الذين اللذين اللتين هذا هذه
ذلك تلك هناك هنا وقد قد لقد كان كانت يكون تكون كانوا اليوم امس غدا الان يوم ايام عام العام اعوام سنه
الماضي الماضيه المقبل المقبله الجاري الحالي اخر اخري الاخر الاخري بعد قبل بين عند عن علي الي من في مع
ضمن نحو حوالي اكثر اقل جدا ايضا كما لكن ولكن غير سوي مثل منذ حتي ثم او ام لا لم لن ما ان انه انها
الاول الاولي الثاني الثانيه مساء صباح الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت
تم يتم جري وجري عبر امام اثناء لدي لدى عليه عليها فيه فيها منه منها اليه اليها به بها له لها لهم
كل بعض جميع عده عدد اي احد مصدر مصادر صحيفه وكاله موقع الخبر اخبار خبر تقرير شاهد اقرا ايضا المزيد
بانه بانها لانه لانها وانه وانها فانه فانها كانه كانها بانهم لانهم
رقم نسبه بشان شان اجل مما بما لما كلما انما اذ اذا لو لولا عندما بينما
"""


def stopwords(shared: Path) -> list[str]:
    """The stopwords-iso list folded to matching form, plus :data:`EXTRA_STOPWORDS`."""
    words = set(json.loads((shared / "data" / "stopwords" / "stopwords-iso_ar.json").read_text(encoding="utf-8")))
    words |= set(EXTRA_STOPWORDS.split())
    out = {fold_for_search(w).strip() for w in words}
    return sorted(w for w in out if w)


def document_frequencies(shared: Path) -> tuple[int, Counter[str]]:
    """(number of articles, stem → number of articles containing it) over SaudiNewsNet."""
    from marsad.stories.features import content_stems

    df: Counter[str] = Counter()
    n = 0
    for path in sorted((shared / "data" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for rec in json.loads(z.read(name)):
                    n += 1
                    df.update(set(content_stems((rec.get("title") or "") + "\n" + (rec.get("content") or ""),
                                                keep_stopwords=True)))
    return n, df


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    shared = Path(argv[0] if argv else "../shared")
    DATA.mkdir(exist_ok=True)
    (DATA / "stopwords.txt").write_text("\n".join(stopwords(shared)) + "\n", encoding="utf-8")
    n, df = document_frequencies(shared)
    with gzip.open(DATA / "df.tsv.gz", "wt", encoding="utf-8") as f:
        f.write(f"#N\t{n}\n")
        for stem, count in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])):
            if count >= MIN_DF:
                f.write(f"{stem}\t{count}\n")
    print(f"{n} documents, {sum(1 for c in df.values() if c >= MIN_DF)} stems kept", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
