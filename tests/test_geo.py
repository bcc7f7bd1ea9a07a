"""The map: every event accounted for once, markers that add up, geometry that stays offline."""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from fasail.export import figure_png
from fasail.figures.common import TOPOJSON_DIR, TOPOJSON_URL, toolbar_config
from fasail.figures.geo import map_figure, outside_frame
from fasail.geo import event_points, map_facts, map_subtitle
from fasail.query import events_in_window

CAMPAIGN = (pd.Timestamp("2023-10-17"), pd.Timestamp("2024-02-29"))


def _accounted(points, missing) -> int:
    return int(points["count"].sum()) + missing["no_place"] + missing["no_coordinates"]


def test_every_event_is_on_the_map_once_or_counted_as_missing(shipped):
    events = events_in_window(shipped, *CAMPAIGN)
    points, missing = event_points(shipped, events)
    assert _accounted(points, missing) == len(events)
    drawn = [e for ids in points["event_ids"] for e in ids]
    assert len(drawn) == len(set(drawn))                                  # no event on two markers
    for r in points.itertuples():
        statuses = events.set_index("event_id").loc[list(r.event_ids), "claim_status"].astype(str)
        assert set(statuses) == {r.status} and len(statuses) == r.count


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_counts_add_up_for_any_subset_of_events(shipped, data):
    events = events_in_window(shipped)
    picked = data.draw(st.lists(st.integers(0, len(events) - 1), unique=True, max_size=60))
    sub = events.iloc[sorted(picked)]
    points, missing = event_points(shipped, sub)
    assert _accounted(points, missing) == len(sub)


def test_the_figure_draws_the_points_and_says_what_it_cannot(shipped):
    events = events_in_window(shipped, *CAMPAIGN)
    points, missing = event_points(shipped, events)
    outside = outside_frame(points)
    subtitle = map_subtitle(len(events), points, missing, outside)
    fig = map_figure(shipped, points, events, "Map", subtitle, "Data")
    drawn = [c for t in fig.data if t.customdata is not None for c in t.customdata]
    assert sorted(drawn) == sorted(f"{r.place_id}|{r.status}" for r in points.itertuples())
    shown = int(points["count"].sum()) - int(outside["count"].sum())
    assert subtitle.startswith(f"{shown} of {len(events)} events")
    if missing["no_coordinates"]:
        assert f"{missing['no_coordinates']} at places without coordinates" in subtitle
    facts = map_facts(points, events)
    assert facts and all(ids for _, ids in facts)


def test_geometry_comes_from_the_app_never_a_cdn(shipped):
    assert (TOPOJSON_DIR / "asia_50m.json").is_file() and not TOPOJSON_URL.startswith(("http", "/"))
    assert toolbar_config("t")["topojsonURL"] == TOPOJSON_URL
    import plotly.io as pio
    assert pio.defaults.topojson.startswith("file://") and pio.defaults.topojson.rstrip("/").endswith("topojson")
    events = events_in_window(shipped, *CAMPAIGN)
    points, _ = event_points(shipped, events)
    png = figure_png(map_figure(shipped, points, events, "Map", "s", "Data"), scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 30_000            # land and borders were drawn


def test_an_empty_selection_is_a_titled_empty_map(shipped):
    events = events_in_window(shipped, *CAMPAIGN).iloc[:0]
    points, missing = event_points(shipped, events)
    assert points.empty and missing == {"no_place": 0, "no_coordinates": 0}
    assert map_subtitle(0, points, missing, outside_frame(points)).startswith("0 of 0 events")
    fig = map_figure(shipped, points, events, "T", "S", "Data")
    assert fig.layout.meta["title"] == "T"
