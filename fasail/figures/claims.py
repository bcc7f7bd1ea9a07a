"""Claims vs counted: the register's incidents against the official running count and the
brand's own claimed totals, on one time axis (readable in greyscale: dash and marker differ)."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..coverage import claimed_totals, official_series, register_incidents
from .common import empty_figure, escape_text, finish, source_line

INK, GREY = "#222222", "#777777"


def _cumulative(events: pd.DataFrame, start) -> tuple[list, list]:
    dates = sorted(events["date"])
    xs, ys = [pd.Timestamp(start)], [0]
    for n, d in enumerate(dates, start=1):
        xs.append(d)
        ys.append(n)
    return xs, ys


def claims_vs_counted_figure(ds, start, end, title: str, banner: str | None = None) -> go.Figure:
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    inc = register_incidents(ds, start, end)
    inc = inc[inc["date_precision"].astype(str) != "year"]
    official = official_series(ds)
    official = official[(official["as_of"] >= start) & (official["as_of"] <= end)]
    claimed = claimed_totals(ds)
    claimed = claimed[(claimed["as_of"] >= start) & (claimed["as_of"] <= end)]
    ids = [s for x in official["source_ids"] for s in x] + [s for x in claimed["source_ids"] for s in x] \
        + [s for x in inc["source_ids"] for s in x]
    src = source_line(ds, len(inc), "incidents in the register", ids)
    subtitle = (f"running totals from {start:%d %b %Y} · register = attacks on US or coalition forces the sources "
                "report one by one (an event may hold several attacks) · gap = official count − register")
    if inc.empty and official.empty:
        return empty_figure(title, subtitle, src, "No incidents or official counts in this window.")
    fig = go.Figure()
    if len(official):
        fig.add_trace(go.Scatter(x=official["as_of"], y=official["value"], mode="lines+markers", line_shape="hv",
                                 name="Pentagon count of attacks (running total)",
                                 line=dict(color=INK, width=3), marker=dict(symbol="circle", size=8, color=INK),
                                 hovertemplate="%{x|%d %b %Y}: %{y} attacks (Pentagon)<extra></extra>"))
    for label, rows, dash, symbol, colour in (
            ("Register: every incident", inc, "solid", "square", "#0072B2"),
            ("Register: confirmed", inc[inc["claim_status"].astype(str) == "confirmed"], "dash", "diamond", "#009E73"),
            ("Register: claimed only", inc[inc["claim_status"].astype(str) == "claimed"], "dot", "triangle-up",
             "#D55E00")):
        xs, ys = _cumulative(rows, start)
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line_shape="hv", name=f"{label} ({len(rows)})",
                                 line=dict(color=colour, width=2.2, dash=dash),
                                 hovertemplate="%{x|%d %b %Y}: %{y} incidents<extra>" + label + "</extra>"))
    if len(claimed):
        fig.add_trace(go.Scatter(x=claimed["as_of"], y=claimed["value"], mode="markers",
                                 name="Islamic Resistance in Iraq: its own claimed total",
                                 marker=dict(symbol="x-thin-open", size=13, color=GREY, line=dict(width=2.5, color=GREY)),
                                 hovertext=[escape_text(x) for x in claimed["scope"]], hovertemplate="%{x|%d %b %Y}: %{y} claimed<br>%{hovertext}"
                                                                         "<extra></extra>"))
    if len(official) and len(inc):
        last = official.iloc[-1]
        n_reg = int((inc["date"] <= last["as_of"]).sum())
        fig.add_annotation(x=last["as_of"], y=int(last["value"]), text=f"gap on {last['as_of']:%d %b %Y}: "
                           f"{int(last['value'])} counted − {n_reg} in the register = {int(last['value']) - n_reg}",
                           showarrow=True, arrowhead=2, ax=-160, ay=-30, font=dict(size=12, color=INK),
                           bgcolor="white")
    fig.update_xaxes(range=[start - pd.Timedelta(days=3), end + pd.Timedelta(days=3)], gridcolor="#eee",
                     title=None)
    fig.update_yaxes(title="attacks / incidents (cumulative)", gridcolor="#eee", rangemode="tozero")
    return finish(fig, title, subtitle, src, banner, height=560)
