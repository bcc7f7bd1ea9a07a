"""Chronology view: timeline, tempo, table."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from fasail.dataset import Dataset
from fasail.dates import format_date
from fasail.figures.chronology import chronology_figure, tempo_figure
from fasail.figures.common import source_line
from fasail.query import events_in_window

from .charts import show_chart
from .data import data_key
from .events import event_detail, events_section, events_table
from .filters import Filters, page_controls


def chronology_figures(ds: Dataset, f: Filters, lanes_by: str = "faction", colour_by: str = "faction",
                       phases: bool = True) -> tuple[pd.DataFrame, go.Figure, go.Figure]:
    """The filtered events and the two charts, titled and sourced (no Streamlit calls:
    the briefing pack rebuilds them on click with the same wording)."""
    events = events_in_window(ds, **f.query_kwargs())
    title = f.describe(ds)
    ids = [s for ids in events["source_ids"] for s in ids]
    source = source_line(ds, len(events), "events", ids)
    subtitle = (f"{len(events)} events · {format_date(f.start, 'day')} – {format_date(f.end, 'day')} · "
                "marker shape = claim status")
    fig = chronology_figure(ds, events, title, subtitle, source, lanes_by=lanes_by, colour_by=colour_by,
                            factions=f.factions or None, show_phases=phases, window=(f.start, f.end))
    tempo = tempo_figure(ds, events, f"Tempo · {title}", "events per month", source, by=lanes_by,
                         factions=f.factions or None)
    return events, fig, tempo


def chronology_controls(ds: Dataset, f: Filters) -> None:
    """Lanes, colour and phase bands: page controls, mirrored in the URL."""
    cols = st.columns(3)
    for col, key in zip(cols, ("lanes", "colour", "phases")):
        page_controls(ds, f, [key], container=col)


@dataclass(frozen=True)
class _Drawn:
    """What the page draws for one page state, made once and shared by every session
    (never modified after)."""

    events: pd.DataFrame
    fig: go.Figure
    tempo: go.Figure
    table: pd.DataFrame       # the events table
    title: str                # f.describe(ds)


@st.cache_resource(max_entries=64, show_spinner=False)
def _cached_view(data_key: str, state: tuple, _ds: Dataset, _f: Filters) -> _Drawn:
    """The events, the two charts and the table per (data version, page state), shared by every
    session: a filter combination already drawn costs nothing (the figures are never modified after)."""
    events, fig, tempo = chronology_figures(_ds, _f, _f.get("lanes"), _f.get("colour"), _f.get("phases"))
    return _Drawn(events, fig, tempo, events_table(_ds, events),
                  _f.describe(_ds))


def _chronology_facts(ds: Dataset, events: pd.DataFrame):
    from fasail.deck import chronology_facts   # the deck code (python-pptx) only when a chart is added
    return chronology_facts(ds, events)


def _tempo_facts(ds: Dataset, events: pd.DataFrame):
    from fasail.deck import tempo_facts
    return tempo_facts(ds, events)


def chronology_view(ds: Dataset, f: Filters) -> None:
    state = tuple(sorted((k, repr(v)) for k, v in f.state.items()))
    drawn = _cached_view(data_key(), state, ds, f)
    events = drawn.events
    chosen = show_chart(drawn.fig, "chronology_chart", selectable=True, facts=lambda: _chronology_facts(ds, events))
    clicked = [p.get("customdata") for p in (chosen.selection.points if chosen else [])]
    clicked = [c for c in clicked if isinstance(c, str) and c in set(events["event_id"])]
    if clicked:
        with st.container(border=True):
            event_detail(ds, events, clicked[0])
    else:
        st.caption("Click an event on the timeline for its record, the network on its date and its factions' profiles.")
    show_chart(drawn.tempo, "tempo_chart", facts=lambda: _tempo_facts(ds, events))
    st.subheader("Events")
    events_section(ds, events, drawn.title, "chrono", table=drawn.table)
