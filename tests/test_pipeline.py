"""Ingest: incremental sync of corpus/ into the index, bad files refused, articles never lost."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.errors import HealthQAError, IngestConflictError
from index.settings import Settings
from index.store import current_generation, load_index
from ingest.corpus import add_to_corpus
from ingest.pipeline import LOCK_NAME, sync
from tests.fakes import FakeEmbedder

FLAT_FEET = "what-causes-twitching-leg-muscles.txt"


def _status(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r.source: r.status for r in report.results}


def test_first_sync_indexes_every_seed_article(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    report = sync(settings, fake_embedder)
    assert set(_status(report).values()) == {"added"} and len(report.results) == 5
    index = load_index(settings.data_dir)
    assert len(index.docs) == 5 and report.n_chunks == len(index.chunks) > 20
    assert index.docs[FLAT_FEET].title == "What Causes Twitching Leg Muscles- Surprising Finds"
    assert all(d.ingested_at for d in index.docs.values())


def test_second_sync_embeds_nothing(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    before, generation = fake_embedder.embedded, current_generation(settings.data_dir)
    report = sync(settings, fake_embedder)
    assert set(_status(report).values()) == {"unchanged"}
    assert fake_embedder.embedded == before and not report.wrote
    assert current_generation(settings.data_dir) == generation


def test_changed_article_replaces_only_its_chunks(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    old = load_index(settings.data_dir)
    path = settings.corpus_dir / FLAT_FEET
    path.write_text(path.read_text() + "\nOrthotics are shoe inserts that support the arch.\n")
    before = fake_embedder.embedded
    report = sync(settings, fake_embedder)
    assert _status(report)[FLAT_FEET] == "changed"
    new = load_index(settings.data_dir)
    changed = [c for c in new.chunks if c.source == FLAT_FEET]
    assert fake_embedder.embedded - before == len(changed)
    assert any("shoe inserts" in c.text for c in changed)
    untouched = [c for c in old.chunks if c.source != FLAT_FEET]
    assert [c for c in new.chunks if c.source != FLAT_FEET] == untouched


def test_removed_article_leaves_the_index(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    (settings.corpus_dir / FLAT_FEET).unlink()
    report = sync(settings, fake_embedder)
    assert _status(report)[FLAT_FEET] == "removed"
    index = load_index(settings.data_dir)
    assert FLAT_FEET not in index.docs and all(c.source != FLAT_FEET for c in index.chunks)
    assert FLAT_FEET not in index.manifest.files


def test_identical_content_is_indexed_once(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    original = (settings.corpus_dir / FLAT_FEET).read_bytes()
    (settings.corpus_dir / "a-copy.txt").write_bytes(original)
    statuses = _status(sync(settings, fake_embedder))
    assert sorted([statuses["a-copy.txt"], statuses[FLAT_FEET]]) == ["added", "duplicate"]
    assert len(load_index(settings.data_dir).docs) == 5


def test_new_copy_of_an_indexed_article_is_the_duplicate(
        settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    (settings.corpus_dir / "a-copy.txt").write_bytes((settings.corpus_dir / FLAT_FEET).read_bytes())
    report = sync(settings, fake_embedder)
    assert _status(report)["a-copy.txt"] == "duplicate"
    assert FLAT_FEET in report.results[0].detail
    assert "a-copy.txt" not in load_index(settings.data_dir).docs


def test_bad_files_fail_alone(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    (settings.corpus_dir / "binary.txt").write_bytes(b"\x00\x01\x02garbage" * 10)
    (settings.corpus_dir / "empty.md").write_text("")
    (settings.corpus_dir / "notes.docx").write_bytes(b"PK\x03\x04")
    report = sync(settings, fake_embedder)
    failed = {r.source: r.detail for r in report.failed}
    assert set(failed) == {"binary.txt", "empty.md", "notes.docx"}
    assert "binary" in failed["binary.txt"] and "empty" in failed["empty.md"]
    assert "unsupported" in failed["notes.docx"]
    assert len(load_index(settings.data_dir).docs) == 5


def test_a_refused_file_is_not_read_again_until_it_changes_or_a_retry(
        settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile file can cost its whole reading budget: an unchanged one is refused from memory."""
    from ingest import pipeline
    from ingest.pipeline import plan_changes

    (settings.corpus_dir / "binary.txt").write_bytes(b"\x00\x01\x02garbage" * 10)
    first = {r.source: r.detail for r in sync(settings, fake_embedder).failed}
    assert "binary" in first["binary.txt"]
    reads: list[str] = []
    real = pipeline.prepare_document
    monkeypatch.setattr(pipeline, "prepare_document", lambda path, source, *a, **k: (
        reads.append(source), real(path, source, *a, **k))[1])
    again = sync(settings, fake_embedder)
    assert reads == [] and not again.wrote  # nothing read, nothing to write
    detail = {r.source: r.detail for r in again.failed}["binary.txt"]
    assert first["binary.txt"] in detail and "--retry" in detail
    # doctor (which plans without reading) reports it failed, with the reason, not pending
    planned = {r.source: r for r in plan_changes(settings, load_index(settings.data_dir))}
    assert planned["binary.txt"].status == "failed" and "binary" in planned["binary.txt"].detail
    sync(settings, fake_embedder, retry=True)
    assert reads == ["binary.txt"]
    (settings.corpus_dir / "binary.txt").write_bytes(b"\x00\x01\x02other garbage" * 10)
    sync(settings, fake_embedder)
    assert reads == ["binary.txt", "binary.txt"]  # changed bytes: read again
    (settings.corpus_dir / "binary.txt").write_text("Now a readable article about calf cramps at night. " * 20)
    report = sync(settings, fake_embedder)
    assert "binary.txt" in load_index(settings.data_dir).docs and not report.failed
    assert load_index(settings.data_dir).manifest.extra["refused"] == {}


