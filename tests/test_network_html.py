"""The network HTML: offline, escaped, physics off, same positions."""
import json
import re
from pathlib import Path

import pytest

from fasail import load_dataset
from fasail.network import graph_as_of, layout_positions, source_labels
from fasail.network_html import EXPORT_WIDTH, network_html, strip_external

FIXTURES = Path(__file__).parent / "fixtures"
EVIL = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def evil_html():
    ds = load_dataset(FIXTURES / "network")
    g = graph_as_of(ds, "2021-01-01")
    assert "xss" in g
    return network_html(g, layout_positions(g), f"Title {EVIL}", "<script>alert(6)</script> subtitle",
                        "Data: <b>src</b>", source_labels=source_labels(ds), file_stem="x\"'</script>")


def _data_sets(html: str) -> tuple[list, list]:
    nodes = json.loads(re.search(r"new vis\.DataSet\((\[.*?\])\);\n", html).group(1))
    edges = json.loads(re.findall(r"new vis\.DataSet\((\[.*?\])\);\n", html)[1])
    return nodes, edges


def test_no_raw_markup_from_data_reaches_the_page(evil_html):
    for raw in (EVIL, "<script>alert(2)</script>", "<script>alert(5)</script>", "<script>alert(6)</script>",
                '<a href="javascript:alert(3)">', "<b>src</b>", "</script>'", '"><b>x'):
        assert raw not in evil_html, raw
    assert "Title &lt;img src=x onerror=alert(1)&gt;" in evil_html       # heading shown as text
    assert "&lt;script&gt;alert(6)&lt;/script&gt; subtitle" in evil_html
    benign = network_html(graph_as_of(load_dataset(FIXTURES / "mini"), "2021-01-01"), {}, "T", "S", "D")
    assert evil_html.count("<script") == benign.count("<script")       # no script tag came from the data
    assert "popup.innerHTML" not in evil_html and "select-node" not in evil_html  # pyvis's unsafe template parts


def test_data_arrives_intact_as_json_text(evil_html):
    nodes, edges = _data_sets(evil_html)
    node = next(n for n in nodes if n["id"] == "xss")
    assert node["label"] == EVIL                                        # drawn on the canvas as text
    assert 'javascript:alert(3)' in node["title"]                        # tooltip: plain text (innerText)
    tie = next(e for e in edges if e["id"] == "r6")
    assert "href" in tie["title"] and "allied with" in tie["title"]


def test_offline_and_physics_off(evil_html):
    assert not re.search(r"<(?:link|script)[^>]+(?:href|src)=[\"']?(?:https?:)?//", evil_html)
    assert "bootstrap" not in evil_html.lower()
    assert "vis.Network" in evil_html and len(evil_html) > 400_000      # vis-network inlined
    options = json.loads(re.search(r"var options = (\{.*?\});\n", evil_html).group(1))
    assert options["physics"]["enabled"] is False
    nodes, _ = _data_sets(evil_html)
    assert all(n["physics"] is False and "x" in n and "y" in n for n in nodes)


def test_positions_and_styles_follow_the_graph():
    ds = load_dataset(FIXTURES / "mini")
    g = graph_as_of(ds, "2020-01-02")
    pos = layout_positions(g)
    html = network_html(g, pos, "T", "S", "Data")
    nodes, edges = _data_sets(html)
    assert {n["id"]: (n["x"], n["y"]) for n in nodes} == {k: tuple(v) for k, v in pos.items()}
    by_id = {e["id"]: e for e in edges}
    assert by_id["r1"]["arrows"]["to"]["enabled"] is True and by_id["r1"]["dashes"] is False      # leads: solid arrow
    assert by_id["r4"]["arrows"]["to"]["enabled"] is False and by_id["r4"]["dashes"] is False     # allied: plain
    assert by_id["r5"]["dashes"] and by_id["r5"]["color"]["color"] == "#CC3311"                   # hostile: red dashed
    assert "Dates: 2003 (first attested) – 3 Jan 2020" in by_id["r1"]["title"] and "Sources:" in by_id["r1"]["title"]
    shapes = {n["id"]: n["shape"] for n in nodes}
    assert shapes["kh"] == "dot" and shapes["us"] == "hexagon" and shapes["pmf"] == "diamond"
    assert html == network_html(g, pos, "T", "S", "Data")                                         # same view twice
    assert f'"width": {EXPORT_WIDTH}' in html and EXPORT_WIDTH >= 2000


def test_empty_graph_renders_a_message():
    import networkx as nx
    html = network_html(nx.MultiDiGraph(), {}, "T", "S", "Data")
    assert "No entities or ties match this view." in html


def test_strip_external_removes_cdn_tags():
    html = ('<link href="https://cdn.jsdelivr.net/x.css" rel="stylesheet" />'
            '<script src="https://cdn.jsdelivr.net/x.js" integrity="y"></script><p>keep</p>')
    assert strip_external(html) == "<p>keep</p>"


def test_static_assets_are_pyvis_own_and_replace_the_inlined_library():
    from fasail.network_html import STATIC_ASSET_BASE, VIS_ASSET_DIR

    served = Path(__file__).parents[1] / "static" / STATIC_ASSET_BASE.removeprefix("app/static/")
    for name in ("vis-network.min.js", "vis-network.css"):
        assert (served / name).read_bytes() == (VIS_ASSET_DIR / name).read_bytes(), name
    g = graph_as_of(load_dataset(FIXTURES / "mini"), "2021-01-01")
    inline = network_html(g, {}, "T", "S", "D")
    linked = network_html(g, {}, "T", "S", "D", asset_base=STATIC_ASSET_BASE)
    assert f'<script src="{STATIC_ASSET_BASE}vis-network.min.js"></script>' in linked
    assert len(inline) - len(linked) > 400_000 and '<script src=' not in inline


@pytest.mark.parametrize("base", ["https://cdn.example/", "//evil/", "/abs/", "app/static", "a b/", "javascript:x/"])
def test_the_asset_folder_must_be_a_relative_path(base):
    g = graph_as_of(load_dataset(FIXTURES / "mini"), "2021-01-01")
    with pytest.raises(ValueError):
        network_html(g, {}, "T", "S", "D", asset_base=base)
