"""The events map: Iraq and its neighbours, drawn offline from the app's own topojson.

Marker shape = claim status (reads in greyscale), colour = faction (grey when a
marker holds several factions' events), size = number of events at the place.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..geo import NONE, SEVERAL, marker_size
from ..palette import CLAIM_SYMBOLS, OTHER_COLOUR, faction_colour
from ..schema import CLAIM_STATUSES
from .common import empty_figure, escape_text, finish

# The frame: Iraq, with Syria, Jordan, Israel, Lebanon and western Iran around it.
LON_RANGE = (33.5, 50.0)
LAT_RANGE = (28.5, 38.6)
SEVERAL_COLOUR = "#999999"
COUNTRY_LABELS = ("iraq", "syria", "iran", "jordan", "israel", "lebanon")   # places.csv ids, at their own points
# Side of its reference point each country name sits on (neighbours' points lie close together).
LABEL_POSITIONS = {"iraq": "bottom right", "israel": "middle left", "jordan": "bottom right",
                   "lebanon": "top left", "syria": "top center"}


def in_frame(lat: float, lon: float) -> bool:
    return LAT_RANGE[0] <= lat <= LAT_RANGE[1] and LON_RANGE[0] <= lon <= LON_RANGE[1]


def outside_frame(points: pd.DataFrame) -> pd.DataFrame:
    """The markers the frame cannot show (same columns, possibly none)."""
    mask = pd.Series([not in_frame(a, b) for a, b in zip(points["latitude"], points["longitude"])],
                     index=points.index, dtype=bool)
    return points[mask]


def map_figure(ds, points: pd.DataFrame, events: pd.DataFrame, title: str, subtitle: str, source: str,
               banner: str | None = None) -> go.Figure:
    """`points` from fasail.geo.event_points; `events` gives the hover titles."""
    if points.empty:
        return empty_figure(title, subtitle, source, "No event in this selection has a place with coordinates.")
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    types = dict(zip(ds.entities["entity_id"], ds.entities["type"].astype(str)))
    titles = dict(zip(events["event_id"], events["title"]))
    dates = dict(zip(events["event_id"], events["date_label"]))
    fig = go.Figure()
    for key, g in points.groupby("faction_key", sort=True):
        colour = SEVERAL_COLOUR if key == SEVERAL else OTHER_COLOUR if key == NONE else faction_colour(key, types.get(key))
        label = "several factions" if key == SEVERAL else "no faction named" if key == NONE else names.get(key, key)
        hover = []
        for r in g.itertuples():
            lines = [f"{dates[e]}: {titles[e]}" for e in list(r.event_ids)[:6]]
            more = f"<br>… and {len(r.event_ids) - 6} more" if len(r.event_ids) > 6 else ""
            hover.append(f"<b>{escape_text(r.place)}</b> · {r.count} {r.status} · {escape_text(r.geo_precision)}<br>"
                         + "<br>".join(escape_text(x[:90]) for x in lines) + more)
        # The legend shows a plain circle per faction (a trace's legend symbol would be its first
        # marker's status shape); the markers themselves follow in the same legend group.
        fig.add_trace(go.Scattergeo(lon=[None], lat=[None], mode="markers", name=escape_text(label),
                                    legendgroup=f"faction-{key}", legendgrouptitle_text=None, hoverinfo="skip",
                                    marker=dict(size=12, color=colour, symbol="circle")))
        fig.add_trace(go.Scattergeo(
            lon=g["longitude"], lat=g["latitude"], mode="markers", name=escape_text(label), showlegend=False,
            legendgroup=f"faction-{key}",
            marker=dict(size=[marker_size(c) for c in g["count"]], color=colour, opacity=0.85,
                        symbol=[CLAIM_SYMBOLS[s] for s in g["status"]], line=dict(width=2, color=colour)),
            customdata=[f"{r.place_id}|{r.status}" for r in g.itertuples()],
            hovertext=hover, hovertemplate="%{hovertext}<extra></extra>"))
    for status in CLAIM_STATUSES:
        if status in set(points["status"]):
            fig.add_trace(go.Scattergeo(lon=[None], lat=[None], mode="markers", name=status, legendgroup="claim",
                                        legendgrouptitle_text="Claim status", hoverinfo="skip",
                                        marker=dict(size=12, color="#444", symbol=CLAIM_SYMBOLS[status],
                                                    line=dict(width=2, color="#444"))))
    labels = ds.places[ds.places["place_id"].isin(COUNTRY_LABELS)].dropna(subset=["latitude", "longitude"])
    labels = labels[[in_frame(a, b) for a, b in zip(labels["latitude"], labels["longitude"])]]
    if len(labels):
        fig.add_trace(go.Scattergeo(lon=labels["longitude"], lat=labels["latitude"], mode="text",
                                    text=[escape_text(n.upper()) for n in labels["name"]], showlegend=False,
                                    textposition=[LABEL_POSITIONS.get(p, "middle center") for p in labels["place_id"]],
                                    textfont=dict(size=13, color="#8a8a8a"), hoverinfo="skip"))
    fig.update_geos(scope="asia", resolution=50, projection_type="mercator",
                    lonaxis_range=list(LON_RANGE), lataxis_range=list(LAT_RANGE),
                    showcountries=True, countrycolor="#8a8a8a", countrywidth=1,
                    showland=True, landcolor="#f6f6f4", showocean=True, oceancolor="#e9eef2",
                    showlakes=True, lakecolor="#e9eef2", showrivers=True, rivercolor="#c9d6e2",
                    showcoastlines=True, coastlinecolor="#8a8a8a", showframe=True, framecolor="#bbbbbb")
    fig.update_geos(domain=dict(x=[0, 0.82], y=[0, 1]))
    fig = finish(fig, title, subtitle, source, banner, height=700)
    fig.update_layout(margin=dict(l=10, r=10))
    return fig
