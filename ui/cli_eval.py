"""`healthqa eval`: retrieval, answer, abstention or triage figures for a labelled set."""

from __future__ import annotations

import argparse
import json
import sys

from index.settings import Settings
from ui.cli_sync import load_embedder, run_sync


def eval_triage(args: argparse.Namespace, settings: Settings) -> int:
    """Score the care notices on a triage set: only the model is needed, not an index."""
    from index.runtime import embedder_for
    from qa import triage_eval
    from qa.service import triage_model
    from qa.triage import triage

    cases = triage_eval.load_cases(args.questions)[: args.limit]
    embedder = embedder_for(settings, for_queries=True)
    learned = triage_model(embedder)
    vectors = embedder.embed([case.question for case in cases])
    by_question = {case.question: vector for case, vector in zip(cases, vectors, strict=True)}
    report = triage_eval.run(cases, lambda q: triage(q, by_question[q], learned))
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        print(triage_eval.format_report(report, args.questions.name))
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from dataclasses import replace

    from tqdm import tqdm

    from qa import answer_eval, evaluate, triage_eval
    from qa.service import QA

    if triage_eval.is_triage_file(args.questions):
        return eval_triage(args, settings)
    answers = answer_eval.is_answer_file(args.questions)
    cases = answer_eval.load_cases(args.questions)[: args.limit] if answers else []
    questions = [] if answers else evaluate.load_questions(args.questions)[: args.limit]
    if args.corpus is not None and args.data is None:
        # Never rebuild the main index for another collection.
        settings = replace(settings, data_dir=settings.data_dir / "eval" / args.corpus.resolve().name)
    if args.corpus is not None:
        embedder = load_embedder(settings)
        report = run_sync(settings, embedder)
        print(f"index: {report.n_docs} articles, {report.n_chunks} chunks in {settings.data_dir}",
              file=sys.stderr)
        qa = QA(settings, embedder)
    else:
        qa = QA(settings)  # questions embedded as the existing index was
    if answers:
        with tqdm(total=len(cases), desc="questions", file=sys.stderr, leave=False) as bar:
            scored = answer_eval.run(cases, qa.ask, progress=bar.update)
        print(json.dumps(scored.to_dict(), indent=1) if args.json
              else answer_eval.format_report(scored, f"{args.questions.name} on {settings.data_dir}"))
        return 0
    with tqdm(total=len(questions), desc="questions", file=sys.stderr, leave=False) as bar:
        outcomes = evaluate.run(qa, questions, progress=bar.update)
    result = evaluate.summarise(outcomes)
    if args.json:
        print(json.dumps(result.to_dict(), indent=1))
    else:
        print(evaluate.format_report(result, f"{args.questions.name} on {settings.data_dir}"))
    return 0
