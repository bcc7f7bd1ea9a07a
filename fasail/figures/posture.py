"""Posture swimlanes: one lane per faction, dated posture periods as bars,
designations as marks on the lane. Overlapping periods stack in tracks."""
from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from ..dataset import Dataset
from ..dates import format_date, format_span
from ..palette import POSTURE_COLOURS
from ..schema import POSTURES
from .common import add_phase_bands, empty_figure, escape_text, finish
from ..vocab import label_of

TRACK_HEIGHT = 1.0       # y units per posture track
MARK_ROW = 1.1           # y units above a lane for designation marks and their labels
LANE_GAP = 0.7
BAR_WIDTH = 0.78
PX_PER_UNIT = 34
DESIGNATION_COLOUR = "#111111"


def designation_label(designation_type: str, authority: str) -> str:
    """Short mark label: 'FTO', 'SDGT', 'OFAC', 'Japan list'."""
    if designation_type in ("FTO", "SDGT"):
        return designation_type
    short = authority.split("(")[-1].rstrip(")") if "(" in authority else authority
    return f"{short} list" if designation_type == "terrorist_list" else short


def posture_label(posture: str) -> str:
    return label_of(posture)

def _tracks(periods: pd.DataFrame) -> list[int]:
    """Greedy interval packing: the first track whose last bar ended before this one starts."""
    ends: list[pd.Timestamp] = []
    out = []
    for a, b in zip(periods["x0"], periods["x1"]):
        for i, e in enumerate(ends):
            if a > e:
                ends[i] = b
                out.append(i)
                break
        else:
            ends.append(b)
            out.append(len(ends) - 1)
    return out


def posture_periods(ds: Dataset, entity_ids, start=None, end=None) -> pd.DataFrame:
    """Posture rows of the factions clipped to [start, end], with x0/x1, track and ongoing flag."""
    pos = ds.postures[ds.postures["entity_id"].isin(list(entity_ids))].copy()
    as_of = ds.latest_source_date or pd.Timestamp.today().normalize()
    hi = min(pd.Timestamp(end), as_of) if end is not None else as_of   # ongoing = as of the latest source
    pos["ongoing"] = pos["end"].isna()
    pos["x0"] = pos["start"]
    pos["x1"] = pos["end_last"].fillna(hi)
    pos["span"] = [format_span(a, str(ap), b, str(bp)) for a, ap, b, bp in
                   zip(pos["start"], pos["start_precision"], pos["end"], pos["end_precision"])]
    if start is not None:
        pos = pos[pos["x1"] >= pd.Timestamp(start)]
        pos["x0"] = pos["x0"].clip(lower=pd.Timestamp(start))
    if end is not None:
        pos = pos[pos["x0"] <= pd.Timestamp(end)]
        pos["x1"] = pos["x1"].clip(upper=pd.Timestamp(end))
    pos = pos.sort_values(["entity_id", "x0", "x1"]).reset_index(drop=True)
    pos["track"] = 0
    for eid, grp in pos.groupby("entity_id"):
        pos.loc[grp.index, "track"] = _tracks(grp)
    return pos


def _hover(r, name: str, titles: dict[str, str]) -> str:
    ev = "<br>".join(escape_text(line) for line in textwrap.wrap(r.evidence, 80)[:6])
    srcs = "<br>".join("· " + escape_text(textwrap.shorten(titles.get(s, s), 80)) for s in r.source_ids[:4])
    if len(r.source_ids) > 4:
        srcs += f"<br>· and {len(r.source_ids) - 4} more"
    return (f"<b>{escape_text(name)}</b> · {escape_text(posture_label(str(r.posture)))}<br>"
            f"{escape_text(r.span)}{' (ongoing)' if r.ongoing else ''} · {escape_text(str(r.confidence))} confidence<br>"
            f"{ev}<br>Sources:<br>{srcs}")


