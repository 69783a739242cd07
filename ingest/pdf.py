"""PDF text per page with pypdf: soft line wraps rejoined, running headers and page numbers dropped."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from index.errors import DocumentError

_PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?$", re.IGNORECASE)
# Below this many characters of text over the whole file, a PDF is taken as scanned images.
MIN_TEXT_CHARS = 20


def read_pdf(path: Path, label: str) -> tuple[list[str], dict[str, str]]:
    """Text of each page (page i+1 at index i) and the PDF's title/author metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty user password only to restrict printing.
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported encryption
                raise DocumentError(label, f"encrypted PDF that cannot be opened ({exc})") from exc
            if not opened:
                raise DocumentError(label, "encrypted PDF: it needs a password; save a copy without one")
        pages = [page.extract_text() or "" for page in reader.pages]
        info: dict[str, object] = dict(reader.metadata or {})
        meta = {key: " ".join(str(info.get(f"/{key.title()}") or "").split())
                for key in ("title", "author")}
    except DocumentError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DocumentError(label, f"not a readable PDF ({exc.__class__.__name__}: {exc})") from exc
    if not pages:
        raise DocumentError(label, "the PDF has no pages")
    if sum(len(p.strip()) for p in pages) < MIN_TEXT_CHARS:
        raise DocumentError(label, "no extractable text: the PDF looks scanned (images only); "
                                   "run OCR on it first")
    return reflow_pages(pages), {k: v for k, v in meta.items() if v}


def reflow_pages(pages: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs and drop lines repeated on most pages (headers, footers)."""
    split = [[line.rstrip("\n") for line in page.split("\n")] for page in pages]
    counts = Counter(line.strip() for lines in split for line in set(lines) if line.strip())
    repeated = {line for line, n in counts.items() if len(pages) >= 3 and n >= 0.5 * len(pages)}
    return [_reflow([ln for ln in lines if ln.strip() not in repeated
                     and not _PAGE_NUMBER.match(ln.strip())]) for lines in split]


def _reflow(lines: list[str]) -> str:
    out: list[str] = []
    joining = False
    for line in lines:
        text = line.strip()
        if joining and out:
            glue = "" if out[-1].endswith("-") and text[:1].islower() else " "
            out[-1] = out[-1] + glue + text
        elif text:
            out.append(text)
        # pypdf ends a soft-wrapped line with a space; a hard line break has none.
        joining = bool(text) and (line.endswith(" ") or (text.endswith("-") and not text.endswith(" -")))
    return "\n".join(out)
