"""Ingest never loses an article or corrupts the index: crashes, interrupts, offline, odd input."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.settings import Settings
from index.store import current_generation, load_index
from ingest.pipeline import sync
from tests.conftest import CORPUS, ROOT
from tests.fakes import FakeEmbedder

HEALTHQA = str(Path(sys.executable).with_name("healthqa"))
NEW_ARTICLE = ("Knee Pain in Runners\nRunner's knee is a dull ache around the kneecap. It often "
               "follows long downhill runs. Rest and strengthening the thigh muscles help.\n")


def _default_sigint() -> None:
    # A suite started in the background by a shell (`nohup make test &`, some CI runners) inherits
    # SIGINT ignored, and Python then installs no Ctrl-C handler: the interrupt test would see a
    # finished ingest. The child gets Ctrl-C as a person at a terminal has it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _ingest(settings: Settings, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([HEALTHQA, "ingest", "--corpus", str(settings.corpus_dir), "--data",
                           str(settings.data_dir)], capture_output=True, text=True, timeout=600,
                          check=False, env={**os.environ, **env}, cwd=ROOT, preexec_fn=_default_sigint)


@pytest.mark.e2e
@pytest.mark.parametrize("point", ["embedding", "staged", "renamed"])
def test_killed_ingest_leaves_a_working_index_and_the_next_one_finishes(  # type: ignore[no-untyped-def]
        point: str, settings: Settings, real_embedder) -> None:
    from qa.service import QA

    sync(settings, real_embedder)
    before = current_generation(settings.data_dir)
    (settings.corpus_dir / "runners-knee.txt").write_text(NEW_ARTICLE)

    killed = _ingest(settings, HEALTHQA_CRASH_AT=point)
    assert killed.returncode == -9, killed.stderr  # SIGKILL, mid-way

    assert current_generation(settings.data_dir) == before
    index = load_index(settings.data_dir)
    assert "runners-knee.txt" not in index.docs and len(index.docs) == 5
    answer = QA(settings, real_embedder).ask("Can flat feet cause leg twitching?")
    assert answer.found and answer.hits[0].chunk.source == "what-causes-twitching-leg-muscles.txt"

    report = sync(settings, real_embedder)
    assert [r.source for r in report.results if r.status == "added"] == ["runners-knee.txt"]
    assert "runners-knee.txt" in load_index(settings.data_dir).docs
    leftovers = [p.name for p in settings.data_dir.iterdir() if p.name.startswith(".gen-")]
    assert leftovers == []
    assert len(list(settings.data_dir.glob("gen-*"))) <= 2


@pytest.mark.e2e
def test_interrupted_ingest_exits_130_and_cleans_up(settings: Settings, real_embedder) -> None:  # type: ignore[no-untyped-def]
    sync(settings, real_embedder)
    before = current_generation(settings.data_dir)
    (settings.corpus_dir / "runners-knee.txt").write_text(NEW_ARTICLE)
    interrupted = _ingest(settings, HEALTHQA_CRASH_AT="staged:int")
    assert interrupted.returncode == 130 and "interrupted" in interrupted.stderr
    assert current_generation(settings.data_dir) == before
    assert not [p for p in settings.data_dir.iterdir() if p.name.startswith(".gen-")]
    assert load_index(settings.data_dir).manifest.n_chunks > 0


@pytest.mark.e2e
def test_ingest_and_ask_never_touch_the_network(monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                settings: Settings) -> None:
    """The model loads from site-packages and nothing else opens a connection."""
    from index.embedder import SentenceTransformerEmbedder
    from qa.service import QA

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    embedder = SentenceTransformerEmbedder()  # a fresh load, not the shared session model
    sync(settings, embedder)
    answer = QA(settings, embedder).ask("Why does my calf cramp when I walk?")
    assert answer.found


def test_a_50_mb_file_is_refused_without_being_read(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    big = settings.corpus_dir / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, instant to make
    report = sync(settings, fake_embedder)
    [failed] = report.failed
    assert failed.source == "huge.txt" and "over the 20.0 MB limit" in failed.detail
    assert len(load_index(settings.data_dir).docs) == 5


def test_the_size_limit_is_a_setting(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from dataclasses import replace

    small = replace(settings, max_file_mb=0.002)  # about 2 KB: most seed articles are larger
    report = sync(small, fake_embedder)
    assert {r.source for r in report.failed} >= {"muscle-twitching-in-legs.txt"}
    assert all("HEALTHQA_MAX_FILE_MB" in r.detail for r in report.failed)


def test_a_long_line_without_sentence_breaks_is_chunked(settings: Settings, real_embedder) -> None:  # type: ignore[no-untyped-def]
    words = " ".join(f"cramp{i % 50} muscle calf twitch" for i in range(5000))
    (settings.corpus_dir / "run-on.txt").write_text(f"Run On\n{words}\n")
    report = sync(settings, real_embedder)
    assert not report.failed
    index = load_index(settings.data_dir)
    chunks = [c for c in index.chunks if c.source == "run-on.txt"]
    assert len(chunks) > 50
    from index.embedder import embedding_text

    counts = real_embedder.token_counts([embedding_text("Run On", c.section, c.text) for c in chunks])
    assert max(counts) <= 256


def test_symlink_loop_in_the_corpus_is_not_followed(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    (settings.corpus_dir / "loop").symlink_to(settings.corpus_dir, target_is_directory=True)
    report = sync(settings, fake_embedder)
    assert len(report.results) == 5 and not report.failed


def test_thousands_of_files_progress_and_finish(tmp_path: Path, fake_embedder: FakeEmbedder) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(2000):
        (corpus / f"note-{i:04d}.txt").write_text(f"Note {i}\nSymptom {i} can follow cramp number {i}.")
    seen: list[tuple[str, int, int]] = []
    started = time.perf_counter()
    report = sync(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), fake_embedder,
                  progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert report.n_docs == 2000 and time.perf_counter() - started < 120
    reading = [s for s in seen if s[0] == "reading"]
    assert len(reading) == 2000 and reading[-1][1:] == (2000, 2000)


def test_file_names_with_spaces_and_unicode(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    name = "Crampes nocturnes — été 2024.md"
    (settings.corpus_dir / name).write_text("# Crampes\nLes crampes nocturnes touchent le mollet.\n")
    sync(settings, fake_embedder)
    assert name in load_index(settings.data_dir).docs


@pytest.mark.skipif(not (ROOT.parent / "shared" / "benchmarks" / "pdfs").is_dir(),
                    reason="the shared benchmark PDF is not beside this checkout")
def test_the_44_page_cdc_pdf_reads_in_order_with_page_numbers(fake_embedder: FakeEmbedder) -> None:
    from ingest.chunker import ChunkerConfig, chunk_text
    from ingest.document import load_clean

    path = ROOT.parent / "shared/benchmarks/pdfs/cdc_guide_infection_prevention_outpatient_2016.pdf"
    raw, clean, starts = load_clean(path, path.name, 20 * 2**20)
    assert starts is not None and len(starts) == 44
    sentence = ("Infection prevention must be made a priority in any setting where healthcare is "
                "delivered.")
    at = clean.text.index(sentence)  # one line again: the PDF's wrapped lines are rejoined
    import bisect

    assert bisect.bisect_right(starts, at) == 6
    assert "Version 2.3 - September 2016" not in clean.text  # running footer dropped
    chunks = chunk_text(path.name, "CDC", clean, fake_embedder.token_counts,
                        ChunkerConfig(max_tokens=256), starts)
    bounds = [*starts, len(clean.text) + 2]
    with_text = {p for p in range(1, 45) if clean.text[bounds[p - 1]:bounds[p]].strip()}
    assert len(with_text) >= 40  # page 43 holds only the running footer
    assert {c.page for c in chunks} == with_text
    for chunk in chunks:
        page = chunk.page or 0
        end = starts[page] if page < len(starts) else len(clean.text) + 1
        assert starts[page - 1] <= chunk.start and chunk.end <= end  # inside its own page
    assert raw.meta["title"].startswith("Guide to Infection Prevention")


def test_corpus_is_never_modified_by_ingest(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    before = {p.name: p.read_bytes() for p in settings.corpus_dir.iterdir()}
    (settings.corpus_dir / "bad.txt").write_bytes(b"\x00\x01")
    sync(settings, fake_embedder)
    sync(settings, fake_embedder, rebuild=True)
    after = {p.name: p.read_bytes() for p in settings.corpus_dir.iterdir() if p.name != "bad.txt"}
    assert after == before and (settings.corpus_dir / "bad.txt").exists()


def test_doctor_reports_state_and_fixes(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from ingest.doctor import diagnose

    problems = {c.name: c.detail for c in diagnose(settings) if not c.ok}
    assert "healthqa ingest" in problems["index"]
    shutil.copy(CORPUS / "muscle-twitching-in-legs.txt", settings.corpus_dir / "copy.txt")
    (settings.corpus_dir / "bad.txt").write_bytes(b"\x00")
    checks = {c.name: c for c in diagnose(settings)}
    assert "added" in checks["corpus"].detail and "bad.txt" in checks["corpus"].detail
    assert checks["model"].ok


def test_doctor_lists_a_file_refused_before_as_failed_without_reading_it(
        settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest import doctor
    from ingest.pipeline import sync

    (settings.corpus_dir / "bad.txt").write_bytes(b"\x00\x01garbage" * 20)
    sync(settings, fake_embedder)
    monkeypatch.setattr(doctor, "load_clean", lambda *a, **k: pytest.fail("read again"))
    corpus = {c.name: c for c in doctor.diagnose(settings)}["corpus"]
    assert not corpus.ok and "1 failed" in corpus.detail and "bad.txt" in corpus.detail
    assert "--retry" in corpus.detail and "run `healthqa ingest`" not in corpus.detail


def test_doctor_flags_an_index_from_an_older_chunker(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    import json

    from ingest.doctor import diagnose

    folder = sync(settings, fake_embedder) and load_index(settings.data_dir).path
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["chunker"]["version"] = 1
    (folder / "manifest.json").write_text(json.dumps(manifest))
    problems = {c.name: c.detail for c in diagnose(settings) if not c.ok}
    assert "chunker version 1" in problems["chunker"] and "healthqa ingest" in problems["chunker"]
    report = sync(settings, fake_embedder)  # and ingest rebuilds it
    from ingest.chunker import CHUNKER_VERSION

    assert "rebuilding" in report.note and load_index(settings.data_dir).manifest.chunker["version"] == CHUNKER_VERSION


def test_doctor_flags_an_index_chunked_at_another_size(settings: Settings,
                                                       fake_embedder: FakeEmbedder) -> None:
    from dataclasses import replace

    from ingest.doctor import diagnose

    sync(settings, fake_embedder)
    problems = {c.name: c.detail for c in diagnose(replace(settings, chunk_words=100)) if not c.ok}
    assert "160 words" in problems["chunker"] and "HEALTHQA_CHUNK_WORDS is 100" in problems["chunker"]
