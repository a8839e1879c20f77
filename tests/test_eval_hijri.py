"""The Hijri scorer (eval/eval_hijri.py) on a day of its own: a Hijri day is paired with the Gregorian day written
beside it whatever the spelling of its month («ذي القعدة» with its tā' marbūṭa, «ربيع الآخر» with its madda).
Sentences written for this test."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_hijri", ROOT / "eval" / "eval_hijri.py")
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)  # type: ignore[union-attr]


def test_a_hijri_day_is_paired_whatever_the_spelling_of_its_month(tmp_path) -> None:
    texts = ["افتتح المحافظ المعرض يوم الثلاثاء 24 ذي القعدة 1436هـ الموافق 8 سبتمبر 2015م بحضور المسؤولين.",
             "صدر القرار في 11 ربيع الآخر 1430هـ الموافق 7 أبريل 2009م وعمل به فورا.",
             "وبدأ الصيام يوم 1 رمضان 1436هـ الموافق 18 يونيو 2015م في المملكة.",
             "وتبدأ الدراسة يوم الأحد 10/10/1436هـ الموافق 26 يوليو 2015م في المدارس."]
    path = tmp_path / "2015-08-10.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("day.json", json.dumps([{"content": t} for t in texts], ensure_ascii=False))
    found = ev.pairs(path)
    assert {(d, m, y, writer) for d, m, y, writer, _mine in found} == {
        (24, 11, 1436, "2015-09-08"), (11, 4, 1430, "2009-04-07"), (1, 9, 1436, "2015-06-18"),
        (10, 10, 1436, "2015-07-26")}  # (a day written in digits alone too)
