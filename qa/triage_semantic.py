"""The learned layer of triage: a linear classifier over the question's vector, trained on the labelled sets."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from qa.triage_rules import CALL_NOW, EMERGENCY, SOON, SOON_TEXT, TODAY, URGENT, Rule

log = logging.getLogger(__name__)

LEVELS = (None, SOON, URGENT, EMERGENCY)  # class index -> level
# The classifier speaks only when this sure. Chosen before it was tried on a set it had not been
# trained on: the lowest probability at which, with each older blind set held out in turn, the
# classifier alone raised no more than 5% false notices (bench/train_triage.py prints this).
THRESHOLD = 0.8
# It silences the rule table only when this sure a question is ordinary ("my first-aid exam asks
# what FAST stands for"). Chosen the same way: the lowest probability at which, each older blind
# set held out in turn, it silenced no red flag but a crisis one (never silenced: see triage.py)
# was 0.85, and 0.9 was taken for a margin. With sets 3-38 held out in turn (3,837 questions), 0.9
# still silenced three red flags (chest pressure for 20 minutes asked after a stretching question, a
# swollen hot calf after a coach trip asked after shoe advice, a two-year-old with five words), and
# 0.95 none, for two more false alarms (a marathon story, a dog's seizure).
QUIET = 0.95
WEIGHTS = Path(__file__).with_name("data") / "triage_learned.npz"

# What the learned layer says: it knows a level, not a rule, so its notices speak of the picture.
LEARNED_RULES = {
    EMERGENCY: Rule("similar_emergency", EMERGENCY,
                    f"What you describe can be a medical emergency. {CALL_NOW}", ()),
    URGENT: Rule("similar_urgent", URGENT,
                 f"What you describe should be checked by a doctor today. {TODAY}", ()),
    SOON: Rule("similar_soon", SOON, f"What you describe is worth a check-up. {SOON_TEXT}", ()),
}


@dataclass(frozen=True)
class LearnedTriage:
    """Multinomial logistic regression: level probabilities from a unit question vector."""

    weights: NDArray[np.float64]  # (dimension, 4)
    bias: NDArray[np.float64]  # (4,)
    fingerprint: str  # the model whose vectors it was trained on
    threshold: float = THRESHOLD
    quiet: float = QUIET

    def probabilities(self, vector: NDArray[np.float32]) -> NDArray[np.float64]:
        z = vector.astype(np.float64) @ self.weights + self.bias
        z = np.exp(z - z.max())
        return np.asarray(z / z.sum(), dtype=np.float64)

    def closest(self, vector: NDArray[np.float32]) -> Rule | None:
        """The level's notice when the classifier is sure of a red flag, else None."""
        if vector.shape[-1] != self.weights.shape[0]:
            return None
        p = self.probabilities(vector)
        best = int(np.argmax(p))
        level = LEVELS[best]
        return LEARNED_RULES[level] if level is not None and p[best] >= self.threshold else None

    def sure_ordinary(self, vector: NDArray[np.float32]) -> bool:
        """The classifier is sure the question reports no red flag (asks for information, tells a
        story, jokes), though it may use alarming words."""
        if vector.shape[-1] != self.weights.shape[0]:
            return False
        return bool(self.probabilities(vector)[0] >= self.quiet)


def fit(vectors: NDArray[np.float32], levels: NDArray[np.int64], *, fingerprint: str, c: float = 4.0,
        iterations: int = 3000, step: float = 2.0) -> LearnedTriage:
    """Full-batch gradient descent on the class-balanced, L2-regularised softmax loss (the
    objective of scikit-learn's LogisticRegression(C=c, class_weight="balanced")); deterministic."""
    x = vectors.astype(np.float64)
    n, d = x.shape
    k = len(LEVELS)
    counts = np.bincount(levels, minlength=k)
    sample_weight = (n / (k * np.maximum(counts, 1)))[levels]
    onehot = np.eye(k)[levels]
    l2 = 1.0 / (c * sample_weight.sum())
    w, b = np.zeros((d, k)), np.zeros(k)
    for _ in range(iterations):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sample_weight[:, None] / sample_weight.sum()
        w -= step * (x.T @ g + l2 * w)
        b -= step * g.sum(axis=0)
    return LearnedTriage(w, b, fingerprint)


def save(model: LearnedTriage, path: Path = WEIGHTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, weights=model.weights, bias=model.bias, fingerprint=np.array(model.fingerprint))


def load(fingerprint: str, path: Path = WEIGHTS) -> LearnedTriage | None:
    """The shipped classifier, if it was trained on this model's vectors; None otherwise (a
    user who names another model gets the rule table alone, and a log line saying so)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            model = LearnedTriage(data["weights"], data["bias"], str(data["fingerprint"]))
    except (OSError, ValueError, KeyError) as exc:
        log.warning("triage classifier %s unreadable (%s); using the rule table alone", path, exc)
        return None
    if model.fingerprint != fingerprint:
        log.info("triage classifier was trained for another model; using the rule table alone")
        return None
    return model
