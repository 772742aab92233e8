"""The command-line contract other tools depend on: ask --json, kb dump, kb check."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ask_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "ask", "--json", "wat kost recertificering", "mentor",
                        "recept voor appeltaart", "hoi")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["kind"] for r in rows] == ["faq", "none", "none", "smalltalk"]
    for row in rows:
        assert set(row) == {"question", "kind", "id", "score", "answer", "suggestions"}
        assert 0 <= row["score"] <= 100
    assert rows[0]["id"] == "kosten-recertificering" and rows[0]["suggestions"] == []
    assert "€ 200" in rows[0]["answer"] and "2023" in rows[0]["answer"]
    assert rows[1]["id"] is None and len(rows[1]["suggestions"]) >= 2
    assert all(set(s) == {"id", "question"} for s in rows[1]["suggestions"])
    assert "info@noloc.nl" in rows[2]["answer"]


def test_ask_reads_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("wat kost recertificering\n\nkiwa\n"))
    code, out, _ = _run(capsys, "ask", "--json")
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [
        "kosten-recertificering", "nrto-kiwa"]


def test_kb_dump_lists_every_entry(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "kb", "dump")
    data = json.loads(out)
    assert code == 0 and len(data) >= 45
    assert set(data[0]) == {"id", "questions", "answer", "source"}


def test_kb_check_ok_and_failing(capsys: pytest.CaptureFixture[str], kb_copy: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = _run(capsys, "kb", "check")
    assert code == 0 and "in orde" in out and "onderwerpen buiten ons terrein" in out
    text = (kb_copy / "nrto.yaml").read_text(encoding="utf-8")
    (kb_copy / "nrto.yaml").write_text(text.replace("related: [nrto-bow-tot-2019,",
                                                    "related: [weg,", 1), encoding="utf-8")
    monkeypatch.setenv("RECERTBOT_KNOWLEDGE", str(kb_copy))
    code, _, err = _run(capsys, "kb", "check")
    assert code == 1 and "nrto.yaml: entry 'nrto-keurmerk-behalen': onbekend related id 'weg'" in err


def test_kb_check_reports_a_source_word_both_sources_use(capsys: pytest.CaptureFixture[str], kb_copy: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = (kb_copy / "language.yaml").read_text(encoding="utf-8")
    (kb_copy / "language.yaml").write_text(text.replace("nrto: [nrto,", "nrto: [keurmerk, nrto,", 1), encoding="utf-8")
    monkeypatch.setenv("RECERTBOT_KNOWLEDGE", str(kb_copy))
    code, _, err = _run(capsys, "kb", "check")
    assert code == 1 and "source_words: 'keurmerk' staat niet alleen in entries van 'nrto'" in err
