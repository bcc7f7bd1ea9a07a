"""Chronology: what happened, when, who did it, who only claimed it."""
import streamlit as st

from components.chronology import chronology_controls, chronology_view
from components.chronology_pack import chronology_pack_button
from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page

ds = get_dataset()
st.title("Chronology")
show_problems(ds)
filters = filter_panel(ds, "chronology")
chronology_controls(ds, filters)
chronology_pack_button(ds, filters)
chronology_view(ds, filters)
finish_page(ds, filters)
