"""Unit tests of ingest.clean on the seed articles and on small inputs: boilerplate, headings, titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import CleanText, clean_text, is_boilerplate, looks_like_heading, normalize_line, pick_title

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CALF = "calf-fasciculation-and-hamstring-cramping.txt"
STOP = "how-to-stop-and-prevent-twitching-leg-or-cramps.txt"
LEGS = "muscle-twitching-in-legs.txt"
CAUSES = "what-causes-twitching-leg-muscles.txt"
SHAKE = "why-does-my-leg-shake-when-i-lift-my-heel.txt"
SEED = (CALF, STOP, LEGS, CAUSES, SHAKE)


@pytest.fixture(scope="module")
def raw() -> dict[str, str]:
    return {name: (CORPUS / name).read_text(encoding="utf-8") for name in SEED}


@pytest.fixture(scope="module")
def cleaned(raw: dict[str, str]) -> dict[str, CleanText]:
    return {name: clean_text(text) for name, text in raw.items()}


def lines_of(clean: CleanText) -> list[str]:
    return clean.text.split("\n")


def test_the_seed_corpus_is_present() -> None:
    assert sorted(p.name for p in CORPUS.glob("*.txt")) == sorted(SEED)


# --------------------------------------------------------------------------------------------
# Boilerplate on the seed articles
# --------------------------------------------------------------------------------------------

BOILERPLATE_LINES = [
    (CAUSES, "Leave a Comment"),
    (CAUSES, "Scroll to Top"),
    (CAUSES, "Recommended Products For Plantar Fasciitis Relief"),
    (STOP, "Leave a Reply"),
    (STOP, "Your email address will not be published. Required fields are marked *"),
    (LEGS, "Help someone with useful health advice."),
    (LEGS, "Help Yourself By ..."),
    (LEGS, "The article published herein, is meant for educational purposes only and does not intend "
           "to supplant the advice of a healthcare practitioner."),
]


@pytest.mark.parametrize(("name", "line"), BOILERPLATE_LINES)
def test_boilerplate_lines_are_removed(raw: dict[str, str], cleaned: dict[str, CleanText], name: str,
                                       line: str) -> None:
    assert line in raw[name].split("\n")  # the seed file really carries it
    assert line not in cleaned[name].text


ARCHMAKER = ("For more tips on managing foot-related issues and maintaining optimal foot health, "
             "visit our website at Archmaker.net.")


def test_visit_our_website_plug_is_removed(raw: dict[str, str], cleaned: dict[str, CleanText]) -> None:
    assert ARCHMAKER in raw[CAUSES].split("\n")
    assert "Archmaker" not in cleaned[CAUSES].text


def test_visit_our_website_with_a_domain_is_boilerplate() -> None:
    assert is_boilerplate("visit our website at example.com")


def test_visit_our_website_without_a_domain_is_boilerplate() -> None:
    assert is_boilerplate("For more tips on foot health, visit our website today.")


CONTENT = [
    (CALF, "Low levels of electrolytes such as potassium, magnesium, and calcium can lead to muscle cramps "
           "and fasciculations."),
    (CALF, "Conditions like sciatica or peripheral neuropathy can cause muscle twitching and cramping as a "
           "result of nerve impingement or damage."),
    (CALF, "Seek advice from a healthcare professional for medication management and potential "
           "neurological conditions.Treatment Strategies"),
    (CALF, "Lack of certain vitamins, particularly B vitamins, can affect muscle function and contribute to "
           "cramping."),
    (STOP, "Muscle twitching in the legs or anywhere in the body can occur and continue unnoticed."),
    (STOP, "• Drinking lots of water."),
    (STOP, "Botox injections can help but can cause bruising of the targeted muscles."),
    (STOP, "These work just like a sedative for the nervous system that calms the muscle twitching."),
    (LEGS, "The entire human body is made up of muscles."),
    (LEGS, "Also referred to as Lou Gehrig's disease, this condition leads to wastage and death of nerve "
           "cells."),
    (LEGS, "Though muscle twitching in legs may come and go, experiencing persistent muscle spasms and "
           "twitches in the legs or anywhere in the body, should be brought to the doctor's notice "
           "promptly. Stay healthy!"),
    (LEGS, "Another popular home remedy is chamomile tea, which has an active ingredient called glycine "
           "known to fight against the cramps."),
    (CAUSES, "Flat feet, or fallen arches, occur when the arch of the foot collapses or flattens."),
    (CAUSES, "• Toe Stretches: Gently pull your toes back to stretch the plantar fascia."),
    (CAUSES, "If stretching and strengthening exercises don’t resolve the issue, consult a podiatrist."),
    (CAUSES, "To address twitching leg muscles caused by flat feet, consider the following strategies:"),
    (SHAKE, "The human body is a complex and fascinating system, with various physiological responses "
            "that can sometimes puzzle us."),
    (SHAKE, "Muscle fatigue occurs when muscles are overused or strained."),
    (SHAKE, "Consuming excessive amounts of caffeine or other stimulants can affect muscle control and "
            "contribute to leg shaking."),
    (SHAKE, "Remember, understanding the underlying causes is key to addressing and managing this "
            "intriguing leg shaking"),
]


@pytest.mark.parametrize(("name", "sentence"), CONTENT)
def test_content_sentences_survive_verbatim(cleaned: dict[str, CleanText], name: str, sentence: str) -> None:
    assert sentence in cleaned[name].text


@pytest.mark.parametrize("name", SEED)
def test_every_kept_line_is_a_normalized_line_of_the_file(raw: dict[str, str], cleaned: dict[str, CleanText],
                                                          name: str) -> None:
    original = {normalize_line(line) for line in raw[name].split("\n")}
    for line in lines_of(cleaned[name]):
        assert not line or line in original


@pytest.mark.parametrize("name", SEED)
def test_cleaning_keeps_most_of_each_article(raw: dict[str, str], cleaned: dict[str, CleanText],
                                             name: str) -> None:
    assert len(cleaned[name].text.split()) > 0.9 * len(raw[name].split())


@pytest.mark.parametrize("name", SEED)
def test_cleaning_is_idempotent(cleaned: dict[str, CleanText], name: str) -> None:
    assert clean_text(cleaned[name].text) == cleaned[name]


@pytest.mark.parametrize("name", SEED)
def test_cleaned_text_has_no_runs_of_blank_lines_or_edge_white_space(cleaned: dict[str, CleanText],
                                                                     name: str) -> None:
    text = cleaned[name].text
    assert "\n\n\n" not in text
    assert text == text.strip()
    assert all(line == line.strip() for line in lines_of(cleaned[name]))


@pytest.mark.parametrize("name", SEED)
def test_heading_offsets_are_line_starts(cleaned: dict[str, CleanText], name: str) -> None:
    clean = cleaned[name]
    assert clean.headings
    for offset in clean.headings:
        assert offset == 0 or clean.text[offset - 1] == "\n"
        assert clean.text[offset] not in "\n "


def test_title_printed_twice_is_kept_once(raw: dict[str, str], cleaned: dict[str, CleanText]) -> None:
    assert raw[LEGS].count("Muscle Twitching in Legs\n") == 2
    assert lines_of(cleaned[LEGS]).count("Muscle Twitching in Legs") == 1


# --------------------------------------------------------------------------------------------
# Titles and headings on the seed articles
# --------------------------------------------------------------------------------------------

TITLES = {
    CALF: "Understanding and Managing Calf Fasciculation and Hamstring Cramping During Walking: "
          "Causes and Solutions",
    STOP: "How to Stop and Prevent Twitching Leg or Cramps in Muscles?",
    LEGS: "Muscle Twitching in Legs",
    CAUSES: "What Causes Twitching Leg Muscles- Surprising Finds",
    SHAKE: "Why Does My Leg Shake When I Lift My Heel?",
}


@pytest.mark.parametrize("name", SEED)
def test_pick_title_of_each_seed_article(cleaned: dict[str, CleanText], name: str) -> None:
    assert pick_title(cleaned[name], "fallback") == TITLES[name]


@pytest.mark.parametrize(("name", "heading"), [
    (CALF, "Causes of Calf Fasciculation and Hamstring Cramping"),
    (CALF, "Dehydration and Electrolyte Imbalance"),
    (CALF, "Muscle Fatigue"),
    (CALF, "Nerve Issues"),
    (CALF, "Prevention and Management Strategies"),
    (STOP, "Twitching Leg Muscles Causes"),
    (STOP, "How to Stop Twitching Leg Muscles"),
    (LEGS, "Water consumption"),
    (CAUSES, "Understanding Flat Feet and Muscle Twitching"),
    (CAUSES, "Steps to Relieve Twitching Leg Muscles"),
    (SHAKE, "1. Muscle Fatigue:"),
    (SHAKE, "6. Dehydration or Electrolyte Imbalance:"),
    (SHAKE, "10. Lack of Physical Conditioning:"),
    (SHAKE, "Conclusion"),
])
def test_seed_headings_are_found(cleaned: dict[str, CleanText], name: str, heading: str) -> None:
    assert heading in cleaned[name].heading_lines()


def test_numbered_headings_of_the_shake_article(cleaned: dict[str, CleanText]) -> None:
    numbered = [h for h in cleaned[SHAKE].heading_lines() if h[0].isdigit()]
    assert [h.split(".")[0] for h in numbered] == [str(i) for i in range(1, 11)]
    assert all(h.endswith(":") for h in numbered)


@pytest.mark.parametrize("name", SEED)
def test_seed_bullets_and_sentences_are_not_headings(cleaned: dict[str, CleanText], name: str) -> None:
    for heading in cleaned[name].heading_lines():
        assert not heading.startswith("•")
        assert not heading.endswith((".", ","))
        assert len(heading.split()) <= 14


def test_lead_in_sentence_with_a_colon_is_not_a_heading(cleaned: dict[str, CleanText]) -> None:
    line = "To address twitching leg muscles caused by flat feet, consider the following strategies:"
    assert line in lines_of(cleaned[CAUSES])
    assert line not in cleaned[CAUSES].heading_lines()


# --------------------------------------------------------------------------------------------
# looks_like_heading and is_boilerplate on single lines
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "1. Muscle Fatigue:",
    "10. Lack of Physical Conditioning:",
    "Nerve Issues",
    "Causes of Calf Fasciculation and Hamstring Cramping",
    "Conclusion",
    "Water consumption",
    "Why Does My Leg Shake When I Lift My Heel?",
    "How to Stop and Prevent Twitching Leg or Cramps in Muscles?",
    "Vitamin B12 and Leg Cramps",
])
def test_heading_like_lines(line: str) -> None:
    assert looks_like_heading(line)


@pytest.mark.parametrize("line", [
    "To address twitching leg muscles caused by flat feet, consider the following strategies:",
    "• Drinking lots of water.",
    "• Toe Stretches",
    "- Calf Raises",
    "* Heel Drops",
    "Muscle fatigue occurs when muscles are overused or strained.",
    "Stay healthy!",
    "Remember, it is key.",
    "Is it bad?",
    "lowercase words are not a heading",
    "Rest. Then Stretch",
    "",
    "A" * 111,
    " ".join(["Word"] * 15),
    "1. " + " ".join(["Word"] * 10),
])
def test_lines_that_are_not_headings(line: str) -> None:
    assert not looks_like_heading(line)


@pytest.mark.parametrize("line", [
    "Leave a Comment", "Leave a Reply", "leave a reply cancel reply", "Cancel reply",
    "Your email address will not be published.", "Required fields are marked *",
    "Scroll to Top", "Back to top", "Share", "Share this", "Share this article", "Share on Facebook",
    "Tweet", "Print", "Follow us on Twitter", "Recommended Products", "Related Posts:",
    "You may also like", "3 Comments", "No comments yet", "Advertisement", "Sponsored content",
    "Click here to read more.", "Subscribe to our newsletter", "Next Post: Leg cramps at night",
    "All rights reserved.", "© 2024 Health Site", "Help someone with useful health advice.",
])
def test_widget_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate(normalize_line(line))


@pytest.mark.parametrize("line", [
    "Please share this advice with a friend who gets cramps at night.",
    "Share your symptoms with your doctor before starting supplements.",
    "Patients often share the same triggers: dehydration and fatigue.",
    "Leave a gap of two hours between caffeine and bedtime.",
    "Comments from patients suggest stretching helps.",
    "Print the exercise sheet and keep it by your bed.",
    "Recommended daily intake of magnesium is about 400 mg.",
])
def test_content_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_content_line_containing_share_is_kept() -> None:
    clean = clean_text("Night Cramps\nShare\nPlease share this advice with a friend who gets cramps.\n"
                       "Share this article")
    assert clean.text == "Night Cramps\nPlease share this advice with a friend who gets cramps."


# --------------------------------------------------------------------------------------------
# clean_text on small inputs
# --------------------------------------------------------------------------------------------


def test_consecutive_duplicate_lines_are_dropped() -> None:
    clean = clean_text("Leg Cramps\nLeg Cramps\nCramps hurt.\nCramps hurt.\nCramps hurt.\nStretch daily.")
    assert clean.text == "Leg Cramps\nCramps hurt.\nStretch daily."


def test_duplicates_separated_only_by_blank_lines_are_dropped() -> None:
    clean = clean_text("Leg Cramps\n\n\nLeg Cramps\n\nCramps hurt.")
    assert clean.text == "Leg Cramps\n\nCramps hurt."


def test_duplicates_after_white_space_normalization_are_dropped() -> None:
    clean = clean_text("Cramps  hurt.\nCramps\u00a0hurt.\u200b\n\tCramps hurt.  ")
    assert clean.text == "Cramps hurt."


def test_non_consecutive_repeats_are_kept() -> None:
    clean = clean_text("Cramps hurt.\nStretch daily.\nCramps hurt.")
    assert clean.text == "Cramps hurt.\nStretch daily.\nCramps hurt."


def test_boilerplate_between_duplicates_counts_as_absent() -> None:
    clean = clean_text("Cramps hurt.\nShare\nCramps hurt.\nStretch daily.")
    assert clean.text == "Cramps hurt.\nStretch daily."


def test_paragraph_breaks_become_one_blank_line() -> None:
    clean = clean_text("\n\nFirst para here.\n\n\n\nSecond para here.\n\n\n")
    assert clean.text == "First para here.\n\nSecond para here."


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends(newline: str) -> None:
    clean = clean_text(newline.join(["Leg Cramps", "", "Cramps hurt.", "Stretch daily."]))
    assert clean.text == "Leg Cramps\n\nCramps hurt.\nStretch daily."


def test_white_space_is_normalized_inside_lines_only() -> None:
    clean = clean_text("  Cramps\u00a0\u00a0can\u2009hurt\t a lot.  \nSoft\u00adhyphen and zero\u200bwidth.")
    assert clean.text == "Cramps can hurt a lot.\nSofthyphen and zerowidth."


def test_unicode_is_nfc_normalized() -> None:
    assert clean_text("Cafe\u0301 drinks.").text == "Caf\u00e9 drinks."


def test_empty_and_blank_input_give_empty_text() -> None:
    assert clean_text("") == CleanText("", frozenset())
    assert clean_text(" \n\t\n\u00a0\n") == CleanText("", frozenset())


def test_heading_offsets_in_a_small_text() -> None:
    clean = clean_text("Leg Cramps\nCramps hurt a lot.\n\nCommon Causes\nDehydration is one.")
    assert clean.headings == frozenset({0, clean.text.index("Common Causes")})
    assert clean.heading_lines() == ["Leg Cramps", "Common Causes"]


def test_heading_lines_handles_a_heading_on_the_last_line() -> None:
    clean = clean_text("Cramps hurt a lot.\nSee a Doctor")
    assert clean.heading_lines() == ["See a Doctor"]


def test_markdown_mode_uses_only_hash_headings() -> None:
    clean = clean_text("# Leg Cramps #\nTitle Case Line Here\n### Causes\n####### Not a heading",
                       markdown=True)
    assert clean.text == "Leg Cramps\nTitle Case Line Here\nCauses\n####### Not a heading"
    assert clean.heading_lines() == ["Leg Cramps", "Causes"]


def test_markdown_heading_that_is_boilerplate_is_dropped() -> None:
    clean = clean_text("# Leg Cramps\nCramps hurt.\n## Leave a Reply\nName", markdown=True)
    assert clean.text == "Leg Cramps\nCramps hurt.\nName"


def test_text_mode_keeps_hash_characters() -> None:
    clean = clean_text("# Leg Cramps\nCramps hurt.")
    assert clean.text == "# Leg Cramps\nCramps hurt."


# --------------------------------------------------------------------------------------------
# pick_title
# --------------------------------------------------------------------------------------------


def test_pick_title_takes_the_first_heading_not_the_first_line() -> None:
    clean = clean_text("cramps are common, say doctors.\nLeg Cramps Explained\nBody text.")
    assert pick_title(clean, "fallback") == "Leg Cramps Explained"


def test_pick_title_skips_boilerplate_before_the_title() -> None:
    clean = clean_text("Help someone with useful health advice.\n\nLeg Cramps\nBody text.")
    assert pick_title(clean, "fallback") == "Leg Cramps"


def test_pick_title_uses_a_short_first_line_without_headings() -> None:
    clean = clean_text("cramps hurt at night.\nStretch daily.")
    assert not clean.headings
    assert pick_title(clean, "fallback") == "cramps hurt at night."


def test_pick_title_falls_back_for_a_long_first_line() -> None:
    clean = clean_text("cramps " * 30 + "end.")
    assert pick_title(clean, "leg cramps") == "leg cramps"


def test_pick_title_falls_back_for_empty_text() -> None:
    assert pick_title(clean_text(""), "leg cramps") == "leg cramps"
