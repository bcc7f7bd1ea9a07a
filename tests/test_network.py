"""Graph as of a date, diffs, ego networks, metrics and layout on small fixtures."""
import random
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from fasail import load_dataset
from fasail.figures.network import network_figure
from fasail.network import (edge_table, ego_network, ego_union, graph_as_of, graph_diff, graph_source_ids,
                            layout_positions, network_metrics, node_sizes)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def mini():
    return load_dataset(FIXTURES / "mini")


def test_edge_ending_in_2024_is_present_in_2024_and_absent_in_2025(mini):
    in_2024 = graph_as_of(mini, "2024-06-30")
    in_2025 = graph_as_of(mini, "2025-01-01")
    assert "r4" in set(edge_table(in_2024)["rel_id"])          # kh allied_with nujaba, ends 2024 (year)
    assert "r4" in set(edge_table(graph_as_of(mini, "2024-12-31"))["rel_id"])  # year precision: all of 2024
    assert "r4" not in set(edge_table(in_2025)["rel_id"])


def test_dead_leader_and_not_yet_started_ties_are_absent(mini):
    before = graph_as_of(mini, "2020-01-02")
    after = graph_as_of(mini, "2020-01-04")
    assert before.has_edge("boss", "kh") and "boss" in before
    assert "boss" not in after                      # died 3 Jan 2020
    assert not graph_as_of(mini, "2019-12-28").has_edge("us", "kh")  # starts 29 Dec 2019
    assert graph_as_of(mini, "2019-12-29").has_edge("us", "kh")


def test_diff_lists_ties_and_actors_gained_and_lost(mini):
    diff = graph_diff(graph_as_of(mini, "2019-12-30"), graph_as_of(mini, "2025-06-01"))
    assert set(diff["edges_lost"]["rel_id"]) == {"r1", "r4"}
    assert set(diff["edges_gained"]["rel_id"]) == {"r3"}       # the front and its tie start in 2020
    assert set(diff["nodes_gained"]["entity_id"]) == {"front"}
    assert "boss" in set(diff["nodes_lost"]["entity_id"])
    assert "nujaba" in set(diff["nodes_lost"]["entity_id"])    # its only tie ended
    same = graph_diff(graph_as_of(mini, "2024-01-01"), graph_as_of(mini, "2024-01-01"))
    assert all(df.empty for df in same.values())


def test_filters_hide_people_types_and_fold_fronts(mini):
    g = graph_as_of(mini, "2020-01-02", hide_people=True)
    assert "boss" not in g and "kh" in g
    only = graph_as_of(mini, "2021-01-01", rel_types=["member_of"])
    assert {d["rel_type"] for *_, d in only.edges(data=True)} == {"member_of"}
    types = graph_as_of(mini, "2021-01-01", entity_types=["faction", "state"])
    assert set(types) == {"kh", "nujaba", "us"}
    folded = graph_as_of(mini, "2021-01-01", fold_fronts=True)
    assert "front" not in folded                                 # its front_for tie became a self-loop: dropped
    assert folded.nodes["kh"]["folded"] == ("front",)


def test_all_time_graph_has_every_tie(mini):
    assert set(edge_table(graph_as_of(mini, None))["rel_id"]) == set(mini.relationships["rel_id"])


def test_ego_network_depth(mini):
    g = graph_as_of(mini, "2021-01-01")
    assert set(ego_network(g, "us", 1)) == {"us", "kh"}
    assert set(ego_network(g, "us", 2)) == {"us", "kh", "pmf", "nujaba", "front"}
    assert set(ego_union(g, ["us", "pmf"], 1)) == {"us", "kh", "pmf"}
    assert ego_network(g, "nobody", 1).number_of_nodes() == 0


def test_metrics(mini):
    g = graph_as_of(mini, "2020-01-02")
    m = network_metrics(g).set_index("entity_id")
    assert m.at["kh", "betweenness"] == m["betweenness"].max() > 0
    assert m.at["boss", "command_out"] == 1 and m.at["kh", "command_in"] == 1
    assert m.at["kh", "degree"] == g.degree("kh")
    assert m["component"].max() == 1 and m.at["kh", "component_size"] == len(g)
    empty = network_metrics(nx.MultiDiGraph())
    assert empty.empty and "betweenness" in empty.columns


