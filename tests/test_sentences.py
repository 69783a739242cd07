"""Unit tests of ingest.sentences: sentence boundaries, bullets, and spans that map back to the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.clean import clean_text
from ingest.sentences import ABBREVIATIONS, split_sentences, split_spans

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def check_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The invariants every result must keep: in range, ordered, disjoint, stripped, one line each."""
    stop = len(text) if end is None else end
    spans = split_spans(text, start, end)
    previous_end = start
    for s, e in spans:
        assert previous_end <= s < e <= stop
        piece = text[s:e]
        assert piece == piece.strip()
        assert "\n" not in piece
        previous_end = e
    if start == 0 and end is None:
        assert split_sentences(text) == [text[s:e] for s, e in spans]
    return spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in check_spans(text)]


# --------------------------------------------------------------------------------------------
# Boundaries
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Cramps hurt. Stretch daily.", ["Cramps hurt.", "Stretch daily."]),
    ("Is it serious? Yes! It can be.", ["Is it serious?", "Yes!", "It can be."]),
    ("Wait... What happened? Nothing…  Really.", ["Wait...", "What happened?", "Nothing…", "Really."]),
    ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
    ("Rest (see below). Next step.", ["Rest (see below).", "Next step."]),
    ("In 2020. Then 2021.", ["In 2020.", "Then 2021."]),
    ("Use vitamin B12. Vitamin B6 also.", ["Use vitamin B12.", "Vitamin B6 also."]),
    ("Cramps hurt. 20 percent of adults get them.", ["Cramps hurt.", "20 percent of adults get them."]),
    ("Cramps hurt. (Most go away.)", ["Cramps hurt.", "(Most go away.)"]),
    ("No stop at the end", ["No stop at the end"]),
], ids=["full-stops", "question-exclamation", "ellipses", "closing-quote", "closing-paren", "years",
        "vitamin-numbers", "digit-after", "paren-after", "no-final-stop"])
def test_ordinary_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr. Smith saw the patient. She was fine.", ["Dr. Smith saw the patient.", "She was fine."]),
    ("Ask Dr. Lee or Prof. Chan. They know.", ["Ask Dr. Lee or Prof. Chan.", "They know."]),
    ("Mr. and Mrs. Smith came. Ok.", ["Mr. and Mrs. Smith came.", "Ok."]),
    ("Eat fruit, e.g. Bananas, daily. Drink water.", ["Eat fruit, e.g. Bananas, daily.", "Drink water."]),
    ("Eat fruit, e.g. bananas, daily. Drink water.", ["Eat fruit, e.g. bananas, daily.", "Drink water."]),
    ("Drink water, i.e. Plenty of it. Rest.", ["Drink water, i.e. Plenty of it.", "Rest."]),
    ("Rest vs. Exercise is debated. Next.", ["Rest vs. Exercise is debated.", "Next."]),
    ("Muscles (see Fig. 3) twitch. Fine.", ["Muscles (see Fig. 3) twitch.", "Fine."]),
    ("It costs approx. 5 dollars. Ok.", ["It costs approx. 5 dollars.", "Ok."]),
    ("The U.S. Army studied it. Results vary.", ["The U.S. Army studied it.", "Results vary."]),
    ("St. John's wort helps. Try it.", ["St. John's wort helps.", "Try it."]),
    ("Ph.D. Holders know. Ok.", ["Ph.D. Holders know.", "Ok."]),
    ('("Dr. Smith") arrived. Ok.', ['("Dr. Smith") arrived.', "Ok."]),
], ids=["dr", "dr-prof", "mr-mrs", "eg-capital", "eg-lower", "ie", "vs", "fig", "approx", "us", "st",
        "phd", "quoted-dr"])
def test_abbreviations_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("abbreviation", ["dr", "e.g", "i.e", "vs", "fig", "approx", "u.s", "ph.d"])
def test_abbreviation_list_has_the_usual_ones(abbreviation: str) -> None:
    assert abbreviation in ABBREVIATIONS


