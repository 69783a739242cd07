"""`healthqa doctor`: the state of corpus and index, and what to do about it (no model loaded)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from index.embedder import resolve_model
from index.errors import DocumentError, HealthQAError
from index.settings import Settings
from index.store import StoredIndex, current_generation, incompatibility, load_index
from ingest.document import ReadLimits, load_clean
from ingest.oneline import describe
from ingest.pipeline import FileResult, chunking_mismatch, plan_changes


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def diagnose(settings: Settings) -> list[Check]:
    checks: list[Check] = []
    if not settings.corpus_dir.is_dir():
        return [Check("corpus", False, f"{settings.corpus_dir} does not exist")]
    index: StoredIndex | None = None
    if current_generation(settings.data_dir) is None:
        checks.append(Check("index", False, f"no index in {settings.data_dir}; run `healthqa ingest`"))
    else:
        try:
            index = load_index(settings.data_dir)
        except HealthQAError as exc:
            checks.append(Check("index", False, str(exc)))
        except OSError as exc:
            checks.append(Check("index", False, f"cannot read the index in {settings.data_dir} "
                                                f"({describe(exc)})"))
        else:
            m = index.manifest
            mismatch = chunking_mismatch(m, settings)
            if mismatch:
                checks.append(Check("chunker", False, f"{mismatch}; run `healthqa ingest`"))
            checks.append(Check("index", True, f"{index.path} ({len(index.docs)} articles, "
                                               f"{len(index.chunks)} chunks, built {m.created}); "
                                               f"vectors, chunk records, keyword index and "
                                               f"manifest agree"))
    try:
        _, model_id, fingerprint = resolve_model(settings.model)
    except HealthQAError as exc:
        checks.append(Check("model", False, str(exc)))
    else:
        reason = None if index is None else incompatibility(index.manifest, model_id=model_id,
                                                             fingerprint=fingerprint)
        if reason is not None:
            checks.append(Check("model", False, f"{model_id} is set, but {reason}; run "
                                                f"`healthqa ingest --rebuild`"))
        else:
            checks.append(Check("model", True, f"{model_id} (weights {fingerprint[:12]}…)"))
    checks.append(_runtime_check(settings, index))
    limits = ReadLimits.from_settings(settings)
    results = [_readable(settings, r, limits) for r in plan_changes(settings, index)]
    checks.append(_corpus_check(results))
    return checks


def _runtime_check(settings: Settings, index: StoredIndex | None) -> Check:
    """The runtime the index was embedded with, and whether its exported model is ready."""
    from index.runtime import cache_root, cached_export

    built = index.manifest.runtime if index is not None else None
    if built is not None and built != settings.runtime:
        return Check("runtime", False, f"the index was embedded by {built}, HEALTHQA_RUNTIME is "
                                       f"{settings.runtime}; run `healthqa ingest` to re-embed")
    runtime = built or settings.runtime
    if runtime == "torch":
        return Check("runtime", True, "torch (sentence-transformers)")
    try:
        folder = cached_export(settings.model, runtime, cache_root(settings))
    except HealthQAError as exc:
        return Check("runtime", False, str(exc))
    if folder is None:
        return Check("runtime", True, f"{runtime}: the model is exported at the next ingest or "
                                      f"question (once, about 15 s)")
    return Check("runtime", True, f"{runtime}, exported model in {folder}")


def _readable(settings: Settings, row: FileResult, limits: ReadLimits) -> FileResult:
    """A pending article file that cannot be read is reported now, not at the next ingest; it
    is read in the parsing worker, within the same budgets as ingest."""
    path = settings.corpus_dir / row.source
    try:
        if row.status not in ("added", "changed") or not path.is_file():  # bulk documents have '#'
            return row
        load_clean(path, row.source, settings.max_file_bytes, limits=limits)
    except DocumentError as exc:
        return replace(row, status="failed", detail=exc.reason)
    except OSError as exc:
        return replace(row, status="failed", detail=f"cannot read ({describe(exc)})")
    return row


def _corpus_check(results: list[FileResult]) -> Check:
    counts: dict[str, int] = {}
    for row in results:
        counts[row.status] = counts.get(row.status, 0) + 1
    pending = {s: counts.get(s, 0) for s in ("added", "changed", "removed")}
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    failed = [f"{r.source}: {r.detail}" for r in results if r.status == "failed"]
    detail = summary or "empty"
    if any(pending.values()):
        detail += "; run `healthqa ingest` to index the changes"
    if failed:
        detail += "; unreadable: " + "; ".join(failed[:5]) + (" …" if len(failed) > 5 else "")
    return Check("corpus", not any(pending.values()) and not failed, detail)
