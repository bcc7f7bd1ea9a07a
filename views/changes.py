"""What changed since a date: new events, ties started and ended, designations, postures, judgments, sources."""
import streamlit as st

from components.changes import changes_view
from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page

ds = get_dataset()
st.title("What changed")
show_problems(ds)
filters = filter_panel(ds, "changes")
changes_view(ds, filters)
finish_page(ds, filters)
