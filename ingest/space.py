"""Room for a new index generation: checked before embedding, and a failed write told plainly."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterable
from pathlib import Path

from index.errors import StorageError

# A passage of about 1 kB of text becomes 1.5 kB of vectors (384 floats), its keyword postings and
# its JSON line: three bytes stored per byte of text is a safe round figure. A PDF's bytes are
# mostly layout and images, a quarter of them text at most.
BYTES_PER_TEXT_BYTE = 3
PDF_TEXT_SHARE = 0.25
# Headroom so the disk is not filled to the last byte (logs, the OS, the next ingest).
MARGIN = 4 * 1024 * 1024
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def folder_bytes(folder: Path | None) -> int:
    """Bytes in a folder's files (a generation being copied into the next one)."""
    if folder is None or not folder.is_dir():
        return 0
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def needed_bytes(live_generation: Path | None, new_files: Iterable[Path]) -> int:
    """A generous estimate of the space a new generation takes while the live one stays."""
    text = 0.0
    for path in new_files:
        try:
            size = path.stat().st_size
        except OSError:
            continue  # gone since listing: it will fail on its own, by name
        text += size * (PDF_TEXT_SHARE if path.suffix.lower() == ".pdf" else 1.0)
    return folder_bytes(live_generation) + int(text * BYTES_PER_TEXT_BYTE) + MARGIN


def free_bytes(folder: Path) -> int:
    """Free space on the disk that holds `folder` (or would: its nearest existing parent)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free


def check_room(data_dir: Path, needed: int) -> None:
    """Fail before the embedding run, not after it, when the disk cannot hold the result."""
    free = free_bytes(data_dir)
    if free < needed:
        raise StorageError(
            f"not enough free disk space for the new index in {data_dir}: about {_mb(needed)} needed, "
            f"{_mb(free)} free. Free some space and run the ingest again (the current index is unchanged)")


def storage_error(data_dir: Path, exc: OSError) -> StorageError:
    """What a failed write of the index means for the person running it."""
    if exc.errno in _FULL:
        return StorageError(f"the disk filled up while writing the index in {data_dir} "
                            f"({_mb(free_bytes(data_dir))} free); free some space and run the ingest again "
                            f"(the current index is unchanged)")
    return StorageError(f"cannot write the index in {data_dir} ({exc.strerror or exc}); make the folder "
                        f"writable, or point HEALTHQA_DATA at one that is (the current index is unchanged)")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:,.0f} kB"
