"""Fasail: an analyst dashboard of Iran's proxy network in Iraq.

Run with `make run` (or `streamlit run app.py`). Pages are listed here
explicitly; each wires the shared filters to components.
"""
from pathlib import Path

import streamlit as st

HERE = Path(__file__).parent

st.set_page_config(page_title="Fasail", page_icon=str(HERE / "static" / "favicon.png"), layout="wide",
                   initial_sidebar_state="expanded")

PAGES = [
    st.Page(HERE / "pages" / "overview.py", title="Overview", url_path="overview", default=True),
    st.Page(HERE / "pages" / "chronology.py", title="Chronology", url_path="chronology"),
    st.Page(HERE / "pages" / "network.py", title="Network", url_path="network"),
    st.Page(HERE / "pages" / "factions.py", title="Factions", url_path="factions"),
    st.Page(HERE / "pages" / "sources.py", title="Sources & method", url_path="sources"),
]

st.navigation(PAGES).run()
