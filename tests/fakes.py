"""A small deterministic embedder for unit tests: hashed bag of words, whitespace 'tokens'."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

_TOKEN = re.compile(r"\w+|[^\w\s]")


class FakeEmbedder:
    """Shares the Embedder protocol with the real model; similar words give similar vectors."""

    def __init__(self, dimension: int = 64, max_tokens: int = 64, model_id: str = "fake-model") -> None:
        self.model_id = model_id
        self.fingerprint = hashlib.sha256(model_id.encode()).hexdigest()
        self.dimension = dimension
        self.max_tokens = max_tokens
        self.runtime = "fake"
        self.embedded = 0  # texts embedded so far, to check what ingest re-embeds

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        return [len(_TOKEN.findall(t)) + 2 for t in texts]

    def embed(self, texts: Sequence[str], *, batch_size: int = 32, progress=None) -> NDArray[np.float32]:  # type: ignore[no-untyped-def]
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                digest = hashlib.md5(word.encode()).digest()
                out[row, digest[0] % self.dimension] += 1.0 if digest[1] % 2 else -1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
            else:
                out[row, 0] = 1.0
        self.embedded += len(texts)
        if progress is not None and texts:
            progress(len(texts))
        return out
