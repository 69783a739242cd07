"""Copying new article files into corpus/ without ever overwriting a different article."""

from __future__ import annotations

import errno
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
from ingest.names import look_alike, normalise, shown


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
        if _is_dir(path) and not _wanted(path):
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend((Path(root) / f, False) for f in sorted(files) if not f.startswith("."))
        else:
            out.append((path, True))
    return out


def add_to_corpus(paths: list[Path], corpus_dir: Path, max_bytes: int, *,
                  dry_run: bool = False) -> list[CopyResult]:
    """Check each file can be read as an article, then copy it into corpus/ under its own name,
    normalised (ingest.names); a name that reads like another article's is refused.

    With `dry_run`, only check: a file that would be copied is reported as "would copy".
    """
    if not dry_run:
        corpus_dir.mkdir(parents=True, exist_ok=True)
    root = corpus_dir.resolve()
    names = _names(root)
    results: list[CopyResult] = []
    for path in paths:
        if not _is_dir(path):
            results.append(_add_one(path, True, root, names, max_bytes, dry_run))
        elif _wanted(path):
            results.append(CopyResult(shown(str(path)), None, "failed",
                                      "a folder named like an article file; name the files in it, "
                                      "or rename the folder"))
        else:
            found = expand([path])
            if not any(_wanted(p) for p, _ in found):
                results.append(CopyResult(shown(str(path)), None, "skipped",
                                          "no article files in this folder"))
            results.extend(_add_one(p, explicit, root, names, max_bytes, dry_run)
                           for p, explicit in found)
    return results


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long for the file system: reported by _add_one
        return False


def _wanted(path: Path) -> bool:
    """An article type by its suffix (a folder may be named like one, too)."""
    return is_supported(path) or is_bulk(path)


def _names(root: Path) -> set[str]:
    """Names of the articles at the top of corpus/, where new files go."""
    try:
        return {p.name for p in root.iterdir() if not p.name.startswith(".")}
    except OSError:
        return set()


def _add_one(path: Path, explicit: bool, root: Path, names: set[str], max_bytes: int,
             dry_run: bool) -> CopyResult:
    label = shown(str(path))
    try:
        # The name first: a name too long for the file system makes even exists() fail.
        name = normalise(path.name)
        if not path.exists():
            return CopyResult(label, None, "failed", "no such file or folder")
    except DocumentError as exc:
        return CopyResult(label, None, "failed", exc.reason)
    except OSError as exc:
        return CopyResult(label, None, "failed", f"cannot read it ({exc.strerror or exc})")
    if not _wanted(path):
        if explicit:
            return CopyResult(label, None, "failed", f"unsupported file type {path.suffix or '(none)'!r}")
        return CopyResult(label, None, "skipped", "not an article file type")
    resolved = path.resolve()
    if resolved.is_relative_to(root):
        return CopyResult(label, resolved.relative_to(root).as_posix(), "present")
    try:
        if is_bulk(path):
            check_bulk(path, label, max_bytes)
        else:
            load_clean(path, label, max_bytes)
    except DocumentError as exc:
        return CopyResult(label, None, "failed", exc.reason)
    result = _copy(path, name, label, root, names, dry_run)
    if result.source is not None:
        names.add(result.source)
    return result


def _copy(path: Path, name: str, label: str, root: Path, names: set[str], dry_run: bool) -> CopyResult:
    target = root / name
    if target.exists():
        if file_sha256(target) == file_sha256(path):
            return CopyResult(label, target.name, "present", "already in the corpus")
        return CopyResult(label, None, "failed",
                          f"corpus/{shown(name)} already holds a different article; rename the new "
                          f"file, or edit corpus/{shown(name)} itself to update it")
    other = look_alike(name, names)
    if other is not None:
        if (root / other).is_file() and file_sha256(root / other) == file_sha256(path):
            return CopyResult(label, other, "present", f"already in the corpus as {shown(other)}")
        # Readers could not tell the two apart in a citation, so a second one is never added.
        return CopyResult(label, None, "failed",
                          f"the name reads the same as corpus/{shown(other)}, a different article "
                          f"(letter case, width or look-alike letters differ); rename the new file")
    if dry_run:
        return CopyResult(label, name, "would copy")
    fd, temp = tempfile.mkstemp(prefix=".incoming-", dir=root)
    os.close(fd)
    try:
        shutil.copyfile(path, temp)
        place_new(Path(temp), target)
    except FileExistsError:
        return CopyResult(label, None, "failed", f"corpus/{shown(name)} appeared meanwhile; retry")
    finally:
        os.unlink(temp)
    return CopyResult(label, name, "copied")


# link() fails with these where the file system has no hard links (FAT, exFAT, some SMB and cloud
# shares, a few container overlays).
_NO_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.ENOSYS})


def place_new(source: Path, target: Path) -> None:
    """Give `source`'s bytes the name `target`, never replacing a file of that name (raises
    FileExistsError): a racing copy can never overwrite an article.

    A hard link does it at once; without hard links the bytes are copied into a file created
    exclusively, and a half-written copy is removed if the copy fails.
    """
    try:
        os.link(source, target, follow_symlinks=False)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
    with source.open("rb") as src:
        out = target.open("xb")
        try:
            with out:
                shutil.copyfileobj(src, out)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
