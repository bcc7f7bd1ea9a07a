"""Network view: as-of graph (or two dates compared), focus, metrics, exports.

Page URL parameters (besides the shared filters):
  asof=YYYY-MM-DD     the date the network is drawn for (default: latest)
  compare=YYYY-MM-DD  a second date shown side by side, with ties gained and lost
  focus=<any spelling> an entity whose ego network is shown
  depth=1|2           ego-network depth
Malformed values are ignored with a warning.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import astuple, dataclass

import networkx as nx
import pandas as pd
import streamlit as st

from fasail.controls import describe
from fasail.dataset import Dataset
from fasail.escape import csv_bytes
from fasail.dates import format_date
from fasail.figures.common import file_stem, source_line
from fasail.figures.network import network_figure
from fasail.network import (compare_graph, edge_table, ego_union, graph_as_of, graph_diff,
                            graph_source_ids, layout_positions, network_metrics, source_labels)
from fasail.network_html import STATIC_ASSET_BASE, network_html
from fasail.links import view_query
from fasail.query import entity_names, front_parents
from fasail.schema import FACTION_TYPES

from .basket import add_chart_button
from .events import source_list
from .nav import page_link
from .network_canvas import clear_selection, network_canvas, selected
from .charts import show_chart
from .data import data_key
from .export import ChartSlide, briefing_pack_button
from .filters import Filters, page_controls
from .state import control_context, set_value
from .text import md_escape
from fasail.vocab import label_of

DEFAULT_COMPARE = dt.date(2020, 1, 1)
K_CMP_ON = "w_compare_on"
ASPECT = 1.8
VIEW_HEIGHT = 620


@dataclass
class NetworkView:
    asof: dt.date
    compare: dt.date | None
    focus: str | None
    depth: int
    rel_types: list[str]
    entity_types: list[str]
    hide_people: bool
    size_by: str
    include_undated: bool = False
    assertion_layer: bool = False


def _toggle_compare(ds: Dataset) -> None:
    on = st.session_state[K_CMP_ON]
    ctx = control_context(ds)
    set_value("compare", max(min(DEFAULT_COMPARE, ctx.asof_hi), ctx.lo) if on else None)


def network_controls(ds: Dataset, f: Filters) -> NetworkView:
    """As-of slider, compare, focus, depth and tie/actor filters: page controls, mirrored in the URL."""
    page_controls(ds, f, ["asof"])
    c1, c2, c3, c4 = st.columns([1.2, 2.2, 0.8, 1])
    st.session_state[K_CMP_ON] = f.get("compare") is not None
    c1.toggle("Compare with another date", key=K_CMP_ON, on_change=_toggle_compare, args=(ds,),
              help="Two dates on one layout, with the ties and actors gained and lost.")
    page_controls(ds, f, ["focus"], container=c2)
    page_controls(ds, f, ["depth"], container=c3)
    page_controls(ds, f, ["size"], container=c4)
    if f.get("compare") is not None:
        page_controls(ds, f, ["compare"])
    with st.expander("Tie and actor filters", expanded=bool(f.get("rel") or f.get("atype") or f.get("people")
                                                            or f.get("undated") or f.get("layer"))):
        page_controls(ds, f, ["rel", "atype", "people", "undated", "layer"])
    s = f.state
    return NetworkView(asof=s["asof"], compare=s["compare"], focus=s["focus"], depth=int(s["depth"]),
                       rel_types=list(s["rel"]), entity_types=list(s["atype"]), hide_people=bool(s["people"]),
                       size_by=s["size"], include_undated=bool(s["undated"]), assertion_layer=bool(s["layer"]))


# ------------------------------------------------------------------ building
def _centers(ds: Dataset, f: Filters, v: NetworkView) -> list[str]:
    parents = front_parents(ds) if f.fold_fronts else {}
    ids = list(f.factions) + ([v.focus] if v.focus else [])
    return list(dict.fromkeys(parents.get(i, i) for i in ids))


def _graph(ds: Dataset, when, f: Filters, v: NetworkView) -> nx.MultiDiGraph:
    g = graph_as_of(ds, when, v.rel_types or None, v.entity_types or None, v.hide_people, f.fold_fronts,
                    v.include_undated, v.assertion_layer)
    centers = _centers(ds, f, v)
    return ego_union(g, centers, v.depth) if centers else g


@st.cache_data(show_spinner=False, max_entries=64)
def _positions(data_key: str, rel_types: tuple, entity_types: tuple, hide_people: bool, fold: bool,
               centers: tuple, depth: int, layer: bool, _ds: Dataset) -> dict:
    """Layout of every tie ever (same filters): positions stay put while the date moves.
    `data_key` (the data directory) keys the cache; `_ds` is that directory's dataset."""
    g = graph_as_of(_ds, None, rel_types or None, entity_types or None, hide_people, fold, assertion_layer=layer)
    if centers:
        g = ego_union(g, centers, depth)
    return layout_positions(g, aspect=ASPECT)


