"""Which embedder runs: the ONNX export cached in the data folder, made once from the reference."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from index.embedder import Embedder, locate_model, resolve_model
from index.errors import HealthQAError, ModelError
from index.onnx_embedder import CONFIG, CONFIG_FORMAT, MODEL, OnnxEmbedder
from index.settings import Settings

log = logging.getLogger(__name__)

CACHE_ENV = "HEALTHQA_MODEL_CACHE"  # shared export cache, e.g. for a test run or several data folders
Notice = Callable[[str], None]


def cache_root(settings: Settings) -> Path:
    override = os.environ.get(CACHE_ENV, "").strip()
    return Path(override).expanduser() if override else settings.data_dir / "models"


def export_folder(root: Path, model: str, runtime: str) -> Path:
    target, _, _ = locate_model(model)
    key = hashlib.sha256(target.encode("utf-8")).hexdigest()[:16]
    return root / f"{key}-{runtime}"


def _stat(path: Path) -> dict[str, int]:
    info = path.stat()
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns}


def cached_export(model: str, runtime: str, root: Path) -> Path | None:
    """The export folder if it is complete and still made from the same weights, else None.

    Cheap on purpose (no hashing, no torch): this runs at the start of every `healthqa ask`.
    """
    folder = export_folder(root, model, runtime)
    try:
        config: dict[str, Any] = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
        if (config.get("format") != CONFIG_FORMAT or config.get("runtime") != runtime
                or "check" not in config or config.get("onnx") != _stat(folder / MODEL)):
            return None
        _, _, weights = locate_model(model)
        if weights is not None and config.get("weights") != _stat(weights):
            # The weights file was touched: trust it only if its content is what was exported.
            _, _, digest = resolve_model(model)
            if digest != config.get("fingerprint"):
                return None
            config["weights"] = _stat(weights)
            try:
                (folder / CONFIG).write_text(json.dumps(config, indent=1), encoding="utf-8")
            except OSError as exc:  # the check runs again next time: slower, never wrong
                log.info("could not record the checked weights in %s (%s)", folder, exc)
    except FileNotFoundError:
        return None  # not exported yet
    except (OSError, ValueError) as exc:
        log.warning("the exported model in %s is unreadable (%s); it will be exported again", folder, exc)
        return None
    return folder


def _install(staging: Path, folder: Path) -> None:
    """Move a finished export into place; an older one is replaced, a concurrent one wins."""
    old = folder.with_name(f".old-{folder.name}-{os.getpid()}")
    if folder.exists():
        os.replace(folder, old)
    try:
        os.replace(staging, folder)
    except OSError:
        if not folder.exists():
            raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


def build_export(model: str, runtime: str, root: Path, reference: Any) -> Path:
    """Export `reference` (a loaded SentenceTransformerEmbedder) into the cache and verify it."""
    from index.onnx_export import ExportError, export

    folder = export_folder(root, model, runtime)
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=root))
    try:
        try:
            config = export(reference, runtime, staging)
        except HealthQAError:
            raise
        except Exception as exc:  # torch.onnx raises many kinds of error for models it cannot trace
            raise ExportError(f"cannot export {reference.model_id} to ONNX: {exc}") from exc
        _, _, weights = locate_model(model)
        config["weights"] = _stat(weights) if weights is not None else None
        config["onnx"] = _stat(staging / MODEL)
        (staging / CONFIG).write_text(json.dumps(config, indent=1), encoding="utf-8")
        _install(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def load_embedder(model: str, runtime: str, root: Path, notice: Notice | None = None) -> Embedder:
    """The embedder for `runtime`; exports the model on first use (about 15 s, once per model).

    sentence-transformers is the reference: an export that cannot reproduce its vectors is
    not used, and the reference embeds instead (runtime "torch", reported through `notice`).
    """
    from index.embedder import SentenceTransformerEmbedder
    from index.onnx_export import ExportError

    if runtime == "torch":
        return SentenceTransformerEmbedder(model)
    folder = cached_export(model, runtime, root)
    if folder is not None:
        return OnnxEmbedder(folder)
    if notice:
        notice(f"preparing the {runtime} model (one time: export from sentence-transformers, then a check)")
    reference = SentenceTransformerEmbedder(model)
    try:
        return OnnxEmbedder(build_export(model, runtime, root, reference))
    except ExportError as exc:
        if notice:
            notice(f"{exc}; using sentence-transformers (runtime torch) instead")
        return reference
    except OSError as exc:
        raise ModelError(f"cannot write the exported model under {root}: {exc}") from exc


def index_runtime(settings: Settings) -> str:
    """The runtime questions must use: the one the live index was built with, else the setting."""
    from index.settings import RUNTIMES
    from index.store import read_manifest

    try:
        runtime = read_manifest(settings.data_dir).runtime
    except HealthQAError:
        return settings.runtime
    return runtime if runtime in RUNTIMES else settings.runtime


def embedder_for(settings: Settings, *, for_queries: bool = False,
                 notice: Notice | None = None) -> Embedder:
    """The embedder ingest uses (the runtime setting) or questions use (the index's runtime)."""
    runtime = index_runtime(settings) if for_queries else settings.runtime
    return load_embedder(settings.model, runtime, cache_root(settings), notice)