def test_a_refusal_is_forgotten_when_the_reading_budgets_change(
        settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from dataclasses import replace

    from ingest.pipeline import plan_changes

    (settings.corpus_dir / "binary.txt").write_bytes(b"\x00\x01\x02garbage" * 10)
    sync(settings, fake_embedder)
    index = load_index(settings.data_dir)
    assert "--retry" in {r.source: r.detail for r in plan_changes(settings, index)}["binary.txt"]
    wider = replace(settings, parse_seconds=settings.parse_seconds + 1)
    assert {r.source: r.status for r in plan_changes(wider, index)}["binary.txt"] == "added"


def test_article_that_turns_unreadable_keeps_its_last_good_version(
        settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    before = [c for c in load_index(settings.data_dir).chunks if c.source == FLAT_FEET]
    (settings.corpus_dir / FLAT_FEET).write_bytes(b"caf\xe9 latin-1 text")
    report = sync(settings, fake_embedder)
    assert _status(report)[FLAT_FEET] == "failed"
    after = load_index(settings.data_dir)
    assert [c for c in after.chunks if c.source == FLAT_FEET] == before


def test_other_model_triggers_a_full_rebuild(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(settings, fake_embedder)
    other = FakeEmbedder(model_id="another-model")
    report = sync(settings, other)
    assert "rebuilding" in report.note and "model" in report.note
    assert set(_status(report).values()) == {"added"}
    assert load_index(settings.data_dir).manifest.model_id == "another-model"


def test_dry_run_changes_nothing(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    report = sync(settings, fake_embedder, dry_run=True)
    assert set(_status(report).values()) == {"added"}
    assert current_generation(settings.data_dir) is None and fake_embedder.embedded == 0


def test_rebuild_reembeds_everything(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    first = sync(settings, fake_embedder)
    before = fake_embedder.embedded
    sync(settings, fake_embedder, rebuild=True)
    assert fake_embedder.embedded - before == first.n_chunks


def test_a_second_ingest_waits_its_turn(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from filelock import FileLock

    settings.data_dir.mkdir(parents=True)
    with FileLock(str(settings.data_dir / LOCK_NAME)), pytest.raises(IngestConflictError):
        sync(settings, fake_embedder)


def test_missing_corpus_folder_is_an_error(tmp_path: Path, fake_embedder: FakeEmbedder) -> None:
    with pytest.raises(HealthQAError, match="does not exist"):
        sync(Settings(corpus_dir=tmp_path / "nope", data_dir=tmp_path / "data"), fake_embedder)


def test_progress_reports_reading_and_embedding(settings: Settings, fake_embedder: FakeEmbedder) -> None:
    seen: dict[str, tuple[int, int]] = {}
    sync(settings, fake_embedder, progress=lambda stage, done, total: seen.__setitem__(stage, (done, total)))
    assert seen["reading"] == (5, 5)
    done, total = seen["embedding"]
    assert done == total > 0


# Copying into corpus/


def test_add_copies_a_new_article(settings: Settings, tmp_path: Path) -> None:
    new = tmp_path / "outside" / "Night cramps é.md"
    new.parent.mkdir()
    new.write_text("---\ntitle: Night cramps\n---\n"
                   "Night cramps are common in older adults. Stretching helps.\n")
    [result] = add_to_corpus([new], settings.corpus_dir, 10**6)
    assert result.status == "copied" and result.source == "Night cramps é.md"
    assert (settings.corpus_dir / "Night cramps é.md").read_bytes() == new.read_bytes()
    assert new.exists()  # copied, not moved


def test_add_never_overwrites_a_different_article(settings: Settings, tmp_path: Path) -> None:
    original = (settings.corpus_dir / FLAT_FEET).read_bytes()
    impostor = tmp_path / FLAT_FEET
    impostor.write_text("A different article with the same name. It talks about knees.")
    [result] = add_to_corpus([impostor], settings.corpus_dir, 10**6)
    assert result.status == "failed" and "different article" in result.detail
    assert (settings.corpus_dir / FLAT_FEET).read_bytes() == original


def test_add_same_content_is_reported_present(settings: Settings, tmp_path: Path) -> None:
    same = tmp_path / FLAT_FEET
    same.write_bytes((settings.corpus_dir / FLAT_FEET).read_bytes())
    [result] = add_to_corpus([same], settings.corpus_dir, 10**6)
    assert result.status == "present"


def test_add_refuses_bad_files_without_copying(settings: Settings, tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00" * 100)
    missing = tmp_path / "missing.txt"
    odd = tmp_path / "slides.pptx"
    odd.write_bytes(b"x")
    results = add_to_corpus([bad, missing, odd], settings.corpus_dir, 10**6)
    assert [r.status for r in results] == ["failed", "failed", "failed"]
    assert "scan.txt" in results[0].path and "binary" in results[0].detail
    assert not (settings.corpus_dir / "scan.txt").exists()


@pytest.mark.parametrize("code", ["EPERM", "EOPNOTSUPP", "EXDEV"])
def test_add_works_on_a_file_system_without_hard_links(settings: Settings, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    """FAT, exFAT and some SMB shares refuse link(): the article is still added, never over another."""
    import errno
    import os

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(getattr(errno, code), "links not supported")

    monkeypatch.setattr(os, "link", no_links)
    new = tmp_path / "night-cramps.txt"
    new.write_text("Night cramps in the calf are common and usually harmless. " * 10)
    [result] = add_to_corpus([new], settings.corpus_dir, 10**6)
    assert result.status == "copied"
    assert (settings.corpus_dir / "night-cramps.txt").read_bytes() == new.read_bytes()
    assert not [p for p in settings.corpus_dir.iterdir() if p.name.startswith(".incoming-")]


def test_without_hard_links_an_existing_article_is_never_overwritten(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    from ingest.corpus import place_new

    monkeypatch.setattr(os, "link", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EPERM, "no")))
    source, target = tmp_path / "new.txt", tmp_path / "old.txt"
    source.write_text("new")
    target.write_text("old")
    with pytest.raises(FileExistsError):
        place_new(source, target)
    assert target.read_text() == "old"
    monkeypatch.setattr(os, "link", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EIO, "disk error")))
    with pytest.raises(OSError, match="disk error"):  # other errors are not taken for a missing feature
        place_new(source, tmp_path / "third.txt")
    assert not (tmp_path / "third.txt").exists()


def test_add_folder_takes_supported_files_and_skips_others(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Calf cramps often strike at night. Stretching before bed helps.")
    (folder / "sub" / "b.html").write_text("<html><body><article><h1>B</h1><p>Magnesium may help "
                                           "some people with cramps.</p></article></body></html>")
    (folder / "image.png").write_bytes(b"\x89PNG")
    results = {Path(r.path).name: r.status for r in add_to_corpus([folder], settings.corpus_dir, 10**6)}
    assert results == {"a.txt": "copied", "b.html": "copied", "image.png": "skipped"}


def test_dry_run_add_copies_nothing(settings: Settings, tmp_path: Path) -> None:
    new = tmp_path / "new-article.txt"
    new.write_text("Night cramps are common in older adults. Stretching helps.")
    [result] = add_to_corpus([new], settings.corpus_dir, 10**6, dry_run=True)
    assert result.status == "would copy" and result.source == "new-article.txt"
    assert not (settings.corpus_dir / "new-article.txt").exists()


def test_reading_and_embedding_interleave_and_keep_rows_in_order(
        settings: Settings, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large collection is embedded batch by batch while it is read, not all at the end,
    and every vector still sits on the row of its own chunk."""
    monkeypatch.setattr("ingest.stream.FLUSH_CHUNKS", 8)
    seen: list[tuple[str, int, int]] = []
    sync(settings, fake_embedder, progress=lambda stage, done, total: seen.append((stage, done, total)))
    stages = [s[0] for s in seen]
    first_embed, last_read = stages.index("embedding"), len(stages) - 1 - stages[::-1].index("reading")
    assert first_embed < last_read  # embedding began before the last article was read
    index = load_index(settings.data_dir)
    from index.embedder import embedding_text

    texts = [embedding_text(index.docs[c.source].title, c.section, c.text) for c in index.chunks]
    np.testing.assert_allclose(index.matrix(), FakeEmbedder().embed(texts), atol=1e-6)
