"""healthqa's base layer: shared types, settings, errors, embeddings, the FAISS store and search."""

from index.errors import (
    ConfigError,
    DocumentError,
    HealthQAError,
    IndexMismatchError,
    IndexMissingError,
    IngestConflictError,
    ModelError,
    QuestionError,
)
from index.settings import Settings
from index.types import Chunk, DocInfo, Hit

__all__ = [
    "Chunk",
    "ConfigError",
    "DocInfo",
    "DocumentError",
    "HealthQAError",
    "Hit",
    "IndexMismatchError",
    "IndexMissingError",
    "IngestConflictError",
    "ModelError",
    "QuestionError",
    "Settings",
]
