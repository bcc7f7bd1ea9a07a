"""Chronology view: timeline, tempo, table."""
from __future__ import annotations

import streamlit as st

from fasail.dataset import Dataset
from fasail.dates import format_date
from fasail.figures.chronology import chronology_figure, tempo_figure
from fasail.figures.common import source_line
from fasail.query import events_in_window

from .charts import show_chart
from .events import events_section
from .filters import Filters


def chronology_view(ds: Dataset, f: Filters) -> None:
    c1, c2, c3 = st.columns([1, 1, 1])
    lanes_by = c1.radio("Lanes", ["faction", "event_type"], horizontal=True, key="chrono_lanes",
                        format_func=lambda v: v.replace("_", " "))
    colour_by = c2.radio("Colour", ["faction", "event_type"], horizontal=True, key="chrono_colour",
                         format_func=lambda v: v.replace("_", " "))
    phases = c3.toggle("Phase bands", value=True, key="chrono_phases")
    events = events_in_window(ds, **f.query_kwargs())
    title = f.describe(ds)
    ids = [s for ids in events["source_ids"] for s in ids]
    subtitle = (f"{len(events)} events · {format_date(f.start, 'day')} – {format_date(f.end, 'day')} · "
                "marker shape = claim status")
    fig = chronology_figure(ds, events, title, subtitle, source_line(ds, len(events), "events", ids),
                            lanes_by=lanes_by, colour_by=colour_by, factions=f.factions or None, show_phases=phases,
                            window=(f.start, f.end))
    show_chart(fig, "chronology_chart")
    tempo = tempo_figure(ds, events, f"Tempo · {title}", "events per month", source_line(ds, len(events), "events", ids),
                         by=lanes_by, factions=f.factions or None)
    show_chart(tempo, "tempo_chart")
    st.subheader("Events")
    events_section(ds, events, title, "chrono")
