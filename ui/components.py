"""Streamlit pieces of the page: the care notice, an answer with its passages, the collection."""

from __future__ import annotations

from collections import Counter

import streamlit as st

from index.store import StoredIndex
from qa.answer import Answer
from ui.view import (
    LEVEL_TITLES,
    anchor,
    answer_markdown,
    article_line,
    escape,
    passage_heading,
    passage_markdown,
    source_caption,
)

MAX_LISTED = 50  # articles named in the sidebar; a bulk collection can hold thousands


def care_notice(answer: Answer) -> None:
    notice = answer.urgent
    if notice is None:
        return
    text = f"**{LEVEL_TITLES[notice.level]}.** {notice.message}"
    if notice.level == "emergency":
        st.error(text, icon=":material/emergency:")
    elif notice.level == "urgent":
        st.warning(text, icon=":material/warning:")
    else:
        st.info(text, icon=":material/stethoscope:")


def show_answer(answer: Answer, *, latest: bool = True) -> None:
    """The answer with [n] links, then the passages, sources and highlights.

    The latest answer's care notice is shown at the top of the page by the caller; earlier
    answers carry theirs inline.
    """
    if not latest:
        care_notice(answer)
    st.subheader("Answer" if latest else "Earlier answer", anchor=False)
    if answer.found and answer.sentences:
        st.markdown(answer_markdown(answer, links=latest))
    elif answer.found:
        st.markdown("No single sentence answers this; the passages below are the best match.")
    else:
        st.info(answer.message, icon=":material/search_off:")
    st.subheader("Passages" if answer.found else "Closest passages (weak match)", anchor=False)
    for hit in answer.hits:
        with st.container(border=True):
            # The [n] links of the latest answer jump to these anchors.
            st.subheader(passage_heading(hit), anchor=anchor(hit.rank) if latest else False)
            st.caption(source_caption(hit))
            st.markdown(passage_markdown(answer, hit))


def collection(index: StoredIndex) -> None:
    st.header("Collection", anchor=False)
    counts = Counter(c.source for c in index.chunks)
    manifest = index.manifest
    st.caption(f"{len(index.docs)} articles · {len(index.chunks)} passages · index "
               f"{escape(index.path.name)} built {escape(manifest.created[:16].replace('T', ' '))} · "
               f"model {escape(manifest.model_id.rsplit('/', 1)[-1])}")
    docs = sorted(index.docs.values(), key=lambda d: d.title.lower())
    for doc in docs[:MAX_LISTED]:
        st.markdown(article_line(doc, counts[doc.source]))
    if len(docs) > MAX_LISTED:
        st.caption(f"… and {len(docs) - MAX_LISTED} more (`healthqa doctor` lists the state)")
