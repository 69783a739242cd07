"""Objects the Streamlit page shares across reruns and sessions: the model and index load once."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Protocol

import streamlit as st

from index.errors import DocumentError
from index.settings import Settings
from index.store import current_generation
from ingest.bulk import SEPARATOR
from ingest.corpus import CopyResult, add_to_corpus, place_new
from ingest.names import normalise
from ingest.pipeline import SyncReport, sync
from qa.service import QA
from ui.editor import require_editor
from ui.view import escape

EXAMPLES = (
    "Can flat feet cause leg twitching?",
    "Why does my leg shake when I lift my heel?",
    "What helps with leg cramps when walking?",
    "Is muscle twitching a sign of ALS?",
)
UPLOAD_TYPES = ("txt", "md", "markdown", "html", "htm", "pdf")


class Upload(Protocol):
    name: str

    def getvalue(self) -> bytes: ...


# Any visitor's browser can send Streamlit's "clear cache" message, which empties every
# st.cache_resource: kept here too, the service is built once per process whatever a visitor sends
# (a reload per message grew the server by about 100 MB each time).
_SERVICES: dict[Settings, QA] = {}
_SERVICE_LOCK = threading.Lock()


@st.cache_resource(show_spinner="Loading the language model (first visit only)…")
def get_qa() -> QA:
    settings = Settings.load()
    with _SERVICE_LOCK:
        if settings not in _SERVICES:
            _SERVICES[settings] = QA(settings)
        return _SERVICES[settings]


def _sync_with_progress(qa: QA, label: str) -> SyncReport:
    with st.status(label, expanded=True) as status:
        bar = st.progress(0.0, text="reading articles")
        started = time.monotonic()
        embedded = 0

        def progress(stage: str, done: int, total: int) -> None:
            nonlocal embedded
            if stage == "embedding":
                embedded = done
                return
            text = f"{done} of {total} articles read, {embedded} passages embedded"
            left = remaining(time.monotonic() - started, done, total)
            bar.progress(min(done / max(total, 1), 1.0), text=f"{text}{left}")

        report = sync(qa.settings, qa.embedder, progress=progress)
        status.update(label=f"Index ready: {report.n_docs} articles, {report.n_chunks} passages",
                      state="complete", expanded=False)
    return report


def remaining(elapsed: float, done: int, total: int) -> str:
    """", about 2 min left" from the pace so far; empty until there is a pace to go by."""
    if done == 0 or done >= total or elapsed < 2:
        return ""
    seconds = elapsed / done * (total - done)
    return f", about {seconds / 60:.0f} min left" if seconds >= 90 else f", about {seconds:.0f} s left"


def ensure_index(qa: QA) -> SyncReport | None:
    """Build the index from corpus/ on first use, showing progress; None when one exists."""
    if current_generation(qa.settings.data_dir) is not None:
        return None
    return _sync_with_progress(qa, "Building the index from the article collection…")


def copy_uploads(qa: QA, uploads: Sequence[Upload]) -> list[CopyResult]:
    """The same checks as `healthqa ingest FILE…`, then a copy into corpus/; editors only."""
    require_editor()
    results: list[CopyResult | None] = []
    with tempfile.TemporaryDirectory(prefix="healthqa-upload-") as folder:
        paths = []
        for i, upload in enumerate(uploads):
            base = upload.name.replace("\\", "/").rsplit("/", 1)[-1].lstrip(".") or "upload.txt"
            try:
                # Before the bytes touch the disk: a name over 255 bytes cannot even be written.
                name = normalise(base)
            except DocumentError as exc:
                results.append(CopyResult(exc.path, None, "failed", exc.reason))
                continue
            path = Path(folder) / str(i) / name  # one folder each: equal names never collide
            try:
                path.parent.mkdir()
                path.write_bytes(upload.getvalue())
            except OSError as exc:
                results.append(CopyResult(name, None, "failed", f"cannot be received ({exc.strerror})"))
                continue
            paths.append(path)
            results.append(None)
        copied = iter(add_to_corpus(paths, qa.settings.corpus_dir, qa.settings.max_file_bytes))
    return [r if r is not None else _named(next(copied)) for r in results]


def _named(result: CopyResult) -> CopyResult:
    """The upload's own name, not the temporary folder it was checked in."""
    return replace(result, path=result.path.rsplit("/", 1)[-1])


def remove_article(qa: QA, source: str) -> SyncReport:
    """Delete an article file from corpus/ and take it out of the index; editors only.

    The file is first hidden (scan_corpus skips dot files), then the index is synced; if the sync
    fails the file is put back, so corpus/ and the index never disagree about it.
    """
    require_editor()
    path = article_path(qa, source)
    hidden = path.with_name(f".removing-{secrets.token_hex(8)}")
    os.replace(path, hidden)
    try:
        report = _sync_with_progress(qa, f"Removing {escape(source)} from the index…")
    except BaseException:
        with contextlib.suppress(FileExistsError):  # a new file of that name wins; the index follows
            place_new(hidden, path)
        os.unlink(hidden)
        raise
    os.unlink(hidden)
    return report


def article_path(qa: QA, source: str) -> Path:
    """The file of an indexed article, inside corpus/; anything else is refused."""
    if source not in qa.retriever.index.docs:
        raise DocumentError(source, "not an article of this collection")
    if SEPARATOR in source:
        raise DocumentError(source, f"a document of the bulk collection "
                                    f"{source.split(SEPARATOR, 1)[0]}; remove that file instead")
    root = qa.settings.corpus_dir.resolve()
    path = root / source
    if not path.parent.resolve().is_relative_to(root) or not path.is_file():
        raise DocumentError(source, "no such article file in the collection")
    return path


def index_uploads(qa: QA, results: Sequence[CopyResult]) -> SyncReport | None:
    """Index what the upload put in corpus/ (or found there already, perhaps never indexed)."""
    if not any(r.status in ("copied", "present") for r in results):
        return None
    return _sync_with_progress(qa, "Adding the articles to the index…")
