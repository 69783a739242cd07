"""The Streamlit page: it only lays out widgets; the work happens in qa.service through ui.resources."""

from __future__ import annotations

import streamlit as st

from index.errors import HealthQAError, QuestionError
from qa.answer import Answer
from ui.components import care_notice, collection, disclaimer, show_answer
from ui.resources import EXAMPLES, UPLOAD_TYPES, copy_uploads, ensure_index, get_qa, index_uploads
from ui.view import escape, history_label

st.set_page_config(page_title="healthqa: answers from your health articles", page_icon="🩺")
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


with st.form("ask", enter_to_submit=True):
    question = st.text_input("Your question", key="question",
                             placeholder="e.g. Why do my calves cramp at night?")
    asked = st.form_submit_button("Ask", type="primary")

pending = st.session_state.pop("pending", None)
to_ask = pending or (question if asked else None)
if to_ask is not None:
    if not to_ask.strip():
        st.info("Type a question about the articles, for example about muscle twitching or cramps.")
    else:
        try:
            with st.spinner("Searching the articles…"):
                history.insert(0, qa.ask(to_ask))
                del history[HISTORY:]
        except QuestionError as exc:
            st.info(str(exc).capitalize())
        except HealthQAError as exc:
            st.error(str(exc))

if not history:  # the empty page offers a start; later the answer comes right below the box
    st.caption("Or try one of these:")
    columns = st.columns(2)
    for i, example in enumerate(EXAMPLES):
        columns[i % 2].button(example, key=f"example-{i}", on_click=_use_example, args=(example,),
                              width="stretch")
else:
    if history[0].urgent is not None:
        with notice_slot:
            care_notice(history[0].urgent)
    st.markdown(f"**You asked:** {escape(history[0].question)}")
    show_answer(history[0])
    if len(history) > 1:
        st.subheader("Earlier in this session", anchor=False)
        for old in history[1:]:
            with st.expander(history_label(old)):
                show_answer(old, latest=False)

with st.sidebar:
    # Uploads first, so the collection listed below already includes what was just added.
    st.header("Add articles", anchor=False)
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader("Article files (.txt, .md, .html, .pdf)", type=list(UPLOAD_TYPES),
                                 accept_multiple_files=True)
        add = st.form_submit_button("Add to the collection")
    if add and files:
        results = copy_uploads(qa, files)
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
    try:
        collection(qa.retriever.index)
    except HealthQAError as exc:
        st.error(str(exc))