def _scope(ds: Dataset, f: Filters, v: NetworkView) -> str:
    names = entity_names(ds)
    centers = _centers(ds, f, v)
    if centers:
        labels = [names.get(c, c) for c in centers]
        who = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        scope = f"{who}: ties within {v.depth} step{'s' if v.depth > 1 else ''}"
    else:
        scope = "All actors"
    extras = [describe(f.state, control_context(ds), keys=("rel", "atype", "people", "undated", "layer", "fold"))]
    return " · ".join(p for p in [scope, *extras] if p)


def _labels(ds: Dataset, g: nx.MultiDiGraph, when: dt.date, scope: str, size_by: str) -> tuple[str, str, str]:
    title = f"Network as of {format_date(when, 'day')} · {scope}"
    n, m = g.number_of_nodes(), g.number_of_edges()
    subtitle = (f"{n} actor{'s' * (n != 1)}, {m} tie{'s' * (m != 1)} active on {format_date(when, 'day')} · "
                f"shape = actor type, colour = faction, size = {size_by}")
    return title, subtitle, source_line(ds, g.number_of_edges(), "ties", graph_source_ids(g))


@dataclass(frozen=True)
class _Drawn:
    """Everything the page shows for one view, computed once per (data, filters, view) and shared by
    reruns and sessions (st.cache_resource: the same objects, never changed after building)."""
    g: nx.MultiDiGraph               # the graph on the as-of date
    shown: nx.MultiDiGraph           # what is drawn: g, or the two dates compared
    positions: dict
    html: str
    canvas_key: str
    title: str
    subtitle: str
    source: str
    metrics: pd.DataFrame
    edges: pd.DataFrame
    diff: dict | None
    span: tuple[dt.date, dt.date] | None
    facts: tuple

    def figure(self, size_by: str):
        return network_figure(self.shown, self.positions, self.title, self.subtitle, self.source, size_by=size_by)


def _view_key(f: Filters, v: NetworkView) -> tuple:
    """What a drawing depends on besides the data: the shared filters it uses and the view."""
    return (tuple(f.factions), bool(f.fold_fronts),
            tuple(tuple(x) if isinstance(x, list) else x for x in astuple(v)))


@st.cache_resource(show_spinner=False, max_entries=24)
def _drawn(data_key: str, view_key: tuple, _ds: Dataset, _f: Filters, _v: NetworkView) -> _Drawn:
    """The view built once per `data_key` (the data loaded) and `view_key` (see _view_key)."""
    ds, f, v = _ds, _f, _v
    scope = _scope(ds, f, v)
    positions = _positions(data_key, tuple(v.rel_types), tuple(v.entity_types), v.hide_people,
                           f.fold_fronts, tuple(_centers(ds, f, v)), v.depth, v.assertion_layer, ds)
    g = _graph(ds, v.asof, f, v)
    diff, span = None, None
    if v.compare is None:
        shown, key = g, "net_canvas"
        title, subtitle, src = _labels(ds, g, v.asof, scope, v.size_by)
    else:
        d0, d1 = sorted((v.compare, v.asof))
        g0, g1 = (_graph(ds, d0, f, v), g) if d1 == v.asof else (g, _graph(ds, d1, f, v))
        shown, key = compare_graph(g0, g1), "net_canvas_compare"
        title, subtitle, src = _compare_labels(ds, shown, d0, d1, scope)
        diff, span = graph_diff(g0, g1), (d0, d1)
    html = network_html(shown, positions, title, subtitle, src, source_labels=source_labels(ds), size_by=v.size_by,
                        height=VIEW_HEIGHT, file_stem=file_stem(title), asset_base=STATIC_ASSET_BASE,
                        interactive=True)
    metrics = network_metrics(g)
    return _Drawn(g=g, shown=shown, positions=positions, html=html, canvas_key=key, title=title, subtitle=subtitle,
                  source=src, metrics=metrics, edges=_readable_edges(edge_table(g)), diff=diff, span=span,
                  facts=tuple(_key_facts(ds, g, metrics, v.asof, diff, span)))


