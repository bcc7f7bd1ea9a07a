"""The app's pages, declared once: app.py builds the navigation from them and
every link between pages names them from here."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent.parent
# Page scripts live in views/, not pages/: a pages/ folder would switch on Streamlit's
# automatic multipage mode for the first request of a fresh server.
PAGES = {  # key: (script, title, url path)
    "overview": ("views/overview.py", "Overview", "overview"),
    "chronology": ("views/chronology.py", "Chronology", "chronology"),
    "network": ("views/network.py", "Network", "network"),
    "map": ("views/map.py", "Map", "map"),
    "factions": ("views/factions.py", "Factions", "factions"),
    "claims": ("views/claims.py", "Claims vs evidence", "claims"),
    "designations": ("views/designations.py", "Designations", "designations"),
    "changes": ("views/changes.py", "What changed", "changes"),
    "sources": ("views/sources.py", "Sources & method", "sources"),
    "review": ("views/review.py", "Add an article", "review"),
}


def navigation() -> st.navigation:
    pages = [st.Page(ROOT / script, title=title, url_path=path, default=(key == "overview"))
             for key, (script, title, path) in PAGES.items()]
    return st.navigation(pages)


def page_link(page: str, label: str, query: dict | None = None, container=st) -> None:
    """A link to `page` whose query parameters reproduce the view it names."""
    container.page_link(PAGES[page][0], label=label, query_params=query or {})
