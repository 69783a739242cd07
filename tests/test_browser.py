"""The page in a real headless Chromium (Debian's, driven by Playwright) against `healthqa serve`."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS, ROOT
from tests.serving import CHROMIUM, chromium, serving

SHOTS = ROOT / "test-output" / "screenshots"
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
# Questions the triage flags at each level, and one it leaves alone.
EMERGENCY = "my face is drooping on one side and my speech is slurred"
URGENT = "my calf cramp has lasted 20 minutes and won't let go"
SOON = "my leg has been twitching for three months"
ORDINARY = "does magnesium help with cramps?"
# Streamlit's alert kinds: red, orange and blue.
RED, ORANGE, BLUE = ("[data-testid='stAlertContentError']", "[data-testid='stAlertContentWarning']",
                     "[data-testid='stAlertContentInfo']")

if not CHROMIUM.exists():
    reason = "Debian chromium is not installed (apt-get install chromium); .ci/run installs it"
    if os.environ.get("HEALTHQA_REQUIRE_BROWSER"):
        raise RuntimeError(reason)  # CI must not skip the browser tests silently
    pytest.skip(reason, allow_module_level=True)

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`healthqa serve` on a free localhost port, over a private copy of the corpus."""
    home = tmp_path_factory.mktemp("served")
    shutil.copytree(CORPUS, home / "corpus")
    with serving(home, "127.0.0.1", {**os.environ}) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture(params=list(SIZES))
def page(request: pytest.FixtureRequest, browser: Any, server: str) -> Iterator[Any]:
    """The page at desktop and at phone size."""
    yield from _open(browser, server, request.param)


@pytest.fixture
def desktop(browser: Any, server: str) -> Iterator[Any]:
    yield from _open(browser, server, "desktop")


def _open(browser: Any, server: str, size: str) -> Iterator[Any]:
    context = browser.new_context(viewport=SIZES[size])
    page = context.new_page()
    page.size_name = size
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    page.set_default_timeout(120_000)
    page.goto(server)
    page.get_by_label("Your question").wait_for()
    yield page
    context.close()


