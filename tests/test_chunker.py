"""Chunking: sentences never cut, sizes bounded, offsets exact, sections kept, token limit respected."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from index.embedder import embedding_text
from ingest.chunker import ChunkerConfig, chunk_text
from ingest.clean import CleanText, clean_text, pick_title
from ingest.sentences import split_spans
from tests.conftest import CORPUS
from tests.fakes import FakeEmbedder

SEEDS = sorted(CORPUS.glob("*.txt"))


def _chunks(path: Path, embedder: FakeEmbedder, config: ChunkerConfig | None = None):  # type: ignore[no-untyped-def]
    clean = clean_text(path.read_text(encoding="utf-8"))
    title = pick_title(clean, path.stem)
    config = config or ChunkerConfig(max_tokens=embedder.max_tokens)
    return clean, title, chunk_text(path.name, title, clean, embedder.token_counts, config)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_offsets_map_back_to_the_cleaned_text(path: Path) -> None:
    clean, _, chunks = _chunks(path, FakeEmbedder(max_tokens=256))
    assert chunks
    for chunk in chunks:
        assert clean.text[chunk.start:chunk.end] == chunk.text
        assert chunk.source == path.name


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_no_sentence_is_cut(path: Path) -> None:
    clean, _, chunks = _chunks(path, FakeEmbedder(max_tokens=256))
    boundaries = {s for s, _ in split_spans(clean.text)} | {e for _, e in split_spans(clean.text)}
    for chunk in chunks:
        assert chunk.start in boundaries
        assert chunk.end in boundaries


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_sentence_lands_in_some_chunk(path: Path) -> None:
    clean, _, chunks = _chunks(path, FakeEmbedder(max_tokens=256))
    for start, end in split_spans(clean.text):
        assert any(c.start <= start and end <= c.end for c in chunks), clean.text[start:end]


@pytest.mark.parametrize("max_tokens", [48, 64, 128, 256])
def test_embedding_text_fits_the_token_limit(max_tokens: int) -> None:
    embedder = FakeEmbedder(max_tokens=max_tokens)
    for path in SEEDS:
        _, title, chunks = _chunks(path, embedder)
        for chunk in chunks:
            text = embedding_text(title, chunk.section, chunk.text)
            assert embedder.token_counts([text])[0] <= max_tokens


def test_word_limit_and_one_sentence_overlap() -> None:
    text = " ".join(f"Sentence number {i} talks about calf cramps at night." for i in range(60))
    clean = CleanText(text, frozenset())
    config = ChunkerConfig(max_words=60, max_tokens=10_000)
    chunks = chunk_text("a.txt", "A", clean, FakeEmbedder().token_counts, config)
    assert len(chunks) > 3
    for chunk in chunks:
        assert len(chunk.text.split()) <= 60
    for before, after in itertools.pairwise(chunks):
        last_sentence = split_spans(before.text)[-1]
        assert after.text.startswith(before.text[last_sentence[0]:last_sentence[1]])


def test_sections_follow_headings() -> None:
    _, _, chunks = _chunks(CORPUS / "why-does-my-leg-shake-when-i-lift-my-heel.txt",
                           FakeEmbedder(max_tokens=256))
    sections = [c.section for c in chunks]
    assert "1. Muscle Fatigue:" in sections
    assert "8. Stress or Anxiety:" in sections
    fatigue = next(c for c in chunks if c.section == "1. Muscle Fatigue:")
    assert "Muscle fatigue occurs when muscles are overused" in fatigue.text


def test_consecutive_headings_form_a_path() -> None:
    _, _, chunks = _chunks(CORPUS / "calf-fasciculation-and-hamstring-cramping.txt",
                           FakeEmbedder(max_tokens=256))
    sections = {c.section for c in chunks}
    assert ("Causes of Calf Fasciculation and Hamstring Cramping › Dehydration and Electrolyte Imbalance"
            in sections)
    assert "Nerve Issues" in sections


def test_a_sentence_longer_than_the_limit_is_split_at_words() -> None:
    words = " ".join(f"word{i}" for i in range(700))
    clean = CleanText(f"Title\n{words}.", frozenset({0}))
    embedder = FakeEmbedder(max_tokens=64)
    chunks = chunk_text("long.txt", "Title", clean, embedder.token_counts,
                        ChunkerConfig(max_tokens=64))
    assert len(chunks) > 10
    covered = "".join(c.text for c in chunks)
    assert "word0" in covered and "word699" in covered
    for chunk in chunks:
        assert clean.text[chunk.start:chunk.end] == chunk.text
        assert embedder.token_counts([embedding_text("Title", chunk.section, chunk.text)])[0] <= 64


def test_pages_are_recorded_from_page_starts() -> None:
    pages = ["First page. " * 30, "Second page. " * 30, "Third page. " * 30]
    text = "\n\n".join(p.strip() for p in pages)
    starts = [0]
    for page in pages[:-1]:
        starts.append(starts[-1] + len(page.strip()) + 2)
    chunks = chunk_text("doc.pdf", "Doc", CleanText(text, frozenset()), FakeEmbedder().token_counts,
                        ChunkerConfig(max_words=40, max_tokens=10_000), page_starts=starts)
    assert chunks[0].page == 1
    assert {c.page for c in chunks} == {1, 2, 3}
    names = {1: "First", 2: "Second", 3: "Third"}
    for chunk in chunks:  # a chunk never spans two pages
        assert {s.split()[0] for s in chunk.text.split(". ") if s.strip()} == {names[chunk.page or 0]}


def test_empty_text_gives_no_chunks() -> None:
    assert chunk_text("e.txt", "E", CleanText("", frozenset()), FakeEmbedder().token_counts) == []


@pytest.mark.e2e
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_no_chunk_is_truncated_by_the_real_model(path: Path, real_embedder, reference_embedder) -> None:  # type: ignore[no-untyped-def]
    """The real tokenizer counts every embedded text within the model's max_seq_length."""
    clean = clean_text(path.read_text(encoding="utf-8"))
    title = pick_title(clean, path.stem)
    config = ChunkerConfig(max_tokens=real_embedder.max_tokens)
    chunks = chunk_text(path.name, title, clean, real_embedder.token_counts, config)
    assert real_embedder.max_tokens == 256
    texts = [embedding_text(title, c.section, c.text) for c in chunks]
    counts = real_embedder.token_counts(texts)
    assert max(counts) <= real_embedder.max_tokens
    # The reference's own tokenizer, truncating at max_seq_length, must keep every word piece.
    tokenizer = reference_embedder._model.tokenizer
    for text, count in zip(texts, counts, strict=True):
        kept = tokenizer(text, truncation=True, max_length=real_embedder.max_tokens)["input_ids"]
        assert len(kept) == count


