"""Every labelled answer set on one collection (the seed articles and the CDC guide): figures per set and means.

    python bench/answer_sets.py [EXTRA.jsonl ...]

The sets were written on that collection, so it is built once in a temporary folder (as the
`answer_floors` test does) and every set is asked on the same index; extra files (a fresh blind
set before it joins tests/data) are scored after them.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index.runtime import embedder_for  # noqa: E402
from index.settings import Settings  # noqa: E402
from ingest.pipeline import sync  # noqa: E402
from qa import answer_eval  # noqa: E402
from qa.service import QA  # noqa: E402

DATA = ROOT / "tests" / "data"
FIGURES = ("answer_hit", "answer_precision", "dangling_share", "unanswerable_refused")


@contextmanager
def answer_collection() -> Iterator[QA]:
    """The seed articles and the CDC guide indexed in a temporary folder, and a QA on them."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for path in [*(ROOT / "corpus").glob("*.txt"), DATA / "cdc_guide_infection_prevention_outpatient_2016.pdf"]:
            shutil.copy(path, corpus / path.name)
        settings = Settings.load(corpus_dir=corpus, data_dir=Path(folder) / "data")
        embedder = embedder_for(settings)
        sync(settings, embedder)
        yield QA(settings, embedder)


def main() -> int:
    files = sorted(DATA.glob("answers_*.jsonl")) + [Path(arg) for arg in sys.argv[1:]]
    with answer_collection() as qa:
        reports = {}
        for path in files:
            reports[path.stem] = report = answer_eval.run(answer_eval.load_cases(path), qa.ask).to_dict()
            print(f"{path.stem:18s} " + "  ".join(f"{name} {report[name]:.3f}" for name in FIGURES))
    print(f"mean of {len(reports)} sets  " + "  ".join(
        f"{name} {statistics.mean(r[name] for r in reports.values()):.3f}" for name in FIGURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
