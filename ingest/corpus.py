"""Copying new article files into corpus/ without ever overwriting a different article."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from index.errors import DocumentError
from index.hashing import file_sha256
from ingest.bulk import check_bulk, is_bulk
from ingest.document import load_clean
from ingest.loaders import is_supported


@dataclass(frozen=True)
class CopyResult:
    """`source` is the name under corpus/ (None when refused); `status` copied, would copy,
    present, failed or skipped."""

    path: str
    source: str | None
    status: str
    detail: str = ""


def expand(paths: list[Path]) -> list[tuple[Path, bool]]:
    """Files named directly (True) and supported files found in named folders (False)."""
    out: list[tuple[Path, bool]] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend((Path(root) / f, False) for f in sorted(files) if not f.startswith("."))
        else:
            out.append((path, True))
    return out


def add_to_corpus(paths: list[Path], corpus_dir: Path, max_bytes: int, *,
                  dry_run: bool = False) -> list[CopyResult]:
    """Check each file can be read as an article, then copy it into corpus/ under its own name.

    With `dry_run`, only check: a file that would be copied is reported as "would copy".
    """
    if not dry_run:
        corpus_dir.mkdir(parents=True, exist_ok=True)
    root = corpus_dir.resolve()
    results: list[CopyResult] = []
    for path, explicit in expand(paths):
        label = str(path)
        if not path.exists():
            results.append(CopyResult(label, None, "failed", "no such file or folder"))
            continue
        if not (is_supported(path) or is_bulk(path)):
            if explicit:
                results.append(CopyResult(label, None, "failed",
                                          f"unsupported file type {path.suffix or '(none)'!r}"))
            else:
                results.append(CopyResult(label, None, "skipped", "not an article file type"))
            continue
        resolved = path.resolve()
        if resolved.is_relative_to(root):
            results.append(CopyResult(label, resolved.relative_to(root).as_posix(), "present"))
            continue
        try:
            if is_bulk(path):
                check_bulk(path, label, max_bytes)
            else:
                load_clean(path, label, max_bytes)
        except DocumentError as exc:
            results.append(CopyResult(label, None, "failed", exc.reason))
            continue
        results.append(_copy(path, label, root, dry_run))
    return results


def _copy(path: Path, label: str, root: Path, dry_run: bool) -> CopyResult:
    target = root / path.name
    if target.exists():
        if file_sha256(target) == file_sha256(path):
            return CopyResult(label, target.name, "present", "already in the corpus")
        return CopyResult(label, None, "failed",
                          f"corpus/{target.name} already holds a different article; rename the new "
                          f"file, or edit corpus/{target.name} itself to update it")
    if dry_run:
        return CopyResult(label, target.name, "would copy")
    fd, temp = tempfile.mkstemp(prefix=".incoming-", dir=root)
    os.close(fd)
    try:
        shutil.copyfile(path, temp)
        # link() refuses an existing name, so a racing copy can never overwrite an article.
        os.link(temp, target)
    except FileExistsError:
        return CopyResult(label, None, "failed", f"corpus/{target.name} appeared meanwhile; retry")
    finally:
        os.unlink(temp)
    return CopyResult(label, target.name, "copied")
