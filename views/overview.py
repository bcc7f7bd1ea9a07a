"""Overview: what the dataset covers, where to start, how to cite."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page
from components.overview import overview_view

ds = get_dataset()
st.title("Fasail — Iran's proxy network in Iraq")
show_problems(ds)
filters = filter_panel(ds, "overview")
overview_view(ds)
finish_page(ds, filters)
