"""The Streamlit page: it only lays out widgets; the work happens in ui.qa through ui.resources."""

from __future__ import annotations

import streamlit as st

from index.errors import HealthQAError, QuestionError
from ui.answer import DISCLAIMER
from ui.resources import ensure_index, get_qa
from ui.view import answer_markdown, escape, passage_markdown, source_caption

st.set_page_config(page_title="healthqa: answers from your health articles", page_icon="🩺")
st.title("Ask the health articles")
st.caption("Answers are sentences copied from the articles in this collection, each with its source.")
st.warning(DISCLAIMER, icon="⚕️")

try:
    qa = get_qa()
    ensure_index(qa)
except HealthQAError as exc:
    st.error(f"The app cannot start: {exc}")
    st.stop()

with st.form("ask"):
    question = st.text_input("Your question", placeholder="e.g. Can flat feet cause leg twitching?",
                             max_chars=2000)
    asked = st.form_submit_button("Ask", type="primary")

if asked:
    if not question.strip():
        st.info("Type a question about muscle twitching, cramps or the other topics of the articles.")
    else:
        try:
            answer = qa.ask(question)
        except QuestionError as exc:
            st.info(str(exc).capitalize())
        except HealthQAError as exc:
            st.error(str(exc))
        else:
            st.subheader("Answer")
            if answer.found and answer.sentences:
                st.markdown(answer_markdown(answer))
            elif answer.found:
                st.markdown("No single sentence answers this; the passages below are the best match.")
            else:
                st.info(answer.message)
            st.subheader("Passages" if answer.found else "Closest passages (weak match)")
            for hit in answer.hits:
                with st.container(border=True):
                    st.markdown(f"**\\[{hit.rank}\\] {escape(hit.doc.title)}**")
                    st.caption(source_caption(hit))
                    st.markdown(passage_markdown(answer, hit))

with st.sidebar:
    try:
        index = qa.retriever.index
        st.header("Collection")
        st.write(f"{len(index.docs)} articles, {len(index.chunks)} passages")
        for doc in sorted(index.docs.values(), key=lambda d: d.title):
            st.markdown(f"- {escape(doc.title)}")
    except HealthQAError as exc:
        st.error(str(exc))
