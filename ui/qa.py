"""The question-answering service shared by the terminal and the web page: search, then compose."""

from __future__ import annotations

from index.embedder import Embedder, SentenceTransformerEmbedder
from index.errors import QuestionError
from index.search import Retriever
from index.settings import Settings
from ui.answer import Answer, candidates, compose

MAX_QUESTION_CHARS = 2000


def clean_question(question: str) -> str:
    """The question as searched; refuses one with no words in it."""
    text = " ".join(question.split())
    if not text:
        raise QuestionError("the question is empty: type a question about the articles")
    if not any(ch.isalnum() for ch in text):
        raise QuestionError("the question has no words in it: type a question about the articles")
    # The model reads 256 word pieces at most; a longer question is cut rather than refused.
    return text[:MAX_QUESTION_CHARS]


class QA:
    """Loads the model once; `ask` is then cheap and safe to call from several threads."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or SentenceTransformerEmbedder(settings.model)
        self.retriever = Retriever(self.embedder, settings.data_dir)

    def ask(self, question: str, k: int | None = None) -> Answer:
        text = clean_question(question)
        top_k = k or self.settings.top_k
        query = self.retriever.encode_query(text)
        hits = self.retriever.search_vector(query, top_k)
        cands = candidates(hits)
        similarities: list[float] = []
        if cands and hits and hits[0].score >= self.settings.min_score:
            vectors = self.embedder.embed([c.text for c in cands])
            similarities = [float(v) for v in vectors @ query]
        else:
            cands = []
        return compose(question.strip(), hits, cands, similarities, min_score=self.settings.min_score)