def _compare_labels(ds: Dataset, both: nx.MultiDiGraph, d0: dt.date, d1: dt.date, scope: str) -> tuple[str, str, str]:
    """Title, subtitle and source line of two dates drawn as one picture (gained, kept, lost styled apart)."""
    a, b = format_date(d0, "day"), format_date(d1, "day")
    title = f"Network on {a} compared with {b} · {scope}"
    count = lambda what, k: sum(1 for *_, d in what if d.get("change") == k)  # noqa: E731
    edges = list(both.edges(data=True))
    nodes = list(both.nodes(data=True))
    subtitle = (f"ties: {count(edges, 'gained')} gained, {count(edges, 'kept')} kept, {count(edges, 'lost')} lost · "
                f"actors: {count(nodes, 'gained')} new, {count(nodes, 'lost')} gone · thick solid = gained, "
                "thin = kept, dashed = lost")
    return title, subtitle, source_line(ds, both.number_of_edges(), "ties", graph_source_ids(both))


@st.fragment
def _drawing(ds: Dataset, html: str, height: int, key: str, g: nx.MultiDiGraph, v: NetworkView) -> None:
    """The drawing and what a click on it selected. A fragment: a click reruns only this part,
    so the answer does not wait for the page's metrics and tables."""
    network_canvas(html, height, key)
    _selection_panel(ds, g, v)


def _selection_panel(ds: Dataset, g: nx.MultiDiGraph, v: NetworkView) -> None:
    """What a click on the drawing picked: a node's profile, chronology and focus links; a tie's sources."""
    pick = selected()
    node, edge = pick.get("node"), pick.get("edge")
    tie = next(((a, b, d) for a, b, d in g.edges(data=True) if d["rel_id"] == edge), None) if edge else None
    if not (node in g or tie):
        st.caption("Click an actor for its profile and chronology, or a tie for its sources.")
        return
    ctx = control_context(ds)
    with st.container(border=True, key="net_selection"):
        if node in g:
            d = g.nodes[node]
            st.markdown(f"**Selected: {md_escape(d['name'])}** · {md_escape(label_of(d['type']))} · "
                        f"{g.degree(node)} ties in this view")
            cols = st.columns(3)
            if d["type"] in FACTION_TYPES:
                page_link("factions", f"Profile of {d['name']}", view_query("factions", ctx, faction=(node,)),
                          container=cols[0])
                page_link("chronology", f"{d['name']}'s events (Chronology)",
                          view_query("chronology", ctx, faction=(node,)), container=cols[1])
            page_link("network", f"Focus the network on {d['name']}",
                      view_query("network", ctx, asof=v.asof, focus=node), container=cols[2])
        else:
            a, b, d = tie
            st.markdown(f"**Selected tie:** {md_escape(g.nodes[a]['name'])} · {md_escape(label_of(d['rel_type']))}"
                        f" · {md_escape(g.nodes[b]['name'])} · {md_escape(d['span'])} · "
                        f"*{md_escape(str(d['confidence']))} confidence*")
            source_list(ds, d["source_ids"])
        st.button("Clear the selection", key="net_clear", on_click=clear_selection)


def _diff_section(diff: dict, d0: dt.date, d1: dt.date) -> None:
    a, b = format_date(d0, "day"), format_date(d1, "day")
    st.subheader(f"What changed from {a} to {b}")
    st.markdown(f"**{len(diff['edges_lost'])}** ties lost, **{len(diff['edges_gained'])}** gained; "
                f"**{len(diff['nodes_lost'])}** actors gone, **{len(diff['nodes_gained'])}** new.")
    cols = st.columns(2)
    for col, key, label in ((cols[0], "edges_lost", f"Ties active on {a}, not on {b}"),
                            (cols[1], "edges_gained", f"Ties active on {b}, not on {a}")):
        col.markdown(f"**{label}**")
        col.dataframe(_readable_edges(diff[key]), hide_index=True, width="stretch", key=f"net_{key}")
    cols = st.columns(2)
    for col, key, label in ((cols[0], "nodes_lost", f"Actors on {a}, gone by {b}"),
                            (cols[1], "nodes_gained", f"Actors on {b}, absent on {a}")):
        col.markdown(f"**{label}**")
        shown = diff[key].assign(type=diff[key]["type"].astype(str).map(label_of).astype(str),
                                 source_ids=diff[key]["source_ids"].map("; ".join))
        col.dataframe(shown.rename(columns={"ties": "via the ties", "source_ids": "sources"}), hide_index=True,
                      width="stretch", key=f"net_{key}")


