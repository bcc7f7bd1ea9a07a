"""Network: coming in its own issue."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel
from components.shell import ensure_app_shell

ensure_app_shell()
ds = get_dataset()
st.title("Network")
show_problems(ds)
filter_panel(ds)
st.info("This page is being built; nothing here yet.")
