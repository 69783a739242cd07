"""Choosing answer composition's weights by leaving each labelled answer set out in turn.

    python bench/answer_weights.py [EXTRA.jsonl ...]

Every question of every answer set (tests/data/answers_*.jsonl and any extra files) is asked once
on the seed articles and the CDC guide, keeping what `compose` was given (the retrieved passages,
their candidate spans and the spans' cosines). `compose` is then replayed on those inputs for each
setting of the grid below: composition is pure, so a replay gives the answer a real run gives. For
each set, the setting with the best sum of mean hit, precision and refusal over the *other* sets is
chosen and scored on that set; the means of those held-out scores are what a new set can expect.
"""

from __future__ import annotations

import collections
import itertools
import os
import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from answer_sets import answer_collection  # noqa: E402  (bench/ is on sys.path when this script runs)

import qa.service  # noqa: E402
from qa import answer, answer_eval  # noqa: E402

DATA = ROOT / "tests" / "data"
FIGURES = ("answer_hit", "answer_precision", "unanswerable_refused")
GRID = {"W_PASSAGE": (0.15, 0.3, 0.5, 0.8), "W_KIND": (0.08, 0.15), "RELATIVE_FLOOR": (0.9, 0.92, 0.93, 0.95)}

Asked = tuple[str, answer_eval.AnswerCase, Any, answer.Answer]  # set, case, compose's inputs, answer given


def ask_all(files: list[Path]) -> list[Asked]:
    """Every question asked once, with what `compose` was given (None when it was not called)."""
    out: list[Asked] = []
    with answer_collection() as service:
        given: list[Any] = []
        real = answer.compose  # the service calls it by its own name, which is what is swapped

        def spy(*args: Any, **kwargs: Any) -> answer.Answer:
            given.append((args, kwargs))
            return real(*args, **kwargs)

        setattr(qa.service, "compose", spy)  # noqa: B010
        try:
            for path in files:
                for case in answer_eval.load_cases(path):
                    given.clear()
                    reply = service.ask(case.question)
                    out.append((path.stem, case, given[0] if given else None, reply))
        finally:
            setattr(qa.service, "compose", real)  # noqa: B010
    return out


@contextmanager
def constants(values: dict[str, float]) -> Iterator[None]:
    """`qa.answer`'s constants set to `values` for the replay (compose reads them at each call)."""
    old = {name: getattr(answer, name) for name in values}
    for name, value in values.items():
        setattr(answer, name, value)
    try:
        yield
    finally:
        for name, value in old.items():
            setattr(answer, name, value)


def replay(asked: list[Asked], values: dict[str, float]) -> dict[str, dict[str, Any]]:
    """Per set, the report of the answers `compose` gives with `values`."""
    by_set: dict[str, tuple[list[answer_eval.AnswerCase], list[answer.Answer]]] = collections.defaultdict(
        lambda: ([], []))
    with constants(values):
        for name, case, given, reply in asked:
            by_set[name][0].append(case)
            by_set[name][1].append(reply if given is None else answer.compose(*given[0], **given[1]))
    return {name: answer_eval.score(cases, replies).to_dict() for name, (cases, replies) in by_set.items()}


def main() -> int:
    files = sorted(DATA.glob("answers_*.jsonl")) + [Path(arg) for arg in sys.argv[1:]]
    asked = ask_all(files)
    names = list(GRID)
    settings = [dict(zip(names, values, strict=True)) for values in itertools.product(*GRID.values())]
    reports = [replay(asked, values) for values in settings]
    current = replay(asked, {})
    sets = sorted(current)

    def total(report: dict[str, Any]) -> float:
        return float(sum(report[figure] for figure in FIGURES))

    held_out: dict[str, list[float]] = collections.defaultdict(list)
    chosen: collections.Counter[tuple[float, ...]] = collections.Counter()
    for left_out in sets:
        best = max(range(len(settings)), key=lambda i: sum(total(reports[i][s]) for s in sets if s != left_out))
        chosen[tuple(settings[best].values())] += 1
        for figure in FIGURES:
            held_out[figure].append(reports[best][left_out][figure])
    print("settings chosen (" + ", ".join(names) + "): " + ", ".join(f"{k} x{v}" for k, v in chosen.items()))
    print("held-out means   " + "  ".join(f"{f} {statistics.mean(held_out[f]):.3f}" for f in FIGURES))
    print("current settings " + "  ".join(f"{f} {statistics.mean(current[s][f] for s in sets):.3f}" for f in FIGURES)
          + "  (" + ", ".join(f"{n} {getattr(answer, n)}" for n in names) + ")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
