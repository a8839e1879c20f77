"""The treaty scorer (eval/eval_treaties.py) on a fixture of its own: an agreement whose reports are spread over two
records, a step dated wrong, a ratification that does not say who ratified, a trap report where a step was read,
and a stray record — so that its matching cannot silently break."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from marsad.nlp.events.treaties import SourceRef, Step, Treaty

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
_spec = importlib.util.spec_from_file_location("eval_treaties", ROOT / "eval" / "eval_treaties.py")
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)  # type: ignore[union-attr]

GOLD = {"treaties": [{
    "key": "T1", "name": "معاهدة حوض النهر", "aliases": ["اتفاقية المياه"], "parties": ["كينيا", "إثيوبيا"],
    "parties_en": ["Kenya", "Ethiopia"],
    "steps": [
        {"kind": "signed", "date": "2026-03-01", "party": None, "body": None, "sources": ["d1", "d2"],
         "evidence": "وقع البلدان المعاهدة"},
        {"kind": "ratified", "date": "2026-04-14", "party": "كينيا", "body": "البرلمان الكيني", "sources": ["d2"],
         "evidence": "صادق البرلمان الكيني"},
        {"kind": "ratified", "date": "2026-05-10", "party": "إثيوبيا", "body": None, "sources": ["d3"],
         "evidence": "صادقت إثيوبيا"},
        {"kind": "in_force", "date": "2026-05-20", "party": None, "body": None, "sources": ["d3"],
         "evidence": "دخلت حيز التنفيذ"}]}],
    "traps": [{"article": "d4", "what": "a signing denied", "evidence": "نفى الوزير توقيع اتفاق"}]}
KENYA = {"name": "كينيا", "name_en": "Kenya", "entity_id": "loc:kenya"}
ETHIOPIA = {"name": "إثيوبيا", "name_en": "Ethiopia", "entity_id": "loc:ethiopia"}
DOC_OF = {"a1": "d1", "a2": "d2", "a3": "d3", "a4": "d4", "a5": "d5"}


def _src(article: str, text: str = "جملة من التقرير") -> SourceRef:
    return SourceRef(article, 0, 10, text, "outlet", "2026-03-02")


def _step(kind: str, date: str, *articles: str, by: dict | None = None, modality: str = "done",
          text: str = "جملة من التقرير") -> Step:
    return Step(kind, date, "timex", by, modality, [_src(a, text) for a in articles])


def _treaty(tid: str, name: str, parties: list, steps: list[Step]) -> Treaty:
    return Treaty(id=tid, name=name, parties=parties, date_signed=None, aliases=[], steps=steps,
                  sources=[s for st in steps for s in st.sources])


def _score(records: list[Treaty]) -> dict:
    return ev.score(records, [ev.GoldTreaty(GOLD["treaties"][0])], GOLD["traps"], DOC_OF)


def test_one_record_with_every_step_scores_whole() -> None:
    rec = _treaty("t1", "معاهدة حوض النهر", [KENYA, ETHIOPIA], [
        _step("signed", "2026-03-01", "a1", "a2"),
        _step("ratified", "2026-04-14", "a2", by={"name": "البرلمان الكيني", "country": None}),
        _step("ratified", "2026-05-10", "a3", by={"name": "البرلمان", "country": ETHIOPIA}),
        _step("in_force", "2026-05-20", "a3"),
        _step("signed", "2026-06-01", "a3", modality="expected")])  # (a step to come is not scored)
    res = _score([rec])
    assert res["one_record"] == 1.0 and res["whole"] == 1.0 and res["names"] == 1.0
    assert res["steps"]["f1"] == 1.0 and res["date_day"] == 1.0 and res["sources"]["recall"] == 1.0
    assert res["parties"] == {"precision": 1.0, "recall": 1.0}
    assert res["traps_clean"] == 1.0 and res["stray_records"] == 0


def test_a_treaty_spread_over_two_records_a_wrong_date_a_missing_party_a_trap_and_a_stray() -> None:
    first = _treaty("t1", "معاهدة", [KENYA, ETHIOPIA], [
        _step("signed", "2026-03-02", "a1", "a2"),  # the report's day, not the signing's
        _step("ratified", "2026-04-14", "a2", by={"name": "البرلمان", "country": None})])  # not whose parliament
    second = _treaty("t2", "اتفاقية المياه", [ETHIOPIA], [
        _step("signed", "2026-03", "a2"),
        _step("in_force", "2026-05-20", "a3")])
    denied = _treaty("t3", "اتفاق", [KENYA, ETHIOPIA], [
        _step("signed", "2026-03-10", "a4", text="وقد نفى الوزير أمس توقيع اتفاق مع الجارة")])
    stray = _treaty("t4", "اتفاقية التجارة", [KENYA], [_step("signed", "2026-03-12", "a5")])
    res = _score([first, second, denied, stray])
    assert res["per_treaty"]["T1"]["records"] == 2 and res["one_record"] == 0.0 and res["whole"] == 0.0
    # found: the signing (twice: the second record's repeats it) and the entry into force; the ratifications miss
    # (Kenya's names no party, Ethiopia's is not there)
    assert res["steps"]["tp"] == 2 and res["steps"]["gold"] == 4
    assert res["steps"]["pred"] == 6  # 2 + 2 in the records of T1, the trap's and the stray's
    # the signing on the report's day; the entry into force right
    assert res["date_day"] == 0.5 and res["sources"]["recall"] == 1.0
    assert res["traps_clean"] == 0.0 and res["trap_false_alarms"] == 1
    assert res["stray_records"] == 2  # the trap's record and the stray share no report with the gold agreement
    assert res["names"] == 0.0  # the main record (most shared steps) is the bare "معاهدة"


def test_a_record_of_another_agreement_earns_no_step_from_reports_the_gold_step_is_not_told_in() -> None:
    # it shares the first report with the gold agreement (talks told there), but its signing, ratification and
    # entry into force come from a report of its own
    other = _treaty("t5", "اتفاقية النقل", [KENYA, ETHIOPIA], [
        _step("negotiated", "2026-02-20", "a1"),
        _step("signed", "2026-03-01", "a5"),
        _step("ratified", "2026-05-10", "a5", by={"name": "البرلمان", "country": ETHIOPIA}),
        _step("in_force", "2026-05-20", "a5")])
    res = _score([other])
    assert res["steps"]["tp"] == 0 and res["steps"]["precision"] == 0.0


def test_no_records_score_nothing_and_fail_every_floor() -> None:
    res = _score([])
    for figure in (res["names"], res["date_day"], res["sources"]["recall"], res["parties"]["precision"],
                   res["records_matched"], res["steps"]["precision"], res["steps"]["f1"]):
        assert figure == 0.0


def test_every_false_step_on_a_trap_report_leaves_it_unclean() -> None:
    # a step read on the trap report from a sentence that is not the trap's evidence
    other = _treaty("t6", "اتفاق", [KENYA, ETHIOPIA], [
        _step("negotiated", "2026-03-10", "a4", text="واجتمع الوفدان أمس في العاصمة لبحث ملفات كثيرة")])
    res = _score([other])
    assert res["trap_false_alarms"] == 1 and res["traps_clean"] == 0.0


def test_a_missing_set_or_floors_file_named_on_purpose_fails(tmp_path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text("{}", encoding="utf-8")
    floors = ROOT / "eval" / "floors" / "treaties.json"
    assert ev.main(["--data", str(tmp_path / "none.jsonl"), "--gold", str(gold), "--floors", str(floors)]) == 2
    assert ev.main(["--data", str(tmp_path / "none.jsonl"), "--gold", str(gold)]) == 2
    data = tmp_path / "reports.jsonl"
    data.write_text("", encoding="utf-8")
    assert ev.main(["--data", str(data), "--gold", str(gold), "--floors", str(tmp_path / "no_floors.json")]) == 2


def test_one_report_telling_two_agreements_gives_each_record_to_the_agreement_it_is_named_for() -> None:
    # both agreements' signing and ratification are told in the same report (a parliament passing two bills): the
    # (report, kind) pairs tie, and the record named for the second agreement must not be scored as the first's
    gold = [ev.GoldTreaty({"key": "T1", "name": "اتفاقية ترسيم الحدود البرية", "aliases": [], "parties": [],
                           "parties_en": ["Kenya", "Ethiopia"],
                           "steps": [{"kind": "signed", "date": "2026-03-01", "sources": ["d1", "d2"]},
                                     {"kind": "ratified", "date": "2026-04-14", "sources": ["d2"]}]}),
            ev.GoldTreaty({"key": "T2", "name": "اتفاقية نقل المحكومين", "aliases": [], "parties": [],
                           "parties_en": ["Kenya", "Ethiopia"],
                           "steps": [{"kind": "signed", "date": "2026-01-09", "sources": ["d2"]},
                                     {"kind": "ratified", "date": "2026-04-14", "sources": ["d2"]}]})]
    border = _treaty("t1", "اتفاقية ترسيم الحدود البرية", [KENYA, ETHIOPIA], [
        _step("signed", "2026-03-01", "a1", "a2"), _step("ratified", "2026-04-14", "a2")])
    prisoners = _treaty("t2", "اتفاقية نقل المحكومين", [KENYA, ETHIOPIA], [
        _step("signed", "2026-01-09", "a2"), _step("ratified", "2026-04-14", "a2")])
    res = ev.score([border, prisoners], gold, [], DOC_OF)
    assert res["per_treaty"]["T2"]["records"] == 1 and res["per_treaty"]["T1"]["records"] == 1
    assert res["one_record"] == 1.0 and res["steps"]["precision"] == 1.0


def test_a_record_sharing_only_reports_goes_by_its_reports_not_its_name() -> None:
    # a split of T1's report with a wrong kind, named like T2: no (report, kind) pair is shared, so the name must not
    # send it to T2 (where it would be a stray); it stays T1's second record and costs T1 its one record
    gold = [ev.GoldTreaty({"key": "T1", "name": "اتفاقية ترسيم الحدود البرية", "aliases": [], "parties": [],
                           "parties_en": ["Kenya", "Ethiopia"],
                           "steps": [{"kind": "signed", "date": "2026-03-01", "sources": ["d1"]}]}),
            ev.GoldTreaty({"key": "T2", "name": "اتفاقية نقل المحكومين", "aliases": [], "parties": [],
                           "parties_en": ["Kenya", "Ethiopia"],
                           "steps": [{"kind": "signed", "date": "2026-01-09", "sources": ["d2"]}]})]
    border = _treaty("t1", "اتفاقية ترسيم الحدود البرية", [KENYA, ETHIOPIA], [_step("signed", "2026-03-01", "a1")])
    split = _treaty("t2", "اتفاقية نقل المحكومين", [KENYA, ETHIOPIA], [_step("ratified", "2026-03-01", "a1")])
    res = ev.score([border, split], gold, [], DOC_OF)
    assert res["per_treaty"]["T1"]["records"] == 2 and res["one_record"] == 0.0, res["per_treaty"]


def test_a_ratifying_state_named_with_its_title_answers_to_the_state() -> None:
    # a bloc's agreement: the gold's step names a member by its title («سلطنة عمان»), the parties do not list it;
    # the predicted step by Oman answers to it, and by another member does not
    gold = [ev.GoldTreaty({"key": "T1", "name": "اتفاقية التجارة الحرة", "aliases": [],
                           "parties": ["مجلس التعاون", "ماليزيا"], "parties_en": ["GCC", "Malaysia"],
                           "steps": [{"kind": "ratified", "date": "2026-04-14", "party": "سلطنة عمان", "body": None,
                                      "sources": ["d1"]}]})]
    oman = {"name": "عُمان", "name_en": "Oman", "entity_id": "loc:oman"}
    qatar = {"name": "قطر", "name_en": "Qatar", "entity_id": "loc:qatar"}
    for by, found in ((oman, 1), (qatar, 0)):
        rec = _treaty("t1", "اتفاقية التجارة الحرة", [], [_step("ratified", "2026-04-14", "a1", by=by)])
        res = ev.score([rec], gold, [], DOC_OF)
        assert res["steps"]["tp"] == found, (by["name_en"], res["steps"])


def test_a_body_named_with_or_without_its_article_is_the_same_body() -> None:
    # the gold's «الأمير» ratifying for Kuwait is the step's «أمير البلاد»; the step's «مجلس الأمة» is another body
    gold = [ev.GoldTreaty({"key": "T1", "name": "اتفاقية الصيد", "aliases": [], "parties": ["الكويت", "المغرب"],
                           "parties_en": ["Kuwait", "Morocco"],
                           "steps": [{"kind": "ratified", "date": "2026-04-14", "party": "الكويت",
                                      "body": "الأمير (مرسوم بقانون)", "sources": ["d1"]}]})]
    kuwait = {"name": "الكويت", "name_en": "Kuwait", "entity_id": "loc:kuwait"}
    for body, found in (("أمير البلاد", 1), ("مجلس الأمة", 0)):
        rec = _treaty("t1", "اتفاقية الصيد", [], [_step("ratified", "2026-04-14", "a1",
                                                         by={"name": body, "country": kuwait})])
        res = ev.score([rec], gold, [], DOC_OF)
        assert res["steps"]["tp"] == found, (body, res["steps"])
