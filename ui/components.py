"""Streamlit pieces of the page: disclaimer, care notice, an answer with its passages, the collection."""

from __future__ import annotations

import hashlib
import html
from collections import Counter
from pathlib import Path

import streamlit as st

from index.store import StoredIndex
from ingest.bulk import SEPARATOR
from qa.answer import DISCLAIMER, Answer
from qa.triage import EMERGENCY, URGENT, Notice
from ui.reader import open_article
from ui.render import answer_to_copy
from ui.view import (
    anchor,
    answer_markdown,
    article_meta,
    coverage_markdown,
    escape,
    level,
    notice_markdown,
    notice_title,
    passage_heading,
    passage_markdown,
    source_caption,
    when_drawn,
)

SECONDARY = "What the articles say (not a substitute for emergency care)"
SECONDARY_EARLIER = "What the articles said (not a substitute for emergency care)"
MAX_LISTED = 50  # articles named in the sidebar; a bulk collection can hold thousands
COVERAGE = 8  # article titles named when the collection does not answer a question


# Captions are grey text at 60% opacity, 3.9:1 on white, under WCAG AA's 4.5:1 for small text; article names
# in the collection read as a list, left-aligned, not as centred buttons; the "Press Enter to submit" hint
# sat over the end of a typed question on a phone (the Ask button says the same); `.sr-only` is read out,
# not shown.
_STYLE = """<style>
[data-testid="stCaptionContainer"] { color: #5f5b55; opacity: 1; }
[class*="st-key-article-"] button { justify-content: flex-start; text-align: left; }
[data-testid="InputInstructions"] { display: none; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
</style>"""
# The question box takes the keyboard when the page opens, once: Streamlit has no autofocus.
_FOCUS = when_drawn('input[aria-label="Your question"]',
                    "if (!document.activeElement || document.activeElement === document.body) el.focus();")


def page_style() -> None:
    st.html(_STYLE)


def focus_question() -> None:
    st.html(_FOCUS, unsafe_allow_javascript=True)


def announce(text: str) -> None:
    """Tell a screen reader what just arrived (a polite live region, visible to no one else)."""
    st.html(f'<div role="status" aria-live="polite" class="sr-only">{html.escape(text)}</div>')


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


def show_answer(answer: Answer, index: StoredIndex, *, latest: bool = True, slot: int = 0) -> None:
    """The answer with [n] links, then the passages, sources and highlights.

    The latest answer's care notice is shown at the top of the page by the caller; earlier
    answers carry theirs inline. After an emergency notice the articles come second: a plain
    heading that says so, and the passages folded away. A question the collection does not answer
    gets what the collection covers, with the weak passages folded away. `slot` tells apart the
    widgets of answers shown on one page.
    """
    if not latest and answer.urgent is not None:
        care_notice(answer.urgent, loud=False)
    emergency = answer.urgent is not None and answer.urgent.level == EMERGENCY
    if emergency:
        st.header(SECONDARY if latest else SECONDARY_EARLIER, anchor=False)
    else:
        st.header("Answer" if latest else "Earlier answer", anchor=False)
    # Folded passages cannot be jumped to, so an emergency answer's [n] are plain text.
    links = latest and not emergency
    if answer.found and answer.sentences:
        st.markdown(answer_markdown(answer, links=links))
        with st.popover("Copy the answer with its sources", icon=":material/content_copy:"):
            # st.code carries its own copy button; plain text pastes into a message or a note. A
            # popover, not an expander: nothing of it is on the page until asked for.
            st.code(answer_to_copy(answer), language=None, wrap_lines=True)
    elif answer.found:
        st.markdown("No single sentence answers this; the passages below are the best match.")
    else:
        st.info(answer.message, icon=":material/search_off:")
        _coverage(index)
    if not answer.hits:
        return
    if latest and (emergency or not answer.found):
        what = "passages" if answer.found else "closest passages (weak match)"
        with st.expander(f"Show the {len(answer.hits)} {what}"):
            _passages(answer, index, anchors=False, slot=slot)
    else:  # an earlier answer already sits in an expander, and expanders don't nest
        st.header("Passages" if answer.found else "Closest passages (weak match)", anchor=False)
        _passages(answer, index, anchors=links, slot=slot)


_COUNTS: dict[Path, Counter[str]] = {}


def passage_counts(index: StoredIndex) -> Counter[str]:
    """Passages per article of a generation, counted once: the page reruns on every click, and a
    bulk collection holds a million passages."""
    counts = _COUNTS.get(index.path)
    if counts is None:
        counts = Counter(c.source for c in index.chunks)
        _COUNTS.clear()  # one generation is live at a time
        _COUNTS[index.path] = counts
    return counts


def _coverage(index: StoredIndex) -> None:
    counts = passage_counts(index)
    largest = sorted(index.docs.values(), key=lambda d: (-counts[d.source], d.title.lower()))
    if largest:
        st.markdown("**What this collection covers:**")
        st.markdown(coverage_markdown([d.title for d in largest[:COVERAGE]], len(largest)))


def _passages(answer: Answer, index: StoredIndex, *, anchors: bool, slot: int) -> None:
    for hit in answer.hits:
        with st.container(border=True):
            # The [n] links of the latest answer jump to these anchors.
            st.subheader(passage_heading(hit), anchor=anchor(hit.rank) if anchors else False)
            st.markdown(source_caption(hit))
            st.markdown(passage_markdown(answer, hit))
            if st.button("Read it in the article", key=f"open-{slot}-{hit.rank}", type="tertiary",
                         icon=":material/article:", help=f"Open {escape(hit.doc.title)} at this passage"):
                open_article(index, hit.chunk.source, hit.chunk.id, hit.rank)


def collection(index: StoredIndex, *, removable: bool = False) -> str | None:
    """The articles in the index; with `removable`, a remove control per article file.

    Returns the source of the article whose removal was just confirmed, for the caller to remove
    (this module lays out; it never changes the collection).
    """
    st.header("Collection", anchor=False)
    counts = passage_counts(index)
    manifest = index.manifest
    st.caption(f"{len(index.docs)} articles · {len(index.chunks)} passages · index "
               f"{escape(index.path.name)} built {escape(manifest.created[:16].replace('T', ' '))} · "
               f"model {escape(manifest.model_id.rsplit('/', 1)[-1])}")
    docs = sorted(index.docs.values(), key=lambda d: d.title.lower())
    wanted = st.text_input("Find an article", key="find-article", placeholder="Title or file name")
    if isinstance(wanted, str) and wanted.strip():  # a crafted websocket message may send another type
        docs = [d for d in docs if _matches(wanted, d.title, d.source)]
        if not docs:
            st.caption(f"No article's title or file name contains “{escape(wanted.strip())}”.")
    chosen = None
    for doc in docs[:MAX_LISTED]:
        with st.container(key=f"article-{_key(doc.source)}"):
            if st.button(escape(doc.title), key=f"read-{_key(doc.source)}", type="tertiary",
                         icon=":material/article:", help="Read the whole article"):
                open_article(index, doc.source)
            st.markdown(f":small[{article_meta(doc, counts[doc.source])}]")
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


def _matches(wanted: str, *fields: str) -> bool:
    words = wanted.casefold().split()
    haystack = " ".join(fields).casefold()
    return all(w in haystack for w in words)


def _key(source: str) -> str:
    """A widget key for an article: stable, and made only of characters a CSS class allows."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
