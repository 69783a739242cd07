"""The default embedder: a locally exported model run by ONNX Runtime, no torch in the process."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.embedder import Progress
from index.errors import ModelError

if TYPE_CHECKING:
    from numpy.typing import NDArray

CONFIG = "embedder.json"
MODEL = "model.onnx"
TOKENIZER = "tokenizer.json"
CONFIG_FORMAT = 1


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def pool(hidden: NDArray[np.float32], mask: NDArray[np.int64], mode: str,
         normalize: bool) -> NDArray[np.float32]:
    """Sentence vectors from token vectors, as sentence-transformers' Pooling/Normalize do it."""
    if mode == "cls":
        vectors = hidden[:, 0]
    elif mode == "max":
        masked = np.where(mask[..., None] > 0, hidden, -1e9)
        vectors = masked.max(axis=1)
    else:  # mean over the real tokens, padding excluded
        weights = mask[..., None].astype(np.float32)
        vectors = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    if normalize:
        vectors = vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
    return np.ascontiguousarray(vectors, dtype=np.float32)


class OnnxEmbedder:
    """An Embedder over an exported folder (model.onnx, tokenizer.json, embedder.json)."""

    def __init__(self, folder: Path, *, threads: int | None = None) -> None:
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer

            config: dict[str, Any] = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
            self.model_id: str = config["model_id"]
            self.fingerprint: str = config["fingerprint"]
            self.runtime: str = config["runtime"]
            self.dimension: int = int(config["dimension"])
            self.max_tokens: int = int(config["max_tokens"])
            self.config = config
            self._pooling: str = config["pooling"]
            self._normalize: bool = bool(config["normalize"])
            self._lowercase: bool = bool(config.get("lowercase", False))
            self._inputs: list[str] = list(config["input_names"])
            # Two tokenizers, never reconfigured after this: one counts word pieces in full,
            # the other truncates and pads exactly as sentence-transformers does.
            self._counter = Tokenizer.from_file(str(folder / TOKENIZER))
            self._counter.no_truncation()
            self._counter.no_padding()
            self._tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
            self._tokenizer.enable_truncation(self.max_tokens)
            pad_id = int(config.get("pad_id", 0))
            self._tokenizer.enable_padding(pad_id=pad_id, pad_token=str(config.get("pad_token", "[PAD]")))
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads or usable_cores()
            options.inter_op_num_threads = 1
            options.log_severity_level = 3  # warnings about unused initializers are noise here
            self._session = ort.InferenceSession(str(folder / MODEL), options,
                                                 providers=["CPUExecutionProvider"])
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise ModelError(f"cannot load the ONNX model in {folder}: {exc}") from exc
        except Exception as exc:  # onnxruntime raises its own exception types for a bad file
            raise ModelError(f"cannot load the ONNX model in {folder}: {exc}") from exc

    def _prepare(self, texts: Sequence[str]) -> list[str]:
        return [t.lower() for t in texts] if self._lowercase else list(texts)

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        return [len(e.ids) for e in self._counter.encode_batch(self._prepare(texts))]

    def _run(self, texts: list[str]) -> NDArray[np.float32]:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.asarray([e.ids for e in encoded], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encoded], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.asarray([e.type_ids for e in encoded], dtype=np.int64)
        hidden = self._session.run(None, feeds)[0]
        return pool(hidden, mask, self._pooling, self._normalize)

    def embed(
        self, texts: Sequence[str], *, batch_size: int = 32, progress: Progress | None = None
    ) -> NDArray[np.float32]:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        prepared = self._prepare(texts)
        # Longest first, as sentence-transformers does: a batch pads to its longest text, so
        # texts of like length together waste the least work.
        order = sorted(range(len(prepared)), key=lambda i: -len(prepared[i]))
        size = max(batch_size, 1)
        for start in range(0, len(order), size):
            rows = order[start : start + size]
            out[rows] = self._run([prepared[i] for i in rows])
            if progress is not None:
                progress(len(rows))
        return out
