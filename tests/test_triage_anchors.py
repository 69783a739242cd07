"""The triage pre-filter: word starts a question must hold before a finding's pattern is run at all."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.triage import _candidates, _matchers
from qa.triage_anchors import DIGIT, required, requirements, text_prefixes


def test_the_sharpest_word_a_match_must_hold_is_chosen_not_only_the_first() -> None:
    assert required(r"\b(chest|breast ?bone)\b") == frozenset({"chest", "breast"})
    assert required(r"\b(a |the )?(left|right) calf") == frozenset({"calf"})
    assert requirements(r"\b(a |the )?(left|right) calf")[:2] == (frozenset({"calf"}), frozenset({"left", "right"}))
    assert required(r"\w+ tablets") == frozenset({"tablet"})  # a later word, where the first may be any
    assert required(r"(?:\w+[ ,]+){0,3}(?:only|just)[ ,]+pee") == frozenset({"only", "just"})
    assert required(r"\d+ ?(c|degrees)") == frozenset({DIGIT})
    assert required(r"\w+") is None  # no word is certain: always run
    # an optional word is no requirement, and a word glued to another is no word start
    assert required(r"\blegs? pain") == frozenset({"pain"})
    assert required(r"\w(calf)") is None


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
