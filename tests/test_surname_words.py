"""Learning which family names are common words, on a small SaudiNewsNet-shaped corpus written for this test."""

from __future__ import annotations

import json
import zipfile

from marsad.nlp.surname_words import build_common_surname_words


def test_an_adjective_seldom_after_a_given_name_is_common_and_a_family_name_used_alone_is_not(tmp_path):
    articles = [{"content": "ارتفعت المبيعات في الشهر الماضي بنسبة كبيرة.\nوقال محمد المساح إن الطلب تعافى، "
                            "ورد الدباغ بأن السوق هادئة."}] * 120
    articles += [{"content": "وحضر محمد الماضي الاجتماع."}] * 3
    corpus = tmp_path / "snn"
    corpus.mkdir()
    with zipfile.ZipFile(corpus / "2015-07-21.zip", "w") as zf:
        zf.writestr("2015-07-21.json", json.dumps(articles, ensure_ascii=False))
    out = tmp_path / "common.json"
    sizes = build_common_surname_words(corpus, {"محمد"}, out)
    words = json.loads(out.read_text(encoding="utf-8"))["words"]
    # "الماضي" follows "الشهر" 120 times in 123 and a given name 3 times: a common word
    assert words == {"الماضي": [123, 3, 120]}
    # family names (after محمد, or alone after a verb), nouns after a preposition, and a word seen 3 times are not
    assert sizes == {"words": 7, "common": 1}  # المبيعات الشهر الماضي المساح الطلب الدباغ السوق
