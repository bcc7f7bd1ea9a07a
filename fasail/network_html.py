"""The network as a self-contained, offline HTML page (pyvis / vis-network).

`network_html` is pure: graph + positions in, HTML string out. Every data text
is escaped: the page template is rendered with Jinja autoescape, data reaches
the script as `tojson` (which escapes <, >, & and '), and tooltips are plain
strings (vis-network shows them with innerText). pyvis's own template is not
used: it adds Bootstrap from a CDN, injects the heading and select-menu ids
raw, and switches tooltips to innerHTML when a title contains "href".
"""
from __future__ import annotations

import re
from pathlib import Path

import jinja2
import networkx as nx

from .network import node_sizes
from .palette import CHANGE_EDGE_STYLES, CHANGE_LABELS, CHANGE_NODE_BORDERS, EDGE_STYLES, UNDATED_EDGE_STYLE
from .vocab import label_of
from .palette import ENTITY_TYPE_SHAPES, faction_colour

PYVIS_TEMPLATES = Path(__import__("pyvis").__file__).parent / "templates"
EXPORT_WIDTH = 2400   # px of the downloaded PNG's network area (>= 2000)
EXPORT_HEIGHT = 1500
# Streamlit serves ./static at app/static/ (server.enableStaticServing); relative, so it also works
# under a baseUrlPath or behind a proxy. The files are pyvis's own (tests/test_network_html.py checks).
STATIC_ASSET_BASE = "app/static/vis-9.1.2/"
VIS_ASSET_DIR = PYVIS_TEMPLATES / "lib" / "vis-9.1.2"
_SAFE_BASE = re.compile(r"(?:[A-Za-z0-9_.-]+/)+")
_VIS_DASHES = {None: False, "dot": [2, 5], "dash": [9, 6]}
_EXTERNAL = re.compile(r"<(?:link|script)\b[^>]*\b(?:href|src)\s*=\s*[\"']?(?:https?:)?//[^>]*>(?:\s*</script>)?",
                       re.IGNORECASE)

_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
{% if asset_base %}<link rel="stylesheet" href="{{ asset_base }}vis-network.css">
<script src="{{ asset_base }}vis-network.min.js"></script>{% else %}<style>{% include 'lib/vis-9.1.2/vis-network.css' %}</style>
<script>{% include 'lib/vis-9.1.2/vis-network.min.js' %}</script>{% endif %}
<style>
body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; color: #222; background: #fff; }
#fasail-head { display: flex; align-items: flex-start; gap: 12px; padding: 4px 6px; }
#fasail-head .titles { flex: 1; }
#fasail-head .title { font-size: 17px; font-weight: bold; }
#fasail-head .sub { font-size: 13px; color: #444; }
#fasail-png { font: inherit; font-size: 13px; padding: 5px 10px; border: 1px solid #888; border-radius: 5px;
              background: #f6f6f6; cursor: pointer; white-space: nowrap; }
