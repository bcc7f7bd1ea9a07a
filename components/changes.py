"""What changed since a baseline date: the counts chart, one sourced section per kind, links, CSV, pack."""
from __future__ import annotations

import streamlit as st

from fasail.changes import (VERSION_NOTE, changes_export, changes_figure, changes_since, changes_summary,
                            compare_link, events_breakdown, item_links, section_export)
from fasail.citations import SourceNumbers
from fasail.controls import describe
from fasail.dataset import Dataset
from fasail.dates import format_date
from fasail.escape import csv_bytes
from fasail.figures.common import file_stem, source_line

from .charts import show_chart
from .events import source_list
from .export import ChartSlide, briefing_pack_button, export_settings
from .filters import Filters, page_controls
from .nav import page_link
from .state import control_context
from .text import md_escape

SECTION_NOTES = {
    "events": "Events dated after the baseline, grouped by type and claim status (a claim is not a confirmation). "
              "An event dated only to a month or year counts when its period ends after the baseline; the caveat "
              "column says when it may precede it.",
    "ties_started": "Ties whose start falls after the baseline. 'First attested' is only the first date a source "
                    "records the tie: the tie itself may be older.",
    "ties_ended": "Ties whose end falls after the baseline. 'Last attested' is not an end: it is the last date a "
                  "source records the tie, which may have lasted longer.",
    "designations": "Listings and delistings dated after the baseline (a listed person counts for the factions "
                    "they lead or belong to).",
    "postures": "Posture periods that began or ended after the baseline.",
    "judgments": "Who said what about whom, dated after the baseline.",
    "sources": "Sources published after the baseline, by publisher kind (each row is its own source).",
}


def changes_view(ds: Dataset, f: Filters) -> None:
    c1, _ = st.columns([2, 3])
    state = page_controls(ds, f, ["baseline"], container=c1)
    baseline = state["baseline"]
    ctx = control_context(ds)
    ch = changes_since(ds, baseline, f.factions)
    scope = describe(state, ctx, keys=("faction",))
    day = format_date(baseline, "day")
    st.caption(md_escape(VERSION_NOTE))
    title = f"What changed since {day} · {scope}"
    subtitle = (f"{ch.total} items dated after {day}, up to the latest source ({ch.latest_label or 'no dated source'})"
                " · hatched = dated only to a month or year whose period runs past the baseline")
    fig = changes_figure(ch, title, subtitle, source_line(ds, ch.total, "items", ch.source_ids),
                         banner=export_settings().banner)
    show_chart(fig, "changes_chart")
    page, label, query = compare_link(ch, ctx)
    page_link(page, md_escape(label), query)
    for key, label, table in ch.sections():
        _section(ds, ctx, f, key, label, table)
    everything = changes_export(ch)
    st.download_button(f"Download all {len(everything)} items (CSV, with source ids)", csv_bytes(everything),
                       file_name=f"{file_stem(title)}.csv", mime="text/csv", key="changes_csv", on_click="ignore")
    briefing_pack_button(ds, [ChartSlide(fig, changes_summary(ch))], f"Update since {day}",
                         f"{scope} · dated after {day}, up to {ch.latest_label or 'the latest source'}",
                         key="changes_pack")


def _section(ds: Dataset, ctx, f: Filters, key: str, label: str, table) -> None:
    st.subheader(f"{label} ({len(table)})")
    st.caption(SECTION_NOTES[key])
    if table.empty:
        st.caption("Nothing recorded after the baseline" + (" for these factions." if f.factions else "."))
        return
    if key == "events":
        st.dataframe(events_breakdown(table), hide_index=True, key="changes_events_breakdown")
    if key == "sources":
        kinds = table["kind"].value_counts()
        st.caption("By publisher kind: " + md_escape(", ".join(f"{n} {k}" for k, n in kinds.items())))
    numbers = SourceNumbers(ds, [s for ids in table["source_ids"] for s in ids])
    st.dataframe(section_export(key, table, numbers.markers), hide_index=True, width="stretch",
                 key=f"changes_{key}_table", column_config={"what": st.column_config.TextColumn(width="large")})
    if key in ("events", "ties_started", "ties_ended"):
        where = "chronology" if key == "events" else "network"
        with st.expander(f"Open each in the {where} ({len(table)})"):
            for _, row in table.iterrows():
                for page, text, query in item_links(key, row, ctx, f.factions):
                    page_link(page, md_escape(text, 160), query)
    cited = numbers.table["source_id"].tolist()
    with st.expander(f"Sources ({len(cited)}), numbered as in this table"):
        source_list(ds, cited, numbered=True)
