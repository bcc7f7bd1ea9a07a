"""Claims vs evidence: the register against the official counts, and coverage per faction."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from fasail.controls import window_words
from fasail.coverage import data_completeness, faction_coverage, monthly_coverage
from fasail.dataset import Dataset
from fasail.escape import csv_bytes
from fasail.figures.claims import claims_vs_counted_figure

from .charts import show_chart
from .export import ChartSlide, briefing_pack_button, export_settings
from .filters import Filters, page_controls


def claims_view(ds: Dataset, f: Filters) -> None:
    c1, c2, _ = st.columns([1, 1, 2])
    page_controls(ds, f, ["since"], container=c1)
    state = page_controls(ds, f, ["until"], container=c2)
    start, end = pd.Timestamp(state["since"]), pd.Timestamp(state["until"])
    title = f"Claims vs counted: attacks on US forces · {window_words(state['since'], state['until'])}"
    fig = claims_vs_counted_figure(ds, start, end, title, banner=export_settings().banner)
    month = monthly_coverage(ds, start, end)
    show_chart(fig, "claims_chart", facts=_facts(month))
    st.subheader("Month by month: the register against the Pentagon's count")
    st.caption("official = the Pentagon's running total at its last report in the month minus the one before "
               "(the span says which reports); gap = official − register. The register holds each attack the "
               "sources report one by one; an event may hold several attacks, and claims no independent "
               "party confirms stay 'claimed'.")
    st.dataframe(month.drop(columns=["official_sources"]), hide_index=True, width="stretch", key="claims_months")
    st.download_button("Download the monthly coverage (CSV)", csv_bytes(month),
                       file_name="fasail_coverage_by_month.csv", mime="text/csv", key="claims_csv",
                       on_click="ignore")
    st.subheader("Events per faction and year, by claim status")
    st.dataframe(faction_coverage(ds), hide_index=True, width="stretch", key="claims_factions")
    st.subheader("What the data still lacks")
    st.caption("Gaps stay visible: events not yet placed on a point, sources not yet graded or dated. "
               "Same table: `python -m fasail coverage`.")
    st.dataframe(data_completeness(ds), hide_index=True, width="stretch", key="claims_completeness")
    facts = _facts(month)
    briefing_pack_button(ds, [ChartSlide(fig, facts)], title, title, key="claims_pack")


def _facts(month: pd.DataFrame) -> list[tuple[str, tuple[str, ...]]]:
    known = month.dropna(subset=["official"])
    if known.empty:
        return []
    ids = tuple(s for x in known["official_sources"] for s in x.split(";") if s)
    return [(f"The Pentagon counted {int(known['official'].sum())} attacks in these months; the register holds "
             f"{int(known['register'].sum())} incidents reported one by one, "
             f"{int(known['confirmed'].sum())} of them confirmed.", ids)]
