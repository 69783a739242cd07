"""Keyword search: BM25 (bm25s) over stemmed words, persisted beside the vectors."""

from __future__ import annotations

import bisect
import difflib
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

_WORD = re.compile(r"(?u)\b\w\w+\b")
# NLTK's English list (as bm25s ships it) plus words that only frame a question.
# "cause" stays searchable: "what causes X" is answered by "X is caused by".
_QUESTION_WORDS = ("could would may might also get gets got anything something thing things "
                   "way ways really much many "
                   # what a question takes as given: "Since flat feet are…", "Given that…"
                   "since given "
                   # who else and what is wanted frame a question: "could they pass me on to someone else",
                   # "is it a bad idea if I want to prevent…"
                   "someone somebody anyone anybody everyone everybody else want wants wanted idea whether "
                   # contractions typed without the apostrophe ("whats", "dont"): NLTK lists only
                   # the spelled-out forms, and "whats" is no word any article is about
                   "whats hows whys wheres whos whens thats heres theres im ive youre dont doesnt didnt "
                   "isnt arent wasnt werent wont cant couldnt shouldnt wouldnt "
                   "theyre theyve theyll youve youll hes shes weve hasnt havent hadnt "
                   # the fillers of a question spoken into a phone ("um what exactly are flat feet")
                   "um umm uh uhh erm hmm "
                   # the frame words of a text message ("wat", "thru", "coz"): no article is about them
                   "wat wot thru cuz coz bcoz abt plz sumthin smth".split())


