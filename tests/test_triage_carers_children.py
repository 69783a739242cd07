"""Pictures from carers of older people (set DT), pregnancy and children (DU) and long stories (DR), and the
near misses beside them."""

from __future__ import annotations

import pytest

from qa.triage import triage


@pytest.mark.parametrize(("question", "level", "rule"), [
    # an injury you can hardly stand on, said without "can't"
    ("dad fell off the step this morning, his ankle has ballooned up and he can hardly put any weight on it", "urgent",
     "possible_fracture"),
    ("went over on his ankle at basketball, it ballooned up and he cant take a single step on it", "urgent",
     "possible_fracture"),
    # painkillers named and failing, pain on moving the toes: compartment syndrome under a plaster or after a kick
    ("dad broke his shin and has a plaster on, the pain is getting worse and worse, morphine not touching it, toes "
     "tingly and he screams if i move them", "emergency", "compartment_syndrome"),
    ("took a stud to the shin 5 hours ago, ibuprofen has done zero and it hurts like hell when i move my toes",
     "emergency", "tight_swollen_limb"),
    # a long lie told with "till the carer found her"
    ("nan was on the floor till the carer found her this morning, her legs are sore and her wee is dark", "emergency",
     "serious_injury"),
    ("thighs agony after a spin class, wee like coca cola and there's hardly been any of it since last night",
     "emergency", "kidneys_failing"),
    # bouts that end are no end to the bouts
    ("on a water tablet for years, for 2 months calf cramps most nights, sharp for a minute then gone", "soon",
     "cramps_frequent"),
    # rain, sweat and chemicals soak through; blood is what makes it bleeding
    ("cut my leg on glass and its spurting everywhere", "emergency", "severe_bleeding"),
    ("soaking through a pad every half hour and passing huge clots, feeling dizzy", "emergency", "severe_bleeding"),
    ("been spraying the potatoes and got the concentrate on my arm, now twitching all over and dribbling", "emergency",
     "chemical_poisoning"),
])
def test_a_picture_told_by_a_carer_or_a_parent_is_read(question: str, level: str, rule: str) -> None:
    notice = triage(question)
    assert notice is not None and (notice.level, notice.rule) == (level, rule), notice


@pytest.mark.parametrize("question", [
    "we got caught in the rain, soaked through, and my legs were shaking like jelly on the walk down",
    "it was pouring with rain and my calves cramped on the walk home",
    "sweat was pouring off me and my legs started cramping at mile 20",
    "he gets cramps in his calves in the last 20 mins of matches, gone after a stretch",
    "had a dvt after my first baby 5 yrs ago, fully treated, can the injections this time cause bruising",
    "nans been on amlodipine for years with puffy ankles both sides, gp knows and checks it every review",
    # a past event, and the time since it, belong to the event: not to today's cramps
    "my friend had a blood clot in her leg after a flight and ended up in hospital, what signs should i look out for "
    "with a clot? i have no symptoms, just planning ahead",
    "mum had a small stroke about 8 years ago, full recovery. she gets cramps in her feet at night, a minute then "
    "fine, and still does her crossword every morning",
    # a position or a chill explains it
    "dads leg went dead and fizzy after sitting on the loo too long, walked it off in 2 mins",
])
def test_words_that_only_sound_alarming_in_these_stories_are_no_alarm(question: str) -> None:
    assert triage(question) is None


def test_a_watchful_gp_settles_what_is_unchanged_but_not_what_is_new() -> None:
    notice = triage("gp knows about my twitching and checks it every visit but now my hand is getting weaker and "
                    "wasting")
    assert notice is not None and notice.level in ("soon", "urgent")


def test_a_question_that_is_itself_the_finding_is_not_asked_away() -> None:
    notice = triage("been on fluoxetine 5 wks, mood is a bit better but i cant orgasm and its really affecting my "
                    "relationship. should i just stop taking it?")
    assert notice is not None and notice.rule == "medicine_review", notice


def test_a_person_who_gets_cold_is_no_cold_limb_but_a_cold_pale_leg_is() -> None:
    from qa.triage import findings

    assert "cold" not in findings("grannys legs shake when she gets cold sitting by the window")
    notice = triage("my foot is cold and white and numb since this morning")
    assert notice is not None and notice.level == "emergency", notice
