"""PDF text per page with pypdf: soft line wraps rejoined, running headers and page numbers dropped."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from index.errors import DocumentError
from ingest.loaders import check_length
from ingest.oneline import describe, one_line

_PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?$", re.IGNORECASE)
# Below this many characters of text over the whole file, a PDF is taken as scanned images.
MIN_TEXT_CHARS = 20
# Decompressed bytes one stream may yield (pypdf's default is 75 MB), form XObjects one page may
# draw (pypdf: 5,000) and operators and operands in one content stream (pypdf: 2,000,000; its
# text extraction of 600,000 takes 50 s). A dense text page has some ten thousand.
STREAM_BYTES = 32 * 2**20
XFORM_CALLS = 200
STREAM_TOKENS = 200_000


def read_pdf(path: Path, label: str, *, max_chars: int | None = None,
             max_pages: int | None = None) -> tuple[list[str], dict[str, str]]:
    """Text of each page (page i+1 at index i) and the PDF's title/author metadata."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PdfReadError, PyPdfError

    try:
        with _limits():
            reader = PdfReader(path)
            _decrypt(reader, label)
            count = len(reader.pages)
            if max_pages is not None and count > max_pages:
                raise DocumentError(label, f"too large or too complex to read ({count:,} pages, over the "
                                           f"{max_pages:,}-page limit; HEALTHQA_MAX_PDF_PAGES)")
            pages: list[str] = []
            total = 0
            done: dict[str, str] = {}
            for page in reader.pages:
                # Pages that draw the same content stream with the same resources have the same
                # text: extracted once (50 pages sharing one heavy stream cost minutes otherwise).
                key = _content_key(page)
                if key is None or key not in done:
                    text = page.extract_text() or ""
                    if key is not None:
                        done[key] = text
                pages.append(done[key] if key is not None else text)
                total += len(pages[-1])
                check_length(total, max_chars, label)
            info: dict[str, object] = dict(reader.metadata or {})
        meta = {key: " ".join(str(info.get(f"/{key.title()}") or "").split())
                for key in ("title", "author")}
    except DocumentError:
        raise
    except LimitReachedError as exc:
        raise DocumentError(label, f"too large or too complex to read ({one_line(str(exc))})") from exc
    except DependencyError as exc:
        raise DocumentError(label, f"encrypted PDF that cannot be opened ({one_line(str(exc))})") from exc
    except (PdfReadError, PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, AssertionError, ArithmeticError, LookupError, UnicodeError) as exc:
        raise DocumentError(label, f"not a readable PDF ({describe(exc)})") from exc
    if not pages:
        raise DocumentError(label, "the PDF has no pages")
    if sum(len(p.strip()) for p in pages) < MIN_TEXT_CHARS:
        raise DocumentError(label, "no extractable text: the PDF looks scanned (images only); "
                                   "run OCR on it first")
    return reflow_pages(pages), {k: v for k, v in meta.items() if v}


def _content_key(page: Any) -> str | None:
    """What a page's text depends on, when it is made of shared objects; None otherwise."""
    from pypdf.generic import IndirectObject

    contents = page.raw_get("/Contents") if "/Contents" in page else None
    if not isinstance(contents, IndirectObject):
        return None
    resources = page.raw_get("/Resources") if "/Resources" in page else None
    if isinstance(resources, IndirectObject):
        shared = f"{resources.idnum} {resources.generation}"
    else:
        shared = repr(resources)
        if len(shared) > 10_000:  # inline resources that large are no cheap key
            return None
    return f"{contents.idnum} {contents.generation}|{shared}"


def _decrypt(reader: Any, label: str) -> None:
    """Open a PDF "encrypted" with an empty user password, as many are only to restrict printing."""
    if not reader.is_encrypted:
        return
    from pypdf.errors import DependencyError

    try:
        opened = reader.decrypt("")
    except DependencyError as exc:
        raise DocumentError(label, f"encrypted PDF that cannot be opened ({one_line(str(exc))})") from exc
    except Exception as exc:  # pypdf raises several types for unsupported encryption
        raise DocumentError(label, f"encrypted PDF that cannot be opened ({describe(exc)})") from exc
    if not opened:
        raise DocumentError(label, "encrypted PDF: it needs a password; save a copy without one")


@contextmanager
def _limits() -> Iterator[None]:
    """pypdf's own resource limits, tightened: no stream of an article needs 75 MB decompressed."""
    try:
        from pypdf import apply_configuration
    except ImportError:  # pypdf < 7 has only its fixed defaults
        yield
        return
    stream = STREAM_BYTES
    with apply_configuration(zlib_maximum_output_length=stream, lzw_maximum_output_length=stream,
                             run_length_maximum_output_length=stream, maximum_declared_stream_length=stream,
                             array_based_stream_maximum_output_length=stream,
                             xform_maximum_invocations_per_extraction=XFORM_CALLS,
                             stream_parsing_work_maximum_count=STREAM_TOKENS):
        yield


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
