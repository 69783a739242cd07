"""The Streamlit page through streamlit.testing.v1.AppTest, on the real model and index."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from qa.answer import DISCLAIMER
from tests.conftest import CORPUS, ROOT
from ui.components import SECONDARY
from ui.view import escape

pytestmark = pytest.mark.e2e
APP = str(ROOT / "ui" / "app.py")
# Questions the triage flags at each level, and one it leaves alone.
EMERGENCY = "my face is drooping on one side and my speech is slurred"
URGENT = "my calf cramp has lasted 20 minutes and won't let go"
SOON = "my leg has been twitching for three months"
ORDINARY = "does magnesium help with cramps?"


@pytest.fixture
def app_env(monkeypatch: pytest.MonkeyPatch, real_qa) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from ui.resources import get_qa

    monkeypatch.setenv("HEALTHQA_DATA", str(real_qa.settings.data_dir))
    monkeypatch.setenv("HEALTHQA_CORPUS", str(CORPUS))
    get_qa.clear()
    yield
    get_qa.clear()


def _ask(question: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception
    at.text_input[0].input(question)
    at.button[0].click().run()
    assert not at.exception
    return at


def _text(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for kind in (at.info, at.warning, at.error, at.header, at.subheader) for e in kind]
    return "\n".join(str(p) for p in parts)


def _headings(at: AppTest) -> list[str]:
    """Section headings (h2), then passage titles (h3)."""
    return [h.value for h in at.header] + [s.value for s in at.subheader]


def _in_order(node: Any) -> Iterator[Any]:
    """Every element in page order (a block's children are keyed by position, not kept sorted)."""
    yield node
    for key in sorted(getattr(node, "children", {})):
        yield from _in_order(node.children[key])


def _alerts(at: AppTest) -> list[Any]:
    return [*at.error, *at.warning, *at.info]


def _top_notices(at: AppTest) -> list[Any]:
    """Alerts above the question box, where the latest question's care notice goes."""
    above = []
    for node in _in_order(at.main):
        if getattr(node, "type", None) == "text_input":
            return above
        if getattr(node, "type", None) in ("error", "warning", "info"):
            above.append(node)
    raise AssertionError("no question box")


def _assert_quiet_disclaimer(at: AppTest) -> None:
    """The disclaimer is plain Markdown in a frame, never an alert like the care notice."""
    assert [m for m in at.markdown if escape(DISCLAIMER) in m.value]
    assert not [a for a in _alerts(at) if "not medical advice" in a.value]


def test_first_screen_shows_the_disclaimer_and_the_collection(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception and not at.error and not at.warning
    _assert_quiet_disclaimer(at)
    assert "5 articles" in _text(at)
    assert len([b for b in at.button if b.label.endswith("?")]) >= 4  # example questions


def test_question_gives_answer_passages_sources_and_disclaimer(app_env: None) -> None:
    at = _ask("Can flat feet cause leg twitching?")
    text = _text(at)
    # Sections are h2 and passage titles h3 under them: the answer's heading is the larger.
    assert [h.value for h in at.header][:2] == ["Answer", "Passages"]
    titles = [s.value for s in at.subheader]
    assert titles[0].startswith("\\[1\\] What Causes Twitching Leg Muscles") and len(titles) == 5
    # Citation markers link to their passages: [**\[n\]**](#passage-n)
    assert re.search(r"\[\*\*\\\[(\d)\\\]\*\*\]\(#passage-\1\)", text), text[:300]
    assert ":orange-background[**" in text  # answer sentences highlighted in their passage
    assert escape("corpus/what-causes-twitching-leg-muscles.txt") in text  # the source file, plain text
    assert "relevance" in text
    # the answer can be copied as plain text with the sources it cites
    copied = [c.value for c in at.code]
    assert copied and copied[0].startswith("Q: Can flat feet cause leg twitching?"), copied
    assert re.search(r"Sources:\n\[\d\] What Causes Twitching Leg Muscles", copied[0]), copied[0]
    assert "not medical advice" in copied[0]
    _assert_quiet_disclaimer(at)
    assert not at.error


def test_example_question_is_asked_on_click(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    example = next(b for b in at.button if b.label.startswith("Can flat feet"))
    example.click().run()
    assert not at.exception
    assert at.text_input[0].value == "Can flat feet cause leg twitching?"
    assert "Answer" in _headings(at)


def test_emergency_leads_with_the_action_and_the_articles_come_second(app_env: None) -> None:
    at = _ask(EMERGENCY)
    assert len(at.error) == 1 and not at.warning
    notice = at.error[0]
    assert _top_notices(at) == [notice]
    assert notice.value.startswith("### :material/emergency: Call an emergency number now")
    assert re.search(r"\*\*\d{3}\*\*", notice.value)  # the numbers to call stand out
    assert "Answer" not in _headings(at)
    # The notice comes before the question box and the articles' answer, in page order.
    order = [n for n in _in_order(at.main) if n is notice or getattr(n, "value", None) == SECONDARY
             or getattr(n, "type", None) == "text_input"]
    assert order[0] is notice and order[-1].value == SECONDARY
    # The passages are folded away under the answer.
    assert [e.label for e in at.expander if e.label.startswith("Show the 5 ")]
    _assert_quiet_disclaimer(at)


@pytest.mark.parametrize(("question", "kind", "title"), [(URGENT, "warning", "See a doctor today"),
                                                         (SOON, "info", "See a doctor soon")])
def test_urgent_and_soon_notices_keep_the_answer_in_view(app_env: None, question: str, kind: str,
                                                         title: str) -> None:
    at = _ask(question)
    notices = _top_notices(at)
    assert len(notices) == 1 and notices[0].type == kind and title in notices[0].value
    assert not at.error
    assert _headings(at)[:2] == ["Answer", "Passages"]
    assert not at.expander  # passages in full view, not folded
    _assert_quiet_disclaimer(at)


def test_ordinary_question_has_no_notice(app_env: None) -> None:
    at = _ask(ORDINARY)
    assert not at.error and not at.warning and not at.info and not _top_notices(at)
    assert _headings(at)[:2] == ["Answer", "Passages"]
    _assert_quiet_disclaimer(at)


def test_an_earlier_notice_keeps_its_marker_in_the_history(app_env: None) -> None:
    at = _ask(EMERGENCY)
    at.text_input[0].input(ORDINARY)
    at.button[0].click().run()
    assert not at.exception
    assert not _top_notices(at)  # the new question has none
    [earlier] = [e for e in at.expander if EMERGENCY in e.label]
    assert earlier.label.startswith(":red-badge[:material/emergency: Emergency]")
    # Opened, it still carries the notice, headed by its action.
    assert [a for a in earlier.error if a.proto.title == "Call an emergency number now"]


def test_questions_are_kept_as_a_session_history(app_env: None) -> None:
    at = _ask("Can flat feet cause leg twitching?")
    at.text_input[0].input("Why does my leg shake when I lift my heel?")
    at.button[0].click().run()
    assert not at.exception
    assert "Earlier in this session" in _headings(at)
    assert [e.label for e in at.expander] == ["Can flat feet cause leg twitching?"]


def test_empty_question_gives_a_friendly_prompt(app_env: None) -> None:
    at = _ask("")
    assert not at.error
    assert any("Type a question" in i.value for i in at.info)
    _assert_quiet_disclaimer(at)


def test_off_topic_question_says_the_articles_do_not_cover_it(app_env: None) -> None:
    at = _ask("What is the capital of France?")
    # The word the question is about is named: the articles never mention France.
    assert any("don't mention “France”" in i.value for i in at.info)
    # What the collection does cover comes instead of weak passages, which are folded away.
    assert any("What this collection covers" in m.value for m in at.markdown)
    assert any("Muscle Twitching in Legs" in m.value for m in at.markdown)
    assert "Closest passages (weak match)" not in _headings(at)
    assert [e.label for e in at.expander] == ["Show the 5 closest passages (weak match)"]


def test_a_link_with_a_question_asks_it_and_asking_makes_the_link(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["q"] = "Can flat feet cause leg twitching?"
    at.run()
    assert not at.exception
    assert at.text_input[0].value == "Can flat feet cause leg twitching?"
    assert "Answer" in _headings(at)
    at.text_input[0].input(ORDINARY)
    at.button[0].click().run()
    assert at.query_params["q"] == ORDINARY
    # The link's question is asked once, not again on every rerun of the page.
    assert len([s for s in at.markdown if s.value.startswith("**You asked:**")]) == 1


def _dialog_text(at: AppTest) -> str:
    # A dialog is drawn outside the main block and AppTest has no accessor for it: walk the tree.
    [dialog] = [n for n in _in_order(at._tree) if getattr(n, "type", None) == "dialog"]
    return "\n".join(str(getattr(n, "value", "")) for n in _in_order(dialog))


def test_a_passage_opens_its_article_at_the_cited_passage(app_env: None) -> None:
    at = _ask("Can flat feet cause leg twitching?")
    [first, *_] = [b for b in at.button if b.label == "Read it in the article"]
    first.click().run()
    assert not at.exception
    text = _dialog_text(at)
    assert "What Causes Twitching Leg Muscles" in text and "Cited passage \\[1\\]" not in text
    assert "Cited passage [1]" in text and ":orange-background[" in text
    # The whole article is there, not only the passage: its last section too.
    assert "Professional Consultation" in text
    assert "Answer" in _headings(at)  # the answer stays behind the reader


def test_the_collection_can_be_searched_and_each_article_read(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    titles = [b.label for b in at.sidebar.button]
    assert len(titles) == 5
    at.sidebar.text_input(key="find-article").input("heel").run()
    assert [b.label for b in at.sidebar.button] == ["Why Does My Leg Shake When I Lift My Heel?"]
    at.sidebar.button[0].click().run()
    assert not at.exception
    assert "Cited passage" not in _dialog_text(at) and "heel" in _dialog_text(at).lower()
    at.sidebar.text_input(key="find-article").input("zebra").run()
    assert not at.sidebar.button
    assert any("zebra" in c.value for c in at.sidebar.caption)


def test_script_in_a_question_is_shown_as_text(app_env: None) -> None:
    at = _ask("<script>alert(1)</script> leg cramps?")
    assert not at.exception and "<script>" not in _text(at)


def test_app_builds_a_missing_index(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, real_embedder) -> None:  # type: ignore[no-untyped-def]
    from ui.resources import get_qa

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    monkeypatch.setenv("HEALTHQA_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("HEALTHQA_CORPUS", str(corpus))
    get_qa.clear()
    try:
        at = AppTest.from_file(APP, default_timeout=180)
        at.run()
        assert not at.exception and not at.error
        assert (tmp_path / "data" / "CURRENT").exists()
        assert "5 articles" in _text(at)
    finally:
        get_qa.clear()


def test_time_left_is_shown_once_there_is_a_pace() -> None:
    from ui.resources import remaining

    assert remaining(0.5, 1, 100) == ""  # too early to tell
    assert remaining(10.0, 0, 100) == ""
    assert remaining(10.0, 50, 100) == ", about 10 s left"
    assert remaining(60.0, 10, 100) == ", about 9 min left"
    assert remaining(60.0, 100, 100) == ""


def test_a_repaired_typo_is_named_under_the_question(app_env: None) -> None:
    at = _ask("why do my legs twich at night")
    assert any("you typed “twich”" in c.value for c in at.caption), [c.value for c in at.caption]
    assert not [c for c in _ask(ORDINARY).caption if "you typed" in c.value]


def test_a_follow_up_is_read_with_the_last_questions_topic(app_env: None) -> None:
    at = _ask("What causes leg cramps?")
    at.text_input[0].input("and how do I treat it?")
    at.button[0].click().run()
    assert not at.exception
    assert any(escape("follow-up to your last question, about “leg cramps”") in c.value for c in at.caption)
    assert "Answer" in _headings(at) and not any("don't cover" in i.value for i in at.info)
    # Asked first, the same words have no topic to lean on.
    assert any("don't cover" in i.value for i in _ask("and how do I treat it?").info)
