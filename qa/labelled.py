"""Reading labelled question sets (JSON Lines): one reader for the retrieval, answer and triage sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from index.errors import HealthQAError


def read_rows(path: Path) -> list[tuple[int, Any]]:
    """(line number, parsed object) of every non-blank line; an unreadable file or a line that is
    not JSON is an error naming the file and the line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise HealthQAError(f"{path}: cannot read questions ({exc})") from exc
    rows = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append((number, json.loads(line)))
            except ValueError as exc:
                raise HealthQAError(f"{path}:{number}: not a JSON line ({exc})") from exc
    if not rows:
        raise HealthQAError(f"{path}: no questions")
    return rows


def first_row(path: Path) -> dict[str, Any]:
    """The first labelled line, to tell what kind of set a file is; empty when it cannot be read."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    return row if isinstance(row, dict) else {}
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return {}
