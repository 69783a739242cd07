"""Chromium against `healthqa serve --address 0.0.0.0`: visitors cannot change the collection by
any request; an editor who signs in with the token adds and removes an article. Every connection
goes to 127.0.0.1 only."""

from __future__ import annotations

import os
import re
import shutil
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS
from tests.serving import chromium, serving
from tests.test_browser import SHOTS, SIZES

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
TOKEN = "browser-test-editor-token-0123456789"
SIDEBAR = "section[data-testid='stSidebar']"
ARTICLE = ("<html><head><title>Night cramps</title></head><body><article><h1>Quinine and night "
           "cramps</h1><p>Quinine is no longer advised for night cramps because of rare but serious "
           "side effects. See https://example.org/quinine for the warning.</p></article></body></html>")


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """`healthqa serve --address 0.0.0.0` with an editor token: (url, corpus, server log)."""
    home = tmp_path_factory.mktemp("shared")
    shutil.copytree(CORPUS, home / "corpus")
    # Listening everywhere, but only ever reached on loopback.
    with serving(home, "0.0.0.0", {**os.environ, "HEALTHQA_EDITOR_TOKEN": TOKEN}) as url:
        yield url, home / "corpus", home / "serve.log"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def _names(corpus: Path) -> list[str]:
    return sorted(p.name for p in corpus.iterdir())


def _open(browser: Any, url: str) -> tuple[Any, Any, list[str]]:
    """A desktop page, and the ids of the Streamlit sessions its websocket was given."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    context = browser.new_context(viewport=SIZES["desktop"])
    page = context.new_page()
    page.set_default_timeout(120_000)
    sessions: list[str] = []

    def frame(payload: bytes | str) -> None:
        if isinstance(payload, bytes):
            msg = ForwardMsg()
            msg.ParseFromString(payload)
            if msg.WhichOneof("type") == "new_session":
                sessions.append(msg.new_session.initialize.session_id)

    page.on("websocket", lambda ws: ws.on("framereceived", frame))
    page.goto(url)
    page.get_by_label("Your question").wait_for()
    page.locator(SIDEBAR).get_by_text("5 articles").first.wait_for()
    return context, page, sessions


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-desktop.png"))


def test_the_server_says_how_editing_works(shared: tuple[str, Path, Path]) -> None:
    assert "editors sign in with HEALTHQA_EDITOR_TOKEN" in shared[2].read_text()


def test_a_visitor_finds_no_control_and_no_request_adds_an_article(
        browser: Any, shared: tuple[str, Path, Path]) -> None:
    url, corpus, _ = shared
    before = _names(corpus)
    context, page, sessions = _open(browser, url)
    sidebar = page.locator(SIDEBAR)
    assert sidebar.get_by_text("Read-only for visitors").is_visible()
    assert page.locator("input[type='file']").count() == 0
    assert page.get_by_role("button", name=re.compile("Remove")).count() == 0
    assert page.get_by_role("button", name="Add to the collection").count() == 0
    _shot(page, "11-visitor-read-only")

    # Streamlit's upload endpoint, with this very session's id and XSRF cookie: the bytes may
    # arrive, but no widget of this session takes them, and nothing copies them into corpus/.
    assert sessions, "no session id seen on the websocket"
    xsrf = next((c["value"] for c in context.cookies() if c["name"] == "_streamlit_xsrf"), "")
    endpoint = f"{url}/_stcore/upload_file/{sessions[-1]}/{uuid.uuid4()}"
    statuses = []
    for method in ("PUT", "POST"):
        response = page.request.fetch(endpoint, method=method, headers={"X-Xsrftoken": xsrf},
                                      multipart={"file": {"name": "bleach.txt", "mimeType": "text/plain",
                                                          "buffer": b"Drink diluted bleach for cramps."}})
        statuses.append(response.status)
    # And without the cookie, as any other client would send it.
    request = urllib.request.Request(endpoint, data=b"x", method="PUT")
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as exc:
        statuses.append(exc.code)
    # PUT with the session's id and XSRF token is accepted (204: Streamlit keeps the bytes in
    # memory for a widget this session does not have); POST is no route; no XSRF, no entry.
    assert statuses[0] in (204, 400, 403) and statuses[1] >= 400 and statuses[2] >= 400, statuses
    page.reload()
    page.get_by_label("Your question").wait_for()
    page.locator(SIDEBAR).get_by_text("5 articles").first.wait_for()
    assert _names(corpus) == before
    context.close()


def test_an_editor_signs_in_adds_and_removes_an_article(
        browser: Any, shared: tuple[str, Path, Path], tmp_path: Path) -> None:
    url, corpus, _ = shared
    before = _names(corpus)
    context, page, _ = _open(browser, url)
    sidebar = page.locator(SIDEBAR)
    sidebar.get_by_label("Editor token").fill("a wrong token, guessed")
    sidebar.get_by_role("button", name="Sign in").click()
    sidebar.get_by_text("not the editor token").wait_for()
    assert page.locator("input[type='file']").count() == 0
    sidebar.get_by_label("Editor token").fill(TOKEN)
    sidebar.get_by_role("button", name="Sign in").click()
    sidebar.get_by_text("Signed in as an editor").wait_for()
    _shot(page, "12-editor-signed-in")

    article = tmp_path / "quinine-night-cramps.html"
    article.write_text(ARTICLE)
    sidebar.locator("input[type='file']").set_input_files(str(article))
    sidebar.get_by_role("button", name="Add to the collection").click()
    sidebar.get_by_text("Added quinine-night-cramps.html").wait_for()
    sidebar.get_by_text("6 articles").first.wait_for()
    assert _names(corpus) == sorted([*before, article.name])

    # Its text is shown as text: the address in it is no link.
    box = page.get_by_label("Your question")
    box.fill("Is quinine still advised for cramps at night?")
    box.press("Enter")
    page.get_by_text("corpus/quinine-night-cramps.html").first.wait_for()
    assert page.get_by_text(re.compile("example.org/quinine")).first.is_visible()
    assert page.locator("a[href*='example.org']").count() == 0
    _shot(page, "13-editor-added")

    row = sidebar.locator("[class*='st-key-article-']").filter(has_text="Quinine and night cramps")
    row.get_by_role("button", name=re.compile("Remove")).click()
    page.get_by_role("button", name="Remove for good").click()
    sidebar.get_by_text("Removed quinine-night-cramps.html").wait_for()
    sidebar.get_by_text("5 articles").first.wait_for()
    assert _names(corpus) == before
    _shot(page, "14-editor-removed")
    context.close()
