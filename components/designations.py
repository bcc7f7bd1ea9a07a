"""Designations across factions: the timeline, the sortable table and their exports."""
from __future__ import annotations

import streamlit as st

from fasail.citations import SourceNumbers
from fasail.controls import describe
from fasail.dataset import Dataset
from fasail.designations import designations_export, designations_facts, designations_table
from fasail.escape import csv_bytes
from fasail.figures.common import file_stem, source_line
from fasail.figures.designations import designations_figure

from .charts import show_chart
from .events import source_list
from .export import ChartSlide, briefing_pack_button, export_settings
from .filters import Filters, page_controls
from .state import control_context


def designations_view(ds: Dataset, f: Filters) -> None:
    c1, c2, _ = st.columns([2, 2, 1])
    page_controls(ds, f, ["issuer"], container=c1)
    state = page_controls(ds, f, ["dtype"], container=c2)
    table = designations_table(ds, f.factions, state["issuer"], state["dtype"])
    scope = describe(state, control_context(ds), keys=("faction", "issuer", "dtype"))
    title = f"Designations and sanctions · {scope}"
    ids = [s for x in table["source_ids"] for s in x]
    undated = int(table["date"].isna().sum())
    subtitle = (f"{len(table)} listings, each of the entity or person listed · shape = type, colour = issuer"
                + (f" · {undated} without a date are in the table only" if undated else ""))
    fig = designations_figure(table, title, subtitle, source_line(ds, len(table), "listings", ids),
                              banner=export_settings().banner)
    show_chart(fig, "designations_chart", facts=designations_facts(table))
    numbers = SourceNumbers(ds, ids)
    shown = designations_export(table, numbers.markers)
    st.dataframe(shown, hide_index=True, width="stretch", key="designations_table",
                 column_config={"note": st.column_config.TextColumn(width="large")})
    st.download_button("Download these listings (CSV)", csv_bytes(shown), file_name=f"{file_stem(title)}.csv",
                       mime="text/csv", key="designations_csv", on_click="ignore")
    cited = numbers.table["source_id"].tolist()
    with st.expander(f"Sources ({len(cited)}), numbered as in the table"):
        source_list(ds, cited, numbered=True)
    briefing_pack_button(ds, [ChartSlide(fig, designations_facts(table))], title, scope, key="designations_pack")
