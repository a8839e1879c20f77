"""What each read home-page member looked like when it joined its story: strays against main-event members.

    python eval/join_features.py DB FINAL_TSV STRAYS_TSV [--options JSON] > joins.tsv

``DB`` is a store built by ``eval/home_pages.py --work`` holding the read days; ``FINAL_TSV`` and ``STRAYS_TSV`` a
reading's verdicts and strays (eval/judgements/, as ``home_pages_strays.py`` reads them).  Places the store's
articles with the shipped placement (or ``--options``) and records, for every dated article that joins a story by
its score (not a copy, not a story of its own), how it stood against the story's members inside the window at that
moment: its best pair probabilities, how many members it matches, whether it shares an event mark besides names
with them, and how alike it reads to the story as a whole (centroid cosines), to its latest members and to its
first ones.  Rows of the members of the read stories (by the reading's pages on this placement) are printed with
``stray`` 1 (marked) or 0, for fitting and checking a join rule on readers' labels.  Counts and ids only.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

COLUMNS = ("n", "score", "p1", "p2", "p_mean", "frac50", "frac90", "ev_any", "ev_frac", "ev_first", "p_first",
           "cos_title", "cos_lead", "cos_terms", "cos_first_lead", "cos_first_terms", "cos_late_lead",
           "cos_late_terms", "age", "opinion")


def main(argv: list[str] | None = None) -> int:
    from home_pages import home_pages
    from home_pages_strays import is_stray, stray_marks
    from marsad.store import open_store
    from marsad.stories.grouping import GroupOptions, Grouper, _centroid_cosine, _day_number, event_shared
    from marsad.stories.pairs import pair_features
    from marsad.stories.train_pairs import features_from_store, place

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("final")
    parser.add_argument("strays")
    parser.add_argument("--options", default="{}")
    args = parser.parse_args(argv)

    def rows(path: str) -> list[dict[str, str]]:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh, delimiter="\t"))

    joins: dict[str, dict] = {}

    class Watch(Grouper):
        def add(self, f, copy_story=None, copy_seq=0):
            sid = super().add(f, copy_story, copy_seq)
            if copy_story or not f.published or sid == self._new_id(f):
                return sid
            st = self.stories[sid]
            ms = [self.features[x] for x in st.members if x != f.article_id and x in self.features]
            ms = [m for m in ms if m.published]
            if not ms:
                return sid
            probs = sorted((self.model.prob_of(pair_features(f, m)) for m in ms), reverse=True)
            ev = [event_shared(f, m) for m in ms]
            first, late = ms[:5], ms[-5:]
            joins[f.article_id] = dict(
                n=len(ms), score=self.last_score, p1=probs[0], p2=probs[1] if len(probs) > 1 else 0.0,
                p_mean=sum(probs) / len(probs), frac50=sum(p >= 0.5 for p in probs) / len(probs),
                frac90=sum(p >= 0.9 for p in probs) / len(probs), ev_any=int(any(ev)), ev_frac=sum(ev) / len(ev),
                ev_first=int(any(ev[:5])),
                p_first=max(self.model.prob_of(pair_features(f, m)) for m in first),
                cos_title=_centroid_cosine([f], ms, "title_vec"), cos_lead=_centroid_cosine([f], ms, "lead"),
                cos_terms=_centroid_cosine([f], ms, "terms"),
                cos_first_lead=_centroid_cosine([f], first, "lead"),
                cos_first_terms=_centroid_cosine([f], first, "terms"),
                cos_late_lead=_centroid_cosine([f], late, "lead"),
                cos_late_terms=_centroid_cosine([f], late, "terms"),
                age=_day_number(f.date) - _day_number(ms[0].date), opinion=int(bool(f.opinion)))
            return sid

    store = open_store(args.db)
    items = features_from_store(store)
    store.close()
    g = Watch(None, GroupOptions(**json.loads(args.options)))
    story_of = place(items, None, None, grouper=g)
    strays = stray_marks(rows(args.strays))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(("day", "story_id", "article_id", "stray") + COLUMNS)
    for day, sid in sorted({(r["day"], r["story_id"]) for r in rows(args.final)}):
        for page_sid, ms in home_pages(items, story_of, day):
            if page_sid != sid:
                continue
            for it in ms:
                aid = it.features.article_id
                j = joins.get(aid)
                if j is None:
                    continue
                s = int(is_stray(strays, day, sid, aid[:10]))
                out.writerow((day, sid, aid[:10], s) + tuple(round(float(j[c]), 4) for c in COLUMNS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
