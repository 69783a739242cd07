"""The `healthqa` command: parser, ask, doctor, serve; errors become one line on stderr, exit 1."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from index.errors import HealthQAError
from index.settings import ENV_VARS, Settings
from ingest.names import shown
from ui.cli_eval import cmd_eval
from ui.cli_sync import PROG, cmd_ingest, load_embedder, run_sync

APP = Path(__file__).with_name("app.py")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", type=Path, help=f"article folder (${ENV_VARS['corpus_dir']}, "
                                                    f"default: corpus)")
    common.add_argument("--data", type=Path, help=f"index folder (${ENV_VARS['data_dir']}, default: data)")
    common.add_argument("--model", help=f"embedding model: 'bundled' (all-MiniLM-L6-v2, offline), a "
                                        f"sentence-transformers name or a folder (${ENV_VARS['model']})")
    common.add_argument("-v", "--verbose", action="count", default=0,
                        help="log what happens on standard error (-v: steps, -vv: details)")
    parser = argparse.ArgumentParser(
        prog=PROG, description="Answers health questions from your own article collection, offline, "
                               "with the source of every passage.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = sub.add_parser("ingest", parents=[common], help="add articles and update the index",
                            description="Copy article files (.txt .md .html .pdf) or folders into the "
                                        "corpus and update the index. Without PATH, brings the index "
                                        "in line with the corpus folder.")
    ingest.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to add")
    ingest.add_argument("--jsonl", action="append", type=Path, default=[], metavar="FILE",
                        help="a bulk collection, one JSON document a line: {id, title, text, "
                             "source_url?} (repeatable); ids are kept for `healthqa eval`")
    ingest.add_argument("--rebuild", action="store_true", help="re-embed every article")
    ingest.add_argument("--retry", action="store_true",
                        help="read again the files an earlier ingest refused (by default an unchanged one is skipped)")
    ingest.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")

    ask = sub.add_parser("ask", parents=[common], help="answer a question from the articles",
                         description="Print the answer, the passages it comes from and the disclaimer.")
    ask.add_argument("question", nargs="?", help="the question (or use --file)")
    ask.add_argument("--file", type=Path, help="read one question a line ('-' for standard input)")
    ask.add_argument("--json", action="store_true", help="print JSON (one object a line with --file)")
    ask.add_argument("-k", type=int, metavar="N", help="number of passages (default 5)")

    evaluate = sub.add_parser(
        "eval", parents=[common],
        help="measure retrieval, answers, abstention or triage on labelled questions",
        description="Print success@1/5/10, MRR@10, nDCG@10, abstention accuracy and latency for a "
                    "JSON Lines file of questions (question + expect_any phrases or relevant_ids; "
                    "\"answerable\": false for questions the collection must not answer). With "
                    "--corpus and no --data, the index lives in data/eval/<corpus name>. A triage set "
                    "(each line has a \"level\": emergency, urgent, soon or null) is scored for "
                    "caught emergencies, caught red flags, false alarms and under/over-triage.")
    evaluate.add_argument("questions", type=Path, help="questions, one JSON object a line")
    evaluate.add_argument("--json", action="store_true", help="print the metrics as JSON")
    evaluate.add_argument("--limit", type=int, help="only the first N questions")

    sub.add_parser("doctor", parents=[common], help="check the corpus and the index",
                   description="Report the state of the corpus, the index and the model, and what "
                               "to run to fix a problem; exit 1 when something needs doing.")

    serve = sub.add_parser("serve", parents=[common], help="start the web app",
                           description="Build the index if needed, then serve the Streamlit app.")
    serve.add_argument("--port", type=int, default=8501, help="port (default 8501)")
    serve.add_argument("--address", default="localhost", help="address to listen on (default localhost)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging(args.verbose)
    try:
        settings = Settings.load(corpus_dir=args.corpus, data_dir=args.data, model=args.model,
                                 top_k=getattr(args, "k", None))
        command = {"ingest": cmd_ingest, "ask": cmd_ask, "serve": cmd_serve,
                   "eval": cmd_eval, "doctor": cmd_doctor}[args.command]
        return command(args, settings)
    except HealthQAError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _configure_logging(verbose: int) -> None:
    """Quiet by default (warnings only: a leftover that could not be removed, a cache rebuilt);
    -v shows healthqa's steps, -vv every library's details too."""
    import logging

    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=logging.WARNING if verbose < 2 else logging.DEBUG,
                        format=f"{PROG}: %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # Some libraries set their own loggers to DEBUG (bm25s does): the handler decides what shows.
    for handler in logging.getLogger().handlers:
        handler.setLevel(level if verbose < 2 else logging.DEBUG)
    for name in ("index", "ingest", "qa", "ui"):
        logging.getLogger(name).setLevel(level)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if (args.question is None) == (args.file is None):
        raise HealthQAError("give a QUESTION or --file F (one question a line), not both")
    from qa.service import QA, clean_question

    if args.file is None:
        clean_question(args.question)  # refuse a blank question before loading the model
        lines: Iterable[str] = [args.question]
    elif str(args.file) == "-":
        lines = _stdin_lines()  # lazily: each question is answered as its line arrives
    else:
        lines = _open_questions(args.file)
    from ui.render import answer_to_dict, answer_to_text

    qa = QA(settings)  # loaded before the first line is read, so a piped line is answered at once
    status = 0
    asked = 0
    for number, line in enumerate(lines, 1):
        question = line.strip() if args.file is not None else line
        if not question:
            continue
        asked += 1
        try:
            answer = qa.ask(question, args.k)
        except HealthQAError as exc:
            if args.file is None:
                raise
            status = 1
            print(f"{PROG}: error: line {number}: {exc}", file=sys.stderr, flush=True)
            if args.json:
                print(json.dumps({"question": question, "error": str(exc)}, ensure_ascii=False),
                      flush=True)
            continue
        if args.json:
            print(json.dumps(answer_to_dict(answer), ensure_ascii=False, indent=None if args.file else 2),
                  flush=True)
        else:
            if asked > 1:
                print("\n" + "=" * 40 + "\n")
            print(answer_to_text(answer), flush=True)
    return status


def _open_questions(path: Path) -> list[str]:
    try:
        # Line feeds only, as standard input is read: str.splitlines also breaks at form feeds and
        # Unicode separators, and line numbers in messages would not match the file.
        return path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise HealthQAError(f"{path}: cannot read questions ({exc})") from exc


def _stdin_lines() -> Iterator[str]:
    """Standard input line by line as it arrives (iterating a pipe never waits for its end)."""
    try:
        yield from sys.stdin
    except UnicodeDecodeError as exc:
        raise HealthQAError(f"standard input is not UTF-8 text ({exc.reason})") from None


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.doctor import diagnose

    checks = diagnose(settings)
    for check in checks:
        print(f"{'ok' if check.ok else 'PROBLEM':<8} {check.name:<7} {check.detail}")
    return 0 if all(c.ok for c in checks) else 1


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from dataclasses import replace

    from index.store import current_generation

    settings = replace(settings, corpus_dir=settings.corpus_dir.resolve(),
                       data_dir=settings.data_dir.resolve())
    from ui.auth import TOKEN_ENV, editing_notice

    access = editing_notice(args.address, os.environ.get(TOKEN_ENV))  # a bad token stops us here
    if current_generation(settings.data_dir) is None or _corpus_changed(settings):
        print("building the index from the corpus ...", file=sys.stderr)
        report = run_sync(settings, load_embedder(settings))
        for row in report.failed:
            print(f"failed     {shown(row.source)}: {shown(row.detail)}", file=sys.stderr)
        print(f"index: {report.n_docs} articles, {report.n_chunks} chunks", file=sys.stderr)
    command = [sys.executable, "-m", "streamlit", "run", str(APP),
               "--server.port", str(args.port), "--server.address", args.address,
               "--server.headless", "true", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none", "--global.developmentMode", "false",
               "--client.toolbarMode", "minimal",
               # An exception that escapes the page (a hand-made websocket message can send a widget
               # a value of another type) shows its kind only: no traceback, no server path.
               "--client.showErrorDetails", "type",
               # Streamlit's own cap; ingest applies HEALTHQA_MAX_FILE_MB with a clear message.
               "--server.maxUploadSize", str(max(1, math.ceil(settings.max_file_mb)))]
    print(f"serving on http://{args.address}:{args.port}", file=sys.stderr)
    print(f"{PROG}: {access}", file=sys.stderr)
    sys.stderr.flush()
    os.execve(sys.executable, command, {**os.environ, **settings.env()})
    return 0  # not reached


def _corpus_changed(settings: Settings) -> bool:
    """True when corpus/ differs from what the last ingest saw, or the index was built with
    another model or chunk size (no model is loaded to tell)."""
    from index.embedder import resolve_model
    from index.store import incompatibility, read_manifest
    from ingest.pipeline import chunking_mismatch, corpus_state, scan_corpus

    try:
        manifest = read_manifest(settings.data_dir)
    except HealthQAError:
        return True
    _, model_id, fingerprint = resolve_model(settings.model)
    return (manifest.extra.get("corpus") != corpus_state(scan_corpus(settings.corpus_dir))
            or incompatibility(manifest, model_id=model_id, fingerprint=fingerprint,
                               runtime=settings.runtime) is not None
            or chunking_mismatch(manifest, settings) is not None)


if __name__ == "__main__":
    raise SystemExit(main())