def test_a_spilled_sentence_never_joins_another_page_or_section() -> None:
    """When the exact count overflows a chunk, its last sentence moves on, but only into a
    chunk of the same page and section; else it stands alone."""
    from ingest.chunker import _fit, _Unit

    text = "a" * 19 + ". bbbb.\n\nccccc."
    a, b, c = _Unit(0, 20, False, 1, 5), _Unit(21, 26, False, 1, 2), _Unit(28, 34, False, 1, 2)

    def counter(texts):  # type: ignore[no-untyped-def]
        return [len(t) for t in texts]  # a and b together (26) overflow 22; b and c (13) fit

    def page(pages: dict[int, int]):  # type: ignore[no-untyped-def]
        return lambda unit: pages[unit.start]

    one_page = page({0: 1, 21: 1, 28: 1})
    assert [[u.start for u in g] for g in _fit([[a, b], [c]], text, "", counter, 22, one_page)] == [
        [0], [21, 28]]  # same page and section: b joins c
    two_pages = page({0: 1, 21: 1, 28: 2})
    assert [[u.start for u in g] for g in _fit([[a, b], [c]], text, "", counter, 22, two_pages)] == [
        [0], [21], [28]]  # b is not put on page 2
    other = _Unit(28, 34, False, 1, 2, label="X")
    assert [[u.start for u in g] for g in _fit([[a, b], [other]], text, "", counter, 22, one_page)] == [
        [0], [21], [28]]  # nor into another section
    assert [[u.start for u in g] for g in _fit([[a, b], [b, c]], text, "", counter, 22, one_page)] == [
        [0], [21, 28]]  # and never twice


def test_a_byline_is_not_a_section_heading() -> None:
    from ingest.chunker import is_byline

    text = ("Muscle Twitching in Legs\nMarlene Alphonse\nThe entire human body is made up of muscles.\n"
            "Muscle Fatigue\nFatigue of a muscle can make it twitch.")
    assert is_byline("Marlene Alphonse", text)
    assert not is_byline("Muscle Fatigue", text)  # its words come back in its section
    assert not is_byline("Causes of twitching", text)  # not a line of names


def test_a_section_path_keeps_its_last_three_headings() -> None:
    from ingest.chunker import MAX_SECTION_DEPTH, SECTION_SEP, _labels, _Unit

    text = "A\nB\nC\nD\nE\nbody text here."
    offsets = [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9)]
    units = [_Unit(s, e, True, 0, 1) for s, e in offsets] + [_Unit(10, len(text), False, 3, 3)]
    label = _labels(text, units, title="Title")[-1]
    assert label is not None and label.split(SECTION_SEP) == ["C", "D", "E"] and MAX_SECTION_DEPTH == 3


def test_tiny_sentences_counted_apart_far_under_together_are_chunked_in_few_counts(real_embedder) -> None:  # type: ignore[no-untyped-def]
    """A 36 KB file of "Dr. ? ! ... " (found by a red-team run) held ingest and the start of `serve` for minutes: the
    units' own token counts put each chunk far under what it counts together, and the fitting re-counted a whole
    chunk for every unit it moved on (15,517 counts; carried-on units grew every next chunk)."""
    text = "Dr. ? ! ... " * 3000 + "Leg cramps at night are common."
    clean = clean_text(text)
    calls = 0

    def counting(texts):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real_embedder.token_counts(texts)

    chunks = chunk_text("dots.txt", "Dots", clean, counting, ChunkerConfig(max_tokens=real_embedder.max_tokens))
    assert calls < 2_000
    assert chunks[-1].text.endswith("Leg cramps at night are common.")
    assert all(real_embedder.token_counts([embedding_text("Dots", c.section, c.text)])[0]
               <= real_embedder.max_tokens for c in chunks)
    # no unit moved on is lost: every "Dr." is in a chunk (an overlap repeats some)
    starts = {c.start + i for c in chunks for i in range(len(c.text)) if c.text.startswith("Dr.", i)}
    assert len(starts) == 3000
