"""The "searched for" note: repaired typos shown as words the articles use."""

from __future__ import annotations

from qa.spelling import repaired_words

PASSAGES = ["Night cramps are common. Twitching muscles are usually harmless.", "ALS is rare."]



def test_each_repair_is_shown_as_typed_and_as_the_passages_spell_it() -> None:
    pairs = repaired_words("why do my legs twich and crmap at night?", [("twich", "twitch"), ("crmap", "cramp")],
                           PASSAGES)
    assert pairs == (("twich", "twitching"), ("crmap", "cramps"))


def test_nothing_repaired_nothing_shown() -> None:
    assert repaired_words("why do my legs twitch?", [], PASSAGES) == ()


def test_a_repair_no_passage_spells_is_not_shown() -> None:
    # The stem came from the collection, but not from these passages: no word to show.
    assert repaired_words("is magnesum good?", [("magnesum", "magnesium")], PASSAGES) == ()

