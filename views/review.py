"""Add an article: candidate records from new reporting, reviewed before anything is written."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page
from components.review import article_form, extraction_view, write_panel

ds = get_dataset()
st.title("Add an article")
show_problems(ds)
filters = filter_panel(ds, "review")
st.caption("Paste or upload new reporting: Fasail proposes candidate events (dated sentences naming a known "
           "actor) with who says what; you accept, edit or reject each. Nothing is written until you press "
           "Write; the write is checked against the whole dataset and can be undone.")
article_form(ds)
extraction_view(ds)
write_panel(ds)
finish_page(ds, filters)
