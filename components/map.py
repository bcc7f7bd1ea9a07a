"""The events map: shared filters, a window slider, click a place to list its events."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from fasail.controls import describe, window_words
from fasail.dataset import Dataset
from fasail.figures.common import source_line
from fasail.figures.geo import map_figure, outside_frame
from fasail.geo import event_points, map_facts, map_subtitle, place_events
from fasail.query import events_in_window

from .charts import show_chart
from .events import events_section
from .export import ChartSlide, briefing_pack_button, export_settings
from .filters import Filters, page_controls
from .state import control_context

MAP_KEYS = ("faction", "type", "claim", "claimant", "attributor", "asserted", "fold")
K_PLACE = "map_place"


def map_view(ds: Dataset, f: Filters) -> None:
    c1, c2 = st.columns(2)
    page_controls(ds, f, ["since"], container=c1)
    state = page_controls(ds, f, ["until"], container=c2)
    start, end = pd.Timestamp(state["since"]), pd.Timestamp(state["until"])
    events = events_in_window(ds, **dict(f.query_kwargs(), start=start, end=end))
    points, missing = event_points(ds, events)
    outside = outside_frame(points)
    title = f"Map · {describe(state, control_context(ds), keys=MAP_KEYS)} · {window_words(state['since'], state['until'])}"
    ids = [s for x in events["source_ids"] for s in x]
    subtitle = map_subtitle(len(events), points, missing, outside)
    fig = map_figure(ds, points, events, title, subtitle, source_line(ds, len(events), "events", ids),
                     banner=export_settings().banner)
    chosen = show_chart(fig, "map_chart", selectable=True, facts=map_facts(points, events))
    clicked = [p.get("customdata") for p in (chosen.selection.points if chosen else []) if p.get("customdata")]
    places = (points.groupby(["place_id", "place"], as_index=False)["count"].sum()
              .sort_values(["count", "place"], ascending=[False, True]))
    options = places["place_id"].tolist()
    if clicked and clicked[0].split("|")[0] in options:
        st.session_state[K_PLACE] = clicked[0].split("|")[0]
    if st.session_state.get(K_PLACE) not in options:
        st.session_state.pop(K_PLACE, None)
    labels = dict(zip(places["place_id"], [f"{p} ({c} event{'s' * (c != 1)})" for p, c in zip(places["place"], places["count"])]))
    pid = st.selectbox("Events at a place (or click a marker)", options, format_func=labels.get, index=None,
                       key=K_PLACE, placeholder="Pick a place")
    if pid:
        here = points[points["place_id"] == pid]
        chosen_events = place_events(events, [e for ids in here["event_ids"] for e in ids])
        events_section(ds, chosen_events, f"{title} · {labels[pid]}", "map")
    briefing_pack_button(ds, [ChartSlide(fig, map_facts(points, events))], title, title, key="map_pack")
