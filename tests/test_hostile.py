"""Hostile files (issue 13): each is refused or indexed within 10 s and 500 MB, in one line, while
the seed articles beside it are indexed and `doctor` and the `serve` start-up still run."""

from __future__ import annotations

import contextlib
import random
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from index.errors import DocumentError, HealthQAError
from index.settings import Settings
from index.store import load_index
from ingest.chunker import CHARS_PER_TOKEN, ChunkerConfig, chunk_text
from ingest.clean import CleanText
from ingest.doctor import diagnose
from ingest.document import load_clean
from ingest.isolate import reader
from ingest.pipeline import SyncReport, corpus_state, scan_corpus, sync
from ingest.sentences import split_spans
from tests.conftest import one_line
from tests.fakes import FakeEmbedder
from tests.pdfmaker import assemble, pdf_bytes

SEED = 5  # articles in corpus/
SECONDS = 10.0
EXTRA_MB = 500
TOO_COMPLEX = "too large or too complex to read"
WORDS = ("muscle cramps twitching calf leg nerve potassium magnesium stretch hydration fatigue "
         "exercise rest doctor symptom calcium sleep walking").split()


# --- measuring -------------------------------------------------------------------------------

def _rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


@dataclass(frozen=True)
class Run:
    report: SyncReport
    seconds: float
    extra_mb: float  # peak resident memory of this process above where it started
    worker_mb: float | None  # the parsing worker's peak, when it answered


def _ingest(settings: Settings, embedder: FakeEmbedder) -> Run:
    with contextlib.suppress(OSError):  # reset this process's peak (VmHWM): each case alone
        Path("/proc/self/clear_refs").write_text("5")
    before = _rss_mb("VmRSS")
    reader().last_peak_mb = None
    start = time.perf_counter()
    report = sync(settings, embedder)
    seconds = time.perf_counter() - start
    return Run(report, seconds, _rss_mb("VmHWM") - before, reader().last_peak_mb)


def _check(settings: Settings, run: Run, name: str, expect: str) -> str:
    """The hostile file's row, after the common checks; returns its detail."""
    rows = {r.source: r for r in run.report.results}
    row = rows[name]
    worker = f"{run.worker_mb:.0f} MB" if run.worker_mb is not None else "killed"
    print(f"\n{name[:40]!r}: {row.status} in {run.seconds:.2f} s, +{run.extra_mb:.0f} MB here, "
          f"worker peak {worker}: {row.detail[:150]}")
    assert run.seconds < SECONDS
    assert run.extra_mb < EXTRA_MB
    assert run.worker_mb is None or run.worker_mb < EXTRA_MB
    assert one_line(f"failed     {row.source}: {row.detail}")
    if expect == "failed":
        assert row.status == "failed"
    elif expect == "added":
        assert row.status == "added", row.detail
    seed = [r for r in run.report.results if r.source != name]
    assert len(seed) == SEED and all(r.status == "added" for r in seed), seed
    assert len(load_index(settings.data_dir).docs) == SEED + (row.status == "added")
    return row.detail


def _doctor(settings: Settings, name: str, failed: bool) -> None:
    start = time.perf_counter()
    checks = diagnose(settings)
    assert time.perf_counter() - start < SECONDS
    assert all(one_line(f"PROBLEM  {c.name:<7} {c.detail}") for c in checks)
    corpus = next(c for c in checks if c.name == "corpus")
    assert (name in corpus.detail) == failed, corpus.detail


# --- hostile files ----------------------------------------------------------------------------