def _readable_edges(df: pd.DataFrame) -> pd.DataFrame:
    out = df[["from", "rel_type", "to", "span", "confidence", "source_ids", "rel_id"]].copy()
    out["rel_type"] = out["rel_type"].astype(str).map(label_of).astype(str)
    out["source_ids"] = out["source_ids"].map(lambda ids: "; ".join(ids))
    return out.rename(columns={"rel_type": "tie", "span": "dates", "source_ids": "sources"})


def _key_facts(ds: Dataset, g, metrics: pd.DataFrame, when: dt.date, diff: dict | None,
               span: tuple[dt.date, dt.date] | None) -> list[tuple[str, tuple[str, ...]]]:
    """3-5 sourced facts about the view for the briefing pack."""
    facts = [(f"{g.number_of_nodes()} actors and {g.number_of_edges()} ties active on {format_date(when, 'day')}.",
              graph_source_ids(g))]
    if not metrics.empty and metrics["betweenness"].iloc[0] > 0:
        top = metrics.iloc[0]
        facts.append((f"Most central broker (betweenness {top['betweenness']:.2f}): {top['name']}, "
                      f"with {top['degree']} ties.", graph_source_ids(g, [top["entity_id"]])))
    patrons = metrics[metrics["patronage_out"] + metrics["command_out"] > 0]
    if not patrons.empty:
        p = patrons.assign(k=patrons["patronage_out"] + patrons["command_out"]).sort_values(["k", "name"], ascending=[False, True]).iloc[0]
        facts.append((f"{p['name']} leads, coordinates or patronises {p['k']} actors in this view.",
                      graph_source_ids(g, [p["entity_id"]])))
    if diff is not None and span is not None:
        lost, gained = diff["edges_lost"], diff["edges_gained"]
        ids = tuple(dict.fromkeys(s for df in (lost, gained) for ids in df["source_ids"] for s in ids))
        facts.append((f"From {format_date(span[0], 'day')} to {format_date(span[1], 'day')}: {len(lost)} ties lost, "
                      f"{len(gained)} gained.", ids))
    n_comp = int(metrics["component"].max()) if not metrics.empty else 0
    if n_comp > 1:
        facts.append((f"The view splits into {n_comp} unconnected groups.", graph_source_ids(g)))
    return facts[:5]


# ------------------------------------------------------------------ view
def network_view(ds: Dataset, f: Filters, v: NetworkView) -> None:
    unknown = [c for c in _centers(ds, f, v) if c not in set(ds.entities["entity_id"])]
    if unknown:
        st.warning(f"Not in the dataset: {', '.join(unknown)}", icon="ℹ️")
    view = _drawn(data_key(), _view_key(f, v), ds, f, v)
    g = view.g
    _drawing(ds, view.html, VIEW_HEIGHT + 150, view.canvas_key, view.shown, v)
    if view.diff is not None:
        _diff_section(view.diff, *view.span)
    if g.number_of_nodes() == 0:
        st.info("No actors or ties match this view on this date. Move the date, or clear the focus and filters.")
    # The static figure (for SVG/PNG and slides) is built only when asked for: it costs about a
    # second at 2,000 nodes, and the drawing above already shows the view.
    make_figure = lambda: view.figure(v.size_by)  # noqa: E731
    facts = list(view.facts)
    add_chart_button(make_figure, lambda: facts, "net_main")
    if st.toggle("Static figure (same layout) for SVG/PNG export", key="net_static_on"):
        show_chart(make_figure(), "net_static_0", facts=lambda: facts)
    st.subheader("Network metrics" + (f" · {format_date(v.asof, 'day')}" if v.compare else ""))
    metrics = view.metrics
    n_comp = int(metrics["component"].max()) if not metrics.empty else 0
    st.caption(f"{len(metrics)} actors · {n_comp} connected component{'s' if n_comp != 1 else ''} · "
               "betweenness is normalised; command = leads/coordinates, patronage = patron of.")
    st.dataframe(metrics.assign(type=metrics["type"].astype(str).map(label_of).astype(str)), hide_index=True,
                 width="stretch", key="net_metrics")
    title = _labels(ds, g, v.asof, _scope(ds, f, v), v.size_by)[0]
    st.download_button("Download metrics (CSV)", csv_bytes(metrics),
                       file_name=f"{file_stem(title)}_metrics.csv", mime="text/csv", key="net_metrics_csv", on_click="ignore")
    with st.expander(f"Ties shown on {format_date(v.asof, 'day')}, with sources", expanded=False):
        st.dataframe(view.edges, hide_index=True, width="stretch", key="net_edges")
    briefing_pack_button(ds, lambda: [ChartSlide(make_figure(), facts)], title,
                         f.describe(ds) + " · " + _scope(ds, f, v), key="net_pack")
