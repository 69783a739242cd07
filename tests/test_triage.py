"""Red-flag triage: one test per rule, negations, and the labelled question sets."""

from __future__ import annotations

import json

import pytest

from qa.triage import RULES, SEVERITY, matching_rules, triage
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"

# For each rule: questions it must catch, and near-misses it must leave alone.
EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "stroke": (["My dad's face is drooping on one side and his words are slurred",
                "suddenly my right arm is weak and I can't lift it"],
               ["my grandmother had a stroke in 2015, do cramps run in families?",
                "which swimming stroke is best for leg cramps?"]),
    "chest_pain": (["I have chest pain and my calves are cramping",
                    "pressure in the middle of my chest"],
                   ["no chest pain, just a twitchy calf", "are chest stretches good for posture?"]),
    "breathing": (["I can't catch my breath and my legs are shaking", "he is struggling to breathe"],
                  ["I'm not short of breath, my calf just cramps", "breathing exercises for stress"]),
    "collapse_seizure": (["my mum just collapsed in the kitchen", "she is having a seizure right now"],
                         ["can collapsed arches make my calves cramp?", "my leg gave a little jump"]),
    "overdose_poison": (["I took a whole bottle of sleeping pills", "my son drank bleach"],
                        ["is too much coffee bad for twitching?", "how much magnesium per day is safe?"]),
    "suicide_self_harm": (["I don't want to live anymore", "I keep thinking about hurting myself"],
                          ["this cramp is killing me, how do I stop it?",
                           "I'm dying to know why legs twitch"]),
    "dvt_calf": (["my left calf is red, hot and swollen", "throbbing pain in one leg after a long flight"],
                 ["my calf is sore after running, no swelling", "does raising my leg reduce twitching?"]),
    "long_cramp": (["I've had a cramp for 20 minutes that won't stop", "cramp lasting over an hour"],
                   ["my cramp lasted 2 minutes", "why do cramps happen at night?"]),
    "worsening_weakness": (["my legs are getting weaker every week",
                            "the weakness in my arm is getting worse"],
                           ["how do I build strength in weak ankles?",
                            "is it normal to feel tired after a run?"]),
    "tetanus_wound": (["I stepped on a rusty nail and now my calf keeps spasming",
                       "my jaw is stiff since I cut my hand in the garden"],
                      ["my tetanus booster is up to date, why do my toes cramp?", "I cut back on coffee"]),
    "twitch_two_weeks": (["my calf has been twitching for three weeks", "months of twitching in my thigh"],
                         ["my leg has twitched for 3 days",
                          "been on blood thinners for months, can they cause twitches?"]),
    "twitch_spreading": (["the twitching has spread to my arms and back",
                          "it started in my calf and now the twitches are in my face too"],
                         ["my calf twitches now and then", "is calf twitching common?"]),
    "twitch_with_symptoms": (["my calf twitches and the muscle is shrinking",
                              "twitching in my thigh and my foot is numb"],
                             ["my calf twitches but there's no weakness, numbness or wasting",
                              "what is spinal muscular atrophy and can it cause twitching?"]),
}


def test_every_rule_has_examples() -> None:
    assert {rule.name for rule in RULES} == set(EXAMPLES)


@pytest.mark.parametrize("rule", list(EXAMPLES))
def test_rule_fires_on_its_examples(rule: str) -> None:
    for question in EXAMPLES[rule][0]:
        assert rule in [r.name for r in matching_rules(question)], question


@pytest.mark.parametrize("rule", list(EXAMPLES))
def test_rule_leaves_near_misses_alone(rule: str) -> None:
    for question in EXAMPLES[rule][1]:
        assert rule not in [r.name for r in matching_rules(question)], question


def test_the_most_severe_rule_wins() -> None:
    notice = triage("my calf has twitched for weeks and now I have chest pain")
    assert notice is not None and notice.level == "emergency" and notice.rule == "chest_pain"
    assert SEVERITY["emergency"] > SEVERITY["urgent"] > SEVERITY["soon"]


def test_negated_part_does_not_hide_the_firing_part() -> None:
    notice = triage("no chest pain but my calf is red, hot and swollen")
    assert notice is not None and notice.rule == "dvt_calf" and notice.level == "urgent"


def test_emergency_messages_say_to_call_now_and_self_harm_names_a_crisis_line() -> None:
    for rule in RULES:
        if rule.level == "emergency":
            assert "emergency number" in rule.message, rule.name
    suicide = next(r for r in RULES if r.name == "suicide_self_harm")
    assert "988" in suicide.message and "116 123" in suicide.message


@pytest.mark.parametrize("question", [
    "my leg twitches after coffee", "why does my calf cramp at night", "Can flat feet cause leg twitching?",
    "is magnesium good for cramps?", "", "?!", "x" * 10_000,
])
def test_ordinary_questions_get_no_notice(question: str) -> None:
    assert triage(question) is None


@pytest.mark.parametrize("name", ["triage_dev", "triage_test", "triage_blind"])
def test_labelled_questions(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines() if line]
    firing = [r for r in rows if r["level"]]
    assert len(firing) >= 15 and len(rows) - len(firing) >= 15
    wrong = []
    for row in rows:
        notice = triage(row["question"])
        if (notice.level if notice else None) != row["level"]:
            wrong.append((row["id"], row["level"], notice.level if notice else None))
    assert wrong == []


def test_second_blind_set_misses_no_red_flag() -> None:
    """triage_blind2.jsonl: every red flag caught; two known over-warnings remain (a collapse
    seen on TV last year, and a question about DVT that denies its signs) — the safer mistake."""
    rows = [json.loads(line) for line in (DATA / "triage_blind2.jsonl").read_text().splitlines() if line]
    wrong = {}
    for row in rows:
        notice = triage(row["question"])
        if (notice.level if notice else None) != row["level"]:
            wrong[row["id"]] = (row["level"], notice.level if notice else None)
    assert all(want is None for want, _ in wrong.values()), wrong  # no red flag missed
    assert set(wrong) <= {"tb2-003", "tb2-031"}, wrong
