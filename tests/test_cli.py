"""The `healthqa` command: exit codes, one-line errors, ingest reports, ask in text, JSON and JSON Lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.settings import Settings
from tests.conftest import ROOT
from ui import cli

HEALTHQA = str(Path(sys.executable).with_name("healthqa"))


@pytest.fixture
def use_real_model(monkeypatch: pytest.MonkeyPatch, real_embedder):  # type: ignore[no-untyped-def]
    """In-process CLI runs share the session's model instead of loading it again."""
    del monkeypatch  # the export cache of the session makes a real load cheap (~0.3 s)
    return real_embedder


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([HEALTHQA, *args], capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, **(env or {})}, cwd=ROOT)


def test_help_is_instant_and_imports_nothing_heavy() -> None:
    started = time.perf_counter()
    result = _run("--help")
    assert result.returncode == 0 and "ingest" in result.stdout and "ask" in result.stdout
    assert time.perf_counter() - started < 3
    probe = subprocess.run([sys.executable, "-c", "import sys, ui.cli; ui.cli.build_parser(); "
                            "print(sorted(m for m in ('torch','faiss','sentence_transformers',"
                            "'streamlit') if m in sys.modules))"],
                           capture_output=True, text=True, check=True, cwd=ROOT)
    assert probe.stdout.strip() == "[]"


