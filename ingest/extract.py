"""One article file → cleaned text, in this process: what the parsing worker runs for each file.

Kept free of the chunker and the embedder (numpy), so the worker process starts in a fraction
of a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from index.errors import DocumentError
from index.settings import Settings
from ingest.clean import CleanText, clean_text
from ingest.loaders import RawDocument, read_document

PAGE_BREAK = "\n\n"
MIN_WORDS = 3


@dataclass(frozen=True)
class ReadLimits:
    """Budgets of reading one file: its size, the text and PDF pages it may yield, and the CPU
    seconds and memory of the worker process that parses it."""

    max_bytes: int
    max_chars: int
    max_pages: int
    cpu_seconds: float
    memory_mb: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ReadLimits:
        return cls(max_bytes=settings.max_file_bytes, max_chars=settings.max_text_chars,
                   max_pages=settings.max_pdf_pages, cpu_seconds=settings.parse_seconds,
                   memory_mb=settings.parse_memory_mb)


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


def load_clean_here(path: Path, label: str,
                    limits: ReadLimits) -> tuple[RawDocument, CleanText, list[int] | None]:
    """Read and clean a file in this process (no CPU or memory budget: the worker's job)."""
    raw = read_document(path, label=label, max_bytes=limits.max_bytes, max_chars=limits.max_chars,
                        max_pages=limits.max_pages)
    return (raw, *clean_raw(raw, label))
