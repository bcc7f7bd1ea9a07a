"""Factions: one faction's sourced profile, or 2-4 factions compared on one time axis."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page
from components.profile import MAX_COMPARE, compare_view, landing_view, profile_view

ds = get_dataset()
st.title("Factions")
show_problems(ds)
filters = filter_panel(ds, "factions")
chosen = filters.factions
if not chosen:
    landing_view(ds)
elif len(chosen) == 1:
    profile_view(ds, chosen[0], filters)
else:
    if len(chosen) > MAX_COMPARE:
        st.warning(f"Compare mode shows up to {MAX_COMPARE} factions; showing the first {MAX_COMPARE}.")
    st.caption("Compare mode: the date range in the sidebar sets the shared time axis.")
    compare_view(ds, chosen[:MAX_COMPARE], filters)
finish_page(ds, filters)