@pytest.mark.parametrize(("text", "expected"), [
    ("Take 2.5 mg daily. The dose is 0.5 mg for children.",
     ["Take 2.5 mg daily.", "The dose is 0.5 mg for children."]),
    ("A temperature of 37.5 degrees. Then rest.", ["A temperature of 37.5 degrees.", "Then rest."]),
    ("Version 2.0 Released today. New.", ["Version 2.0 Released today.", "New."]),
    ("Eat 3.25 g of salt. Drink 1.5 litres.", ["Eat 3.25 g of salt.", "Drink 1.5 litres."]),
    ("Magnesium 0.3. Potassium 4.7.", ["Magnesium 0.3.", "Potassium 4.7."]),
])
def test_decimals_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("J. R. R. Tolkien wrote books. He was British.", ["J. R. R. Tolkien wrote books.", "He was British."]),
    ("A study by K. Smith found it. Others agree.", ["A study by K. Smith found it.", "Others agree."]),
    ("Ask Mary J. Blige. She knows.", ["Ask Mary J. Blige.", "She knows."]),
])
def test_initials_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cramps hurt. then they stop.", ["Cramps hurt. then they stop."]),
    ("Is it bad? maybe not.", ["Is it bad? maybe not."]),
])
def test_lower_case_after_a_stop_continues_the_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("medical conditions.Treatment works.", ["medical conditions.", "Treatment works."]),
    ("neurological conditions.Treatment Strategies", ["neurological conditions.", "Treatment Strategies"]),
    ("and symptoms.By understanding the causes.", ["and symptoms.", "By understanding the causes."]),
    ("Really?Yes it is.", ["Really?", "Yes it is."]),
    ("Visit Archmaker.net today. Ok.", ["Visit Archmaker.net today.", "Ok."]),
    ("Take vitamin B12.Then rest.", ["Take vitamin B12.Then rest."]),
    ("See www.example.com for more. Next.", ["See www.example.com for more.", "Next."]),
])
def test_missing_space_after_a_full_stop(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_glued_sentence_in_the_seed_article_is_split() -> None:
    text = (CORPUS / "calf-fasciculation-and-hamstring-cramping.txt").read_text(encoding="utf-8")
    found = sentences(text)
    assert "Seek advice from a healthcare professional for medication management and potential " \
           "neurological conditions." in found
    assert "Adopt a tailored treatment plan based on individual needs and symptoms." in found
    assert any(s.startswith("By understanding the causes and implementing") for s in found)


# --------------------------------------------------------------------------------------------
# Line breaks and bullets
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Line one without stop\nLine two also", ["Line one without stop", "Line two also"]),
    ("Dr.\nSmith came.", ["Dr.", "Smith came."]),
    ("Eat fruit, e.g.\nbananas.", ["Eat fruit, e.g.", "bananas."]),
    ("A sentence that\ncontinues in lower case.", ["A sentence that", "continues in lower case."]),
    ("First line.\n\n\nSecond line.", ["First line.", "Second line."]),
    ("Windows line.\r\nNext line.\r\n", ["Windows line.", "Next line."]),
    ("Heading\nBody sentence one. Body sentence two.",
     ["Heading", "Body sentence one.", "Body sentence two."]),
])
def test_line_breaks_always_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("• Drink water. Rest often.", ["Drink water.", "Rest often."]),
    ("- Stretch daily.", ["Stretch daily."]),
    ("* Stretch daily.", ["Stretch daily."]),
    ("– Stretch daily.", ["Stretch daily."]),
    ("— Dash bullet. Two.", ["Dash bullet.", "Two."]),
    ("● Round bullet.", ["Round bullet."]),
    ("▪ Square bullet.", ["Square bullet."]),
    ("    • Toe Stretches: Gently pull. Then hold.", ["Toe Stretches: Gently pull.", "Then hold."]),
    ("  • An unhealthy diet that is deficient in vitamins and minerals.",
     ["An unhealthy diet that is deficient in vitamins and minerals."]),
    ("3. muscle fatigue is common.", ["muscle fatigue is common."]),
    ("12) stretch well. Then rest.", ["stretch well.", "Then rest."]),
])
def test_list_bullets_are_left_out_of_spans(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_bullet_on_each_line_of_a_list() -> None:
    text = "Causes:\n• Dehydration.\n• Overuse of muscles.\n- Low potassium."
    assert sentences(text) == ["Causes:", "Dehydration.", "Overuse of muscles.", "Low potassium."]


@pytest.mark.parametrize(("text", "expected"), [
    ("1. Muscle Fatigue:", ["1. Muscle Fatigue:"]),
    ("10. Lack of Physical Conditioning:", ["10. Lack of Physical Conditioning:"]),
    ("-5 degrees is cold.", ["-5 degrees is cold."]),
    ("•No space after the dot.", ["•No space after the dot."]),
], ids=["numbered-heading", "numbered-heading-10", "minus-sign", "bullet-without-space"])
def test_things_that_look_like_bullets_but_are_not(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_numbered_heading_number_does_not_split_the_line() -> None:
    text = "3. Lack of Flexibility:\nLimited flexibility can contribute to shaking."
    assert sentences(text) == ["3. Lack of Flexibility:", "Limited flexibility can contribute to shaking."]


# --------------------------------------------------------------------------------------------
# Spans
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n", "\n\n\n", "  \t \n  ", "• ", "- \n* ", "  •  \n"])
def test_no_sentences_in_blank_text(text: str) -> None:
    assert split_spans(text) == []
    assert split_sentences(text) == []


@pytest.mark.parametrize("text", ["•", "•\nDrink water.", "Causes:\n●\nDehydration."])
def test_a_bullet_alone_on_its_line_is_not_a_sentence(text: str) -> None:
    assert all(text[s:e] not in "•●" for s, e in split_spans(text))


def test_spans_are_stripped_of_surrounding_space() -> None:
    text = "   Leading spaces.   Trailing spaces.   \n\t Tabbed line.\t"
    assert check_spans(text) == [(3, 18), (21, 37), (43, 55)]
    assert sentences(text) == ["Leading spaces.", "Trailing spaces.", "Tabbed line."]


def test_spans_of_a_sub_range_are_absolute_offsets() -> None:
    text = "Aaa bb. Bbb cc.\nCcc dd. Ddd ee."
    spans = check_spans(text, 8, len(text) - 8)
    assert [text[s:e] for s, e in spans] == ["Bbb cc.", "Ccc dd."]
    assert spans == [(8, 15), (16, 23)]


def test_sub_range_ends_a_sentence_at_its_end() -> None:
    text = "Cramps hurt a lot at night."
    assert [text[s:e] for s, e in check_spans(text, 0, 11)] == ["Cramps hurt"]


def test_sub_range_on_a_single_line_of_a_cleaned_text() -> None:
    text = "Leg Cramps\nCramps hurt. Stretch daily.\n\nSee a doctor."
    line_start = text.index("Cramps hurt")
    line_end = text.index("\n", line_start)
    spans = check_spans(text, line_start, line_end)
    assert [text[s:e] for s, e in spans] == ["Cramps hurt.", "Stretch daily."]


MIXED = (
    "Why Does My Leg Shake?\n"
    "  • Dr. Smith (a.k.a. the leg doctor) says 2.5 mg works, e.g. for cramps.  Try it!\n"
    "\n"
    "medical conditions.Treatment works... Does it? \"Yes.\" (Mostly.)\n"
    "3. muscle fatigue vs. nerve issues; i.e. two causes.\t\n"
    "— Last line with no stop"
)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_spans_map_back_on_the_raw_seed_articles(name: str) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    spans = check_spans(text)
    assert len(spans) > 10
    covered = " ".join(text[s:e] for s, e in spans)
    # Nothing but white space, bullets and lone punctuation ("...") is left out.
    assert re.findall(r"\w+", covered) == re.findall(r"\w+", text)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_spans_map_back_on_the_cleaned_seed_articles(name: str) -> None:
    text = clean_text((CORPUS / name).read_text(encoding="utf-8")).text
    check_spans(text)
    for s, e in split_spans(text):
        assert not text[s:e].startswith("• ")


def test_spans_map_back_on_mixed_text() -> None:
    assert sentences(MIXED) == [
        "Why Does My Leg Shake?",
        "Dr. Smith (a.k.a. the leg doctor) says 2.5 mg works, e.g. for cramps.",
        "Try it!",
        "medical conditions.",
        "Treatment works...",
        "Does it?",
        '"Yes."',
        "(Mostly.)",
        "muscle fatigue vs. nerve issues; i.e. two causes.",
        "Last line with no stop",
    ]


@pytest.mark.parametrize("cut", range(0, len(MIXED) + 1, 7))
def test_spans_map_back_on_every_prefix_and_suffix(cut: int) -> None:
    check_spans(MIXED[:cut])
    check_spans(MIXED[cut:])
    check_spans(MIXED, cut, len(MIXED))
    check_spans(MIXED, 0, cut)


def test_split_sentences_is_split_spans_sliced() -> None:
    assert split_sentences(MIXED) == [MIXED[s:e] for s, e in split_spans(MIXED)]


def test_etc_before_a_capital_ends_the_sentence() -> None:
    """'etc.' is far more often sentence-final than mid-sentence in health pages."""
    text = "Causes include cirrhosis, sarcoidosis, etc. Muscle twitches also follow dialysis."
    assert split_sentences(text) == ["Causes include cirrhosis, sarcoidosis, etc.",
                                     "Muscle twitches also follow dialysis."]
