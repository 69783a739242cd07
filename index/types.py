"""Frozen records shared by every layer: documents, chunks and search hits."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class DocInfo:
    """What is known about one article; `source` (its path under corpus/) is its identity."""

    source: str
    title: str
    sha256: str
    url: str | None = None
    author: str | None = None
    published: str | None = None
    reviewed: str | None = None
    doc_id: str | None = None  # an external id (bulk JSONL ingest); None for files
    ingested_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocInfo:
        return cls(**data)


@dataclass(frozen=True)
class Chunk:
    """A passage: a verbatim slice `[start, end)` of its document's cleaned text."""

    id: str
    source: str
    text: str
    start: int
    end: int
    section: str | None = None
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        return cls(**data)


@dataclass(frozen=True)
class Hit:
    """A chunk returned by a search, with its 1-based rank and its relevance scores.

    `score` is the fused relevance the ranking is by (it falls with the rank); `similarity` the
    cosine of question and passage; `lexical` the BM25 score.
    """

    chunk: Chunk
    doc: DocInfo
    score: float
    rank: int
    similarity: float = 0.0
    lexical: float = 0.0
