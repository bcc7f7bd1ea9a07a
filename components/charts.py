"""Show a plotly figure the house way: banner if set, camera saves PNG at scale 3 named after the view."""
from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from fasail.figures.common import toolbar_config

from .export import chart_downloads, export_settings


def show_chart(fig: go.Figure, key: str, selectable: bool = False, facts=None):
    """Render a figure built by fasail.figures (title, subtitle and source line included),
    with PNG/SVG download buttons; the handling banner, when on, is drawn on screen too.
    `selectable`: clicking a point reruns the page; returns the selection (else None).
    `facts`: the chart's key facts (text, source ids) for its slide when added to the briefing."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    banner = export_settings().banner
    if banner:
        from fasail.export import with_banner     # the export code (kaleido) only when a banner is on
        shown = with_banner(fig, banner)
    else:
        shown = fig
    extra = dict(on_select="rerun", selection_mode="points") if selectable else {}
    chosen = st.plotly_chart(shown, key=key, config=toolbar_config(meta.get("title", "fasail chart"),
                                                                   fig.layout.height), theme=None, **extra)
    chart_downloads(fig, key, facts)
    return chosen if selectable else None
