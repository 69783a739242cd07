"""Listing corpus/: every article file, and every name or folder that cannot be listed safely."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import HealthQAError
from ingest.oneline import breaks_lines, escape_name


@dataclass(frozen=True)
class Scan:
    """`files` as (path under corpus/, path); `problems` as (printable name, reason), one per
    entry that is not read; `unread` the folders whose indexed articles must stay."""

    files: list[tuple[str, Path]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)


def scan(corpus_dir: Path) -> Scan:
    """Every non-hidden file under corpus/; links to folders are not followed.

    A folder that cannot be listed is a problem, not an empty folder: its articles would
    otherwise leave the index. A file whose name holds a line break or control character is
    refused (named with escapes), since every report prints one line per file.
    """
    try:
        if not corpus_dir.is_dir():
            raise HealthQAError(f"corpus folder {corpus_dir} does not exist")
    except OSError as exc:
        raise HealthQAError(f"cannot read the corpus folder {corpus_dir} ({exc.strerror or exc})") from None
    result = Scan()
    errors: list[OSError] = []
    for root, dirs, files in os.walk(corpus_dir, followlinks=False, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            source = path.relative_to(corpus_dir).as_posix()
            try:
                regular = path.is_file()
            except OSError as exc:
                result.problems.append((escape_name(source), f"cannot read ({exc.strerror or exc})"))
                continue
            if not regular:
                continue
            if breaks_lines(source):
                result.problems.append((escape_name(source), "the name holds a line break or control "
                                                             "character; rename the file"))
                continue
            result.files.append((source, path))
    for error in errors:
        folder = Path(error.filename) if error.filename else corpus_dir
        if folder == corpus_dir:
            raise HealthQAError(f"cannot read the corpus folder {corpus_dir} "
                                f"({error.strerror or error})")
        source = folder.relative_to(corpus_dir).as_posix()
        result.problems.append((escape_name(source) + "/", f"cannot read the folder "
                                                           f"({error.strerror or error})"))
        result.unread.append(source + "/")
    return result


def scan_corpus(corpus_dir: Path) -> list[tuple[str, Path]]:
    """Every readable article file under corpus/, as (path relative to corpus/, path)."""
    return scan(corpus_dir).files


def corpus_state(files: list[tuple[str, Path]]) -> dict[str, str]:
    """Size and modification time of every corpus file: a cheap test of whether anything changed."""
    state = {}
    for source, path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        state[source] = f"{info.st_size}:{info.st_mtime_ns}"
    return state
