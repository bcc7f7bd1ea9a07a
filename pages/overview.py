"""Overview: what the dataset covers, where to start, how to cite."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel
from components.overview import overview_view
from components.shell import ensure_app_shell

ensure_app_shell()
ds = get_dataset()
st.title("Fasail — Iran's proxy network in Iraq")
show_problems(ds)
filter_panel(ds)
overview_view(ds)
