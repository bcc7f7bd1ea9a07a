"""Show a plotly figure the house way: toolbar camera saves PNG at scale 3 named after the view."""
from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from fasail.figures.common import toolbar_config

from .export import chart_downloads


def show_chart(fig: go.Figure, key: str) -> None:
    """Render a figure built by fasail.figures (title, subtitle and source line included)."""
    title = (fig.layout.meta or {}).get("title", "fasail chart") if isinstance(fig.layout.meta, dict) else "fasail chart"
    st.plotly_chart(fig, key=key, config=toolbar_config(title), theme=None)
    chart_downloads(fig, key)
