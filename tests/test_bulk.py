"""Bulk JSON Lines collections: one document a line, ids kept, edited lines re-embedded alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.settings import Settings
from index.store import load_index
from ingest.bulk import read_bulk
from ingest.pipeline import sync
from tests.fakes import FakeEmbedder
from ui import cli, cli_sync

DOCS = [
    {"id": "d1", "title": "Night cramps", "text": "Night cramps hit the calf during sleep. Stretching helps.",
     "source_url": "https://example.org/d1"},
    {"id": "d2", "title": "Gout", "text": "Gout is a painful arthritis of the big toe. Uric acid builds up."},
    {"id": 3, "text": "Shingles is a painful rash caused by the chickenpox virus."},
]


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


@pytest.fixture
def bulk_settings(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus / "nih.jsonl", DOCS)
    return Settings(corpus_dir=corpus, data_dir=tmp_path / "data")


def test_each_line_is_a_document_with_its_id(bulk_settings: Settings, fake_embedder: FakeEmbedder) -> None:
    report = sync(bulk_settings, fake_embedder)
    assert {r.source: r.status for r in report.results} == {
        "nih.jsonl#d1": "added", "nih.jsonl#d2": "added", "nih.jsonl#3": "added"}
    index = load_index(bulk_settings.data_dir)
    d1 = index.docs["nih.jsonl#d1"]
    assert (d1.doc_id, d1.title, d1.url) == ("d1", "Night cramps", "https://example.org/d1")
    assert index.docs["nih.jsonl#3"].title == "3"  # no title: the id stands in


def test_only_edited_lines_are_embedded_again(bulk_settings: Settings, fake_embedder: FakeEmbedder) -> None:
    sync(bulk_settings, fake_embedder)
    edited = [dict(DOCS[0], text="Night cramps hit the calf. Magnesium rarely helps."), DOCS[2]]
    _write(bulk_settings.corpus_dir / "nih.jsonl", edited)
    before = fake_embedder.embedded
    report = sync(bulk_settings, fake_embedder)
    statuses = {r.source: r.status for r in report.results}
    assert statuses == {"nih.jsonl#d1": "changed", "nih.jsonl#d2": "removed", "nih.jsonl#3": "unchanged"}
    assert fake_embedder.embedded - before == 1


def test_bad_lines_fail_alone(tmp_path: Path) -> None:
    path = _write(tmp_path / "b.jsonl", [DOCS[0], "{not json", {"id": "x"}, ["a list"], DOCS[0],
                                         {"id": "big", "text": "word " * 1000}])
    items = list(read_bulk(path, "b.jsonl", max_bytes=2000))
    assert items[0].id == "d1"  # type: ignore[union-attr]
    errors = [str(e) for e in items[1:]]
    assert errors[0].startswith("b.jsonl:2: not a document line")
    assert "b.jsonl:3" in errors[1] and "'text'" in errors[1]
    assert "b.jsonl:4" in errors[2] and "b.jsonl:5" in errors[3] and "twice" in errors[3]
    assert "b.jsonl:6" in errors[4] and "limit" in errors[4]


def test_cli_jsonl_ingest_summarises_large_collections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli_sync, "load_embedder", lambda settings: FakeEmbedder())
    rows = [{"id": f"n{i}", "title": f"Topic {i}", "text": f"Topic {i} is about symptom number {i}."}
            for i in range(60)]
    bulk = _write(tmp_path / "many.jsonl", [*rows, "{broken"])
    flags = ["--corpus", str(tmp_path / "corpus"), "--data", str(tmp_path / "data")]
    assert cli.main(["ingest", "--jsonl", str(bulk), *flags]) == 1  # one line failed
    out = capsys.readouterr().out
    assert "collection many.jsonl: 60 added documents" in out
    assert "failed     many.jsonl:61: not a document line" in out
    assert len(load_index(tmp_path / "data").docs) == 60
    assert cli.main(["ingest", "--jsonl", str(tmp_path / "notes.txt"), *flags]) == 1
    assert "--jsonl takes a .jsonl file" in capsys.readouterr().err


def test_an_indexed_document_that_grows_too_big_keeps_its_last_version(
        bulk_settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from dataclasses import replace

    small = replace(bulk_settings, max_file_mb=0.001)  # about 1 KB per document
    sync(small, fake_embedder)
    _write(bulk_settings.corpus_dir / "nih.jsonl", [dict(DOCS[0], text="cramp " * 400), *DOCS[1:]])
    report = sync(small, fake_embedder)
    assert any(r.status == "failed" and "limit" in r.detail for r in report.results)
    assert "nih.jsonl#d1" in load_index(bulk_settings.data_dir).docs  # not removed


def test_hostile_lines_fail_alone_and_ingest_doctor_and_serve_startup_go_on(
        settings: Settings, fake_embedder: FakeEmbedder) -> None:
    from ingest.doctor import diagnose

    lines = [json.dumps({"id": "ok", "title": "Cramps", "text": "Night cramps often ease with stretching."}),
             "[" * 5000 + "]" * 5000,  # json gives up with RecursionError, not ValueError
             json.dumps({"id": "a\nb\u202e", "text": "x"}), json.dumps({"id": True, "text": "x"}),
             json.dumps({"id": "t", "title": {"a": 1}, "text": "Titled by its id.", "url": ["no"]})]
    (settings.corpus_dir / "hostile.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = sync(settings, fake_embedder)
    failed = {r.source.rsplit(":", 1)[-1]: r.detail for r in report.failed}
    assert "nested too deeply" in failed["2"] and "printable" in failed["3"] and "whole number" in failed["4"]
    docs = load_index(settings.data_dir).docs
    assert "hostile.jsonl#ok" in docs and docs["hostile.jsonl#t"].title == "t" and docs["hostile.jsonl#t"].url is None
    assert len([d for d in docs if not d.startswith("hostile")]) == 5  # the seed is indexed beside it
    assert diagnose(settings)  # doctor runs with the file still there
    assert cli.main(["ingest", "--corpus", str(settings.corpus_dir), "--data", str(settings.data_dir)]) == 1