def _designation_marks(ds: Dataset, entity_ids, start, end) -> tuple[pd.DataFrame, int]:
    """Dated designations in the window, one mark per faction and date; and how many lack a date."""
    des = ds.designations[ds.designations["entity_id"].isin(list(entity_ids))]
    undated = int(des["date"].isna().sum())
    des = des.dropna(subset=["date"])
    if start is not None:
        des = des[des["date_last"] >= pd.Timestamp(start)]
    if end is not None:
        des = des[des["date"] <= pd.Timestamp(end)]
    if des.empty:
        return pd.DataFrame(columns=["entity_id", "date", "label", "hover", "source_ids"]), undated
    rows = []
    for eid, lane in des.sort_values("date").groupby("entity_id"):
        # One mark per date: listings on the same day share it, any other date has its own.
        for _, g in lane.groupby(["date", lane["date_precision"].astype(str)], sort=True):
            labels = list(dict.fromkeys(designation_label(str(t), a) for t, a in zip(g["designation_type"], g["authority"])))
            labels[-1] += " " + format_date(g["date"].iloc[0], "month" if str(g["date_precision"].iloc[0]) == "day"
                                            else str(g["date_precision"].iloc[0]))
            hover = "<br>".join(
                f"<b>{escape_text(str(t))}</b> · {escape_text(a)} · {escape_text(format_date(d, str(p)))}"
                + (f"<br><i>{escape_text(textwrap.shorten(n, 90))}</i>" if n else "")
                for t, a, d, p, n in zip(g["designation_type"], g["authority"], g["date"], g["date_precision"], g["note"]))
            rows.append({"entity_id": eid, "date": g["date"].iloc[0], "label": " + ".join(labels), "hover": hover,
                         "source_ids": tuple(s for ids in g["source_ids"] for s in ids)})
    return pd.DataFrame(rows), undated


LABEL_SPAN = 0.17   # share of the time axis one mark label needs


def _mark_labels(marks: pd.DataFrame, lo, hi) -> pd.DataFrame:
    """One label per run of marks closer than a label's width, anchored on the run's
    first mark (on its left near the right edge)."""
    span = (hi - lo) * LABEL_SPAN
    rows = []
    for eid, lane in marks.sort_values("date").groupby("entity_id", sort=False):
        run: list = []
        for r in lane.itertuples(index=False):
            if run and r.date - run[-1].date > span:
                rows.append(run)
                run = []
            run.append(r)
        rows.append(run)
    out = []
    for run in rows:
        first, last = run[0], run[-1]
        right_side = last.date > lo + (hi - lo) * 0.8
        out.append({"entity_id": first.entity_id, "date": last.date if right_side else first.date,
                    "label": " · ".join(r.label for r in run),
                    "position": "top left" if right_side else "top right"})
    return pd.DataFrame(out, columns=["entity_id", "date", "label", "position"])


