"""Turning answers into safe Markdown for the page: article text is escaped, never interpreted."""

from __future__ import annotations

import re

from index.types import Hit
from ui.answer import Answer

# Markdown and HTML punctuation that could turn article text into markup, links or code.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:$])")


def escape(text: str) -> str:
    """Text shown literally by st.markdown: `<script>` stays visible text, `**x**` stays stars."""
    # Entities first: `<` never reaches the renderer as a tag opener, only as a character.
    entities = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", entities).replace("\n", "  \n")


def answer_markdown(answer: Answer) -> str:
    return " ".join(f"{escape(s.text)} **\\[{s.cite}\\]**" for s in answer.sentences)


def passage_markdown(answer: Answer, hit: Hit) -> str:
    """The passage text with the sentences used in the answer in bold."""
    text = hit.chunk.text
    parts: list[str] = []
    pos = 0
    for start, end in answer.highlights(hit.rank):
        parts.append(escape(text[pos:start]))
        parts.append(f"**{escape(text[start:end])}**")
        pos = end
    parts.append(escape(text[pos:]))
    return "".join(parts)


def source_caption(hit: Hit) -> str:
    parts = [f"corpus/{hit.chunk.source}"]
    if hit.chunk.section:
        parts.append(f"section: {hit.chunk.section}")
    if hit.chunk.page is not None:
        parts.append(f"page {hit.chunk.page}")
    if hit.doc.author:
        parts.append(f"by {hit.doc.author}")
    if hit.doc.published:
        parts.append(f"published {hit.doc.published}")
    parts.append(f"relevance {hit.score:.2f}")
    return escape(" · ".join(parts))
