"""Reading an article file (.txt, .md, .html, .pdf) into raw text pages and metadata."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.errors import DocumentError

SUPPORTED = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
             ".html": "html", ".htm": "html", ".pdf": "pdf"}
META_KEYS = ("title", "url", "author", "published", "reviewed")
# Front matter is a few lines of metadata; past these it is an attack, not an article.
MAX_FRONT_MATTER = 64 * 1024
MAX_ALIASES = 16  # YAML aliases: each may copy a whole structure, so a few lines can hold billions
MAX_META_ITEMS = 1000  # values inside one metadata entry (a list of authors)


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


def read_document(path: Path, *, label: str | None = None, max_bytes: int,
                  max_chars: int | None = None, max_pages: int | None = None) -> RawDocument:
    """Read one file; any reason it cannot become text is a DocumentError naming `label`.

    `max_chars` bounds the text it yields and `max_pages` the pages of a PDF (None: no bound).
    """
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

        pages, meta = read_pdf(path, name, max_chars=max_chars, max_pages=max_pages)
        return RawDocument(pages, kind, meta)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(name, f"cannot read the file ({exc.strerror or exc})") from exc
    text = decode_text(data, name)
    del data
    if kind == "html":
        from ingest.html import html_to_text

        page = html_to_text(text, name)
        check_length(len(page.text), max_chars, name)
        return RawDocument([page.text], kind, page.meta)
    check_length(len(text), max_chars, name)
    if kind == "markdown":
        text, meta = split_front_matter(text, name)
        return RawDocument([text], kind, meta)
    return RawDocument([text], kind, {})


def check_length(chars: int, max_chars: int | None, label: str) -> None:
    """Refuse text past the per-document limit: chunking and embedding it would take too long."""
    if max_chars is not None and chars > max_chars:
        raise DocumentError(label, f"too large or too complex to read (over {max_chars:,} characters "
                                   f"of text; HEALTHQA_MAX_TEXT_CHARS)")


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
    front = "\n".join(lines[1:end])
    if len(front) > MAX_FRONT_MATTER:
        raise DocumentError(label, f"front matter over {MAX_FRONT_MATTER // 1024} KB; it should hold "
                                   f"a few lines of metadata")
    try:
        data = yaml.load(front, Loader=_budget_loader()) or {}
    except yaml.YAMLError as exc:
        if str(getattr(exc, "problem", "")).endswith(" aliases"):
            raise DocumentError(label, f"too large or too complex to read (front matter uses more than "
                                       f"{MAX_ALIASES} YAML aliases)") from exc
        raise DocumentError(label, f"front matter is not valid YAML ({exc.__class__.__name__})") from exc
    except RecursionError as exc:
        raise DocumentError(label, "front matter is nested too deeply") from exc
    if not isinstance(data, dict):
        raise DocumentError(label, "front matter must be a YAML mapping (key: value lines)")
    for key in META_KEYS:
        if _items(data.get(key)) > MAX_META_ITEMS:
            raise DocumentError(label, f"front matter {key!r} holds over {MAX_META_ITEMS} values")
    meta = {k: " ".join(str(data[k]).split()) for k in META_KEYS if data.get(k) not in (None, "")}
    # Blank lines keep the body's offsets aligned with line numbers in the original file.
    return "\n" * (end + 1) + "\n".join(lines[end + 1:]), meta


def _budget_loader() -> type:
    """yaml.SafeLoader that refuses more than MAX_ALIASES aliases (the "billion laughs")."""
    import yaml

    class BudgetLoader(yaml.SafeLoader):
        aliases = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_ALIASES:
                    raise yaml.composer.ComposerError(None, None, f"more than {MAX_ALIASES} aliases")
            return super().compose_node(parent, index)

    return BudgetLoader


def _items(value: object) -> int:
    """Values inside a metadata entry, counted without expanding it and stopping past the cap."""
    count, stack = 0, [value]
    while stack and count <= MAX_META_ITEMS:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            stack.extend(item.values())
            stack.extend(item.keys())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return count
