"""Objects the Streamlit page shares across reruns and sessions: the model and index load once."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import streamlit as st

from index.settings import Settings
from index.store import current_generation
from ingest.corpus import CopyResult, add_to_corpus
from ingest.pipeline import SyncReport, sync
from qa.service import QA

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


@st.cache_resource(show_spinner="Loading the language model (first visit only)…")
def get_qa() -> QA:
    return QA(Settings.load())


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
    """The same checks as `healthqa ingest FILE…`, then a copy into corpus/."""
    with tempfile.TemporaryDirectory(prefix="healthqa-upload-") as folder:
        paths = []
        for i, upload in enumerate(uploads):
            name = Path(upload.name.replace("\\", "/")).name.lstrip(".") or "upload.txt"
            path = Path(folder) / str(i) / name  # one folder each: equal names never collide
            path.parent.mkdir()
            path.write_bytes(upload.getvalue())
            paths.append(path)
        return add_to_corpus(paths, qa.settings.corpus_dir, qa.settings.max_file_bytes)


def index_uploads(qa: QA, results: Sequence[CopyResult]) -> SyncReport | None:
    """Index what the upload put in corpus/ (or found there already, perhaps never indexed)."""
    if not any(r.status in ("copied", "present") for r in results):
        return None
    return _sync_with_progress(qa, "Adding the articles to the index…")
