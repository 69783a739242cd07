"""Follow-up questions carry the topic of the question before them, and only follow-ups do."""

from __future__ import annotations

import pytest

from qa.followup import carried_topic, topic


def test_the_topic_is_the_key_words_as_typed() -> None:
    assert topic("What causes leg cramps?") == "leg cramps"
    assert topic("why does my calf twitch so much") == "calf twitch"


@pytest.mark.parametrize(("question", "previous", "carried"), [
    ("and how do I treat it?", "What causes leg cramps?", "leg cramps"),
    ("is it serious?", "why does my calf twitch", "calf twitch"),
    ("what about magnesium?", "what helps night cramps", "helps night cramps"),
    # A question that names its own subject stands alone, pronoun or not.
    ("Is it normal for my legs to twitch at night?", "What causes leg cramps?", ""),
    ("how do I treat it?", None, ""),  # nothing before it
    ("how do flat feet cause twitching?", "What causes leg cramps?", ""),  # no pointing word
])
def test_only_a_follow_up_carries_the_previous_topic(question: str, previous: str | None, carried: str) -> None:
    assert carried_topic(question, previous) == carried


def test_a_word_the_follow_up_repeats_is_not_carried_twice() -> None:
    assert carried_topic("does it cramp a lot?", "why do my calves cramp at night") == "calves night"
