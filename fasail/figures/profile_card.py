"""One-page profile card (A4 portrait) for a slide or a handout: header,
organisation, designations, posture chart, five key events, sources.

Built as one plotly figure so PNG and PDF come from the same drawing
(kaleido with the system Chromium). The card numbers its own sources.
"""
from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from ..dataset import Dataset
from ..dates import format_date
from ..profile import Profile, SourceIndex, key_events
from .common import DATASET_NAME, FONT, banner_annotation, escape_text
from .posture import posture_figure, posture_label

CARD_WIDTH, CARD_HEIGHT = 1000, 1414   # A4 proportions
PNG_SCALE = 3
MAX_ORG_LINES = 14
SOURCES_PER_LINE = 3
ORG_LABELS = ("leader", "PMF brigade", "political wing", "seats", "patron", "coordinated by", "front group",
              "front for", "splinter", "split from")
LINE = 17 / CARD_HEIGHT                # one 12 px text line in paper units


def _block(fig: go.Figure, x: float, y: float, lines: list[str], size: int = 12, color: str = "#222") -> float:
    """Write lines (already escaped) at (x, y) from the top; return the y below them."""
    if lines:
        fig.add_annotation(text="<br>".join(lines), x=x, y=y, xref="paper", yref="paper", showarrow=False,
                           xanchor="left", yanchor="top", align="left", font=dict(size=size, color=color))
    return y - len(lines) * LINE * size / 12 - 0.004


def _heading(fig: go.Figure, x: float, y: float, text: str) -> float:
    fig.add_annotation(text=f"<b>{escape_text(text.upper())}</b>", x=x, y=y, xref="paper", yref="paper",
                       showarrow=False, xanchor="left", yanchor="top", font=dict(size=12, color="#555"))
    return y - 1.5 * LINE


def _wrap(text: str, marks: str, width: int) -> list[str]:
    lines = textwrap.wrap(f"{text} {marks}".strip(), width) or [""]
    return [escape_text(line) for line in lines]


def _merge_same_label(lines: list[tuple[str, tuple[str, ...]]], label: str) -> list[tuple[str, tuple[str, ...]]]:
    """'PMF brigade: 45', 'PMF brigade: 46' ... -> one line with every value and source."""
    hits = [(t, s) for t, s in lines if t.startswith(label + ": ")]
    if len(hits) < 2:
        return lines
    values = list(dict.fromkeys(t[len(label) + 2:] for t, _ in hits))
    merged = (f"{label}s: {', '.join(values)}", tuple(dict.fromkeys(x for _, s in hits for x in s)))
    first = lines.index(hits[0])
    rest = [ln for ln in lines if ln not in hits]
    return rest[:first] + [merged] + rest[first:]


