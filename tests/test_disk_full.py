"""A real full disk: ingest into a small tmpfs, fail before embedding or while writing, keep the old index."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from index.errors import StorageError
from index.settings import Settings
from index.store import load_index
from ingest.pipeline import sync
from tests.conftest import one_line
from tests.fakes import FakeEmbedder


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB tmpfs, where the machine lets us mount one (root on Linux); skipped elsewhere."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.strip() or made.returncode})")
    try:
        yield mount
    finally:
        # lazily: a failed test may still hold a file of it open until collected
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> None:
    """Write a ballast file so that about `leave` bytes stay free."""
    import shutil

    free = shutil.disk_usage(folder).free
    with (folder / "ballast").open("ab") as handle:
        handle.write(b"\0" * max(free - leave, 0))


def test_a_small_disk_refuses_a_big_addition_before_embedding(small_disk: Path, settings: Settings) -> None:
    settings = replace(settings, data_dir=small_disk / "data")
    sync(settings, FakeEmbedder())
    before = load_index(settings.data_dir)
    _fill(small_disk, leave=4_500_000)
    (settings.corpus_dir / "long.md").write_text("# Long\n\n" + "Night cramps in the calf are common. " * 20_000)

    embedder = FakeEmbedder()
    with pytest.raises(StorageError) as caught:
        sync(settings, embedder)
    assert one_line(str(caught.value)) and "needed" in str(caught.value) and embedder.embedded == 0
    after = load_index(settings.data_dir)
    assert after.path == before.path and after.manifest.files == before.manifest.files


def test_a_disk_that_fills_while_writing_ends_in_one_line_and_the_old_index(
        small_disk: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = replace(settings, data_dir=small_disk / "data")
    sync(settings, FakeEmbedder())
    before = load_index(settings.data_dir)
    (settings.corpus_dir / "long.md").write_text("# Long\n\n" + "Hamstring cramps after a run are common. " * 5_000)
    # The estimate is generous; with it switched off the write itself meets the full disk.
    monkeypatch.setattr("ingest.pipeline.check_room", lambda data_dir, needed: None)
    _fill(small_disk, leave=60_000)
    with pytest.raises(StorageError) as caught:
        sync(settings, FakeEmbedder())
    assert one_line(str(caught.value)) and "disk filled up" in str(caught.value)
    after = load_index(settings.data_dir)
    assert after.path == before.path and len(after.chunks) == len(before.chunks)
    assert not [p for p in settings.data_dir.iterdir() if p.name.startswith(".gen-")]
    (small_disk / "ballast").unlink()  # space freed: the next ingest adds the article
    sync(settings, FakeEmbedder())
    assert "long.md" in load_index(settings.data_dir).docs
