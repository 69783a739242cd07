"""The triage pre-filter: word starts a question must hold before a finding's pattern is run at all."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.triage import _candidates, _matchers
from qa.triage_anchors import DIGIT, prefilter, requirements, text_prefixes


def test_the_sharpest_word_a_match_must_hold_is_chosen_not_only_the_first() -> None:
    assert requirements(r"\b(chest|breast ?bone)\b")[0] == frozenset({"chest", "breast"})
    assert requirements(r"\b(a |the )?(left|right) calf")[0] == frozenset({"calf"})
    assert requirements(r"\b(a |the )?(left|right) calf")[:2] == (frozenset({"calf"}), frozenset({"left", "right"}))
    # a later word, where the first may be any
    assert requirements(r"\w+ tablets")[0] == frozenset({"tablet"})
    assert requirements(r"(?:\w+[ ,]+){0,3}(?:only|just)[ ,]+pee")[0] == frozenset({"only", "just"})
    assert requirements(r"\d+ ?(c|degrees)")[0] == frozenset({DIGIT})
    assert requirements(r"\w+") == ()  # no word is certain: always run
    # an optional word is no requirement, and a word glued to another is no word start
    assert requirements(r"\blegs? pain")[0] == frozenset({"pain"})
    assert requirements(r"\w(calf)") == ()


def test_an_alternation_is_skipped_unless_one_alternative_finds_all_it_needs() -> None:
    index, ways = prefilter(r"\b(?:left calf|(a |the )?right shin|\w+ tablets)\b") or (frozenset(), ())
    assert index == frozenset({"calf", "right", "tablet"})  # the sharpest need of each alternative
    assert ways[0] == (frozenset({"calf"}), frozenset({"left"}))  # "left calf" needs both words
    assert ways[2] == (frozenset({"tablet"}),)
    assert prefilter(r"\b(?:calf|\w+)\b") is None  # one alternative needs nothing: always run


def test_text_prefixes_are_the_starts_of_its_words() -> None:
    assert {"c", "ca", "cal", "calf", "tw", DIGIT} <= text_prefixes("my calf twitched 3 times")
    assert "alf" not in text_prefixes("my calf")


_NAMES = sorted(_matchers())


@st.composite
def _matching_text(draw: st.DrawFn) -> tuple[str, str]:
    """A finding and a text its own pattern generated, set inside a question."""
    name = draw(st.sampled_from(_NAMES))
    pattern = _matchers()[name].pattern
    alphabet = st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789 ,.")
    core = draw(st.from_regex(re.compile(pattern), fullmatch=True, alphabet=alphabet))
    before = draw(st.sampled_from(["", "my ", "so ", "and then, "]))
    after = draw(st.sampled_from(["", " today", ". what do i do"]))
    return name, f"{before}{core}{after}"


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(_matching_text())
def test_a_finding_whose_pattern_matches_is_never_filtered_out(case: tuple[str, str]) -> None:
    """Generated from every finding's own pattern, so forms no labelled question uses are tried too."""
    name, text = case
    if _matchers()[name].search(text) is None:  # the words around it may change a boundary
        return
    assert name in {finding for finding, _ in _candidates(text)}, (name, text)
