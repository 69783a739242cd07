"""Bulk collections: a JSON Lines file in corpus/ holds one document a line (id, title, text, url)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from index.errors import DocumentError
from ingest.loaders import RawDocument
from ingest.oneline import UNPRINTABLE

SUFFIX = ".jsonl"
SEPARATOR = "#"  # a bulk document's source is "<file under corpus/>#<id>"
MAX_ID_CHARS = 200
MAX_TITLE_CHARS = 300


class BulkError(DocumentError):
    """A line that cannot be indexed; `source` is its document's name when the id is known."""

    def __init__(self, path: str, reason: str, source: str | None = None) -> None:
        super().__init__(path, reason)
        self.source = source


@dataclass(frozen=True)
class BulkDoc:
    id: str
    title: str
    text: str
    url: str | None
    sha256: str  # of the line, so an edited document is re-embedded and the others are not

    def raw(self) -> RawDocument:
        meta = {"title": self.title} | ({"url": self.url} if self.url else {})
        return RawDocument([self.text], "text", meta)


def is_bulk(path: Path) -> bool:
    return path.suffix.lower() == SUFFIX


def read_bulk(path: Path, label: str, max_bytes: int) -> Iterator[BulkDoc | DocumentError]:
    """Each line as a document, or as a DocumentError naming `label:line` and the reason.

    The file is streamed, so its size is not limited; each document's text is (max_bytes).
    """
    seen: set[str] = set()
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield DocumentError(label, f"cannot read the file ({exc.strerror or exc})")
        return
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{label}:{number}"
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
                raw_id, text = row["id"], row["text"]
                if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
                    raise ValueError("'id' must be a string or a whole number")
                doc_id = str(raw_id).strip()
                if not doc_id or not isinstance(text, str):
                    raise ValueError("needs a non-empty 'id' and a string 'text'")
                if len(doc_id) > MAX_ID_CHARS or UNPRINTABLE.search(doc_id):
                    raise ValueError(f"'id' must be at most {MAX_ID_CHARS} printable characters")
            except (ValueError, KeyError, UnicodeDecodeError) as exc:
                reason = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
                yield DocumentError(where, f"not a document line ({reason})")
                continue
            except RecursionError:  # json gives up on deep nesting this way, not with ValueError
                yield DocumentError(where, "not a document line (nested too deeply)")
                continue
            if doc_id in seen:
                yield DocumentError(where, f"id {doc_id!r} appears twice in the file")
                continue
            seen.add(doc_id)
            if len(text.encode("utf-8")) > max_bytes:
                yield BulkError(where, f"text over the {max_bytes / 2**20:.1f} MB limit",
                                source=f"{label}{SEPARATOR}{doc_id}")
                continue
            title = row.get("title")
            title = " ".join(UNPRINTABLE.sub(" ", title if isinstance(title, str) and title.strip() else doc_id)
                             .split())[:MAX_TITLE_CHARS]
            url = row.get("source_url") or row.get("url")
            url = url if isinstance(url, str) and not UNPRINTABLE.search(url) else None
            yield BulkDoc(doc_id, title, text, url,
                          hashlib.sha256(line.strip()).hexdigest())


def check_bulk(path: Path, label: str, max_bytes: int) -> None:
    """Refuse a file whose first document line is unreadable (before copying it to corpus/)."""
    for item in read_bulk(path, label, max_bytes):
        if isinstance(item, DocumentError):
            raise item
        return
    raise DocumentError(label, "no documents in the file")
