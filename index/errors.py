"""The one error hierarchy of healthqa: every failure a user can act on is a HealthQAError."""

from __future__ import annotations


class HealthQAError(Exception):
    """Base of all healthqa errors; its message is written for the person at the keyboard."""


class ConfigError(HealthQAError):
    """A setting (flag or environment variable) has a value that cannot work."""


class ModelError(HealthQAError):
    """The embedding model is missing, unverifiable or cannot be loaded."""


class DocumentError(HealthQAError):
    """One input file cannot be turned into text; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexMissingError(HealthQAError):
    """There is no index in the data folder yet."""


class IndexMismatchError(HealthQAError):
    """The stored index was built with another model, dimension or chunker, or is damaged."""


class IngestConflictError(HealthQAError):
    """Ingest would overwrite a different article of the same name, or another ingest holds the lock."""


class QuestionError(HealthQAError):
    """The question cannot be searched (empty, or nothing but punctuation)."""


class VectorStoreError(HealthQAError):
    """The vector store (a Qdrant server, or embedded Qdrant's folder) cannot be used right now.

    Unlike IndexMismatchError this never means the index is wrong: rebuilding would not help.
    """


class AccessError(HealthQAError):
    """A change to the collection was asked for by someone who may not make it (not signed in)."""


class StorageError(HealthQAError):
    """The data folder cannot take the new index: the disk is full, or the folder is not writable.

    The previous index stays live and whole; freeing space (or fixing permissions) and running the
    ingest again is all it takes.
    """
