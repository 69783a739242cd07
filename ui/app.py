"""The Streamlit page: it only lays out widgets; the work happens in qa.service through ui.resources."""

from __future__ import annotations

import streamlit as st

from index.errors import HealthQAError, QuestionError
from qa.answer import Answer
from ui.components import announce, care_notice, collection, disclaimer, focus_question, page_style, show_answer
from ui.editing import remove_with_report, show_uploads
from ui.editor import can_edit, sign_in_panel
from ui.resources import EXAMPLES, UPLOAD_TYPES, ensure_index, get_qa
from ui.view import escape, history_label, live_message, repaired_note

st.set_page_config(page_title="healthqa: answers from your health articles", page_icon="🩺")
page_style()
st.title("Ask the health articles", anchor=False)
notice_slot = st.container()  # a care notice goes here, above everything else, phones included
st.caption("Answers are sentences copied from the articles in this collection, each linked to its "
           "source. Nothing leaves this computer.")
disclaimer()

try:
    qa = get_qa()
    ensure_index(qa)
except HealthQAError as exc:
    st.error(f"The app cannot start: {exc}")
    st.stop()

HISTORY = 10  # answers kept per browser session
history: list[Answer] = st.session_state.setdefault("history", [])


def _use_example(question: str) -> None:
    st.session_state["question"] = question
    st.session_state["pending"] = question


# A shared link (?q=…) asks its question when the page opens; the box shows it, as after a click
# on an example (the box's value can only be set before the box is drawn).
if "opened" not in st.session_state:  # only on the first run of a visit: later the box is the visitor's
    st.session_state["opened"] = True
    linked = st.query_params.get("q")
    if linked:
        _use_example(linked)

with st.form("ask", enter_to_submit=True):
    question = st.text_input("Your question", key="question",
                             placeholder="e.g. Why do my calves cramp at night?")
    asked = st.form_submit_button("Ask", type="primary")

pending = st.session_state.pop("pending", None)
to_ask = pending or (question if asked else None)
if to_ask is not None and not isinstance(to_ask, str):
    to_ask = ""  # a hand-made websocket message can give the box a number or bytes
if to_ask is not None:
    if not to_ask.strip():
        st.info("Type a question about the articles, for example about muscle twitching or cramps.")
    else:
        try:
            with st.spinner("Searching the articles…"):
                # A follow-up ("and how do I treat it?") is read with the last question's topic.
                history.insert(0, qa.ask(to_ask, previous=history[0].asked if history else None))
                del history[HISTORY:]
            st.query_params["q"] = history[0].question  # the address now reproduces this answer
        except QuestionError as exc:
            st.info(str(exc).capitalize())
        except HealthQAError as exc:
            st.error(str(exc))

if not history:  # the empty page offers a start; later the answer comes right below the box
    focus_question()
    st.caption("Or try one of these:")
    columns = st.columns(2)
    for i, example in enumerate(EXAMPLES):
        columns[i % 2].button(example, key=f"example-{i}", on_click=_use_example, args=(example,),
                              width="stretch")
else:
    if history[0].urgent is not None:
        with notice_slot:
            care_notice(history[0].urgent)
    announce(live_message(history[0]))
    st.markdown(f"**You asked:** {escape(history[0].question)}")
    if history[0].repaired:  # the typos repaired before searching, so a surprising answer explains itself
        st.caption(escape(repaired_note(history[0])))
    if history[0].topic:
        st.caption(escape(f"Read as a follow-up to your last question, about “{history[0].topic}”."))
    show_answer(history[0], qa.retriever.index)
    if len(history) > 1:
        st.header("Earlier in this session", anchor=False)
        for slot, old in enumerate(history[1:], start=1):
            with st.expander(history_label(old)):
                show_answer(old, qa.retriever.index, latest=False, slot=slot)

with st.sidebar:
    try:
        sign_in_panel()
        editing = can_edit()
    except HealthQAError as exc:  # a bad HEALTHQA_EDITOR_TOKEN: read-only, and say why
        st.error(escape(str(exc)))
        editing = False
    for kind, text in st.session_state.pop("flash", []):  # what the last removal did
        (st.success if kind == "ok" else st.error)(text)
    # Uploads first, so the collection listed below already includes what was just added.
    if editing:
        st.header("Add articles", anchor=False)
        with st.form("upload", clear_on_submit=True):
            files = st.file_uploader("Article files (.txt, .md, .html, .pdf)", type=list(UPLOAD_TYPES),
                                     accept_multiple_files=True)
            add = st.form_submit_button("Add to the collection")
        if add and files:
            show_uploads(qa, files)
    try:
        removed = collection(qa.retriever.index, removable=editing)
    except HealthQAError as exc:
        st.error(escape(str(exc)))
    else:
        if removed is not None:
            st.session_state["flash"] = remove_with_report(qa, removed)
            st.rerun()  # list the collection again, without the article
