"""process() in a notebook shows its progress by default; piped and in tests it stays quiet (fixes47)."""

from __future__ import annotations

import builtins
import json

import marsad


class ZMQInteractiveShell:  # the class name by which rich (and IPython users) know a Jupyter kernel
    pass


def _store(tmp_path):
    src = tmp_path / "n.jsonl"
    lines = [{"url": f"https://example.org/{i}", "title": "", "outlet": "الواحة", "date": "2015-08-09",
              "content": f"افتتحت البلدية الحديقة رقم {i} في الحي الشمالي، وقال المسؤول إن العمل سيستمر."}
             for i in range(3)]
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    m = marsad.open(str(tmp_path / "n.db"))
    m.ingest([str(src)])
    return m


def test_process_in_a_notebook_reports_its_progress_without_being_asked(tmp_path, capsys, monkeypatch) -> None:
    m = _store(tmp_path)
    capsys.readouterr()
    monkeypatch.setattr(builtins, "get_ipython", lambda: ZMQInteractiveShell(), raising=False)
    m.process()
    err = capsys.readouterr().err
    m.close()
    assert "process: 3/3" in err


def test_process_piped_says_nothing_on_stderr(tmp_path, capsys) -> None:
    m = _store(tmp_path)
    capsys.readouterr()
    m.process()
    m.close()
    assert "process" not in capsys.readouterr().err
