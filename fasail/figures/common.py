"""What every exported chart carries: title, subtitle, source line, legible fonts."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from ..dataset import Dataset
from ..dates import format_date

DATASET_NAME = "Fasail dataset"
FONT = "DejaVu Sans, Arial, sans-serif"
EXPORT_SCALE = 3
EXPORT_WIDTH = 1200   # px before scale: 3x gives 3600 px PNGs
EXPORT_HEIGHT = 675
# Map geometry ships in static/topojson: the browser reads it from the app (relative URL), image
# exports from the folder itself, so a map never fetches from a CDN.
TOPOJSON_DIR = Path(__file__).resolve().parents[2] / "static" / "topojson"
TOPOJSON_URL = "app/static/topojson/"


def top_publishers(ds: Dataset, source_ids, n: int = 3) -> list[str]:
    """The n publishers to name under a chart: the best-graded first, then the most cited;
    a mirror or aggregator only when nothing better is cited."""
    from ..citations import source_ranks
    ranks = source_ranks(ds.sources)
    pub = dict(zip(ds.sources["source_id"].tolist(), ds.sources["publisher"].tolist()))
    counts = Counter(pub[s] for s in source_ids if s in pub)
    best: dict[str, tuple] = {}
    for s in source_ids:
        if s in pub:
            best[pub[s]] = min(best.get(pub[s], (9, 9)), ranks.get(s, (1, 9)))
    ordered = sorted(counts, key=lambda p: (best[p], -counts[p], p))
    good = [p for p in ordered if best[p][0] == 0]
    return (good or ordered)[:n]


def source_line(ds: Dataset, n_records: int, noun: str = "events", source_ids=()) -> str:
    """'Data: Fasail dataset · 42 events · sources as of 6 Mar 2026 · sources: Reuters, ...'."""
    latest = ds.latest_source_date
    parts = [f"Data: {DATASET_NAME}", f"{n_records} {noun}"]
    if latest is not None:
        parts.append(f"sources as of {ds.latest_source_label}")
    pubs = top_publishers(ds, source_ids)
    if pubs:
        parts.append("sources: " + ", ".join(pubs))
    return " · ".join(parts)


def banner_annotation(text: str) -> dict:
    return dict(text=f"<b>{text}</b>", xref="paper", yref="paper", x=0.5, y=1.0, yshift=88, showarrow=False,
                font=dict(size=13, color="#B00020"), xanchor="center", yanchor="bottom")


TITLE_LINE_CHARS = 88   # a 1200 px export holds about this many 19 px title characters
SOURCE_LINE_CHARS = 150  # and about this many 11 px source-line characters
SUBTITLE_LINE_CHARS = 125  # and 14 px subtitle characters


def wrap_title(text: str, width: int = TITLE_LINE_CHARS) -> list[str]:
    """Break a title at ' · ' (else at spaces) so no line runs off a slide."""
    lines: list[str] = []
    for part in str(text).split(" · "):
        if lines and len(lines[-1]) + 3 + len(part) <= width:
            lines[-1] += " · " + part
            continue
        while len(part) > width:
            cut = part.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            lines.append(part[:cut])
            part = part[cut:].lstrip()
        lines.append(part)
    return lines


def finish(fig: go.Figure, title: str, subtitle: str, source: str, banner: str | None = None,
           height: int = 560) -> go.Figure:
    """Apply the house layout: title + subtitle on top, source line inside the figure."""
    lines = wrap_title(title)
    sub_lines = wrap_title(subtitle, SUBTITLE_LINE_CHARS)
    extra = 24 * (len(lines) - 1) + 18 * (len(sub_lines) - 1)
    source_lines = wrap_title(source, SOURCE_LINE_CHARS)
    below = 15 * (len(source_lines) - 1)
    fig.update_layout(
        title=dict(text="<br>".join(f"<b>{escape_text(line)}</b>" for line in lines)
                        + "".join(f"<br><span style='font-size:14px;color:#444'>{escape_text(line)}</span>"
                                  for line in sub_lines),
                   x=0.01, xanchor="left", y=0.97, yanchor="top", font=dict(size=19)),
        font=dict(family=FONT, size=13, color="#222"),
        paper_bgcolor="white", plot_bgcolor="white", height=height + extra + below,
        margin=dict(l=20, r=20, t=(120 if banner else 95) + extra, b=70 + below),
        legend=dict(orientation="v", yanchor="top", y=1, xanchor="left", x=1.01, font=dict(size=12),
                    groupclick="toggleitem"),
        hoverlabel=dict(font_size=13, font_family=FONT, align="left"),
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    fig.add_annotation(text="<br>".join(escape_text(line) for line in source_lines), xref="paper", yref="paper",
                       x=0, y=0, yshift=-38, align="left",
                       showarrow=False, xanchor="left", yanchor="top", font=dict(size=11, color="#555"))
    if banner:
        fig.add_annotation(**banner_annotation(escape_text(banner)))
    fig.layout.meta = {"title": title, "subtitle": subtitle, "source": source, "banner": banner or ""}
    return fig


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def escape_text(text: str) -> str:
    """Plotly renders a subset of HTML in text: escape what is data. Control characters go too
    (they make the image renderer fail and an SVG invalid XML)."""
    return _CONTROL.sub("", str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def file_stem(title: str) -> str:
    """A file name that names the view: 'fasail_kataib-hezbollah_attack_oct-2023-feb-2024'."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return ("fasail_" + slug)[:120]


