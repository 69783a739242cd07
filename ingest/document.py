"""One article file → cleaned text, metadata and chunks (pure apart from reading the file)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from index.errors import DocumentError
from index.settings import Settings
from index.types import Chunk, DocInfo
from ingest.chunker import ChunkerConfig, TokenCounter, chunk_text
from ingest.clean import CleanText, pick_title
from ingest.extract import MIN_WORDS, PAGE_BREAK, ReadLimits, clean_document, clean_raw
from ingest.isolate import load_isolated
from ingest.loaders import RawDocument

MAX_TITLE_CHARS = 300

__all__ = ["MIN_WORDS", "PAGE_BREAK", "PreparedDoc", "ReadLimits", "clean_document", "clean_raw",
           "load_clean", "prepare_clean", "prepare_document", "prepare_raw"]


@dataclass(frozen=True)
class PreparedDoc:
    doc: DocInfo
    text: str
    chunks: list[Chunk]


def load_clean(path: Path, label: str, max_bytes: int, *,
               limits: ReadLimits | None = None) -> tuple[RawDocument, CleanText, list[int] | None]:
    """Read and clean a file in the parsing worker, within its budgets (ingest/isolate.py),
    refusing one with no article text left. Without `limits`, the HEALTHQA_* settings apply."""
    base = limits or ReadLimits.from_settings(Settings.load())
    return load_isolated(path, label, replace(base, max_bytes=max_bytes))


def prepare_raw(raw: RawDocument, source: str, sha256: str, *, count_tokens: TokenCounter,
                config: ChunkerConfig, ingested_at: str | None = None,
                doc_id: str | None = None) -> PreparedDoc:
    """Clean, title and chunk an extracted document."""
    clean, page_starts = clean_raw(raw, source)
    return prepare_clean(raw, clean, page_starts, source, sha256, count_tokens=count_tokens,
                         config=config, ingested_at=ingested_at, doc_id=doc_id)


def prepare_clean(raw: RawDocument, clean: CleanText, page_starts: list[int] | None, source: str,
                  sha256: str, *, count_tokens: TokenCounter, config: ChunkerConfig,
                  ingested_at: str | None = None, doc_id: str | None = None) -> PreparedDoc:
    """Title and chunk a cleaned document."""
    name = doc_id if doc_id else Path(source).stem.replace("-", " ")
    # Bounded: every passage carries its title into the model's 256 word pieces, and a page can
    # declare a title of any length.
    title = (raw.meta.get("title") or pick_title(clean, name))[:MAX_TITLE_CHARS]
    doc = DocInfo(source=source, title=title, sha256=sha256, url=raw.meta.get("url"),
                  author=raw.meta.get("author"), published=raw.meta.get("published"),
                  reviewed=raw.meta.get("reviewed"), doc_id=doc_id, ingested_at=ingested_at)
    try:
        chunks = chunk_text(source, title, clean, count_tokens, config, page_starts)
    except ValueError as exc:
        raise DocumentError(source, f"cannot be chunked: {exc}") from exc
    if not chunks:
        raise DocumentError(source, "no article text to index")
    return PreparedDoc(doc, clean.text, chunks)


def prepare_document(path: Path, source: str, sha256: str, *, max_bytes: int,
                     count_tokens: TokenCounter, config: ChunkerConfig,
                     ingested_at: str | None = None, limits: ReadLimits | None = None) -> PreparedDoc:
    """Read and clean `path` in the parsing worker, then title and chunk it here."""
    raw, clean, page_starts = load_clean(path, source, max_bytes, limits=limits)
    return prepare_clean(raw, clean, page_starts, source, sha256, count_tokens=count_tokens,
                         config=config, ingested_at=ingested_at)
