"""Designations across factions: one row per listed entity or person, one mark per listing
(shape = designation type, colour = issuer, so it reads in greyscale too)."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..vocab import label_of
from .common import empty_figure, escape_text, finish

TYPE_SYMBOLS = {"FTO": "diamond", "SDGT": "circle", "sanctions": "square", "terrorist_list": "triangle-up",
                "other": "star"}
ISSUER_COLOURS = ("#222222", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#777777")
ROW_PX = 26


def _issuer_colours(table: pd.DataFrame) -> dict[str, str]:
    order = table["issuer"].value_counts().index.tolist()
    return {i: ISSUER_COLOURS[min(n, len(ISSUER_COLOURS) - 1)] for n, i in enumerate(order)}


def designations_figure(table: pd.DataFrame, title: str, subtitle: str, source: str,
                        banner: str | None = None) -> go.Figure:
    """The dated listings of `table` (fasail.designations.designations_table) on one time axis."""
    dated = table[table["date"].notna()]
    if dated.empty:
        return empty_figure(title, subtitle, source, "No dated listing matches these filters.")
    first = dated.groupby("listed")["date"].min().sort_values(kind="stable")
    rows = list(first.index)                      # earliest listed at the top
    # Numeric rows so listings of one name on one date sit side by side in its row, not on top of each other.
    row_y = {name: len(rows) - 1 - i for i, name in enumerate(rows)}
    dated = dated.assign(row_pos=dated["listed"].map(row_y).astype(float))
    same = dated.groupby(["listed", "date"])["designation_id"].transform("count")
    rank = dated.groupby(["listed", "date"]).cumcount()
    dated["row_pos"] += ((rank - (same - 1) / 2) * 0.28).where(same > 1, 0.0)
    colours = _issuer_colours(dated)
    fig = go.Figure()
    for (issuer, kind), g in dated.groupby(["issuer", "type"], sort=False):
        fig.add_trace(go.Scatter(
            x=g["date"], y=g["row_pos"], mode="markers", name=f"{label_of(kind)} · {issuer}",
            marker=dict(symbol=TYPE_SYMBOLS.get(kind, "circle"), size=13, color=colours[issuer],
                        line=dict(width=1, color="white")),
            hovertext=[escape_text(f"{r.listed}: {r.type_label} by {r.issuer}, {r.when}"
                                   + (f" · {r.legal_basis}" if r.legal_basis else "")
                                   + (f" · delisted {r.delisted}" if r.delisted else ""))
                       for r in g.itertuples()],
            hovertemplate="%{hovertext}<extra></extra>", legendgroup=issuer, showlegend=True))
    vague = dated[dated["date_precision"].astype(str) != "day"]
    if len(vague):
        xs, ys = [], []
        for r in vague.itertuples():
            xs += [r.date, r.date_last, None]
            ys += [r.row_pos, r.row_pos, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line=dict(color="#777777", width=4),
                                 name="date known to the month or year only (bar = period)", hoverinfo="skip"))
    off = dated[dated["delisted_date"].notna()]
    if len(off):
        fig.add_trace(go.Scatter(x=off["delisted_date"], y=off["row_pos"],
                                 mode="markers", name="delisted", marker=dict(symbol="x-thin", size=14,
                                                                              line=dict(width=3, color="#B00020"))))
    fig.update_yaxes(tickvals=[row_y[n] for n in rows], ticktext=[escape_text(n) for n in rows], title=None,
                     gridcolor="#eee", tickfont=dict(size=12), range=[-0.7, len(rows) - 0.3], zeroline=False)
    fig.update_xaxes(title=None, gridcolor="#eee")
    height = max(360, 170 + ROW_PX * len(rows))
    return finish(fig, title, subtitle, source, banner, height=height)