@pytest.mark.parametrize("command", ["ingest", "ask", "serve"])
def test_every_command_has_help(command: str) -> None:
    result = _run(command, "--help")
    assert result.returncode == 0 and "usage: healthqa" in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["ask", ""], "question is empty"),
    (["ask", "?!?"], "no words"),
    (["ask"], "give a QUESTION or --file"),
    (["ask", "cramps", "-k", "0"], "top_k must be between 1 and 50"),
])
def test_bad_questions_fail_fast_with_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    result = _run(*args, "--data", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith("healthqa: error:")


def test_bad_setting_is_one_line(tmp_path: Path) -> None:
    result = _run("ask", "cramps", env={"HEALTHQA_TOP_K": "many"})
    assert result.returncode == 1 and "HEALTHQA_TOP_K='many'" in result.stderr


def test_ask_without_index_says_how_to_build_it(tmp_path: Path, use_real_model,  # type: ignore[no-untyped-def]
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["ask", "leg cramps", "--data", str(tmp_path / "empty")])
    assert code == 1 and "healthqa ingest" in capsys.readouterr().err


@pytest.mark.e2e
def test_ingest_then_ask_json(settings: Settings, use_real_model, tmp_path: Path,  # type: ignore[no-untyped-def]
                              capsys: pytest.CaptureFixture[str]) -> None:
    flags = ["--corpus", str(settings.corpus_dir), "--data", str(settings.data_dir)]
    assert cli.main(["ingest", *flags]) == 0
    out = capsys.readouterr().out
    assert out.count("added") == 5 and "index updated: 5 articles" in out

    assert cli.main(["ingest", *flags]) == 0
    assert capsys.readouterr().out.count("unchanged") == 5

    assert cli.main(["ask", "Can flat feet cause leg twitching?", "--json", *flags]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["found"] and data["passages"][0]["source"] == "what-causes-twitching-leg-muscles.txt"
    assert data["disclaimer"] and data["urgent"] is None
    for item in data["answer"]:
        assert item["text"] in data["passages"][item["cite"] - 1]["text"]


@pytest.mark.e2e
def test_ingest_reports_bad_files_and_indexes_the_rest(settings: Settings, use_real_model,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "magnesium-and-cramps.md"
    good.write_text("---\ntitle: Magnesium and cramps\nauthor: A. Writer\n---\n# Magnesium\n"
                    "Magnesium supplements are often tried for night-time leg cramps. Trials show "
                    "little benefit for most older adults.\n")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    flags = ["--corpus", str(settings.corpus_dir), "--data", str(settings.data_dir)]
    code = cli.main(["ingest", str(good), str(bad), *flags])
    out = capsys.readouterr().out
    assert code == 1
    assert f"failed     {bad}" in out
    assert "added      magnesium-and-cramps.md" in out
    assert (settings.corpus_dir / "magnesium-and-cramps.md").exists()
    assert not (settings.corpus_dir / "broken.txt").exists()
    assert cli.main(["ask", "Do magnesium pills help leg cramps at night?", "--json", *flags]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["passages"][0]["source"] == "magnesium-and-cramps.md"
    assert data["passages"][0]["title"] == "Magnesium and cramps"


@pytest.mark.e2e
def test_ask_file_prints_json_lines_in_order(real_qa, use_real_model, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             capsys: pytest.CaptureFixture[str]) -> None:
    questions = ["Can flat feet cause leg twitching?", "", "What is the capital of France?",
                 "Does caffeine cause twitching?"]
    path = tmp_path / "questions.txt"
    path.write_text("\n".join(questions) + "\n")
    data_dir = str(real_qa.settings.data_dir)
    assert cli.main(["ask", "--file", str(path), "--json", "--data", data_dir]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    rows = [json.loads(line) for line in lines]
    assert [r["question"] for r in rows] == [q for q in questions if q]
    assert [r["found"] for r in rows] == [True, False, True]


@pytest.mark.e2e
def test_ask_text_output(real_qa, use_real_model, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    data_dir = str(real_qa.settings.data_dir)
    assert cli.main(["ask", "Why do my calves cramp when walking?", "-k", "3", "--data", data_dir]) == 0
    out = capsys.readouterr().out
    assert "Passages:" in out and "[3]" in out and "[4]" not in out
    assert "corpus/calf-fasciculation-and-hamstring-cramping.txt" in out
    assert "not medical advice" in out.replace("\n", " ")


@pytest.mark.e2e
def test_installed_command_answers_in_a_new_process(real_qa) -> None:  # type: ignore[no-untyped-def]
    """The console script itself, with the real model loaded from the installed package."""
    result = _run("ask", "Can flat feet cause leg twitching?", "--json",
                  "--data", str(real_qa.settings.data_dir))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["passages"][0]["source"] == "what-causes-twitching-leg-muscles.txt"
    assert "Loading weights" not in result.stderr


@pytest.mark.e2e
def test_ingested_pdf_is_cited_with_its_page(settings: Settings, use_real_model, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from tests.pdfmaker import write_pdf

    pdf = write_pdf(tmp_path / "night-splints.pdf", [
        ["Plantar Fasciitis Care Guide", "This guide covers foot care for runners and walkers.",
         "Good shoes with arch support reduce strain on the feet."],
        ["Night Splints", "A night splint holds the foot flexed while you sleep.",
         "Wearing a night splint for several weeks eases morning heel pain",
         "caused by plantar fasciitis in many patients."],
    ], title="Plantar Fasciitis Care Guide")
    flags = ["--corpus", str(settings.corpus_dir), "--data", str(settings.data_dir)]
    assert cli.main(["ingest", str(pdf), *flags]) == 0
    assert "added      night-splints.pdf" in capsys.readouterr().out
    assert cli.main(["ask", "Does wearing a splint at night help heel pain in the morning?",
                     "--json", *flags]) == 0
    data = json.loads(capsys.readouterr().out)
    top = data["passages"][0]
    assert top["source"] == "night-splints.pdf" and top["page"] == 2
    assert top["title"] == "Plantar Fasciitis Care Guide"
    assert "night splint" in top["text"]


@pytest.mark.e2e
def test_eval_prints_the_metrics(real_qa, use_real_model, tmp_path: Path,  # type: ignore[no-untyped-def]
                                 capsys: pytest.CaptureFixture[str]) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"id": "a", "question": "Can flat feet cause leg twitching?", "expect_any": ["flat feet"]}\n'
        '{"id": "b", "question": "What is the capital of France?", "answerable": false}\n')
    data_dir = str(real_qa.settings.data_dir)
    assert cli.main(["eval", str(questions), "--data", data_dir]) == 0
    out = capsys.readouterr().out
    for name in ("success@1", "success@5", "success@10", "MRR@10", "nDCG@10", "abstention accuracy",
                 "latency p50 / p95"):
        assert name in out
    assert cli.main(["eval", str(questions), "--data", data_dir, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["success@1"] == 1.0 and data["abstention_accuracy"] == 1.0


@pytest.mark.e2e
def test_eval_with_another_corpus_keeps_the_main_index(use_real_model, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "other"
    corpus.mkdir()
    (corpus / "gout.md").write_text("# Gout\nGout is a painful arthritis of the big toe joint.\n")
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "Why does my big toe joint hurt?", "relevant_ids": ["gout.md"]}\n')
    monkeypatch.chdir(tmp_path)
    assert cli.main(["eval", str(questions), "--corpus", str(corpus), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["success@1"] == 1.0
    assert (tmp_path / "data" / "eval" / "other" / "CURRENT").exists()
    assert not (tmp_path / "data" / "CURRENT").exists()


def test_doctor_exit_codes(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    flags = ["--corpus", str(settings.corpus_dir), "--data", str(settings.data_dir)]
    assert cli.main(["doctor", *flags]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM  index" in out and "healthqa ingest" in out
    assert cli.main(["doctor", "--corpus", str(settings.corpus_dir / "missing")]) == 1
    assert "does not exist" in capsys.readouterr().out


@pytest.mark.e2e
def test_doctor_is_happy_after_ingest(settings: Settings, use_real_model,  # type: ignore[no-untyped-def]
                                      capsys: pytest.CaptureFixture[str]) -> None:
    flags = ["--corpus", str(settings.corpus_dir), "--data", str(settings.data_dir)]
    assert cli.main(["ingest", *flags]) == 0
    capsys.readouterr()
    assert cli.main(["doctor", *flags]) == 0
    out = capsys.readouterr().out
    assert out.count("ok ") == 4 and "5 unchanged" in out and "onnx, exported model in" in out


@pytest.mark.e2e
def test_ask_from_standard_input_answers_each_line_as_it_arrives(real_qa) -> None:  # type: ignore[no-untyped-def]
    """A question piped in is answered while standard input is still open."""
    import queue
    import threading

    proc = subprocess.Popen([HEALTHQA, "ask", "--file", "-", "--json",
                             "--data", str(real_qa.settings.data_dir)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    assert proc.stdin is not None and proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True)
    reader.start()
    try:
        proc.stdin.write("Can flat feet cause leg twitching?\n")
        proc.stdin.flush()
        first = json.loads(lines.get(timeout=120))  # stdin is still open here
        assert first["question"] == "Can flat feet cause leg twitching?" and first["found"]
        proc.stdin.write("What is the capital of France?\n")
        proc.stdin.flush()
        assert json.loads(lines.get(timeout=60))["found"] is False
    finally:
        proc.stdin.close()
    assert proc.wait(timeout=60) == 0


@pytest.mark.e2e
def test_ingest_reports_names_on_one_line(settings: Settings, use_real_model, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A name with a newline or a right-to-left override is refused in a line of its own."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "two\nlines.txt").write_text("Calf cramps often strike at night. Stretching helps.")
    (folder / "x.txt").mkdir()
    flags = ["--corpus", str(settings.corpus_dir), "--data", str(settings.data_dir), "--dry-run"]
    code = cli.main(["ingest", str(folder / "two\nlines.txt"), str(folder / "x.txt"), *flags])
    out = capsys.readouterr().out
    assert code == 1
    failed = [line for line in out.splitlines() if line.startswith("failed")]
    assert len(failed) == 2
    assert "two\\u000alines.txt" in failed[0] and "control or bidirectional" in failed[0]
    assert "x.txt" in failed[1] and "folder named like an article file" in failed[1]


@pytest.mark.parametrize(("address", "token", "says"), [
    ("0.0.0.0", None, "read-only on 0.0.0.0; to let editors add or remove articles, set "
                      "HEALTHQA_EDITOR_TOKEN"),
    ("localhost", None, "this computer only"),
    ("0.0.0.0", "x" * 20, "editors sign in with HEALTHQA_EDITOR_TOKEN"),
])
def test_serve_says_who_may_edit(address: str, token: str | None, says: str) -> None:
    from ui.auth import editing_notice

    notice = editing_notice(address, token)
    assert says in notice and "\n" not in notice


def test_serve_refuses_a_short_editor_token_before_starting(tmp_path: Path) -> None:
    result = _run("serve", "--address", "0.0.0.0", "--data", str(tmp_path / "data"),
                  env={"HEALTHQA_EDITOR_TOKEN": "secret"})
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "HEALTHQA_EDITOR_TOKEN must be at least 16 characters" in result.stderr
    assert not (tmp_path / "data").exists()  # refused before any work


def test_verbose_flag_turns_on_healthqa_logs_and_quiet_is_the_default(tmp_path: Path) -> None:
    import logging

    from ui.cli import main

    empty = tmp_path / "corpus"
    empty.mkdir()
    main(["doctor", "--corpus", str(empty), "--data", str(tmp_path / "data")])
    assert logging.getLogger("index").getEffectiveLevel() == logging.WARNING
    main(["doctor", "-v", "--corpus", str(empty), "--data", str(tmp_path / "data")])
    assert logging.getLogger("index").getEffectiveLevel() == logging.INFO
    logging.getLogger("index").setLevel(logging.NOTSET)  # leave the root's level to other tests
    for name in ("ingest", "qa", "ui"):
        logging.getLogger(name).setLevel(logging.NOTSET)
