"""Chronology timeline and monthly tempo."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..dataset import Dataset
from ..palette import CLAIM_SYMBOLS, EVENT_TYPE_COLOURS, OTHER_COLOUR, faction_colour
from ..query import NO_FACTION, event_lanes, monthly_tempo
from ..schema import CLAIM_STATUSES
from .common import add_phase_bands, empty_figure, escape_text, finish
from ..vocab import label_of


MAX_POINTS = 4000  # beyond this one marker per event is unreadable and slow to draw
MAX_LANES = 24
MAX_COLOURS = 14
OTHER_KEY = "__other__"
LANE_PATTERNS = ("", "/", ".", "x", "\\", "-", "+", "|")  # stacked bars stay apart in greyscale


def _clip(text: str, width: int) -> str:
    """Cut long text for a tooltip (textwrap.shorten is too slow for 100k points)."""
    text = str(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _hover(date_label, claim_status, title, event_type, actors, source_ids, titles: dict[str, str]) -> str:
    srcs = "<br>".join("· " + escape_text(_clip(titles.get(s, s), 70)) for s in source_ids[:4])
    if len(source_ids) > 4:
        srcs += f"<br>· and {len(source_ids) - 4} more"
    actor_lines = "<br>".join(escape_text(_clip(a, 80)) for a in actors.split("; ")[:6]) if actors else "—"
    return (f"<b>{escape_text(date_label)}</b> · {escape_text(claim_status)}<br>"
            f"<b>{escape_text(_clip(title, 90))}</b><br>"
            f"<i>{escape_text(label_of(event_type))}</i><br>{actor_lines}<br>Sources:<br>{srcs}")


def _group_small(keys: pd.Series, names: pd.Series, keep: int, other: str) -> tuple[pd.Series, pd.Series]:
    """Keep the `keep` most frequent keys; the rest share one visible 'other' group (never dropped)."""
    counts = keys.value_counts()
    if len(counts) <= keep:
        return keys, names
    top = set(counts.index[: keep - 1])
    n_other = len(counts) - (keep - 1)
    label = f"{other} ({n_other})"
    small = ~keys.isin(top)
    return keys.where(~small, OTHER_KEY), names.where(~small, label)


def _add_weekly_density(fig: go.Figure, rows: pd.DataFrame, colour_of, colour_by: str) -> None:
    """Large selections: one marker per (lane, week, colour, claim status), sized by its count."""
    weekly = rows.assign(week=rows["date"].dt.to_period("W").dt.start_time,
                         claim=rows["claim_status"].astype(str))
    agg = weekly.groupby(["colour_key", "colour_name", "lane", "week", "claim"], observed=True).size()
    agg = agg.rename("n").reset_index()
    biggest = max(int(agg["n"].max()), 1)
    for key, grp in agg.groupby("colour_key", sort=True):
        fig.add_trace(go.Scatter(
            x=grp["week"], y=grp["lane"], mode="markers", name=str(grp["colour_name"].iloc[0]),
            legendgroup="colour", legendgrouptitle_text="Colour" if colour_by == "event_type" else "Faction",
            marker=dict(size=(6 + 22 * (grp["n"] / biggest) ** 0.5).round(1), color=colour_of(key),
                        symbol=[CLAIM_SYMBOLS[c] for c in grp["claim"]], line=dict(width=1.5, color=colour_of(key))),
            hovertext=[f"Week of {w:%d %b %Y}: <b>{n}</b> {escape_text(c)} event(s)<br>{escape_text(lane)}"
                       for w, n, c, lane in zip(grp["week"], grp["n"], grp["claim"], grp["lane"])],
            hovertemplate="%{hovertext}<extra></extra>"))


def chronology_figure(ds: Dataset, events: pd.DataFrame, title: str, subtitle: str, source: str,
                      lanes_by: str = "faction", colour_by: str = "faction", factions=None,
                      show_phases: bool = True, banner: str | None = None, window=None) -> go.Figure:
    """One lane per faction (or event type); colour by faction or type; symbol by claim status.

    Traces: one per colour group (named after it), plus one legend-only trace
    per claim status so the symbols are explained.
    """
    if events.empty:
        return empty_figure(title, subtitle, source, "No events match these filters.")
    rows = event_lanes(events, ds, lanes_by, factions)
    types = dict(zip(ds.entities["entity_id"].tolist(), ds.entities["type"].astype(str).tolist()))
    titles = dict(zip(ds.sources["source_id"].tolist(), ds.sources["title"].tolist()))
    if colour_by == "event_type":
        rows["colour_key"] = rows["event_type"].astype(str)
        rows["colour_name"] = rows["colour_key"].astype(str).map(label_of).astype(str)
        colour_of = lambda k: EVENT_TYPE_COLOURS.get(k, OTHER_COLOUR)  # noqa: E731
    else:
        rows["colour_key"] = rows["lane_id"] if lanes_by == "faction" else rows["faction_ids"].map(
            lambda ids: ids[0] if ids else NO_FACTION)
        names = dict(zip(ds.entities["entity_id"].tolist(), ds.entities["name"].tolist()))
        rows["colour_name"] = rows["colour_key"].map(lambda k: names.get(k, k))
        colour_of = lambda k: OTHER_COLOUR if k == OTHER_KEY else faction_colour(k, types.get(k))  # noqa: E731
    # Past MAX_LANES lanes or MAX_COLOURS colours a chart is unreadable: the smaller
    # groups share one labelled lane/colour, so every event stays on the chart.
    rows["lane_id"], rows["lane"] = _group_small(rows["lane_id"], rows["lane"], MAX_LANES, "other lanes")
    rows["colour_key"], rows["colour_name"] = _group_small(rows["colour_key"], rows["colour_name"], MAX_COLOURS,
                                                           "others")
    lane_order = (rows.groupby("lane")["date"].min().sort_values().index.tolist())
    # An event known only to a month or year sits mid-period, with a bar over the whole period.
    imprecise = rows["date_precision"].astype(str) != "day"
    rows["x"] = rows["date"].where(~imprecise, rows["date"] + (rows["date_last"] - rows["date"]) / 2)
    fig = go.Figure()
    if imprecise.any() and len(rows) <= MAX_POINTS:
        spans = rows[imprecise]
        xs, ys = [], []
        for a, b, lane in zip(spans["date"], spans["date_last"] + pd.Timedelta(hours=23), spans["lane"]):
            xs += [a, b, None]
            ys += [lane, lane, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name="date known to the month or year only (bar = period)",
                                 line=dict(width=7, color="rgba(90,90,90,0.35)"), hoverinfo="skip",
                                 legendgroup="precision", legendgrouptitle_text="Dates"))
    if len(rows) > MAX_POINTS:
        _add_weekly_density(fig, rows, colour_of, colour_by)
        source = f"{source} · {len(events)} events: each marker counts one week's events (area ∝ count)"
    for key, grp in ([] if len(rows) > MAX_POINTS else rows.groupby("colour_key", sort=True)):
        fig.add_trace(go.Scatter(
            x=grp["x"], y=grp["lane"], mode="markers", name=escape_text(str(grp["colour_name"].iloc[0])),
            legendgroup="colour", legendgrouptitle_text="Colour" if colour_by == "event_type" else "Faction",
            marker=dict(size=13, color=colour_of(key), symbol=[CLAIM_SYMBOLS[s] for s in grp["claim_status"].astype(str)],
                        line=dict(width=2, color=colour_of(key))),
            customdata=grp["event_id"],
            hovertext=[_hover(*cols, titles) for cols in zip(  # lists: iterating arrow strings is slow
                grp["date_label"].tolist(), grp["claim_status"].astype(str).tolist(), grp["title"].tolist(),
                grp["event_type"].astype(str).tolist(), grp["actors"].tolist(), grp["source_ids"].tolist())],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    for status in CLAIM_STATUSES:
        if status in set(rows["claim_status"].astype(str)):
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=status, legendgroup="claim",
                                     legendgrouptitle_text="Claim status", hoverinfo="skip",
                                     marker=dict(size=12, color="#444", symbol=CLAIM_SYMBOLS[status],
                                                 line=dict(width=2, color="#444"))))
    lo = rows["date"].min() - pd.Timedelta(days=20)
    hi = rows["date"].max() + pd.Timedelta(days=20)
    if window is not None:  # show exactly the window the analyst asked for
        a, b = pd.Timestamp(window[0]), pd.Timestamp(window[1]) + pd.Timedelta(days=1)
        pad = (b - a) * 0.02
        lo, hi = a - pad, b + pad
    if show_phases:
        add_phase_bands(fig, ds, lo, hi)
    fig.update_xaxes(range=[lo, hi], showgrid=True, gridcolor="#eee", title=None)
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(lane_order)), title=None,
                     showgrid=True, gridcolor="#f3f3f3")
    n_legend = sum(1 for t in fig.data if t.showlegend is not False) + 3   # entries + group titles
    height = max(420, 130 + 34 * len(lane_order) + 120, 190 + 21 * n_legend)  # the whole legend fits an export
    return finish(fig, title, subtitle, source, banner, height=height)


def tempo_figure(ds: Dataset, events: pd.DataFrame, title: str, subtitle: str, source: str,
                 by: str = "faction", factions=None, banner: str | None = None) -> go.Figure:
    """Events per month, stacked by faction or event type."""
    counts, year_only = monthly_tempo(events, ds, by, factions)
    if counts.empty:
        return empty_figure(title, subtitle, source, "No events match these filters.")
    types = dict(zip(ds.entities["entity_id"].tolist(), ds.entities["type"].astype(str).tolist()))
    fig = go.Figure()
    totals = counts.groupby("lane")["events"].sum().sort_values(ascending=False)
    for lane in totals.index:
        grp = counts[counts["lane"] == lane]
        key = grp["lane_id"].iloc[0]
        colour = EVENT_TYPE_COLOURS.get(key, "#999") if by == "event_type" else faction_colour(key, types.get(key))
        fig.add_trace(go.Bar(x=grp["month"], y=grp["events"], name=escape_text(str(lane)), marker_color=colour,
                             marker_pattern_shape=LANE_PATTERNS[len(fig.data) % len(LANE_PATTERNS)],
                             xperiod="M1", xperiodalignment="middle",
                             hovertemplate="%{x|%b %Y}: %{y} event(s)<extra>" + escape_text(str(lane)) + "</extra>"))
    fig.update_layout(barmode="stack", bargap=0.15)
    months = counts["month"]
    n_months = (months.max().year - months.min().year) * 12 + months.max().month - months.min().month + 1
    # Period labels sit in the middle of their tick interval: one tick per month (or per year)
    # keeps each label under its own bar.
    dtick, fmt = ("M1", "%b %Y") if n_months <= 18 else ("M12", "%Y")
    fig.update_xaxes(title=None, showgrid=False, tickformat=fmt, dtick=dtick, ticklabelmode="period",
                     range=[months.min() - pd.Timedelta(days=3), months.max() + pd.offsets.MonthEnd(1) + pd.Timedelta(days=3)])
    total = int(counts["events"].sum())
    subtitle = f"{subtitle} · {total} event{'s' * (total != 1)} in the bars"
    fig.update_yaxes(title="events per month", gridcolor="#eee", rangemode="tozero")
    if year_only:
        source = f"{source} · {year_only} event(s) dated only to a year are not in the monthly bars"
    return finish(fig, title, subtitle, source, banner, height=420)