def _shot(page: Any, name: str) -> None:
    """The whole page: Streamlit scrolls inside its main block, so the window is stretched."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = SIZES[page.size_name]
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(max(height, size["height"]), 6000)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / f"{name}-{page.size_name}.png"))
    page.set_viewport_size(size)


def _answered(page: Any, question: str | None = None) -> None:
    """Wait until the whole answer is on the page: Streamlit draws it element by element, and
    the fifth passage comes last. With the question given, the answer to that one (the one before
    stays on the page while the next is computed, so "You asked:" alone can be the old answer)."""
    if question is not None:
        page.get_by_text(f"You asked: {question}").wait_for()
    page.get_by_text("You asked:").wait_for()
    page.get_by_role("heading", name=re.compile(r"^\[5\] ")).wait_for()


def _ask(page: Any, question: str, *, folded: bool = False) -> None:
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")  # the keyboard alone is enough
    if folded:  # after an emergency notice or no answer the passages are folded away; their toggle comes last
        page.get_by_text(f"You asked: {question}").wait_for()
        page.get_by_text(re.compile(r"^Show the 5 (closest )?passages")).wait_for()
    else:
        _answered(page, question)


def _visible_notices(page: Any) -> list[Any]:
    """Care notices in view: alerts headed by an action (the "not covered" note is an alert too)."""
    alerts = page.locator(f"{RED}, {ORANGE}, {BLUE}").filter(has=page.get_by_role("heading"))
    return [n for n in alerts.all() if n.is_visible()]


def _assert_quiet_disclaimer(page: Any) -> None:
    """Readable, but not an alert: never announced like the care notice, never coloured like it."""
    assert page.get_by_text("not medical advice").first.is_visible(), "no disclaimer"
    assert page.get_by_role("alert").filter(has_text="not medical advice").count() == 0, "an alert"


def test_first_screen(page: Any) -> None:
    page.get_by_text("not medical advice").first.wait_for()
    if page.size_name == "desktop":  # on a phone the sidebar starts folded away
        # The caption streams in just after the heading: wait for it rather than race it.
        page.get_by_text("5 articles").first.wait_for()
    example = page.get_by_role("button", name="Can flat feet cause leg twitching?")
    example.wait_for()  # streamed in with the rest of the page: wait for it rather than race it
    assert example.is_visible()
    _assert_quiet_disclaimer(page)
    assert not _visible_notices(page)
    _shot(page, "01-empty")


def test_question_answer_citations_passages_sources(page: Any) -> None:
    _ask(page, "Can flat feet cause leg twitching?")
    assert page.get_by_role("heading", name="Answer").is_visible()
    citation = page.locator("a[href^='#passage-']").first
    target = citation.get_attribute("href")
    assert target and page.locator(f"[id='{target[1:]}']").count() == 1
    assert page.get_by_text("corpus/what-causes-twitching-leg-muscles.txt").first.is_visible()
    assert page.get_by_text("not medical advice").first.is_visible()
    _shot(page, "02-answer")
    # the answer and the sources it cites, as text to copy, only when asked for
    copied = page.locator("[data-testid='stCode']").filter(has_text="Sources:")
    assert copied.count() == 0
    page.get_by_role("button", name=re.compile("Copy the answer with its sources")).click()
    copied.first.wait_for(state="visible", timeout=10_000)
    assert re.search(r"Sources:\n\[\d\] What Causes Twitching Leg Muscles", copied.first.inner_text())
    page.keyboard.press("Escape")
    citation.click()
    page.wait_for_timeout(500)
    _shot(page, "03-after-citation-click")


def test_example_question_click(page: Any) -> None:
    # The sidebar lists the article of the same name as a button too.
    main = page.locator("[data-testid='stMain']")
    main.get_by_role("button", name="Why does my leg shake when I lift my heel?").click()
    _answered(page)
    assert page.get_by_label("Your question").input_value() == "Why does my leg shake when I lift my heel?"
    assert page.get_by_role("heading", name="Answer").is_visible()


def test_emergency_notice_leads_and_the_articles_come_second(page: Any) -> None:
    _ask(page, EMERGENCY, folded=True)
    [notice] = _visible_notices(page)
    assert notice.evaluate(f"n => n.matches({RED!r})")
    action = notice.get_by_role("heading", name=re.compile("Call an emergency number now"))
    assert action.is_visible()
    assert notice.locator("strong").filter(has_text=re.compile(r"^\d{3}$")).count() >= 1  # numbers
    secondary = page.get_by_role("heading", name=re.compile(r"^What the articles say"))
    assert page.get_by_role("heading", name="Answer", exact=True).count() == 0
    top = notice.bounding_box()["y"]
    assert top < secondary.bounding_box()["y"]
    # In view without scrolling, on a phone too: above the question box.
    assert top < page.get_by_label("Your question").bounding_box()["y"]
    assert notice.bounding_box()["y"] + notice.bounding_box()["height"] <= SIZES[page.size_name]["height"]
    assert not page.get_by_role("heading", name=re.compile(r"^\[1\] ")).is_visible()  # folded
    _assert_quiet_disclaimer(page)
    _shot(page, "04-emergency")


@pytest.mark.parametrize(("question", "kind", "title"), [(URGENT, ORANGE, "See a doctor today"),
                                                         (SOON, BLUE, "See a doctor soon")])
def test_urgent_and_soon_notices_sit_above_a_visible_answer(desktop: Any, question: str, kind: str,
                                                            title: str) -> None:
    page = desktop
    _ask(page, question)
    [notice] = _visible_notices(page)
    assert notice.evaluate(f"n => n.matches({kind!r})")
    assert notice.get_by_role("heading", name=re.compile(title)).is_visible()
    answer = page.get_by_role("heading", name="Answer", exact=True)
    assert answer.is_visible() and notice.bounding_box()["y"] < answer.bounding_box()["y"]
    _shot(page, f"09-{title.rsplit(' ', 1)[-1]}")


def test_ordinary_question_then_history_keeps_the_earlier_notice(page: Any) -> None:
    _ask(page, EMERGENCY, folded=True)
    _ask(page, ORDINARY)
    # The previous question's notice stays on screen until the rerun has finished: wait it out.
    page.wait_for_function("() => !document.querySelector(\"[data-testid='stAlert'] h3\")",
                           timeout=30_000)
    assert not _visible_notices(page)
    assert page.get_by_role("heading", name="Answer", exact=True).is_visible()
    _assert_quiet_disclaimer(page)
    earlier = page.locator("summary").filter(has_text=EMERGENCY)
    earlier.scroll_into_view_if_needed()
    assert earlier.is_visible() and "Emergency" in earlier.inner_text()
    # The marker is a badge of its own, not just words in the label.
    assert earlier.locator(".stMarkdownBadge").filter(has_text="Emergency").count() == 1
    _shot(page, "10-history")
    earlier.click()
    page.wait_for_timeout(300)
    assert page.locator(RED).filter(has_text="Call an emergency number now").first.is_visible()


def test_off_topic_shows_the_no_answer_state(page: Any) -> None:
    _ask(page, "What is the capital of France?", folded=True)
    assert page.get_by_text("don't mention “France”").first.is_visible()
    # What the collection covers instead of weak passages, which wait behind a disclosure.
    assert page.get_by_text("What this collection covers").is_visible()
    assert page.get_by_text("Show the 5 closest passages (weak match)").is_visible()
    assert not page.get_by_role("heading", name=re.compile(r"^\[1\] ")).is_visible()
    _shot(page, "05-no-answer")


def test_upload_then_cited_and_scripts_never_run(desktop: Any, tmp_path: Path) -> None:
    page = desktop
    article = tmp_path / "nocturnal-cramps-evil.html"
    article.write_text(
        "<html><head><title>Night cramps</title><script>window.__pwned = 1; alert('x')</script></head>"
        "<body><article><h1>Quinine and night cramps</h1><p>Quinine is no longer advised for night "
        "cramps because of rare but serious side effects. &lt;script&gt;alert(2)&lt;/script&gt; "
        "<img src=x onerror=\"window.__pwned = 2; alert(3)\"></p></article></body></html>")
    page.locator("section[data-testid='stSidebar'] input[type='file']").set_input_files(str(article))
    page.get_by_role("button", name="Add to the collection").click()
    page.get_by_text("Added nocturnal-cramps-evil.html").wait_for()
    _shot(page, "06-uploaded")
    _ask(page, "Is quinine still advised for cramps at night?")
    assert page.get_by_text("corpus/nocturnal-cramps-evil.html").first.is_visible()
    assert page.get_by_text("<script>alert(2)</script>").first.is_visible()  # shown as text
    assert page.evaluate("() => window.__pwned") is None and page.dialogs == []
    _shot(page, "07-upload-cited")


def test_bad_upload_is_refused_with_the_reason(desktop: Any, tmp_path: Path) -> None:
    page = desktop
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    page.locator("section[data-testid='stSidebar'] input[type='file']").set_input_files(str(bad))
    page.get_by_role("button", name="Add to the collection").click()
    page.get_by_text("scan.pdf: not a readable PDF").wait_for()
    _shot(page, "08-bad-upload")


def test_a_passage_opens_in_its_article_and_closing_returns_to_the_answer(page: Any) -> None:
    _ask(page, "Can flat feet cause leg twitching?")
    page.get_by_role("button", name="Read it in the article").nth(2).click()
    dialog = page.get_by_role("dialog")
    mark = dialog.locator(".st-key-cited-passage")
    mark.wait_for()
    assert "Cited passage [3]" in mark.inner_text()
    assert dialog.get_by_text("corpus/").first.is_visible()
    # Brought into view inside the reader, on a phone too.
    page.wait_for_function("() => { const r = document.querySelector('.st-key-cited-passage')"
                           ".getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight / 2; }",
                           timeout=10_000)
    _shot(page, "11-article")
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")
    assert page.get_by_role("heading", name="Answer").is_visible()  # the answer is where it was


def test_the_address_reproduces_the_answer(desktop: Any, server: str) -> None:
    page = desktop
    _ask(page, ORDINARY)
    assert "q=does+magnesium" in page.url or "q=does%20magnesium" in page.url
    page.goto(page.url)  # a reload, or the link opened by someone else
    _answered(page, ORDINARY)


def test_the_collection_opens_an_article(desktop: Any) -> None:
    page = desktop
    sidebar = page.locator("section[data-testid='stSidebar']")
    sidebar.get_by_label("Find an article").fill("heel")
    sidebar.get_by_label("Find an article").press("Enter")
    sidebar.get_by_role("button", name="Muscle Twitching in Legs").wait_for(state="detached")
    sidebar.get_by_role("button", name="Why Does My Leg Shake When I Lift My Heel?").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("heading", name="Why Does My Leg Shake When I Lift My Heel?").wait_for()
    assert dialog.locator(".st-key-cited-passage").count() == 0
    _shot(page, "12-collection-article")


def _serious_violations(page: Any) -> list[str]:
    """axe-core's serious and critical WCAG violations on the page as it stands."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_timeout(1000)  # Streamlit fades elements while a rerun finishes
    results = Axe().run(page)
    return [f"{v['id']}: {node['target']}" for v in results.response["violations"]
            if v["impact"] in ("serious", "critical") for node in v["nodes"]]