def posture_figure(ds: Dataset, entity_ids, title: str, subtitle: str, source: str, start=None, end=None,
                   show_designations: bool = True, show_phases: bool = False, bar_markers: dict | None = None,
                   banner: str | None = None) -> go.Figure:
    """Swimlanes of dated posture periods for 1-4 factions on one time axis.

    `bar_markers` maps posture_id -> text appended to the bar label (e.g. '[3]')
    for static exports, where there is no hover.
    """
    ids = list(dict.fromkeys(entity_ids))
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    periods = posture_periods(ds, ids, start, end)
    marks, undated = _designation_marks(ds, ids, start, end) if show_designations else (pd.DataFrame(), 0)
    if periods.empty and marks.empty:
        who = ", ".join(names.get(i, i) for i in ids)
        return empty_figure(title, subtitle, source, f"No dated posture periods are recorded for {who}.")
    titles = dict(zip(ds.sources["source_id"], ds.sources["title"]))
    lo = pd.Timestamp(start) if start is not None else min(periods["x0"].min() if len(periods) else marks["date"].min(),
                                                            marks["date"].min() if len(marks) else pd.Timestamp.max)
    as_of = ds.latest_source_date or pd.Timestamp.today().normalize()
    hi = max(as_of, periods["x1"].max() if len(periods) else marks["date"].max())
    if end is not None:
        hi = min(pd.Timestamp(end), hi)
    # Lay out lanes top to bottom in the order given.
    lane_y: dict[str, dict[str, float]] = {}   # entity -> y of track 0, mark row, label, top edge
    y = 0.0
    for eid in ids:
        in_lane = periods["entity_id"] == eid
        n_tracks = int(periods.loc[in_lane, "track"].max() + 1) if in_lane.any() else 1
        has_marks = not marks.empty and bool((marks["entity_id"] == eid).any())
        first = y - (MARK_ROW if has_marks else 0.0) - TRACK_HEIGHT / 2
        lane_y[eid] = {"track0": first, "mark": y - MARK_ROW / 2, "top": y,
                       "label": first - (n_tracks - 1) * TRACK_HEIGHT / 2}
        y = first - (n_tracks - 1) * TRACK_HEIGHT - TRACK_HEIGHT / 2 - LANE_GAP
    fig = go.Figure()
    periods = periods.assign(y=[lane_y[e]["track0"] - t * TRACK_HEIGHT for e, t in zip(periods["entity_id"], periods["track"])])
    for posture in POSTURES:
        grp = periods[periods["posture"].astype(str) == posture]
        if grp.empty:
            continue
        text = [posture_label(posture) + ((bar_markers or {}).get(pid, "") and " " + bar_markers[pid])
                for pid in grp["posture_id"]]
        fig.add_trace(go.Bar(
            orientation="h", base=grp["x0"], x=(grp["x1"] - grp["x0"]).dt.total_seconds() * 1000, y=grp["y"],
            width=BAR_WIDTH, name=posture_label(posture), marker=dict(color=POSTURE_COLOURS[posture],
                                                                      line=dict(width=1, color="white")),
            text=[escape_text(t) for t in text], textposition="inside", insidetextanchor="start", textangle=0,
            textfont=dict(color="white", size=12), customdata=grp["posture_id"],
            hovertext=[_hover(r, names.get(r.entity_id, r.entity_id), titles) for r in grp.itertuples()],
            hovertemplate="%{hovertext}<extra></extra>", legendgroup="posture", legendgrouptitle_text="Posture",
        ))
    if not marks.empty:
        my = [lane_y[e]["mark"] for e in marks["entity_id"]]
        fig.add_trace(go.Scatter(
            x=marks["date"], y=my, mode="markers", name="designation (FTO, SDGT …)",
            marker=dict(symbol="diamond", size=12, color=DESIGNATION_COLOUR, line=dict(width=1, color="white")),
            hovertext=list(marks["hover"]), hovertemplate="%{hovertext}<extra>designation</extra>",
            legendgroup="des", legendgrouptitle_text="Marks", cliponaxis=False))
        # Marks too close for separate labels share one label line; each keeps its own diamond and date.
        labels = _mark_labels(marks, lo, hi)
        fig.add_trace(go.Scatter(
            x=labels["date"], y=[lane_y[e]["mark"] for e in labels["entity_id"]], mode="text",
            text=[escape_text(t) for t in labels["label"]], textposition=list(labels["position"]),
            textfont=dict(size=11, color=DESIGNATION_COLOUR), hoverinfo="skip", showlegend=False,
            cliponaxis=False))
    pad = (hi - lo) * 0.01
    if show_phases:
        add_phase_bands(fig, ds, lo, hi)
    ticks = [lane_y[e]["label"] for e in ids]
    fig.update_xaxes(type="date", range=[lo - pad, hi + pad], showgrid=True, gridcolor="#e6e6e6", title=None,
                     dtick="M12" if (hi - lo).days < 365 * 11 else "M24", tickformat="%Y", tickangle=0)
    fig.update_yaxes(tickvals=ticks, ticktext=[f"<b>{escape_text(names.get(e, e))}</b>" for e in ids],
                     range=[y + LANE_GAP / 2, 0.15 + (0.9 if show_phases else 0)], showgrid=False, zeroline=False, title=None)
    for eid in ids[1:]:   # thin separators between lanes
        fig.add_hline(y=lane_y[eid]["top"] + LANE_GAP / 2, line=dict(color="#cccccc", width=1))
    fig.update_layout(barmode="overlay", uniformtext=dict(minsize=9, mode="hide"), bargap=0)
    if undated:
        source = f"{source} · {undated} undated designation(s) not marked"
    height = int(95 + 90 + PX_PER_UNIT * abs(y))
    fig = finish(fig, title, subtitle, source, banner, height=max(400, height))
    return fig
