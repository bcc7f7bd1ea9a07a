"""Fasail: an analyst dashboard of Iran's proxy network in Iraq.

Run with `make run` (or `streamlit run app.py`). Pages are declared once in
components/nav.py; each wires the shared filters to components.
"""
from pathlib import Path

import streamlit as st

from components.data import start_run
from components.nav import navigation

HERE = Path(__file__).parent

st.set_page_config(page_title="Fasail", page_icon=str(HERE / "static" / "favicon.png"), layout="wide",
                   initial_sidebar_state="expanded")

start_run()
navigation().run()