def test_no_serious_accessibility_violation_in_any_state(page: Any) -> None:
    found = {}
    page.get_by_role("button", name="Can flat feet cause leg twitching?").wait_for()
    found["empty"] = _serious_violations(page)
    _ask(page, "Can flat feet cause leg twitching?")
    found["answer"] = _serious_violations(page)
    page.get_by_role("button", name="Read it in the article").first.click()
    page.get_by_role("dialog").locator(".st-key-cited-passage").wait_for()
    found["article"] = _serious_violations(page)
    page.keyboard.press("Escape")
    page.get_by_role("dialog").wait_for(state="detached")
    _ask(page, "What is the capital of France?", folded=True)
    found["no answer"] = _serious_violations(page)
    _ask(page, EMERGENCY, folded=True)
    found["emergency"] = _serious_violations(page)
    assert not any(found.values()), found


def test_the_question_box_has_the_keyboard_and_answers_are_announced(page: Any) -> None:
    page.get_by_role("button", name="Can flat feet cause leg twitching?").wait_for()
    page.wait_for_function("() => document.activeElement && "
                           "document.activeElement.getAttribute('aria-label') === 'Your question'", timeout=10_000)
    page.keyboard.type(ORDINARY)  # typed straight away, no click
    page.keyboard.press("Enter")
    _answered(page, ORDINARY)
    status = page.get_by_role("status").filter(has_text="Answer:")
    assert status.count() == 1 and "magnesium" in status.inner_text().lower()
    # No "Press Enter to submit form" over the end of the typed question.
    assert not page.get_by_text("Press Enter to submit form").is_visible()
