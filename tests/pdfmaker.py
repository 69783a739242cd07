"""Dependency-free writer of small real PDFs (text layer or blank pages) for the loader tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

LINE_GAP = 16  # points between the baselines of two lines
FONT_SIZE = 12


def _escape(text: str) -> str:
    """A PDF literal string body: backslash and parentheses escaped, Latin-1 only."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content_stream(lines: Sequence[str]) -> bytes:
    ops = [f"BT /F1 {FONT_SIZE} Tf 72 720 Td"]
    for i, line in enumerate(lines):
        if i:
            ops.append(f"0 -{LINE_GAP} Td")
        ops.append(f"({_escape(line)}) Tj")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def pdf_bytes(pages: Sequence[Sequence[str]], *, title: str | None = None,
              author: str | None = None) -> bytes:
    """A PDF with one page per item of `pages`; each page shows its lines top to bottom in
    Helvetica. A page with no lines has an empty content stream (no text layer at all)."""
    if not pages:
        raise ValueError("a PDF needs at least one page")
    n = len(pages)
    # Object numbers: 1 catalog, 2 pages, 3 font, then (page, content) pairs, then optional info.
    page_ids = [4 + 2 * i for i in range(n)]
    content_ids = [5 + 2 * i for i in range(n)]
    info_id = 4 + 2 * n if (title or author) else None

    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: (f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {n} >>").encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for page_id, content_id, lines in zip(page_ids, content_ids, pages, strict=True):
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>"
        ).encode()
        stream = _content_stream(lines) if lines else b""
        objects[content_id] = (f"<< /Length {len(stream)} >>\nstream\n".encode() + stream
                               + b"\nendstream")
    if info_id is not None:
        entries = []
        if title:
            entries.append(f"/Title ({_escape(title)})")
        if author:
            entries.append(f"/Author ({_escape(author)})")
        objects[info_id] = f"<< {' '.join(entries)} >>".encode("latin-1")

    return assemble(objects, info_id=info_id)


def assemble(objects: dict[int, bytes], *, version: str = "1.4", info_id: int | None = None) -> bytes:
    """A PDF file of the given numbered objects (1 is the catalog) with a correct cross-reference
    table; numbers left out are listed as free."""
    out = bytearray(f"%PDF-{version}\n%".encode() + b"\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref_at = len(out)
    out += f"xref\n0 {size}\n".encode()
    out += b"0000000000 65535 f \n"  # each entry is exactly 20 bytes, "\r\n" or " \n" at the end
    for number in range(1, size):
        out += (f"{offsets[number]:010d} 00000 n \n".encode() if number in offsets
                else b"0000000000 65535 f \n")
    trailer = f"/Size {size} /Root 1 0 R"
    if info_id is not None:
        trailer += f" /Info {info_id} 0 R"
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def write_pdf(path: Path, pages: Sequence[Sequence[str]], *, title: str | None = None,
              author: str | None = None) -> Path:
    """Write a text PDF (see `pdf_bytes`) and return its path."""
    path.write_bytes(pdf_bytes(pages, title=title, author=author))
    return path


def write_blank_pdf(path: Path, n_pages: int = 2) -> Path:
    """A PDF whose pages carry no text layer, like a scan stored as images."""
    return write_pdf(path, [[] for _ in range(n_pages)])


def write_encrypted_pdf(source: Path, path: Path, *, user_password: str,
                        owner_password: str = "owner-secret") -> Path:
    """An encrypted copy of `source` made with pypdf; an empty `user_password` opens without one."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    # RC4-128 (pypdf's default) needs no optional crypto package; AES would need `cryptography`.
    writer.encrypt(user_password=user_password, owner_password=owner_password)
    with path.open("wb") as handle:
        writer.write(handle)
    return path
