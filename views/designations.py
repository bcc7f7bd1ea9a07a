"""Designations: every listing across factions, on one timeline and in one table."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.designations import designations_view
from components.filters import filter_panel, finish_page

ds = get_dataset()
st.title("Designations")
show_problems(ds)
filters = filter_panel(ds, "designations")
designations_view(ds, filters)
finish_page(ds, filters)
