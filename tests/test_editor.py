"""Who may change the collection on the page (AppTest): read-only for visitors, editors sign in."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from tests.conftest import CORPUS, ROOT
from ui.auth import TOKEN_ENV

pytestmark = pytest.mark.e2e
APP = str(ROOT / "ui" / "app.py")
TOKEN = "a-long-editor-token-for-tests"
FLAT_FEET = "what-causes-twitching-leg-muscles.txt"


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, real_qa) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """A private corpus and a copy of the session's index, so tests may change both."""
    from ui import editor
    from ui.auth import SignInLimiter
    from ui.resources import get_qa

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    shutil.copytree(real_qa.settings.data_dir, tmp_path / "data")
    monkeypatch.setenv("HEALTHQA_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("HEALTHQA_CORPUS", str(corpus))
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    old = config.get_option("server.address")
    get_qa.clear()
    monkeypatch.setattr(editor, "_LIMITER", SignInLimiter())  # each test starts with no failures
    yield corpus
    config.set_option("server.address", old)
    get_qa.clear()


def _serve(address: str | None) -> None:
    config.set_option("server.address", address)


def _page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception
    return at


def _remove_buttons(at: AppTest) -> list[Any]:
    return [b for b in at.button if b.label == "Remove for good"]


def _uploaders(at: AppTest) -> list[Any]:
    return list(at.get("file_uploader"))


def _sign_in(at: AppTest, token: str) -> AppTest:
    at.text_input(key="editor-token").input(token)
    next(b for b in at.button if b.label == "Sign in").click().run()
    assert not at.exception
    return at


def _sidebar_text(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in (at.sidebar.markdown, at.sidebar.caption,
                                                at.sidebar.error, at.sidebar.success) for e in kind)


@pytest.mark.parametrize("address", ["0.0.0.0", None, "192.168.1.20"])
def test_visitors_of_a_shared_server_cannot_change_anything(site: Path, address: str | None) -> None:
    _serve(address)
    at = _page()
    assert not _uploaders(at) and not _remove_buttons(at)
    assert not [b for b in at.button if b.label == "Sign in"]  # no token: no way in at all
    assert "Read-only" in _sidebar_text(at) and TOKEN_ENV in _sidebar_text(at)
    assert "5 articles" in _sidebar_text(at)


def test_a_loopback_server_without_a_token_is_open_as_before(site: Path) -> None:
    _serve("127.0.0.1")
    at = _page()
    assert _uploaders(at) and len(_remove_buttons(at)) == 5


def test_the_write_path_itself_refuses_a_visitor(site: Path) -> None:
    """Even if a request reached the upload code without the widgets, nothing is copied."""
    _serve("0.0.0.0")

    def script() -> None:
        from dataclasses import dataclass

        import streamlit as st

        from index.errors import HealthQAError
        from ui.resources import copy_uploads, get_qa, remove_article

        @dataclass
        class Upload:
            name: str

            def getvalue(self) -> bytes:
                return b"Drinking diluted bleach cures leg cramps. Stop all your heart medicines."

        qa = get_qa()
        for attempt in (lambda: copy_uploads(qa, [Upload("bleach.txt")]),
                        lambda: remove_article(qa, "what-causes-twitching-leg-muscles.txt")):
            try:
                attempt()
                st.error("written")
            except HealthQAError as exc:
                st.info(str(exc))

    at = AppTest.from_function(script, default_timeout=180)
    at.run()
    assert not at.exception and not at.error
    assert [i.value for i in at.info] == ["only a signed-in editor can change the collection"] * 2
    assert sorted(p.name for p in site.iterdir()) == sorted(p.name for p in CORPUS.iterdir())


def test_an_editor_signs_in_and_removes_an_article(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    _serve("0.0.0.0")
    at = _page()
    assert not _uploaders(at) and not _remove_buttons(at)
    _sign_in(at, "not the token at all")
    assert any("not the editor token" in e.value for e in at.sidebar.error)
    assert not _uploaders(at)
    _sign_in(at, TOKEN)
    assert "Signed in as an editor" in _sidebar_text(at)
    assert _uploaders(at) and len(_remove_buttons(at)) == 5
    at.button(key=_remove_key(FLAT_FEET)).click().run()
    assert not at.exception
    assert f"Removed {FLAT_FEET}" in _sidebar_text(at).replace("\\", "")
    assert not (site / FLAT_FEET).exists()
    assert "4 articles" in _sidebar_text(at) and len(_remove_buttons(at)) == 4
    assert not [p for p in site.iterdir() if p.name.startswith(".")]  # nothing hidden left behind
    # Another browser session is still a visitor: signing in is per session.
    assert not _remove_buttons(_page())
    # And the editor can sign out again.
    next(b for b in at.button if b.label == "Sign out").click().run()
    assert not _uploaders(at) and not _remove_buttons(at)


def test_even_on_loopback_a_token_means_signing_in(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    _serve("localhost")
    at = _page()
    assert not _uploaders(at) and [b for b in at.button if b.label == "Sign in"]


def test_guessing_is_slowed_down_for_every_session(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.editor import limiter

    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    _serve("0.0.0.0")
    shared = limiter()  # the very object every session of this process gets
    shared._base = 120.0  # a first lockout long enough to outlast a slow test machine
    first = _page()
    for _ in range(5):
        _sign_in(first, "wrong guess number n")
        assert any("not the editor token" in e.value for e in first.sidebar.error)
    _sign_in(first, "wrong guess number n")
    assert any("Too many failed sign-ins" in e.value for e in first.sidebar.error)
    assert shared.wait() > 100
    # A new session, with the right token, must wait too: the lockout is the server's.
    second = _sign_in(_page(), TOKEN)
    assert any("Too many failed sign-ins" in e.value for e in second.sidebar.error)
    assert not _uploaders(second)
    # Any visitor's browser can make Streamlit empty its resource caches: the lockout stays, and
    # the service is not loaded a second time.
    import streamlit as st

    from ui.resources import get_qa

    service = get_qa()
    st.cache_resource.clear()
    assert limiter() is shared and shared.wait() > 100 and get_qa() is service


def test_a_short_token_keeps_the_page_read_only(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, "short")
    _serve("0.0.0.0")
    at = _page()
    assert any("at least 16 characters" in e.value for e in at.sidebar.error)
    assert not _uploaders(at) and not _remove_buttons(at)


def _remove_key(source: str) -> str:
    from ui.components import _key

    return f"remove-{_key(source)}"