def card_lines(p: Profile, per_line: int = SOURCES_PER_LINE) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The card's text, per block, as (text, source_ids): what appears on the card and why.
    A card line cites at most `per_line` sources (the profile page lists all)."""
    items = p.items
    head = items[items["section"] == "header"]

    def of(label):
        return [(t, s) for t, s in zip(head.loc[head["label"] == label, "text"], head.loc[head["label"] == label, "source_ids"])]

    ended = dict(zip(p.leaders["rel_id"], p.leaders["leader_ended"])) if len(p.leaders) else {}
    org = [(f"{r.label}: {r.text}" + (f", {ended[r.record_id]}" if ended.get(r.record_id) else "")
            + (f" ({r.confidence} confidence)" if r.confidence else ""), r.source_ids)
           for r in items.itertuples(index=False) if r.section == "organisation" and r.label in ORG_LABELS]
    des = [(f"{r.designation_type} · {r.authority} · {r.date_label or 'date not given'}", tuple(r.source_ids))
           for r in p.designations.itertuples(index=False)]
    ev = [(f"{r.date_label} · {r.title} · {r.claim_status}" + (f" · {r.role}" if r.role else ""), tuple(r.source_ids))
          for r in key_events(p.events).itertuples(index=False)]
    org = _merge_same_label(org, "PMF brigade")
    out = {"name": of("name"), "arabic": of("arabic name"), "type": of("type"), "status": of("status"),
            "founding": of("founding"), "aliases": of("aliases"), "summary": of("summary")[:1] or of("description"),
            "organisation": org, "designations": des, "events": ev,
            "postures": [(r.posture_id, tuple(r.source_ids)) for r in p.postures.itertuples(index=False)]}
    return {k: [(t, tuple(s)[:per_line]) for t, s in v] for k, v in out.items()}


def profile_card_figure(ds: Dataset, p: Profile, banner: str | None = None) -> go.Figure:
    """The one-page card as a plotly figure (A4 portrait proportions)."""
    blocks = card_lines(p)
    order = [s for key in ("name", "arabic", "type", "status", "founding", "aliases", "summary", "organisation",
                           "designations", "postures", "events") for _, ids in blocks[key] for s in ids]
    idx = SourceIndex(ds, order)
    fig = go.Figure()
    # Header
    name_t, name_s = blocks["name"][0]
    fig.add_annotation(text=f"<b>{escape_text(name_t)}</b> <span style='font-size:13px'>{idx.markers(name_s)}</span>",
                       x=0, y=0.995, xref="paper", yref="paper", showarrow=False, xanchor="left", yanchor="top",
                       font=dict(size=26, color="#111"))
    if blocks["arabic"]:
        ar_t, ar_s = blocks["arabic"][0]
        fig.add_annotation(text=escape_text(ar_t), x=0.97, y=0.995, xref="paper", yref="paper", showarrow=False,
                           xanchor="right", yanchor="top", font=dict(size=26, color="#111"))
        fig.add_annotation(text=f"Arabic name {idx.markers(ar_s)}", x=0.97, y=0.962, xref="paper", yref="paper", showarrow=False,
                           xanchor="right", yanchor="top", font=dict(size=11, color="#444"))
    y = 0.95
    meta = [f"{t} {idx.markers(s)}" for key in ("type", "status") for t, s in blocks[key]]
    lines = _wrap(" · ".join(meta), "", 140)
    lines += [ln for t, s in blocks["founding"] for ln in _wrap("Founding: " + t, idx.markers(s), 140)]
    lines += [ln for t, s in blocks["aliases"] for ln in _wrap("Also: " + textwrap.shorten(t, 200), idx.markers(s), 140)]
    lines += [ln for t, s in blocks["summary"] for ln in _wrap(t, idx.markers(s), 140)][:4]
    dates = idx.table["published_last"].dropna()
    if not dates.empty:
        latest = tuple(idx.table.loc[idx.table["published_last"] == dates.max(), "source_id"])
        lines.append(escape_text(f"Last updated: {format_date(dates.max(), 'day')} (latest source on this card) "
                                 f"{idx.markers(latest)}"))
    y = _block(fig, 0, y, lines, size=12, color="#333")
    # Organisation (left) and designations (right)
    top = y - 0.006
    yl = _heading(fig, 0, top, "Organisation")
    org = [ln for t, s in blocks["organisation"] for ln in _wrap(t, idx.markers(s), 70)]
    if len(org) > MAX_ORG_LINES:
        org = org[:MAX_ORG_LINES - 1] + ["… more ties on the profile page"]
    yl = _block(fig, 0, yl, org or ["none recorded in the sources"], size=11)
    yr = _heading(fig, 0.53, top, "Designations")
    des = [ln for t, s in blocks["designations"] for ln in _wrap(t, idx.markers(s), 66)]
    yr = _block(fig, 0.53, yr, des or ["none recorded"], size=11)
    y = min(yl, yr) - 0.01
    # Posture chart
    y = _heading(fig, 0, y, "Posture over time")
    chart_top, chart_bottom = y, y - 0.2
    markers = {pid: idx.markers(s) for pid, s in blocks["postures"]}
    pf = posture_figure(ds, [p.entity_id], "", "", "", bar_markers=markers)
    for tr in pf.data:
        fig.add_trace(tr)
    if pf.data:
        fig.update_xaxes(pf.layout.xaxis, domain=[0.18, 0.8])
        fig.update_yaxes(pf.layout.yaxis, domain=[chart_bottom, chart_top - 0.01])
        fig.update_layout(legend=dict(x=0.82, y=chart_top, yanchor="top", xanchor="left", font=dict(size=10),
                                      bgcolor="rgba(255,255,255,0.8)"), barmode="overlay",
                          uniformtext=dict(minsize=8, mode="hide"))
    else:
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
        _block(fig, 0, chart_top, ["No dated posture periods are recorded."], size=11)
    y = chart_bottom - 0.035
    periods = [ln for r in p.postures.itertuples(index=False) for ln in
               _wrap(f"{posture_label(str(r.posture))}: {r.span} ({r.confidence} confidence)", markers[r.posture_id], 72)]
    half = (len(periods) + 1) // 2
    y = min(_block(fig, 0, y, periods[:half], size=10), _block(fig, 0.53, y, periods[half:], size=10)) - 0.008
    # Key events
    y = _heading(fig, 0, y, "Five key events")
    ev = [ln for t, s in blocks["events"] for ln in _wrap(t, idx.markers(s), 150)]
    y = _block(fig, 0, y, ev or ["No events recorded."], size=11)
    # Sources, two columns
    y = _heading(fig, 0, y - 0.008, "Sources")
    src = idx.table
    room = int((y - 0.03) / (LINE * 8 / 12))          # 8 px lines left per column
    two_line = (len(src) + 1) // 2 * 2 <= room
    cols = 2 if two_line or (len(src) + 1) // 2 <= room else 3
    entries = []
    for n, r in enumerate(src.itertuples(index=False), start=1):
        when = format_date(r.published, str(r.published_precision)) if pd.notna(r.published) else "n.d."
        where = r.url if r.url else f"seed file {r.seed_file}"
        if two_line:
            entries.append([escape_text(f"[{n}] {textwrap.shorten(r.title, 90)} — {r.publisher}, {when}"),
                            "     " + escape_text(textwrap.shorten(where, 95))])
        else:
            width = 112 if cols == 2 else 78
            entries.append([escape_text(textwrap.shorten(f"[{n}] {r.title} — {r.publisher}, {when} · {where}", width))])
    per_col = -(-len(entries) // cols)
    for c in range(cols):
        chunk = entries[c * per_col:(c + 1) * per_col]
        _block(fig, c / cols + (0.005 if c else 0), y, [ln for e in chunk for ln in e], size=8 if cols == 2 else 7,
               color="#333")
    fig.add_annotation(text=escape_text(f"Data: {DATASET_NAME} · profile card of {p.name} · at most "
                                        f"{SOURCES_PER_LINE} sources per line here; the profile page lists all · "
                                        f"dataset sources as of {ds.latest_source_label}"),
                       x=0, y=-0.005, xref="paper", yref="paper", showarrow=False, xanchor="left", yanchor="top",
                       font=dict(size=9, color="#555"))
    if banner:
        fig.add_annotation(**{**banner_annotation(escape_text(banner)), "y": 1.0, "yshift": 8})
    fig.update_layout(width=CARD_WIDTH, height=CARD_HEIGHT, paper_bgcolor="white", plot_bgcolor="white",
                      font=dict(family=FONT, size=12, color="#222"), margin=dict(l=40, r=40, t=50 if banner else 36, b=36),
                      showlegend=bool(pf.data))
    fig.layout.meta = {"title": f"Profile card · {p.name}", "subtitle": "", "source": DATASET_NAME,
                       "banner": banner or ""}
    return fig


def card_png(fig: go.Figure) -> bytes:
    from ..export import figure_image   # the process's one renderer (fasail.export imports the figures)
    return figure_image(fig, "png", CARD_WIDTH, CARD_HEIGHT, scale=PNG_SCALE)


def card_pdf(fig: go.Figure) -> bytes:
    from ..export import figure_image
    return figure_image(fig, "pdf", CARD_WIDTH, CARD_HEIGHT)
