"""What the learned layer's gate costs and saves: a triage set scored with it, without it, and for emergencies.

    python bench/triage_gate.py FILE [FILE ...]

The learned layer may raise a question's level only when the table reads some finding beyond the
scene-setting ones (`qa.triage._learned_may_raise`). This scores each file three ways with the shipped
classifier: as shipped; with the gate open (every raise the classifier is sure of); and with the gate
open only for an emergency. Run it at a first-run commit on that round's blind sets to see what the
gate did to questions nobody had tuned to.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import qa.triage as T  # noqa: E402
from index.runtime import embedder_for  # noqa: E402
from index.settings import Settings  # noqa: E402
from qa.service import triage_model  # noqa: E402
from qa.triage_eval import TriageReport, load_cases, score  # noqa: E402


def _line(name: str, report: TriageReport) -> str:
    return (f"  {name:<16} emergencies {report.emergencies_caught}/{report.n_emergency}  red flags "
            f"{report.red_flags_caught}/{report.n_red_flags}  false alarms {report.false_alarms}/"
            f"{report.n_ordinary}")


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    embedder = embedder_for(Settings.load(), for_queries=True)
    learned = triage_model(embedder)
    if learned is None:
        print("no learned layer for this model", file=sys.stderr)
        return 1
    gate = T._learned_may_raise
    for path in map(Path, sys.argv[1:]):
        cases = load_cases(path)
        vectors = embedder.embed([c.question for c in cases])
        shipped = [T.triage(c.question, v, learned) for c, v in zip(cases, vectors, strict=True)]
        emergency_open = []
        for case, vector, notice in zip(cases, vectors, shipped, strict=True):
            similar = None if gate(case.question) else learned.closest(vector)
            raise_it = similar is not None and similar.level == T.EMERGENCY and (
                notice is None or notice.level != T.EMERGENCY)
            emergency_open.append(similar if raise_it else notice)
        T._learned_may_raise = lambda question: True
        try:
            ungated = [T.triage(c.question, v, learned) for c, v in zip(cases, vectors, strict=True)]
        finally:
            T._learned_may_raise = gate
        print(f"{path.name} ({len(cases)} questions)")
        print(_line("gated (shipped)", score(cases, shipped)))
        print(_line("no gate", score(cases, ungated)))
        print(_line("emergency only", score(cases, emergency_open)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
