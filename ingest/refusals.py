"""Files the last ingest refused, remembered so an unchanged one is not read (and refused) again."""

from __future__ import annotations

import json
from dataclasses import asdict
from importlib import metadata
from typing import Any

from index.settings import Settings
from ingest.chunker import CHUNKER_VERSION
from ingest.extract import ReadLimits

# A refused file can cost its whole reading budget (seconds of CPU, hundreds of MB) at every ingest,
# every `doctor` and every `serve` start while it stays in corpus/. It is read again when its bytes
# change, when the budgets or the reader change (the key below), or on `healthqa ingest --retry`.
RETRY_HINT = "refused before and unchanged; `healthqa ingest --retry` reads it again"


def refusal_key(settings: Settings) -> str:
    """What decides whether a file is refused: the reading budgets, the passage limits and the
    code that reads (a new healthqa may read what an old one could not)."""
    try:
        version = metadata.version("healthqa")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return json.dumps({"limits": asdict(ReadLimits.from_settings(settings)), "chunks": settings.max_chunks,
                       "words": settings.chunk_words, "chunker": CHUNKER_VERSION, "version": version},
                      sort_keys=True)


def remembered(extra: dict[str, Any], key: str) -> dict[str, dict[str, str]]:
    """The refusals a manifest's `extra` records that still hold under `key` (refusal_key)."""
    refused = extra.get("refused")
    if not isinstance(refused, dict):
        return {}
    return {source: entry for source, entry in refused.items()
            if isinstance(entry, dict) and entry.get("key") == key
            and isinstance(entry.get("sha256"), str) and isinstance(entry.get("reason"), str)}


def entry(digest: str, reason: str, key: str) -> dict[str, str]:
    return {"sha256": digest, "reason": reason, "key": key}
