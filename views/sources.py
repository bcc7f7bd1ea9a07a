"""Sources & method: every source, the codebook, the known disagreements."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel, finish_page
from components.sources import codebook_view, disagreements_view, exports_view, sources_view

ds = get_dataset()
st.title("Sources & method")
show_problems(ds)
filters = filter_panel(ds, "sources")
tab_sources, tab_disagree, tab_export, tab_codebook = st.tabs(
    ["Sources", "Disagreements between sources", "Export the data", "Codebook"])
with tab_sources:
    sources_view(ds)
with tab_disagree:
    disagreements_view(ds)
with tab_export:
    exports_view(ds)
with tab_codebook:
    codebook_view()
finish_page(ds, filters)