def test_node_sizes_grow_with_centrality(mini):
    g = graph_as_of(mini, "2021-01-01")
    sizes = node_sizes(g, "degree")
    assert sizes["kh"] == max(sizes.values()) > sizes["us"]
    assert node_sizes(g, "betweenness")["kh"] > node_sizes(g, "betweenness")["us"]


def test_layout_is_deterministic_whatever_the_global_random_state():
    g = nx.gnm_random_graph(150, 300, seed=3)
    g = nx.relabel_nodes(g, {n: f"n{n}" for n in g})
    random.seed(1)
    first = layout_positions(g)
    random.seed(99)
    second = layout_positions(g)
    assert first == second
    assert len({p for p in first.values()}) == len(first)       # no two nodes on the same spot
    assert layout_positions(g, seed=8) != first


def test_graph_source_ids(mini):
    g = graph_as_of(mini, "2021-01-01")
    assert set(graph_source_ids(g)) == {"s1", "s2"}
    assert graph_source_ids(g, ["nujaba"]) == ("s1",)


def test_static_figure_uses_the_same_positions(mini):
    g = graph_as_of(mini, "2021-01-01")
    pos = layout_positions(g)
    fig = network_figure(g, pos, "T", "S", "Data: test")
    marker_points = {(x, -y) for t in fig.data if t.mode == "markers+text" for x, y in zip(t.x, t.y)}
    assert marker_points == {tuple(p) for p in pos.values()}
    assert fig.layout.meta["source"] == "Data: test"
    assert {t.name for t in fig.data if t.mode == "lines"} == {"member of", "front for", "allied with",
                                                               "hostile to"}


def test_the_who_says_so_layer_draws_attributions_with_their_asserter(shipped):
    from fasail.network import assertion_ties
    plain = graph_as_of(shipped, "2024-02-29")
    layered = graph_as_of(shipped, "2024-02-29", assertion_layer=True)
    asserted = [(a, b, d) for a, b, d in layered.edges(data=True) if d.get("asserted")]
    assert asserted and not any(d.get("asserted") for _, _, d in plain.edges(data=True))
    assert any(a == "us-dod" and b == "kh" and d["rel_type"] == "attributes_to" for a, b, d in asserted)
    later = assertion_ties(shipped, "2026-03-31")
    earlier = assertion_ties(shipped, "2023-12-31")
    assert later["events"].sum() > earlier["events"].sum()   # only events up to the date count
    assert (earlier["first"] <= pd.Timestamp("2023-12-31")).all()


def test_compare_graph_marks_every_tie_and_actor_once(shipped):
    from fasail.network import compare_graph, graph_as_of, graph_diff
    before, after = graph_as_of(shipped, "2020-01-15"), graph_as_of(shipped, "2026-03-01")
    both = compare_graph(before, after)
    diff = graph_diff(before, after)
    changes = [d["change"] for *_, d in both.edges(data=True)]
    assert changes.count("gained") == len(diff["edges_gained"]) and changes.count("lost") == len(diff["edges_lost"])
    kept = {d["rel_id"] for *_, d in before.edges(data=True)} & {d["rel_id"] for *_, d in after.edges(data=True)}
    assert changes.count("kept") == len(kept)
    assert both.number_of_edges() == len(kept) + len(diff["edges_gained"]) + len(diff["edges_lost"])
    node_change = dict(both.nodes(data="change"))
    assert {n for n, c in node_change.items() if c == "gained"} == set(diff["nodes_gained"]["entity_id"])
    assert {n for n, c in node_change.items() if c == "lost"} == set(diff["nodes_lost"]["entity_id"])
    lost_actor = diff["nodes_lost"].iloc[0]
    assert lost_actor["ties"] and lost_actor["source_ids"]          # the ties that took it out, sourced


def test_betweenness_equals_networkx(shipped):
    import networkx as nx
    from fasail.network import betweenness, graph_as_of
    for when in ("2020-01-01", "2024-01-28", "2026-03-01"):
        simple = nx.Graph(graph_as_of(shipped, when).to_undirected())
        ours, theirs = betweenness(simple), nx.betweenness_centrality(simple, normalized=True)
        assert ours.keys() == theirs.keys() and max(abs(ours[k] - theirs[k]) for k in ours) < 1e-9
