"""Page start-up shared by every page."""
from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def ensure_app_shell() -> None:
    """Make a deep link on a fresh server run through app.py's st.navigation.

    Streamlit decides at its first session whether a `pages/` folder means the
    old automatic multipage mode; until app.py has run once, a first request
    for /chronology would execute the page alone (no wide layout, file-name
    navigation). Switching the flag off and rerunning routes it through app.py.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
