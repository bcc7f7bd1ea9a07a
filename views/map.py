"""Map: the filtered events at their places (shipped gazetteer, drawn offline)."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page
from components.map import map_view

ds = get_dataset()
st.title("Map")
show_problems(ds)
filters = filter_panel(ds, "map")
map_view(ds, filters)
finish_page(ds, filters)
