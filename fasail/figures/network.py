"""The network as a static plotly figure: same positions as the interactive view, for SVG/PNG export."""
from __future__ import annotations

import networkx as nx
import plotly.graph_objects as go

from ..network import node_sizes
from ..palette import CHANGE_EDGE_STYLES, CHANGE_LABELS, CHANGE_NODE_BORDERS, EDGE_STYLES
from ..palette import ENTITY_TYPE_SHAPES, faction_colour
from .common import escape_text, finish
from ..vocab import label_of

_PLOTLY_SYMBOLS = {"dot": "circle", "triangle": "triangle-up", "star": "star", "square": "square",
                   "diamond": "diamond", "hexagon": "hexagon", "ellipse": "circle", "box": "square",
                   "triangleDown": "triangle-down"}
_PLOTLY_DASH = {None: "solid", "dot": "dot", "dash": "dash"}
MAX_ARROWS = 400  # above this, directed ties are drawn without arrowheads (annotations are slow)


def network_figure(g: nx.MultiDiGraph, positions: dict[str, tuple[float, float]], title: str, subtitle: str,
                   source: str, size_by: str = "degree", banner: str | None = None, height: int = 720) -> go.Figure:
    """Nodes at `positions` (y flipped to match the canvas), ties styled by relationship type."""
    fig = go.Figure()
    arrows = g.number_of_edges() <= MAX_ARROWS
    by_type: dict[str, list] = {}
    compared = any("change" in d for _, _, d in g.edges(data=True))
    for a, b, d in g.edges(data=True):
        by_type.setdefault(d["change"] if compared else d["rel_type"], []).append((a, b, d))
    styles = CHANGE_EDGE_STYLES if compared else EDGE_STYLES
    for rel in [r for r in styles if r in by_type]:
        style = styles[rel]
        xs, ys = [], []
        for a, b, _ in by_type[rel]:
            (x0, y0), (x1, y1) = positions.get(a, (0, 0)), positions.get(b, (0, 0))
            xs += [x0, x1, None]
            ys += [-y0, -y1, None]
            if arrows and style["arrow"]:
                fig.add_annotation(x=x1, y=-y1, ax=x0, ay=-y0, xref="x", yref="y", axref="x", ayref="y",
                                   showarrow=True, arrowhead=2, arrowsize=1, arrowwidth=1.2, standoff=9,
                                   arrowcolor=style["colour"], text="")
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=CHANGE_LABELS[rel] if compared else label_of(rel),
                                 hoverinfo="skip",
                                 line=dict(color=style["colour"], width=style["width"], dash=_PLOTLY_DASH[style["dash"]]),
                                 legendgroup="ties", legendgrouptitle_text="Ties"))
    sizes = node_sizes(g, size_by, smallest=8, largest=34)
    types = sorted({g.nodes[n]["type"] for n in g})
    for t in types:
        nodes = sorted(n for n in g if g.nodes[n]["type"] == t)
        fig.add_trace(go.Scatter(
            x=[positions.get(n, (0, 0))[0] for n in nodes], y=[-positions.get(n, (0, 0))[1] for n in nodes],
            mode="markers+text", name=label_of(t), legendgroup="actors", legendgrouptitle_text="Actors",
            text=[escape_text(g.nodes[n]["name"]) for n in nodes], textposition="bottom center",
            textfont=dict(size=10, color="#333"),
            marker=dict(symbol=_PLOTLY_SYMBOLS.get(ENTITY_TYPE_SHAPES.get(t, "dot"), "circle"),
                        size=[sizes.get(n, 10) for n in nodes],
                        color=[faction_colour(n, t) for n in nodes],
                        line=dict(color=[CHANGE_NODE_BORDERS.get(g.nodes[n].get("change"), ("#444", 1))[0] for n in nodes],
                                  width=[CHANGE_NODE_BORDERS.get(g.nodes[n].get("change"), ("#444", 1))[1] for n in nodes])),
            customdata=[[escape_text(label_of(t)), g.degree(n)] for n in nodes],
            hovertemplate="<b>%{text}</b><br>%{customdata[0]} · %{customdata[1]} ties<extra></extra>"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)
    return finish(fig, title, subtitle, source, banner=banner, height=height)
