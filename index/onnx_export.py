"""One-time local export of a sentence-transformers model to ONNX, checked against the original."""

from __future__ import annotations

import json
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import ModelError
from index.onnx_embedder import CONFIG, CONFIG_FORMAT, MODEL, TOKENIZER, OnnxEmbedder

# fp32 must give the reference's vectors; int8 is opt-in and only has to stay close.
MIN_COSINE = {"onnx": 0.999, "onnx-int8": 0.98}
OPSET = 17

# Texts of every shape the index meets: a word, questions, passages, a text cut at the token
# limit, a batch that needs padding, non-English letters and symbols.
CHECK_TEXTS = (
    "twitch",
    "Why do my legs twitch at night?",
    "Can flat feet cause leg twitching?",
    "Muscle cramps — sudden, painful contractions — often follow exercise or dehydration.",
    "Benign fasciculation syndrome causes persistent twitching without weakness or wasting. "
    "Most people with it never develop a neurological disease, and the twitches often come and "
    "go with stress, caffeine and lack of sleep.",
    "Électrolytes, magnésium et calcium: 血液检查 can show a deficiency (K+ < 3.5 mmol/L).",
    " ".join(["Magnesium deficiency may cause tremor, cramps and numbness."] * 40),
    "See a doctor if twitching comes with weakness, slurred speech or trouble swallowing.",
)


class ExportError(ModelError):
    """The model cannot be exported, or its export does not reproduce its vectors."""


def _pieces(st: Any) -> tuple[Any, str, bool]:
    """The transformer, pooling mode and normalization of a plain text ST model, or ExportError."""
    modules = list(st)
    names = [type(m).__name__ for m in modules]
    if names not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        raise ExportError(f"modules {names} are not Transformer → Pooling (→ Normalize)")
    mode = modules[1].get_config_dict().get("pooling_mode")
    if mode not in ("mean", "cls", "max"):
        raise ExportError(f"pooling mode {mode!r} is not supported by the ONNX runtime")
    return modules[0], mode, len(modules) == 3


def export(reference: Any, runtime: str, target: Path) -> dict[str, Any]:
    """Write model.onnx, tokenizer.json and embedder.json into `target`, verified.

    `reference` is a loaded SentenceTransformerEmbedder: the export is checked against its
    vectors, and fails with ExportError rather than producing different ones.
    """
    import torch

    st = reference._model
    transformer, mode, normalize = _pieces(st)
    tokenizer = st.tokenizer
    inputs = [n for n in ("input_ids", "attention_mask", "token_type_ids")
              if n in tokenizer.model_input_names]

    class Encoder(torch.nn.Module):
        """The transformer with named tensor inputs, returning token vectors."""

        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, *tensors: Any) -> Any:
            return self.model(**dict(zip(inputs, tensors, strict=True))).last_hidden_state

    sample = tokenizer(list(CHECK_TEXTS[:3]), padding=True, return_tensors="pt")
    raw = target / "raw.onnx" if runtime == "onnx-int8" else target / MODEL
    with warnings.catch_warnings(), torch.no_grad():
        # The tracer warns about shape checks that are constant for an encoder; the check
        # against the reference below is what proves the graph right.
        warnings.simplefilter("ignore")
        torch.onnx.export(Encoder(transformer.auto_model.eval()), tuple(sample[n] for n in inputs),
                          str(raw), input_names=inputs, output_names=["token_embeddings"],
                          dynamic_axes={n: {0: "batch", 1: "tokens"}
                                        for n in [*inputs, "token_embeddings"]},
                          opset_version=OPSET, dynamo=False)
    if runtime == "onnx-int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        # Per-channel weights on the matrix products only: per-tensor scales lose too much
        # (cosine 0.93 to the reference on the seed corpus), per-channel keeps 0.99 at ~2x speed.
        quantize_dynamic(str(raw), str(target / MODEL), weight_type=QuantType.QInt8,
                         per_channel=True, op_types_to_quantize=["MatMul"])
        raw.unlink()
    tokenizer.backend_tokenizer.save(str(target / TOKENIZER))
    pad_token = tokenizer.pad_token or "[PAD]"
    config: dict[str, Any] = {
        "format": CONFIG_FORMAT, "model_id": reference.model_id, "fingerprint": reference.fingerprint,
        "runtime": runtime, "dimension": reference.dimension, "max_tokens": reference.max_tokens,
        "pooling": mode, "normalize": normalize, "input_names": inputs,
        "lowercase": bool(getattr(transformer, "do_lower_case", False)),
        "pad_token": pad_token, "pad_id": int(tokenizer.convert_tokens_to_ids(pad_token)),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "torch": torch.__version__,
    }
    (target / CONFIG).write_text(json.dumps(config, indent=1), encoding="utf-8")
    config["check"] = verify(reference, OnnxEmbedder(target), runtime)
    (target / CONFIG).write_text(json.dumps(config, indent=1), encoding="utf-8")
    return config


def verify(reference: Any, candidate: OnnxEmbedder, runtime: str) -> dict[str, float]:
    """Cosine of the candidate's vectors to the reference's, in a batch and one text at a time."""
    texts = list(CHECK_TEXTS)
    expected = reference.embed(texts)
    batch = candidate.embed(texts, batch_size=len(texts))
    alone = np.vstack([candidate.embed([t]) for t in texts])
    cosines = np.concatenate([(batch * expected).sum(axis=1), (alone * expected).sum(axis=1)])
    counts_match = reference.token_counts(texts) == candidate.token_counts(texts)
    low = float(cosines.min())
    if low < MIN_COSINE[runtime] or not counts_match:
        why = "token counts differ" if not counts_match else f"cosine {low:.6f}"
        raise ExportError(f"the {runtime} export of {reference.model_id} does not reproduce its "
                          f"vectors ({why}, need ≥ {MIN_COSINE[runtime]})")
    return {"min_cosine": round(low, 7), "mean_cosine": round(float(cosines.mean()), 7),
            "texts": len(texts)}
