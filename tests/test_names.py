"""Article names: NFKC, refused control and bidirectional characters, look-alike collisions, length."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.errors import DocumentError
from ingest.corpus import add_to_corpus
from ingest.names import fold, look_alike, normalise, shown

ARTICLE = "Night cramps are common in older adults. Stretching the calf before bed helps many people."
OTHER = "Restless legs are a different matter. Iron levels are worth checking with a doctor."


def test_nfkc_turns_compatibility_forms_into_plain_letters() -> None:
    assert normalise("ｃｒａｍｐｓ.txt") == "cramps.txt"  # full-width letters
    assert normalise("ﬁbre.md") == "fibre.md"  # the fi ligature
    assert normalise("Cafe\u0301.md") == "Café.md"  # a decomposed accent, composed
    assert normalise("судороги.txt") == "судороги.txt"  # other scripts are welcome


@pytest.mark.parametrize("name", ["evil\u202etxt.md", "a\nb.txt", "tab\there.txt", "bell\x07.txt",
                                  "zero\u200bwidth.txt", "iso\u2066late.md", "line\u2028sep.txt"])
def test_control_and_bidirectional_characters_are_refused(name: str) -> None:
    with pytest.raises(DocumentError) as caught:
        normalise(name)
    assert "control or bidirectional" in caught.value.reason
    assert "\n" not in str(caught.value) and "\u202e" not in str(caught.value)  # shown escaped


@pytest.mark.parametrize(("name", "why"), [("a/b.txt", "path separator"), ("..", "empty"),
                                           (".hidden.txt", "hidden"), (" lead.txt", "space"),
                                           ("x" * 252 + ".txt", "256 bytes"),
                                           ("é" * 126 + ".txt", "256 bytes")])
def test_unusable_names_are_refused_with_a_reason(name: str, why: str) -> None:
    with pytest.raises(DocumentError, match=why):
        normalise(name)


def test_a_name_of_exactly_255_bytes_is_fine() -> None:
    name = "x" * 251 + ".txt"
    assert normalise(name) == name


def test_shown_escapes_what_would_split_or_reorder_a_line() -> None:
    assert shown("a\nb\u202ec.txt") == "a\\u000ab\\u202ec.txt"
    assert shown("plain é.txt") == "plain é.txt"


@pytest.mark.parametrize("twin", ["Cramps.TXT", "cramps.txt", "сramps.txt",  # Cyrillic es
                                  "crаmps.txt", "crampѕ.txt", "CRΑMPS.txt",  # Cyrillic a, dze, Greek Alpha
                                  "ｃｒａｍｐｓ.txt"])
def test_look_alikes_fold_to_the_same_key(twin: str) -> None:
    assert fold(twin) == fold("cramps.txt")
    assert look_alike(twin, ["other.md", "cramps.txt"]) in ("cramps.txt", None)
    if twin != "cramps.txt":
        assert look_alike(twin, ["other.md", "cramps.txt"]) == "cramps.txt"


def test_different_names_do_not_collide() -> None:
    assert look_alike("cramp.txt", ["cramps.txt"]) is None
    assert look_alike("crämps.txt", ["cramps.txt"]) is None  # an accent is a real difference
    assert look_alike("судороги.txt", ["cramps.txt"]) is None
    assert look_alike("cramps.txt", ["cramps.txt"]) is None  # the same name is not a look-alike


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "cramps.txt").write_text(ARTICLE)
    return folder


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("twin", ["Cramps.txt", "CRAMPS.TXT", "\u0441ramps.txt", "cr\u0430mps.txt"])
def test_a_look_alike_of_a_different_article_is_refused(corpus: Path, tmp_path: Path, twin: str) -> None:
    [result] = add_to_corpus([_write(tmp_path / "in", twin, OTHER)], corpus, 10**6)
    assert result.status == "failed" and "reads the same as corpus/cramps.txt" in result.detail
    assert sorted(os.listdir(corpus)) == ["cramps.txt"]


def test_a_look_alike_with_the_same_content_is_already_there(corpus: Path, tmp_path: Path) -> None:
    [result] = add_to_corpus([_write(tmp_path / "in", "CRAMPS.txt", ARTICLE)], corpus, 10**6)
    assert result.status == "present" and result.source == "cramps.txt"


def test_two_look_alikes_in_one_batch_keep_the_first(corpus: Path, tmp_path: Path) -> None:
    first = _write(tmp_path / "a", "legs.txt", OTHER)
    second = _write(tmp_path / "b", "LEGS.txt", OTHER + " A second, different text.")
    results = add_to_corpus([first, second], corpus, 10**6)
    assert [r.status for r in results] == ["copied", "failed"]
    assert sorted(os.listdir(corpus)) == ["cramps.txt", "legs.txt"]


def test_the_copy_gets_the_normalised_name(corpus: Path, tmp_path: Path) -> None:
    [result] = add_to_corpus([_write(tmp_path / "in", "ｌｅｇｓ.txt", OTHER)], corpus, 10**6)
    assert result.status == "copied" and result.source == "legs.txt"
    assert (corpus / "legs.txt").read_text() == OTHER


def test_a_bidi_name_is_refused_and_its_report_stays_on_one_line(corpus: Path, tmp_path: Path) -> None:
    bad = _write(tmp_path / "in", "safe\u202etxt.exe.txt", OTHER)
    newline = _write(tmp_path / "in", "two\nlines.txt", OTHER)
    results = add_to_corpus([bad, newline], corpus, 10**6)
    assert [r.status for r in results] == ["failed", "failed"]
    for r in results:
        assert "\n" not in r.path + r.detail and "\u202e" not in r.path + r.detail
    assert sorted(os.listdir(corpus)) == ["cramps.txt"]


def test_a_name_too_long_for_the_file_system_is_a_clear_failure(corpus: Path, tmp_path: Path) -> None:
    [result] = add_to_corpus([tmp_path / ("x" * 300 + ".txt")], corpus, 10**6)
    assert result.status == "failed" and "over the 255" in result.detail


def test_a_folder_named_like_a_file_is_reported(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    _write(folder, "inside.txt", OTHER)
    [result] = add_to_corpus([folder], corpus, 10**6)
    assert result.status == "failed" and "folder named like an article file" in result.detail
    assert sorted(os.listdir(corpus)) == ["cramps.txt"]


def test_a_folder_without_articles_is_reported(corpus: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    [result] = add_to_corpus([empty], corpus, 10**6)
    assert result.status == "skipped" and "no article files" in result.detail
