"""Network: who was tied to whom on a date, and what changed between two dates."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel
from components.network import network_controls, network_view
from components.shell import ensure_app_shell

ensure_app_shell()
ds = get_dataset()
st.title("Network")
show_problems(ds)
filters = filter_panel(ds, dates=False, event_filters=False)
view = network_controls(ds)
network_view(ds, filters, view)
