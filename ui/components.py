"""Streamlit pieces of the page: disclaimer, care notice, an answer with its passages, the collection."""

from __future__ import annotations

import hashlib
from collections import Counter

import streamlit as st

from index.store import StoredIndex
from ingest.bulk import SEPARATOR
from qa.answer import DISCLAIMER, Answer
from qa.triage import EMERGENCY, URGENT, Notice
from ui.view import (
    anchor,
    answer_markdown,
    article_line,
    escape,
    level,
    notice_markdown,
    notice_title,
    passage_heading,
    passage_markdown,
    source_caption,
)

SECONDARY = "What the articles say (not a substitute for emergency care)"
SECONDARY_EARLIER = "What the articles said (not a substitute for emergency care)"
MAX_LISTED = 50  # articles named in the sidebar; a bulk collection can hold thousands


def disclaimer() -> None:
    """Quiet and always in the same place: plain small text in a thin frame, not an alert that
    looks like the care notice or is announced again on every rerun."""
    with st.container(border=True):
        st.markdown(f":material/info: :small[{escape(DISCLAIMER)}]")


def care_notice(notice: Notice, *, loud: bool = True) -> None:
    """Loud, by level: red for an emergency, orange for today, blue for soon, headed by the action
    to take. The latest notice gets a large heading; earlier ones, folded away in the history, the
    alert's bold title, so the page keeps a single heading of that name."""
    alert = {EMERGENCY: st.error, URGENT: st.warning}.get(notice.level, st.info)
    title, body = escape(notice_title(notice)), notice_markdown(notice)
    if loud:
        # The icon goes in the heading, not beside the alert, so the two line up.
        alert(f"### {level(notice).icon} {title}\n\n{body}", icon="")
    else:
        alert(body, icon=level(notice).icon, title=title)


def show_answer(answer: Answer, *, latest: bool = True) -> None:
    """The answer with [n] links, then the passages, sources and highlights.

    The latest answer's care notice is shown at the top of the page by the caller; earlier
    answers carry theirs inline. After an emergency notice the articles come second: a plain
    heading that says so, and the passages folded away.
    """
    if not latest and answer.urgent is not None:
        care_notice(answer.urgent, loud=False)
    emergency = answer.urgent is not None and answer.urgent.level == EMERGENCY
    if emergency:
        st.subheader(SECONDARY if latest else SECONDARY_EARLIER, anchor=False)
    else:
        st.subheader("Answer" if latest else "Earlier answer", anchor=False)
    # Folded passages cannot be jumped to, so an emergency answer's [n] are plain text.
    links = latest and not emergency
    if answer.found and answer.sentences:
        st.markdown(answer_markdown(answer, links=links))
    elif answer.found:
        st.markdown("No single sentence answers this; the passages below are the best match.")
    else:
        st.info(answer.message, icon=":material/search_off:")
    heading = "Passages" if answer.found else "Closest passages (weak match)"
    if emergency and latest:  # an earlier answer already sits in an expander, and they don't nest
        weak = "" if answer.found else " (weak match)"
        with st.expander(f"Show the {len(answer.hits)} passages{weak}"):
            _passages(answer, anchors=False)
    else:
        st.subheader(heading, anchor=False)
        _passages(answer, anchors=links)


def _passages(answer: Answer, *, anchors: bool) -> None:
    for hit in answer.hits:
        with st.container(border=True):
            # The [n] links of the latest answer jump to these anchors.
            st.subheader(passage_heading(hit), anchor=anchor(hit.rank) if anchors else False)
            st.caption(source_caption(hit))
            st.markdown(passage_markdown(answer, hit))


def collection(index: StoredIndex, *, removable: bool = False) -> str | None:
    """The articles in the index; with `removable`, a remove control per article file.

    Returns the source of the article whose removal was just confirmed, for the caller to remove
    (this module lays out; it never changes the collection).
    """
    st.header("Collection", anchor=False)
    counts = Counter(c.source for c in index.chunks)
    manifest = index.manifest
    st.caption(f"{len(index.docs)} articles · {len(index.chunks)} passages · index "
               f"{escape(index.path.name)} built {escape(manifest.created[:16].replace('T', ' '))} · "
               f"model {escape(manifest.model_id.rsplit('/', 1)[-1])}")
    docs = sorted(index.docs.values(), key=lambda d: d.title.lower())
    chosen = None
    for doc in docs[:MAX_LISTED]:
        with st.container(key=f"article-{_key(doc.source)}"):
            st.markdown(article_line(doc, counts[doc.source]))
            # A bulk collection's documents live in one file: removing one would remove them all.
            if removable and SEPARATOR not in doc.source:
                with st.popover("Remove", icon=":material/delete:", help=f"Remove {doc.title}",
                                type="tertiary"):
                    st.markdown(f"Remove **{escape(doc.title)}**? This deletes "
                                f"`corpus/{doc.source.replace('`', '')}` and takes it out of the answers.")
                    if st.button("Remove for good", key=f"remove-{_key(doc.source)}", type="primary"):
                        chosen = doc.source
    if len(docs) > MAX_LISTED:
        st.caption(f"… and {len(docs) - MAX_LISTED} more (`healthqa doctor` lists the state)")
    return chosen


def _key(source: str) -> str:
    """A widget key for an article: stable, and made only of characters a CSS class allows."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
