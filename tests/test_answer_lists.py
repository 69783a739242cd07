"""The items of an announced list as one answer span: where it starts, where it ends, what is no list."""

from __future__ import annotations

from ingest.sentences import split_spans
from qa.answer_lists import list_spans

# As cleaning leaves it: the nested bullets flattened to one level.
EXERCISES = (
    "Steps to Relieve Twitching\n\n"
    "• Stretching Exercises: Incorporate stretches for both the plantar fascia and leg muscles. "
    "Effective stretches include:\n"
    "• Toe Stretches: Gently pull your toes back to stretch the plantar fascia.\n"
    "• Calf Raises: Stand on your toes and slowly lower your heels.\n"
    "• Strengthening Exercises: Strengthen the muscles of your feet and legs. Exercises include:\n"
    "• Toe Tapping: Tap your toes to strengthen the muscles in your feet.\n"
    "• Arch Lifts: Practice lifting your arches to enhance foot strength.\n"
    "• Footwear and Orthotics: Consider supportive footwear. This can reduce the strain on your muscles.\n"
)


def spans(text: str, max_words: int = 90) -> list[str]:
    return [text[start:end] for start, end, _ in list_spans(text, split_spans(text), max_words)]


def test_a_bare_announcement_is_shown_with_the_sentence_it_belongs_to_and_its_items() -> None:
    found = spans(EXERCISES)
    assert found == [
        "Stretching Exercises: Incorporate stretches for both the plantar fascia and leg muscles. Effective stretches "
        "include:\n• Toe Stretches: Gently pull your toes back to stretch the plantar fascia.\n"
        "• Calf Raises: Stand on your toes and slowly lower your heels.",
        "Strengthening Exercises: Strengthen the muscles of your feet and legs. Exercises include:\n"
        "• Toe Tapping: Tap your toes to strengthen the muscles in your feet.\n"
        "• Arch Lifts: Practice lifting your arches to enhance foot strength.",
    ]
    assert all(span in EXERCISES for span in found)  # verbatim, so the passage can highlight it


def test_a_longer_announcement_is_left_out_and_items_may_run_over_several_sentences() -> None:
    text = ("Here's how flat feet can lead to twitching leg muscles:\n\n"
            "• Stretching: When the arch flattens, the fascia is stretched. This leads to tightness.\n"
            "• Biomechanics: The flattening changes the forces in your leg. The muscles overcompensate.\n"
            "• Strain: The leg muscles become fatigued and prone to twitching.\n\nNext heading")
    assert spans(text) == [
        "Stretching: When the arch flattens, the fascia is stretched. This leads to tightness.\n"
        "• Biomechanics: The flattening changes the forces in your leg. The muscles overcompensate.\n"
        "• Strain: The leg muscles become fatigued and prone to twitching."]


def test_an_indented_sublist_ends_where_its_indentation_does() -> None:
    text = "Try these:\n  • Rest the leg.\n  • Use an ice pack.\n• Another outer point here.\n"
    assert spans(text) == ["Rest the leg.\n  • Use an ice pack."]


def test_no_list_without_two_items_a_colon_at_a_line_end_or_room() -> None:
    assert spans("Causes include:\n• Dehydration after exercise.\nPlain text follows here.") == []
    assert spans("Note: this is a sentence with a colon.\n• One item.\n• Two items.") == []
    assert spans("Tips:\n• Rest the leg well.\n• Drink plenty of water.", max_words=5) == []
    assert spans("") == []
