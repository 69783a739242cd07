"""Reading an article file (.txt, .md, .html, .pdf) into raw text pages and metadata."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import DocumentError

SUPPORTED = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
             ".html": "html", ".htm": "html", ".pdf": "pdf"}
META_KEYS = ("title", "url", "author", "published", "reviewed")


@dataclass(frozen=True)
class RawDocument:
    """Uncleaned text: one string per page (a single page unless the file is a PDF)."""

    pages: list[str]
    kind: str
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def paged(self) -> bool:
        return self.kind == "pdf"


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def read_document(path: Path, *, label: str | None = None, max_bytes: int) -> RawDocument:
    """Read one file; any reason it cannot become text is a DocumentError naming `label`."""
    name = label or str(path)
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise DocumentError(name, f"unsupported file type {path.suffix or '(none)'!r}; "
                                  f"use one of {', '.join(sorted(SUPPORTED))}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(name, f"cannot read the file ({exc.strerror or exc})") from exc
    if size > max_bytes:
        raise DocumentError(name, f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.1f} MB "
                                  f"limit (HEALTHQA_MAX_FILE_MB)")
    if size == 0:
        raise DocumentError(name, "the file is empty")
    if kind == "pdf":
        from ingest.pdf import read_pdf

        pages, meta = read_pdf(path, name)
        return RawDocument(pages, kind, meta)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(name, f"cannot read the file ({exc.strerror or exc})") from exc
    text = decode_text(data, name)
    if kind == "markdown":
        text, meta = split_front_matter(text, name)
        return RawDocument([text], kind, meta)
    if kind == "html":
        from ingest.html import html_to_text

        page = html_to_text(text)
        return RawDocument([page.text], kind, page.meta)
    return RawDocument([text], kind, {})


def decode_text(data: bytes, label: str) -> str:
    """UTF-8 (or UTF-16/32 with a byte-order mark); anything else is refused, not guessed."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(label, f"broken {encoding} text at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise DocumentError(label, "binary data, not text (NUL bytes found)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(label, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at "
                                   f"offset {exc.start}); re-save the file as UTF-8") from exc


def split_front_matter(text: str, label: str) -> tuple[str, dict[str, str]]:
    """Strip YAML front matter (between '---' lines) and keep the known metadata keys."""
    import yaml

    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return text, {}
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        return text, {}
    try:
        data = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(label, f"front matter is not valid YAML ({exc.__class__.__name__})") from exc
    if not isinstance(data, dict):
        raise DocumentError(label, "front matter must be a YAML mapping (key: value lines)")
    meta = {k: " ".join(str(data[k]).split()) for k in META_KEYS if data.get(k) not in (None, "")}
    # Blank lines keep the body's offsets aligned with line numbers in the original file.
    return "\n" * (end + 1) + "\n".join(lines[end + 1:]), meta