#mynetwork { width: 100%; height: {{ height }}px; border: 1px solid #ddd; background: #fff; }
#fasail-legend { font-size: 12px; color: #333; padding: 4px 6px; line-height: 1.9; }
#fasail-legend span.item { margin-right: 14px; white-space: nowrap; }
#fasail-legend svg { vertical-align: middle; margin-right: 4px; }
#fasail-source { font-size: 11px; color: #555; padding: 0 6px 4px; }
div.vis-tooltip { white-space: pre-wrap; max-width: 460px; font-family: inherit; font-size: 12px;
                  background: #fffff4; border: 1px solid #999; }
#fasail-empty { padding: 40px; color: #555; font-size: 15px; }
</style></head>
<body>
<div id="fasail-head"><div class="titles"><div class="title">{{ title }}</div><div class="sub">{{ subtitle }}</div></div>
<button id="fasail-png" type="button" title="Save this view as a PNG {{ export_width }} px wide, with title, date and sources">Download PNG</button></div>
{% if not nodes %}<div id="fasail-empty">No entities or ties match this view.</div>{% endif %}
<div id="mynetwork" data-ready="0"></div>
<div id="fasail-legend">{% for item in legend_edges %}<span class="item"><svg width="34" height="10"><line x1="1" y1="5" x2="{{ 27 if item.arrow else 33 }}" y2="5" stroke="{{ item.colour }}" stroke-width="2.5"{% if item.dasharray %} stroke-dasharray="{{ item.dasharray }}"{% endif %}/>{% if item.arrow %}<polygon points="26,1 33,5 26,9" fill="{{ item.colour }}"/>{% endif %}</svg>{{ item.label }}</span>{% endfor %}
{% if legend_nodes %}<br>{% for item in legend_nodes %}<span class="item">{{ item.shape_symbol }} {{ item.label }}</span>{% endfor %} · size = {{ size_by }}{% endif %}</div>
<div id="fasail-source">{{ source_line }}</div>
<script>
(function () {
  var started = performance.now();
  var container = document.getElementById("mynetwork");
  var META = {{ meta|tojson }};
  var nodes = new vis.DataSet({{ nodes|tojson }});
  var edges = new vis.DataSet({{ edges|tojson }});
  var options = {{ options|tojson }};
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  window.fasailNetwork = network;
  if (META.interactive && window.parent !== window) {
    // Tell the app which node or tie was clicked (ids only; the app looks up everything else).
    network.on("click", function (params) {
      var msg = {fasail: "click", node: params.nodes.length ? String(params.nodes[0]) : null,
                 edge: !params.nodes.length && params.edges.length ? String(params.edges[0]) : null};
      if (msg.node || msg.edge) window.parent.postMessage(msg, "*");
    });
  }
  network.once("afterDrawing", function () {
    container.dataset.ready = "1";
    container.dataset.drawMs = String(Math.round(performance.now() - started));   // read by bench/
  });

  function wrap(ctx, text, maxWidth) {
    var words = String(text).split(" "), lines = [], line = "";
    for (var i = 0; i < words.length; i++) {
      var test = line ? line + " " + words[i] : words[i];
      if (ctx.measureText(test).width > maxWidth && line) { lines.push(line); line = words[i]; } else { line = test; }
    }
    if (line) lines.push(line);
    return lines;
  }

  function compose(src) {
    var W = META.width, H = META.height, pad = 40;
    var out = document.createElement("canvas");
    var ctx = out.getContext("2d");
    ctx.font = "24px DejaVu Sans, Arial, sans-serif";
    var srcLines = wrap(ctx, META.source, W - 2 * pad);
    var legendH = META.legend.length ? 60 : 0;
    var head = 150, foot = legendH + 36 * srcLines.length + 40;
    out.width = W; out.height = head + H + foot;
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    ctx.fillStyle = "#222"; ctx.textBaseline = "top";
    ctx.font = "bold 46px DejaVu Sans, Arial, sans-serif"; ctx.fillText(META.title, pad, 30, W - 2 * pad);
    ctx.fillStyle = "#444"; ctx.font = "30px DejaVu Sans, Arial, sans-serif";
    ctx.fillText(META.subtitle, pad, 92, W - 2 * pad);
    ctx.drawImage(src, 0, 0, src.width, src.height, 0, head, W, H);
    var y = head + H + 14, x = pad;
    ctx.font = "24px DejaVu Sans, Arial, sans-serif";
    META.legend.forEach(function (item) {
      ctx.strokeStyle = item.colour; ctx.lineWidth = 4; ctx.setLineDash(item.dash || []);
      ctx.beginPath(); ctx.moveTo(x, y + 14); ctx.lineTo(x + 50, y + 14); ctx.stroke(); ctx.setLineDash([]);
      ctx.fillStyle = "#333"; ctx.fillText(item.label, x + 60, y + 2);
      x += 90 + ctx.measureText(item.label).width;
      if (x > W - 300) { x = pad; y += 36; }
    });
    y += legendH;
    ctx.fillStyle = "#555";
    srcLines.forEach(function (line, i) { ctx.fillText(line, pad, y + 36 * i); });
    return out;
  }

  function exportPng() {
    var W = META.width, H = META.height;
    var oldW = container.style.width, oldH = container.style.height, view = network.getViewPosition(),
        scale = network.getScale();
    container.style.width = W + "px"; container.style.height = H + "px";
    network.setSize(W + "px", H + "px");
    setTimeout(function () {
      network.fit({animation: false, maxZoomLevel: 20});
      network.once("afterDrawing", function (ctx) {
        var out = compose(ctx.canvas);
        var a = document.createElement("a");
        a.download = META.file + ".png";
        a.href = out.toDataURL("image/png");
        window.fasailLastPng = {width: out.width, height: out.height};
        document.body.appendChild(a); a.click(); a.remove();
        container.style.width = oldW; container.style.height = oldH;
        network.setSize(oldW || "100%", oldH || (META.viewHeight + "px"));
        network.moveTo({position: view, scale: scale, animation: false});
      });
      network.redraw();
    }, 50);
  }
  document.getElementById("fasail-png").addEventListener("click", exportPng);
})();
</script>
</body></html>
"""

_SHAPE_SYMBOLS = {"dot": "●", "triangle": "▲", "star": "★", "square": "■", "diamond": "◆", "hexagon": "⬢",
                  "ellipse": "⬭", "box": "▭", "triangleDown": "▼"}


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(PYVIS_TEMPLATES)), autoescape=True)


def node_tooltip(data: dict, source_labels: dict[str, str] | None = None, metrics: str = "") -> str:
    """Plain-text tooltip of an entity: name, Arabic, type, aliases, description, sources."""
    lines = [str(data.get("name", ""))]
    if data.get("name_ar"):
        lines.append(str(data["name_ar"]))
    lines.append(label_of(data.get("type", "")))
    if data.get("aliases"):
        lines.append("Also: " + "; ".join(map(str, data["aliases"][:6])))
    if data.get("folded"):
        lines.append("Includes front groups: " + ", ".join(map(str, data["folded"])))
    if data.get("description"):
        lines.append(str(data["description"]))
    if metrics:
        lines.append(metrics)
    lines += _source_lines(data.get("source_ids", ()), source_labels)
    return "\n".join(lines)


def edge_tooltip(a_name: str, b_name: str, data: dict, source_labels: dict[str, str] | None = None) -> str:
    """Plain-text tooltip of a tie: type, ends, dates, confidence, note, sources."""
    rel = label_of(data.get("rel_type", ""))
    lines = [f"{a_name} — {rel} → {b_name}", f"Dates: {data.get('span', '')}",
             f"Confidence: {data.get('confidence', '')}"]
    if data.get("note"):
        lines.append(f"Note: {data['note']}")
    lines += _source_lines(data.get("source_ids", ()), source_labels)
    return "\n".join(lines)


def _source_lines(ids, labels: dict[str, str] | None, limit: int = 5) -> list[str]:
    ids = list(ids)
    if not ids:
        return []
    out = ["Sources:"] + [f"• {(labels or {}).get(i, i)} [{i}]" for i in ids[:limit]]
    if len(ids) > limit:
        out.append(f"• … and {len(ids) - limit} more")
    return out


def _relative_base(base: str | None) -> str | None:
    """Only a same-origin relative folder may serve the drawing library (never another host)."""
    if base is None:
        return None
    if not _SAFE_BASE.fullmatch(base):
        raise ValueError(f"asset_base must be a relative folder path ending in '/', not {base!r}")
    return base


def strip_external(html: str) -> str:
    """Remove any <link>/<script> tag that loads from another host (belt and braces)."""
    return _EXTERNAL.sub("", html)


def _legend_edges(g: nx.MultiDiGraph) -> list[dict]:
    changes = {d.get("change") for _, _, d in g.edges(data=True)} - {None}
    if changes:
        styles = [(CHANGE_LABELS[c], CHANGE_EDGE_STYLES[c]) for c in CHANGE_EDGE_STYLES if c in changes]
        return [{"label": label, "colour": s["colour"], "arrow": s["arrow"], "dash": _VIS_DASHES[s["dash"]] or [],
                 "dasharray": " ".join(map(str, _VIS_DASHES[s["dash"]] or []))} for label, s in styles]
    present = sorted({d["rel_type"] for _, _, d in g.edges(data=True) if not d.get("undated")},
                     key=list(EDGE_STYLES).index)
    styles = [(label_of(r), EDGE_STYLES[r]) for r in present]
    if any(d.get("undated") for _, _, d in g.edges(data=True)):
        styles.append(("undated tie (no source date)", UNDATED_EDGE_STYLE))
    return [{"label": label, "colour": st["colour"], "arrow": st["arrow"], "dash": _VIS_DASHES[st["dash"]] or [],
             "dasharray": " ".join(map(str, _VIS_DASHES[st["dash"]] or []))} for label, st in styles]


def network_html(g: nx.MultiDiGraph, positions: dict[str, tuple[float, float]], title: str, subtitle: str,
                 source_line: str, *, source_labels: dict[str, str] | None = None, size_by: str = "degree",
                 height: int = 640, file_stem: str = "fasail_network", asset_base: str | None = None,
                 interactive: bool = False) -> str:
    """A standalone HTML page drawing `g` at `positions` with physics off.

    With `asset_base` (a relative URL such as STATIC_ASSET_BASE) the page loads vis-network from
    there, once per browser (cached), instead of inlining ~0.7 MB of script and style into every render.
    `interactive`: a click on a node or tie is posted to the embedding page (components/network_canvas.py).

    Node shape = entity type, colour = faction palette, size = `size_by`
    (degree or betweenness); edge style = relationship type; tooltips give
    dates, confidence, notes and sources. Works offline (vis-network inlined).
    """
    # vis-network's own data format, built directly (pyvis's add_edge checks every earlier edge for a
    # duplicate: quadratic, ~0.5 s at 3,000 ties). Settings shared by all nodes and ties go once into
    # `options` below, not into every item.
    sizes = node_sizes(g, size_by)
    degree = dict(g.degree())
    nodes = []
    for n in sorted(g.nodes):
        d = g.nodes[n]
        x, y = positions.get(n, (0.0, 0.0))
        border, width = CHANGE_NODE_BORDERS.get(d.get("change"), ("#444444", 1))
        extra = {"gained": " · new at the later date", "lost": " · gone by the later date"}.get(d.get("change"), "")
        node = {"id": n, "label": str(d["name"]), "shape": ENTITY_TYPE_SHAPES.get(d["type"], "dot"),
                "color": {"background": faction_colour(n, d["type"]), "border": border},
                "size": sizes.get(n, 12), "x": float(x), "y": float(y), "physics": False,
                "title": node_tooltip(d, source_labels, f"Ties shown: {degree.get(n, 0)}{extra}")}
        if width != 1:
            node["borderWidth"] = width
        if d.get("change") == "lost":
            node["shapeProperties"] = {"borderDashes": [6, 4]}
        nodes.append(node)
    seen: dict[tuple[str, str], int] = {}
    edges = []
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["rel_id"])):
        style = EDGE_STYLES.get(d["rel_type"], EDGE_STYLES["member_of"])
        if d.get("undated"):
            style = UNDATED_EDGE_STYLE
        if d.get("change"):
            style = CHANGE_EDGE_STYLES[d["change"]]
        pair = tuple(sorted((a, b)))
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        edge = {"id": d["rel_id"], "from": a, "to": b, "color": {"color": style["colour"], "hover": style["colour"]},
                "width": style["width"], "dashes": _VIS_DASHES[style["dash"]],
                "arrows": {"to": {"enabled": style["arrow"]}},
                "title": edge_tooltip(g.nodes[a]["name"], g.nodes[b]["name"], d, source_labels)}
        if k:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.18 * k}
        edges.append(edge)
    big = len(nodes) > 500
    options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "navigationButtons": False,
                        "multiselect": True},
        "edges": {"smooth": {"enabled": False}, "selectionWidth": 2, "arrows": {"to": {"scaleFactor": 0.6}}},
        "nodes": {"font": {"face": "DejaVu Sans, Arial, sans-serif", "size": 15, "strokeWidth": 3,
                           "strokeColor": "#ffffff"}, "borderWidth": 1, "shapeProperties": {"borderDashes": False}},
    }
    legend_edges = _legend_edges(g)
    types = sorted({g.nodes[n]["type"] for n in g})
    legend_nodes = [{"label": label_of(t), "shape_symbol": _SHAPE_SYMBOLS.get(ENTITY_TYPE_SHAPES.get(t, "dot"), "●")}
                    for t in types]
    meta = {"title": str(title), "subtitle": str(subtitle), "source": str(source_line), "file": str(file_stem),
            "width": EXPORT_WIDTH, "height": EXPORT_HEIGHT, "viewHeight": int(height), "interactive": bool(interactive),
            "legend": [{"label": e["label"], "colour": e["colour"], "dash": e["dash"]} for e in legend_edges]}
    html = _environment().from_string(_TEMPLATE).render(
        nodes=nodes, edges=edges, options=options, meta=meta, title=title, subtitle=subtitle,
        source_line=source_line, height=int(height), export_width=EXPORT_WIDTH, legend_edges=legend_edges,
        legend_nodes=legend_nodes, size_by=size_by, asset_base=_relative_base(asset_base))
    return strip_external(html)
