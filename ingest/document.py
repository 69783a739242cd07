"""One article file → cleaned text, metadata and chunks (pure apart from reading the file)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from index.errors import DocumentError
from index.types import Chunk, DocInfo
from ingest.chunker import ChunkerConfig, TokenCounter, chunk_text
from ingest.clean import CleanText, clean_text, pick_title
from ingest.loaders import RawDocument, read_document

PAGE_BREAK = "\n\n"
MIN_WORDS = 3


@dataclass(frozen=True)
class PreparedDoc:
    doc: DocInfo
    text: str
    chunks: list[Chunk]


def clean_document(raw: RawDocument) -> tuple[CleanText, list[int] | None]:
    """Clean each page and join them; returns the text and, for PDFs, each page's start offset."""
    markdown = raw.kind in ("markdown", "html")
    if not raw.paged:
        return clean_text(raw.pages[0], markdown=markdown), None
    parts: list[str] = []
    headings: set[int] = set()
    starts: list[int] = []
    pos = 0
    for page in raw.pages:
        clean = clean_text(page)
        if parts:
            pos += len(PAGE_BREAK)
        starts.append(pos)
        headings.update(pos + h for h in clean.headings)
        parts.append(clean.text)
        pos += len(clean.text)
    return CleanText(PAGE_BREAK.join(parts), frozenset(headings)), starts


def clean_raw(raw: RawDocument, label: str) -> tuple[CleanText, list[int] | None]:
    """Clean extracted text, refusing a document with no article text left."""
    clean, page_starts = clean_document(raw)
    if len(clean.text.split()) < MIN_WORDS:
        what = "page furniture" if raw.kind == "html" else "boilerplate"
        raise DocumentError(label, f"no article text (empty, or only {what})")
    return clean, page_starts


def load_clean(path: Path, label: str, max_bytes: int) -> tuple[RawDocument, CleanText, list[int] | None]:
    """Read and clean a file, refusing one with no article text left."""
    raw = read_document(path, label=label, max_bytes=max_bytes)
    return (raw, *clean_raw(raw, label))


def prepare_raw(raw: RawDocument, source: str, sha256: str, *, count_tokens: TokenCounter,
                config: ChunkerConfig, ingested_at: str | None = None,
                doc_id: str | None = None) -> PreparedDoc:
    """Clean, title and chunk an extracted document."""
    clean, page_starts = clean_raw(raw, source)
    name = doc_id if doc_id else Path(source).stem.replace("-", " ")
    title = raw.meta.get("title") or pick_title(clean, name)
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
                     ingested_at: str | None = None) -> PreparedDoc:
    raw = read_document(path, label=source, max_bytes=max_bytes)
    return prepare_raw(raw, source, sha256, count_tokens=count_tokens, config=config,
                       ingested_at=ingested_at)
