"""The question-answering service shared by the terminal and the web page: search, then compose."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Container
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from index.embedder import Embedder
from index.errors import QuestionError
from index.rejoin import rejoin
from index.search import Retrieval, Retriever
from index.settings import Settings
from index.synonyms import spelled_out
from index.types import Hit
from ingest.oneline import UNPRINTABLE
from qa.answer import Answer, compose, covered, not_mentioned
from qa.answer_spans import ABOUT_ARTICLE, candidates
from qa.definition import compared_terms, defined_terms, defines
from qa.followup import carried_topic
from qa.frame import unframed
from qa.spelling import joined_words, repaired_words, respelt
from qa.subject import ablations, missing_subject, together
from qa.triage import Notice, triage
from qa.triage_semantic import LearnedTriage, load

MAX_QUESTION_CHARS = 2000
SENTENCE_CACHE = 20_000  # sentence vectors kept (about 30 MB at 384 dimensions)
JOINT_NAMED = 2  # absent words named when several together carry the question
# Absent words weighed one by one (each costs an embedding of the question without it; no labelled question has over
# 12). Past this — a pasted page of words the articles never use — they are weighed all at once: 400 of them held a
# core for 44 s.
MAX_ABLATIONS = 16
DEFINITION_DEPTH = 8  # passages searched for the one that defines an asked term


def clean_question(question: str) -> str:
    """The question as searched; refuses one with no words in it."""
    # Cut before anything else reads it: a visitor can paste megabytes, and every later step
    # (splitting, triage, key terms, the echo on the page) would pay for all of them.
    text = question[:MAX_QUESTION_CHARS * 2]
    # Bytes that are not UTF-8 (a shell argument, a pipe) arrive as lone surrogates the tokenizer
    # refuses; control and direction-override characters would reach the terminal that echoes it.
    # Line breaks stay (one per line, blank lines dropped): a question laid out as a form or a checklist
    # ("chest pain - no", "Q: …") is read line by line, by triage as by the eval.
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    lines = (" ".join(UNPRINTABLE.sub(" ", line).split()) for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    if not text:
        raise QuestionError("the question is empty: type a question about the articles")
    if not any(ch.isalnum() for ch in text):
        raise QuestionError("the question has no words in it: type a question about the articles")
    # The model reads 256 word pieces at most; a longer question is cut rather than refused.
    return text[:MAX_QUESTION_CHARS]


def triage_model(embedder: Embedder) -> LearnedTriage | None:
    """The learned triage layer for this embedder's model (shipped for the bundled one)."""
    return load(embedder.fingerprint)


