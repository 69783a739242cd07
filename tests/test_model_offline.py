"""A model name that is not installed fails at once offline, in one line that names it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.embedder import SentenceTransformerEmbedder, in_hub_cache
from index.errors import ModelError

HEALTHQA = str(Path(sys.executable).with_name("healthqa"))


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Offline, with an empty sentence-transformers cache of our own."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("SENTENCE_TRANSFORMERS_HOME", str(tmp_path / "st-cache"))
    return tmp_path / "st-cache"


@pytest.mark.parametrize("name", ["not-a/real-model", "no-such-model", "./no/such/folder"])
def test_an_unknown_model_fails_at_once(offline: Path, name: str) -> None:
    started = time.monotonic()
    with pytest.raises(ModelError) as caught:
        SentenceTransformerEmbedder(name)
    assert time.monotonic() - started < 2
    assert repr(name) in str(caught.value) and "\n" not in str(caught.value)


def test_a_cached_model_is_found(offline: Path) -> None:
    repo = offline / "models--acme--tiny-model"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text("abc123")
    (repo / "snapshots" / "abc123").mkdir(parents=True)
    (repo / "snapshots" / "abc123" / "config.json").write_text("{}")
    assert in_hub_cache("acme/tiny-model")
    assert not in_hub_cache("acme/other-model")


def test_the_command_says_so_in_one_line(tmp_path: Path) -> None:
    started = time.monotonic()
    result = subprocess.run([HEALTHQA, "ask", "leg cramps", "--model", "not-a/real-model",
                             "--data", str(tmp_path / "data")], capture_output=True, text=True,
                            timeout=60, check=False,
                            env={**os.environ, "HF_HUB_OFFLINE": "1",
                                 "SENTENCE_TRANSFORMERS_HOME": str(tmp_path / "cache")})
    assert time.monotonic() - started < 10
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "'not-a/real-model'" in result.stderr and "HF_HUB_OFFLINE" in result.stderr
