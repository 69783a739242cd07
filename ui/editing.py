"""What an editor's upload or removal did, shown in the sidebar; the writes are ui.resources'."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from index.errors import HealthQAError
from qa.service import QA
from ui.resources import Upload, copy_uploads, index_uploads, remove_article
from ui.view import escape


def show_uploads(qa: QA, files: Sequence[Upload]) -> None:
    """Copy the uploads into corpus/, index them, and say what happened to each file."""
    try:
        results = copy_uploads(qa, files)
    except HealthQAError as exc:
        st.error(escape(str(exc)))
        return
    for r in results:  # shown before indexing, so an indexing error cannot hide them
        name = escape(r.path.rsplit("/", 1)[-1])
        if r.status == "failed":
            st.error(f"{name}: {escape(r.detail)}")
        elif r.status == "copied":
            st.success(f"Added {escape(str(r.source))}")
        else:
            st.info(f"{name}: {escape(r.detail or r.status)}")
    try:
        report = index_uploads(qa, results)
    except HealthQAError as exc:
        st.error(f"The files are in the collection but not indexed yet: {escape(str(exc))}")
    else:
        for row in report.failed if report is not None else []:
            st.error(f"{escape(row.source)}: {escape(row.detail)}")


def remove_with_report(qa: QA, source: str) -> list[tuple[str, str]]:
    """Remove one article; the messages to show after the page is drawn again."""
    try:
        remove_article(qa, source)
    except HealthQAError as exc:
        return [("error", f"Not removed: {escape(str(exc))}")]
    return [("ok", f"Removed {escape(source)}")]
