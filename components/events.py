"""Event table, event detail and CSV download."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from fasail.dataset import Dataset
from fasail.figures.common import file_stem
from fasail.assertions import event_place, who_says_what
from fasail.citations import citations
from fasail.links import event_links
from fasail.tables import event_table, events_csv

from .export import guard
from .basket import add_events_button
from .nav import page_link
from .state import control_context
from .text import md_escape as _md


def source_list(ds: Dataset, source_ids, numbered: bool = False) -> None:
    """Sources as readable lines: title, publisher, date, link or seed file, flags."""
    lines = [f"{f'{n}.' if numbered else '-'} {c.markdown()}"
             for n, c in enumerate(citations(ds, source_ids), start=1)]
    if lines:
        st.markdown("\n".join(lines))


def event_detail(ds: Dataset, events: pd.DataFrame, event_id: str) -> None:
    row = events[events["event_id"] == event_id]
    if row.empty:
        return
    r = row.iloc[0]
    st.markdown(f"#### {_md(r['title'])}")
    facts = [f"**Date:** {r['date_label']} ({r['date_precision']} precision)", f"**Type:** {str(r['event_type']).replace('_', ' ')}",
             f"**Claim status:** {r['claim_status']}"]
    if r["location"]:
        facts.append(f"**Location:** {_md(r['location'])}")
    place = event_place(ds, event_id)
    if place:
        facts.append(f"**Place:** {_md(place)}")
    if pd.notna(r["killed"]) or pd.notna(r["injured"]):
        facts.append(f"**Casualties:** killed {'' if pd.isna(r['killed']) else r['killed']}, "
                     f"injured {'' if pd.isna(r['injured']) else r['injured']}")
    st.markdown(" · ".join(facts))
    st.markdown(_md(r["summary"]))
    if r["actors"]:
        st.markdown(f"**Actors:** {_md(r['actors'])}")
    said = who_says_what(ds, event_id)
    if len(said):
        st.markdown("**Who says what**")
        st.dataframe(said.drop(columns=["source_ids"]), hide_index=True, width="stretch", key=f"said_{event_id}")
    if r["note"]:
        st.info(_md(r["note"]))
    links = event_links(ds, r, control_context(ds))
    if links:
        cols = st.columns(min(len(links), 4))
        for n, (page, label, query) in enumerate(links):
            page_link(page, label, query, container=cols[n % len(cols)])
    st.markdown("**Sources**")
    source_list(ds, r["source_ids"])


MAX_TABLE_ROWS = 5000  # a browsable table; the CSV always has every filtered event


def shown_events(events: pd.DataFrame) -> pd.DataFrame:
    """The events the table lists (the latest MAX_TABLE_ROWS)."""
    return events if len(events) <= MAX_TABLE_ROWS else events.tail(MAX_TABLE_ROWS)


def events_table(ds: Dataset, events: pd.DataFrame) -> pd.DataFrame:
    """The page table of `events` (what events_section draws; cacheable with the events)."""
    return event_table(ds, shown_events(events))


def events_section(ds: Dataset, events: pd.DataFrame, view_title: str, key: str,
                   table: pd.DataFrame | None = None) -> None:
    """Table of the filtered events; a selected row shows its full record; CSV of exactly these rows.
    `table`: events_table(ds, events), when the caller has it cached."""
    shown = shown_events(events)
    if table is None:
        table = event_table(ds, shown)
    with st.container(horizontal=True, gap="small"):
        st.download_button(f"Download these {len(events)} events (CSV, with sources)",
                           guard("The events CSV", partial(events_csv, ds, events)),
                           file_name=file_stem(view_title) + ".csv", mime="text/csv", key=f"{key}_csv",
                           on_click="ignore")
        add_events_button(events, view_title, key)
    state = st.dataframe(table.drop(columns=["event_id"]), hide_index=True, width="stretch", key=f"{key}_table",
                         on_select="rerun", selection_mode="single-row",
                         column_config={"link": st.column_config.LinkColumn("link", display_text="open")})
    if len(shown) < len(events):
        st.warning(f"The table shows the latest {len(shown):,} of {len(events):,} events; the CSV has all of them. "
                   "Narrow the filters to browse the rest here.")
    rows = state.selection.rows if state is not None and hasattr(state, "selection") else []
    if rows:
        event_detail(ds, events, table.iloc[rows[0]]["event_id"])
    else:
        st.caption("Select a row to see the event's full record and sources.")