# Rows above which keyword top-k skips the rows of common words (MaxScore); below, dense sums
# over every row cost under a millisecond (bench/scale.py).
SPARSE_ABOVE = 200_000
# Share of the rows past which MaxScore gives way to the dense sums: sorting and bisecting the rows
# it must visit cost more than the dense path beyond about that (bench/scale.py at 1M: keyword
# p95 8.1 ms when it gave way only past 1/32 and after its first sort; 5.8 ms now, dense 4.7 ms).
SPARSE_VISIT = 1 / 64
TYPO_CUTOFF = 0.85  # difflib ratio: "twich"/"twitch" 0.91 is a typo, "diabet"/"diet" 0.8 is not


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    return frozenset(STOPWORDS_EN_PLUS) | frozenset(_QUESTION_WORDS)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop words out, Snowball-stemmed: 'Twitching muscles' -> ['twitch', 'muscl']."""
    words = [w for w in _WORD.findall(text.lower()) if w not in stopwords()]
    stems: list[str] = _stemmer().stemWords(words)
    return stems


def _union(parts: Sequence[NDArray[Any]]) -> NDArray[Any]:
    """The sorted union of ascending row arrays; a single posting is one already."""
    return parts[0] if len(parts) == 1 else np.unique(np.concatenate(parts))


# What a stem may still end in after another known stem: inflections and common derivations.
_ENDINGS = frozenset({"i", "e", "s", "es", "al", "ic", "ed", "er", "ing", "li", "ment", "ness", "y", "ist", "ism",
                      "ion", "ation", "iv", "ous", "ful", "less", "abl", "ibl", "ant", "ent", "ar", "or", "ia", "ian",
                      "ical", "at", "ate", "iz", "is", "ise", "ize", "ular", "ure", "ance", "ence"})


class LexicalIndex:
    """BM25 scores of every chunk for a tokenized query; row i is chunk i of the store."""

    FOLDER = "bm25"

    def __init__(self, bm25: Any, n_docs: int) -> None:
        self._bm25 = bm25
        self.n_docs = n_docs
        self._vocab: dict[str, int] = dict(bm25.vocab_dict)
        self._initials: dict[str, list[str]] | None = None
        self._sorted: list[str] | None = None
        self._max: dict[int, float] = {}  # best BM25 score of each word, filled as words are asked
        self.sparse_above = SPARSE_ABOVE
        self.sparse_visit = SPARSE_VISIT
        # Plain views of the (memory-mapped) CSC arrays: slicing a np.memmap builds a memmap
        # object each time, which was most of the cost of `top` on a small collection.
        self._data = np.asarray(bm25.scores["data"])
        self._indices = np.asarray(bm25.scores["indices"])
        self._indptr = np.asarray(bm25.scores["indptr"])
        frequencies = np.diff(self._indptr)  # documents per token (CSC columns)
        self._df = {token: int(frequencies[i]) for token, i in self._vocab.items()
                    if i < len(frequencies)}

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        import bm25s

        tokens = [tokenize(t) or ["\u2205"] for t in texts]  # bm25s needs a token per document
        bm25 = bm25s.BM25()
        bm25.index(tokens, show_progress=False)
        return cls(bm25, len(texts))

    def save(self, folder: Path) -> None:
        self._bm25.save(str(folder / self.FOLDER), show_progress=False)

    @classmethod
    def load(cls, folder: Path, n_docs: int) -> LexicalIndex:
        import bm25s

        bm25 = bm25s.BM25.load(str(folder / cls.FOLDER), mmap=True, show_progress=False)
        return cls(bm25, n_docs)

    def scores(self, tokens: Iterable[str]) -> NDArray[np.float32]:
        known = [t for t in tokens if t in self._vocab]
        if not known or self.n_docs == 0:
            return np.zeros(self.n_docs, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def top(self, weighted: Sequence[tuple[Sequence[str], float]], k: int) -> dict[int, float]:
        """The k best rows of the weighted sum of BM25 scores of several token lists, and their scores.

        Same sums as `scores`, one pass for all lists. Up to `sparse_above` rows the sums are
        dense (under a millisecond); above, `_top_maxscore` finds the same rows while touching
        few of them (bench/scale.py: 4.0 ms at 1M chunks dense).
        """
        k = min(k, self.n_docs)
        if k <= 0:
            return {}
        if self.n_docs > self.sparse_above:
            terms: dict[int, float] = {}
            for tokens, weight in weighted:
                for token in tokens:
                    column = self._vocab.get(token)
                    if column is not None and weight:
                        terms[column] = terms.get(column, 0.0) + weight
            found = self._top_maxscore(terms, k)
            if found is not None:
                return found
        return self._top_dense(weighted, k)

    def _top_dense(self, weighted: Sequence[tuple[Sequence[str], float]], k: int) -> dict[int, float]:
        total = np.zeros(self.n_docs, dtype=np.float32)  # calloc: pages never touched cost nothing
        touched = False
        for tokens, weight in weighted:
            for token in tokens:
                column = self._vocab.get(token)
                if column is None or weight == 0:
                    continue
                rows, scores = self._posting(column)
                total[rows] += weight * scores.astype(np.float32, copy=False)
                touched = True
        if not touched:
            return {}
        # Top-k straight from the dense sums: np.unique over the touched rows (a third of a
        # million at 1M chunks for common words) cost 170 ms, argpartition ~1 ms.
        best = np.argpartition(-total, k - 1)[:k] if k < self.n_docs else np.arange(self.n_docs)
        return {int(r): float(total[r]) for r in best if total[r] > 0}

    def _top_maxscore(self, terms: dict[int, float], k: int) -> dict[int, float] | None:
        """The top k by MaxScore (Turtle & Flood, 1995), or None where it would not pay.

        A row holding only words whose best possible contributions add up to less than the
        k-th best score seen so far cannot make the top k, so the rows of common words need
        not be visited: they are only looked up for the candidates the rarer words bring.
        """
        if not terms:
            return {}
        bound = {c: weight * self._column_max(c) for c, weight in terms.items()}
        columns = sorted(terms, key=bound.__getitem__)
        bounds = np.cumsum([bound[c] for c in columns])
        # A first threshold: the full scores of the rows of the highest-bound words. Past the
        # budget of rows to visit the dense sums are cheaper, so give way before sorting any.
        budget = self.n_docs * self.sparse_visit
        first: list[NDArray[Any]] = []
        visited = 0
        for column in reversed(columns):
            first.append(self._posting(column)[0])
            visited += len(first[-1])
            if visited > budget:
                return None
            if visited >= k:
                break
        seeds = _union(first)
        seed_scores = self._score_rows(seeds, terms)
        threshold = 0.0
        if len(seeds) >= k:
            threshold = float(np.partition(seed_scores, len(seeds) - k)[len(seeds) - k])
        skipped = int(np.searchsorted(bounds, threshold, side="left"))  # words that cannot lift a row
        essential = [self._posting(c)[0] for c in columns[skipped:]]
        if sum(len(rows) for rows in essential) > budget:
            return None
        rows = _union(essential)
        scores = self._score_rows(rows, terms)
        if len(rows) > k:
            best = np.argpartition(-scores, k - 1)[:k]
            rows, scores = rows[best], scores[best]
        return {int(r): float(s) for r, s in zip(rows, scores, strict=True) if s > 0}

    def _posting(self, column: int) -> tuple[NDArray[Any], NDArray[Any]]:
        """The rows holding a word, ascending, and that word's BM25 score in each."""
        start, end = int(self._indptr[column]), int(self._indptr[column + 1])
        return self._indices[start:end], self._data[start:end]

    def _column_max(self, column: int) -> float:
        best = self._max.get(column)
        if best is None:
            scores = self._posting(column)[1]
            best = self._max[column] = float(scores.max()) if len(scores) else 0.0
        return best

    def _score_rows(self, rows: NDArray[Any], terms: dict[int, float]) -> NDArray[np.float32]:
        """The weighted BM25 sums of these (ascending) rows, each word's rows searched by bisection."""
        total = np.zeros(len(rows), dtype=np.float32)
        for column, weight in terms.items():
            posting, scores = self._posting(column)
            at = np.minimum(np.searchsorted(posting, rows), len(posting) - 1)
            held = posting[at] == rows
            total[held] += weight * scores[at[held]].astype(np.float32, copy=False)
        return total

    def __contains__(self, stem: object) -> bool:
        return stem in self._vocab

    def correct(self, tokens: Iterable[str]) -> list[str]:
        """Tokens with likely typos replaced by the closest word of the collection.

        Only words the collection lacks, of five letters or more, are touched, and only by a
        word with the same first letter ("twiching" -> "twitch", "hamstirng" -> "hamstr");
        a real word the collection lacks stays, whether it finds no close match ("migraine") or
        is an everyday word close to one it has ("tough" is not "though", "instep" not "inside").
        """
        from index.english import english_stems

        fixed = []
        for token in tokens:
            if token in self._vocab or len(token) < 5 or token in english_stems():
                fixed.append(token)
                continue
            pool = [w for w in self._by_initial().get(token[0], ()) if abs(len(w) - len(token)) <= 2]
            match = difflib.get_close_matches(token, pool, n=1, cutoff=TYPO_CUTOFF)
            if not match:  # two letters swapped ("crmap", "cramp") score only 0.8 in difflib
                match = [w for w in pool if _swapped(token, w)][:1]
            if not match:  # spelt as it sounds ("atrofy", "distrofy", "fashia")
                match = [w for w in pool if _sounds(w) == _sounds(token)][:1]
            fixed.append(match[0] if match else token)
        return fixed

    def sounds_like(self, stem: str) -> str | None:
        """A word of the collection spelt differently but said the same ("distrophi": "dystrophi")."""
        heard = _sounds(stem)
        pool = self._by_initial().get(stem[0], ()) if stem else ()
        return next((w for w in pool if abs(len(w) - len(stem)) <= 2 and _sounds(w) == heard), None)

    def unknown(self, tokens: Iterable[str]) -> list[str]:
        """Tokens no passage holds, nor any word they begin or that begins them ("herb" is known
        where "herbal" is): the names of things the collection never speaks of ("quinine")."""
        words = self._sorted_vocab()
        out = []
        for token in dict.fromkeys(tokens):
            if token in self._vocab or not token.isalpha():
                continue
            at = bisect.bisect_left(words, token)
            if len(token) >= 4 and at < len(words) and words[at].startswith(token):
                continue
            # a known word with an ending ("twitchi" for "twitch"), not another word that begins the
            # same ("creatin" is no form of "creat", from "creating")
            if any(token[:cut] in self._vocab and token[cut:] in _ENDINGS for cut in range(5, len(token))):
                continue
            out.append(token)
        return out

    def _sorted_vocab(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._vocab)
        return self._sorted

    def _by_initial(self) -> dict[str, list[str]]:
        if self._initials is None:
            buckets: dict[str, list[str]] = {}
            for word in self._vocab:
                if len(word) >= 4 and word.isalpha():
                    buckets.setdefault(word[0], []).append(word)
            self._initials = buckets
        return self._initials

    def idf(self, token: str) -> float:
        """Inverse document frequency; a word no chunk contains gets the highest value."""
        df = self._df.get(token, 0)
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))


def _sounds(word: str) -> str:
    """A word's spelling reduced to how it sounds, for the usual English confusions: ph/f, y/i,
    sc/sh/s before a front vowel, ck/k, a silent gh ("sigh attica"), doubled letters."""
    word = word.replace("ph", "f").replace("gh", "").replace("ck", "k").replace("sh", "s").replace("y", "i")
    word = re.sub(r"sc(?=[iey])", "s", word)
    return re.sub(r"(.)\1", r"\1", word)


def _swapped(a: str, b: str) -> bool:
    """Whether `a` is `b` with two neighbouring letters swapped (one Damerau transposition)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
