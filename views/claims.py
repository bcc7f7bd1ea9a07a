"""Claims vs evidence: claimed attacks against official counts and confirmed incidents."""
import streamlit as st

from components.claims import claims_view
from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page

ds = get_dataset()
st.title("Claims vs evidence")
show_problems(ds)
filters = filter_panel(ds, "claims")
claims_view(ds, filters)
finish_page(ds, filters)