class QA:
    """Loads the model once; `ask` is then cheap and safe to call from several threads."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        if embedder is None:
            from index.runtime import embedder_for

            embedder = embedder_for(settings, for_queries=True)
        self.retriever = Retriever(embedder, settings.data_dir, switch=self._runtime)
        self.triage_model = triage_model(embedder)
        self._cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._cache_for: Embedder = embedder  # whose vectors the cache holds
        self._cache_lock = threading.Lock()

    @property
    def embedder(self) -> Embedder:
        """The embedder of the live generation's runtime (the retriever follows a new one)."""
        return self.retriever.embedder

    def _runtime(self, runtime: str) -> Embedder:
        from index.runtime import cache_root, load_embedder

        return load_embedder(self.settings.model, runtime, cache_root(self.settings))

    def retrieve(self, question: str, k: int | None = None,
                 vector: NDArray[np.float32] | None = None) -> tuple[Retrieval, bool]:
        """The ranked passages and whether they answer the question (no answer sentences)."""
        text = clean_question(question)
        # Keywords without who reported them; the meaning (the vector) is the whole question's, its unknown
        # initialisms spelt out.
        if vector is None:
            vector = self.retriever.encode_query(spelled_out(text, self._spelt()))
        retrieval = self.retriever.retrieve(unframed(text), k or self.settings.top_k, vector=vector)
        return retrieval, self._found(retrieval)

    def _spelt(self) -> Container[str]:
        """The stems the passages hold (an initialism among them is no stranger to the search)."""
        lexical = self.retriever.index.lexical
        return lexical if lexical is not None else ()

    def _sentence_vectors(self, sentences: list[str]) -> NDArray[np.float32]:
        """Vectors of answer candidates, cached: the same passages come back question after
        question, and embedding their sentences is most of the cost of an answer."""
        embedder = self.embedder
        with self._cache_lock:
            if embedder is not self._cache_for:  # another runtime's vectors are not comparable
                self._cache.clear()
                self._cache_for = embedder
            known = {s: self._cache[s] for s in sentences if s in self._cache}
            for sentence in known:
                self._cache.move_to_end(sentence)
        missing = list(dict.fromkeys(s for s in sentences if s not in known))
        if missing:  # embedded outside the lock: other sessions keep answering meanwhile
            fresh = embedder.embed(missing)
            known.update(zip(missing, fresh, strict=True))
            with self._cache_lock:
                if embedder is self._cache_for:
                    self._cache.update(zip(missing, fresh, strict=True))
                while len(self._cache) > SENTENCE_CACHE:
                    self._cache.popitem(last=False)
        return np.vstack([known[s] for s in sentences])

    def _found(self, retrieval: Retrieval) -> bool:
        s = self.settings
        return bool(retrieval.hits) and covered(retrieval.dense_top, retrieval.coverage,
                                                min_score=s.min_score, sure_score=s.sure_score,
                                                min_coverage=s.min_coverage, words=retrieval.words)

    def absent_subject(self, question: str, retrieval: Retrieval, defined: tuple[str, ...],
                       query: NDArray[np.float32]) -> tuple[str, ...] | None:
        """The words the question is about when no passage names them ("quinine", "statins"): one
        that moves its meaning most when left out, or all of them together. A question that asks
        what a term is ("Spinal muscular atrophy, what is this sickness?") is about that term only."""
        unknown = retrieval.unknown
        # A difference or a comparison is about its two sides: told only where both are named ("magnesium
        # glycinate or citrate" where the articles never say citrate).
        sides = defined if len(defined) == 2 else compared_terms(question)
        if defined or sides:
            from index.lexical import tokenize

            named = {stem for term in (sides or defined) for stem in tokenize(term)}
            unknown = tuple(stem for stem in unknown if stem in named)
        pairs = ablations(question, unknown)
        if not pairs:
            return None
        if sides:
            # a difference is told only where both sides are named ("a pulled and a torn hamstring")
            return tuple(typed for typed, _ in pairs[:JOINT_NAMED])
        both = together(question, unknown)
        if len(pairs) > MAX_ABLATIONS and both is not None:
            rest = both[1]
            joint = float(self.embedder.embed([rest])[0] @ query) if any(c.isalnum() for c in rest) else 0.0
            absent = tuple(typed for typed, _ in pairs[:JOINT_NAMED])
            return absent if joint < self.settings.subject_joint_cosine else None
        # A question that is only the absent words ("quinine?") has nothing left to embed.
        rests = [rest for rest in [r for _, r in pairs] + ([both[1]] if both else []) if any(c.isalnum() for c in rest)]
        vectors = dict(zip(rests, self.embedder.embed(rests), strict=True)) if rests else {}

        def cosine(rest: str) -> float:
            return float(vectors[rest] @ query) if rest in vectors else 0.0

        cosines = [cosine(rest) for _, rest in pairs]
        word = missing_subject(pairs, cosines, self.settings.subject_cosine)
        if word is not None:
            return (word,)
        if both is not None and cosine(both[1]) < self.settings.subject_joint_cosine:
            # Named by how much each alone carries the question, at most two ("nobody" is no subject).
            ranked = sorted(zip(cosines, (typed for typed, _ in pairs), strict=True))
            return tuple(typed for _, typed in ranked[:JOINT_NAMED])
        return None

    def triage(self, question: str, vector: NDArray[np.float32] | None = None) -> Notice | None:
        """The care notice for a question: the rule table, then its vector against the examples."""
        text = clean_question(question)
        query = self.retriever.encode_query(text) if vector is None else vector
        return triage(text, query, self.triage_model)

    def ask(self, question: str, k: int | None = None, previous: str | None = None) -> Answer:
        """The answer to `question`; `previous` (the question asked before it, with any topic it
        carried) lets a follow-up ("and how do I treat it?") be read with that question's topic."""
        text = clean_question(question)
        query = self.retriever.encode_query(text)  # kept: triage uses the question's own vector
        # Before retrieval, from the question alone: a red flag matters whatever the articles say.
        urgent = self.triage(text, query)
        # Searched and answered as heard ("spinal muscular atrophy" for a dictated "a trophy"); triage
        # read the words as typed, and the page keeps the question as asked.
        heard, joined = self._heard(text)
        topic = carried_topic(heard, previous)
        if topic:
            answer = self._answer(f"{heard} ({topic})", self.retriever.encode_query(f"{heard} {topic}"), k, urgent)
        else:
            answer = self._answer(heard, query if heard == text else self.retriever.encode_query(heard), k, urgent)
        repaired = joined_words(joined, answer.repaired, (h.chunk.text for h in answer.hits))
        return replace(answer, question=text, topic=topic, repaired=repaired)

    def _heard(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with the words a dictation split joined back, and each join."""
        lexical = self.retriever.index.lexical
        return rejoin(text, lexical) if lexical is not None else (text, ())

    def _answer(self, text: str, query: NDArray[np.float32], k: int | None, urgent: Notice | None) -> Answer:
        # Passages and sentences are weighed against the question with its initialisms spelt out ("SMA" is
        # next to nothing to the model); which words carry the question is judged on it as asked.
        spelled = spelled_out(text, self._spelt())
        meaning = query if spelled == text else self.retriever.encode_query(spelled)
        retrieval, found = self.retrieve(text, k, vector=meaning)
        hits = retrieval.hits
        repaired = self._repaired(text, retrieval)
        spelt = respelt(text, repaired)  # the asked term as the passages spell it, to find where it is defined
        defined = defined_terms(spelt)
        if len(defined) == 1 and hits:
            hits = self._with_definition(list(hits), defined[0])
        absent = self.absent_subject(text, retrieval, defined, query) if hits else None
        if absent is not None:
            return Answer(text, False, (), tuple(hits), urgent=urgent, message=not_mentioned(absent),
                          repaired=repaired)
        # Spans are read even when retrieval is unsure: a passage may define the term asked
        # about, or hold a span close enough to answer (compose decides).
        cands = candidates(hits, about_article=ABOUT_ARTICLE.search(text) is not None, defined=defined)
        similarities: list[float] = []
        if cands:
            vectors = self._sentence_vectors([c.text for c in cands])
            similarities = [float(v) for v in vectors @ meaning]
        # the typos retrieval already repaired, not a second look-up in a generation that may have moved on
        answer = compose(spelt, hits, cands, similarities, found=found, urgent=urgent, correct=retrieval.correct)
        return replace(answer, question=text, repaired=repaired)

    def _with_definition(self, hits: list[Hit], term: str) -> list[Hit]:
        """The passages, with the one that defines the asked term when the story told around the question
        ("the physio used the word 'fasciculation'… could you explain?") kept it out of them."""
        if any(defines(term, hit.chunk.text) for hit in hits):
            return hits
        found = self.retriever.retrieve(term, DEFINITION_DEPTH, vector=self.retriever.encode_query(term)).hits
        # none of `hits` defines it, so a passage that does is not among them
        definition = next((hit for hit in found if defines(term, hit.chunk.text)), None)
        return hits if definition is None else [*hits, replace(definition, rank=len(hits) + 1)]

    @staticmethod
    def _repaired(question: str, retrieval: Retrieval) -> tuple[tuple[str, str], ...]:
        return repaired_words(question, retrieval.corrections, (h.chunk.text for h in retrieval.hits))
