"""Editor sign-in on the page: who may add or remove articles in this browser session."""

from __future__ import annotations

import os
from dataclasses import dataclass

import streamlit as st

from index.errors import AccessError
from ui.auth import (
    OPEN,
    READ_ONLY,
    SIGN_IN,
    TOKEN_ENV,
    SignInLimiter,
    check_token,
    editing_mode,
)

_SESSION_KEY = "_healthqa_editor"
_ERROR_KEY = "_healthqa_sign_in_error"
_TOKEN_WIDGET = "editor-token"


@dataclass(frozen=True)
class SignedIn:
    """The session's proof of sign-in. An instance of a class, not a plain value, so no widget
    state a browser sends can ever stand in for it."""


# Not in st.cache_resource: any visitor's browser can send Streamlit's "clear cache" message,
# which would hand a guesser a fresh limiter.
_LIMITER = SignInLimiter()


def limiter() -> SignInLimiter:
    """One limiter per server process, shared by every session: a guesser gains nothing by
    opening more tabs or by clearing the server's caches."""
    return _LIMITER


def _token() -> str | None:
    token = os.environ.get(TOKEN_ENV, "").strip()
    check_token(token or None)
    return token or None


def mode() -> str:
    """OPEN, SIGN_IN or READ_ONLY for this server (ui.auth.editing_mode)."""
    return editing_mode(st.get_option("server.address"), _token())


def can_edit() -> bool:
    current = mode()
    return current == OPEN or (current == SIGN_IN and isinstance(st.session_state.get(_SESSION_KEY),
                                                                   SignedIn))


def require_editor() -> None:
    """Called by every code path that writes to corpus/, not only by the page that hides the
    controls: a request that reaches a write without authority is refused here."""
    if not can_edit():
        raise AccessError("only a signed-in editor can change the collection")


def _sign_in(given: str) -> None:
    token = _token()
    if token is None:
        return
    outcome = limiter().attempt(given, token)
    if outcome.ok:
        st.session_state[_SESSION_KEY] = SignedIn()
        st.session_state.pop(_ERROR_KEY, None)
    elif outcome.wait > 0:
        st.session_state[_ERROR_KEY] = (
            f"Too many failed sign-ins on this server; try again in {outcome.wait:.0f} s.")
    else:
        st.session_state[_ERROR_KEY] = "That token is not the editor token."


def _submit() -> None:
    given = st.session_state.get(_TOKEN_WIDGET)
    _sign_in(given if isinstance(given, str) else "")


def _sign_out() -> None:
    st.session_state.pop(_SESSION_KEY, None)


def sign_in_panel() -> None:
    """The sidebar's access line: read-only, a sign-in form, or the signed-in editor's sign-out."""
    current = mode()
    if current == READ_ONLY:
        st.caption(f":material/lock: Read-only: this server does not allow changes. Its owner can "
                   f"set {TOKEN_ENV} to let editors sign in.")
    elif current == SIGN_IN and can_edit():
        st.caption(":material/edit: Signed in as an editor.")
        st.button("Sign out", key="sign-out", on_click=_sign_out)
    elif current == SIGN_IN:
        st.caption(":material/lock: Read-only for visitors. Editors sign in to add or remove articles.")
        # A callback, so the sign-in is settled before the page is drawn, controls included.
        with st.form("sign-in", clear_on_submit=True):
            st.text_input("Editor token", type="password", key=_TOKEN_WIDGET)
            st.form_submit_button("Sign in", on_click=_submit)
        error = st.session_state.pop(_ERROR_KEY, None)
        if error:
            st.error(error)