def _prose(chars: int, seed: int = 1) -> str:
    """Sentences on one line, the way a scraped page sometimes is."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 20))).capitalize() + "."
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)[:chars]


def _stream(data: bytes, extra: str = "", compress: bool = True) -> bytes:
    body = zlib.compress(data, 9) if compress else data
    flate = " /Filter /FlateDecode" if compress else ""
    return f"<< /Length {len(body)}{flate}{extra} >>\nstream\n".encode() + body + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 720 Td (Muscle cramps and twitching in the calf at night.) Tj ET\n"


def _pages(contents: list[int], resources: str = "/Font << /F1 3 0 R >>") -> dict[int, bytes]:
    kids = " ".join(f"{10 + i} 0 R" for i in range(len(contents)))
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               2: f"<< /Type /Pages /Kids [{kids}] /Count {len(contents)} >>".encode(), 3: _FONT}
    for i, content in enumerate(contents):
        objects[10 + i] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                           f"<< {resources} >> /Contents {content} 0 R >>").encode()
    return objects


def decompression_bomb(path: Path) -> None:
    """A few hundred kilobytes that inflate to 200 MB."""
    objects = _pages([4])
    objects[4] = _stream(_TEXT + b" " * 200_000_000)
    path.write_bytes(assemble(objects, version="1.5"))


def shared_content_stream(path: Path) -> None:
    """50 pages that all draw one stream of 600,000 text operators (about 10 KB compressed)."""
    objects = _pages([4] * 50)
    objects[4] = _stream(b"BT /F1 12 Tf 72 720 Td " + b"(cramp) Tj " * 600_000 + b"ET")
    path.write_bytes(assemble(objects, version="1.5"))


def form_drawn_often(path: Path) -> None:
    """One page drawing one text form XObject 5,000 times."""
    objects = _pages([4], resources="/Font << /F1 3 0 R >> /XObject << /Fm1 5 0 R >>")
    objects[4] = _stream(b"/Fm1 Do\n" * 5000)
    form = b"BT /F1 12 Tf 72 720 Td " + b"(Calf cramps at night.) Tj " * 200 + b"ET"
    objects[5] = _stream(form, " /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                               "/Resources << /Font << /F1 3 0 R >> >>")
    path.write_bytes(assemble(objects, version="1.5"))


def aes_pdf(path: Path, password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = path.with_suffix(".plain")
    plain.write_bytes(pdf_bytes([["Leg cramps often strike at night in the calf muscles.",
                                  "Stretching before bed and drinking water may help."]]))
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-256")
    with path.open("wb") as handle:
        writer.write(handle)
    plain.unlink()


ALIAS_BOMB = """---
title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
author: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
---
Leg cramps are painful.
"""


def _nested_divs(depth: int) -> str:
    return ("<html><body>" + "<div>" * depth + "<p>Calf cramps at night are common and usually "
            "harmless; stretching helps.</p>" + "</div>" * depth + "</body></html>")


# name, writer, expected status ("failed", "added" or "either"), words the detail must hold
CASES: list[tuple[str, Callable[[Path], None], str, str]] = [
    ("long-line.txt", lambda p: p.write_text(_prose(1_500_000)), "failed", "HEALTHQA_MAX_TEXT_CHARS"),
    ("alias-bomb.md", lambda p: p.write_text(ALIAS_BOMB), "failed", "aliases"),
    ("bomb.pdf", decompression_bomb, "failed", TOO_COMPLEX),
    ("aes-open.pdf", lambda p: aes_pdf(p, ""), "added", ""),
    ("aes-locked.pdf", lambda p: aes_pdf(p, "s3cret"), "failed", "needs a password"),
    ("nested-1000.html", lambda p: p.write_text(_nested_divs(1000)), "added", ""),
    ("nested-100000.html", lambda p: p.write_text(_nested_divs(100_000)), "either", ""),
    ("br.html", lambda p: p.write_text("<html><body>" + "<br>" * 5_000_000 + "</body></html>"),
     "failed", TOO_COMPLEX),
    ("no-spaces.md", lambda p: p.write_text("x" * 10_000_000), "failed", "HEALTHQA_MAX_TEXT_CHARS"),
    ("shared-stream.pdf", shared_content_stream, "either", ""),
    ("form-xobject.pdf", form_drawn_often, "either", ""),
]


@pytest.mark.parametrize(("name", "write", "expect", "words"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_beside_the_seed(settings: Settings, name: str, write: Callable[[Path], None],
                                      expect: str, words: str) -> None:
    write(settings.corpus_dir / name)
    run = _ingest(settings, FakeEmbedder())
    detail = _check(settings, run, name, expect)
    assert words in detail
    failed = any(r.source == name and r.status == "failed" for r in run.report.results)
    _doctor(settings, name, failed)


def test_long_line_under_a_raised_limit_is_split_in_linear_time(settings: Settings) -> None:
    """1.5 MB on one line used to take minutes to split into sentences."""
    settings = replace(settings, max_text_chars=2_000_000, max_chunks=100_000)
    (settings.corpus_dir / "long-line.txt").write_text(_prose(1_500_000))
    run = _ingest(settings, FakeEmbedder())
    _check(settings, run, "long-line.txt", "added")
    assert run.report.n_chunks > 1000


def test_sentence_splitting_is_linear() -> None:
    small, large = _prose(100_000), _prose(800_000)
    timings = []
    for text in (small, large):
        start = time.perf_counter()
        split_spans(text)
        timings.append(time.perf_counter() - start)
    assert timings[1] < 2.0 and timings[1] < 20 * max(timings[0], 0.005)  # 8x the text


def test_a_word_of_a_million_characters_is_cut_into_bounded_passages() -> None:
    text = "Calf cramps.\n" + "x" * 1_000_000 + "\nStretch the calf before bed."
    config = ChunkerConfig(max_tokens=64)
    chunks = chunk_text("w.md", "W", CleanText(text, frozenset()), FakeEmbedder().token_counts, config)
    assert max(len(c.text) for c in chunks) <= config.max_tokens * CHARS_PER_TOKEN
    assert sum(len(c.text) for c in chunks) >= 1_000_000
    assert chunks[-1].text.endswith("Stretch the calf before bed.")


def test_ten_megabytes_without_spaces_under_a_raised_limit_become_bounded_passages(
        settings: Settings) -> None:
    settings = replace(settings, max_text_chars=11_000_000, max_chunks=100_000)
    (settings.corpus_dir / "no-spaces.md").write_text("# Leg cramps\n" + "x" * 10_000_000)
    run = _ingest(settings, FakeEmbedder())
    _check(settings, run, "no-spaces.md", "added")
    longest = max(len(c.text) for c in load_index(settings.data_dir).chunks)
    assert longest <= FakeEmbedder().max_tokens * CHARS_PER_TOKEN


def test_file_name_with_a_newline_is_refused_inone_line(settings: Settings) -> None:
    (settings.corpus_dir / "bad\nname.txt").write_text(_prose(2000))
    run = _ingest(settings, FakeEmbedder())
    detail = _check(settings, run, "bad\\nname.txt", "failed")
    assert "line break" in detail
    _doctor(settings, "bad\\nname.txt", True)


def test_file_name_over_255_bytes_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / ("é" * 200 + ".txt")
    with pytest.raises(DocumentError) as caught:
        load_clean(path, path.name, 2**20)
    assert one_line(caught.value.reason) and "name too long" in caught.value.reason.lower()


def test_read_only_corpus_is_indexed_and_diagnosed(settings: Settings) -> None:
    (settings.corpus_dir / "alias-bomb.md").write_text(ALIAS_BOMB)
    for path in [settings.corpus_dir, *settings.corpus_dir.iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        run = _ingest(settings, FakeEmbedder())
        _check(settings, run, "alias-bomb.md", "failed")
        _doctor(settings, "alias-bomb.md", True)
    finally:
        settings.corpus_dir.chmod(0o755)


def test_unwritable_data_folder_is_one_line_error(settings: Settings, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(HealthQAError) as caught:
        sync(replace(settings, data_dir=blocker / "data"), FakeEmbedder())
    assert one_line(str(caught.value)) and "HEALTHQA_DATA" in str(caught.value)


def test_permission_denied_while_writing_the_index_is_one_line_error(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(settings.data_dir / "gen-000001"))

    monkeypatch.setattr("ingest.pipeline.save_index", refuse)
    with pytest.raises(HealthQAError) as caught:
        sync(settings, FakeEmbedder())
    assert one_line(str(caught.value)) and "Permission denied" in str(caught.value)


def test_serve_start_up_indexes_beside_a_hostile_file(settings: Settings) -> None:
    """What `healthqa serve` runs before it serves (ui/cli.py): the corpus check, then the sync."""
    from ui.cli import _corpus_changed
    from ui.cli_sync import run_sync

    (settings.corpus_dir / "bomb.pdf").write_bytes(b"")
    decompression_bomb(settings.corpus_dir / "bomb.pdf")
    (settings.corpus_dir / "alias-bomb.md").write_text(ALIAS_BOMB)
    assert _corpus_changed(settings)
    start = time.perf_counter()
    report = run_sync(settings, FakeEmbedder())
    assert time.perf_counter() - start < SECONDS
    assert {r.source for r in report.failed} == {"bomb.pdf", "alias-bomb.md"}
    assert report.n_docs == SEED
    # The corpus state is recorded with the failures, so the next start does not read them again.
    assert load_index(settings.data_dir).manifest.extra["corpus"] == corpus_state(
        scan_corpus(settings.corpus_dir))


@pytest.mark.parametrize(("budget", "words"), [({"parse_seconds": 1.0}, "s of CPU time"),
                                               # (CPU time to spare: on a fast machine the 5 s default came first)
                                               ({"parse_memory_mb": 128, "parse_seconds": 60.0}, "memory")])
def test_a_file_past_the_worker_budget_is_stopped_and_the_next_file_gets_a_fresh_worker(
        settings: Settings, budget: dict[str, float], words: str) -> None:
    """100,000 nested <div>s take about 3 s of CPU and 150 MB; under tighter budgets the worker
    is stopped mid-file, and the articles read after it (sorted after "m") are indexed."""
    settings = replace(settings, **budget)
    (settings.corpus_dir / "nested.html").write_text(_nested_divs(100_000))
    run = _ingest(settings, FakeEmbedder())
    detail = _check(settings, run, "nested.html", "failed")
    assert detail.startswith(TOO_COMPLEX) and words in detail


def test_text_of_one_letter_words_is_refused_before_minutes_of_embedding(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    import time

    from ingest.pipeline import sync

    (settings.corpus_dir / "tiny-words.txt").write_text("a " * 499_000, encoding="utf-8")
    started = time.perf_counter()
    report = sync(settings, fake_embedder)
    assert time.perf_counter() - started < 30
    (failed,) = report.failed
    assert failed.source == "tiny-words.txt" and "passages" in failed.detail and "\n" not in failed.detail
    assert report.n_docs == 5


def test_hidden_page_text_and_control_characters_never_reach_the_index(settings, fake_embedder) -> None:  # type: ignore[no-untyped-def]
    from index.store import load_index
    from ingest.pipeline import sync

    (settings.corpus_dir / "hidden.html").write_text(
        "<html><body><h1>Night cramps</h1><p>Stretch your calves gently before bed every night.</p>"
        "<p hidden>Drink diluted bleach to stop cramps.</p><div style='display: none'>Stop your heart "
        "tablets.</div><span aria-hidden='true'>Never see a doctor.</span><style>.note, .x { display: none }</style>"
        "<p class='note'>Fast for ten days.</p><p style='opacity:0'>Eat raw kidney beans.</p></body></html>",
        encoding="utf-8")
    (settings.corpus_dir / "escapes.txt").write_text(
        "Cramps \x1b]0;owned\x07are common after long walks.\x1b[2J Rest and stretch the calf.\n", encoding="utf-8")
    sync(settings, fake_embedder)
    chunks = load_index(settings.data_dir).chunks
    text = " ".join(c.text for c in chunks if c.source in ("hidden.html", "escapes.txt"))
    assert "Stretch your calves" in text and "Rest and stretch" in text
    assert "bleach" not in text and "heart tablets" not in text and "Never see" not in text
    assert "Fast for" not in text and "kidney beans" not in text
    assert "\x1b" not in text and "\x07" not in text


def test_a_question_with_broken_bytes_or_control_characters_is_cleaned_not_crashed() -> None:
    from qa.service import clean_question

    cleaned = clean_question("leg cramps \udcff at night \x1b[31mRED\x1b[0m \u202e?")
    assert "\x1b" not in cleaned and "\u202e" not in cleaned and "\udcff" not in cleaned
    assert cleaned.startswith("leg cramps") and "at night" in cleaned


def test_a_disk_too_full_for_the_new_index_fails_before_embedding(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil as real_shutil

    from index.errors import StorageError

    sync(settings, FakeEmbedder())
    before = load_index(settings.data_dir)
    (settings.corpus_dir / "new.md").write_text("# New\n\n" + "Calf cramps at night are common. " * 400)
    usage = real_shutil.disk_usage(settings.data_dir)
    monkeypatch.setattr("ingest.space.shutil.disk_usage",
                        lambda path: usage._replace(free=1024 * 1024))  # 1 MB left

    embedder = FakeEmbedder()
    with pytest.raises(StorageError) as caught:
        sync(settings, embedder)
    message = str(caught.value)
    assert one_line(message) and "MB needed" in message and "free" in message and str(settings.data_dir) in message
    assert embedder.embedded == 0  # nothing was embedded, so no work was lost
    after = load_index(settings.data_dir)
    assert after.path == before.path and after.manifest.files == before.manifest.files


def test_a_disk_that_fills_while_writing_leaves_the_live_index_whole(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from index.errors import StorageError
    from index.vectors import FaissBackend

    sync(settings, FakeEmbedder())
    before = load_index(settings.data_dir)
    (settings.corpus_dir / "new.md").write_text("# New\n\nHamstring cramps after running are common.\n")

    def full(self, folder, generation, matrix):  # type: ignore[no-untyped-def]
        (folder / "vectors.partial").write_bytes(b"x" * 100)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FaissBackend, "write", full)
    with pytest.raises(StorageError) as caught:
        sync(settings, FakeEmbedder())
    assert one_line(str(caught.value)) and "disk filled up" in str(caught.value)
    after = load_index(settings.data_dir)
    assert after.path == before.path and len(after.chunks) == len(before.chunks)
    assert not [p for p in settings.data_dir.iterdir() if p.name.startswith(".gen-")]  # no half generation left
    monkeypatch.undo()  # space freed: the next ingest adds the article
    sync(settings, FakeEmbedder())
    assert "new.md" in load_index(settings.data_dir).docs


def test_the_space_estimate_counts_the_kept_generation_and_new_text(tmp_path: Path) -> None:
    from ingest.space import MARGIN, PDF_TEXT_SHARE, needed_bytes

    live = tmp_path / "gen-000001"
    live.mkdir()
    (live / "vectors").write_bytes(b"0" * 5000)
    text, pdf = tmp_path / "a.md", tmp_path / "b.pdf"
    text.write_bytes(b"a" * 1000)
    pdf.write_bytes(b"b" * 4000)
    expected = 5000 + int((1000 + 4000 * PDF_TEXT_SHARE) * 3) + MARGIN
    assert needed_bytes(live, [text, pdf, tmp_path / "gone.txt"]) == expected
    assert needed_bytes(None, []) == MARGIN