def toolbar_config(title: str, height: int | None = None) -> dict:
    """Plotly config: the camera button saves a PNG at scale 3 named after the view,
    at the export width and the chart's own height (as the server-side export does)."""
    return {"displaylogo": False, "topojsonURL": TOPOJSON_URL,
            "toImageButtonOptions": {"format": "png", "filename": file_stem(title), "scale": EXPORT_SCALE,
                                     "width": EXPORT_WIDTH, "height": height or EXPORT_HEIGHT}}


def empty_figure(title: str, subtitle: str, source: str, message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=escape_text(message), x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font=dict(size=16, color="#555"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return finish(fig, title, subtitle, source, height=320)


PHASE_FILLS = ("rgba(120,120,120,0.08)", "rgba(120,120,120,0.18)")
MIN_LABELLED_BAND = 0.12  # share of the visible time axis a band needs to carry its label


def add_phase_bands(fig: go.Figure, ds: Dataset, lo, hi) -> None:
    """Shade the phases the sources describe (data/phases.csv) inside [lo, hi]; label only
    bands wide enough to read, staggering neighbouring labels so they never overprint.
    What plotly's add_vrect draws, added in one layout update (add_vrect costs ~25 ms a band);
    tests/test_chronology_speed_paths.py checks the two give the same figure."""
    from plotly.shapeannotation import axis_spanning_shape_annotation

    lo, hi = pd.Timestamp(lo), pd.Timestamp(hi)
    phases = ds.phases.sort_values("start").reset_index(drop=True)
    shapes, notes, shown = [], [], 0
    for i, (start, end_last, text) in enumerate(zip(phases["start"], phases["end_last"], phases["label"])):
        a = max(start, lo)
        b = min(end_last if pd.notna(end_last) else hi, hi)
        if a >= b:
            continue
        shapes.append(go.layout.Shape(type="rect", x0=a, x1=b, y0=0, y1=1, fillcolor=PHASE_FILLS[i % 2],
                                      line_width=0, layer="below", xref="x", yref="y domain"))
        if (b - a) / (hi - lo) >= MIN_LABELLED_BAND:
            label = dict(annotation_text=escape_text(text), annotation_position="outside top left",
                         annotation_font_size=11, annotation_font_color="#555", annotation_yshift=13 * (shown % 2))
            note = axis_spanning_shape_annotation(None, "vrect", dict(type="rect", x0=a, x1=b, y0=0, y1=1), label)
            notes.append(go.layout.Annotation(note, xref="x", yref="y domain"))
            shown += 1
    if shapes:
        fig.update_layout(shapes=list(fig.layout.shapes) + shapes,
                          annotations=list(fig.layout.annotations) + notes)
