"""The columnist's-voice model is trained by the project (marsad.stories.train_opinion), from the pages of outlets
whose addresses file columns apart: a store of such pages, written here in our own words, teaches it that a first
person who argues is a column and attributed statements are a report."""

from __future__ import annotations

import json

import marsad
from marsad.stories import opinion
from marsad.stories.train_opinion import train

COLUMN = ("أعتقد أننا نحتاج إلى وقفة صادقة مع أنفسنا، فهل نحن مستعدون لذلك؟ لكن ربما علينا أن نسأل: لماذا ننتظر؟ "
          "أرى أن بلادنا تستحق أفضل، ونحن قادرون على ذلك لو أردنا! ")
REPORT = ("قال وزير النقل إن الوزارة ستفتتح الطريق الجديد الشهر المقبل. وأوضح أن المشروع اكتمل بنسبة تسعين في المئة، "
          "وأضاف أن التكلفة بلغت مليار ريال. وأكد مدير المشروع أن الأعمال تسير وفق الجدول. ")


def test_trained_weights_read_a_columnists_voice_from_sectioned_pages(tmp_path) -> None:
    path = tmp_path / "pages.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(12):
            fh.write(json.dumps({"url": f"https://www.alwatan.com.sa/Articles/Detail.aspx?Id={k}", "title": f"رأي {k}",
                                 "outlet": "alwatan", "date": "2025-01-05", "content": COLUMN * (2 + k % 3)},
                                ensure_ascii=False) + "\n")
            fh.write(json.dumps({"url": f"https://www.alwatan.com.sa/Local/News_Detail.aspx?Id={k}",
                                 "title": f"خبر {k}", "outlet": "alwatan", "date": "2025-01-05",
                                 "content": REPORT * (2 + k % 3)}, ensure_ascii=False) + "\n")
    with marsad.open(str(tmp_path / "t.db")) as m:
        m.ingest([str(path)])
    from marsad.store import open_store

    store = open_store(str(tmp_path / "t.db"), readonly=True)
    try:
        w = train(store)
        assert set(w) == set(opinion.FEATURES)
        assert w["first_person"] > 0 and w["question"] > 0 and w["attribution"] < 0
        assert train(store, skip={"2025-01-05"}) == {}  # a skipped day leaves nothing to learn from
    finally:
        store.close()


def test_shipped_weights_are_the_trainers_features() -> None:
    assert [k for k, _ in opinion.weights()] == list(opinion.FEATURES)
    assert opinion.text_score(COLUMN * 3, "رأي") > opinion.TEXT_THRESHOLD > opinion.text_score(REPORT * 3, "خبر")
