"""Sources & method: every source, the codebook, the known disagreements."""
import streamlit as st

from components.data import get_dataset, show_problems
from components.filters import filter_panel
from components.sources import codebook_view, disagreements_view, sources_view
from components.shell import ensure_app_shell

ensure_app_shell()
ds = get_dataset()
st.title("Sources & method")
show_problems(ds)
filter_panel(ds, dates=False, event_filters=False)
tab_sources, tab_disagree, tab_codebook = st.tabs(["Sources", "Disagreements between sources", "Codebook"])
with tab_sources:
    sources_view(ds)
with tab_disagree:
    disagreements_view(ds)
with tab_codebook:
    codebook_view()
