"""The article reader: a whole article inside the app, opened at the cited passage, which is marked."""

from __future__ import annotations

import streamlit as st

from index.store import StoredIndex
from qa.article import rebuild
from ui.view import article_facts, escape, when_drawn

MARK = "cited-passage"  # the key (and so the CSS class) of the marked passage's frame
# Bring the marked passage into view once it is drawn: Streamlit gives no scroll call, and a dialog
# scrolls inside itself, so the page cannot jump to an anchor.
_SCROLL = when_drawn(f".st-key-{MARK}", "el.scrollIntoView({block: 'start'});")


@st.dialog("Article", width="large")
def open_article(index: StoredIndex, source: str, marked_id: str | None = None,
                 cite: int | None = None) -> None:
    """The article `source` as its passages hold it; `marked_id` (the passage cited as [`cite`])
    is framed, highlighted and scrolled into view. Closing the dialog leaves the answer as it was."""
    doc = index.docs.get(source)
    if doc is None:  # removed since the answer was given
        st.warning("This article is no longer in the collection.")
        return
    chunks = [c for c in index.chunks if c.source == source]
    marked = next((c for c in chunks if c.id == marked_id), None)
    st.subheader(escape(doc.title), anchor=False)
    st.markdown(article_facts(doc))
    text = rebuild(chunks, marked)
    if text.cut_before:
        st.caption("… the article starts earlier; the part around the cited passage is shown.")
    for piece in text.pieces:
        if piece.heading:
            st.markdown(f"**{escape(piece.heading)}**")
        if piece.gap:
            st.markdown("…")
        if piece.marked:
            with st.container(key=MARK, border=True):
                label = f"Cited passage [{cite}]" if cite is not None else "Cited passage"
                st.markdown(f":orange-badge[:material/format_quote: {label}]")
                # A highlight cannot cross a paragraph break, so each line gets its own.
                st.markdown("\n\n".join(f":orange-background[{escape(line.strip())}]"
                                          for line in piece.text.splitlines() if line.strip()))
        else:
            st.markdown(escape(piece.text.strip()))
    if text.cut_after:
        st.caption("… the article goes on; the part around the cited passage is shown.")
    if marked is not None:
        st.html(_SCROLL, unsafe_allow_javascript=True)

