"""The network as of a date: networkx graphs, differences, metrics, layout."""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import pandas as pd

from .dataset import Dataset
from .dates import format_span
from .query import front_parents

COMMAND_TYPES = ("leads", "patron_of", "coordinates")


def _active(df: pd.DataFrame, when: pd.Timestamp, start: str = "start", end: str = "end") -> pd.Series:
    """Rows whose [start, end] period contains `when` (empty bounds are open)."""
    ok_start = df[start].isna() | (df[start] <= when)
    ok_end = df[f"{end}_last"].isna() | (df[f"{end}_last"] >= when)
    return ok_start & ok_end


def entities_alive(ds: Dataset, when) -> set[str]:
    """Entities founded (or born) by `when` and not yet ended (or dead)."""
    when = pd.Timestamp(when)
    ent = ds.entities
    return set(ent.loc[_active(ent, when, "founded", "ended"), "entity_id"])


def graph_as_of(ds: Dataset, when, rel_types: Iterable[str] | None = None,
                entity_types: Iterable[str] | None = None, hide_people: bool = False,
                fold_fronts: bool = False) -> nx.MultiDiGraph:
    """Entities and ties active on `when`.

    A tie is active when its start is on or before `when` (or unknown) and its
    end period has not passed. Both endpoints must exist on that date. Node
    and edge attributes carry what tooltips and exports need.
    """
    when = pd.Timestamp(when)
    rel = ds.relationships[_active(ds.relationships, when)]
    if rel_types:
        rel = rel[rel["rel_type"].astype(str).isin(list(rel_types))]
    alive = entities_alive(ds, when)
    ent = ds.entities.set_index("entity_id")
    allowed_types = set(entity_types) if entity_types else None
    if hide_people:
        allowed_types = (allowed_types or set(ent["type"].astype(str))) - {"person"}
    parents = front_parents(ds) if fold_fronts else {}
    g = nx.MultiDiGraph(as_of=when)

    def add_node(eid: str) -> str | None:
        eid = parents.get(eid, eid)
        if eid not in ent.index or eid not in alive:
            return None
        etype = str(ent.at[eid, "type"])
        if allowed_types is not None and etype not in allowed_types:
            return None
        if eid not in g:
            row = ent.loc[eid]
            g.add_node(eid, name=row["name"], type=etype, name_ar=row["name_ar"],
                       description=row["description"], source_ids=row["source_ids"])
        return eid

    for r in rel.itertuples(index=False):
        a, b = add_node(r.from_id), add_node(r.to_id)
        if a is None or b is None or a == b:
            continue
        g.add_edge(a, b, key=r.rel_id, rel_id=r.rel_id, rel_type=str(r.rel_type), confidence=str(r.confidence),
                   note=r.note, source_ids=r.source_ids,
                   span=format_span(r.start, str(r.start_precision), r.end, str(r.end_precision)))
    return g


def ego_network(g: nx.MultiDiGraph, center: str, depth: int = 1) -> nx.MultiDiGraph:
    """`center` and everything within `depth` ties of it, either direction."""
    if center not in g:
        return nx.MultiDiGraph(**g.graph)
    nodes = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=depth)
    return g.subgraph(nodes).copy()


def edge_table(g: nx.MultiDiGraph) -> pd.DataFrame:
    """Edges as rows with readable names."""
    rows = [{"rel_id": d["rel_id"], "from_id": a, "from": g.nodes[a]["name"], "rel_type": d["rel_type"],
             "to_id": b, "to": g.nodes[b]["name"], "span": d["span"], "confidence": d["confidence"],
             "source_ids": d["source_ids"]} for a, b, d in g.edges(data=True)]
    return pd.DataFrame(rows, columns=["rel_id", "from_id", "from", "rel_type", "to_id", "to", "span",
                                       "confidence", "source_ids"])


def graph_diff(before: nx.MultiDiGraph, after: nx.MultiDiGraph) -> dict[str, pd.DataFrame]:
    """Nodes and ties gained and lost between two graphs."""
    def nodes(g, ids):
        return pd.DataFrame([{"entity_id": i, "name": g.nodes[i]["name"], "type": g.nodes[i]["type"]}
                             for i in sorted(ids, key=lambda i: g.nodes[i]["name"])],
                            columns=["entity_id", "name", "type"])

    e_before, e_after = edge_table(before), edge_table(after)
    return {
        "nodes_gained": nodes(after, set(after) - set(before)),
        "nodes_lost": nodes(before, set(before) - set(after)),
        "edges_gained": e_after[~e_after["rel_id"].isin(e_before["rel_id"])].reset_index(drop=True),
        "edges_lost": e_before[~e_before["rel_id"].isin(e_after["rel_id"])].reset_index(drop=True),
    }


def network_metrics(g: nx.MultiDiGraph) -> pd.DataFrame:
    """Degree, betweenness, command/patronage in/out degree and component per node."""
    cols = ["entity_id", "name", "type", "degree", "betweenness", "command_in", "command_out", "component"]
    if g.number_of_nodes() == 0:
        return pd.DataFrame(columns=cols)
    simple = nx.Graph(g.to_undirected())
    between = nx.betweenness_centrality(simple, normalized=True)
    comp = {}
    for i, c in enumerate(sorted(nx.connected_components(simple), key=len, reverse=True), start=1):
        for n in c:
            comp[n] = i
    cmd_in = {n: 0 for n in g}
    cmd_out = {n: 0 for n in g}
    for a, b, d in g.edges(data=True):
        if d["rel_type"] in COMMAND_TYPES:
            cmd_out[a] += 1
            cmd_in[b] += 1
    rows = [{"entity_id": n, "name": g.nodes[n]["name"], "type": g.nodes[n]["type"], "degree": g.degree(n),
             "betweenness": round(between[n], 4), "command_in": cmd_in[n], "command_out": cmd_out[n],
             "component": comp[n]} for n in g]
    return pd.DataFrame(rows, columns=cols).sort_values(["betweenness", "degree"], ascending=False).reset_index(drop=True)


def layout_positions(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Deterministic positions (igraph Fruchterman-Reingold, seeded), in pixels
    scaled to about 40*sqrt(N) so vis-network can draw with physics off."""
    import igraph as ig

    nodes = sorted(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    idx = {v: i for i, v in enumerate(nodes)}
    edges = sorted({tuple(sorted((idx[a], idx[b]))) for a, b in g.edges() if a != b})
    ig_graph = ig.Graph(n=n, edges=edges)
    import random
    rnd = random.Random(seed)
    start = [[rnd.uniform(-1, 1), rnd.uniform(-1, 1)] for _ in range(n)]
    coords = ig_graph.layout_fruchterman_reingold(seed=start, niter=500, grid="nogrid" if n < 1000 else "grid")
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = 40 * (n ** 0.5) * 3 / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {v: (round((coords[i][0] - cx) * scale, 1), round((coords[i][1] - cy) * scale, 1)) for v, i in idx.items()}
