"""Words a dictation split apart, joined back only where the collection knows the joined word."""

from __future__ import annotations

import pytest

from index.lexical import LexicalIndex
from index.rejoin import rejoin
from qa.spelling import joined_words

TEXTS = [
    "Spinal muscular atrophy is a genetic disorder. Muscular dystrophy is inherited.",
    "A pulled hamstring cramps. Botox injections may help. ALS is also called Lou Gehrig's disease.",
    "Sciatica is nerve pain down the leg. Myopathy means muscle disease. Walk along the beach.",
    "Leg cramps and overweight people, whose weight matters. Skullcap and passion flower are herbs.",
]


@pytest.fixture(scope="module")
def lexical() -> LexicalIndex:
    return LexicalIndex.build(TEXTS)


@pytest.mark.parametrize(("typed", "heard"), [
    ("what is spinal muscular a trophy", "what is spinal muscular atrophy"),
    ("my ham string crams up", "my hamstring crams up"),
    ("do bo tox shots work", "do botox shots work"),
    ("whats the other name for a l s", "whats the other name for als"),
    ("so what does my opathy mean", "so what does myopathy mean"),
    ("is muscular dis trophy passed down", "is muscular distrophy passed down"),  # spelt as it sounds
    ("can sigh attica make my calf twitch", "can sighattica make my calf twitch"),  # a silent gh
    ("is ham-string cramping common", "is hamstring cramping common"),  # a hyphen an unsure speller put in
    # spelt letters the synonym table knows, though no passage writes them ("multiple sclerosis" only)
    ("can m s cause my legs to twitch", "can ms cause my legs to twitch"),
])
def test_split_words_are_joined(lexical: LexicalIndex, typed: str, heard: str) -> None:
    assert rejoin(typed, lexical)[0] == heard


@pytest.mark.parametrize("typed", [
    "I did a long walk",  # "along" is an everyday word a dictation knows
    "for my leg cramps",  # a stop word second
    "over weight and cramps",  # the collection knows "weight" on its own
    "leg cramps at night",  # both parts are the collection's words
    "a self-limiting leg-cramp",  # hyphenated words that are the collection's on their own
    "we're short of time",  # one word with an apostrophe is no split word
    "a ham, string beans",  # a comma between them
    "vitamin b 12",  # a letter beside a number is no spelt word
])
def test_ordinary_words_stay(lexical: LexicalIndex, typed: str) -> None:
    assert rejoin(typed, lexical) == (typed, ())


def test_texting_spellings_are_searched_as_words_and_reported(lexical: LexicalIndex) -> None:
    """Under five letters, "nite" is past the typo repair; searched as typed it was refused as about a word no
    article uses (fresh61)."""
    assert rejoin("leg twitching worse at nite", lexical) == ("leg twitching worse at night", (("nite", "night"),))
    # (review) an acronym in capitals is no texting ("PLS", primary lateral sclerosis), nor "a bout" of cramps
    assert rejoin("is PLS related to ALS", lexical) == ("is PLS related to ALS", ())
    assert rejoin("a bout of cramps", lexical) == ("a bout of cramps", ())


def test_each_join_is_reported_as_typed(lexical: LexicalIndex) -> None:
    assert rejoin("a l s and bo tox", lexical)[1] == (("a l s", "als"), ("bo tox", "botox"))


def test_a_join_is_shown_as_finally_searched_and_as_the_passages_spell_it() -> None:
    joins = (("sigh attica", "sighattica"), ("a l s", "als"))
    repaired = (("sighattica", "sciatica"), ("twich", "twitching"))
    shown = joined_words(joins, repaired, ["Sciatica is nerve pain.", "ALS is rare."])
    assert shown == (("sigh attica", "sciatica"), ("a l s", "ALS"), ("twich", "twitching"))
