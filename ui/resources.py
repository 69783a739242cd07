"""Objects the Streamlit page shares across reruns and sessions: the model and index load once."""

from __future__ import annotations

import streamlit as st

from index.settings import Settings
from index.store import current_generation
from ingest.pipeline import SyncReport, sync
from ui.qa import QA


@st.cache_resource(show_spinner="Loading the language model (first visit only)…")
def get_qa() -> QA:
    return QA(Settings.load())


def ensure_index(qa: QA) -> SyncReport | None:
    """Build the index from corpus/ on first use, showing progress; None when one exists."""
    if current_generation(qa.settings.data_dir) is not None:
        return None
    with st.status("Building the index from the article collection…", expanded=True) as status:
        bar = st.progress(0.0, text="reading articles")

        def progress(stage: str, done: int, total: int) -> None:
            bar.progress(done / max(total, 1), text=f"{stage}: {done} of {total}")

        report = sync(qa.settings, qa.embedder, progress=progress)
        status.update(label=f"Index built: {report.n_docs} articles, {report.n_chunks} passages",
                      state="complete", expanded=False)
    return report
