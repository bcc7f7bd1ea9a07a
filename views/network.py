"""Network: who was tied to whom on a date, and what changed between two dates."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page
from components.network import network_controls, network_view

ds = get_dataset()
st.title("Network")
show_problems(ds)
filters = filter_panel(ds, "network")
view = network_controls(ds, filters)
network_view(ds, filters, view)
finish_page(ds, filters)
